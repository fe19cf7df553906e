"""Ledger benchmarks, each against a baseline measured in the same run.

    python bench/ledger.py

1. Export and import memory: peak RSS above an idle process, as a multiple of the evidence size,
   for the streaming `case export` / `case import` against the old whole-document path
   (`json.dumps(store.export_case(...))`, `json.loads` of the text). Target: <= 2x evidence.
2. `case list` of 10,000 cases: text, json and jsonl, against the old path (every case with its
   events through a rich Table). Target: <= 1.5 s, and faster than the baseline.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")
EVIDENCE_MB = 3 * 40


def _peak_mb(code: str) -> float:
    """Peak RSS (MB) of a fresh interpreter running `code`."""
    script = code + "\nimport resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": SRC},
    ).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def transfer(tmp: Path) -> None:
    db = f"sqlite:///{tmp / 'ledger.db'}"
    setup = f"""
import os
from reinstate.cases import CaseDraft, open_store
with open_store({db!r}) as store:
    case = store.create_case(CaseDraft(account="Bench", marketplace="US"))
    for i in range(3):
        store.add_document(case.id, f"scan{{i}}.pdf", b"%PDF-1.4\\n" + os.urandom(40 << 20),
                           role="invoices")
"""
    subprocess.run([sys.executable, "-c", setup], check=True, env={**os.environ, "PYTHONPATH": SRC})
    idle = _peak_mb(f"from reinstate.cases import open_store\nopen_store({db!r}).get_case(1)")
    out = tmp / "export.json"
    new_export = _peak_mb(
        f"from reinstate.cases import open_store\nfrom reinstate.cases.transfer import "
        f"write_export\nwith open_store({db!r}) as s, open({str(out)!r}, 'wb') as h:\n"
        f"    write_export(s, s.get_case(1), h)"
    )
    old_export = _peak_mb(
        f"import json\nfrom reinstate.cases import open_store\nwith open_store({db!r}) as s:\n"
        f"    text = json.dumps(s.export_case(1), ensure_ascii=False, indent=2)"
    )
    other = f"sqlite:///{tmp / 'other.db'}"
    new_import = _peak_mb(
        f"import json\nfrom reinstate.cases import open_store\nraw = open({str(out)!r}, 'rb')"
        f".read()\ndata = json.loads(raw)\ndel raw\nwith open_store({other!r}) as s:\n"
        f"    s.import_case(data)"
    )
    old_import = _peak_mb(
        f"import json, base64\nfrom reinstate.cases import open_store\ntext = open("
        f"{str(out)!r}, 'rb').read().decode()\ndata = json.loads(text)\nfiles = "
        f"{{k: base64.b64decode(v) for k, v in data['files'].items()}}"
    )
    for name, value, base in (
        ("export", new_export, old_export),
        ("import", new_import, old_import),
    ):
        print(
            f"{name}: {(value - idle) / EVIDENCE_MB:.2f}x evidence "
            f"(baseline {(base - idle) / EVIDENCE_MB:.2f}x; {EVIDENCE_MB} MB of evidence)"
        )


def case_list(tmp: Path) -> None:
    db = f"sqlite:///{tmp / 'many.db'}"
    setup = f"""
from datetime import date
from reinstate.cases import CaseDraft, open_store
with open_store({db!r}) as store:
    for i in range(10_000):
        store.create_case(CaseDraft(account=f"Seller {{i}}", marketplace="US",
                          category="inauthentic", notice_date=date(2026, 3, 1), deadline_days=17))
"""
    subprocess.run([sys.executable, "-c", setup], check=True, env={**os.environ, "PYTHONPATH": SRC})

    def timed(args: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", "from reinstate.cli import main; main()", *args, "--db", db],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": SRC},
        )
        return time.perf_counter() - start

    baseline_code = f"""
from datetime import date
from rich.console import Console
from rich.table import Table
from reinstate.cases import deadlines, open_store
with open_store({db!r}) as store:
    cases = store.list_cases()
t = Table()
for c in cases:
    d = [x for x in deadlines(c) if x.days_left(date.today()) >= 0]
    t.add_row(str(c.id), c.account, c.marketplace, c.category, c.status.value, str(d[:1]))
Console(file=open("/dev/null", "w")).print(t)
"""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", baseline_code], check=True, env={**os.environ, "PYTHONPATH": SRC}
    )
    baseline = time.perf_counter() - start
    for fmt in ("text", "json", "jsonl"):
        print(
            f"case list 10,000 ({fmt}): {timed(['case', 'list', '--format', fmt]):.2f} s "
            f"(baseline rich table of every case: {baseline:.2f} s)"
        )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        transfer(Path(folder))
        case_list(Path(folder))
