"""Every value the pages show through `labels.LABELS` has a label and a Chinese translation."""

from __future__ import annotations

from reinstate.related.attributes import KINDS
from reinstate.web.i18n import translations
from reinstate.web.labels import LABELS


def test_every_related_attribute_kind_has_a_label() -> None:
    # a kind without a label reached the Chinese related page as a raw key ("person_name")
    assert [k.name for k in KINDS if k.name not in LABELS] == []


def test_every_label_is_translated_to_chinese() -> None:
    zh = translations("zh")
    assert [text for text in LABELS.values() if zh.gettext(text) == text] == []
