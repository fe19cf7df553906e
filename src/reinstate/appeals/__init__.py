"""Reviewing appeals and messages before they are sent."""

from reinstate.appeals.lint import LintReport, lint_text
from reinstate.appeals.sections import SECTIONS, find_sections

__all__ = ["SECTIONS", "LintReport", "find_sections", "lint_text"]
