"""The text form of a parsed notice, in English or Chinese."""

from __future__ import annotations

from reinstate.i18n import catalog, tr
from reinstate.notices.explain import do_not_ids, findings, summary_lines, warning_texts
from reinstate.notices.model import Notice
from reinstate.render import render_findings

_EVIDENCE_FIELDS = ("category", "stage", "deadline_days", "requested_documents", "final_decision")


def _quote(notice: Notice, field: str) -> str | None:
    ev = notice.evidence.get(field)
    if ev is None or not ev.spans:
        return None
    start, end = ev.spans[0]
    snippet = " ".join(notice.text[start:end].split())
    return snippet[:120]


def render_text(notice: Notice, lang: str) -> str:
    """A plain-text report: what happened, why, what is asked, by when, how, what not to do."""
    unknown = tr("notices.text.unknown", lang)
    named = f"notices.language.{notice.language}"
    language = tr(named, lang) if notice.language and named in catalog() else unknown
    if notice.script == "Hant":
        language += tr("notices.language.traditional", lang)
    head = tr("notices.text.title", lang)
    if notice.source:
        head += f": {notice.source}"
    lines = [
        head,
        f"  {tr('notices.text.language', lang)}: {language} · "
        f"{tr('notices.text.marketplace', lang)}: {notice.marketplace or unknown} · "
        f"{tr('notices.text.confidence', lang)}: {notice.confidence:.2f}",
        "",
    ]
    lines += [f"  {line}" for line in summary_lines(notice, lang)]
    quotes = [(f, q) for f in _EVIDENCE_FIELDS if (q := _quote(notice, f))]
    if quotes:
        lines += ["", f"{tr('notices.text.evidence', lang)}:"]
        lines += [f"  [{f}] “{q}”" for f, q in quotes]
    found = findings(notice)
    if found:
        lines += ["", f"{tr('notices.text.findings', lang)}:"]
        lines += render_findings(found, lang, layout="notice", markup=False)
    donts = do_not_ids(notice)
    if donts:
        lines += ["", f"{tr('notices.text.do_not', lang)}:"]
        lines += [f"  ✗ {tr(f'notices.dont.{i}', lang)}" for i in donts]
    unsure = [(name, c) for name, c in notice.candidates.items() if c[0]["value"] != c[1]["value"]]
    if unsure:
        lines += ["", f"{tr('notices.text.candidates', lang)}:"]
        lines += [
            f"  {name}: {tr('notices.text.by_model', lang)} {c[0]['value']} "
            f"({c[0]['confidence']:.2f}) · {tr('notices.text.by_rules', lang)} {c[1]['value']} "
            f"({c[1]['confidence']:.2f}) → {getattr(notice, name)}"
            for name, c in unsure
        ]
    if notice.nearest:
        ids = ", ".join(n["id"] for n in notice.nearest)
        lines.append(f"  {tr('notices.text.nearest', lang)}: {ids}")
    warnings = warning_texts(notice)
    if warnings:
        lines.append("")
        lines += [f"  ! {w[lang] if lang in w else w['en']}" for w in warnings]
    return "\n".join(lines)
