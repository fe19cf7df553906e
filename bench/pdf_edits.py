"""PDF-level editing signs only, over the outside sets' PDFs: which edits they find and which
genuine files they flag, per set, without OCR or the image checks (seconds, not minutes).

    PYTHONPATH=src python bench/pdf_edits.py invoices5 invoices7   # files copied from main

A file counts as flagged when `forensics.pdf_signs` gives a sign whose rule is tagged
"altered"; misses and flagged genuine files are listed with their method and producer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "independent"


def main(names: list[str]) -> int:
    from reinstate.invoices import forensics
    from reinstate.invoices.reader import read_facts
    from reinstate.rules.registry import load_registry

    altered = {rule.code for rule in load_registry() if "altered" in (rule.tags or ())}
    for name in names:
        found, flagged, notes = [], [], []
        for line in (HERE / name / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            label = json.loads(line)
            path = HERE / name / "files" / label["file"]
            if path.suffix.lower() != ".pdf":
                continue
            facts = read_facts(path.read_bytes(), ocr=False)
            codes = sorted({s[0] for s in forensics.pdf_signs(facts, None, {})} & altered)
            what = f"{label['file']} {label.get('edit_method')} {label.get('producer')} {codes}"
            if label["genuine"]:
                flagged.append(bool(codes))
                if codes:
                    notes.append(f"  genuine flagged: {what}")
            else:
                found.append(bool(codes))
                if not codes:
                    notes.append(f"  edit missed: {what}")
        print(
            f"{name}: PDF edits found {sum(found)}/{len(found)}, "
            f"genuine PDFs flagged {sum(flagged)}/{len(flagged)}"
        )
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
