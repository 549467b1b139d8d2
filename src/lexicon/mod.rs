//! Word lists. The open lists (speech verbs, role nouns, titles, units, currencies) are data
//! files in `src/lexicon/`, read once at first use; the closed sets (months, weekdays,
//! number words) are small `match`es here, next to the code that reads them.

use crate::prefilter::{FastMap, Lower, ShapeLanes, Shapes, WordSet};
use std::sync::OnceLock;

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(cell: &'static OnceLock<WordSet>, data: &'static str) -> &'static WordSet {
    cell.get_or_init(|| WordSet::of(lines(data)))
}

/// A speech verb (`said`, `told`, …), any case.
pub fn is_speech_verb(w: &str) -> bool {
    static S: OnceLock<WordSet> = OnceLock::new();
    set(&S, include_str!("speech_verbs.txt")).contains_lower(w)
}

/// Whether `w` may be the first word of a cue phrase (`according`, `pointed`), by shape
/// only (see [`Shapes`]).
pub fn may_open_cue_phrase(w: &str) -> bool {
    static SHAPES: OnceLock<Shapes> = OnceLock::new();
    SHAPES.get_or_init(|| Shapes::of(cue_phrases().iter().map(|p| p[0]))).may_hold(w)
}

/// The lists the extractors look up at every word of a text, as bits of
/// [`crate::text::Token::lists`]. The tokenizer sets them with one shape test for all of
/// them (see [`lists_of`]); a word without a list's bit is certainly not in the list, so
/// the extractors' own lookups run only where a bit is set.
pub mod list {
    /// A speech verb or the first word of a cue phrase (`said`, `according`), any case.
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
    let cues = lines(include_str!("speech_verbs.txt")).chain(cue_phrases().iter().map(|p| p[0]));
    // A figure opener may be written as a possessive (`November's`, `today’s`).
    let figures = figure_openers().flat_map(|w| [w.to_string(), format!("{w}'s"), format!("{w}’s")]);
    let credits = credit_roles()
        .map(|(phrase, _)| phrase.split(' ').next().unwrap_or(phrase))
        .chain(credit_keywords().map(|(w, _)| w));
    [cues.map(str::to_owned).collect(), figures.collect(), credits.map(str::to_owned).collect()]
}

/// Words that can open a figure (`figure_openers.txt`), lower case.
pub fn figure_openers() -> impl Iterator<Item = &'static str> {
    lines(include_str!("figure_openers.txt"))
}

/// Whether `w` opens figures (`figure_openers.txt`), any case.
pub fn is_figure_opener(w: &str) -> bool {
    static S: OnceLock<WordSet> = OnceLock::new();
    set(&S, include_str!("figure_openers.txt")).contains_lower(w)
}

/// The words after which an article can open a figure (`article_followers.txt`).
pub fn article_followers() -> impl Iterator<Item = &'static str> {
    lines(include_str!("article_followers.txt"))
}

/// Whether an article before `w` can open a figure (`a year ago`), as written.
pub fn follows_article(w: &str) -> bool {
    static S: OnceLock<WordSet> = OnceLock::new();
    set(&S, include_str!("article_followers.txt")).contains(w)
}

/// The role phrases of credit trailers and their contract role (`credit_roles.tsv`).
pub fn credit_roles() -> impl Iterator<Item = (&'static str, &'static str)> {
    lines(include_str!("credit_roles.tsv")).filter_map(|l| l.split_once('\t'))
}

/// The other words where a credit matcher starts, and what they start (`credit_keywords.tsv`).
pub fn credit_keywords() -> impl Iterator<Item = (&'static str, &'static str)> {
    lines(include_str!("credit_keywords.tsv")).filter_map(|l| l.split_once('\t'))
}

/// Multi-word cues (`according to`), as lists of lower-case words.
pub fn cue_phrases() -> &'static [Vec<&'static str>] {
    static S: OnceLock<Vec<Vec<&str>>> = OnceLock::new();
    S.get_or_init(|| lines(include_str!("cue_phrases.txt")).map(|l| l.split(' ').collect()).collect())
}

/// A noun naming a speaker by role (`spokesman`, `official`), any case.
pub fn is_role_noun(w: &str) -> bool {
    static S: OnceLock<WordSet> = OnceLock::new();
    set(&S, include_str!("role_nouns.txt")).contains_lower(w)
}

/// The grammatical gender a first name, honorific or role word marks, as written:
/// `Some(true)` female (`Elizabeth`, `Ms.`, `spokeswoman`), `Some(false)` male.
pub fn gender(w: &str) -> Option<bool> {
    static F: OnceLock<WordSet> = OnceLock::new();
    static M: OnceLock<WordSet> = OnceLock::new();
    if set(&F, include_str!("female_names.txt")).contains(w) {
        Some(true)
    } else if set(&M, include_str!("male_names.txt")).contains(w) {
        Some(false)
    } else {
        None
    }
}

/// The closed word classes of `word_classes.txt`, one bit each of [`classes`].
pub mod class {
    /// A class of `word_classes.txt`: its bit in [`super::classes`].
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Class(pub(super) u8);
    pub const CLAUSE: Class = Class(0);
    pub const SUBORDINATOR: Class = Class(1);
    pub const PADDING: Class = Class(2);
    pub const NEGATION: Class = Class(3);
    pub const MENTION_OPENER: Class = Class(4);
    pub const BARE_DETERMINER: Class = Class(5);
    pub const SUBJECT_DETERMINER: Class = Class(6);
    pub const CONJUNCTION: Class = Class(7);
    pub const PREPOSITION_OPENER: Class = Class(8);
    pub const ADVERBIAL_OPENER: Class = Class(9);
    pub const SECTION_LABEL: Class = Class(10);
    pub const FRAMING_VERB: Class = Class(11);
    pub const ORG_WORD: Class = Class(12);
    pub const LISTENER_AFTER_TO: Class = Class(13);
    pub const LISTENER_AFTER_TOLD: Class = Class(14);
    pub const CIRCUMSTANCE_WORD: Class = Class(15);
    pub const BE_FORM: Class = Class(16);
    pub const FRAGMENT_LEAD: Class = Class(17);
    pub const TITLE_LEAD: Class = Class(18);
    pub const NOUN_DETERMINER: Class = Class(19);
    pub const PRONOUN: Class = Class(20);
    pub const AUXILIARY: Class = Class(21);
    pub const OBJECT_DETERMINER: Class = Class(22);
    pub const TIME_MODIFIER: Class = Class(23);
    pub const MENTION_BREAK: Class = Class(24);
    pub const RELATIVE_IN_APPOSITIVE: Class = Class(25);
    pub const TIME_OPENER: Class = Class(26);
    pub const AFTER_MENTION_STOP: Class = Class(27);
    pub const PREPOSITION: Class = Class(28);
    pub const TIME_OPENER_LATER: Class = Class(29);
    pub const COMPLEMENT_PREPOSITION: Class = Class(30);
    pub const APPOSITIVE_OPENER: Class = Class(31);
    pub const RELATIVE_TIME: Class = Class(32);
    pub const GENDERED_TITLE: Class = Class(33);
    pub const HONORIFIC: Class = Class(34);
    pub const SENTENCE_WORD: Class = Class(35);
    pub const AGENCY: Class = Class(36);
    pub const ABBREVIATION: Class = Class(37);
    pub const WEEKDAY: Class = Class(38);
    pub const DAY_PART: Class = Class(39);
    pub const CALENDAR_NOUN: Class = Class(40);
    pub const TIME_UNIT: Class = Class(41);
    pub const NOUN_PHRASE_END: Class = Class(42);
    pub const ARTICLE: Class = Class(43);
    pub const DATE_PREPOSITION: Class = Class(44);
    pub const HOLIDAY: Class = Class(45);
    pub const QUARTER_ORDINAL: Class = Class(46);
    pub const THAT_PERIOD: Class = Class(47);
    pub const AGO_PERIOD: Class = Class(48);
    pub const OVER_THE: Class = Class(49);
    pub const TIME_ZONE: Class = Class(50);
    pub const MAGNITUDE_AFTER: Class = Class(51);
    pub const MAGNITUDE_WORD: Class = Class(52);
    pub const NUMBER_SUFFIX: Class = Class(53);
    pub const DOCUMENT_PART: Class = Class(54);
    pub const CAPITALISED_LEAD: Class = Class(55);
    pub const CURRENCY_CODE: Class = Class(56);
    pub const CHANGE_VERB: Class = Class(57);
    pub const PARTITIVE_DETERMINER: Class = Class(58);
    pub const COUNT_MODIFIER: Class = Class(59);
    pub const IRREGULAR_PLURAL: Class = Class(60);
    pub const RANK_DETERMINER: Class = Class(61);
    pub const RANK_VERB: Class = Class(62);
    pub const AFTER_RANK: Class = Class(63);
    pub const NAME_PARTICLE: Class = Class(64);
    pub const JOB_TITLE: Class = Class(65);
    pub const AUTHOR_LINE_TITLE: Class = Class(66);
    pub const DESK_WORD: Class = Class(67);
    pub const PICTURE_LABEL: Class = Class(68);
    pub const CAPTION_LABEL: Class = Class(69);
    pub const NOTE_OPENER: Class = Class(70);
    pub const SLUG: Class = Class(71);
    pub const PLACE_PARTICLE: Class = Class(72);
    /// The names in the data file, in bit order.
    pub(super) const NAMES: [&str; 73] = [
        "clause",
        "subordinator",
        "padding",
        "negation",
        "mention_opener",
        "bare_determiner",
        "subject_determiner",
        "conjunction",
        "preposition_opener",
        "adverbial_opener",
        "section_label",
        "framing_verb",
        "org_word",
        "listener_after_to",
        "listener_after_told",
        "circumstance_word",
        "be_form",
        "fragment_lead",
        "title_lead",
        "noun_determiner",
        "pronoun",
        "auxiliary",
        "object_determiner",
        "time_modifier",
        "mention_break",
        "relative_in_appositive",
        "time_opener",
        "after_mention_stop",
        "preposition",
        "time_opener_later",
        "complement_preposition",
        "appositive_opener",
        "relative_time",
        "gendered_title",
        "honorific",
        "sentence_word",
        "agency",
        "abbreviation",
        "weekday",
        "day_part",
        "calendar_noun",
        "time_unit",
        "noun_phrase_end",
        "article",
        "date_preposition",
        "holiday",
        "quarter_ordinal",
        "that_period",
        "ago_period",
        "over_the",
        "time_zone",
        "magnitude_after",
        "magnitude_word",
        "number_suffix",
        "document_part",
        "capitalised_lead",
        "currency_code",
        "change_verb",
        "partitive_determiner",
        "count_modifier",
        "irregular_plural",
        "rank_determiner",
        "rank_verb",
        "after_rank",
        "name_particle",
        "job_title",
        "author_line_title",
        "desk_word",
        "picture_label",
        "caption_label",
        "note_opener",
        "slug",
        "place_particle",
    ];
}

/// The classes (bits of [`class`]) a word belongs to, as written; 0 for none.
pub fn classes(w: &str) -> u128 {
    static S: OnceLock<(FastMap<&str, u128>, Shapes)> = OnceLock::new();
    let (map, shapes) = S.get_or_init(|| {
        let mut map: FastMap<&str, u128> = FastMap::default();
        for line in lines(include_str!("word_classes.txt")) {
            let Some((name, words)) = line.split_once(':') else { continue };
            let Some(bit) = class::NAMES.iter().position(|n| *n == name.trim()) else { continue };
            for w in words.split_whitespace() {
                *map.entry(w).or_default() |= 1 << bit;
            }
        }
        let shapes = Shapes::of(map.keys().copied());
        (map, shapes)
    });
    if !shapes.may_hold(w) {
        return 0;
    }
    map.get(w).copied().unwrap_or(0)
}

/// Whether `w`, as written, is in the class `c`.
pub fn is(w: &str, c: class::Class) -> bool {
    classes(w) >> c.0 & 1 != 0
}

/// A title written in front of a name (`Gen`, `Secretary`), as written.
pub fn is_title(w: &str) -> bool {
    static S: OnceLock<WordSet> = OnceLock::new();
    set(&S, include_str!("titles.txt")).contains(w)
}

/// A unit of measure (`km`, `barrels`), lower case as written.
pub fn is_unit(w: &str) -> bool {
    static S: OnceLock<WordSet> = OnceLock::new();
    set(&S, include_str!("units.txt")).contains(w)
}

/// The ISO 4217 code of a currency symbol or word (`$`, `euros`, `dlrs`).
pub fn currency(w: &str) -> Option<&'static str> {
    static S: OnceLock<FastMap<&str, &str>> = OnceLock::new();
    S.get_or_init(|| lines(include_str!("currencies.tsv")).filter_map(|l| l.split_once('\t')).collect()).get(w).copied()
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

/// A word without its possessive ending: `November's` → `November`, `year’s` → `year`.
pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
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
        "trillion" | "trln" | "tn" | "trillions" => 1e12,
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
        include_str!("speech_verbs.txt"),
        include_str!("role_nouns.txt"),
        include_str!("titles.txt"),
        include_str!("units.txt"),
        include_str!("female_names.txt"),
        include_str!("male_names.txt"),
        include_str!("figure_openers.txt"),
        include_str!("article_followers.txt"),
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
                assert_ne!(classes(w), 0, "{w}");
            }
        }
        assert_eq!(named, class::NAMES, "the data file's classes, in the order of the constants");
        assert!(is("which", class::CLAUSE) && is("Despite", class::PREPOSITION_OPENER) && !is("said", class::CLAUSE));
    }
}
