"""Every message in the templates and the web code has a Chinese translation with the same
placeholders, and the catalog has no stale entries."""

from __future__ import annotations

import re
from pathlib import Path

import reinstate.web

WEB = Path(reinstate.web.__file__).parent
PO = WEB / "locale" / "zh_Hans" / "LC_MESSAGES" / "messages.po"


def _extracted() -> set[str]:
    from babel.messages.extract import extract_from_dir

    method_map = [("**.py", "python"), ("templates/**.html", "jinja2")]
    options = {"templates/**.html": {"extensions": "jinja2.ext.i18n"}}
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
    found = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(
        str(WEB), method_map=method_map, options_map=options, keywords=keywords
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


def _catalog() -> dict[str, str]:
    from babel.messages.pofile import read_po

    with PO.open("rb") as handle:
        return {m.id: m.string for m in read_po(handle) if m.id}


def test_every_message_is_translated() -> None:
    messages = _extracted()
    catalog = _catalog()
    assert len(messages) > 150
    missing = sorted(m for m in messages if not catalog.get(m))
    assert missing == []
    stale = sorted(set(catalog) - messages)
    assert stale == []


def test_placeholders_match() -> None:
    for msgid, msgstr in _catalog().items():
        assert re.findall(r"%\(\w+\)s", msgid) == re.findall(r"%\(\w+\)s", msgstr), msgid


def test_translations_are_used() -> None:
    from reinstate.web.i18n import translate

    assert translate("zh", "Cases") == "案件"
    assert translate("en", "Cases") == "Cases"
    # sign-in refusals are errors: their texts live in the error catalogue
    from reinstate.web.auth import AuthError

    assert AuthError(422, "password_short", min=10).text("zh") == "密码至少需要 10 个字符。"


def test_pick_lang() -> None:
    from reinstate.web.i18n import pick_lang

    assert pick_lang(None, None, "zh-CN,zh;q=0.9") == "zh"
    assert pick_lang(None, None, "fr-FR,zh-TW;q=0.8,en;q=0.5") == "zh"
    assert pick_lang(None, None, "zh;q=0, en") == "en"
    assert pick_lang("en", "zh", "zh") == "en"
    assert pick_lang(None, "zh", "en") == "zh"
    assert pick_lang(None, None, None) == "en"
