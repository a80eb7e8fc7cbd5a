#!/usr/bin/env bash
# The compile-error snapshots of cite! are pinned to one rustc; on any other
# compiler rrg-catalog/tests/cite_ui.rs must skip them with one line, not
# fail, while the pass suite still runs. This runs that test through a
# rustc that reports the next minor version (a RUSTC wrapper that answers
# `--version` and `-vV` with it and hands every other call to the real
# compiler) and checks both: the test passes, and it printed the skip line.
#
#   bash ci/other-rustc.sh        (from the repository root)
#
# It builds in target/other-rustc: cargo builds everything again for a
# compiler of another version, and a directory of its own keeps that build
# from one run to the next.
set -euo pipefail
cd "$(dirname "$0")/.."

real=$(rustc --print sysroot)/bin/rustc
version=$("$real" -vV | sed -n 's/^release: //p')
IFS=. read -r major minor _ <<<"${version%%-*}"
other="$major.$((minor + 1)).0"

target=$PWD/target/other-rustc
mkdir -p "$target"
wrapper=$target/rustc-$other
cat >"$wrapper" <<WRAPPER
#!/bin/sh
# rustc $version reporting itself as $other.
case "\$*" in
    --version | -V) echo "rustc $other (0000000 2000-01-01)" ;;
    -vV | "-V -v" | "-v -V" | "--version --verbose")
        "$real" -vV | sed -e 's/^rustc .*/rustc $other (0000000 2000-01-01)/' \\
            -e 's/^release: .*/release: $other/' ;;
    *) exec "$real" "\$@" ;;
esac
WRAPPER
chmod +x "$wrapper"
echo "RUSTC reports: $("$wrapper" --version)"

log=$target/cite_ui.log
# The variables that make CI strict must not leak in: this is a user's run.
if ! env -u RRG_REQUIRE_PINNED_RUSTC RUSTC="$wrapper" CARGO_TARGET_DIR="$target" \
    cargo test -p rrg-catalog --test cite_ui >"$log" 2>&1; then
    cat "$log"
    echo "the UI test failed on a compiler that reports $other; it must skip instead"
    exit 1
fi
grep -E '^(test [a-z_]+ \.\.\. |skipped )' "$log"
grep -q "^skipped cite_ui::rejected_uses_fail_with_the_recorded_errors: .*this is rustc $other " "$log" || {
    echo "no skip line for the compile-error snapshots"
    exit 1
}
grep -q '^test accepted_uses_compile_and_run \.\.\. ok$' "$log" || {
    echo "the pass suite did not run"
    exit 1
}
