"""Session 15: Japanese and German invoices of an outside writer (invoices15) misread; each test
failed before its fix. Pages are words placed by hand, in the layouts the documents print (a
領収書 with its 収入印紙 box, a German invoice whose date label overflows its cell)."""

from __future__ import annotations

from datetime import date
from typing import Any

from support.ocr_words import Cells, text_lines, word

from reinstate.invoices.dates import find_dates
from reinstate.invoices.fields import Fields, build_lines, extract


def test_receipt_amount_beside_its_revenue_stamp() -> None:
    # "¥446,224-" read on one line with the stamp box's "200円": no total was read
    fields = extract(
        text_lines(
            (20, [("領収書", 250, 330), ("令和8年2月9日", 450, 540)]),
            (60, [("株式会社北見商店 様", 40, 200)]),
            (80, [("収入印紙", 460, 510)]),
            (100, [("¥83,600-", 240, 320), ("200円", 470, 500)]),
            (140, [("但し 登山用品代として", 40, 160)]),
            (155, [("上記正に領収いたしました。", 40, 200)]),
            (180, [("10%対象 ¥83,600-（内消費税 ¥7,600-）", 40, 260)]),
        )
    )
    assert fields.document_type == "receipt"
    assert fields.totals["total"] == 83600


def test_two_closed_amounts_in_cells_say_nothing() -> None:
    fields = extract(
        text_lines(
            (20, [("領収書", 250, 330)]),
            (100, [("¥83,600-", 240, 320), ("¥1,200-", 470, 500)]),
        )
    )
    assert "total" not in fields.totals


def test_reiwa_with_its_first_glyph_misread() -> None:
    # a scan's OCR read 令和 as "人和", "信和" or "る 和": no date was read
    cases = {
        "ズ 御中  378  人和 8 年 3 月 7 日": "2026-03-07",
        "発行  信和 8 年 1 月 19 日": "2026-01-19",
        "みる  78  る 和 7 年 9 月 8 日": "2025-09-08",
    }
    for text, when in cases.items():
        assert [d.isoformat() for _s, _e, d, _a in find_dates(text)] == [when], text
    # 昭和 is a founding year's era, never an invoice's date: still not read as 令和
    assert find_dates("創業 昭和5年4月1日") == []


def test_amount_nearer_the_rate_header_than_its_own() -> None:
    # headers left-aligned over right-aligned cells: "70,400円" sat nearer "税率" than "金額"
    # and took the rate's column, so no line's amount was read and a wrong one was not found
    head: Cells = (
        100,
        [
            ("品名", 110, 130),
            ("数量", 314, 333),
            ("単価", 382, 401),
            ("金額", 446, 465),
            ("税率", 516, 535),
        ],
    )
    rows: list[Cells] = [
        (
            top,
            [
                (name, 112, 200),
                (qty, 337, 342),
                (unit, 402, 440),
                (amount, 472, 510),
                ("10%", 528, 546),
            ],
        )
        for top, name, qty, unit, amount in (
            (120, "ドームテント", "5", "13,320円", "67,600円"),
            (136, "折りたたみチェア", "6", "4,560円", "27,360円"),
        )
    ]
    fields = extract(text_lines((20, [("請求書", 250, 330)]), head, *rows))
    assert [(i.quantity, i.unit_price, i.line_total) for i in fields.items] == [
        (5, 13320, 67600),
        (6, 4560, 27360),
    ]


def _chars(text: str, x0: float, top: float, order: int) -> list[dict[str, Any]]:
    """A text layer's glyphs of a monospaced font, drawn one after another from x0."""
    return [
        {
            "text": ch,
            "x0": x0 + 5.4 * i,
            "x1": x0 + 5.4 * (i + 1),
            "top": top,
            "bottom": top + 9,
            "size": 9.0,
            "font": "Courier",
            "order": order + i,
        }
        for i, ch in enumerate(text)
    ]


def test_date_label_overflowing_its_cell() -> None:
    # fpdf2 printed "Rechnungsdatum:" past its cell and the value from the next cell's edge,
    # over the label's last glyphs: "Rechnungsdatum4:. September 2025", no date was read
    label = _chars("Rechnungsdatum:", 31.2, 150, 100)
    chars = [
        *_chars("RECHNUNG RE-2025-9674", 31.2, 124, 1),
        *label,
        *_chars("4. September 2025", 102.0, 150, 100 + len(label)),
        *_chars("Zahlbar bis: 4. Oktober 2025", 31.2, 164, 200),
    ]
    lines = build_lines({"number": 1, "chars": chars})
    assert lines[1].text == "Rechnungsdatum: 4. September 2025"
    assert extract(lines).invoice_date == date(2025, 9, 4)
    # glyphs of one word printed twice a hair apart (a faked bold) are read once
    bold = _chars("Gesamt", 40, 300, 400) + _chars("Gesamt", 40.3, 300, 420)
    assert build_lines({"number": 1, "chars": bold})[0].text == "Gesamt"


def test_date_wrapped_beside_its_label() -> None:
    # "22. November" / "2025" wrapped in its cell, "Rechnungsdatum" centred beside the two
    # lines and so read as a line between them: no date was read
    fields = extract(
        text_lines(
            (64, [("Rechnungsnummer RE-2025-2703", 357, 518)]),
            (72, [("RECHNUNG", 76, 187)]),
            (77, [("22. November", 452, 517)]),
            (82.4, [("Rechnungsdatum", 357, 437)]),
            (87.6, [("2025", 452, 475)]),
            (101, [("Zahlbar bis", 357, 409), ("21. Januar 2026", 452, 526)]),
        )
    )
    assert fields.invoice_date == date(2025, 11, 22)


def test_receipt_whose_title_ocr_lost() -> None:
    # a phone photo's 領収書, its title read as noise: its fixed wording says what it is
    fields = extract(
        text_lines(
            (40, [("a Ne aemennane", 200, 330)]),
            (70, [("株式会社北見商店 様", 40, 200)]),
            (130, [("但し アウ トド ア 用品代 と し て", 40, 200)]),
            (145, [("上記正 に 領収 いた し まし た 。", 40, 220)]),
        )
    )
    assert fields.document_type == "receipt"


def _scan(*rows: Cells, doubted: str = "") -> Fields:
    """An OCR'd page of words, those containing `doubted` read with a low confidence."""
    words = []
    for top, cells in rows:
        for text, x0, x1 in cells:
            conf = 30.0 if doubted and doubted in text else 90.0
            words.append({**word(text, x0, top), "x1": x1, "conf": conf})
    return extract(build_lines({"number": 1, "chars": words}))


_TOP: list[Cells] = [
    (20, [("適格請求書", 250, 330)]),
    (40, [("株式会社大雪ギアサプライ", 380, 500)]),
]


def test_sums_from_the_rate_breakdown() -> None:
    # OCR lost the 小計's label and the 10% tax line's amount: the 8% tax alone was read, no
    # subtotal, and a total that was not the breakdown's sum went unremarked
    fields = _scan(
        *_TOP,
        (60, [("ご 請求金額 ( 税込 )", 40, 140), ("\\1.030.336", 150, 200)]),
        (200, [("init BR)", 40, 90)]),
        (215, [("消費税 (10% 対象 )", 300, 400)]),
        (230, [("消費税 (8 対象 )", 300, 400), ("¥1,536", 450, 490)]),
        (
            245,
            [("ご 請求金額 (税込 )", 300, 400), ("\\1.030.336", 450, 500)],
        ),
        (260, [("※ 印 は 軽減税率 (8%) 対象商品 で す 。", 40, 250)]),
        (
            275,
            [("10% 対象 \\916,000 消費税 \\91.600 8% 対象 \\19.200 消費税 \\1.536", 40, 400)],
        ),
        doubted="1.030",
    )
    assert (fields.totals["subtotal"], fields.totals["tax"]) == (935200, 93136)
    assert fields.totals["total"] == 1030336
    # the total read alike at the top and under the sums is not in doubt, nor the tax whose
    # 10% amount the heading lost: the breakdown holds every rate's (before, I116 hid the error)
    assert "total" not in fields.doubtful
    assert "tax" not in fields.doubtful


def test_total_from_the_rate_breakdown() -> None:
    # "ご請求金額 \122,.040" unreadable: the breakdown, bearing itself out, gives the total
    fields = _scan(
        *_TOP,
        (60, [("ご 請求金額 ( 税込 ) \\122,.040", 40, 200)]),
        (260, [("※ 印 は 軽減税率 (8%) 対象商品 で す 。", 40, 250)]),
        (275, [("10% 対象 \\21,600 消費税 \\2.160 8% 対象 \\91,000 消費税 Y7.280", 40, 400)]),
    )
    assert fields.totals["total"] == 122040


def test_breakdown_with_a_rate_lost_or_a_tax_misread_is_not_used() -> None:
    for breakdown in (
        "10% 対象 \\849,720 消費税 \\84.972",  # the 8% part the note names, lost
        "10% 対象 \\21,600 消費税 \\2.760 8% 対象 \\91,000 消費税 Y7.280",  # 2,160 misread
    ):
        fields = _scan(
            *_TOP,
            (260, [("※ 印 は 軽減税率 (8%) 対象商品 で す 。", 40, 250)]),
            (275, [(breakdown, 40, 400)]),
        )
        assert "subtotal" not in fields.totals, breakdown


def test_quantity_read_with_its_unit_glyph() -> None:
    # a fax's "2 足" read "24": 24 × ¥11,200 is not ¥22,400, but OCR's digit, not the
    # supplier's error (was I109 on a genuine fax once the amount took its own column)
    fields = _scan(
        *_TOP,
        (
            100,
            [
                ("品名", 127, 144),
                ("数量", 281, 299),
                ("単位", 320, 339),
                ("単価", 361, 378),
                ("金額", 431, 449),
                ("税率", 511, 529),
            ],
        ),
        (
            120,
            [
                ("シューズ", 129, 221),
                ("24", 307, 329),
                ("¥11,200", 384, 422),
                ("¥22,400", 464, 502),
                ("10%", 526, 545),
            ],
        ),
    )
    assert [(i.quantity, i.line_total, i.doubtful) for i in fields.items] == [(24, 22400, True)]
