"""What a document is when its title was not read: an OCR-misread title, or its structure.

A phone photo or a scan loses the title more often than any other line: it is the line nearest
the page's edge (cropped, out of focus, in shadow), set large and bold (Tesseract reads
"INVOICE" as "INVOlCE", "lNVOICE", "NVOICE" or "INV OICE") or white on a dark band. Without a
title, what the page holds still says what it is: an invoice has a number, a date, an amount
to pay and a supplier or an item table. A document whose title names another kind (a pro forma,
a quotation, an order, a packing list, a credit note) keeps that kind: these rules only answer
when no title was found at all, and a page that says what it is not ("This is not an invoice")
or names another kind in its text is left without a type.
"""

from __future__ import annotations

import re

from reinstate.invoices.dates import fold
from reinstate.invoices.vocab import LABEL_AFTER_TITLE, loose

# One-word titles of each kind, lower case without diacritics, long enough (6 letters or
# more) that one OCR slip does not turn another word into them.
_FUZZY_TITLES: dict[str, str] = {
    **dict.fromkeys(
        ("invoice", "rechnung", "facture", "fattura", "factura", "factuur", "faktura", "fatura"),
        "invoice",
    ),
    **dict.fromkeys(("receipt", "quittung", "ricevuta", "recibo", "quittance"), "receipt"),
    **dict.fromkeys(
        ("quotation", "angebot", "offerta", "preventivo", "presupuesto", "cotizacion"),
        "quotation",
    ),
    "proforma": "pro_forma",
    **dict.fromkeys(("gutschrift", "creditnota"), "credit_note"),
    "lieferschein": "packing_list",
}
# Titles of two words that are no invoice, closed up as OCR splits and joins their letters
# ("PAC Kl NG LIST"): judged only where the page's invoice titles are its number's labels
# (`fields._quoted_invoice`).
CLOSED_UP_TITLES: dict[str, str] = {
    **dict.fromkeys(("packinglist", "packingslip", "deliverynote"), "packing_list"),
    **dict.fromkeys(("purchaseorder", "salesorder"), "order_confirmation"),
}
# Letters Tesseract confuses in large bold capitals.
_OCR_SLIPS = str.maketrans({"0": "o", "1": "l", "|": "l", "!": "i", "5": "s", "€": "e"})


# Letters Tesseract takes for one another in a bold title ("FATTURA" read "FALLURA"): such a
# slip costs half of another.
_LOOKALIKES = {frozenset(p) for p in ("tl", "li", "ti", "ce", "uv", "nh", "ft", "rn", "oc")}


def _distance(a: str, b: str, most: float) -> float:
    """Edit distance, look-alike letters costing half, given up past `most`."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row: list[float] = [float(j) for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], float(i)
        for j, cb in enumerate(b, 1):
            swap = 0.0 if ca == cb else 0.5 if frozenset((ca, cb)) in _LOOKALIKES else 1.0
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + swap)
        if min(row) > most:
            return most + 1
    return row[-1]


def misread_word(word: str, words: tuple[str, ...]) -> str | None:
    """The one word of `words` (10 letters or more) that OCR's reading `word` is one slip
    away from ("rechnungshetrag" for "rechnungsbetrag"); None where none or several are."""
    key = fold(word).lower()
    if len(key) < 10 or not key.isalpha() or key in words:
        return None
    near = {w for w in words if len(w) >= 10 and _distance(key, w, 1) <= 1}
    return near.pop() if len(near) == 1 else None


def misread_title(text: str, titles: dict[str, str] | None = None) -> str | None:
    """The kind an OCR'd cell names when its first word, or its few words closed up, is one
    slip away from a one-word title ("INVOlCE", "NVOICE", "INV OICE", "RECHNUN"), or from one
    of `titles`."""
    words = text.strip(" \t:.-_|~*#").split()
    if not words or len(words) > 4:
        return None
    candidates = [words[0]]
    if len(words) > 1:
        candidates.append("".join(words[:2]))
        candidates.append("".join(words))
    rest = text.split(words[0], 1)[-1]
    for candidate in candidates:
        word = fold(candidate).lower().translate(_OCR_SLIPS).strip(".:;,'\"")
        if not word.isalpha() or not 5 <= len(word) <= 14:
            continue
        if candidate == words[0] and LABEL_AFTER_TITLE.match(rest):
            continue
        for title, kind in (titles or _FUZZY_TITLES).items():
            most = 2 if len(title) >= 9 else 1
            # A word that only grows the title ("invoiced", "invoices") is another word.
            if word.startswith(title) and len(word) > len(title):
                continue
            if _distance(word, title, most) <= most:
                return kind
    return None


# A page that says what it is not, or names another kind other than as a reference to it
# ("Lieferschein-Nr. 4711", "Purchase order: PO-88" are printed on invoices): no type from
# structure.
_NOT_AN_INVOICE = re.compile(
    loose(
        r"not an? (?:tax )?invoice|not a (?:vat|gst) invoice|keine rechnung|"
        r"(?:n'est|ne constitue) pas une facture|non (?:è|costituisce) (?:una )?fattura|"
        r"no (?:es|constituye) (?:una )?factura|geen factuur|nie jest fakturą|"
        # Portugal's fiscal rules have every document that is no invoice (a quotation, a
        # delivery note, an order) say "Este documento não serve de fatura"; Brazil's drafts
        # and orders print "sem valor fiscal"
        r"não (?:serve|é válido) (?:de|como) fatura|não é (?:uma )?fatura|sem valor fiscal|"
        r"(?:valid until|validity|gültig bis|valable jusqu|valida fino|válid[oa] hasta)|"
        r"(?:pro[\s\-]?forma|quotation|price quote|packing list|"
        r"packing slip|delivery note|credit note|order confirmation|angebot|lieferschein|"
        r"packliste|paklijst|liste de colisage|"
        r"gutschrift|auftragsbestätigung|devis|bon de livraison|preventivo|offerta|"
        r"nota di credito|presupuesto|albarán|nota de crédito|offerte|pakbon|creditnota|"
        r"orçamento|guia de remessa|romaneio|nota de encomenda|cotação|"
        # quotation, packing list, delivery note, pro forma (zh); quotation, delivery note (ja)
        r"\u62a5\u4ef7\u5355|\u88c5\u7bb1\u5355|\u9001\u8d27\u5355|\u5f62\u5f0f\u53d1\u7968|"
        # a list of the goods or services (清单) a fapiao covers, sent with it: no invoice
        r"(?:\u8d27\u7269|\u9500\u8d27|\u5546\u54c1|\u52b3\u52a1|\u8d27\u54c1)\u6e05\u5355|"
        r"\u898b\u7a4d\u66f8|\u7d0d\u54c1\u66f8|"
        # packing details, shipping details (ja); packing list (zh-Hant)
        r"\u68b1\u5305\u660e\u7d30|\u51fa\u8377\u660e\u7d30|\u88dd\u7bb1\u55ae)"
        r"(?![^\W\d_])(?!\s*-?\s*(?:no|nr|n[°º]|#|number|nummer|numero|número|[:.]?\s*\d))"
    ),
    re.I,
)
# A document's number: under a label ("No.", "Number", "#", "Ref", "Nº", "编号", "番号"), or
# a reference shaped as one ("SZ-586612", "INV2026-17") when OCR lost its label.
_NUMBER_LABEL = re.compile(
    r"(?:^|\s)(?:no|nr|n[°º]|number|num[eé]ro|n[úu]mero|nummer|numer|ref(?:erence)?|"
    r"doc(?:ument)?\s*(?:no|nr|#)|#)\s*[.:#]?\s*[A-Z]{0,6}[-/]?\d|"
    # number, order number (zh, zh-Hant, ja)
    r"(?:\u7f16\u53f7|\u865f\u78bc|\u53f7\u7801|\u5355\u53f7|\u55ae\u865f|\u756a\u53f7)"
    r"\s*[:\uff1a]?\s*[A-Z]{0,6}[-/]?\d|"
    r"(?<![\w\-/])[A-Z]{1,5}-?\d{4,}(?:[-/]\d+)?(?![\w\-/])",
    re.I | re.M,
)


def invoice_shaped(text: str, *, dated: bool, total: bool, items: bool, supplier: bool) -> bool:
    """An untitled page built as an invoice: a number under a label, a date, an amount to pay,
    and an item table or a supplier block; and nothing on it names another kind."""
    if not (dated and total and (items or supplier)):
        return False
    return bool(_NUMBER_LABEL.search(text)) and not _NOT_AN_INVOICE.search(text)


# The cipher zone (mimaqu) of China's paper VAT invoice: four lines of 27 or 28 characters of
# digits and + - * / < >, the tax-control device's encryption of the invoice. No other
# document prints it, and it survives OCR that garbles every title and label around it.
_CIPHER_RUN = re.compile(r"[0-9<>*/+\-]{16,}")


def fapiao_cipher(lines: list[str]) -> bool:
    """Two or more lines carrying a run of the cipher zone's characters."""
    found = 0
    for text in lines:
        for run in _CIPHER_RUN.findall(text):
            if sum(c in "<>*/+" for c in run) >= 4 and sum(c.isdigit() for c in run) >= 6:
                found += 1
                break
    return found >= 2
