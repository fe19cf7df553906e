"""reinstate.textout: the plain layout gives what rich's console gives, character for character,
on generated lines and tables (English, Chinese, long words, URLs, narrow and wide consoles),
and hands over to rich for what it does not cover."""

from __future__ import annotations

import io
import random

import pytest
from rich.console import Console

from reinstate import textout
from reinstate.textout import Plain, Rich, Unsupported

WORDS = [
    "due", "Respond", "within", "17", "days,", "as", "the", "notice", "says", "2026-12-07",
    "https://sellercentral.amazon.com/help/hub/reference/external/G200370560", "·", "…",
    "截止日期", "按通知要求，须在", "天内回复", "可申请资金发放（停用后", "60", "天）", "来自通知",
    "supplier-invoice-EX-2026-0815.pdf", "application/pdf", "bc89558fd55c8fb5…", "[bold]",
    "Evil[bold red]Corp[/]", "[/]", "", "a", "Ünïcödé", "x" * 90, "字" * 45, "e\u0301", "👍",
]


def _text(rng: random.Random, most: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(0, most))]
    glue = [rng.choice([" ", " ", " ", "  ", "\n"]) for _ in words]
    return "".join(w + g for w, g in zip(words, glue, strict=True)).strip(" ")


def _rich(width: int) -> tuple[Rich, io.StringIO]:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, highlight=False, soft_wrap=False)
    assert not console.is_terminal
    return Rich(console), buffer


@pytest.mark.parametrize("seed", range(150))
def test_a_table_is_laid_out_as_rich_lays_it_out(seed: int) -> None:
    rng = random.Random(seed)
    width = rng.choice([40, 52, 60, 80, 100, 132])
    columns = rng.randint(1, 5)
    heads = [_text(rng, 2) for _ in range(columns)]
    rows = [
        [(_text(rng, 6), rng.choice(["", "red"])) if rng.random() < 0.2 else _text(rng, 8)
         for _ in range(columns)]
        for _ in range(rng.randint(0, 4))
    ]
    title = _text(rng, 3) or "Deadlines"
    rich, buffer = _rich(width)
    rich.table(title, heads, rows)
    try:
        plain = Plain(width)
        plain.table(title, heads, rows)
    except Unsupported:
        return  # rich prints these: nothing to compare
    assert plain.text() == buffer.getvalue()


@pytest.mark.parametrize("seed", range(150))
def test_a_line_is_wrapped_as_rich_wraps_it(seed: int) -> None:
    rng = random.Random(1000 + seed)
    width = rng.choice([40, 47, 80, 120])
    parts = [(_text(rng, 12), rng.choice(["", "bold"])) for _ in range(rng.randint(1, 4))]
    rich, buffer = _rich(width)
    plain = Plain(width)
    if rng.random() < 0.5:
        rich.line(*parts)
        plain.line(*parts)
    else:
        raw = "\n".join(text for text, _ in parts)
        rich.raw(raw)
        plain.raw(raw)
    assert plain.text() == buffer.getvalue()


@pytest.mark.parametrize(
    "text",
    ["a\tb", "I :thumbs_up: it", "at 10:30:00", "port http://host:8080/x", "back\\", "\\[x]"],
)
def test_what_rich_changes_is_left_to_rich(text: str) -> None:
    with pytest.raises(Unsupported):
        Plain(80).line((text, ""))
    with pytest.raises(Unsupported):
        Plain(80).table("t", ["a"], [[text]])


def test_a_narrow_console_is_left_to_rich() -> None:
    with pytest.raises(Unsupported):
        Plain(30)


def test_rich_is_used_where_it_styles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    monkeypatch.setattr("sys.stdout", io.StringIO())
    assert not textout.rich_needed()
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert textout.rich_needed()
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    assert not textout.rich_needed()


def test_the_width_is_rich_consoles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "97")
    assert textout.console_width() == Console().width == 97
    monkeypatch.delenv("COLUMNS")
    assert textout.console_width() == Console().width
