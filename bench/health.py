"""Account health: how long reading, validating, alerting and storing one report takes.

Baseline in the same run: json.loads of the same document (what any reader pays anyway).
Run: .venv/bin/python bench/health.py
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import itertools

from health.reports import dumps, multi, report

from reinstate.health import report as reader
from reinstate.health.alerts import evaluate

MARKETS = ["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8", "A1PA6795UKMFR9", "A1F83G8C2ARO7P"]


STATUS = dict(zip(MARKETS, ["NORMAL", "NORMAL", "AT_RISK", "DEACTIVATED", "NORMAL"], strict=True))


def sample(rng: random.Random) -> bytes:
    """One report; metrics move from report to report, account statuses stay (as in life)."""
    parts: list[dict[str, Any]] = [
        report(
            STATUS[mid],
            marketplace_id=mid,
            late=rng.uniform(0, 0.06),
            cancel=rng.uniform(0, 0.03),
            tracking=rng.uniform(0.9, 1.0),
            violations={"listingPolicyViolations": rng.randint(0, 4)},
        )
        for mid in MARKETS
    ]
    return dumps(multi(*parts))


def per_call(fn: Any, items: list[Any]) -> float:
    start = time.perf_counter()
    for item in items:
        fn(item)
    return (time.perf_counter() - start) / len(items) * 1000


def main() -> None:
    rng = random.Random(7)
    docs = [sample(rng) for _ in range(200)]
    reader._validator()  # build the validator once, as a long-running process would
    baseline = per_call(json.loads, docs)
    validate = per_call(lambda raw: reader.validate(reader.decode(raw)), docs)
    parsed = [reader.parse(reader.decode(raw), account="Acme") for raw in docs]
    parse = per_call(lambda raw: reader.parse(reader.decode(raw), account="Acme"), docs)
    pairs = [(a, b) for snaps in itertools.pairwise(parsed) for a, b in zip(*snaps, strict=True)]
    alerts = per_call(lambda pair: evaluate(pair[1], pair[0]), pairs)
    print(f"report: {len(docs[0]) / 1024:.1f} KB, {len(MARKETS)} marketplaces")
    print(f"baseline json.loads        {baseline:7.3f} ms/report")
    print(
        f"decode + schema validation {validate:7.3f} ms/report "
        f"({validate / baseline:.0f}x baseline)"
    )
    print(f"validate + parse snapshots {parse:7.3f} ms/report")
    print(f"alerts (H rules)           {alerts:7.3f} ms/snapshot")

    from reinstate.cases import open_store
    from reinstate.health import service, settings

    with tempfile.TemporaryDirectory() as tmp, open_store(f"sqlite:///{tmp}/bench.db") as store:
        config = settings.HealthSettings()
        start = time.perf_counter()
        for raw in docs[:50]:
            service.import_report(store, raw, account="Acme", settings=config)
        stored = (time.perf_counter() - start) / 50 * 1000
    print(
        f"full import into SQLite    {stored:7.3f} ms/report "
        "(5 snapshots + alerts; 1 case opened in the run)"
    )


if __name__ == "__main__":
    main()
