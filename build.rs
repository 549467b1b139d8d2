//! Copies the word lists without their comments for the core to include (see
//! `strip_word_lists`), and turns `src/lexicon/word_classes.txt` into code: one `matches!` per class behind
//! `lexicon::is(word, class)`, and the class constants. The word lists stay data that a
//! journalist can edit, and a class test costs what a `matches!` over string literals costs
//! (a hash lookup in the extractors' inner loops was measurably slower).

use std::fmt::Write as _;

/// Classes tested once per cue, per quotation, per source or per credit line rather than at
/// every token: looked up in a hashed set built at first use, since a compiled match costs
/// the wasm module code that these tests do not need to be fast.
const TABLES: [&str; 118] = [
    "place_word",
    "group_word",
    "thing_noun",
    "half_of",
    "half_side",
    "currency_hundredth",
    "company_noun",
    "mention_break",
    "relative_word",
    "time_modifier",
    "irregular_past",
    "as_view_verb",
    "view_only",
    "as_comparison",
    "abbreviation",
    "auxiliary",
    "preposition",
    "honorific",
    "negation",
    "conjunction",
    "circumstance_word",
    "company_suffix",
    "complement_preposition",
    "object_end",
    "quantity_lead",
    "poll_noun",
    "sentence_subordinator",
    "told_thing",
    "party_label",
    "inserted_adverb",
    "phrase_opener",
    "side_verb",
    "after_first_no_rank",
    "range_word",
    "refusal_verb",
    "speech_infinitive",
    "particle",
    "clause",
    "noun_determiner",
    "padding",
    "calendar_noun",
    "after_mention_stop",
    "bare_determiner",
    "time_unit",
    "agency",
    "date_preposition",
    "subordinator",
    "number_suffix",
    "reporting_verb",
    "object_verb",
    "request_verb",
    "not_a_clause_opener",
    "document_noun",
    "organization_noun",
    "framing_verb",
    "section_label",
    "org_word",
    "noun_phrase_end",
    "adverbial_opener",
    "mention_opener",
    "preposition_opener",
    "subject_determiner",
    "slug",
    "place_particle",
    "desk_word",
    "job_title",
    "author_line_title",
    "note_opener",
    "caption_label",
    "name_particle",
    "holiday",
    "gendered_title",
    "time_zone",
    "document_part",
    "capitalised_lead",
    "change_verb",
    "count_modifier",
    "irregular_plural",
    "rank_determiner",
    "rank_verb",
    "after_rank",
    "listener_after_to",
    "listener_after_told",
    "fragment_lead",
    "title_lead",
    "anonymous_marker",
    "listener_verb",
    "object_pronoun",
    "report_negation",
    "clause_verb",
    "stance_verb",
    "unsourced_cue",
    "possessive_pronoun",
    "condition_opener",
    "headline_verb",
    "insertion_opener",
    "relative_in_appositive",
    "postnominal_adjective",
    "singular_pick",
    "partitive_quantifier",
    "picture_label",
    "level_qualifier",
    "toll_verb",
    "currency_code",
    "quarter_ordinal",
    "that_period",
    "ago_period",
    "over_the",
    "day_part",
    "partitive_determiner",
    "magnitude_after",
    "appositive_opener",
    "object_determiner",
    "relative_time",
    "magnitude_word",
    "time_opener",
    "time_opener_later",
    "sentence_word",
];

/// Copies every other word list of `src/lexicon` to `OUT_DIR/lexicon` without its comment
/// and blank lines: the lists are compiled into the wasm module with `include_str!`, where
/// the comments that explain them to a journalist would be bytes every reader downloads.
fn strip_word_lists() {
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("lexicon");
    std::fs::create_dir_all(&out).unwrap();
    println!("cargo:rerun-if-changed=src/lexicon");
    for entry in std::fs::read_dir("src/lexicon").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.ends_with(".txt") || name.ends_with(".tsv")) || name == "word_classes.txt" {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap();
        let kept: String = text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .flat_map(|l| [l, "\n"])
            .collect();
        // A two-column list is also written as a Rust array of its pairs, which a lookup
        // scans in place (no table built at first use).
        if name.ends_with(".tsv") {
            let pairs: String =
                kept.lines().filter_map(|l| l.split_once('\t')).map(|(k, v)| format!("({k:?}, {v:?}),")).collect();
            std::fs::write(out.join(format!("{name}.rs")), format!("&[{pairs}]")).unwrap();
        }
        std::fs::write(out.join(&name), kept).unwrap();
    }
}

fn main() {
    strip_word_lists();
    let path = "src/lexicon/word_classes.txt";
    println!("cargo:rerun-if-changed={path}");
    let data = std::fs::read_to_string(path).expect("src/lexicon/word_classes.txt");
    // The classes in the file's order, each with its words in order (a class may go on over
    // several lines; a word listed twice is kept once).
    let mut classes: Vec<(String, Vec<String>)> = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((name, words)) = line.split_once(':') else {
            panic!("{path}:{}: expected `class: words`", n + 1);
        };
        let name = name.trim();
        assert!(
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "{path}:{}: a class name is lower case with underscores",
            n + 1
        );
        let k = match classes.iter().position(|(c, _)| c == name) {
            Some(k) => k,
            None => {
                classes.push((name.to_owned(), Vec::new()));
                classes.len() - 1
            }
        };
        for w in words.split_whitespace() {
            if !classes[k].1.iter().any(|x| x == w) {
                classes[k].1.push(w.to_owned());
            }
        }
    }
    assert!(classes.len() <= 256, "{path}: at most 256 classes");
    let mut out = String::new();
    out.push_str("/// The closed word classes of `word_classes.txt`, in the file's order.\npub mod class {\n");
    out.push_str("    /// A class of `word_classes.txt`.\n");
    out.push_str("    #[derive(Clone, Copy, Debug, PartialEq, Eq)]\n    pub struct Class(pub(super) u8);\n");
    for (k, (name, _)) in classes.iter().enumerate() {
        writeln!(
            out,
            "    /// `{name}` in `word_classes.txt`.\n    pub const {}: Class = Class({k});",
            name.to_uppercase()
        )
        .unwrap();
    }
    writeln!(out, "    /// The names in the data file, in order.\n    pub const NAMES: [&str; {}] = [", classes.len())
        .unwrap();
    for (name, _) in &classes {
        writeln!(out, "        {name:?},").unwrap();
    }
    out.push_str("    ];\n}\n\n");
    // One function per class, so each class's match is compiled once rather than at every
    // call site (which grew the wasm module by kilobytes); `is` with a constant class folds
    // to a direct call.
    out.push_str("/// Whether `w`, as written, is in the class `c` (`word_classes.txt`).\n");
    out.push_str("#[inline(always)]\npub fn is(w: &str, c: class::Class) -> bool {\n    match c.0 {\n");
    let mut tables = 0;
    for (k, (name, _)) in classes.iter().enumerate() {
        if TABLES.contains(&name.as_str()) {
            writeln!(out, "        {k} => in_table({tables}, w),").unwrap();
            tables += 1;
        } else {
            writeln!(out, "        {k} => in_class_{k}(w),").unwrap();
        }
    }
    out.push_str("        _ => false,\n    }\n}\n");
    for (k, (name, words)) in classes.iter().enumerate() {
        if TABLES.contains(&name.as_str()) {
            continue;
        }
        let alternatives: Vec<String> = words.iter().map(|w| format!("{w:?}")).collect();
        writeln!(
            out,
            "\n/// `{name}`.\n#[inline(never)]\nfn in_class_{k}(w: &str) -> bool {{\n    matches!(w, {})\n}}",
            alternatives.join(" | ")
        )
        .unwrap();
    }
    // The table classes' words, a line each, hashed at first use (by the lexicon's `set`).
    let table_words: Vec<String> = classes
        .iter()
        .filter(|(n, _)| TABLES.contains(&n.as_str()))
        .map(|(_, w)| format!("{:?}", w.join("\n")))
        .collect();
    let n = table_words.len();
    writeln!(
        out,
        "\n/// The words of the classes looked up in tables, in order.\nconst TABLE_WORDS: [&str; {n}] = [{}];",
        table_words.join(", ")
    )
    .unwrap();
    writeln!(out, "static TABLE_SETS: [OnceLock<WordSet>; {n}] = [const {{ OnceLock::new() }}; {n}];").unwrap();
    out.push_str("\n/// Whether table class `k` holds `w`, as written.\n#[inline(never)]\nfn in_table(k: usize, w: &str) -> bool {\n");
    out.push_str("    set(&TABLE_SETS[k], TABLE_WORDS[k]).contains(w)\n}\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("word_classes.rs");
    std::fs::write(dest, out).unwrap();
}
