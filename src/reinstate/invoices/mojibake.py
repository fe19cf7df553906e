"""Text printed from UTF-8 bytes that a program took for Windows-1252: "é”€å”®å•" for 销售单.

LibreOffice Calc opens a CSV file in the system's Western encoding unless told otherwise, so a
Chinese sheet saved as UTF-8 and printed to PDF shows three Latin glyphs for every Chinese
character (a genuine supplier's sheet of invoices57: title, parties, labels and 大写 all so). The
page is what the supplier sent; the bytes behind its glyphs still spell the Chinese text, so the
reader takes them back, one character from the glyphs of its bytes, its box theirs together.
"""

from __future__ import annotations

from itertools import product
from typing import Any

# LibreOffice prints the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
# all as one box, read back as U+F18D, and the soft hyphen (0xAD) as a space of no width: such a
# glyph may stand for any of its bytes, and the character is chosen among those they decode to.
_BOX = "\uf18d"
_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_SOFT_HYPHEN = 0xAD
# The characters of a Chinese sheet's labels, company names and amounts in words: where a box
# leaves several characters possible (发 or 卑, 合 or 午, 叁 or 名), the one these are written with.
_LABEL_CHARACTERS = frozenset(
    "发票 合计 含税 价税 金额 税额 税率 数量 单价 单位 品名 名称 规格 型号 编号 单号 日期 "
    "供方 购方 销售 购买 有限公司 大写 小写 备注 收款 开票 人民币 其中 "
    "零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整"
)
# Sequences that must decode before a page is taken as mis-decoded: a French "é" or a German
# "ß" followed by Latin text never forms one, a page of mojibake forms dozens.
MIN_SEQUENCES = 4
SHARE = 0.8  # of a page's non-ASCII glyphs that belong to a decoded sequence


def _bytes(char: dict[str, Any], following: dict[str, Any] | None) -> tuple[int, ...]:
    """The bytes a glyph may stand for (none: not a byte shown as Windows-1252)."""
    text = char["text"]
    if text == _BOX:
        return _UNDEFINED
    if text == " " and following is not None and following["x0"] < char["x1"] - 0.5:
        return (_SOFT_HYPHEN,)  # a space the next glyph is drawn over: no advance
    if len(text) != 1:
        return ()
    if text.isascii():
        return (ord(text),)
    try:
        return tuple(text.encode("cp1252"))
    except UnicodeEncodeError:
        return ()


def _length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _rank(character: str) -> int:
    """Lower for a likelier character: a label's, then GB2312's common level, then its rare one."""
    if character in _LABEL_CHARACTERS:
        return 0
    try:
        first = character.encode("gb2312")[0]
    except UnicodeEncodeError:
        return 3
    return 1 if 0xB0 <= first <= 0xD7 else 2


def _decoded(run: list[dict[str, Any]], following: dict[str, Any] | None) -> str:
    """The one character the run's bytes spell, "" when they spell none."""
    choices: list[tuple[int, ...]] = []
    for position, char in enumerate(run):
        after = run[position + 1] if position + 1 < len(run) else following
        options = _bytes(char, after)
        if position:
            options = tuple(b for b in options if 0x80 <= b <= 0xBF)
        if not options:
            return ""
        choices.append(options)
    found = set()
    for combination in product(*choices):
        try:
            text = bytes(combination).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(text) == 1 and not text.isascii():
            found.add(text)
    return min(found, key=lambda c: (_rank(c), c), default="")


def repaired(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's glyphs with each run of UTF-8 bytes shown as Latin glyphs made one character,
    when most of the page's non-ASCII glyphs are such runs; else the glyphs unchanged."""
    out: list[dict[str, Any]] = []
    decoded = 0
    covered = 0
    index = 0
    while index < len(chars):
        char = chars[index]
        leads = _bytes(char, None)
        size = _length(leads[0]) if len(leads) == 1 else 0
        run = chars[index : index + size]
        if size and len(run) == size and _same_line(run):
            following = chars[index + size] if index + size < len(chars) else None
            text = _decoded(run, following)
            if text:
                out.append(_joined(run, text))
                decoded += 1
                covered += size
                index += size
                continue
        out.append(char)
        index += 1
    foreign = sum(1 for c in chars if c["text"] and not c["text"].isascii())
    if decoded >= MIN_SEQUENCES and covered >= SHARE * foreign:
        return out
    return chars


def _same_line(run: list[dict[str, Any]]) -> bool:
    return all(
        c["font"] == run[0]["font"] and abs(c["top"] - run[0]["top"]) < 0.5 * c["size"] for c in run
    )


def _joined(run: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return {
        **run[0],
        "text": text,
        "x1": max(c["x1"] for c in run),
        "top": min(c["top"] for c in run),
        "bottom": max(c["bottom"] for c in run),
    }
