//! The WebAssembly binding: translates types and offsets, nothing else.
//!
//! `analyze(text)` returns the contract document (`contract/README.md`) as a plain,
//! JSON-compatible JS object: `null`, never `undefined`; offsets in UTF-16 code units.
//! A JS string with a lone surrogate reaches Rust with U+FFFD in its place (one UTF-16 unit
//! for one), so offsets still index the caller's original string.

use serde::Serialize;
use wasm_bindgen::prelude::*;

mod packed;

#[cfg(target_arch = "wasm32")]
mod alloc;

/// Free lists by size class instead of the standard library's dlmalloc: 3.5 KB less of the
/// gzipped module (see `alloc.rs`).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: alloc::Classes = alloc::Classes::new();

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[wasm_bindgen(typescript_custom_section)]
const TS_DOCUMENT: &'static str = r#"
/** A piece of the input: `input.slice(start, end) === text` (UTF-16 code units). */
export interface Span { start: number; end: number; text: string; }
export interface Dateline extends Span { location: string | null; agency: string | null; date: string | null; }
export type QuoteKind = "direct" | "partial" | "indirect";
export interface Quote extends Span { kind: QuoteKind; speaker: Span | null; source: string | null; cue: Span | null; source_id: number | null; }
export type FigureKind = "count" | "money" | "percent" | "duration" | "age" | "measure" | "ordinal" | "date" | "time" | "year" | "range";
export interface Figure extends Span { kind: FigureKind; value: number | null; unit: string | null; qualifier: string | null; }
export type CreditRole = "photo" | "video" | "byline" | "reporting" | "additional_reporting" | "writing" | "editing" | "compiled" | "contributor";
export interface Credit extends Span { role: CreditRole; names: string[]; agency: string | null; caption: Span | null; }
export type SourceType = "person" | "role" | "anonymous" | "organization" | "document" | "group";
/** One person or body the story quotes, however it names them; quotes point to it by `id`. */
export interface Source { id: number; name: string; description: string | null; type: SourceType; mentions: Span[]; }
/** The analysis contract document, version 1. Lists are sorted by `start` (sources by their first mention). */
export interface Analysis { version: 1; dateline: Dateline | null; quotes: Quote[]; figures: Figure[]; credits: Credit[]; sources: Source[]; }
"#;

/// Analyses `text` and returns the contract document as serde-wasm-bindgen builds it, for
/// Rust callers of this crate and its browser tests. Not exported to JavaScript: the JS API's
/// `analyze` (`index.js`) builds the same document from [`analyze_packed`], faster, and the
/// export cost 4.4 KB gzipped of the module every reader downloads. Errs for a text over
/// the size limit (64 MiB of UTF-8); any other text gives a document.
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    within_limit(text.len())?;
    let doc = wirelens::document(text, &wirelens::analyze(text));
    doc.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("wirelens: cannot build the result: {e}")))
}

/// The same analysis in the packed form `index.js` unpacks (see `packed.rs`), of a text the
/// caller has encoded as UTF-8: the call and the unpacking take less time than `analyze` on
/// long texts, because JavaScript builds the objects (BENCHMARKS.md). Throws for a text over the size limit and for bytes that are not UTF-8.
/// For `index.js` only; its layout may change with any release.
///
/// Why bytes, not a string: wasm-bindgen passes a string by copying its ASCII prefix and
/// encoding a slice of the rest with `TextEncoder.encodeInto`, which Chromium does much more
/// slowly on a slice than on a whole string; `index.js` encodes the whole string itself
/// (BENCHMARKS.md has the interleaved measurements).
#[wasm_bindgen(js_name = analyzePacked, skip_typescript)]
pub fn analyze_packed(utf8: &[u8]) -> Result<JsValue, JsError> {
    within_limit(utf8.len())?;
    let text = std::str::from_utf8(utf8).map_err(|e| JsError::new(&format!("wirelens: the text is not UTF-8: {e}")))?;
    packed::Packed::new(text, &wirelens::analyze(text))
        .serialize(&serde_wasm_bindgen::Serializer::new())
        .map_err(|e| JsError::new(&format!("wirelens: cannot build the result: {e}")))
}

/// Refuses a text of more than `MAX_INPUT_BYTES` bytes of UTF-8.
fn within_limit(bytes: usize) -> Result<(), JsError> {
    if bytes > wirelens::MAX_INPUT_BYTES {
        return Err(JsError::new(&format!(
            "wirelens: the text is {} MB; the limit is {} MB",
            bytes / 1_000_000,
            wirelens::MAX_INPUT_BYTES / 1_000_000
        )));
    }
    Ok(())
}

/// The crate version and the contract version, e.g. `0.1.0 (contract 1)`.
#[wasm_bindgen]
pub fn version() -> String {
    format!("{} (contract {})", env!("CARGO_PKG_VERSION"), wirelens::CONTRACT_VERSION)
}

/// The largest text `analyze` accepts, in bytes of UTF-8.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> usize {
    wirelens::MAX_INPUT_BYTES
}

/// Panics on purpose, so the page and widget can prove they recover from a trapped
/// instance. Only in builds with the `test-panic` feature (the test build of `pkg/`).
#[cfg(feature = "test-panic")]
#[wasm_bindgen(js_name = __panicForTests)]
pub fn panic_for_tests() {
    panic!("wirelens: panic requested by a test");
}
