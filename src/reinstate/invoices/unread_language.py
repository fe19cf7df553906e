"""A page in a language the reader has no words for, read by its layout alone.

Every writer brings another language (Slovenian, Romanian, Turkish, Greek, ...): no title,
label or month of it is known, so the page gets no document type. "Not an invoice" would then
be a claim about a document the check could not read. What the page's numbers show needs no
words: an invoice, like a quotation or an order, prints a date, rows whose quantity times price
makes their amount, the rows' sum again below them, and a currency. Such a page is said to be
unread (I132), never called an invoice or not one: without its words a quotation cannot be told
from an invoice. A page without priced rows (a packing list, a delivery note, a letter) keeps
the answer it had.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reinstate.invoices.dates import fold
from reinstate.invoices.vocab import LANG_WORDS, READ_WORDS, loose

# Words of English invoices, for the language the reader falls back to: two of them on a page
# say its words are read.
_ENGLISH = re.compile(
    r"\b(?:invoice|total|subtotal|qty|quantity|price|amount|description|date|tax|vat|gst|"
    r"bill|payment|due|unit|item|order|quotation|delivery|receipt|customer|seller|buyer)\b",
    re.I,
)
# A currency named on the page: its sign, or its ISO code written apart ("EUR", "RON", "TRY").
_CURRENCY = re.compile(
    r"[€$£¥\uffe5₹₺₫₩₽₴]|\b(?:EUR|USD|GBP|CHF|CZK|PLN|HUF|RON|BGN|HRK|RSD|BAM|MKD|ALL|DKK|SEK|NOK|ISK|"
    r"TRY|UAH|RUB|BYN|MDL|GEL|AMD|AZN|KZT|CNY|RMB|JPY|KRW|VND|THB|IDR|MYR|PHP|SGD|HKD|TWD|INR|"
    r"PKR|BDT|LKR|AED|SAR|QAR|ILS|EGP|MAD|ZAR|NGN|KES|AUD|NZD|CAD|MXN|BRL|ARS|CLP|COP|PEN)\b|"
    # signs written as letters after the amount: lei, kuna, forint, złoty, koruna, lira, krona
    r"(?<=\d)\s?(?:lei|kn|Ft|zł|Kč|TL|kr)\b"
)


# Han characters, kana and Hangul syllables: Chinese, Japanese and Korean are read languages
_HAN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


# Languages read on a text layer only: Turkish scans and photos are OCR'd by the English model,
# which loses the dotted and cedilla'd letters and the lira's sign, so their sums' labels and
# amounts are not read well enough to check (session 26): such a page keeps the few words
# read of it (I137), its amount to pay only.
TEXT_LAYER_ONLY = frozenset({"tr"})


def language_read(text: str, *, characters: bool = True, ocr: bool = False) -> bool:
    """Whether the page is in a language whose words the reader knows: Chinese, Japanese or
    Korean characters, or two different words of one of the vocabulary's languages or of
    English (an invoice's or a till receipt's: `READ_WORDS`). One word printed twice is no
    language: a tax's acronym is shared ("TVA" is French and Romanian, "DPH" Czech and Slovak).
    `characters`: whether CJK characters count (not where OCR made them of other glyphs);
    `ocr`: whether the text is OCR's (`TEXT_LAYER_ONLY`'s languages are then not read)."""
    if characters and len(_HAN.findall(text)) >= 4:
        return True
    # Britain's marks are no language's words: "Ltd" ends Turkish company names ("Ltd. Şti."),
    # and OCR reads the lira's ₺ as "£"; an English page has English words
    # Kana alone make the Japanese "words" (`LANG_WORDS`): counted only with the characters
    languages = {
        lang: [p]
        for lang, p in LANG_WORDS.items()
        if lang != "gb" and (characters or lang != "ja") and not (ocr and lang in TEXT_LAYER_ONLY)
    }
    languages["en"] = [_ENGLISH]
    for lang, p in READ_WORDS.items():
        languages.setdefault(lang, []).append(p)
    return any(
        len({fold(w).lower() for p in patterns for w in p.findall(text)}) >= 2
        for patterns in languages.values()
    )


# A few words of each language sellers' suppliers write in whose labels the reader does not
# read: the words every invoice in it prints for "invoice", "total", "amount", "quantity",
# "price", "VAT", "date", "buyer", "seller", "to pay". Two different ones on a page whose words
# are no read language's say which language it is in (`unread_language_of`); its title and the
# label of the amount it asks to be paid are then read (`unread_title`, `UNREAD_PAY_LABEL`),
# and nothing else: a page in such a language is said to be unread, never read as another.
UNREAD_WORDS: dict[str, re.Pattern[str]] = {
    lang: re.compile(loose(rf"(?<!\w)(?:{words})(?!\w)"), re.I)
    for lang, words in {
        "sl": r"račun|predračun|ponudba|dobavnica|znesek|skupaj|ddv|količina|plačilo|plačila|"
        r"kupec|izdajatelj|dobavitelj|prejemnik|izdaje",
        "hr": r"račun|predračun|ponuda|otpremnica|iznos|ukupno|pdv|količina|cijena|kupac|"
        r"dobavljač|prodavatelj|platiti|plaćanja|izdavanja|oib|pib",
        "ro": r"factură|furnizor|cumpărător|cantitate|valoare|preț|plată|cotă|chitanță|aviz|"
        r"ofertă|emiterii|scadența|scadență|denumire",
        "tr": r"fatura|toplam|kdv|miktar|fiyat|tutar|tarih|vergi|ödenecek|teklif|irsaliye|sayın|"
        r"alıcı|satıcı|birim",
        # Bulgarian only: "количество" and "цена" are Russian too, where "счёт" is both a bill
        # to pay before delivery and an invoice
        "bg": r"фактура|доставчик|получател|стойност|ддс|данъчна\s+основа|за\s+плащане|"
        r"дата\s+на\s+издаване|еик|мол|проформа|оферта|стокова\s+разписка|кредитно\s+известие",
        "el": r"τιμολόγιο|σύνολο|φπα|ποσότητα|τιμή|αξία|ημερομηνία|πληρωτέο|αφμ|απόδειξη|"
        r"προσφορά|πιστωτικό",
        "lv": r"rēķins|pvn|daudzums|summa|kopā|apmaksai|pircējs|pārdevējs|datums|pavadzīme",
        "et": r"arve|käibemaks|kogus|hind|kokku|tasuda|maksetähtaeg|ostja|müüja|kuupäev",
        "id": r"faktur|invois|jumlah|harga|satuan|ppn|sst|tanggal|tarikh|pembeli|penjual|"
        r"jatuh tempo|kwitansi|kuitansi|resit|penawaran|bayar",
    }.items()
}
# Their titles, at the start of one of the page's first lines, by kind: a pro forma, a credit
# note, a quotation, an order, a delivery note or a receipt before an invoice ("Predračun" is
# a pro forma, "Kreeditarve" a credit note). "Račun" followed by an IBAN is an account.
_UNREAD_TITLES = [
    (
        "pro_forma",
        r"predračun|proforma\w*|factură\s+proformă|avansa\s+rēķins|"
        r"ettemaksuarve|προτιμολόγιο|проформа(?:\s+фактура)?",
    ),
    (
        "credit_note",
        r"kreeditarve|"
        r"kredītrēķins|factură\s+storno|(?:knjižno\s+)?odobrenje|dobropis|πιστωτικό|кредитно\s+известие",
    ),
    (
        "quotation",
        r"ponudba|ponuda|ofertă|(?:fiyat\s+)?teklif\w*|hinnapakkumine|"
        r"piedāvājums|penawaran|sebut\s+harga|προσφορά|(?:ценова\s+)?оферта",
    ),
    (
        "order_confirmation",
        r"naročilnica|narudžbenica|comandă|sipariş\w*|tellimus|pasūtījums|pesanan|поръчка",
    ),
    (
        "packing_list",
        # "İrsaliye yerine geçer" (stands in for a dispatch note) is printed on invoices
        r"dobavnica|otpremnica|aviz\s+de\s+însoțire|(?:sevk\s+)?irsaliye\w*(?!\s+yerine)|"
        r"çeki\s+listesi|saateleht|surat\s+jalan|"
        r"δελτίο\s+αποστολής|стокова\s+разписка|товарителница|опаковъчен\s+лист",
    ),
    (
        "receipt",
        r"chitanță|bon\s+fiscal|makbuz|kvīts|kwitansi|kuitansi|resit|"
        r"απόδειξη|касова\s+бележка",
    ),
    (
        "invoice",
        r"(?:r-?1\s+)?račun(?:-otpremnica)?(?!\s*:?\s*[A-Z]{2}\d{2})|factură(?:\s+fiscală)?|"
        r"(?:e-?\s*(?:arşiv\s+)?)?fatura|arve|"
        r"rēķins|pavadzīme|faktur(?:\s+pajak)?|invois|τιμολόγιο(?:\s+πώλησης)?|(?:данъчна\s+)?фактура",
    ),
]
# A title starts a line, or follows the supplier's name after a dash ("Egeli Tekstil Ltd. —
# FATURA", "… Ε.Π.Ε. — ΤΙΜΟΛΟΓΙΟ").
_TITLE_AT = [
    (kind, re.compile(loose(rf"(?:^\W*|\s[—–]\s+)(?P<title>{words})(?!\w)"), re.I))
    for kind, words in _UNREAD_TITLES
]
# A title followed by its number's or its date's label, or by a number, names a document as a
# reference: "İrsaliye No: 4471" and "Sipariş Tarihi" on an invoice name its dispatch note and
# its order; "Fatura No" on a dispatch note names the invoice it goes with.
_REFERENCE_AFTER = re.compile(
    loose(
        r"\s*[.:]?\s*(?:(?:no|nr|n°|№|numarası|numara|numărul|număr|nummer|numer|numero|br|"
        r"broj|št|številka|αρ|αριθμός|номер|tarihi|tarih|data|datum|dato|date|дата|"
        r"ημερομηνία|päivämäärä|kuupäev)(?!\w)|[#№]|\d)"
    ),
    re.I,
)
# The label of the amount such an invoice asks to be paid (not its "total" alone: "Skupaj brez
# DDV", "Ukupno bez PDV-a" are sums before tax). An underscore beside it is OCR's reading of the
# form's rule ("Odenecek Tutar_ | 148.206,40").
UNREAD_PAY_LABEL = re.compile(
    loose(
        r"(?<![^\W_])(?:(?:skupaj\s+|znesek\s+)?za\s+plačilo|(?:ukupno\s+)?za\s+(?:platiti|uplatu|"
        r"plaćanje)|sveukupno|(?:total\s+)?de\s+plată|genel\s+toplam|ödenecek\s+(?:tutar|toplam)|"
        # Turkish e-Fatura's amount with its taxes; Bulgarian "Сума за плащане", "Общо за
        # плащане"; Greek "Τελικό σύνολο"
        r"(?:vergiler|kdv)\s+dahil\s+toplam(?:\s+tutar)?|(?:сума|общо)\s+за\s+плащане|"
        r"τελικό\s+σύνολο|"
        r"πληρωτέο(?:\s+ποσό)?|γενικό\s+σύνολο|"
        r"(?:kopā|summa)\s+apmaksai|(?:kokku\s+)?tasuda|total\s+bayar|"
        r"jumlah\s+(?:yang\s+harus\s+dibayar|keseluruhan))(?![^\W_])"
    ),
    re.I,
)
# A Turkish e-Fatura's or e-Arşiv Fatura's scenario, printed in its head by every GİB (UBL-TR)
# rendering ("Senaryo: TICARIFATURA"), whose title a scan or a photo may lose beside its QR
# code: an invoice's alone (an e-İrsaliye's is "TEMELIRSALIYE").
_E_INVOICE_SCENARIO = re.compile(
    loose(r"(?<![^\W\d_])(?:temel|ticari|earşiv)\s?fatura(?![^\W\d_])"), re.I
)


def unread_language_of(text: str, *, ocr: bool = False) -> str | None:
    """The language, among those whose few words are known (`UNREAD_WORDS`), a page whose words
    are no read language's is written in: the one with most different words of it, two at
    least. Turkish is read on a text layer, and known by a few words on OCR's text."""
    if language_read(text, ocr=ocr):
        return None
    counts = {
        lang: len({fold(w).lower() for w in p.findall(text)}) for lang, p in UNREAD_WORDS.items()
    }
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= 2 else None


def unread_mark(text: str) -> tuple[str, str] | None:
    """The kind a page without a title says it is by a mark only that kind prints (an
    e-Fatura's scenario), and that mark."""
    found = _E_INVOICE_SCENARIO.search(text)
    return ("invoice", found.group(0)) if found else None


def unread_title(texts: list[str]) -> tuple[str, str] | None:
    """The kind and title of a page in such a language: the first of its first ten lines that
    begins with one of their titles (or sets it after the supplier's name). A title followed
    by a number or its label may name another document ("İrsaliye No: 4471" on an invoice):
    it is taken only where no title stands alone, an invoice's first ("FAKTURA 10234" under
    "Följesedel 4471" is the invoice's own title with its number, as it was taken before)."""
    labelled: list[tuple[str, str]] = []
    for text in texts[:10]:
        for kind, pattern in _TITLE_AT:
            found = pattern.search(text)
            if found is None:
                continue
            if not _REFERENCE_AFTER.match(text, found.end()):
                return kind, found.group("title")
            labelled.append((kind, found.group("title")))
    invoices = [t for t in labelled if t[0] == "invoice"]
    if invoices:
        return invoices[0]
    return labelled[0] if labelled else None


@dataclass
class PricedRow:
    index: int  # the line's position in the page's lines
    description: str
    quantity: float
    unit_price: float
    amount: float


def _priced(values: list[float]) -> tuple[float, float, float] | None:
    """A quantity, a price and their product among a row's numbers, in that order, the product
    to the cent (or half a percent, for a price rounded to its cents)."""
    for k in range(len(values) - 1, 1, -1):
        amount = values[k]
        if amount <= 0:
            continue
        for i in range(k):
            for j in range(i + 1, k):
                q, p = values[i], values[j]
                if q <= 0 or p <= 0 or q == amount or p == amount:
                    continue
                if abs(q * p - amount) <= max(0.011, 0.005 * amount):
                    return q, p, amount
    return None


def priced_rows(lines: list[tuple[str, list[float]]]) -> list[PricedRow]:
    """The rows of a table of priced goods: lines whose numbers hold a quantity, a price and
    their product. `lines`: each line's text and every number on it, in order."""
    rows: list[PricedRow] = []
    for at, (text, values) in enumerate(lines):
        found = _priced(values)
        if found is None:
            continue
        head = re.split(r"\s\d", " " + text, maxsplit=1)[0].strip(" |:;-")
        rows.append(PricedRow(at, head[:80], *found))
    return rows


def priced_layout(text: str, lines: list[tuple[str, list[float]]], *, dated: bool) -> bool:
    """The page is laid out as a bill for goods: dated, a currency named, priced rows, and the
    rows' sum printed again below the last of them (a subtotal or a total)."""
    if not dated or not _CURRENCY.search(text):
        return False
    rows = priced_rows(lines)
    if not rows:
        return False
    total = sum(r.amount for r in rows)
    below = [v for _text, values in lines[rows[-1].index + 1 :] for v in values]
    return any(abs(v - total) <= 0.011 * len(rows) for v in below)


# What a Korean page prints in figures and Latin letters, which OCR reads where it cannot read
# Hangul (no Korean model): a business registration number (사업자등록번호, three, two and five
# digits), a Hometax e-tax invoice's approval number (승인번호, the date and two groups of
# eight), the won's sign or code. Not Korea's calling code: a Seoul buyer's fax machine prints
# its own number over the Japanese invoice it passes on.
_KOREAN_MARK = re.compile(
    r"(?<![\d\-])\d{3}-\d{2}-\d{5}(?![\d\-])|(?<!\d)20\d{6}-\d{8}-\d{8}(?!\d)|"
    r"[₩￦]\s?\d|\bKRW\b"
)
# Hangul syllables: a page whose OCR gave some read a Korean model, which this machine lacks
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Words of a Chinese or Japanese invoice, which OCR's noise for Hangul does not make: a page
# that prints them was read in its own language
_CJK_WORDS = re.compile(r"請求|合計|合计|金額|金额|消費税|税額|税额|发票|發票|數量|数量|単価|单价")


# Han and kana, and Latin letters: OCR's noise for Hangul is mostly Latin letters with a few
# kana and Han among them; a page OCR read as Japanese or Chinese is mostly Han and kana
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def korean_unread(text: str) -> str | None:
    """The mark that says an OCR'd page is Korean, where its words are no read language's and
    none of them was read as Hangul: the page's Korean could not be read. None otherwise, and
    on a page read as Japanese or Chinese (more Han and kana than Latin letters): a Japanese
    receipt to a Korean buyer prints the buyer's business number. Its language by words
    ("ja" for any kana) says nothing here: the noise has kana too."""
    found = _KOREAN_MARK.search(text)
    if (
        found is None
        or len(_HAN_KANA.findall(text)) > len(_LATIN.findall(text))
        or _HANGUL.search(text)
        or _CJK_WORDS.search(text)
        or language_read(text, characters=False)
    ):
        return None
    return found.group(0)


def vat_triple(
    amounts: Sequence[float], sums: Sequence[float] = ()
) -> tuple[float, float, float] | None:
    """A supply value, its 10% VAT (rounded either way, or cut as Korean invoices may) and
    their sum, all three among the amounts (the sum may also be one of `sums`, figures OCR
    read without their grouping): the largest such sum. Three figures that bear each other
    out are a Korean invoice's sums however its labels were lost; nothing less is."""
    values = sorted({round(v) for v in amounts if v >= 1000})
    present = set(values)
    totals = present | {round(v) for v in sums}
    best: tuple[float, float, float] | None = None
    for net in values:
        for tax in {net // 10, -(-net // 10)}:
            if tax in present and net + tax in totals and (best is None or net + tax > best[2]):
                best = (float(net), float(tax), float(net + tax))
    return best
