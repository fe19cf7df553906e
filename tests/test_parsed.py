"""reinstate.parsed: a data file is parsed once per change of its bytes, never read half-written,
and parsed again when its stored copy is missing, damaged or cannot be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate import parsed


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_parsed_once_per_change() -> None:
    calls: list[int] = []

    def parse() -> dict[str, object]:
        calls.append(1)
        return {"a": {"en": "x", "zh": "十"}, "n": [1, 2]}

    sources = [("a.toml", b"a = 1"), ("b.toml", b"b = 2")]
    first = parsed.cached("demo", sources, parse)
    assert parsed.cached("demo", sources, parse) == first and len(calls) == 1
    assert parsed.cached("demo", [("a.toml", b"a = 1"), ("b.toml", b"b = 3")], parse) == first
    assert len(calls) == 2  # other bytes, another copy
    assert parsed.cached("demo", [("a.toml", b"a = 1b"), ("b.toml", b" = 2")], parse) == first
    assert len(calls) == 3  # the same bytes split otherwise are other sources too


def test_a_damaged_or_unwritable_copy_is_parsed_again(_cache: Path) -> None:
    sources = [("a.toml", b"a = 1")]
    parsed.cached("demo", sources, lambda: {"v": 1})
    (stored,) = _cache.glob("demo-*.marshal")
    stored.write_bytes(b"\x00garbage")
    assert parsed.cached("demo", sources, lambda: {"v": 2}) == {"v": 2}
    stored.unlink()
    _cache.chmod(0o500)
    try:
        assert parsed.cached("demo", sources, lambda: {"v": 3}) == {"v": 3}
        assert not list(_cache.glob("*.tmp"))
    finally:
        _cache.chmod(0o700)


def test_the_facts_and_catalogs_come_through_it(_cache: Path) -> None:
    from reinstate.cases import facts
    from reinstate.i18n import catalog

    fresh = facts.facts.__wrapped__()
    assert facts.facts.__wrapped__() == fresh
    assert catalog.__wrapped__() == catalog()
    assert {p.name.split("-")[0] for p in _cache.glob("*.marshal")} == {"facts", "i18n"}
