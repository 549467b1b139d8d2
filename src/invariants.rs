//! The span invariants every document keeps, on any input: every span inside the input and
//! on character boundaries, its `text` equal to the UTF-16 slice `[start, end)`, lists
//! sorted by start, a quote's speaker and cue outside the quote, a source null or
//! non-empty, values finite; every source's mentions spans of the input, its id its place,
//! and a quote's `source_id` naming a source whose name is the quote's `source`. The
//! tests, the fuzzer and the benchmarks all check with this.

use crate::document::{Document, SpanDoc};

/// The UTF-16 slice of `text` (None when the offsets are out of bounds or reversed).
pub fn slice16(units: &[u16], start: usize, end: usize) -> Option<String> {
    if start > end || end > units.len() {
        return None;
    }
    String::from_utf16(&units[start..end]).ok()
}

/// Checks a document against its text; returns the first violation.
pub fn check(text: &str, doc: &Document) -> Result<(), String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let span_ok = |what: &str, start: usize, end: usize, t: &str| -> Result<(), String> {
        match slice16(&units, start, end) {
            Some(s) if s == t => Ok(()),
            Some(s) => Err(format!("{what} [{start},{end}) text {t:?} but slice is {s:?}")),
            None => Err(format!("{what} [{start},{end}) is not a valid UTF-16 range of {} units", units.len())),
        }
    };
    let sd = |what: &str, s: &SpanDoc| span_ok(what, s.start, s.end, s.text);
    if let Some(d) = &doc.dateline {
        span_ok("dateline", d.start, d.end, d.text)?;
    }
    for q in &doc.quotes {
        span_ok("quote", q.start, q.end, q.text)?;
        for (what, s) in [("speaker", &q.speaker), ("cue", &q.cue)] {
            if let Some(s) = s {
                sd(what, s)?;
                if s.start < q.end && q.start < s.end {
                    return Err(format!("{what} {:?} overlaps its quote {:?}", s.text, q.text));
                }
            }
        }
        if q.source.is_some_and(|s| s.trim().is_empty()) {
            return Err(format!("quote {:?} has an empty source", q.text));
        }
    }
    for f in &doc.figures {
        span_ok("figure", f.start, f.end, f.text)?;
        if f.value.is_some_and(|v| !v.is_finite()) {
            return Err(format!("figure {:?} has a non-finite value", f.text));
        }
    }
    for c in &doc.credits {
        span_ok("credit", c.start, c.end, c.text)?;
        if let Some(cap) = &c.caption {
            sd("caption", cap)?;
        }
    }
    for (k, s) in doc.sources.iter().enumerate() {
        if s.id != k || s.name.trim().is_empty() {
            return Err(format!("source {k} has id {} and name {:?}", s.id, s.name));
        }
        for m in &s.mentions {
            sd("source mention", m)?;
        }
    }
    for q in &doc.quotes {
        if let Some(id) = q.source_id {
            let source = doc.sources.get(id).ok_or(format!("quote {:?} points to no source {id}", q.text))?;
            if q.source != Some(source.name) {
                return Err(format!(
                    "quote {:?} has source {:?} but its source is {:?}",
                    q.text, q.source, source.name
                ));
            }
        }
    }
    let sorted = |starts: Vec<usize>, what: &str| {
        if starts.windows(2).all(|w| w[0] <= w[1]) {
            Ok(())
        } else {
            Err(format!("{what} not sorted by start: {starts:?}"))
        }
    };
    sorted(doc.quotes.iter().map(|q| q.start).collect(), "quotes")?;
    sorted(doc.figures.iter().map(|f| f.start).collect(), "figures")?;
    sorted(doc.credits.iter().map(|c| c.start).collect(), "credits")?;
    Ok(())
}
