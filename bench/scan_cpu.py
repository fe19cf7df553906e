"""Reader CPU of OCR'd files (scans, photos) on this checkout against another's (main's), in
the same run, and whether their findings differ (issue 20: no file over 2 s).

    PYTHONPATH=src python bench/scan_cpu.py --against /work/main/src --files LIST [--out DIR]
        [--this SRC]

LIST names `SET/file` lines of bench/independent (copy the files from main as the helper
conventions say); bench/scan_cpu_sample.txt is the sample of sessions 14 and 15 (every 5th
JPG/PNG and every 4th PDF without a text layer of invoices3, 5, 9, 11 and 13). Each checkout
runs in a worker process of its own that keeps its reader server; every file is read by both,
back to back, in alternating order, so a busy machine weighs on both alike. Per file: the
reader child's CPU (Tesseract runs inside it: `stats["cpu_s"]`) and the wall time; then for
each checkout the median, 90th percentile and maximum CPU, the count over 2 s, and the files
whose findings differ (`findings_diff.py`'s comparison; the records are kept in DIR as
this.jsonl and against.jsonl, so `findings_diff.py diff` can compare them with another run's to
see how much a file moves on the same code). `--this` runs a copy of this checkout's src
instead (a snapshot, so that editing the tree during a run changes nothing).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import TextIO

HERE = Path(__file__).resolve().parent
SETS = HERE / "independent"


def worker() -> int:
    """Reads `SET/file` lines from stdin, answers one findings record per line."""
    sys.path.insert(0, str(HERE))
    from findings_diff import findings_record

    for line in sys.stdin:
        key = line.strip()
        path = SETS / key.split("/")[0] / "files" / key.split("/")[1]
        print(json.dumps(findings_record(key, path), ensure_ascii=False, default=str), flush=True)
    return 0


def _start(src: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=src)
    return subprocess.Popen(
        [sys.executable, __file__, "--worker"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _ask(proc: subprocess.Popen[str], key: str) -> dict:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(key + "\n")
    proc.stdin.flush()
    return json.loads(proc.stdout.readline())


def _summary(label: str, records: list[dict]) -> str:
    cpu = sorted(r["cpu"] for r in records)
    wall = sorted(r["wall"] for r in records)
    p90 = cpu[min(len(cpu) - 1, round(0.9 * (len(cpu) - 1)))]
    return (
        f"{label:<8} {len(cpu)} files: reader CPU median {statistics.median(cpu):.2f} s, "
        f"p90 {p90:.2f}, max {cpu[-1]:.2f}, total {sum(cpu):.1f}, over 2 s "
        f"{sum(c > 2 for c in cpu)}; wall median {statistics.median(wall):.2f} s, "
        f"max {wall[-1]:.2f}"
    )


def main() -> int:
    if "--worker" in sys.argv:
        return worker()
    args = sys.argv[1:]
    against = args[args.index("--against") + 1]
    keys = Path(args[args.index("--files") + 1]).read_text().split()
    out = Path(args[args.index("--out") + 1]) if "--out" in args else None
    this = args[args.index("--this") + 1] if "--this" in args else str(HERE.parent / "src")
    sources = {"this": str(Path(this).resolve()), "against": str(Path(against).resolve())}
    workers = {label: _start(src) for label, src in sources.items()}
    records: dict[str, list[dict]] = {label: [] for label in sources}
    # Each record is written as it comes, so a run stopped early (a busy machine) keeps what
    # it read for `findings_diff.py diff`.
    kept: dict[str, TextIO] = {}
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        kept = {
            label: open(out / f"{label}.jsonl", "w", encoding="utf-8")  # noqa: SIM115 closed below
            for label in sources
        }
    try:
        for i, key in enumerate(keys):
            order = ["this", "against"] if i % 2 == 0 else ["against", "this"]
            for label in order:
                records[label].append(_ask(workers[label], key))
                if label in kept:
                    kept[label].write(
                        json.dumps(records[label][-1], ensure_ascii=False, default=str) + "\n"
                    )
                    kept[label].flush()
            a, b = records["against"][-1], records["this"][-1]
            print(
                f"{key:<56} CPU {a['cpu']:5.2f} -> {b['cpu']:5.2f} s, "
                f"wall {a['wall']:5.2f} -> {b['wall']:5.2f} s, load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
    finally:
        for proc in workers.values():
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait()
        for handle in kept.values():
            handle.close()
    print(_summary("against", records["against"]))
    print(_summary("this", records["this"]))
    if out is not None:
        sys.path.insert(0, str(HERE))
        from findings_diff import diff

        diff(str(out / "against.jsonl"), str(out / "this.jsonl"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
