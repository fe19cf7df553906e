"""The core benchmarks, each against a baseline measured in the same run (machines are noisy).

    python bench/run.py            # or: make bench

Targets (issue 2): `reinstate --help` cold start <= 0.3 s median; a guard decision in-process
<= 5 ms; `case show` of a case with 1,000 events <= 100 ms.
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def cold_start(runs: int = 15) -> tuple[float, float]:
    exe = Path(sys.executable).parent / "reinstate"

    def cli() -> object:
        return subprocess.run([str(exe), "--help"], capture_output=True, check=True)

    def bare() -> object:
        return subprocess.run([sys.executable, "-c", "pass"], capture_output=True, check=True)

    return median_ms(cli, runs), median_ms(bare, runs)


def guard_decision(runs: int = 300) -> tuple[float, float]:
    from reinstate.demo import demo_text
    from reinstate.guard import decide
    from reinstate.guard.examples import case_from_example

    today = date(2026, 3, 10)
    case = case_from_example(
        {"events": [{"kind": "appeal_submitted", "days_ago": 9, "text": demo_text("poa.txt")},
                    {"kind": "appeal_rejected", "days_ago": 5}]},
        today,
    )
    poa = demo_text("poa.txt")
    full = median_ms(lambda: decide("appeal", case, today=today, text=poa), runs)
    baseline = median_ms(lambda: decide("new-account", case, today=today), runs)
    return full, baseline


def case_show(events: int, runs: int = 20, *, show_all: bool = False) -> float:
    from reinstate.cases import CaseDraft, EventKind, open_store
    from reinstate.cases.commands import render_case
    from reinstate.cases.report import case_report
    from reinstate.cases.tables import EventRow

    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "b.db")) as store:
        case = store.create_case(CaseDraft(account="Bench", marketplace="US",
                                           category="inauthentic", notice_date=date(2024, 1, 1)))
        start = datetime(2024, 1, 2, tzinfo=UTC)
        with store.transaction() as session:
            session.add_all(
                EventRow(case_id=case.id, kind=EventKind.note.value,
                         at=(start + timedelta(hours=i)).replace(tzinfo=None),
                         note=f"call {i} with the supplier about invoice {i}")
                for i in range(events)
            )

        def show() -> object:
            from rich.console import Console

            import reinstate.shell as shell

            loaded = store.get_case(case.id)
            data = case_report(loaded, date(2026, 3, 10))
            buffer = io.StringIO()
            original = shell.console
            shell.console = lambda: Console(file=buffer, width=120)  # type: ignore[assignment]
            try:
                render_case(data, "en", show_all=show_all)
            finally:
                shell.console = original  # type: ignore[assignment]
            return buffer

        return median_ms(show, runs)


def main() -> None:
    cli, bare = cold_start()
    print(f"reinstate --help cold start     {cli:7.1f} ms median "
          f"(baseline bare python: {bare:.1f} ms; target <= 300 ms)")
    full, base = guard_decision()
    print(f"guard appeal decision           {full:7.2f} ms median "
          f"(baseline new-account decision: {base:.3f} ms; target <= 5 ms)")
    small = case_show(10)
    big = case_show(1000)
    every = case_show(1000, show_all=True)
    print(f"case show, 1,000 events         {big:7.1f} ms median "
          f"(baseline 10 events: {small:.1f} ms; target <= 100 ms)")
    print(f"case show --all, 1,000 events   {every:7.1f} ms median")


if __name__ == "__main__":
    main()
