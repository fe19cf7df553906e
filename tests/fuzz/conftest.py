"""Fixtures of the fuzz suite (the pieces live in fuzz_helpers.py)."""

from fuzz_helpers import corpus, template_ledger

__all__ = ["corpus", "template_ledger"]
