"""Lines, blocks and fields of an invoice, from positioned characters (text layer or OCR)."""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from reinstate.invoices.amount_words import amount_in_words, capital_amount, capital_cents
from reinstate.invoices.dates import (
    buddhist_calendar,
    find_dates,
    fold,
    printed_order,
    roc_calendar,
)
from reinstate.invoices.doc_shape import (
    CLOSED_UP_TITLES,
    fapiao_cipher,
    invoice_shaped,
    misread_title,
    misread_word,
)
from reinstate.invoices.japanese import (
    RATE_BREAKDOWN,
    RECEIVED,
    TILL,
    paid_at_till,
    rate_breakdown,
)
from reinstate.invoices.japanese import misread_title as misread_ja_title
from reinstate.invoices.korean_parties import korean_parties
from reinstate.invoices.till_rows import TillRow, amount_of, rows_above, vat_analysis
from reinstate.invoices.unread_language import (
    UNREAD_PAY_LABEL,
    korean_unread,
    language_read,
    priced_layout,
    priced_rows,
    unread_language_of,
    unread_mark,
    unread_title,
    vat_triple,
)
from reinstate.invoices.vocab import (
    ACCOUNT_LINE,
    ADDR_LABEL,
    ADDRESS_HINT,
    BUYER_HEAD,
    CAPITAL_DIGITS,
    CAPITAL_UNITS,
    COL_DESC,
    COL_GROSS,
    COL_QTY,
    COL_TAX_AMOUNT,
    COL_TOTAL,
    COL_UNIT,
    COMPANY_WORDS,
    CURRENCIES,
    DANFE_MARK,
    DATE_LABEL,
    DAYFIRST,
    DECIMAL_COMMA,
    DOC_TITLES,
    DUE_LABEL,
    FAPIAO_HEAD,
    FAPIAO_MARK,
    FAX_HEADER,
    INCLUDED_TAX,
    INVOICE_LABEL,
    ISSUE_DATE_WORDS,
    KRONA,
    KRONA_OF,
    LABEL_AFTER_TITLE,
    LETTER,
    MAIL_HEADER,
    MAIL_SENDER,
    MAIL_SENT_LINE,
    META_LABEL,
    NAME_LABEL,
    NOT_TITLE_CJK,
    NUMBER_LABEL,
    NUMBER_VALUE,
    ORDER_PAGE,
    OTHER_DATE_WORDS,
    PAID_LABEL,
    PAY_BY_LABEL,
    PAY_LABEL,
    PHONE_LABEL,
    QUALIFIED_TITLE,
    SHIP_HEAD,
    SUM_WORDS,
    SUPPLIER_HEAD,
    TABLE_HEAD,
    TITLE_PREFIX,
    TOTAL_LABELS,
    detect_lang,
    loose,
)

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@dataclass
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    fonts: tuple[str, ...] = ()
    sizes: tuple[float, ...] = ()
    conf: float | None = None  # OCR's confidence (0-100) in the word; None for a text layer


@dataclass
class Segment:
    """A run of words on one line with no column gap inside: a cell of the layout."""

    page: int
    words: list[Word]

    @property
    def text(self) -> str:
        return _join(self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class Line:
    page: int
    segments: list[Segment]

    @property
    def text(self) -> str:
        return "  ".join(s.text for s in self.segments)

    @property
    def words(self) -> list[Word]:
        return [w for s in self.segments for w in s.words]

    @property
    def top(self) -> float:
        return min(s.top for s in self.segments)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (
            min(s.x0 for s in self.segments),
            self.top,
            max(s.x1 for s in self.segments),
            max(s.bottom for s in self.segments),
        )


def _join(words: list[Word]) -> str:
    out = ""
    for w in words:
        if out and not (CJK.search(out[-1]) and CJK.search(w.text[0])):
            out += " "
        out += w.text
    return out


def build_lines(page: dict[str, Any]) -> list[Line]:
    """Group a page's characters (or OCR words) into lines of column segments."""
    items = [
        c
        for c in page.get("chars", [])
        if (c.get("text", "").strip() or c.get("word")) and not c.get("hidden")
    ]
    if not items:
        return []
    place = _placement(items)
    rows = _rows_of(items, place)
    layers = _layers(items, rows)
    if len(layers) > 1:
        rows = sorted(
            (row for layer in layers for row in _rows_of(layer, place)),
            key=lambda row: sum(place[id(c)][0] for c in row) / len(row),
        )
    lines = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        row, apart = _overflow_kept_apart(row)
        words: list[Word] = []
        gaps: list[float] = []
        cur: list[dict[str, Any]] = []
        for c in row:
            text = c["text"]
            if cur and _drawn_twice(cur[-1], c):
                continue
            if cur:
                prev = cur[-1]
                size = max(1.0, prev["bottom"] - prev["top"])
                gap = c["x0"] - prev["x1"]
                if _cut_under(prev, c):
                    continue
                if (
                    c.get("word")
                    or not text.strip()
                    or gap > 0.18 * size
                    or id(c) in apart
                    or _drawn_over(prev, c)
                    or _capital_over(prev, c)
                ):
                    words.extend(_unglued_amount(cur))
                    gaps.append(gap)
                    cur = []
            if text.strip():
                cur.append(c)
        if cur:
            words.extend(_unglued_amount(cur))
        if not words:
            continue
        words = _merge_digit_groups(words)
        # Column gaps: wide white space between words starts a new segment.
        segments: list[Segment] = [Segment(page["number"], [words[0]])]
        for left, w in itertools.pairwise(words):
            size = max(1.0, left.bottom - left.top)
            if w.x0 - left.x1 > 1.6 * size:
                segments.append(Segment(page["number"], [w]))
            else:
                segments[-1].words.append(w)
        lines.append(Line(page["number"], segments))
    return lines


def _overflow_kept_apart(
    row: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], set[int]]:
    """A row sorted by position, with a label that overflowed its cell read whole before the
    value drawn over its last glyphs: fpdf2 prints "Rechnungsdatum:" past a cell too narrow for
    it and "4. September 2025" from the next cell's edge, which sorted by position interleaved
    into "Rechnungsdatum4:. September 2025" and no date was read. Only a different glyph
    under the value's first one, a few glyphs from the label's end (bold printed twice is the
    same glyph again, a stamp or an overlay covers far more). Also the value's first glyph,
    where a word starts."""
    if len(row) < 2 or any(c.get("word") for c in row):
        return row, set()
    # a run: glyphs drawn one after another, each right of the one before
    runs: dict[int, int] = {}
    run = 0
    last: dict[str, Any] | None = None
    for c in sorted(row, key=lambda c: c.get("order", 0)):
        if last is not None and (
            c.get("order", 0) - last.get("order", 0) > 3
            or c.get("font") != last.get("font")
            or c["x0"] < last["x0"]
        ):
            run += 1
        runs[id(c)] = run
        last = c
    for i, (a, b) in enumerate(itertools.pairwise(row)):
        width = max(0.5, a["x1"] - a["x0"])
        # a figure drawn from the next cell's edge over a label's letters: glyphs of different
        # widths, so no glyph lies under another by half ("Totale docum" + "260,29 €" over
        # "ento"), only each a tenth or more into the one before; drawn by a later call, which
        # a font's kerning is not
        under = 0.1 if a["text"].isalpha() and b["text"].isdigit() else 0.5
        if (
            runs[id(b)] <= runs[id(a)]
            or b["x0"] > a["x1"] - under * width
            or b["text"] == a["text"]
            or not (a["text"].isalnum() and b["text"].isalnum())  # an accent drawn apart
        ):
            continue
        first, later = runs[id(a)], runs[id(b)]
        label = [c for c in row if runs[id(c)] == first]
        value = [c for c in row if runs[id(c)] == later]
        if label[-1]["x1"] - b["x0"] > 4 * width or label[0]["x0"] >= b["x0"]:
            continue
        start = row.index(label[0])
        span = row[start : start + len(label) + len(value)]
        if {id(c) for c in span} != {id(c) for c in label + value} or i < start:
            continue
        return row[:start] + label + value + row[start + len(span) :], {id(value[0])}
    return row, set()


def _drawn_over(prev: dict[str, Any], c: dict[str, Any]) -> bool:
    """A digit drawn over most of the letter before it: LibreOffice Calc cuts a label too long
    for its cell where the next cell's amount starts ("Razem ne" + "3 317,62"), and its last
    glyph lies under the amount's first. Letters of one word touch, never overlap by half."""
    if c.get("word") or prev.get("word") or not (prev["text"].isalpha() and c["text"].isdigit()):
        return False
    return c["x0"] < prev["x1"] - 0.5 * max(0.5, prev["x1"] - prev["x0"])


def _capital_over(prev: dict[str, Any], c: dict[str, Any]) -> bool:
    """A capital drawn over a quarter or more of the small letter before it: Calc cuts a label
    where the next cell's value starts, and a value opening with a month's name was read into
    the label's last word ("Invoice Da" + "June 12, 2026" read "DaJune"). A font's kerning
    pulls a capital over the letter before it far less."""
    if c.get("word") or prev.get("word") or not (prev["text"].islower() and c["text"].isupper()):
        return False
    return c["x0"] < prev["x1"] - 0.25 * max(0.5, prev["x1"] - prev["x0"])


def _drawn_twice(prev: dict[str, Any], c: dict[str, Any]) -> bool:
    """The same glyph drawn again a hair to the side: a CSS text shadow, or bold faked by
    printing twice ("TToottaall" for "Total"). A real double letter sits a glyph's width on."""
    if c.get("word") or c["text"] != prev["text"]:
        return False
    width = max(0.5, prev["x1"] - prev["x0"])
    return (
        abs(c["x0"] - prev["x0"]) < 0.35 * width
        and abs(c["top"] - prev["top"]) < 0.35 * max(1.0, prev["bottom"] - prev["top"])
        and abs(float(c.get("size", 0)) - float(prev.get("size", 0))) < 0.1
    )


# A label run into the amount after it: "Versandkosten39,00", "Zwischensumm2.022,36",
# "Verzendkosten€12,50". LibreOffice Calc cuts a label too long for its cell where the next
# cell's amount starts, and draws the amount right after it (or over its last glyph): read as
# one word, neither the label nor the amount was, and the invoice lost its subtotal or total.
_GLUED_AMOUNT = re.compile(r"[^\W\d_]\.?(?=[€$£]?-?\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$)")


def _unglued_amount(chars: list[dict[str, Any]]) -> list[Word]:
    """A word, or its label and its amount apart where they were run together
    (`_GLUED_AMOUNT`): a text layer's glyphs split where the amount starts, an OCR'd word (a
    copier's scan of such a page: "Verzendkosten€12,50") by its letters' share of its box."""
    text = "".join(c["text"] for c in chars)
    found = _GLUED_AMOUNT.search(text)
    if found is None:
        return [_word(chars)]
    if len(chars) == 1 and chars[0].get("word"):
        c, cut = chars[0], found.end()
        if not re.search(r"[^\W\d_]{3}\.?$", text[:cut]):
            return [_word(chars)]  # "l00,00": OCR's l for a 1, no label
        x = c["x0"] + (c["x1"] - c["x0"]) * cut / len(text)
        return [
            _word([{**c, "text": text[:cut], "x1": x}]),
            _word([{**c, "text": text[cut:], "x0": x}]),
        ]
    if any(len(c["text"]) != 1 or c.get("word") for c in chars):
        return [_word(chars)]
    return [_word(chars[: found.end()]), _word(chars[found.end() :])]


def _cut_under(prev: dict[str, Any], c: dict[str, Any]) -> bool:
    """A letter drawn before the digit now left of it, and within its width: what Calc left of
    a cut label's last glyph under the amount ("Rechnungsbe" + "t" under the "2" of 2.332,69)."""
    if c.get("word") or prev.get("word") or not (c["text"].isalpha() and prev["text"].isdigit()):
        return False
    return (
        c.get("order", 0) < prev.get("order", 0)
        and c["x0"] >= prev["x0"]
        and c["x1"] <= prev["x1"] + 0.1 * max(0.5, prev["x1"] - prev["x0"])
    )


def _rows_of(
    items: list[dict[str, Any]], place: dict[int, tuple[float, float]]
) -> list[list[dict[str, Any]]]:
    rows: list[list[dict[str, Any]]] = []
    for c in sorted(items, key=lambda c: place[id(c)][0]):
        mid, height = place[id(c)]
        if rows:
            last = rows[-1]
            lmid = sum(place[id(x)][0] for x in last) / len(last)
            if abs(mid - lmid) <= 0.45 * height and not _stacked(c, last):
                last.append(c)
                continue
        rows.append([c])
    return rows


def _stacked(word: dict[str, Any], row: list[dict[str, Any]]) -> bool:
    """Whether an OCR word sits above or below a word of another Tesseract line in `row`: two
    printed lines close together on a photo taken at an angle ("发票号码" over "开票日期"),
    which would otherwise interleave into one row."""
    if word.get("line") is None:
        return False
    return any(
        other.get("line") not in (None, word["line"])
        and min(word["x1"], other["x1"]) - max(word["x0"], other["x0"])
        > 0.3 * min(word["x1"] - word["x0"], other["x1"] - other["x0"])
        for other in row
    )


def _layers(
    items: list[dict[str, Any]], rows: list[list[dict[str, Any]]]
) -> list[list[dict[str, Any]]]:
    """The page's glyphs split into the layers they were drawn in, where layers overlap.

    An invoice template's stamp drawn over its title (CSS `h1::after { content: "ORIGINAL" }`,
    "KOPIE", "ORYGINAŁ", often slanted) interleaves with the title's letters when sorted by
    position: "KROECPHINEUNG" was no title and the file was "not an invoice". A run is glyphs
    drawn one after another in one font and size; a run whose glyphs cover those of a run in
    another font or size (found row by row) is read as its own layer, whole, so a slanted
    stamp is not cut into the rows it crosses. Same font and size overlapping (bold printed
    twice) is left as it was.
    """
    if any(c.get("word") for c in items):
        return [items]
    runs: list[list[dict[str, Any]]] = []
    for c in sorted(items, key=lambda c: c.get("order", 0)):
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and c.get("order", 0) - last.get("order", 0) <= 3
            and c.get("font") == last.get("font")
            # a slanted glyph's size comes out a few percent off its neighbours'
            and abs(float(c.get("size", 0)) - float(last.get("size", 0)))
            <= 0.08 * max(1.0, float(last.get("size", 0)))
        ):
            runs[-1].append(c)
        else:
            runs.append([c])
    if len(runs) < 2:
        return [items]
    run_of = {id(c): i for i, run in enumerate(runs) for c in run}

    def clash(a: dict[str, Any], b: dict[str, Any]) -> bool:
        ra, rb = run_of[id(a)], run_of[id(b)]
        if ra == rb:
            return False
        fa, sa = runs[ra][0].get("font"), float(runs[ra][0].get("size", 0) or 0)
        fb, sb = runs[rb][0].get("font"), float(runs[rb][0].get("size", 0) or 0)
        if fa == fb and abs(sa - sb) <= 0.15 * max(sa, sb):
            return False
        narrow = min(a["x1"] - a["x0"], b["x1"] - b["x0"])
        low = min(a["bottom"] - a["top"], b["bottom"] - b["top"])
        return (
            narrow > 0
            and min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > 0.4 * narrow
            and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 0.3 * low
        )

    apart: set[int] = set()
    for row in rows:
        by_x = sorted(row, key=lambda c: c["x0"])
        for a, b in itertools.pairwise(by_x):
            if clash(a, b):
                apart.add(max(run_of[id(a)], run_of[id(b)]))  # the one drawn later
    if not apart:
        return [items]
    base = [c for i, run in enumerate(runs) if i not in apart for c in run]
    return [base, *(runs[i] for i in sorted(apart))]


def _placement(items: list[dict[str, Any]]) -> dict[int, tuple[float, float]]:
    """Each item's vertical middle and height for grouping into rows.

    OCR words carry the line Tesseract read them in: all words of that line get its median
    middle and height, so a date label and its value stay on one row where the boxes of CJK
    glyphs and punctuation differ by half a line (开票日期 above, 2026年05月14日 below).
    """
    lines: dict[str, list[dict[str, Any]]] = {}
    for c in items:
        if c.get("line") is not None:
            lines.setdefault(str(c["line"]), []).append(c)
    place: dict[int, tuple[float, float]] = {}
    for members in lines.values():
        mid = statistics.median((c["top"] + c["bottom"]) / 2 for c in members)
        height = statistics.median(max(1.0, c["bottom"] - c["top"]) for c in members)
        for c in members:
            place[id(c)] = (mid, height)
    for c in items:
        if id(c) not in place:
            place[id(c)] = ((c["top"] + c["bottom"]) / 2, max(1.0, c["bottom"] - c["top"]))
    return place


_GROUP_HEAD = re.compile(r"^[\(\-]?(?:[$€£¥₹]|Rs\.?)?\d{1,3}(?:\u00a0\d{3})*$")
# a group's tail may carry cents or, in a dinar's thousandths, three decimals ("1 107,840")
_GROUP_TAIL = re.compile(r"^\d{3}(?:[.,]\d{1,3})?(?:€|zł|\)|-)?$")
_GROUP_CENTS = re.compile(r"^\d{3}[.,]\d{2}$")
_GROUP_MARKED = re.compile(r"^\d{1,3}(?:\.\d{3},\d{2}|,\d{3}\.\d{2})$")


def _merge_digit_groups(words: list[Word]) -> list[Word]:
    """One word for "1 234,56": French and Polish software group thousands with a space.

    The space is the line's own: some fonts' word space is wider than half the text's height
    (fpdf2's "11 942,50" 0.6 of it apart), as wide as between the line's words."""
    space = _word_space(words)
    out: list[Word] = []
    for w in words:
        if out:
            prev = out[-1]
            size = max(1.0, prev.bottom - prev.top)
            reach = max(0.5 * size, min(1.1 * space, 0.8 * size))
            if "ocr" in w.fonts and _GROUP_CENTS.match(w.text):
                # OCR's boxes hug the ink: "2 132,50" 0.63 of the digits' height apart; the
                # group's height, not a "1"'s (a short box: "1 659,00" was 1 and 659,00)
                reach = max(reach, 0.7 * max(size, w.bottom - w.top))
            elif "ocr" not in w.fonts and w.text:
                # tabular figures: the space in "1 361,60" is a figure space, as wide as a
                # digit, wider than the words' space of the font the line's text is set in
                reach = max(reach, 1.05 * (w.x1 - w.x0) / len(w.text))
            # "1. 275,00": OCR read the space after the thousands mark, the decimal mark
            # after it is the other one
            marked = _GROUP_MARKED.match(f"{prev.text}{w.text}")
            if (
                w.x0 - prev.x1 < reach
                and (_GROUP_HEAD.match(prev.text) or marked)
                and _GROUP_TAIL.match(w.text)
            ):
                out[-1] = Word(
                    text=f"{prev.text}{w.text}" if marked else f"{prev.text}\u00a0{w.text}",
                    x0=prev.x0,
                    top=min(prev.top, w.top),
                    x1=w.x1,
                    bottom=max(prev.bottom, w.bottom),
                    fonts=prev.fonts + w.fonts,
                    sizes=prev.sizes + w.sizes,
                    conf=min((c for c in (prev.conf, w.conf) if c is not None), default=None),
                )
                continue
        out.append(w)
    return out


def _word_space(words: list[Word]) -> float:
    """The narrowest gap between two words of letters on the line: its font's space (0 if
    the line has no two such words side by side)."""
    gaps = [
        b.x0 - a.x1
        for a, b in itertools.pairwise(words)
        if re.search(r"[^\W\d_]{2}", a.text) and re.search(r"[^\W\d_]{2}", b.text)
    ]
    return max(0.0, min(gaps, default=0.0))


def _word(chars: list[dict[str, Any]]) -> Word:
    return Word(
        text="".join(c["text"] for c in chars).strip(),
        x0=min(c["x0"] for c in chars),
        top=min(c["top"] for c in chars),
        x1=max(c["x1"] for c in chars),
        bottom=max(c["bottom"] for c in chars),
        fonts=tuple(str(c.get("font", "")) for c in chars),
        sizes=tuple(float(c.get("size", 0)) for c in chars),
        conf=min((float(c["conf"]) for c in chars if c.get("conf") is not None), default=None),
    )


# --------------------------------------------------------------------------- numbers

# The one-glyph currency signs an amount is printed with (the Turkish lira's too, "₺52.318,75"):
# one class, so that a sign added is read wherever an amount's sign is; the won's ₩ and its
# full-width ￦ (Korea); a backslash, the code Korean and Japanese fonts draw as the won's or
# the yen's sign ("\310,200" extracted from a Korean invoice)
_SIGN = "[$¥￥€£₹₺₩￦\\\\]"
# Singapore, Australian, New Zealand, Canadian and Taiwan dollars as printed: "S$3,342.76",
# "NT$41,685"
_CUR = r"(?:US\$|HK\$|SG?\$|AU?\$|NZ\$|CA?\$|NT\$|Rs\.?|" + _SIGN + ")"
NUMBER = re.compile(
    r"^[\(\-]?" + _CUR + r"?\s?[\(\-]?"
    # Indian grouping (lakh, crore) before the others: "4,48,780.44" is 448,780.44
    r"(\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|"
    # Swiss thousands marks: "10'358.70", typeset "10’358.70"
    r"\d{1,3}(?:[,.\u00a0\u202f'’ ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"\)?\s?(?:" + _CUR + r"|€|zł|円|元|원)?-?$"
)
_CODES = ("USD", "CNY", "RMB", "EUR", "GBP", "INR", "PLN", "CHF", "JPY", "HKD", "TWD", "NTD", "KRW")


def parse_number(token: str, *, decimal_comma: bool = False, whole: bool = False) -> float | None:
    """An amount or a quantity as printed: 1,234.56, 1.234,56, 1 234,56, €12, 12 zł, (5.00).

    `decimal_comma`: the document's convention, for the cases only it decides (1,234 and
    1.234 alone). With both separators, the last one is the decimal mark whatever the language.
    `whole`: amounts without a minor unit (Japanese yen), so three digits after a single mark
    are thousands whichever mark OCR read ("1.927.966" and "1927.966" for 1,927,966).
    """
    # a currency sign whose glyph has no character (a font subset's ₩ extracted as NUL) before
    # the amount; NULs among its digits are lost digits, and leave no amount
    token = re.sub(r"^(\s*[(\-]?)\s?\x00+", r"\1", token).strip().rstrip(";:")
    if token.endswith(",") and not token.endswith(",-"):
        token = token[:-1]
    for prefix in _CODES:
        if token.upper().startswith(prefix) and len(token) > len(prefix):
            token = token[len(prefix) :].lstrip()
        if token.upper().endswith(prefix) and len(token) > len(prefix):
            token = token[: -len(prefix)].rstrip()
    token = token.replace(",-", ",00")
    # India's "Round Off  +0.25": the paise added to reach a whole rupee, signed either way;
    # only an amount with its paise, not a phone's "+91"
    token = re.sub(r"^\+(?=\d[\d.,]*[.,]\d{2}$)", "", token)
    m = NUMBER.match(token)
    if not m:
        return None
    digits = re.sub(r"[\u00a0\u202f'’ ]", "", m.group(1))
    last_comma, last_dot = digits.rfind(","), digits.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        decimal = "," if last_comma > last_dot else "."
        if whole and len(digits) - max(last_comma, last_dot) == 4:
            decimal = ""  # "3,906.584" read for ¥3,906,584: yen have no cents
    elif last_comma >= 0 or last_dot >= 0:
        sep = "," if last_comma >= 0 else "."
        groups = digits.split(sep)
        tail = groups[-1]
        if len(groups) > 2:  # 1.234.567 or 1,234,567: thousands, in every convention
            decimal = "." if sep == "," else ","
        elif len(tail) != 3:
            decimal = sep  # 12,5 / 12,50 / 12.5: a decimal mark
        elif whole:
            decimal = "." if sep == "," else ","
        else:  # 1,234 or 1.234: the document's convention decides
            decimal = "," if decimal_comma else "."
    else:
        decimal = "."
    if not decimal:
        digits = digits.replace(",", "").replace(".", "")
    thousands = "," if decimal == "." else "."
    digits = digits.replace(thousands, "").replace(decimal or ".", ".")
    try:
        value = float(digits)
    except ValueError:
        return None
    # A dash after a yen amount ("￥2,663,852-") closes it against additions, as "円也" does:
    # no sign. After other amounts (accounting software's "100,00-") it is a minus.
    closing = whole or re.search(r"[¥￥円]", token)
    # a credit note's sums print the sign after the currency's ("¥-8,192.34", "€-12,00")
    negative = re.match(r"^(?:[$€£¥￥₹₩￦]\s?)?[-(]", token) is not None or (
        token.endswith("-") and not closing
    )
    return -value if negative else value


def is_code(token: str) -> bool:
    """A model number or UPC/EAN: digits with letters or dashes, or 8-14 digits."""
    t = token.strip(",.;:()")
    if re.fullmatch(r"\d{8,14}", t):
        return True
    return bool(
        re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-_/.]{2,30}", t)
        and re.search(r"\d", t)
        and re.search(r"[A-Za-z\-]", t)
    )


# --------------------------------------------------------------------------- fields

DOC_TYPES = DOC_TITLES
PHONE = re.compile(r"(\+?\(?\d{1,4}\)?[\s\-./]?\(?\d{1,5}\)?(?:[\s\-./]?\d{2,5}){1,5})")
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
WEBSITE = re.compile(
    r"(?:https?://|www\.)[\w\-.]+\.[a-z]{2,}(?:/\S*)?|\b[\w\-]+\.(?:com|cn|net|org|co|io|shop|"
    r"biz|com\.cn|co\.uk|co\.jp|co\.in|de|fr|it|es|nl|pl|eu|at|be|ch|in|jp|hk|uk|store)\b(?![@\w])",
    re.I,
)


@dataclass
class Party:
    name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    tax_id: str | None = None
    where: dict[str, list[float]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "address": self.address,
            "phone": self.phone,
            "email": self.email,
            "website": self.website,
            "tax_id": self.tax_id,
        }


@dataclass
class Item:
    description: str
    code: str | None
    quantity: float | None
    unit_price: float | None
    line_total: float | None
    page: int
    bbox: tuple[float, float, float, float]
    discount: float | None = None
    tax_amount: float | None = None  # a VAT table's tax on the line
    gross: float | None = None  # and its gross value (net + tax)
    doubtful: bool = False  # OCR read a digit of the row with low confidence
    # the GST the row's amount holds, printed on the row ("₹ 291.00 (5%)" beside 6,111.00)
    tax_included: float | None = None
    # the VAT rate printed in the row's rate column ("19 %", "21%")
    rate: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "model_or_upc": self.code,
            "quantity": self.quantity,
            "unit_price": self.unit_price,
            "line_total": self.line_total,
            "page": self.page,
        }


@dataclass
class Fields:
    document_type: str | None = None
    document_title: str | None = None
    supplier: Party = field(default_factory=Party)
    buyer: Party = field(default_factory=Party)
    invoice_number: str | None = None
    invoice_date: date | None = None
    invoice_date_ambiguous: bool = False
    invoice_date_where: tuple[int, tuple[float, float, float, float]] | None = None
    items: list[Item] = field(default_factory=list)
    totals: dict[str, float] = field(default_factory=dict)
    totals_where: dict[str, tuple[int, tuple[float, float, float, float]]] = field(
        default_factory=dict
    )
    currency: str | None = None
    lang: str = "en"
    fapiao: dict[str, str] = field(default_factory=dict)
    supplier_where: tuple[int, tuple[float, float, float, float]] | None = None
    buyer_where: tuple[int, tuple[float, float, float, float]] | None = None
    # A VAT table's sum row ("Razem: net, VAT, gross") and the amount to pay printed apart
    # ("Do zapłaty"), each with where it is: checked against each other, not in the JSON.
    table_sums: tuple[float, float, float] | None = None
    amount_to_pay: float | None = None
    amount_to_pay_where: tuple[int, tuple[float, float, float, float]] | None = None
    paid_before: bool = False
    # what those lines say was paid already ("Less: deposit paid -300.00"), in the order read
    paid: list[float] = field(default_factory=list)
    # The document's number convention when its own amounts show it (None: its language's).
    decimal_comma: bool | None = None
    whole_amounts: bool = False
    # A total was printed but OCR's reading of it was too uncertain to give (see
    # `_unconfirmed_total`): the report says so rather than give a guess.
    total_unreadable: bool = False
    # What OCR read for that total, and where, for the finding that says so (I115).
    total_as_read: tuple[float, tuple[int, tuple[float, float, float, float]]] | None = None
    # An uncertain total one digit off what the sums make, taken as that sum: what OCR read,
    # for the finding that the sums could not be confirmed (I116).
    total_one_digit_off: float | None = None
    # Much of the page's text has no characters (glyphs of a font without them, extracted as
    # NULs): a title not found there is not evidence that the document is no invoice.
    glyphs_unmapped: bool = False
    # Most of the text is Hangul. Korean is read (session 26), but its titles are newer to the
    # reader than any other read language's: a title not found there is no evidence that the
    # document is no invoice (I119 rather than I101).
    korean: bool = False
    # A scan or photo of a Korean page (its business number, its approval number, the won)
    # whose Hangul OCR could not read (no Korean model here): the mark that said so. Its words
    # are not read; only a supply value, its VAT and their sum bearing each other out give
    # its sums (I285), and none is checked.
    korean_unread: str | None = None
    # No title was found on a page in a language the reader has no words for, laid out as a
    # bill for goods (`unread_language.priced_layout`): whether it is an invoice is not known
    # (I132 rather than I101).
    unread_language: bool = False
    # That page's priced rows' amounts (a quantity times a price making each), which I132
    # counts: the items may come from a table read beside them.
    unread_priced: list[float] = field(default_factory=list)
    # A tax is named on the page (a VAT line, a tax column) whether or not its amount was read:
    # the total then need not be the lines' sum.
    tax_named: bool = False
    # Named only by a line of a rate and an amount whose label OCR garbled ("BRR 5%  ¥296.43"):
    # where that amount is among the sums no label placed, the sums are still compared with it.
    tax_named_by_rate: bool = False
    # The rate printed on the page's one tax line ("VAT 0%  $1.00"), when it is a text layer's
    # and the line has no other amount (a base in brackets): the tax is then checked against it.
    tax_rate: float | None = None
    # That rate was read by OCR (one of `VAT_RATES`): a tax off it is an error only where the
    # total bears the tax out, and no other rate makes it (`check._tax_rate`).
    tax_rate_ocr: bool = False
    # That rate is CGST's and SGST's (or UTGST's) together, and nothing on the page says all its
    # goods bear it (a taxable value's line, each row's own rate): some may be exempt, and a tax
    # under it may be its rate of part of the subtotal (`check._tax_rate`).
    tax_rate_of_part: bool = False
    # A multi-rate VAT summary's rows that print their base beside their tax ("IVA 22%
    # (Imponibile 285,76) € 62,87"): (rate, base, tax, OCR'd, page, box), each checked alone.
    tax_rows: list[tuple[float, float, float, bool, int, tuple[float, float, float, float]]] = (
        field(default_factory=list)
    )
    # Each rate's tax printed on a line naming its rate ("USt.-Betrag 19 %  1.196,13"), and
    # where: checked against the rows of that rate when the page prints no base for it.
    tax_by_rate: dict[float, tuple[float, int, tuple[float, float, float, float]]] = field(
        default_factory=dict
    )
    # Amounts OCR read with a digit in doubt (a total's key, "items" for the rows), see
    # `_doubtful_amounts`: a sum over them that does not add up is not called an error.
    doubtful: set[str] = field(default_factory=set)
    # Amounts printed among the sums (between the first sum's line and the total's, or beside
    # a total that sums nothing) that no label placed: a tax or charge whose label OCR garbled
    # or the vocabulary lacks. A sum they close is the page's own; one they do not close is
    # not confirmed rather than called wrong (`check._placed`).
    # A tax line says its tax is inside the amounts ("内消費税", "Includes GST of", "davon
    # MwSt."): the total may equal the sum before it without the tax added.
    tax_inside: bool = False
    # The items are a till receipt's rows (`till_rows`), priced with their VAT: they add up to
    # the total whatever tax the page names.
    gross_rows: bool = False
    unplaced: list[float] = field(default_factory=list)
    # Those of them printed bare (no word on their line) above a total: parts of a sum whose
    # labels OCR lost entirely.
    unplaced_bare: list[float] = field(default_factory=list)
    # Amounts of the item table's rows that were read as no item (no quantity found on the
    # row): the lines' sum may lack them.
    rows_unread: list[float] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "document_type": self.document_type,
            "document_title": self.document_title,
            "supplier": self.supplier.to_json(),
            "buyer": self.buyer.to_json(),
            "invoice_number": self.invoice_number,
            "invoice_date": self.invoice_date.isoformat() if self.invoice_date else None,
            "invoice_date_ambiguous": self.invoice_date_ambiguous,
            "line_items": [i.to_json() for i in self.items],
            "totals": self.totals,
            "currency": self.currency,
            "fapiao": self.fapiao or None,
            "total_unreadable": self.total_unreadable,
        }


# A till's receipt (Kassenbon) names its till and receipt number ("Kasse 07 Bon 2472", "Bon
# 3-1187": the till's number, then the receipt's; "Bon 45410" the receipt's alone, "Bon" in
# capitals then; a French "Réf. bon 4521" is an order's or a voucher's number) and, in
# Germany, the signature of its security module (TSE, required since 2020), in Austria its
# till's number (RKSV: "Kassen-ID K8"), not a title.
_TILL_RECEIPT = re.compile(
    r"\bTSE\b|\bKasse\s*(?:nr\.?\s*)?\d+\W+Bon\b|\bBon[-\s]?(?:nr|nummer)\b|\bKassenbeleg\b|"
    r"\bBon\s+\d+-\d+\b|(?-i:\bBon\s+\d+\b)|\bKassen-?ID\b",
    re.I,
)


def extract(lines: list[Line]) -> Fields:
    """Every field we can find, from lines in reading order (page by page)."""
    out = Fields()
    if not lines:
        return out
    out.lang = detect_lang("\n".join(ln.text for ln in lines))
    ink = [c for ln in lines for c in ln.text if not c.isspace()]
    out.glyphs_unmapped = sum(c in "\x00\ufffd" for c in ink) > 0.25 * max(1, len(ink))
    letters = [c for c in ink if c.isalpha()]
    out.korean = sum("\uac00" <= c <= "\ud7a3" for c in letters) > 0.3 * max(1, len(letters))
    _number_convention("\n".join(ln.text for ln in lines), out)
    segments = [s for line in lines for s in line.segments]
    tab = _doc_type(lines, out)
    _number_and_date(lines, out)
    _parties(lines, segments, out)
    if out.korean or out.lang == "ko":
        _korean_parties(lines, out)
    _items(lines, out)
    _totals(lines, out)
    if out.lang == "tr" and "total" not in out.totals:
        # a Turkish spreadsheet whose sums' labels and amounts stand in cells of their own
        # (stitched from its pages): the amount to pay alone is read, no sum placed beside it
        # is checked
        out.totals.clear()
        out.totals_where.clear()
        _amount_to_pay(lines, out)
    if out.lang == "ko":
        _pieces_no_total(out)
    _till_items(lines, out)
    _doubtful_amounts(lines, out)
    _currency(lines, out)
    _fapiao(lines, out)
    # No title, but invoice labels ("Rechnungsnummer", "N° de facture") with an item table or
    # totals: what the document is follows from its structure.
    text = "\n".join(ln.text for ln in lines)
    if out.document_type is None and _names_invoice(lines) and (out.items or out.totals):
        out.document_type = "invoice"
    if "total" not in out.totals and TILL.search(text):
        _till_total(lines, out)
    if (
        out.document_type is None
        and "total" in out.totals
        and (_TILL_RECEIPT.search(text) or TILL.search(text))
    ):
        out.document_type = "receipt"  # a till's receipt prints no title, only its sum
    if out.document_type is None and RECEIVED.search(text):
        out.document_type = "receipt"
    if out.document_type is None and tab is not None and "total" in out.totals:
        out.document_type, out.document_title = tab[2], tab[3]
    if out.document_type is None and len(set(ORDER_PAGE.findall(text))) >= 2:
        out.document_type, out.document_title = "order_confirmation", "-"
    # OCR's garbled words are no language: only a text layer's words say the page's is unread,
    # or two words of a language whose few words are known (OCR's garble makes no two of them)
    ocr = any(w.conf is not None for ln in lines for w in ln.words)
    read = language_read(text, ocr=ocr) or (ocr and unread_language_of(text, ocr=ocr) is None)
    if out.document_type is None and not read:
        _unread_language(lines, out)
    if out.document_type in (None, "invoice") and not read:
        _unread_title(lines, text, out, ocr=ocr)
    # A page in an unread language laid out with priced rows is said to be unread (I132); one
    # without them keeps what its structure says, as before the unread pages were told apart
    if (
        out.document_type is None
        and not out.unread_language
        and invoice_shaped(
            text,
            dated=out.invoice_date is not None,
            total="total" in out.totals,
            items=bool(out.items),
            supplier=out.supplier.name is not None,
        )
    ):
        out.document_type = "invoice"  # a title cropped, blurred or only in a logo
    if out.document_type is None and (
        fapiao_cipher([ln.text for ln in lines[:40]])
        or FAPIAO_MARK.search(text)
        or any(FAPIAO_HEAD.search(ln.text) for ln in lines[:5])
    ):
        out.document_type = "invoice"  # a paper fapiao whose OCR lost its title
    if out.document_type is None and DANFE_MARK.search(text) and not _NOT_FISCAL.search(text):
        out.document_type = "invoice"  # a DANFE whose title OCR lost
    if ocr and out.document_title is None:
        _korean_unread(lines, text, out)
    if out.document_type == "invoice" and not (out.items or out.totals) and LETTER.search(text):
        out.document_type = "letter"  # an authorisation or a certificate under an invoice title
    return out


# A Brazilian fiscal document's draft, printed before the tax authority authorised it
# ("SEM VALOR FISCAL" across a test DANFE): no invoice yet
_NOT_FISCAL = re.compile(loose(r"sem valor fiscal"), re.I)


# The labels after "Fatura" in a Turkish invoice's head ("Fatura No: EAR2026...", "Fatura
# Tarihi", "Fatura Tipi"): a Paraşüt-style page sets its title after the supplier's name, and
# "Fatura No" named it instead
_TR_INVOICE_LABEL = re.compile(r"^\W*fatura\s*(?:no\s*[:.]|numarası|tarihi|tipi)", re.I)


def _unread_title(lines: list[Line], text: str, out: Fields, *, ocr: bool) -> None:
    """A page in a language whose few words are known (`unread_language.UNREAD_WORDS`): its
    title says what it is, unless a read language's title word said so already ("Faktura",
    "Fatura"). Of an invoice, only the amount it asks to be paid is read, by its label (I137):
    sums placed by another language's words are cleared and none is checked."""
    if unread_language_of(text, ocr=ocr) is None:
        return
    found = unread_title([ln.text for ln in lines]) or unread_mark(text)
    # The shared word may label a number only ("Fatura No: 12" on a Turkish dispatch note names
    # the invoice it goes with, "Fatura Tipi" an e-Fatura's type): the page's own title says
    # what it is, and names it.
    if found is not None:
        out.document_type, out.document_title = found
    elif out.document_type is None:
        return
    if out.document_type != "invoice":
        return
    out.unread_language = True
    out.totals.clear()
    out.totals_where.clear()
    if len({d[2] for d in find_dates(text, dayfirst=True)}) > 1:
        # The date labels of these languages are not read: of two dates printed ("Forfaldsdato"
        # over "Fakturadato"), the one taken may be the due date. One date alone is the issue's.
        out.invoice_date, out.invoice_date_where = None, None
    _amount_to_pay(lines, out)


def _amount_to_pay(lines: list[Line], out: Fields) -> None:
    """The amount the page asks to be paid, by its label (`UNREAD_PAY_LABEL`), as its total."""
    for at in range(len(lines) - 1, -1, -1):
        ln = lines[at]
        if not UNREAD_PAY_LABEL.search(ln.text):
            continue
        amounts = [v for v, _money in _amount_tokens(ln, out) if v > 0]
        if not amounts and at + 1 < len(lines):
            # a spreadsheet's cell stacked under its label: the next line is that amount alone
            ln = lines[at + 1]
            tokens = _amount_tokens(ln, out)
            if len(tokens) == 1 and tokens[0][1] and len(ln.text.split()) <= 2:
                amounts = [tokens[0][0]] if tokens[0][0] > 0 else []
        if amounts:
            out.totals["total"] = amounts[-1]
            out.totals_where["total"] = (ln.page, ln.bbox)
            return


def _unread_language(lines: list[Line], out: Fields) -> None:
    """A page whose words the reader does not know, laid out as a bill for goods: said to be
    unread, its priced rows taken as its items where no item table was read (a quantity times
    a price making the amount: I109 has nothing to say of them)."""
    numbered = [(ln.text, [v for v, _money in _amount_tokens(ln, out)]) for ln in lines]
    text = "\n".join(ln.text for ln in lines)
    if not priced_layout(text, numbered, dated=out.invoice_date is not None):
        return
    out.unread_language = True
    rows = priced_rows(numbered)
    out.unread_priced = [row.amount for row in rows]
    # Sums placed by another language's words ("TVA", "Total") on a page whose own words are
    # not read: not the page's total, and no sum of it is checked
    out.totals.clear()
    out.totals_where.clear()
    if not out.items:
        for row in rows:
            ln = lines[row.index]
            out.items.append(
                Item(
                    row.description,
                    None,
                    row.quantity,
                    row.unit_price,
                    row.amount,
                    ln.page,
                    ln.bbox,
                )
            )


# A won amount as Korean invoices group it, whatever OCR read of the sign before it ("W828,740")
_WON_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")
# Figures OCR read without their grouping, the won's sign before them read as a digit or a
# letter ("0330000" for "₩330,000"): a sum only where two grouped amounts make it
_WON_RUN = re.compile(r"(?<![\d,.\-])[A-Za-z]?(\d{5,10})(?![\d,.\-])")


def _korean_unread(lines: list[Line], text: str, out: Fields) -> None:
    """A Korean scan or photo OCR could not read (`unread_language.korean_unread`): what its
    other words gave is cleared, its sums are only a supply value, its 10% VAT and their sum
    printed on it (`vat_triple`), and no sum is checked. Its date in figures stays."""
    mark = korean_unread(text)
    if mark is None:
        return
    out.korean_unread = mark
    out.unread_language = True
    out.supplier, out.buyer = Party(), Party()
    out.supplier_where = out.buyer_where = None
    out.totals.clear()
    out.totals_where.clear()
    out.items.clear()
    amounts = [float(m.group(0).replace(",", "")) for m in _WON_GROUPED.finditer(text)]
    runs = [m.group(1) for m in _WON_RUN.finditer(text)]
    sums = [float(run[cut:]) for run in runs for cut in (0, 1) if len(run) - cut >= 5]
    triple = vat_triple(amounts, sums)
    if triple is None:
        return
    out.totals.update(subtotal=triple[0], tax=triple[1], total=triple[2])
    printed = f"{int(triple[2]):,}"
    where = next((ln for ln in lines if printed in ln.text), None)
    if where is not None:
        out.totals_where["total"] = (where.page, where.bbox)


def _names_invoice(lines: list[Line]) -> bool:
    """A cell labels something of this document as an invoice's ("Invoice No.", "N° de
    facture"). Inside a sentence the words name invoices in general ("payable within 30 days
    of invoice date" is printed on quotations and order forms too)."""
    for ln in lines:
        for seg in ln.segments:
            for m in INVOICE_LABEL.finditer(seg.text):
                before = seg.text[: m.start()].split()
                if not before or not _PHRASE_BEFORE.search(before[-1]):
                    return True
    return False


def _till_total(lines: list[Line], out: Fields) -> None:
    """A Japanese till receipt's total, its label lost: the cash handed over less the change,
    where the page prints that amount too (`japanese.paid_at_till`)."""
    found = paid_at_till([(ln.text, _amounts(ln, out)) for ln in lines])
    if found is not None:
        at, paid = found
        out.totals["total"] = paid
        out.totals_where["total"] = (lines[at].page, lines[at].bbox)


def _till_items(lines: list[Line], out: Fields) -> None:
    """A till receipt's rows above its total, where no item table was read (`till_rows`).
    Their amounts and unit prices are the rows', no longer amounts no label placed."""
    if out.items:
        return
    where = out.totals_where.get("total")
    if where is None:
        rows = _till_sum(lines, out)
    else:
        page = [ln for ln in lines if ln.page == where[0]]
        at = next((k for k, ln in enumerate(page) if ln.bbox == where[1]), None)
        rows = [] if at is None else _rows_above(page, at)
    if not rows:
        return
    page = [ln for ln in lines if ln.page == out.totals_where["total"][0]]
    out.gross_rows = not _priced_net(page, rows, out)
    for row in rows:
        ln = page[row.index]
        out.items.append(Item(row.name, None, row.quantity, row.unit, row.amount, ln.page, ln.bbox))
        # OCR misreads a receipt's thermal print (a faded "6" read "5") and breaks its rows'
        # lines: what they do not add up to is not confirmed, not wrong
        out.items[-1].doubtful = any("ocr" in w.fonts for w in ln.words)
    if any(item.doubtful for item in out.items):
        out.doubtful.add("items")
    read = [v for r in rows for v in (r.amount, r.unit) if v is not None]
    out.unplaced = [v for v in out.unplaced if all(abs(v - r) > 0.005 for r in read)]
    out.unplaced_bare = [v for v in out.unplaced_bare if all(abs(v - r) > 0.005 for r in read)]


def _priced_net(page: list[Line], rows: list[TillRow], out: Fields) -> bool:
    """Whether a till's rows are priced before VAT: they make the bases of its VAT analysis under
    them, and the bases and their taxes make the total. The analysis' sums are then the
    receipt's net and tax. Otherwise the rows are taken as priced with their VAT (OCR may have
    lost some): a rate's base read as the subtotal ("Netto 1.240,50 USt 248,10") is then no sum
    of theirs."""
    below = page[rows[-1].index + 1 :]
    parts = vat_analysis([ln.text for ln in below], rows=len(rows))
    if not parts:
        return False
    net = round(sum(p.net for p in parts), 2)
    tax = round(sum(p.tax for p in parts), 2)
    if abs(net + tax - out.totals["total"]) > 0.011 * len(parts):
        return False
    if abs(sum(r.amount for r in rows) - net) > 0.011 * len(rows):
        lines = {(below[p.index].page, below[p.index].bbox) for p in parts}
        if out.totals_where.get("subtotal") in lines:
            del out.totals["subtotal"], out.totals_where["subtotal"]
        return False
    where = below[parts[0].index]
    for key, value in (("subtotal", net), ("tax", tax)):
        out.totals[key] = value
        out.totals_where[key] = (where.page, where.bbox)
    return True


def _rows_above(page: list[Line], at: int) -> list[TillRow]:
    return rows_above(
        [ln.text for ln in page],
        at,
        a_sum=lambda text: any(p.search(text) for _key, p in TOTAL_LABELS),
    )


def _till_sum(lines: list[Line], out: Fields) -> list[TillRow]:
    """A till receipt's total whose label OCR lost ("TOTAL 22 ITEMS" read as "154.17"): the
    amount alone on its line under a till's rows, taken where the rows make it to the cent."""
    for ln in lines:
        if not _BARE_AMOUNT.match(ln.text):
            continue
        page = [other for other in lines if other.page == ln.page]
        rows = _rows_above(page, next(k for k, other in enumerate(page) if other is ln))
        value = amount_of(ln.text)
        if rows and abs(sum(r.amount for r in rows) - value) <= 0.011:
            out.totals["total"] = value
            out.totals_where["total"] = (ln.page, ln.bbox)
            return rows
    return []


_BARE_AMOUNT = re.compile(r"^\s*[£€$]?\s*\d{1,5}[.,]\d{2}\s*$")


def number(token: str, out: Fields) -> float | None:
    comma = out.lang in DECIMAL_COMMA if out.decimal_comma is None else out.decimal_comma
    return parse_number(token, decimal_comma=comma, whole=out.lang == "ja" or out.whole_amounts)


# An amount with cents, the mark before them (",": 1.234,56 or 12,50; ".": 1,234.56): not a
# date's day and month ("12.03.2026") nor part of a longer number.
_CENTS = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:([.,])\d{3})+|\d+)([.,])\d{2}(?![.,]?\d)")
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}[.,]\d{3}(?![.,]?\d)")


# The dinars of Tunisia, Kuwait, Bahrain, Jordan and Libya and Oman's rial have a thousandth
# as their minor unit: "1 107,840 DT", "KWD 96.240". The code beside an amount with three
# digits after its last mark says that mark may be the decimal one. Not Iraq's dinar: its fils
# are long out of use, and "IQD 1,250,000" is whole dinars.
_THOUSANDTHS_CODE = r"(?:DT|TND|KWD|KD|BHD|BD|OMR|JOD|JD|LYD)"
_DINAR_FIGURE = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+"
_THOUSANDTHS = re.compile(
    rf"(?<![\d.,/\-])(?P<a>{_DINAR_FIGURE})\s?(?P<ca>{_THOUSANDTHS_CODE})(?![A-Za-z])|"
    rf"(?<![A-Za-z])(?P<cb>{_THOUSANDTHS_CODE})\s?(?P<b>{_DINAR_FIGURE})(?![.,]?\d|[/\-])"
)
# a company's capital on its letterhead ("SARL au capital de 10.000 DT") is no price
_CAPITAL = re.compile(r"\bcapital\b", re.I)


def _thousandths_mark(text: str) -> str | None:
    """The decimal mark of a document in a currency divided in thousandths, if it has one:
    two amounts or more beside the currency's code with three digits after one mark, one of
    them not ",000", and nothing on the page that prints the currency whole: no two amounts
    beside that code without a mark ("KD 625", "KD 125"; one may be a stamp duty's "1 DT"),
    none grouped twice by the same mark ("KD 1,250,000"), no amount in cents with the other
    mark. A whole number with the other mark ("10.000 DT") takes nothing away: it reads the
    same either way."""
    votes: dict[str, list[str]] = {",": [], ".": []}
    codes, grouping = set(), set()
    whole: list[str] = []  # the codes of amounts without a mark
    for line in text.splitlines():
        if _CAPITAL.search(line):
            continue
        for m in _THOUSANDTHS.finditer(line):
            figure, code = (m["a"], m["ca"]) if m["a"] else (m["b"], m["cb"])
            marks = [c for c in figure if c in ".,"]
            if not marks:
                if figure.isdigit():
                    whole.append(code)
                continue
            if marks.count(marks[-1]) > 1:
                grouping.add(marks[-1])  # "1,250,000": that mark groups thousands
                continue
            votes[marks[-1]].append(figure[-3:])
            codes.add(code)
    for mark, other in ((",", "."), (".", ",")):
        real = [d for d in votes[mark] if d != "000"]
        if (
            len(votes[mark]) >= 2
            and real
            and all(d == "000" for d in votes[other])
            and mark not in grouping
            and len([code for code in whole if code in codes]) < 2
            and not _cents_with(other, text)
        ):
            return mark
    return None


def _cents_with(mark: str, text: str) -> bool:
    """Whether `text` prints an amount in cents after `mark` ("12.50", not a rate "7.50 %")."""
    return any(
        m.group(2) == mark and m.group(1) != mark and not text[m.end() :].lstrip().startswith("%")
        for m in _CENTS.finditer(text)
    )


def _number_convention(text: str, out: Fields) -> None:
    """The document's own decimal mark, from its amounts with cents: the language guessed from
    its words is the buyer's as often as the supplier's (a Polish buyer's address on a Chinese
    exporter's dollar invoice read "2,796.00" as 2.796). With no amount in cents and amounts
    grouped in thousands ("¥709,994", "2,207"), a single mark before three digits is a
    thousands mark: such a document has no minor unit, unless its currency's minor unit is a
    thousandth (`_THOUSANDTHS`): then that mark is the decimal one."""
    mark = _thousandths_mark(text)
    if mark is not None:
        out.decimal_comma = mark == ","
        return
    votes = {",": 0, ".": 0}
    for m in _CENTS.finditer(text):
        if m.group(1) != m.group(2):  # no "1,234,56": a thousands mark differs from the decimal
            votes[m.group(2)] += 1
    if votes[","] > 2 * votes["."]:
        out.decimal_comma = True
    elif votes["."] > 2 * votes[","]:
        out.decimal_comma = False
    elif not any(votes.values()) and len(_GROUPED.findall(text)) >= 2:
        out.whole_amounts = True


_TITLES = [
    (kind, re.compile(loose(TITLE_PREFIX + r"(?:" + pattern + r")(?![^\W\d_])"), re.I))
    for kind, pattern in DOC_TITLES
]
_CJK_TITLES = [(kind, re.compile(pattern)) for kind, pattern in DOC_TITLES]
# A title set in spaced capitals ("P U R C H A S E  O R D E R"), read as single letters: the
# whole cell, closed up, is the title, the space between its words optional. Korean titles
# are spaced syllable by syllable, three of them too ("영 수 증").
_SPACED = re.compile(r"(?:[^\W\d_]\s+){3,}[^\W\d_]|(?:[\uac00-\ud7a3]\s+){1,}[\uac00-\ud7a3]")
# Such a Korean title at the start of a cell with more after it
_KO_SPACED_HEAD = re.compile(r"^(?:[\uac00-\ud7a3]\s+){2,}[\uac00-\ud7a3](?![^\W\d_])")
_CLOSED_TITLES = [
    (kind, re.compile(loose(r"(?:" + pattern.replace(" ", r"\s?") + r")$"), re.I))
    for kind, pattern in DOC_TITLES
]


# A label naming a document the page goes with: attached (附), see (见), the original (原),
# the one it corresponds or relates to (对应, 关联)
_GOES_WITH = re.compile(r"(?:附件?|[见見]|原|[对對][应應]|[关關][联聯])\s*[:：]\s*$")


# "TAX INVOICE" over the supplier's name: the document's title, whose tax names no amount; the
# number under it (an ABN, a postcode) was taken for the tax
_TAX_TITLE = re.compile(r"^\s*(?:tax|vat|gst)\s+invoice\b", re.I)


def title_kind(text: str) -> str | None:
    """The document kind a cell names as a title, or None ("Rechnungsnummer" is no title)."""
    t = text.strip()
    if len(t) > 80 and " | " in t:
        # "Fattura  Fattura n.: 513/2026 | Data: 22/04/2026 | Scadenza: …": the title opens a
        # line of fields set apart by bars; the first field is the cell to judge
        t = t.split(" | ", 1)[0].strip()
    if not t or len(t) > 80:
        return None
    if _SPACED.fullmatch(t):
        closed = re.sub(r"\s+", "", t)
        return next((kind for kind, pattern in _CLOSED_TITLES if pattern.match(closed)), None)
    # a Korean title spaced syllable by syllable before the copy it is ("세 금 계 산 서
    # (공급자 보관용)", the supplier's copy): closed up, then read as any title
    t = _KO_SPACED_HEAD.sub(lambda m: re.sub(r"\s+", "", m.group(0)), t)
    kind_of_title = None
    for kind, pattern in _TITLES:
        if pattern.match(t):
            kind_of_title = kind
            break
    if kind_of_title == "invoice" and re.search(r"pr[oó][\s\-]?forma", t, re.I):
        # "Facture pro forma", "Fattura proforma", "Fatura pró-forma": the qualifier comes after
        return "pro_forma"
    for kind, pattern in _TITLES:
        if pattern.match(t):
            rest = t[pattern.match(t).end() :]  # type: ignore[union-attr]
            # "Invoice No. 12" is a title line; "Invoice to:" and "Invoice date" are labels.
            if kind == "invoice" and LABEL_AFTER_TITLE.match(rest):
                return None
            if kind == "invoice" and _TR_INVOICE_LABEL.match(t):
                return None  # "Fatura No:", "Fatura Tarihi": the e-Fatura's head's labels
            if _ADDRESS_AFTER.match(rest):
                return None  # "rechnung@example.de", "invoices.example.com": an address
            return kind
    qualified = QUALIFIED_TITLE.match(t)
    if qualified:
        return "invoice" if qualified.group(1).lower() == "invoice" else "receipt"
    if CJK.search(t) and len(t) <= 30 and not NOT_TITLE_CJK.search(t):
        for kind, pattern in _CJK_TITLES:
            found = pattern.search(t)
            if found and _GOES_WITH.search(t[: found.start()]):
                # "附：增值税专用发票 No.43164659": the invoice the page goes with, not its title
                return None
            if found:
                return kind
    return None


# An e-mail address or a domain continuing a title word: suppliers name their billing mailbox
# after the document ("rechnung@…", "facturas@…", "invoices.example.com").
_ADDRESS_AFTER = re.compile(r"[\w.\-]*@|s?\.[a-z][\w\-]*\.[a-z]{2,}\b")


# A reference number in the cell after a document's name ("Zamówienie | PO-WX-0591"): the
# name labels a reference to another document, it is no title.
_REFERENCE = re.compile(r"[:#]?\s*(?:n[or°º]?\.?\s*)?[A-Z0-9][\w\-/.]*\d[\w\-/.]*", re.I)


# The default footer LibreOffice Calc and Excel print under a sheet ("Page 1"): with it, the
# line above the sheet is the default header, the sheet's tab name.
_SHEET_FOOTER = re.compile(r"(?:page|seite|p[áa]gina|pagina|strona|blad|sida|side)\s*\d+", re.I)


def _sheet_header(lines: list[Line]) -> Line | None:
    """The tab name a spreadsheet prints over each page ("Invoice", "Faktura"): a title word
    alone on the page's first line, no larger than the page's text, with the "Page 1" footer
    under the page. A template's tab keeps its name when a quotation or a packing list is
    made from it, so it says what the document is only when nothing else does."""
    page = [ln for ln in lines if ln.page == lines[0].page]
    first, last = page[0], page[-1]
    if len(page) < 3 or len(first.segments) != 1 or title_kind(first.text) is None:
        return None
    if not _SHEET_FOOTER.fullmatch(last.text.strip()):
        return None
    own = [z for w in first.words for z in w.sizes if z]
    body = sorted(z for ln in page[1:] for w in ln.words for z in w.sizes if z)
    if not own or not body or max(own) > 1.1 * body[len(body) // 2]:
        return None
    return first


def _doc_type(lines: list[Line], out: Fields) -> tuple[float, int, str, str, bool] | None:
    """The document's kind and title; the spreadsheet's tab name when it is the only title
    (`_sheet_header`), to be taken if the page turns out to ask for an amount."""
    sheet = _sheet_header(lines)
    if sheet is not None:
        pages: set[int] = set()
        tabs: set[int] = set()
        for ln in lines:
            if ln.page not in pages and ln.text == sheet.text:
                tabs.add(id(ln))
            pages.add(ln.page)
        lines = [ln for ln in lines if id(ln) not in tabs]
    first_page = lines[0].page
    head = [ln for ln in lines if ln.page == first_page][:20]
    titles: list[tuple[float, int, str, str, bool]] = []
    numbered: dict[int, bool] = {}  # a title named with its number: whether OCR read it
    sole: set[int] = set()  # titles that are the only cell on their line
    order = 0
    for row, ln in enumerate(head):
        for at, seg in enumerate(ln.segments):
            order += 1
            text = seg.text
            field_value = _field_value(ln, at)
            kind = None if field_value else title_kind(text)
            if kind is None and not field_value and row + 1 < len(head):
                text = _wrapped_title(seg, head[row + 1]) or text
                kind = title_kind(text) if text != seg.text else None
            if kind is None or (kind in _HEAD_ONLY and row >= 10):
                continue
            sizes = [z for w in seg.words for z in w.sizes if z] or [seg.bottom - seg.top]
            after = ln.segments[at + 1].text if at + 1 < len(ln.segments) else ""
            reference = kind != "invoice" and (
                bool(_REFERENCE.fullmatch(after)) or _names_reference(text)
            )
            titles.append((max(sizes), order, kind, _first_field(text), reference))
            if len(ln.segments) == 1:
                sole.add(order)
            if _refers(text, after):
                numbered[order] = all(w.conf is not None for w in seg.words)
    # An order's or a quotation's number named beside its label refers to that document; the
    # invoice's own title, where one is read, names this one. OCR'd word heights are too rough
    # to rank "Faktura VAT" over such a label by size.
    own = [t for t in titles if not t[4]]
    if titles and not own:
        # Only documents referred to by their numbers ("Bestellung | 6169149"): the page's
        # own title set at the end of the name's cell comes first.
        ending = _title_ending_a_cell(head[:6])
        own = [ending] if ending is not None else []
    titles = _quoted_invoice(own or titles, numbered, sole, head)
    best: tuple[float, int, str, str, bool] | None = None
    for title in titles:
        # The biggest title wins, then the first: a "Purchase order: 4711" reference in small
        # print must not outrank the "RECHNUNG" printed large above it.
        if best is None or title[0] > best[0] + 0.5:
            best = title
    if best is None:
        for ln in lines:
            for at, seg in enumerate(ln.segments):
                kind = None if _field_value(ln, at) else title_kind(seg.text)
                if kind in _HEAD_ONLY:
                    continue
                after = ln.segments[at + 1].text if at + 1 < len(ln.segments) else ""
                if kind is not None and not (kind != "invoice" and _refers(seg.text, after)):
                    best = (0.0, 0, kind, seg.text.strip()[:80], False)
                    break
            if best is not None:
                break
    if best is None:
        best = _title_ending_a_cell(head[:6]) or _misread_title(head)
    declared = _declared_type(head)
    if declared is not None:
        best = declared
    deferred = None
    if best is None and sheet is not None:
        tab = (0.0, 0, title_kind(sheet.text) or "", sheet.text.strip()[:80], False)
        if tab[2] in ("invoice", "receipt"):
            deferred = tab
        else:
            best = tab
    if best is not None:
        out.document_type, out.document_title = best[2], best[3]
    named = out.document_title
    if out.document_type == "invoice" and named is not None:
        at = next((i for i, ln in enumerate(head) if named in ln.text), 0)
        if at > 0 and _PRO_FORMA_END.search(head[at - 1].segments[-1].text):
            # "PROFORMA-" / "RECHNUNG": a title hyphenated over two lines
            out.document_type = "pro_forma"
            out.document_title = f"{head[at - 1].segments[-1].text.split()[-1]} {named}"
    return deferred


def _quoted_invoice(
    titles: list[tuple[float, int, str, str, bool]],
    numbered: dict[int, bool],
    sole: set[int],
    head: list[Line],
) -> list[tuple[float, int, str, str, bool]]:
    """The page's titles without its invoice titles when each is an OCR'd invoice number's
    label ("Invoice #: INV-16035", "invoice | INV-56204") and a title of another kind stands
    alone in its cell ("DELIVERY NOTE", or OCR's "PAC Kl NG LIST"): a delivery note, an order
    or a packing list made from the invoice's template quotes the invoice it goes with, and
    OCR'd word heights are too rough to rank the two. The other title must be the only cell on
    its line or at least as tall as the invoice's label: a "Purchase order" heading a column of
    the invoice's own header table, in the table's print, is no title of the page."""
    invoices = [t for t in titles if t[2] == "invoice"]
    if not invoices or not all(numbered.get(t[1]) for t in invoices):
        return titles
    label = max(t[0] for t in invoices)
    alone = [
        t
        for t in titles
        if t[2] != "invoice"
        and not t[4]
        and t[1] not in numbered
        and (t[1] in sole or t[0] >= label - 0.5)
    ]
    if not alone:
        misread = _misread_title(head, other=True, tall=label)
        alone = [misread] if misread is not None else []
    return alone or titles


# Kinds named only by a title in the page's first ten lines: lower down, "Statement" and
# "Remittance" head an invoice's own tear-off payment slip or a line about the account.
_HEAD_ONLY = ("statement", "remittance")


def _field_value(ln: Line, at: int) -> bool:
    """The cell is the value of a field labelled by the cell before it, a label alone
    ("发票信息 | 电子普通发票": the fapiao an order page asked for), not a title. A label
    with its value ("发票代码 044031900111 | 增值税专用发票") is the title's neighbour."""
    if at == 0:
        return False
    label = ln.segments[at - 1].text.rstrip(" :：")
    return any(m.end() == len(label) for m in NOT_TITLE_CJK.finditer(label))


def _wrapped_title(seg: Segment, below: Line) -> str | None:
    """A title its cell wrapped onto the next line ("STATEMENT OF" / "ACCOUNT",
    "AUFTRAGSBESTÄTIGU" / "NG"), or a tilted photo's OCR split between two lines ("FATT" /
    "URA" side by side): the cell with the one or two words right under it or right after it,
    in the same print, closed up where the break cut a word."""
    if len(seg.words) > 3:
        return None
    height = seg.bottom - seg.top
    for at, cell in enumerate(below.segments):
        if not 1 <= len(cell.words) <= 2 or abs((cell.bottom - cell.top) - height) > 0.4 * height:
            continue
        if _field_value(below, at):
            continue
        under = cell.x0 <= seg.x1 and cell.x1 >= seg.x0 and cell.top - seg.bottom <= height
        beside = 0 <= cell.x0 - seg.x1 <= 0.5 * height and cell.top < seg.bottom
        if not (under or beside):
            continue
        upper, lower = seg.text.strip(), cell.text.strip()
        if upper.isupper() != lower.isupper() or any(c.isdigit() for c in upper + lower):
            continue
        for joined in (f"{upper} {lower}", upper + lower):
            if title_kind(joined) is not None:
                return joined
    return None


_PRO_FORMA_END = re.compile(r"\bpro[\s\-]?forma\s*-?$", re.I)
# The document type an Italian e-invoice declares to the exchange system (SdI), printed on its
# courtesy copy ("Tipologia documento | TD01 fattura", "Tipo documento: TD24"): what the
# document is, whatever else its first lines name (a "Documento di trasporto" it refers to).
# TD04/TD08 are credit notes; TD16-TD19, a buyer's own reverse-charge integration, are not
# named: the supplier did not issue them. OCR reads the code's zero as an O ("TDO1 fattura").
_SDI_TYPE = re.compile(r"(?<![\w/])TD([0O][1-8]|2[4-7])(?![\w/])")


def _declared_type(head: list[Line]) -> tuple[float, int, str, str, bool] | None:
    for ln in head:
        for seg in ln.segments:
            m = _SDI_TYPE.search(seg.text)
            if m:
                code = m.group(1).replace("O", "0")
                kind = "credit_note" if code in ("04", "08") else "invoice"
                return (0.0, 0, kind, seg.text.strip()[:80], False)
    return None


_NUMBERED = re.compile(
    r"\s*-?\s*(?:no\b|nr\b|n[°º]|#|number|nummer|num[eé]ro|número|[:.]?\s*\d)", re.I
)


def _first_field(cell: str) -> str:
    """A title cell as shown: its first field where bars set fields apart (`title_kind`)."""
    return cell.split(" | ", 1)[0].strip()[:80]


def _names_reference(cell: str) -> bool:
    """The buyer's order or a delivery note named with its reference in the same cell ("Su
    pedido. PO-2026-6300", "Order: SO-88172"): the invoice refers to it. A quotation or a pro
    forma prints its own number beside its title."""
    for kind, pattern in _TITLES:
        m = pattern.match(cell.strip())
        if m:
            rest = cell.strip()[m.end() :].strip(" .:")
            referred = kind in ("order_confirmation", "packing_list")
            return referred and bool(rest) and bool(_REFERENCE.fullmatch(rest))
    return False


def _refers(cell: str, after: str) -> bool:
    """A document named with its number ("Delivery note No. 4711", "Order | PO-88") below the
    page's head: the invoice refers to it; it is not the page's title."""
    for _kind, pattern in _TITLES:
        m = pattern.match(cell.strip())
        if m:
            rest = cell.strip()[m.end() :]
            return bool(_NUMBERED.match(rest)) or (
                not rest.strip() and bool(_REFERENCE.fullmatch(after))
            )
    return False


# Words before a title word that make it part of a phrase ("due on receipt", "this invoice").
_PHRASE_BEFORE = re.compile(
    r"\b(?:on|upon|of|this|per|the|your|our|against|with|for|by|an?|und|and|et|e|y|en|i)$",
    re.I,
)


def _title_ending_a_cell(head: list[Line]) -> tuple[float, int, str, str, bool] | None:
    """An invoice's title at the end of a cell of the page's first lines, set in capitals or
    larger than the words before it: the title printed beside the logo and the supplier's
    name, close enough to read as one cell ("NORTHWIND TRADING LTD   INVOICE"). Another
    kind's title only ends the page's first cell, after a name ("HONGSHENG PARTS CO., LTD.
    QUOTATION")."""
    for order, seg in enumerate(s for ln in head for s in ln.segments):
        words = seg.words
        glued = _title_glued_larger(words[-1])
        if glued is not None:
            return (glued[0], order, glued[1], glued[2], False)
        for n in (1, 2, 3):
            if len(words) <= n:
                break
            tail, before = words[-n:], words[:-n]
            text = " ".join(w.text for w in tail)
            kind = title_kind(text)
            # "YOUR REF: PURCHASE ORDER" ending a cell of an untitled invoice names the buyer's
            # order, not this document: another kind ends no label and no reference
            if kind is None or _PHRASE_BEFORE.search(before[-1].text):
                continue
            if kind not in ("invoice", "receipt") and not (order == 0 and _a_name(before)):
                continue
            size = max((z for w in tail for z in w.sizes if z), default=0.0)
            larger = size > 1.15 * max((z for w in before for z in w.sizes if z), default=size)
            if larger or text.isupper():
                return (size, order, kind, text[:80], False)
    return None


def _a_name(words: list[Word]) -> bool:
    """Words that can be a supplier's name: no label's colon, no reference's digits."""
    return not any(":" in w.text or any(c.isdigit() for c in w.text) for w in words)


def _title_glued_larger(word: Word) -> tuple[float, str, str] | None:
    """An invoice's title set larger right after a long name with no gap: the name fills the
    page's width and the title is drawn from where it ends ("Haushaltswaren GmbHRECHNUNG",
    17 pt then 20 pt), read as one word. A word never grows in size midway. (size, kind,
    title)"""
    sizes = word.sizes
    if len(sizes) != len(word.text) or not all(sizes):
        return None
    for at in range(1, len(sizes)):
        if sizes[at] > 1.1 * max(sizes[:at]) and min(sizes[at:]) > 1.1 * max(sizes[:at]):
            title = word.text[at:]
            kind = title_kind(title)
            if kind in ("invoice", "receipt"):
                return (sizes[at], kind, title[:80])
            return None
    return None


def _misread_title(
    head: list[Line], other: bool = False, tall: float = 0.0
) -> tuple[float, int, str, str, bool] | None:
    """The largest OCR'd cell at the top of the page one slip away from a title ("INVOlCE"):
    OCR misreads a title set large and bold more than any other line (see `doc_shape`).
    `other`: only a title of another kind than an invoice, its words closed up too ("PAC Kl NG
    LIST"), alone on its line or at least `tall`."""
    best: tuple[float, int, str, str, bool] | None = None
    cells = [(line, cell) for line in head for cell in line.segments]
    for order, (ln, seg) in enumerate(cells):
        if any(w.conf is None for w in seg.words):
            continue  # a text layer's title is what it says
        if other:
            # a cell among others on its line, in smaller print, heads a column of the header
            # table
            if len(ln.segments) > 1 and seg.bottom - seg.top < tall - 0.5:
                continue
            kind = misread_title(seg.text, CLOSED_UP_TITLES)
        else:
            kind = misread_title(seg.text) or misread_ja_title(seg.text)
        if kind is not None and (best is None or seg.bottom - seg.top > best[0] + 0.5):
            best = (seg.bottom - seg.top, order, kind, seg.text.strip()[:80], False)
    return best


def _number_and_date(lines: list[Line], out: Fields) -> None:
    for ln in lines:
        for seg in ln.segments:
            if out.invoice_number is not None:
                break
            for m in NUMBER_LABEL.finditer(seg.text):
                if "发票号码" in m.group(0):
                    value = re.match(r"\s*[:：]?\s*(\d{6,20})", seg.text[m.end() :])
                else:
                    value = NUMBER_VALUE.match(seg.text[m.end() :])
                if value is None:
                    # The value in the next cell of the line: "Rechnungsnummer   RE-2026-17"
                    after = ln.segments[ln.segments.index(seg) + 1 :]
                    if after and not seg.text[m.end() :].strip(" :：#"):
                        value = NUMBER_VALUE.match(after[0].text)
                if value is None and not seg.text[m.end() :].strip(" :：#"):
                    value = _value_under(lines, ln, seg)
                if value is not None:
                    out.invoice_number = value.group(1).rstrip(".")
                    break
    dayfirst: bool | None = True if out.lang in DAYFIRST else None
    whole = "\n".join(ln.text for ln in lines)
    southeast = _southeast_money(lines)
    if _DAY_FIRST_PLACE.search(_letterhead(lines)):
        # The supplier's own convention, whatever the currency: a Hong Kong or Singapore
        # exporter invoicing in US dollars still writes "12/03/2026" for 12 March.
        dayfirst = True
    elif _DAY_FIRST_DOLLARS.search(whole):
        # Australian, New Zealand and Hong Kong dollars: day first, as in Britain ("02/06/2025"
        # is June)
        dayfirst = True
    elif out.lang in ("en", "gb") and re.search(r"\b(?:USD|US\$)|(?<![A-Z])\$\d", whole):
        # Dollars: month first; but a "Co., Ltd." or a "VAT no." (read as British) invoicing in
        # dollars, a Chinese exporter's, writes either order: unknown unless pounds are there.
        british = re.search(r"£|\bGBP\b", whole)
        dayfirst = False if out.lang == "en" else (True if british else None)
        if _EXPORTER_PLACE.search(_letterhead(lines)):
            dayfirst = None  # an Asian exporter billing in dollars: either order
    elif dayfirst is None and _NOT_DOLLARS.search(whole):
        # Only American usage puts the month first; an invoice in euros, pounds, rupees or
        # zloty written in English ("10/04/2026" from a German supplier) puts the day first.
        dayfirst = True
    elif (
        dayfirst is None
        and (southeast or _DAY_FIRST_REGISTRATION.search(_letterhead(lines)))
        and not _PESOS.search(whole)
    ):
        # Malaysia, Indonesia and Thailand write the day first: told by the money the page
        # prices in, or by a Malaysian company (Sdn. Bhd.) or an Indonesian taxpayer (NPWP)
        # heading the page. Pesos anywhere on it (the Philippines writes the month first)
        # leave the order unknown.
        dayfirst = True
    elif dayfirst is None and _VI_DATE_LABEL.search(whole):
        # a date labelled in Vietnamese ("Ngày: 12/05/2026") is Vietnam's, day first, where
        # OCR lost the marks the language is told by
        dayfirst = True
    # A date whose day is over 12 tells which order the document uses.
    shown = printed_order(whole)
    if shown is not None:
        dayfirst = shown
    # the year of the Taiwanese or the Thai era, read where the page shows it is theirs
    # the year of the Thai era only on a Thai supplier's page or one priced in baht: a Bangkok
    # buyer's address and a reference shaped like a date ("2567-11-30") make no Thai page
    thai = "THB" in southeast or buddhist_calendar(_letterhead(lines), whole)
    calendars = {"roc": roc_calendar(whole), "buddhist": thai}
    # The date next to a date label, else the first date on the first page; never a date on a
    # line about an account, a due date, an order or a delivery.
    candidates: list[tuple[int, int, Line, date, bool, bool, bool]] = []
    dues: list[date] = []
    # A date over a year ahead of today is no invoice's date (one already issued and held):
    # a number shaped like a date ("2031-07-01" off a phone photo's customer number).
    latest = date.today() + timedelta(days=366)
    mail = _mail_header(lines)
    for index, ln in enumerate(lines):
        text = ln.text
        if FAX_HEADER.search(text) or index in mail:
            continue
        found = find_dates(text, dayfirst=dayfirst, **calendars)
        clipped = _dates_after_clipped_label(ln, dayfirst)
        found += [d for d, issue in clipped if issue]
        dues += [d[2] for d, issue in clipped if not issue]
        issue_at = {d[0] for d, issue in clipped if issue}
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and _wrapped(ln, following):
            # A spreadsheet cell wraps "Data fattura: 5" / "dicembre 2026": the date read across
            # the break, kept when it starts on this line and ends on the next.
            joined = text + " " + following.text
            found += [
                d
                for d in find_dates(joined, dayfirst=dayfirst, **calendars)
                if d[0] < len(text) < d[1]
            ]
        elif following is not None:
            found += _dates_wrapped_in_cell(ln, following, dayfirst, calendars)
        for start, _end, when, ambiguous in found:
            before = _cell_before(ln, start)
            # after an account's or a number's own value in the cell before ("Tax ID 203897603N
            # | 05 Nov 2025"): no value of theirs, yet under no label we know
            after_value = False
            if (ACCOUNT_LINE.search(before) or ID_BEFORE.search(before)) and not DATE_LABEL.search(
                before
            ):
                if not _after_a_value(ln, start):
                    continue
                after_value = True
            label = DATE_LABEL.search(before)
            due = DUE_LABEL.search(before)
            if start in issue_at:
                label, due = label or DATE_LABEL.search("date"), None
            # after a label of its own that is no date label we know ("Termin phatnosei:", a
            # due date's label misread)
            foreign = not label and not due and (after_value or bool(_OWN_LABEL.search(before)))
            head = _head_over(lines[index - 1], ln, start) if after_value and index > 0 else None
            if head is not None and lines[index - 1].page == ln.page:
                # its column's header says whose date it is: "Delivery Date" or "Due Date" over
                # "Tel 6741 2290 | 28 Oct 2025" is none of the invoice's; "Invoice Date" is
                if PAY_BY_LABEL.search(head):
                    dues.append(when)
                    continue
                if DUE_LABEL.search(head):
                    continue
                if DATE_LABEL.search(head) and not find_dates(head, **calendars):
                    label, foreign = DATE_LABEL.search(head), False
            if not label and not due and not foreign and index > 0:
                # "Rechnungsdatum" above its value, in the same column
                above = lines[index - 1]
                if (
                    above.page == ln.page
                    and DATE_LABEL.search(above.text)
                    and not find_dates(above.text, **calendars)
                ):
                    label = DATE_LABEL.search(above.text)
                head = _head_over(above, ln, start) if above.page == ln.page else None
                if head is not None and DUE_LABEL.search(head):
                    # "Nº factura | Fecha | Vencimiento" over their values: the date under
                    # "Vencimiento" is the due date, whatever the header's other cells label
                    label, due = None, DUE_LABEL.search(head)
                    before = head
            if PAY_BY_LABEL.search(before):
                dues.append(when)
                continue
            if when > latest:
                continue
            rank = 2 if due else (0 if label else 1)
            token = (text + " " + following.text if following else text)[start:_end]
            swappable = shown is None and bool(_SWAPPABLE.fullmatch(token))
            candidates.append((rank, index, ln, when, ambiguous, swappable, foreign))
    if not any(c[0] < 2 for c in candidates):
        for index, when, ambiguous in _dates_wrapped_beside_label(lines, dayfirst, calendars):
            if when <= latest:
                candidates.append((0, index, lines[index], when, ambiguous, False, False))
    if not any(c[0] == 0 for c in candidates) and any(
        DATE_LABEL.search(ln.text) and not DUE_LABEL.search(ln.text) for ln in lines
    ):
        # The invoice date's label is printed but its value could not be read ("Rechnungsdatum
        # A. Juni 2026", "Data wystawienia: 2025-1047" off a scan): the delivery or due date
        # beside it is not the invoice's, named (rank 2) or under a label OCR misread.
        candidates = [c for c in candidates if c[0] != 1 or not c[6]]
        if not any(c[0] == 1 for c in candidates):
            candidates = []
    if candidates:
        _rank, _i, ln, when, ambiguous, swappable, _f = min(candidates, key=lambda c: (c[0], c[1]))
        dues += [c[3] for c in candidates if c[0] == 2]
        # the payment terms settle the order only where no convention does
        terms = _term_days(whole) if dayfirst is None else set()
        number = out.invoice_number or ""
        if swappable and (
            _other_order(when, dues, number, terms)
            or (dayfirst is None and _number_month(when, number))
        ):
            when, ambiguous = date(when.year, when.day, when.month), False
        if any("ocr" in w.fonts for w in ln.words):
            when = _year_misread(when, dues)
        out.invoice_date, out.invoice_date_ambiguous = when, ambiguous
        out.invoice_date_where = (ln.page, ln.bbox)


def _mail_header(lines: list[Line]) -> set[int]:
    """The lines of a forwarded e-mail's headers printed above its invoice: each header line
    ("Fecha: 17/06/2026 14:26", "Asunto:") next to the sender's ("De: … <…@…>"), and the
    webmail's line naming a mailbox and when the message was sent. Their dates are the
    message's."""
    out = {i for i, ln in enumerate(lines) if MAIL_SENT_LINE.search(ln.text)}
    for i, ln in enumerate(lines):
        if not MAIL_SENDER.search(ln.text):
            continue
        for step in (-1, 1):
            k = i
            while (
                0 <= k < len(lines)
                and lines[k].page == ln.page
                and (k == i or MAIL_HEADER.search(lines[k].text))
            ):
                out.add(k)
                k += step
    return out


_CLIPPED_LABEL = re.compile(r"\W*([^\W\d_][^\d:：]{2,28}[^\W\d_])(?=\d)")


# A bilingual label's own-language words before its English ("日期 Date", "編號 No."): the
# English words say what it labels.
_CJK_LABEL_FIRST = re.compile(r"^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\s]+(?=[A-Za-z])")


def _latin_label(label: str) -> str:
    """A date label as the date words list it: folded, lower case, an own-language label
    before its English translation left out."""
    return " ".join(fold(_CJK_LABEL_FIRST.sub("", label)).lower().split())


def _dates_after_clipped_label(
    ln: Line, dayfirst: bool | None
) -> list[tuple[tuple[int, int, date, bool], bool]]:
    """Dates printed flush against a label a spreadsheet cut at its cell's edge ("Data
    wystaw2025-03-25", "Factuurdatu19-07-2025", "Rechnungsd28. Dezember 2025"): a date glued
    to letters is otherwise no date. Each with whether the cut label can only be the invoice
    date's (True) or only another day's, a due, order or delivery date (False); a cut label
    both could begin ("Data") says nothing."""
    found = []
    pos = 0
    for seg in ln.segments:
        m = _CLIPPED_LABEL.match(seg.text)
        if m:
            key = _latin_label(m.group(1))
            issue = key in ISSUE_DATE_WORDS or (
                key not in OTHER_DATE_WORDS and any(w.startswith(key) for w in ISSUE_DATE_WORDS)
            )
            other = key in OTHER_DATE_WORDS or (
                key not in ISSUE_DATE_WORDS and any(w.startswith(key) for w in OTHER_DATE_WORDS)
            )
            dates = [d for d in find_dates(seg.text[m.end() :], dayfirst=dayfirst) if d[0] == 0]
            if dates and issue != other:
                _s, end, when, ambiguous = dates[0]
                at = pos + m.end()
                found.append(((at, at + end, when, ambiguous), issue))
        pos += len(seg.text) + 2  # Line.text joins cells with two spaces
    return found


def _dates_wrapped_in_cell(
    ln: Line, below: Line, dayfirst: bool | None, calendars: dict[str, bool]
) -> list[tuple[int, int, date, bool]]:
    """Dates a cell of a row of several wraps onto the next line, the rest under its start:
    "Invoice date: August" over "14, 2026" in the page's right column, beside the parties'
    names, or a CFDI's "Fecha: 2026-03-" over "24T08:40:10"; or under its end, where the cell
    is set flush right ("Datum vystavení: 4. 3." over "2026"). (start in the line's text, end
    of the cell's part, date, ambiguous)"""
    found: list[tuple[int, int, date, bool]] = []
    if below.page != ln.page:
        return found
    pos = 0
    for seg in ln.segments:
        height = max(1.0, seg.bottom - seg.top)
        under = [
            s
            for s in below.segments
            if 0 <= s.top - seg.bottom < 0.6 * height
            and (
                abs(s.x0 - seg.x0) <= 0.3 * height
                or (abs(s.x1 - seg.x1) <= 0.3 * height and s.x0 > seg.x0)
            )
        ]
        if under:
            # a date broken at its hyphen ("Fecha: 2026-03-" over "24T08:40:10") is one word
            space = "" if re.search(r"\d[-/]$", seg.text) else " "
            joined = f"{seg.text}{space}{under[0].text}"
            found += [
                (pos + start, pos + len(seg.text), when, ambiguous)
                for start, end, when, ambiguous in find_dates(
                    joined, dayfirst=dayfirst, **calendars
                )
                if start < len(seg.text) < end
            ]
        pos += len(seg.text) + 2  # Line.text joins cells with two spaces
    return found


def _dates_wrapped_beside_label(
    lines: list[Line], dayfirst: bool | None, calendars: dict[str, bool]
) -> list[tuple[int, date, bool]]:
    """Dates wrapped in their cell with their label centred beside the two lines: "22.
    November" / "2025" right of "Rechnungsdatum", which sits between them and so on a line of
    its own. (index of the value's first line, date, ambiguous)."""
    found = []
    for index in range(len(lines) - 2):
        upper, middle, lower = lines[index : index + 3]
        if not (upper.page == middle.page == lower.page):
            continue
        label = next(
            (
                s
                for s in middle.segments
                if DATE_LABEL.search(s.text) and not find_dates(s.text, **calendars)
            ),
            None,
        )
        if label is None or DUE_LABEL.search(label.text) or PAY_BY_LABEL.search(label.text):
            continue
        for seg in upper.segments:
            height = max(1.0, seg.bottom - seg.top)
            below = [
                s
                for s in lower.segments
                if abs(s.x0 - seg.x0) <= 0.3 * height and 0 <= s.top - seg.bottom < 0.6 * height
            ]
            if not below or seg.x0 <= label.x1 or not seg.top < label.top < below[0].bottom:
                continue
            joined = f"{seg.text} {below[0].text}"
            found += [
                (index, when, ambiguous)
                for start, end, when, ambiguous in find_dates(
                    joined, dayfirst=dayfirst, **calendars
                )
                if start < len(seg.text) < end
            ]
    return found


def _value_under(lines: list[Line], ln: Line, label: Segment) -> re.Match[str] | None:
    """A header row's number under its label: "Numero documento" over "2026/0142"."""
    at = lines.index(ln)
    below = lines[at + 1] if at + 1 < len(lines) else None
    height = max(1.0, label.bottom - label.top)
    if below is None or below.page != ln.page or below.top - label.bottom > 2.5 * height:
        return None
    for seg in below.segments:
        if seg.x0 < label.x1 and seg.x1 > label.x0:
            return NUMBER_VALUE.fullmatch(seg.text)
    return None


# A date both of whose first numbers could be the month: 09/12/2026.
_SWAPPABLE = re.compile(r"(?:0?[1-9]|1[0-2])[/\-](?:0?[1-9]|1[0-2])[/\-](?:\d{4}|\d{2})")


def _other_order(when: date, dues: list[date], number: str, terms: set[int]) -> bool:
    """Whether the document itself says its date 09/12/2026 reads the other way round: its
    invoice number carries the other reading ("HQ20260912-01"), the due date is before the
    date as read and after it the other way (a Polish buyer's address made a Chinese exporter's
    "09/12/2026" read as 9 December, its "due 11/11/2026" then came before it), or the payment
    terms' days ("30 days net") part the date and the due date only the other way round
    ("02/04/2026", due "02/05/2026": a day apart as February, 30 days as April to May)."""
    if when.day > 12 or when.day == when.month:
        return False
    other = date(when.year, when.day, when.month)
    digits = re.sub(r"\D", "", number)

    def named(d: date) -> bool:
        return f"{d:%Y%m%d}" in digits or f"{d:%y%m%d}" in digits

    if named(other) != named(when):
        return named(other)
    due_swapped = [date(d.year, d.day, d.month) if d.day <= 12 else d for d in dues]
    if any(d < when for d in dues) and all(other <= d for d in due_swapped):
        return True

    def kept(start: date, due: date) -> bool:
        return any(-2 <= (due - start).days - n <= 1 for n in terms)

    return any(kept(other, s) and not kept(when, d) for d, s in zip(dues, due_swapped, strict=True))


def _number_month(when: date, number: str) -> bool:
    """Whether the invoice number carries the year and month of the date read the other way
    round, as a group of its own, and not of the date as read ("INV-2503-7076" beside
    "11/03/2025": March, not November). Many sequences restart each month under that prefix."""
    if when.day > 12 or when.day == when.month:
        return False
    other = date(when.year, when.day, when.month)
    groups = set(re.findall(r"(?<!\d)\d{4,6}(?!\d)", number))

    def named(d: date) -> bool:
        return bool({f"{d:%y%m}", f"{d:%Y%m}"} & groups)

    return named(other) and not named(when)


# Payment terms in days ("30 days net", "Net 30", "zahlbar innerhalb 14 Tagen", "30 jours"): the
# due date is that many days after the invoice's, or a day short of it, or two ("30 days" often
# falls on the same day of the next month, February's included).
_TERMS = re.compile(
    r"\bnet(?:to)?\s*(\d{1,3})\b|\b(\d{1,3})\s*(?:days?|tage[n]?|jours|giorni|d[ií]as|dagen|dni)\b",
    re.I,
)


def _year_misread(when: date, dues: list[date]) -> date:
    """The invoice's date with the year of its due date, where OCR misread the year's last
    digit (a fax's "2025" read "2026"): read after every due date printed, it falls a few
    weeks before one of them in that year. Otherwise `when` as read."""
    if not dues or any(due >= when for due in dues):
        return when
    for due in dues:
        if abs(due.year - when.year) != 1:
            continue
        try:
            moved = when.replace(year=due.year)
        except ValueError:
            continue
        if timedelta(0) <= due - moved <= timedelta(days=_LONGEST_TERM):
            return moved
    return when


# The longest payment term a due date is read against (120 days: "netto 120 dni").
_LONGEST_TERM = 120


def _term_days(text: str) -> set[int]:
    """The days of the payment terms the document states."""
    found = {int(m.group(1) or m.group(2)) for m in _TERMS.finditer(text)}
    return {n for n in found if 7 <= n <= 120}


# Countries whose exporters bill in dollars without writing their dates the American way
# (China's and Japan's own order is year first; in English either order is met).
_EXPORTER_PLACE = re.compile(
    r"\b(?:china|p\.\s?r\.\s?c|korea|japan|taiwan|vietnam|viet nam|thailand|indonesia|"
    r"cambodia|turkey|türkiye)\b",
    re.I,
)
# Vietnamese "Ngày" (date) or "Ngày lập" (made out on) before a date in figures.
_VI_DATE_LABEL = re.compile(
    r"(?<!\w)ng[àa]y(?:\s*l[ậa]p)?\s*[:：]\s*\d{1,2}/\d{1,2}/\d{4}(?!\d)", re.I
)
# Places whose businesses write the day first, named in a letterhead's address.
_DAY_FIRST_PLACE = re.compile(
    r"\b(?:hong\s?kong|kowloon|singapore|united kingdom|england|scotland|wales|ireland|"
    r"australia|new zealand|india|malaysia|pakistan|bangladesh|sri lanka|"
    # the Gulf: the Emirates ("Deira, Dubai, UAE"), Saudi Arabia, Qatar, Bahrain, Kuwait, Oman
    r"united arab emirates|u\.?a\.?e|dubai|abu dhabi|sharjah|ajman|saudi arabia|riyadh|jeddah|"
    r"qatar|doha|bahrain|kuwait|oman|muscat)\b",
    re.I,
)


def _letterhead(lines: list[Line]) -> str:
    """The first page's opening lines down to the buyer's or the delivery's block: where the
    supplier prints its name and address."""
    out: list[str] = []
    for ln in lines[:4]:
        if ln.page != lines[0].page or any(
            BUYER_HEAD.match(seg.text) or SHIP_HEAD.match(seg.text) or _ADDRESSEE.match(seg.text)
            for seg in ln.segments
        ):
            break
        out.append(ln.text)
    return "\n".join(out)


# The headings a letter puts over its addressee, the buyer on an invoice: "To:", "Attn:",
# Malay and Indonesian "Kepada (Yth.)", Thai "ลูกค้า" (the customer), "ผู้ซื้อ" (the buyer). The
# parties' reader takes none for the buyer's heading; the supplier's letterhead ends there all
# the same.
_ADDRESSEE = re.compile(
    r"^(?:to|attn\.?|attention|kepada(?:\s*yth\.?)?|yth\.|ลูกค้า|ผู้ซื้อ)\s*(?:[:：]|$)", re.I
)
# Singapore and Hong Kong write the day first, as Britain does, in dollars of their own
_DAY_FIRST_DOLLARS = re.compile(
    r"(?<![A-Z])(?:AUD|NZD|HKD|AU?\$|NZ\$|HK\s?\$)|\bABN\b|\bNZBN\b|\bPty\.?\s+Ltd\b|\bA\.?C\.?N\.?\s+\d"
)
# An amount as sums and item tables print it: with cents, or in groups of thousands
# ("7,352.14", "129.519.000")
_PRINTED_AMOUNT = r"(?:\d[\d.,]*[.,]\d{2}|\d{1,3}(?:[.,]\d{3})+)"
# Ringgit, rupiah and baht printed with an amount that ends its cell ("RM 7,352.14", "-Rp
# 12.951.900", "THB 1,030.51", "480.00 บาท"). "RM" only before cents: "100 N Main St RM 210"
# is an American room, "Casting resin RM 5 kit" a product's name.
_SOUTHEAST_BEFORE = re.compile(
    r"(?:^|(?<=[\s:：(\-]))(?P<cur>RM(?=\s?\d[\d,]*\.\d{2}(?!\d))|MYR|IDR|THB|Rp\.?|฿)\s?"
    + _PRINTED_AMOUNT
    + r"\)?\s*$"
)
_SOUTHEAST_AFTER = re.compile(
    r"(?<![\d.,])" + _PRINTED_AMOUNT + r"\s?(?P<cur>MYR|IDR|THB|฿|บาท|[Bb]aht|BAHT)\)?\s*$"
)
# The currency the page states: "Currency: MYR", "Mata uang: IDR", "Amounts in RM", or a
# sum's or a column's unit ("Total (MYR)", "Jumlah (Rp)")
_SOUTHEAST_STATED = re.compile(
    r"(?:currency|mata\s*u?ang|matawang|amounts?\s+in)\s*[:：]?\s*"
    r"(?P<cur>MYR|IDR|THB|RM|Rp|ringgit|rupiah|baht)\b|"
    r"\((?P<unit>MYR|IDR|THB|RM|Rp\.?|฿|บาท)\)",
    re.I,
)
_SOUTHEAST_CODE = {"rm": "MYR", "ringgit": "MYR", "rp": "IDR", "rupiah": "IDR", "฿": "THB"}
_SOUTHEAST_CODE |= {"บาท": "THB", "baht": "THB", "myr": "MYR", "idr": "IDR", "thb": "THB"}
# Pesos, by code or sign, in any case ("Php 480.00"); not a web page's ".php"
_PESOS = re.compile(r"(?<![A-Za-z.])PHP(?![A-Za-z])|₱", re.I)
_DAY_FIRST_REGISTRATION = re.compile(r"\bSdn\.?\s?Bhd\b|\bNPWP\b")
# A cell's label: a word and a colon right before the value ("Termin phatnosei: 2025-10-31")
_OWN_LABEL = re.compile(r"[^\W\d_]{3,}\.?\s*[:：]\s*$")
_NOT_DOLLARS = re.compile(
    r"[€£₹]|zł|(?<![A-Z])(?:EUR|GBP|INR|PLN|CHF|SGD|HKD|AED|SAR|QAR|BHD|KWD|OMR)(?![A-Z])|"
    r"(?<![A-Z])(?:S|SG|HK)\s?\$"
)


def _head_over(head: Line, ln: Line, start: int) -> str | None:
    """The header cell over the value at position `start` of the line's text: the cell of
    `head` whose span holds the value's place on the page, else the nearest within a column's
    reach."""
    pos = 0
    for seg in ln.segments:
        if pos <= start < pos + len(seg.text):
            x = seg.x0 + (seg.x1 - seg.x0) * (start - pos) / max(1, len(seg.text))
            near = min(head.segments, key=lambda h: _distance((h.x0, h.x1), x))
            return near.text if _distance((near.x0, near.x1), x) < _COLUMN_REACH else None
        pos += len(seg.text) + 2  # Line.text joins cells with two spaces
    return None


def _cell_before(ln: Line, start: int) -> str:
    """The text before position `start` of the line's text in its own cell, or, when nothing
    but a colon comes before it there, the cell before too ("Rechnungsdatum" | "15.03.2026").
    A tax number or a phone in the letterhead's column ("P.IVA: IT163… | Data: 02.05.2026")
    says nothing about a date in another column."""
    pos = 0
    cells: list[tuple[int, str]] = []
    for seg in ln.segments:
        cells.append((pos, seg.text))
        pos += len(seg.text) + 2  # Line.text joins cells with two spaces
    index = max((i for i, (at, _t) in enumerate(cells) if at <= start), default=0)
    at, own = cells[index]
    before = own[: max(0, start - at)]
    if not before.strip(" :：") and index > 0:
        before = cells[index - 1][1] + "  " + before
    return before[-40:]


def _southeast_money(lines: list[Line]) -> set[str]:
    """The currencies among ringgit, rupiah and baht (MYR, IDR, THB) the page prices in: told
    by an amount printed with its sign or code, or by the currency the page states; never by
    a word elsewhere ("buyer pays in MYR" in a remark, "RM 210" in an address)."""
    found: set[str] = set()
    for ln in lines:
        for seg in ln.segments:
            for pattern in (_SOUTHEAST_BEFORE, _SOUTHEAST_AFTER, _SOUTHEAST_STATED):
                for m in pattern.finditer(seg.text):
                    code = (m.group("cur") or m.groupdict().get("unit") or "").rstrip(".")
                    found.add(_SOUTHEAST_CODE[code.lower()])
    return found


def _after_a_value(ln: Line, start: int) -> bool:
    """Whether the value at position `start` opens its cell and the cell before ends in a value
    of its own ("Tax ID 203897603N | 05 Nov 2025": the buyer's tax number, then the date under
    a label OCR lost): that cell's number is no label of this value."""
    pos = 0
    for index, seg in enumerate(ln.segments):
        if pos <= start < pos + len(seg.text) + 2:
            opens = not seg.text[: start - pos].strip(" :：")
            return (
                opens and index > 0 and bool(_ENDS_IN_FIGURES.search(ln.segments[index - 1].text))
            )
        pos += len(seg.text) + 2  # Line.text joins cells with two spaces
    return False


_ENDS_IN_FIGURES = re.compile(r"\d\w*\s*$")


# A date-shaped value right after a number's label is that number ("Klantnummer: 2031-07-01"
# with the label misread by OCR as "Kisntnummer:").
# OCR garbles the label's first letters more than its ending ("Klantnummer" read "Kiantrummer",
# "nummer" with "rn" for "m"): a word ending like a number's label counts.
ID_BEFORE = re.compile(
    r"(?:nummer|[a-z]{2,}(?:mmer|rnmer|mber|rnber)|"
    r"\b(?:number|numero|número|nr|no|id|client[e]?|klienta|kunde|customer)|番号|编号|"
    r"号码)\.?\s*[:：#]?\s*$",
    re.I,
)


def _wrapped(line: Line, below: Line) -> bool:
    """Whether `below` continues the text of `line` wrapped inside one cell: one segment each,
    the same left edge, and no more than half a line of space between them."""
    if line.page != below.page or len(line.segments) != 1 or len(below.segments) != 1:
        return False
    upper, lower = line.segments[0], below.segments[0]
    height = max(1.0, upper.bottom - upper.top)
    return abs(upper.x0 - lower.x0) <= 0.3 * height and 0 <= lower.top - upper.bottom < 0.6 * height


def _block(segments: list[Segment], start: int, head: re.Pattern[str]) -> list[Segment]:
    """The segments that belong to the block whose header is segments[start]."""
    h = segments[start]
    block: list[Segment] = []
    last_bottom = h.bottom
    height = max(6.0, h.bottom - h.top)
    for seg in segments[start + 1 :]:
        if seg.page != h.page or seg.top <= h.top + 0.3 * height:
            continue
        if seg.top - last_bottom > 2.6 * height:
            break
        if not (h.x0 - 8 <= seg.x0 <= h.x0 + 60):
            continue
        text = seg.text
        if SUPPLIER_HEAD.match(text) or BUYER_HEAD.match(text) or SHIP_HEAD.match(text):
            break
        if TABLE_HEAD.search(text) or META_LABEL.match(text) or COL_DESC.match(text):
            break
        block.append(seg)
        last_bottom = seg.bottom
        # An Italian e-invoice's copy prints a party as ten labelled lines ("Denominazione:",
        # "Regime fiscale:", "Indirizzo:", "Cap:", "Telefono:"); seven free lines end a block.
        if sum(not _FIELD_LINE.match(s.text) for s in block) >= 7 or len(block) >= 12:
            break
    return block


_FIELD_LINE = re.compile(r"^[^\W\d_][^:：\d]{1,40}[:：]\s*\S")


def _fill_party(party: Party, texts: list[str], head: re.Pattern[str]) -> None:
    tax_label_before = False
    for i, raw in enumerate(texts):
        text = head.sub("", raw).strip() if i == 0 else raw.strip()
        if tax_label_before and re.fullmatch(r"[A-Z]{0,2}\d[\dA-Z \-/.]{6,20}", text):
            party.tax_id = party.tax_id or text
            tax_label_before = False
            continue
        tax_label_before = bool(_TAX_LABEL_ONLY.match(text))
        if tax_label_before:
            continue
        joined = re.match(r"^(?:/|&|\+|\||and|und|et|e|y|en|i|・)\s*", text, re.I)
        if i == 0 and joined and SHIP_HEAD.match(text[joined.end() :]):
            # "Bill to / Ship to:" heads one block: the buyer, not a buyer named "/ Ship to:"
            text = SHIP_HEAD.sub("", text[joined.end() :], count=1).strip()
        if not text or _HANGUL.fullmatch(text):
            continue
        email = EMAIL.search(text)
        if email and not party.email:
            party.email = email.group(0)
        web_text = EMAIL.sub(" ", text)
        web = WEBSITE.search(web_text)
        if web and not party.website:
            party.website = web.group(0)
        taxid = TAX_ID.search(text)
        if taxid:
            # "P.IVA: IT03318470215 Tel. +39 035 983 1721": the phone after the tax number is
            # the party's phone, and no part of the number
            value = taxid.group(1)
            cut = PHONE_LABEL.search(value)
            value = value[: cut.start()].strip() if cut else value
            party.tax_id = party.tax_id or value
            # "Via Venezia 9 · 35010 Vigonza (PD) · P.IVA IT03922150287": what comes before the
            # number is the party's address (or name), not to be dropped with it
            before = text[: taxid.start()].strip(" ·,;|-–")
            if _HANGUL.fullmatch(before):
                before = ""  # "공 등록번호 ...": a syllable of the box's side head
            if before and party.name is None and not _is_address(before):
                party.name = before
            elif before:
                party.address = f"{party.address}, {before}" if party.address else before
            text = text[taxid.start(1) + len(value) :]
            if not PHONE_LABEL.search(text):
                continue
        if BANK_LINE.search(text):
            continue
        phone_text = EMAIL.sub(" ", WEBSITE.sub(" ", text))
        phone = None
        if PHONE_LABEL.search(phone_text) or re.match(r"^\+?[\d\s\-().]{7,}$", phone_text.strip()):
            label = PHONE_LABEL.search(phone_text)
            phone = PHONE.search(phone_text[label.end() :] if label else phone_text)
        if phone and len(re.sub(r"\D", "", phone.group(1))) >= 7 and not party.phone:
            party.phone = phone.group(1).strip()
            before = phone_text[: phone_text.find(phone.group(1))]
            before = PHONE_LABEL.sub("", before).strip(" ,;:：")
            if ADDR_LABEL.match(text) or (before and ADDRESS_HINT.search(before)):
                addr = ADDR_LABEL.sub("", before).strip(" ,;:：")
                if addr:
                    party.address = f"{party.address}, {addr}" if party.address else addr
            continue
        if email or web:
            continue
        labelled_name = NAME_LABEL.match(text)
        if labelled_name:
            party.name = party.name or text[labelled_name.end() :].strip()
            continue
        labelled_addr = ADDR_LABEL.match(text)
        if labelled_addr:
            addr = text[labelled_addr.end() :].strip()
            party.address = f"{party.address}, {addr}" if party.address else addr
            continue
        if party.name is None and not _is_address(text):
            party.name = text
        else:
            party.address = f"{party.address}, {text}" if party.address else text


# A Hangul syllable; one alone (`fullmatch`) is a piece of a Korean tax invoice's box label set
# down its side ("공" / "급" / "자"), no party's name
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
COMPANY_END = re.compile(
    r"(?:公司|厂|店|商行|集团|工作室|中心|株式会社|有限会社|商事|御中|様)$|^株式会社"
)
# "USt-IdNr." as OCR reads it too ("USt-ldNr."): a date after it on the line is no tax amount
_TAX_LABEL = (
    r"(?:纳税人识别号|统一社会信用代码|tax id|vat\s*(?:reg\.?\s*)?(?:no|number|id)\.?|"
    r"ust-?[il]d(?:nr)?\.?|ust-?[il]dnr\.?|steuer-?nr\.?|n°\s*tva(?:\s*intracom\w*)?|tva\s*intra\w*|"
    r"siret|partita\s*iva|p\.\s*iva|c\.f\.|cif|nif|btw(?:-?nummer|-?nr)?\.?|kvk|nip|regon|"
    # an Italian e-invoice's "Identificativo fiscale ai fini IVA" and "Codice fiscale"
    r"identificativo\s*fiscale\s*ai\s*fini\s*iva|codice\s*fiscale|"
    r"gstin(?:/uin)?|pan|登録番号|"
    # Korea's business registration number ("사업자등록번호 123-45-67890", "등록번호")
    r"(?:사업자\s*)?등록\s*번호|"
    # Nordic VAT and company numbers: "Momsreg.nr SE559102338801", "CVR 29 63 15 48", "SE-nr",
    # "Org.nr 559102-3388", "Y-tunnus 2744610-9", "ALV-nro FI27446109", "MVA-nr"
    r"momsreg\w*\.?\s*(?:nr|nummer)?\.?|cvr(?:-?nr)?\.?|se-?nr\.?|org\.?\s*nr\.?|"
    r"organisa(?:tions|sjons)nummer|y-?tunnus|alv-?n(?:ro|umero)\.?|mva-?nr\.?|"
    # Turkey's tax number (VKN), a person's identity number (TCKN), "Vergi No"
    r"vkn|tckn|vergi\s*(?:kimlik\s*)?no\.?|"
    # Lithuania's VAT code ("PVM kodas LT100001234"), Ukraine's register code and tax number
    r"pvm\s*(?:mokėtojo\s*)?kodas|єдрпоу|іпн)"
)
# "USt-IdNr.: DE 330 671 048" grouped with no-break spaces (fpdf2's text) is a number too:
# read as amounts, its groups and a register number after it made a tax of 38.120
TAX_ID = re.compile(
    _TAX_LABEL + r"\s*[:：]?\s*([A-Z0-9][A-Z0-9 \u00a0\u202f\-/.]{6,20}[A-Z0-9])", re.I
)
# The label alone, its number wrapped onto the next line of a narrow cell.
_TAX_LABEL_ONLY = re.compile(r"^\s*" + _TAX_LABEL + r"\s*[:：]\s*$", re.I)
BANK_LINE = re.compile(
    r"开户行|账号|银行|\bbank|iban|swift|\bbic\b|account|konto|\bblz\b|banque|\brib\b|banca|"
    r"\bconto\b|cuenta|banco|rekening|rachunek|bankowy|ifsc|口座|銀行",
    re.I,
)


def _is_address(text: str) -> bool:
    """Whether a letterhead line reads as an address rather than a company name."""
    t = text.strip()
    if CJK.search(t):
        return not COMPANY_END.search(t) and bool(
            re.search(r"[路街道号区省镇村楼室〒都府県町]|丁目|番地|^\d{3}-\d{4}", t)
        )
    if COMPANY_WORDS.search(t):
        return False
    if re.match(r"^\d", t) and re.search(r"[A-Za-z]", t):
        return True
    return bool(re.search(r"\d", t) and ADDRESS_HINT.search(t))


def _parties(lines: list[Line], segments: list[Segment], out: Fields) -> None:
    sup_idx = next((i for i, s in enumerate(segments) if SUPPLIER_HEAD.match(s.text)), None)
    buy_idx = next((i for i, s in enumerate(segments) if BUYER_HEAD.match(s.text)), None)
    if buy_idx is not None:
        block = _block(segments, buy_idx, BUYER_HEAD)
        _fill_party(out.buyer, [segments[buy_idx].text, *[s.text for s in block]], BUYER_HEAD)
        out.buyer_where = _where([segments[buy_idx], *block])
    if sup_idx is not None:
        block = _block(segments, sup_idx, SUPPLIER_HEAD)
        texts = [segments[sup_idx].text, *[s.text for s in block]]
        _fill_party(out.supplier, texts, SUPPLIER_HEAD)
        out.supplier_where = _where([segments[sup_idx], *block])
    else:
        # No supplier heading: the letterhead, i.e. the top-left block of the first page above
        # the buyer block and the item table.
        page = lines[0].page
        limit = (
            segments[buy_idx].top if buy_idx is not None and segments[buy_idx].page == page else 1e9
        )
        head: list[Segment] = []
        for ln in lines:
            if ln.page != page or ln.top >= limit or TABLE_HEAD.search(ln.text):
                break
            for seg in ln.segments:
                text = seg.text
                if title_kind(text) is not None and len(text) < 40:
                    continue
                if META_LABEL.match(text) or BUYER_HEAD.match(text) or SHIP_HEAD.match(text):
                    continue
                if head and seg.x0 > head[0].x0 + 120:
                    continue
                head.append(seg)
            if len(head) >= 7:
                break
        if head:
            _fill_party(out.supplier, [s.text for s in head], SUPPLIER_HEAD)
            out.supplier_where = _where(head)
    # Supplier contacts printed elsewhere (a footer, a header line): take them when the block
    # had none, but never from the buyer's block.
    buyer_texts = {out.buyer.phone, out.buyer.email, out.buyer.website}
    for ln in lines:
        text = ln.text
        if BUYER_HEAD.match(text) or SHIP_HEAD.match(text):
            continue
        if not out.supplier.email:
            m = EMAIL.search(text)
            if m and m.group(0) not in buyer_texts:
                out.supplier.email = m.group(0)
        if not out.supplier.website:
            m = WEBSITE.search(EMAIL.sub(" ", text))
            if m and m.group(0) not in buyer_texts:
                out.supplier.website = m.group(0)


def _korean_parties(lines: list[Line], out: Fields) -> None:
    """A Korean page's parties by their boxes' labels (`korean_parties`), in place of what the
    blocks gave; a name read elsewhere that is a form's label, a syllable of a box's side head
    or figures is no name, nor what was read with it."""
    labelled = korean_parties(lines)
    for who, party, where in (
        ("supplier", out.supplier, "supplier_where"),
        ("buyer", out.buyer, "buyer_where"),
    ):
        found = labelled.get(who)
        if found is not None:
            party.name = found.name
            if found.labelled:
                party.address = found.address
            setattr(out, where, _where(found.cells))
        elif party.name is not None and _no_korean_name(party.name):
            party.name = party.address = None
            setattr(out, where, None)


# The labels of a Korean tax invoice's cells a block may run into: the amendment's reason
# (수정사유), the date made out, the sums, the remarks (비고)
_KO_FORM_LABEL = re.compile(
    r"^(?:수\s*정\s*사\s*유|비\s*고|작\s*성|공\s*급\s*가\s*액|세\s*액|합\s*계)"
)


def _no_korean_name(name: str) -> bool:
    text = name.strip()
    return (
        _HANGUL.fullmatch(text) is not None
        or not re.search(r"[^\W\d_]", text)
        or _KO_FORM_LABEL.match(text) is not None
        or META_LABEL.match(text) is not None
    )


def _where(segs: list[Segment]) -> tuple[int, tuple[float, float, float, float]] | None:
    if not segs:
        return None
    return (
        segs[0].page,
        (
            min(s.x0 for s in segs),
            min(s.top for s in segs),
            max(s.x1 for s in segs),
            max(s.bottom for s in segs),
        ),
    )


# a Mexican CFDI's product and unit codes ("Clave SAT", "Clave prod/serv", "Clave unidad"):
# seven or eight digits, read as the row's quantity
_SAT_CODE = r"clave(?:\s*(?:sat|prod(?:uct)?o?\.?(?:\s*/?\s*serv(?:icio)?\.?)?|unidad|u\.?))?"
_PER_UNIT = r"(?:st|stk|stuk|pc|pcs|piece|unit|ea|each|u|ud|uds|pz|szt|pce|mj)\.?"
_COLS = {
    "qty": re.compile(r"^(?:" + COL_QTY + r")\.?$", re.I),
    # "Prijs/st", "Price/pc", "Preis/Stk.": a price per unit named after the slash
    # Czech "Cena/MJ bez DPH": the price per unit of measure, before the tax
    "unit": re.compile(
        r"^(?:" + COL_UNIT + r")(?:\s*/\s*" + _PER_UNIT + r")?(?:\s*bez\s*DPH)?\.?$", re.I
    ),
    "total": re.compile(r"^(?:" + COL_TOTAL + r")\.?$", re.I),
    # VAT tables (Polish netto / VAT / brutto): each line's tax amount and gross value, checked
    # against its net value. A gross column alone is the line total.
    "gross": re.compile(r"^(?:" + COL_GROSS + r")\.?$", re.I),
    "tax_amt": re.compile(r"^(?:" + COL_TAX_AMOUNT + r")\.?$", re.I),
    # Columns whose numbers are no quantity or price: they only keep those numbers out of the
    # three that matter (a VAT rate, a row number, an HSN code, a per-line discount).
    "vat": re.compile(
        r"^(?:vat|tax|gst|mwst|ust|tva|iva|btw|vat\s*%|tax\s*%|gst\s*%|gst\s*rate|%|"
        r"mwst\.?\s*%|tva\s*%|iva\s*%|btw\s*%|dph|dph\s*%|stawka|stawka vat|税率|igst|cgst|sgst|"
        r"tax\s*rate|rate\s*%|%\s*(?:iva|vat|tva|btw|mwst|ust)|"
        # the Nordic VAT's rate column: "Moms", "Moms %", "Mva", "ALV %"
        r"moms|moms\s*%|mva|mva\s*%|alv|alv\s*%|"
        # the Turkish KDV's rate column: "KDV %", "KDV Oranı", "Hesaplanan KDV %"
        r"(?:hesaplanan\s*)?kdv(?:\s*%|\s*oran[ıi])?|%\s*kdv|"
        # the Lithuanian PVM's rate ("PVM tarifas"), the Ukrainian ПДВ's ("Ставка ПДВ")
        r"pvm\s*(?:tarifas|%)|ставка\s*пдв|пдв\s*%)\.?$",
        re.I,
    ),
    "no": re.compile(
        r"^(?:#|no\.?|nr\.?|pos\.?|position|s\.?\s*no\.?|sl\.?\s*no\.?|lp\.?|"
        r"n°|núm\.?|序号|番号|순\s*번|번\s*호)$",
        re.I,
    ),
    # "HSN/ SAC" wrapped in its cell: "HSN/" over "SAC"
    "hsn": re.compile(
        r"^(?:hsn\s*(?:/\s*(?:sac)?)?|sac|hsn\s*(?:/\s*sac\s*)?code|pkwiu|" + _SAT_CODE + r"|"
        # a DANFE's goods code (NCM), the operation's (CFOP) and the tax situation's (CST)
        r"ncm(?:\s*/\s*sh)?|cfop|cst|csosn)$",
        re.I,
    ),
    # a DANFE's taxes inside the row's price: their base, amount and rate ("B. Cálc. ICMS",
    # "Valor ICMS", "Alíq. IPI"), no price or amount of the row
    "inside": re.compile(
        loose(r"^(?:b\.?\s*cálc\.?|base\s*(?:de\s*)?cálculo|v(?:alor|lr)?\.?|alíq\.?|alíquota)\s*")
        + r"(?:d[oa]\s*)?(?:icms|ipi|iss)(?:\s*st)?\.?$",
        re.I,
    ),
    "disc": re.compile(
        r"^(?:disc\.?|discount|rabatt|remise|sconto|descuento|dto\.?|korting|"
        r"rabat|sleva|alennus|ale|値引|割引|折扣|sconto\s*(?:o|/)\s*magg(?:\.|iorazione)?|"
        # Italian gestionali's narrow "Sc.%" (sconto) column
        r"sc\.?\s*/\s*magg\.?|sc\.|[iı]skonto(?:\s*oran[ıi])?|[iı]nd[iı]r[iı]m)(?:\s*%)?$",
        re.I,
    ),
}
_CURRENCY_IN_HEAD = re.compile(
    r"\s*[\(\[]?(?:usd|cny|rmb|eur|gbp|inr|pln|jpy|chf|元|€|\$|₹|zł|円|in\s+\w+)[\)\]]?$", re.I
)


Span = tuple[float, float]


def _items(lines: list[Line], out: Fields) -> None:
    for index, ln in enumerate(lines):
        if not TABLE_HEAD.search(ln.text):
            continue
        columns = _columns(ln)
        stacked = _stacked_columns(lines, index)
        # "Cena/MJ" over "bez DPH": the price's column named only by the wrapped cell, whose
        # words on the header's line ("DPH") named another
        priced = "unit" in stacked.keys() - columns.keys()
        if len(stacked) > len(columns) or (priced and len(stacked) == len(columns)):
            columns = stacked
        columns.update(_second_header_line(lines, index))
        split = _split_cells(lines, index, columns)
        columns.update(split)
        if "gross" in columns and "total" not in columns:
            columns["total"] = columns.pop("gross")
        if "qty" not in columns:
            continue
        closed = _rows(lines[index + 1 + bool(split) :], ln.page, columns, out)
        page = ln.page
        while out.items and not closed:
            # A table that ran to the page's foot, continued on the next page without its
            # header (a Calc sheet printed on several pages repeats no header row)
            start = next((k for k, later in enumerate(lines) if later.page > page), None)
            if start is None or any(
                _table_header(later) for later in lines[start:] if later.page == lines[start].page
            ):
                break
            page = lines[start].page
            closed = _rows(lines[start:], page, columns, out)
        if out.items:
            # A table continued on the next pages under the same header, repeated on each
            # (a third page's rows were dropped when only the second page's header was read)
            read = page
            for k, later in enumerate(lines[index + 1 :], start=index + 1):
                if later.page > read and _table_header(later):
                    cols = _columns(later)
                    read = later.page
                    if _rows(lines[k + 1 :], later.page, cols, out):
                        break
            return


def _table_header(ln: Line) -> bool:
    """Whether a line heads an item table: it names the quantity's column and another. A
    description wrapped in its cell ("Cable tidy box (12" / "pcs)") names a unit, no
    header: taken for the table's header repeated on the next page, the rows above it there
    were dropped."""
    return bool(TABLE_HEAD.search(ln.text)) and len(_columns(ln)) >= 2


def _columns(ln: Line) -> dict[str, Span]:
    """Each header's horizontal span: a whole cell ("Prix unitaire HT") when it names one
    column, else word by word, a word that names no column widening the one before it."""
    columns: dict[str, Span] = {}
    # "Qty | Unit | Rate | Amount": beside a price's header, a bare "Unit" is the unit of
    # measure's column ("Pcs", "Mtr"), no price; taken for the price, it put the quantity in
    # the price's place and the HSN code in the quantity's
    measure = _names_a_price(ln)
    for seg in ln.segments:
        label = _CURRENCY_IN_HEAD.sub("", seg.text.strip().strip(":：")).strip()
        key = _column_key(label) or _column_key(_RULE_LEAD.sub("", label))
        if measure and _MEASURE_HEAD.match(label):
            key = "uom"
        if key is not None:
            columns.setdefault(key, (seg.x0, seg.x1))
            continue
        current: str | None = None
        words = [part for w in seg.words for part in _unglued(w)]
        i = 0
        while i < len(words):
            w = words[i]
            # two narrow headers printed against each other: "J.m.Cena netto" is the unit
            # of measure's column, then the price's
            text = _GLUED_HEAD.sub("", _RULE_LEAD.sub("", w.text) or w.text)
            run = _header_run(text, words[i + 1 : i + 3], columns)
            if run:
                key, last = run
                columns[key] = (w.x0, words[i + last].x1)
                current, i = key, i + last + 1
                continue
            key = _column_key(text.strip(":："))
            if measure and _MEASURE_HEAD.match(text.strip(":：")):
                key = "uom"
            if key is not None and key not in columns:
                columns[key] = (w.x0, w.x1)
                current = key
            elif current is not None and key is None:
                x0, _ = columns[current]
                columns[current] = (x0, w.x1)
            i += 1
    columns.pop("uom", None)  # words only: no number of the row is read from it
    return columns


def _header_run(
    text: str, following: list[Word], columns: dict[str, Span]
) -> tuple[str, int] | None:
    """The column that `text` and the words after it name together, three words before two
    ("Cena/MJ bez DPH": its "DPH" alone names the tax), with how many words it took."""
    for taken in range(len(following), 0, -1):
        phrase = " ".join([text, *(w.text for w in following[:taken])])
        key = _column_key(phrase.strip(":："))
        if key is not None and key not in columns:
            return key, taken
    return None


# A header cell's rule or border read by OCR into its label: "—_—_Einzelpreis" (a copier's
# scan). The price column not found, each row's price was taken for its amount.
_RULE_LEAD = re.compile(r"^[\W_]+(?=[^\W\d_]{3})")
_MEASURE_HEAD = re.compile(r"^(?:units?|uom|u\.o\.m\.?)$", re.I)


def _names_a_price(ln: Line) -> bool:
    """Whether a header cell, word or pair of words other than a bare "Unit" names the price's
    column ("Rate", "Unit Price"). "Unit | Price/ Unit" names none: "Unit" stays the price's."""
    words = [w.text for w in ln.words]
    labels = [seg.text for seg in ln.segments] + words
    labels += [f"{a} {b}" for a, b in itertools.pairwise(words)]
    for label in labels:
        label = _CURRENCY_IN_HEAD.sub("", label.strip().strip(":：")).strip()
        if _column_key(label) == "unit" and not _MEASURE_HEAD.match(label):
            return True
    return False


_GLUED_HEAD = re.compile(r"^(?:[^\W\d_]{1,3}\.){1,3}(?=[^\W\d_]{3})")
# Where a capital follows a small letter or a full stop inside a header word: two cells printed
# against each other ("RabatStawka VAT", "Prezzo unit.Sconto" of a spreadsheet's narrow columns),
# or a small letter before a run of capitals ("Description of ItemsHSN/SAC": a clipped
# description's header against the HSN code's)
_GLUED_CELLS = re.compile(r"(?<=[a-zß-ÿ.])(?=[A-ZÀ-Þ][a-zß-ÿ]{2})|(?<=[a-zß-ÿ])(?=[A-Z]{3})")


def _unglued(word: Word) -> list[Word]:
    """A header word made of two column labels, as two words sharing its width by their
    letters, where one of them names a column; else the word."""
    parts = _GLUED_CELLS.split(word.text)
    if len(parts) != 2 or not any(_column_key(p.strip(":：")) for p in parts):
        return [word]
    cut = word.x0 + (word.x1 - word.x0) * len(parts[0]) / len(word.text)
    return [
        Word(parts[0], word.x0, word.top, cut, word.bottom, word.fonts, word.sizes, word.conf),
        Word(parts[1], cut, word.top, word.x1, word.bottom, word.fonts, word.sizes, word.conf),
    ]


def _stacked_columns(lines: list[Line], index: int) -> dict[str, Span]:
    """Column headers wrapped onto two or three lines in their cells, as spreadsheets print
    narrow columns ("Cena" / "netto", "Wartość" / "brutto"): each word of the lines just above
    the header line joins the header word under it."""
    head = lines[index]
    above: list[Line] = []
    top = head.top
    for ln in reversed(lines[max(0, index - 2) : index]):
        height = max(1.0, ln.bbox[3] - ln.bbox[1])
        if ln.page != head.page or top - ln.top > 1.7 * height or re.search(r"\d", ln.text):
            break
        above.insert(0, ln)
        top = ln.top
    if not above:
        return {}
    stacks: list[list[Word]] = [[w] for w in head.words]
    for ln in reversed(above):
        for w in ln.words:
            stacks = _under_one_cell(w, stacks)
            best, share = None, 0.0
            for stack in stacks:
                base = stack[-1]
                overlap = min(w.x1, base.x1) - max(w.x0, base.x0)
                ratio = overlap / max(1e-6, min(w.x1 - w.x0, base.x1 - base.x0))
                if ratio > share:
                    best, share = stack, ratio
            if best is not None and share >= 0.5:
                best.insert(0, w)
    columns: dict[str, Span] = {}
    for stack in stacks:
        label = _CURRENCY_IN_HEAD.sub("", " ".join(w.text for w in stack).strip(":：")).strip()
        key = _column_key(label) or _column_key(stack[-1].text.strip(":："))
        if key is not None and key not in columns:
            columns[key] = (min(w.x0 for w in stack), max(w.x1 for w in stack))
    return columns


def _under_one_cell(w: Word, stacks: list[list[Word]]) -> list[list[Word]]:
    """`stacks` with those whose header word lies under `w` merged into one: a header cell
    wrapped onto the header's line in two words ("Cena/MJ" over "bez DPH") is one column."""
    under = [
        i
        for i, stack in enumerate(stacks)
        if min(w.x1, stack[-1].x1) - max(w.x0, stack[-1].x0) >= 0.8 * (stack[-1].x1 - stack[-1].x0)
    ]
    if len(under) < 2 or under[-1] - under[0] != len(under) - 1:
        return stacks
    merged = [word for i in under for word in stacks[i]]
    return [*stacks[: under[0]], merged, *stacks[under[-1] + 1 :]]


def _split_cells(lines: list[Line], index: int, columns: dict[str, Span]) -> dict[str, Span]:
    """A two-word header centred in a cell as high as two lines: "Unit" above the header's
    line and "price" below it, no header word between (an HTML table's "Unit price" wrapped
    in a narrow column). Unread, each row's price was taken for its amount."""
    head = lines[index]
    if index < 1 or index + 1 >= len(lines):
        return {}
    above, below = lines[index - 1], lines[index + 1]
    height = max(1.0, head.bbox[3] - head.bbox[1])
    if any(
        ln.page != head.page or abs(ln.top - head.top) > 1.7 * height or re.search(r"\d", ln.text)
        for ln in (above, below)
    ):
        return {}
    found: dict[str, Span] = {}
    for a in above.words:
        for b in below.words:
            x0, x1 = max(a.x0, b.x0), min(a.x1, b.x1)
            if x1 - x0 < 0.5 * min(a.x1 - a.x0, b.x1 - b.x0):
                continue
            if any(min(h.x1, x1) > max(h.x0, x0) for h in head.words):
                continue
            key = _column_key(f"{a.text} {b.text}")
            if key is not None and key not in columns and key not in found:
                found[key] = (min(a.x0, b.x0), max(a.x1, b.x1))
    return found


def _second_header_line(lines: list[Line], index: int) -> dict[str, Span]:
    """Columns that the header's second line names: "Taxable" over "Value" in a GST table is
    the line's amount (qty × rate), not the "Total" with its tax further right. The line
    under the header counts when it has no number and each word sits under a header word."""
    head = lines[index]
    if index + 1 >= len(lines):
        return {}
    below = lines[index + 1]
    height = max(1.0, head.bbox[3] - head.bbox[1])
    if (
        below.page != head.page
        or below.top - head.top > 1.7 * height
        or re.search(r"\d", below.text)
    ):
        return {}
    found: dict[str, Span] = {}
    for w in below.words:
        over = [
            h
            for h in head.words
            if min(w.x1, h.x1) - max(w.x0, h.x0) >= 0.5 * min(w.x1 - w.x0, h.x1 - h.x0)
        ]
        if not over:
            return {}  # a wrapped description or a note, not the header's second line
        h = over[0]
        # "Prezz" over "o": a word its narrow cell broke, read whole ("Prezzo")
        key = _column_key(f"{h.text} {w.text}") or _column_key(f"{h.text}{w.text}")
        if key is not None and key != _column_key(h.text) and key not in found:
            found[key] = (min(h.x0, w.x0), max(h.x1, w.x1))
    return found


def _column_key(label: str) -> str | None:
    for key, pattern in _COLS.items():
        if pattern.match(label):
            return key
    return None


def _in_column(x: float, columns: dict[str, Span]) -> str | None:
    """The column whose header is nearest the position x, if within reach."""
    key = min(columns, key=lambda k: _distance(columns[k], x))
    return key if _distance(columns[key], x) < _COLUMN_REACH else None


def _distance(span: Span, x: float) -> float:
    if span[0] <= x <= span[1]:
        return 0.0
    return min(abs(x - span[0]), abs(x - span[1]))


# A fapiao row's rate cell when no tax is charged: "免税" (exempt), "不征税" (outside VAT). Left
# in play, the rate's column took the row's amount and its price became the amount.
_EXEMPT_RATES = frozenset({"免税", "不征税"})


def _rows(lines: list[Line], page: int, columns: dict[str, Span], out: Fields) -> bool:
    """Read the table's rows on `page` into `out.items`; whether a total's line closed it."""
    # The table's lines in order: rows with numbers, and runs of description lines without
    # (a description wrapped in its cell), attached afterwards (`_attach`).
    entries: list[tuple[Line, list[str], Item | None, float]] = []
    closed = False
    for row_at, ln in enumerate(lines):
        if ln.page != page:
            break
        text = ln.text
        if (
            any(p.search(text) for k, p in TOTAL_LABELS if k in ("total", "subtotal"))
            or RATE_BREAKDOWN.search(text)
            or _vat_summary(lines, row_at, out) is not None
        ):
            # a VAT summary's header ("Net | VAT % | Sales tax | Total") over its row: the
            # rows ended; its row is no item
            closed = True
            break
        if _REGISTRATION.search(text) or _PAGE_OF.search(text):
            # the letterhead or footer a table continued over pages runs through ("Industrie-
            # straße 41 · 50829 Köln · USt-IdNr. DE318447201", "Seite 1 von 2"): no item row
            continue
        numbers: list[tuple[float, float]] = []  # (x-centre, value)
        worded: set[float] = set()  # those of them run on from a word before them
        printed: dict[float, str] = {}  # each value's token as printed
        desc: list[str] = []
        desc_end = ln.bbox[0]  # where the description's words end on this line
        desc_start = ln.bbox[0]  # and where they start
        code = None
        percent: float | None = None
        rate_printed = False
        row_rate: float | None = None
        first_col = min(x0 for x0, _ in columns.values()) - 45
        words = ln.words
        # left of the quantity's column: "25 m" of cable sold by the metre stays a quantity
        qty_starts = columns["qty"][0] - 20 if "qty" in columns else float("inf")
        # a wrapped description's line ("utensil set, 12" / "pcs") reaches no number column
        reaches = any(w.x1 >= qty_starts for w in words)
        ending = _description_numbers(ln, columns, qty_starts, out)
        for at, w in enumerate(words):
            token = w.text
            if token == "%" and at and words[at - 1].text[-1:].isdigit():
                continue  # the sign of the rate before it, read with it
            if at + 1 < len(words) and words[at + 1].text == "%":
                # "Sconto 5 %", "Discount 3 %": a rate printed with its sign apart (the
                # typography of most of Europe) is a percentage, not the row's quantity
                token += "%"
            # OCR's marks as on a totals line: "1,599,00" for 1.599,00 is not 159 900
            as_read = _ocr_amount(token, out) if "ocr" in w.fonts else token
            # "GaN charger 65W 2-" over "port": a word hyphenated at its cell's edge, no
            # negative quantity of 2 (an amount's trailing minus has its cents: "100,00-")
            word_cut = re.fullmatch(r"\d{1,3}-", token) is not None
            value = (
                number(as_read, out)
                if not re.fullmatch(r"\d{8,14}", token) and not word_cut
                else None
            )
            if (
                value is not None
                and (w.x1 < qty_starts or id(w) in ending)
                and (not reaches or _in_description(words, at) or id(w) in ending)
            ):
                value = None  # "LED strip 5 m", "HDMI 2.1 cable": the description's
            if value is not None and (w.x0 + w.x1) / 2 > first_col:
                numbers.append(((w.x0 + w.x1) / 2, value))
                printed[value] = token
                if _after_a_word(words, at):
                    worded.add((w.x0 + w.x1) / 2)
            elif token.endswith("%") and _in_column((w.x0 + w.x1) / 2, columns) == "disc":
                # "5%" under "Sconto": the line's percentage off, which its amount is net of
                percent = number(token.rstrip("%"), out)
            elif token.endswith("%") and _discount_rate(words, at, columns):
                percent = number(token.rstrip("%"), out)
            elif token.endswith("%") or token in _UNITS:
                if token.endswith("%") and _in_column((w.x0 + w.x1) / 2, columns) == "vat":
                    rate_printed = True
                    row_rate = number(token.rstrip("%").strip(), out) or row_rate
                continue
            elif token in _EXEMPT_RATES and _in_column((w.x0 + w.x1) / 2, columns) == "vat":
                rate_printed, row_rate = True, 0.0  # the rate's cell of a tax-free fapiao row
                continue
            elif _NATURA.fullmatch(token) and _in_column((w.x0 + w.x1) / 2, columns) == "vat":
                # "N2.2" in the "IVA %" cell: an Italian row at no rate, its cell filled, so
                # the discount beside it ("5,00 N2.2") is not taken for the row's rate
                rate_printed, row_rate = True, 0.0
            elif code is None and is_code(token) and desc and not MEASURE.fullmatch(token):
                code = token.strip(",.;:()")
            else:
                if not desc:
                    desc_start = w.x0
                desc.append(token)
                desc_end = max(desc_end, w.x1)
        if not numbers:
            if desc:
                entries.append((ln, desc, None, desc_end - ln.bbox[0]))
            continue
        # the rate's column holds the row's "10%": an amount nearer its header than its own
        # (headers left-aligned over right-aligned amounts, "金額" then "税率") is the amount
        in_play = {k: v for k, v in columns.items() if not (rate_printed and k == "vat")}
        assigned = _assign(numbers, in_play, worded)
        ocr_row = any("ocr" in w.fonts for w in words)
        if ocr_row:
            _lost_item_mark(assigned, printed)
        _glued_quantity(assigned, printed, out)
        if "qty" not in assigned and not (ocr_row and {"unit", "total"} <= assigned.keys()):
            # an OCR'd row whose quantity is unreadable ("m4") stays an item: its amount
            # belongs to the lines' sum
            if (
                ocr_row
                and "total" in assigned
                and _garbled_cells(words, columns)
                and not any(p.search(ln.text) for _key, p in TOTAL_LABELS)
            ):
                # its price unreadable too ("xt  S75  10%  5,18"): the row is lost, and the
                # lines' sum without it proves nothing. A sum's line under the rows ("Descuento
                # 4%: -258,03", its label in the quantity's column) is no lost row.
                out.doubtful.add("items")
            if "total" in assigned and reaches:
                out.rows_unread.append(assigned["total"])
            continue
        # a leading row number, not the start of "350 ml" (a wrapped description's last line)
        description = re.sub(r"^\d{1,3}\.?\s+(?!" + _MEASURE_UNIT + r"\b)", "", " ".join(desc))
        item = Item(
            description=description,
            code=code,
            quantity=assigned.get("qty"),
            unit_price=assigned.get("unit"),
            line_total=assigned.get("total"),
            page=ln.page,
            bbox=ln.bbox,
            discount=assigned.get("disc", percent),
            tax_amount=assigned.get("tax_amt"),
            gross=assigned.get("gross"),
            rate=row_rate if row_rate is not None else _rate_cell(assigned, printed),
        )
        # the row's number before its description ("2  Pet grooming brush") is no tax column
        _gst_row(item, [v for x, v in numbers if x > desc_start])
        _last_three(item, numbers)
        entries.append((ln, desc, item, desc_end - ln.bbox[0]))
    out.items += _priced_below(_attach(entries))
    return closed


# A till's price line under its row: "@ 95.49" and the row's amount
_AT_PRICE = re.compile(r"^@(?:\s|$)")


def _priced_below(items: list[Item]) -> list[Item]:
    """A receipt's rows printed on two lines, the quantity and the name over the price and the
    amount ("3  Sobres acolchados A5" / "@ 12.40  37.20"): read as two rows, the price
    under the quantity's column as the second one's quantity, and the first one's amount
    taken from its name. The two lines are one row."""
    out: list[Item] = []
    for item in items:
        above = out[-1] if out else None
        if (
            above is not None
            and _AT_PRICE.match(item.description)
            and item.quantity is not None
            and item.unit_price is None
            and item.line_total is not None
            and above.quantity is not None
            and above.unit_price is None
        ):
            above.unit_price, above.line_total = item.quantity, item.line_total
            continue
        out.append(item)
    return out


def _glued_quantity(assigned: dict[str, float], printed: dict[float, str], out: Fields) -> None:
    """A quantity and a price run together into one word ("20 379.50" under "Qty" and "Unit
    Price", a spreadsheet's narrow cells printed without a gap), read as one grouped number
    and the row left without a quantity: where the word's two numbers make the row's amount,
    they are its quantity and price."""
    price, amount = assigned.get("unit"), assigned.get("total")
    if "qty" in assigned or price is None or amount is None:
        return
    glued = re.fullmatch(r"(\d{1,6})[\u00a0\u202f ](\d[\d.,]*)", printed.get(price, ""))
    if glued is None:
        return
    quantity, unit = float(glued.group(1)), number(glued.group(2), out)
    if unit is not None and abs(quantity * unit - amount) <= 0.011:
        assigned["qty"], assigned["unit"] = quantity, unit


def _last_three(item: Item, numbers: list[tuple[float, float]]) -> None:
    """A row whose columns gave a quantity and price that do not make its amount, where the
    row's last three numbers do ("NTC thermistor 10K 3950 (100) | 100 | 1.82 | 182.00": a
    model number and a pack size in a description that overflows into the quantity's
    column): the amount ends the row, the quantity and price just before it are the row's."""
    q, u, t = item.quantity, item.unit_price, item.line_total
    if q is None or u is None or t is None or abs(q * u - t) <= 0.015 or len(numbers) < 4:
        return
    (_, a), (_, b), (_, c) = sorted(numbers)[-3:]
    if a > 0 and abs(a * b - c) <= 0.015:
        item.quantity, item.unit_price, item.line_total = a, b, c


def _rate_cell(assigned: dict[str, float], printed: dict[float, str]) -> float | None:
    """The row's rate read as a number under the rate's column ("19 %", its sign apart)."""
    rate = assigned.get("vat")
    return rate if rate is not None and printed.get(rate, "").endswith("%") else None


def _garbled_cells(words: list[Word], columns: dict[str, Span]) -> bool:
    """Whether OCR read words with no number in the row's quantity and price columns."""
    return any(
        _in_column((w.x0 + w.x1) / 2, columns) in ("qty", "unit")
        and not re.search(r"\d[.,]\d|^\d+$", w.text)
        for w in words
    )


_REGISTRATION = re.compile(
    r"(?<![^\W\d_])(?:ust-?[il]d-?(?:nr)?|vat\s*(?:reg\.?\s*)?(?:no|number|id)|tax\s*id|"
    r"steuer-?nr|nip|nif|cif|p\.\s*iva|partita\s*iva|btw-?(?:nummer|nr)|siret|gstin)\b\.?\s*[:：]?"
    r"\s*[A-Z]{0,3}\s*\d|"
    # a Spanish company's registry entry in its footer ("Inscrita en el Registro Mercantil de
    # Ibi, Tomo 3492, Folio 63, Hoja 473.231"), a Portuguese one's ("Matriculada na C.R.C. de
    # Porto", "Capital social"), an Italian one's ("R.E.A. MI-123456", "Capitale sociale")
    r"registro\s*mercantil|\btomo\s*\d+\s*,?\s*folio\s*\d|c\.\s*r\.\s*c\.|capital[e]?\s*social[e]?\b|"
    r"\br\.?\s*e\.?\s*a\.?\s*[:：]?\s*[A-Z]{2}\s*[-–]?\s*\d",
    re.I,
)
_PAGE_OF = re.compile(
    r"\b(?:page|seite|pagina|página|strona|blatt)\s*\d+\s*(?:of|von|di|de|z|/)\s*\d+\b", re.I
)


def _gst_row(item: Item, values: list[float]) -> None:
    """An Indian GST row with tax columns beside its amount: "Taxable Value | CGST % | CGST |
    SGST % | SGST | Total" on a printer's template, per-line CGST and SGST amounts before
    Zoho's "Amount", Vyapar's "GST ₹ 291.00 (5%)" before an amount with the tax. The amount
    read may be the row's total with its tax, or a tax: where the row prints qty × rate among
    its amounts, that is its taxable value, the line's amount; where it prints the tax that
    makes up the difference, the amount holds that tax. Neither is an adding error."""
    q, u, t = item.quantity, item.unit_price, item.line_total
    if q is None or u is None or t is None:
        return
    nets = [q * u]
    if item.discount:
        nets += [q * u * (1 - item.discount / 100), q * u - abs(item.discount)]
    if any(abs(net - t) <= 0.015 for net in nets):
        return
    others = list(values)
    for known in (q, u, t):
        if known in others:
            others.remove(known)
    for net in nets:
        taxable = next((a for a in others if abs(a - net) <= 0.015), None)
        if taxable is not None:
            item.line_total = taxable
            return
        taxes = [a for a in others if 0 < a < t]
        tax = next((a for a in taxes if abs(net + a - t) <= 0.015), None)
        if tax is not None:
            item.tax_included = tax
            return
        # CGST and SGST, equal halves
        if any(abs(net + 2 * a - t) <= 0.025 for a in taxes if taxes.count(a) >= 2):
            item.tax_included = round(t - net, 2)
            return


def _discount_rate(words: list[Word], at: int, columns: dict[str, Span]) -> bool:
    """Whether the percentage at `at` is the row's discount by order: as many percentages on
    the row as columns of rates in the header (a discount's, a VAT rate's), the discount's
    the one in its place ("10%" right-aligned under "Rabat", nearer "Wartość netto"; "5%  21%"
    under "Dto." and "IVA", the 5% nearer the IVA header)."""
    if "disc" not in columns:
        return False
    rate_columns = sorted((k for k in ("disc", "vat") if k in columns), key=lambda k: columns[k])
    rates = [k for k, w in enumerate(words) if re.fullmatch(r"\d+(?:[.,]\d+)?%", w.text)]
    return len(rates) == len(rate_columns) and rates[rate_columns.index("disc")] == at


def _lost_item_mark(assigned: dict[str, float], printed: dict[float, str]) -> None:
    """An OCR'd row's price or amount whose decimal mark OCR lost ("73755" for 737,55, "117"
    for 1,17) beside the other one printed with cents: a hundredth of it when that makes
    quantity times price the amount, else not read (no arithmetic error from a misreading)."""
    q, u, t = (assigned.get(k) for k in ("qty", "unit", "total"))
    if q is None or u is None or t is None or abs(q * u - t) <= 0.011:
        return
    for key, other in (("total", u), ("unit", t)):
        bare = re.fullmatch(r"\d{3,}[:;.,]?", printed.get(assigned[key], ""))
        cents = re.search(r"\d[.,]\d{2}$", printed.get(other, ""))
        if bare and cents:
            fixed = assigned[key] / 100
            if abs(q * (fixed if key == "unit" else u) - (fixed if key == "total" else t)) <= 0.011:
                assigned[key] = fixed
            else:
                del assigned[key]
            return


def _description_numbers(
    ln: Line, columns: dict[str, Span], qty_starts: float, out: Fields
) -> set[int]:
    """The numbers (their words' ids) that end or sit in a description's cell, printed after
    its words and short of the quantity's header, on a row that has its quantity, price and
    amount in their columns besides: "Tovaglia lino - colour 2", "Verzenddoos (bundel 25)", a
    Word table's "Yogamat 6" wrapped before "mm". Read as numbers they took the quantity's
    place."""
    found: set[int] = set()
    starts = sorted(x0 for x0, _x1 in columns.values())
    for seg in ln.segments:
        for before, w in itertools.pairwise(seg.words):
            # the quantity's column left of the description ("QUANTITY | DETAILS | UNIT PRICE",
            # "24  Exercise books A4 (pk 10)  3.95"): the cell ends at the next header right of it
            edge = columns["qty"][0]
            if edge <= before.x1:
                edge = next((x0 for x0 in starts if x0 > before.x1), edge)
            if w.x1 < edge and re.search(r"[^\W\d_]{2}", before.text):
                found.add(id(w))
    right = [
        w
        for w in ln.words
        if id(w) not in found
        and w.x1 >= qty_starts
        and not w.text.endswith("%")
        and number(w.text, out) is not None
    ]
    return found if len(right) >= 3 else set()


# A unit of measure after a number in a description ("5 m", "20000 mAh", "65 W", "1 TB"): the
# number is the product's, not a quantity or a price (counting units, "500 pcs", are not here).
_MEASURE_AFTER = re.compile(
    r"(?:mm|cm|m|km|mah|wh|w|kw|v|a|gb|tb|mb|hz|khz|mhz|ghz|ml|cl|l|g|kg|mg|oz|lb|in|inch|"
    r"zoll|pouces?|pollici|mbps|gbps|ports?|k)",
    re.I,
)


def _after_a_word(words: list[Word], at: int) -> bool:
    """Whether the word at `at` follows another within a space of it: one run of text ("Ø
    26"), not a cell of its own."""
    if at == 0:
        return False
    before = words[at - 1]
    return words[at].x0 - before.x1 < 0.6 * max(1.0, before.bottom - before.top)


def _in_description(words: list[Word], at: int) -> bool:
    """Whether the number at `at` is part of a product's description: followed by a unit of
    measure ("5 m", "20000 mAh"), or a version between two words ("HDMI 2.1 cable")."""
    after = words[at + 1].text.rstrip(",.;:)") if at + 1 < len(words) else ""
    if _MEASURE_AFTER.fullmatch(after):
        return True
    before = words[at - 1] if at > 0 else None
    return (
        before is not None
        and re.fullmatch(r"[^\W\d_]{2,}", before.text) is not None
        and re.fullmatch(r"[^\W\d_]{2,},?", after) is not None
        and after.lower().rstrip(",") not in _UNITS
        and words[at].x0 - before.x1 < 1.6 * max(1.0, before.bottom - before.top)
        and re.fullmatch(r"\d+[.,]\d", words[at].text) is not None
    )


# A quantity with its unit in a description ("750ml", "350 ml"): no model number, no row number.
_MEASURE_UNIT = r"(?:ml|cl|l|g|kg|mg|cm|mm|m|oz|lb|in|w|kw|v|mah|pcs|x)"
MEASURE = re.compile(r"\d+(?:[.,]\d+)?\s?" + _MEASURE_UNIT, re.I)


def _attach(entries: list[tuple[Line, list[str], Item | None, float]]) -> list[Item]:
    """The items, each with the description lines printed without numbers around its row.

    Most layouts print a cell's wrapped description below the row's numbers (top-aligned
    cells); spreadsheets print the numbers at the cell's bottom, beside the description's last
    line (LibreOffice Calc's default), so the description starts above them. A run of such
    lines before the table's first row says the table is bottom-aligned, one after its last
    row that it is top-aligned. With neither, the widths tell: a wrapped cell's lines fill the
    cell but its last one, so a run wider than the description beside the numbers above it
    starts the next row ("Kitchen scale" over "digital  KS-5KG  200"), one narrower continues
    the row above ("Stainless steel water" over "bottle 750 ml"); at equal widths a run
    starting with a capital letter starts the next row."""
    rows = [i for i, (_ln, _desc, item, _w) in enumerate(entries) if item is not None]
    if not rows:
        return []
    first, last = rows[0], rows[-1]
    if first > 0:
        bottom: bool | None = True
    elif last < len(entries) - 1:
        bottom = False
    else:
        bottom = None
    items: list[Item] = []
    pending: list[tuple[Line, list[str]]] = []
    run_width = above_width = 0.0
    for ln, desc, item, width in entries:
        if item is None:
            run_width = width if not pending else run_width
            pending.append((ln, desc))
            continue
        if pending:
            before = [w for _ln, d in pending for w in d]
            starts = bottom
            if starts is None:
                height = max(1.0, ln.bbox[3] - ln.bbox[1])
                if abs(run_width - above_width) > height:
                    starts = run_width > above_width
                else:
                    starts = before[0][:1].isupper()
            if not items or starts:
                item.description = " ".join([*before, item.description]).strip()
            else:
                _continue(items[-1], pending)
            pending = []
        items.append(item)
        above_width = width
    if items and pending:
        _continue(items[-1], pending)
    return items


def _continue(item: Item, lines: list[tuple[Line, list[str]]]) -> None:
    """Description lines printed under the item's row, up to the first gap wider than a line."""
    bottom = item.bbox[3]
    for ln, desc in lines:
        if ln.top - bottom >= 14:
            break
        item.description += " " + " ".join(desc)
        bottom = ln.bbox[3]


# A number further than this (points) from every column's header is in no column.
_COLUMN_REACH = 70


def _assign(
    numbers: list[tuple[float, float]],
    columns: dict[str, Span],
    worded: set[float] | frozenset[float] = frozenset(),
) -> dict[str, float]:
    """The row's numbers by column: each to the nearest header, or, when that leaves numbers
    out or no quantity, in reading order (the n-th number in a column right of the
    (n-1)-th's). Spreadsheets
    print headers left-aligned and numbers right-aligned in their cells: a quantity then sits
    nearer the unit price's header than its own ("Qty" at 228-248, "100" at 291-311, "Unit
    Price" at 313). `worded`: the x-centres of numbers run on from a word before them."""
    nearest: dict[str, float] = {}
    gaps: dict[str, float] = {}
    # "Piatto dipinto a mano Ø 26 #1 | 3 pz": a description's number run up towards the
    # quantity's column is nearest it too; a number under the header is the quantity. Only
    # one among the description's words: a quantity alone in its cell, set flush left under a
    # header set flush right, is the quantity whatever column's number sits under the header
    qty_left = columns["qty"][0] - 20 if "qty" in columns else float("-inf")
    under_qty = "qty" in columns and any(
        x >= qty_left and _in_column(x, columns) == "qty" for x, _v in numbers
    )
    for x, value in numbers:
        key = _in_column(x, columns)
        if key == "qty" and under_qty and x < qty_left and x in worded:
            continue
        if key == "disc" and "unit" not in nearest and _left_of_discount(x, columns):
            key = "unit"
        if key is None:
            continue
        gap = _distance(columns[key], x)
        if key not in nearest:
            nearest[key], gaps[key] = value, gap
        elif _price_before_amount(nearest, key, value, gap < gaps[key]):
            # a header cell overprinted by its neighbour ("Kiekis Mato vn Kt.aina") names no
            # price column, and the price beside the amount's header took the amount's place
            if "unit" not in columns:
                nearest["unit"] = nearest[key]
            nearest[key], gaps[key] = value, gap
    if {"qty", "unit", "total"} <= nearest.keys():
        # a whole row; a number left over is a column the header merged, unless reading in
        # order gives it a column of its own, quantity and price unmoved: "0" under "DPH %"
        # sat nearer "Základ" than its header and took the amount's place
        if len(nearest) < len(numbers):
            ordered_row = _in_order(numbers, columns)
            if (
                len(ordered_row) > len(nearest)
                and "total" in ordered_row
                and all(ordered_row.get(k) == nearest[k] for k in ("qty", "unit"))
            ):
                return ordered_row
        return nearest
    if len(nearest) < len(numbers):
        # two numbers nearest one header: headers left-aligned over right-aligned numbers
        # ("单价" at 402-420 over "6.27" at 438-455, "金额" at 461-479 over "12,540.00" at
        # 510-549) put the price in the amount's column and leave the amount out
        ordered_row = _in_order(numbers, columns)
        return ordered_row if len(ordered_row) > len(nearest) else nearest
    if "qty" in nearest:
        return nearest
    ordered_row = _in_order(numbers, columns)
    # Every number has a column, but none is the quantity: a narrow quantity header
    # left-aligned over a right-aligned number sits nearer the price's header ("Q.tà" at
    # 233-249, "60" at 258-268, "Prezzo unit." from 270), which pushes the price into the
    # discount column. Read in order instead when that gives the row a quantity, a price and
    # an amount: a row without them (shipping, a note with one amount) stays no item.
    if {"qty", "unit", "total"} <= ordered_row.keys() and not _code_as_quantity(
        nearest, ordered_row
    ):
        return ordered_row
    return nearest


def _price_before_amount(nearest: dict[str, float], key: str, value: float, nearer: bool) -> bool:
    """Whether `value`, nearer the amount's header than the number that took it first, is the
    row's amount and that number its price: the quantity times the one makes the other. Without
    that proof the first stays: a narrow figure after the price ("0" under "Disc. %" touching a
    right-aligned "Unit Price") lies nearer the price's header than the price itself."""
    first, quantity = nearest[key], nearest.get("qty")
    return (
        key == "total"
        and nearer
        and quantity is not None
        and abs(quantity * first - value) <= 0.011
    )


def _left_of_discount(x: float, columns: dict[str, Span]) -> bool:
    """Whether a number centred at `x`, nearest the discount's header, lies before that header
    starts and after the price's: a price right-aligned under "Einzelpreis netto" on a row
    whose "Rabatt %" cell is empty, not a discount (no discount sits left of its header)."""
    if "unit" not in columns:
        return False
    return columns["unit"][0] < x < columns["disc"][0]


def _code_as_quantity(nearest: dict[str, float], ordered_row: dict[str, float]) -> bool:
    """Whether reading in order makes the quantity of the number under the HSN/SAC header, a
    goods code of four to eight figures ("4202" where the row's "100 Pcs" wrapped onto the
    lines around it, "0908" read as 908): no row's quantity is a tariff heading."""
    code = nearest.get("hsn")
    return (
        code is not None
        and ordered_row.get("qty") == code
        and float(code).is_integer()
        and 100 <= code < 100_000_000
    )


def _in_order(numbers: list[tuple[float, float]], columns: dict[str, Span]) -> dict[str, float]:
    """The row's numbers in reading order, the n-th in a column right of the (n-1)-th's: as
    many placed as can be, then as many in the quantity's, price's and amount's columns, then
    the least distance."""
    ordered = sorted(columns, key=lambda k: sum(columns[k]))
    xs = sorted(numbers)
    # best[i][j]: (numbers assigned, -distance, picks) using numbers[i:] and columns ordered[j:]
    best: dict[tuple[int, int], tuple[int, float, list[tuple[str, float]]]] = {}

    def solve(i: int, j: int) -> tuple[int, float, list[tuple[str, float]]]:
        if i == len(xs) or j == len(ordered):
            return (0, 0.0, [])
        if (i, j) not in best:
            options = [solve(i + 1, j), solve(i, j + 1)]
            span, x = columns[ordered[j]], xs[i][0]
            gap = _distance(span, x)
            # right of its header and short of the next one's: a number right-aligned in a
            # wide cell under a centred header ("数量" at 400-418, "2000" at 456-476); the row's
            # last number right of the last header has no column beyond to belong to: the last
            # column's cell runs to the table's right edge ("金额" at 447-464 over a
            # right-aligned "37,000" at 528-554)
            last = i + 1 == len(xs) and j + 1 == len(ordered)
            following = (
                columns[ordered[j + 1]][0]
                if j + 1 < len(ordered)
                else (float("inf") if last else span[1])
            )
            if gap < _COLUMN_REACH or span[1] < x < following:
                n, cost, picks = solve(i + 1, j + 1)
                options.append((n + 1, cost - gap, [(ordered[j], xs[i][1]), *picks]))
            best[i, j] = max(options, key=lambda o: (o[0], _core(o[2]), o[1]))
        return best[i, j]

    return dict(solve(0, 0)[2])


def _core(picks: list[tuple[str, float]]) -> int:
    """How many of the columns an item is checked by (quantity, price, amount) are filled."""
    return sum(key in ("qty", "unit", "total") for key, _value in picks)


_UNITS = {
    "pcs",
    "pc",
    "stk",
    "stk.",
    "st.",
    "szt.",
    "szt",
    "pz",
    "pz.",
    "uds",
    "u.",
    "ud.",
    "nos",
    "nos.",
    "pce",
    "ea",
    "each",
    "個",
    "件",
    "个",
    "€",
    "$",
    "zł",
    "₹",
    "eur",
}


def _header_rows(lines: list[Line], out: Fields) -> tuple[list[Line], set[int], set[int]]:
    """The lines, with a row of totals labels over a row of amounts made into one line per
    label and the amount under it. An Italian e-invoice's copy and many accounting programs
    print the totals as a table: "Totale imponibile | Totale imposta | Totale documento" over
    "1.250,00 | 275,00 | 1.525,00"; read line by line, the labels have no amount and the
    amounts no label. A rate column ("%IVA", "Aliquota") is no amount. Also returned: the
    ids of the lines made from a VAT summary (a header with a rate column), and of the amounts
    under a label that names no sum (made lines of their own, labelled all the same)."""
    result: list[Line] = []
    summary: set[int] = set()
    unnamed: set[int] = set()
    skip = -1
    skipped: set[int] = set()
    for index, ln in enumerate(lines):
        if index == skip or index in skipped:
            continue
        below = lines[index + 1] if index + 1 < len(lines) else None
        pairs = _label_over_amounts(ln, below, out) if below is not None else None
        if pairs and below and index + 2 < len(lines) and _rate_rows(below, lines[index + 2]):
            # a VAT summary of several rates: its first row's imponibile is no subtotal and
            # its imposta not all the tax; the lines under the summary give them
            pairs = None
        table = _vat_summary(lines, index, out)
        if table is not None and (pairs is None or sum("%" in m.text for m in table[0]) > 1):
            # a summary of several rates: its first row's base is no subtotal ("Base imponible
            # | % IVA | Cuota IVA" over "800,00 | 21% | 168,00")
            made, rows = table
            result += made
            skipped.update(range(index + 1, index + rows + 1))
            continue
        if pairs is None:
            result += _side_by_side(ln, out)
            continue
        made = [Line(ln.page, [label, value]) for label, value in pairs]
        # an amount under a label no sum's (a tax inside the prices, a label OCR garbled) is
        # still among the sums: unplaced, it may explain a total they do not make
        paired = {id(value) for _label, value in pairs}
        alone = (
            [
                Line(below.page, [value])
                for value in below.segments
                if id(value) not in paired and _AMOUNT_ONLY.match(value.text.strip())
            ]
            if below is not None
            else []
        )
        unnamed.update(id(m) for m in alone)
        made += alone
        if any(_RATE_HEAD.search(cell.text) for cell in ln.segments):
            summary.update(id(m) for m in made)
        result += made
        skip = index + 1
    return result, summary, unnamed


# A VAT summary's rate column ("USt-Satz", "Stawka VAT", "Taux", "% IVA", "Tarief")
_SUMMARY_RATE = re.compile(r"stawka|tarief|\btasa\b", re.I)
_BASE_HEAD = re.compile(r"\bbase\b|\bbasis\b|maatstaf|grondslag|\bnet(?:to)?\b|\bht\b", re.I)
_RATE_VALUE = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?\s?%?$")


def _vat_summary(lines: list[Line], index: int, out: Fields) -> tuple[list[Line], int] | None:
    """A VAT summary printed as a table: a header naming a rate column and a tax column
    ("USt-Satz | Netto | USt | Brutto", "Taux | Base HT | Montant TVA", "Base imponible | % IVA
    | Cuota IVA") over one row per rate ("19 % | 1.000,00 | 190,00 | 1.190,00"). Read line by
    line, its rows had no label, no tax was read, and a total above the net looked wrong.
    Each row is made a tax line of its own ("USt 19 % 1.000,00 190,00": its base, then its tax;
    each rate's tax then adds once, and is checked against its base), and a sum row under the
    rows ("Summe | 1.200,00 | 204,00 | 1.404,00") keeps its gross as the total, or, with no
    gross column, becomes the tax's total. Returned: the lines made, and how many lines under
    the header they replace; None for any other line."""
    head = lines[index]
    if _amount_tokens(head, out) or TABLE_HEAD.search(head.text):
        return None
    if any(COL_DESC.match(s.text) for s in head.segments):
        return None
    tax_label = dict(TOTAL_LABELS)["tax"]
    columns: list[tuple[Segment, str]] = []
    for cell in (c for seg in head.segments for c in _header_cells(seg)):
        text = cell.text
        if _RATE_HEAD.search(text) or _SUMMARY_RATE.search(text):
            kind = "rate"
        elif _GROSS_NAMED.search(text) or re.search(r"\bttc\b|\bincl", text, re.I):
            kind = "gross"
        elif _TAX_AMOUNT.search(text) or (tax_label.search(text) and not _BASE_HEAD.search(text)):
            kind = "tax"
        elif _BASE_HEAD.search(text) or dict(TOTAL_LABELS)["subtotal"].search(text):
            kind = "base"
        elif _BARE_SUM.match(text) and {"base", "tax"} <= {k for _c, k in columns}:
            # "IVA % | Base imponible | Cuota IVA | Total": the sum right of base and tax
            kind = "gross"
        else:
            return None  # a word no summary's column has: another table
        columns.append((cell, kind))
    columns = _tax_name_as_rate(columns, tax_label)
    kinds = [kind for _cell, kind in columns]
    if kinds.count("rate") != 1 or kinds.count("tax") != 1 or len(kinds) > 4:
        return None
    tax_cell = next(cell for cell, kind in columns if kind == "tax")
    height = max(1.0, max(s.bottom - s.top for s in head.segments))
    made: list[Line] = []
    previous = head
    for row in lines[index + 1 :]:
        if row.page != head.page or row.top - previous.bbox[3] > 2.5 * height:
            break
        cells = _row_cells(row, columns, height)
        if cells is None:
            break
        rate, values = cells
        if "tax" not in values:
            break
        label = [replace(w, top=rate.top, bottom=rate.bottom) for w in tax_cell.words]
        amounts = [values[k] for k in ("base", "tax") if k in values]
        made.append(Line(row.page, [Segment(row.page, label + rate.words), *amounts]))
        previous = row
    if not made:
        return None
    rows = len(made)
    after = lines[index + rows + 1] if index + rows + 1 < len(lines) else None
    if (
        after is not None
        and after.page == head.page
        and "gross" not in kinds
        and _BARE_SUM.match(after.segments[0].text)
        and len(_amounts(after, out)) >= 2
    ):
        # the sum row of a summary with no gross column: its last amount is the tax's sum, no
        # total of the invoice ("Total | 1 200,00 | 191,00")
        tax_word = tax_label.search(tax_cell.text)
        word = after.segments[0].words[0]
        name = [replace(word, text=w) for w in ("Total", tax_word.group(0) if tax_word else "VAT")]
        made.append(Line(after.page, [Segment(after.page, name), after.segments[-1]]))
        rows += 1
    return made, rows


def _tax_name_as_rate(
    columns: list[tuple[Segment, str]], tax_label: re.Pattern[str]
) -> list[tuple[Segment, str]]:
    """A summary with no rate column and two tax columns ("TVA | Total HT | Montant TVA |
    Total TTC"): the one headed by the tax's bare name ("TVA", "IVA", "Btw") holds the rates,
    the other ("Montant TVA") the tax. Its rows must still print a rate under it."""
    kinds = [kind for _cell, kind in columns]
    if "rate" in kinds or kinds.count("tax") != 2:
        return columns
    bare = [i for i, (cell, kind) in enumerate(columns) if kind == "tax"]
    named = [i for i in bare if tax_label.fullmatch(columns[i][0].text.strip(" .:"))]
    if len(named) != 1:
        return columns
    return [(cell, "rate" if i == named[0] else kind) for i, (cell, kind) in enumerate(columns)]


# A tax column's header that names no tax: "Kwota VAT", "Montant TVA" are tax words too
_TAX_AMOUNT = re.compile(r"^(?:" + COL_TAX_AMOUNT + r")\.?$", re.I)


def _row_cells(
    row: Line, columns: list[tuple[Segment, str]], height: float
) -> tuple[Segment, dict[str, Segment]] | None:
    """A VAT summary's row: its one rate and its amounts by column (each under the last header
    starting before the amount ends), or None for a line with words or no rate."""
    rate: Segment | None = None
    values: dict[str, Segment] = {}
    for cell in (c for seg in row.segments for c in _header_cells(seg)):
        text = cell.text.strip()
        over = [c for c in columns if c[0].x0 <= cell.x1 + 0.3 * height]
        kind = over[-1][1] if over else None
        if "%" in text or kind == "rate":
            if rate is not None or not _RATE_VALUE.match(text):
                return None
            rate = cell
        elif _AMOUNT_ONLY.match(text) and kind and kind not in values:
            values[kind] = cell
        else:
            return None
    if rate is None:
        return None
    return rate, values


def _side_by_side(ln: Line, out: Fields) -> list[Line]:
    """The line, or one line per label and its amount where several totals stand side by side
    on it. A Chinese ERP's sales invoice prints "金额合计：¥8,508.00  运费：¥181.19  应收总额：
    ¥8,689.19" on one row; read as one line, its first label took the last amount (the
    freight was the total) and the freight was lost."""
    runs: list[list[Segment]] = []
    for seg in ln.segments:
        if not runs or any(p.search(seg.text) for _key, p in TOTAL_LABELS):
            runs.append([seg])
        else:
            runs[-1].append(seg)
    parts = [Line(ln.page, run) for run in runs]
    priced = [
        part
        for part in parts
        if any(p.search(part.segments[0].text) for _key, p in TOTAL_LABELS) and _amounts(part, out)
    ]
    if len(priced) >= 2:
        return parts
    if len(priced) == 1 and priced[0] is parts[-1] and len(parts) > 1:
        # the sums' column beside another table on the same rows (a UK wholesaler's "VAT
        # ANALYSIS" left of "Goods total", "VAT", "INVOICE TOTAL"): far right of the table's
        # last cell, the sum's label and amount are read apart from the table's row
        cell = parts[-2].segments[-1]
        label = parts[-1].segments[0]
        if label.x0 - cell.x1 > _BESIDE_GAP * max(1.0, label.bottom - label.top):
            return [Line(ln.page, [seg for part in parts[:-1] for seg in part.segments]), parts[-1]]
    return [ln]


# How far right of a table's last cell (in line heights) a sum's label stands in a column of
# its own: a totals block beside a VAT analysis stands 15-30 heights off it, a label after
# its row's own cells a few
_BESIDE_GAP = 10


# "%IVA", "IVA%", "VAT %" head a rate column, "IVA 22%" a tax amount
_RATE_HEAD = re.compile(
    r"(?:^|[^\d\s])\s*%|aliquota|\brate\b|satz|taux|\btipo\b|esigibilit|natura", re.I
)


def _label_over_amounts(ln: Line, below: Line, out: Fields) -> list[tuple[Segment, Segment]] | None:
    if below.page != ln.page or (_amount_tokens(ln, out) and not _zeros_for_letters(ln)):
        return None
    # An item table's header ("Qty | Net | VAT | Gross") over its first row is no totals table
    if TABLE_HEAD.search(ln.text) or any(COL_DESC.match(s.text) for s in ln.segments):
        return None
    height = max(1.0, max(s.bottom - s.top for s in ln.segments))
    if below.top - ln.bbox[3] > 2.5 * height:
        return None
    cells = [cell for seg in ln.segments for cell in _header_cells(seg)]
    labels = [
        cell
        for cell in cells
        if not _RATE_HEAD.search(cell.text)
        and (any(p.search(cell.text) for _key, p in TOTAL_LABELS) or INCLUDED_TAX.search(cell.text))
        and not TAX_ID.search(cell.text)
    ]
    # one label may head a Korean tax invoice's last row: 합계금액 beside how it is paid
    if len(labels) < 2 and not (
        labels and out.lang == "ko" and _TOTAL_LABEL.search(labels[0].text)
    ):
        return None
    # A Korean tax invoice's row under 작성일자 | 공급가액 | 세액 | 수정사유 holds a date and
    # a word among its sums; anywhere else a word in the row is a table's line, not its totals
    hometax = out.lang == "ko" and all(_HANGUL.search(cell.text) for cell in labels)
    pairs: list[tuple[Segment, Segment]] = []
    rates: list[Segment] = []
    for at, value in enumerate(_under_cells(below) if hometax else below.segments):
        # Headers start their cell (left-aligned, or right-aligned over right-aligned amounts):
        # an amount's label is the last cell starting before the amount ends.
        over = [cell for cell in cells if cell.x0 <= value.x1 + 0.3 * height]
        if not _AMOUNT_ONLY.match(value.text.strip()):
            if over and _RATE_HEAD.search(over[-1].text):
                if re.fullmatch(r"\d{1,2}(?:[.,]\d{1,2})?\s?%", value.text.strip()):
                    rates.append(value)
                continue  # "I (esigibilità immediata)" under its column
            if hometax and _field_beside_sums(value, at == 0):
                continue
            return None  # words in the row: a table's line, not a row of totals
        if over and over[-1] in labels:
            pairs.append((over[-1], value))
    if len(pairs) < 2 and not (
        pairs and (len(below.segments) == 1 or _the_total_alone(pairs, below, out))
    ):
        return None
    return [(_with_rate(label, rates), value) for label, value in pairs]


# The label of the total among the sums (its amount with tax)
_TOTAL_LABEL = dict(TOTAL_LABELS)["total"]


def _under_cells(below: Line) -> list[Segment]:
    """The row's segments, an amount's cut from the words after it: a Korean tax invoice's
    "75,340 없음" is the tax under 세액 and the amendment's reason (none) after it, set
    closer than a column gap."""
    out: list[Segment] = []
    for seg in below.segments:
        head = seg.words[0]
        rest = seg.words[1:]
        if (
            rest
            and _AMOUNT_ONLY.match(head.text)
            and not any(c.isdigit() for w in rest for c in w.text)
        ):
            out += [Segment(seg.page, [head]), Segment(seg.page, rest)]
        else:
            out.append(seg)
    return out


def _field_beside_sums(value: Segment, first: bool) -> bool:
    """Whether a row of sums' cell that is no amount is a field of another kind printed among
    them: a date alone (the tax invoice's 작성일자 beside its 공급가액 and 세액), or words
    without a figure after the row's first cell (its 수정사유, "none")."""
    text = value.text.strip()
    dated = find_dates(text)
    if dated and dated[0][0] == 0 and dated[0][1] >= len(text) - 1:
        return True
    return not first and not re.search(r"\d", text)


def _the_total_alone(pairs: list[tuple[Segment, Segment]], below: Line, out: Fields) -> bool:
    """Whether a row of sums' one labelled amount is its total, the row's other amounts no
    larger, under labels of no sum: a Korean tax invoice's 합계금액 beside how it is paid (현금,
    수표, 어음, 외상미수금: cash, cheque, bill, on credit), the same amount or its parts."""
    label, value = pairs[0]
    if out.lang != "ko" or not _TOTAL_LABEL.search(label.text):
        return False
    amount = _amounts(Line(below.page, [value]), out)
    others = [
        v
        for seg in below.segments
        if seg is not value
        for v in _amounts(Line(below.page, [seg]), out)
    ]
    return bool(amount) and all(0 < v <= amount[-1] for v in others)


def _zeros_for_letters(ln: Line) -> bool:
    """Whether an OCR'd line's only digits are a short word read as zeros: the "DO" of a
    Portuguese label ("VALOR 00 IPI", "BASE DE CALCULO 00 ICMS"), no amount."""
    if not any(w.conf is not None or "ocr" in w.fonts for w in ln.words):
        return False
    digits = [w.text for w in ln.words if any(c.isdigit() for c in w.text)]
    return bool(digits) and all(re.fullmatch(r"[0OD]{2}", t) for t in digits)


_RATE_CELL = re.compile(r"^(?:\d{1,2}(?:[.,]\d{1,2})?\s?%|N\d(?:\.\d)?)$")


def _rate_rows(row: Line, after: Line) -> bool:
    """Whether two lines are rows of one VAT summary: each a rate (or an exempt nature code,
    "N2.2") followed by amounts alone, one under the other."""
    height = max(1.0, max(s.bottom - s.top for s in row.segments))
    if after.page != row.page or after.top - row.bbox[3] > 1.5 * height:
        return False
    return all(_rate_row(ln) for ln in (row, after))


# A rate printed as a number alone under its "%IVA" column ("22,00"), as the SdI stylesheets do
_BARE_RATE = re.compile(r"^\d{1,2}(?:[.,]\d{1,2})?$")


def _rate_row(ln: Line) -> bool:
    """Whether a line is a VAT summary's row: a rate, then amounts alone. The row may open
    with its VAT's chargeability ("I (immediata)", "S (scissione pagamenti)"), and the rate may
    have no percent sign where a base and a tax follow it ("22,00  52.732,10  11.601,06")."""
    cells = [s.text.strip() for s in ln.segments]
    if cells and not _AMOUNT_ONLY.match(cells[0]) and not _RATE_CELL.match(cells[0]):
        cells = cells[1:]
    if len(cells) < 2 or not all(_AMOUNT_ONLY.match(c) for c in cells[1:]):
        return False
    return bool(_RATE_CELL.match(cells[0]) or (_BARE_RATE.match(cells[0]) and len(cells) >= 3))


def _with_rate(label: Segment, rates: list[Segment]) -> Segment:
    """A VAT summary's tax label with the row's one rate ("Imposta" over "123,27", "22,00%" in
    the rate column), so the tax is checked against its base as a "IVA 22%" line is."""
    tax = dict(TOTAL_LABELS)["tax"]
    if len(rates) != 1 or not tax.search(label.text) or _TAX_SUM.search(label.text):
        return label
    return Segment(label.page, label.words + rates[0].words)


def _header_cells(seg: Segment) -> list[Segment]:
    """A header segment split where the gap between words is wider than a space: narrow
    columns set their labels closer than the layout's column gap ("Arr.  Totale imponibile")."""
    cells = [[seg.words[0]]]
    for prev, word in zip(seg.words, seg.words[1:], strict=False):
        height = max(1.0, word.bottom - word.top)
        if word.x0 - prev.x1 > 0.55 * height:
            cells.append([word])
        else:
            cells[-1].append(word)
    return [Segment(seg.page, words) for words in cells]


# A rate in a label's cell: "BRR 5%", a tax line whose name OCR garbled ("營業稅 5%")
_RATE_CELL = re.compile(r"(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?\s?%")


def _rate_line(ln: Line, item_rows: set[tuple[int, Any]]) -> bool:
    """A line naming a rate and an amount beside it that no label of ours reads: a tax (or a
    charge) the total holds, whose name OCR garbled; the total is then no sum of the lines."""
    if len(ln.segments) < 2 or (ln.page, ln.bbox) in item_rows:
        return False
    head = ln.segments[0].text
    return bool(
        _RATE_CELL.search(head)
        and not any(p.search(ln.text) for _key, p in TOTAL_LABELS)
        and re.search(r"\d", ln.segments[-1].text)
    )


# The sum row of a Korean item table: "합계", "합 계", "계" or "총계" under the rows, the
# pieces' count, the supply value and the tax in their columns
_KO_TABLE_SUM = re.compile(r"^\W*(?:합\s*계|총\s*계|계)(?![^\W\d_])")


def _pieces_no_total(out: Fields) -> None:
    """A Korean statement of goods handed over, no row priced: its 합계 counts the pieces (the
    rows' quantities added up), no total to pay."""
    total = out.totals.get("total")
    priced = any(i.unit_price is not None or i.line_total is not None for i in out.items)
    pieces = sum(i.quantity or 0 for i in out.items)
    if total is not None and out.items and not priced and abs(total - pieces) < 0.01:
        del out.totals["total"]
        out.totals_where.pop("total", None)


def _korean_sum_row(text: str, values: list[float], out: Fields) -> bool:
    """Whether the line is a Korean item table's sum row: its last two amounts the rows' supply
    value and their tax, the tax a tenth of the value (VAT's 10%, rounded or cut) or the rows'
    taxes added up. Read as a total, the tax had become the total and the goods' sum "wrong"."""
    if len(values) < 2 or not _KO_TABLE_SUM.search(text):
        return False
    net, tax = values[-2], values[-1]
    if net <= 0 or tax <= 0 or tax >= net:
        return False
    taxes = [i.tax_amount for i in out.items if i.tax_amount is not None]
    return abs(tax - net / 10) <= 1 or (bool(taxes) and abs(sum(taxes) - tax) <= 1)


def _totals(lines: list[Line], out: Fields) -> None:
    lines, summary, unnamed = _header_rows(lines, out)
    lines = [part for ln in lines for part in _two_sums(ln, out)]
    summary_taxes: list[float] = []
    lost: list[str | None] = []
    taxes: dict[str, float] = {}
    coded: list[float] = []  # the taxes of a till's VAT analysis (`_coded_rate_row`)
    charges: dict[str, float] = {}  # the charges' lines by label, each added once
    rates: dict[str, float | None] = {}
    used: set[int] = set()
    remarks: list[tuple[Line, float]] = []
    loose: list[tuple[int, list[float]]] = []  # lines with amounts no label placed
    tax_label = dict(TOTAL_LABELS)["tax"]
    item_rows = {(i.page, i.bbox) for i in out.items}
    # an item row read with its quantity and price is goods, whatever its description names
    # ("Dropmix 1 kg (9% btw)", "Aceite de oliva 1 l (IVA 10%)"): its amount is no tax
    goods = {(i.page, i.bbox) for i in out.items if i.quantity and i.unit_price}
    # "Netto 19 %  2.335,60": each rate's base; "Imponibile N2.2": an Italian natura's
    bases: dict[float | str, tuple[float, Line]] = {}
    grand: float | None = None  # a 合计 under a 小计 taken for the total
    countries = _country_totals(lines)
    # a registration number ("VAT GB 318 4471 52") names no tax charged
    out.tax_named = any(
        _names_tax_charged(ln.text, tax_label) and not _registration(ln.text, ln, lines, out)
        for ln in lines
    )
    out.tax_named_by_rate = not out.tax_named and any(_rate_line(ln, item_rows) for ln in lines)
    out.tax_named = out.tax_named or out.tax_named_by_rate
    for index, ln in enumerate(lines):
        text = _wrapped_label(lines, index) or _label_text(ln)
        if TABLE_HEAD.search(text) or len(text) > 140 or NUMBER_LABEL.search(text):
            continue
        values = _amounts(ln, out) if index not in used else []
        values = [v for v in values if not (1990 <= v <= 2100 and float(v).is_integer())] or values
        if values and all(v in _date_years(ln) for v in values):
            # "USt-dNr.: DE447194285  Rechnungsdatum: 9. Januar 2026" (OCR lost the I of
            # "IdNr"): the year of the date beside the tax's name is no tax of 2,026
            continue
        if (
            any(pattern.search(text) for _key, pattern in TOTAL_LABELS)
            and (not values or _sign_without_amount(ln, out))
            and not _TAX_TITLE.match(text)
        ):
            found = _value_beside(lines, index, out) or _amount_under_sign(lines, index, out)
            if found is not None:
                used.add(found)
                values = _amounts(lines[found], out)
        if not values:
            lost.append(_tax_amount_lost(ln, text, tax_label))
            continue
        if PAID_LABEL.search(text):
            out.paid_before = True
            out.paid.append(abs(values[-1]))
        gross_table = any(i.gross is not None for i in out.items)
        if gross_table and out.table_sums is None and len(values) == 3 and TABLE_SUM.search(text):
            # "Razem: 14 320,72 | 3 244,16 | 17 564,88" under netto / VAT / brutto columns
            out.table_sums = (values[0], values[1], values[2])
            for key, value in zip(("subtotal", "tax", "total"), values, strict=True):
                out.totals.setdefault(key, value)
                out.totals_where.setdefault(key, (ln.page, ln.bbox))
            continue
        if _korean_sum_row(text, values, out):
            for key, value in zip(("subtotal", "tax"), values[-2:], strict=True):
                out.totals.setdefault(key, value)
                out.totals_where.setdefault(key, (ln.page, ln.bbox))
            continue
        if _summary_sum_row(ln, text, values, taxes, goods, out):
            continue
        if _rate_pair_row(ln, text, values, bases, taxes, rates, out):
            continue
        if len(values) == 2 and _coded_rate_row(text, tax_label):
            coded.append(values[1])
            _tax_row(ln, text, values, tax_label, out)
            continue
        if PAY_LABEL.search(text) and out.amount_to_pay is None:
            out.amount_to_pay = values[-1]
            out.amount_to_pay_where = (ln.page, ln.bbox)
        if id(ln) in countries:
            # "Total AT 50.00 / Total DE 10.00": each country's part, no sum of the invoice
            # (nor OCR's "Total HT" read "Total AT")
            continue
        for key, pattern in _labels_for(text, len(values), tax_label):
            if pattern.search(text):
                if key == "total" and _till_sum_elsewhere(text, pattern, ln, lines):
                    # "Suma PLN 522,75" under an invoice in euros: its sums restated in złoty,
                    # no total of its own
                    continue
                if (
                    key == "total"
                    and "subtotal" not in out.totals
                    and _heads_the_sums(lines, index, values[-1], out)
                ):
                    # "Gesamt 2.633,60 € / Rabatt 5 % / Nettobetrag / USt. 19 % /
                    # Rechnungsbetrag": a bare "Gesamt" over the net amount sums the lines
                    key = "subtotal"
                if key in ("shipping", "discount") and _COMPANY_AFTER.match(
                    text[pattern.search(text).end() :]  # type: ignore[union-attr]
                ):
                    # "Harbourline Freight Ltd · Unit 7, Dooley Park": a name, no charge of 7
                    break
                if key == "discount" and _PAYMENT_TERMS.search(text):
                    # "Zahlungsbedingungen: 10 Tage 2 % Skonto, 30 Tage netto", "Payment terms:
                    # 2% discount within 10 days": a discount offered for paying early, its
                    # number a count of days; the invoice's sums do not deduct it
                    break
                if key in ("shipping", "discount") and _dated_label(text, pattern):
                    # "Date de livraison: 20/03/2026  Client n°: 34191": the day of delivery,
                    # no charge; the customer's number after it is no freight
                    break
                if key in ("shipping", "discount") and _amount_before_label(text, pattern):
                    # "Place of supply: Rajasthan 302022 | Transport: Sea freight": a charge's
                    # amount is printed after its name; the postcode before it is no freight
                    break
                if (
                    key == "tax"
                    and _amount_before_label(text, pattern)
                    and not any(money for _v, money in _amount_tokens(ln, out))
                ):
                    # "412 00027 · TVA" over the VAT number: a registration number wrapped in
                    # a narrow cell, its tail before the tax's name; a tax's amount is printed
                    # after its name, and as money
                    break
                if key == "subtotal" and id(ln) in summary and _below_the_sums(out):
                    # an HSN or VAT summary under the total: one rate's taxable value, no
                    # subtotal of the invoice
                    break
                if key == "tax" and (ln.page, ln.bbox) in goods:
                    # "Pasta di Gragnano 1 kg (IVA 4%)": an item's name that says its rate is a
                    # row of the table, no tax line
                    break
                if key == "tax" and _registration(text, ln, lines, out):
                    # "P.IVA: IT16332930229  Tel. +39 035 983 1721", "VAT no.: GB 341 2141 67":
                    # the tax's registration number, and a phone, are no tax amount
                    break
                if key == "subtotal" and re.match(r"^合\s*计", text) and len(values) >= 2:
                    out.totals.setdefault("subtotal", values[0])
                    out.totals.setdefault("tax", values[1])
                    out.totals_where.setdefault("subtotal", (ln.page, ln.bbox))
                elif _bare_count(ln, values[-1], out):
                    # "Rule 46 CGST Rules, 2017", "livraison ... art. 262 ter I du CGI": a
                    # rule's number on a line naming the tax or the delivery
                    break
                elif key == "tax" and _reverses(values[-1], taxes):
                    # "IVA in split payment -220,00" under "IVA 22% 220,00": the VAT a public
                    # buyer pays to the state itself (Italy's scissione dei pagamenti), taken
                    # off the amount to pay, not off the invoice's total
                    break
                elif key == "withholding":
                    _withhold(out, abs(values[-1]))
                    out.totals_where.setdefault(key, (ln.page, ln.bbox))
                elif key == "tax" and not _below_the_sums(out):
                    out.tax_inside = out.tax_inside or bool(_TAX_INSIDE.search(text))
                    # CGST + SGST, or VAT at two rates: each line adds to the tax, also
                    # where the total was printed first ("ご請求金額" above the 小計 and
                    # its "消費税 10%" and "消費税 8%" lines).
                    # The same tax printed twice counts once; the rate tells two apart
                    # ("IVA 22% (519,84)" and "IVA 10% (8,35)").
                    rate = _LINE_RATE.search(text)
                    label = re.sub(r"[\d.,%\s€$£₹¥]+", " ", text).strip().lower()
                    label += f" {rate.group(0).replace(' ', '')}" if rate else ""
                    printed_rates = [re.search(r"%$", k) for k in taxes]
                    again = "total" in out.totals and (
                        rate is None
                        or not all(printed_rates)
                        or any(k.endswith(f" {rate.group(0).replace(' ', '')}") for k in taxes)
                        or values[-1] in taxes.values()
                    )
                    # Under a total printed first, a second tax line adds only at a rate of its
                    # own: a Japanese invoice repeats its "消費税 ¥4,033" in the per-rate
                    # breakdown ("10% 対象 ¥40,330 消費税 ¥4,033"), one tax and not two
                    # "Totale IVA" under the VAT summary's rows: their sum, not one more tax
                    cut_row = rate is None and _rate_cut_row(lines, index, label, values[-1], taxes)
                    label += f" #{len(taxes)}" if cut_row else ""
                    summed = None if cut_row else _tax_sum(text, values[-1], taxes)
                    _tax_row(ln, text, values, tax_label, out)
                    if id(ln) in summary:
                        summary_taxes.append(values[-1])
                    if summed is not None:
                        rates = {k: v for k, v in rates.items() if k in summed}
                        taxes = summed
                    elif id(ln) not in summary and values[-1] in summary_taxes:
                        # "IVA 22%  1.670,53 €" under a VAT summary whose one row's imposta is
                        # 1.670,53: the SdI stylesheets print the summary, then the totals
                        # line by line; added twice, the VAT made every such copy look wrong.
                        # The line's rate is the summary's, its tax still checked against it.
                        for same in [k for k, v in taxes.items() if v == values[-1]][:1]:
                            rates[same] = rates.get(same) or _printed_rate(ln, rate, values, out)
                    elif label not in taxes and not (taxes and again):
                        taxes[label] = values[-1]
                        if rate:
                            out.tax_by_rate.setdefault(
                                _rate_value(rate.group(0)), (values[-1], ln.page, ln.bbox)
                            )
                        out.totals_where.setdefault("tax", (ln.page, ln.bbox))
                        rates[label] = _printed_rate(ln, rate, values, out)
                elif key in ("discount", "shipping") and (
                    _below_the_sums(out) or (ln.page, ln.bbox) in item_rows
                ):
                    # an item row ("Transport Leszno - Madrid"), already in the lines' sum,
                    # or below the total, in a remark ("备注 折扣 4,918.69" under a fapiao's
                    # 价税合计): not a part of the total to add
                    if (ln.page, ln.bbox) not in item_rows:
                        sign = -1 if key == "discount" else 1
                        remarks.append((ln, sign * abs(values[-1])))
                    break
                elif key == "subtotal" and "subtotal" in out.totals and _GRAND.match(text):
                    # "小计 ¥333,782.60 … 合计: ¥339,456.90": under a subtotal, 合计 sums all
                    if "total" not in out.totals:
                        grand = values[-1]
                    out.totals.setdefault("total", values[-1])
                    out.totals_where.setdefault("total", (ln.page, ln.bbox))
                elif key == "total" and (
                    (out.totals.get("total") == grand and _WITH_TAX.match(text))
                    or _over_a_sum(lines, text, out)
                ):
                    # "小计 / 运费 / 合计 ¥14,290.78 / 税额 13% / 价税合计 ¥16,148.58": the 合计
                    # (under a 小计, or with a tax read under it) summed the goods and the freight
                    # before tax; the amount with tax is the total
                    out.totals["total"] = values[-1]
                    out.totals_where["total"] = (ln.page, ln.bbox)
                elif (
                    key == "total"
                    and out.lang == "tr"
                    and "withholding" in out.totals
                    and PAY_LABEL.search(text)
                ):
                    # "Vergiler Dahil Toplam Tutar / KDV Tevkifatı / Ödenecek Tutar": the
                    # e-Fatura's amount to pay, after the KDV the buyer withholds, is the total
                    # (checked as the sum less the withholding)
                    out.totals["total"] = values[-1]
                    out.totals_where["total"] = (ln.page, ln.bbox)
                elif key == "total" and _rounded_after(values[-1], out):
                    # "Total Amount After Tax 29,760.56 / Round Off 0.44 / Grand Total
                    # 29,761.00": the sum to pay is the one rounded
                    out.totals["total"] = values[-1]
                    out.totals_where["total"] = (ln.page, ln.bbox)
                elif key == "total" and _net_under_gross(values[-1], taxes, out):
                    # "Total HT" read "Total AT" by OCR, taken for the total; the tax under it
                    # and a "Total TTC" that is their sum say it was the sum before tax
                    out.totals["subtotal"] = out.totals["total"]
                    out.totals_where["subtotal"] = out.totals_where["total"]
                    out.totals["total"] = values[-1]
                    out.totals_where["total"] = (ln.page, ln.bbox)
                elif key == "shipping" and charges and "total" not in out.totals:
                    # "Freight Charges 850.00 / Packing Charges 120.00": two charges, both
                    # added to the total
                    name = _charge_name(text)
                    if name not in charges:
                        charges[name] = values[-1]
                        out.totals[key] = round(sum(charges.values()), 2)
                elif key == "tax" and taxes:
                    # below the total, under the tax lines it sums: an HSN-wise summary's
                    # "Tax Amount" column repeats one rate's part ("5%  4,458.00"), and taken
                    # for the tax it hid the CGST and SGST lines above it
                    break
                elif key == "subtotal" and _base_at_rate(text, values, out, bases, ln):
                    pass
                elif key not in out.totals:
                    out.totals[key] = values[-1]
                    out.totals_where[key] = (ln.page, ln.bbox)
                    if key == "shipping":
                        charges[_charge_name(text)] = values[-1]
                break
        else:
            if (ln.page, ln.bbox) not in item_rows and not PAID_LABEL.search(text):
                loose.append((index, [v for v, money in _amount_tokens(ln, out) if money]))
    _base_rows(bases, out)
    if any(r and not any(k.endswith(f" {r}") for k in taxes) for r in lost):
        out.doubtful.add("tax")
    if coded and not taxes and "tax" not in out.totals:
        # a till's VAT analysis: each rate's tax is checked against its base (`tax_rows`); the
        # bases are no subtotal of rows a till may print with their tax
        out.totals["tax"] = round(sum(coded), 2)
    if taxes and "tax" not in out.totals:
        out.totals["tax"] = round(sum(taxes.values()), 2)
        if len(rates) == 1:
            out.tax_rate = next(iter(rates.values()))
            out.tax_rate_ocr = any("ocr" in w.fonts for w in lines[0].words)
        elif _central_and_state(rates):
            # India's GST within a state: CGST and SGST (or UTGST) at one rate each, both on
            # the same taxable value, make one tax at twice the rate
            out.tax_rate = 2 * next(iter(rates.values()))  # type: ignore[operator]
            out.tax_rate_ocr = any("ocr" in w.fonts for w in lines[0].words)
            out.tax_rate_of_part = not _whole_base_taxed(lines, out.tax_rate, out)
    if any(isinstance(rate, str) for rate in bases) and all(
        rate in out.tax_by_rate for rate in bases if isinstance(rate, float) and rate
    ):
        # "Imponibile 22,00% / Imposta 22,00% / Imponibile N2.2": the tax is its rate of its
        # own base (a summary's row, `check._tax_rows`), not of the subtotal the untaxed
        # natura's base is part of
        out.tax_rate = None
    _applied_discount(lines, out)
    _remark_lines(remarks, out)
    _cut_at_cell_edge(lines, out)
    _lost_decimal_mark(lines, out)
    _breakdown_sums(lines, out)
    _capital_total(lines, out)
    _sole_sum_total(lines, out)
    _voucher_amount(lines, out)
    _unlabelled_total(lines, out)
    _cents_cut_off(lines, out)
    _fapiao_total(lines, out)
    _fapiao_cents_cut(lines, out)
    _figures_beside_capitals(lines, out)
    _column_total(lines, out)
    _closed_yen_total(lines, out)
    _total_in_words(lines, out)
    _cents_in_capitals(lines, out)
    _unsigned_ocr_total(lines, out)
    _doubtful_total(lines, out)
    _unconfirmed_total(lines, out)
    _tax_included_sums(lines, out)
    _unplaced(lines, loose, unnamed, out)


def _cut_at_cell_edge(lines: list[Line], out: Fields) -> None:
    """A sum LibreOffice Calc cut at its cell's left edge, read as the sum its parts make when
    its figures end that sum's. A right-aligned amount (a text cell) too wide for its column
    is clipped where the label's cell begins; the label, cut at the same edge, ends on a glyph
    the amount's first one lies against or over ("Totaal te b." + ".386,40" for 4.386,40,
    "Total Due" + "45.80" for 26,145.80). Read as printed, the total lost its first figures and
    a genuine invoice was told its sums were wrong. Only a text layer's glyphs show the cut; an
    amount starting at that edge under a label short enough for its cell was cut there too
    ("Subtotal" + "6,145.80" for 26,145.80)."""
    edges = [
        (ln.page, pair[1]) for ln in lines if (pair := _label_and_amount(ln)) and _touch(*pair)
    ]
    for key in ("subtotal", "total"):
        where, value = out.totals_where.get(key), out.totals.get(key)
        line = next((ln for ln in lines if (ln.page, ln.bbox) == where), None)
        pair = _label_and_amount(line) if line is not None else None
        if value is None or line is None or pair is None:
            continue
        amount = pair[1]
        width = 0.6 * max(1.0, amount.bottom - amount.top)
        if _touch(*pair) or any(
            page == line.page and abs(amount.x0 - cut.x0) <= width for page, cut in edges
        ):
            whole = _sum_ending_in(value, _sums_below(key, out))
            if whole is not None:
                out.totals[key] = whole


def _label_and_amount(ln: Line) -> tuple[Word, Word] | None:
    """A text layer's line's last label word and the first word of its amount."""
    words = ln.words
    if any(w.conf is not None or "ocr" in w.fonts for w in words):
        return None
    at = next((i for i, w in enumerate(words) if re.search(r"\d", w.text)), None)
    if not at or not re.search(r"[^\W\d_]\.?$", words[at - 1].text):
        return None
    return words[at - 1], words[at]


def _touch(label: Word, amount: Word) -> bool:
    """Whether the amount begins against or over the label's last glyph: two cells' glyphs
    touch only where one edge cut both."""
    return amount.x0 - label.x1 <= 0.05 * max(1.0, amount.bottom - amount.top)


def _sums_below(key: str, out: Fields) -> set[float]:
    """What the sums read above `key`'s line can make it: for a subtotal the rows' amounts, for
    a total the subtotal; each with or without the tax, the charges and the discount (a net
    sum printed before or after them)."""
    t = out.totals
    if key == "subtotal":
        rows = [i.line_total for i in out.items if i.line_total is not None]
        bases = [sum(rows)] if rows and len(rows) == len(out.items) else []
    else:
        bases = [t["subtotal"]] if "subtotal" in t else []
    parts = [t.get("tax", 0.0), t.get("shipping", 0.0), -discount(t)]
    made: set[float] = set()
    for base in bases:
        for used in itertools.product((0, 1), repeat=len(parts)):
            if key == "subtotal" and used[0]:
                continue  # the sum before tax
            made.add(round(base + sum(p for p, u in zip(parts, used, strict=True) if u), 2))
    return made


def _sum_ending_in(value: float, made: set[float]) -> float | None:
    """The one sum of `made` whose figures end with `value`'s and go on before them."""
    read = f"{abs(value):.2f}".replace(".", "")
    found = {m for m in made if m > value and f"{m:.2f}".replace(".", "").endswith(read)}
    return found.pop() if len(found) == 1 else None


def _unsigned_ocr_total(lines: list[Line], out: Fields) -> None:
    """An OCR'd total read negative on a page printing no other amount below zero: the minus is
    a bracket's or a rule's stroke before the currency sign ("（小写）¥24976.49" read
    "《小写》 -¥24976.49"). A credit note prints its rows and sums negative too (a red-letter
    fapiao's 合计 row, a Gutschrift's lines), so a sign no other amount shares is not the
    document's."""
    t = out.totals
    where = out.totals_where.get("total")
    if t.get("total", 0) >= 0 or where is None or out.document_type == "credit_note":
        return
    at = next((ln for ln in lines if (ln.page, ln.bbox) == where), None)
    if at is None or not any("ocr" in w.fonts for w in at.words):
        return
    others = [v for ln in lines if ln is not at for v, _money in _amount_tokens(ln, out)]
    if any(v < 0 for v in others) or any(v < 0 for k, v in t.items() if k != "total"):
        return
    t["total"] = -t["total"]


def _tax_included_sums(lines: list[Line], out: Fields) -> None:
    """Sums labelled with their tax in them, prices printed with the tax (Japan's 内税, a
    Taiwanese shop's 含稅): "小計(税込) ¥3,280 / 消費税 ¥280 / 合計 ¥3,280". A subtotal so labelled,
    or a total so labelled and equal to the subtotal, holds the tax the tax line repeats: the
    total adds it no second time."""
    t = out.totals
    if out.tax_inside or not t.get("tax") or "subtotal" not in t:
        return

    def labelled(key: str) -> bool:
        where = out.totals_where.get(key)
        return any(
            (ln.page, ln.bbox) == where and _TAX_INCLUDED.search(_label_text(ln)) for ln in lines
        )

    same = "total" in t and abs(t["total"] - t["subtotal"]) < 0.005
    out.tax_inside = labelled("subtotal") or (same and labelled("total"))


def _summary_sum_row(
    ln: Line,
    text: str,
    values: list[float],
    taxes: dict[str, float],
    goods: set[tuple[int, Any]],
    out: Fields,
) -> bool:
    """A VAT summary's sum row, labelled by its first column ("Total HT | 2 688,55 | 248,75 |
    2 937,30", "Base imponible | 424,76 | 89,20 | 513,96"): three amounts, the first two
    making the third, are the net, the tax and the gross. Read by its label, its last amount
    (the gross) was taken for the subtotal, or its first for a subtotal with no tax beside
    it, and the invoice's total looked wrong. The net and the tax are kept where no other
    line gave them; the gross is the total where none is printed."""
    if len(values) != 3 or (ln.page, ln.bbox) in goods:
        return False
    if _RATE_FIRST.match(ln.segments[0].text):
        # "10% | 7.298,25 | 729,83 | 8.028,08": one rate's row, whatever a block beside the
        # summary prints on its line ("Imposta 10% (imponibile")
        return False
    net, tax, gross = values
    if not 0 < tax < net or abs(net + tax - gross) > 0.011:
        return False
    labels = dict(TOTAL_LABELS)
    if not (labels["subtotal"].search(text) or labels["total"].search(text)):
        return False
    where = (ln.page, ln.bbox)
    for key, value in (("subtotal", net), ("total", gross)):
        out.totals.setdefault(key, value)
        out.totals_where.setdefault(key, where)
    if not taxes:
        taxes["sum row"] = tax
        out.totals_where.setdefault("tax", where)
    return True


_RATE_FIRST = re.compile(r"\s*\d{1,2}(?:[.,]\d{1,2})?\s*%\s*$")
# "8%: Wartość netto / Kwot1 267,80  101,42", "21%: Suma be PVM / PVM6 201,69  1 302,35": a
# spreadsheet's VAT summary, one rate a row, the base's and the tax's names in one cell cut at
# its edge, then the base and the tax
_RATE_PAIR = re.compile(r"^\W*(\d{1,2}(?:[.,]\d{1,2})?)\s*%\s*[:：]\s*(?P<names>[^\d/]+)/")
_GLUED_FIGURES = re.compile(r"^\s*[^\W\d_]+(\d{1,3})\s+\d{3}[.,]\d{2}(?!\d)")


def _rate_pair_row(
    ln: Line,
    text: str,
    values: list[float],
    bases: dict[float | str, tuple[float, Line]],
    taxes: dict[str, float],
    rates: dict[str, float | None],
    out: Fields,
) -> bool:
    """One rate's row of such a summary: its base and its tax, the tax that rate of the base.
    Read by the base's name, its last amount (the tax) was taken for the subtotal, and every
    such invoice's sums looked wrong. The bases add up to the subtotal (`_base_at_rate`), the
    taxes to the tax."""
    found = _RATE_PAIR.match(text)
    if found is None or len(values) != 2 or ("subtotal" in out.totals and not bases):
        return False
    if not dict(TOTAL_LABELS)["subtotal"].search(found.group("names")):
        return False
    rate = _rate_value(found.group(1))
    net, tax = values
    # the base's first figures glued to the cut name before it ("PVM6 201,69", "ПД6 529,20"):
    # taken back where the tax, that rate of the whole base, bears them out
    glued = _GLUED_FIGURES.search(text[found.end() :])
    if glued and abs(net * rate / 100 - tax) > 0.011 + 0.0002 * net:
        net = round(int(glued.group(1)) * 1000 + net, 2)
    if rate not in VAT_RATES or rate in bases or abs(net * rate / 100 - tax) > 0.011 + 0.0002 * net:
        return False
    bases[rate] = (net, ln)
    out.totals["subtotal"] = round(sum(v for v, _ln in bases.values()), 2)
    out.totals_where.setdefault("subtotal", (ln.page, ln.bbox))
    label = f"rate {rate:g}%"
    taxes[label] = tax
    rates[label] = rate
    out.tax_by_rate.setdefault(rate, (tax, ln.page, ln.bbox))
    out.totals_where.setdefault("tax", (ln.page, ln.bbox))
    return True


_BASE_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s*%")
# an Italian e-invoice's natura ("Imponibile N2.2", "Imponibile N6.3"): the code FatturaPA gives
# a base taxed at no rate (not subject, not taxable, reverse charge), printed in the riepilogo
# per aliquota beside the bases at their rates
_NATURA = re.compile(r"(?<![\w.])N[1-7](?:\.\d{1,2})?(?![\w.])")


def _rate_value(printed: str) -> float:
    return float(printed.replace(" ", "").rstrip("%").replace(",", "."))


def _base_at_rate(
    text: str,
    values: list[float],
    out: Fields,
    bases: dict[float | str, tuple[float, Line]],
    ln: Line,
) -> bool:
    """A subtotal line that names a VAT rate ("Netto 19 %  2.335,60", "Imponibile 22%
    459,80", "Base imponible 4%  1.248,52") is that rate's base; a page of several rates
    prints one such line a rate, each over its tax, and no net sum. The bases at distinct
    rates add up to the subtotal: the first alone, taken for it, made every such invoice's
    total look a rate's base too high. Not where a subtotal without a rate was read first
    (its breakdown follows it)."""
    found = _BASE_RATE.findall(text)
    natura = _NATURA.findall(text) if out.lang == "it" and not found else []
    if len(found) + len(natura) != 1 or len(values) != 1:
        return False
    if "subtotal" in out.totals and not bases:
        return False
    # each natura is a base of its own at no rate: "Imponibile N2.2" beside "Imponibile N3.1"
    rate: float | str = natura[0] if natura else _rate_value(found[0])
    if (not natura and rate not in VAT_RATES) or rate in bases:
        return rate in bases
    bases[rate] = (values[0], ln)
    out.totals["subtotal"] = round(sum(v for v, _ln in bases.values()), 2)
    out.totals_where.setdefault("subtotal", (ln.page, ln.bbox))
    return True


# "Sconto in fattura 2,00% (già applicato)", "Sconto incondizionato in fattura 5,00% applicato
# all'imponibile": an Italian invoice's discount on the whole document, as a percentage only
_APPLIED_DISCOUNT = re.compile(
    r"\bsconto\b(?:\s+incondizionato)?(?:\s+in\s+fattura)?\s*:?\s*(\d{1,2}(?:,\d{1,2})?)\s*%", re.I
)


def _applied_discount(lines: list[Line], out: Fields) -> None:
    """An Italian document's discount printed as a percentage alone above its riepilogo, whose
    bases (the subtotal) the program made from the lines less that share: read as the
    discount inside the subtotal (`check._inside_subtotal`), so the lines, the subtotal and the
    total are checked with it. Only where the share of the lines' sum, rounded per base, is
    the subtotal: a discount the percentage does not make is left to the sums' check."""
    t = out.totals
    where = out.totals_where.get("subtotal")
    if out.lang != "it" or "discount" in t or "subtotal" not in t or not where or not where[1]:
        return
    if not out.items or any(i.line_total is None for i in out.items):
        return
    lines_sum = sum(i.line_total for i in out.items if i.line_total is not None)
    rows = {(i.page, i.bbox) for i in out.items}
    for ln in lines:
        found = _APPLIED_DISCOUNT.search(ln.text)
        # a row's own discount ("Zaino - sconto 15%") is in its amount already
        if not found or (ln.page, ln.bbox) in rows:
            continue
        if (ln.page, ln.bbox[1]) >= (where[0], where[1][1]):
            continue
        off = round(lines_sum * float(found.group(1).replace(",", ".")) / 100, 2)
        # each rate's base is rounded apart: a cent a base
        if off > 0 and abs(lines_sum - off - t["subtotal"]) <= 0.01 * len(out.items) + 0.005:
            t["discount"] = off
            out.totals_where["discount"] = (ln.page, ln.bbox)
        return


def _base_rows(bases: dict[float | str, tuple[float, Line]], out: Fields) -> None:
    """Each rate's base and tax printed on lines of their own ("Netto 7 %  727,76" over
    "USt.-Betrag 7 %  50,94"): a VAT summary row, checked alone (`check._tax_rows`)."""
    for rate, (base, ln) in bases.items():
        if isinstance(rate, float) and rate and rate in out.tax_by_rate:
            ocr = any("ocr" in w.fonts for w in ln.words)
            tax = out.tax_by_rate[rate][0]
            out.tax_rows.append((rate, base, tax, ocr, ln.page, ln.bbox))


def _unplaced(
    lines: list[Line], loose: list[tuple[int, list[float]]], unnamed: set[int], out: Fields
) -> None:
    """The amounts printed among the sums that no label placed (`Fields.unplaced`): on the
    total's page, from the first line of a sum above the total (or, with none, two lines
    above it) to the line under it. An amount the reading already holds (a sum, a row's
    amount, the rows' sum) is placed. `unnamed`: lines of an amount a label names, though no
    sum's label (`_header_rows`), never bare."""
    where = out.totals_where.get("total")
    if where is None:
        return
    spots = {(ln.page, ln.bbox): k for k, ln in enumerate(lines)}
    at = spots.get(where)
    if at is None:
        return
    sums = [
        spots[w]
        for key, w in out.totals_where.items()
        if key != "total" and w in spots and spots[w] < at and w[0] == where[0]
    ]
    start = min(sums) if sums else at - 2
    rows = [i.line_total for i in out.items if i.line_total is not None]
    known = [*out.totals.values(), *rows, sum(rows)]
    for index, values in loose:
        if not start <= index <= at + 1 or lines[index].page != where[0]:
            continue
        # nothing on the line but its one amount: an item row whose words OCR garbled ("957+
        # M2 ¥330" over a receipt's 合計) keeps some, a row of numbers has several
        rest = re.sub(r"[(\-]?(?:[A-Z]{0,2}\$|[¥￥€£₹])?\s?\d[\d,.]*\)?", "", lines[index].text)
        bare = index < at and len(values) == 1 and not re.search(r"[^\W_]", rest)
        bare = bare and id(lines[index]) not in unnamed
        # an amount a tax inside the prices labels, its label wrapped round it ("Alíquota ISS
        # 5% —" / "R$ 763,29" / "Valor do ISS"): named, and no part of the total
        bare = bare and not any(
            INCLUDED_TAX.search(lines[k].text)
            for k in (index - 1, index + 1)
            if 0 <= k < len(lines) and lines[k].page == lines[index].page
        )
        for value in values:
            if abs(value) >= 1 and all(abs(abs(value) - abs(k)) > 0.011 for k in known):
                out.unplaced.append(value)
                if bare:
                    out.unplaced_bare.append(value)


_TAX_INSIDE = re.compile(
    r"\bincl(?:uded|udes|uding|\.)?(?!\w)|\binc\.?\s*(?:gst|vat|tax)\b|"
    r"\b(?:davon|dont|di\s*cui|w\s*tym|waarvan)\b|"
    r"[内內]\s*(?:消\s*費\s*)?[税稅]|うち\s*消\s*費\s*税|含\s*[税稅]|其\s*中|"
    # Taiwan's receipts: "營業稅 (內含)", "內含營業稅 5%", the tax already in the amounts
    r"[内內]\s*含|已\s*含",
    re.I,
)
_TAX_INCLUDED = re.compile(r"税\s*込|含\s*[税稅]|[内內]\s*[税稅]")
_PRICE_AND_TAX = re.compile(r"^[价價]\s*[税稅]\s*合\s*[计計](?!\s*[（(]\s*大\s*写)")


def _central_and_state(rates: dict[str, float | None]) -> bool:
    """Whether the tax lines read are a CGST and an SGST (or UTGST) line, each with its rate,
    the same one."""
    names = {m.group(0) for k in rates if (m := re.match(r"\W*(?:c|s|ut)gst\b", k))}
    values = set(rates.values())
    return len(rates) == 2 and len(names) == 2 and len(values) == 1 and None not in values


def _whole_base_taxed(lines: list[Line], rate: float, out: Fields) -> bool:
    """Whether the page says all of its subtotal bears GST at `rate` (CGST's and SGST's
    together): the subtotal's line names the taxable value, or every row prints that rate (or
    its central half)."""
    rows = [i.rate for i in out.items]
    if rows and all(r in (rate, rate / 2) for r in rows):
        return True
    where = out.totals_where.get("subtotal")
    return any((ln.page, ln.bbox) == where and re.search(r"taxable", ln.text, re.I) for ln in lines)


# "Total AT", "TOTAL DE": a total of one country's part, a country's two capitals its label's
# end, its amount next (not a dollar's "TOTAL US$", nor "TOTAL DE LA FACTURA")
_COUNTRY_TOTAL = re.compile(
    r"^(?:Total|TOTAL)\s+(?!H[TI1]\b|DU\b|TO\b|NO\b|IN\b|OF\b)([A-Z]{2})\s*:?\s*(?=[\d€£(\-]|$)"
)


def _country_totals(lines: list[Line]) -> set[int]:
    """The lines of a breakdown by country ("Total AT 50.00 / Total DE 10.00 / Total 60.00"):
    two "Total XX" lines or more, each naming its own country."""
    found = [(ln, m.group(1)) for ln in lines if (m := _COUNTRY_TOTAL.match(_label_text(ln)))]
    if len({code for _ln, code in found}) < 2:
        return set()
    return {id(ln) for ln, _code in found}


def _rounded_after(value: float, out: Fields) -> bool:
    """Whether a second total `value` is the first plus the round-off read under it."""
    first, where = out.totals.get("total"), out.totals_where.get("total")
    rounding, at = out.totals.get("rounding"), out.totals_where.get("rounding")
    if first is None or where is None or not rounding or at is None:
        return False
    below = at[0] == where[0] and at[1][1] > where[1][1]
    return below and abs(first + rounding - value) < 0.005


def _net_under_gross(value: float, taxes: dict[str, float], out: Fields) -> bool:
    """Whether a second total `value` is the first one (read with no subtotal) plus the tax
    read under it, to the cent: the first summed the goods before tax, whatever its label was
    read as."""
    first, where = out.totals.get("total"), out.totals_where.get("total")
    # under a total, a tax line is read as a sum, not as one rate's part
    tax = sum(taxes.values()) if taxes else out.totals.get("tax")
    tax_at = out.totals_where.get("tax")
    if first is None or where is None or "subtotal" in out.totals or not tax or tax_at is None:
        return False
    return (
        tax_at[0] == where[0]
        and tax_at[1][1] > where[1][1]
        and 0 < first < value
        and abs(first + tax - value) < 0.005
    )


def _over_a_sum(lines: list[Line], text: str, out: Fields) -> bool:
    """Whether `text` is a 价税合计 (the amount with tax) under a total taken from a bare 合计
    with a tax read between them: the 合计 summed the goods and charges before tax."""
    where = out.totals_where.get("total")
    if not _PRICE_AND_TAX.match(text) or where is None or "tax" not in out.totals_where:
        return False
    at = next((ln for ln in lines if (ln.page, ln.bbox) == where), None)
    tax = out.totals_where["tax"]
    return (
        at is not None
        and _GRAND.match(_label_text(at)) is not None
        and tax[0] == where[0]
        and tax[1][1] > where[1][1]
    )


# A tax line's head: the tax's name, then its rate ("IVA 22%", "Kwota VAT 23 %", "MwSt. 19%")
_TAX_RATE_HEAD = re.compile(
    r"^\W*(?:[^\W\d_]+\.?\s+){0,2}?(\S+?)\.?\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*%"
)


_GROSS_NAMED = re.compile(r"(?<![^\W\d_])(?:" + COL_GROSS + r")(?![^\W\d_])", re.I)


# A till's VAT analysis, one rate a row: the rate's code letter, its rate, then the base and
# the tax each after its name ("A 20 % Netto 1.240,50 USt 248,10", "B 8.1 % Netto 1'350.00
# MWST 109.35"). The base's name matched the subtotal, and the rate's tax became one.
_CODED_RATE = re.compile(
    r"^\W*(?-i:[A-Z])\s+(\d{1,2}(?:[.,]\d{1,2})?)\s*%\s*(?:netto|net|nett|imponibile|base)\b"
    r"[^\d]*\d[\d.,'’ ]*\s+(?P<tax>[^\d]+?)\s*[\d]",
    re.I,
)


def _coded_rate_row(text: str, tax_label: re.Pattern[str]) -> re.Match[str] | None:
    """A till's VAT analysis row: its code, rate, base and tax, the tax named."""
    found = _CODED_RATE.match(text)
    if found is None or not tax_label.search(found.group("tax")):
        return None
    return found


# A Polish fiscal receipt's sum named with its currency ("SUMA PLN 126,04"), and what marks the
# page as such a receipt: its title or its PTU (the tax) lines
_TILL_SUM = re.compile(r"^suma\s*[:：]?\s*(?:pln|zł)\b", re.I)
_FISCAL_RECEIPT = re.compile(r"paragon\s*fiskalny|\bptu\b", re.I)


def _till_sum_elsewhere(text: str, total: re.Pattern[str], ln: Line, lines: list[Line]) -> bool:
    """Whether `text` is a total only as a fiscal receipt's "SUMA PLN", on a page that is no
    fiscal receipt: a Polish invoice in euros restates its sums in złoty ("Suma PLN") under
    the total it is due in."""
    if not _TILL_SUM.match(text) or total.search(_TILL_SUM.sub("", text, count=1)):
        return False
    return not any(_FISCAL_RECEIPT.search(o.text) for o in lines if o.page == ln.page)


def _labels_for(
    text: str, amounts: int, tax_label: re.Pattern[str]
) -> list[tuple[str, re.Pattern[str]]]:
    """The labels to try on a totals line, in order. A tax line that names its base after its
    rate ("IVA 22% (Imponibile 1.315,02) € 289,30", "Kwota VAT 8% (Netto 4 988,03) 399,04 zł",
    "MwSt. 19 % auf Nettobetrag 1.000,00  190,00") is the tax at that rate, its last amount the
    tax: the base's name ("Imponibile", "Netto") matched the subtotal first, and every rate's
    tax of a multi-rate summary was lost. Not where a gross amount is named on the line too
    (a VAT table's row: rate, net, tax, gross), nor with one amount (the base's, its tax
    printed apart)."""
    head = _TAX_RATE_HEAD.match(text)
    if amounts < 2 or head is None or not tax_label.fullmatch(head.group(1)):
        return TOTAL_LABELS
    rest = text[head.end() :]
    named = {key for key, pattern in TOTAL_LABELS if pattern.search(rest)}
    if named - {"subtotal"} or _GROSS_NAMED.search(rest):
        return TOTAL_LABELS
    return [(k, p) for k, p in TOTAL_LABELS if k == "tax"] + [
        (k, p) for k, p in TOTAL_LABELS if k != "tax"
    ]


def _tax_row(
    ln: Line, text: str, values: list[float], tax_label: re.Pattern[str], out: Fields
) -> None:
    """A tax line that prints its rate, then its base and its tax ("TVA 20% (Base HT 3 103,70)
    621,74 €"): kept for the base's own check, the one place a VAT error of one rate shows
    where the total was made from the wrong tax. A base in brackets ("USt 20 % (648,58) €
    130,72") is the base, not an amount in the red."""
    coded = _coded_rate_row(text, tax_label)
    head = coded or _TAX_RATE_HEAD.match(text)
    if head is None or len(values) != 2:
        return
    if values[0] < 0 < values[1] and re.search(r"\(\s*[\d.,' ]+\s*\)", text):
        values = [-values[0], values[1]]
    if not 0 < values[1] < values[0]:
        return
    rate = float(head.group(1 if coded else 2).replace(",", "."))
    if not rate or not (coded or tax_label.fullmatch(head.group(1))):
        return
    ocr = any("ocr" in w.fonts for w in ln.words)
    if ocr and rate not in VAT_RATES:
        return  # a rate OCR misread
    out.tax_rows.append((rate, values[0], values[1], ocr, ln.page, ln.bbox))


def _breakdown_sums(lines: list[Line], out: Fields) -> None:
    """A 適格請求書's sums from its per-rate breakdown when OCR lost the 小計's label or a tax
    line's amount: the breakdown's amounts are after any discount and with the freight, its
    taxes every rate's. Only where no discount or freight was read apart (it would count twice)
    and the breakdown checks itself (`japanese.rate_breakdown`)."""
    t = out.totals
    if "subtotal" in t or "discount" in t or "shipping" in t:
        return
    found = rate_breakdown("\n".join(ln.text for ln in lines))
    if found is None:
        return
    at = next((ln for ln in lines if rate_breakdown(ln.text)), None)
    if at is None:
        return  # a breakdown over lines of its own: read, but its place not one line
    t["subtotal"], t["tax"] = float(found[0]), float(found[1])
    out.totals_where["subtotal"] = out.totals_where["tax"] = (at.page, at.bbox)
    # The breakdown holds every rate the page names, so a tax line whose amount OCR lost
    # ("消費税 (10% 対象)") lost nothing from the tax (`_tax_amount_lost`).
    out.doubtful.discard("tax")
    if "total" not in t:
        t["total"] = float(sum(found))
        out.totals_where["total"] = (at.page, at.bbox)


def _charge_name(text: str) -> str:
    """A charge line's words without its amounts: "Packing Charges" of "Packing Charges 120.00"."""
    return re.sub(r"[\d.,%\s€$£₹¥]+", " ", text).strip().lower()


# A tax line's rate; not the end of a number in scientific notation (a spreadsheet's "TVA
# 2E+1%" for 20 %, read as 1 %, told its tax was twenty times too high)
_LINE_RATE = re.compile(r"(?<![Ee]\+)\d+(?:[.,]\d+)?\s*%")


def _printed_rate(
    ln: Line, rate: re.Match[str] | None, values: list[float], out: Fields
) -> float | None:
    """A tax line's rate ("IVA 22%"), where the line holds the one amount (not a base beside
    it); read by OCR, only a rate some country charges (OCR may misread it)."""
    if rate is None or len(values) != 1:
        return None
    value = number(rate.group(0).rstrip("% "), out)
    if any("ocr" in w.fonts for w in ln.words) and value not in VAT_RATES:
        return None
    return value


# The VAT and GST rates charged in Europe and elsewhere (standard and reduced); Switzerland's
# MWST 8.1 / 2.6 / 3.8 % (7.7 / 2.5 / 3.7 % before 2024), Ireland's 13.5 %, Finland's 25.5 %
VAT_RATES = frozenset(
    {0.0, 2.1, 2.5, 3.0, 4.0, 5.0, 5.5, 6.0, 7.0, 8.0, 9.0, 10.0, 12.0, 13.0, 14.0, 15.0, 16.0}
    | {17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 27.0}
    | {2.6, 3.7, 3.8, 7.7, 8.1, 13.5, 25.5}
)


def _tax_amount_lost(ln: Line, text: str, tax_label: re.Pattern[str]) -> str | None:
    """The rate ("10%") of a tax line whose name and rate OCR read but no amount ("IVA 10% |
    TOE:"). Where no tax at that rate was read elsewhere, the tax read is a part of the tax,
    and a total above the parts is no proof of an error; a heading over the rate's amounts
    ("消費税 (10% 対象)" over "10% 対象 ¥849,720 消費税 ¥84,972") loses nothing."""
    rate = re.search(r"\d+(?:[.,]\d+)?\s*%", text)
    if rate is None or not tax_label.search(text) or TAX_ID.search(text):
        return None
    return rate.group(0).replace(" ", "") if any("ocr" in w.fonts for w in ln.words) else None


def _date_years(ln: Line) -> set[float]:
    return {float(found[2].year) for found in find_dates(ln.text)}


def _reverses(value: float, taxes: dict[str, float]) -> bool:
    """Whether a tax line takes back the taxes read above it to the cent."""
    return value < 0 and bool(taxes) and abs(value + sum(taxes.values())) < 0.005


# A tax line that sums the taxes above it: "Totale IVA", "Total VAT", "MwSt. gesamt", the
# total word next to the tax's name (not "VAT 20% on a total of ...").
# "Montant TVA" heads a summary's tax column: with a rate after it ("Montant TVA 20 %") it is
# that rate's tax, not their sum
_TAX_SUM = re.compile(
    r"\b(?:total[e]?|totaal|summe|razem|suma)\s+(?:de\s+(?:la\s+)?|der\s+|di\s+)?"
    r"(?:tax|vat|gst|iva|imposta|imposte|tva|btw|mwst|ust|podatek|podatku|ptu)\b|"
    r"\bmontant\s+(?:de\s+(?:la\s+)?)?tva\b(?!\s*\d{1,2}(?:[.,]\d{1,2})?\s*%)|"
    r"\b(?:tax|vat|gst|iva|imposta|tva|btw|mwst|ust)\.?\s+(?:total[e]?|totaal|gesamt)\b|"
    r"(?:税額|消費税|税额|消费税)\s*合\s*[计計]",
    re.I,
)
# Italy's stamp duty, a tax line beside the VAT that a "Totale IVA" leaves out
_STAMP = re.compile(r"\bbollo\b", re.I)


def _rate_cut_row(
    lines: list[Line], index: int, label: str, value: float, taxes: dict[str, float]
) -> bool:
    """Whether the tax line at `index`, read with no rate, is another rate's row under a row of
    the same label and no rate either, with another amount: a spreadsheet cell cut "Razem VAT
    23%" and "Razem VAT 5%" at its edge, both read "Razem VAT". One tax, and "a sum of the
    taxes" by its label, the second replaced the first; the rows add up."""
    if index == 0 or label not in taxes or abs(taxes[label] - value) < 0.005:
        return False
    above = _label_text(lines[index - 1])
    return not _LINE_RATE.search(above) and _charge_name(above) == label


def _tax_sum(text: str, value: float, taxes: dict[str, float]) -> dict[str, float] | None:
    """The taxes read so far as a tax line labelled as their total leaves them, or None for
    another tax line. An Italian e-invoice's copy prints its VAT summary ("Riepilogo IVA":
    rate, imponibile, imposta) and then "Totale IVA" with the same amount: added to the
    summary's tax, the VAT counted twice and every such genuine invoice looked wrong. Where it
    is not their sum (a second rate's row of the summary not read), the printed total of the
    tax replaces them; the stamp duty ("Bollo virtuale 2,00"), which it leaves out, stays."""
    label = _TAX_SUM.search(text)
    if not taxes or not label:
        return None
    # "Razem VAT 5%" under "Razem VAT 23%": each rate's total, at a rate not read before
    own = _LINE_RATE.match(text[label.end() :].lstrip(" :"))
    if own and not any(k.endswith(f" {own.group(0).replace(' ', '')}") for k in taxes):
        return None
    stamps = {k: v for k, v in taxes.items() if _STAMP.search(k)}
    vat = [v for k, v in taxes.items() if k not in stamps]
    if any(abs(value - round(sum(p), 2)) < 0.005 for p in (taxes.values(), vat) if p):
        return taxes
    return {**stamps, text: value}


# "Cena/MJ bez DPH", "Unit price excl. VAT", "Preis ohne MwSt.": the tax named as left out of
# an amount; on a page that names it so only, no tax is charged to leave unread
_WITHOUT_TAX = re.compile(
    r"(?:\bbez|\bexcl\.?|\bexkl\.?|\bexcluding|\bexclusive\s+of|\bohne|\bwithout|\bsans|"
    r"\bhors|\bsenza|\bsin|\bzonder|\bbe|(?<!\w)без)\s*$",
    re.I,
)


def _names_tax_charged(text: str, tax_label: re.Pattern[str]) -> bool:
    """Whether `text` names a tax other than as left out of an amount."""
    return any(
        not _WITHOUT_TAX.search(text[max(0, m.start() - 16) : m.start()])
        for m in tax_label.finditer(text)
    )


# A registration number's label ("· VAT No." closing a footer after the postcode "518101"):
# what follows it is no amount of tax.
# Spain's "NIF-IVA:" and Italy's "P.IVA", their number wrapped onto the next line after a phone
# ("Tel. +34 942 55 80 19 | NIF-IVA:"), name the tax's registration too.
# "– TVA FR22811078783." in a French legal footer beside "RCS Lyon 195003694": the tax's name
# before a VAT number (two capitals, then digits, grouped or not: "TVA FR62 881 427 305") names
# the registration. "VAT Reg GB 284 5510 37  Tel 01274 555 310": a registration, and a phone.
_TAX_ID_LABEL = re.compile(
    r"\b(?:vat|tax|gst)\s*(?:reg\.?\s*)?(?:no|number|id)\b\.?|\b(?:vat|tax|gst)\s*reg(?:\.|istration\b|\b)|"
    r"\b(?:nif|cif)\b(?:[\s\-]*iva\b)?|"
    r"\bpartita\s*iva\b|\bp\.\s*iva\b|"
    r"\b(?:vat|tva|iva|btw|mwst|ust|moms|mva|alv)\b\.?\s*[:：]?\s*(?-i:[A-Z]{2})\s?\d(?:\s?\d){7,13}\b|"
    # a Norwegian company's number with "MVA" after it, registered for VAT ("Org.nr 918 442
    # 307 MVA", "Foretaksregisteret NO 918 442 307 MVA"): no tax of 307
    r"\b\d{3}\s?\d{3}\s?\d{3}\s?(?-i:MVA)\b|foretaksregisteret|"
    # Canada's business number with its tax account ("TPS 75531 0286 RT0001", "TVQ 1006372219
    # TQ0001", "GST/HST # 812345678RT0001"): the 4-digit group before the account was a tax of 286
    r"\d(?:\s?\d){8,9}\s?(?-i:RT|TQ)\s?\d{4}\b|"
    # a Swiss business's number, its VAT registration named after it ("UID CHE-123.456.789
    # MWST", "CHE-123.456.789 TVA"): the phone after it was read as a tax
    r"\bche[-\s]?\d{3}\.?\d{3}\.?\d{3}\b|"
    # Lithuania's VAT code cut short ("PVM k.: LT 100004217", "PVM mok. k."); a Ukrainian VAT
    # payer's certificate and its number ("Свідоцтво платника ПДВ № 200012345")
    r"\bpvm\s*(?:mok(?:ėtojo|\.)\s*)?(?:kodas\b|k\.)|свідоцтв\w*|\bпдв\s*(?:№|n°)",
    re.I,
)


# A bare run of eight digits or more after a tax's name, no mark and no cents ("VAT 41827305",
# a Taiwanese exporter's business number without its country): a registration number, unless
# it is the tax that closes the page's sums (`_closes_sums`): dong, rupiah and won print taxes
# of tens of millions ungrouped ("VAT: 15000000")
_BARE_TAX_NUMBER = re.compile(
    r"\b(?:vat|tva|iva|btw|mwst|ust|moms|mva|alv|gst)\b\.?\s*[:：#]?\s*(\d{8,15})\b(?![.,]\d)",
    re.I,
)


def _registration(text: str, ln: Line, lines: list[Line], out: Fields) -> bool:
    """Whether `text`, read on `ln`, names a tax's registration, not a tax charged
    (`_TAX_ID_LABEL`, `_BARE_TAX_NUMBER`)."""
    if TAX_ID.search(text) or _TAX_ID_LABEL.search(text):
        return True
    bare = _BARE_TAX_NUMBER.search(text)
    return bare is not None and not _closes_sums(float(bare.group(1)), ln, lines, out)


def _closes_sums(value: float, ln: Line, lines: list[Line], out: Fields) -> bool:
    """Whether `value` on `ln`, added to an amount on another line of its page, makes an
    amount printed under both: a subtotal, the tax and the total."""
    page = [other for other in lines if other.page == ln.page and other is not ln]
    read = [(other.bbox[1], v) for other in page for v in _amounts(other, out)]
    return any(
        abs(a + value - b) < 0.005 and bottom > max(top, ln.bbox[1])
        for top, a in read
        for bottom, b in read
    )


def _withhold(out: Fields, value: float) -> None:
    """A Mexican CFDI withholds two taxes ("IVA retenido", "ISR retenido"), each on its line:
    they add up. A line of the amount already held back is their sum, or the same one again."""
    held = out.totals.get("withholding")
    if held is None or abs(held - value) >= 0.005:
        out.totals["withholding"] = round((held or 0.0) + value, 2)


def _amount_before_label(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether the line's digits all stand before the charge's name, none after it."""
    # a rate before the name is the charge's own ("2 % Skonto", "10% discount")
    text = re.sub(r"\d+(?:[.,]\d+)?\s*%", " ", _TRANSPORT_DOC.sub(" ", text))
    found = pattern.search(text)
    if found is None:
        return False
    return bool(re.search(r"\d", text[: found.start()])) and not re.search(
        r"\d", text[found.end() :]
    )


def _dated_label(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether a date follows the charge's name, at most a colon between them."""
    found = pattern.search(text)
    if found is None:
        return False
    rest = text[found.end() :]
    gap = re.match(r"\s*[:：]?\s*", rest)
    dates = find_dates(rest)
    return bool(dates) and gap is not None and dates[0][0] <= gap.end()


# The terms of payment named on a line: a discount there is one for paying early
_PAYMENT_TERMS = re.compile(
    r"zahlungsbeding|zahlungsziel|payment\s*terms|terms\s*of\s*payment|"
    r"conditions\s*de\s*(?:paiement|règlement)|condizioni\s*di\s*pagamento|"
    r"condiciones\s*de\s*pago|betalingsvoorwaarden|warunki\s*płatności",
    re.I,
)


# A legal form a few words after a charge's name: the name of a company ("Freight Ltd").
_COMPANY_AFTER = re.compile(
    r"^[^\W\d_]*(?:\s+[^\W\d_]+)?\s+(?:ltd|limited|llc|inc|gmbh|ag|s\.?r\.?l|s\.?p\.?a|"
    r"s\.?a\.?s|sarl|s\.?a|b\.?v|n\.?v|sp\.\s?z|co\.|company|corp)\b\.?",
    re.I,
)


# A total's label that is the bare word, its amount beside it ("Gesamt  1.254,96 €", "Gesamt
# 2.249,04 EUR"), its currency's sign after the amount too ("Razem: 3 293,93 zł", OCR's "zt").
_BARE_SUM = re.compile(
    # Korean "합계" (the sum) alone, as bare as "Total"
    r"^(?:total|totale|totaal|gesamt|summe|razem|celkem|합\s*계)\b(?:[\W\d]|eur|chf|원)*"
    r"(?:(?<=\d)\s*[^\W\d_]{1,3}\W*)?$",
    re.I,
)


def _heads_the_sums(lines: list[Line], index: int, value: float, out: Fields) -> bool:
    """Whether a line labelled with the bare word "Gesamt" (or "Total") heads the totals block:
    a subtotal's label ("Nettobetrag", "Zwischensumme") starts a line with its amount below it on
    its page, or a total named as the amount to pay or with tax follows it and is larger, so it
    is the sum of the lines that discount, shipping and tax turn into the named total below.
    Not where the amount, `value`, is spelt out in words under it: that is the total, and the
    sums end there (an Indian invoice's HSN summary below, its "Taxable Value" a subtotal)."""
    if not _BARE_SUM.match(_label_text(lines[index])):
        return False
    subtotal = dict(TOTAL_LABELS)["subtotal"]
    below = []
    for ln in lines[index + 1 : index + 6]:
        spelt = amount_in_words(ln.text)
        if ln.page != lines[index].page or (spelt is not None and abs(spelt - value) < 0.01):
            break
        below.append(ln)
    # the label with its amount, not a VAT summary's header ("MwSt  Netto  MwSt  Brutto")
    return any(
        re.search(r"\d", ln.text) and any(subtotal.match(s.text) for s in ln.segments)
        for ln in below
    ) or _named_total_below(value, below, out)


def _named_total_below(value: float, below: list[Line], out: Fields) -> bool:
    """Whether a total named in full ("Razem do zapłaty", "Amount due", "Gesamtbetrag") follows
    a bare "Razem" (or "Total") with amounts between them and is larger than it: "Razem
    451,64 / Kwota VAT 23% 44,19 / Kwota VAT 5% 12,98 / Razem do zapłaty 508,81". The bare word
    summed the lines before the tax. A smaller named total is the balance after a deposit and
    leaves the bare total as it is."""
    total = dict(TOTAL_LABELS)["total"]
    between = False
    for ln in below:
        text = _label_text(ln)
        values = _amounts(ln, out)
        if not values:
            continue
        if total.search(text) and not _BARE_SUM.match(text):
            return between and values[-1] > value
        between = True
    return False


def _below_the_sums(out: Fields) -> bool:
    """Whether a line read now comes after the totals block's total: a total was read, and not
    above the subtotal (a Japanese invoice's "ご請求金額" printed at the top, before the 小計,
    送料 and 値引 lines that make it up)."""
    total, sub = out.totals_where.get("total"), out.totals_where.get("subtotal")
    if total is None:
        return False
    if sub is None and total[1] is not None and out.items:
        # the amount to pay printed above the item table heads the page, not the sums below
        first = min(out.items, key=lambda i: (i.page, i.bbox[1]))
        if (total[0], total[1][1]) < (first.page, first.bbox[1]):
            return False
    return sub is None or (total[0], total[1][1]) > (sub[0], sub[1][1])


def _remark_lines(remarks: list[tuple[Line, float]], out: Fields) -> None:
    """A discount or a freight charge in a remark under the total ("备注 折扣 4,918.69",
    "备注 运费 175.00") by which the lines' sum misses the subtotal is a line of the invoice:
    with it the lines make the subtotal (a fapiao's 合计), so it is kept as a line (a
    discount negative), and the lines then add up. `remarks` hold discounts negative."""
    sub = out.totals.get("subtotal")
    if sub is None or not out.items or any(i.line_total is None for i in out.items):
        return
    lines_sum = sum(i.line_total or 0 for i in out.items)
    for ln, value in remarks:
        if abs(lines_sum + value - sub) <= 0.011:
            label = re.sub(r"[\d.,\s\-¥￥]+$", "", _label_text(ln)).strip()
            out.items.append(Item(label, None, None, None, value, ln.page, ln.bbox))
            return


def _lost_decimal_mark(lines: list[Line], out: Fields) -> None:
    """An OCR'd discount or tax whose decimal mark was lost ("Rabatt 2%  540" for 5,40): its
    own rate times the subtotal says where the mark was. Only a hundredth of the read value
    that the rate bears out to the cent is taken."""
    sub = out.totals.get("subtotal")
    if not sub:
        return
    for key in ("discount", "tax"):
        value, where = out.totals.get(key), out.totals_where.get(key)
        line = next((ln for ln in lines if (ln.page, ln.bbox) == where), None)
        if value is None or line is None or not any("ocr" in w.fonts for w in line.words):
            continue
        rate = re.search(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%", line.text)
        if rate is None:
            continue
        expected = abs(sub) * float(rate.group(1).replace(",", ".")) / 100
        if abs(abs(value) - expected) > 0.011 and abs(abs(value) / 100 - expected) <= 0.011:
            out.totals[key] = round(value / 100, 2)
        elif key == "tax" and (
            _tax_digit_misread(value, round(expected, 2), out.totals)
            or _cents_lost(value, round(expected, 2), out.totals)
        ):
            out.totals[key] = round(expected, 2)


def _cents_lost(value: float, expected: float, t: dict[str, float]) -> bool:
    """An OCR'd tax read whole where its rate makes it with cents ("IVA 21%  251" for 251,82 on
    a chat-app photo, its ",82" lost): the cents only, where the total read is the subtotal
    plus the tax the rate makes, to the cent."""
    if not float(value).is_integer() or not 0 < expected - value < 1:
        return False
    total, sub = t.get("total"), t.get("subtotal", 0.0)
    return total is not None and abs(sub + expected - total) <= 0.011


def _tax_digit_misread(value: float, expected: float, t: dict[str, float]) -> bool:
    """An OCR'd tax one digit off its rate times the subtotal ("6 827,19" for 6 827,79), where
    the rate's tax makes the total to the cent: OCR's misreading, not the supplier's sum."""
    if "total" not in t or value == expected:
        return False
    made = t["subtotal"] + expected + t.get("shipping", 0) - discount(t)
    a, b = f"{abs(value):.2f}", f"{expected:.2f}"
    one_digit = len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1
    return one_digit and abs(made - t["total"]) <= 0.011


# 合计 is a fapiao's sum before tax, and a sales invoice's grand total when a 小计 comes first.
_GRAND = re.compile(r"^合\s*[计計]")


def _total_in_words(lines: list[Line], out: Fields) -> None:
    """The total spelt out in words (Indian GST invoices print it by law) as a second reading
    of an OCR'd total: it stands in for a total OCR lost, and replaces one whose digits OCR
    misread when the words agree with the subtotal, tax, shipping and discount read and the
    digits do not. A total both readings give stays, even where the sum disagrees: that is the
    document's own arithmetic, reported as such."""
    if not any("ocr" in w.fonts for w in lines[0].words):
        return
    for index, ln in enumerate(lines):
        spelt = amount_in_words(ln.text)
        if spelt is None and index + 1 < len(lines) and re.search(r"in\s+words", ln.text, re.I):
            spelt = amount_in_words(ln.text + " " + lines[index + 1].text)  # wrapped
        if spelt is None or spelt <= 0:
            continue
        t = out.totals
        if "total" not in t:
            t["total"] = spelt
            out.totals_where["total"] = (ln.page, ln.bbox)
        elif abs(t["total"] - spelt) > 0.011 and "subtotal" in t:
            expected = t["subtotal"] + t.get("tax", 0) + t.get("shipping", 0) - discount(t)
            if abs(expected - spelt) <= 0.011:
                t["total"] = spelt
        return


def _cents_in_capitals(lines: list[Line], out: Fields) -> None:
    """A scanned fapiao's 价税合计 whose figures OCR read without their cents ("（小写）¥13790")
    and whose capital numerals it read only in part ("...业佰玖拾圆贰角玖分"): the legible tail of
    the numerals gives the cents where its whole places are the figures' last ones (90 and
    13790). Both readings must agree on a place they share; neither alone is taken."""
    t = out.totals
    total = t.get("total")
    if total is None or total <= 0 or total != int(total):
        return
    for ln in lines:
        if not any("ocr" in w.fonts for w in ln.words):
            continue
        tail = capital_cents(ln.text)
        if tail is None or tail[0] == int(tail[0]):
            continue
        value, place = tail
        if not _beside(out.totals_where.get("total"), ln):
            continue  # the figures are the 小写 on the words' row, after them
        if int(total) % place == int(value):
            t["total"] = int(total) + round(value - int(value), 2)
        return


def _beside(where: tuple[int, Any] | None, ln: Line) -> bool:
    """Whether a value read at `where` stands on `ln`'s row, right of its start."""
    if where is None or where[0] != ln.page or where[1] is None:
        return False
    x0, top, _x1, bottom = where[1]
    lx0, ltop, _lx1, lbottom = ln.bbox
    return x0 >= lx0 and min(bottom, lbottom) - max(top, ltop) > 0.5 * (bottom - top)


def _capital_total(lines: list[Line], out: Fields) -> None:
    """The total a Chinese invoice writes again in capital numerals (大写: "合计金额（大写）：
    伍万捌仟贰佰零叁圆肆角", "价税合计（大写） ⊗ 肆仟壹佰壹拾柒圆贰角柒分") so that its figures
    cannot be altered: the amount to pay, whatever its figures' label. Where no total was read,
    it names which figures are the total: a 合计 read as the sum before tax when nothing is
    added to it, or the sums read; on a text layer the words alone are the document's own
    statement. OCR'd words no figure bears out give no total (a misread glyph can still make
    numerals that parse). A total read whose OCR'd figures the words and the sums contradict
    is replaced by the words, as `_total_in_words` does."""
    found = next(
        ((ln, v) for ln in lines if (v := capital_amount(ln.text)) is not None and v > 0), None
    )
    if found is None:
        return
    at, spelt = found
    t = out.totals
    ocr = any("ocr" in w.fonts for w in at.words)
    added = any(key in t for key in ("tax", "shipping", "discount"))
    expected = t.get("subtotal", 0) + t.get("tax", 0) + t.get("shipping", 0) - discount(t)
    if expected < 0 and abs(expected + spelt) <= 0.011:
        spelt = -spelt  # a credit note's words carry no sign; its figures do ("¥-9,247.40")
    if "total" in t:
        misread = abs(t["total"] - spelt) > 0.011 and abs(expected - spelt) <= 0.011
        if ocr and "subtotal" in t and misread:
            t["total"] = spelt
        return
    if "subtotal" in t and abs(t["subtotal"] - spelt) <= 0.011:
        # the 合计 is the amount to pay: taken as the sum before tax, yet the words say so
        t["total"] = spelt
        out.totals_where["total"] = out.totals_where["subtotal"]
        if added:
            del t["subtotal"]  # printed under the tax (小计, 税额, 合计): it sums them all
            out.totals_where.pop("subtotal", None)
        return
    figures = _printed_below_items(lines, spelt, out)
    if figures is None and ocr and not ("subtotal" in t and abs(expected - spelt) <= 0.011):
        return
    where = figures or at
    t["total"] = spelt
    out.totals_where["total"] = (where.page, where.bbox)


# Capital numerals' digits and units: three of them in a cell are an amount in words (壹 to 玖
# are no ordinary text's; 万, 元 and 整 are, in names and prices).
_CAPITAL_GLYPHS = re.compile(f"[{''.join((*CAPITAL_DIGITS, *CAPITAL_UNITS))}]")


def _figures_beside_capitals(lines: list[Line], out: Fields) -> None:
    """The total beside its capital numerals (大写), their label and their reading lost to OCR.
    A Chinese invoice or receipt writes the amount to pay in words and in figures on one line
    ("合计人民币（大写）贰万叁仟叁佰伍拾伍圆整  ¥23355.00", "价税合计（大写）... （小写）¥..."):
    a cell of three or more capital numerals, misread ones among them ("万万参什参佰伍拾伍贺整"),
    says the one amount after it on its line is the total."""
    if "total" in out.totals:
        return
    for ln in lines:
        for at, seg in enumerate(ln.segments):
            if len(_CAPITAL_GLYPHS.findall(seg.text)) < 3:
                continue
            after = Line(ln.page, ln.segments[at + 1 :])
            values = _amounts(after, out) if after.segments else []
            if len(values) == 1 and values[0] > 0:
                out.totals["total"] = values[0]
                out.totals_where["total"] = (ln.page, ln.bbox)
            return


def _printed_below_items(lines: list[Line], value: float, out: Fields) -> Line | None:
    """The first line under the item rows that prints `value` among its amounts."""
    last = out.items[-1] if out.items else None
    for ln in lines:
        if last is not None and (ln.page, ln.top) <= (last.page, last.bbox[3]):
            continue
        if any(abs(v - value) <= 0.011 for v in _amounts(ln, out)):
            return ln
    return None


def _sole_sum_total(lines: list[Line], out: Fields) -> None:
    """A Chinese sales document's 合计 with nothing added to it: the amount to pay. 合计 is
    read as the sum before tax (a fapiao's 合计 row, its 价税合计 under it); where no total,
    tax, freight or discount was read, no tax is named on the page, the rows print no tax and
    the page is no fapiao, nothing makes the total but it ("销售单 … 合计 ¥11,983.00"). On an
    OCR'd page only when the item rows add up to it, or, no row read, from a line read with
    confidence on a page naming no tax rate or amount with tax: a tax line OCR lost entirely
    would otherwise make the sum before tax the total."""
    t = out.totals
    if "total" in t or "subtotal" not in t or any(k in t for k in ("tax", "shipping", "discount")):
        return
    where = out.totals_where.get("subtotal")
    at = next((ln for ln in lines if (ln.page, ln.bbox) == where), None)
    text = "\n".join(ln.text for ln in lines)
    if (
        at is None
        or not _GRAND.match(_label_text(at))
        or out.tax_named
        or FAPIAO.search(text)
        or any(i.tax_amount is not None for i in out.items)
    ):
        return
    if any("ocr" in w.fonts for w in at.words):
        rows = [i.line_total for i in out.items]
        confs = [w.conf for w in at.words if w.conf is not None]
        if rows:
            if None in rows or abs(sum(r or 0 for r in rows) - t["subtotal"]) > 0.011:
                return
        elif not confs or min(confs) < LOW_CONFIDENCE or _WITH_TAX.search(text):
            return
        else:
            # no row read to bear it out (a scan's ruled table garbled): taken from a line
            # read with confidence, but in doubt, so a sum it misses is not called wrong
            out.doubtful.add("total")
    t["total"] = t["subtotal"]
    out.totals_where["total"] = where  # type: ignore[assignment]


# The sum a cash receipt voucher says was received: "Amount: $348.20", Vietnamese "Số tiền:
# 2.150.000" (an English OCR model reads "Số" as "S6"). "Amount in words" is its repeat.
_VOUCHER_SUM = re.compile(r"^(?:amount|s(?:ố|o|6)\s*ti(?:ề|e|é)n)\s*[:：]", re.I)


def _voucher_amount(lines: list[Line], out: Fields) -> None:
    """A receipt voucher's one sum received as its total: a receipt book's page (a cash
    receipt, a Vietnamese "Phiếu thu") names no total, only the amount paid, once in figures
    and once in words. Only where nothing else was read as a sum and one line so labelled
    prints one amount in money's form."""
    if out.document_type != "receipt" or out.totals:
        return
    found = [
        (ln, _amounts(ln, out))
        for ln in lines
        if _VOUCHER_SUM.match(_label_text(ln)) and _MONEY.search(ln.text)
    ]
    if len(found) == 1 and len(found[0][1]) == 1 and found[0][1][0] > 0:
        ln, (value,) = found[0]
        out.totals["total"] = value
        out.totals_where["total"] = (ln.page, ln.bbox)


# A fapiao's amount with tax (价税合计) and its tax rate column (税率): a page naming either
# has a tax its 合计 leaves out, even when OCR lost the tax's amount.
_WITH_TAX = re.compile(r"价\s*税|税\s*率")


def _bare_count(ln: Line, value: float, out: Fields) -> bool:
    """Whether `value` is a whole number printed bare (no cents, sign or grouping) on a page
    whose amounts are written in cents: a rule's or an article's number ("Art. 196 Directive
    2006/112/EC" on a reverse-charge line, "Rule 46 CGST Rules"), not an amount of tax."""
    if out.decimal_comma is None or not float(value).is_integer():
        return False
    shapes = [money for v, money in _amount_tokens(ln, out) if v == value]
    # mid-sentence, with words after it ("ai sensi dell'art. 1, commi 54-89"), or a page's
    # number ("TVA FR0883... | Page 1"): "Shipping  25" ending its line stays an amount
    n = int(value)
    mid = (
        re.search(rf"(?<![\d.,]){n}(?![\d.])[,;]?\s+[^\W\d_]", ln.text)
        or re.search(rf"\b(?:page|seite|pagina|página|strona|pag\.|blatt)\s*{n}\b", ln.text, re.I)
        # an article's number ending the line, its law's name wrapped onto the next: "Exento
        # de IVA - exportación (art. 21" over "LIVA)", "Exonération de TVA, art. 262"
        or re.search(rf"(?:{_ARTICLE})\s*{n}(?![\d.,])", ln.text, re.I)
    )
    return bool(shapes) and not any(shapes) and mid is not None


_ARTICLE = r"\b(?:art|artt|arts|article|articolo|artículo|artigo|artikel|rule|section|sec)\b\.?|§"


def discount(totals: dict[str, float]) -> float:
    """The discount to take off the subtotal, whichever sign it was printed with: off its
    amount, towards zero, on a credit note whose amounts are negative."""
    value = abs(totals.get("discount", 0))
    return -value if totals.get("subtotal", 0) < 0 else value


def _label_text(ln: Line) -> str:
    """The line's text without what OCR read in a photo's margin before its first cell: stray
    letters or marks ("E  TOTAL (USD)  US$4,942.14") hide a label that starts the line."""
    segments = ln.segments
    if any("ocr" in w.fonts for w in ln.words):
        while (
            len(segments) > 1
            and len(segments[0].text) <= 2
            and not re.search(r"\d", segments[0].text)
            and not CJK.search(segments[0].text)  # "合计" is a label
        ):
            segments = segments[1:]
    texts = [s.text for s in segments]
    ocr = any("ocr" in w.fonts for w in ln.words)
    if texts:
        texts[0] = _unclipped(texts[0], ocr)
        head, amounts = _label_before_amounts(texts[0])
        if ocr and _one_whole_amount(texts[1:]):
            texts[0] = _misread_sum_word(texts[0])
        elif ocr and amounts and len(texts) == 1 and _one_whole_amount([amounts]):
            # the amount in the label's own cell: "Zahibetrag: 744,49 EUR"
            texts[0] = f"{_misread_sum_word(head)}  {amounts}"
    return "  ".join(texts)


_WHOLE_AMOUNT = re.compile(r"^\D{0,3}\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$")


def _one_whole_amount(cells: list[str]) -> bool:
    """Whether the cells after a label hold one number, an amount with its cents read whole
    ("1.324,52 EUR"): a line whose label OCR misread has its amount misread as often
    ("Rechnungspetrag 3.5/9 69"), and such a reading is no total."""
    numbers = [t for t in " ".join(cells).split() if re.search(r"\d", t)]
    return len(numbers) == 1 and bool(_WHOLE_AMOUNT.match(numbers[0]))


# The sums' labels of one long word: one slip of OCR still names one of them alone.
_SUM_WORDS_ALONE = tuple(w for w in SUM_WORDS if " " not in w and "-" not in w)


def _misread_sum_word(cell: str) -> str:
    """A sum's label OCR read with one letter wrong, written out: "Rechnungshetrag (brutte)"
    is "rechnungsbetrag (brutte)". Only a long word (10 letters or more) one slip from one
    label alone; a shorter one is as near to other words as to the label."""
    first, _space, rest = cell.partition(" ")
    word = misread_word(first.rstrip(":"), _SUM_WORDS_ALONE)
    return f"{word} {rest}".strip() if word else cell


def _unclipped(cell: str, ocr: bool = False) -> str:
    """A sum's label a spreadsheet cell cut at its edge, written out: "Totale docume" is
    "totale documento", "Razem do zapł" "razem do zapłaty" (cut, "Totale imponibil" was taken
    for a total by its first word, and "Razem do zapł" named no sum). Only a cut inside a word,
    and only where every label the cell begins names the same sum; otherwise the cell as
    printed. A bare sum's word ("Gesamt", "Total") is no cut label.

    The amount the cut was made for may follow in the same cell, no wider gap between them than
    a word's ("Razem ne 3 317,62", "Razem brut 16 349,11"): the label before it is written
    out. On a scan, OCR reads the sliver of the cut glyph as one more letter or mark ("Razem
    nei", "Razem VA’") and loses the space between two words ("Razembru")."""
    head, rest = _label_before_amounts(cell)
    key = " ".join(fold(head).lower().split())
    if len(key) < 5 or re.search(r"[\d:]", key) or _BARE_SUM.match(key):
        return cell  # "Gesamt" is a word of its own, not "Gesamtbetrag" cut
    if title_kind(head):
        # "Rechnung 40517" over the item table: the document's title and its number, a word
        # of its own and not "Rechnungsbetrag" cut
        return cell
    whole = _cut_label(key)
    if whole is None and key[-1] in ".,":
        # the amount's own thousands mark, the one glyph of it left of the cut ("Rechnungs." +
        # "897,56" for 1.897,56): no letter of the label
        whole = _cut_label(key[:-1])
    if whole is None and ocr:
        bare = key.rstrip(_CUT_SLIVERS)
        whole = _cut_label(bare)
        if whole is None and bare.endswith(("i", "l")):
            whole = _cut_label(bare[:-1])
    if whole is None:
        return cell
    return f"{whole}  {rest}" if rest else whole


# What OCR reads of a glyph cut at a cell's edge: a thin stroke or a mark.
_CUT_SLIVERS = " ’'‘_|—-.,:;!"


def _cut_label(key: str) -> str | None:
    """The sum's label written out that `key`, cut inside a word, begins; spaces are not
    compared (OCR closes up "Razem bru"). None unless every such label names one sum."""
    if len(key) < 5 or not key[-1:].isalpha():
        return None
    whole = [w for w in SUM_WORDS if _cut_inside_a_word(key.replace(" ", ""), w)]
    if not whole:
        return None
    kinds = {next((k for k, p in TOTAL_LABELS if p.search(w)), None) for w in whole}
    return whole[0] if len(kinds) == 1 and None not in kinds else None


def _cut_inside_a_word(tight: str, label: str) -> bool:
    """Whether `label` begins with the letters `tight` (spaces not compared) and goes on within
    the same word: "importo" is a word of "importo totale", not a cut."""
    letters = 0
    for c in label:
        if letters == len(tight):
            return c.isalpha()
        if c != " ":
            if c != tight[letters]:
                return False
            letters += 1
    return False


def _label_before_amounts(cell: str) -> tuple[str, str]:
    """The cell's words before the amounts that end it, and those amounts ("Razem ne",
    "3 317,62"); the cell and nothing where it ends in words."""
    words = cell.split()
    at = next((i for i, w in enumerate(words) if re.search(r"\d", w)), len(words))
    rest = words[at:]
    if rest and all(
        NUMBER.match(w) or w.upper() in _CODES or w in ("zł", "zl", "zt", "€", "$", "£")
        for w in rest
    ):
        return " ".join(words[:at]), " ".join(rest)
    return cell, ""


_RUPEES = re.compile(r"₹|\bINR\b|\bRs\.|\bRupees\b")


def _sign_led_subtotal(t: dict[str, float], excess: float) -> bool:
    """A subtotal whose rupee sign OCR read as a 7 ("₹17,249.64" read "717,249.64"): the
    sums exceed the total by that digit's place alone. The subtotal loses it, and the total
    stands. Any other leading digit may as well be one the total lost ("4 916,30" read
    "916,30"): no total then (`_doubtful_total`)."""
    sub = t.get("subtotal")
    if sub is None or excess <= 0 or not f"{sub:.2f}".startswith("7"):
        return False
    digits = f"{sub:.2f}"
    rest = round(sub - excess, 2)
    if rest <= 0 or f"{rest:.2f}" != digits[1:].lstrip("0") or not digits[1:2].strip("0"):
        return False
    t["subtotal"] = rest
    return True


def _doubtful_total(lines: list[Line], out: Fields) -> None:
    """No total rather than a misread one. On an OCR'd page, a total one digit longer or
    shorter than what the subtotal, tax, shipping and discount make (or, with none read, the
    two amounts of the line above it: a fapiao's 合计 row) is OCR's misreading, not the
    supplier's arithmetic: "Razem brutto 4 916,30" read "brutto[ 916,30". It is dropped (a wrong
    total is worse than none, and would raise an arithmetic finding on a genuine invoice),
    unless the extra digit leads and the rest is that sum: "¥1,877.35" read "41,877.35", the
    yen sign taken for a 4. A total read negative that is that sum negated loses its sign."""
    total, where = out.totals.get("total"), out.totals_where.get("total")
    if total is None or where is None or not any("ocr" in w.fonts for w in lines[0].words):
        return
    t = out.totals
    if "subtotal" in t:
        expected = t["subtotal"] + t.get("tax", 0) + t.get("shipping", 0) - discount(t)
        expected += t.get("rounding", 0)
    else:
        at = next((i for i, ln in enumerate(lines) if (ln.page, ln.bbox) == where), 0)
        above = _amounts(lines[at - 1], out) if at > 0 else []
        if len(above) != 2 or not above[0] > above[1] > 0:
            return
        expected = above[0] + above[1]
    if abs(expected - total) <= 0.011:
        return
    if total < 0 and abs(expected + total) <= 0.011:
        out.totals["total"] = -total  # "-¥110.38": a cell border's stub read as a minus sign
        return
    read, made = f"{abs(total):.2f}".replace(".", ""), f"{abs(expected):.2f}".replace(".", "")
    if abs(len(read) - len(made)) != 1 or not _one_digit_apart(read, made):
        return
    if len(read) > len(made) and read[1:] == made:
        out.totals["total"] = round(expected, 2)
        return
    if any(_RUPEES.search(ln.text) for ln in lines) and _sign_led_subtotal(t, expected - total):
        return
    del out.totals["total"]
    out.totals_where.pop("total", None)


# Tesseract's confidence (0-100) under which an amount's digits are a guess: phone photos'
# misread totals came at 40-45, the same photos' right ones at 85-97.
LOW_CONFIDENCE = 60.0


def _unconfirmed_total(lines: list[Line], out: Fields) -> None:
    """A total OCR read with low confidence that what else was read contradicts is no total:
    not the subtotal, tax, shipping and discount read, nor the line items with them,
    nor the same amount printed again (an amount due, the VAT table's gross), nor the amount
    in words. Where what was read adds up to an amount one digit off the total, that
    consistent amount is taken ("1.187,03" for 1.157,03), and the sums are said to be
    unconfirmed; otherwise the total is dropped and said to be unreadable. A total read with
    confidence stays whatever the sums say: a supplier's own arithmetic error is reported,
    never repaired."""
    total, where = out.totals.get("total"), out.totals_where.get("total")
    if total is None or where is None:
        return
    line = next((ln for ln in lines if (ln.page, ln.bbox) == where), None)
    if line is None:
        return
    # the total's own words: a stray mark read beside it ("8.455,96  4") is not its reading
    printed = f"{abs(total):.2f}".replace(".", "")
    confs = [
        w.conf
        for w in line.words
        if w.conf is not None
        and len(digits := re.sub(r"\D", "", w.text)) >= min(3, len(printed))
        and digits in printed
    ]
    if not confs or min(confs) >= LOW_CONFIDENCE:
        return
    t = out.totals
    # with the round-off ("Round Off +0.50" under "IGST @ 5%"): the paise that make the total
    # whole, without which a genuine total read with a doubted digit was dropped
    extras = t.get("tax", 0) + t.get("shipping", 0) - discount(t) + t.get("rounding", 0)
    sums = []
    if "subtotal" in t:
        sums.append(t["subtotal"] + extras)
    if out.items and all(i.line_total is not None for i in out.items) and _rows_read(lines, out):
        sums.append(sum(i.line_total or 0 for i in out.items) + extras)
        if all(i.tax_amount is not None for i in out.items) and "tax" not in t:
            # a fapiao's rows print each line's tax (税额): the lines' amounts and taxes make
            # its 价税合计, where the 合计 row's tax was lost to OCR
            taxes = sum(i.tax_amount or 0 for i in out.items)
            sums.append(sum(i.line_total or 0 for i in out.items) + taxes + extras)
    if out.table_sums is not None:
        sums.append(out.table_sums[2])
    seen_again = any(
        ln is not line and any(abs(v - total) <= 0.011 for v in _amounts(ln, out)) for ln in lines
    )
    if not sums or seen_again or any(abs(s - total) <= 0.011 for s in sums):
        return  # nothing read to doubt it by, or something bears it out
    if _rate_bears_out(total, out):
        return
    read = f"{abs(total):.2f}"
    for made in sums:
        other = f"{abs(made):.2f}"
        if len(other) == len(read) and sum(a != b for a, b in zip(read, other, strict=True)) == 1:
            # OCR's misreading or the supplier's error: the page printed one of the two, and
            # nothing read tells which ("1.469,38" under a net and tax making 1.569,38)
            t["total"] = round(made, 2)
            out.total_one_digit_off = total
            return
    del t["total"]
    out.totals_where.pop("total", None)
    out.total_unreadable = True
    out.total_as_read = (total, where)


def _rows_read(lines: list[Line], out: Fields) -> bool:
    """Whether every item row's amount was read with confidence or is its quantity times its
    price: rows OCR garbled ("[2 | Opvulpapier rol 50 m  Oe  alr  24)  7,90, 189,60]", the
    price taken for the amount) are no sum to doubt a total by."""
    confident = {
        (ln.page, ln.bbox)
        for ln in lines
        if all(
            w.conf is None or w.conf >= LOW_CONFIDENCE for w in ln.words if _DIGIT.search(w.text)
        )
    }
    return all(
        (i.page, i.bbox) in confident
        or (
            i.quantity is not None
            and i.unit_price is not None
            and abs(i.quantity * i.unit_price - (i.line_total or 0)) < 0.011
        )
        for i in out.items
    )


_DIGIT = re.compile(r"\d")


def _rate_bears_out(total: float, out: Fields) -> bool:
    """Whether the one tax read is its printed rate of the total less that tax: the total
    and the tax agree, so the sums that contradict them hold the misreading (a subtotal's
    digit misread, "145,80" read "245,80"; a discount line whose label OCR garbled,
    "Sconto -15,00" read "Scomto"). A digit misread in the total or the tax would break the
    rate beyond rounding, save in the total's cents, which the rate cannot see: the total
    stays among the amounts in doubt, so a sum it misses is said unconfirmed, not wrong."""
    tax = out.totals.get("tax")
    if tax is None or tax <= 0 or len(out.tax_by_rate) != 1:
        return False
    rate, (printed, _page, _where) = next(iter(out.tax_by_rate.items()))
    if not rate or abs(printed - tax) > 0.001 or total <= tax:
        return False
    return abs((total - tax) * rate / 100 - tax) <= 0.011


def _doubtful_amounts(lines: list[Line], out: Fields) -> None:
    """Which amounts the sums are checked on were read by OCR with a digit in doubt: each
    total's key, and "items" for the rows. A sum that does not add up over such an amount may
    be OCR's misreading as well as the supplier's error (I116 rather than I110)."""
    where = {spot: key for key, spot in out.totals_where.items()}
    rows: dict[tuple[int, Any], list[Item]] = {}
    ocr_rows = {(ln.page, ln.bbox) for ln in lines if any("ocr" in w.fonts for w in ln.words)}
    for item in out.items:
        q, u, t = item.quantity, item.unit_price, item.line_total
        if q is not None and u is not None and t is not None and abs(q * u - t) < 0.011:
            continue  # its quantity × price bears out the amount OCR doubted
        if (item.page, item.bbox) in ocr_rows and _unit_glyph_as_digit(item):
            item.doubtful = True
            out.doubtful.add("items")
        rows.setdefault((item.page, item.bbox), []).append(item)
    for ln in lines:
        spot = (ln.page, ln.bbox)
        key = where.get(spot) or ("items" if spot in rows else None)
        if key is None or (key in ("subtotal", "tax") and rate_breakdown(ln.text)):
            # a breakdown each of whose taxes is its rate of its amount bears itself out
            continue
        if key == "total" and _total_read_twice(lines, ln, out):
            continue
        # an item's code OCR doubted ("Tv-1418" at 33 beside "6  17,29  193,74" at 96) is no
        # amount of the sums
        confs = [
            w.conf
            for w in ln.words
            if w.conf is not None
            and re.search(r"\d", w.text)
            and len(re.findall(r"[A-Za-z]", w.text)) < 2
        ]
        if confs and min(confs) < LOW_CONFIDENCE:
            out.doubtful.add(key)
            for item in rows.get(spot, []):
                item.doubtful = True


def _unit_glyph_as_digit(item: Item) -> bool:
    """Whether OCR read a quantity with its unit's glyph as one more digit ("2 足" as "24"):
    the amount is the price times the quantity without its last digit."""
    q, u, t = item.quantity or 0, item.unit_price or 0, item.line_total or 0
    return q >= 10 and float(q).is_integer() and u > 0 and abs(q // 10 * u - t) < 0.011


def _total_read_twice(lines: list[Line], at: Line, out: Fields) -> bool:
    """Whether the total's amount is read the same on another line under a total's label: a
    Japanese invoice's ご請求金額 printed above the table and again under the sums. Two
    readings of one number agreeing are no digit in doubt."""
    total = out.totals["total"]
    label = dict(TOTAL_LABELS)["total"]
    return any(
        ln is not at and label.search(ln.text) and total in _amounts(ln, out) for ln in lines
    )


def _one_digit_apart(a: str, b: str) -> bool:
    """Whether the longer string is the shorter with one digit added somewhere."""
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _unlabelled_total(lines: list[Line], out: Fields) -> None:
    """A total whose label OCR garbled ("合計金額(JPY):" read as "GHEE PY):"): an amount alone
    at the end of one of the two lines under the subtotal and tax, equal to their sum. The
    subtotal and tax are the labelled ones when read, else, below the item rows, the amounts
    alone on the two lines just above ("602,640" / "60264" / "662.904") or the two amounts of
    one line ("¥4,225.00  549.25" over "¥4,774.25", a fapiao's 合计 and 价税合计). Only such an
    amount is taken, so a wrong total printed there is not found either: no total is read
    then, and no arithmetic is claimed from it."""
    if "total" in out.totals:
        return
    sub, tax, where = out.totals.get("subtotal"), out.totals.get("tax"), out.totals_where.get("tax")
    if sub is not None and tax is not None and where is not None:
        start = next(
            (i for i, ln in enumerate(lines) if ln.page == where[0] and ln.bbox == where[1]), None
        )
        if start is not None and _sum_below(lines, start, sub + tax, out):
            return
        t = out.totals
        expected = sub + tax + t.get("shipping", 0) - discount(t)
        if _sum_alone(lines, where[0], expected, out):
            return
    last = out.items[-1] if out.items else None
    # a column that sums again lower down holds the total there (`_column_total`)
    summed_again = {id(ln) for column in _column_sums(lines, out) for ln, _v in column[:-1]}
    for i, ln in enumerate(lines):
        if last is not None and (ln.page, ln.top) <= (last.page, last.bbox[3]):
            continue
        if any(id(below) in summed_again for below in lines[i + 1 : i + 3]):
            continue
        values = _amounts(ln, out)
        if len(values) == 2 and values[0] > values[1] > 0:
            addends = values
        elif len(values) == 1 and i > 0 and lines[i - 1].page == ln.page:
            above = _amounts(lines[i - 1], out)  # the subtotal over the tax
            if len(above) != 1 or not above[0] > values[0] > 0:
                continue
            addends = [above[0], values[0]]
        else:
            continue
        if _sum_below(lines, i, sum(addends), out):
            out.totals.setdefault("subtotal", addends[0])
            if not _charge_line(ln, addends[1], out):
                out.totals.setdefault("tax", addends[1])
            return


# A total whose cents a scan's or a photo's edge cut off: "AED 11,433." at the page's margin
_CUT_CENTS = re.compile(r"(?:^|\s)(?:[A-Z]{3}\s?|" + _SIGN + r")?(\d{1,3}(?:,\d{2,3})*|\d+)[.,]$")


def _cents_cut_off(lines: list[Line], out: Fields) -> None:
    """A total OCR read without its cents, its decimal mark the last thing on the line: the
    sum of the subtotal, tax, charges and discount read is taken where its whole units are the
    figures printed. Only that sum is taken: a total wrong in its units is not found, and
    none is read for it."""
    t = out.totals
    if "total" in t or "subtotal" not in t or "tax" not in t:
        return
    if not any("ocr" in w.fonts or w.conf is not None for ln in lines for w in ln.words):
        return
    made = round(
        t["subtotal"] + t["tax"] + t.get("shipping", 0) - discount(t) + t.get("rounding", 0), 2
    )
    for ln in lines:
        m = _CUT_CENTS.search(ln.text)
        if m is None or not _TOTAL_LABEL.search(_label_text(ln)):
            continue
        if int(m.group(1).replace(",", "")) == int(made) and made > 0:
            t["total"] = made
            out.totals_where["total"] = (ln.page, ln.bbox)
            return


def _charge_line(ln: Line, value: float, out: Fields) -> bool:
    """Whether `value` is the charge read under its own label on `ln` ("Shipping  9.95" over
    "Amount received USD 916.84"): a part of the total already, no tax."""
    return out.totals.get("shipping") == value and bool(
        dict(TOTAL_LABELS)["shipping"].search(ln.text)
    )


# A yen amount alone on its line, closed so nothing can be written after it ("¥11,750-",
# "金 48,300 円也"), after at most 金 / 金額: a 領収書's or 請求書's one headline amount.
_CLOSED_YEN = re.compile(
    r"^(?:金額?\s*[:：]?\s*)?(?:[¥￥]\s?(\d{1,3}(?:,\d{3})+|\d+)\s?[-－―ー—]|"
    r"金?\s*[¥￥]?\s?(\d{1,3}(?:,\d{3})+|\d+)\s?円也)\s*[※]?$"
)


def _closed_yen_total(lines: list[Line], out: Fields) -> None:
    """The total of a page whose only labelled amounts are a breakdown ("内訳 10%対象"): its
    one yen amount closed against additions. Two different closed amounts say nothing."""
    if "total" in out.totals:
        return
    found: list[tuple[re.Match[str], Line | Segment]] = []
    for ln in lines:
        if m := _CLOSED_YEN.match(ln.text.strip()):
            found.append((m, ln))
            continue
        # a 領収書 prints its 収入印紙's face value ("200円") in the stamp's box beside the
        # amount received: a cell of its own, the closed amount still alone in its cell
        found.extend((m, s) for s in ln.segments if (m := _CLOSED_YEN.match(s.text.strip())))
    values = {int((m.group(1) or m.group(2)).replace(",", "")) for m, _where in found}
    if len(values) == 1 and (value := values.pop()) > 0:
        out.totals["total"] = float(value)
        out.totals_where["total"] = (found[0][1].page, found[0][1].bbox)


# What only a Chinese VAT invoice prints: its kind, its code and number, the e-invoice's title,
# and on the paper form the copy named under the title (发票联, 抵扣联, 记账联) and the marks that
# type a fapiao whose title OCR lost (FAPIAO_MARK: the check code, the tax machine's number, the
# cipher block), which a copier scan or a photo keeps where OCR garbled the title itself.
FAPIAO = re.compile(
    r"增值税|发票代码|发票号码|电子发票|发票联|抵扣联|记账联|" + FAPIAO_MARK.pattern
)
# A yuan amount in cents with its sign: "¥42012.27", "Y#9055.88" once OCR's reading is mended.
_YUAN = re.compile(r"[¥￥]\s?\d[\d,]*\.\d{2}$")


def _fapiao_total(lines: list[Line], out: Fields) -> None:
    """A Chinese VAT invoice's 价税合计 whose label OCR garbled ("价税合计（大写）... （小写）"
    read "HRB (AS) OfARTAARSRAASAD  CANS ) ¥58515.02"): the amount with tax is, by the form's
    own layout, the largest yuan amount printed with its sign; every other (the 合计 row's
    amount and tax, the items) is a part of it. Taken only on a fapiao, where no total was
    read, when that amount is larger than every other amount in cents on the page, and not
    printed beside a part of it: a 合计 row prints the sum before tax and the tax side by side
    ("¥78408.00  ¥10193.04"), and with the 小写 amount under it lost, its sum before tax is the
    largest on the page."""
    if "total" in out.totals or not FAPIAO.search("\n".join(ln.text for ln in lines[:12])):
        return
    signed: list[tuple[float, Line]] = []
    others: list[float] = []
    beside: dict[int, list[float]] = {}  # the amounts in cents of each line
    for ln in lines:
        for seg in ln.segments:
            ocr = any("ocr" in w.fonts for w in seg.words)
            for word in seg.text.split():
                token = _GLUED_LABEL.sub("", word)
                if ocr:
                    token = _GLUED_LABEL.sub("", _ocr_amount(token, out))
                value = number(token, out) if re.search(r"\d\.\d{2}$", token) else None
                if value is None:
                    continue
                beside.setdefault(id(ln), []).append(value)
                if _YUAN.search(token):
                    signed.append((value, ln))
                else:
                    others.append(value)
    if not signed:
        return
    value, ln = max(signed, key=lambda s: s[0])
    rest = [v for v, _ln in signed if v != value] + others
    if value <= 0 or any(v >= value for v in rest):
        return
    parts = [v for v in beside[id(ln)] if v != value]
    if parts and abs(sum(parts) - value) > 0.011:
        return  # the 合计 row's sum before tax, its tax beside it
    if value < _rows_with_tax(lines, out) - 0.011:
        return  # the 合计 row's sum before tax, the tax beside it lost
    out.totals["total"] = value
    out.totals_where["total"] = (ln.page, ln.bbox)


# The 小写 figures of a scanned fapiao read without their cents: "(小写) Y5504" for ¥5504.46.
_YUAN_WHOLE = re.compile(r"(?:^|\s)[¥￥Y]\s?(\d{2,})$")
# A 合计 row's tax beside its sum before tax: no rate of a fapiao is above 17 %.
_MAX_RATE = 0.17


def _fapiao_cents_cut(lines: list[Line], out: Fields) -> None:
    """A scanned fapiao whose 合计 row OCR read as two yuan amounts, its label garbled ("a it
    ¥4871.20 ¥633.26"), and whose 价税合计 figures under it lost their cents ("Y5504"): the
    sum before tax and the tax make the total where their sum's whole yuan are those figures.
    Two readings that agree; a sum the figures do not bear out gives no total."""
    if "total" in out.totals or not FAPIAO.search("\n".join(ln.text for ln in lines[:12])):
        return
    if not any("ocr" in w.fonts for ln in lines for w in ln.words):
        return
    for index, ln in enumerate(lines):
        signed = [
            value
            for word in ln.text.split()
            if _YUAN.search(word) and (value := number(word.lstrip("¥￥ "), out)) is not None
        ]
        if len(signed) != 2 or not 0 < signed[1] <= _MAX_RATE * signed[0]:
            continue
        made = round(sum(signed), 2)
        for below in lines[index + 1 : index + 3]:
            figures = [_YUAN_WHOLE.search(seg.text.strip()) for seg in below.segments]
            if any(m and int(m.group(1)) == int(made) for m in figures):
                out.totals["total"] = made
                out.totals_where["total"] = (below.page, below.bbox)
                return
        return


# A fapiao's item row ends in its amount, its rate and its tax: "18023.60 | 13% || 2343.07".
_ROW_WITH_TAX = re.compile(r"(\d[\d,]*\.\d{2})[\s|]+\d{1,2}\s?%[\s|]+(\d[\d,]*\.\d{2})(?![\d.,])")


def _rows_with_tax(lines: list[Line], out: Fields) -> float:
    """What the fapiao's rows read with their tax add up to: the amount with tax is no less.
    A 合计 row whose tax OCR lost leaves its sum before tax the largest amount printed with its
    sign, under the rows that show it short of their taxes."""
    found = 0.0
    for ln in lines:
        for m in _ROW_WITH_TAX.finditer(ln.text):
            amount, tax = number(m.group(1), out), number(m.group(2), out)
            found += (amount or 0) + (tax or 0)
    return found


def _column_total(lines: list[Line], out: Fields) -> None:
    """A total whose label could not be read at all (CJK labels drawn in a font without CJK
    glyphs, extracted as NULs; a photo's labels garbled): in a column of amounts alone on their
    lines, right-aligned one under another, the amount that is the exact sum of the two or more
    above it ("¥12,230.00", "-¥366.90", "¥1,680.21", "¥1,760.63" over "¥15,303.94"). Only an
    amount that adds up to the cent is taken, so no arithmetic finding can come from it. Where
    the column sums twice, the lower sum is the total: the subtotal sums the rows above it, the
    total sums that subtotal with the charges under it."""
    if "total" in out.totals:
        return
    sums = _column_sums(lines, out)
    if sums:
        ln, value = sums[0][-1]
        out.totals["total"] = value
        out.totals_where["total"] = (ln.page, ln.bbox)


def _column_sums(lines: list[Line], out: Fields) -> list[list[tuple[Line, float]]]:
    """Each column of amounts alone on their lines (right-aligned, one under another) that
    holds an exact sum of two or more amounts above it: the column down to its last sum."""
    found: list[list[tuple[Line, float]]] = []
    run: list[tuple[Line, float]] = []
    summed = 0  # how much of the run its last sum closes
    for ln in lines:
        tokens = _amount_tokens(ln, out)
        if len(tokens) != 1 or not tokens[0][1]:
            _close_column(found, run, summed)
            run, summed = [], 0
            continue
        value = tokens[0][0]
        if run:
            last = run[-1][0]
            height = max(1.0, last.bbox[3] - last.bbox[1])
            if (
                ln.page != last.page
                or abs(ln.bbox[2] - last.bbox[2]) > 6
                or ln.top - last.bbox[3] > 2.5 * height
            ):
                _close_column(found, run, summed)
                run, summed = [], 0
        run.append((ln, value))
        if value <= 0 or len(run) < 3 or _other_sum_label(ln, out):
            continue
        if any(
            abs(sum(v for _ln, v in run[start:-1]) - value) <= 0.011
            for start in range(len(run) - 2)
        ):
            summed = len(run)
    _close_column(found, run, summed)
    return found


def _close_column(
    found: list[list[tuple[Line, float]]], run: list[tuple[Line, float]], summed: int
) -> None:
    """The column ended: kept, down to its last sum, where it sums at all."""
    if summed:
        found.append(run[:summed])


def _other_sum_label(ln: Line, out: Fields) -> bool:
    """Whether the line is labelled as a sum other than the total, with a tax read that it
    leaves out: "Nettobetrag 3.008,14" under "Zwischensumme 2.993,24" and "Versandkosten
    14,90" adds them up, and is the net, not the total, with "USt. 19% 571,55" read (a copier's
    scan whose "Rechnungsbetrag" OCR garbled was told its total was the net: the subtotal and
    the shipping taken for a subtotal and a tax, or a column's sum). So too with a tax the page
    names whose amount was not read ("IVA21%  907,13€": "Base imposable 21 %" is still the net).
    With no tax, the "小計" that sums the lines and their discount is the amount to pay."""
    if not (out.totals.get("tax") or out.tax_named):
        return False
    text = _label_text(ln)
    # the label read as the sums' reading reads it, the first kind it names: "Total HT" is
    # the net before tax, not the total its "Total" begins
    first = next((key for key, pattern in TOTAL_LABELS if pattern.search(text)), None)
    return first is not None and first != "total"


def _sum_alone(lines: list[Line], page: int, expected: float, out: Fields) -> bool:
    """Whether one line of the page holds `expected` alone, taken as the total: the amount to
    pay printed at the top ("ご請求金額 ¥2,632,762") with its label and the total line at the
    bottom both garbled by OCR. Only the exact sum of the subtotal, tax, shipping and discount
    read is taken, so no wrong total can come of it."""
    for ln in lines:
        if ln.page != page or TABLE_HEAD.search(ln.text):
            continue
        values = _amounts(ln, out)
        if len(values) == 1 and expected > 0 and abs(values[0] - expected) <= 0.011:
            out.totals["total"] = values[0]
            out.totals_where["total"] = (ln.page, ln.bbox)
            return True
    return False


def _sum_below(lines: list[Line], index: int, expected: float, out: Fields) -> bool:
    """Whether one of the two lines under `index` holds `expected` alone (taken as the total)."""
    for ln in lines[index + 1 : index + 3]:
        values = _amounts(ln, out)
        if _other_sum_label(ln, out):
            continue
        if ln.page == lines[index].page and len(values) == 1 and abs(values[0] - expected) <= 0.011:
            out.totals["total"] = values[0]
            out.totals_where["total"] = (ln.page, ln.bbox)
            return True
    return False


def _wrapped_label(lines: list[Line], index: int) -> str | None:
    """The line's text with its label completed from the line below, when a spreadsheet cell
    too narrow for it wrapped the label and the amount sits beside its first half ("Do" |
    "32019,25" over "zapłaty:" | "zł" in LibreOffice Calc): "Do zapłaty: 32019,25"."""
    if index + 1 >= len(lines):
        return None
    ln, below = lines[index], lines[index + 1]
    head, tail = ln.segments[0], below.segments[0]
    height = max(1.0, head.bottom - head.top)
    if (
        below.page != ln.page
        or any(ch.isdigit() for ch in head.text)
        or abs(head.x0 - tail.x0) > 0.3 * height
        or not 0 <= tail.top - head.bottom < 0.6 * height
    ):
        return None
    labels = (PAY_LABEL, *(p for _key, p in TOTAL_LABELS))
    label = f"{head.text} {tail.text}"
    # Only a label neither half makes alone: "合计" read as "Bit" over "价税合计（小写）" is a
    # line of its own above a whole label, not half of it.
    if not any(p.search(label) for p in labels) or any(
        p.search(half) for p in labels for half in (head.text, tail.text)
    ):
        return None
    return " ".join([label, *(seg.text for seg in ln.segments[1:])])


TABLE_SUM = re.compile(
    r"^(?:razem|ogółem|suma|celkem|total|totale|totaal|summe|gesamt|合計|合计)\b", re.I
)
# "kr", "kr.": the Nordic krona or krone, after the amount or (Norway) before it
_AMOUNT_ONLY = re.compile(
    r"^(?:\(?[A-Z]{3}\)?\s*[:：]?\s*)?(?:US\$|Rs\.?|kr\.?|[$¥￥€£₹])?\s?-?\d[\d\s.,\u00a0\u202f']*"
    r"(?:\s?(?:€|zł|kr\.?|[A-Z]{3}|元|円))?$"
)


_IN_CAPITALS = re.compile(r"[（(]\s*大\s*写\s*[)）]")


def _value_beside(lines: list[Line], index: int, out: Fields) -> int | None:
    """The line holding the amount of a totals label printed without one: a spreadsheet cell
    too narrow for "Subtotal: 10,944.40" wraps the amount under its label ("Gesamtbetrag" /
    "(EUR):" / "50.768,73"), or puts it in the next cell, at the bottom of the row while the
    label is at the top. The amount is alone on its line, in the label's wrapped cell or right of
    the label, within two lines below (or one above); the nearest such line wins, and none is
    taken across another totals label."""
    label = lines[index]
    if _IN_CAPITALS.search(label.text):
        # "价税合计（大写）… （小写）¥12,656.85": the label of the total in capital numerals, its
        # figures after 小写 on its own row; a row of the goods' sums above is no figure of it
        return None
    height = max(1.0, min(s.bottom - s.top for s in label.segments))
    right_of = label.bbox[0] + 0.5 * (label.bbox[2] - label.bbox[0])
    best: tuple[float, int] | None = None
    for j in range(max(0, index - 2), min(len(lines), index + 5)):
        other = lines[j]
        if j == index or other.page != label.page:
            continue
        distance = other.top - label.top
        if not (-1.6 * height <= distance <= 4.5 * height):
            continue
        if j > index and any(
            p.search(lines[k].text) for k in range(index + 1, j) for _key, p in TOTAL_LABELS
        ):
            break
        in_cell = j > index and all(_wrapped(lines[k], lines[k + 1]) for k in range(index, j))
        if not (other.bbox[0] >= right_of or in_cell) or not _AMOUNT_ONLY.match(other.text.strip()):
            continue
        if not _amounts(other, out):
            continue
        if best is None or abs(distance) < best[0]:
            best = (abs(distance), j)
    if best is None:
        return None
    after = lines[best[1] + 1] if best[1] + 1 < len(lines) else None
    if (
        best[1] > index
        and _BARE_SUM.match(_label_text(label))
        and after is not None
        and after.page == label.page
        and _AMOUNT_ONLY.match(after.text.strip())
    ):
        # "Gesamt" over "468,40" over "522,00": a column's header over its amounts (a sheet
        # whose columns ran onto another page), no total
        return None
    return best[1]


def _sign_without_amount(ln: Line, out: Fields) -> bool:
    """Whether a line ends with a currency's sign and holds no money ("Total  90 Nos  ₹"): its
    amount is printed under the sign, the numbers beside it count pieces."""
    return bool(_TRAILING_SIGN.search(ln.text)) and not any(
        money for _v, money in _amount_tokens(ln, out)
    )


# "R$", the Brazilian real's sign ("VALOR TOTAL DA  R$" over "NOTA  14.872,30")
_TRAILING_SIGN = re.compile(r"(?:^|\s)(?:" + _SIGN + r"|R\$|Rs\.?|INR)\s*$")


def _amount_under_sign(lines: list[Line], index: int, out: Fields) -> int | None:
    """The line under a totals line that ends with a bare currency sign, holding the amount
    the sign stands for right of the label ("Total  313 Nos  ₹" over "2,24,173.00", Tally's
    layout, its unit "Nos" wrapped there too): its money, and no label of a sum."""
    if not _sign_without_amount(lines[index], out) or index + 1 >= len(lines):
        return None
    label, below = lines[index], lines[index + 1]
    height = max(1.0, label.bbox[3] - label.top)
    if (
        below.page != label.page
        or not 0 <= below.top - label.bbox[3] < 1.5 * height
        or below.bbox[2] < label.bbox[0] + 0.5 * (label.bbox[2] - label.bbox[0])
        or any(p.search(below.text) for _key, p in TOTAL_LABELS)
        or not any(money for _v, money in _amount_tokens(below, out))
    ):
        return None
    return index + 1


def _amounts(ln: Line, out: Fields) -> list[float]:
    """The amounts on a totals line, with "1 234,56" and "€ 12,00" read as one amount each.

    On a line with an amount printed as money (cents, thousands groups or a currency sign),
    small bare whole numbers are dropped: OCR's reading of a photo's page edge or shadow at
    either end of the line ("Total (USD): 23,443.80  3"), or a rate that lost its "%"."""
    found = _amount_tokens(ln, out)
    if any(money for _value, money in found):
        found = [(value, money) for value, money in found if money or abs(value) >= 100]
    return [value for value, _money in found]


def _two_sums(ln: Line, out: Fields) -> list[Line]:
    """A cell printing two sums, each after its own label ("Subtotal: $2,832.90 Shipping:
    $180.00"), as two lines of one sum each; else the line. Read as one line, its last amount
    went to its first label (the shipping taken for the subtotal)."""
    if len(ln.segments) != 1:
        return [ln]
    words = ln.segments[0].words
    money = [bool(_MONEY_WORD.fullmatch(w.text)) for w in words]
    cuts = [k for k in range(1, len(words)) if money[k - 1] and not money[k]]
    if len(cuts) != 1 or not money[-1] or money[0]:
        return [ln]
    parts = (words[: cuts[0]], words[cuts[0] :])
    for part in parts:
        label = " ".join(w.text for w in part if not _MONEY_WORD.fullmatch(w.text))
        if re.search(r"\d", label) or not any(p.search(label) for _k, p in TOTAL_LABELS):
            return [ln]
    return [Line(ln.page, [Segment(ln.page, part)]) for part in parts]


# An amount printed as one word, with or without its currency sign: "$2,832.90", "180,00"
_MONEY_WORD = re.compile(
    r"[\(\-]?(?:US\$|" + _SIGN + r")?\d{1,3}(?:[.,\u00a0]\d{3})*[.,]\d{2}\)?[€£]?"
)


# An amount OCR split after its first figures ("¥1 04,936"): no amount's group of thousands
# starts with a 0, so the space is a gap between glyphs.
_SPLIT_LEAD = re.compile(r"((?:US\$|[$¥￥€£₹])\d{1,2}) (?=0\d{0,2}[.,]\d{3}(?!\d))")


# An amount OCR split after its thousands' mark ("¥2, 615.40"): its sign, its first figures and
# the mark, then a group of three with the other mark before the cents. Read apart, the
# amount lost its thousands ("615.40" taken for a fapiao's total of 2,615.40).
_SPLIT_GROUP = re.compile(
    r"((?:US\$|[$¥￥€£₹])\s?\d{1,3}(?:,(?= \d{3}\.\d{2}(?!\d))|\.(?= \d{3},\d{2}(?!\d)))) "
)


def _split_lead(text: str) -> str:
    return _SPLIT_GROUP.sub(r"\1", _SPLIT_LEAD.sub(r"\1", text))


# An amount OCR split after its decimal mark ("130.086, 55"): thousands grouped by one mark,
# the other mark, a space, then the two cents ending the cell.
_SPLIT_CENTS = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+,|\d{1,3}(?:,\d{3})+\.) (\d{2})(?!\S)")


def _amount_tokens(ln: Line, out: Fields) -> list[tuple[float, bool]]:
    """Each number of the line, and whether it is printed as money."""
    found: list[tuple[float, bool]] = []
    for seg in ln.segments:
        ocr = any("ocr" in w.fonts for w in seg.words)
        # a rate is no amount ("19 %"); a label printed against its amount is apart from it
        # ("Do zapłaty158 632,05": the amount's first group was glued to the label)
        text = _GLUED_WORD.sub(
            " ",
            _LAW_REFERENCE.sub(
                " ",
                _TRANSPORT_DOC.sub(
                    " ",
                    re.sub(
                        r"\d+(?:[.,]\d+)?\s*%",
                        " ",
                        _split_lead(_SPLIT_CENTS.sub(r"\1\2", seg.text) if ocr else seg.text),
                    ),
                ),
            ),
        )
        matches = list(
            re.finditer(
                r"[\(\-]?(?:US\$|Rs\.?|"
                + _SIGN
                + r")?\s?\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|\S+",
                text,
            )
        )
        for at, m in enumerate(matches):
            # "712 元": a whole amount under a thousand, its currency written after it
            unit = at + 1 < len(matches) and _UNIT_AFTER.fullmatch(matches[at + 1].group(0))
            token = _GLUED_LABEL.sub("", m.group(0).strip())
            if _KO_IN_WORDS.search(text[: m.start()]):
                # the amount in figures after the same written in Korean words ("일금
                # 삼십만원정 (₩300,000)"): its brackets repeat it, they are no minus
                token = re.sub(r"^\((.*)\)$", r"\1", token)
            if re.search(r"\d\s*%$", token):
                continue
            if re.fullmatch(r"\d{10,}", token):
                continue  # a registration or account number ("登録番号: 1714900707750")
            if ocr and re.fullmatch(r"[$€£¥]?\d{1,3}[.,]", token):
                # "Subtotal $34,115.92" read "total 4,": the figures OCR lost after a group's
                # mark leave no amount, and its first group was taken for the total
                continue
            if ocr:
                # "\1.971.067", "\-500": a JIS font's yen, before a discount's minus too
                token = re.sub(r"^\\(?=-?\d)", "¥", token)
            money = bool(_MONEY.search(token) or (unit and re.fullmatch(r"\d+", token)))
            if ocr:
                token = _ocr_amount(token, out)
            value = number(token, out)
            if value is not None:
                found.append((value, money))
    return found


# An amount written in Korean words, the won and "exactly" after it ("일금 삼십구만육천원정"),
# ending the text before an amount
_KO_IN_WORDS = re.compile(r"[일이삼사오육칠팔구십백천만억]\s*원\s*정?\s*[:：]?\s*$")
# A transport document's number after its name: India's lorry receipt ("Transport: By road, LR
# 55120", "L.R. No. 4471"), an air waybill, a bill of lading, a docket: no freight charged.
_TRANSPORT_DOC = re.compile(
    r"(?:\b(?-i:L\.?\s?R|G\.?\s?R)\.?|\bawb|\bb/l|\bdocket|\b(?:air\s*|e-?\s*)?way\s*bill|"
    r"\bconsignment\s*note)\s*(?:no\.?|number|#)?\s*[:：]?\s*[A-Z]{0,4}\d[\w/-]*",
    re.I,
)
# The article or section of a law a tax note cites ("VAT zero-rated (Art. 21 VAT Act)", "§ 4
# Nr. 1a UStG", "Article 146 of Directive 2006/112/EC"): a reference, no amount.
# Never an amount's own digits: "Art. 1,250.00" keeps its thousands.
_LAW_REFERENCE = re.compile(
    r"(?:\b(?:art\.|article|artikel|articolo|art[ií]culo|sec\.|section)|§+)"
    r"\s*\d+[a-z]?(?![\d.,]?\d)(?:[\s\-]*(?:bis|ter|quater)\b)?",
    re.I,
)
# A label printed against its amount with no space: "（小写）¥2,794.83", "合计:¥5,274.40",
# "Total:€12,00". CJK text and brackets, or a word ending in a colon, before a currency sign or a
# digit.
_GLUED_LABEL = re.compile(
    r"^(?:(?=\D*[\u3400-\u9fff])[\u3000-\u303f\u3400-\u9fff\uff01-\uff1f（）()\[\]【】]+|[^\W\d_]{2,}[:：])(?=(?:US\$|[$¥￥€£₹])?\d)"
)
_GLUED_WORD = re.compile(r"(?<=[^\W\d_A-Z]{3})(?=\d)")
# A currency written as a word of its own after the amount (Chinese, Japanese, Vietnamese).
_UNIT_AFTER = re.compile(r"[元円圓]|VN[DĐ]|đ(?:ồng)?", re.I)
_MONEY = re.compile(r"\d[.,]\d{2}\)?$|\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|" + _SIGN + "|zł|円|元|원")
# What OCR puts before an amount: a table rule or a cell's edge read as a dash or a quote.
_OCR_LEAD = re.compile(r"^(?:[—–_~|‘’'\"“”]|§(?=[—–_~|]))+(?=[\d$¥￥€£₹§])")
# A yen amount with cents, some of whose digits OCR read as look-alike letters ("Yi2S.242.42"):
# at least two real digits, the cents among them.
_LOOKALIKE_AMOUNT = re.compile(
    r"^([Yy¥￥])((?=[^.,]*[0-9])[0-9OoDlIiSsBZz]{1,3}(?:[.,][0-9OoDlIiSsBZz]{3})*[.,]\d{2})$"
)
_DIGIT_LOOKALIKES = str.maketrans("OoDlIiSsBZz", "00011155822")
# An amount whose decimal mark OCR lost: "¥4,77425" for ¥4,774.25.
_LOST_MARK = re.compile(r"^(\D*)(\d{1,3})([.,])(\d{3})(\d{2})$")
# Thousands groups and cents, OCR taking one mark for the other.
_MIXED_MARKS = re.compile(r"^(\D*)(\d{1,3}(?:[.,]\d{3})+)[.,](\d{2})$")
# Yen (no cents) with one of two thousands marks lost.
_LOST_GROUP = re.compile(r"^\D*\d{1,3}[.,]\d{6}$")


def _ocr_amount(token: str, out: Fields) -> str:
    """An OCR'd amount as printed: a stray dash before it removed, "§" read for a 5 and "Y"
    for "¥" put back ("§.829,54", "Y7,070.60"), thousands marks read as the decimal one
    ("19.724.00"), a decimal mark OCR dropped after a thousands group restored, and a yen
    amount's lost thousands mark."""
    token = _OCR_LEAD.sub("", token)
    # a cell's right border, or the rule under the cell: "7,787.74|", "¥95,112.10_"
    token = re.sub(r"(?<=\d)[|\]\[_]+$", "", token)
    # a speck after it: "1.379,60°", "208,38." ("12.03." is a day and month, no amount)
    if not re.fullmatch(r"\d{1,2}\.\d\d\.", token):
        token = re.sub(r"(?<=\d[.,]\d\d)[°º'’\"`.,]+$", "", token)
    token = re.sub(r"^§(?=[\d.,])", "5", token)
    # "%1,83,767.92": the rupee sign read as the percent sign, which never leads a number
    token = re.sub(r"^%(?=\d[\d,]*\.\d{2}$)", "₹", token)
    # "=3,16,956.26": a sign's strokes (the rupee's bars) read as "=", which leads no amount
    token = re.sub(r"^=(?=\d[\d,]*\.\d{2}$)", "", token)
    token = re.sub(r"(?<=\d);(?=\d{3}\b)", ",", token)  # "¥5;738.14": a comma's tail lost
    token = re.sub(r"^[Yy¥￥][#*](?=\d)", "¥", token)  # "Y#9055.88": the sign's strokes doubled
    token = re.sub(r"^(-?)[Yy](?=\d[\d.,]*[.,]\d{2}$)", r"\1¥", token)  # "Y7,070.60", "-Y811.55"
    lookalike = _LOOKALIKE_AMOUNT.match(token)
    if lookalike:
        # "Yi2S.242.42" for ¥125,242.42: after a yen sign, letters OCR reads for digits
        digits = lookalike.group(2).translate(_DIGIT_LOOKALIKES)
        token = f"¥{digits}"
    mixed = _MIXED_MARKS.match(token)
    if mixed:  # "19.724.00" for 19,724.00: the last mark before two digits is the decimal one
        token = f"{mixed.group(1)}{re.sub('[.,]', ',', mixed.group(2))}.{mixed.group(3)}"
    if out.lang == "ja" and _LOST_GROUP.match(token):
        return re.sub(r"[.,]", "", token)  # "1.834298" for ¥1,834,298
    m = _LOST_MARK.match(token)
    if m and out.lang != "ja":
        decimal = "." if m.group(3) == "," else ","
        token = f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(4)}{decimal}{m.group(5)}"
    return token


def _currency(lines: list[Line], out: Fields) -> None:
    text = "\n".join(ln.text for ln in lines)
    counts = {code: len(re.findall(p, text)) for code, p in CURRENCIES}
    # ¥ on a Japanese invoice is the yen; 元 is the yuan only after a figure ("発行元", the
    # issuer, is no currency)
    if out.lang == "ja" and counts.get("CNY") and not re.search(r"人民币|RMB|CNY|\d\s*元", text):
        counts["JPY"] += counts.pop("CNY")
    # 元 on a Taiwanese invoice is the New Taiwan dollar
    elif counts.get("TWD") and not re.search(r"人民[币幣]|RMB|CNY|[¥￥]", text):
        counts["TWD"] += counts.pop("CNY")
    if out.lang in KRONA_OF and KRONA.search(text):
        counts[KRONA_OF[out.lang]] += len(KRONA.findall(text))
    best = max(counts, key=lambda k: counts[k])
    out.currency = best if counts[best] else None


def _fapiao(lines: list[Line], out: Fields) -> None:
    text = "\n".join(ln.text for ln in lines)
    if not FAPIAO.search(text):
        return
    for key, pattern in (
        ("invoice_code", r"发票代码\s*[:：]?\s*(\d{10,12})"),
        ("invoice_number", r"发票号码\s*[:：]?\s*(\d{8,20})"),
        ("check_code", r"校\s*验\s*码\s*[:：]?\s*([\d\s]{10,30})"),
        ("kind", r"(增值税(?:专用|普通|电子普通|电子专用)?发票)"),
    ):
        m = re.search(pattern, text)
        if m:
            out.fapiao[key] = m.group(1).strip()
