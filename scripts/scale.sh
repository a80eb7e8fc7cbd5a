#!/usr/bin/env bash
# Measures how the catalogue build scales with the size of the catalogue.
#
# Usage: scripts/scale.sh [N ...]        (default: 1000 10000 50000)
#
# For each N, writes a synthetic catalogue of N entries (the `synthetic`
# example of rrg-bib), builds rrg-catalog from it in a separate target
# directory (debug profile, so the workspace's [profile.dev] settings apply),
# and reports the median of REPEAT runs of:
#
#   script  the build script: the compiled build-script binary run directly,
#           with the variables it reads set as cargo sets them
#           (CARGO_MANIFEST_DIR, OUT_DIR, RRG_CATALOG_BIB);
#   rustc   the rustc command cargo runs for the rrg-catalog library, taken
#           from `cargo build -vv` and run directly; its incremental
#           directory, if it has one, is emptied first, as after a change of
#           the catalogue;
#   cargo   `cargo build -p rrg-catalog --features reader --lib` after the
#           .bib file changed:
#           build script, rustc and cargo's own work together;
#
# each as wall-clock seconds, CPU seconds (user + system; less disturbed
# than wall time when other jobs share the machine) and peak memory (maximum
# resident set size, as `/usr/bin/time -v` reports it), and the size of the
# rrg-catalog rlib.
#
# Environment:
#   REPEAT     runs per measurement (default 3)
#   SCALE_DIR  where the .bib files and the target directory go
#              (default target/scale)
#   RESULTS    a file to append tab-separated results to (optional)
#   LOOKUP     if 1, also runs the `lookup_any` benchmark (release build)
#              on each catalogue and reports the mean time of one `get`
#              of a key, an alias and a miss
#
# Needs bash, GNU time (/usr/bin/time) and cargo. Run from anywhere in the
# workspace; the first run of each N also compiles the dependencies.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
repeat=${REPEAT:-3}
dir=${SCALE_DIR:-$root/target/scale}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
export CARGO_TARGET_DIR=$dir/target
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
    sizes=(1000 10000 50000)
fi

if [ ! -x /usr/bin/time ]; then
    echo "error: GNU time is needed at /usr/bin/time (Debian: apt-get install time)" >&2
    exit 1
fi

# Runs a command under GNU time; prints "wall_s peak_kb cpu_s". Its own
# output goes to $dir/last.log, and a failure stops the script.
timed() {
    local stats=$dir/time.out
    if ! /usr/bin/time -f '%e %M %U %S' -o "$stats" "$@" >"$dir/last.log" 2>&1; then
        echo "error: failed: $*" >&2
        tail -n 20 "$dir/last.log" >&2
        exit 1
    fi
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$stats"
}

# Median of the numbers on standard input.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Medians of "wall_s peak_kb cpu_s" lines: wall seconds, CPU seconds and
# peak memory in MB.
summary() {
    local lines
    lines=$(cat)
    printf '%6.2f s (%5.2f) %5d MB' \
        "$(cut -d' ' -f1 <<<"$lines" | median)" \
        "$(cut -d' ' -f3 <<<"$lines" | median)" \
        "$(( $(cut -d' ' -f2 <<<"$lines" | median | cut -d. -f1) / 1024 ))"
}

echo "rustc: $(rustc --version)"
echo "machine: $(nproc) cores; $(date -u +%Y-%m-%d); medians of $repeat runs"
echo "each: median wall time (CPU time) and peak memory"
printf '%8s  %-24s  %-24s  %-24s  %8s\n' entries "script" "rustc" "cargo" "rlib"

for n in "${sizes[@]}"; do
    bib=$dir/synthetic-$n.bib
    if [ ! -s "$bib" ]; then
        cargo run -q -p rrg-bib --example synthetic -- "$n" >"$bib"
    fi
    export RRG_CATALOG_BIB=$bib

    # Build (the .bib file is new to cargo, so the build script and rustc
    # run) and note the rustc command for the library, environment included.
    touch "$bib"
    cargo build -vv -p rrg-catalog --features reader --lib >"$dir/build.log" 2>&1 || {
        tail -n 40 "$dir/build.log" >&2
        exit 1
    }
    rustc_command=$( (grep -E '^ +Running `.*rustc --crate-name rrg_catalog ' "$dir/build.log" || true) |
        tail -n 1 | sed -E 's/^ +Running `//; s/`$//')
    if [ -z "$rustc_command" ]; then
        echo "error: cargo did not compile rrg-catalog; see $dir/build.log" >&2
        exit 1
    fi
    incremental=$(grep -oE -- '-C incremental=[^ ]+' <<<"$rustc_command" | cut -d= -f2 || true)
    script=$(ls -t "$CARGO_TARGET_DIR"/debug/build/rrg-catalog-*/build-script-build | head -n 1)
    rlib=$(ls -t "$CARGO_TARGET_DIR"/debug/deps/librrg_catalog-*.rlib | head -n 1)

    script_runs=""
    rustc_runs=""
    cargo_runs=""
    for _ in $(seq "$repeat"); do
        out=$(mktemp -d "$dir/out.XXXXXX")
        script_runs+="$(timed env CARGO_MANIFEST_DIR="$root/rrg-catalog" OUT_DIR="$out" "$script")"$'\n'
        rm -rf "$out"

        [ -n "$incremental" ] && rm -rf "$incremental"/rrg_catalog-*
        rustc_runs+="$(timed bash -c "$rustc_command")"$'\n'

        [ -n "$incremental" ] && rm -rf "$incremental"/rrg_catalog-*
        touch "$bib"
        cargo_runs+="$(timed cargo build -p rrg-catalog --features reader --lib)"$'\n'
    done
    size=$(stat -c %s "$rlib")

    printf '%8s  %-24s  %-24s  %-24s  %5d MB\n' "$n" \
        "$(summary <<<"${script_runs%$'\n'}")" \
        "$(summary <<<"${rustc_runs%$'\n'}")" \
        "$(summary <<<"${cargo_runs%$'\n'}")" \
        "$(( size / 1024 / 1024 ))"
    if [ -n "${RESULTS:-}" ]; then
        printf '%s\t%s\t%s\t%s\t%s\n' "$n" \
            "$(tr '\n' ' ' <<<"${script_runs%$'\n'}")" \
            "$(tr '\n' ' ' <<<"${rustc_runs%$'\n'}")" \
            "$(tr '\n' ' ' <<<"${cargo_runs%$'\n'}")" \
            "$size" >>"$RESULTS"
    fi
done

# Lookups: criterion's median throughput over every key (alias, miss) of
# the catalogue, as nanoseconds per lookup.
if [ "${LOOKUP:-0}" = 1 ]; then
    echo
    echo "get, mean time of one lookup over every name (criterion median, release build)"
    printf '%8s  %10s  %10s  %10s\n' entries key alias miss
    for n in "${sizes[@]}"; do
        export RRG_CATALOG_BIB=$dir/synthetic-$n.bib
        out=$(cargo bench -q -p rrg-catalog --features reader --bench lookup_any 2>/dev/null)
        per() {
            # The median of "thrpt: [low unit median unit high unit]", in
            # elements per second, turned into nanoseconds per element.
            grep -A2 "entries/$1\$" <<<"$out" | grep 'thrpt:' | tr -d '[]' |
                awk '{ v = $4; u = $5; f = (u ~ /^G/) ? 1e9 : (u ~ /^M/) ? 1e6 : (u ~ /^K/) ? 1e3 : 1;
                       printf "%.1f ns", 1e9 / (v * f) }'
        }
        printf '%8s  %10s  %10s  %10s\n' "$n" "$(per key)" "$(per alias)" "$(per miss)"
    done
fi
