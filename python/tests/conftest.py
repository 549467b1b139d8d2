"""Shared fixtures: the repository's CLI (the reference every binding must equal) and the
corpus texts of ../shared/corpus, which a clone without it skips."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def cli() -> pathlib.Path:
    path = pathlib.Path(os.environ.get("WIRELENS_CLI", REPO / "target" / "release" / "wirelens"))
    if not path.exists():
        pytest.fail(f"the CLI is not built at {path}: run `cargo build --release` (scripts/test.sh does)")
    return path


def run_cli(cli: pathlib.Path, rows: list) -> dict:
    """The CLI's `--jsonl` answer to rows of {"id", "text"}: id -> output line (a dict)."""
    lines = "".join(json.dumps(row) + "\n" for row in rows)
    out = subprocess.run([str(cli), "--jsonl"], input=lines.encode(), capture_output=True, check=False)
    answers = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(answers) == len(rows), out.stderr.decode()[-2000:]
    return {a["id"]: a for a in answers}


@pytest.fixture(scope="session")
def corpus_rows() -> list:
    """Every text of ../shared/corpus as {"id", "text"}: the wire texts, both PolNeAR splits,
    the wire gold and all Reuters-21578 stories."""
    if not CORPUS.is_dir():
        pytest.skip(f"SKIPPED: {CORPUS} is not beside this checkout (the corpus is not redistributed)")
    rows = [{"id": "wire/" + p.name, "text": p.read_text(encoding="utf-8")} for p in sorted((CORPUS / "wire" / "texts").glob("*.txt"))]
    for name in ["polnear/train.gold.jsonl", "polnear/dev.gold.jsonl", "wire/dev.gold.jsonl", "reuters21578/train.gold.jsonl"]:
        with open(CORPUS / name, encoding="utf-8") as f:
            rows += [{"id": name + "/" + d["id"], "text": d["text"]} for d in map(json.loads, f)]
    return rows
