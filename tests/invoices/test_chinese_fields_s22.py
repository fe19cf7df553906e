"""Session 22 (inv22e): Chinese invoices' fields on copier scans, photos and screenshots.

A probe whose stray kana come from a paper fapiao's cipher block or a form's ruled lines is
Chinese when it reads a word only Chinese documents print; a paper VAT invoice whose title OCR
garbled is still a fapiao by its copy's name, its machine number or its cipher block, and its
amount with tax is taken only where the rows' amounts and taxes do not exceed it; an OCR'd
total's lone minus is a bracket's stroke; a receipt's "人民币（大写）" labels its figures, and
so do capital numerals OCR misread, beside their figures; an exporter's "SAY US DOLLARS ... AND
CENTS TWELVE ONLY" spells its total. Pages are words placed by hand, in layouts of our own; each
test failed before its fix but the guards of what must stay."""

from __future__ import annotations

from support.ocr_words import read_rows

from reinstate.invoices.amount_words import amount_in_words
from reinstate.invoices.fields import Fields
from reinstate.invoices.ocr import script_of

# A paper VAT invoice's head as the Japanese model reads it: the cipher block's + - * / < >
# come out as stray kana among the hanzi.
_PAPER_HEAD = (
    "3300112233No12345678机器编号:112233445566开票日期2026年03月05日名称:杭州青松日用品有限公司"
    "密21<3*>ト-ー+っ5/6<>7*8ー9+ト纳税人识别号91330100MA2B3C4D5E/ュ<*ーう>+-"
)


def test_a_probe_with_stray_kana_and_a_chinese_company_is_chinese() -> None:
    assert script_of(_PAPER_HEAD) == "chinese"


def test_a_receipt_probe_read_with_the_japanese_forms_is_chinese() -> None:
    assert script_of("収据No1234567 2026年3月5日 スへ今收到 杭州青松日用品ヨ商行") == "chinese"


def test_japanese_pages_stay_japanese() -> None:
    # a Japanese invoice to a Chinese buyer names the buyer's 有限公司 with 御中
    assert script_of("請求書 杭州青松日用品有限公司 御中 ご請求金額 ¥128,000") == "japanese"
    assert script_of("さくら物産 納品書兼請求明細 お支払期限 2026年3月31日 日付") == "japanese"


def _paper_fapiao(title: str, *sums: tuple[float, list[tuple[str, float]]]) -> Fields:
    return read_rows(
        title,
        "机器编号: 112233445566",
        (40, [("发票联", 200), ("开票日期: 2026年03月05日", 400)]),
        (140, [("货物名称", 50), ("数量", 250), ("单价", 310), ("金额", 380), ("税率", 430)]),
        (155, [("瓦楞纸箱", 50), ("400", 250), ("12.50", 310), ("5000.00 | 13%", 380)]),
        (155, [("650.00", 470)]),
        (170, [("收纳盒", 50), ("300", 250), ("21.00", 310), ("6300.00 | 13%", 380)]),
        (170, [("819.00", 470)]),
        *sums,
        # the seller's block under the sums, its address and account read as a row
        (300, [("地址、电话: 杭州市西湖区文三路", 50), ("88", 250), ("号 0571-8888 1234", 300)]),
        (315, [("开户行及账号: 工商银行杭州分行", 50), ("1202 0212 0900 1234", 300)]),
    )


def test_a_paper_fapiao_without_its_title_takes_its_amount_with_tax() -> None:
    # the title garbled: only the copy's name and the machine number say it is a fapiao
    fields = _paper_fapiao(
        "3300112233",
        (240, [("a", 60), ("it", 90), ("¥11300.00", 380), ("¥1469.00", 470)]),
        (260, [("HRBit", 50), ("(AB)", 80), ("(ANS)", 300), ("Y12769.00", 380)]),
    )
    assert fields.totals.get("total") == 12769.00


def test_a_fapiao_sum_before_tax_whose_tax_was_lost_is_no_total() -> None:
    # the 合计 row's tax and the 小写 amount lost: the sum before tax is the largest yuan
    # amount, and the rows with their taxes show it short
    fields = _paper_fapiao(
        "浙江增值税专用发票",
        (240, [("a", 60), ("it", 90), ("¥11300.00", 380), ("oy", 470)]),
        (260, [("HRBit", 50), ("(AB)", 80), ("OMAP", 150)]),
    )
    assert "total" not in fields.totals


def test_an_ocr_total_whose_minus_no_other_amount_shares_is_positive() -> None:
    fields = read_rows(
        "电子发票（普通发票）",
        "发票号码: 26443100000012345678",
        (40, [("开票日期: 2026年03月05日", 400)]),
        (140, [("项目名称", 50), ("数量", 250), ("单价", 310), ("金额", 380), ("税额", 470)]),
        (155, [("*纸制品*瓦楞纸箱", 50), ("400", 250), ("12.50", 310), ("5000.00", 380)]),
        (240, [("¥5000.00", 380)]),  # the 合计 row: its label and its tax lost
        (260, [("价税合计(大写)OMARAVERE", 50), ("《小写》", 300), ("-¥5650.00", 360)]),
    )
    assert fields.totals.get("total") == 5650.00


def test_a_red_letter_fapiao_keeps_its_minus() -> None:
    fields = read_rows(
        "电子发票（普通发票）",
        "发票号码: 26443100000012345678",
        (40, [("开票日期: 2026年03月05日", 400)]),
        (140, [("项目名称", 50), ("数量", 250), ("单价", 310), ("金额", 380), ("税额", 470)]),
        (155, [("*纸制品*瓦楞纸箱", 50), ("-400", 250), ("12.50", 310), ("-5000.00", 380)]),
        (240, [("合计", 60), ("¥-5000.00", 380), ("¥-650.00", 470)]),
        (
            260,
            [
                ("价税合计(大写)", 50),
                ("(负数)伍仟陆佰伍拾圆整", 150),
                ("(小写)", 300),
                ("-¥5650.00", 360),
            ],
        ),
    )
    assert fields.totals.get("total") == -5650.00


def test_a_receipt_whose_sum_label_lost_its_first_word_keeps_its_figures() -> None:
    # "合计人民币（大写）" read without 合计; the figures after its ¥, read "+", are the total
    fields = read_rows(
        "收  据",
        "No 1234567",
        (40, [("2026", 300), ("年", 340), ("3", 360), ("月", 380), ("5", 400), ("日", 420)]),
        (80, [("品名", 50), ("数量", 250), ("单价", 330), ("金额", 430)]),
        (95, [("纸箱", 50), ("400", 250), ("3.2", 330), ("1280.00", 430)]),
        (150, [("全人民币 (大写 ) _", 50), ("ARAPRIEN", 150), ("+ 1280.00", 420)]),
    )
    assert fields.totals.get("total") == 1280.00


def test_an_exporters_amount_in_words_with_its_cents_named_first() -> None:
    text = "SAY US DOLLARS THIRTEEN THOUSAND EIGHT HUNDRED AND SIXTY-SIX AND CENTS TWELVE ONLY"
    assert amount_in_words(text) == 13866.12
    assert amount_in_words("SAY TOTAL US DOLLARS ONE HUNDRED AND TWELVE ONLY") == 112.0
    assert amount_in_words("SAY US DOLLARS SIXTY AND CENTS TWELVE APPLES ONLY") is None


def test_the_figures_beside_misread_capital_numerals_are_the_total() -> None:
    # "合计人民币（大写）贰万叁仟…圆整 ¥12350.00": the label lost, the words misread, the 小写 kept
    fields = read_rows(
        "收  据",
        "No 1234567",
        (80, [("品名", 50), ("数量", 250), ("单价", 330), ("金额", 430)]),
        (95, [("纸箱", 50), ("4000", 250), ("3.0875", 330), ("12350.00", 430)]),
        (150, [("万万参仟参佰伍拾贺整", 50), ("，", 300), ("y", 380), ("12350.00", 430)]),
    )
    assert fields.totals.get("total") == 12350.00


def test_ordinary_words_beside_an_amount_are_no_capital_numerals() -> None:
    fields = read_rows(
        "送货单",
        "No 1234567",
        (80, [("品名", 50), ("数量", 250), ("单价", 330), ("金额", 430)]),
        (95, [("万达纸箱", 50), ("4000", 250), ("3.0875", 330), ("12350.00", 430)]),
        (150, [("伍师傅 收拾", 50), ("y", 380), ("12350.00", 430)]),
    )
    assert "total" not in fields.totals
