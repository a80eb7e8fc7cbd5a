"""The workspace's `rust-version` is true of what it builds with.

    python3 ci/check_rust_version.py        (from the repository root)

CI runs one toolchain (the one the README names), so the declared minimum
is checked in the two ways that need no other compiler:

* every package in each lockfile (the workspace's, and that of
  ci/no-std-user) declares a `rust-version` no newer than ours, as
  `cargo metadata` reports it, for every target platform and for
  dev-dependencies too;
* no `if let` / `while let` condition chains with `&&` (let chains, Rust
  1.88): the language feature edition 2024 code reaches for first.

Standard-library items newer than ours are clippy's `incompatible_msrv`
lint, which reads the same `rust-version` and is denied in CI's clippy step.
"""

import json
import pathlib
import re
import subprocess
import sys

MANIFESTS = ["Cargo.toml", "ci/no-std-user/Cargo.toml"]


def version(text):
    """`1.85` and `1.85.0` alike, as (1, 85, 0)."""
    parts = [int(part) for part in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def metadata(manifest):
    output = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked",
         "--manifest-path", manifest],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(output)


def declared():
    meta = metadata("Cargo.toml")
    members = set(meta["workspace_members"])
    versions = {p["rust_version"] for p in meta["packages"] if p["id"] in members}
    if len(versions) != 1 or None in versions:
        sys.exit(f"the workspace's crates declare different rust-versions: {versions}")
    return versions.pop()


def newer_dependencies(manifest, ours):
    meta = metadata(manifest)
    members = set(meta["workspace_members"])
    locked = {node["id"] for node in meta["resolve"]["nodes"]}
    found = []
    for package in meta["packages"]:
        needs = package["rust_version"]
        if package["id"] in locked and package["id"] not in members and needs:
            if version(needs) > version(ours):
                found.append(f"{package['name']} {package['version']} needs Rust {needs}")
    return len(locked - members), found


def strip_comments_and_strings(source):
    source = re.sub(r'r(#*)".*?"\1', '""', source, flags=re.S)
    source = re.sub(r'"(\\.|[^"\\])*"', '""', source, flags=re.S)
    source = re.sub(r"'(\\.|[^'\\])'", "' '", source)
    source = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    return re.sub(r"//[^\n]*", "", source)


def let_chains(path):
    """Lines where an `if let`/`while let` condition holds `&&` or `||`
    outside brackets, or where `let` follows `&&`."""
    source = strip_comments_and_strings(path.read_text())
    found = []
    for match in re.finditer(r"\b(?:if|while)\s+let\b|(?:&&|\|\|)\s*let\b", source):
        line = source.count("\n", 0, match.start()) + 1
        if not match.group().startswith(("if", "while")):
            found.append(line)
            continue
        depth = 0
        for i in range(match.end(), len(source)):
            char = source[i]
            if char in "([":
                depth += 1
            elif char in ")]":
                depth -= 1
            elif depth == 0 and char == "{":
                break
            elif depth == 0 and source.startswith(("&&", "||"), i):
                found.append(line)
                break
    return found


def main():
    ours = declared()
    print(f"declared rust-version: {ours}")
    problems = []
    for manifest in MANIFESTS:
        count, newer = newer_dependencies(manifest, ours)
        print(f"{manifest}: {count} locked packages, {len(newer)} newer than {ours}")
        problems += [f"{manifest}: {line}" for line in newer]
    files = subprocess.run(["git", "ls-files", "*.rs"], check=True,
                           capture_output=True, text=True).stdout.split()
    chained = 0
    for name in files:
        for line in let_chains(pathlib.Path(name)):
            chained += 1
            problems.append(f"{name}:{line}: a let chain (Rust 1.88)")
    print(f"{len(files)} Rust files, {chained} let chains")
    if problems:
        print("\n".join(problems))
        sys.exit(f"rust-version {ours} is not true of {len(problems)} thing(s) above")


if __name__ == "__main__":
    main()
