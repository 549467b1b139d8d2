//! Quote marks paired into quotations: the first pass of the quote reader.
//!
//! It decides which marks open and close a quotation and hands on [`Region`]s, the
//! outermost quotations in order, as token indices. Typed pairs (`“…”`, `"…"`, `‘…’`,
//! `''…''`, `«…»`, `‹…›`, `„…“`, `‚…‘`, `「…」`, `『…』`) are paired with nested quotes kept
//! inside the outer one; apostrophes are told from closing marks (`Simmons’`, `’90s`,
//! `rock ’n’ roll`); the multi-paragraph convention (an opening mark on each paragraph, a
//! closing one only on the last) is one quotation; an unclosed mark stops at its paragraph's
//! end instead of swallowing the story. It knows nothing of speakers.

use crate::lexicon;
use crate::span::{Span, SpanCursor};
use crate::text::{set, Tokens};

/// Deepest nesting of quote marks tracked; deeper marks are taken as text.
pub(super) const MAX_DEPTH: usize = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mark {
    Open(Family),
    Close(Family),
    /// `"` and `''`: opens or closes depending on what surrounds it.
    Either(Family),
}

/// A paired quotation: token indices of its opening and closing marks.
#[derive(Clone, Copy, Debug)]
pub struct Region {
    pub open: usize,
    /// The last token of the quotation (its closing mark, or the last token of the paragraph
    /// where a mark was left open).
    pub close: usize,
    pub span: Span,
    pub closed: bool,
}

/// Reads the quote mark at token `i`, and how many tokens it takes (`''` takes two).
#[inline]
pub(super) fn mark_at(t: &Tokens, i: usize) -> Option<(Mark, usize)> {
    // Most tokens are words, `,` and `.`: the tokenizer marked the few that may be marks.
    if t.lists(i) & lexicon::list::MARK == 0 {
        return None;
    }
    read_mark(t, i)
}

pub(super) fn read_mark(t: &Tokens, i: usize) -> Option<(Mark, usize)> {
    let w = t.s(i);
    use Family::*;
    let m = match w {
        "“" => Mark::Open(Double),
        "”" => Mark::Close(Double),
        "„" => Mark::Open(Double),
        "\"" => Mark::Either(Double),
        "’" if t.is_p(i + 1, "’") && t.glued(i + 1) => return Some((Mark::Close(Double), 2)),
        "‘" if t.is_p(i + 1, "‘") && t.glued(i + 1) => return Some((Mark::Open(Double), 2)),
        "‘" => {
            // ‘90s: an apostrophe before digits. `CBS‘ Face the Nation`: an apostrophe typed
            // as an opening mark, glued to the word before it with a space after.
            if t.is_num(i + 1) && t.glued(i + 1) || i > 0 && t.glued(i) && t.is_word(i - 1) && !t.glued(i + 1) {
                return None;
            }
            Mark::Open(Single)
        }
        "’" => Mark::Close(Single),
        "‚" => Mark::Open(Single),
        "'" => {
            if t.is_p(i + 1, "'") && t.glued(i + 1) {
                return Some((Mark::Either(Double), 2));
            }
            Mark::Either(Single)
        }
        "`" if t.is_p(i + 1, "`") && t.glued(i + 1) => return Some((Mark::Open(Double), 2)),
        "«" => Mark::Open(Guillemet),
        "»" => Mark::Close(Guillemet),
        "‹" => Mark::Open(SingleGuillemet),
        "›" => Mark::Close(SingleGuillemet),
        "「" => Mark::Open(Corner),
        "」" => Mark::Close(Corner),
        "『" => Mark::Open(WhiteCorner),
        "』" => Mark::Close(WhiteCorner),
        _ => return None,
    };
    Some((m, 1))
}

#[derive(Clone, Copy)]
pub(super) struct Open {
    family: Family,
    tok: usize,
}

/// Whether tokens, asked in increasing order, lie inside a quotation (`regions` sorted and
/// apart): a speaker's own words name no one and report nothing, so the passes over the
/// cues and the names skip them, each with one walk over the regions.
pub(super) struct RegionCursor<'a> {
    regions: &'a [Region],
    next: usize,
}

impl<'a> RegionCursor<'a> {
    pub(super) fn new(regions: &'a [Region]) -> Self {
        RegionCursor { regions, next: 0 }
    }

    /// Whether token `tok` lies in a quotation; `tok` never below the last one asked.
    pub(super) fn inside(&mut self, tok: usize) -> bool {
        while self.next < self.regions.len() && self.regions[self.next].close < tok {
            self.next += 1;
        }
        self.next < self.regions.len() && self.regions[self.next].open <= tok
    }
}

/// Pairs the quote marks of a text into outermost quotations, in order.
pub fn regions(t: &Tokens, skip: &[Span]) -> Vec<Region> {
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut frame = SpanCursor::new(skip);
    let mut i = 0;
    // Only a paragraph's start or a possible quote mark changes anything here.
    while let Some(k) = t.next_in(set::QUOTE, i) {
        i = k;
        let tok = t.toks[i];
        if tok.para_start && i > 0 && !stack.is_empty() {
            // A paragraph ended with a quotation open. If this paragraph opens with a mark of
            // the same family, it is the same quotation going on (multi-paragraph convention).
            let outer = stack[0].family;
            let continues =
                matches!(mark_at(t, i), Some((Mark::Open(f) | Mark::Either(f), _)) if f == outer) && opens_here(t, i);
            if continues {
                stack.truncate(1);
                i += mark_at(t, i).map_or(1, |m| m.1);
                continue;
            }
            close_unclosed(t, &mut stack, i - 1, &mut out);
        }
        // Frame text (credits, notes) holds no quotes.
        if frame.covers(tok.start()) {
            i += 1;
            continue;
        }
        let Some((mark, width)) = mark_at(t, i) else {
            i += 1;
            continue;
        };
        match mark {
            Mark::Open(f) => {
                // `“It's unusual,“ said Noble`: an opening mark written where the quotation
                // closes (after its punctuation, before a space) closes it.
                let misused_close = f == Family::Double
                    && stack.iter().any(|o| o.family == f)
                    && i > 0
                    && t.glued(i)
                    && matches!(t.s(i - 1), "," | "." | "!" | "?")
                    && !t.glued(i + 1);
                if misused_close {
                    close_mark(t, f, i, &mut stack, &mut out);
                } else if stack.last().is_some_and(|o| o.family == f && f == Family::Double)
                    && continues_flattened(t, i)
                {
                    // `"A. "B."` — paragraphs flattened into one line: one quotation.
                } else if stack.len() < MAX_DEPTH {
                    stack.push(Open { family: f, tok: i });
                }
            }
            Mark::Close(f) => close_mark(t, f, i + width - 1, &mut stack, &mut out),
            Mark::Either(f) => {
                let top_same = stack.iter().rev().any(|o| o.family == f);
                if opens_here(t, i) {
                    if top_same && f == Family::Double && stack.last().is_some_and(|o| o.family == f) {
                        // A straight mark after a space never closes: a new paragraph of the
                        // same quotation flattened into the line.
                    } else if f == Family::Double || !stack.is_empty() {
                        // A lone straight single mark opens only inside a quotation (nested).
                        if stack.len() < MAX_DEPTH {
                            stack.push(Open { family: f, tok: i });
                        }
                    }
                } else if top_same {
                    close_mark(t, f, i + width - 1, &mut stack, &mut out);
                }
            }
        }
        i += width;
    }
    if !stack.is_empty() && !t.is_empty() {
        close_unclosed(t, &mut stack, t.len() - 1, &mut out);
    }
    out
}

/// A mark at `i` stands where a quotation opens: after a space (or a bracket or dash, or at
/// the start) and right before a word or number.
pub(super) fn opens_here(t: &Tokens, i: usize) -> bool {
    let before_ok =
        t.toks[i].space_before || i == 0 || matches!(t.get(i as isize - 1), "(" | "[" | "—" | "–" | "-" | "/" | ":");
    let after = i + mark_at(t, i).map_or(1, |m| m.1);
    before_ok && after < t.len() && t.glued(after)
}

/// An opening `“` right after a sentence end inside an open `“` quotation continues it.
pub(super) fn continues_flattened(t: &Tokens, i: usize) -> bool {
    i > 0 && t.toks[i].space_before && matches!(t.s(i - 1), "." | "!" | "?" | "…")
}

pub(super) fn close_mark(t: &Tokens, f: Family, last: usize, stack: &mut Vec<Open>, out: &mut Vec<Region>) {
    // A closing single mark with no single quotation open is an apostrophe (`Simmons’`).
    let Some(pos) = stack.iter().rposition(|o| o.family == f) else {
        return;
    };
    // `’` glued before a letter is still an apostrophe (`’n’`).
    if f == Family::Single && t.is_word(last + 1) && t.glued(last + 1) {
        return;
    }
    let outer = stack[0].tok;
    stack.truncate(pos);
    if pos == 0 {
        // The outermost quotation closed; inner ones belong to it.
        out.push(Region {
            open: outer,
            close: last,
            span: Span::new(t.toks[outer].start(), t.toks[last].end()),
            closed: true,
        });
    }
}

pub(super) fn close_unclosed(t: &Tokens, stack: &mut Vec<Open>, last: usize, out: &mut Vec<Region>) {
    let outer = stack[0];
    stack.clear();
    // Unclosed single marks are apostrophes more often than quotations.
    if outer.family == Family::Single || last <= outer.tok {
        return;
    }
    out.push(Region {
        open: outer.tok,
        close: last,
        span: Span::new(t.toks[outer.tok].start(), t.toks[last].end()),
        closed: false,
    });
}

pub(super) fn is_quote_mark(t: &Tokens, i: usize) -> bool {
    i < t.len() && mark_at(t, i).is_some() && !is_possessive_apostrophe(t, i)
}

/// `Sanders’ success`: an apostrophe glued after a word in `s` with a word after it.
pub(super) fn is_possessive_apostrophe(t: &Tokens, i: usize) -> bool {
    matches!(t.s(i), "’" | "'")
        && i > 0
        && t.glued(i)
        && t.is_word(i - 1)
        && t.s(i - 1).ends_with('s')
        && t.is_lower(i + 1)
        && !t.glued(i + 1)
}

/// The last token inside a closed quotation: before its closing mark, which may take two
/// tokens (`''`, `’’`). For an unclosed one, its last token.
pub(super) fn inner_last(t: &Tokens, r: &Region) -> usize {
    if !r.closed {
        return r.close;
    }
    let two = r.close >= 2 && mark_at(t, r.close - 1).is_some_and(|m| m.1 == 2);
    r.close.saturating_sub(if two { 2 } else { 1 })
}

/// The quotation's first word is capitalised (or a number): a statement, not a fragment.
pub(super) fn quote_opens_capitalised(t: &Tokens, r: &Region) -> bool {
    let first = r.open + mark_at(t, r.open).map_or(1, |m| m.1);
    t.is_cap(first) || t.is_num(first) || is_quote_mark(t, first)
}
