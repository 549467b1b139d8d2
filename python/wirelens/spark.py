"""wirelens in Apache Spark: the analysis of a text column, the same as the CLI's.

    from wirelens.spark import analyze
    out = analyze(spark.read.parquet("articles.parquet"), text_col="body")
    out.select("id", "analysis", "analysis_error").write.parquet("analysed.parquet")

Built on ``DataFrame.mapInArrow``, so it runs unchanged in local mode, on a cluster and under
Spark Connect (which has no RDDs). Each executor needs the ``wirelens`` wheel installed (the
``abi3`` wheel fits every CPython from 3.9 on); each Arrow batch is analysed in the Python
worker with the GIL released.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Optional

from . import _core

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow
    from pyspark.sql import DataFrame

__all__ = ["analyze", "ANALYSIS_COL", "ERROR_COL", "SCHEMA"]

#: The column that holds the contract document as JSON text (null when the row failed).
ANALYSIS_COL = "analysis"
#: The column that says why a row has no analysis (null when it has one).
ERROR_COL = "analysis_error"

_SPAN = "struct<start: int, end: int, text: string>"
#: The contract document as a Spark SQL type (DDL), for ``analyze(df, typed=True)`` or
#: ``from_json(analysis, SCHEMA)``. Offsets are UTF-16 code units, as everywhere.
SCHEMA = (
    "struct<version: int, "
    "dateline: struct<start: int, end: int, text: string, location: string, agency: string, date: string>, "
    f"quotes: array<struct<start: int, end: int, text: string, kind: string, speaker: {_SPAN}, "
    f"source: string, cue: {_SPAN}, source_id: int>>, "
    "figures: array<struct<start: int, end: int, text: string, kind: string, value: double, unit: string, "
    "qualifier: string>>, "
    "credits: array<struct<start: int, end: int, text: string, role: string, names: array<string>, "
    f"agency: string, caption: {_SPAN}>>, "
    f"sources: array<struct<id: int, name: string, description: string, type: string, mentions: array<{_SPAN}>>>>"
)


def analyze(df: "DataFrame", text_col: str = "text", jobs: Optional[int] = 1, typed: bool = False) -> "DataFrame":
    """``df`` with two more string columns: ``analysis``, the contract document as JSON
    text — exactly the ``analysis`` the CLI writes for that text — and ``analysis_error``,
    null unless the row's text could not be analysed (null, over the 64 MiB limit).

    Every input row gives one output row, with its other columns unchanged. ``jobs`` is the
    number of threads per Spark task (1: Spark already runs a task per core). With
    ``typed=True`` the ``analysis`` column is the document as a struct of :data:`SCHEMA`
    (``analysis.dateline.text``, ``explode(analysis.quotes)`` in SQL) instead of JSON text.

    Raises ``ValueError`` when ``text_col`` is missing or the output columns exist already,
    ``TypeError`` when ``text_col`` is not a string column.
    """
    from pyspark.sql.types import StringType, StructField, StructType

    fields = {f.name: f for f in df.schema.fields}
    if text_col not in fields:
        raise ValueError(f"no column {text_col!r} in the DataFrame (columns: {', '.join(fields)})")
    if not isinstance(fields[text_col].dataType, StringType):
        raise TypeError(f"column {text_col!r} is {fields[text_col].dataType.simpleString()}, not string")
    for name in (ANALYSIS_COL, ERROR_COL):
        if name in fields:
            raise ValueError(f"the DataFrame has a column {name!r} already; rename it first")
    schema = StructType(
        list(df.schema.fields)
        + [StructField(ANALYSIS_COL, StringType(), True), StructField(ERROR_COL, StringType(), True)]
    )

    def analyse_batches(batches: Iterator["pyarrow.RecordBatch"]) -> Iterator["pyarrow.RecordBatch"]:
        import pyarrow as pa

        for batch in batches:
            pairs = _core.analyze_many_json(batch.column(text_col).to_pylist(), jobs)
            docs = pa.array([doc for doc, _ in pairs], type=pa.string())
            errors = pa.array([error for _, error in pairs], type=pa.string())
            yield pa.RecordBatch.from_arrays(
                list(batch.columns) + [docs, errors], names=list(batch.schema.names) + [ANALYSIS_COL, ERROR_COL]
            )

    out = df.mapInArrow(analyse_batches, schema)
    if typed:
        from pyspark.sql import functions as F

        out = out.withColumn(ANALYSIS_COL, F.from_json(F.col(ANALYSIS_COL), SCHEMA))
    return out
