"""The on-disk cache of parsed rules: reused when nothing changed, rebuilt when anything did."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reinstate.errors import ReinstateError
from reinstate.rules import cache as rule_cache
from reinstate.rules import registry
from reinstate.rules.model import Rule

RULE = """code = "{code}"
name = "house-{word}"
kind = "phrases"
target = "text"
severity = "warning"
tags = ["vague"]
source = "https://example.org/our-house-style"
[message]
en = "House style: avoid \\"{{match}}\\"."
zh = "公司规范：避免使用“{{match}}”。"
[why]
en = "Our reviewers asked for it."
zh = "审核同事的要求。"
[fix]
en = "Say it plainly."
zh = "直接说明。"
[phrases]
en = ["{word}"]
[examples]
fire = ["This is {word} done."]
silent = ["This is done."]
"""


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(rule_cache.ENV, str(folder))
    return folder


def _write(folder: Path, code: str, word: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{code}.toml").write_text(RULE.format(code=code, word=word), encoding="utf-8")


def _counting_parse(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real = registry._parse_file

    def spy(raw: bytes, origin: str, *, user: bool = False) -> Rule:
        parsed.append(origin)
        return real(raw, origin, user=user)

    monkeypatch.setattr(registry, "_parse_file", spy)
    return parsed


def test_a_folder_is_parsed_once_then_read_from_the_cache(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = tmp_path / "rules"
    _write(rules, "X001", "basically")
    parsed = _counting_parse(monkeypatch)

    first = registry.folder_rules(rules)
    second = registry.folder_rules(rules)

    assert len(parsed) == 1
    assert [r.code for r in second] == ["X001"]
    assert second[0].phrases == first[0].phrases
    assert len(list(cache_dir.glob("folder-*.pickle"))) == 1


def test_changing_adding_or_removing_a_rule_rebuilds(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = tmp_path / "rules"
    _write(rules, "X001", "basically")
    registry.folder_rules(rules)

    _write(rules, "X001", "literally")
    assert registry.folder_rules(rules)[0].phrases == {"en": ("literally",)}

    _write(rules, "X002", "honestly")
    assert [r.code for r in registry.folder_rules(rules)] == ["X001", "X002"]

    (rules / "X001.toml").unlink()
    assert [r.code for r in registry.folder_rules(rules)] == ["X002"]
    # one file per folder: the old versions were replaced, not kept beside the new one
    assert len(list(cache_dir.glob("folder-*.pickle"))) == 1


def test_a_broken_rule_is_reported_every_time_and_not_cached(
    cache_dir: Path, tmp_path: Path
) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "X001.toml").write_text('code = "X001"\n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ReinstateError) as raised:
            registry.folder_rules(rules)
        assert raised.value.code == "rule_invalid"
    assert not list(cache_dir.glob("*.pickle"))


def test_a_corrupt_or_unwritable_cache_is_only_slower(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = tmp_path / "rules"
    _write(rules, "X001", "basically")
    registry.folder_rules(rules)
    (stored,) = cache_dir.glob("folder-*.pickle")
    stored.write_bytes(stored.read_bytes()[:100])  # a full disk cut it short
    assert [r.code for r in registry.folder_rules(rules)] == ["X001"]
    assert stored.stat().st_size > 100  # rewritten whole

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv(rule_cache.ENV, str(blocked))
    assert [r.code for r in registry.folder_rules(rules)] == ["X001"]


def test_builtin_rules_from_the_cache_equal_a_fresh_parse(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry._builtin_rules.cache_clear()
    monkeypatch.setattr(rule_cache, "cached_rules", lambda group, files, parse: parse())
    fresh = registry.builtin_rules()
    monkeypatch.undo()
    monkeypatch.setenv(rule_cache.ENV, str(cache_dir))
    registry._builtin_rules.cache_clear()
    registry.builtin_rules()  # writes the cache
    registry._builtin_rules.cache_clear()
    cached = registry.builtin_rules()  # reads it
    registry._builtin_rules.cache_clear()

    assert list(cache_dir.glob("builtin-*.pickle"))
    assert [vars(r) for r in cached] == [vars(r) for r in fresh]


def test_concurrent_first_runs_all_get_the_rules(cache_dir: Path) -> None:
    script = "from reinstate.rules.registry import builtin_rules; print(len(builtin_rules()))"
    env = {**os.environ, rule_cache.ENV: str(cache_dir)}
    runs = [
        subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    counts = {run.communicate()[0].strip() for run in runs}
    assert all(run.returncode == 0 for run in runs)
    assert len(counts) == 1 and int(counts.pop()) > 50
    assert len(list(cache_dir.glob("builtin-*.pickle"))) == 1
    assert not list(cache_dir.glob(".tmp-*"))


PATTERNS = [
    (r"(?<!\w)(?:make sure|ensure(?:d|s)?)(?!\w)", 0),
    (r"(?P<asin>B0[0-9A-Z]{8})|(?P<order>\d{3}-\d{7}-\d{7})", 0),
    (r"(?=[保确])(?:保证|确保)", 0),
    (r"never again", re.IGNORECASE),
    (r"(?i)ALL CAPS|(?-i:ASIN)", 0),
]


def test_compiled_patterns_come_back_equal_from_the_store(cache_dir: Path) -> None:
    script = (
        "import json, sys\n"
        "from reinstate.rules.cache import compiled\n"
        "for p, f in json.loads(sys.argv[1]):\n"
        "    compiled(p, f)\n"
    )
    env = {**os.environ, rule_cache.ENV: str(cache_dir)}
    subprocess.run([sys.executable, "-c", script, json.dumps(PATTERNS)], env=env, check=True)
    assert list(cache_dir.glob("patterns-*.pickle"))

    store = rule_cache._Programs()
    known = store.known()
    for pattern, flags in PATTERNS:
        assert (pattern, int(flags)) in known
        from_store = rule_cache.compiled(pattern, flags)
        fresh = re.compile(pattern, flags)
        assert from_store == fresh
        text = "We ensure B0ABCDEF12 and 123-1234567-1234567 never AGAIN 确保 ALL CAPS asin"
        assert [m.span() for m in from_store.finditer(text)] == [
            m.span() for m in fresh.finditer(text)
        ]
        assert from_store.groupindex == fresh.groupindex


def test_the_pattern_store_keeps_to_what_runs_use_once_it_is_full(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rule_cache, "_MAX_BYTES", 2000)
    first = rule_cache._Programs()
    monkeypatch.setattr(rule_cache, "_programs", first)
    for word in ("alpha", "beta", "gamma", "delta"):
        rule_cache.compiled("|".join(f"{word}{i}" for i in range(40)), factored=True)
    first.save()
    assert len(rule_cache._Programs().known()) == 4

    second = rule_cache._Programs()
    monkeypatch.setattr(rule_cache, "_programs", second)
    used = rule_cache.compiled("|".join(f"alpha{i}" for i in range(40)), factored=True)
    rule_cache.compiled("|".join(f"omega{i}" for i in range(40)), factored=True)
    second.save()
    kept = {key[0][:5] for key in rule_cache._Programs().known()}
    assert kept == {"alpha", "omega"}  # over the bound: only what the last run used or built
    assert used.match("alpha39")
