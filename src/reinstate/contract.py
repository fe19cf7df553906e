"""The one versioned JSON envelope that every command and endpoint speaks (docs/contract.md)."""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 1


def envelope(kind: str, **fields: Any) -> dict[str, Any]:
    """Wrap a result of the given kind in the versioned envelope."""
    return {"schema_version": SCHEMA_VERSION, "kind": kind, **fields}
