"""Plan-of-Action skeletons: guiding questions for the seller, English text with [placeholders].

The skeleton never states a fact about the seller: every fact is a [placeholder] the seller must
replace from their own records, and the linter flags any placeholder or guide line left behind.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from reinstate.appeals.sections import SECTIONS
from reinstate.errors import ReinstateError
from reinstate.i18n import LANGS, tr

GUIDE_MARK = {lang: tr("appeals.outline.guide_mark", lang) for lang in LANGS}
_HEADINGS = {
    "root_cause": "Root cause",
    "corrective_actions": "Corrective actions taken",
    "preventive_measures": "Preventive measures",
}
_ASIN = re.compile(r"^[A-Z0-9]{10}$")


@cache
def templates() -> dict[str, dict[str, Any]]:
    """Every category's skeleton, from outlines.toml."""
    text = resources.files(__package__).joinpath("outlines.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def categories() -> list[str]:
    """Categories with a skeleton of their own (others get the generic one)."""
    return sorted(name for name in templates() if name != "generic")


def outline(category: str, *, lang: str, asins: Sequence[str] = ()) -> str:
    """A POA skeleton for `category` (the generic one when there is no specific skeleton).

    `lang` is the language of the guiding questions ('en' or 'zh'); the appeal text itself is
    English, because appeals are sent in English.
    """
    if lang not in GUIDE_MARK:
        raise ReinstateError("lang_unknown", lang=lang)
    clean = [a.strip().upper() for a in asins if a and a.strip()]
    bad = [a for a in clean if not _ASIN.match(a)]
    if bad:
        raise ReinstateError("asin_invalid", bad=", ".join(bad))
    data = templates().get(category) or templates()["generic"]
    mark = GUIDE_MARK[lang]
    asin_text = ("ASIN " if len(clean) == 1 else "ASINs ") + ", ".join(clean) if clean else "[ASIN]"
    lines = [
        f"{data['title']['en']}",
        "",
        f"{mark}{tr('appeals.outline.intro', lang)}",
        f"{mark}{tr('appeals.outline.remove_guides', lang)}",
    ]
    if category not in templates():
        lines.append(f"{mark}{tr('appeals.outline.generic', lang, category=category)}")
    lines += ["", "Dear Seller Performance Team,", ""]
    for name in SECTIONS:
        part = data[name]
        lines.append(f"{_HEADINGS[name]}:")
        lines.extend(f"{mark}{q[lang]}" for q in part["guide"])
        lines.extend(t.replace("{asins}", asin_text) for t in part["text"])
        lines.append("")
    lines += [
        f"{mark}{tr('appeals.outline.evidence', lang)}",
        "Attachments:",
        "- [Document name]",
        "",
    ]
    lines += ["Sincerely,", "[Your name], [Your role]", "[Store name as in Seller Central]"]
    return "\n".join(lines) + "\n"
