//! The binding in a real browser (headless Chromium through wasm-bindgen-test): the seed
//! document, JSON compatibility, UTF-16 offsets across the boundary.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn json(v: &JsValue) -> String {
    js_sys_stringify(v)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify)]
    fn js_sys_stringify(v: &JsValue) -> String;
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn json_parse(s: &str) -> JsValue;
}

#[wasm_bindgen_test]
fn seed_document_equals_the_contract() {
    let text = include_str!("../../www/samples/seed.txt");
    let got = wirelens_wasm::analyze(text).unwrap();
    // Normalise both through JSON.parse/stringify so key order and number forms compare.
    let expected = json_parse(include_str!("../../testdata/seed.expected.json"));
    assert_eq!(json(&got), json(&expected));
}

#[wasm_bindgen_test]
fn offsets_are_utf16_after_astral_characters() {
    let text = "😀😀 “We met,” he said.";
    let doc = wirelens_wasm::analyze(text).unwrap();
    let s = json(&doc);
    // Two emoji are two surrogate pairs (4 units) and a space: `“` is at UTF-16 offset 5.
    assert!(s.contains(r#""start":5,"end":14,"text":"“We met,”""#), "{s}");
    assert!(s.contains(r#""dateline":null"#), "null, not undefined: {s}");
}

#[wasm_bindgen_test]
fn version_names_the_contract() {
    assert!(wirelens_wasm::version().ends_with("(contract 1)"));
}
