"""ruff and mypy are part of the test suite: style and type errors fail the build."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[dev]')")
    return path


def test_ruff() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "src", "tests", "bench"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = subprocess.run(
        [_tool("mypy"), "src/reinstate"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layers_and_no_cycles() -> None:
    """The import-linter contracts in pyproject.toml (docs/architecture.md): imports point
    downwards between layers and no package's modules import each other in a cycle."""
    result = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_tracked_link_leaves_the_checkout() -> None:
    """A symlink to one machine's folder, committed by a link script, replaced that folder in
    every checkout of that machine (session 19): tracked links must stay inside the tree."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    listing = subprocess.run(
        [git, "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    links = [line.split("\t", 1)[1] for line in listing.splitlines() if line.startswith("120000")]
    outside = []
    for link in links:
        target = subprocess.run(
            [git, "cat-file", "-p", f":{link}"], cwd=ROOT, capture_output=True, text=True
        ).stdout
        resolved = (ROOT / link).parent.joinpath(target).resolve()
        if Path(target).is_absolute() or ROOT.resolve() not in resolved.parents:
            outside.append(f"{link} -> {target}")
    assert not outside, outside
