"""Where the SQL runs: an embedded DuckDB (default) or Spark in local mode (scale-out path).

Both engines run the same SQL text and hand Splink the same records; heavy imports stay inside.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any

from reinstate.errors import ReinstateError

ENGINES = ("duckdb", "spark")

# One value row per account, attribute kind and normalised key.
VALUE_COLUMNS = (
    ("acc", "INT"),
    ("ns", "STRING"),
    ("kind", "STRING"),
    ("raw", "STRING"),
    ("key", "STRING"),
)


class Engine(ABC):
    """Where the linkage SQL runs: DuckDB in-process, or Spark in local or cluster mode."""

    name = "base"

    @abstractmethod
    def register(self, table: str, columns: dict[str, Any], types: dict[str, str]) -> None:
        """Make `columns` (lists, numpy arrays or Arrow arrays) queryable as `table`."""

    @abstractmethod
    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        """Every row of a query."""

    def batches(self, sql: str) -> Iterator[list[tuple[Any, ...]]]:
        """The rows of a query, a batch at a time (none held all at once where the engine can)."""
        yield self.rows(sql)

    def held(self, sql: str, names: tuple[str, ...]) -> Iterator[Any]:
        """The rows of a query (its columns named `names`), all fetched now and given as Arrow
        record batches: the engine may run other queries, or be released, while they are read."""
        import pyarrow as pa

        rows = self.rows(sql)
        if not rows:
            return iter([])
        columns = [list(column) for column in zip(*rows, strict=True)]
        return iter(pa.table(dict(zip(names, columns, strict=True))).to_batches(BATCH))

    @abstractmethod
    def create(self, table: str, sql: str) -> None:
        """Keep a query's result as `table`, for the queries that follow to read."""

    @abstractmethod
    def drop(self, table: str) -> None:
        """Forget a table registered or created earlier, and free its memory."""

    @abstractmethod
    def splink(self, table: str) -> tuple[Any, Any]:
        """(db_api, registered splink dataframe) for a table registered earlier."""

    def components(self, n: int, edges_a: Any, edges_b: Any) -> list[int]:
        """Connected-component label of each of the first n nodes (scipy, in this process)."""
        from reinstate.related import connected

        return connected.components(n, edges_a, edges_b)

    def release(self) -> None:  # noqa: B027 - Spark's executors manage their own memory
        """Free what earlier queries held; the tables registered or created so far are gone."""

    def close(self) -> None:  # noqa: B027 - an engine with nothing to release keeps this
        """Release the engine's resources."""


# DuckDB's own share of the command's memory. Its default (80% of RAM) lets the joins of a
# million-account file grow past the whole command's 4 GB budget; with a cap they spill to disk.
DUCKDB_MEMORY = "1GB"
# Rows fetched into Python at a time from a long result.
BATCH = 100_000


SPILL_PREFIX = "reinstate-related-"
# A spill folder named before folders carried their process id: stale once untouched this long.
LEGACY_SPILL_AGE = 24 * 3600


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_stale_spills(where: str | None = None) -> list[str]:
    """Remove the spill folders of runs that were killed (their process is gone); the names of
    the folders removed. A reused process id only keeps a folder a little longer."""
    import re
    import shutil
    import tempfile
    import time

    base = where or tempfile.gettempdir()
    removed: list[str] = []
    try:
        entries = list(os.scandir(base))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(SPILL_PREFIX) or not entry.is_dir(follow_symlinks=False):
            continue
        marked = re.fullmatch(r"(\d+)-\w+", entry.name[len(SPILL_PREFIX) :])
        try:
            if marked:
                stale = not _alive(int(marked.group(1)))
            else:
                stale = time.time() - entry.stat(follow_symlinks=False).st_mtime > LEGACY_SPILL_AGE
        except OSError:
            continue
        if stale:
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(entry.name)
    return removed


class DuckDBEngine(Engine):
    name = "duckdb"

    def __init__(self, threads: int | None = None, memory: str = DUCKDB_MEMORY) -> None:
        import tempfile

        # Spilled data goes to a private directory under the system's temporary directory
        # (never DuckDB's default `.tmp` in the user's current folder), removed on close; its
        # name carries the process id, so that a run that was killed has its folder removed by
        # the next one.
        remove_stale_spills()
        self._spill = tempfile.TemporaryDirectory(prefix=f"{SPILL_PREFIX}{os.getpid()}-")
        self._config: dict[str, str | bool | int | float | list[str]] = {
            "memory_limit": memory,
            "temp_directory": self._spill.name,
        }
        if threads:
            self._config["threads"] = int(threads)
        self.con = self._connect()
        self._tables: dict[str, Any] = {}

    def _connect(self) -> Any:
        import duckdb

        con = duckdb.connect(":memory:", config=self._config)
        con.execute("SET enable_progress_bar = false").fetchall()
        return con

    def release(self) -> None:
        # DuckDB's allocator keeps what its queries used (~1 GB at 1M accounts) until the
        # database closes: a fresh in-memory database gives it back.
        self.con.close()
        self._tables.clear()
        self.con = self._connect()

    def register(self, table: str, columns: dict[str, Any], types: dict[str, str]) -> None:
        import pyarrow as pa

        arrow = {"INT": pa.int32(), "STRING": pa.string(), "DOUBLE": pa.float64()}

        def column(values: Any, kind: str) -> Any:
            if isinstance(values, pa.Array):
                # strings stay as they are (large or not: the SQL reads both alike)
                return values.cast(arrow[kind]) if kind != "STRING" else values
            return pa.array(values, type=arrow[kind])

        data = pa.table({c: column(v, types[c]) for c, v in columns.items()})
        self._tables[table] = data
        self.con.register(table, data)

    def register_arrow(self, table: str, data: Any) -> None:
        self._tables[table] = data
        self.con.register(table, data)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        # DuckDB 2: relations have no fetchone(); fetchall() leaves the connection free.
        return self.con.sql(sql).fetchall()

    def batches(self, sql: str) -> Iterator[list[tuple[Any, ...]]]:
        result = self.con.execute(sql)
        while batch := result.fetchmany(BATCH):
            yield batch

    def held(self, sql: str, names: tuple[str, ...]) -> Iterator[Any]:
        # As Arrow (compact, and made without the interpreter lock), read column by column.
        return iter(self.con.sql(sql).to_arrow_table().rename_columns(names).to_batches(BATCH))

    def create(self, table: str, sql: str) -> None:
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS {sql}").fetchall()

    def drop(self, table: str) -> None:
        import pyarrow as pa

        if self._tables.pop(table, None) is not None:
            self.con.unregister(table)
            pa.default_memory_pool().release_unused()
        else:
            self.con.execute(f"DROP TABLE IF EXISTS {table}").fetchall()

    def numpy(self, sql: str) -> dict[str, Any]:
        return self.con.sql(sql).fetchnumpy()

    def splink(self, table: str) -> tuple[Any, Any]:
        from splink import DuckDBAPI

        api = DuckDBAPI(connection=self.con)
        return api, api.register(self._tables[table], table_name=f"{table}_splink")

    def close(self) -> None:
        self.con.close()
        self._spill.cleanup()


_SPARK: Any = None


def spark_session() -> Any:
    """One local Spark session per process, with the jar Splink's string functions need."""
    global _SPARK
    if _SPARK is None:
        try:
            from pyspark.sql import SparkSession
            from splink.backends.spark import similarity_jar_location
        except ImportError:
            raise ReinstateError("related_no_spark") from None
        _SPARK = (
            SparkSession.builder.master("local[2]")
            .appName("reinstate-related")
            .config("spark.jars", similarity_jar_location())
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.default.parallelism", "2")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate()
        )
        _SPARK.sparkContext.setLogLevel("ERROR")
    return _SPARK


class SparkEngine(Engine):
    name = "spark"

    def __init__(self) -> None:
        self.spark = spark_session()
        self._frames: dict[str, Any] = {}

    def register(self, table: str, columns: dict[str, Any], types: dict[str, str]) -> None:
        from pyspark.sql import types as T

        spark_types = {"INT": T.IntegerType(), "STRING": T.StringType(), "DOUBLE": T.DoubleType()}
        schema = T.StructType([T.StructField(c, spark_types[types[c]], True) for c in columns])
        names = list(columns)
        # numpy and Arrow columns give Python values, which Spark's schema accepts
        listed = [
            c.to_pylist() if hasattr(c, "to_pylist") else c.tolist() if hasattr(c, "tolist") else c
            for c in columns.values()
        ]
        rows = list(zip(*listed, strict=True)) if names else []
        frame = self.spark.createDataFrame(rows, schema=schema)
        frame.createOrReplaceTempView(table)
        self._frames[table] = frame

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.spark.sql(sql).collect()]

    def create(self, table: str, sql: str) -> None:
        frame = self.spark.sql(sql).cache()
        frame.createOrReplaceTempView(table)
        self._frames[table] = frame

    def drop(self, table: str) -> None:
        frame = self._frames.pop(table, None)
        if frame is not None:
            frame.unpersist()
        self.spark.catalog.dropTempView(table)

    def components(self, n: int, edges_a: Any, edges_b: Any) -> list[int]:
        """Components by iterative minimum-label propagation over DataFrames, on the executors.

        Every node starts with its own id as label and takes the smallest label among itself and
        its neighbours until nothing changes (as many rounds as the longest shortest path in a
        cluster). Only the final (node, label) rows of linked nodes come back to the driver, so
        it never holds the graph; GraphFrames would do the same but is not available offline.
        """
        from pyspark import StorageLevel
        from pyspark.sql import functions as F

        labels = list(range(n))
        pairs = [(int(a), int(b)) for a, b in zip(edges_a, edges_b, strict=True) if a != b]
        if not pairs:
            return labels
        one_way = self.spark.createDataFrame(pairs, "src LONG, dst LONG")
        edges = one_way.union(one_way.select(F.col("dst").alias("src"), F.col("src").alias("dst")))
        edges = edges.persist(StorageLevel.MEMORY_AND_DISK)
        label = (
            edges.select(F.col("src").alias("node")).distinct().withColumn("label", F.col("node"))
        )
        label = label.localCheckpoint()
        while True:
            offered = edges.join(label, edges.src == label.node).select(
                F.col("dst").alias("node"), F.col("label")
            )
            fresh = (
                label.union(offered).groupBy("node").agg(F.min("label").alias("label"))
            ).localCheckpoint()
            moved = (
                fresh.alias("f")
                .join(label.alias("o"), "node")
                .where(F.col("f.label") < F.col("o.label"))
            )
            label = fresh
            if moved.isEmpty():
                break
        for row in label.where(F.col("node") < n).toLocalIterator():
            labels[row["node"]] = row["label"]
        edges.unpersist()
        return labels

    def splink(self, table: str) -> tuple[Any, Any]:
        from splink.backends.spark import SparkAPI

        # "persist" keeps Splink's intermediate tables in memory (no checkpoint directory needed).
        api = SparkAPI(spark_session=self.spark, break_lineage_method="persist")
        return api, api.register(self._frames[table], table_name=f"{table}_splink")


def make_engine(name: str) -> Engine:
    if name == "duckdb":
        return DuckDBEngine()
    if name == "spark":
        return SparkEngine()
    raise ReinstateError("related_engine", name=name)
