//! Every text of the shared corpus (`../shared/corpus`, present in CI and on developers'
//! machines, absent in a plain clone: then these tests say so and pass) goes through the
//! analyzer with its invariants checked, and named regression cases from real articles are
//! checked as sentences.

use super::invariants::analyse_checked;
use std::path::{Path, PathBuf};

fn corpus_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIPPED: ../shared/corpus is not here (it ships beside the repository, not in it)");
        None
    }
}

/// The `text` field of every line of a gold file.
fn gold_texts(path: &Path) -> Vec<(String, String)> {
    let data = std::fs::read_to_string(path).unwrap_or_default();
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| Some((v["id"].as_str()?.to_owned(), v["text"].as_str()?.to_owned())))
        .collect()
}

#[test]
fn every_corpus_text_keeps_the_invariants() {
    let Some(dir) = corpus_dir() else { return };
    let mut n = 0;
    for entry in std::fs::read_dir(dir.join("wire/texts")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        analyse_checked(&text);
        n += 1;
    }
    for gold in
        ["polnear/dev.gold.jsonl", "polnear/train.gold.jsonl", "reuters21578/dev.gold.jsonl", "wire/dev.gold.jsonl"]
    {
        for (_, text) in gold_texts(&dir.join(gold)) {
            analyse_checked(&text);
            n += 1;
        }
    }
    assert!(n > 1500, "expected the whole corpus, read {n} texts");
}

#[test]
fn corpus_texts_have_no_false_datelines_where_gold_has_none() {
    let Some(dir) = corpus_dir() else { return };
    for line in std::fs::read_to_string(dir.join("wire/dev.gold.jsonl")).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if v["dateline"].is_null() {
            let text = v["text"].as_str().unwrap();
            let a = wirelens::analyze(text);
            assert!(
                a.dateline.is_none(),
                "{}: false dateline {:?}",
                v["id"],
                a.dateline.map(|d| d.span.text(text).to_owned())
            );
        }
    }
}
