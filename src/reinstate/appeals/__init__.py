"""Reviewing appeals and messages before they are sent, and skeletons to start them from.

Names load on first use: the lexicons compile when the linter is first needed, not when the CLI
starts.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "CHANNELS": "lint",
    "LintReport": "lint",
    "lint_text": "lint",
    "SECTIONS": "sections",
    "find_sections": "sections",
    "outline": "skeleton",
}

__all__ = ["CHANNELS", "SECTIONS", "LintReport", "find_sections", "lint_text", "outline"]

if TYPE_CHECKING:
    from reinstate.appeals.lint import CHANNELS, LintReport, lint_text
    from reinstate.appeals.sections import SECTIONS, find_sections
    from reinstate.appeals.skeleton import outline


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'reinstate.appeals' has no attribute {name!r}")
    return getattr(importlib.import_module(f"reinstate.appeals.{module}"), name)
