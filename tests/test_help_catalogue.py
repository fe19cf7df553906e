"""The `--help` catalogue (src/reinstate/i18n/help_texts/): every key the code asks for
exists, every entry has both languages, and none is left unused."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from reinstate.cli import COMMANDS
from reinstate.i18n.help import help_entry, help_text, parse

SRC = Path(__file__).resolve().parents[1] / "src" / "reinstate"
HELP = SRC / "i18n" / "help_texts"


def _used_keys() -> set[str]:
    keys = {key for _modules, key in COMMANDS.values()}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "help_text"
                and isinstance(node.args[0], ast.Constant)
            ):
                keys.add(node.args[0].value)
    return keys


def _entries(data: dict[str, object], prefix: str) -> list[tuple[str, dict[str, str]]]:
    out = []
    for key, value in data.items():
        assert isinstance(value, dict), f"{prefix}{key} is not an entry or a table"
        if "en" in value:
            out.append((f"{prefix}{key}", value))
        else:
            out.extend(_entries(value, f"{prefix}{key}."))
    return out


def _catalogue() -> dict[str, dict[str, str]]:
    return {
        key: entry
        for path in sorted(HELP.glob("*.toml"))
        for key, entry in _entries(tomllib.loads(path.read_text(encoding="utf-8")), f"{path.stem}.")
    }


def test_every_help_key_in_the_code_exists() -> None:
    for key in _used_keys():
        assert help_text(key), key


def test_every_entry_is_used_and_has_both_languages() -> None:
    catalogue = _catalogue()
    assert set(catalogue) == _used_keys(), "drop the help entries no command uses"
    for key, entry in catalogue.items():
        assert entry["en"].strip() and entry["zh"].strip(), key
        assert set(entry) <= {"en", "zh", "join", "shown", "more_en", "more_zh"}, key
        assert entry.get("shown", "both") in ("en", "both"), key
        assert ("more_en" in entry) == ("more_zh" in entry), key


def test_the_small_parser_reads_every_file_as_tomllib_does() -> None:
    for path in sorted(HELP.glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        assert parse(text) == dict(_entries(tomllib.loads(text), "")), path.name


def test_the_small_parser_refuses_what_it_cannot_read() -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse('a = { en = "A", zh = "甲" }\nb.en = "B"\n')


@pytest.mark.parametrize(
    ("entry", "printed"),
    [
        ({"en": "Case id", "zh": "案件编号."}, "Case id / 案件编号."),
        ({"en": "Read it.", "zh": "读取。", "join": "\n\n"}, "Read it.\n\n读取。"),
        (
            {"en": "Days the notice gives.", "zh": "通知给出的天数。", "shown": "en"},
            "Days the notice gives.",
        ),
    ],
)
def test_how_an_entry_prints(
    entry: dict[str, str], printed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reinstate.i18n import help as module

    monkeypatch.setattr(module, "help_entry", lambda key: entry)
    assert module.help_text("any.key") == printed


def test_a_key_reads_its_entry() -> None:
    assert help_entry("related.check.accounts")["zh"] == "账户文件."
