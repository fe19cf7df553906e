"""List, file by file, what `bench/independent.py NAME` counts as missed on an invoice set.

    python bench/independent_misses.py invoices9            # reads every file, then lists
    python bench/independent_misses.py invoices9 --save F   # also keeps each file's reading
    python bench/independent_misses.py invoices9 --load F   # lists from a kept reading

Lists the genuine invoices whose date or total is wrong, or that were not called an invoice;
arithmetic errors missed; genuine files without an error that got I109 or I110 (a false
arithmetic finding); genuine files whose sums a doubtful reading could not confirm (I116, a
warning, listed apart); genuine files flagged altered; and
non-invoices called an invoice. Each line says what was read beside the writer's label, so that
misses can be grouped by cause. Kept readings let the lines of two versions of the code be
compared (`diff`) without reading the files again.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from independent import INVOICE_KINDS  # noqa: E402


def read(name: str) -> list[dict[str, Any]]:
    from reinstate.invoices.check import check_invoice

    root = HERE / "independent" / name
    out = []
    for line in (root / "labels.jsonl").open(encoding="utf-8"):
        label = json.loads(line)
        data = (root / "files" / label["file"]).read_bytes()
        try:
            report = check_invoice(data, filename=label["file"], notice_date=date(2026, 12, 10))
        except Exception as exc:  # a crash is a miss to list
            out.append({"file": label["file"], "crash": repr(exc)})
            continue
        f = report.fields
        out.append(
            {
                "file": label["file"],
                "type": f.document_type,
                "date": str(f.invoice_date),
                "totals": f.totals,
                "codes": sorted(report.codes),
                "tags": sorted(report.tags),
                "arithmetic": [
                    [x.code, {k: str(v) for k, v in x.params.items()}]
                    for x in report.findings
                    if x.code in ("I109", "I110", "I116")
                ],
            }
        )
    return out


def misses(name: str, readings: list[dict[str, Any]]) -> list[str]:
    root = HERE / "independent" / name
    labels = {}
    for line in (root / "labels.jsonl").open(encoding="utf-8"):
        label = json.loads(line)
        labels[label["file"]] = label
    found = []
    for r in readings:
        lab = labels[r["file"]]
        if "crash" in r:
            found.append(f"CRASH {r['file']} {r['crash'][:150]}")
            continue
        total = r["totals"].get("total")
        seen = f"read {r['type']} {r['date']} {total}, label {lab.get('date')} {lab.get('total')}"
        seen += f" ({lab['language']}, {lab['producer']})"
        arithmetic = bool(set(r["codes"]) & {"I109", "I110"})
        if lab["genuine"] and lab["is_invoice"]:
            if r["type"] not in INVOICE_KINDS:
                found.append(f"NOT-INVOICE {r['file']} {seen}")
            if lab.get("date") and r["date"] != lab["date"]:
                found.append(f"DATE {r['file']} {seen}")
            if lab.get("total") is not None and (
                total is None or abs(total - float(lab["total"])) > 0.6
            ):
                found.append(f"TOTAL {r['file']} {seen} {r['totals']}")
            if lab.get("arithmetic_error") and not arithmetic:
                found.append(f"ARITHMETIC-MISSED {r['file']} {seen} {r['totals']}")
            elif not lab.get("arithmetic_error"):
                if arithmetic:
                    found.append(f"FALSE-ARITHMETIC {r['file']} {seen} {r['arithmetic']}")
                elif "I116" in r["codes"]:
                    found.append(f"SUMS-UNCONFIRMED {r['file']} {seen} {r['arithmetic']}")
                if "altered" in r["tags"]:
                    found.append(f"GENUINE-ALTERED {r['file']} {r['codes']}")
        elif lab["genuine"] and r["type"] in INVOICE_KINDS - {"pro_forma"}:
            found.append(f"NON-INVOICE-CALLED {r['file']} {r['type']}")
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--load", type=Path)
    args = parser.parse_args()
    if args.load:
        readings = [json.loads(line) for line in args.load.open(encoding="utf-8")]
    else:
        readings = read(args.name)
    if args.save:
        with args.save.open("w", encoding="utf-8") as handle:
            for r in readings:
                handle.write(json.dumps(r, default=str, ensure_ascii=False) + "\n")
    for line in misses(args.name, readings):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
