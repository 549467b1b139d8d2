//! The cue table: where a speech verb (`said`, `told`, `warned`) or a cue phrase
//! (`according to`, `pointed out`) starts, and how many tokens it takes.
//!
//! It decides, once per text, which words are cues *in their place*: a speech verb after a
//! determiner is a noun (`the reports`), glued to a hyphen an adjective (`often-repeated`).
//! It hands the attribution and mention passes a [`Cues`] value that answers "is there a cue
//! at token `k`?" in O(1), so the windows around each quotation never test the lexicon.

use crate::lexicon;
use crate::span::Span;
use crate::text::{set, Tokens};

/// The cues of one text.
pub(super) struct Cues {
    /// For every token, how many tokens the cue starting there takes (0: none).
    len: Vec<u8>,
    /// The tokens where a cue starts, in order, so no pass scans the whole table for them.
    pub(super) starts: Vec<usize>,
    /// The cues, the verbs of thought (`believes`, `shows`) and the nouns of speech
    /// (`statement`), in order: where reported speech may be attributed. A verb of thought
    /// or a noun is no quotation's cue.
    pub(super) report_starts: Vec<usize>,
}

impl Cues {
    /// Reads every candidate token of `t` (the tokenizer's cue set) once.
    pub(super) fn new(t: &Tokens) -> Cues {
        let mut len = vec![0; t.len()];
        let mut starts = Vec::new();
        let mut report_starts = Vec::new();
        for k in t.members(set::CUE).filter(|&k| t.is_word(k)) {
            len[k] = cue_len_at(t, k);
            if len[k] > 0 {
                starts.push(k);
                report_starts.push(k);
            } else if t.is_lower(k)
                && (lexicon::is_speech_noun(t.s(k)) || lexicon::is_thought_verb(t.s(k)) && !noun_position(t, k))
            {
                report_starts.push(k);
            }
        }
        Cues { len, starts, report_starts }
    }

    /// How many tokens the cue starting at token `k` spans (0: none there, or past the end).
    pub(super) fn tokens_at(&self, k: usize) -> usize {
        self.len.get(k).copied().unwrap_or(0).into()
    }

    /// The cue starting at token `k`, if any.
    pub(super) fn at(&self, t: &Tokens, k: usize) -> Option<Span> {
        let n = self.tokens_at(k);
        (n > 0).then(|| Span::new(t.toks[k].start(), t.toks[k + n - 1].end()))
    }
}

/// Whether the word at `k` stands where a noun or an adjective does: after a determiner
/// (`the support`, `his views`), `of` (`a base of support`, `a gauge of planned spending`) or
/// a possessive (`Spain's hopes`).
fn noun_position(t: &Tokens, k: usize) -> bool {
    k > 0
        && (lexicon::is(t.s(k - 1), lexicon::class::NOUN_DETERMINER)
            || t.s(k - 1) == "of"
            || t.is_cap(k - 1) && possessive_name(t.s(k - 1)))
}

/// `Spain's`, `Clinton's`: a name's possessive, not a contraction (`He's said`, `That's`).
fn possessive_name(w: &str) -> bool {
    let stem = lexicon::strip_possessive(w);
    lexicon::is_possessive(w)
        && !lexicon::is(stem, lexicon::class::PRONOUN)
        && !lexicon::is(stem, lexicon::class::BARE_DETERMINER)
}

/// The cue starting at `k` in one lexicon test: a speech verb in lower case (a capitalised
/// `Says` opens a headline) or a cue phrase (`according to`, `pointed out`).
fn cue_len_at(t: &Tokens, k: usize) -> u8 {
    let w = t.s(k);
    if !(t.is_lower(k) || w == "According") {
        return 0;
    }
    // The lexicon tests first (most words fail them on their length alone), then the
    // context. A lower-case word needs no lower-casing; `According` is the one capital.
    let first = if t.is_lower(k) { w } else { "according" };
    let mut n = 0;
    let fb = first.as_bytes()[0];
    let phrases = if lexicon::may_open_cue_phrase(first) { lexicon::cue_phrases() } else { &[] };
    for phrase in phrases {
        let len = phrase.len();
        let p0 = phrase[0];
        if p0.len() == first.len()
            && p0.as_bytes()[0] == fb
            && p0 == first
            && (1..len).all(|m| t.eq_ci(k + m, phrase[m]))
        {
            n = len as u8;
            break;
        }
    }
    if n == 0 && lexicon::is_speech_verb(w) {
        n = 1;
    }
    if n == 0 || k == 0 {
        return n;
    }
    // Glued to a hyphen it is an adjective: `his often-repeated vow`; after a determiner or
    // `of` it is a noun: `The recalls`, `the reports`, `his calls`, `a number of reports`.
    let noun = t.is_p(k - 1, "-") && t.glued(k) || noun_position(t, k);
    if noun {
        0
    } else {
        n
    }
}
