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
