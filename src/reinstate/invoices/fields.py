"""Lines, blocks and fields of an invoice, from positioned characters (text layer or OCR)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reinstate.invoices.dates import find_dates

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
    items.sort(key=lambda c: (round((c["top"] + c["bottom"]) / 2), c["x0"]))
    rows: list[list[dict[str, Any]]] = []
    for c in sorted(items, key=lambda c: (c["top"] + c["bottom"]) / 2):
        mid = (c["top"] + c["bottom"]) / 2
        height = max(1.0, c["bottom"] - c["top"])
        if rows:
            last = rows[-1]
            lmid = sum((x["top"] + x["bottom"]) / 2 for x in last) / len(last)
            if abs(mid - lmid) <= 0.45 * height:
                last.append(c)
                continue
        rows.append([c])
    lines = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        words: list[Word] = []
        gaps: list[float] = []
        cur: list[dict[str, Any]] = []
        for c in row:
            text = c["text"]
            if cur:
                prev = cur[-1]
                size = max(1.0, prev["bottom"] - prev["top"])
                gap = c["x0"] - prev["x1"]
                if c.get("word") or not text.strip() or gap > 0.18 * size:
                    words.append(_word(cur))
                    gaps.append(gap)
                    cur = []
            if text.strip():
                cur.append(c)
        if cur:
            words.append(_word(cur))
        if not words:
            continue
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


def _word(chars: list[dict[str, Any]]) -> Word:
    return Word(
        text="".join(c["text"] for c in chars).strip(),
        x0=min(c["x0"] for c in chars),
        top=min(c["top"] for c in chars),
        x1=max(c["x1"] for c in chars),
        bottom=max(c["bottom"] for c in chars),
        fonts=tuple(str(c.get("font", "")) for c in chars),
        sizes=tuple(float(c.get("size", 0)) for c in chars),
    )


# --------------------------------------------------------------------------- numbers

NUMBER = re.compile(r"^[\(\-]?(?:US\$|HK\$|[$¥￥€£])?[\(\-]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\)?$")


def parse_number(token: str) -> float | None:
    token = token.strip().rstrip(",;")
    for prefix in ("USD", "CNY", "RMB", "EUR", "GBP"):
        if token.upper().startswith(prefix) and len(token) > len(prefix):
            token = token[len(prefix) :]
    m = NUMBER.match(token)
    if not m:
        return None
    value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
    return -value if token.startswith(("-", "(")) else value


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

DOC_TYPES = [
    ("pro_forma", r"pro[\s\-]?forma|形式发票|形式发票|预开发票"),
    ("quotation", r"\bquotation\b|\bprice quote\b|\bquote\b|报价单|报价"),
    (
        "order_confirmation",
        r"order confirmation|sales order|purchase order|订单确认|销售订单|采购订单",
    ),
    ("packing_list", r"packing list|packing slip|delivery note|装箱单|送货单|发货单"),
    ("receipt", r"\breceipt\b|收据|收款凭证"),
    ("invoice", r"invoice|发票|發票|請求書|インボイス"),
]

SUPPLIER_HEAD = re.compile(
    r"^(?:from|seller|supplier|vendor|exporter|shipper|sold by|issued by|销售方|销方|卖方|"
    r"供应商|供货方|销货单位)(?:\s*(?:information|info|details|信息))?\s*[:：]?\s*",
    re.I,
)
BUYER_HEAD = re.compile(
    r"^(?:bill(?:ed)? to|sold to|invoice to|buyer|customer|consignee|purchaser|importer|"
    r"购买方|购方|买方|客户|购货单位)(?:\s*(?:information|info|details|信息))?\s*[:：]?\s*",
    re.I,
)
SHIP_HEAD = re.compile(r"^(?:ship(?:ped)? to|deliver(?:y)? to|收货人|收货地址)\s*[:：]?\s*", re.I)
NAME_LABEL = re.compile(r"^(?:名\s*称|company|company name|name)\s*[:：]\s*", re.I)
ADDR_LABEL = re.compile(r"^(?:地\s*址(?:、电话)?|address|addr\.?)\s*[:：]\s*", re.I)
PHONE = re.compile(
    r"(?:(?:tel|phone|mobile|mob|ph|t|电话|手机|联系电话)\.?\s*[:：]?\s*)?"
    r"(\+?\(?\d{1,4}\)?[\s\-.]?\(?\d{2,5}\)?(?:[\s\-.]?\d{2,5}){1,4})",
    re.I,
)
PHONE_LABEL = re.compile(r"(?:tel|phone|mobile|电话|手机)\.?\s*[:：]?", re.I)
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
WEBSITE = re.compile(
    r"(?:https?://|www\.)[\w\-.]+\.[a-z]{2,}(?:/\S*)?|\b[\w\-]+\.(?:com|cn|net|org|co|io|shop|biz|"
    r"com\.cn|co\.uk|de|jp|hk)\b(?!@)",
    re.I,
)
ADDRESS_HINT = re.compile(
    r"\d+.*\b(?:road|rd|street|st|avenue|ave|lane|ln|blvd|boulevard|drive|dr|way|park|suite|"
    r"building|bldg|floor|fl|unit|room|district|industrial|zone|city|province|zip)\b|"
    r"[路街道号区市省镇村楼室]|\b\d{5,6}(?:-\d{4})?\b|\b(?:china|usa|united states|united kingdom|"
    r"germany|hong kong|taiwan|vietnam|india|japan|korea)\s*$|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b",
    re.I,
)
META_LABEL = re.compile(
    r"^(?:invoice\s*(?:no|number|#|date)|date|due date|terms|payment|po\b|p\.o\.|order\s*(?:no|#)|"
    r"发票号码|发票代码|开票日期|日期|校验码|机器编号|页|page)",
    re.I,
)
TABLE_HEAD = re.compile(r"\b(?:qty|quantity|q'ty|pcs)\b|数\s*量", re.I)
TOTAL_LABELS = [
    (
        "total",
        re.compile(
            r"grand total|total due|amount due|balance due|total amount|价税合计|"
            r"^total\b|\btotal\s*\(?(?:usd|cny|rmb|eur|gbp)?\)?\s*[:：]?\s*[$¥￥€£\d]|"
            r"总计|总金额",
            re.I,
        ),
    ),
    ("subtotal", re.compile(r"sub[\s\-]?total|小\s*计|^合\s*计", re.I)),
    ("tax", re.compile(r"\b(?:tax|vat|gst|sales tax)\b|税\s*额", re.I)),
    ("shipping", re.compile(r"shipping|freight|delivery charge|运费", re.I)),
    ("discount", re.compile(r"discount|折扣", re.I)),
]
CURRENCIES = [
    ("USD", r"\bUSD\b|US\$|\$"),
    ("CNY", r"\bCNY\b|\bRMB\b|¥|￥|人民币|元"),
    ("EUR", r"\bEUR\b|€"),
    ("GBP", r"\bGBP\b|£"),
    ("JPY", r"\bJPY\b|円"),
]


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
    fapiao: dict[str, str] = field(default_factory=dict)
    supplier_where: tuple[int, tuple[float, float, float, float]] | None = None
    buyer_where: tuple[int, tuple[float, float, float, float]] | None = None

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
        }


def extract(lines: list[Line]) -> Fields:
    """Every field we can find, from lines in reading order (page by page)."""
    out = Fields()
    if not lines:
        return out
    segments = [s for line in lines for s in line.segments]
    _doc_type(lines, out)
    _number_and_date(lines, out)
    _parties(lines, segments, out)
    _items(lines, out)
    _totals(lines, out)
    _currency(lines, out)
    _fapiao(lines, out)
    return out


def _doc_type(lines: list[Line], out: Fields) -> None:
    first_page = lines[0].page
    head = [ln for ln in lines if ln.page == first_page][:14]
    for scope in (head, lines):
        for seg in (s for ln in scope for s in ln.segments):
            text = seg.text.lower()
            for kind, pattern in DOC_TYPES:
                if re.search(pattern, text, re.I) and len(text) < 80:
                    # A label such as "Invoice No." is not a title.
                    if (
                        kind == "invoice"
                        and re.search(
                            r"invoice\s*(?:no|number|#|date|to)|发票号码|发票代码", text, re.I
                        )
                        and not re.search(r"^\s*(?:commercial |tax |vat )?invoice\s*$", text)
                    ):
                        stripped = re.sub(r"invoice\s*(?:no|number|#|date|to)\S*", "", text)
                        if not re.search(pattern, stripped, re.I):
                            continue
                    if (
                        kind == "order_confirmation"
                        and "purchase order" in text
                        and re.search(r"purchase order\s*(?:no|number|#)", text)
                    ):
                        continue
                    out.document_type = kind
                    out.document_title = seg.text.strip()[:80]
                    return


def _number_and_date(lines: list[Line], out: Fields) -> None:
    number_label = re.compile(
        r"(?:invoice|inv)\.?\s*(?:no|number|num|#)\.?\s*[:：#]?\s*([A-Z0-9][A-Z0-9\-/_.]{2,})|"
        r"发票号码\s*[:：]?\s*(\d{6,20})|No\.\s*[:：]?\s*([A-Z0-9][A-Z0-9\-/]{3,})",
        re.I,
    )
    date_label = re.compile(
        r"(?:invoice\s*date|date\s*of\s*issue|issue\s*date|issued|开票日期|日\s*期|^date\b)", re.I
    )
    for ln in lines:
        for seg in ln.segments:
            if out.invoice_number is None:
                m = number_label.search(seg.text)
                if m:
                    out.invoice_number = next(g for g in m.groups() if g)
    # The date next to a date label, else the first date on the first page.
    candidates: list[tuple[int, Line, date, bool]] = []
    for ln in lines:
        for start, _end, value, ambiguous in find_dates(ln.text):
            label = date_label.search(ln.text[:start][-30:]) if start else None
            due = re.search(r"due|到期|expir|valid", ln.text[:start][-30:], re.I)
            rank = 0 if label and not due else (2 if due else 1)
            candidates.append((rank, ln, value, ambiguous))
    if candidates:
        rank, ln, value, ambiguous = min(candidates, key=lambda c: c[0])
        out.invoice_date, out.invoice_date_ambiguous = value, ambiguous
        out.invoice_date_where = (ln.page, ln.bbox)


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
        if TABLE_HEAD.search(text) or META_LABEL.match(text):
            break
        block.append(seg)
        last_bottom = seg.bottom
        if len(block) >= 7:
            break
    return block


def _fill_party(party: Party, texts: list[str], head: re.Pattern[str]) -> None:
    for i, raw in enumerate(texts):
        text = head.sub("", raw).strip() if i == 0 else raw.strip()
        if not text:
            continue
        email = EMAIL.search(text)
        if email and not party.email:
            party.email = email.group(0)
        web_text = EMAIL.sub(" ", text)
        web = WEBSITE.search(web_text)
        if web and not party.website:
            party.website = web.group(0)
        taxid = re.search(
            r"(?:纳税人识别号|统一社会信用代码|tax id|vat no\.?)\s*[:：]?\s*(\w{8,20})", text, re.I
        )
        if taxid:
            party.tax_id = party.tax_id or taxid.group(1)
            continue
        if re.search(r"开户行|账号|bank|iban|swift|account", text, re.I):
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


COMPANY_END = re.compile(r"(?:公司|厂|店|商行|集团|工作室|中心)$")


def _is_address(text: str) -> bool:
    """Whether a letterhead line reads as an address rather than a company name."""
    t = text.strip()
    if CJK.search(t):
        return not COMPANY_END.search(t) and bool(re.search(r"[路街道号区省镇村楼室]", t))
    if re.match(r"^\d", t) and re.search(r"[A-Za-z]", t):
        return True
    return bool(
        re.search(r"\d", t)
        and ADDRESS_HINT.search(t)
        and not re.search(r"\b(?:ltd|llc|inc|co\.|company|corp|gmbh|limited)\b", t, re.I)
    )


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
                if any(re.search(p, text, re.I) for _, p in DOC_TYPES) and len(text) < 40:
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


_COLS = {
    "qty": re.compile(r"^(?:qty|quantity|q'ty|pcs|数\s*量)$", re.I),
    "unit": re.compile(r"^(?:unit\s*price|price|rate|unit\s*cost|单\s*价|unit)$", re.I),
    "total": re.compile(r"^(?:amount|total|line\s*total|ext\.?\s*price|金\s*额|subtotal)$", re.I),
}


def _items(lines: list[Line], out: Fields) -> None:
    for index, ln in enumerate(lines):
        if not TABLE_HEAD.search(ln.text):
            continue
        columns: dict[str, float] = {}
        for seg in ln.segments:
            label = seg.text.strip().strip(":：")
            label = re.sub(r"\s*\((?:usd|cny|rmb|eur|gbp|元)\)", "", label, flags=re.I)
            for key, pattern in _COLS.items():
                if key not in columns and pattern.match(label):
                    columns[key] = (seg.x0 + seg.x1) / 2
        if "qty" not in columns or len(columns) < 2:
            columns = _word_columns(ln)
        if "qty" not in columns:
            continue
        _rows(lines[index + 1 :], ln.page, columns, out)
        if out.items:
            return


def _word_columns(ln: Line) -> dict[str, float]:
    """Column centres from single header words, for tables whose headers sit close together."""
    columns: dict[str, float] = {}
    words = ln.words
    for i, w in enumerate(words):
        t = w.text.strip(":：").lower()
        nxt = words[i + 1].text.lower() if i + 1 < len(words) else ""
        if t in ("qty", "quantity", "q'ty", "pcs", "数量"):
            columns.setdefault("qty", (w.x0 + w.x1) / 2)
        elif t == "unit" and nxt.startswith("price"):
            columns.setdefault("unit", (w.x0 + words[i + 1].x1) / 2)
        elif t in ("price", "rate", "单价") and "unit" not in columns:
            columns.setdefault("unit", (w.x0 + w.x1) / 2)
        elif t in ("amount", "total", "金额"):
            columns.setdefault("total", (w.x0 + w.x1) / 2)
    return columns


def _rows(lines: list[Line], page: int, columns: dict[str, float], out: Fields) -> None:
    for ln in lines:
        if ln.page != page:
            break
        text = ln.text
        if TOTAL_LABELS[0][1].search(text) or TOTAL_LABELS[1][1].search(text):
            break
        numbers: list[tuple[float, float]] = []  # (x-centre, value)
        desc: list[str] = []
        code = None
        first_col = min(columns.values()) - 45
        for w in ln.words:
            token = w.text
            value = parse_number(token) if not re.fullmatch(r"\d{8,14}", token) else None
            if value is not None and (w.x0 + w.x1) / 2 > first_col:
                numbers.append(((w.x0 + w.x1) / 2, value))
            elif token.endswith("%"):
                continue
            elif code is None and is_code(token) and desc:
                code = token.strip(",.;:()")
            else:
                desc.append(token)
        if not numbers:
            if out.items and desc and ln.top - out.items[-1].bbox[3] < 14:
                out.items[-1].description += " " + " ".join(desc)
            continue
        assigned: dict[str, float] = {}
        for x, value in numbers:
            key = min(columns, key=lambda k: abs(columns[k] - x))
            if abs(columns[key] - x) < 70 and key not in assigned:
                assigned[key] = value
        if "qty" not in assigned:
            continue
        description = " ".join(desc).strip()
        description = re.sub(r"^\d{1,3}\s+", "", description)  # a leading row number
        out.items.append(
            Item(
                description=description,
                code=code,
                quantity=assigned.get("qty"),
                unit_price=assigned.get("unit"),
                line_total=assigned.get("total"),
                page=ln.page,
                bbox=ln.bbox,
            )
        )


def _totals(lines: list[Line], out: Fields) -> None:
    for ln in lines:
        text = ln.text
        if TABLE_HEAD.search(text):
            continue
        values = [v for w in ln.words if (v := parse_number(w.text)) is not None]
        values = [v for v in values if not (1990 <= v <= 2100 and float(v).is_integer())] or values
        if not values or len(text) > 120:
            continue
        for key, pattern in TOTAL_LABELS:
            if pattern.search(text):
                if key == "subtotal" and re.match(r"^合\s*计", text) and len(values) >= 2:
                    out.totals.setdefault("subtotal", values[0])
                    out.totals.setdefault("tax", values[1])
                    out.totals_where.setdefault("subtotal", (ln.page, ln.bbox))
                elif key not in out.totals:
                    out.totals[key] = values[-1]
                    out.totals_where[key] = (ln.page, ln.bbox)
                break


def _currency(lines: list[Line], out: Fields) -> None:
    text = "\n".join(ln.text for ln in lines)
    counts = {code: len(re.findall(p, text)) for code, p in CURRENCIES}
    best = max(counts, key=lambda k: counts[k])
    out.currency = best if counts[best] else None


def _fapiao(lines: list[Line], out: Fields) -> None:
    text = "\n".join(ln.text for ln in lines)
    if not re.search(r"增值税|发票代码|发票号码|电子发票", text):
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
