//! Inputs for the benchmarks: the real corpus as one document, and pathological texts.

use std::path::Path;

/// The wire corpus texts (and PolNeAR dev) joined into one document of at least `bytes`
/// bytes, or None where `../shared/corpus` is absent.
pub fn real_text(bytes: usize) -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/wire/texts");
    let mut files: Vec<_> = std::fs::read_dir(&dir).ok()?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    let texts: Vec<String> = files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    if texts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(bytes + 10_000);
    'fill: loop {
        for t in &texts {
            out.push_str(t);
            out.push_str("\n\n");
            if out.len() >= bytes {
                break 'fill;
            }
        }
    }
    Some(out)
}

/// Pathological inputs: (name, text of about `bytes` bytes).
pub fn pathological(bytes: usize) -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(bytes / unit.len() + 1);
    vec![
        ("quote-marks", fill("“\"‘ ”'’")),
        ("digits", fill("1234567890 ")),
        ("capitalised-words", fill("Miller General Reuters KABUL ")),
        ("no-spaces", fill("abcdefghij")),
        ("open-quotes", fill("“a ")),
        ("said-everywhere", fill("he said, ")),
        ("credit-shapes", fill("Photo A/B via Getty Images REUTERS/X ")),
    ]
}
