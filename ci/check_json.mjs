// A JSON export against its schema with Ajv (draft 2020-12, strict mode,
// formats checked): the document must pass, and every broken copy listed in
// the third argument (default: broken-copies.json) must fail.
//
//   node ci/check_json.mjs schema/catalog.json schema/catalog.schema.json
//   node ci/check_json.mjs schema/results.json schema/results.schema.json ci/broken-results.json
import { readFileSync } from "node:fs";
import { makeValidator } from "../examples/validate_catalog.mjs"; // the example users copy

const [catalogPath, schemaPath, brokenPath] = process.argv.slice(2);
const catalog = JSON.parse(readFileSync(catalogPath, "utf8"));
const validate = makeValidator(JSON.parse(readFileSync(schemaPath, "utf8")));
let failures = 0;

if (!validate(catalog)) {
  for (const error of validate.errors) console.log(`FAIL: ${error.instancePath}: ${error.message}`);
  failures += validate.errors.length;
}

const changes = JSON.parse(
  readFileSync(brokenPath ?? new URL("broken-copies.json", import.meta.url), "utf8"),
);
let rejected = 0;
for (const change of changes) {
  const broken = structuredClone(catalog);
  const parents = change.path.slice(0, -1);
  const last = change.path.at(-1);
  const target = parents.reduce((value, part) => value[part], broken);
  if (change.delete) delete target[last];
  else target[last] = change.set;
  if (validate(broken)) {
    console.log(`FAIL: the schema accepts ${change.name}`);
    failures += 1;
  } else {
    rejected += 1;
  }
}
console.log(`ajv (strict): ${catalogPath}: ${catalog.count} items valid, ${rejected} broken copies rejected`);
process.exitCode = failures ? 1 : 0;
