"""Benchmark (not a test) of the Python package, against the CLI and against Spark itself.

    target/py/bin/python bench/python.py [ROUNDS]

1. analyze_many per core: MB/s of `wirelens.analyze_many(texts, jobs=1)` (dicts) and of the
   native `analyze_many_json` (JSON text, what Spark stores) against the CLI's
   `--jsonl --jobs 1` on the same texts (every corpus text), rounds interleaved.
2. Spark local[2]: the wall time of `wirelens.spark.analyze` over the corpus against the same
   `mapInArrow` job with an identity function, interleaved: from cached rows to the `noop`
   sink (Spark's least work), and from Parquet to Parquet (a job as an archive runs it).

Needs target/release/wirelens, the wheel installed in the venv (scripts/test-python.sh) and
../shared/corpus. Prints the medians; results go to BENCHMARKS.md by hand.
"""

from __future__ import annotations

import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import wirelens
from wirelens import _core

REPO = pathlib.Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def corpus_texts() -> list:
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "wire" / "texts").glob("*.txt"))]
    for name in ["polnear/train.gold.jsonl", "polnear/dev.gold.jsonl", "reuters21578/train.gold.jsonl"]:
        with open(CORPUS / name, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f]
    return texts


def timed(f) -> float:
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def per_core(texts: list, rounds: int) -> None:
    mb = sum(len(t.encode()) for t in texts) / 1e6
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": i, "text": t}) + "\n")
        path = f.name
    cli = REPO / "target" / "release" / "wirelens"

    def run_cli():
        with open(path, "rb") as inp:
            subprocess.run([str(cli), "--jsonl", "--jobs", "1"], stdin=inp, stdout=subprocess.DEVNULL, check=False)

    runs = {"CLI --jsonl --jobs 1": [], "analyze_many_json (jobs=1)": [], "analyze_many (dicts, jobs=1)": []}
    for _ in range(rounds):
        runs["CLI --jsonl --jobs 1"].append(timed(run_cli))
        runs["analyze_many_json (jobs=1)"].append(timed(lambda: _core.analyze_many_json(texts, 1)))
        runs["analyze_many (dicts, jobs=1)"].append(timed(lambda: wirelens.analyze_many(texts, jobs=1)))
    os.unlink(path)
    cli_s = statistics.median(runs["CLI --jsonl --jobs 1"])
    print(f"{len(texts)} texts, {mb:.1f} MB, {rounds} interleaved rounds, medians:")
    for name, secs in runs.items():
        s = statistics.median(secs)
        print(f"  {name:32s} {mb / s:6.1f} MB/s  ({cli_s / s:.2f}x the CLI)")


def spark_job(texts: list, rounds: int) -> None:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    from pyspark.sql import SparkSession

    from wirelens.spark import analyze

    spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    tmp = pathlib.Path(tempfile.mkdtemp())
    spark.createDataFrame(list(enumerate(texts)), "id long, text string").repartition(8).write.parquet(str(tmp / "in"))

    def identity(batches):
        yield from batches

    def in_memory(transform):
        df = spark.read.parquet(str(tmp / "in")).cache()
        df.count()
        return lambda: transform(df).write.format("noop").mode("overwrite").save()

    def parquet_to_parquet(transform):
        return lambda: transform(spark.read.parquet(str(tmp / "in"))).write.mode("overwrite").parquet(str(tmp / "out"))

    same = lambda df: df.mapInArrow(identity, df.schema)  # noqa: E731
    jobs = {
        "cached rows -> noop: identity": in_memory(same),
        "cached rows -> noop: wirelens": in_memory(analyze),
        "Parquet -> Parquet: identity": parquet_to_parquet(same),
        "Parquet -> Parquet: wirelens": parquet_to_parquet(analyze),
    }
    for f in jobs.values():  # warm-up: Python workers, JIT
        f()
    runs = {name: [] for name in jobs}
    for _ in range(rounds):
        for name, f in jobs.items():
            runs[name].append(timed(f))
    print(f"Spark local[2], {len(texts)} rows in 8 partitions, {rounds} interleaved rounds, medians:")
    for name, secs in runs.items():
        s = statistics.median(secs)
        base = statistics.median(runs[name.replace("wirelens", "identity")])
        print(f"  {name:36s} {s:6.2f} s  ({(s / base - 1) * 100:+.0f}% over identity)")
    spark.stop()


if __name__ == "__main__":
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    texts = corpus_texts()
    per_core(texts, rounds)
    spark_job(texts, rounds)
