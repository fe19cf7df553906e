"""The linter's phrase matching as it read before any speed aid: one plain `re.compile` per
rule and language, no factored alternations, no first-character prefilter, no program store.

Tests swap it in for `reinstate.appeals.checks._pattern` and require the same findings.
"""

from __future__ import annotations

import re
from functools import cache

from reinstate.appeals import checks
from reinstate.rules import Rule


@cache
def reference_pattern(rule: Rule, lang: str) -> tuple[re.Pattern[str], bool]:
    joined = dict(checks._sources(rule))[lang]
    if checks._UPPER_ESCAPE.search(joined):
        return re.compile(joined, re.IGNORECASE), False
    return re.compile(joined.lower()), True
