//! The seed article must come out exactly, every field. `testdata/seed.contract.json` is a
//! copy of the contract's reference example (`contract/seed.expected.json`, direct quotes
//! only); `testdata/seed.expected.json` is the same document with what wirelens adds since:
//! reported speech (quotes of kind `indirect`), `sources` and every quote's `source_id`. So
//! the seed's analysis changes only by additions.

fn seed_document() -> serde_json::Value {
    let text = include_str!("../../www/samples/seed.txt");
    serde_json::to_value(wirelens::document(text, &wirelens::analyze(text))).unwrap()
}

#[test]
fn seed_article_matches_the_expected_document_exactly() {
    let expected: serde_json::Value = serde_json::from_str(include_str!("../../testdata/seed.expected.json")).unwrap();
    let got = seed_document();
    for key in ["dateline", "quotes", "figures", "credits"] {
        assert_eq!(
            serde_json::to_string_pretty(&got[key]).unwrap(),
            serde_json::to_string_pretty(&expected[key]).unwrap(),
            "{key} differs from seed.expected.json"
        );
    }
    assert_eq!(got, expected);
}

#[test]
fn seed_without_the_additions_is_the_contract_example() {
    let contract: serde_json::Value = serde_json::from_str(include_str!("../../testdata/seed.contract.json")).unwrap();
    let mut got = seed_document();
    let quotes = got["quotes"].as_array_mut().unwrap();
    let before = quotes.len();
    quotes.retain(|q| q["kind"] != "indirect");
    assert!(quotes.len() < before, "the seed reports speech without quote marks");
    for q in quotes.iter_mut() {
        q.as_object_mut().unwrap().remove("source_id");
    }
    assert!(got.as_object_mut().unwrap().remove("sources").is_some());
    assert_eq!(got, contract);
}
