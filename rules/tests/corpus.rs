//! Literal rules on the shared corpus against an independent matcher written here by hand
//! (a scan of every position, no regex), with the rules' defaults: case-insensitive, whole
//! words, any white space between the words of a phrase, straight and curly apostrophes
//! alike. Skips with a message where `../shared/corpus` is absent (a plain clone).

use std::path::Path;
use wirelens_rules::{RuleSet, RuleSpec};

const PHRASES: &[&str] = &[
    "said",
    "says",
    "told",
    "according to",
    "percent",
    "million",
    "the president",
    "Trump",
    "Clinton",
    "White House",
    "don't",
    "it's",
    "officials said",
    "on Monday",
    "last week",
    "New York",
    "U.S.",
    "Mr.",
    "a spokesman",
    "declined to comment",
    "Reuters",
    "campaign",
    "election",
    "per cent",
    "e-mail",
    "$",
];

fn corpus() -> Option<Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    if !dir.is_dir() {
        eprintln!("SKIPPED: ../shared/corpus is not here (it ships beside the repository, not in it)");
        return None;
    }
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir.join("wire/texts")).ok()? {
        texts.push(std::fs::read_to_string(entry.ok()?.path()).ok()?);
    }
    let gold = std::fs::read_to_string(dir.join("polnear/dev.gold.jsonl")).ok()?;
    for line in gold.lines() {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        texts.push(v["text"].as_str()?.to_owned());
    }
    Some(texts)
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn same_char(a: char, b: char) -> bool {
    let apostrophe = |c| matches!(c, '\'' | '\u{2018}' | '\u{2019}');
    a.eq_ignore_ascii_case(&b) || (apostrophe(a) && apostrophe(b))
}

/// The length of `phrase` matched at the start of `rest`, or None.
fn match_at(rest: &str, phrase: &str) -> Option<usize> {
    let mut r = rest.char_indices().peekable();
    for pc in phrase.chars() {
        if pc == ' ' {
            // One or more white-space characters for the phrase's space.
            if !matches!(r.next(), Some((_, c)) if c.is_whitespace()) {
                return None;
            }
            while matches!(r.peek(), Some((_, c)) if c.is_whitespace()) {
                r.next();
            }
            continue;
        }
        match r.next() {
            Some((_, c)) if same_char(c, pc) => {}
            _ => return None,
        }
    }
    Some(r.peek().map_or(rest.len(), |&(i, _)| i))
}

/// Every whole-word match of `phrase`, leftmost first, not overlapping.
fn naive(text: &str, phrase: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let before_ok = !text[..at].chars().next_back().is_some_and(is_word) || !phrase.starts_with(is_word);
        if let Some(len) = match_at(&text[at..], phrase).filter(|_| before_ok) {
            let end = at + len;
            let after_ok = !text[end..].chars().next().is_some_and(is_word) || !phrase.ends_with(is_word);
            if after_ok {
                out.push((at, end));
                at = end;
                continue;
            }
        }
        at += text[at..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

#[test]
fn literal_rules_agree_with_a_hand_written_matcher_on_the_corpus() {
    let Some(texts) = corpus() else { return };
    let specs = PHRASES.iter().enumerate().map(|(i, p)| Ok(RuleSpec::literal(&format!("p{i}"), p)));
    let (set, errors) = RuleSet::compile(specs);
    assert!(errors.is_empty(), "{errors:?}");
    let mut total = 0;
    for text in &texts {
        let mut theirs: Vec<(usize, usize, usize)> = Vec::new();
        for (rule, phrase) in PHRASES.iter().enumerate() {
            theirs.extend(naive(text, phrase).into_iter().map(|(s, e)| (s, e, rule)));
        }
        theirs.sort_unstable();
        let ours: Vec<(usize, usize, usize)> =
            set.find(text).iter().map(|m| (m.span.start, m.span.end, m.rule)).collect();
        assert_eq!(ours, theirs, "in a text starting {:?}", &text[..text.len().min(80)]);
        total += ours.len();
    }
    eprintln!("{} texts, {total} matches, the same in both matchers", texts.len());
    assert!(total > 5_000, "{total} matches");
}
