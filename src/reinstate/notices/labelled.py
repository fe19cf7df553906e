"""Labelled notices: the fields a label gives, the part of a notice the model reads, and the
reader of labelled JSONL files (the corpus, an agency's own examples, `reinstate eval`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reinstate.notices.vocab import CATEGORIES, STAGES, STATUSES

FIELDS: dict[str, tuple[str, ...]] = {
    "category": tuple(CATEGORIES),
    "stage": STAGES,
    "status": STATUSES,
}


# The embedding costs about 0.15 ms per character on a loaded core: the first 400 characters of
# the body (headers dropped) carry the action and the reason in every corpus form.
EXCERPT_CHARS = 400


_HEADER = re.compile(
    r"^\s*(?:from|to|cc|bcc|date|sent|reply-to|message-id|von|an|datum|gesendet|envoyé|para|"
    r"enviado|inviato|发件人|收件人|抄送|日期|发送时间|寄件者|收件者|寄件日期|差出人|宛先|送信日時|日付)"
    r"\s*[:：]",
    re.IGNORECASE,
)


def excerpt(text: str) -> str:
    """The part of a notice that is embedded: body lines without e-mail headers, whitespace
    collapsed, at most EXCERPT_CHARS characters."""
    lines = [line for line in text.splitlines() if line.strip() and not _HEADER.match(line)]
    return " ".join(" ".join(lines).split())[:EXCERPT_CHARS]


# The static vector (reinstate.semantic.static) reads the whole notice up to this length: it costs
# about 1.5 ms per 1,000 characters, and the longest corpus notice has 1,628.
WHOLE_CHARS = 4000


def whole(text: str) -> str:
    """The part of a notice the static vector reads: all of it, bounded."""
    return text[:WHOLE_CHARS]


def load_jsonl(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Labelled notices, one JSON object per line; a bad line is a ReinstateError."""
    from reinstate.errors import ReinstateError

    rows: list[dict[str, Any]] = []
    for path in paths:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise ReinstateError("labelled_missing", path=str(path)) from None
        except (OSError, UnicodeDecodeError):
            raise ReinstateError("labelled_unreadable", path=str(path)) from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise ReinstateError("labelled_bad_line", path=str(path), line=number) from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ReinstateError("labelled_bad_line", path=str(path), line=number)
            row.setdefault("id", f"{Path(path).stem}-{number}")
            row.setdefault("author", Path(path).stem)
            rows.append(row)
    return rows
