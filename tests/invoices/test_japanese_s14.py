"""Session 14: Japanese invoices of an outside writer (invoices14) misread; each test failed
before its fix. Pages are words placed by hand, in the layouts Japanese invoicing software
prints (a 適格請求書 with its per-rate breakdown, a 納品書兼請求書, a till's レシート)."""

from __future__ import annotations

from support.ocr_words import Cells, text_lines, word

from reinstate.invoices.dates import find_dates
from reinstate.invoices.fields import Fields, build_lines, extract, title_kind
from reinstate.invoices.japanese import misread_title


def _page(*rows: Cells, title: str = "請求書") -> Fields:
    head: list[Cells] = [(20, [(title, 250, 330)]), (40, [("株式会社三河金物", 380, 470)])]
    return extract(text_lines(*head, *rows))


_HEAD: Cells = (
    100,
    [("品名", 60, 90), ("数量", 330, 350), ("単価", 400, 430), ("金額", 520, 550)],
)
_ROWS: list[Cells] = [
    (120, [("ステンレス鍋", 60, 130), ("10", 340, 350), ("1,200", 405, 430), ("12,000", 520, 550)]),
    (135, [("木製しゃもじ", 60, 130), ("20", 340, 350), ("300", 415, 430), ("6,000", 525, 550)]),
]


def test_delivery_note_that_is_the_invoice() -> None:
    # "納品書兼請求書" (delivery note and invoice in one) was read as a delivery note
    assert title_kind("納品書兼請求書") == "invoice"
    assert title_kind("納品書 兼 御請求書") == "invoice"
    assert title_kind("御請求書") == "invoice"
    assert title_kind("納品書") == "packing_list"


def test_era_abbreviated_to_its_initial() -> None:
    # "日付 R07.04.11" on a Japanese slip: Reiwa 7, no date was read
    assert [d.isoformat() for _s, _e, d, _a in find_dates("日付 R07.04.11")] == ["2025-04-11"]
    assert [d.isoformat() for _s, _e, d, _a in find_dates("令和8.3.7")] == ["2026-03-07"]
    assert find_dates("品番 AR07.04.11") == []
    # an address's block read after a kanji OCR took for "H" is no Heisei date
    assert find_dates("名古屋市北区 H2-6-1") == []


def test_freight_is_shipping() -> None:
    # "運賃 800" above 税抜合計: the freight, not an error in the lines' sum
    fields = _page(
        _HEAD,
        *_ROWS,
        (160, [("運賃", 400, 430), ("800", 530, 550)]),
        (175, [("税抜合計", 400, 450), ("18,800", 520, 550)]),
    )
    assert fields.totals["shipping"] == 800


def test_amount_to_pay_at_the_top_and_rate_breakdown() -> None:
    # "ご請求金額" above the table made every line below it "after the total": the 値引 line
    # was dropped and the 8% tax not added; the breakdown "10%対象 ... 消費税 ..." was read as
    # an item (false I110 on genuine 適格請求書)
    fields = _page(
        (60, [("ご請求金額", 50, 100), ("￥19,140-", 180, 230), ("(税込)", 260, 290)]),
        _HEAD,
        *_ROWS,
        (150, [("値引", 140, 170), ("-500", 528, 550)]),
        (200, [("10%対象", 280, 320), ("12,000円消費税", 350, 420), ("1,200円", 515, 550)]),
        (215, [("8%対象(軽減税率)", 280, 340), ("5,500円消費税", 350, 420), ("440円", 520, 550)]),
        (230, [("小計(税抜)", 280, 330), ("17,500円", 510, 550)]),
        (245, [("合計(税込)", 280, 330), ("19,140円", 510, 550)]),
        title="適格請求書",
    )
    assert [i.line_total for i in fields.items] == [12000, 6000]
    assert fields.totals["discount"] == -500
    assert fields.totals["tax"] == 1640
    assert fields.totals["subtotal"] == 17500


def test_rate_breakdown_is_no_item() -> None:
    # "10%対象 18,000円 消費税 1,800円" under the table, its base in the quantity's column: it
    # was read as an item of 18,000 × ? = 1,800, and the lines' sum missed the 小計
    fields = _page(
        _HEAD,
        *_ROWS,
        (200, [("10%対象", 250, 290), ("18,000円", 330, 370), ("消費税", 380, 410)]),
        (200, [("1,800円", 515, 550)]),
        (230, [("小計(税抜)", 280, 330), ("18,000円", 510, 550)]),
        (245, [("合計(税込)", 280, 330), ("19,800円", 510, 550)]),
        title="適格請求書",
    )
    assert [i.line_total for i in fields.items] == [12000, 6000]
    assert fields.totals == {"subtotal": 18000, "tax": 1800, "total": 19800}


def test_till_receipt_whose_total_label_ocr_lost() -> None:
    # A phone photo of a shop's レシート: its 合計 read as a stray letter, so neither a total
    # nor a receipt was read. The cash handed over less the change, printed above, is the sum.
    rows: list[Cells] = [
        (20, [("スズキ金物店", 100, 200)]),
        (40, [("2025年6月4日(水)", 60, 160), ("レジ02", 200, 240)]),
        (60, [("軍手", 60, 100), ("¥1,316", 250, 290)]),
        (75, [("カッター", 60, 100), ("¥548", 258, 290)]),
        (100, [("a", 60, 66), ("¥1,864", 250, 290)]),
        (115, [("(内消費税等", 60, 120), ("¥169)", 258, 290)]),
        (130, [("お預り", 60, 100), ("¥2,000", 250, 290)]),
        (145, [("お釣り", 60, 100), ("¥136", 258, 290)]),
    ]
    fields = extract(text_lines(*rows))
    assert fields.document_type == "receipt"
    assert fields.totals["total"] == 1864
    # the difference printed nowhere: no total rather than a guess
    rows[4] = (100, [("a", 60, 66), ("¥1,684", 250, 290)])
    assert "total" not in extract(text_lines(*rows)).totals


def test_faxed_title_with_its_first_glyph_lost() -> None:
    # A faxed 請求書 read "an 求書": no title, so the fax was no invoice
    words = [{**word("an", 250, 20), "bottom": 44, "conf": 40.0}]
    words.append({**word("求書", 268, 20), "bottom": 44, "conf": 55.0})
    for text, x, top in (("No.", 380, 80), ("369565", 410, 80), ("品名", 60, 130)):
        words.append({**word(text, x, top), "conf": 90.0})
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert fields.document_type == "invoice"
    assert misread_title("要求書") is None  # a letter of demands, no invoice
    assert misread_title("請求書番号") is None
