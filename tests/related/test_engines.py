"""The DuckDB engine's memory cap and where it spills."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from reinstate.related.engines import DuckDBEngine


def test_duckdb_spills_to_a_private_temporary_directory_removed_on_close(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # DuckDB's default spill directory is `.tmp` under this folder
    engine = DuckDBEngine()
    ((limit, spill),) = engine.rows(
        "SELECT current_setting('memory_limit'), current_setting('temp_directory')"
    )
    assert limit.endswith("MiB") and float(limit.split()[0]) < 1024
    assert Path(spill).parent == Path(tempfile.gettempdir())
    assert not Path(spill).is_relative_to(tmp_path)
    engine.close()
    assert not Path(spill).exists()


def test_a_dropped_table_is_gone() -> None:
    engine = DuckDBEngine()
    try:
        engine.register("vals", {"acc": [1, 2]}, {"acc": "INT"})
        engine.create("copy", "SELECT acc FROM vals")
        engine.drop("vals")
        engine.drop("copy")
        tables = engine.rows("SELECT table_name FROM information_schema.tables")
        assert ("vals",) not in tables and ("copy",) not in tables
    finally:
        engine.close()


def test_released_engine_starts_afresh_with_the_same_limits() -> None:
    engine = DuckDBEngine()
    try:
        engine.register("vals", {"acc": [1, 2]}, {"acc": "INT"})
        engine.release()
        tables = engine.rows("SELECT table_name FROM information_schema.tables")
        assert ("vals",) not in tables
        ((limit, spill),) = engine.rows(
            "SELECT current_setting('memory_limit'), current_setting('temp_directory')"
        )
        assert float(limit.split()[0]) < 1024 and Path(spill).is_dir()
    finally:
        engine.close()


def _dead_pid() -> int:
    import subprocess
    import sys

    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(child.stdout)


def test_a_killed_runs_spill_folder_is_removed_by_the_next_run(tmp_path: Path) -> None:
    import os
    import time

    from reinstate.related.engines import LEGACY_SPILL_AGE, SPILL_PREFIX, remove_stale_spills

    dead = tmp_path / f"{SPILL_PREFIX}{_dead_pid()}-abc123"
    live = tmp_path / f"{SPILL_PREFIX}{os.getpid()}-def456"
    old = tmp_path / f"{SPILL_PREFIX}k2j4_x9q"  # named before folders carried a process id
    fresh = tmp_path / f"{SPILL_PREFIX}p0r3_s7t"
    other = tmp_path / "someone-elses-folder"
    for folder in (dead, live, old, fresh, other):
        folder.mkdir()
        (folder / "duckdb_temp_storage-0.tmp").write_bytes(b"x" * 100)
    long_ago = time.time() - LEGACY_SPILL_AGE - 60
    os.utime(old, (long_ago, long_ago))
    removed = remove_stale_spills(str(tmp_path))
    assert sorted(removed) == sorted([dead.name, old.name])
    assert not dead.exists() and not old.exists()
    assert live.exists() and fresh.exists() and other.exists()


def test_the_spill_folder_names_its_process() -> None:
    import os

    engine = DuckDBEngine()
    try:
        ((spill,),) = engine.rows("SELECT current_setting('temp_directory')")
    finally:
        engine.close()
    assert Path(spill).name.startswith(f"reinstate-related-{os.getpid()}-")
