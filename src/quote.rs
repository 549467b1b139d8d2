//! Quotes and who said them.
//!
//! Two steps, both linear in the text:
//!
//! 1. [`regions`] pairs quote marks into outermost quotations: typed pairs (`“…”`, `"…"`,
//!    `‘…’`, `''…''`, `«…»`, `‹…›`, `„…“`, `‚…‘`, `「…」`, `『…』`), nested quotes kept inside
//!    the outer one, apostrophes told from closing marks, the multi-paragraph convention
//!    (an opening mark on each paragraph, a closing one only on the last) read as one quote,
//!    and an unclosed mark stopping at its paragraph's end instead of swallowing the story.
//! 2. [`attribute`] reads each quotation's sentence for a cue and a speaker, in the shapes
//!    the wire style guides prescribe (`“…,” X said`, `said X`, `X said: “…”`,
//!    `according to X`, `“…” — X`), then resolves the speaker to a source (`he` → the last
//!    speaker; `Miller` → `General Scott Miller`).

use crate::lexicon;
use crate::span::Span;
use crate::text::{set, Tokens};
use crate::{Quote, QuoteKind};

/// How many tokens an attribution may sit from its quote.
const WINDOW: usize = 24;
/// Deepest nesting of quote marks tracked; deeper marks are taken as text.
const MAX_DEPTH: usize = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
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
fn mark_at(t: &Tokens, i: usize) -> Option<(Mark, usize)> {
    // Most tokens are words, `,` and `.`: the tokenizer marked the few that may be marks.
    if t.hot(i) & lexicon::hot::MARK == 0 {
        return None;
    }
    read_mark(t, i)
}

fn read_mark(t: &Tokens, i: usize) -> Option<(Mark, usize)> {
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
struct Open {
    family: Family,
    tok: usize,
}

/// Pairs the quote marks of a text into outermost quotations, in order.
pub fn regions(t: &Tokens, skip: &[Span]) -> Vec<Region> {
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut skip_i = 0;
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
        while skip_i < skip.len() && skip[skip_i].end <= tok.start() {
            skip_i += 1;
        }
        if skip_i < skip.len() && skip[skip_i].start <= tok.start() {
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
fn opens_here(t: &Tokens, i: usize) -> bool {
    let before_ok =
        t.toks[i].space_before || i == 0 || matches!(t.get(i as isize - 1), "(" | "[" | "—" | "–" | "-" | "/" | ":");
    let after = i + mark_at(t, i).map_or(1, |m| m.1);
    before_ok && after < t.len() && t.glued(after)
}

/// An opening `“` right after a sentence end inside an open `“` quotation continues it.
fn continues_flattened(t: &Tokens, i: usize) -> bool {
    i > 0 && t.toks[i].space_before && matches!(t.s(i - 1), "." | "!" | "?" | "…")
}

fn close_mark(t: &Tokens, f: Family, last: usize, stack: &mut Vec<Open>, out: &mut Vec<Region>) {
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

fn close_unclosed(t: &Tokens, stack: &mut Vec<Open>, last: usize, out: &mut Vec<Region>) {
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

/// A cue and the speaker mention it points at, found near one quotation.
#[derive(Clone, Copy, Debug, Default)]
struct Attribution {
    speaker: Option<Span>,
    cue: Option<Span>,
}

impl Attribution {
    fn found(&self) -> bool {
        self.speaker.is_some() || self.cue.is_some()
    }
}

/// Quotes with their kind, speaker, cue and source, sorted by start.
pub fn find(t: &Tokens, skip: &[Span]) -> Vec<Quote> {
    let regions = regions(t, skip);
    // Every quote is a region. A text without one (a fifth of the wire corpus's texts)
    // skips the whole-text tables below, about half of this reader's time where there are
    // quotes.
    if regions.is_empty() {
        return Vec::new();
    }
    let (table, cues) = cue_table(t);
    CUES.with(|c| *c.borrow_mut() = table);
    let quotes = find_quotes(t, &regions, &cues);
    CUES.with(|c| c.borrow_mut().clear());
    quotes
}

/// `cues`: the tokens where a cue starts, in order.
fn find_quotes(t: &Tokens, regions: &[Region], cues: &[usize]) -> Vec<Quote> {
    let paras = paragraph_ids(t);
    let mut names = NameIndex::new(t);
    let subjects = speech_subjects(t, regions, cues);
    names.spoken = subjects.iter().map(|&(_, sp)| sp.text(t.text)).filter(|w| !w.contains(' ')).collect();
    let persons = persons_outside(&names.persons, regions);
    let mut quotes: Vec<Quote> = Vec::with_capacity(regions.len());
    // The marks' tokens of each quote kept: (open, close).
    let mut toks: Vec<(usize, usize)> = Vec::with_capacity(regions.len());
    // The last attributed quote: (paragraph, attribution, source).
    let mut last: Option<(usize, Attribution, Option<Span>)> = None;
    // The closing mark of the last attributed quote (0: none yet).
    let mut last_close = 0;
    let mut recent = Recent::default();
    let (mut subject_i, mut person_i) = (0, 0);
    for r in regions {
        // Speakers and people named in prose before this quote are candidates for its
        // pronouns and descriptions.
        while subject_i < subjects.len() && subjects[subject_i].0 < r.open {
            let (tok, sp) = subjects[subject_i];
            if !is_pronoun_span(t, sp) && !is_description(t, sp) {
                recent.add_entity((tok, paras.of(tok), names.resolve(t, sp)));
            }
            subject_i += 1;
        }
        while person_i < persons.len() && persons[person_i].0 < r.open {
            let (tok, sp) = persons[person_i];
            recent.add_person((tok, paras.of(tok), sp));
            person_i += 1;
        }
        let para = paras.of(r.open);
        recent.ahead = None;
        if recent.entities.is_empty() && recent.persons.is_empty() {
            recent.ahead = subjects[subject_i..]
                .iter()
                .take_while(|(tok, _)| paras.of(*tok) <= para + 1)
                .find(|(_, sp)| !is_pronoun_span(t, *sp) && !is_description(t, *sp))
                .map(|&(_, sp)| (0, para, names.resolve(t, sp)));
        }
        // The sentence's start, but never more than a window back: a text without sentence
        // ends (10 MB of quote marks) must not make every quote read back to its start.
        let lo = t.sentence_start(r.open).max(r.open.saturating_sub(WINDOW * 2));
        let hi = sentence_end(t, r.close + 1);
        let mut attr = attribute_after(t, r, hi);
        if !attr.found() {
            attr = attribute_before(t, r, lo);
        }
        // `Dr. Ward stated:⏎⏎"…"`: a lead-in ending the previous paragraph with a colon.
        if !attr.found() && r.open > 0 && t.toks[r.open].para_start && t.is_p(r.open - 1, ":") {
            let lead_lo = t.sentence_start(r.open - 1).max(r.open.saturating_sub(WINDOW * 2));
            attr = attribute_before(t, r, lead_lo);
            // `17-year-old Jared Potts echoed:`, `President Clinton released the following
            // statement:` — whatever the verb, the lead-in's subject speaks.
            if !attr.found() {
                attr = subject_and_verb(t, r, lead_lo);
            }
        }
        // The sentence's subject speaks a quotation that reads as speech, not a scare term.
        if !attr.found()
            && !t.toks[r.open].para_start
            && (is_speech_like(t, r) || sentence_reports_speech(t, r, lo, hi))
        {
            attr = subject_and_verb(t, r, lo);
        }
        if let Some(sp) = attr.speaker.and_then(|sp| main_subject_for_embedded_pronoun(t, &names, sp, lo)) {
            attr.speaker = Some(sp);
        }
        // `“The risk,” said Edward Leamer, an economist, “is that …”`: the second half of
        // a split quotation finds the same cue; the first half found its speaker.
        if attr.speaker.is_none() && attr.cue.is_some() {
            if let Some((_, a, _)) = last.filter(|l| l.1.cue == attr.cue && l.1.speaker.is_some()) {
                attr = a;
            }
        }
        if is_title(t, r) {
            continue; // `on “Morning Joe,”`, `the book “The Art of the Deal”`
        }
        let kind = kind_of(t, r, lo);
        if !attr.found() && !is_speech_like(t, r) && !in_headline(t, r) && !sentence_reports_speech(t, r, lo, hi) {
            continue; // a title, a nickname or a scare quote
        }
        let mut source = None;
        let mut inherited = false;
        // `Clinton touted her credentials. “We need …”`: a quotation opening its sentence
        // right after an attribution sentence of the same paragraph (and after any attributed
        // quotation) takes that sentence's speaker and cue.
        if !attr.found() && !t.toks[r.open].para_start {
            if let Some(a) = attribution_sentence_before(t, r, &subjects[..subject_i], &paras, last_close) {
                attr = a;
            }
        }
        if !attr.found() {
            // `“A,” he said. “B.”`: a quote later in the same paragraph takes the same
            // speaker and cue, and so does a quote opening the next paragraph (the speaker
            // goes on: `“…,” Trump said.⏏“…”`); elsewhere in the next paragraph only the source.
            if let Some((p, a, s)) = last {
                if p == para && !t.toks[r.open].para_start || para == p + 1 && t.toks[r.open].para_start {
                    attr = a;
                    if t.sentence_start(r.open) == r.open {
                        attr.speaker = attr.speaker.map(|sp| named_for_new_sentence(t, sp));
                    }
                    source = s;
                    inherited = true;
                } else if para <= p + 1 {
                    source = s;
                }
            }
        }
        // The paragraph where the quotation ends: a multi-paragraph quote hands its speaker
        // on from its last paragraph.
        let close_para = paras.of(r.close);
        if let Some(sp) = attr.speaker.filter(|_| !inherited || source.is_none()) {
            source = resolve(t, sp, &names, &recent, para);
        }
        if attr.found() {
            last = Some((close_para, attr, source));
            last_close = r.close;
            if let Some(s) = source.filter(|s| !is_pronoun_span(t, *s) && !is_description(t, *s)) {
                recent.add_entity((r.open, para, s));
            }
        } else if let Some(l) = last.as_mut() {
            l.0 = close_para; // an unattributed continuation carries the speaker on
        }
        // An inherited attribution never sits inside the quotation itself.
        if attr.speaker.is_some_and(|sp| sp.overlaps(r.span)) || attr.cue.is_some_and(|c| c.overlaps(r.span)) {
            attr = Attribution::default();
            source = None;
        }
        quotes.push(Quote { span: r.span, kind, speaker: attr.speaker, source, cue: attr.cue });
        toks.push((r.open, r.close));
    }
    take_from_next_in_sentence(t, &mut quotes, &toks);
    quotes
}

/// The speaker and cue of the sentence right before `r` when that sentence reports speech
/// (`Sami recalled how … trees. “And I was like …”`): `r` must open its own sentence, in the
/// same paragraph, after the last attributed quote (token `after`). `subjects` are the
/// speech subjects before `r`, in order.
fn attribution_sentence_before(
    t: &Tokens,
    r: &Region,
    subjects: &[(usize, Span)],
    paras: &Paragraphs,
    after: usize,
) -> Option<Attribution> {
    let s0 = t.sentence_start(r.open);
    if s0 != r.open || s0 == 0 {
        return None;
    }
    let prev = t.sentence_start(s0 - 1);
    let &(v, sp) = subjects.last()?;
    let fits = v >= prev && v < s0 && v > after && paras.of(v) == paras.of(r.open);
    fits.then(|| Attribution { speaker: Some(named_for_new_sentence(t, sp)), cue: cue_at(t, v) })
}

/// `…,” said Mr. Ekovich, who noted that … . “Things are …”`: a quotation opening a new
/// sentence is the named person's; the relative `who` spoke only inside the sentence before.
fn named_for_new_sentence(t: &Tokens, sp: Span) -> Span {
    if sp.text(t.text) == "who" {
        antecedent(t, t.index_at(sp.start)).unwrap_or(sp)
    } else {
        sp
    }
}

/// `Cruz has railed against what he calls the “Washington cartel”`, `Rubio said … Trump,
/// whom he called a “con artist.”`: a pronoun in an embedded `what`/`whom` clause speaks for
/// the sentence's named subject, and the name is the mention (as PolNeAR marks it).
fn main_subject_for_embedded_pronoun(t: &Tokens, names: &NameIndex, sp: Span, lo: usize) -> Option<Span> {
    let pronoun = sp.text(t.text);
    if !matches!(pronoun, "he" | "she") {
        return None;
    }
    let p = t.index_at(sp.start);
    if p == 0 || !matches!(t.s(p - 1), "what" | "whom") {
        return None;
    }
    let subject = sentence_subject(t, lo, p - 1)?;
    (!is_pronoun_span(t, subject) && !is_description(t, subject) && pronoun_agrees(t, names, pronoun, subject))
        .then_some(subject)
}

/// `''They are painful'' but necessary ''for the business,'' he said`: an unattributed
/// quotation takes the attribution of the next one in the same sentence.
fn take_from_next_in_sentence(t: &Tokens, quotes: &mut [Quote], toks: &[(usize, usize)]) {
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        let (open, close) = toks[i];
        let (next_open, _) = toks[i + 1];
        let span = quotes[i].span;
        let unattributed = quotes[i].speaker.is_none()
            && quotes[i].cue.is_none()
            && !quotes[i + 1].speaker.is_some_and(|sp| sp.overlaps(span))
            && !quotes[i + 1].cue.is_some_and(|c| c.overlaps(span));
        let same_sentence = next_open > close
            && next_open - close <= WINDOW
            && !(close + 1..next_open).any(|k| t.ends_sentence(k) || t.toks[k].para_start);
        if unattributed && same_sentence && quotes[i + 1].speaker.is_some() && !t.toks[open].para_start {
            let next = quotes[i + 1].clone();
            quotes[i].speaker = next.speaker;
            quotes[i].cue = next.cue;
            quotes[i].source = next.source;
        }
    }
}

/// Who was named last, for `he said` and `the spokesman`: the last few resolved speakers
/// (of quotes or of speech verbs in prose) and the last person named at the start of a
/// sentence. Each is (token, paragraph, mention).
#[derive(Default)]
struct Recent {
    /// Oldest first, at most [`Recent::KEEP`].
    entities: Vec<(usize, usize, Span)>,
    /// People named at a sentence's start, oldest first, at most [`Recent::KEEP`].
    persons: Vec<(usize, usize, Span)>,
    /// When no one is named before a pronoun: the next speaker named in prose in the same
    /// or the next paragraph (`“…,” he said, … Schumer said`). Set per quote.
    ahead: Option<(usize, usize, Span)>,
}

impl Recent {
    /// How many paragraphs back a pronoun may reach.
    const REACH: usize = 3;
    /// How many speakers are remembered: enough to step over one that does not agree.
    const KEEP: usize = 4;

    fn add_entity(&mut self, e: (usize, usize, Span)) {
        Self::push_bounded(&mut self.entities, e);
    }

    fn add_person(&mut self, p: (usize, usize, Span)) {
        Self::push_bounded(&mut self.persons, p);
    }

    /// Appends, dropping the oldest past [`Recent::KEEP`].
    fn push_bounded(list: &mut Vec<(usize, usize, Span)>, item: (usize, usize, Span)) {
        if list.len() == Self::KEEP {
            list.remove(0);
        }
        list.push(item);
    }

    fn last_entity(&self) -> Option<(usize, usize, Span)> {
        self.entities.last().copied()
    }

    /// The most recent candidate within reach of paragraph `para` that `agrees` accepts.
    fn best(&self, para: usize, agrees: impl Fn(Span) -> bool) -> Option<Span> {
        self.best_of(para, true, agrees)
    }

    /// As [`Recent::best`], among those named before only (no `ahead`).
    fn best_before(&self, para: usize, agrees: impl Fn(Span) -> bool) -> Option<Span> {
        self.best_of(para, false, agrees)
    }

    /// The latest candidate in reach that `agrees` accepts (of equal tokens, the one listed
    /// last). `agrees` is the costly part, so it runs from the latest down, until one agrees.
    fn best_of(&self, para: usize, with_ahead: bool, agrees: impl Fn(Span) -> bool) -> Option<Span> {
        let mut within: Vec<(usize, usize, Span)> = self
            .entities
            .iter()
            .copied()
            .chain(self.persons.iter().copied())
            .chain(self.ahead.filter(|_| with_ahead))
            .filter(|c| c.1 + Self::REACH >= para)
            .collect();
        // At most nine candidates: take the latest left (`max_by_key`: the later-listed of
        // equals) until one agrees. No sort, whose code would weigh on the wasm module.
        while let Some((k, c)) = within.iter().enumerate().max_by_key(|(_, c)| c.0) {
            if agrees(c.2) {
                return Some(c.2);
            }
            within.remove(k);
        }
        None
    }
}

/// Sentence-initial person names that lie outside every quotation (both lists sorted).
fn persons_outside(persons: &[(usize, Span)], regions: &[Region]) -> Vec<(usize, Span)> {
    let mut out = Vec::new();
    let mut r = 0;
    for &(tok, sp) in persons {
        while r < regions.len() && regions[r].close < tok {
            r += 1;
        }
        if r < regions.len() && regions[r].open <= tok {
            continue;
        }
        out.push((tok, sp));
    }
    out
}

/// A definite description (`the England international`, `the lawmaker`): `the` and
/// lower-case words, which point back to someone named before.
fn is_description(t: &Tokens, s: Span) -> bool {
    let text = s.text(t.text);
    let mut words = text.split_whitespace();
    // The head noun (the last word) is lower case: `the lawmaker`, `the England international`
    // (but `the Electoral Commission` is a name).
    matches!(words.next(), Some("the") | Some("The"))
        && text.split_whitespace().count() <= 4
        && words.clone().count() >= 1
        && words.last().is_some_and(|w| w.chars().next().is_some_and(|c| c.is_lowercase()) || w.ends_with("-old"))
}

/// Where the paragraphs start (see [`Paragraphs`]).
fn paragraph_ids(t: &Tokens) -> Paragraphs {
    // Paragraph starts are in the quote marks' set (the first token is one).
    let starts = t.members(set::QUOTE).filter(|&i| t.toks[i].para_start).map(|i| i as u32).collect();
    Paragraphs { starts }
}

/// The paragraph of any token, from the paragraphs' first tokens (a binary search): a table
/// per paragraph rather than per token keeps large texts' memory down (one 8-byte entry per
/// token cost a tenth of the time at 10 MB, in page faults).
struct Paragraphs {
    starts: Vec<u32>,
}

impl Paragraphs {
    fn of(&self, tok: usize) -> usize {
        self.starts.partition_point(|&s| s as usize <= tok).saturating_sub(1)
    }
}

/// One past the last token of the sentence that continues at token `i`.
fn sentence_end(t: &Tokens, i: usize) -> usize {
    let mut k = i;
    while k < t.len() && k < i + WINDOW * 2 {
        if k > i && t.toks[k].para_start {
            return k;
        }
        if t.ends_sentence(k) {
            return k + 1;
        }
        k += 1;
    }
    k
}

fn is_quote_mark(t: &Tokens, i: usize) -> bool {
    i < t.len() && mark_at(t, i).is_some() && !is_possessive_apostrophe(t, i)
}

/// `Sanders’ success`: an apostrophe glued after a word in `s` with a word after it.
fn is_possessive_apostrophe(t: &Tokens, i: usize) -> bool {
    matches!(t.s(i), "’" | "'")
        && i > 0
        && t.glued(i)
        && t.is_word(i - 1)
        && t.s(i - 1).ends_with('s')
        && t.is_lower(i + 1)
        && !t.glued(i + 1)
}

fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "we" | "I" | "He" | "She" | "They" | "It" | "We" | "you" | "You")
}

fn is_pronoun_span(t: &Tokens, s: Span) -> bool {
    is_pronoun(s.text(t.text))
}

thread_local! {
    /// How many tokens the cue starting at each token takes (0: none), for the text being
    /// analysed: computed once per text by [`find`], so the attribution windows read cues
    /// in O(1) instead of testing the lexicon at every token of every window.
    static CUES: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
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
    // Glued to a hyphen it is an adjective: `his often-repeated vow`; after a determiner it
    // is a noun: `The recalls`, `the reports`, `his calls`.
    let noun = t.is_p(k - 1, "-") && t.glued(k)
        || matches!(
            t.s(k - 1),
            "The" | "the" | "a" | "A" | "an" | "its" | "his" | "her" | "their" | "these" | "those" | "such" | "our"
        );
    if noun {
        0
    } else {
        n
    }
}

/// For every token, how many tokens the cue starting there takes (0: none); and the tokens
/// where a cue starts, so no later pass scans the whole table for them.
fn cue_table(t: &Tokens) -> (Vec<u8>, Vec<usize>) {
    let mut table = vec![0; t.len()];
    let mut starts = Vec::new();
    for k in t.members(set::CUE).filter(|&k| t.is_word(k)) {
        table[k] = cue_len_at(t, k);
        if table[k] > 0 {
            starts.push(k);
        }
    }
    (table, starts)
}

/// The cue starting at token `k`, if any.
fn cue_at(t: &Tokens, k: usize) -> Option<Span> {
    let n = cue_tokens(t, k);
    (n > 0 && k < t.len()).then(|| Span::new(t.toks[k].start(), t.toks[k + n - 1].end()))
}

/// How many tokens the cue starting at token `k` spans (0: none there).
fn cue_tokens(t: &Tokens, k: usize) -> usize {
    CUES.with(|c| c.borrow().get(k).copied()).unwrap_or_else(|| cue_len_at(t, k)).into()
}

/// Words that end a clause: a speaker mention never crosses them.
fn is_clause_word(w: &str) -> bool {
    lexicon::is(w, lexicon::class::CLAUSE)
}

/// Words that open a subordinate clause: a cue after one belongs to the writer's sentence,
/// not to the quotation before it.
fn is_subordinator(w: &str) -> bool {
    lexicon::is(w, lexicon::class::SUBORDINATOR)
}

/// Adverbs and auxiliaries between a speaker and the verb: `he also said`, `she has said`.
fn is_verb_padding(w: &str) -> bool {
    lexicon::is(w, lexicon::class::PADDING)
}

/// `did not`, `didn't`, `never`, `would`: between a subject and the verb of an infinitive.
fn is_negation_or_auxiliary(w: &str) -> bool {
    lexicon::is(w, lexicon::class::NEGATION)
}

/// Words that can open a speaker mention.
fn opens_mention(t: &Tokens, i: usize) -> bool {
    if t.is_cap(i) || t.is_num(i) {
        return true;
    }
    let w = t.s(i);
    is_pronoun(w)
        || lexicon::number_word(w).is_some()
        || lexicon::is(w, lexicon::class::MENTION_OPENER)
        || lexicon::is_role_noun(w)
}

/// Whether `[from, to)` reads as a mention: it opens like one and holds no clause break.
fn mention_ok(t: &Tokens, from: usize, to: usize) -> bool {
    // `former president Bill Clinton`: lower-case words may open a mention that names
    // someone or a role.
    let names_someone = (from..to).any(|k| t.is_cap(k) || t.is_lower(k) && lexicon::is_role_noun(t.s(k)));
    // A determiner alone names no one (`Another`, `the`, `One`).
    let bare_determiner = to == from + 1 && lexicon::is(t.s(from), lexicon::class::BARE_DETERMINER);
    !bare_determiner
        && (opens_mention(t, from)
            || t.is_lower(from) && !is_clause_word(t.s(from)) && !looks_like_verb(t.s(from)) && names_someone)
        && mention_ok_body(t, from, to)
}

fn mention_ok_body(t: &Tokens, from: usize, to: usize) -> bool {
    // A party tag in brackets may follow a name: `Sen. Marco Rubio (R-Fla.)`.
    let mut depth = 0i32;
    to > from
        && to - from <= 20
        && (from..to).all(|k| {
            match t.s(k) {
                "(" => depth += 1,
                ")" => depth -= 1,
                _ => {}
            }
            (0..=1).contains(&depth)
                && !(t.ends_sentence(k) && depth == 0)
                && !is_quote_mark(t, k)
                && !(k > from && t.toks[k].para_start)
                // A finite `is` or `was` makes it a clause (`Johnson is under fire for …`).
                && !matches!(t.s(k), ";" | ":" | "is" | "was" | "are" | "were" | "has" | "have" | "had")
                // A past tense with its object (`The commission issued a statement`).
                && !(t.is_lower(k) && t.s(k).ends_with("ed") && t.s(k).len() > 4 && k + 1 < to && matches!(t.s(k + 1), "a" | "an" | "the" | "his" | "her" | "its" | "their"))
        })
        && depth == 0
}

/// The mention right before a cue verb at `v`, not crossing `lo`: `a spokesman for US Forces
/// in Afghanistan` (told), `he` (said), `Hugh Hill` (, a doctor, said).
fn mention_before(t: &Tokens, v: usize, lo: usize) -> Option<Span> {
    let mut end = v;
    // Passive (`has been described as`): the speaker is the agent after `by`, not the subject.
    if end > lo && matches!(t.s(end - 1), "been" | "being" | "be" | "is" | "was" | "were" | "are") {
        return None;
    }
    // An infinitive: the subject is that of the verb governing it (`he went on to say`,
    // `she declined to comment`, `Airbus didn't want to add`).
    let infinitive = end > lo + 2 && t.s(end - 1) == "to" && t.is_lower(end - 2);
    if infinitive {
        end -= 2;
        if end > lo && t.s(end - 1) == "on" {
            end -= 1; // `went on to`
        }
        while end > lo && t.is_lower(end - 1) && is_negation_or_auxiliary(t.s(end - 1)) {
            end -= 1;
        }
    }
    while end > lo
        && t.is_lower(end - 1)
        && (is_verb_padding(t.s(end - 1))
            || is_negation_or_auxiliary(t.s(end - 1))
            || t.s(end - 1).ends_with("ly") && t.s(end - 1).len() > 4)
    {
        end -= 1;
    }
    // `Labour chairman Ian McCartney last year said`: a time phrase before the verb.
    if end >= lo + 3 && matches!(t.s(end - 2), "last" | "this" | "next" | "earlier" | "later") && t.is_lower(end - 1) {
        end -= 2;
    }
    while end > lo
        && matches!(
            t.s(end - 1),
            "yesterday" | "today" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
        )
        && t.is_p(end.wrapping_sub(2), "on")
        || end > lo && matches!(t.s(end - 1), "yesterday" | "today")
    {
        end -= if t.is_p(end.wrapping_sub(2), "on") || t.s(end.wrapping_sub(2)) == "on" { 2 } else { 1 };
    }
    // `Mike Lee, who declared …`: the relative pronoun is the subject; its antecedent
    // becomes the source (see `antecedent`).
    if end > lo + 1 && t.s(end - 1) == "who" && t.is_p(end - 2, ",") {
        return Some(Span::new(t.toks[end - 1].start(), t.toks[end - 1].end()));
    }
    // `a tweet from Rikkie Wells who tweeted`: a name right before a restrictive `who`.
    if end > lo + 1 && t.s(end - 1) == "who" && t.is_cap(end - 2) {
        let s = name_run_start(t, end - 2, lo);
        return Some(Span::new(t.toks[s].start(), t.toks[end - 2].end()));
    }
    let mut start = end;
    // `Sen. Marco Rubio (R-Fla.) said`: step over a short bracket right before the verb.
    if start > lo && t.is_p(start - 1, ")") {
        if let Some(open) = open_bracket_before(t, start, lo) {
            start = open;
        }
    }
    while start > lo {
        let k = start - 1;
        let w = t.s(k);
        let stop = matches!(w, "," | ";" | ":" | "(" | ")" | "—" | "–")
            || t.ends_sentence(k)
            || is_quote_mark(t, k)
            || (t.is_lower(k)
                && (is_clause_word(w)
                    || matches!(w, "amid" | "despite" | "against" | "among" | "about" | "following" | "whom")))
            || t.toks[start].para_start && start != end;
        if stop || end - k > 14 {
            break;
        }
        // `Bregier said Airbus didn't want to add`: the subject of the cue is never the
        // subject of an earlier verb of speech. (Elsewhere a longer mention that takes in
        // an earlier cue, `Trump tweets early Friday`, still holds the right speaker.)
        if infinitive && t.is_lower(k) && cue_at(t, k).is_some() && start < end {
            break;
        }
        start = k;
    }
    // An appositive: `Hugh Hill, a doctor, said` — the mention is the name before it.
    // `Jason Sims — a teacher from Mount Pleasant — says`: an appositive between dashes.
    if start == end && start > lo + 1 && matches!(t.s(start - 1), "—" | "–") {
        let close = start - 1;
        let open = (close.saturating_sub(30).max(lo)..close).rev().find(|&m| matches!(t.s(m), "—" | "–"))?;
        let s = skip_leading_conjunctions(t, name_run_start(t, open, lo), open);
        return (s < open && mention_ok(t, s, open)).then(|| Span::new(t.toks[s].start(), t.toks[open - 1].end()));
    }
    // Up to three comma-separated pieces may stand between them: `Ramil Carr, 31, a
    // Philadelphia photographer, said`.
    if start == end && start > lo + 1 && t.is_p(start - 1, ",") {
        let mut app_end = start - 1;
        for _ in 0..3 {
            let mut k = app_end;
            while k > lo
                && !t.is_p(k - 1, ",")
                && app_end - k < 40
                && !t.ends_sentence(k - 1)
                && !is_quote_mark(t, k - 1)
            {
                k -= 1;
            }
            if !(k > lo + 1 && t.is_p(k - 1, ",")) {
                break;
            }
            let name_end = k - 1;
            // `On Wednesday, he seemed to indicate …, warning`, `…, but only after …,
            // telling`: a clause, not an appositive.
            // (A relative clause inside an appositive is fine: `…, which oversees the Fed,`.)
            if is_pronoun(t.s(k))
                || t.is_lower(k)
                    && is_clause_word(t.s(k))
                    && !matches!(t.s(k), "which" | "that" | "after" | "before" | "when" | "while")
                || (k + 1..app_end).any(|m| t.is_lower(m) && !t.s(m).ends_with("ing") && cue_at(t, m).is_some())
            {
                break;
            }
            // `After winning Ohio, Gov. John Kasich (R-OH), said`: the piece is the name
            // itself, set off after an adverbial.
            if app_end == start - 1 && is_name_piece(t, k, app_end) {
                return Some(Span::new(t.toks[k].start(), t.toks[app_end - 1].end()));
            }
            let mut s = name_end;
            // `Sen. Richard J. Durbin (D-Ill.), noting …, said`: a party tag ends the name.
            if s > lo && t.is_p(s - 1, ")") {
                if let Some(open) = open_bracket_before(t, s, lo) {
                    s = open;
                }
            }
            s = name_run_start(t, s, lo);
            let run_start = s;
            s = skip_leading_conjunctions(t, s, name_end);
            // `As Andrew J. Tabler, an expert on Syria, noted`: not the preposition.
            if s + 1 < name_end && is_preposition_opener(t.s(s)) && t.is_cap(s + 1) {
                s += 1;
            }
            // The name is not the tail of a relative clause in an earlier appositive (`…, who
            // heads the Senate Banking Committee, which …`).
            let whole_piece = !(lo..run_start)
                .rev()
                .take_while(|&m| !t.is_p(m, ",") && !t.ends_sentence(m))
                .take(30)
                .any(|m| t.is_lower(m) && matches!(t.s(m), "who" | "which"));
            if s < name_end && whole_piece && mention_ok(t, s, name_end) && !is_preposition_opener(t.s(s)) {
                return Some(Span::new(t.toks[s].start(), t.toks[name_end - 1].end()));
            }
            // `The lawmaker, who represents a district …, said`: a description.
            if s == name_end && t.is_lower(name_end - 1) && lexicon::is_role_noun(t.s(name_end - 1)) {
                return mention_before(t, name_end, lo);
            }
            app_end = name_end;
        }
        return None;
    }
    // `The report said Feinberg …`, `Yanacocha officials said they …`: a run that takes in
    // an earlier speech verb is that verb's sentence; its subject speaks.
    if let Some(c) = (start + 1..end).find(|&c| t.is_lower(c) && cue_at(t, c).is_some()) {
        return mention_before(t, c, lo);
    }
    let mut start = skip_leading_conjunctions(t, start, end);
    // Nor is a time phrase: `Last week State Department official David Holmes testified`.
    if start + 2 < end
        && matches!(t.s(start), "Last" | "This" | "Next" | "Earlier")
        && lexicon::is_calendar_noun(t.s(start + 1))
    {
        start += 2;
    }
    // A mention never opens with a preposition or a conjunction: `Although he says` → `he`,
    // `As Vulture put it` → `Vulture` (and `Despite parliamentary reports` names no one).
    if start < end && is_preposition_opener(t.s(start)) {
        start += 1;
    }
    mention_ok(t, start, end).then(|| Span::new(t.toks[start].start(), t.toks[end - 1].end()))
}

/// Where the run of capitalised words (and glued dots: `J.`, `Sen.`) ending before token
/// `end` starts, not before `lo`: `Sen. Richard J. Durbin` in `… Sen. Richard J. Durbin (`.
fn name_run_start(t: &Tokens, end: usize, lo: usize) -> usize {
    let mut s = end;
    while s > lo && (t.is_cap(s - 1) || t.is_p(s - 1, ".") && t.glued(s - 1)) {
        s -= 1;
    }
    s
}

/// The `(` of a short bracket that closes right before token `end` (`(R-Fla.)`), looked
/// for at most eight tokens back and not before `lo`.
fn open_bracket_before(t: &Tokens, end: usize, lo: usize) -> Option<usize> {
    (end.saturating_sub(8).max(lo)..end - 1).rev().find(|&k| t.is_p(k, "("))
}

/// `Gov. John Kasich (R-OH)`: two or more capitalised words (with initials and a bracketed
/// party tag), and not a party tag alone (`R-S.C.`).
fn is_name_piece(t: &Tokens, from: usize, to: usize) -> bool {
    let mut depth = 0;
    let mut caps = 0;
    for k in from..to {
        match t.s(k) {
            "(" => depth += 1,
            ")" => depth -= 1,
            _ if depth > 0 => {}
            _ if t.is_cap(k) => caps += 1,
            "." if t.glued(k) => {}
            _ => return false,
        }
    }
    caps >= 2 && depth == 0 && !t.is_p(from + 1, "-")
}

/// Leading conjunctions of a sentence are not part of a mention: `But he said`.
fn skip_leading_conjunctions(t: &Tokens, mut start: usize, end: usize) -> usize {
    while start < end && lexicon::is(t.s(start), lexicon::class::CONJUNCTION) {
        start += 1;
    }
    start
}

/// The mention right after a cue: `said Jane Doe`, `said a spokesman for the ministry`.
fn mention_after(t: &Tokens, from: usize, hi: usize) -> Option<Span> {
    if from >= hi || !t.is_word(from) {
        return None;
    }
    if is_pronoun(t.s(from)) {
        return Some(Span::new(t.toks[from].start(), t.toks[from].end()));
    }
    let mut end = from;
    while end < hi && end - from < 12 {
        let w = t.s(end);
        let stop = matches!(w, "," | ";" | ":" | "(" | ")" | "—" | "–")
            || t.ends_sentence(end)
            || is_quote_mark(t, end)
            || (end > from && t.toks[end].para_start)
            || (t.is_lower(end)
                && (is_clause_word(w)
                    || matches!(
                        w,
                        "in" | "on"
                            | "at"
                            | "during"
                            | "who"
                            | "adding"
                            | "with"
                            | "to"
                            | "from"
                            | "told"
                            | "via"
                            | "after"
                            | "before"
                            | "last"
                            | "this"
                            | "yesterday"
                            | "today"
                            | "said"
                    )))
            || (w == "of" && end > from && t.is_cap(end - 1) && t.is_cap(from.max(end.saturating_sub(2))));
        if stop {
            break;
        }
        end += 1;
    }
    // After a cue the subject may open in lower case: `said planetary geologist Rosaly Lopes`
    // (but not with a preposition: `said of Cruz`).
    let opens = opens_mention(t, from)
        || t.is_lower(from)
            && !is_clause_word(t.s(from))
            && !matches!(t.s(from), "of" | "to" | "in" | "on" | "at" | "for" | "about" | "with" | "from" | "by")
            && (from + 1..end).any(|k| t.is_cap(k));
    (opens && end > from && mention_ok_body(t, from, end))
        .then(|| Span::new(t.toks[from].start(), t.toks[end - 1].end()))
}

/// The attribution after a quotation: `“…,” X said`, `“…,” said X`, `“…,” according to X`,
/// `“…” — X, director`.
fn attribute_after(t: &Tokens, r: &Region, hi: usize) -> Attribution {
    let mut k = r.close + 1;
    // `…us,''' Mr. English said`: a nested quotation's mark left glued to the close.
    if k < t.len() && t.glued(k) && is_quote_mark(t, k) {
        k += 1;
    }
    if t.is_p(k, ",") {
        k += 1;
    }
    // `“…”⏎⏎— Bernie Sanders.`: a credit line of its own after the quotation.
    if k < t.len() && t.toks[k].para_start && matches!(t.s(k), "—" | "–" | "-" | "―") {
        let para_end = (k + 1..t.len().min(k + 16)).find(|&m| t.toks[m].para_start).unwrap_or(t.len().min(k + 16));
        return Attribution { speaker: mention_after(t, k + 1, para_end), cue: None };
    }
    if k >= hi || k >= t.len() || (t.toks[k].para_start && k > 0) {
        return Attribution::default();
    }
    // A dash credit: `“…” — Mary Kay Baily, director of …`.
    if matches!(t.s(k), "—" | "–" | "-" | "―") && t.toks[k].space_before {
        return Attribution { speaker: mention_after(t, k + 1, hi.max(k + 2).min(t.len())), cue: None };
    }
    // After a quotation that ended its sentence, a capitalised word starts a new one.
    let inner_end = inner_last(t, r);
    let ended = matches!(t.s(inner_end), "." | "!" | "?" | "…");
    if ended && !(t.is_lower(k) || t.is_p(k, ",")) {
        return short_attribution_sentence(t, r, k, hi);
    }
    if let Some(cue) = cue_at(t, k) {
        // `said the system was “corrupt,” noting that …`, `“…,” promising the Friends of
        // Abe …`: a participle after the quote has its subject before it (what follows it is
        // its object); the attribution is there.
        if t.s(k).ends_with("ing") && !t.eq_ci(k, "according") {
            return Attribution::default();
        }
        let after = k + cue_tokens(t, k);
        return Attribution { speaker: mention_after(t, after, hi), cue: Some(cue) };
    }
    let limit = hi.min(k + 30);
    let mut m = k;
    while m < limit {
        if t.ends_sentence(m) || is_quote_mark(t, m) {
            break;
        }
        if let Some(cue) = cue_at(t, m) {
            let speaker = mention_before(t, m, k);
            // The speaker opens the words after the quote (`“…” Trump tweeted`) or a new
            // piece after a comma; after `that`, `what` or `but` it is a clause of the
            // writer's own (`… in a finish that he said defied expectations`).
            // (`“…,” as Cruz said on Monday` is an attribution: `as` is the exception.)
            let opens_piece = speaker.is_some_and(|sp| {
                let i = t.index_at(sp.start);
                i == k || t.s(i - 1) == "as" || !is_subordinator(t.s(i - 1))
            });
            if speaker.is_some() && opens_piece {
                return Attribution { speaker, cue: Some(cue) };
            }
            if speaker.is_some() {
                break;
            }
            // `“…” if she didn't win by more, said David Wasserman`: the rest of the
            // sentence, then an inverted cue.
            if m > k && t.is_p(m - 1, ",") && t.is_lower(m) {
                if let Some(sp) = mention_after(t, m + cue_tokens(t, m), hi) {
                    return Attribution { speaker: Some(sp), cue: Some(cue) };
                }
            }
            // `“…,” according to X` after other words, or a cue with no subject.
            break;
        }
        m += 1;
    }
    Attribution::default()
}

/// `“…!” Trump tweeted.` — after a quotation that ended its own sentence, a short sentence
/// made only of a speaker and a cue (and perhaps its listener) still attributes it.
fn short_attribution_sentence(t: &Tokens, r: &Region, k: usize, hi: usize) -> Attribution {
    if !quote_opens_capitalised(t, r) {
        return Attribution::default(); // only a complete quoted statement is attributed so
    }
    // The sentence after the quote, up to its end (or a comma that introduces the next
    // quotation: `“A.” He added, “B.”` belongs to B).
    // (A long sentence is read up to its first 40 tokens: `“…?” Mr. Trump asked, repeating
    // a broadside - that …`.)
    let limit = hi.min(k + 40);
    let end = (k..limit)
        .find(|&m| t.ends_sentence(m) || matches!(t.s(m), "," | ":") && is_quote_mark(t, m + 1))
        .unwrap_or(limit);
    if end < limit && !t.ends_sentence(end) {
        return Attribution::default();
    }
    for m in k + 1..end.min(k + 30) {
        let Some(cue) = cue_at(t, m) else { continue };
        // The speaker opens the sentence (`Miller, a retired worker, said …`).
        let speaker = mention_before(t, m, k).filter(|s| s.start == t.toks[k].start());
        let after = m + cue_tokens(t, m);
        // After the cue only a listener (`told Reuters`) or circumstances (`asks as …`,
        // `said Sunday in Virginia`, `said pleasantly into the phone`), not a clause of its
        // own (`said the company would …`, `pledged to act`).
        let w = t.s(after);
        let next = t.s(after + 1);
        // `said to a crowd`, `told Britain's ITV` name a listener; `pledged to act` is a clause.
        let listener = w == "to"
            && (t.is_cap(after + 1)
                || matches!(next, "a" | "an" | "the" | "his" | "her" | "their" | "its" | "reporters" | "supporters"))
            || matches!(t.s(m), "told" | "tells" | "telling")
                && (t.is_cap(after)
                    || matches!(w, "a" | "an" | "the" | "his" | "her" | "their" | "reporters" | "supporters"));
        let circumstances = listener
            || end - after <= 2 && !matches!(w, "to" | "that")
            // `asked, repeating a broadside`, `declared, a point he likes to make`.
            || w == "," && !is_quote_mark(t, after + 1)
            || matches!(w, "as" | "on" | "in" | "at" | "during" | "while" | "after" | "before" | "from" | "into" | "of" | "with" | "when" | "about")
            || lexicon::is_weekday(w)
            || t.is_lower(after) && w.ends_with("ly") && w.len() > 4;
        if speaker.is_some() && circumstances {
            return Attribution { speaker, cue: Some(cue) };
        }
        break;
    }
    Attribution::default()
}

/// The last token inside a closed quotation: before its closing mark, which may take two
/// tokens (`''`, `’’`). For an unclosed one, its last token.
fn inner_last(t: &Tokens, r: &Region) -> usize {
    if !r.closed {
        return r.close;
    }
    let two = r.close >= 2 && mark_at(t, r.close - 1).is_some_and(|m| m.1 == 2);
    r.close.saturating_sub(if two { 2 } else { 1 })
}

/// The quotation's first word is capitalised (or a number): a statement, not a fragment.
fn quote_opens_capitalised(t: &Tokens, r: &Region) -> bool {
    let first = r.open + mark_at(t, r.open).map_or(1, |m| m.1);
    t.is_cap(first) || t.is_num(first) || is_quote_mark(t, first)
}

/// The attribution before a quotation, in its sentence: `X said: “…”`, `X said, “…”`,
/// `X told him “…”`, `X described it as “…”`, and colon labels `NAME, TITLE: “…”`.
fn attribute_before(t: &Tokens, r: &Region, lo: usize) -> Attribution {
    let j = r.open;
    if j <= lo {
        return Attribution::default();
    }
    let from = lo.max(j.saturating_sub(WINDOW * 2));
    let mut v = j;
    let mut first_cue: Option<Span> = None;
    while v > from {
        v -= 1;
        if is_quote_mark(t, v) && v + 1 < j {
            break;
        }
        if let Some(cue) = cue_at(t, v) {
            // `according to X, “…”`: the mention follows the cue.
            if t.eq_ci(v, "according") {
                return Attribution { speaker: mention_after(t, v + 2, j), cue: Some(cue) };
            }
            // `Stated Stone: “…”`, `explained CBS moderator Nancy Cordes: “…”`.
            if t.is_p(j - 1, ":") && (v == lo || t.is_p(v - 1, ",")) {
                if let Some(sp) = mention_after(t, v + 1, j - 1) {
                    return Attribution { speaker: Some(sp), cue: Some(cue) };
                }
            }
            let be_before = v > lo && matches!(t.s(v - 1), "been" | "being" | "be" | "is" | "was" | "were" | "are");
            // `Fox executives were calling “every 15 minutes”`: a progressive is reported
            // action inside someone's statement; an earlier cue attributes it.
            if be_before && t.s(v).ends_with("ing") {
                continue;
            }
            let passive = be_before;
            let speaker = if passive {
                passive_agent(t, r.close + 1)
            } else {
                mention_before(t, v, lo)
                    .or_else(|| main_clause_subject(t, v, lo))
                    // `X issued a statement warning that “…”`: a participle's subject is
                    // the sentence's.
                    .or_else(|| {
                        (t.s(v).ends_with("ing") && !(v > 0 && t.is_p(v - 1, ",")))
                            .then(|| sentence_subject(t, lo, v))
                            .flatten()
                    })
                    // `Carson did not mention …, but told his supporters, “…”`, `… and has
                    // boasted of`: a second verb of the sentence's subject.
                    .or_else(|| {
                        let mut pv = v;
                        while pv > lo && t.is_lower(pv - 1) && is_verb_padding(t.s(pv - 1)) {
                            pv -= 1;
                        }
                        (pv > lo && matches!(t.s(pv - 1), "and" | "but")).then(|| sentence_subject(t, lo, pv)).flatten()
                    })
            };
            if speaker.is_none() && first_cue.is_none() && !passive {
                // `Penwell said the world lost a voice that said “…”`: the nearer cue has no
                // subject of its own; an earlier cue in the sentence may.
                first_cue = Some(cue);
                continue;
            }
            return Attribution { speaker, cue: Some(cue) };
        }
    }
    if let Some(cue) = first_cue {
        return Attribution { speaker: None, cue: Some(cue) };
    }
    // Capitalised inverted cue at the sentence start: `Stated Stone: “…”`.
    if t.is_p(j - 1, ":") && t.is_cap(lo) && lexicon::is_speech_verb(t.s(lo)) {
        if let Some(sp) = mention_after(t, lo + 1, j - 1) {
            return Attribution { speaker: Some(sp), cue: Some(Span::new(t.toks[lo].start(), t.toks[lo].end())) };
        }
    }
    // A colon label: `COMMENTS: JOSEPH TREVISANI, CHIEF MARKET ANALYST, …: “…”` — the name, no cue.
    if t.is_p(j - 1, ":") {
        let mut s = j - 1;
        while s > lo && j - s < 28 && !t.is_p(s - 1, ":") && !is_quote_mark(t, s - 1) && !t.ends_sentence(s - 1) {
            s -= 1;
        }
        let mut e = s;
        while e < j - 1 && !t.is_p(e, ",") {
            e += 1;
        }
        let name_like = (s..e).all(|k| t.is_cap(k) || t.is_p(k, ".") || t.is_p(k, "-"));
        if e > s && e - s <= 5 && name_like && (s == lo || t.is_p(s - 1, ":") || is_quote_mark(t, s - 1)) {
            return Attribution { speaker: Some(Span::new(t.toks[s].start(), t.toks[e - 1].end())), cue: None };
        }
    }
    let label = headline_label(t, r, lo);
    if label.found() {
        return label;
    }
    title_case_line(t, r)
}

/// `Glenn Beck Says Trump, ‘Alt Right’ Pose A Threat`, `‘ISIS Truther’ Donald Trump …,
/// Trevor Noah Says`: in a headline or subheading written in Title Case the speech verb is
/// capitalised too; the name right before it speaks.
fn title_case_line(t: &Tokens, r: &Region) -> Attribution {
    let Some(line_start) = (r.open.saturating_sub(30)..=r.open).rev().find(|&k| k == 0 || t.toks[k].line_before) else {
        return Attribution::default();
    };
    let line_end =
        (r.close + 1..t.len().min(r.close + 30)).find(|&k| t.toks[k].line_before).unwrap_or(t.len().min(r.close + 30));
    let words: Vec<usize> = (line_start..line_end).filter(|&k| t.is_word(k)).collect();
    let caps = words.iter().filter(|&&k| t.is_cap(k) || t.s(k).len() <= 3).count();
    if words.len() < 3 || line_end - line_start > 40 || caps * 10 < words.len() * 9 {
        return Attribution::default();
    }
    let outside = (line_start..r.open).chain(r.close + 1..line_end);
    for m in outside {
        if !(t.is_cap(m) && m > line_start && lexicon::is_speech_verb(t.s(m))) {
            continue;
        }
        let s = name_run_start(t, m, line_start);
        if s < m && m - s <= 5 {
            let speaker = Span::new(t.toks[s].start(), t.toks[m - 1].end());
            return Attribution { speaker: Some(speaker), cue: Some(Span::new(t.toks[m].start(), t.toks[m].end())) };
        }
    }
    Attribution::default()
}

/// `Elizabeth Warren: Donald Trump Is a ‘Proven Failure’ in Business`, `… VOTERS - Jeffrey
/// M. Jones: “…”`, `Lopez: Well, no one is like, ‘…’`: a name and a colon open the line (or
/// follow a dash), and what comes after is that person's — the name, no cue.
fn headline_label(t: &Tokens, r: &Region, lo: usize) -> Attribution {
    // Only at the start of a line: in a flattened stretch (`COMMENTS: NAME, TITLE: "…" NAME
    // "…"`) a colon far back labels something else.
    let Some(line_start) = (lo..r.open).rev().find(|&k| t.toks[k].line_before || k == 0) else {
        return Attribution::default();
    };
    if (line_start..r.open).any(|k| is_quote_mark(t, k)) {
        return Attribution::default();
    }
    let mut s = line_start;
    // `HEADLINE IN CAPITALS - Name:` — the label follows the dash.
    if let Some(d) = (s..r.open.min(s + 40)).find(|&k| t.is_p(k, "-") && t.toks[k].space_before) {
        if (d + 1..r.open.min(d + 8)).any(|k| t.is_p(k, ":")) {
            s = d + 1;
        }
    }
    let Some(colon) = (s..r.open.min(s + 7)).find(|&k| t.is_p(k, ":")) else { return Attribution::default() };
    let name_like = colon > s
        && (s..colon).all(|k| {
            t.is_cap(k)
                || t.is_p(k, ".") && t.glued(k)
                || t.is_p(k, "(")
                || t.is_p(k, ")")
                || t.is_p(k, "-")
                || matches!(t.s(k), "and" | "of")
        })
        && t.is_cap(s)
        && !is_preposition_opener(t.s(s))
        && !lexicon::is(t.s(s), lexicon::class::SECTION_LABEL)
        && !(s..colon).any(|k| lexicon::month(t.s(k)).is_some() || lexicon::is_weekday(t.s(k)));
    if !name_like {
        return Attribution::default();
    }
    Attribution { speaker: Some(Span::new(t.toks[s].start(), t.toks[colon - 1].end())), cue: None }
}

/// `described as “heartbreaking” by the conservation department`: the agent after `by`.
fn passive_agent(t: &Tokens, after_quote: usize) -> Option<Span> {
    let k = (after_quote..(after_quote + 3).min(t.len())).find(|&k| t.s(k) == "by")?;
    let hi = (k + 14).min(t.len());
    mention_after(t, k + 1, hi)
}

/// The subject of a sentence whose cue is a participle after a comma (`Anderson said,
/// adding that …`, `Clinton has taken a swipe at Trump, saying that …`): the speaker of an
/// earlier cue in the sentence, or the mention that opens the sentence.
fn main_clause_subject(t: &Tokens, v: usize, lo: usize) -> Option<Span> {
    if !(v > lo && t.is_p(v - 1, ",") && (t.s(v).ends_with("ing") || t.s(v) == "added")) {
        return None;
    }
    for k in (lo..v.saturating_sub(1)).rev() {
        if let Some(_cue) = cue_at(t, k) {
            if let Some(m) = mention_before(t, k, lo) {
                return Some(m);
            }
            // `“…,” Anderson said, adding …` is read from the quote before.
            return mention_after(t, k + 1, v - 1).filter(|_| k > lo && is_quote_mark(t, k - 1));
        }
        if is_quote_mark(t, k) {
            // `“…,” Anderson said, adding`: the mention between the quote and the cue.
            let mut c = k + 1;
            if t.is_p(c, ",") {
                c += 1;
            }
            let cue = (c..v).find(|&m| cue_at(t, m).is_some())?;
            return mention_before(t, cue, c);
        }
    }
    sentence_subject(t, lo, v)
}

/// The mention that opens a sentence, up to its verb: `Democrat Hillary Clinton` (has
/// taken …), `He` (commanded …), `Sen. Bernie Sanders` (has cast …).
fn sentence_subject(t: &Tokens, lo: usize, hi: usize) -> Option<Span> {
    let mut s = lo;
    while s < hi && lexicon::is(t.s(s), lexicon::class::CONJUNCTION) {
        s += 1;
    }
    // `Last week State Department official David Holmes …`: a time phrase before the subject.
    if s + 2 < hi
        && matches!(t.s(s), "Last" | "This" | "Next" | "Earlier" | "Later")
        && lexicon::is_calendar_noun(t.s(s + 1))
    {
        s += 2;
    }
    // An opening adverbial clause ends at its comma: `At one point, Cruz coached …`,
    // `Speaking on Tuesday, Trump said …` (but `He apologized the next day, saying …`
    // opens with its subject).
    if let Some(c) = (s..hi.min(s + 24)).find(|&k| t.is_p(k, ",")) {
        if c > s
            && opens_adverbial(t, s)
            && (c <= s + 12 || t.is_cap(s) && (t.s(s).ends_with("ing") || is_preposition_opener(t.s(s))))
        {
            s = c + 1;
        }
    }
    if s >= hi || !opens_mention(t, s) || is_preposition_opener(t.s(s)) {
        return None;
    }
    if is_pronoun(t.s(s)) {
        return Some(Span::new(t.toks[s].start(), t.toks[s].end()));
    }
    let mut e = s;
    while e < hi
        && e < s + 8
        && (t.is_cap(e)
            || t.is_p(e, ".") && t.glued(e)
            || t.is_p(e, "-") && t.glued(e)
            || e > s && t.glued(e) && t.is_p(e - 1, "-")
            || e == s
            || matches!(t.s(e), "of" | "for") && t.is_cap(e + 1)
            || t.is_lower(e) && !t.is_cap(s) && lexicon::is_role_noun(t.s(e)))
    {
        e += 1;
    }
    // `Trump and Ryan issued …`: two names joined by `and`.
    if e > s && t.is_cap(s) && t.s(e) == "and" && t.is_cap(e + 1) {
        let mut f = e + 1;
        while f < hi && f < e + 5 && (t.is_cap(f) || t.is_p(f, ".") && t.glued(f)) {
            f += 1;
        }
        if t.is_lower(f) && !is_clause_word(t.s(f)) {
            e = f;
        }
    }
    // `The medical examiner listed …`: after a determiner, modifiers and the head noun
    // belong to the subject, up to the verb.
    if lexicon::is(t.s(s), lexicon::class::SUBJECT_DETERMINER) {
        // `The retired neurosurgeon has …`: a participle before a noun is an adjective.
        let adjective = |e: usize| {
            let w = t.s(e);
            w.ends_with("ed")
                && !lexicon::is_speech_verb(w)
                && t.is_lower(e + 1)
                && !looks_like_verb(t.s(e + 1))
                && !lexicon::ends_noun_phrase(t.s(e + 1))
        };
        while e < hi
            && e < s + 6
            && t.is_lower(e)
            && (!looks_like_verb(t.s(e)) || adjective(e))
            && !is_clause_word(t.s(e))
            && !lexicon::ends_noun_phrase(t.s(e))
            && !matches!(t.s(e), "inside" | "outside" | "near")
        {
            e += 1;
        }
        // A complement naming a place or body: `One operative inside Trump Tower tried`.
        if e > s + 1
            && e + 1 < hi
            && matches!(t.s(e), "of" | "for" | "at" | "in" | "inside" | "outside" | "near" | "from" | "with" | "on")
            && t.is_cap(e + 1)
        {
            let mut f = e + 1;
            while f < hi && f < e + 6 && (t.is_cap(f) || t.is_p(f, ".") && t.glued(f)) {
                f += 1;
            }
            if t.is_lower(f) && !is_clause_word(t.s(f)) {
                e = f;
            }
        }
    }
    // The subject is followed by its verb: a lower-case word, or a relative clause or an
    // appositive set off by commas (`the Electoral Commission, which regulates …, issued`).
    let appositive_then_verb = || {
        // `Silverman, herself a Sanders supporter, incurred …`
        let c2 = (e + 1..hi.min(e + 20)).take_while(|&m| !t.ends_sentence(m)).find(|&m| t.is_p(m, ","));
        c2.is_some_and(|c| t.is_lower(c + 1) && looks_like_verb(t.s(c + 1)))
    };
    let verb_follows = t.is_lower(e) && !is_clause_word(t.s(e))
        || t.is_p(e, ",") && (matches!(t.s(e + 1), "who" | "which" | "a" | "an" | "the") || appositive_then_verb());
    (e > s && verb_follows && mention_ok(t, s, e)).then(|| Span::new(t.toks[s].start(), t.toks[e - 1].end()))
}

/// A sentence opening with an adverbial phrase rather than its subject: a preposition
/// (`At one point,`), a participle (`Speaking on Tuesday,`), an adverb (`Earlier,`), a
/// number (`In 2010,`) or a lower-case word.
fn opens_adverbial(t: &Tokens, s: usize) -> bool {
    let w = t.s(s);
    let lower = lexicon::Lower::new(w);
    !t.is_cap(s) && !is_pronoun(w)
        // `In 2010,`, `Eight years ago,` (but `One operative … tried` is a subject).
        || (t.is_num(s) || lexicon::number_word(lower.as_str()).is_some()) && (lexicon::is_time_unit(t.s(s + 1)) || lexicon::is_calendar_noun(t.s(s + 1)) || t.is_num(s) && t.is_p(s + 1, ","))
        || lexicon::is_weekday(w)
        || lexicon::month(w).is_some()
        || is_preposition_opener(w)
        || t.is_cap(s) && (w.ends_with("ing") || w.ends_with("ly") || w.ends_with("ed")) && w.len() > 4 && !t.is_cap(s + 1)
        || lexicon::is(w, lexicon::class::ADVERBIAL_OPENER)
        // `Hours later,`, `Days earlier,`, `Weeks ago,`.
        || t.is_cap(s) && matches!(t.s(s + 1), "later" | "earlier" | "ago" | "after" | "before")
}

/// Words that open an adverbial phrase, never a subject: `Despite parliamentary …`.
fn is_preposition_opener(w: &str) -> bool {
    lexicon::is(w, lexicon::class::PREPOSITION_OPENER)
}

/// A lower-case word that reads as a finite verb: a speech verb, an auxiliary, or a past
/// tense (`listed`, `adopted`).
fn looks_like_verb(w: &str) -> bool {
    lexicon::is_speech_verb(w)
        || matches!(
            w,
            "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "were"
                | "are"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "did"
                | "does"
                | "do"
                | "must"
        )
        || w.ends_with("ed") && w.len() > 4
}

/// A sentence with a quotation and no cue: its subject and main verb (`He anticipated that
/// … “…”`, `Cruz coached Trump to "…"`). The verb is taken as the cue.
fn subject_and_verb(t: &Tokens, r: &Region, lo: usize) -> Attribution {
    if r.open <= lo + 1 {
        return Attribution::default();
    }
    let Some(sp) = sentence_subject(t, lo, r.open) else { return Attribution::default() };
    let mut v = t.index_at(sp.end).min(r.open);
    while v < r.open && t.is_lower(v) && is_verb_padding(t.s(v)) {
        v += 1;
    }
    if v >= r.open || !t.is_lower(v) {
        return Attribution::default();
    }
    Attribution { speaker: Some(sp), cue: Some(Span::new(t.toks[v].start(), t.toks[v].end())) }
}

/// Direct (a statement set off from its attribution) or partial (a fragment built into the
/// writer's sentence: `described it as “a fix”`).
fn kind_of(t: &Tokens, r: &Region, lo: usize) -> QuoteKind {
    let j = r.open;
    if j <= lo {
        return QuoteKind::Direct;
    }
    let width = mark_at(t, j).map_or(1, |m| m.1);
    let first = j + width;
    let content_upper = t.is_cap(first) || t.is_num(first) || is_quote_mark(t, first);
    let inner_last = inner_last(t, r);
    let complete = matches!(t.s(inner_last), "." | "!" | "?" | "…" | ",") || !r.closed;
    match t.s(j - 1) {
        ":" => QuoteKind::Direct,
        "," | "—" | "–" if content_upper => QuoteKind::Direct,
        _ if content_upper
            && complete
            && !matches!(
                t.s(j - 1),
                "that" | "as" | "a" | "an" | "the" | "of" | "to" | "his" | "her" | "their" | "its"
            ) =>
        {
            QuoteKind::Direct
        }
        _ => QuoteKind::Partial,
    }
}

/// Whether an unattributed quotation reproduces speech rather than naming a title, a
/// nickname or a scare term: long enough, or a complete sentence.
fn is_speech_like(t: &Tokens, r: &Region) -> bool {
    let words = (r.open..=r.close).filter(|&k| t.is_word(k) || t.is_num(k)).count();
    let inner_last = inner_last(t, r);
    let complete = matches!(t.s(inner_last), "." | "!" | "?" | "…") || !r.closed;
    let title_case = (r.open..=r.close).filter(|&k| t.is_word(k)).all(|k| t.is_cap(k) || t.s(k).len() <= 3);
    if title_case && words <= 8 && !complete {
        return false;
    }
    complete && words >= 2 || words >= 6
}

/// A title of a show, book or film: words in Title Case after `on`, `in`, `of`, `from`,
/// `titled`, `the` or a possessive (`on “Morning Joe,”`, `ABC's "This Week"`).
fn is_title(t: &Tokens, r: &Region) -> bool {
    if r.open == 0 || in_headline(t, r) {
        return false;
    }
    let words: Vec<usize> = (r.open..=r.close).filter(|&k| t.is_word(k)).collect();
    let title_case = !words.is_empty()
        && words.len() <= 8
        && words
            .iter()
            .all(|&k| t.is_cap(k) || t.s(k).len() <= 3 || matches!(t.s(k), "with" | "from" | "into" | "over"));
    let before = t.s(r.open - 1);
    let possessive = before.ends_with("'s") || before.ends_with("’s");
    title_case
        && (matches!(
            before,
            "on" | "in"
                | "of"
                | "from"
                | "titled"
                | "entitled"
                | "the"
                | "The"
                | "show"
                | "book"
                | "film"
                | "movie"
                | "program"
                | "programme"
                | "song"
        ) || possessive)
}

/// The quotation sits in a story's first line when that line is a short headline (headline
/// quotes quote someone: `‘We need to listen’`).
fn in_headline(t: &Tokens, r: &Region) -> bool {
    // A headline is a short first line with the story after it. Only the first 250 bytes
    // are looked at, so this costs the same for every quote of a long text.
    let limit = t.index_at(250).min(t.len());
    let first_para_end = (1..limit).find(|&k| t.toks[k].para_start);
    first_para_end.is_some_and(|e| r.close < e)
}

/// Verbs that frame a short quotation as someone's words: `called Trump a "con artist"`,
/// `condemned the test as "provocative"`, `blasted Clinton as a “disgrace”`.
fn is_framing_verb(w: &str) -> bool {
    lexicon::is(w, lexicon::class::FRAMING_VERB)
}

/// The quotation's sentence reports speech: a cue or a framing verb outside the quote.
fn sentence_reports_speech(t: &Tokens, r: &Region, lo: usize, hi: usize) -> bool {
    (lo..hi.min(t.len())).filter(|&k| k < r.open || k > r.close).any(|k| {
        t.is_lower(k) && (lexicon::is_speech_verb(t.s(k)) || is_framing_verb(t.s(k)))
            || t.eq_ci(k, "according") && t.eq_ci(k + 1, "to")
    })
}

/// Subjects of speech verbs in the prose outside quotations (`Nakagawa said Sony was …`):
/// the people a later `he said` may point back to. (token of the verb, mention) `cues`: the
/// tokens where a cue starts, in order.
fn speech_subjects(t: &Tokens, regions: &[Region], cues: &[usize]) -> Vec<(usize, Span)> {
    let mut out = Vec::new();
    let mut r = 0;
    // A cue at the text's first token has no subject before it.
    for &v in cues.iter().filter(|&&v| v > 0) {
        if !t.is_lower(v) || t.eq_ci(v, "according") {
            continue;
        }
        // `"I'm not predicting it"`: a speaker's own words name no one for later pronouns.
        while r < regions.len() && regions[r].close < v {
            r += 1;
        }
        if r < regions.len() && regions[r].open <= v {
            continue;
        }
        let lo = v.saturating_sub(14);
        if let Some(m) = mention_before(t, v, lo) {
            out.push((v, m));
        }
    }
    out
}

/// Resolves a speaker mention to the source it names: a pronoun or a description to the
/// last speaker or person named nearby (a description with a role noun prefers a speaker
/// whose mention holds the same noun); a short name to the fullest name in the story.
/// A pronoun with no one it can point to resolves to nothing: the source is unknown.
fn resolve(t: &Tokens, speaker: Span, names: &NameIndex, recent: &Recent, para: usize) -> Option<Span> {
    let text = speaker.text(t.text);
    if text == "who" {
        return antecedent(t, t.index_at(speaker.start)).map(|a| names.resolve(t, a));
    }
    if is_pronoun(text) {
        return recent.best(para, |c| pronoun_agrees(t, names, text, c));
    }
    Some(resolve_name(t, speaker, names, recent, para))
}

/// A description to the speaker it points back to (or itself); a short name to the fullest.
fn resolve_name(t: &Tokens, speaker: Span, names: &NameIndex, recent: &Recent, para: usize) -> Span {
    let text = speaker.text(t.text);
    if is_description(t, speaker) {
        let role = text.split_whitespace().last().unwrap_or("");
        if lexicon::is_role_noun(role) {
            if let Some((_, _, e)) = recent.last_entity().filter(|e| e.2.text(t.text).contains(role)) {
                return e;
            }
        }
        // A description points back only: `ahead` is for pronouns.
        return recent.best_before(para, |c| !is_plural_mention(t, c)).unwrap_or(speaker);
    }
    names.resolve(t, speaker)
}

/// The name a relative `who` at token `w` refers to: the capitalised run right before it
/// (`Mike Lee, who`, `Sen. Claire McCaskill (D-Mo.), who`).
fn antecedent(t: &Tokens, w: usize) -> Option<Span> {
    let mut end = w;
    if end > 0 && t.is_p(end - 1, ",") {
        end -= 1;
    }
    if end > 0 && t.is_p(end - 1, ")") {
        end = open_bracket_before(t, end, 0)?;
    }
    let mut start = end;
    while start > 0
        && end - start < 8
        && (t.is_cap(start - 1) || t.is_p(start - 1, ".") && t.glued(start - 1))
        && !t.ends_sentence(start - 1)
    {
        start -= 1;
    }
    (start < end && t.is_cap(start)).then(|| Span::new(t.toks[start].start(), t.toks[end - 1].end()))
}

/// Whether `he`/`she` may point at `candidate` (a person, one), and `it` (not a person).
fn pronoun_agrees(t: &Tokens, names: &NameIndex, pronoun: &str, candidate: Span) -> bool {
    match pronoun {
        "he" | "He" => {
            !is_plural_mention(t, candidate)
                && names.is_person(t, candidate)
                && mention_gender(t, names, candidate) != Some(true)
        }
        "she" | "She" => {
            !is_plural_mention(t, candidate)
                && names.is_person(t, candidate)
                && mention_gender(t, names, candidate) != Some(false)
        }
        "it" | "It" => !names.is_person(t, candidate),
        _ => true,
    }
}

/// Female (`Some(true)`) or male as the mention marks it: an honorific or a gendered role
/// word anywhere (`Ms. Ernst`, `a spokeswoman`), else the first name after any titles
/// (`Sen. Elizabeth Warren`); a lone surname is read from its full name in the story.
fn mention_gender(t: &Tokens, names: &NameIndex, mention: Span) -> Option<bool> {
    let full = names.resolve(t, mention);
    let text = full.text(t.text);
    let words: Vec<&str> = text.split_whitespace().collect();
    if let Some(g) = words
        .iter()
        .filter(|w| {
            w.starts_with(char::is_lowercase)
                || is_honorific(w)
                || matches!(**w, "Sir" | "Lord" | "Lady" | "Dame" | "Madam" | "King" | "Queen" | "Prince" | "Princess")
        })
        .find_map(|w| lexicon::gender(w))
    {
        return Some(g);
    }
    if words.len() < 2 {
        return None; // a surname alone says nothing
    }
    // The first name: the first known one before the surname (`Democrat Bruce Braley`).
    words[..words.len() - 1].iter().filter(|w| w.starts_with(char::is_uppercase)).find_map(|w| lexicon::gender(w))
}

/// `Audience members`, `Cruz and Trump`: more than one.
fn is_plural_mention(t: &Tokens, s: Span) -> bool {
    let text = s.text(t.text);
    let words: Vec<&str> = text.split_whitespace().collect();
    let head = words.last().copied().unwrap_or("");
    words.iter().any(|w| matches!(*w, "and" | "&"))
        || head.starts_with(char::is_lowercase)
            && head.len() > 3
            && head.ends_with('s')
            && !head.ends_with("ss")
            && !head.ends_with("us")
        || matches!(text, "they" | "They" | "we" | "We")
}

/// Capitalised name runs of the text, indexed by their last word, for `Miller` →
/// `General Scott Miller`; and the runs that open a sentence (people the story talks about,
/// for pronouns).
struct NameIndex<'a> {
    by_last: lexicon::FastMap<&'a str, (usize, Span)>,
    persons: Vec<(usize, Span)>,
    /// Capitalised words written right before a title or role in a run (`Airbus` in
    /// `Airbus CEO Fabrice Bregier`): organisations and places, not people.
    before_title: lexicon::FastSet<&'a str>,
    /// Capitalised words seen somewhere other than at a sentence's start.
    proper: lexicon::FastSet<&'a str>,
    /// One-word subjects of speech verbs in the prose (`Schumer said`).
    spoken: lexicon::FastSet<&'a str>,
}

fn is_honorific(w: &str) -> bool {
    matches!(w, "Mr" | "Mrs" | "Ms" | "Miss" | "Mr." | "Mrs." | "Ms." | "Dr" | "Dr.")
}

/// Words that make a capitalised run an organisation or a thing rather than a person.
fn is_org_word(w: &str) -> bool {
    lexicon::is(w, lexicon::class::ORG_WORD) || lexicon::month(w).is_some() || lexicon::is_weekday(w)
}

impl<'a> NameIndex<'a> {
    fn new(t: &Tokens<'a>) -> Self {
        // Sized for a news text's share of distinct capitalised words, so the tables rarely
        // grow (rehashing showed in profiles).
        let distinct = t.len() / 40 + 16;
        let mut by_last: lexicon::FastMap<&'a str, (usize, Span)> =
            lexicon::FastMap::with_capacity_and_hasher(distinct, Default::default());
        let mut persons = Vec::new();
        let mut before_title = lexicon::FastSet::default();
        let mut proper = lexicon::FastSet::with_capacity_and_hasher(distinct, Default::default());
        let mut i = 0;
        while let Some(k) = t.next_in(set::CAP, i) {
            i = k;
            let start = i;
            let mut end = i + 1;
            while end < t.len() && !t.toks[end].line_before {
                let next_word = t.is_cap(end) && t.toks[end].space_before;
                let abbreviation_dot =
                    t.is_p(end, ".") && t.glued(end) && lexicon::is_abbreviation(t.s(end - 1)) && t.is_cap(end + 1);
                if next_word || abbreviation_dot {
                    end += 1;
                } else if t.is_p(end, "-") && t.glued(end) && t.is_cap(end + 1) && t.glued(end + 1) {
                    end += 2; // `Jean-Claude`
                } else {
                    break;
                }
            }
            if t.sentence_start(start) != start && !(start > 0 && is_quote_mark(t, start - 1)) {
                proper.insert(t.s(start));
            }
            // A lone capitalised word (`The`, `He`, `Kabul`) is no run: names below need two
            // words. Most runs are lone words, and the tests below cost a lexicon lookup each.
            if end == start + 1 {
                i = end;
                continue;
            }
            if let Some(tt) =
                (start + 1..end).find(|&k| t.is_word(k) && (lexicon::is_title(t.s(k)) || lexicon::is_role_noun(t.s(k))))
            {
                before_title.insert(t.s(tt - 1));
            }
            let s = name_start(t, start, end);
            let words =
                (s..end).filter(|&k| t.is_word(k) && !is_honorific(t.s(k)) && !lexicon::is_title(t.s(k))).count();
            if end > s && words >= 1 && (s..end).filter(|&k| t.is_word(k)).count() >= 2 {
                let last = t.s(end - 1);
                let span = Span::new(t.toks[s].start(), t.toks[end - 1].end());
                let score = words * 2 + usize::from(!(s..end).any(|k| is_honorific(t.s(k))));
                let entry = by_last.entry(last).or_insert((score, span));
                if score > entry.0 {
                    *entry = (score, span);
                }
                let person = (2..=4).contains(&words) && !(s..end).any(|k| is_org_word(t.s(k)));
                if person && t.sentence_start(start) + 6 >= start {
                    persons.push((s, span));
                }
            }
            i = end;
        }
        NameIndex { by_last, persons, before_title, proper, spoken: lexicon::FastSet::default() }
    }

    /// A mention that names a person: a role (`a spokesman`), a title or honorific, a run of
    /// two to four capitalised words without an organisation word, or a single word known as
    /// a name (written capitalised inside a sentence, the subject of a speech verb, or the
    /// last word of a longer name) that the story never writes before a title (`Airbus CEO`).
    fn is_person(&self, t: &Tokens, mention: Span) -> bool {
        let text = mention.text(t.text);
        let words: Vec<&str> =
            text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')).collect();
        if words.iter().any(|w| lexicon::is_role_noun(w) || lexicon::is_title(w) || is_honorific(w)) {
            return true;
        }
        if words.iter().any(|w| is_org_word(w)) {
            return false;
        }
        let caps = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        match caps {
            0 => false,
            // A single name is a person unless the story writes it before a title, as a
            // company or country is (`Airbus CEO Fabrice Bregier`).
            // … and it is known as a name: written capitalised inside a sentence, or the
            // subject of a speech verb (`Things got worse` names no one).
            1 if words.len() == 1 => {
                let w = words[0];
                !self.before_title.contains(w)
                    && (self.proper.contains(w) || self.spoken.contains(w) || self.by_last.contains_key(w))
            }
            _ => caps <= 4,
        }
    }

    /// The fullest run ending with the mention's last word, or the mention itself.
    fn resolve(&self, t: &Tokens, mention: Span) -> Span {
        let text = mention.text(t.text);
        let Some(last) = text.split_whitespace().last() else { return mention };
        let first_cap = text.chars().next().is_some_and(char::is_uppercase);
        if !first_cap || text.split_whitespace().count() > 4 {
            return mention;
        }
        let last = last.trim_end_matches(|c: char| !c.is_alphanumeric());
        match self.by_last.get(last) {
            Some(&(_, full))
                if full.len() > mention.len()
                    || !full.text(t.text).contains(text)
                        && full.text(t.text).split_whitespace().count() >= 2
                        && text.split_whitespace().count() <= 2 =>
            {
                full
            }
            _ => mention,
        }
    }
}

/// Where the name inside a capitalised run starts: at its first title (`Afghanistan US
/// General Scott Miller` → `General Scott Miller`), after a heading in capitals (`OIL SLICK
/// Trichet` → `Trichet`), after a sentence-initial function word (`But Miller`).
fn name_start(t: &Tokens, start: usize, end: usize) -> usize {
    let mut s = start;
    let heading_word = |k: usize| {
        t.is_word(k) && t.s(k).len() >= 3 && t.s(k).chars().all(char::is_uppercase) && !lexicon::is_role_noun(t.s(k))
    };
    if let Some(k) = (start..end).rev().find(|&k| heading_word(k)) {
        if (start..end).any(|m| t.is_word(m) && t.s(m).chars().any(char::is_lowercase)) {
            s = k + 1;
        }
    }
    if let Some(tt) = (s..end).find(|&k| t.is_word(k) && lexicon::is_title(t.s(k))) {
        return tt;
    }
    while s < end && t.is_word(s) && is_sentence_word(t.s(s)) {
        s += 1;
    }
    s
}

/// Capitalised only because a sentence starts with it.
fn is_sentence_word(w: &str) -> bool {
    let l = lexicon::Lower::new(w);
    lexicon::ends_noun_phrase(l.as_str())
        || matches!(l.as_str(), "but" | "and" | "however" | "meanwhile" | "when" | "if" | "asked" | "speaking")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(String, &'static str, Option<String>, Option<String>, Option<String>)> {
        let t = Tokens::new(text);
        find(&t, &[])
            .into_iter()
            .map(|q| {
                let s = |x: Option<Span>| x.map(|x| x.text(text).to_owned());
                (q.span.text(text).to_owned(), q.kind.as_str(), s(q.speaker), s(q.source), s(q.cue))
            })
            .collect()
    }

    #[test]
    fn said_after_and_pronoun_resolution() {
        let q = quotes("“We met last night,” a spokesman for US Forces in Afghanistan told Reuters. “The meeting was about the need to reduce the violence,” he said.");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].2.as_deref(), Some("a spokesman for US Forces in Afghanistan"));
        assert_eq!(q[0].4.as_deref(), Some("told"));
        assert_eq!(q[1].2.as_deref(), Some("he"));
        assert_eq!(q[1].3.as_deref(), Some("a spokesman for US Forces in Afghanistan"));
    }

    #[test]
    fn said_before_with_colon() {
        let q = quotes("Asked about the likelihood, he said: \"We think there is a good chance.\"");
        assert_eq!(q[0].1, "direct");
        assert_eq!(q[0].2.as_deref(), Some("he"));
    }

    #[test]
    fn verb_first_and_appositive() {
        let q = quotes("\"It is over,\" said Jane Doe, a spokeswoman.");
        assert_eq!(q[0].2.as_deref(), Some("Jane Doe"));
        let q = quotes("\"It is over,\" Hugh Hill, a doctor, said.");
        assert_eq!(q[0].2.as_deref(), Some("Hugh Hill"));
    }

    #[test]
    fn partial_and_scare_quotes() {
        let q = quotes("The minister described it as “a fix that will not last” on Monday.");
        assert_eq!(q[0].1, "partial");
        assert_eq!(q[0].2.as_deref(), Some("The minister"));
        assert!(quotes("Investors fear a “soft” Brexit.").is_empty());
        assert!(quotes("He appeared on “Good Morning America” today.").is_empty());
    }

    #[test]
    fn apostrophes_are_not_closing_marks() {
        let q = quotes("“It’s rock ’n’ roll and Simmons’ ’90s band,” he said.");
        assert_eq!(q.len(), 1);
        assert!(q[0].0.ends_with("band,”"));
    }

    #[test]
    fn multi_paragraph_quote_is_one() {
        let q = quotes("“First paragraph of the quote goes on.\n“Second paragraph ends it,” she said.\nNext.");
        assert_eq!(q.len(), 1);
        assert!(q[0].0.starts_with("“First") && q[0].0.ends_with("it,”"));
    }

    #[test]
    fn unbalanced_mark_stops_at_paragraph_end() {
        let q =
            quotes("He said “this never closes and goes on for a while.\nThe next paragraph is prose, not a quote.");
        assert_eq!(q.len(), 1);
        assert!(!q[0].0.contains("next paragraph"));
    }

    #[test]
    fn nyt_double_apostrophes_and_guillemets() {
        let q = quotes("''We will win this race,'' Mr. Trump said.");
        assert_eq!(q[0].0, "''We will win this race,''");
        let q = quotes("« We are going to win tonight, » he said. Then «Another full quote here.» she said.");
        assert_eq!(q.len(), 2);
    }

    #[test]
    fn split_quote_takes_the_same_speaker() {
        let q = quotes("\"A is true,\" Nakagawa said. \"B is also true.\"");
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].2.as_deref(), Some("Nakagawa"));
    }
}
