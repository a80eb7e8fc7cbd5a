// Validate the rrg-catalog JSON export against its JSON Schema with Ajv.
//
//   npm install ajv ajv-formats
//   node validate_catalog.mjs [catalog.json] [catalog.schema.json]
//
// Without arguments it reads schema/catalog.json and schema/catalog.schema.json
// of the repository this file is in.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** A strict draft 2020-12 validator of `schema` that checks formats too. */
export function makeValidator(schema) {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv); // uri and the other standard formats
  // The formats schemars gives Rust's unsigned integers.
  const unsigned = { uint: Number.MAX_SAFE_INTEGER, uint8: 255, uint16: 65535, uint32: 4294967295 };
  for (const [name, max] of Object.entries(unsigned)) {
    ajv.addFormat(name, { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 && n <= max });
  }
  // The format schemars gives Rust's f64 (the results' metric ranges).
  ajv.addFormat("double", { type: "number", validate: (n) => Number.isFinite(n) });
  return ajv.compile(schema);
}

function main([catalogPath, schemaPath]) {
  const folder = new URL("../schema/", import.meta.url);
  const read = (path, name) => JSON.parse(readFileSync(path ?? new URL(name, folder), "utf8"));
  const catalog = read(catalogPath, "catalog.json");
  const validate = makeValidator(read(schemaPath, "catalog.schema.json"));

  if (!validate(catalog)) {
    for (const error of validate.errors) console.log(`${error.instancePath || "(top)"}: ${error.message}`);
    return 1;
  }
  for (const entry of catalog.entries.slice(0, 3)) {
    console.log(`${entry.key}: ${entry.title} (${entry.venue.short} ${entry.year})`);
  }
  console.log(`${catalog.count} entries valid against catalog.schema.json`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
