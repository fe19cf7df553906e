"""Every user-facing string exists in English and Chinese with the same placeholders."""

from __future__ import annotations

import re
import string

import pytest

from reinstate.i18n import catalog, default_lang, tr

CATALOG = catalog()


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_both_languages_same_placeholders(key: str) -> None:
    texts = CATALOG[key]
    assert texts.get("en") and texts.get("zh"), key

    def names(t: str) -> set[str]:
        return {n for _, n, _, _ in string.Formatter().parse(t) if n}

    assert names(texts["en"]) == names(texts["zh"]), key
    words = re.sub(r"\{[^}]*\}", "", texts["en"])
    if re.search(r"[A-Za-z]{3,}", words):
        assert re.search(r"[\u4e00-\u9fff]", texts["zh"]), f"{key}: zh is not Chinese"


def test_default_language_follows_locale(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("REINSTATE_LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert default_lang() == "zh"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert default_lang() == "en"
    monkeypatch.setenv("REINSTATE_LANG", "zh")
    assert default_lang() == "zh"


def test_missing_placeholder_stays_visible() -> None:
    assert "{days}" in tr("case.deadline.respond_notice", "en")


def test_the_cached_catalog_is_the_parsed_one(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reinstate import i18n

    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(tmp_path))
    parsed = i18n.catalog.__wrapped__()  # no copy yet: parsed, then stored
    (stored,) = tmp_path.glob("i18n-catalog-*.marshal")
    assert i18n.catalog.__wrapped__() == parsed == CATALOG
    stored.write_bytes(b"not marshal")  # a damaged copy is parsed again
    assert i18n.catalog.__wrapped__() == parsed
