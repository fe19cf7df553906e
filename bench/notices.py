"""Benchmark of the notice reader: accuracy by field on the labelled fixtures, and speed.

Run: .venv/bin/python bench/notices.py [--batch 1000] [--cv] [--skip-fixtures]

Accuracy is compared with a majority-class baseline (always answer the most frequent label);
speed is the median wall time per notice once warm, rules alone and with the model in the same
run, and a batch of N distinct notices end to end the way `reinstate notice FILE...` reads them
(rules first, then the model on all of them: the first stage on every notice, the excerpts
it is unsure of embedded in batches; a fresh vector cache, so nothing is read from an earlier
run). The batch is made of the fixtures and hold-out notices (not the corpus, which the model
was trained on), each copy made distinct. The engine's threads are REINSTATE_SEMANTIC_THREADS
(default 1). `--cv` prints the corpus figures: rules
alone, in-sample and unseen author (train on four writers, test on the fifth), as
`reinstate eval notices corpus/notices/n?.jsonl --cv`.
The load average is printed with the figures: the machine is shared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import os  # noqa: E402

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


def _median_ms(raws: list[bytes], model: bool) -> tuple[float, float, float]:
    """Median and p95 wall time, and median CPU time (all threads) per notice, in ms. On a
    shared, loaded machine the CPU time is the closer estimate of an idle machine's wall time."""
    times, cpu = [], []
    for raw in raws:
        start, start_cpu = time.perf_counter(), time.process_time()
        parse_notice(raw, model=model)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], statistics.median(cpu)


def _gate() -> str:
    """The shipped gate, and the share of fixtures it answers without the embedding."""
    from reinstate.notices.learned import current_model, gated

    model = current_model()
    if model is None or model.quick is None:
        return "no gate in the weights"
    raws = [p.read_bytes() for p in sorted(FIXTURES.rglob("*")) if p.suffix in (".txt", ".html")]
    sure = gated([parse_notice(r, model=False) for r in raws], model.quick)
    return f"gate {model.quick.gate} answers {sum(sure)}/{len(sure)} fixtures without embedding"


def speed(batch: int) -> None:
    from reinstate import semantic

    raws = [p.read_bytes() for p in sorted(FIXTURES.rglob("*")) if p.suffix in (".txt", ".html")]
    for raw in raws:  # warm: phrase data compiled, OpenCC loaded
        parse_notice(raw, model=False)
    print(f"\nSpeed over {len(raws)} fixture notices (warm), load average {os.getloadavg()}:")
    median, p95, cpu = _median_ms(raws, model=False)
    print(f"  rules alone: median {median:.2f} ms, p95 {p95:.2f} ms, CPU median {cpu:.2f} ms")
    if semantic.available():
        parse_notice(raws[0])  # load the model and the weights once
        semantic._cache.clear()
        median, p95, cpu = _median_ms(raws, model=True)
        print(
            f"  with model:  median {median:.2f} ms, p95 {p95:.2f} ms, CPU median {cpu:.2f} ms "
            f"(embeddings not cached), load average {os.getloadavg()}; {_gate()}"
        )
    else:
        print("  with model:  not measured (semantic layer off or not installed)")
    # notices the model was not trained on (the corpus is its training set, whose notices the
    # first stage's vote finds at similarity 1): the fixtures and the hold-out set, each copy
    # made distinct by an archive line so that no vector comes from a cache
    texts = [r.decode("utf-8", "replace") for r in raws]
    texts += [p.read_text(encoding="utf-8") for p in sorted(HOLDOUT.glob("*.txt"))]
    items = [f"{texts[i % len(texts)]}\n\n[archive copy {i}]" for i in range(batch)]
    from rich.progress import Progress

    from reinstate.notices.learned import second_opinions

    for model in (False, True) if semantic.available() else (False,):
        semantic._cache.clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        label = "with model" if model else "rules alone"
        # as `reinstate notice FILE...` does: the rules read each notice, then the model weighs
        # in on all of them with their excerpts embedded in batches
        with Progress(transient=True) as bar:
            task = bar.add_task(f"{len(items)} notices, {label}", total=2 * len(items))
            notices = []
            for text in items:
                notices.append(parse_notice(text, model=False))
                bar.advance(task)
            if model:
                second_opinions(notices, lambda n, t=task: bar.advance(t, n))
            for notice in notices:
                notice.to_json()
        elapsed, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        print(
            f"  batch of {len(items)} distinct notices with JSON, {label}: {elapsed:.1f} s "
            f"({elapsed / len(items) * 1000:.1f} ms each; CPU {cpu:.1f} s), "
            f"load average {os.getloadavg()}"
        )


def cross_validation(gate: float | None) -> None:
    from reinstate.notices.evaluate import measure, render
    from reinstate.notices.train import CACHE, corpus_rows

    rows = corpus_rows()
    result = measure(rows, cv=True, cache=CACHE, gate=gate)
    writers = len({row["author"] for row in rows})
    print(f"\nCorpus (corpus/notices, {writers} independent writers):")
    print(render(result, "en"))


def main() -> None:
    # a fresh vector cache: the timings with the model include embedding every excerpt
    os.environ["REINSTATE_CACHE_DIR"] = tempfile.mkdtemp(prefix="reinstate-bench-")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--cv", action="store_true", help="corpus figures by held-out author")
    parser.add_argument(
        "--gate",
        type=float,
        help="with --cv: this cascade gate in every fold instead of nested folds (fast loop)",
    )
    parser.add_argument("--skip-fixtures", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    if args.cv:
        cross_validation(args.gate)
    if not args.skip_fixtures:
        accuracy(FIXTURES)
        accuracy(HOLDOUT)
    if not args.skip_speed:
        speed(args.batch)


if __name__ == "__main__":
    main()
