"""wirelens.analyze / analyze_many / analyze_json against the CLI, and on bad input."""

from __future__ import annotations

import json
import pathlib

import pytest

import wirelens
from conftest import REPO, run_cli

SEED = (REPO / "www" / "samples" / "seed.txt").read_text(encoding="utf-8")


def test_seed_equals_the_cli_and_the_golden_document(cli):
    want = run_cli(cli, [{"id": "seed", "text": SEED}])["seed"]["analysis"]
    assert wirelens.analyze(SEED) == want
    assert wirelens.analyze(SEED) == json.loads((REPO / "testdata" / "seed.expected.json").read_text(encoding="utf-8"))
    assert wirelens.analyze_json(SEED) == json.dumps(want, ensure_ascii=False, separators=(",", ":"))


def test_every_corpus_text_equals_the_cli(cli, corpus_rows):
    want = run_cli(cli, corpus_rows)
    got = wirelens.analyze_many([row["text"] for row in corpus_rows])
    assert len(got) == len(corpus_rows)
    differ = [row["id"] for row, doc in zip(corpus_rows, got) if doc != want[row["id"]]["analysis"]]
    assert not differ, f"{len(differ)} of {len(corpus_rows)} texts differ from the CLI, first: {differ[:5]}"


def test_threads_do_not_change_the_answers(corpus_rows):
    texts = [row["text"] for row in corpus_rows[:3000]]
    assert wirelens.analyze_many(texts, jobs=1) == wirelens.analyze_many(texts, jobs=4)


def test_bad_items_get_errors_in_place_and_the_batch_goes_on():
    too_big = "a" * (wirelens.MAX_INPUT_BYTES + 1)
    items = ["He said it was true, officials said.", None, 42, "", "\ud800 lone", too_big, b"bytes", SEED]
    got = wirelens.analyze_many(items)
    assert len(got) == len(items)
    assert got[0]["version"] == wirelens.CONTRACT_VERSION
    assert got[1] == {"error": "expected a str, got None"}
    assert got[2] == {"error": "expected a str, got int"}
    assert got[3]["quotes"] == [] and "error" not in got[3]
    assert "lone surrogate" in got[4]["error"]
    assert "limit" in got[5]["error"] and str(wirelens.MAX_INPUT_BYTES) in got[5]["error"]
    assert got[6] == {"error": "expected a str, got bytes"}
    assert got[7] == wirelens.analyze(SEED)


def test_any_iterable_and_an_empty_batch():
    assert wirelens.analyze_many(iter(["One.", "Two."])) == [wirelens.analyze("One."), wirelens.analyze("Two.")]
    assert wirelens.analyze_many([]) == []
    with pytest.raises(ValueError):
        wirelens.analyze_many(["x"], jobs=0)


def test_single_calls_raise_clear_errors():
    with pytest.raises(TypeError, match="expected a str, got None"):
        wirelens.analyze(None)
    with pytest.raises(ValueError, match="lone surrogate"):
        wirelens.analyze("\udc00")
    with pytest.raises(ValueError, match="64 MiB"):
        wirelens.analyze_json("a" * (wirelens.MAX_INPUT_BYTES + 1))


def test_offsets_are_utf16_code_units():
    text = "🙂 “Prices will rise,” the minister said."
    quote = wirelens.analyze(text)["quotes"][0]
    units = text.encode("utf-16-le")
    assert units[2 * quote["start"] : 2 * quote["end"]].decode("utf-16-le") == quote["text"]


def test_version_and_stubs():
    assert wirelens.__version__ == wirelens._core.__version__
    package = pathlib.Path(wirelens.__file__).parent
    assert (package / "_core.pyi").exists() and (package / "py.typed").exists()
    for f in (wirelens.analyze, wirelens.analyze_many, wirelens.analyze_json):
        assert f.__doc__


def test_pandas_series_keeps_its_index():
    pd = pytest.importorskip("pandas")
    from wirelens.pandas import analyze_series

    s = pd.Series(["He said it was true.", None], index=[10, 20], name="body")
    out = analyze_series(s)
    assert list(out.index) == [10, 20] and out.name == "body"
    assert json.loads(out[10]) == wirelens.analyze("He said it was true.") and out[20] is None


def test_dask_series_equals_the_binding():
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    from wirelens.dask import analyze

    texts = ["KABUL (Reuters) - He said it was true.", "“Fine,” she said.", SEED, "No quotes here."]
    ddf = dd.from_pandas(pd.DataFrame({"body": texts}), npartitions=2)
    ddf["analysis"] = analyze(ddf["body"])
    out = ddf.compute()
    assert [json.loads(a) for a in out["analysis"]] == wirelens.analyze_many(texts)
