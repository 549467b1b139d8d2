//! One linear pass over the input that every extractor shares: tokens with byte spans,
//! and where sentences and paragraphs break.
//!
//! Tokens are deliberately small: a run of letters, a run of digits (with the `,` and `.`
//! that sit between digits), or one other non-space character. Hyphenated words are three
//! tokens (`18` `-` `year`) glued together by `space_before == false`; extractors decide
//! what the glue means, because `18-year`, `COVID-19` and `115-111` all need different
//! answers.

use crate::span::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (any script), with inner apostrophes of contractions: `don't`, `Taliban’s`.
    Word,
    /// ASCII digits with inner `,` or `.` between digits: `804,000`, `1.2`.
    Num,
    /// Any other single character: punctuation, symbols, quote marks.
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    /// Byte offsets as `u32` (inputs are capped at [`crate::MAX_INPUT_BYTES`]): a token is
    /// 16 bytes rather than 24, and a 10 MB text's token array 20 MB smaller.
    start: u32,
    end: u32,
    pub kind: TokKind,
    /// Whitespace (or the start of the text) comes right before this token.
    pub space_before: bool,
    /// A line break is among the whitespace right before this token.
    pub line_before: bool,
    /// A paragraph starts at this token (see `mark_paragraphs`).
    pub para_start: bool,
    /// Case of a word's first letter, computed once here: the extractors test it constantly.
    pub case: Case,
    /// Bits of [`crate::lexicon::list`]: the word lists that may hold this word, or for a
    /// mark whether it may be a quote mark or is the credit slash (0 for numbers).
    pub lists: u8,
}

/// The case of a word's first letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Not a word, or a first letter without case (`3D`, `_x`, a CJK word).
    None,
    /// `Kabul`, `US`.
    Cap,
    /// `said`, `iPhone`.
    Lower,
}

// The flags, `case` and `lists` fill what was padding: a token stays 16 bytes.
const _: () = assert!(std::mem::size_of::<Token>() == 16);

impl Token {
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// The tokens of a text, with the text they point into.
pub struct Tokens<'a> {
    pub text: &'a str,
    /// Read-only after [`Tokens::new`]: every `start..end` lies on char boundaries of
    /// `text`, which [`Tokens::s`] relies on. Crate-private so nothing outside can break it.
    pub(crate) toks: Vec<Token>,
    /// For every token, the first token of its sentence (a paragraph start, or the token
    /// after a sentence-ending `.`, `!`, `?`, `…`). Computed once, read in O(1).
    sent_start: Vec<u32>,
    /// For every token, the [`set`]s it is in, as bits.
    sets: Vec<u8>,
}

/// Sets of tokens where a pass has something to do, as bits of a byte per token kept
/// apart from the tokens: a pass goes from one member to the next ([`Tokens::next_in`]),
/// eight tokens per test, instead of loading every 16-byte token and branching on it. The
/// bits of the [`crate::lexicon::list`] lists are the same bits here.
pub mod set {
    use crate::lexicon::list;
    /// A word that may be a speech verb or open a cue phrase.
    pub const CUE: u8 = list::CUE;
    /// A number, or a word that may open a figure.
    pub const FIGURE: u8 = list::FIGURE;
    /// A credit keyword or `/`, or a line's first token.
    pub const CREDIT: u8 = list::CREDIT;
    /// A possible quote mark, or a paragraph's first token.
    pub const QUOTE: u8 = list::MARK;
    /// A capitalised word.
    pub const CAP: u8 = 16;
    /// `.`, `!` or `?`, which may end a sentence (`…` is among the quote marks' set, as
    /// every mark outside ASCII is).
    pub const END: u8 = 32;
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Self {
        // Offsets are `u32`: the core reads at most the first 4 GiB of a text (every front
        // end refuses more than `MAX_INPUT_BYTES`, 64 MiB, with an error).
        let text = within_u32(text);
        let (mut toks, mut sets) = tokenize(text);
        // What `s` relies on (checked in debug builds: the debug test run and the fuzzer).
        debug_assert!(toks
            .iter()
            .all(|x| x.start < x.end && text.is_char_boundary(x.start()) && text.is_char_boundary(x.end())));
        mark_paragraphs(text, &mut toks, &mut sets);
        let mut t = Tokens { text, toks, sent_start: Vec::new(), sets };
        t.sent_start = sentence_starts(&t);
        t
    }

    /// The index of the first token that starts at or after byte `byte` (binary search).
    pub fn index_at(&self, byte: usize) -> usize {
        self.toks.partition_point(|x| x.start() < byte)
    }

    /// What [`Tokens::index_at`] answers, found by stepping from token `near` instead of a
    /// binary search over the whole text: for a byte a few tokens from a known one (a
    /// mention's start or end next to its cue).
    pub fn index_near(&self, byte: usize, near: usize) -> usize {
        let mut k = near.min(self.toks.len());
        while k > 0 && self.toks[k - 1].start() >= byte {
            k -= 1;
        }
        while k < self.toks.len() && self.toks[k].start() < byte {
            k += 1;
        }
        k
    }

    /// The first token at or after `i` in any of the [`set`]s `which`, if there is one.
    #[inline]
    pub fn next_in(&self, which: u8, i: usize) -> Option<usize> {
        next_member(&self.sets, which, i)
    }

    /// The tokens in any of the [`set`]s `which`, in order.
    #[inline]
    pub fn members(&self, which: u8) -> impl Iterator<Item = usize> + '_ {
        self.members_from(which, 0)
    }

    /// The tokens at or after `from` in any of the [`set`]s `which`, in order.
    #[inline]
    pub fn members_from(&self, which: u8, mut from: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::from_fn(move || {
            let k = self.next_in(which, from)?;
            from = k + 1;
            Some(k)
        })
    }

    /// The first token of the sentence holding token `i`.
    pub fn sentence_start(&self, i: usize) -> usize {
        self.sent_start.get(i).map_or(0, |&s| s as usize)
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The text of token `i`, or "" past the end (so look-aheads never panic).
    pub fn s(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            // SAFETY: `tokenize` cuts tokens only at char boundaries inside `text` (it steps
            // by whole chars), and `toks` is crate-private and never changed after `new`.
            // Checked slicing would test both boundaries on every one of the extractors'
            // reads, which are most of the analysis.
            Some(t) => unsafe { self.text.get_unchecked(t.start()..t.end()) },
            None => "",
        }
    }

    /// The text of token `i`, or "" past either end.
    pub fn get(&self, i: isize) -> &'a str {
        if i < 0 || i as usize >= self.toks.len() {
            ""
        } else {
            self.s(i as usize)
        }
    }

    /// The kind of token `i`; past the end, punctuation (matches nothing useful).
    pub fn kind(&self, i: usize) -> TokKind {
        self.toks.get(i).map_or(TokKind::Punct, |t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokKind::Word
    }

    pub fn is_num(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokKind::Num
    }

    /// Token `i` is punctuation equal to `p`.
    pub fn is_p(&self, i: usize, p: &str) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokKind::Punct && self.s(i) == p
    }

    /// Token `i` starts with an upper-case letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.case == Case::Cap)
    }

    /// Token `i` is a word entirely in lower case.
    pub fn is_lower(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.case == Case::Lower)
    }

    /// The [`crate::lexicon::list`] lists that may hold token `i` (0 past the end).
    #[inline]
    pub fn lists(&self, i: usize) -> u8 {
        self.toks.get(i).map_or(0, |t| t.lists)
    }

    /// Token `i` follows token `i - 1` with no space between them.
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && !self.toks[i].space_before
    }

    /// Token `i` is a hyphen glued to the tokens on both sides: it joins one compound
    /// (`far-right`, `twenty-five`, `Leigh-Pemberton`), unlike a dash between spaces.
    #[inline]
    pub fn joining_hyphen(&self, i: usize) -> bool {
        self.is_p(i, "-") && self.glued(i) && self.glued(i + 1)
    }

    /// Token `i` (a word) equals `w` ignoring ASCII case.
    pub fn eq_ci(&self, i: usize, w: &str) -> bool {
        i < self.toks.len() && self.s(i).eq_ignore_ascii_case(w)
    }

    /// Token `i` ends a sentence: `.`, `!`, `?` or `…` that is not an abbreviation's dot.
    pub fn ends_sentence(&self, i: usize) -> bool {
        if i >= self.toks.len() || self.toks[i].kind != TokKind::Punct {
            return false;
        }
        match self.s(i) {
            "!" | "?" | "…" => true,
            "." => !self.is_abbreviation_dot(i),
            _ => false,
        }
    }

    /// The dot at `i` closes an abbreviation (`Mr.`, `U.S.`, `Md.`, `Gen.`) rather than a
    /// sentence: judged from the word before it and what follows.
    pub fn is_abbreviation_dot(&self, i: usize) -> bool {
        if i == 0 || !self.glued(i) || !self.is_word(i - 1) {
            return false;
        }
        let w = self.s(i - 1);
        // Single letters (`U.S.`, `J. Smith`) and known titles and short forms.
        if crate::lexicon::only_char(w).is_some_and(char::is_uppercase) {
            return true;
        }
        // A Reuters instrument code: `SWFT.O`, `NEM.N`, `VOD.L`, `7203.T`.
        if i + 1 < self.toks.len() && self.glued(i + 1) && is_instrument_code(w, self.s(i + 1)) {
            return true;
        }
        // `Sen. Bernie Sanders (I-Vt.) said`: a short capitalised word closed by a bracket.
        if self.s(i + 1) == ")" && self.glued(i + 1) && w.len() <= 5 && w.starts_with(char::is_uppercase) {
            return true;
        }
        if crate::lexicon::is_abbreviation(w) {
            // `… in Washington, D.C.` at the end of a sentence still ends it when a
            // paragraph follows; inside a paragraph we keep the abbreviation reading.
            return !(i + 1 < self.toks.len() && self.toks[i + 1].para_start);
        }
        false
    }
}

/// Whether `symbol` and `exchange`, the parts of `SWFT.O` or `7203.T` around its dot, make a
/// Reuters instrument code: a capital or a digit, then capitals, digits or a share class
/// (`VOWG_p`, `DAIGn`); then one or two capitals.
pub(crate) fn is_instrument_code(symbol: &str, exchange: &str) -> bool {
    (1..=2).contains(&exchange.len())
        && exchange.bytes().all(|b| b.is_ascii_uppercase())
        && symbol.as_bytes().first().is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && symbol.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A word without the punctuation around it (`“Smith,”` → `Smith`), keeping a full stop
/// when `keep_dot` (`Jr.`, `U.S.`). One function for every caller: each closure given to
/// `trim_matches` is a copy of its code in the wasm module.
#[inline(never)]
pub(crate) fn trim_to_word(w: &str, keep_dot: bool) -> &str {
    w.trim_matches(|c: char| !(c.is_alphanumeric() || keep_dot && c == '.'))
}

/// Where `needle` first occurs in `hay` (a byte offset). The haystacks are mentions, a few
/// words long, so a plain scan does; `str::find` with a string pattern brings its two-way
/// searcher into the wasm module (2.6 KB) for these three callers.
pub(crate) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

/// The first index at or after `i` whose byte in `sets` has any of the bits `which`.
#[inline]
fn next_member(sets: &[u8], which: u8, mut i: usize) -> Option<usize> {
    let mask = u64::from(which) * 0x0101_0101_0101_0101;
    while let Some(eight) = sets.get(i..i + 8) {
        let hits = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8])) & mask;
        if hits != 0 {
            return Some(i + (hits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    (i..sets.len()).find(|&k| sets[k] & which != 0)
}

/// The [`set`]s token `x` is in (paragraph starts are added by [`mark_paragraphs`]).
#[inline(always)]
fn sets_of(x: &Token) -> u8 {
    let figure = if x.kind == TokKind::Num { set::FIGURE } else { 0 };
    let line = if x.line_before { set::CREDIT } else { 0 };
    let cap = if x.case == Case::Cap { set::CAP } else { 0 };
    x.lists | figure | line | cap
}

/// For every token, the first token of its sentence. A sentence starts at the first token,
/// at a paragraph's start, and after a mark that ends a sentence; only those tokens are
/// visited (the [`set::END`] and [`set::QUOTE`] sets hold them all), the runs between them
/// filled at once.
fn sentence_starts(t: &Tokens) -> Vec<u32> {
    let n = t.toks.len();
    let mut out = Vec::with_capacity(n);
    let mut cur = 0u32;
    let mut start_at = |b: usize, out: &mut Vec<u32>| {
        if b > out.len() {
            out.resize(b, cur);
        }
        cur = b as u32;
    };
    for k in t.members(set::END | set::QUOTE) {
        if t.toks[k].para_start {
            start_at(k, &mut out);
        }
        if t.ends_sentence(k) && !quote_goes_on(t, k + 1) {
            start_at(k + 1, &mut out);
        }
    }
    out.resize(n, cur);
    out
}

/// `“What a Super Tuesday!” and said …`, `“Why?” he asked`: the quotation's own end mark
/// with its closing mark glued on, then a lower-case word — the writer's sentence goes on.
fn quote_goes_on(t: &Tokens, k: usize) -> bool {
    let mut m = k;
    while m < t.toks.len() && m < k + 2 && t.glued(m) && matches!(t.s(m), "”" | "\"" | "’" | "'" | "»") {
        m += 1;
    }
    m > k && t.toks.get(m).is_some_and(|x| x.case == Case::Lower && !x.para_start)
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\u{AD}' // soft hyphen stays inside its word
}

/// An apostrophe that sits inside a word: `don't`, `Taliban’s`, `O'Brien`.
fn is_inner_apostrophe(text: &str, at: usize, c: char) -> bool {
    if c != '\'' && c != '’' {
        return false;
    }
    let next = text.get(at + c.len_utf8()..).and_then(|s| s.chars().next());
    next.is_some_and(char::is_alphabetic)
}

fn tokenize(text: &str) -> (Vec<Token>, Vec<u8>) {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut sets = Vec::with_capacity(toks.capacity());
    let list_shapes = crate::lexicon::list_shapes();
    let mut space_before = true;
    let mut line_before = true;
    let mut i = 0;
    while i < text.len() {
        let b = bytes[i];
        // ASCII fast paths: most of a news text is ASCII.
        if b == b' ' || b == b'\t' || b == b'\r' || b == b'\n' {
            space_before = true;
            if b == b'\n' || b == b'\r' {
                line_before = true;
            }
            i += 1;
            continue;
        }
        // ASCII words and marks: no `char` decoding.
        if b.is_ascii_alphabetic() {
            let start = i;
            i = scan_word(text, bytes, i);
            let case = if b.is_ascii_uppercase() { Case::Cap } else { Case::Lower };
            let lists = list_shapes.get(&bytes[start..i]);
            let tok = Token {
                start: start as u32,
                end: i as u32,
                kind: TokKind::Word,
                space_before,
                line_before,
                para_start: false,
                case,
                lists,
            };
            sets.push(sets_of(&tok));
            toks.push(tok);
            space_before = false;
            line_before = false;
            continue;
        }
        if b.is_ascii_punctuation() {
            let lists = match b {
                b'"' | b'\'' | b'`' => crate::lexicon::list::MARK,
                b'/' => crate::lexicon::list::CREDIT,
                _ => 0,
            };
            let tok = Token {
                start: i as u32,
                end: i as u32 + 1,
                kind: TokKind::Punct,
                space_before,
                line_before,
                para_start: false,
                case: Case::None,
                lists,
            };
            let end = if matches!(b, b'.' | b'!' | b'?') { set::END } else { 0 };
            sets.push(sets_of(&tok) | end);
            toks.push(tok);
            i += 1;
            space_before = false;
            line_before = false;
            continue;
        }
        let c = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
        if c.is_whitespace() || is_invisible(c) {
            space_before = space_before || c.is_whitespace();
            if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') {
                line_before = true;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        if b.is_ascii_digit() {
            kind = TokKind::Num;
            i = scan_number(bytes, i);
        } else if is_word_char(c) {
            kind = TokKind::Word;
            i = scan_word(text, bytes, i);
        } else {
            kind = TokKind::Punct;
            i += c.len_utf8();
        }
        let case = match text.get(start..).and_then(|s| s.chars().next()) {
            Some(c) if kind == TokKind::Word && c.is_uppercase() => Case::Cap,
            Some(c) if kind == TokKind::Word && c.is_lowercase() => Case::Lower,
            _ => Case::None,
        };
        let lists = match kind {
            TokKind::Word => list_shapes.get(&bytes[start..i]),
            TokKind::Punct => crate::lexicon::list::MARK, // outside ASCII: `“`, `’`, `«`, `—`
            TokKind::Num => 0,
        };
        let tok = Token {
            start: start as u32,
            end: i as u32,
            kind,
            space_before,
            line_before,
            para_start: false,
            case,
            lists,
        };
        sets.push(sets_of(&tok));
        toks.push(tok);
        space_before = false;
        line_before = false;
    }
    (toks, sets)
}

/// The end of the word starting with the letter at `i`: ASCII letters are read a byte at a
/// time, anything else (an accented letter, an inner apostrophe) a char at a time.
// Inlined into both callers in `tokenize`: the call itself is measurable at this rate.
#[inline(always)]
fn scan_word(text: &str, bytes: &[u8], mut i: usize) -> usize {
    let start = i;
    while i < bytes.len() {
        i += ascii_letters(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        if b.is_ascii() && b != b'\'' {
            break;
        }
        let d = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
        if is_word_char(d) || (is_inner_apostrophe(text, i, d) && i > start) {
            i += d.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// How many ASCII letters start `bytes[i..]`. Eight bytes at a time: a word's end is then
/// one well-predicted test instead of a mispredicted branch per letter (word lengths vary).
#[inline(always)]
fn ascii_letters(bytes: &[u8], i: usize) -> usize {
    // A byte value repeated in all eight bytes of a word.
    const fn each(b: u64) -> u64 {
        b * 0x0101_0101_0101_0101
    }
    let mut n = 0;
    while let Some(chunk) = bytes.get(i + n..i + n + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Per byte, without carries between bytes: fold case (`| 0x20`), drop the high bit,
        // then the high bit of `y + 0x1f` says `>= 'a'` and of `y + 0x05` says `> 'z'`.
        let y = (x | each(0x20)) & each(0x7f);
        let letter = (y + each(0x1f)) & !(y + each(0x05)) & !x & each(0x80);
        let other = !letter & each(0x80);
        if other != 0 {
            return n + (other.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    while bytes.get(i + n).is_some_and(u8::is_ascii_alphabetic) {
        n += 1;
    }
    n
}

/// `text` cut at the last char boundary that keeps every offset within `u32`.
fn within_u32(text: &str) -> &str {
    let max = u32::MAX as usize;
    if text.len() <= max {
        return text;
    }
    let cut = (max - 3..=max).rev().find(|&k| text.is_char_boundary(k)).unwrap_or(0);
    text.get(..cut).unwrap_or_default()
}

/// Characters that are not printed and must not split or join tokens.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Length-scanning helper: the end of a digit run starting at `i`, taking `,` and `.`
/// only where a digit follows (so `2018.` ends before its full stop).
fn scan_number(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        let b = bytes[i];
        let separator = (b == b',' || b == b'.') && i + 1 < bytes.len() && bytes[i + 1].is_ascii_digit();
        if !(b.is_ascii_digit() || separator) {
            break;
        }
        i += 1;
    }
    i
}

/// Decides where paragraphs start. A blank line always starts one. A single line break
/// starts one too, unless the text is hard-wrapped: a line that does not end a sentence and
/// is followed by an unindented line that does not open with a quote mark continues its
/// paragraph (old Reuters copy wraps at 70 columns; its paragraphs are indented).
fn mark_paragraphs(text: &str, toks: &mut [Token], sets: &mut [u8]) {
    if let Some(first) = toks.first_mut() {
        first.para_start = true;
        sets[0] |= set::QUOTE;
    }
    // Tokens after a line break are in the credit set (with the credit words).
    let mut from = 1;
    while let Some(i) = next_member(sets, set::CREDIT, from) {
        from = i + 1;
        if !toks[i].line_before {
            continue;
        }
        let gap = Span::new(toks[i - 1].end(), toks[i].start()).text(text);
        let blank = gap.matches('\n').count() >= 2 || gap.matches('\r').count() >= 2;
        let indented = gap.ends_with(' ') || gap.ends_with('\t');
        let prev = Span::new(toks[i - 1].start(), toks[i - 1].end()).text(text);
        let prev_ends = matches!(prev, "." | "!" | "?" | "\"" | "”" | "’" | ":" | ")" | "…" | "'" | "»" | "]")
            || toks[i - 1].kind == TokKind::Word && prev.chars().all(char::is_uppercase) && prev.len() > 1;
        let opens_quote =
            matches!(Span::new(toks[i].start(), toks[i].end()).text(text), "\"" | "“" | "‘" | "«" | "„" | "'");
        toks[i].para_start = blank || indented || prev_ends || opens_quote || !looks_wrapped(text, toks, i);
        if toks[i].para_start {
            sets[i] |= set::QUOTE;
        }
    }
}

/// A line break looks like a hard wrap when the line before it is long (wrapped text fills
/// its lines) and the next line starts in lower case or continues a number or name.
fn looks_wrapped(text: &str, toks: &[Token], i: usize) -> bool {
    let line_end = toks[i - 1].end();
    let line_start = Span::new(0, line_end).text(text).rfind('\n').map_or(0, |p| p + 1);
    // At least 40 chars: the 40th is there (no need to count a long line to its end).
    Span::new(line_start, line_end).text(text).chars().nth(39).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let t = Tokens::new(text);
        (0..t.len()).map(|i| t.s(i)).collect()
    }

    #[test]
    fn splits_words_numbers_and_marks() {
        assert_eq!(words("“It’s 804,000,” he said."), ["“", "It’s", "804,000", ",", "”", "he", "said", "."]);
        assert_eq!(words("18-year $1.2 2018."), ["18", "-", "year", "$", "1.2", "2018", "."]);
    }

    #[test]
    fn ascii_letters_counts_like_a_byte_loop() {
        // Every byte value at every position of a chunk and past it, case folding and the
        // high bit included.
        for b in 0..=255u8 {
            for at in 0..19 {
                let mut bytes = b"abcdefghijXYZklmnopqrs".to_vec();
                bytes[at] = b;
                for from in [0, 3] {
                    let naive = bytes[from..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
                    assert_eq!(ascii_letters(&bytes, from), naive, "byte {b:#x} at {at}, from {from}");
                }
            }
        }
    }

    /// `next_in` finds what a token-by-token scan of each set's definition finds, from
    /// every position (eight-token steps, the tail, and past the end), and `members` lists
    /// every token the scan finds.
    #[test]
    fn next_in_and_members_agree_with_a_scan_of_the_tokens() {
        use crate::lexicon::list;
        let text = format!("{}\n\nA/B via Getty Images. 12 \"x\"", include_str!("../www/samples/seed.txt"));
        let t = Tokens::new(&text);
        let member = |which: u8, x: &Token| match which {
            set::FIGURE => x.kind == TokKind::Num || x.lists & list::FIGURE != 0,
            set::CREDIT => x.line_before || x.lists & list::CREDIT != 0,
            set::QUOTE => x.para_start || x.lists & list::MARK != 0,
            set::CUE => x.lists & list::CUE != 0,
            _ => x.case == Case::Cap,
        };
        for which in [set::CUE, set::FIGURE, set::CREDIT, set::QUOTE, set::CAP] {
            let members = t.toks.iter().filter(|x| member(which, x)).count();
            assert!(members > 3 && members < t.len(), "set {which}: {members} of {}", t.len());
            for i in 0..t.len() + 10 {
                let scan = (i..t.len()).find(|&k| member(which, &t.toks[k]));
                assert_eq!(t.next_in(which, i), scan, "set {which} from {i}");
            }
            let all: Vec<usize> = (0..t.len()).filter(|&k| member(which, &t.toks[k])).collect();
            assert_eq!(t.members(which).collect::<Vec<_>>(), all, "members of set {which}");
        }
    }

    /// The sentence starts found from the end marks and paragraph starts alone are the ones
    /// the rule gives when tested at every token.
    #[test]
    fn sentence_starts_match_the_rule_at_every_token() {
        let texts = [
            include_str!("../www/samples/seed.txt"),
            "“Why?” he asked. Dr. Ward left… Then “What a Super Tuesday!” and said so. U.S. officials met in Washington, D.C.\n\nNew paragraph! Another? Yes.",
            "No end mark at all",
            ". ! ? … “. ”",
            "",
        ];
        for text in texts {
            let t = Tokens::new(text);
            let mut cur = 0;
            let rule: Vec<u32> = (0..t.len())
                .map(|k| {
                    if k == 0 || t.toks[k].para_start || t.ends_sentence(k - 1) && !quote_goes_on(&t, k) {
                        cur = k as u32;
                    }
                    cur
                })
                .collect();
            assert_eq!(t.sent_start, rule, "{text:?}");
        }
    }

    #[test]
    fn trailing_apostrophe_is_its_own_token() {
        assert_eq!(words("Simmons’ book"), ["Simmons", "’", "book"]);
    }

    #[test]
    fn paragraphs_break_on_lines_but_not_on_hard_wraps() {
        let t = Tokens::new(
            "First line ends here.\nSecond one\nthird is a wrapped line that is long enough to wrap and\ngoes on.",
        );
        let starts: Vec<&str> = (0..t.len()).filter(|&i| t.toks[i].para_start).map(|i| t.s(i)).collect();
        assert_eq!(starts, ["First", "Second", "third"]);
    }
}
