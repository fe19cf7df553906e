"""Traditional-to-Simplified normalisation with OpenCC, offsets preserved."""

from __future__ import annotations

from functools import cache
from typing import Any

from reinstate.rules.cache import compiled


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


# from the compiled-pattern store: building this class's table costs a short command ~10 ms
_CJK = compiled("[\u3400-\u9fff]")


def _has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def to_simplified(text: str) -> str:
    """Simplified Chinese for matching; the result has the same length, so spans map back."""
    if not _has_cjk(text):
        return text
    converted: str = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    # A phrase conversion changed the length: convert character by character instead.
    convert = _converter().convert
    return "".join(c if len(c := convert(ch)) == 1 else ch for ch in text)
