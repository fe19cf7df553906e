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
    return [f"- {f['code']}：{f['message']['zh']} 建议：{f['fix']['zh']}" for f in findings]


def summary_zh(data: dict[str, Any]) -> bytes:
    """A short summary for the seller in Chinese: contents, gaps, deadlines and the next step.

    It is written for the seller only (never sent to Amazon), so it exists in Chinese alone.
    """
    case = data["case"]
    lines = [
        f"# 申诉材料包摘要（案件 #{case['id']}，{case['account']}，{case['marketplace']} 站点）",
        "",
        "这份摘要是写给你（卖家）看的，不要提交给亚马逊。",
        "",
    ]
    if data["forced"]:
        codes = ", ".join(
            f["code"] for f in data["findings"] if f["severity"] in ("error", "critical")
        )
        lines += [
            "## ⚠ 强制生成",
            "",
            f"申诉守卫阻止了这次申诉（{codes}），但你用 --force 仍然生成了材料包，"
            "这已记录在案件中。提交前请先解决以下问题：",
            "",
            *_findings_zh(data["findings"]),
            "",
        ]
    elif data["findings"]:
        lines += ["## 守卫的提醒", "", *_findings_zh(data["findings"]), ""]
    lines += ["## 材料包内容", ""]
    for entry in data["files"]:
        if entry["kind"] != "evidence":
            lines.append(f"- `{entry['path']}`：{entry['label']['zh']}")
    evidence = data["evidence"]
    if evidence:
        lines.append(
            f"- `evidence/`：{len(evidence)} 个原始证据文件"
            "（逐字节保留，sha256 已与案件中存储的原件逐一核对）："
        )
        for e in evidence:
            pre = _preflight_zh(e["preflight"])
            lines.append(f"  - `{e['path']}`：{e['proves']['zh']}；发票预检：{pre}")
    attention = []
    for e in evidence:
        if not e["accepted_format"]:
            problem = tr("packet.format.not_accepted", "zh", media_type=e["media_type"])
            attention.append(
                f"- `{e['path']}`：{problem}。请向出具方索取 PDF、JPG、PNG 或 GIF 格式的原件，"
                "不要自己转换。"
            )
        if e["preflight"]["status"] in ("warn", "reject", "error"):
            attention.append(
                f"- `{e['path']}`：{_preflight_zh(e['preflight'])}。"
                "用 `reinstate invoice 文件名` 查看原因；如确有问题，"
                "请向供应商索取正确的原始发票，绝不要自己修改发票。"
            )
    if attention:
        lines += ["", "## 需要注意", "", *attention]
    lines += ["", "## 缺少的内容", ""]
    gaps = [c for c in data["checklist"] if c["status"] != "present"]
    if not gaps:
        lines.append("通知要求的内容均已包含。")
    lines += [f"- {c['label']['zh']}：{c['status_label']['zh']}" for c in gaps]
    lines += ["", "## 期限", ""]
    if not data["deadlines"]:
        lines.append("案件中没有记录期限。")
    for d in data["deadlines"]:
        days = d["days_left"]
        left = f"还剩 {days} 天" if days >= 0 else f"已过期 {-days} 天"
        lines.append(f"- {d['due']}（{left}）：{d['label']['zh']}")
    lines += ["", "## 下一步", ""]
    if gaps or data["forced"]:
        lines.append("先补齐上面缺少的内容（或解决守卫指出的问题），重新生成材料包，再提交申诉。")
    else:
        lines.append(
            "在卖家平台的“账户状况”页面提交申诉：把 `poa.txt` 的内容粘贴到申诉表单中，"
            "上传 `evidence/` 中的原始文件（不要修改、合并、标注或重新保存）。"
            "提交后等待亚马逊回复，不要在等待期内重复发送。"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")
