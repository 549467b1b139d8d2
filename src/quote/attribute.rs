//! Attribution shapes: which cue and speaker mention belong to one quotation.
//!
//! It reads a quotation's sentence in the shapes the wire style guides prescribe
//! (`“…,” X said`, `“…,” said X`, `X said: “…”`, `according to X, “…”`, `“…” — X`), and the
//! looser ones of other copy (colon labels, headlines in Title Case, a sentence's subject
//! framing a quotation). It hands on an [`Attribution`] (speaker mention and cue, either
//! may be missing) and the quote's kind, direct or partial. Resolving the mention to a
//! source is [`super::resolve`](mod@super::resolve)'s job.

use super::cue::Cues;
use super::marks::{inner_last, is_quote_mark, mark_at, quote_opens_capitalised, Region};
use super::mention::{
    coordinated_subject, is_description, is_preposition_opener, is_pronoun_span, is_subordinator, is_verb_padding,
    main_clause_subject, mention_after, mention_before, name_run_start, passive_agent, sentence_subject, Mention,
};
use super::resolve::{antecedent, pronoun_agrees, NameIndex};
use super::{Paragraphs, WINDOW};
use crate::lexicon;
use crate::span::Span;
use crate::text::Tokens;
use crate::{Quote, QuoteKind};

/// A cue and the speaker mention it points at, found near one quotation.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Attribution {
    pub(super) speaker: Option<Span>,
    pub(super) cue: Option<Span>,
}

impl Attribution {
    pub(super) fn found(&self) -> bool {
        self.speaker.is_some() || self.cue.is_some()
    }
}

/// One past the last token of the sentence that continues at token `i`.
pub(super) fn sentence_end(t: &Tokens, i: usize) -> usize {
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

/// The attribution after a quotation: `“…,” X said`, `“…,” said X`, `“…,” according to X`,
/// `“…” — X, director`.
pub(super) fn attribute_after(t: &Tokens, cues: &Cues, r: &Region, hi: usize) -> Attribution {
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
        return short_attribution_sentence(t, cues, r, k, hi);
    }
    if let Some(cue) = cues.at(t, k) {
        // `said the system was “corrupt,” noting that …`, `“…,” promising the Friends of
        // Abe …`: a participle after the quote has its subject before it (what follows it is
        // its object); the attribution is there.
        if t.s(k).ends_with("ing") && !t.eq_ci(k, "according") {
            return Attribution::default();
        }
        let after = k + cues.tokens_at(k);
        return Attribution { speaker: mention_after(t, after, hi), cue: Some(cue) };
    }
    let limit = hi.min(k + 30);
    let mut m = k;
    while m < limit {
        if t.ends_sentence(m) || is_quote_mark(t, m) {
            break;
        }
        if let Some(cue) = cues.at(t, m) {
            let speaker = mention_before(t, cues, m, k);
            // `“…,” the source, who asked not to be identified, said`: the cue of a relative
            // clause set off by commas is not the attribution's; the main verb follows it.
            if speaker.is_some_and(|sp| t.index_at(sp.start) > k && sp.text(t.text) == "who") {
                m += 1;
                continue;
            }
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
                if let Some(sp) = mention_after(t, m + cues.tokens_at(m), hi) {
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
pub(super) fn short_attribution_sentence(t: &Tokens, cues: &Cues, r: &Region, k: usize, hi: usize) -> Attribution {
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
        let Some(cue) = cues.at(t, m) else { continue };
        // The speaker opens the sentence (`Miller, a retired worker, said …`).
        let speaker = mention_before(t, cues, m, k).filter(|s| s.start == t.toks[k].start());
        let after = m + cues.tokens_at(m);
        // After the cue only a listener (`told Reuters`) or circumstances (`asks as …`,
        // `said Sunday in Virginia`, `said pleasantly into the phone`), not a clause of its
        // own (`said the company would …`, `pledged to act`).
        let w = t.s(after);
        let next = t.s(after + 1);
        // `said to a crowd`, `told Britain's ITV` name a listener; `pledged to act` is a clause.
        let listener = w == "to" && (t.is_cap(after + 1) || lexicon::is(next, lexicon::class::LISTENER_AFTER_TO))
            || matches!(t.s(m), "told" | "tells" | "telling")
                && (t.is_cap(after) || lexicon::is(w, lexicon::class::LISTENER_AFTER_TOLD));
        let circumstances = listener
            || end - after <= 2 && !matches!(w, "to" | "that")
            // `asked, repeating a broadside`, `declared, a point he likes to make`.
            || w == "," && !is_quote_mark(t, after + 1)
            || lexicon::is(w, lexicon::class::CIRCUMSTANCE_WORD)
            || lexicon::is_weekday(w)
            || t.is_lower(after) && w.ends_with("ly") && w.len() > 4;
        if speaker.is_some() && circumstances {
            return Attribution { speaker, cue: Some(cue) };
        }
        break;
    }
    Attribution::default()
}

/// The attribution before a quotation, in its sentence: `X said: “…”`, `X said, “…”`,
/// `X told him “…”`, `X described it as “…”`, and colon labels `NAME, TITLE: “…”`.
pub(super) fn attribute_before(t: &Tokens, cues: &Cues, r: &Region, lo: usize) -> Attribution {
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
        if let Some(cue) = cues.at(t, v) {
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
            let be_before = v > lo && lexicon::is(t.s(v - 1), lexicon::class::BE_FORM);
            // `Fox executives were calling “every 15 minutes”`: a progressive is reported
            // action inside someone's statement; an earlier cue attributes it.
            if be_before && t.s(v).ends_with("ing") {
                continue;
            }
            let passive = be_before;
            let speaker = if passive {
                passive_agent(t, r.close + 1)
            } else if v > lo && t.s(v).ends_with("ing") && t.is_p(v - 1, ",") {
                // `On Tuesday, Sanders endorsed Clinton, saying that she would “…”`: a
                // participle after a comma is the main clause's, as reported speech reads it.
                main_clause_subject(t, cues, v, lo).or_else(|| mention_before(t, cues, v, lo))
            } else {
                mention_before(t, cues, v, lo)
                    .or_else(|| main_clause_subject(t, cues, v, lo))
                    // `X issued a statement warning that “…”`: a participle's subject is
                    // the sentence's.
                    .or_else(|| {
                        (t.s(v).ends_with("ing") && !(v > 0 && t.is_p(v - 1, ",")))
                            .then(|| sentence_subject(t, lo, v))
                            .flatten()
                    })
                    // `Carson did not mention …, but told his supporters, “…”`, `… and has
                    // boasted of`: a second verb of the sentence's subject, which may stand
                    // further back than the quotation's window.
                    .or_else(|| coordinated_subject(t, v, t.sentence_start(v).max(v.saturating_sub(WINDOW * 2))))
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
pub(super) fn title_case_line(t: &Tokens, r: &Region) -> Attribution {
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
/// follow a dash), and what comes after is that person's — the name, and the colon as the cue
/// (as a reported label line's, `reported::name_colon_lines`).
pub(super) fn headline_label(t: &Tokens, r: &Region, lo: usize) -> Attribution {
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
    let speaker = Span::new(t.toks[s].start(), t.toks[colon - 1].end());
    Attribution { speaker: Some(speaker), cue: Some(Span::new(t.toks[colon].start(), t.toks[colon].end())) }
}

/// A sentence with a quotation and no cue: its subject and main verb (`He anticipated that
/// … “…”`, `Cruz coached Trump to "…"`). The verb is taken as the cue.
pub(super) fn subject_and_verb(t: &Tokens, r: &Region, lo: usize) -> Attribution {
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
pub(super) fn kind_of(t: &Tokens, r: &Region, lo: usize) -> QuoteKind {
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
        _ if content_upper && complete && !lexicon::is(t.s(j - 1), lexicon::class::FRAGMENT_LEAD) => QuoteKind::Direct,
        _ => QuoteKind::Partial,
    }
}

/// Whether an unattributed quotation reproduces speech rather than naming a title, a
/// nickname or a scare term: long enough, or a complete sentence.
pub(super) fn is_speech_like(t: &Tokens, r: &Region) -> bool {
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
pub(super) fn is_title(t: &Tokens, r: &Region) -> bool {
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
    title_case && (lexicon::is(before, lexicon::class::TITLE_LEAD) || possessive)
}

/// The quotation sits in a story's first line when that line is a short headline (headline
/// quotes quote someone: `‘We need to listen’`).
pub(super) fn in_headline(t: &Tokens, r: &Region) -> bool {
    // A headline is a short first line with the story after it. Only the first 250 bytes
    // are looked at, so this costs the same for every quote of a long text.
    let limit = t.index_at(250).min(t.len());
    let first_para_end = (1..limit).find(|&k| t.toks[k].para_start);
    first_para_end.is_some_and(|e| r.close < e)
}

/// Verbs that frame a short quotation as someone's words: `called Trump a "con artist"`,
/// `condemned the test as "provocative"`, `blasted Clinton as a “disgrace”`.
pub(super) fn is_framing_verb(w: &str) -> bool {
    lexicon::is(w, lexicon::class::FRAMING_VERB)
}

/// The quotation's sentence reports speech: a cue or a framing verb outside the quote.
pub(super) fn sentence_reports_speech(t: &Tokens, r: &Region, lo: usize, hi: usize) -> bool {
    (lo..hi.min(t.len())).filter(|&k| k < r.open || k > r.close).any(|k| {
        t.is_lower(k) && (lexicon::is_speech_verb(t.s(k)) || is_framing_verb(t.s(k)))
            || t.eq_ci(k, "according") && t.eq_ci(k + 1, "to")
    })
}

/// The speaker and cue of the sentence right before `r` when that sentence reports speech
/// (`Sami recalled how … trees. “And I was like …”`): `r` must open its own sentence, in the
/// same paragraph, after the last attributed quote (token `after`). `subjects` are the
/// speech subjects before `r`, in order.
pub(super) fn attribution_sentence_before(
    t: &Tokens,
    cues: &Cues,
    r: &Region,
    subjects: &[Mention],
    paras: &Paragraphs,
    after: usize,
) -> Option<Attribution> {
    let s0 = t.sentence_start(r.open);
    if s0 != r.open || s0 == 0 {
        return None;
    }
    let prev = t.sentence_start(s0 - 1);
    let &Mention { tok: v, span: sp } = subjects.last()?;
    let fits = v >= prev && v < s0 && v > after && paras.of(v) == paras.of(r.open);
    fits.then(|| Attribution { speaker: Some(named_for_new_sentence(t, sp)), cue: cues.at(t, v) })
}

/// `…,” said Mr. Ekovich, who noted that … . “Things are …”`: a quotation opening a new
/// sentence is the named person's; the relative `who` spoke only inside the sentence before.
pub(super) fn named_for_new_sentence(t: &Tokens, sp: Span) -> Span {
    if sp.text(t.text) == "who" {
        antecedent(t, t.index_at(sp.start)).unwrap_or(sp)
    } else {
        sp
    }
}

/// `Cruz has railed against what he calls the “Washington cartel”`, `Rubio said … Trump,
/// whom he called a “con artist.”`: a pronoun in an embedded `what`/`whom` clause speaks for
/// the sentence's named subject, and the name is the mention (as PolNeAR marks it).
pub(super) fn main_subject_for_embedded_pronoun(t: &Tokens, names: &NameIndex, sp: Span, lo: usize) -> Option<Span> {
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
/// `regions[i]` is the region of `quotes[i]`.
pub(super) fn take_from_next_in_sentence(t: &Tokens, quotes: &mut [Quote], regions: &[Region]) {
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        let Region { open, close, .. } = regions[i];
        let next_open = regions[i + 1].open;
        let span = quotes[i].span;
        let unattributed = quotes[i].speaker.is_none()
            && quotes[i].cue.is_none()
            && !quotes[i + 1].speaker.is_some_and(|sp| sp.overlaps(span))
            && !quotes[i + 1].cue.is_some_and(|c| c.overlaps(span));
        let same_sentence = next_open > close
            && next_open - close <= WINDOW
            && !(close + 1..next_open).any(|k| t.ends_sentence(k) || t.toks[k].para_start);
        if unattributed && same_sentence && quotes[i + 1].speaker.is_some() && !t.toks[open].para_start {
            let next = quotes[i + 1];
            quotes[i].speaker = next.speaker;
            quotes[i].cue = next.cue;
            quotes[i].source = next.source;
        }
    }
}
