//! Word lists. The open lists (speech verbs, role nouns, titles, units, currencies) are data
//! files in `src/lexicon/`, read once at first use; the closed sets (months, weekdays,
//! number words) are small `match`es here, next to the code that reads them.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A hash for short words: the lexicon's and the name index's keys are words of a few
/// letters, which it reads as at most two overlapping 8-byte loads mixed by two multiplies
/// (FNV-1a, a multiply per byte, was a tenth of the quote pass). No untrusted-key
/// hardening, as with FNV before it: the worst a crafted text can do is slow its own tables.
#[derive(Default)]
pub struct WordHash(u64);

/// Mixes two words into one with two 64-bit multiplies (no 128-bit product: wasm has
/// none, and emulating it made the wasm build slower than FNV), then folds the high half
/// down, since hashbrown reads both the high and the low bits.
#[inline(always)]
fn mix(a: u64, b: u64) -> u64 {
    let h = (a.wrapping_mul(MIX[0]).rotate_left(31) ^ b).wrapping_mul(MIX[1]);
    h ^ (h >> 32)
}

// Odd constants (digits of pi), so each multiply is a bijection.
const MIX: [u64; 3] = [0x243f_6a88_85a3_08d3, 0x1319_8a2e_0370_7345, 0xa409_3822_299f_31d1];

/// Little-endian `u64` from 8 bytes at `at` (the caller checks the length).
#[inline(always)]
fn le64(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or([0; 8]))
}

#[inline(always)]
fn le32(b: &[u8], at: usize) -> u64 {
    u64::from(u32::from_le_bytes(b[at..at + 4].try_into().unwrap_or([0; 4])))
}

impl Hasher for WordHash {
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let (mut a, b) = match n {
            0 => (0, 0),
            1..=3 => (u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16, 0),
            4..=7 => (le32(bytes, 0), le32(bytes, n - 4)),
            _ => (le64(bytes, 0), le64(bytes, n - 8)),
        };
        // Longer keys: every 8 bytes between the first and the last load, chained.
        let mut at = 8;
        while at + 8 < n {
            a = mix(a, le64(bytes, at));
            at += 8;
        }
        self.0 = mix(a ^ self.0, b ^ (n as u64) << 56);
    }

    /// `str`'s hash ends with a `0xff` byte: one multiply, not a whole `write`.
    #[inline]
    fn write_u8(&mut self, i: u8) {
        let h = (self.0 ^ u64::from(i)).wrapping_mul(MIX[2]);
        self.0 = h ^ (h >> 32);
    }
}

pub type FastSet<T> = HashSet<T, BuildHasherDefault<WordHash>>;
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHash>>;

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A word list read from its data file, with its [`Shapes`] prefilter in front of the hash.
pub struct WordSet {
    words: FastSet<&'static str>,
    shapes: Shapes,
}

impl WordSet {
    pub fn of(words: impl IntoIterator<Item = &'static str>) -> WordSet {
        let words: FastSet<&'static str> = words.into_iter().collect();
        let shapes = Shapes::of(words.iter().copied());
        WordSet { words, shapes }
    }

    /// Exact membership, as written.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.shapes.may_hold(w) && self.words.contains(w)
    }

    /// Membership of the lower-cased word (the lists are lower case).
    #[inline]
    pub fn contains_lower(&self, w: &str) -> bool {
        self.shapes.may_hold(w) && self.words.contains(Lower::new(w).as_str())
    }
}

fn set(cell: &'static OnceLock<WordSet>, data: &'static str) -> &'static WordSet {
    cell.get_or_init(|| WordSet::of(lines(data)))
}

/// An ASCII word lower-cased on the stack (no allocation in the hot loops); empty for
/// non-ASCII or long words, which match no lexicon entry anyway.
#[derive(Clone, Copy)]
pub struct Lower {
    buf: [u8; 24],
    len: u8,
}

impl Lower {
    pub fn new(w: &str) -> Lower {
        let mut buf = [0u8; 24];
        if w.len() > buf.len() || !w.is_ascii() {
            return Lower { buf, len: 0 };
        }
        // A byte loop, not `copy_from_slice`: for words this short a call to memmove was a
        // measurable share of the whole analysis.
        for (d, s) in buf.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        Lower { buf, len: w.len() as u8 }
    }

    pub fn as_str(&self) -> &str {
        // The buffer only ever holds ASCII copied from a `&str` (see `new`), so it is UTF-8;
        // checking again on every comparison cost a sixth of the figure pass.
        let bytes = &self.buf[..self.len as usize];
        debug_assert!(bytes.is_ascii());
        // SAFETY: `new` copies only an all-ASCII `&str` into `buf` (and lower-cases it, which
        // keeps it ASCII), and `len` never exceeds what was copied; ASCII is valid UTF-8.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A speech verb (`said`, `told`, …), any case.
pub fn is_speech_verb(w: &str) -> bool {
    static S: OnceLock<WordSet> = OnceLock::new();
    set(&S, include_str!("lexicon/speech_verbs.txt")).contains_lower(w)
}

/// Whether `w` may be the first word of a cue phrase (`according`, `pointed`), by shape
/// only (see [`Shapes`]).
pub fn may_open_cue_phrase(w: &str) -> bool {
    static SHAPES: OnceLock<Shapes> = OnceLock::new();
    SHAPES.get_or_init(|| Shapes::of(cue_phrases().iter().map(|p| p[0]))).may_hold(w)
}

/// A prefilter for a word list: a bit per word length for each first and last letter, and
/// for each first and second letter (ASCII, any case). Most words of a text fail on these
/// facts alone, so hash lookups and string comparisons run on few of them. Never wrong by
/// omission: a word in the list always passes (a test checks every list).
pub struct Shapes {
    /// Lengths as bits of a `u16`, 15 bytes and longer sharing the top bit: the tables are
    /// 2 KB each, so the many lists' tables stay in the first-level cache together.
    ends: Box<[u16; 1024]>,
    starts: Box<[u16; 1024]>,
    /// Some word of the list has no slot (`U.S.`, `3D`): words without one always pass.
    odd: bool,
}

impl Shapes {
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Shapes {
        let mut s = Shapes { ends: Box::new([0; 1024]), starts: Box::new([0; 1024]), odd: false };
        for w in words {
            match Shapes::slots(w) {
                Some((e, b)) => {
                    s.ends[e] |= Shapes::length_bit(w);
                    s.starts[b] |= Shapes::length_bit(w);
                }
                None => s.odd = true,
            }
        }
        s
    }

    #[inline]
    fn length_bit(w: impl AsRef<[u8]>) -> u16 {
        1 << w.as_ref().len().min(15)
    }

    /// The table slots of `w`'s first and last letters and of its first two letters; None
    /// when one of them is not an ASCII letter. A letter's low five bits are the same in
    /// either case (`A` and `a` are 1), so no lower-casing, and a slot is below 1024 by
    /// construction, so no bounds check.
    #[inline]
    fn slots(w: impl AsRef<[u8]>) -> Option<(usize, usize)> {
        let b = w.as_ref();
        let (&f, &l) = (b.first()?, b.last()?);
        let s = *b.get(1).unwrap_or(&f);
        let letter = |c: u8| (c | 0x20).wrapping_sub(b'a') < 26;
        let at = |x: u8, y: u8| (usize::from(x & 31) << 5 | usize::from(y & 31)) & 1023;
        (letter(f) && letter(s) && letter(l)).then(|| (at(f, l), at(f, s)))
    }

    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        let bit = Shapes::length_bit(w);
        match Shapes::slots(w) {
            Some((e, b)) => self.ends[e] & bit != 0 && self.starts[b] & bit != 0,
            None => self.odd,
        }
    }
}

/// The lists the extractors look up at every word of a text, as bits of
/// [`crate::text::Tokens::hot`]. The tokenizer sets them with one shape test for all
/// three lists (see [`hot`]); a word without a list's bit is certainly not in the list, so
/// the extractors' own lookups run only where a bit is set.
pub mod hot {
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

/// Which of the [`hot`] lists may hold `w`, from one [`Shapes`]-style test whose table
/// entries hold a lane of length bits per list. A superset, never an omission (a test
/// checks every word of the lists).
pub fn hot(w: &str) -> u8 {
    hot_shapes().get(w.as_bytes())
}

/// The table behind [`hot`], for the tokenizer to fetch once per text.
pub(crate) fn hot_shapes() -> &'static HotShapes {
    static H: OnceLock<HotShapes> = OnceLock::new();
    H.get_or_init(HotShapes::new)
}

/// [`Shapes`] for the three [`hot`] lists at once: lane `l` (16 bits) of an entry is list
/// `l`'s length bits, so one pair of loads answers for all of them.
pub(crate) struct HotShapes {
    ends: Box<[u64; 1024]>,
    starts: Box<[u64; 1024]>,
    odd: u8,
}

/// The words of the [`hot`] lists, by lane: lane `l` is the list of bit `1 << l`.
fn hot_words() -> [Vec<String>; 3] {
    let cues = lines(include_str!("lexicon/speech_verbs.txt")).chain(cue_phrases().iter().map(|p| p[0]));
    // A figure opener may be written as a possessive (`November's`, `today’s`).
    let figures = crate::figure::OPENERS.iter().flat_map(|w| [w.to_string(), format!("{w}'s"), format!("{w}’s")]);
    [cues.map(str::to_owned).collect(), figures.collect(), crate::credit::keywords().map(str::to_owned).collect()]
}

impl HotShapes {
    fn new() -> HotShapes {
        let mut h = HotShapes { ends: Box::new([0; 1024]), starts: Box::new([0; 1024]), odd: 0 };
        for (lane, words) in (0..).zip(hot_words()) {
            words.iter().for_each(|w| h.add(lane, w));
        }
        h
    }

    fn add(&mut self, lane: u32, w: &str) {
        match Shapes::slots(w) {
            Some((e, b)) => {
                self.ends[e] |= u64::from(Shapes::length_bit(w)) << (16 * lane);
                self.starts[b] |= u64::from(Shapes::length_bit(w)) << (16 * lane);
            }
            None => self.odd |= 1 << lane,
        }
    }

    /// The lists that may hold the word of UTF-8 bytes `w`.
    #[inline]
    pub(crate) fn get(&self, w: &[u8]) -> u8 {
        let Some((e, b)) = Shapes::slots(w) else { return self.odd };
        // The word's length bit, in every lane.
        let length = u64::from(Shapes::length_bit(w)) * 0x0001_0001_0001_0001;
        let lanes = self.ends[e] & self.starts[b] & length;
        let lane = |l: u32| u8::from(lanes >> (16 * l) & 0xffff != 0) << l;
        lane(0) | lane(1) | lane(2)
    }
}

/// Multi-word cues (`according to`), as lists of lower-case words.
pub fn cue_phrases() -> &'static [Vec<&'static str>] {
    static S: OnceLock<Vec<Vec<&str>>> = OnceLock::new();
    S.get_or_init(|| lines(include_str!("lexicon/cue_phrases.txt")).map(|l| l.split(' ').collect()).collect())
}

/// A noun naming a speaker by role (`spokesman`, `official`), any case.
pub fn is_role_noun(w: &str) -> bool {
    static S: OnceLock<WordSet> = OnceLock::new();
    set(&S, include_str!("lexicon/role_nouns.txt")).contains_lower(w)
}

/// The grammatical gender a first name, honorific or role word marks, as written:
/// `Some(true)` female (`Elizabeth`, `Ms.`, `spokeswoman`), `Some(false)` male.
pub fn gender(w: &str) -> Option<bool> {
    static F: OnceLock<WordSet> = OnceLock::new();
    static M: OnceLock<WordSet> = OnceLock::new();
    if set(&F, include_str!("lexicon/female_names.txt")).contains(w) {
        Some(true)
    } else if set(&M, include_str!("lexicon/male_names.txt")).contains(w) {
        Some(false)
    } else {
        None
    }
}

/// The closed word classes of `word_classes.txt`, as bits of [`classes`].
pub mod class {
    pub const CLAUSE: u32 = 1 << 0;
    pub const SUBORDINATOR: u32 = 1 << 1;
    pub const PADDING: u32 = 1 << 2;
    pub const NEGATION: u32 = 1 << 3;
    pub const MENTION_OPENER: u32 = 1 << 4;
    pub const BARE_DETERMINER: u32 = 1 << 5;
    pub const SUBJECT_DETERMINER: u32 = 1 << 6;
    pub const CONJUNCTION: u32 = 1 << 7;
    pub const PREPOSITION_OPENER: u32 = 1 << 8;
    pub const ADVERBIAL_OPENER: u32 = 1 << 9;
    pub const SECTION_LABEL: u32 = 1 << 10;
    pub const FRAMING_VERB: u32 = 1 << 11;
    pub const ORG_WORD: u32 = 1 << 12;
    /// The names in the data file, in bit order.
    pub(super) const NAMES: [&str; 13] = [
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
    ];
}

/// The classes (bits of [`class`]) a word belongs to, as written; 0 for none.
pub fn classes(w: &str) -> u32 {
    static S: OnceLock<(FastMap<&str, u32>, Shapes)> = OnceLock::new();
    let (map, shapes) = S.get_or_init(|| {
        let mut map: FastMap<&str, u32> = FastMap::default();
        for line in lines(include_str!("lexicon/word_classes.txt")) {
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

/// Whether `w` is in the class `c` (a bit of [`class`]).
pub fn is(w: &str, c: u32) -> bool {
    classes(w) & c != 0
}

/// A title written in front of a name (`Gen`, `Secretary`), as written.
pub fn is_title(w: &str) -> bool {
    static S: OnceLock<WordSet> = OnceLock::new();
    set(&S, include_str!("lexicon/titles.txt")).contains(w)
}

/// A unit of measure (`km`, `barrels`), lower case as written.
pub fn is_unit(w: &str) -> bool {
    static S: OnceLock<WordSet> = OnceLock::new();
    set(&S, include_str!("lexicon/units.txt")).contains(w)
}

/// The ISO 4217 code of a currency symbol or word (`$`, `euros`, `dlrs`).
pub fn currency(w: &str) -> Option<&'static str> {
    static S: OnceLock<FastMap<&str, &str>> = OnceLock::new();
    S.get_or_init(|| lines(include_str!("lexicon/currencies.tsv")).filter_map(|l| l.split_once('\t')).collect())
        .get(w)
        .copied()
}

/// The char of `w` if it has exactly one. (Counting chars to compare with 1 took the general
/// counting loop at every word before a full stop: 1% of the wasm call.)
pub fn only_char(w: &str) -> Option<char> {
    let mut chars = w.chars();
    chars.next().filter(|_| chars.next().is_none())
}

/// A word that abbreviates with a full stop (`Mr.`, `Gen.`, `Md.`, `Feb.`, `Inc.`).
pub fn is_abbreviation(w: &str) -> bool {
    only_char(w).is_some()
        || matches!(
            w,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "St"
                | "Gen"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Lt"
                | "Col"
                | "Capt"
                | "Sgt"
                | "Adm"
                | "Prof"
                | "Rev"
                | "Jr"
                | "Sr"
                | "Jan"
                | "Feb"
                | "Mar"
                | "Apr"
                | "Jun"
                | "Jul"
                | "Aug"
                | "Sep"
                | "Sept"
                | "Oct"
                | "Nov"
                | "Dec"
                | "Inc"
                | "Corp"
                | "Co"
                | "Ltd"
                | "No"
                | "Nos"
                | "vs"
                | "Md"
                | "Va"
                | "Calif"
                | "Fla"
                | "Mass"
                | "Ore"
                | "Del"
                | "Conn"
                | "Ill"
                | "Pa"
                | "Ala"
                | "Ariz"
                | "Ark"
                | "Colo"
                | "Ga"
                | "Ind"
                | "Kan"
                | "Ky"
                | "La"
                | "Mich"
                | "Minn"
                | "Miss"
                | "Mo"
                | "Mont"
                | "Neb"
                | "Nev"
                | "Okla"
                | "Tenn"
                | "Tex"
                | "Wash"
                | "Wis"
                | "Wyo"
                | "Ave"
                | "Mt"
                | "Ft"
                | "etc"
                | "approx"
                | "Bros"
                | "Messrs"
        )
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
    matches!(w, "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")
}

/// Parts of the day that attach to a weekday or `last`: `Friday night`, `last night`.
pub fn is_day_part(w: &str) -> bool {
    matches!(w, "night" | "morning" | "afternoon" | "evening" | "overnight")
}

/// A word without its possessive ending: `November's` → `November`, `year’s` → `year`.
pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}

/// Calendar words that follow `last`, `next`, `this`, `earlier this`: `last week`.
pub fn is_calendar_noun(w: &str) -> bool {
    let w = strip_possessive(w);
    matches!(
        w,
        "week"
            | "month"
            | "year"
            | "weekend"
            | "night"
            | "quarter"
            | "season"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "fall"
            | "morning"
            | "afternoon"
            | "evening"
            | "decade"
            | "century"
            | "term"
            | "session"
            | "half"
    ) || is_weekday(w)
        || is_full_month(w)
}

/// Time units of durations and ages, singular or plural, lower case.
pub fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "second"
            | "seconds"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "yr"
            | "yrs"
            | "hrs"
            | "hr"
            | "mins"
            | "min"
            | "quarter"
            | "quarters"
            | "night"
            | "nights"
            | "term"
            | "terms"
            | "session"
            | "sessions"
            | "season"
            | "seasons"
    )
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
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "to"
            | "of"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "by"
            | "from"
            | "as"
            | "than"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "when"
            | "where"
            | "while"
            | "after"
            | "before"
            | "since"
            | "until"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "do"
            | "does"
            | "did"
            | "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "your"
            | "per"
            | "each"
            | "apiece"
            | "ago"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "if"
            | "so"
            | "because"
            | "though"
            | "although"
            | "then"
            | "also"
            | "not"
            | "more"
            | "less"
            | "made"
            | "said"
            | "says"
            | "say"
            | "told"
            | "including"
            | "compared"
            | "up"
            | "down"
            | "out"
            | "off"
            | "against"
            | "between"
            | "among"
            | "through"
            | "during"
            | "without"
            | "within"
            | "across"
            | "toward"
            | "towards"
            | "despite"
            | "like"
            | "unlike"
            | "via"
            | "versus"
            | "vs"
            | "a.m"
            | "p.m"
            | "there"
            | "here"
            | "it"
            | "they"
            | "he"
            | "she"
            | "we"
            | "you"
            | "i"
            | "them"
            | "him"
            | "us"
            | "me"
            | "both"
            | "all"
            | "any"
            | "every"
            | "no"
            | "yet"
            | "still"
            | "already"
            | "only"
            | "just"
            | "even"
            | "now"
            | "along"
            | "around"
            | "amid"
            | "near"
            | "beyond"
            | "behind"
            | "inside"
            | "outside"
            | "upon"
            | "throughout"
            | "following"
            | "ahead"
            | "alone"
            | "apart"
            | "away"
            | "back"
            | "together"
            | "instead"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word lists read from data files.
    const LISTS: [&str; 6] = [
        include_str!("lexicon/speech_verbs.txt"),
        include_str!("lexicon/role_nouns.txt"),
        include_str!("lexicon/titles.txt"),
        include_str!("lexicon/units.txt"),
        include_str!("lexicon/female_names.txt"),
        include_str!("lexicon/male_names.txt"),
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
                assert!(set.shapes.may_hold(&w.to_uppercase()), "{w:?} in capitals rejected");
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
        // The hot lists: every word, in any case, has its list's bit.
        for (bit, words) in [hot::CUE, hot::FIGURE, hot::CREDIT].into_iter().zip(hot_words()) {
            assert!(!words.is_empty());
            for w in &words {
                for form in [w.clone(), w.to_uppercase(), capitalised(w)] {
                    assert!(hot(&form) & bit != 0, "{form:?} lacks hot bit {bit}");
                }
            }
        }
        assert!(hot("said") & hot::CUE != 0 && hot("November’s") & hot::FIGURE != 0 && hot("via") & hot::CREDIT != 0);
        assert_eq!(hot("xylophone"), 0);
    }

    fn capitalised(w: &str) -> String {
        let mut c = w.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    }

    #[test]
    fn word_classes_parse_and_every_word_is_found() {
        let data = include_str!("lexicon/word_classes.txt");
        let mut named = 0;
        for line in lines(data) {
            let (name, words) = line.split_once(':').expect("class: words");
            assert!(class::NAMES.contains(&name.trim()), "unknown class {name}");
            named += 1;
            for w in words.split_whitespace() {
                // Found through the shape prefilter too.
                assert_ne!(classes(w), 0, "{w}");
            }
        }
        assert_eq!(named, class::NAMES.len());
        assert!(is("which", class::CLAUSE) && is("Despite", class::PREPOSITION_OPENER) && !is("said", class::CLAUSE));
    }
}
