"""Plain matching of `phrases` and `pattern` rules on user text: every language, no prefilter.

The linter matches with its own faster document-aware matcher (appeals/checks.py); this one is
the reference bench/appeals.py measures it against, and what a rule means when read literally.

User text is untrusted: patterns are compiled once, checked for nested quantifiers when loaded
(see tests/rules/test_catalogue.py), and run over input whose size the callers bound.
"""

from __future__ import annotations

import re
from functools import cache

from reinstate.rules.model import Rule


@cache
def compiled(rule: Rule) -> tuple[re.Pattern[str], ...]:
    """One compiled pattern per language; `phrases` rules match whole words where words exist."""
    out = []
    for lang, patterns in sorted(rule.phrases.items()):
        if not patterns:
            continue
        joined = "|".join(f"(?:{p})" for p in patterns)
        if rule.kind == "phrases" and lang not in ("zh", "ja"):
            joined = rf"(?<!\w)(?:{joined})(?!\w)"
        out.append(re.compile(joined, re.IGNORECASE))
    return tuple(out)


def matches(rule: Rule, text: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans where the rule's phrases or patterns occur."""
    spans: list[tuple[int, int]] = []
    for pattern in compiled(rule):
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end))
    return merged
