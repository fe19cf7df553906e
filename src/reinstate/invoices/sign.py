"""The shape every editing sign takes: (code, params, page, bbox), so the report can say where it
was seen. bbox is in page units (PDF points from the top-left, or image pixels), or None for the
whole file; page is None for the file as a whole."""

from __future__ import annotations

from typing import Any

Sign = tuple[str, dict[str, Any], int | None, tuple[float, float, float, float] | None]
