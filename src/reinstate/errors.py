"""Errors about the tool or its input, kept apart from findings about the user's documents.

Every error carries a stable code, a message in English and Chinese, and the file or value it is
about; the shells turn it into exit code 2 (input) or 3 (internal).
"""

from __future__ import annotations

from typing import Any


class ReinstateError(Exception):
    """Bad input or an unusable environment: the user can fix it. Exit code 2."""

    exit_code = 2

    def __init__(self, code: str, en: str, zh: str, *, path: str | None = None) -> None:
        super().__init__(en)
        self.code = code
        self.message = {"en": en, "zh": zh}
        self.path = path

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "path": self.path}

    def text(self, lang: str) -> str:
        msg = self.message.get(lang) or self.message["en"]
        return f"{msg} ({self.path})" if self.path else msg
