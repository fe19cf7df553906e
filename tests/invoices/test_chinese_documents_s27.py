"""Session 27 (inv27f): a Chinese finance clerk's purchase documents. A plain-text fpdf2 invoice
whose bold total line, padded to a character count, ends past the amounts' column (taken for an
edit); a Chinese sheet LibreOffice printed from a UTF-8 CSV it read as Windows-1252 (every
character three Latin glyphs: no title, no labels); a scanned paper fapiao whose 小写 figures
lost their cents and whose 大写 numerals OCR read only in their last places. Companies, goods
and figures are my own."""

from __future__ import annotations

import io
import shutil

import pytest
from support.invoice_producers import _calc_export
from support.ocr_words import read_rows

from reinstate.invoices.amount_words import capital_cents
from reinstate.invoices.check import check_invoice
from reinstate.invoices.mojibake import repaired


def _plain_text_invoice() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Courier", "B", 15)
    pdf.cell(0, 10, "NORTHGATE TEXTILE SUPPLY LTD", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", size=9)
    pdf.multi_cell(0, 5, "Unit 4, 18 Harbour Road, Kowloon, Hong Kong\nBR 40817726")
    pdf.ln(4)
    pdf.set_font("Courier", "B", 12)
    pdf.cell(0, 8, "INVOICE NT-5531    DATE 04/14/2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", size=9)
    pdf.multi_cell(0, 5, "BILL TO: Willow Creek Home Goods LLC\n77 Mill Street, Dayton OH")
    pdf.ln(3)
    rows = [
        ("Linen napkin set of 6", 360, "7.40", "2,664.00"),
        ("Cotton apron, striped", 1000, "4.15", "4,150.00"),
        ("Jute table runner 180cm", 200, "9.05", "1,810.00"),
        ("Canvas tote, natural", 600, "2.36", "1,416.00"),
    ]
    for name, qty, price, amount in rows:
        line = f"{name:<34} {qty:>6} x {price:>9} = {amount:>11}"
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 5, f"{'SUBTOTAL':>52} {'10,040.00':>11}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"{'DISCOUNT':>52} {'-200.80':>11}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"{'SHIPPING':>52} {'215.00':>11}", new_x="LMARGIN", new_y="NEXT")
    # the total in a larger bold type, padded to its own count of characters
    pdf.set_font("Courier", "B", 10)
    pdf.cell(0, 6, f"{'TOTAL':>46} USD {'10,054.20':>11}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_plain_text_invoices_padded_total_line_is_no_edit() -> None:
    report = check_invoice(_plain_text_invoice(), filename="x.pdf", ocr=False)
    assert report.fields.totals["total"] == pytest.approx(10054.20)
    assert "I230" not in report.codes
    assert "altered" not in report.tags


def _edited_total_in_larger_type() -> bytes:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 790, "Lakeshore Ceramics Co.")
    c.drawString(400, 790, "INVOICE")
    c.setFont("Helvetica", 9)
    c.drawString(400, 770, "Date: 2026-02-11")
    c.drawString(50, 700, "Description")
    c.drawRightString(540, 700, "Amount")
    for i, (name, amount) in enumerate(
        [("Glazed mug", "412.50"), ("Serving bowl", "1,208.00"), ("Salad plate", "96.40")]
    ):
        c.drawString(50, 680 - 16 * i, name)
        c.drawRightString(540, 680 - 16 * i, amount)
    c.drawString(400, 620, "Subtotal")
    c.drawRightString(540, 620, "1,716.90")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(400, 602, "Total")
    # the total's characters replaced in place: "1,716.90" became "11,716.90" at its old start
    start = 540 - stringWidth("1,716.90", "Helvetica-Bold", 11)
    c.drawString(start, 602, "11,716.90")
    c.save()
    return buf.getvalue()


def test_a_total_in_larger_type_lengthened_in_place_still_shows() -> None:
    report = check_invoice(_edited_total_in_larger_type(), filename="x.pdf", ocr=False)
    assert "I230" in report.codes


def _mojibake(text: str) -> str:
    """`text` as LibreOffice shows its UTF-8 bytes read as Windows-1252 (a box for the bytes
    Windows-1252 leaves undefined)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append("\uf18d")
    return "".join(out)


def _glyphs(text: str) -> list[dict[str, object]]:
    return [
        {"text": ch, "x0": 50 + 6 * i, "x1": 56 + 6 * i, "top": 100, "bottom": 110,
         "font": "DejaVuSans", "size": 10.0}
        for i, ch in enumerate(text)
    ]  # fmt: skip


def test_mis_decoded_glyphs_are_taken_back_with_the_label_reading_of_a_box() -> None:
    # 发 and 合 hold a byte Windows-1252 leaves undefined: the box could be 卑 or 午 too
    chars = repaired(_glyphs(_mojibake("销售单（发票） 合计（含税） 58.20 叁佰圆")))
    assert "".join(c["text"] for c in chars) == "销售单（发票） 合计（含税） 58.20 叁佰圆"
    assert chars[0]["x0"] == 50 and chars[0]["x1"] == 68  # its three glyphs' box


def test_latin_text_with_accents_is_left_as_it_is() -> None:
    text = "Facture n° 2291 – Société Générale, réglée le 5 mai — Straße 12, Größe ½"
    assert "".join(c["text"] for c in repaired(_glyphs(text))) == text


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice")
def test_a_chinese_sheet_calc_read_as_western_text_is_read() -> None:
    rows = [
        "销售单（发票）,,,",
        "供方,宁波海曙青禾日用品有限公司,单号,XS2026041107",
        "购方,宁海云杉日用品贸易有限公司,日期,2026/04/11",
        "品名,数量,含税单价,含税金额",
        "硅胶折叠水杯,400,6.30,2520.00",
        "竹纤维餐垫,250,4.80,1200.00",
        "不锈钢沥水篮,60,22.50,1350.00",
        ",,其中税额,583.27",
        ",,合计（含税）,5070.00",
        "大写,伍仟零柒拾圆整,,",
    ]
    # character set 1 is Windows-1252: the Western default a Calc without UTF-8 detection uses
    (pdf,) = _calc_export(["\n".join(rows) + "\n"], ".csv", ["--infilter=CSV:44,34,1"])
    report = check_invoice(pdf, filename="x.pdf", ocr=False)
    assert report.fields.document_type == "invoice"
    assert report.fields.totals["total"] == pytest.approx(5070.00)


def test_the_legible_tail_of_capital_numerals_names_the_last_places() -> None:
    assert capital_cents("价税合计（大写） 陆什四佰捌拾贰圆壹角伍分") == (82.15, 100)
    assert capital_cents("伍圆叁角") == (5.3, 10)
    assert capital_cents("肆佰玖拾圆整") is None  # no cents to give


def _paper_fapiao(words: str, figures: str):  # type: ignore[no-untyped-def]
    return read_rows(
        "浙江增值税专用发票",
        "机器编号: 661203945817",
        (40, [("开票日期: 2021 年 06 月 17 日", 400)]),
        (140, [("货物或应税劳务名称", 50), ("数量", 250), ("单价", 310), ("金额", 380)]),
        (260, [("价税合计 (大写 )", 50), (words, 150), ("(小写 )", 330), (figures, 380)]),
    )


def test_a_scanned_fapiaos_figures_without_cents_take_them_from_the_words() -> None:
    fields = _paper_fapiao("陆什四佰捌拾贰圆壹角伍分", "¥6482")
    assert fields.totals.get("total") == pytest.approx(6482.15)


def test_words_that_disagree_with_the_figures_give_no_cents() -> None:
    fields = _paper_fapiao("陆什四佰捌拾贰圆壹角伍分", "¥6471")
    assert fields.totals.get("total") == pytest.approx(6471)


def test_a_fapiaos_sum_row_and_tax_give_the_cents_its_figures_lost() -> None:
    # the 合计 row's label garbled, its two amounts kept; the 小写 figures read "Y5139"
    fields = _paper_fapiao("四什壹佰叁拾玖圆业角贰分", "Y5139")
    assert "total" not in fields.totals  # the words' tail gives no cents: 玖圆 with 业角
    fields = read_rows(
        "浙江增值税专用发票",
        "机器编号: 661203945817",
        (40, [("开票日期: 2021 年 06 月 17 日", 400)]),
        (240, [("a", 60), ("it", 90), ("¥4548.00", 380), ("¥591.24", 470)]),
        (260, [("价税合计 (AS)", 50), ("四什壹佰叁拾玖圆业角贰分", 150), ("(小写 ) Y5139", 330)]),
    )
    assert fields.totals.get("total") == pytest.approx(5139.24)


def test_a_sum_row_its_figures_do_not_bear_out_gives_no_total() -> None:
    fields = read_rows(
        "浙江增值税专用发票",
        "机器编号: 661203945817",
        (240, [("a", 60), ("it", 90), ("¥4548.00", 380), ("¥591.24", 470)]),
        (260, [("价税合计 (AS)", 50), ("(小写 ) Y5193", 330)]),
    )
    assert "total" not in fields.totals


_CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def _shudianpiao(rows: list[tuple[str, str, str, str, str, str]]) -> bytes:
    """A 数电票's goods table as the tax platform sets it: narrow 数量 and 单价 columns whose
    labels touch ("数量单价" in the line's text), Chinese in a CJK font, figures in Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", _CJK_FONT, subfontIndex=0))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))

    def put(x: float, y: float, text: str, size: float = 7.5) -> None:
        c.setFont("Helvetica" if text.isascii() else "WQY", size)
        c.drawString(x, y, text)

    put(200, 800, "电子发票（增值税专用发票）", 14)
    put(400, 770, "发票号码：")
    put(440, 770, "26330106000041172853")
    put(400, 758, "开票日期：2026年04月09日")
    put(30, 720, "购买方名称：宁海云杉日用品贸易有限公司")
    put(300, 720, "销售方名称：金华婺城暖光灯饰有限公司")
    heads = [(30, "项目名称"), (175, "规格型号"), (250, "单位"), (280, "数量"), (305, "单价")]
    heads += [(370, "金额"), (450, "税率/征收率"), (500, "税额")]
    for x, label in heads:
        put(x, 680, label)
    y = 665.0
    amount_sum = tax_sum = 0.0
    for name, qty, price, amount, rate, tax in rows:
        put(30, y, name)
        put(250, y, "个")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(302, y, qty)
        c.drawRightString(360, y, price)
        c.drawRightString(430, y, amount)
        c.drawRightString(565, y, tax)
        put(455, y, rate)
        amount_sum += float(amount)
        tax_sum += float(tax) if tax != "***" else 0.0  # a tax-free row prints *** for its tax
        y -= 14
    put(30, y - 10, "合")
    put(90, y - 10, "计")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(430, y - 10, f"¥{amount_sum:.2f}")
    c.drawRightString(565, y - 10, f"¥{tax_sum:.2f}")
    put(30, y - 26, "价税合计（大写）")
    put(400, y - 26, "（小写）")
    c.setFont("Helvetica", 7.5)
    c.drawString(430, y - 26, f"¥{amount_sum + tax_sum:.2f}")
    c.save()
    return buf.getvalue()


def test_a_shudianpiaos_goods_rows_under_touching_labels_are_read() -> None:
    rows = [
        ("*灯具*LED台灯", "40", "36.50", "1460.00", "13%", "189.80"),
        ("*灯具*感应夜灯", "250", "8.20", "2050.00", "13%", "266.50"),
    ]
    report = check_invoice(_shudianpiao(rows), filename="x.pdf", ocr=False)
    assert [i.line_total for i in report.fields.items] == pytest.approx([1460.0, 2050.0])
    assert report.fields.totals["total"] == pytest.approx(3966.30)
    assert not report.codes & {"I109", "I110", "I116"}


def test_a_shudianpiaos_line_whose_amount_is_not_its_quantity_times_price_is_shown() -> None:
    rows = [
        ("*灯具*LED台灯", "40", "36.50", "1560.00", "13%", "202.80"),  # 40 × 36.50 is 1460.00
        ("*灯具*感应夜灯", "250", "8.20", "2050.00", "13%", "266.50"),
    ]
    report = check_invoice(_shudianpiao(rows), filename="x.pdf", ocr=False)
    assert "I109" in report.codes


def test_a_tax_free_shudianpiaos_rows_keep_their_amounts() -> None:
    # 免税 in the rate's column, *** in the tax's: the amount stays the amount
    rows = [
        ("*农产品*干制竹笋", "80", "12.40", "992.00", "免税", "***"),
        ("*农产品*竹荪", "15", "46.00", "690.00", "免税", "***"),
    ]
    report = check_invoice(_shudianpiao(rows), filename="x.pdf", ocr=False)
    assert [i.line_total for i in report.fields.items] == pytest.approx([992.0, 690.0])
    assert report.fields.totals["total"] == pytest.approx(1682.00)
    assert not report.codes & {"I109", "I110", "I116"}
