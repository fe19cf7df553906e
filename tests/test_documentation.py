"""The docs cover what users can type and what they can be told: every command and option, and
every error code (docs/errors.md is generated from the catalogue and must be current)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
from typer.main import get_command

from reinstate.cli import app
from reinstate.errors.docs import errors_markdown

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _all_docs() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(DOCS.glob("*.md")))


def _commands(command: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _commands(sub, (*path, name))
    else:
        yield path


def test_every_command_is_documented() -> None:
    docs = _all_docs()
    missing = [
        " ".join(path)
        for path in _commands(get_command(app))
        if f"reinstate {' '.join(path)}" not in docs
    ]
    assert missing == []


def test_every_option_is_documented() -> None:
    docs = _all_docs()
    missing = []
    root = get_command(app)
    for path in _commands(root):
        command = root
        for name in path:
            assert isinstance(command, click.Group)
            command = command.commands[name]
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in docs:
                    missing.append(f"reinstate {' '.join(path)} {opt}")
    assert missing == []


def test_the_error_reference_is_current() -> None:
    assert (DOCS / "errors.md").read_text(encoding="utf-8") == errors_markdown(), (
        "run: python -m reinstate.errors.docs"
    )
