"""Check one supplier invoice before it goes to Amazon: requirements, arithmetic, editing signs."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from reinstate.errors import ReinstateError
from reinstate.invoices import arith_gate
from reinstate.invoices.arith_gate import Claim
from reinstate.invoices.fields import VAT_RATES, Fields, Item, discount
from reinstate.invoices.filetype import ACCEPTED, READ_BUT_REFUSED, sniff
from reinstate.rules import Finding, Registry, Severity, default_registry
from reinstate.rules.binding import implements

MAX_BYTES = 100 * 1024 * 1024
Box = tuple[float, float, float, float]


@dataclass
class Mark:
    """Where a finding was seen: a page and a box on it (None: the whole file or page)."""

    page: int | None
    bbox: Box | None

    def to_json(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "region": [round(v, 1) for v in self.bbox] if self.bbox else None,
        }

    def text(self) -> str:
        if self.page is None:
            return "file"
        if self.bbox is None:
            return f"page {self.page}"
        x0, y0, x1, y1 = (round(v) for v in self.bbox)
        return f"page {self.page}, region {x0},{y0}-{x1},{y1}"


@dataclass
class InvoiceReport:
    filename: str
    file_type: str
    sha256: str
    verdict: str = "ok"
    fields: Fields = field(default_factory=Fields)
    findings: list[Finding] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    pages: int = 0
    pages_read: int = 0
    ocr: list[dict[str, Any]] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    page_sizes: list[tuple[float, float, str]] = field(default_factory=list)
    # How the reading went (peak memory of the reader child): for the benchmark, not the JSON.
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    @property
    def tags(self) -> set[str]:
        return {t for f in self.findings for t in f.rule.tags}

    def to_json(self) -> dict[str, Any]:
        from reinstate.contract import envelope

        return envelope("invoice", **self.body())

    def body(self) -> dict[str, Any]:
        findings = []
        for finding, mark in zip(self.findings, self.marks, strict=True):
            entry = finding.to_json()
            entry["where"] = mark.to_json()
            findings.append(entry)
        return {
            "file": self.filename,
            "file_type": self.file_type,
            "sha256": self.sha256,
            "verdict": self.verdict,
            "pages": self.pages,
            "pages_read": self.pages_read,
            "fields": self.fields.to_json(),
            "metadata": self.metadata,
            "ocr": self.ocr or None,
            "findings": findings,
        }


def check_invoice(
    path_or_bytes: str | os.PathLike[str] | bytes,
    *,
    filename: str | None = None,
    notice_date: date | None = None,
    window_days: int | None = None,
    seller_name: str | None = None,
    seller_address: str | None = None,
    units_sold: dict[str, int] | None = None,
    registry: Registry | None = None,
    ocr: bool = True,
    timeout: float | None = None,
    isolate: bool = True,
) -> InvoiceReport:
    """Check one invoice file (a path or its bytes). Never writes to the file.

    `notice_date` and `window_days` set the window the invoice date must fall in (Amazon's
    notices say 365, 180 or 90 days: read it from the notice). `seller_name` and `seller_address`
    are the account's, matched fuzzily against the invoice's buyer. `units_sold` maps a model,
    UPC or product name to the units sold in the window; the invoice must cover them.
    """
    import hashlib

    if isinstance(path_or_bytes, bytes):
        data = path_or_bytes
        name = filename or "invoice"
    else:
        path = Path(path_or_bytes)
        name = filename or path.name
        try:
            if path.exists() and not path.is_file() and not path.is_dir():
                # a device or a pipe has no size to check and may never end (/dev/zero)
                raise ReinstateError("file_not_regular", path=str(path))
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise ReinstateError(
                    "invoice_too_large", MAX_BYTES=MAX_BYTES // (1024 * 1024), path=str(path)
                )
            with open(path, "rb") as handle:
                data = handle.read()
        except FileNotFoundError:
            raise ReinstateError("file_missing", path=str(path)) from None
        except IsADirectoryError:
            raise ReinstateError("file_is_directory", path=str(path)) from None
        except PermissionError:
            raise ReinstateError("file_unreadable", path=str(path)) from None
    reg = registry or default_registry()
    report = InvoiceReport(
        filename=name, file_type=sniff(data), sha256=hashlib.sha256(data).hexdigest()
    )
    _Checker(report, reg, data, ocr=ocr, timeout=timeout, isolate=isolate).run(
        notice_date=notice_date,
        window_days=window_days,
        seller_name=seller_name,
        seller_address=seller_address,
        units_sold=units_sold,
    )
    return report


class _Checker:
    def __init__(
        self,
        report: InvoiceReport,
        registry: Registry,
        data: bytes,
        *,
        ocr: bool,
        timeout: float | None,
        isolate: bool,
    ) -> None:
        self.report = report
        self.registry = registry
        self.data = data
        self.ocr = ocr
        self.timeout = timeout
        self.isolate = isolate

    def add(
        self, code: str, page: int | None = None, bbox: Box | None = None, **params: Any
    ) -> None:
        mark = Mark(page, bbox)
        if page is not None:
            params.setdefault("page", page)
        finding = self.registry.finding(code, location=mark.text(), **params)
        if finding is not None:
            self.report.findings.append(finding)
            self.report.marks.append(mark)

    def options(self, code: str) -> dict[str, Any]:
        try:
            return dict(self.registry.get(code).options)
        except ReinstateError:
            return {}

    @implements("I001", "I002")
    def run(self, **ctx: Any) -> None:
        kind = self.report.file_type
        if kind == "empty":
            self.add("I002")
        elif kind not in ACCEPTED:
            self.add("I001", kind=kind)
            if kind in READ_BUT_REFUSED:
                self._read_and_check(**ctx)
        else:
            self._read_and_check(**ctx)
        self._verdict()

    def _verdict(self) -> None:
        worst = max((f.severity for f in self.report.findings), default=None)
        if worst is not None and worst >= Severity.error:
            self.report.verdict = "reject"
        elif worst is not None and worst >= Severity.warning:
            self.report.verdict = "warn"
        else:
            self.report.verdict = "ok"

    @implements("I003", "I004", "I005", "I006", "I007", "I008")
    def _read_and_check(self, **ctx: Any) -> None:
        from reinstate.invoices import reader, sandbox
        from reinstate.invoices.digest import digest

        options = {**self.options("I205"), **self.options("I206"), **self.options("I212")}
        if self.isolate:
            facts = sandbox.read_isolated(
                self.data,
                ocr=self.ocr,
                timeout=self.timeout or sandbox.DEFAULT_TIMEOUT,
                options=options,
            )
        else:
            facts = digest(reader.read_facts(self.data, ocr=self.ocr), options)
        problems = set(facts.get("problems") or [])
        for key in ("peak_rss_mb", "cpu_s"):
            if key in facts:
                self.report.stats[key] = facts[key]
        if "encrypted" in problems:
            self.add("I003")
            if not facts.get("pages"):
                return
        if "limit" in problems:
            self.add("I007", detail=str(facts.get("limit") or "?"))
            self.report.pages = int(facts.get("page_count") or 0)
            return
        if problems & {"corrupt", "crashed"}:
            detail = re.sub(r"^stream <[^>]*>:\s*", "", str(facts.get("error") or "unreadable"))
            self.add("I004", detail=detail[:160])
            return
        if problems & {"timeout", "bomb"}:
            self.add(
                "I004",
                detail="too large or too complex to read within the limits "
                "(a decompression bomb, or far too many objects)",
            )
            return
        pages = facts["pages"]
        self.report.pages = int(facts.get("page_count") or len(pages))
        # A page Tesseract did not finish within the file's time budget was not read either.
        cut = [p["number"] for p in pages if (p.get("ocr") or {}).get("cut")]
        self.report.pages_read = len(pages) - len(cut)
        self.report.page_sizes = [(p["width"], p["height"], p["source"]) for p in pages]
        self.report.ocr = [
            dict(
                p["ocr"],
                page=p["number"],
                **(
                    {"note": f"page {p['number']} not fully read in the time budget"}
                    if p["number"] in cut
                    else {}
                ),
            )
            for p in pages
            if p.get("ocr")
        ]
        self.report.metadata = facts["metadata"]
        if self.report.pages > self.report.pages_read:
            self.add("I005", pages=self.report.pages, read=self.report.pages_read)
        least = int(self.options("I008").get("min_glyphs", 5))
        for p in pages:
            # Read from its text layer, not by OCR: what its fonts give no character for is lost.
            if p["source"] == "text" and p.get("unreadable", 0) >= least:
                self.add("I008", p["number"], None, count=p["unreadable"])
        if not facts["has_text"]:
            needs_ocr = any(p.get("images") for p in pages)
            from reinstate.invoices.ocr import available

            self.add("I006", reason="ocr_missing" if needs_ocr and not available() else "no_text")
        fields: Fields = facts["fields"]
        self.report.fields = fields
        if facts["has_text"]:
            self._requirements(fields, **ctx)
            start = len(self.report.findings)
            if not fields.unread_language:
                # a page whose words are not read has no sums placed by them (I132 says so)
                self._arithmetic(fields)
            self._gate(fields, start)
        for code, params, page, bbox in facts["signs"]:
            self.add(code, page, bbox, **params)

    # ------------------------------------------------------------------ requirements

    @implements(
        "I101",
        "I102",
        "I103",
        "I104",
        "I105",
        "I107",
        "I111",
        "I112",
        "I113",
        "I119",
        "I132",
        "I137",
        "I285",
    )
    def _requirements(
        self,
        f: Fields,
        *,
        notice_date: date | None,
        window_days: int | None,
        seller_name: str | None,
        seller_address: str | None,
        units_sold: dict[str, int] | None,
    ) -> None:
        sup_page, sup_box = f.supplier_where or (1, None)
        if f.document_type not in (None, "invoice"):
            self.add("I101", 1, None, title=f.document_title or "?", kind=f.document_type)
        elif f.korean_unread:
            # A Korean scan or photo: its Hangul cannot be OCR'd here, so neither its kind nor
            # its parties are known; what its figures alone bear out is said.
            self.add(
                "I285",
                1,
                None,
                mark=f.korean_unread,
                date=f.invoice_date.isoformat() if f.invoice_date else "-",
                total=_fmt(f.totals["total"]) if "total" in f.totals else "-",
            )
        elif f.korean and f.document_type is None:
            # Korean is read (session 26), but a Korean page whose title was not found is not
            # told "not an invoice": its kind is left to the user.
            self.add("I119", 1, None)
        elif f.unread_language and f.document_type == "invoice":
            # Titled an invoice in a language whose few words are known, no other of its
            # words read: what was read is said, the rest left to the user.
            self.add(
                "I137",
                1,
                None,
                title=f.document_title or "-",
                date=f.invoice_date.isoformat() if f.invoice_date else "-",
                total=_fmt(f.totals["total"]) if "total" in f.totals else "-",
            )
        elif f.unread_language:
            # No title known, words not read, a bill's layout: an invoice, a quotation or an
            # order alike; "not an invoice" would be a guess.
            self.add(
                "I132",
                1,
                None,
                date=f.invoice_date.isoformat() if f.invoice_date else "-",
                rows=len(f.unread_priced),
                sum=_fmt(sum(f.unread_priced)),
            )
        elif (
            f.document_type is None
            and not self.report.ocr
            and not f.glyphs_unmapped
            and "I008" not in self.report.codes
        ):
            # Read from OCR, a title not found is OCR's miss (請求書 read as look-alikes), not
            # evidence that the scan is something else: no claim is made then; nor when glyphs
            # of the page gave no text (I008): the title may be among them.
            self.add("I101", 1, None, title="-", kind="unknown")
        if f.korean_unread:
            # I285 says its title, parties, items and the date's label were not read: "not
            # found", "does not match" or "covers fewer units" would be claims from them
            return
        for code, value in (
            ("I102", f.supplier.name),
            ("I103", f.supplier.address),
            ("I104", f.supplier.phone),
            ("I105", f.supplier.website),
        ):
            if not value:
                self.add(code, sup_page, sup_box)
        if f.invoice_date is None:
            if not (f.unread_language and f.document_type == "invoice"):
                # On an I137 page the dates' labels are not read: "no date found" would be
                # untrue where dates are printed and not told apart; I137 leaves the date to
                # the user.
                self.add("I111", 1, None)
        elif notice_date is not None:
            # The notice's window is the rule; without it, say plainly that the usual one was used.
            code = "I107" if window_days else "I113"
            days = window_days or int(self.options("I113").get("default_days", 365))
            start = notice_date - timedelta(days=days)
            where = f.invoice_date_where or (1, None)
            if not (start <= f.invoice_date <= notice_date):
                self.add(
                    code,
                    where[0],
                    where[1],
                    date=f.invoice_date.isoformat(),
                    start=start.isoformat(),
                    end=notice_date.isoformat(),
                    days=days,
                )
        if not f.items:
            self.add("I112", 1, None)
        # a Korean page's buyer not read (its box's labels unknown) is no buyer found
        # different from the seller: nothing to compare
        buyer_unread = (f.korean or f.lang == "ko") and not f.buyer.name
        if (seller_name or seller_address) and not buyer_unread:
            self._buyer(f, seller_name, seller_address)
        if units_sold:
            self._quantities(f, units_sold)

    @implements("I106")
    def _buyer(self, f: Fields, seller_name: str | None, seller_address: str | None) -> None:
        from rapidfuzz import fuzz

        where = f.buyer_where or (1, None)
        limit = float(self.options("I106").get("min_score", 85))
        if seller_name:
            invoice = f.buyer.name or ""
            score = (
                fuzz.token_set_ratio(_norm_name(seller_name), _norm_name(invoice)) if invoice else 0
            )
            if score < limit:
                self.add(
                    "I106",
                    where[0],
                    where[1],
                    field="name",
                    expected=seller_name,
                    found=invoice or "-",
                    score=int(score),
                )
        if seller_address:
            invoice = f.buyer.address or ""
            score = (
                fuzz.token_set_ratio(_norm_addr(seller_address), _norm_addr(invoice))
                if invoice
                else 0
            )
            if score < limit - 10:
                self.add(
                    "I106",
                    where[0],
                    where[1],
                    field="address",
                    expected=seller_address,
                    found=invoice or "-",
                    score=int(score),
                )

    @implements("I108")
    def _quantities(self, f: Fields, units_sold: dict[str, int]) -> None:
        for item, sold in units_sold.items():
            key = item.strip().lower()
            matches = [
                i
                for i in f.items
                if key
                and (
                    (i.code and i.code.lower() == key)
                    or key in i.description.lower()
                    or (i.code and key in i.code.lower())
                )
            ]
            have = sum(int(i.quantity or 0) for i in matches)
            if have < sold:
                page, box = (matches[0].page, matches[0].bbox) if matches else (1, None)
                self.add("I108", page, box, item=item, sold=sold, invoiced=have)

    @implements("I109", "I110", "I115")
    def _arithmetic(self, f: Fields) -> None:
        if f.total_as_read is not None:
            value, (read_page, read_box) = f.total_as_read
            self.add("I115", read_page, read_box, read=_fmt(value))
        priced_finer = _priced_finer(f)
        for item in f.items:
            q, u, t = item.quantity, item.unit_price, item.line_total
            if q is None or u is None or t is None:
                continue
            # a GST row's amount with its tax printed on the row (fields._gst_row)
            t -= item.tax_included or 0
            off = item.discount or _described_discount(item.description)
            if _credited_row(q, u, t, f) or id(item) in priced_finer:
                continue
            if abs(q * u - t) > _row_slack(q, u, t, f) and not _discounted(q, u, t, off, f):
                item_name = item.description[:40] or item.code or "?"
                if (
                    item.doubtful
                    or _unprinted_discount(q * u, t, f, whole_invoice=False)
                    or _quantity_elsewhere(u, t, f"{item.description} {item.code or ''}", f)
                ):
                    # OCR doubted a digit of the row, a discount column the reader did not
                    # resolve (a fapiao's line at 95%), or another number on the row is the
                    # quantity the amount was made from
                    self._sum_off(f, f"line “{item_name}”", q * u, t, unsure=True, row=item)
                    continue
                self.add(
                    "I109",
                    item.page,
                    item.bbox,
                    item=item_name,
                    qty=_fmt(q),
                    unit=_fmt(u),
                    expected=_fmt(round(q * u, 2)),
                    found=_fmt(t),
                )
        self._vat_table(f)
        self._tax_rate(f)
        self._tax_rows(f)
        self._tax_by_rows(f)
        self._stacked_taxes(f)
        self._total_of_taxed_rows(f)
        if f.total_one_digit_off is not None and "total" in f.totals:
            # the total taken is what the sums make; the page's, as OCR read it, is not
            self._sum_off(f, "total", f.totals["total"], f.total_one_digit_off, unsure=True)
        lines_sum = round(sum(i.line_total for i in f.items if i.line_total is not None), 2)
        totals = f.totals
        doubted: set[str] = set()  # a sum the lines did not bear out, the reading in doubt
        if f.items and all(i.line_total is not None for i in f.items):
            target_key = (
                "subtotal" if "subtotal" in totals else ("total" if "total" in totals else None)
            )
            # A total with a tax named on the page but not read (a fapiao's 税额 column,
            # a "VAT 19 %" line whose amount OCR lost) is not the lines' sum: not compared. Named
            # only by a garbled rate line whose amount no label placed, it is compared with that
            # amount among the sums: made up by it, borne out; not, unconfirmed (I116).
            named = f.tax_named and not (f.tax_named_by_rate and f.unplaced)
            # a till's rows are priced with their VAT: they make the total whatever tax it names
            apart = ("tax" in totals or named) and not f.gross_rows
            if target_key and not (target_key == "total" and ("shipping" in totals or apart)):
                found = totals[target_key]
                if target_key == "subtotal":
                    lines_sum = round(lines_sum + _inside_subtotal(f), 2)
                else:
                    lines_sum = round(lines_sum + totals.get("rounding", 0), 2)
                # "Descuento 4%: -289,80 € / Total factura: 6.955,16 €" with no subtotal read:
                # the total is the lines less the discount printed under them
                off = discount(totals) if target_key == "total" else 0.0
                slack = _slack(found, f, len(f.items))
                if abs(found - lines_sum) > slack and abs(found - lines_sum + off) > slack:
                    # a row read as no item, or an amount among the sums no label placed
                    extra = f.rows_unread if target_key == "subtotal" else f.unplaced
                    placed = _placed(extra, found - lines_sum, slack)
                    unsure = (
                        bool(f.doubtful & {target_key, "items"})
                        or _unprinted_discount(lines_sum, found, f)
                        or placed is False
                    )
                    if not placed:
                        self._sum_off(f, target_key, lines_sum - off, found, unsure=unsure)
                    if unsure:
                        doubted.add(target_key)
        self._bare_parts(f)
        if "subtotal" in totals and "total" in totals and not self._tax_unread(totals):
            expected = (
                totals["subtotal"]
                + totals.get("tax", 0)
                + totals.get("shipping", 0)
                - discount(totals)
                - _inside_subtotal(f)
                + totals.get("rounding", 0)
            )
            slack = _slack(totals["total"], f, 0 if _exact_tax(f) else 3)
            # A total printed after the withholding ("Total factura" under "Retención IRPF
            # -150,00") is the amount to pay: the sum less what the buyer keeps back
            withheld = expected - totals.get("withholding", 0)
            # a tax the page says is inside its amounts ("内消費税", "Includes GST of") is
            # not added to them
            inside = expected - totals.get("tax", 0) if f.tax_inside else expected
            if (
                abs(expected - totals["total"]) > slack
                and abs(withheld - totals["total"]) > slack
                and abs(inside - totals["total"]) > slack
                and not _due_after_deposit(expected, totals["total"], slack, f)
            ):
                parts = {"subtotal", "tax", "shipping", "discount", "total"}
                placed = _placed(f.unplaced, totals["total"] - expected, slack)
                # a subtotal OCR's rows left unconfirmed ("30.70" for 47,130.70) is no base to
                # call the total wrong from
                unsure = bool((f.doubtful | doubted) & parts) or placed is False
                if not placed:
                    self._sum_off(f, "total", expected, totals["total"], unsure=unsure)

    def _gate(self, f: Fields, start: int) -> None:
        """The arithmetic's errors (I109/I110, from `start` on) that the reading does not bear
        out (`arith_gate`) told as sums not confirmed (I116) instead, where they were found."""
        told = list(zip(self.report.findings[start:], self.report.marks[start:], strict=True))
        claims = [x for x, _ in told if x.code in ("I109", "I110")]
        if not claims:
            return
        # the sums the reading doubted already are relations the page does not bear out
        unsure = sum(x.code == "I116" for x, _ in told)
        why = arith_gate.doubt(f, bool(self.report.ocr), [_claim(x) for x in claims], unsure)
        doubted = {id(x) for x, reason in zip(claims, why, strict=True) if reason}
        del self.report.findings[start:], self.report.marks[start:]
        for finding, mark in told:
            if id(finding) not in doubted:
                self.report.findings.append(finding)
                self.report.marks.append(mark)
                continue
            label = _label(finding)
            expected, found = _amount(finding, "expected"), _amount(finding, "found")
            at = None if mark.page is None or mark.bbox is None else (mark.page, mark.bbox)
            self._sum_off(f, label, expected, found, unsure=True, at=at)

    def _bare_parts(self, f: Fields) -> None:
        """A total that sums nothing the reading holds (no subtotal, tax or charge apart from
        it) under amounts printed bare: the parts of the sum whose labels OCR lost (a photo's
        "小计" and "税额 13%" garbled over "144,559.60" and "18,792.75"). Where they make the
        total, it is borne out; where they do not, the sums are not confirmed (I116), neither
        a guess at which amount is the tax nor silence."""
        t = f.totals
        parts = [k for k in ("tax", "shipping", "discount") if k in t]
        if not f.unplaced_bare or "total" not in t or parts:
            return
        if "subtotal" in t and abs(t["subtotal"] - t["total"]) > 0.011:
            return
        made = round(sum(f.unplaced_bare), 2)
        slack = _slack(t["total"], f, len(f.unplaced_bare))
        # a fapiao's 合计 row read without its tax: the bare amount is the total before a VAT
        # rate ("¥41370.00" over "（小写）¥46748.10", 13 %)
        before_tax = any(
            abs(u * (100 + rate) / 100 - t["total"]) <= slack
            for u in f.unplaced_bare
            for rate in VAT_RATES
        )
        if abs(made - t["total"]) > slack and not before_tax:
            self._sum_off(f, "total", made, t["total"], unsure=True)

    def _tax_rate(self, f: Fields) -> None:
        """The page's one tax line against its own rate ("VAT 0%  $1.00"): the tax is the rate
        of some base the page prints (the subtotal, less the discount, with the shipping), or
        the part of a gross amount that includes it. A tax no base bears out is an error of the
        tax, even where the total adds it up."""
        t, rate = f.totals, f.tax_rate
        if rate is None or "tax" not in t or "subtotal" not in t:
            return
        sub, ship, off = t["subtotal"], t.get("shipping", 0), discount(t)
        bases = {sub, sub - off, sub + ship, sub - off + ship}
        taxes = [b * rate / 100 for b in bases]
        taxes += [g * rate / (100 + rate) for g in (*bases, t.get("total", sub))]
        # a base of its own printed among the sums, under the subtotal: Indonesia's "DPP Nilai
        # Lain" (11/12 of the price, PPN 12% charged on it)
        taxes += [u * rate / 100 for u in f.unplaced if 0 < u < sub]
        slack = _slack(t["tax"], f, len(f.items) + 1)
        if all(abs(t["tax"] - tax) > slack for tax in taxes):
            # PPN 12% on that base with the line not printed or not read is 11 % of the price
            # (the rule since 2025): such a tax is not confirmed, not wrong
            unsure = rate == 12 and any(abs(t["tax"] - b * 11 / 100) <= slack for b in bases)
            if f.tax_rate_ocr:
                # OCR may have misread the tax: only a tax the total bears out to the cent is
                # the page's (else the total's own check speaks); a tax another rate makes may
                # be a rate misread ("10%" for 19%)
                made = sub - off + ship + t["tax"]
                if "total" not in t or abs(made - t["total"]) > 0.011 or "tax" in f.doubtful:
                    return
                unsure = any(
                    abs(b * other / 100 - t["tax"]) <= slack for other in VAT_RATES for b in bases
                )
            # a tax nowhere near its rate of any base (twenty times it): the rate misread (a
            # spreadsheet's "2E+1%" read as 1 %) or another amount taken for it, as for a
            # summary's row (`_tax_rows`), not a tax miscounted. A tax at 0 % is an error.
            near = any(0.5 <= t["tax"] / tax <= 2 for tax in taxes if tax)
            unsure = unsure or (rate > 0 and not near)
            # the base the page taxes: after its discount, with its shipping, less those
            # the subtotal already holds (printed above it: "値引 -32,000" over "小計")
            base = sub - off + ship - _inside_subtotal(f)
            # CGST and SGST under their rate of the subtotal: its rate of the taxed goods
            # alone, the others exempt or at another rate, unless the page says all bear it
            unsure = unsure or (f.tax_rate_of_part and t["tax"] < base * rate / 100)
            self._sum_off(f, "tax", base * rate / 100, t["tax"], unsure=unsure)

    def _tax_rows(self, f: Fields) -> None:
        """Each row of a VAT summary that prints its base ("IVA 22% (Imponibile 285,76) €
        62,87"): its tax is its rate of that base. A tax a euro off at one rate, with the total
        made from it, shows nowhere else. Rounded per line, a rate's tax may be off its base's
        by half a cent a line; read by OCR, the row is only not confirmed (I116)."""
        seen: set[tuple[float, float, float]] = set()
        for rate, base, tax, ocr, page, box in f.tax_rows:
            if (rate, base, tax) in seen:
                continue
            seen.add((rate, base, tax))
            expected = base * rate / 100
            slack = _slack(tax, f, 1 + len(f.items) // 2)
            # a base that includes its tax ("MwSt. 19% aus 1.190,00: 190,00") bears it too
            if abs(expected - tax) > slack and abs(base * rate / (100 + rate) - tax) > slack:
                # a tax nowhere near its rate of the base: the base misread ("1,558,30" for
                # 1.558,30 by OCR) or another amount taken for it, not a tax miscounted
                near = 0.5 <= tax / expected <= 2
                if ocr and not near:
                    continue
                label = f"tax at {_fmt(rate)}%"
                unsure = ocr or not near or "tax" in f.doubtful
                self._sum_off(f, label, expected, tax, unsure=unsure, at=(page, box))

    def _tax_by_rows(self, f: Fields) -> None:
        """Each rate's tax against the rows printed at that rate ("USt.-Betrag 19 %  1.196,13"
        over rows whose rate column says 19 %), where the page prints no base for the rate: a
        VAT error at one rate, with the total made from it, adds up everywhere else. Only where
        the rows are the whole net (their sum the subtotal to the cent, no discount or charge
        apart from them, no tax inside the amounts), and every rate of the rows has its tax
        line and every tax line its rows. Rounded per line, a rate's tax may be off by half a
        cent a row; read by OCR, the rows are only not confirmed (I116)."""
        t, items = f.totals, f.items
        if not items or not f.tax_by_rate or f.tax_inside or "subtotal" not in t:
            return
        if "discount" in t or "shipping" in t or f.rows_unread or f.unplaced:
            return
        if any(i.line_total is None or i.rate is None for i in items):
            return
        lines_sum = sum(i.line_total or 0.0 for i in items)
        if abs(lines_sum - t["subtotal"]) > 0.005:
            return
        bases: dict[float, list[float]] = {}
        for item in items:
            bases.setdefault(item.rate or 0.0, []).append(item.line_total or 0.0)
        if {r for r in bases if r} != set(f.tax_by_rate):
            return
        printed = {rate for rate, *_rest in f.tax_rows}
        ocr = self.report.ocr
        for rate, (tax, page, box) in f.tax_by_rate.items():
            if rate in printed:
                continue  # checked against the base the page prints for it
            expected = sum(bases[rate]) * rate / 100
            slack = _slack(tax, f, 1 + len(bases[rate]) // 2)
            if abs(expected - tax) > slack:
                near = 0.5 <= tax / expected <= 2 if expected else False
                unsure = bool(ocr) or not near or bool(f.doubtful & {"tax", "items"})
                self._sum_off(
                    f, f"tax at {_fmt(rate)}%", expected, tax, unsure=unsure, at=(page, box)
                )

    def _total_of_taxed_rows(self, f: Fields) -> None:
        """A total under rows and a tax line per rate, with no subtotal read ("9%: Bedrag excl.
        / Btw  2.596,24  233,66" as the only sums over "Totaal te betalen"): where each rate's
        tax is that rate of the rows printed at it, the rows are the net and the taxes are on
        them, so the total is their sum with the taxes. A total a figure off, made from them,
        showed nowhere else. Only with no charge, discount or amount apart from them."""
        t, items = f.totals, f.items
        if "subtotal" in t or "total" not in t or "tax" not in t or not items:
            return
        if {"shipping", "discount", "withholding"} & t.keys() or f.unplaced:
            return
        if f.tax_inside or f.gross_rows or f.paid_before or not f.tax_by_rate:
            return
        taxed = [(i.rate, i.line_total) for i in items if i.rate is not None]
        if len(taxed) != len(items):
            return
        bases: dict[float, float] = {}
        for rate, amount in taxed:
            if amount is None:
                return
            bases[rate] = bases.get(rate, 0.0) + amount
        taxes = {rate: tax for rate, (tax, _page, _box) in f.tax_by_rate.items()}
        if {r for r in bases if r} != {r for r in taxes if r}:
            return
        if abs(sum(taxes.values()) - t["tax"]) > 0.011 * len(taxes):
            return
        for rate, tax in taxes.items():
            rows = sum(1 for i in items if i.rate == rate)
            if abs(bases.get(rate, 0.0) * rate / 100 - tax) > _slack(tax, f, 1 + rows // 2):
                return
        lines_sum = round(sum(bases.values()), 2)
        # the rate's bases printed beside their taxes, read as rows of no item, are the rows
        if f.rows_unread and abs(sum(f.rows_unread) - lines_sum) > 0.011 * len(f.rows_unread):
            return
        expected = lines_sum + t["tax"] + t.get("rounding", 0)
        if abs(expected - t["total"]) > _slack(t["total"], f, len(taxes) + 1):
            unsure = bool(f.doubtful & {"total", "tax", "items"})
            self._sum_off(f, "total", expected, t["total"], unsure=unsure)

    def _stacked_taxes(self, f: Fields) -> None:
        """Two taxes or more, each its own rate of the same base and none printing a base
        (Canada's "TPS 5%" and "TVQ 9,975%" under the subtotal, the discount and the freight):
        where one base makes every tax but one, that one is checked against it. A tax a dollar
        off at one rate, with the total made from it, shows nowhere else. Where rows name
        their rates, or no single base bears the others out, the taxes are not on one base."""
        t, printed = f.totals, f.tax_by_rate
        if "subtotal" not in t or "tax" not in t or f.tax_rows or f.tax_inside:
            return
        if any(i.rate is not None for i in f.items):
            return
        if abs(sum(tax for tax, _page, _box in printed.values()) - t["tax"]) > 0.011 * len(printed):
            return
        # "VAT 0%  0.00" holds on any base and bears none out: its goods are apart
        taxes = {rate: v for rate, v in printed.items() if rate and v[0]}
        if len(taxes) < 2 or len(taxes) < len(printed):
            return
        sub, ship, off = t["subtotal"], t.get("shipping", 0), discount(t)
        misses: dict[float, tuple[float, float]] = {}  # the base: the rate it misses, its tax
        for base in {sub - off + ship, sub - off, sub + ship, sub}:
            wrong = [
                rate
                for rate, (tax, _page, _box) in taxes.items()
                if abs(base * rate / 100 - tax) > _slack(tax, f, 1 + len(f.items) // 2)
            ]
            if not wrong:
                return
            if len(wrong) == 1:
                misses[base] = (wrong[0], base * wrong[0] / 100)
        if len(misses) != 1:
            return
        rate, expected = next(iter(misses.values()))
        tax, page, box = taxes[rate]
        near = 0.5 <= tax / expected <= 2 if expected else False
        unsure = bool(self.report.ocr) or not near or "tax" in f.doubtful
        self._sum_off(f, f"tax at {_fmt(rate)}%", expected, tax, unsure=unsure, at=(page, box))

    @implements("I116")
    def _sum_off(
        self,
        f: Fields,
        label: str,
        expected: float,
        found: float,
        *,
        unsure: bool = False,
        row: Item | None = None,
        at: tuple[int, Box] | None = None,
    ) -> None:
        """I110 at the place the page prints its `label` (subtotal, tax, total) or at the `row`;
        I116, the sums not confirmed, where the reading of the amounts is in doubt (`unsure`)."""
        if row is None and _leading_figures_lost(expected, found):
            # Its first figures lost, most likely (`fields._cut_at_cell_edge` mends a
            # text layer's cut where the glyphs show it); where they do not, a doubt: the sum
            # may as well be wrong in its first figures.
            unsure = True
        page, box = (row.page, row.bbox) if row else f.totals_where.get(label, (1, None))
        if at is not None:
            page, box = at
        self.add(
            "I116" if unsure else "I110",
            page,
            box,
            label=label,
            expected=_fmt(round(expected, 2)),
            found=_fmt(found),
        )

    def _tax_unread(self, totals: dict[str, float]) -> bool:
        """Whether an OCR'd page's total over its subtotal is more likely a tax line OCR did
        not read than an error: no tax read, and the total 5-28% above the subtotal (the VAT
        and GST rates). A phone photo's "MwSt. 19 %" line lost made a genuine invoice's total
        look wrong."""
        if not self.report.ocr or "tax" in totals or not totals["subtotal"] > 0:
            return False
        return 1.05 <= totals["total"] / totals["subtotal"] <= 1.28

    @implements("I114")
    def _vat_table(self, f: Fields) -> None:
        """A VAT table (netto / VAT / brutto): each line's gross is its net plus its tax; the
        sum row's tax and gross are the lines' sums; the amount to pay is the gross sum unless
        something was paid before (the net sum against the lines is the subtotal check)."""
        for item in f.items:
            t, tax, gross = item.line_total, item.tax_amount, item.gross
            if t is None or tax is None or gross is None:
                continue
            if abs(t + tax - gross) > _slack(gross, f, 2):
                self.add(
                    "I114",
                    item.page,
                    item.bbox,
                    item=item.description[:40] or item.code or "?",
                    net=_fmt(t),
                    tax=_fmt(tax),
                    expected=_fmt(round(t + tax, 2)),
                    found=_fmt(gross),
                )
        if f.table_sums is None:
            return
        _net, tax_sum, gross_sum = f.table_sums
        page, box = f.totals_where.get("total", (1, None))
        for label, value, column in (("tax", tax_sum, "tax_amount"), ("total", gross_sum, "gross")):
            parts = [getattr(i, column) for i in f.items]
            if parts and all(v is not None for v in parts):
                expected = round(sum(parts), 2)
                if abs(expected - value) > _slack(value, f, len(parts)):
                    self.add("I110", page, box, label=label, expected=_fmt(expected),
                             found=_fmt(value))  # fmt: skip
        pay = f.amount_to_pay
        if pay is not None and not f.paid_before and abs(pay - gross_sum) > _slack(pay, f):
            page, box = f.amount_to_pay_where or (page, box)
            self.add("I110", page, box, label="total", expected=_fmt(gross_sum), found=_fmt(pay))


def _placed(extra: list[float], gap: float, slack: float) -> bool | None:
    """Whether amounts the reading did not place (`Fields.unplaced`, `Fields.rows_unread`)
    close a sum's `gap`: one of them, or all together, added or taken off. None: there are
    none. False: they are there but do not close it, so the mismatch may be the reading's (a
    tax or a charge whose label OCR garbled, a row read as no item): not confirmed, no error.
    """
    if not extra:
        return None
    # or all of them with their signs: a Korean tax invoice's discount and carriage rows among
    # its goods ("할인 -38,600", "운임 20,000") both under the supply value's sum
    return abs(gap - sum(extra)) <= slack or any(
        abs(abs(gap) - abs(v)) <= slack for v in [*extra, sum(abs(v) for v in extra)]
    )


def _inside_subtotal(f: Fields) -> float:
    """The shipping and discount printed above the subtotal on its page, which that subtotal
    already holds ("Goods value 25,588.00 / Freight 14.50 / Subtotal 25,602.50"): compared
    with the lines without them, and added again to the total, they made false I110s on
    genuine invoices. Printed below the subtotal they are still added to the total. Above it
    is also on an earlier page: "Transport 35,00" at the foot of page 1, "Razem netto" (which
    holds it) heading page 2."""
    where = f.totals_where
    if "subtotal" not in where or where["subtotal"][1] is None:
        return 0.0
    page, box = where["subtotal"]
    inside = 0.0
    for key, sign in (("shipping", 1.0), ("discount", -1.0)):
        spot = where.get(key)
        if key in f.totals and spot and spot[1] and (spot[0], spot[1][1]) < (page, box[1]):
            inside += sign * (discount(f.totals) if key == "discount" else f.totals[key])
    return inside


def _exact_tax(f: Fields) -> bool:
    """Whether the page's one tax is its printed rate of a printed base rounded to the cent
    ("Nettobetrag 3.101,02 / USt. 19% 589,19"): its sums were made from the amounts it prints,
    so the total is their sum to the cent, and a total a cent off it is an error, not rounding
    (invoices18's 011: "Rechnungsbetrag 3.690,20" for 3.690,21)."""
    t, rate = f.totals, f.tax_rate
    if rate is None or f.tax_rate_ocr or not t.get("tax") or "subtotal" not in t:
        return False
    sub, ship, off = t["subtotal"], t.get("shipping", 0), discount(t)
    bases = {sub, sub - off, sub + ship, sub - off + ship}
    return any(abs(round(abs(b) * rate / 100 + 1e-9, 2) - abs(t["tax"])) < 0.005 for b in bases)


def _unprinted_discount(
    lines_sum: float, found: float, f: Fields, *, whole_invoice: bool = True
) -> bool:
    """Whether a sum below its lines is their sum less a whole (or half) percentage, to the
    cent, with no discount read: a discount given on the whole invoice whose line the page
    does not print or the reader missed (Chinese VAT invoices whose 合计 is 95% of the item
    amounts, the tax on the full amounts), not an adding error, which is rarely a round share."""
    if (whole_invoice and discount(f.totals)) or not 0 < found < lines_sum:
        return False
    share = round(200 * (1 - found / lines_sum)) / 2
    return 0.5 <= share <= 30 and abs(lines_sum * (1 - share / 100) - found) <= _slack(found, f, 2)


# Currencies invoices print in whole units: the yen, and the New Taiwan dollar (Taiwan's
# uniform invoices and receipts carry no cents), so a tax is its rate of the base rounded to
# a whole unit, up, down or to the nearest.
_WHOLE_UNITS = ("JPY", "TWD")


def _slack(value: float, f: Fields, roundings: int = 1) -> float:
    """How far printed amounts may be off by rounding alone: a cent per rounded amount, a yen
    where amounts have no decimals. A share of the amount would hide 100 in a 1,800,000 total."""
    whole = f.currency in _WHOLE_UNITS or float(value).is_integer()
    unit = 1.0 if whole and f.currency in (*_WHOLE_UNITS, None) else 0.01
    return unit * roundings + 1e-6 * abs(value) + 0.005


def _row_slack(q: float, u: float, t: float, f: Fields) -> float:
    """How far a row's amount may be off its quantity times its price. A whole quantity at a
    whole price in a currency printed in whole units makes a whole amount: nothing is rounded,
    so a row one yen or one NT dollar off is an error, not rounding."""
    if f.currency in _WHOLE_UNITS and float(q).is_integer() and float(u).is_integer():
        return 1e-6 * abs(t) + 0.005
    return _slack(t, f)


def _leading_figures_lost(expected: float, found: float) -> bool:
    """Whether a sum read is the last figures of what its parts make ("386,40 €" for 4.386,40):
    its first figures were lost, not miscounted. A spreadsheet prints an amount typed as text
    cut at the edge of a cell too narrow for it, where the cell beside it holds the label; a
    scan or a photo cuts it at the page's edge. No slip drops a sum's first figures, and a
    misreading seldom keeps the last four of the right one."""
    if not 10 <= found < expected:
        return False
    scale = 10 ** len(str(int(found)))
    left = (expected - found) / scale
    return abs(left - round(left)) * scale < 0.005


def _price_step(u: float, f: Fields) -> float:
    """The last printed figure of a unit price: a yen, or a cent."""
    return 1.0 if f.currency in _WHOLE_UNITS and float(u).is_integer() else 0.01


def _priced_finer(f: Fields) -> set[int]:
    """The rows (by id) whose amounts were made from a price finer than the one printed: many
    programs keep a price to more figures than they print (a yen price to sen, a euro price to
    a tenth of a cent) and print it rounded beside the amount made from it, so a row is off its
    quantity times its printed price by up to half the price's last figure a piece. A slip is
    one row; a page printing its prices so leaves most of its rows of several pieces so, each
    by its own small amount. Only such a page: there, those rows are no errors."""
    off, exact = [], 0
    for item in f.items:
        q, u, t = item.quantity, item.unit_price, item.line_total
        if q is None or u is None or t is None or abs(q) < 2 or item.discount:
            continue
        gap = abs(q * u - t)
        if gap <= _row_slack(q, u, t, f):
            exact += 1
        elif gap <= abs(q) * _price_step(u, f) / 2 + 1e-6:
            off.append(item)
    if len(off) < 2 or len(off) <= exact:
        return set()
    return {id(item) for item in off}


def _due_after_deposit(expected: float, total: float, slack: float, f: Fields) -> bool:
    """A total read from the amount due ("Total due", "Balance due") under a deposit or an
    earlier payment printed among the sums: the invoice's sum less what was paid already."""
    due = f.amount_to_pay is not None and abs(f.amount_to_pay - total) <= slack
    return due and any(abs(expected - paid - total) <= slack for paid in f.paid)


def _credited_row(q: float, u: float, t: float, f: Fields) -> bool:
    """A credit note's row with its sign on the amount alone ("200 | 1.23 | -246.00"): the
    quantity and price as sold, the amount credited back. Not an adding error."""
    credit = f.document_type == "credit_note" or f.totals.get("total", 0) < 0
    return credit and t < 0 < q * u and abs(q * u + t) <= _slack(t, f)


def _discounted(q: float, u: float, t: float, discount: float | None, f: Fields) -> bool:
    """A line with its own discount column: an amount off, or a percentage off."""
    if not discount:
        return False
    slack = _slack(t, f)
    return abs(q * u - abs(discount) - t) <= slack or abs(q * u * (1 - discount / 100) - t) <= slack


# "Beech cutting board (-20%)", "Tapis de yoga (-10 %)", "Zaino - sconto 15%": the line's
# percentage off printed in its description, where the table has no discount column
_DESCRIBED_OFF = re.compile(
    r"\(\s*-\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*%\s*\)|"
    r"\b(?:discount|rabatt|remise|sconto|descuento|rabat|korting)\s*:?\s*-?\s*"
    r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%",
    re.I,
)


def _described_discount(description: str) -> float | None:
    found = _DESCRIBED_OFF.search(description)
    if found is None:
        return None
    return float((found.group(1) or found.group(2)).replace(",", "."))


def _quantity_elsewhere(unit: float, amount: float, words: str, f: Fields) -> bool:
    """Whether the row's amount is its price times a whole number run into a word of the row:
    text of another block drawn over the row ("Llavero de cuero grabado Avda. Sin Nom36bre"
    where the buyer's address box overlaps the table, its quantity 36 run into a street name)
    left another number in the quantity's place. Which number is the row's is not sure."""
    if unit <= 0:
        return False
    times = round(amount / unit)
    if times < 1 or abs(times * unit - amount) > _slack(amount, f):
        return False
    # run into the letters of a word on both sides: text drawn over text, not "6 mm" or "Set
    # of 6" (a quantity edited from 6 to 9 on a row of a "6 mm" mat stays an error)
    return re.search(rf"(?<=[^\W\d_]){times}(?=[^\W\d_])", words) is not None


def _label(finding: Finding) -> str:
    """What an I109/I110 compares: the sum's label, or the row."""
    p = finding.params
    return str(p["label"]) if finding.code == "I110" else f"line “{p['item']}”"


def _claim(finding: Finding) -> Claim:
    """An I109/I110 as the gate weighs it, with its row's quantity and price."""
    qty, price = (
        (_amount(finding, "qty"), _amount(finding, "unit"))
        if finding.code == "I109"
        else (None, None)
    )
    expected, found = _amount(finding, "expected"), _amount(finding, "found")
    return Claim(expected, found, _label(finding), qty, price)


def _amount(finding: Finding, key: str) -> float:
    """An amount of a finding, as `_fmt` wrote it."""
    return float(str(finding.params[key]).replace(",", ""))


def _fmt(value: float) -> str:
    return f"{value:,.2f}" if not float(value).is_integer() else f"{int(value):,}"


_SUFFIX = re.compile(
    r"\b(?:co|company|corp|corporation|inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|s\.?a\.?r?l?|"
    r"plc|pty|bv|kg|ag|srl|spa)\b\.?|有限公司|有限责任公司|股份有限公司|公司",
    re.I,
)


def _norm_name(text: str) -> str:
    text = _SUFFIX.sub(" ", text.lower())
    return re.sub(r"[^\w\u4e00-\u9fff]+", " ", text).strip()


_ABBR = {
    "street": "st",
    "road": "rd",
    "avenue": "ave",
    "suite": "ste",
    "drive": "dr",
    "boulevard": "blvd",
    "building": "bldg",
    "floor": "fl",
}


def _norm_addr(text: str) -> str:
    words = re.sub(r"[^\w\u4e00-\u9fff]+", " ", text.lower()).split()
    return " ".join(_ABBR.get(w, w) for w in words)
