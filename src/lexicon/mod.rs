//! Word lists, all data files in `src/lexicon/`: the open lists (speech verbs, role nouns,
//! titles, units, currencies, …) read once at first use, and the closed word classes of
//! `word_classes.txt`, which `build.rs` compiles into [`is`]. Only maps from a word to a
//! value (months, number words, magnitudes) are `match`es here.

use crate::prefilter::{Lower, ShapeLanes, Shapes, WordSet};
use std::sync::OnceLock;

/// A word list of this folder, as `build.rs` copies it without its comments (see there).
macro_rules! word_list {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $name))
    };
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(cell: &'static OnceLock<WordSet>, data: &'static str) -> &'static WordSet {
    cell.get_or_init(|| WordSet::of(lines(data)))
}

/// The word lists looked up as sets, by index (the constants below): one lookup function for
/// all of them keeps a copy of the set's code per list out of the wasm module.
const LISTS: [&str; 10] = [
    word_list!("speech_verbs.txt"),
    word_list!("thought_verbs.txt"),
    word_list!("speech_nouns.txt"),
    word_list!("figure_openers.txt"),
    word_list!("article_followers.txt"),
    word_list!("role_nouns.txt"),
    word_list!("female_names.txt"),
    word_list!("male_names.txt"),
    word_list!("titles.txt"),
    word_list!("units.txt"),
];
const SPEECH_VERBS: usize = 0;
const THOUGHT_VERBS: usize = 1;
const SPEECH_NOUNS: usize = 2;
const FIGURE_OPENERS: usize = 3;
const ARTICLE_FOLLOWERS: usize = 4;
const ROLE_NOUNS: usize = 5;
const FEMALE_NAMES: usize = 6;
const MALE_NAMES: usize = 7;
const TITLES: usize = 8;
const UNITS: usize = 9;
static LIST_SETS: [OnceLock<WordSet>; 10] = [const { OnceLock::new() }; 10];

/// The set of word list `k` (one of the constants above).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn word_set(k: usize) -> &'static WordSet {
    set(&LIST_SETS[k], LISTS[k])
}

/// A speech verb (`said`, `told`, …), any case.
pub fn is_speech_verb(w: &str) -> bool {
    word_set(SPEECH_VERBS).contains_lower(w)
}

/// A verb of thought or finding (`believes`, `shows`), lower case as written: reported
/// speech reads them, a quotation's cue is never one.
pub fn is_thought_verb(w: &str) -> bool {
    word_set(THOUGHT_VERBS).contains(w)
}

/// A noun of speech or belief (`statement`, `claim`, `view`), lower case as written: reported
/// speech reads it after a possessive (`the ministry's statement that …`).
pub fn is_speech_noun(w: &str) -> bool {
    word_set(SPEECH_NOUNS).contains(w)
}

/// Whether `w` may be the first word of a cue phrase (`according`, `pointed`), by shape
/// only (see [`Shapes`]).
pub fn may_open_cue_phrase(w: &str) -> bool {
    phrase_openers(CUE_PHRASES).may_hold(w)
}

/// The lists the extractors look up at every word of a text, as bits of
/// [`crate::text::Token::lists`]. The tokenizer sets them with one shape test for all of
/// them (see [`lists_of`]); a word without a list's bit is certainly not in the list, so
/// the extractors' own lookups run only where a bit is set.
pub mod list {
    /// A speech verb, a verb of thought or the first word of a cue phrase (`said`,
    /// `believes`, `according`), any case.
    pub const CUE: u8 = 1;
    /// A word that can open a figure (`March`, `two`, `first`, `the`), possessives too.
    pub const FIGURE: u8 = 2;
    /// A word a credit matcher starts at (`Reporting`, `contributed`, `via`, `REUTERS`), or
    /// the mark `/`, where a picture credit may start (`REUTERS/Omar Sobhani`).
    pub const CREDIT: u8 = 4;
    /// Not a word: a mark that may be a quote mark (`"`, `'`, `` ` `` or any mark outside
    /// ASCII), so the quote reader skips `,` and `.` without reading them.
    pub const MARK: u8 = 8;
}

/// Which of the [`list`]s may hold `w`: a superset, never an omission (see
/// [`crate::prefilter`]).
pub fn lists_of(w: &str) -> u8 {
    list_shapes().get(w.as_bytes())
}

/// The table behind [`lists_of`], for the tokenizer to fetch once per text.
pub(crate) fn list_shapes() -> &'static ShapeLanes {
    static H: OnceLock<ShapeLanes> = OnceLock::new();
    H.get_or_init(|| ShapeLanes::of(&list_words()))
}

/// The words of the word [`list`]s, by lane: lane `l` is the list of bit `1 << l`.
fn list_words() -> [Vec<String>; 3] {
    let cues = lines(word_list!("speech_verbs.txt"))
        .chain(lines(word_list!("thought_verbs.txt")))
        .chain(lines(word_list!("speech_nouns.txt")))
        .chain(cue_phrases().iter().map(|p| p[0]));
    // A figure opener may be written as a possessive (`November's`, `today’s`).
    let figures = figure_openers().flat_map(|w| [w.to_string(), format!("{w}'s"), format!("{w}’s")]);
    let credits = credit_roles()
        .map(|(phrase, _)| phrase.split(' ').next().unwrap_or(phrase))
        .chain(credit_keywords().map(|(w, _)| w));
    [cues.map(str::to_owned).collect(), figures.collect(), credits.map(str::to_owned).collect()]
}

/// Words that can open a figure (`figure_openers.txt`), lower case.
pub fn figure_openers() -> impl Iterator<Item = &'static str> {
    lines(word_list!("figure_openers.txt"))
}

/// Whether `w` opens figures (`figure_openers.txt`), any case.
pub fn is_figure_opener(w: &str) -> bool {
    word_set(FIGURE_OPENERS).contains_lower(w)
}

/// The words after which an article can open a figure (`article_followers.txt`).
pub fn article_followers() -> impl Iterator<Item = &'static str> {
    lines(word_list!("article_followers.txt"))
}

/// Whether an article before `w` can open a figure (`a year ago`), as written.
pub fn follows_article(w: &str) -> bool {
    word_set(ARTICLE_FOLLOWERS).contains(w)
}

/// The role phrases of credit trailers and their contract role (`credit_roles.tsv`).
pub fn credit_roles() -> impl Iterator<Item = (&'static str, &'static str)> {
    lines(word_list!("credit_roles.tsv")).filter_map(|l| l.split_once('\t'))
}

/// The other words where a credit matcher starts, and what they start (`credit_keywords.tsv`).
pub fn credit_keywords() -> impl Iterator<Item = (&'static str, &'static str)> {
    lines(word_list!("credit_keywords.tsv")).filter_map(|l| l.split_once('\t'))
}

/// Multi-word cues (`according to`), as lists of lower-case words.
pub fn cue_phrases() -> &'static [Vec<&'static str>] {
    phrases(CUE_PHRASES)
}

/// Web-page furniture (`READ MORE`, `Article continued below`), as lists of lower-case words.
pub fn page_furniture() -> &'static [Vec<&'static str>] {
    phrases(PAGE_FURNITURE)
}

/// The phrase lists, by index (`CUE_PHRASES`, `PAGE_FURNITURE`): one function for both keeps
/// a second copy of its code out of the wasm module.
const PHRASE_LISTS: [&str; 2] = [word_list!("cue_phrases.txt"), word_list!("page_furniture.txt")];
const CUE_PHRASES: usize = 0;
const PAGE_FURNITURE: usize = 1;

/// Phrase list `k` as lists of lower-case words.
#[inline(never)]
fn phrases(k: usize) -> &'static [Vec<&'static str>] {
    static S: [OnceLock<Vec<Vec<&str>>>; 2] = [const { OnceLock::new() }; 2];
    S[k].get_or_init(|| lines(PHRASE_LISTS[k]).map(|l| l.split(' ').collect()).collect())
}

/// The shapes of the first words of phrase list `k` (see [`Shapes`]).
#[inline(never)]
fn phrase_openers(k: usize) -> &'static Shapes {
    static S: [OnceLock<Shapes>; 2] = [const { OnceLock::new() }; 2];
    S[k].get_or_init(|| Shapes::of(phrases(k).iter().map(|p| p[0])))
}

/// Whether `w` may be the first word of page furniture (`READ`, `Advertisement`), by shape
/// only (see [`Shapes`]): most capitalised runs are tested, and fail here.
pub fn may_open_furniture(w: &str) -> bool {
    phrase_openers(PAGE_FURNITURE).may_hold(w)
}

/// A noun naming a speaker by role (`spokesman`, `official`), any case.
pub fn is_role_noun(w: &str) -> bool {
    let roles = word_set(ROLE_NOUNS);
    // The plural of a role names people by it too: `attorneys for the department said`.
    roles.contains_lower(w) || w.len() > 4 && w.strip_suffix('s').is_some_and(|stem| roles.contains_lower(stem))
}

/// The grammatical gender a first name, honorific or role word marks, as written:
/// `Some(true)` female (`Elizabeth`, `Ms.`, `spokeswoman`), `Some(false)` male.
pub fn gender(w: &str) -> Option<bool> {
    if word_set(FEMALE_NAMES).contains(w) {
        Some(true)
    } else if word_set(MALE_NAMES).contains(w) {
        Some(false)
    } else {
        None
    }
}

// `class` (the constants) and `is(word, class)`, generated by build.rs from word_classes.txt.
include!(concat!(env!("OUT_DIR"), "/word_classes.rs"));

/// A title written in front of a name (`Gen`, `Secretary`), as written.
pub fn is_title(w: &str) -> bool {
    word_set(TITLES).contains(w)
}

/// A unit of measure (`km`, `barrels`), lower case as written.
pub fn is_unit(w: &str) -> bool {
    word_set(UNITS).contains(w)
}

/// The value of `w` in a two-column list's pairs (`word<TAB>value`, compiled in as an array
/// by build.rs). The lists are short, a few dozen rows, and read only beside numbers: a scan.
fn lookup(pairs: &'static [(&'static str, &'static str)], w: &str) -> Option<&'static str> {
    lookup_by(pairs, |k| k == w)
}

/// The value of the first key of `pairs` that `is` accepts.
fn lookup_by(pairs: &'static [(&'static str, &'static str)], is: impl Fn(&str) -> bool) -> Option<&'static str> {
    pairs.iter().find(|(k, _)| is(k)).map(|&(_, v)| v)
}

/// The ISO 4217 code of a currency symbol or word (`$`, `euros`, `dlrs`).
pub fn currency(w: &str) -> Option<&'static str> {
    lookup(include!(concat!(env!("OUT_DIR"), "/lexicon/currencies.tsv.rs")), w)
}

/// The ISO 4217 code a nationality names before a currency word (`Australian` in `35
/// Australian cents`).
/// Any case: a lower-cased corpus writes `swiss francs`.
pub fn currency_of_nationality(w: &str) -> Option<&'static str> {
    lookup_by(include!(concat!(env!("OUT_DIR"), "/lexicon/currency_adjectives.tsv.rs")), |k| k.eq_ignore_ascii_case(w))
}

/// The char of `w` if it has exactly one, without counting them all (counting runs the
/// general loop at every word before a full stop).
pub fn only_char(w: &str) -> Option<char> {
    let mut chars = w.chars();
    chars.next().filter(|_| chars.next().is_none())
}

/// A word that abbreviates with a full stop (`Mr.`, `Gen.`, `Md.`, `Feb.`, `Inc.`).
pub fn is_abbreviation(w: &str) -> bool {
    only_char(w).is_some() || is(w, class::ABBREVIATION)
}

/// Month number (1–12) of a month name or its abbreviation, written with a capital
/// (`March`, `Feb`) or in capitals (`MARCH`, as 1987 Reuters datelines write it).
pub fn month(w: &str) -> Option<u8> {
    if w.len() > 3 && w.bytes().all(|b| b.is_ascii_uppercase()) {
        return month_lower(Lower::new(w).as_str());
    }
    month_cased(w)
}

/// A month name in any casing (`FEB`, `feb`, `MArch`): for datelines, where a day number and
/// a dash follow it (`month` keeps `MAR` and `MAY` in capitals for acronyms).
pub fn month_any_case(w: &str) -> Option<u8> {
    month_lower(Lower::new(w).as_str())
}

fn month_lower(l: &str) -> Option<u8> {
    let mut buf = [0u8; 32];
    let n = l.len().min(32);
    buf[..n].copy_from_slice(&l.as_bytes()[..n]);
    buf[0] = buf[0].to_ascii_uppercase();
    month_cased(std::str::from_utf8(&buf[..n]).ok()?)
}

fn month_cased(w: &str) -> Option<u8> {
    Some(match w {
        "January" | "Jan" => 1,
        "February" | "Feb" => 2,
        "March" | "Mar" => 3,
        "April" | "Apr" => 4,
        "May" => 5,
        "June" | "Jun" => 6,
        "July" | "Jul" => 7,
        "August" | "Aug" => 8,
        "September" | "Sep" | "Sept" => 9,
        "October" | "Oct" => 10,
        "November" | "Nov" => 11,
        "December" | "Dec" => 12,
        _ => return None,
    })
}

/// A month written in full (a bare `Mar` or `Jan` in prose is too ambiguous on its own).
pub fn is_full_month(w: &str) -> bool {
    month(w).is_some() && w.len() > 4 || matches!(w, "May" | "June" | "July")
}

pub fn is_weekday(w: &str) -> bool {
    is(w, class::WEEKDAY)
}

/// Parts of the day that attach to a weekday or `last`: `Friday night`, `last night`.
pub fn is_day_part(w: &str) -> bool {
    is(w, class::DAY_PART)
}

/// A word that reads as a past tense or participle: `listed`, `adopted`, `polled` (not `red`,
/// `bed`, `need`).
pub fn is_past_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

/// A lower-case noun that reads as a plural: `officials`, `protesters`, `analysts` (not
/// `boss`, `status`, `gas`).
pub fn is_plural_noun(w: &str) -> bool {
    w.starts_with(char::is_lowercase) && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
}

/// A word without its possessive ending: `November's` → `November`, `year’s` → `year`.
pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}

/// Whether a word ends in a possessive: `Spain's`, `year’s` (also `He's`, which a caller
/// tells apart).
pub fn is_possessive(w: &str) -> bool {
    strip_possessive(w).len() < w.len()
}

/// Calendar words that follow `last`, `next`, `this`, `earlier this`: `last week`.
pub fn is_calendar_noun(w: &str) -> bool {
    let w = strip_possessive(w);
    is(w, class::CALENDAR_NOUN) || is_weekday(w) || is_full_month(w)
}

/// Time units of durations and ages, singular or plural, lower case.
pub fn is_time_unit(w: &str) -> bool {
    is(w, class::TIME_UNIT)
}

/// The value of a number word (`two`, `Twenty`, `dozen`), any first-letter case.
pub fn number_word(w: &str) -> Option<f64> {
    let l = Lower::new(w);
    Some(match l.as_str() {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "dozen" => 12.0,
        "hundred" => 100.0,
        "thousand" => 1_000.0,
        "half" => 0.5,
        _ => return None,
    })
}

/// Magnitude words after a number: `1.2 million`, `$5bn`, `720.4 mln`.
pub fn magnitude(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" | "k" | "K" => 1e3,
        "million" | "mln" | "mn" | "m" | "M" | "millions" => 1e6,
        "billion" | "bln" | "bn" | "b" | "B" | "billions" => 1e9,
        "trillion" | "trln" | "tn" | "T" | "trillions" => 1e12,
        _ => return None,
    })
}

/// Ordinal words and their rank.
pub fn ordinal_word(w: &str) -> Option<f64> {
    let l = Lower::new(w);
    Some(match l.as_str() {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "twentieth" => 20.0,
        _ => return None,
    })
}

/// Qualifiers written before a figure, as word sequences (lower case).
pub const QUALIFIERS_BEFORE: &[&[&str]] = &[
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["at", "least"],
    &["at", "most"],
    &["up", "to"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["about"],
    &["around"],
    &["roughly"],
    &["nearly"],
    &["almost"],
    &["approximately"],
    &["some"],
    &["over"],
    &["under"],
    &["near"],
    &["close", "to"],
    &["just", "over"],
    &["just", "under"],
    &["an", "estimated"],
    &["estimated"],
];

/// Words that end a counted noun phrase: function words, verbs of reporting, auxiliaries.
pub fn ends_noun_phrase(w: &str) -> bool {
    is(w, class::NOUN_PHRASE_END)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefilter::WordHash;
    use std::hash::BuildHasherDefault;

    /// The word lists read from data files.
    const LISTS: [&str; 8] = [
        word_list!("speech_verbs.txt"),
        word_list!("role_nouns.txt"),
        word_list!("titles.txt"),
        word_list!("units.txt"),
        word_list!("female_names.txt"),
        word_list!("male_names.txt"),
        word_list!("figure_openers.txt"),
        word_list!("article_followers.txt"),
    ];

    #[test]
    fn only_char_is_one_char_of_any_width() {
        assert_eq!(only_char("U"), Some('U'));
        assert_eq!(only_char("É"), Some('É'));
        assert_eq!(only_char("😀"), Some('😀'));
        assert_eq!(only_char(""), None);
        assert_eq!(only_char("US"), None);
        assert_eq!(only_char("Éa"), None);
    }

    /// The word hash reads every byte: no two of the lexicon's words, or of their variants
    /// differing in one byte anywhere (middle bytes of long words included), collide.
    #[test]
    fn word_hash_tells_words_apart() {
        use std::hash::BuildHasher;
        let build = BuildHasherDefault::<WordHash>::default();
        let mut words: Vec<String> = LISTS.iter().flat_map(|data| lines(data).map(str::to_owned)).collect();
        let long = "internationalisationsprocess"; // 28 bytes: four 8-byte reads and more
        for n in 0..=long.len() {
            for at in 0..n {
                let mut v = long.as_bytes()[..n].to_vec();
                v[at] = b'#';
                words.push(String::from_utf8(v).unwrap());
            }
            words.push(long[..n].to_owned());
        }
        words.sort();
        words.dedup();
        let mut hashes: Vec<u64> = words.iter().map(|w| build.hash_one(w.as_str())).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), words.len(), "colliding hashes among {} words", words.len());
    }

    #[test]
    fn shape_prefilters_never_reject_a_listed_word() {
        for data in LISTS {
            let set = WordSet::of(lines(data));
            for w in lines(data) {
                assert!(set.contains(w), "{w:?} rejected");
                assert!(set.may_hold(&w.to_uppercase()), "{w:?} in capitals rejected");
            }
        }
        // Words with no slot (a dot, a digit, an accent at either end) still pass when the
        // list holds such a word.
        let odd = Shapes::of(["u.s.", "said"]);
        assert!(odd.may_hold("u.s.") && odd.may_hold("said") && !odd.may_hold("sat"));
        assert!(!Shapes::of(["said"]).may_hold("u.s."));
        for phrase in cue_phrases() {
            assert!(may_open_cue_phrase(phrase[0]));
        }
        assert!(is_speech_verb("Said") && is_speech_verb("told") && !is_speech_verb("and") && !is_speech_verb(""));
        // The token lists: every word, in any case, has its list's bit.
        for (bit, words) in [list::CUE, list::FIGURE, list::CREDIT].into_iter().zip(list_words()) {
            assert!(!words.is_empty());
            for w in &words {
                for form in [w.clone(), w.to_uppercase(), capitalised(w)] {
                    assert!(lists_of(&form) & bit != 0, "{form:?} lacks list bit {bit}");
                }
            }
        }
        assert!(lists_of("said") & list::CUE != 0);
        assert!(lists_of("November’s") & list::FIGURE != 0 && lists_of("via") & list::CREDIT != 0);
        assert_eq!(lists_of("xylophone"), 0);
    }

    fn capitalised(w: &str) -> String {
        let mut c = w.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    }

    #[test]
    fn word_classes_parse_and_every_word_is_found() {
        let data = include_str!("word_classes.txt");
        let mut named = Vec::new();
        for line in lines(data) {
            let (name, words) = line.split_once(':').expect("class: words");
            assert!(class::NAMES.contains(&name.trim()), "unknown class {name}");
            if !named.contains(&name) {
                named.push(name);
            }
            for w in words.split_whitespace() {
                // Found through the shape prefilter too.
                let k = class::NAMES.iter().position(|n| *n == name.trim()).unwrap();
                assert!(is(w, class::Class(k as u8)), "{w} in {name}");
            }
        }
        assert_eq!(named, class::NAMES, "the data file's classes, in the order of the constants");
        assert!(is("which", class::CLAUSE) && is("Despite", class::PREPOSITION_OPENER) && !is("said", class::CLAUSE));
    }
}
