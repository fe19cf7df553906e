"""The error reference (docs/errors.md), generated from the catalogue: every code a command or
endpoint can answer with, what it says in both languages, and its HTTP status.

`python -m reinstate.errors.docs` rewrites the file; a test fails when it is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reinstate.errors import catalogue


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def errors_markdown() -> str:
    lines = [
        "# Errors",
        "",
        "Generated from `src/reinstate/errors/*.toml` by `python -m reinstate.errors.docs`; do not",
        "edit by hand. Every error a command prints (exit code 2) or an endpoint answers (the HTTP",
        "status below) has a stable `code` in the JSON envelope (`kind: \"error\"`, see",
        "[contract.md](contract.md)). A code with several situations has one row per situation;",
        "`{name}` stands for a value filled in at the time.",
        "",
        "| code | HTTP | English | 中文 |",
        "|---|---|---|---|",
    ]
    for _, entry in sorted(catalogue().items()):
        text = entry.text
        hint = f" — {entry.hint['en']}" if entry.hint else ""
        hint_zh = f" — {entry.hint['zh']}" if entry.hint else ""
        lines.append(
            f"| `{entry.code}` | {entry.status} | {_cell(text['en'] + hint)} "
            f"| {_cell(text['zh'] + hint_zh)} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/errors.md")
    target.write_text(errors_markdown(), encoding="utf-8")


if __name__ == "__main__":
    main()
