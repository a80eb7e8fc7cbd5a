"""Validate the rrg-catalog JSON export against its JSON Schema.

    pip install "jsonschema[format]"
    python validate_catalog.py [catalog.json] [catalog.schema.json]

Without arguments it reads schema/catalog.json and schema/catalog.schema.json
of the repository this file is in.
"""

import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator


def validator(schema):
    """A draft 2020-12 validator of `schema` that checks formats too (uri, ...)."""
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def main(argv):
    folder = Path(__file__).resolve().parent.parent / "schema"
    catalog_path = Path(argv[1]) if len(argv) > 1 else folder / "catalog.json"
    schema_path = Path(argv[2]) if len(argv) > 2 else folder / "catalog.schema.json"
    catalog = json.loads(catalog_path.read_text(encoding="utf-8"))
    schema = json.loads(schema_path.read_text(encoding="utf-8"))

    errors = list(validator(schema).iter_errors(catalog))
    for error in errors:
        where = "/".join(str(part) for part in error.absolute_path) or "(top)"
        print(f"{catalog_path}: {where}: {error.message}")
    if errors:
        return 1
    for entry in catalog["entries"][:3]:
        print(f'{entry["key"]}: {entry["title"]} ({entry["venue"]["short"]} {entry["year"]})')
    print(f'{catalog["count"]} entries valid against {schema_path.name}')
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
