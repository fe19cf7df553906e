"""Speed of the linter when the Plan of Action's parts are found from content, not headings.

    PYTHONPATH=src .venv/bin/python bench/appeal_sections.py

An appeal whose three parts are all headed skips the content reading (bench/appeals.py measures
that case). Here the same sound appeals (tests/support/poa_styles.py, Latin-script languages) are
linted with their headings and without any, per 1,000 words, CPU time of this thread, each
analysis from scratch: the headed run is the baseline of the same run. Target: rules <= 10 ms
per 1,000 words.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.poa_styles import sound_appeals

from reinstate.appeals import lint_text
from reinstate.appeals.sections import _headings, analyse
from reinstate.rules import default_registry


def per_thousand_words(text: str, runs: int = 30) -> float:
    registry = default_registry()
    lint_text(text, registry=registry)
    times = []
    for _ in range(runs):
        analyse.cache_clear()
        _headings.cache_clear()
        start = time.thread_time()
        lint_text(text, registry=registry)
        times.append(time.thread_time() - start)
    return statistics.median(times) * 1000 * 1000 / len(text.split())


def main() -> None:
    latin = [a for a in sound_appeals() if a.lang not in ("zh", "ja")]
    headed = "\n\n".join(a.text for a in latin if a.id.endswith("-colon"))
    bare = "\n\n".join(a.text for a in latin if a.id.endswith("-no-headings")) * 3
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"rules, cpu ms per 1,000 words (load average {load:.1f}; target <= 10 ms):")
    print(f"  headed parts (baseline)   {per_thousand_words(headed):6.2f}")
    print(f"  parts from content only   {per_thousand_words(bare):6.2f}")


if __name__ == "__main__":
    main()
