//! The contract's reference example must come out exactly, every field.
//! (`www/samples/seed.txt` and `testdata/seed.expected.json` are copies of `contract/seed.*`.)

#[test]
fn seed_article_matches_the_contract_exactly() {
    let text = include_str!("../../www/samples/seed.txt");
    let expected: serde_json::Value = serde_json::from_str(include_str!("../../testdata/seed.expected.json")).unwrap();
    let doc = wirelens::document(text, &wirelens::analyze(text));
    let got = serde_json::to_value(&doc).unwrap();
    for key in ["dateline", "quotes", "figures", "credits"] {
        assert_eq!(
            serde_json::to_string_pretty(&got[key]).unwrap(),
            serde_json::to_string_pretty(&expected[key]).unwrap(),
            "{key} differs from seed.expected.json"
        );
    }
    assert_eq!(got, expected);
}
