"""`build_packet`: everything the seller needs to submit an appeal, in one folder or zip."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reinstate.contract import envelope
from reinstate.i18n import Lang, both, tr

if TYPE_CHECKING:
    from reinstate.cases import Store

EXIT_WRITTEN, EXIT_REFUSED = 0, 1


@dataclass
class PacketResult:
    """What `build_packet` did: written (possibly forced) or refused, with the reasons."""

    status: str  # "written" or "refused"
    case_id: int
    output: Path | None
    forced: bool
    decision: dict[str, Any]
    poa: dict[str, Any]
    files: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    checklist: list[dict[str, Any]] = field(default_factory=list)
    forced_event_id: int | None = None

    @property
    def written(self) -> bool:
        return self.status == "written"

    @property
    def verdict(self) -> str:
        return str(self.decision["verdict"])

    @property
    def findings(self) -> list[dict[str, Any]]:
        return list(self.decision["findings"])

    @property
    def missing(self) -> list[str]:
        return [c["key"] for c in self.checklist if c["status"] == "missing"]

    @property
    def exit_code(self) -> int:
        return EXIT_WRITTEN if self.written else EXIT_REFUSED

    def to_json(self) -> dict[str, Any]:
        return envelope(
            "packet",
            status=self.status,
            case_id=self.case_id,
            output=str(self.output) if self.output else None,
            container=(
                None if self.output is None else "zip" if self.output.suffix == ".zip" else "dir"
            ),
            forced=self.forced,
            forced_event_id=self.forced_event_id,
            verdict=self.verdict,
            findings=self.findings,
            poa=self.poa,
            files=self.files,
            evidence=self.evidence,
            checklist=self.checklist,
            missing=self.missing,
            contacts=self.decision.get("contacts"),
            deadlines=self.decision.get("deadlines", []),
            next_step=self.decision.get("next_step"),
        )


_LABELS = {
    "poa.txt": "poa_text",
    "poa.pdf": "poa_pdf",
    "poa.docx": "poa_docx",
    "evidence-index.pdf": "index_pdf",
    "evidence-index.csv": "index_csv",
    "checklist.md": "checklist",
    "summary-zh.md": "summary",
}


def build_packet(
    store: Store,
    case_id: int | str,
    poa_text: str | None = None,
    *,
    output: Path,
    force: bool = False,
    today: date | None = None,
    lang: Lang = "zh",
    poa_name: str | None = None,
) -> PacketResult:
    """Gather the Plan of Action, the evidence and a checklist for `case_id` into `output`.

    `output` is a new (or empty) folder, or a path ending in .zip. The POA is `poa_text`, else
    the latest plan_of_action document stored in the case, else the latest submitted appeal.
    When the appeal guardrail blocks, nothing is written unless `force`, which is then logged in
    the case as a `packet_forced` event. Evidence is copied byte for byte and every copy is
    checked against the stored original's sha256 before the packet appears.
    """
    from reinstate.cases import EventKind, deadlines, next_step
    from reinstate.guard import Verdict, decide
    from reinstate.packet import contents, render
    from reinstate.packet import output as out

    output = Path(output)
    out.check_target(output)
    today = today or date.today()
    case = store.get_case(case_id)
    poa = contents.resolve_poa(store, case, poa_text, poa_name)
    decision = decide("appeal", case, today=today, text=poa.text)
    decision_json = decision.to_json()
    poa_json = {"chars": len(poa.text), "source": poa.to_json(), "path": "poa.txt"}
    blocked = decision.verdict is Verdict.block
    if blocked and not force:
        return PacketResult("refused", case.id, None, False, decision_json, poa_json)

    evidence = contents.collect_evidence(store, case)
    items = contents.checklist(case, poa.text, evidence)
    generated: dict[str, bytes] = {
        "poa.txt": poa.text.encode("utf-8"),
        "poa.pdf": render.html_to_pdf(render.poa_html(case, poa.text, today)),
        "poa.docx": render.poa_docx(case, poa.text, today),
        "evidence-index.pdf": render.html_to_pdf(render.index_html(case, evidence, items, today)),
        "evidence-index.csv": render.index_csv(evidence),
        "checklist.md": render.checklist_md(case, items, lang),
    }
    labels = {
        path: both(f"packet.file.{key}", chars=len(poa.text)) for path, key in _LABELS.items()
    }
    listing: list[dict[str, Any]] = [
        {"path": path, "kind": _LABELS[path], "label": labels[path]}
        for path in [*generated, "summary-zh.md"]
    ] + [
        {"path": e.path, "kind": "evidence", "label": both("packet.file.evidence")}
        for e in evidence
    ]
    checklist_json = [item.to_json() for item in items]
    evidence_json = [e.to_json() for e in evidence]
    summary_data = {
        "case": case.summary_json(),
        "forced": blocked,
        "findings": decision_json["findings"],
        "files": listing,
        "evidence": evidence_json,
        "checklist": checklist_json,
        "deadlines": [d.to_json(today) for d in deadlines(case)],
        "next_step": next_step(case, today),
    }
    generated["summary-zh.md"] = render.summary_zh(summary_data)
    hashes = {path: out.sha256_hex(data) for path, data in generated.items()}
    for entry in listing:
        if entry["kind"] == "evidence":
            e = next(x for x in evidence if x.path == entry["path"])
            entry.update(sha256=e.sha256, size=e.size)
        else:
            entry.update(sha256=hashes[entry["path"]], size=len(generated[entry["path"]]))
    manifest = envelope(
        "packet",
        case=case.summary_json(),
        created=today.isoformat(),
        forced=blocked,
        verdict=decision_json["verdict"],
        findings=decision_json["findings"],
        poa=poa_json,
        files=listing,
        evidence=evidence_json,
        checklist=checklist_json,
        deadlines=summary_data["deadlines"],
        next_step=summary_data["next_step"],
    )
    entries = [out.Entry(path, data) for path, data in generated.items()]
    entries.append(
        out.Entry(
            "manifest.json",
            (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        )
    )
    entries += [
        out.Entry(e.path, e.data, evidence=True, expected_sha256=e.sha256) for e in evidence
    ]
    out.write_packet(output, entries, today)

    event_id = None
    if blocked:
        codes = ", ".join(f["code"] for f in decision_json["findings"] if _blocking(f))
        try:
            event = store.log_event(
                case.id,
                EventKind.packet_forced,
                note=tr("packet.text.forced_note", lang, path=str(output.resolve()), codes=codes),
            )
        except BaseException:
            _remove(output)  # a forced packet that the case does not record must not exist
            raise
        event_id = event.id
    return PacketResult(
        "written",
        case.id,
        output,
        blocked,
        decision_json,
        poa_json,
        files=listing,
        evidence=evidence_json,
        checklist=checklist_json,
        forced_event_id=event_id,
    )


def _blocking(finding: dict[str, Any]) -> bool:
    return finding["severity"] in ("error", "critical")


def _remove(output: Path) -> None:
    if output.is_dir():
        shutil.rmtree(output, ignore_errors=True)
    else:
        output.unlink(missing_ok=True)
