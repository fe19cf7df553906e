"""The error catalogue: every code raised in src/ is defined once, with the same placeholders in
English and Chinese, and every call passes exactly the parameters its texts use."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from reinstate.errors import ReinstateError, catalogue, one_of

SRC = Path(__file__).resolve().parents[2] / "src" / "reinstate"
ERROR_CLASSES = {"ReinstateError", "AuthError"}


def _raised() -> list[tuple[str, str, set[str] | None]]:
    """(where, key, keyword names or None when **kwargs hides them) of every error built in src/."""
    found = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            where = f"{path.relative_to(SRC)}:{node.lineno}"
            args = node.args[1:] if name == "AuthError" else node.args
            if name in ERROR_CLASSES and args and isinstance(args[0], ast.Constant):
                kws = {k.arg for k in node.keywords}
                found.append((where, args[0].value, None if None in kws else kws - {"path"}))
            if name == "one_of":
                for k in node.keywords:
                    if k.arg == "code" and isinstance(k.value, ast.Constant):
                        found.append((where, k.value.value, {"what", "value", "choices"}))
    return found


def test_the_scan_sees_the_call_sites() -> None:
    assert len(_raised()) > 100


def test_every_raised_code_is_in_the_catalogue() -> None:
    missing = [f"{where} {key}" for where, key, _ in _raised() if key not in catalogue()]
    assert missing == []


def test_every_call_passes_exactly_the_placeholders() -> None:
    wrong = []
    for where, key, passed in _raised():
        if key in catalogue() and passed is not None:
            wanted = catalogue()[key].placeholders()
            if passed != wanted:
                wrong.append(f"{where} {key}: passes {sorted(passed)}, texts use {sorted(wanted)}")
    assert wrong == []


def test_both_languages_use_the_same_placeholders() -> None:
    import string

    def names(template: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(template) if f}

    for key, entry in catalogue().items():
        assert names(entry.text["en"]) == names(entry.text["zh"]), key
        assert entry.text["en"].strip() and entry.text["zh"].strip(), key
        assert 400 <= entry.status < 600, key


def test_every_catalogue_entry_is_raised_somewhere() -> None:
    raised = {key for _, key, _ in _raised()}
    assert sorted(set(catalogue()) - raised) == []


def test_an_error_takes_its_text_and_status_from_the_catalogue() -> None:
    error = ReinstateError("unknown_case", case_id=7)
    assert error.code == "unknown_case" and error.status == 404
    assert "7" in error.text("en") and "7" in error.text("zh")
    assert error.to_json()["message"]["zh"] != error.to_json()["message"]["en"]


def test_a_variant_keeps_the_code_users_and_scripts_see() -> None:
    error = ReinstateError("file_unreadable.os_error", strerror="Is a directory", path="x")
    assert error.code == "file_unreadable"
    assert error.to_json()["path"] == "x"


def test_localized_parameters_follow_the_language() -> None:
    with pytest.raises(ReinstateError) as caught:
        one_of("sms", ("email", "call"), code="unknown_channel", what=("channel", "渠道"))
    assert "channel 'sms'" in caught.value.text("en")
    assert "渠道 'sms'" in caught.value.text("zh")
