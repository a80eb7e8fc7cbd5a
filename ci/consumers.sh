#!/usr/bin/env bash
# The exports read back by the tools their users have: JSON Schema validators
# (Python jsonschema, Node ajv), pandoc with citeproc, biber and bibtool.
# Installs what is missing, then fails if any check fails.
#
#   bash ci/consumers.sh        (from the repository root; ../shared beside it)
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${RRG_SHARED_DIR:-../shared}
csl_schema="$shared/data/csl-data.schema.json"
test -f "$csl_schema" || { echo "the official CSL-JSON schema is not at $csl_schema"; exit 1; }

timed() { # timed LABEL COMMAND...: runs COMMAND, bounded, and says how long it took
    local label=$1 start=$SECONDS
    shift
    timeout 900 "$@"
    echo "  $label: $((SECONDS - start)) s" >&2
}

echo "--- installing the consumers"
missing=()
for tool in pandoc biber bibtool npm; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    timed "apt-get update" apt-get update -qq
    timed "apt-get install ${missing[*]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
timed "pip install -r examples/requirements.txt" \
    python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore -r examples/requirements.txt
timed "npm install (examples/node_modules)" \
    npm install --prefix examples --no-package-lock --no-audit --no-fund --loglevel=error
pandoc --version | head -n 1
biber --version
bibtool -V 2>&1 | head -n 1 || true
echo "jsonschema $(python3 -c 'import importlib.metadata as m; print(m.version("jsonschema"))')," \
    "ajv $(node -p 'require("./examples/node_modules/ajv/package.json").version')"

cargo build -q -p rrg-cli
rrg() { target/debug/rrg "$@"; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failures=0
check() { # check DESCRIPTION COMMAND...: runs COMMAND and counts a failure
    local what=$1
    shift
    if ! "$@"; then
        echo "FAIL: $what"
        failures=$((failures + 1))
    fi
}

echo "--- the committed files are what the catalogue gives"
check "rrg regenerate --check" rrg regenerate --check

echo "--- JSON against its JSON Schema"
check "python jsonschema" python3 ci/check_json.py schema/catalog.json schema/catalog.schema.json
check "ajv" node ci/check_json.mjs schema/catalog.json schema/catalog.schema.json
check "python jsonschema, results" \
    python3 ci/check_json.py schema/results.json schema/results.schema.json ci/broken-results.json
check "ajv, results" node ci/check_json.mjs schema/results.json schema/results.schema.json ci/broken-results.json
check "the Python example" python3 examples/validate_catalog.py >/dev/null
check "the JavaScript example" node examples/validate_catalog.mjs >/dev/null

# The whole catalogue, and one selection: MICCAI papers with code since 2021.
selection=(--venue MICCAI --kind paper --has-code --year 2021..)

echo "--- CSL-JSON: the official schema, and pandoc --citeproc"
rrg export --format csl-json -o "$out/all.json" 2>/dev/null
rrg export --format csl-json "${selection[@]}" -o "$out/miccai.json" 2>/dev/null
check "CSL-JSON of the catalogue" python3 ci/check_csl.py "$out/all.json" "$csl_schema"
check "CSL-JSON of a selection" python3 ci/check_csl.py "$out/miccai.json" "$csl_schema"

echo "--- BibTeX for biber: biber's data model, bibtool's double check"
rrg export --format bibtex -o "$out/all.bib" 2>/dev/null
rrg export --format bibtex "${selection[@]}" -o "$out/miccai.bib" 2>/dev/null
rrg export --format rrg-bib -o "$out/rrg-bib.bib" 2>/dev/null
biber_validates() { # biber_validates FILE.bib: no warning, and every entry read
    local file=$1 log="$1.biber.log" entries read
    biber --tool --validate-datamodel --output-file="$file.biber.bib" "$file" >"$log" 2>&1 \
        || { cat "$log"; return 1; }
    if grep -E 'WARN|ERROR' "$log"; then return 1; fi
    entries=$(grep -c '^@' "$file")
    read=$(grep -c '^@' "$file.biber.bib")
    echo "biber: $(basename "$file"): $entries entries, no warning"
    [ "$entries" -gt 0 ] && [ "$entries" = "$read" ]
}
bibtool_finds_no_doubles() { # bibtool_finds_no_doubles FILE.bib
    local file=$1 entries
    bibtool -r biblatex -- 'pass.comments=on' -d <"$file" >"$file.bibtool" 2>"$file.bibtool.err" \
        || { cat "$file.bibtool.err"; return 1; }
    if [ -s "$file.bibtool.err" ] || grep -q '^###' "$file.bibtool"; then
        cat "$file.bibtool.err"
        return 1
    fi
    entries=$(grep -c '^@' "$file")
    echo "bibtool: $(basename "$file"): $entries entries, no double"
    [ "$entries" = "$(grep -c '^@' "$file.bibtool")" ]
}
check "biber, the catalogue" biber_validates "$out/all.bib"
check "biber, a selection" biber_validates "$out/miccai.bib"
check "bibtool, bibtex" bibtool_finds_no_doubles "$out/all.bib"
check "bibtool, rrg-bib" bibtool_finds_no_doubles "$out/rrg-bib.bib"
# Neither check may pass vacuously: biber must warn about the rrg-bib form's
# custom fields, and bibtool must find the doubles of a file read twice.
if biber_validates "$out/rrg-bib.bib" >/dev/null 2>&1; then
    echo "FAIL: biber reports no warning for the rrg-bib form's custom fields"
    failures=$((failures + 1))
fi
cat "$out/all.bib" "$out/all.bib" >"$out/twice.bib"
if bibtool_finds_no_doubles "$out/twice.bib" >/dev/null 2>&1; then
    echo "FAIL: bibtool finds no double in a file that holds every entry twice"
    failures=$((failures + 1))
fi

echo "--- the Markdown list, as GitHub-flavoured Markdown"
rrg export --format markdown -o "$out/papers.md" 2>/dev/null
check "markdown" python3 ci/check_markdown.py "$out/papers.md"

if [ "$failures" -gt 0 ]; then
    echo "$failures consumer check(s) failed"
    exit 1
fi
echo "every consumer check passed"
