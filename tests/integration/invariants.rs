//! Span invariants on thousands of generated texts: no panic; every span inside the input
//! and on character boundaries; every `text` equal to its UTF-16 slice; lists sorted;
//! speaker and cue outside their quote; a source null or non-empty.
//!
//! Inputs are built from fragments that stress offsets and pairing (emoji, curly quotes,
//! accents, CRLF, unbalanced marks, digits, datelines, credits) by a seeded generator, so a
//! failure names a seed that reproduces it.

use wirelens::document::{Document, SpanDoc};

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
    let sd = |what: &str, s: &SpanDoc| span_ok(what, s.start, s.end, &s.text);
    if let Some(d) = &doc.dateline {
        span_ok("dateline", d.start, d.end, &d.text)?;
    }
    for q in &doc.quotes {
        span_ok("quote", q.start, q.end, &q.text)?;
        for (what, s) in [("speaker", &q.speaker), ("cue", &q.cue)] {
            if let Some(s) = s {
                sd(what, s)?;
                if s.start < q.end && q.start < s.end {
                    return Err(format!("{what} {:?} overlaps its quote {:?}", s.text, q.text));
                }
            }
        }
        if q.source.as_deref().is_some_and(|s| s.trim().is_empty()) {
            return Err(format!("quote {:?} has an empty source", q.text));
        }
    }
    for f in &doc.figures {
        span_ok("figure", f.start, f.end, &f.text)?;
        if f.value.is_some_and(|v| !v.is_finite()) {
            return Err(format!("figure {:?} has a non-finite value", f.text));
        }
    }
    for c in &doc.credits {
        span_ok("credit", c.start, c.end, &c.text)?;
        if let Some(cap) = &c.caption {
            sd("caption", cap)?;
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

/// Analyses and checks; panics with the input on a violation.
pub fn analyse_checked(text: &str) -> Document {
    let doc = wirelens::document(text, &wirelens::analyze(text));
    if let Err(e) = check(text, &doc) {
        panic!("invariant broken: {e}\ninput: {text:?}");
    }
    doc
}

/// xorshift64*: small, seeded, reproducible.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "KABUL (Reuters) – ", "LONDON, July 16 (Reuters) - ", "(CNN) -- ", "BETHESDA, Md. (AP) _ ", "    SALVADOR, Feb 26 - ",
    "“", "”", "\"", "‘", "’", "''", "«", "»", "„", "「", "」", "'", "`",
    "We met 200 Taliban prisoners", " he said", " said Jane Doe, a spokeswoman", ", according to officials",
    " told Reuters.", ": ", ", ", ". ", "\n", "\r\n", "\r", "\n\n", "\t", "\u{a0}", "\u{202f}", "\u{200b}",
    "\u{ad}", "\u{200f}", "\u{202e}", "😀", "👨‍👩‍👧", "🇺🇸", "é", "e\u{301}", "中文", "שלום", "مرحبا",
    "$1.2 billion", "18-year-old", "5%", "October 18, 2018", "Friday night", "last week", "10:30 a.m. ET",
    "2012–13", "115-111", "COVID-19", "G7", "No. 6", "third-largest", "between 3 and 5 years", "about 1,000 people",
    "Writing by Gibran Peshimam; Editing by Kenneth Maxwell", "(Reporting by A B in C and D E in F)",
    "REUTERS/Name Surname", "REUTERS/ via REUTERS TV", "(AP Photo/Evan Vucci)", "By Jane Doe and John Roe\n",
    "Image: FILE PHOTO: ", "Mr.", "U.S.", " Gen. Scott Miller", "Miller", "The spokesman", "It", "they",
    "9999999999999999999999999999999999999999", "0", ".", ",", "-", "—", "(", ")", ";", "/",
];

fn generate(rng: &mut Rng) -> String {
    let n = 1 + rng.below(40);
    (0..n).map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())]).collect()
}

#[test]
fn invariants_hold_on_generated_texts() {
    for seed in 0..4000u64 {
        let mut rng = Rng::new(seed);
        let text = generate(&mut rng);
        let doc = wirelens::document(&text, &wirelens::analyze(&text));
        if let Err(e) = check(&text, &doc) {
            panic!("seed {seed}: {e}\ninput: {text:?}");
        }
    }
}

#[test]
fn invariants_hold_when_the_seed_is_shifted_by_odd_characters() {
    let seed = include_str!("../../www/samples/seed.txt");
    for prefix in ["😀", "é", "\r\n", "“", "\u{a0}", "中", "👨‍👩‍👧 ", "\u{feff}", "''"] {
        let text = format!("{prefix}{seed}");
        let doc = analyse_checked(&text);
        for q in ["“General Miller met", "“The meeting was about"] {
            assert!(doc.quotes.iter().any(|d| d.text.starts_with(q)), "prefix {prefix:?}: lost {q}");
        }
        let crlf = seed.replace('\n', "\r\n");
        analyse_checked(&crlf);
    }
}

#[test]
fn hostile_shapes_do_not_break_anything() {
    let cases = [
        String::new(),
        " ".repeat(1000),
        "“".repeat(5000),
        "\"".repeat(5001),
        "'".repeat(3001),
        "9".repeat(5000),
        "1,".repeat(3000),
        "A".repeat(100_000),
        "KABUL ".repeat(2000),
        "“a ‘b «c „d ".repeat(500),
        "Mr. ".repeat(2000),
        "By ".repeat(2000),
        "said said ".repeat(2000),
        "\u{0}\u{1}\u{7f}\u{fffd}".repeat(100),
    ];
    for text in &cases {
        analyse_checked(text);
    }
}
