"""The Markdown export rendered by pandoc as GitHub-flavoured Markdown: every
link the list writes is a link, LLM works are bold, and nothing in a title
turned into other markup.

    python ci/check_markdown.py papers.md
"""

import re
import subprocess
import sys
from pathlib import Path


def main(path):
    text = Path(path).read_text(encoding="utf-8")
    html = subprocess.run(
        ["pandoc", "-f", "gfm", "-t", "html", "--wrap=none", path],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout
    failures = 0

    def expect(what, found, wanted):
        nonlocal failures
        if found != wanted:
            print(f"FAIL: {what}: {found} in the HTML, {wanted} expected")
            failures += 1

    items = [line for line in text.splitlines() if line.startswith(("[", "**["))]
    expect("links", len(re.findall(r"<a ", html)), text.count("]]("))
    expect("bold spans", html.count("<strong>"), text.count("\n**[") + ("**bold**" in text))
    expect("paragraphs", html.count("<p>"), len(items) + ("**bold**" in text))
    for tag in ["<em>", "<code>", "<img", "<del>", "<script", "<sup>", "<sub>", "<span class=\"math"]:
        expect(f"{tag} elements", html.count(tag), 0)
    print(f"markdown: {len(items)} items, {text.count(']](')} links render as written")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
