"""The CSL-JSON export against the official CSL-JSON schema (draft-07), and
rendered by pandoc's citeproc: every item must be valid, have a type, and
appear in the bibliography pandoc makes, without a warning from pandoc.

    python ci/check_csl.py items.json ../shared/data/csl-data.schema.json
"""

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from jsonschema import Draft7Validator

DOCUMENT = """---
nocite: '@*'
---

# References
"""


def main(items_path, schema_path):
    items = json.loads(Path(items_path).read_text(encoding="utf-8"))
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    failures = 0
    for error in Draft7Validator(schema).iter_errors(items):
        print(f"FAIL: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        failures += 1
    ids = [item["id"] for item in items]
    if len(set(ids)) != len(ids):
        print("FAIL: an id is used twice")
        failures += 1
    for item in items:
        if not item.get("type"):
            print(f"FAIL: {item['id']} has no type")
            failures += 1

    with tempfile.TemporaryDirectory() as folder:
        document = Path(folder, "references.md")
        document.write_text(DOCUMENT, encoding="utf-8")
        pandoc = subprocess.run(
            ["pandoc", "--citeproc", f"--bibliography={items_path}", "-f", "markdown",
             "-t", "html", "--wrap=none", str(document)],
            capture_output=True, text=True, timeout=300,
        )
    if pandoc.returncode != 0 or pandoc.stderr.strip():
        print(f"FAIL: pandoc exited with {pandoc.returncode}:\n{pandoc.stderr}")
        failures += 1
    rendered = re.findall(r'<div id="ref-([^"]+)"\s+class="csl-entry"', pandoc.stdout)
    missing = sorted(set(ids) - set(rendered))
    if missing or len(rendered) != len(ids):
        print(f"FAIL: pandoc rendered {len(rendered)} of {len(ids)} items; missing: {missing}")
        failures += 1
    print(
        f"csl-json: {len(items)} items valid against {Path(schema_path).name}; "
        f"pandoc --citeproc rendered {len(rendered)} of them"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
