//! Any rule on any text: compiling never panics (a bad pattern is an error), and every match
//! is a non-empty span on char boundaries, sorted, a rule's own matches never overlapping,
//! its UTF-16 offsets slicing to its text. The first byte picks the options, the first line
//! is the pattern, the rest the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wirelens_rules::{hits, RuleSet, RuleSpec};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let input = String::from_utf8_lossy(rest);
    let (pattern, text) = input.split_once('\n').unwrap_or((&input, ""));
    let spec = RuleSpec {
        regex: flags & 1 != 0,
        case_sensitive: flags & 2 != 0,
        whole_word: flags & 4 != 0,
        ..RuleSpec::literal("r", pattern)
    };
    let (set, _) = RuleSet::compile([Ok(spec)]);
    let found = set.find(text);
    let mut last_end = 0;
    for m in &found {
        assert!(m.span.start < m.span.end && m.span.end <= text.len(), "{m:?}");
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end), "{m:?}");
        assert!(m.span.start >= last_end, "overlapping matches of one rule: {found:?}");
        last_end = m.span.end;
    }
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for h in hits(&set, text, &found) {
        assert_eq!(String::from_utf16_lossy(&utf16[h.start..h.end]), h.text);
    }
});
