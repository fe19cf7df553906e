"""Session 15: what invoices17's Chinese files (ERP pages printed from a browser, phone photos of
them) showed misread; each test failed before its fix. Pages are words placed by hand."""

from __future__ import annotations

import io
import shutil
from datetime import date

import pytest
from support.invoice_corpus import CJK_FONT, cjk_font_available
from support.ocr_words import read_rows, word

from reinstate.invoices import check_invoice
from reinstate.invoices.fields import build_lines, extract, title_kind
from reinstate.invoices.ocr import languages


def test_the_amount_receivable_is_the_total() -> None:
    # A Chinese ERP's sales invoice ends "金额合计 … 运费 … 应收总额": the amount receivable is the
    # total; it was not known as a total label, and the freight label took its amount.
    fields = read_rows(
        "销售发票",
        "广州市拓朗照明科技有限公司",
        (300, [("数量合计：600", 40), ("金额合计：¥8,508.00", 150), ("运费：¥181.19", 300)]),
        (300, [("应收总额：¥8,689.19", 400)]),
        font="Helvetica",
    )
    assert fields.totals["total"] == 8689.19
    assert fields.totals["shipping"] == 181.19


def test_a_price_list_with_an_invoice_number_is_no_invoice() -> None:
    # A Guangzhou factory's "PRICE LIST" (MOQ, unit prices, lead times) carries an "Invoice No"
    # cell: it was called an invoice. A price list offers prices and buys nothing.
    fields = read_rows(
        "PRICE LIST",
        "Guangzhou Tuolang Lighting Technology Co., Ltd.",
        (120, [("Invoice No: CI2025-314", 300)]),
        (140, [("Date: 11/12/2025", 300)]),
        (200, [("Cotton bath towel", 40), ("500", 250), ("2.51", 320)]),
        font="Helvetica",
    )
    assert fields.document_type == "quotation"
    assert title_kind("Preisliste 2026") == title_kind("价格表") == "quotation"
    assert title_kind("Price listed below") is None


def test_a_fapiao_total_with_the_rule_under_it_read_as_an_underscore() -> None:
    # A photographed fapiao's "（小写）¥95,112.10" read with the box's bottom rule after it
    fields = read_rows(
        "电子发票（增值税专用发票）",
        "广州市拓朗照明科技有限公司",
        (300, [("合计", 40), ("¥84,170.00", 300), ("¥10,942.10", 450)]),
        (320, [("价税合计（大写）", 40), ("玖万伍仟壹佰壹拾贰圆壹角整", 150)]),
        (320, [("（小写）¥95,112.10_", 400)]),
    )
    assert fields.totals["total"] == 95112.10


def _receipt_with_a_seal() -> bytes:
    """A Chinese receipt, its red seal stamped over the total (red ink multiplied over the
    print, as a stamp's ink lets the print show through)."""
    from PIL import Image, ImageChops, ImageDraw, ImageFont

    page = Image.new("RGB", (1240, 900), (250, 248, 240))
    draw = ImageDraw.Draw(page)
    big, font = ImageFont.truetype(CJK_FONT, 56), ImageFont.truetype(CJK_FONT, 30)
    black = (20, 20, 20)
    draw.text((540, 60), "收据", font=big, fill=black)
    for top, text in (
        (180, "深圳市宝安区锐科电子厂"),
        (240, "日期：2026-01-09"),
        (320, "货品名称   数量   单价   金额"),
        (380, "无线耳机充电仓   120   31.71   3,805.20"),
        (440, "不锈钢保温瓶   800   33.11   26,488.00"),
        (520, "合计人民币："),
    ):
        draw.text((80, top), text, font=font, fill=black)
    draw.text((300, 520), "¥30,293.20", font=font, fill=black)
    ink = Image.new("RGB", page.size, (255, 255, 255))
    draw = ImageDraw.Draw(ink)
    red, seal = (215, 35, 40), ImageFont.truetype(CJK_FONT, 26)
    draw.ellipse((295, 440, 485, 630), outline=red, width=9)
    draw.text((312, 473), "锐科电子厂", font=seal, fill=red)
    draw.text((320, 543), "财务专用章", font=seal, fill=red)
    draw.regular_polygon((390, 530, 22), 5, fill=red)
    out = io.BytesIO()
    ImageChops.multiply(page, ink).save(out, "PNG")
    return out.getvalue()


@pytest.mark.skipif(
    not shutil.which("tesseract") or not cjk_font_available(), reason="no tesseract or CJK font"
)
def test_a_red_seal_over_a_chinese_total_is_read_through() -> None:
    # In grey the seal's ring, star and text are as dark as the print: Tesseract lost the
    # total and the row above it. With the seal's pixels taken from the red channel, it is paper.
    if "chi_sim" not in languages():
        pytest.skip("no Chinese model for Tesseract")
    report = check_invoice(
        _receipt_with_a_seal(), filename="收据.png", notice_date=date(2026, 12, 10)
    )
    assert report.fields.totals.get("total") == 30293.20


def test_a_doubtful_fapiao_total_borne_out_by_its_rows_and_their_taxes() -> None:
    # A scanned fapiao whose 合计 row's labels and tax were garbled: its 价税合计 read with low
    # confidence is the rows' amounts and taxes (41,780 + 5,431.40 + 42,390 + 5,510.70), and
    # was dropped as unreadable because the rows alone (84,170) did not make it.
    rows = [
        (20, [("电子发票（增值税专用发票）", 300)]),
        (60, [("广州市拓朗照明科技有限公司", 50)]),
        (170, [("项目名称", 44), ("数量", 400), ("单价", 483), ("金额", 588), ("税率", 680)]),
        (170, [("税额", 760)]),
        (186, [("竹制抽屉收纳盒", 44), ("2000", 454), ("20.89", 552), ("41,780.00", 620)]),
        (186, [("13%", 697), ("5,431.40", 760)]),
        (202, [("陶瓷马克杯", 44), ("3000", 454), ("14.13", 552), ("42,390.00", 620)]),
        (202, [("13%", 697), ("5,510.70", 760)]),
        (240, [("价税合计（大写）", 40), ("玖万伍仟壹佰壹拾贰圆壹角整", 150)]),
        (240, [("（小写）", 560), ("¥95,112.10", 600)]),
    ]
    words = [
        {**word(text, x, top), "conf": 41.0 if text.startswith("¥") else 90.0}
        for top, cells in rows
        for text, x in cells
    ]
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert [i.tax_amount for i in fields.items] == [5431.40, 5510.70]
    assert fields.totals.get("total") == 95112.10


def test_a_yen_amount_with_letters_read_for_digits() -> None:
    # A photographed fapiao's "（小写）¥125,242.42" read "Yi2S.242.42": 1 as i, 5 as S
    fields = read_rows(
        "电子发票（增值税专用发票）",
        "中山市美屹家居用品厂",
        (300, [("合计", 40), ("¥110,834.00", 300), ("¥14,408.42", 450)]),
        (320, [("价税合计（大写）", 40), ("壹拾贰万伍仟贰佰肆拾贰圆肆角贰分", 150)]),
        (320, [("（小写）", 380), ("Yi2S.242.42", 420)]),
    )
    assert fields.totals["total"] == 125242.42


def test_a_thousands_comma_read_as_a_semicolon() -> None:
    # A photographed fapiao's "（小写）¥5,738.14", its label garbled and its comma read ";"
    fields = read_rows(
        "电子发票（增值税专用发票）",
        "厦门凯德硅胶科技有限公司",
        (300, [("¥5,078.00", 300), ("¥660.14", 450)]),
        (320, [("[mmait x:", 40), ("OAR 18 HERS", 150), ("CONS )", 380), ("¥5;738.14", 420)]),
    )
    assert fields.totals["total"] == 5738.14


def test_singapore_dollars_are_read_and_their_dates_put_the_day_first() -> None:
    # A Singapore trader's invoice: "08/06/2025" is 8 June, and "S$3,342.76" an amount
    fields = read_rows(
        "TAX INVOICE",
        "Kallang Crest Supplies Pte Ltd",
        (100, [("Date", 300), ("08/06/2025", 360)]),
        (300, [("Subtotal", 300), ("S$2,661.60", 400)]),
        (320, [("Freight", 300), ("S$405.15", 400)]),
        (340, [("GST 9%", 300), ("S$276.01", 400)]),
        (360, [("TOTAL (SGD)", 300), ("S$3,342.76", 400)]),
        font="Helvetica",
    )
    assert str(fields.invoice_date) == "2025-06-08"
    assert fields.totals["total"] == 3342.76
    assert fields.totals["subtotal"] == 2661.60
