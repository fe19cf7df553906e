"""Strings of this area (i18n/health.toml) and errors built from them."""

from __future__ import annotations

from typing import Any

from reinstate.errors import ReinstateError
from reinstate.i18n import tr


def error(code: str, key: str, *, path: str | None = None, **params: Any) -> ReinstateError:
    """An input error whose English and Chinese texts come from the catalog."""
    return ReinstateError(code, tr(key, "en", **params), tr(key, "zh", **params), path=path)
