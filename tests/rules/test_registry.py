"""Loading rules: user folders through the same path, duplicates refused, settings applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.errors import ReinstateError
from reinstate.rules import Severity, load_registry

RULE = """code = "{code}"
name = "{name}"
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
en = ["basically"]
[examples]
fire = ["This is basically done."]
silent = ["This is done."]
"""


def _folder(tmp_path: Path, code: str, name: str) -> Path:
    folder = tmp_path / "my-rules"
    folder.mkdir(exist_ok=True)
    (folder / f"{code}.toml").write_text(RULE.format(code=code, name=name), encoding="utf-8")
    return folder


def _config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_user_rule_folder_loads_and_lints(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "X001", "house-basically")
    registry = load_registry(_config(tmp_path, f'[rules]\npaths = ["{folder}"]\n'))
    assert registry.get("X001").name == "house-basically"
    from reinstate.appeals import lint_text

    report = lint_text("It is basically fixed.", registry=registry, require_sections=False)
    assert "X001" in {f.code for f in report.findings}


def test_duplicate_code_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "G601", "my-follow-up")
    with pytest.raises(ReinstateError) as info:
        load_registry(_config(tmp_path, f'[rules]\npaths = ["{folder}"]\n'))
    assert info.value.code == "rule_duplicate"


def test_broken_rule_file_names_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "X002.toml").write_text('code = "X002"\nname = "Bad Name"\n')
    with pytest.raises(ReinstateError) as info:
        load_registry(_config(tmp_path, f'[rules]\npaths = ["{folder}"]\n'))
    assert info.value.path and info.value.path.endswith("X002.toml")


def test_severity_override_and_disable(tmp_path: Path) -> None:
    registry = load_registry(
        _config(tmp_path, '[rules]\ndisable = ["P102"]\n[rules.severity]\nP101 = "info"\n')
    )
    assert registry.get("P101").severity is Severity.info
    assert registry.finding("P102") is None
    assert not registry.enabled("P102")


@pytest.mark.parametrize(
    "body",
    ['[rules]\n[rules.severity]\nP101 = "fatal"\n', "not toml [", '[rules]\ndisable = ["Q123"]\n'],
)
def test_bad_config_is_an_input_error(tmp_path: Path, body: str) -> None:
    with pytest.raises(ReinstateError) as info:
        load_registry(_config(tmp_path, body))
    assert info.value.path and info.value.path.endswith("config.toml")


def test_config_from_user_config_dir(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config_home = tmp_path / "xdg"
    (config_home / "reinstate").mkdir(parents=True)
    (config_home / "reinstate" / "config.toml").write_text('[rules]\ndisable = ["G603"]\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config_home))
    assert not load_registry().enabled("G603")
