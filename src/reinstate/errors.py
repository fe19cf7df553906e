"""Errors about the tool or its input, kept apart from findings about the user's documents.

Every error carries a stable code, a message in English and Chinese, and the file or value it is
about; the shells turn it into exit code 2 (input) or 3 (internal).
"""

from __future__ import annotations

from collections.abc import Iterable
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


def one_of(value: str, choices: Iterable[str], *, code: str, what: tuple[str, str]) -> str:
    """`value` when it is one of `choices`; otherwise an input error listing them.

    `what` names the thing in English and Chinese, e.g. ("channel", "渠道").
    """
    options = list(choices)
    if value in options:
        return value
    listed = ", ".join(options)
    raise ReinstateError(
        code,
        f"Unknown {what[0]} {value!r}; use one of {listed}.",
        f"未知的{what[1]} {value!r}；可选：{listed}。",
    )


# Which optional extra brings which third-party module, to name the right install command.
_EXTRAS = {
    "invoices": ("pdfplumber", "pdfminer", "pikepdf", "pypdf", "pypdfium2", "PIL", "numpy"),
    "packet": ("weasyprint", "docx"),
    "related": ("duckdb", "splink", "scipy", "phonenumbers", "graphviz", "pyarrow"),
    "spark": ("pyspark",),
    "web": ("fastapi", "starlette", "uvicorn", "jinja2", "multipart", "argon2", "babel"),
    "health": ("httpx", "jsonschema", "cryptography", "keyring"),
    "postgres": ("psycopg",),
    "notices": ("charset_normalizer",),
}


def extra_for(module: str) -> str:
    """The pip extra that installs `module` ("all" when it is not one of ours)."""
    top = module.split(".")[0]
    return next((extra for extra, mods in _EXTRAS.items() if top in mods), "all")


def missing_dependency(exc: ModuleNotFoundError) -> ReinstateError | None:
    """An input-style error naming the install command, for an optional package not installed;
    None when the missing module is reinstate's own (that is a bug, not a setup problem)."""
    name = exc.name or ""
    if not name or name.split(".")[0] == "reinstate":
        return None
    extra = extra_for(name)
    command = f"pip install 'reinstate[{extra}]'"
    return ReinstateError(
        "missing_dependency",
        f"This needs the optional package '{name.split('.')[0]}', which is not installed: "
        f"{command}",
        f"此功能需要未安装的可选组件“{name.split('.')[0]}”：{command}",
    )
