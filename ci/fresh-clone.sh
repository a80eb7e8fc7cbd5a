#!/usr/bin/env bash
# A newcomer's first run: clone the repository into an empty temporary
# folder, with no curation material (../shared) beside it, and run the
# README's two commands there with none of CI's variables set. The tests
# that need the material must skip with a line each, and nothing may fail.
#
#   bash ci/fresh-clone.sh        (from the repository root)
#
# It tests the commit checked out (HEAD), not uncommitted changes. The
# build goes to target/fresh-clone, kept from one run to the next so that
# only the workspace's own crates are built again; not to target/ itself,
# whose outputs would then come from the clone's sources.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=$root/target/fresh-clone
mkdir -p "$target"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone -q "$root" "$tmp/rrg-catalog"
git -C "$tmp/rrg-catalog" checkout -q --detach "$(git rev-parse HEAD)"
test ! -e "$tmp/shared"
cd "$tmp/rrg-catalog"

run() {
    env -u RRG_SHARED_DIR -u RRG_REQUIRE_SHARED -u RRG_REQUIRE_PINNED_RUSTC \
        CARGO_TARGET_DIR="$target" "$@"
}

echo "\$ cargo run -q -p rrg-catalog --example tour"
run cargo run -q -p rrg-catalog --example tour >/dev/null

echo "\$ cargo test --workspace --all-features"
log=$target/test.log
if ! run cargo test --workspace --all-features >"$log" 2>&1; then
    cat "$log"
    echo "the README's test command failed in a fresh clone"
    exit 1
fi
grep '^test result:' "$log" | sort | uniq -c
grep '^skipped ' "$log"
# Each test binary that reads the material must have said that it skipped.
for test in facts:: seed:: export::csl::; do
    grep -q "^skipped $test" "$log" || {
        echo "no skip line from $test: did it find curation material in the clone?"
        exit 1
    }
done
