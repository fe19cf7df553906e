"""Reviewing appeals and messages before they are sent, and skeletons to start them from."""

from reinstate.appeals.lint import CHANNELS, LintReport, lint_text
from reinstate.appeals.sections import SECTIONS, find_sections
from reinstate.appeals.skeleton import outline

__all__ = ["CHANNELS", "SECTIONS", "LintReport", "find_sections", "lint_text", "outline"]
