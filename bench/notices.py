"""Benchmark of the notice reader: accuracy by field on the labelled fixtures, and speed.

Run: .venv/bin/python bench/notices.py [--batch 1000]

Accuracy is compared with a majority-class baseline (always answer the most frequent label);
speed is the median wall time per notice once warm, and a batch of N notices end to end.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reinstate.notices import parse_notice  # noqa: E402
from reinstate.notices.evaluation import SCORED, evaluate, majority_baseline  # noqa: E402

FIXTURES = ROOT / "tests" / "notices" / "fixtures"
HOLDOUT = ROOT / "tests" / "notices" / "holdout"


def accuracy(folder: Path) -> None:
    report = evaluate(folder)
    base = majority_baseline(folder)
    print(f"\nAccuracy on {report.notices} labelled notices ({folder.relative_to(ROOT)})")
    print(f"{'field':22} {'reinstate':>10} {'baseline':>10} {'n':>5}")
    for name in SCORED:
        if report.total[name]:
            print(
                f"{name:22} {report.accuracy(name):>10.1%} {base.accuracy(name):>10.1%} "
                f"{report.total[name]:>5}"
            )
    langs = sorted(report.by_language)
    print("\nCategory / stage by language:")
    for lang in langs:
        c = report.by_language[lang]
        cat = c["category:correct"] / max(1, c["category:total"])
        stage = c["stage:correct"] / max(1, c["stage:total"])
        print(f"  {lang:3} n={c['category:total']:3}  category {cat:6.1%}  stage {stage:6.1%}")
    if report.misses:
        print("\nMisses:")
        for m in report.misses:
            print(f"  {m['notice']}: {m['field']} expected {m['expected']!r} got {m['got']!r}")


def speed(batch: int) -> None:
    raws = [p.read_bytes() for p in sorted(FIXTURES.rglob("*")) if p.suffix in (".txt", ".html")]
    for raw in raws:  # warm: phrase data compiled, OpenCC loaded
        parse_notice(raw)
    times = []
    for _ in range(5):
        for raw in raws:
            start = time.perf_counter()
            parse_notice(raw)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"\nSpeed over {len(raws)} notices x 5 (warm):")
    print(f"  median {statistics.median(times):.2f} ms, p95 {times[int(len(times) * 0.95)]:.2f} ms")
    # Baseline: the cost of only decoding the input, without classifying it.
    from reinstate.notices.readers import extract

    base = []
    for raw in raws:
        start = time.perf_counter()
        extract(raw)
        base.append((time.perf_counter() - start) * 1000)
    print(f"  baseline (decode only) median {statistics.median(base):.3f} ms")
    items = [raws[i % len(raws)] for i in range(batch)]
    start = time.perf_counter()
    for raw in items:
        parse_notice(raw).to_json()
    elapsed = time.perf_counter() - start
    print(
        f"  batch of {batch} notices with JSON: {elapsed:.2f} s "
        f"({elapsed / batch * 1000:.2f} ms each)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    accuracy(FIXTURES)
    accuracy(HOLDOUT)
    speed(args.batch)


if __name__ == "__main__":
    main()
