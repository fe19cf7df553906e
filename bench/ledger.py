"""Ledger benchmarks, each against a baseline measured in the same run.

    python bench/ledger.py                    # 200 MB of evidence (5 files of 40 MiB)
    python bench/ledger.py --evidence-files 3 # less, on a small disk

1. Export and import memory, as a multiple of the evidence size: peak RSS above an idle process
   that opened the ledger, and the peak of Python allocations (tracemalloc) while the work runs.
   Streaming `case export` (`write_export`) and `case import` (`import_file`) against the old
   whole-document paths (`json.dumps(store.export_case(...))`; `json.loads` of the file, then
   `store.import_case`). Target: <= 2x evidence for both, and flat for import (issue 16).
2. `case list` of 10,000 cases: text, json and jsonl, against the old path (every case with its
   events through a rich Table). Target: <= 1.5 s, and faster than the baseline.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")
FILE_MIB = 40


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": SRC},
    ).stdout


def _peak_mb(code: str) -> float:
    """Peak RSS (MB) of a fresh interpreter running `code`."""
    script = code + "\nimport resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    return int(_run(script).strip().splitlines()[-1]) / 1024


def _traced_mb(setup: str, work: str) -> float:
    """Peak of Python allocations (MB) while `work` runs, after `setup` (imports, schema)."""
    indented = "\n".join("    " + line for line in work.splitlines())
    script = (
        f"{setup}\nimport tracemalloc\ntracemalloc.start()\ntry:\n{indented}\nfinally:\n"
        "    print(tracemalloc.get_traced_memory()[1])"
    )
    return int(_run(script).strip().splitlines()[-1]) / 2**20


def transfer(tmp: Path, files: int) -> None:
    evidence = files * FILE_MIB  # MiB
    db = f"sqlite:///{tmp / 'ledger.db'}"
    _run(
        f"""
import os
from reinstate.cases import CaseDraft, open_store
with open_store({db!r}) as store:
    case = store.create_case(CaseDraft(account="Bench", marketplace="US"))
    for i in range({files}):
        store.add_document(case.id, f"scan{{i}}.pdf", b"%PDF-1.4\\n" + os.urandom({FILE_MIB} << 20),
                           role="invoices")
"""
    )
    idle = _peak_mb(f"from reinstate.cases import open_store\nopen_store({db!r}).get_case(1)")
    out = tmp / "export.json"
    export_setup = (
        "import json\nfrom reinstate.cases import open_store\n"
        f"from reinstate.cases.transfer import write_export\ns = open_store({db!r})\n"
        "case = s.get_case(1)"
    )
    new_export = f"with open({str(out)!r}, 'wb') as h:\n    write_export(s, case, h)"
    old_export = "text = json.dumps(s.export_case(1), ensure_ascii=False, indent=2)"
    _run(f"{export_setup}\n{new_export}")
    targets = iter(range(1000))

    def import_run(work: str) -> tuple[str, str]:
        """Setup and work of one import into a fresh ledger."""
        target = f"sqlite:///{tmp / f'target{next(targets)}.db'}"
        setup = (
            "import json\nfrom pathlib import Path\nfrom reinstate.cases import open_store\n"
            f"from reinstate.cases.importfile import import_file\nopen_store({target!r}).close()"
        )
        return setup, work.format(target=target, out=str(out))

    new_import = "import_file({target!r}, Path({out!r}))"
    old_import = (
        "data = json.loads(Path({out!r}).read_bytes())\n"
        "with open_store({target!r}) as s:\n    s.import_case(data)"
    )

    def measured(runs: list[tuple[str, str]]) -> tuple[float, float]:
        """(peak RSS above idle, peak allocations) per MiB of evidence, from two runs."""
        (setup, work), (traced_setup, traced_work) = runs
        rss = _peak_mb(f"{setup}\n{work}") - idle
        return rss / evidence, _traced_mb(traced_setup, traced_work) / evidence

    for name, new, old in (
        (
            "export",
            measured([(export_setup, new_export)] * 2),
            measured([(export_setup, old_export)] * 2),
        ),
        (
            "import",
            measured([import_run(new_import), import_run(new_import)]),
            measured([import_run(old_import), import_run(old_import)]),
        ),
    ):
        print(
            f"{name}: peak RSS {new[0]:.2f}x evidence, allocations {new[1]:.2f}x "
            f"(whole-document baseline: {old[0]:.2f}x, {old[1]:.2f}x; "
            f"{evidence} MiB of evidence in {files} files)",
            flush=True,
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
    parser = argparse.ArgumentParser()
    parser.add_argument("--evidence-files", type=int, default=5, help=f"files of {FILE_MIB} MiB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        transfer(Path(folder), args.evidence_files)
        case_list(Path(folder))
