"""Turning the packet's contents into files: PDF (WeasyPrint), DOCX (python-docx), CSV, Markdown.

The documents meant for Amazon (the Plan of Action and the evidence index) are in English; the
checklist follows the user's language and the summary is always in Chinese, for the seller.
"""

from __future__ import annotations

import csv
import html
import io
import logging
import re
import shutil
import subprocess
from datetime import date
from importlib import resources
from string import Template
from typing import TYPE_CHECKING, Any

from reinstate.errors import ReinstateError
from reinstate.i18n import tr

if TYPE_CHECKING:
    from reinstate.cases import Case
    from reinstate.packet.contents import CheckItem, Evidence

AMAZON_LANG = "en"
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


# Characters XML (so Word and the PDF's HTML) cannot hold. A page or line break control becomes
# a line break; the rest of the controls are dropped (the packet's poa.txt keeps the original).
_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_NOT_XML = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    """Text that Word and the PDF renderer accept, whatever control characters it held."""
    return _NOT_XML.sub("", _BREAKS.sub("\n", text))


def _template(name: str) -> Template:
    return Template(resources.files(__package__).joinpath("templates", name).read_text("utf-8"))


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def sender_lines(case: Case) -> list[str]:
    """Who the documents are from: the seller's name and address when the profile has them."""
    profile = case.profile or {}
    lines = [printable(str(profile.get("seller_name") or case.account))]
    address = profile.get("seller_address")
    if address:
        lines.extend(part.strip() for part in printable(str(address)).splitlines() if part.strip())
    return lines


def _facts(case: Case, today: date, lang: str) -> list[str]:
    facts = [
        tr("packet.index.account", lang, account=printable(case.account)),
        tr("packet.index.marketplace", lang, marketplace=printable(case.marketplace)),
    ]
    if case.notice_date:
        facts.append(tr("packet.index.notice_date", lang, date=case.notice_date.isoformat()))
    if case.asins:
        facts.append(tr("packet.index.asins_line", lang, asins=", ".join(case.asins)))
    facts.append(tr("packet.index.date", lang, date=today.isoformat()))
    return facts


_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)、]|[a-zA-Z][.)]|[（(]\d{1,2}[)）])\s*")
_WRAPPED = 50  # a line at least this long that runs on into the next was wrapped by an editor


def logical_lines(text: str) -> list[str]:
    """The text's lines with editor wrapping undone, so PDF and Word can reflow them.

    A line joins the one before it when that one was long, did not end a heading (":") and the
    line does not start a new bullet. Blank lines stay as paragraph breaks ("").
    """
    out: list[str] = []
    previous = ""
    for raw in printable(text).rstrip("\n").split("\n"):
        line = raw.rstrip()
        joinable = (
            out
            and out[-1]
            and line.strip()
            and len(previous) >= _WRAPPED
            and not previous.endswith((":", "："))
            and not _BULLET.match(line)
        )
        if joinable:
            word = line.strip()
            cjk = _CJK.match(out[-1][-1]) and _CJK.match(word[0])
            out[-1] = out[-1] + ("" if cjk else " ") + word
        else:
            out.append(line)
        previous = line
    return out


def _poa_body(text: str) -> str:
    parts = []
    for line in logical_lines(text):
        if not line.strip():
            parts.append('<p class="gap"></p>')
        elif _BULLET.match(line):
            parts.append(f'<p class="item">{_e(line.strip())}</p>')
        else:
            parts.append(f"<p>{_e(line)}</p>")
    return "".join(parts)


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{_e(line)}</p>" for line in lines)


def poa_html(case: Case, poa: str, today: date) -> str:
    lang = AMAZON_LANG
    return _template("poa.html").substitute(
        lang=lang,
        title=_e(tr("packet.index.poa_title", lang)),
        style=_template("style.html").template,
        sender=_paragraphs(sender_lines(case)),
        facts=_paragraphs(_facts(case, today, lang)),
        poa=_poa_body(poa),
    )


def index_html(case: Case, evidence: list[Evidence], items: list[CheckItem], today: date) -> str:
    lang = AMAZON_LANG
    rows = []
    for number, e in enumerate(evidence, start=1):
        notes = "".join(f'<br><span class="note">{_e(n)}</span>' for n in e.notes(lang))
        original = (
            f"<br>({_e(tr('packet.index.original', lang))}: {_e(e.filename)})"
            if not e.path.endswith(e.filename)
            else ""
        )
        rows.append(
            "<tr>"
            f"<td>{number}</td>"
            f"<td>{_e(e.path)}{original}{notes}</td>"
            f"<td>{_e(e.proves()[lang])}</td>"
            f"<td>{_e(e.asins_text(lang))}</td>"
            f"<td>{_e(e.preflight_text(lang))}</td>"
            f'<td class="hash">{_e(e.sha256)}</td>'
            "</tr>"
        )
    if not rows:
        rows.append(f'<tr><td colspan="6">{_e(tr("packet.index.no_evidence", lang))}</td></tr>')
    checks = []
    for item in items:
        where = "<br>".join(_e(w[lang]) for w in item.where) or "—"
        checks.append(
            "<tr>"
            f"<td>{_e(item.label[lang])}</td>"
            f'<td class="{_e(item.status)}">{_e(tr(f"packet.status.{item.status}", lang))}</td>'
            f"<td>{where}</td>"
            "</tr>"
        )
    return _template("index.html").substitute(
        lang=lang,
        title=_e(tr("packet.index.title", lang, case_id=case.id)),
        style=_template("style.html").template,
        sender=_paragraphs(sender_lines(case)),
        facts=_paragraphs(_facts(case, today, lang)),
        rows="\n".join(rows),
        checklist="\n".join(checks),
        h_evidence=_e(tr("packet.index.evidence", lang)),
        h_checklist=_e(tr("packet.index.checklist", lang)),
        h_file=_e(tr("packet.index.file", lang)),
        h_proves=_e(tr("packet.index.proves", lang)),
        h_asins=_e(tr("packet.index.asins", lang)),
        h_preflight=_e(tr("packet.index.preflight", lang)),
        h_item=_e(tr("packet.checklist.item", lang)),
        h_status=_e(tr("packet.checklist.status", lang)),
        h_where=_e(tr("packet.checklist.where", lang)),
    )


_cjk_font_seen = False


def cjk_font_installed() -> bool:
    """Whether fontconfig knows a font for Chinese (without one, CJK text renders as boxes).

    Only a found font is remembered: a "no" is asked again, since installing a font while a
    process runs (a test session, the web app) must be seen.
    """
    global _cjk_font_seen
    if _cjk_font_seen:
        return True
    _cjk_font_seen = _ask_fontconfig()
    return _cjk_font_seen


def _ask_fontconfig() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return True  # cannot tell: let WeasyPrint try rather than refuse
    try:
        found = subprocess.run(
            [fc_list, ":lang=zh", "family"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return True
    return bool(found.stdout.strip())


def html_to_pdf(document: str) -> bytes:
    """Render HTML to PDF with WeasyPrint, refusing when Chinese text has no font to show it."""
    if _CJK.search(html.unescape(re.sub(r"<[^>]*>", "", document))) and not cjk_font_installed():
        raise ReinstateError("packet_no_cjk_font")
    try:
        from weasyprint import HTML
    except ImportError:
        raise ReinstateError("packet_pdf_unavailable") from None
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.ERROR)
    out = HTML(string=document, base_url=None).write_pdf()
    assert out is not None
    return bytes(out)


def poa_docx(case: Case, poa: str, today: date) -> bytes:
    """The Plan of Action as a Word document: a heading, the sender, one paragraph per line."""
    try:
        from docx import Document
        from docx.oxml.ns import qn
        from docx.shared import Pt
    except ImportError:
        raise ReinstateError("packet_docx_unavailable") from None
    lang = AMAZON_LANG
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "Microsoft YaHei")
    for line in sender_lines(case):
        doc.add_paragraph(line)
    doc.add_heading(tr("packet.index.poa_title", lang), level=1)
    for fact in _facts(case, today, lang):
        doc.add_paragraph(fact)
    doc.add_paragraph("")
    for line in logical_lines(poa):
        doc.add_paragraph(line)
    props = doc.core_properties
    props.title = tr("packet.index.poa_title", lang)
    props.author = str((case.profile or {}).get("seller_name") or case.account)
    props.last_modified_by = props.author
    props.comments = ""
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


_CSV_COLUMNS = (
    "file",
    "original_filename",
    "role",
    "proves_en",
    "proves_zh",
    "requested_by_notice",
    "asins",
    "asins_verified",
    "sha256",
    "size",
    "media_type",
    "accepted_format",
    "preflight",
    "preflight_codes",
)


def index_csv(evidence: list[Evidence]) -> bytes:
    """The evidence index as CSV (UTF-8 with BOM, so spreadsheet programs show Chinese names)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_CSV_COLUMNS)
    for e in evidence:
        proves = e.proves()
        writer.writerow(
            [
                e.path,
                e.filename,
                e.role,
                proves["en"],
                proves["zh"],
                "yes" if e.requested else "no",
                " ".join(e.asins),
                ("yes" if e.asins_verified else "no") if e.covers_products else "n/a",
                e.sha256,
                e.size,
                e.media_type,
                "yes" if e.accepted_format else "no",
                e.preflight["status"],
                " ".join(e.preflight.get("codes") or []),
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def checklist_md(case: Case, items: list[CheckItem], lang: str) -> bytes:
    lines = [
        f"# {tr('packet.checklist.title', lang, case_id=case.id)}",
        "",
        tr("packet.checklist.intro", lang),
        "",
        f"| {tr('packet.checklist.item', lang)} | {tr('packet.checklist.status', lang)} "
        f"| {tr('packet.checklist.where', lang)} |",
        "| --- | --- | --- |",
    ]
    for item in items:
        status = tr(f"packet.status.{item.status}", lang)
        if item.status != "present":
            status = f"**{status}**"
        where = "; ".join(_cell(w[lang]) for w in item.where) or "—"
        lines.append(f"| {_cell(item.label[lang])} | {status} | {where} |")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _preflight_zh(pre: dict[str, Any]) -> str:
    return tr(
        f"packet.preflight.{pre['status']}",
        "zh",
        codes=", ".join(pre.get("codes") or []),
        reason=(pre.get("reason") or {}).get("zh", ""),
    )


def _findings_zh(findings: list[dict[str, Any]]) -> list[str]:
    from reinstate.render import render_findings

    return render_findings(findings, "zh", layout="packet", markup=False)


def summary_zh(data: dict[str, Any]) -> bytes:
    """A short summary for the seller in Chinese: contents, gaps, deadlines and the next step.

    It is written for the seller only (never sent to Amazon), so it exists in Chinese alone.
    """

    def t(key: str, **params: Any) -> str:
        return tr(f"packet.seller_summary.{key}", "zh", **params)

    case = data["case"]
    lines = [
        t("title", id=case["id"], account=case["account"], marketplace=case["marketplace"]),
        "",
        t("for_you"),
        "",
    ]
    if data["forced"]:
        codes = ", ".join(
            f["code"] for f in data["findings"] if f["severity"] in ("error", "critical")
        )
        lines += [
            t("forced"),
            "",
            t("forced_text", codes=codes),
            "",
            *_findings_zh(data["findings"]),
            "",
        ]
    elif data["findings"]:
        lines += [t("reminders"), "", *_findings_zh(data["findings"]), ""]
    lines += [t("contents"), ""]
    for entry in data["files"]:
        if entry["kind"] != "evidence":
            lines.append(t("file", path=entry["path"], label=entry["label"]["zh"]))
    evidence = data["evidence"]
    if evidence:
        lines.append(t("evidence", count=len(evidence)))
        for e in evidence:
            pre = _preflight_zh(e["preflight"])
            lines.append(
                t("evidence_file", path=e["path"], proves=e["proves"]["zh"], preflight=pre)
            )
    attention = []
    for e in evidence:
        if not e["accepted_format"]:
            problem = tr("packet.format.not_accepted", "zh", media_type=e["media_type"])
            attention.append(t("not_accepted", path=e["path"], problem=problem))
        if e["preflight"]["status"] in ("warn", "reject", "error"):
            attention.append(
                t("preflight_problem", path=e["path"], preflight=_preflight_zh(e["preflight"]))
            )
    if attention:
        lines += ["", t("attention"), "", *attention]
    lines += ["", t("missing"), ""]
    gaps = [c for c in data["checklist"] if c["status"] != "present"]
    if not gaps:
        lines.append(t("complete"))
    lines += [t("gap", label=c["label"]["zh"], status=c["status_label"]["zh"]) for c in gaps]
    lines += ["", t("deadlines"), ""]
    if not data["deadlines"]:
        lines.append(t("no_deadlines"))
    for d in data["deadlines"]:
        days = d["days_left"]
        left = t("days_left", days=days) if days >= 0 else t("days_passed", days=-days)
        lines.append(t("deadline", due=d["due"], left=left, label=d["label"]["zh"]))
    lines += ["", t("next"), ""]
    lines.append(t("fix_first") if gaps or data["forced"] else t("send"))
    return ("\n".join(lines) + "\n").encode("utf-8")
