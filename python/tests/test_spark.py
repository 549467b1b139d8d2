"""wirelens.spark.analyze in Spark local mode against the CLI, row for row."""

from __future__ import annotations

import json
import os
import shutil
import sys

import pytest

pyspark = pytest.importorskip("pyspark")

import wirelens  # noqa: E402
from conftest import CORPUS, REPO, run_cli  # noqa: E402
from wirelens.spark import analyze  # noqa: E402

SEED = (REPO / "www" / "samples" / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=["local", "connect"])
def spark(request):
    """A Spark session in local mode, then one through Spark Connect (a local Connect
    server, where DataFrames have no RDDs: what `mapInArrow` is chosen for)."""
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.fail("Spark needs Java: scripts/setup-python.sh installs Debian's openjdk-17-jre-headless")
    from pyspark.sql import SparkSession

    # The workers run this interpreter, the one wirelens is installed in (on a cluster, every
    # executor's Python needs the wheel).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    # Everything on loopback: this machine's other addresses may not be reachable.
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    if request.param == "connect":
        pytest.importorskip("grpc", reason="Spark Connect needs pyspark[connect]")
        session = SparkSession.builder.remote("local[2]").getOrCreate()
    else:
        session = (
            SparkSession.builder.master("local[2]")
            .appName("wirelens-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def wire_rows() -> list:
    rows = [{"id": "seed", "text": SEED}]
    if CORPUS.is_dir():
        rows += [{"id": "wire/" + p.name, "text": p.read_text(encoding="utf-8")} for p in sorted((CORPUS / "wire" / "texts").glob("*.txt"))]
    else:
        print("SKIPPED: the wire corpus (../shared/corpus is not beside this checkout); the seed and bad rows only")
    return rows


def test_spark_output_equals_the_cli_row_for_row(spark, cli, tmp_path):
    rows = wire_rows()
    bad = [("null-text", None, 1), ("empty", "", 2), ("markup", "<p>\u0000 ” ’ — \ufeff</p>", 3)]
    data = [(r["id"], r["text"], i) for i, r in enumerate(rows, start=10)] + bad
    df = spark.createDataFrame(data, "id string, text string, n long").repartition(3)
    out = analyze(df)
    assert out.columns == ["id", "text", "n", "analysis", "analysis_error"]
    out.write.parquet(str(tmp_path / "out.parquet"))
    back = {r["id"]: r for r in spark.read.parquet(str(tmp_path / "out.parquet")).collect()}

    assert len(back) == len(data)
    want = run_cli(cli, [{"id": i, "text": t} for i, t, _ in data if t is not None])
    for id_, text, n in data:
        row = back[id_]
        assert row["n"] == n and row["text"] == text
        if text is None:
            assert row["analysis"] is None and row["analysis_error"] == "expected a str, got None"
        else:
            assert row["analysis_error"] is None, row["analysis_error"]
            assert json.loads(row["analysis"]) == want[id_]["analysis"], id_
            assert row["analysis"] == wirelens.analyze_json(text)


def test_bad_columns_are_refused_clearly(spark):
    df = spark.createDataFrame([(1, "x")], "n long, body string")
    with pytest.raises(ValueError, match="no column 'text'"):
        analyze(df)
    with pytest.raises(TypeError, match="not string"):
        analyze(df, text_col="n")
    with pytest.raises(ValueError, match="analysis"):
        analyze(df.withColumnRenamed("n", "analysis"), text_col="body")


def without_nulls(x):
    """A document as Spark's `to_json` writes it: null fields left out, numbers as floats."""
    if isinstance(x, dict):
        return {k: without_nulls(v) for k, v in x.items() if v is not None}
    if isinstance(x, list):
        return [without_nulls(v) for v in x]
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else x


def test_typed_columns_hold_the_whole_document(spark):
    from pyspark.sql import functions as F

    rows = wire_rows()
    df = spark.createDataFrame([(r["id"], r["text"]) for r in rows], "id string, text string")
    typed = analyze(df, typed=True)
    assert typed.schema["analysis"].dataType.simpleString().startswith("struct<version:int,dateline:struct<")
    back = {r["id"]: r for r in typed.select("id", F.to_json("analysis").alias("doc"), "analysis.dateline.text").collect()}
    for row in rows:
        want = wirelens.analyze(row["text"])
        assert without_nulls(json.loads(back[row["id"]]["doc"])) == without_nulls(want), row["id"]
    assert back["seed"]["text"] == "KABUL (Reuters) –"
