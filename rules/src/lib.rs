//! House rules: a desk's own watch-list of words, phrases and patterns (`allegedly`,
//! `sources said`, banned clichés, names under a legal order), found in a story in time
//! linear in its length whatever the pattern.
//!
//! Rules come from users, so a pattern is hostile input: `(a+)+$` backtracks for minutes in
//! JavaScript's `RegExp`. The regex crate's engine (regex-automata's meta regex, what
//! `regex::Regex` wraps) compiles every pattern to automata and never backtracks without a
//! bound, and its size limits refuse a pattern that would compile to something huge, so no
//! rule can freeze a tab or exhaust memory.
//!
//! Speed: a literal rule (most of a desk's list) is found by a substring search for its
//! first word, in the text or in one lower-cased copy of it shared by every rule, and each
//! candidate is checked by an anchored search where it stands; in wasm, where the engine's
//! own SIMD prefilters are missing, that is several times faster than a search per rule.
//!
//! ```
//! use wirelens_rules::{RuleSet, RuleSpec};
//! let spec = RuleSpec::literal("r1", "sources said");
//! let (set, errors) = RuleSet::compile(vec![Ok(spec)]);
//! assert!(errors.is_empty());
//! let text = "The deal is off, Sources  said on Monday.";
//! let found = set.find(text);
//! assert_eq!(found[0].span.text(text), "Sources  said");
//! ```
//!
//! The core gives byte spans ([`Match`]); [`hits`] turns them into the contract's `rules`
//! entries with UTF-16 offsets, as every front end emits them.

use memchr::memmem;
use regex_automata::meta::{self, Regex};
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind};
use serde::{Deserialize, Serialize};
use std::fmt;
use wirelens::span::{Span, Utf16Map};

/// The most rules one set compiles; the rest are refused with a message.
pub const MAX_RULES: usize = 1000;
/// The longest pattern accepted, in bytes.
pub const MAX_PATTERN_BYTES: usize = 2000;
/// The compiled size one rule may reach (the engine's NFA size limit): 1 MiB. `\w{1000}`
/// alone is past it; every pattern a desk writes is far below.
pub const SIZE_LIMIT: usize = 1 << 20;
/// The lazy DFA's cache per rule: past it the search goes on in a slower but still linear
/// engine, never in more memory.
pub const DFA_SIZE_LIMIT: usize = 1 << 20;

/// One rule as a desk writes it (the JSON list's items). Only `id` and `pattern` are
/// required.
#[derive(Deserialize, Serialize, Clone, Debug, PartialEq)]
pub struct RuleSpec {
    pub id: String,
    /// What the page shows beside a match; the pattern when absent.
    #[serde(default)]
    pub label: Option<String>,
    pub pattern: String,
    /// `false`: the pattern is literal text; `true`: the `regex` crate's syntax.
    #[serde(default)]
    pub regex: bool,
    #[serde(default)]
    pub case_sensitive: bool,
    /// Matches only where no letter, digit or `_` touches either end (for a literal, either
    /// end that is a letter, digit or `_` itself: `$` finds the sign of `$5`).
    #[serde(default = "yes")]
    pub whole_word: bool,
    /// A disabled rule is kept in the desk's list but not matched.
    #[serde(default = "yes")]
    pub enabled: bool,
}

fn yes() -> bool {
    true
}

impl RuleSpec {
    /// A literal, case-insensitive, whole-word rule: the editors' default.
    pub fn literal(id: &str, pattern: &str) -> Self {
        RuleSpec {
            id: id.to_owned(),
            label: None,
            pattern: pattern.to_owned(),
            regex: false,
            case_sensitive: false,
            whole_word: true,
            enabled: true,
        }
    }

    /// A regex rule, case-insensitive and whole-word like the literal default.
    pub fn regex(id: &str, pattern: &str) -> Self {
        RuleSpec { regex: true, ..RuleSpec::literal(id, pattern) }
    }
}

/// Why one rule was refused. The other rules of its list are unaffected.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RuleError {
    /// The rule's place in its list, from 0.
    pub index: usize,
    /// Its `id`, when it had one.
    pub id: Option<String>,
    pub message: String,
}

impl RuleError {
    pub fn new(index: usize, id: Option<&str>, message: impl Into<String>) -> Self {
        RuleError { index, id: id.map(str::to_owned), message: message.into() }
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.id {
            Some(id) => write!(f, "rule {:?} (number {} in the list): {}", id, self.index + 1, self.message),
            None => write!(f, "rule number {} in the list: {}", self.index + 1, self.message),
        }
    }
}

/// A compiled rule.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub label: String,
    regex: Regex,
    /// Where a literal rule's matches can start, for the fast path (see [`Anchor`]).
    anchor: Option<Anchor>,
}

/// The bytes every match of a literal rule starts with: its first word up to any quote mark
/// (ASCII lower case for a case-insensitive rule, which is then looked for in the text's
/// lower-cased copy). Only for ASCII first words when case is ignored: other letters fold
/// to different bytes (`Ä`, `ä`).
#[derive(Clone, Debug)]
struct Anchor {
    finder: memmem::Finder<'static>,
    /// Searched in the lower-cased copy of the text.
    folded: bool,
    /// Has `k` or `s`, which the Kelvin sign and the long s also fold to: in a text with
    /// either, the rule takes the plain search.
    exotic_folds: bool,
}

/// One match of one rule: a byte span of the text and the rule's place in the set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Match {
    pub span: Span,
    pub rule: usize,
}

/// A compiled list of rules, built once and used for any number of texts.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
}

impl RuleSet {
    /// Compiles every rule it can. An item is a rule, or the error its front end met reading
    /// it (a JSON object without a `pattern`, say); each bad rule gives one [`RuleError`]
    /// and never stops the others. Disabled rules are skipped without an error.
    pub fn compile(items: impl IntoIterator<Item = Result<RuleSpec, RuleError>>) -> (RuleSet, Vec<RuleError>) {
        let mut rules: Vec<Rule> = Vec::new();
        let mut errors = Vec::new();
        for (index, item) in items.into_iter().enumerate() {
            let compiled = item.and_then(|spec| {
                if index >= MAX_RULES {
                    return Err(RuleError::new(
                        index,
                        Some(&spec.id),
                        format!("a list may hold {MAX_RULES} rules; this one is past them"),
                    ));
                }
                if rules.iter().any(|r| r.id == spec.id) {
                    return Err(RuleError::new(index, Some(&spec.id), "an earlier rule has the same id"));
                }
                compile_rule(&spec).map_err(|message| RuleError::new(index, Some(&spec.id), message))
            });
            match compiled {
                Ok(Some(rule)) => rules.push(rule),
                Ok(None) => {}
                Err(e) => errors.push(e),
            }
        }
        (RuleSet { rules }, errors)
    }

    /// The compiled rules, in their list's order (a [`Match`]'s `rule` indexes this).
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Every match of every rule, sorted by start, then end, then the rules' order. A rule's
    /// own matches never overlap (leftmost first, as a search-and-replace finds them);
    /// matches of two rules may.
    pub fn find(&self, text: &str) -> Vec<Match> {
        let mut out = Vec::new();
        let anchors = || self.rules.iter().filter_map(|r| r.anchor.as_ref());
        let lower = anchors().any(|a| a.folded).then(|| text.as_bytes().to_ascii_lowercase());
        let exotic = anchors().any(|a| a.exotic_folds) && (text.contains('\u{212A}') || text.contains('\u{17F}'));
        for (rule, r) in self.rules.iter().enumerate() {
            let mut push = |m: regex_automata::Match| out.push(Match { span: Span::new(m.start(), m.end()), rule });
            let hay = match (&r.anchor, &lower) {
                (Some(a), Some(lower)) if a.folded && !(exotic && a.exotic_folds) => Some((a, lower.as_slice())),
                (Some(a), _) if !a.folded => Some((a, text.as_bytes())),
                _ => None,
            };
            match hay {
                Some((a, hay)) => anchored(&r.regex, a, text, hay, &mut push),
                None => r.regex.find_iter(text).for_each(push),
            }
        }
        out.sort_unstable_by_key(|m| (m.span.start, m.span.end, m.rule));
        out
    }
}

/// A literal rule's matches: each place its anchor occurs in `hay` (the text or its
/// lower-cased copy, byte for byte the same offsets) is checked by an anchored search, so
/// the matches are the same as a search's, leftmost first and not overlapping.
fn anchored(regex: &Regex, anchor: &Anchor, text: &str, hay: &[u8], push: &mut impl FnMut(regex_automata::Match)) {
    let mut at = 0;
    while let Some(found) = anchor.finder.find(&hay[at..]) {
        let start = at + found;
        match regex.search(&Input::new(text).range(start..).anchored(Anchored::Yes)) {
            Some(m) => {
                push(m);
                at = m.end().max(start + 1);
            }
            None => at = start + 1,
        }
    }
}

/// Compiles one rule; `Ok(None)` for a disabled one.
fn compile_rule(spec: &RuleSpec) -> Result<Option<Rule>, String> {
    if !spec.enabled {
        return Ok(None);
    }
    if spec.id.trim().is_empty() {
        return Err("the id is empty".into());
    }
    if spec.pattern.trim().is_empty() {
        return Err("the pattern is empty".into());
    }
    if spec.pattern.len() > MAX_PATTERN_BYTES {
        return Err(format!("the pattern is {} bytes long; the limit is {MAX_PATTERN_BYTES}", spec.pattern.len()));
    }
    let body = if spec.regex { spec.pattern.clone() } else { literal_pattern(&spec.pattern) };
    check_pattern(&body)?;
    let full = if spec.whole_word { whole_word(spec, &body) } else { body };
    let regex = Regex::builder()
        .configure(
            meta::Config::new()
                .match_kind(MatchKind::LeftmostFirst)
                .utf8_empty(true)
                .nfa_size_limit(Some(SIZE_LIMIT))
                .hybrid_cache_capacity(DFA_SIZE_LIMIT),
        )
        .syntax(syntax::Config::new().case_insensitive(!spec.case_sensitive).utf8(true))
        .build(&full)
        .map_err(describe_error)?;
    let label = spec.label.as_deref().map(str::trim).filter(|l| !l.is_empty()).unwrap_or(&spec.pattern);
    Ok(Some(Rule { id: spec.id.clone(), label: label.to_owned(), regex, anchor: anchor(spec) }))
}

/// The anchor of a literal rule, if its first word gives one (see [`Anchor`]).
fn anchor(spec: &RuleSpec) -> Option<Anchor> {
    if spec.regex {
        return None;
    }
    let first = spec.pattern.split_whitespace().next()?;
    let stem: String = first.chars().take_while(|&c| quote_class(c).is_none()).collect();
    if stem.is_empty() || (!spec.case_sensitive && !stem.is_ascii()) {
        return None;
    }
    let needle = if spec.case_sensitive { stem } else { stem.to_ascii_lowercase() };
    Some(Anchor {
        exotic_folds: !spec.case_sensitive && needle.contains(['k', 's']),
        finder: memmem::Finder::new(needle.as_bytes()).into_owned(),
        folded: !spec.case_sensitive,
    })
}

/// The class a quote mark matches in a literal: straight and curly apostrophes alike, straight
/// and curly double quotes alike; None for any other character.
fn quote_class(c: char) -> Option<&'static str> {
    match c {
        '\'' | '\u{2019}' | '\u{2018}' => Some("['\u{2018}\u{2019}]"),
        '"' | '\u{201C}' | '\u{201D}' => Some("[\"\u{201C}\u{201D}]"),
        _ => None,
    }
}

/// `body` held to whole words: no word character may touch an end that could cut a word. A
/// literal's end that is punctuation cannot, so `$` still finds the sign of `$5` and
/// `“fake news”` its quotes wherever they stand; a regex's ends are unknown, so both count.
fn whole_word(spec: &RuleSpec, body: &str) -> String {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let pattern = spec.pattern.trim();
    let start = spec.regex || is_word(pattern.chars().next());
    let end = spec.regex || is_word(pattern.chars().next_back());
    format!("{}(?:{body}){}", if start { r"\b{start-half}" } else { "" }, if end { r"\b{end-half}" } else { "" })
}

/// A literal phrase as a pattern: its words in order with any run of white space between
/// them (a phrase broken across lines still matches), and straight and curly apostrophes
/// and double quotes alike (`don't` finds `don’t`).
fn literal_pattern(phrase: &str) -> String {
    let words: Vec<String> = phrase.split_whitespace().map(literal_word).collect();
    words.join(r"\s+")
}

fn literal_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 8);
    for c in word.chars() {
        match quote_class(c) {
            Some(class) => out.push_str(class),
            None => out.push_str(&regex_syntax::escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    out
}

/// Checks the pattern before it is wrapped for whole words, so a syntax error points into
/// the pattern the user wrote. Refuses a pattern that can match the empty string (`a*`,
/// `x|`, `^`): it would match at every position, or at places no reader could see.
fn check_pattern(pattern: &str) -> Result<(), String> {
    let hir =
        regex_syntax::Parser::new().parse(pattern).map_err(|e| format!("the regular expression is not valid:\n{e}"))?;
    if hir.properties().minimum_len() == Some(0) {
        return Err("the pattern can match the empty string; it must match at least one character".into());
    }
    Ok(())
}

/// The engine's error in words for an editor: a syntax error keeps the parser's own text,
/// which shows the pattern with the failing place marked.
fn describe_error(e: meta::BuildError) -> String {
    if let Some(limit) = e.size_limit() {
        return format!(
            "the pattern compiles to more than {} KB (the limit); make it shorter or less repetitive",
            limit / 1024
        );
    }
    match e.syntax_error() {
        Some(s) => format!("the regular expression is not valid:\n{s}"),
        None => format!("the pattern cannot be compiled: {e}"),
    }
}

/// One entry of the contract's `rules` list: the rule's id and the match, in UTF-16 units.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct RuleHit<'a> {
    pub rule: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// The matches as the contract's `rules` entries (UTF-16 offsets, in the matches' order).
pub fn hits<'a>(set: &'a RuleSet, text: &'a str, matches: &[Match]) -> Vec<RuleHit<'a>> {
    utf16_matches(text, matches)
        .map(|(m, start, end)| RuleHit { rule: &set.rules[m.rule].id, start, end, text: m.span.text(text) })
        .collect()
}

/// Each match with its start and end in UTF-16 units (one pass over the text for all).
pub fn utf16_matches<'m>(text: &'m str, matches: &'m [Match]) -> impl Iterator<Item = (&'m Match, usize, usize)> + 'm {
    let map = Utf16Map::new(text);
    matches.iter().map(move |m| (m, map.get(m.span.start), map.get(m.span.end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(spec: RuleSpec) -> RuleSet {
        let (set, errors) = RuleSet::compile(vec![Ok(spec)]);
        assert!(errors.is_empty(), "{errors:?}");
        set
    }

    fn found(set: &RuleSet, text: &str) -> Vec<String> {
        set.find(text).iter().map(|m| m.span.text(text).to_owned()).collect()
    }

    #[test]
    fn literal_is_case_insensitive_and_whole_word_by_default() {
        let set = one(RuleSpec::literal("a", "allegedly"));
        assert_eq!(found(&set, "Allegedly, he ALLEGEDLY took it; unallegedly is no word."), ["Allegedly", "ALLEGEDLY"]);
    }

    #[test]
    fn literal_metacharacters_are_text() {
        let set = one(RuleSpec::literal("m", "$1.2 billion (est.)"));
        assert_eq!(found(&set, "It cost $1.2 billion (est.) and $1x2 billion (est)"), ["$1.2 billion (est.)"]);
    }

    #[test]
    fn unicode_case_folding() {
        let set = one(RuleSpec::literal("a", "ÄRGER"));
        assert_eq!(found(&set, "Viel Ärger, kein ärger? ÄRGERLICH."), ["Ärger", "ärger"]);
        let greek = one(RuleSpec::literal("g", "σοφία"));
        assert_eq!(found(&greek, "ΣΟΦΊΑ"), ["ΣΟΦΊΑ"]);
    }

    #[test]
    fn case_sensitive_when_asked() {
        let set = one(RuleSpec { case_sensitive: true, ..RuleSpec::literal("c", "Apple") });
        assert_eq!(found(&set, "Apple sells apples and an apple."), ["Apple"]);
    }

    #[test]
    fn word_boundaries_next_to_curly_quotes_and_dashes() {
        let set = one(RuleSpec::literal("s", "slammed"));
        assert_eq!(
            found(&set, "He “slammed” the plan—slammed—and was slammed’s … unslammed."),
            ["slammed", "slammed", "slammed"]
        );
        // A pattern that starts or ends with punctuation still has its words whole.
        let q = one(RuleSpec::literal("q", "“fake news”"));
        assert_eq!(found(&q, "He said “fake news” twice: \"fake news\"."), ["“fake news”", "\"fake news\""]);
        let dollar = one(RuleSpec::literal("d", "$"));
        assert_eq!(found(&dollar, "$5 or US$6"), ["$", "$"]);
        let dotted = one(RuleSpec::literal("u", "U.S."));
        assert_eq!(found(&dotted, "U.S.-led, U.S.A. and FU.S."), ["U.S.", "U.S."]);
    }

    #[test]
    fn whole_word_off_matches_inside_words() {
        let set = one(RuleSpec { whole_word: false, ..RuleSpec::literal("w", "gate") });
        assert_eq!(found(&set, "Watergate, gate, gateway"), ["gate", "gate", "gate"]);
    }

    #[test]
    fn phrases_match_across_line_breaks_and_apostrophes() {
        let set = one(RuleSpec::literal("p", "sources said"));
        assert_eq!(found(&set, "as sources\n  said"), ["sources\n  said"]);
        let a = one(RuleSpec::literal("a", "don't know"));
        assert_eq!(found(&a, "We don’t know."), ["don’t know"]);
    }

    #[test]
    fn regex_rules_use_the_crates_syntax() {
        let set = one(RuleSpec::regex("r", r"slam(s|med|ming)?"));
        assert_eq!(found(&set, "slams, slammed, slamming, slamdunk"), ["slams", "slammed", "slamming"]);
    }

    #[test]
    fn matches_are_sorted_and_name_their_rule() {
        let (set, errors) =
            RuleSet::compile(vec![Ok(RuleSpec::literal("b", "said")), Ok(RuleSpec::literal("a", "sources said"))]);
        assert!(errors.is_empty());
        let text = "Sources said so.";
        let m = set.find(text);
        assert_eq!(m.len(), 2);
        assert_eq!(set.rules()[m[0].rule].id, "a");
        assert_eq!(set.rules()[m[1].rule].id, "b");
    }

    #[test]
    fn bad_rules_are_refused_one_by_one() {
        let (set, errors) = RuleSet::compile(vec![
            Ok(RuleSpec::literal("empty", "  ")),
            Ok(RuleSpec::regex("star", "a*")),
            Ok(RuleSpec::regex("alt", "x|")),
            Ok(RuleSpec::regex("syntax", "slam(med")),
            Ok(RuleSpec::regex("huge", r"\w{1000}{1000}")),
            Ok(RuleSpec::literal("good", "allegedly")),
            Ok(RuleSpec::literal("good", "again")),
            Err(RuleError::new(7, None, "no pattern")),
            Ok(RuleSpec { enabled: false, ..RuleSpec::literal("off", "x") }),
        ]);
        assert_eq!(set.rules().len(), 1);
        assert_eq!(set.rules()[0].id, "good");
        let by_id =
            |id: &str| errors.iter().find(|e| e.id.as_deref() == Some(id)).map(|e| e.to_string()).unwrap_or_default();
        assert!(by_id("empty").contains("empty"), "{errors:?}");
        assert!(by_id("star").contains("empty string"));
        assert!(by_id("alt").contains("empty string"));
        // The crate's message marks where the syntax fails.
        let syntax = by_id("syntax");
        assert!(
            syntax.contains("rule \"syntax\"") && syntax.contains("unclosed group") && syntax.contains('^'),
            "{syntax}"
        );
        assert!(by_id("huge").contains("limit"), "{}", by_id("huge"));
        assert!(by_id("good").contains("same id"));
        assert_eq!(errors.len(), 7);
        assert!(errors.iter().any(|e| e.index == 7 && e.to_string() == "rule number 8 in the list: no pattern"));
    }

    #[test]
    fn hostile_patterns_run_in_linear_time() {
        // These take minutes or forever in a backtracking engine on inputs this size.
        let long_a = "a".repeat(1 << 20);
        let nested = one(RuleSpec { whole_word: false, ..RuleSpec::regex("n", "(a+)+$") });
        let m = nested.find(&long_a);
        assert_eq!((m.len(), m[0].span.len()), (1, 1 << 20));
        let xs = "x".repeat(1 << 20);
        let no_y = one(RuleSpec { whole_word: false, ..RuleSpec::regex("x", "(x+x+)+y") });
        assert!(no_y.find(&xs).is_empty());
        let repeated = one(RuleSpec { whole_word: false, ..RuleSpec::regex("r", "(.*a){20}") });
        // Nineteen a's, one short: a backtracking engine tries every way to place them.
        let one_short = format!("{}{}", "a".repeat(19), "x".repeat((1 << 20) - 19));
        assert!(repeated.find(&one_short).is_empty());
    }

    #[test]
    fn hits_have_utf16_offsets() {
        let set = one(RuleSpec::literal("e", "émeute"));
        let text = "😀 Une émeute.";
        let h = hits(&set, text, &set.find(text));
        assert_eq!(h, [RuleHit { rule: "e", start: 7, end: 13, text: "émeute" }]);
    }

    #[test]
    fn spec_defaults_from_json() {
        let spec: RuleSpec = serde_json::from_str(r#"{"id":"x","pattern":"slammed"}"#).unwrap();
        assert_eq!(spec, RuleSpec::literal("x", "slammed"));
    }
}
