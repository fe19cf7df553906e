"""Session 16: Chinese sums as unseen writers print them (invoices20: ERP sales slips, bilingual
commercial invoices). Each test failed before its fix. Pages are words placed by hand."""

from __future__ import annotations

import pytest
from support.ocr_words import read_rows, word

from reinstate.invoices.amount_words import capital_amount
from reinstate.invoices.fields import Fields, build_lines, extract


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("合计金额（大写）：肆拾万零贰仟叁佰陆拾伍圆柒角", 402365.70),
        ("价税合计（大写） ⊗ 伍仟零捌圆零叁分", 5008.03),
        ("大写：壹拾贰万圆整", 120000.00),
        ("人民币 玖 仟 玖 佰 玖 拾 玖 元 玖 角 玖 分", 9999.99),
        ("壹亿零伍佰万圆整", 105000000.00),
        ("捌角", 0.80),
    ],
)
def test_capital_numerals_give_the_amount(text: str, amount: float) -> None:
    assert capital_amount(text) == amount


@pytest.mark.parametrize(
    "text",
    [
        "第一联 存根（白）",  # no capital numeral
        "单价(元)",  # a unit, no amount
        "伍零圆",  # a digit with no unit before the zero: a misread glyph
        "贰佰叁仟圆",  # units out of order
        "伍陆圆",  # two digits running together
        "肆仟伍佰",  # no yuan, jiao or fen closing it
    ],
)
def test_what_is_no_capital_amount(text: str) -> None:
    assert capital_amount(text) is None


def _sales_slip(*sums: tuple[float, list[tuple[str, float]]], font: str = "Helvetica"):
    return read_rows(
        "销售单",
        "温州市瓯江灯饰有限公司",
        (90, [("购货单位：杭州禾丰贸易有限公司", 50), ("日期：2026年3月5日", 300)]),
        (105, [("单据编号：XS2026030512", 300)]),
        (130, [("品名", 50), ("单位", 200), ("数量", 260), ("单价", 330), ("金额", 420)]),
        (150, [("LED台灯", 50), ("个", 200), ("300", 260), ("18.50", 330), ("5,550.00", 420)]),
        (165, [("USB风扇", 50), ("个", 200), ("200", 260), ("12.30", 330), ("2,460.00", 420)]),
        *sums,
        font=font,
    )


def test_a_sales_slips_sum_confirmed_by_its_capital_amount_is_the_total() -> None:
    # "合计 (CNY) ¥ 8,010.00" over "合计金额（大写）：捌仟零壹拾圆整": 合计 was read as the sum
    # before tax and no total was read; the slip, titled 销售单, was then called no invoice.
    fields = _sales_slip(
        (190, [("合计 (CNY)", 330), ("¥ 8,010.00", 420)]),
        (210, [("合计金额（大写）：捌仟零壹拾圆整", 50)]),
    )
    assert fields.totals["total"] == 8010.00
    assert fields.document_type == "invoice"


def test_a_sales_slips_only_sum_is_the_total() -> None:
    # No capital amount, no tax named, no tax column: nothing is added to the 合计.
    fields = _sales_slip((190, [("合计", 330), ("¥8,010.00", 420)]))
    assert fields.totals["total"] == 8010.00


def test_a_fapiaos_sum_before_tax_stays_no_total() -> None:
    # A fapiao's 合计 whose tax and 价税合计 were lost: the sum before tax is no total.
    fields = read_rows(
        "增值税专用发票",
        "温州市瓯江灯饰有限公司",
        (130, [("项目名称", 50), ("数量", 260), ("单价", 330), ("金额", 420)]),
        (150, [("LED台灯", 50), ("300", 260), ("18.50", 330), ("5,550.00", 420)]),
        (190, [("合计", 50), ("¥5,550.00", 420)]),
        font="Helvetica",
    )
    assert "total" not in fields.totals


def test_a_sum_under_the_tax_confirmed_by_its_capital_amount_sums_them_all() -> None:
    # "小计 … 税额 13% … 合计" with 小计 missing: 合计 under the tax line, read as the sum
    # before tax beside that tax, is the total the words name.
    fields = _sales_slip(
        (190, [("税额 13%", 330), ("1,041.30", 420)]),
        (205, [("合计 (CNY)", 330), ("¥ 9,051.30", 420)]),
        (225, [("合计金额（大写）：玖仟零伍拾壹圆叁角", 50)]),
    )
    assert fields.totals["total"] == 9051.30
    assert "subtotal" not in fields.totals


def test_ocr_capital_amount_no_figure_bears_out_gives_no_total() -> None:
    # OCR can misread 陆 for 伍 and still make numerals that parse: unconfirmed, not taken.
    fields = _sales_slip(
        (190, [("合计", 330), ("8,0l0.00", 420)]),
        (210, [("合计金额（大写）：捌仟零陆拾圆整", 50)]),
        font="ocr",
    )
    assert fields.totals.get("total") is None


def test_a_bilingual_sum_labelled_total_is_the_total() -> None:
    # "合计 Total (USD) $ 3,210.00" on a commercial invoice: the English word says which sum
    # it is. A UK buyer's "VAT GB 318 4471 52" is a registration, no tax charged, so the rows
    # are still checked against that total.
    fields = read_rows(
        "COMMERCIAL INVOICE 商业发票",
        "Ningbo Haishu Garden Tools Co., Ltd.",
        (90, [("Consignee 收货人: Brackley Home Ltd", 50)]),
        (100, [("VAT GB 318 4471 52", 50)]),
        (130, [("Description", 50), ("Qty", 260), ("Unit price", 330), ("Amount", 420)]),
        (150, [("Garden hose 20m", 50), ("300", 260), ("10.70", 330), ("3,210.00", 420)]),
        (190, [("合计 Total (USD)", 300), ("$ 3,210.00", 420)]),
        font="Helvetica",
    )
    assert fields.totals["total"] == 3210.00
    assert "subtotal" not in fields.totals
    assert not fields.tax_named


def _scanned_slip(conf: float, *extra: str) -> Fields:
    """An OCR'd sales slip whose ruled item rows came out as noise: only its 合计 line read,
    with Tesseract's confidence `conf`; `extra` lines above the sum."""
    words = [
        {**word("销售单", 260, 20), "conf": 90.0},
        {**word("温州市瓯江灯饰有限公司", 50, 60), "conf": 88.0},
        {**word("日期：2026年3月5日", 300, 90), "conf": 85.0},
        {**word("单据编号：XS2026030512", 300, 105), "conf": 85.0},
        {**word("|aRRF |200 [1352800", 50, 150), "conf": 0.0},
    ]
    words += [{**word(text, 50, 170 + 10 * i), "conf": 80.0} for i, text in enumerate(extra)]
    total = (("合计", 330), ("¥8,010.00", 420))
    words += [{**word(text, x, 200), "conf": conf} for text, x in total]
    return extract(build_lines({"number": 1, "chars": words}))


def test_a_scanned_slips_only_sum_read_with_confidence_is_a_total_in_doubt() -> None:
    # A scanned sales slip whose ruled rows OCR garbled: its 合计, read with confidence and
    # with no tax named, is the total, marked in doubt (no row bears it out).
    fields = _scanned_slip(91.0)
    assert fields.totals["total"] == 8010.00
    assert "total" in fields.doubtful
    assert fields.document_type == "invoice"


@pytest.mark.parametrize(
    ("conf", "extra"),
    [(40.0, ()), (91.0, ("税率 13%",)), (91.0, ("价税合计（大写）",))],
)
def test_a_scanned_sum_in_doubt_or_beside_a_tax_is_no_total(
    conf: float, extra: tuple[str, ...]
) -> None:
    # read with low confidence, or on a page naming a tax rate or an amount with tax: the 合计
    # may be the sum before a tax OCR lost
    assert "total" not in _scanned_slip(conf, *extra).totals
