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
