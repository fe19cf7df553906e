"""Page language: gettext catalogs (Babel .po files) read at start, one Jinja2 environment each.

The .po files under `locale/` are the source of truth and the only thing committed: they are
compiled in memory when the app starts (Babel's `read_po` + `write_mo`), so there is no build step
and no binary file to keep in sync. `tests/web/test_i18n_web.py` extracts every message from the
templates and the Python code and fails when one lacks a Chinese translation.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from reinstate.i18n import LANGS, Lang

LOCALE = Path(__file__).parent / "locale"
DOMAIN = "messages"
COOKIE = "reinstate_lang"


def N_(message: str) -> str:
    """Mark a string for extraction; it is translated later, where the language is known."""
    return message


@cache
def translations(lang: Lang) -> Translations:
    if lang == "en":
        return Translations()
    path = LOCALE / "zh_Hans" / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale="zh_Hans_CN")
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def translate(lang: Lang, message: str, **params: Any) -> str:
    text = translations(lang).gettext(message)
    return text % params if params else text


def pick_lang(query: str | None, cookie: str | None, accept: str | None) -> Lang:
    """?lang=, then the language cookie, then Accept-Language (by weight), else English."""
    for value in (query, cookie):
        if value in LANGS:
            return "zh" if value == "zh" else "en"
    if accept:
        choices: list[tuple[float, int, str]] = []
        for index, part in enumerate(accept.split(",")):
            tag, _, params = part.strip().partition(";")
            weight = 1.0
            if params.strip().startswith("q="):
                try:
                    weight = float(params.strip()[2:])
                except ValueError:
                    weight = 0.0
            choices.append((-weight, index, tag.strip().lower()))
        for weight, _index, tag in sorted(choices):
            if weight >= 0:  # q=0 means "not this one"
                continue
            if tag.startswith("zh"):
                return "zh"
            if tag.startswith("en"):
                return "en"
    return "en"
