"""The Spark engine on a small data set (local mode; needs pyspark and Java 17)."""

from __future__ import annotations

import importlib.util
import shutil
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
    reason="pyspark and Java 17 are needed for the Spark engine",
)


def test_spark_engine_finds_the_same_links(family: list[dict[str, Any]]) -> None:
    from reinstate.related.check import check

    # a low join threshold puts the fuzzy pair in a cluster too, so both engines' fuzzy runs count
    spark = check(family, engine="spark", join=0.3)
    duck = check(family, engine="duckdb", join=0.3)
    assert spark.engine == "spark"

    def summary(report: Any) -> set[tuple[str, str, str, str]]:
        return {
            (x.a, x.b, e.namespace, e.method)
            for c in report.clusters
            for x in c.links
            for e in x.evidence
        }

    assert summary(spark) == summary(duck)
    fuzzy = [e for c in spark.clusters for x in c.links for e in x.evidence if e.method == "fuzzy"]
    assert fuzzy and all(0.5 <= (e.probability or 0) <= 1 for e in fuzzy)
    assert {f.code for f in spark.findings} == {f.code for f in duck.findings}


def test_spark_components_run_on_dataframes_and_match_scipy() -> None:
    import numpy as np

    from reinstate.related.connected import components
    from reinstate.related.engines import SparkEngine

    rng = np.random.default_rng(3)
    # a long chain (many propagation rounds), random pairs, and hub nodes beyond n
    a = np.concatenate([np.arange(0, 30), rng.integers(0, 200, 60), np.full(5, 250)])
    b = np.concatenate([np.arange(1, 31), rng.integers(0, 200, 60), rng.integers(0, 200, 5)])
    spark = SparkEngine().components(200, a, b)
    scipy = components(200, a, b)
    assert len(spark) == 200

    def partition(labels: list[int]) -> set[frozenset[int]]:
        groups: dict[int, set[int]] = {}
        for node, lab in enumerate(labels):
            groups.setdefault(lab, set()).add(node)
        return {frozenset(g) for g in groups.values()}

    assert partition(spark) == partition(scipy)
