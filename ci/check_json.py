"""A JSON export against its schema with Python's jsonschema (draft
2020-12, formats checked): the document must pass, and every broken copy
listed in the third argument (default: broken-copies.json) must fail.

    python ci/check_json.py schema/catalog.json schema/catalog.schema.json
    python ci/check_json.py schema/results.json schema/results.schema.json ci/broken-results.json
"""

import copy
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))
from validate_catalog import validator  # noqa: E402  (the example users copy)

from jsonschema import Draft202012Validator  # noqa: E402


def broken_copies(catalog, listed):
    """Each broken copy of `catalog` that the file `listed` describes, with its name."""
    for change in json.loads(listed.read_text(encoding="utf-8")):
        broken = copy.deepcopy(catalog)
        *parents, last = change["path"]
        target = broken
        for part in parents:
            target = target[part]
        if change.get("delete"):
            del target[last]
        else:
            target[last] = change["set"]
        yield change["name"], broken


def main(catalog_path, schema_path, broken_path=None):
    listed = Path(broken_path) if broken_path else Path(__file__).with_name("broken-copies.json")
    catalog = json.loads(Path(catalog_path).read_text(encoding="utf-8"))
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    if "uri" not in Draft202012Validator.FORMAT_CHECKER.checkers:
        print("FAIL: jsonschema cannot check the uri format; install jsonschema[format]")
        return 1
    check = validator(schema)
    failures = 0
    errors = list(check.iter_errors(catalog))
    for error in errors:
        print(f"FAIL: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    failures += len(errors)
    rejected = 0
    for name, broken in broken_copies(catalog, listed):
        if check.is_valid(broken):
            print(f"FAIL: the schema accepts {name}")
            failures += 1
        else:
            rejected += 1
    print(
        f"python jsonschema: {catalog_path}: {catalog['count']} items valid, "
        f"{rejected} broken copies rejected"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
