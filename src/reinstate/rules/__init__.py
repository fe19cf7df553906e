"""The rule registry: rules are data files; findings carry code, messages, span and source."""

from reinstate.rules.model import Finding, Rule, Severity, Span, worst
from reinstate.rules.registry import (
    Registry,
    builtin_rules,
    default_registry,
    load_registry,
    set_default_registry,
)

__all__ = [
    "Finding",
    "Registry",
    "Rule",
    "Severity",
    "Span",
    "builtin_rules",
    "default_registry",
    "load_registry",
    "set_default_registry",
    "worst",
]
