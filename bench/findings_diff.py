"""What `check_invoice` finds on every file of the outside sets, to prove a speed change finds the
same: codes, where each was seen, the fields read, the verdict and the OCR languages per file.

    PYTHONPATH=<checkout>/src python bench/findings_diff.py dump OUT.jsonl [--files LIST] SET...
    python bench/findings_diff.py diff BEFORE.jsonl AFTER.jsonl

`dump` reads bench/independent/SET/files of this checkout (copy them from main as the helper
conventions say) with the notice date fixed, so two checkouts' dumps compare line by line;
`--files` names `SET/file` lines to take (the OCR'd ones, say). `diff` prints each file whose
findings differ and how, then the count of identical files and the reader CPU of both runs.
Files whose one OCR pass sits at the edge of the Tesseract CPU budget are read or cut from one
run to the next on the same code: run `dump` twice on the same checkout to see that floor.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

SETS = Path(__file__).resolve().parent / "independent"
COMPARED = ("codes", "findings", "fields", "verdict", "pages_read", "ocr")


def findings_record(key: str, path: Path) -> dict[str, object]:
    """One file's findings, fields, verdict, OCR languages and reader CPU, as `dump` keeps them."""
    from reinstate.invoices.check import check_invoice

    start = time.perf_counter()
    report = check_invoice(path.read_bytes(), filename=path.name, notice_date=date(2026, 12, 10))
    body = report.body()
    return {
        "file": key,
        "codes": sorted(f["code"] for f in body["findings"]),
        "findings": [[f["code"], f.get("where")] for f in body["findings"]],
        "fields": body["fields"],
        "verdict": body["verdict"],
        "pages_read": body["pages_read"],
        "ocr": [(o or {}).get("lang") for o in body["ocr"] or []],
        "cpu": report.stats.get("cpu_s", 0.0),
        "wall": time.perf_counter() - start,
    }


def dump(out: str, args: list[str]) -> int:
    wanted = None
    if args[:1] == ["--files"]:
        wanted = set(Path(args[1]).read_text().split())
        args = args[2:]
    with open(out, "w", encoding="utf-8") as handle:
        for name in args:
            for path in sorted((SETS / name / "files").iterdir()):
                key = f"{name}/{path.name}"
                if wanted is not None and key not in wanted:
                    continue
                record = findings_record(key, path)
                handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
                handle.flush()
    return 0


def _load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as handle:
        return {r["file"]: r for r in map(json.loads, handle)}


def diff(before_path: str, after_path: str) -> int:
    before, after = _load(before_path), _load(after_path)
    same = 0
    cpu = [0.0, 0.0]
    shared = [k for k in before if k in after]
    for key in shared:
        a, b = before[key], after[key]
        cpu[0] += a["cpu"] or 0.0
        cpu[1] += b["cpu"] or 0.0
        changed = [name for name in COMPARED if a.get(name) != b.get(name)]
        if not changed:
            same += 1
            continue
        print(f"{key}: {', '.join(changed)} (reader CPU {a['cpu']:.2f} -> {b['cpu']:.2f} s)")
        if a["codes"] != b["codes"]:
            print(f"    codes {a['codes']} -> {b['codes']}")
        for field in sorted(set(a["fields"]) | set(b["fields"])):
            if a["fields"].get(field) != b["fields"].get(field):
                print(
                    f"    {field}: {a['fields'].get(field)!r:.70} -> {b['fields'].get(field)!r:.70}"
                )
        if a.get("ocr") != b.get("ocr"):
            print(f"    OCR {a.get('ocr')} -> {b.get('ocr')}")
    print(
        f"{len(shared)} files compared, {same} identical; reader CPU {cpu[0]:.1f} -> {cpu[1]:.1f} s"
    )
    return 0 if same == len(shared) else 1


def main() -> int:
    if sys.argv[1:2] == ["dump"] and len(sys.argv) > 3:
        return dump(sys.argv[2], sys.argv[3:])
    if sys.argv[1:2] == ["diff"] and len(sys.argv) == 4:
        return diff(sys.argv[2], sys.argv[3])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
