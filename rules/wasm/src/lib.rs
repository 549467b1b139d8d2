//! The house-rules module's binding: translates types and offsets, nothing else.
//!
//! `new RuleSet(rules)` compiles a JS list of rules once (`errors` says which were refused
//! and why); `findPacked(utf8)` gives every match of a text as `[rule, start, end, …]` in
//! UTF-16 units, which `rules.js` turns into the contract's `rules` entries, slicing each
//! `text` from the caller's own string.

use wasm_bindgen::prelude::*;
use wirelens_rules::{RuleError, RuleSpec};

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// A compiled list of house rules.
#[wasm_bindgen]
pub struct RuleSet {
    set: wirelens_rules::RuleSet,
    errors: Vec<RuleError>,
}

#[wasm_bindgen]
impl RuleSet {
    /// Compiles `rules`, a list of `{id, label, pattern, regex, case_sensitive, whole_word}`.
    /// A bad rule is refused on its own (`errors`); `rules.js` checks that `rules` is a list.
    #[wasm_bindgen(constructor)]
    pub fn new(rules: Vec<JsValue>) -> RuleSet {
        let specs = rules.into_iter().enumerate().map(|(index, item)| {
            serde_wasm_bindgen::from_value::<RuleSpec>(item.clone())
                .map_err(|e| RuleError::new(index, id_of(&item).as_deref(), e.to_string()))
        });
        let (set, errors) = wirelens_rules::RuleSet::compile(specs);
        RuleSet { set, errors }
    }

    /// The refused rules: `[{index, id, message}]`, `message` naming the rule.
    #[wasm_bindgen(getter)]
    pub fn errors(&self) -> JsValue {
        let list: Vec<(usize, Option<&str>, String)> =
            self.errors.iter().map(|e| (e.index, e.id.as_deref(), e.to_string())).collect();
        serde_wasm_bindgen::to_value(&list).unwrap_or(JsValue::NULL)
    }

    /// The ids of the compiled rules, in order: a match's `rule` indexes this.
    #[wasm_bindgen(getter)]
    pub fn ids(&self) -> Vec<String> {
        self.set.rules().iter().map(|r| r.id.clone()).collect()
    }

    /// The labels of the compiled rules, in the order of `ids`.
    #[wasm_bindgen(getter)]
    pub fn labels(&self) -> Vec<String> {
        self.set.rules().iter().map(|r| r.label.clone()).collect()
    }

    /// Every match in a text the caller encoded as UTF-8: `[rule, start, end, …]`, UTF-16
    /// offsets, sorted. Throws for bytes that are not UTF-8 or a text over the size limit.
    #[wasm_bindgen(js_name = findPacked)]
    pub fn find_packed(&self, utf8: &[u8]) -> Result<Vec<u32>, JsError> {
        if utf8.len() > wirelens::MAX_INPUT_BYTES {
            return Err(JsError::new("wirelens: the text is over the size limit"));
        }
        let text =
            std::str::from_utf8(utf8).map_err(|e| JsError::new(&format!("wirelens: the text is not UTF-8: {e}")))?;
        let matches = self.set.find(text);
        // Texts are at most 64 MiB, so every offset fits in 32 bits.
        Ok(wirelens_rules::utf16_matches(text, &matches)
            .flat_map(|(m, start, end)| [m.rule as u32, start as u32, end as u32])
            .collect())
    }
}

/// The `id` of a rule object that could not be read as a rule, if it has a string one.
fn id_of(item: &JsValue) -> Option<String> {
    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
        fn reflect_get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    }
    if !item.is_object() {
        return None;
    }
    reflect_get(item, &JsValue::from_str("id")).ok()?.as_string()
}
