//! Reported speech: attributed content without quote marks (`The ambassador said the
//! president had told him …`, `Prices will rise, the ministry warned.`, `According to the
//! report, …`).
//!
//! One more pass over the cue table. At each reporting verb or `according to` outside the
//! quotations it reads the sentence in the shapes wire copy uses: the cue before its content
//! (`X said (that) …`, `X told Y (that) …`, `…, saying that …`), the cue after it (`…, X said.`,
//! `…, said X.`, `…, according to X.`), and `According to X, …`. It hands on the content's
//! tokens, the speaker mention and the cue; resolving the mention to a source is
//! [`super::resolve`](mod@super::resolve)'s job, as for quotations. Negated reports (`did not
//! say`), questions and reports of a question (`asked whether`) are not reported speech.

use super::attribute::sentence_end;
use super::cue::Cues;
use super::marks::{is_possessive_apostrophe, is_quote_mark, Region, RegionCursor};
use super::mention::{
    before_padding, coordinated_subject, is_clause_word, is_dash, is_preposition_opener, is_pronoun, is_verb_padding,
    looks_like_verb, main_clause_subject, mention_after, mention_before, mention_ok, mention_ok_body, name_run_end,
    name_run_start, opens_mention, sentence_subject, skip_leading_conjunctions,
};
use crate::lexicon;
use crate::span::{Span, SpanCursor};
use crate::text::{set, Tokens};

/// Reported content: its tokens `from..to`, the speaker mention and the cue.
#[derive(Clone, Copy, Debug)]
pub(super) struct Reported {
    pub(super) from: usize,
    pub(super) to: usize,
    pub(super) speaker: Option<Span>,
    pub(super) cue: Span,
    /// The cue's first token (where the speaker is resolved).
    pub(super) cue_tok: usize,
}

/// The fewest tokens reported content has (`he said it was true` has four).
const MIN_CONTENT: usize = 3;

/// Reported content in the prose of `t`, in the order of its cues (the quote reader sorts all
/// quotes by start at the end). `regions` are the
/// quotations (a cue inside one is someone's words, not the writer's report); `skip` the
/// frame (credits, notes).
pub(super) fn find(t: &Tokens, cues: &Cues, regions: &[Region], skip: &[Span]) -> Vec<Reported> {
    let mut out: Vec<Reported> = Vec::new();
    let mut quoted = RegionCursor::new(regions);
    let mut frame = SpanCursor::new(skip);
    for &v in &cues.report_starts {
        if quoted.inside(v) || frame.covers(t.toks[v].start()) {
            continue;
        }
        // A cue already inside found content (`… said he told them …`) reports nothing new.
        if out.last().is_some_and(|p| v < p.to && v >= p.from) {
            continue;
        }
        let before = out.len();
        // A cue phrase (`pointed out`, `called for`) reports as a reporting verb does.
        let phrase = cues.tokens_at(v) > 1;
        if t.eq_ci(v, "according") {
            push_pieces(&mut out, according_to(t, v, regions));
        } else if let Some(rep) = as_reported_by(t, v, regions) {
            out.push(rep);
        } else if let Some(rep) = possessed_statement(t, v, regions) {
            out.push(rep);
        } else if t.is_lower(v)
            // (A negated expectation is still one: `Mrs. Clinton is not expected to …`.)
            && (t.s(v) == "expected" || !negated(t, v, sentence_from(t, v)))
            && !after_measure(t, v)
        {
            // (Every shape below refuses a denied report: `did not say`, tested once here.)
            let view =
                lexicon::is(t.s(v), lexicon::class::AS_VIEW_VERB).then(|| view_as(t, cues, v, regions)).flatten();
            if let Some(rep) = view {
                out.push(rep);
            } else if lexicon::is(t.s(v), lexicon::class::VIEW_ONLY) {
                // (`police saw the tweet`, `His views were echoed`: no view without its `as`.)
            } else if lexicon::is(t.s(v), lexicon::class::UNSOURCED_CUE) {
                push_pieces(&mut out, unsourced_view(t, cues, v, regions));
            } else if phrase
                || lexicon::is(t.s(v), lexicon::class::REPORTING_VERB)
                || lexicon::is_thought_verb(t.s(v)) && !lexicon::is(t.s(v), lexicon::class::STANCE_VERB)
            {
                match cue_before_content(t, cues, v, regions) {
                    Some(pieces) => push_pieces(&mut out, Some(pieces)),
                    None => out.extend(cue_after_content(t, cues, v, regions)),
                }
            }
            if out.len() == before && (phrase || lexicon::is(t.s(v), lexicon::class::OBJECT_VERB)) {
                out.extend(object_content(t, cues, v, regions));
            }
        }
        // Content that holds frame text (a dateline) starts after it; too little left, or a
        // quotation there (`KABUL (Reuters) – “We met,” he said.`: the quote reader's), none.
        for rep in &mut out[before..] {
            if let Some(from) = after_frame(t, rep.from, rep.to, skip) {
                let quoted = is_quote_mark(t, from) || opens_with_quotation(regions, from, rep.to);
                rep.from = if rep.to >= from + MIN_CONTENT && !quoted { from } else { rep.to };
            }
        }
    }
    out.retain(|rep| rep.from < rep.to);
    out
}

/// `Many Trump supporters see him as the stronger general-election candidate`, `Millennials
/// see police violence against African Americans as a problem`: a view of something as
/// something, its object and `as` phrase the content (to the sentence's end, or its
/// subordinate clause's), its subject the speaker. `as` must follow within eight words, no
/// comma between.
fn view_as(t: &Tokens, cues: &Cues, v: usize, regions: &[Region]) -> Option<Reported> {
    let lo = sentence_from(t, v);
    let k = v + 1;
    let sentence = sentence_end(t, k);
    // (Not a comparison: `see their incomes go up by as much as 19.9 percent`.)
    let comparison = |m: usize| t.s(m - 1) == "as" || lexicon::is(t.s(m + 1), lexicon::class::AS_COMPARISON);
    let as_at =
        (k + 1..(k + 9).min(sentence)).take_while(|&m| !t.is_p(m, ",")).find(|&m| t.s(m) == "as" && !comparison(m))?;
    if !opens_clause(t, k) || is_quote_mark(t, k) || as_at + 1 >= sentence {
        return None;
    }
    let speaker = subject_speaker(t, cues, v, lo)?;
    // The view ends where the subject's next verb is joined (`viewed communists as terrorists
    // and despised them`) or another clause (`…, but he didn't see …`).
    let joined = |m: usize| {
        matches!(t.s(m), "and" | "but") && t.is_lower(m + 1) && (is_finite_verb(t.s(m + 1)) || is_pronoun(t.s(m + 1)))
    };
    let end = content_end(t, k, sentence);
    let end = (as_at + 2..end).find(|&m| joined(m)).map_or(end, |m| before_comma(t, m));
    let end = object_end(t, cues, speaker, lo, v, k, end);
    let cue = cue_span(t, cues, v);
    (end > as_at + 1 && content_ok(t, k, end, sentence, regions)).then_some(Reported {
        from: k,
        to: end,
        speaker: Some(speaker),
        cue,
        cue_tok: v,
    })
}

/// `As reported by Western Journalism, the former secretary of state was made aware …`, `as
/// first reported by The Post, …`: a passive report set off at the sentence's start, its
/// source after `by`, its content the clause after the comma.
fn as_reported_by(t: &Tokens, v: usize, regions: &[Region]) -> Option<Reported> {
    let lo = sentence_from(t, v);
    let mut a = v.checked_sub(1)?;
    if a > lo && t.is_lower(a) && t.s(a).ends_with("ly") || t.s(a) == "first" {
        a = a.checked_sub(1)?;
    }
    let opens = a == lo || (lo..a).all(|k| lexicon::is(t.s(k), lexicon::class::CONJUNCTION));
    if !(opens && t.eq_ci(a, "as") && t.is_lower(v) && lexicon::is_past_form(t.s(v)) && t.s(v + 1) == "by") {
        return None;
    }
    let comma = (v + 2..sentence_end(t, v).min(v + 14)).find(|&k| t.is_p(k, ","))?;
    let speaker = mention_after(t, v + 2, comma)?;
    let from = comma + 1;
    let sentence = sentence_end(t, from);
    let to = content_end(t, from, sentence);
    let cue = Span::new(t.toks[v].start(), t.toks[v + 1].end());
    (opens_clause(t, from) && content_ok(t, from, to, sentence, regions)).then_some(Reported {
        from,
        to,
        speaker: Some(speaker),
        cue,
        cue_tok: v,
    })
}

/// `Benchmark 10-year notes`, `two-year notes`: a cue word after a measure hyphenated to a
/// number is a noun (not after a share: `three-quarters said`).
fn after_measure(t: &Tokens, v: usize) -> bool {
    v >= 3
        && t.joining_hyphen(v - 2)
        && !t.s(v - 1).ends_with('s')
        && (t.is_num(v - 3) || lexicon::number_word(t.s(v - 3)).is_some())
}

/// Adds a report split in pieces by its cue (the piece before it, if any, then the rest).
fn push_pieces(out: &mut Vec<Reported>, pieces: Option<(Option<Reported>, Reported)>) {
    if let Some((before, rep)) = pieces {
        out.extend(before);
        out.push(rep);
    }
}

/// `Carson: Cruz taking 'Benghazi' approach to Iowa controversy`, `Elizabeth Warren: Donald
/// Trump Is a 'Proven Failure' in Business`: a line (a headline) that opens with a person's
/// name and a colon reports what follows, to its first sentence's end. `is_name` says whether
/// the words before the colon name someone the story has speak (a section label such as
/// `UPDATE:` or `Q:`, a team or a heading never does). And the turns of a transcript
/// (`TAPPER: Donald Trump released a video …`): in a text where two lines or more open with a
/// label in capitals and a colon (one is a heading: `WASHINGTON:`), each such line reports
/// the rest of the line, unless it ends in a question. In the order of their colons.
pub(super) fn name_colon_lines(t: &Tokens, regions: &[Region], is_name: impl Fn(Span) -> bool) -> Vec<Reported> {
    // `Poll: Clinton and Trump in dead heat`: a document's finding when its word opens the
    // text (its headline), where elsewhere `Poll:` labels a reader poll.
    let finding = |k: usize| t.toks[k].start() == 0 && lexicon::is(t.s(k), lexicon::class::DOCUMENT_NOUN);
    // The colon after one to four capitalised words at line start `k`, not a section label.
    let colon_at = |k: usize| {
        if !t.is_cap(k) || lexicon::is(t.s(k), lexicon::class::SECTION_LABEL) && !finding(k) {
            return None;
        }
        let colon = (k + 1..(k + 5).min(t.len())).find(|&e| !t.is_cap(e) || t.toks[e].line_before)?;
        let turn = colon + 1 < t.len() && !t.toks[colon + 1].line_before;
        (t.is_p(colon, ":") && t.glued(colon) && !t.toks[colon].line_before && turn).then_some(colon)
    };
    let upper = |m: usize| t.s(m).len() > 1 && !t.s(m).bytes().any(|b| b.is_ascii_lowercase());
    let label = |k: usize, colon: usize| (k..colon).all(upper);
    let transcript = line_starts(t).filter(|&k| colon_at(k).is_some_and(|c| label(k, c))).nth(1).is_some();
    let mut out = Vec::new();
    for k in line_starts(t) {
        let Some(colon) = colon_at(k) else { continue };
        let name = Span::new(t.toks[k].start(), t.toks[colon - 1].end());
        let turn = transcript && label(k, colon);
        let document = colon == k + 1 && finding(k);
        if !(turn || document || is_name(name)) {
            continue;
        }
        let from = colon + 1;
        let sentence = if turn {
            (from..t.len()).find(|&m| t.toks[m].line_before).unwrap_or(t.len())
        } else {
            sentence_end(t, from)
        };
        let to = content_end(t, from, sentence);
        if content_ok(t, from, to, sentence, regions) {
            let cue = Span::new(t.toks[colon].start(), t.toks[colon].end());
            out.push(Reported { from, to, speaker: Some(name), cue, cue_tok: colon });
        }
    }
    out
}

/// `Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks …`: a headline (a line in
/// title case) in which someone the story has speak (`is_name`) says something: the words
/// after the verb, to the first comma or the line's end. In line order.
pub(super) fn headline_reports(t: &Tokens, regions: &[Region], is_name: impl Fn(Span) -> bool) -> Vec<Reported> {
    let mut out = Vec::new();
    for k in line_starts(t) {
        // A headline is a paragraph of its own (not a line of hard-wrapped copy).
        if !t.toks[k].para_start || !t.is_cap(k) {
            continue;
        }
        // (A short line first, then its verb, then its capitals: every paragraph starts here,
        // and each test is a pass over its tokens.)
        let limit = (k + 30).min(t.len());
        let end = (k + 1..limit).find(|&e| t.toks[e].line_before).unwrap_or(limit);
        if end == limit && limit < t.len() {
            continue;
        }
        let verb = (k + 1..end).find(|&m| t.is_cap(m) && lexicon::is(t.s(m), lexicon::class::HEADLINE_VERB));
        let Some(v) = verb else { continue };
        let words = (k..end).filter(|&m| t.is_word(m)).count();
        let capitals = (k..end).filter(|&m| t.is_cap(m)).count();
        if words < 4 || capitals * 10 < words * 7 {
            continue;
        }
        let Some(s) = (v.saturating_sub(4).max(k)..v).rev().take_while(|&m| t.is_cap(m)).last() else { continue };
        let speaker = Span::new(t.toks[s].start(), t.toks[v - 1].end());
        let from = v + 1;
        let to = (from..end).find(|&m| matches!(t.s(m), "," | ";" | ":" | "|") || t.ends_sentence(m)).unwrap_or(end);
        let quoted =
            (from..to).any(|m| is_quote_mark(t, m)) || last_region_from(regions, to).is_some_and(|q| q.close >= from);
        if to >= from + 2 && !quoted && is_name(speaker) {
            let cue = Span::new(t.toks[v].start(), t.toks[v].end());
            out.push(Reported { from, to, speaker: Some(speaker), cue, cue_tok: v });
        }
    }
    out
}

/// `In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose
/// Clinton …`, `In the new Morning Consult poll, conducted March 11-13, 40 percent of likely
/// Democrat voters back Sanders`: a sentence that opens with a poll reports its finding, the
/// clause after the poll's phrase, with the poll as its source. Not where a report found
/// (`found`, in cue order) reads the clause (`…, 31% of Republicans said they were …`: that
/// cue's). In text order.
// (Not inlined into the quote reader in wasm: a few polls a text, and 1 KB of the module.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(super) fn poll_findings(t: &Tokens, found: &[Reported], regions: &[Region]) -> Vec<Reported> {
    let mut out = Vec::new();
    for k in t.members(set::CAP).filter(|&k| t.s(k) == "In" && t.sentence_start(k) == k) {
        let sentence = sentence_end(t, k);
        let Some(comma) = (k + 2..sentence.min(k + 16)).find(|&m| t.is_p(m, ",")) else { continue };
        // (The source ends with its noun: `an NBC News/Wall Street Journal poll`, not `…
        // released Monday`.)
        let Some(noun) = (k + 1..comma).rev().find(|&m| lexicon::is(t.s(m), lexicon::class::POLL_NOUN)) else {
            continue;
        };
        // (Past what sets the poll's phrase off further: `, conducted March 11-13,`, `, however,`.)
        let mut from = comma + 1;
        let participle = t.is_lower(from) && t.s(from).ends_with("ed");
        if participle || lexicon::is(t.s(from), lexicon::class::INSERTED_ADVERB) {
            match (from + 1..sentence.min(from + 10)).find(|&m| t.is_p(m, ",")) {
                Some(c) => from = c + 1,
                None => continue,
            }
        }
        let to = content_end(t, from, sentence);
        // (Few sentences open with a poll: a walk over the reports for each is cheap.)
        let reported = found.iter().any(|r| r.from < to && r.to > from);
        if !reported && content_ok(t, from, to, sentence, regions) {
            let speaker = Span::new(t.toks[k + 1].start(), t.toks[noun].end());
            let cue = Span::new(t.toks[k].start(), t.toks[k].end());
            out.push(Reported { from, to, speaker: Some(speaker), cue, cue_tok: k });
        }
    }
    out
}

/// The first tokens of the text's lines, in order (the tokenizer puts them in the credit set,
/// with the credit words).
fn line_starts<'a>(t: &'a Tokens) -> impl Iterator<Item = usize> + 'a {
    t.members(set::CREDIT).filter(|&k| k == 0 || t.toks[k].line_before)
}

/// Where content `from..to` starts when frame text (`skip`, sorted: a dateline, a note)
/// lies in it: the first token after the last such span; None when none does.
fn after_frame(t: &Tokens, from: usize, to: usize, skip: &[Span]) -> Option<usize> {
    let (start, end) = (t.toks[from].start(), t.toks[to - 1].end());
    let k = skip.partition_point(|s| s.start < end);
    let inside = skip[..k].last().filter(|s| s.end > start)?;
    Some(t.index_near(inside.end, from).max(from + 1))
}

/// The last quotation that opens at or before token `tok` (regions are sorted and apart).
fn last_region_from(regions: &[Region], tok: usize) -> Option<&Region> {
    let k = regions.partition_point(|q| q.open <= tok);
    k.checked_sub(1).map(|k| &regions[k])
}

/// Whether content `from..to` opens with a quotation (at its first or second token): then
/// the quote reader attributes it, not this pass.
fn opens_with_quotation(regions: &[Region], from: usize, to: usize) -> bool {
    last_region_from(regions, from + 1).is_some_and(|q| q.open < to && q.close >= from)
}

/// Whether content `from..to` opens with a quotation that is a phrase of its sentence, not a
/// sentence of its own: `said “it gets me mad” every time he thinks about …`, `"A big truck"
/// plowed through security barriers …, he said`. The quotation closes on a word (no comma or
/// stop inside its marks), a word follows it, and the words after it are more than the
/// report's circumstances (not `said "no" on Tuesday`). Such content is the writer's report
/// with a quoted part, as the issue's `He said the deal was "a fraud"` is.
fn opens_with_quoted_phrase(t: &Tokens, regions: &[Region], from: usize, to: usize) -> bool {
    let Some(q) = last_region_from(regions, from + 1).filter(|q| q.closed && q.open + 1 >= from && q.close + 1 < to)
    else {
        return false;
    };
    let inner = closing_marks_start(t, q.close + 1, q.open + 1) - 1;
    let rest = q.close + 1;
    t.is_word(inner) && t.is_word(rest) && t.glued(q.close) && to >= rest + MIN_CONTENT && !trails_off(t, rest, to)
}

/// The cue at `v`: the cue table's, or the verb of thought alone.
fn cue_span(t: &Tokens, cues: &Cues, v: usize) -> Span {
    cues.at(t, v).unwrap_or_else(|| Span::new(t.toks[v].start(), t.toks[v].end()))
}

/// The first token of the sentence of `v`, never more than 48 tokens back.
fn sentence_from(t: &Tokens, v: usize) -> usize {
    t.sentence_start(v).max(v.saturating_sub(48))
}

/// One past the content's last token, for content from `k` in a sentence that ends before
/// token `sentence` (`sentence_end(t, k)`): before its final full stop (and a bracket or
/// quote mark closing after it).
fn content_end(t: &Tokens, k: usize, sentence: usize) -> usize {
    let mut end = sentence;
    // (A bracket opened inside the content stays closed: `GAZ Group (GAZA.MM)`.)
    let opened = |end: usize| (k..end).rev().take_while(|&m| !t.is_p(m, ")")).any(|m| t.is_p(m, "("));
    while end > k
        && (t.ends_sentence(end - 1)
            || matches!(t.s(end - 1), ";" | ":" | ",")
            || t.is_p(end - 1, ")") && !opened(end - 1))
    {
        end -= 1;
    }
    // `… told him "Mr. President, don't touch my girlfriend."`: a quotation closing the
    // sentence keeps its mark (and the stop inside it, the quoted words' own).
    let closing = (end..=sentence).rev().find(|&m| is_quote_mark(t, m) && t.glued(m) && !t.toks[m].para_start);
    match closing {
        // (A mark may take two tokens: `''`.)
        Some(m) if end > k => (m + 1..).find(|&c| !(is_quote_mark(t, c) && t.glued(c))).unwrap_or(m + 1),
        _ => end,
    }
}

/// Whether `from..to` is fit to be reported content: long enough, no question, and not a
/// quotation that the quote reader attributes (one that opens the content). `sentence` is
/// `sentence_end(t, from)`.
fn content_ok(t: &Tokens, from: usize, to: usize, sentence: usize, regions: &[Region]) -> bool {
    content_of_at_least(MIN_CONTENT, t, from, to, sentence, regions)
}

/// [`content_ok`] with `min` words at least: the predicate after a parenthetical cue may be
/// shorter (`This campaign, he says, is different`).
fn content_of_at_least(min: usize, t: &Tokens, from: usize, to: usize, sentence: usize, regions: &[Region]) -> bool {
    let words = (from..to).filter(|&k| t.is_word(k) || t.is_num(k)).count();
    let question = sentence > 0 && t.s(sentence - 1) == "?";
    let opens_quote = (is_quote_mark(t, from) || last_region_from(regions, from).is_some_and(|q| from <= q.close))
        && !opens_with_quoted_phrase(t, regions, from, to);
    words >= min && !question && !opens_quote && !(from..to).any(|k| t.toks[k].para_start && k > from)
}

/// Whether `from..to`, the words before a parenthetical cue (`Mr. Obama, officials said, has
/// become …`), is content: any words, no quotation.
fn fits_before(t: &Tokens, from: usize, to: usize, regions: &[Region]) -> bool {
    to > from
        && (from..to).any(|k| t.is_word(k) || t.is_num(k))
        && !(from..to).any(|k| is_quote_mark(t, k) || k > from && t.toks[k].para_start)
        && last_region_from(regions, to).is_none_or(|q| q.close < from)
}

/// `did not say`, `never said`, `declined to say`, `refused to confirm`: the report is denied.
/// A negation that a comma sets apart belongs to another clause (`But it's not, and Dayton
/// says …`).
fn negated(t: &Tokens, v: usize, lo: usize) -> bool {
    (v.saturating_sub(4).max(lo)..v)
        .rev()
        .take_while(|&k| !t.is_p(k, ","))
        .any(|k| lexicon::is(t.s(k), lexicon::class::REPORT_NEGATION))
}

/// `X said (that) …`, `X told reporters (on Monday) that …`, `…, saying that …`; and the
/// parenthetical `The golf industry, she said, is doing better`, whose content is on both
/// sides (the part before the speaker comes first, where there is one).
fn cue_before_content(t: &Tokens, cues: &Cues, v: usize, regions: &[Region]) -> Option<(Option<Reported>, Reported)> {
    let lo = sentence_from(t, v);
    let participle = t.s(v).ends_with("ing");
    let mut k = v + cues.tokens_at(v).max(1);
    k = after_listener(t, k);
    let circumstances = k;
    k = past_circumstances(t, k);
    // `said, however, that …`, `told POLITICO, however, that …`: an adverb set off by commas.
    if t.is_p(k, ",") && t.is_p(k + 2, ",") && lexicon::is(t.s(k + 1), lexicon::class::INSERTED_ADVERB) {
        k += 3;
    }
    // `“I will never eat them again,” Trump said in August after Nabisco announced it was …`:
    // a cue that attributes the quotation opening its sentence reports nothing past its
    // circumstances.
    // (A quotation that closes on its comma right before the speaker: `“…,” Trump said`;
    // looked up only where circumstances were passed.)
    let quoted = || {
        last_region_from(regions, v)
            .is_some_and(|q| q.close >= lo && q.close < v && v - q.close <= 8 && t.is_p(q.close.saturating_sub(1), ","))
    };
    if k > circumstances && quoted() {
        return None;
    }
    // Only a clause, its `that` or a parenthetical comma may follow: tested before the
    // speaker is read, since most cues end a quotation's sentence (`…,” he said.`).
    // (`noted how happy she was`: a clause opened by `how`, `why` or `what` reports too; a
    // question verb never comes here, and `did not say whether` is refused as denied.)
    let wh = matches!(t.s(k), "how" | "why" | "what");
    // `Cruz said if elected president he could work …`, `She says despite all that, Obama
    // wasn't influenced …`: a clause verb's content may open with its condition.
    let condition =
        lexicon::is(t.s(k), lexicon::class::CONDITION_OPENER) && lexicon::is(t.s(v), lexicon::class::CLAUSE_VERB);
    // `said no immediate decision had been made`: `no` as a determiner (not `said no`, the
    // answer, nor `said no to the plan`: the clause is tested below).
    let no_subject = t.s(k) == "no" && t.is_lower(k + 1) && opens_clause(t, k + 1);
    // `said “it gets me mad” every time he thinks …`: a clause verb's content may open with
    // a quoted phrase.
    // (Not after `told`: `told "Face the Nation" that …` names the listener.)
    let quoted_phrase = is_quote_mark(t, k)
        && lexicon::is(t.s(v), lexicon::class::CLAUSE_VERB)
        && !lexicon::is(t.s(v), lexicon::class::LISTENER_VERB)
        && opens_with_quoted_phrase(t, regions, k, content_end(t, k, sentence_end(t, k)));
    if !(t.is_p(k, ",") || t.s(k) == "that" || wh || condition || no_subject || quoted_phrase || opens_clause(t, k)) {
        return None;
    }
    // `…, the race will be tight, said Dan Gerstein, director of …`: after a comma, a name
    // set off by a comma is the speaker, not what was said (the cue-after shape reads it).
    if end_before_attribution(t, v, lo).is_some() && t.is_cap(k) {
        let e = (k..(k + 6).min(t.len())).find(|&m| !(t.is_cap(m) || t.is_p(m, ".") && t.glued(m))).unwrap_or(k);
        if e > k && t.is_p(e, ",") {
            return None;
        }
    }
    let speaker = any_subject_speaker(t, cues, v, lo)?;
    let speaker_start = t.index_near(speaker.start, v);
    // `which critics said was discriminatory`: a relative clause reports its predicate.
    let relative = in_object_relative(t, speaker, v);
    // `In the three years since …, Barden says, far too many lives …`: a parenthetical cue.
    let parenthetical =
        t.is_p(k, ",") && speaker_start > lo + 1 && t.is_p(speaker_start - 1, ",") && !participle && !relative;
    // `As Clyburn noted, those voters will …`, `as The Times reported on Saturday, he has …`:
    // the clause after the cue's comma is the content.
    let as_clause = t.is_p(k, ",") && speaker_start > lo && t.eq_ci(speaker_start - 1, "as") && !participle;
    if parenthetical || as_clause {
        k += 1;
    }
    // `…, he said, because Russians are now living longer`, `…, he said, and she gripped his
    // hands`: after a parenthetical cue the sentence goes on as the content, whatever word
    // opens the rest, but for the writer's circumstances (`…, spokesmen for both sides said,
    // as continued clashes threaten …`, `…, the exchange said, reflecting the SEC's ban`), an
    // apposition (`, the Times said, including …`) and another cue (`, he said, adding that
    // …` reports on its own).
    let continues = parenthetical
        && t.is_lower(k)
        && cues.tokens_at(k) == 0
        && !opens_circumstances(t.s(k))
        && t.s(k) != "including"
        && !t.s(k).ends_with("ing");
    let with_that = t.s(k) == "that";
    if with_that {
        k += 1;
    } else if !(wh || condition || continues || no_subject || quoted_phrase || opens_clause(t, k)) {
        return None;
    }
    let sentence = sentence_end(t, k);
    let mut end = content_end(t, k, sentence);
    // `confirmed that …, according to the Linpack benchmark`: a second attribution ends it.
    if let Some(c) = (k + 1..end).find(|&m| t.is_p(m - 1, ",") && t.eq_ci(m, "according") && t.eq_ci(m + 1, "to")) {
        end = c - 1;
    }
    end = before_next_speaker(t, cues, k, end);
    end = subordinate_clause_end(t, speaker_start, lo, k, end);
    // `The policy changes, which officials said will go into effect …, will not apply`: a
    // relative clause set off by commas ends at the next.
    if relative && t.is_p(speaker_start - 2, ",") {
        end = (k + 1..end).find(|&m| t.is_p(m, ",")).unwrap_or(end);
    }
    // `Donald Trump, who said he would …, said at a rally that …`: a subject relative clause
    // set off by a comma ends where the main clause's verb follows a comma (so does one in an
    // apposition: `Senator James Lankford, an Oklahoma Republican who said …, played down`).
    if set_off_relative(t, speaker_start, v) || v > 0 && t.s(v - 1) == "who" {
        // (Not a modal: `who said the two men, and Mr. Cruz in particular, must do more`
        // goes on with the reported clause after an insertion.)
        let main_verb = |m: usize| {
            t.is_lower(m)
                && (cues.tokens_at(m) > 0 || is_finite_verb(t.s(m)) && !lexicon::is(t.s(m), lexicon::class::NEGATION))
        };
        // (Perhaps after an adverb: `, nevertheless played down …`.)
        let padded = |m: usize| main_verb(m) || t.is_lower(m) && is_verb_padding(t.s(m)) && main_verb(m + 1);
        end = (k + 1..end).find(|&m| t.is_p(m, ",") && padded(m + 1)).unwrap_or(end);
    }
    // `…, Phil Smith told POLITICO earlier this week.`: circumstances to the end are no content.
    let only_circumstances = opens_circumstances(t.s(k)) && trails_off(t, k, sentence);
    if only_circumstances
        || !content_of_at_least(if parenthetical { 2 } else { MIN_CONTENT }, t, k, end, sentence, regions)
    {
        return None;
    }
    // `explained her injury problem, saying …`, `Investors fear a “soft” Brexit`: without
    // `that`, a verb that also takes a bare object reports only a clause (a subject pronoun,
    // or a finite verb before the first comma); `said`, `told` and their like need no test.
    // The part after a parenthetical cue goes on with the sentence's predicate (`, he said,
    // is doing better`), never with an apposition (`, the Times said, including …`).
    let needs_clause =
        no_subject || !continues && (parenthetical || as_clause || !lexicon::is(t.s(v), lexicon::class::CLAUSE_VERB));
    if !with_that && needs_clause && !reads_as_clause(t, k, end) {
        return None;
    }
    // The clause after a condition has a finite verb (`if elected president he could …`).
    if condition && !parenthetical {
        let main = (k..end).find(|&m| t.is_p(m, ",")).map_or(k + 1, |c| c + 1);
        if !reads_as_clause(t, main, end) {
            return None;
        }
    }
    let cue = cue_span(t, cues, v);
    // (`parenthetical` says the speaker starts after a comma, so `speaker_start > 0`.)
    // (The part before may be one word: `Overall, she said, …`, `Instead, she said, …`.)
    let before = (parenthetical && fits_before(t, lo, speaker_start - 1, regions)).then(|| Reported {
        from: lo,
        to: speaker_start - 1,
        speaker: Some(speaker),
        cue,
        cue_tok: v,
    });
    Some((before, Reported { from: k, to: end, speaker: Some(speaker), cue, cue_tok: v }))
}

/// `Trump is expected to deliver a victory speech`, `the politician … seemed to be
/// shrinking`, `It appears that the game wasn't boring`, `The Club for Growth is reportedly
/// spending …`: an expectation, an appearance or hearsay whose holder the writer leaves
/// unnamed. The content is the clause's subject and what follows the cue, two pieces around
/// it (as a parenthetical cue splits its content; `It` before `appears that` is no subject),
/// without a speaker.
fn unsourced_view(t: &Tokens, cues: &Cues, v: usize, regions: &[Region]) -> Option<(Option<Reported>, Reported)> {
    let lo = sentence_from(t, v);
    // `is (widely) expected`: a passive, whose cue starts at its `be`; a finite one (`is`,
    // `were`), not `might be` or `had been expected to`, a conjecture or a plan that failed.
    let finite_be = |k: usize| lexicon::is(t.s(k), lexicon::class::BE_FORM) && !t.s(k).starts_with("be");
    let cue_tok =
        if t.s(v) == "expected" { (v.saturating_sub(3).max(lo)..v).rev().find(|&k| finite_be(k))? } else { v };
    let k = v + 1;
    let that = t.s(k) == "that";
    let infinitive = t.s(k) == "to" && t.is_lower(k + 1) && opens_clause(t, k + 1);
    // `the Trump team appeared paralyzed`, `New Hampshire seems stable`, `It seemed like …`:
    // a seeming's predicate (not `appeared in court`, `appeared Monday`: no preposition, no
    // time; `expected` takes its infinitive only).
    // `The Club for Growth is reportedly spending …`, `Khoga was reportedly on that trip`: an
    // adverb of hearsay before any predicate.
    let adverb = t.s(v).ends_with("ly");
    let predicate = v == cue_tok && t.is_lower(k) && (adverb || opens_clause(t, k) || t.s(k) == "like");
    // `he seemed to indicate he knows …`, `a review seems to show that …`, `Trump reportedly
    // told aides …`: the verb after it is itself a report, whose subject speaks (read at its
    // own verb).
    let verb = if infinitive { k + 1 } else { k };
    let reports = cues.tokens_at(verb) > 0 || lexicon::is_thought_verb(t.s(verb));
    if !(that || infinitive || predicate) || reports {
        return None;
    }
    let sentence = sentence_end(t, k);
    // `Neither candidate … appears poised to …, a new poll released Wednesday shows`: a view
    // with its source later in the sentence is that source's report, read at its cue.
    if (k + 1..sentence).any(|m| t.is_lower(m) && cues.tokens_at(m) > 0) {
        return None;
    }
    let from = if that { k + 1 } else { k };
    let to = content_end(t, from, sentence);
    // `Clinton, casting herself as a champion of working people, appeared to …`: the subject
    // stands before an insertion set off by commas.
    let before = if cue_tok > lo && t.is_p(cue_tok - 1, ",") {
        (lo..cue_tok - 1).rev().take(20).find(|&m| t.is_p(m, ",")).unwrap_or(cue_tok)
    } else {
        cue_tok
    };
    let s = clause_start(t, lo, before);
    // (`It appears that …`, `there are expected to be …`: no subject.)
    let expletive = s + 1 == cue_tok && (t.eq_ci(s, "it") || t.eq_ci(s, "there"));
    if that && !expletive || !content_of_at_least(2, t, from, to, sentence, regions) {
        return None;
    }
    let cue = Span::new(t.toks[cue_tok].start(), t.toks[v].end());
    let subject = (!expletive && fits_before(t, s, before, regions)).then_some(Reported {
        from: s,
        to: before,
        speaker: None,
        cue,
        cue_tok: v,
    });
    Some((subject, Reported { from, to, speaker: None, cue, cue_tok: v }))
}

/// Where the clause whose verb is at `v` starts: after the last comma, dash, colon,
/// semicolon or clause word (`and`, `that`, `though`) before it, at a relative pronoun
/// (`delegates who are expected to …`), or at the sentence's start `lo` (past a conjunction).
fn clause_start(t: &Tokens, lo: usize, v: usize) -> usize {
    let mut s = (lo..v)
        .rev()
        .find_map(|k| {
            let w = t.s(k);
            if matches!(w, "who" | "which") {
                Some(k)
            } else {
                (matches!(w, "," | ";" | ":") || is_dash(w) || is_clause_word(w)).then_some(k + 1)
            }
        })
        .unwrap_or(lo);
    while s < v && lexicon::is(t.s(s), lexicon::class::CONJUNCTION) {
        s += 1;
    }
    s
}

/// `one company says there are more than 2,400 billionaires, another says there are about
/// 1,800`, `Cruz said he'd make sand "glow in the dark," and Trump vowed to …`: content ends
/// where a comma, semicolon or `and`/`but` opens another speaker's report (a subject of at
/// most five words, then a speech verb). Else `to`.
fn before_next_speaker(t: &Tokens, cues: &Cues, from: usize, to: usize) -> usize {
    let joint = |m: usize| matches!(t.s(m), "," | ";" | "and" | "but" | "while");
    // The subject: a mention, or plain words up to a plural (`and human rights groups
    // warned`). (A relative clause is no other report: `the deal, which critics called …`.)
    let subject =
        |m: usize, c: usize| opens_mention(t, m + 1) || t.is_lower(m + 1) && lexicon::is_plural_noun(t.s(c - 1));
    let opens_report = |m: usize, c: usize| joint(m) && subject(m, c) && !(m + 1..c).any(|k| t.is_p(k, ","));
    // (A verb of saying that takes a clause, or any with `that`: not `both divisions posted
    // strong sales`.)
    let says = |c: usize| t.is_lower(c) && (lexicon::is(t.s(c), lexicon::class::CLAUSE_VERB) || t.s(c + 1) == "that");
    // From each speech verb in the content back to its joint (the cue table lists the verbs,
    // so the content's words are not each read): the earliest joint wins.
    let mut best = to;
    let first = cues.starts.partition_point(|&c| c < from + 3);
    for &c in &cues.starts[first..] {
        if c >= to || c >= best + 7 {
            break;
        }
        if says(c) {
            if let Some(m) = (c.saturating_sub(6).max(from + 1)..c - 1).find(|&m| opens_report(m, c)) {
                best = best.min(m);
            }
        }
    }
    if best < to && best > from + 1 && t.is_p(best - 1, ",") {
        best - 1
    } else {
        best
    }
}

/// Where an object or a view reported from `k` by the cue at `v` ends, short of `end`: at
/// another speaker's report, at the end of the subordinate clause or the relative clause
/// its speaker opens (the sentence from `lo`).
fn object_end(t: &Tokens, cues: &Cues, speaker: Span, lo: usize, v: usize, k: usize, end: usize) -> usize {
    let speaker_start = t.index_near(speaker.start, v);
    let end = before_next_speaker(t, cues, k, end);
    let end = subordinate_clause_end(t, speaker_start, lo, k, end);
    relative_clause_end(t, speaker_start, v, k, end)
}

/// `While Ramos said that journalists cannot …, he appears …`, `While Blackstone seeks
/// so-called "dislocation" in markets …, financial market turmoil …`: a report in the
/// subordinate clause that opens the sentence (its speaker right after the conjunction at
/// `lo`) ends where the main clause begins, at its first comma after `k`; else `end`.
fn subordinate_clause_end(t: &Tokens, speaker_start: usize, lo: usize, k: usize, end: usize) -> usize {
    if speaker_start == lo + 1 && lexicon::is(t.s(lo), lexicon::class::SENTENCE_SUBORDINATOR) {
        (k + 1..end).find(|&m| t.is_p(m, ",")).unwrap_or(end)
    } else {
        end
    }
}

/// `Vinokourov, who denied any wrongdoing, and Tour leader Michael Rasmussen …`, `Marc
/// Dreier, a lawyer who admitted to a $400 million fraud …, was sentenced`: an object reported
/// in a relative clause (the `who` or `which` at `speaker_start` is its speaker, or stands
/// right before the cue `v`) ends at the first comma after `k` that a finite verb follows,
/// or where a comma set the clause off, at the next comma; else `end`.
fn relative_clause_end(t: &Tokens, speaker_start: usize, v: usize, k: usize, end: usize) -> usize {
    let set_off = set_off_relative(t, speaker_start, v);
    if !(set_off || is_who_or_which(t.s(speaker_start)) || v > 0 && is_who_or_which(t.s(v - 1))) {
        return end;
    }
    // (A finite verb perhaps after an adverb: `, nevertheless played down …`.)
    let verb = |m: usize| t.is_lower(m) && is_finite_verb(t.s(m));
    (k + 1..end)
        .find(|&m| t.is_p(m, ",") && (set_off || verb(m + 1) || is_verb_padding(t.s(m + 1)) && verb(m + 2)))
        .unwrap_or(end)
}

/// Whether the cue at `v` is the verb of a relative clause set off by a comma: its speaker
/// (from `speaker_start`) is the `who` or `which` after the comma, or the antecedent named
/// before `, which` (`Euronext, which said it bought …, were up`).
fn set_off_relative(t: &Tokens, speaker_start: usize, v: usize) -> bool {
    // (Past the cue's adverbs: `Euronext, which separately said …`.)
    let w = before_padding(t, v, speaker_start);
    [speaker_start, w.saturating_sub(1)].into_iter().any(|r| r > 0 && t.is_p(r - 1, ",") && is_who_or_which(t.s(r)))
}

/// `who` or `which`: the relative pronouns that can speak.
fn is_who_or_which(w: &str) -> bool {
    matches!(w, "who" | "which")
}

/// `They challenged him over his comments that he would be a neutral guy …`, `rejected the
/// ministry's statement that the talks had failed`: a noun of speech after its speaker's
/// possessive, then a `that` clause, the content. Not where the noun phrase is the
/// sentence's subject (`Trump's claim that … has been debunked`), whose clause ends at a
/// predicate no rule here finds.
fn possessed_statement(t: &Tokens, v: usize, regions: &[Region]) -> Option<Reported> {
    if v == 0 || !t.is_lower(v) || t.s(v + 1) != "that" || !lexicon::is_speech_noun(t.s(v)) {
        return None;
    }
    let lo = sentence_from(t, v);
    let p = v - 1;
    let owner = t.s(p);
    let bare = lexicon::strip_possessive(owner);
    let start = if lexicon::is(owner, lexicon::class::POSSESSIVE_PRONOUN) {
        p
    } else if bare.len() < owner.len() {
        // `Trump's`, `Sen. Bernie Sanders's`, `the ministry's`: back over the name or to its article.
        if t.is_cap(p) {
            name_run_start(t, p, lo)
        } else {
            (p.saturating_sub(3).max(lo)..p).rev().find(|&m| lexicon::is(t.s(m), lexicon::class::ARTICLE))?
        }
    } else {
        return None;
    };
    if start <= lo || (lo..start).all(|m| lexicon::is(t.s(m), lexicon::class::CONJUNCTION)) {
        return None;
    }
    let from = v + 2;
    let sentence = sentence_end(t, from);
    let to = content_end(t, from, sentence);
    if !opens_clause(t, from) || !content_ok(t, from, to, sentence, regions) {
        return None;
    }
    // (The possessive ending comes off with the mention's tidying.)
    let speaker = Span::new(t.toks[start].start(), t.toks[p].end());
    let cue = Span::new(t.toks[v].start(), t.toks[v].end());
    Some(Reported { from, to, speaker: Some(speaker), cue, cue_tok: v })
}

/// The speaker of the cue at `v` in a sentence from `lo`: the subject before it, or for a
/// participle after a comma (`…, saying that …`) the main clause's subject; None for a relative
/// clause's report (`to fend off what he said was …`, `which officials said will …`), whose
/// content is the writer's own sentence.
fn subject_speaker(t: &Tokens, cues: &Cues, v: usize, lo: usize) -> Option<Span> {
    let speaker = any_subject_speaker(t, cues, v, lo)?;
    (!in_object_relative(t, speaker, v)).then_some(speaker)
}

/// The speaker of the cue at `v`, in a relative clause or not.
fn any_subject_speaker(t: &Tokens, cues: &Cues, v: usize, lo: usize) -> Option<Span> {
    if let Some(be) = progressive_be(t, v, lo) {
        // `McConnell is criticizing Obama as …`: the subject stands before the `be`, with the
        // names it is joined to (`Hannam and Buckingham were hoping …`).
        return mention_before(t, cues, be, lo).map(|m| with_joined_names(t, m, be, lo));
    }
    if t.s(v).ends_with("ing") {
        return participle_subject(t, cues, v, lo);
    }
    mention_before(t, cues, v, lo)
        .map(|m| with_joined_names(t, m, v, lo))
        .or_else(|| coordinated_subject(t, v, lo))
        .or_else(|| relative_subject(t, cues, v, lo))
        .or_else(|| subject_before_insertion(t, cues, v, lo))
}

/// `Hannam and Buckingham`: a mention of a name that the sentence opens with another name
/// and `and`, the two names as one mention.
fn with_joined_names(t: &Tokens, m: Span, near: usize, lo: usize) -> Span {
    let start = t.index_near(m.start, near);
    let joined = start >= lo + 2 && t.is_cap(start) && t.s(start - 1) == "and" && t.is_cap(start - 2);
    // (After the sentence's conjunctions: `But Richards and Menendez both stressed …`.)
    let first = skip_leading_conjunctions(t, lo, start);
    if joined && name_run_start(t, start - 1, first) == first {
        Span::new(t.toks[first].start(), m.end)
    } else {
        m
    }
}

/// Whether `speaker` of the cue at `v` opens a relative clause whose pronoun is the
/// report's subject (`which critics said was discriminatory`, `what she said is growing
/// demand`): the pronoun stands right before the speaker.
fn in_object_relative(t: &Tokens, speaker: Span, v: usize) -> bool {
    let start = t.index_near(speaker.start, v);
    start > 0 && lexicon::is(t.s(start - 1), lexicon::class::RELATIVE_WORD)
}

/// `Many speakers at the service — including Muslims, Christians — said …`, `numerous
/// military veterans interviewed at Trump rallies, including Mr. Jebens, said …`: the
/// sentence's subject before an insertion set off by commas or dashes that ends right before
/// the verb (`mention_before` reads only a name or a short appositive there). The subject
/// is the noun phrase that opens the sentence (`The report, released on Monday, said`: a
/// document speaks too), with no finite verb before the insertion.
fn subject_before_insertion(t: &Tokens, cues: &Cues, v: usize, lo: usize) -> Option<Span> {
    let close = before_padding(t, v, lo);
    let delimiter = |k: usize| t.is_p(k, ",") || is_dash(t.s(k));
    // (The comma may stand inside the mark that closes a quotation ending the insertion:
    // `Mr. Manafort, citing ''the unique magic of Trump,'' said …`.)
    let marks = comma_in_closing_marks(t, close, lo);
    let closes = marks.is_some();
    // (That quotation opens inside the insertion; else the sentence is a quotation's.)
    let opened = |open: usize| marks.is_some_and(|marks| (open + 1..marks).any(|m| is_quote_mark(t, m)));
    if close <= lo + 2 || !(delimiter(close - 1) || closes) {
        return None;
    }
    let s = (lo..close).find(|&k| !lexicon::is(t.s(k), lexicon::class::CONJUNCTION))?;
    let open = (s + 1..close - 1).find(|&k| delimiter(k))?;
    let insertion = open + 1;
    // (`Supporters of abortion rights, on the other hand, argued …`: a phrase too.)
    // (And a participle's phrase: `Mr. Manafort, citing …, said`, `Smith, speaking at a
    // rally, said`.)
    let participle = t.is_lower(insertion) && t.s(insertion).ends_with("ing");
    let opens_insertion = t.is_cap(insertion)
        || t.is_num(insertion)
        || participle
        || lexicon::is(t.s(insertion), lexicon::class::INSERTION_OPENER)
        || opens_circumstances(t.s(insertion));
    let finite = |k: usize| {
        t.is_lower(k) && lexicon::is(t.s(k), lexicon::class::AUXILIARY) || is_quote_mark(t, k) || t.ends_sentence(k)
    };
    // (A quotation inside the insertion is a title or words it cites: `Hemsley, the co-author
    // of "Going Viral," …, said`, `Mr. Manafort, citing ''the unique magic of Trump,'' said`;
    // an insertion that is a quotation is someone's words.)
    if open - s > 14
        || !opens_insertion
        || (s..open).any(finite)
        || is_quote_mark(t, insertion)
        || closes && !opened(open)
    {
        return None;
    }
    // A cue or a finite verb in the insertion makes it a clause (`…, she said, …`, `LONDON,
    // March 30 - Quebecor Inc, the publisher, is issuing …, said`), unless a relative clause
    // holds it (`a registered Republican who spoke on condition of anonymity`).
    let relative = (insertion..close).find(|&k| matches!(t.s(k), "who" | "which"));
    let verb = |k: usize| t.is_lower(k) && (cues.tokens_at(k) > 0 || lexicon::is(t.s(k), lexicon::class::AUXILIARY));
    let first = insertion + usize::from(participle);
    if close - insertion > 30 || (first..relative.unwrap_or(close)).any(verb) {
        return None;
    }
    let head_end = (s..open)
        .find(|&k| k > s && t.is_lower(k) && (looks_like_verb(t.s(k)) || !opens_clause(t, k)))
        .unwrap_or(open)
        .min(s + 6);
    // (Not an opening phrase: `To that end, Michael Douglas, the star of …, agreed`.)
    let opens = (opens_mention(t, s) || t.is_lower(s) && !is_clause_word(t.s(s))) && !is_preposition_opener(t.s(s));
    (opens && mention_ok_body(t, s, head_end)).then(|| Span::new(t.toks[s].start(), t.toks[head_end - 1].end()))
}

/// The speaker of a participle's report: after a comma the main clause's subject (`…,
/// saying that …`); after a dash, `by`, `while` or `and` the sentence's subject (`Rubio
/// flipped his choice – saying he …`, `distanced himself by saying …`); right after a noun,
/// that noun phrase (`GOP primary voters saying they want …`, `911 calls saying shots …`).
fn participle_subject(t: &Tokens, cues: &Cues, v: usize, lo: usize) -> Option<Span> {
    if v <= lo {
        return None;
    }
    let before = t.s(v - 1);
    if before == "," {
        return main_clause_subject(t, cues, v, lo);
    }
    if is_dash(before) || matches!(before, "by" | "while" | "and") {
        return sentence_subject(t, lo, v - 1);
    }
    antecedent_phrase(t, v, lo)
}

/// `voters who say income inequality matters most`, `executives who have said …`: a subject
/// relative clause's report, whose speaker is the noun phrase before its `who`.
fn relative_subject(t: &Tokens, cues: &Cues, v: usize, lo: usize) -> Option<Span> {
    let w = before_padding(t, v, lo);
    // `the Communications Workers of America, which endorsed Mr. Sanders`: a body's `which`
    // speaks for the name before its comma (`of` joins that name's words).
    if w > lo + 2 && t.s(w - 1) == "which" && t.is_p(w - 2, ",") && t.is_cap(w - 3) {
        let mut s = name_run_start(t, w - 2, lo);
        while s > lo + 1 && t.s(s - 1) == "of" && t.is_cap(s - 2) {
            s = name_run_start(t, s - 1, lo);
        }
        // (Not the sentence's opening word: `Excluding Wal-Mart, which …`.)
        if s == lo && s + 1 < w - 2 && (t.s(s).ends_with("ing") || is_preposition_opener(t.s(s))) {
            s += 1;
        }
        return mention_ok(t, s, w - 2).then(|| Span::new(t.toks[s].start(), t.toks[w - 3].end()));
    }
    if w > lo + 1 && t.s(w - 1) == "who" {
        return antecedent_phrase(t, w - 1, lo).or_else(|| mention_before(t, cues, w - 1, lo));
    }
    // `a BuzzFeed report that revealed how …`: the cue is the relative clause's own verb.
    if w > lo + 1 && t.s(w - 1) == "that" {
        return antecedent_phrase(t, w - 1, lo);
    }
    // `Friends of Mr. Clinton's who have seen him on the trail say …`, `progressive groups that
    // have endorsed him say …`: the sentence's subject, with a relative clause of its own (no
    // comma, no cue in it) between it and the verb.
    // (After a subordinate clause that opens the sentence, from the main clause: `While only 7
    // percent said …, 27 percent of those who named a candidate said …`.)
    let lo = main_clause_from(t, lo, v);
    let s = (lo..v).find(|&k| !lexicon::is(t.s(k), lexicon::class::CONJUNCTION))?;
    let rel = (s + 1..v).find(|&k| matches!(t.s(k), "who" | "that"))?;
    // (Not a dateline before it: `Washington (CNN) -- The woman who voted … says`.)
    let s = (s..rel).rev().find(|&k| is_dash(t.s(k)) || matches!(t.s(k), ":" | ")")).map_or(s, |k| k + 1);
    let plain = v - rel <= 12 && !(rel..w).any(|k| t.is_p(k, ",") || cues.tokens_at(k) > 0 || is_quote_mark(t, k));
    (plain && mention_ok(t, s, rel)).then(|| Span::new(t.toks[s].start(), t.toks[rel - 1].end()))
}

/// The end of content that stops before token `m`, without the comma right before it.
fn before_comma(t: &Tokens, m: usize) -> usize {
    if m > 0 && t.is_p(m - 1, ",") {
        m - 1
    } else {
        m
    }
}

/// Where the main clause of the sentence from `lo` starts, for a word at `v`: after the
/// first comma when a subordinate clause opens the sentence (`While …, 27 percent …`), else
/// at `lo`.
fn main_clause_from(t: &Tokens, lo: usize, v: usize) -> usize {
    if !lexicon::is(t.s(lo), lexicon::class::SENTENCE_SUBORDINATOR) {
        return lo;
    }
    (lo + 1..v).find(|&k| t.is_p(k, ",")).map_or(lo, |c| c + 1)
}

/// The noun phrase right before a relative `who` at `who` (`among voters who`, `and business
/// leaders who`): back to a preposition, a conjunction or a verb, at most five words, ending
/// in a plural or a name.
fn antecedent_phrase(t: &Tokens, who: usize, lo: usize) -> Option<Span> {
    let head = t.s(who - 1);
    // (`took office in July promising …`: a time never speaks.)
    if lexicon::is_calendar_noun(head) || !t.is_word(who - 1) {
        return None;
    }
    let named = lexicon::is_plural_noun(head) || t.is_cap(who - 1);
    let mut s = who - 1;
    let mut article = false;
    // (A hyphen glued on both sides joins a compound: `some far-right commentators who`.)
    while s > lo
        && who - s < 7
        && (t.is_word(s - 1) || t.is_num(s - 1) || t.joining_hyphen(s - 1))
        && opens_clause_word(t.s(s - 1))
        && !lexicon::is(t.s(s - 1), lexicon::class::AUXILIARY)
        && !is_clause_word(t.s(s - 1))
        && !t.s(s - 1).ends_with("ing")
    {
        s -= 1;
        // A number or an article opens its noun phrase (`911 calls`, not `receive 911 calls`;
        // `a BuzzFeed report`, not `The letter follows a BuzzFeed report`).
        article = lexicon::is(t.s(s), lexicon::class::ARTICLE);
        if t.is_num(s) || article {
            break;
        }
    }
    // A singular head in lower case needs its article and must name a document, a body or a
    // role: `a statement saying …`, `a report that found …` (not `a point in`, `a call
    // seeking comment`, `The trustee seeking money … filed`).
    let noun = |w: &str| {
        lexicon::is(w, lexicon::class::DOCUMENT_NOUN)
            || lexicon::is(w, lexicon::class::ORGANIZATION_NOUN)
            || lexicon::is_role_noun(w)
    };
    (named || article && noun(head)).then(|| Span::new(t.toks[s].start(), t.toks[who - 1].end()))
}

/// Whether the object `from..to` of `asked` is a request: a short object, then `to` (`them to
/// consider`, `the network to donate`), with no question word or preposition before it.
fn is_request(t: &Tokens, from: usize, to: usize) -> bool {
    (from + 1..to.min(from + 7)).find(|&k| !opens_clause(t, k)).is_some_and(|k| t.s(k) == "to")
}

/// The `is`, `are`, `was` or `were` of a progressive report at `v` (`McConnell is
/// criticizing …`, `Obama was also defending …`), which reports as the simple tense does.
fn progressive_be(t: &Tokens, v: usize, lo: usize) -> Option<usize> {
    let b = before_padding(t, v, lo);
    (t.s(v).ends_with("ing") && b > lo + 1 && matches!(t.s(b - 1), "is" | "are" | "was" | "were")).then(|| b - 1)
}

/// `Wilson praised Rubio's positions on national defense and said …`, `urged him to resign`,
/// `the poll showed a slimmer lead`: a verb whose object is the view it reports (an object
/// verb) with no clause after it. The content is the object, up to the subject's next report
/// (`and said`, `, saying`) or the sentence's end.
fn object_content(t: &Tokens, cues: &Cues, v: usize, regions: &[Region]) -> Option<Reported> {
    let lo = sentence_from(t, v);
    // `271 pledged delegates`: after a number the word is an adjective; and after a
    // determiner and its adverb (`a previously reported 0.4 percent`).
    let adverb = v > 1 && t.is_lower(v - 1) && t.s(v - 1).ends_with("ly");
    if v > 0 && t.is_num(v - 1) || adverb && lexicon::is(t.s(v - 2), lexicon::class::NOUN_DETERMINER) {
        return None;
    }
    let speaker = subject_speaker(t, cues, v, lo)?;
    let k = v + cues.tokens_at(v).max(1);
    // An object, or an infinitive (`promised to …`, `vowed not to repeat …`); not a
    // preposition's phrase (`blamed for`).
    // (Not `an official who asked not to be named`: a request not to be, no view.)
    let request = lexicon::is(t.s(v), lexicon::class::REQUEST_VERB);
    let infinitive = t.s(k) == "to" || t.s(k) == "not" && t.s(k + 1) == "to" && !request;
    if !(infinitive || opens_clause(t, k)) {
        return None;
    }
    // `An anti-Trump super PAC called Our Principles is ramping up …`: a name with the
    // sentence's verb after it is the subject the participle names, not an object.
    let name_end = name_run_end(t, k, (k + 6).min(t.len()));
    if name_end > k && t.is_lower(name_end) && lexicon::is(t.s(name_end), lexicon::class::AUXILIARY) {
        return None;
    }
    let sentence = sentence_end(t, k);
    let mut end = content_end(t, k, sentence);
    // `asked them to consider …` is a request; `asked him whether …`, a question.
    if lexicon::is(t.s(v), lexicon::class::REQUEST_VERB) && !is_request(t, k, end) {
        return None;
    }
    // `declined to rule out …` reports a stance; `declined to comment`, `prices declined to
    // the lowest levels` nothing.
    if lexicon::is(t.s(v), lexicon::class::REFUSAL_VERB)
        && !(t.s(k) == "to"
            && t.is_lower(k + 1)
            && opens_clause(t, k + 1)
            && !lexicon::is(t.s(k + 1), lexicon::class::NOUN_DETERMINER)
            && !lexicon::is(t.s(k + 1), lexicon::class::SPEECH_INFINITIVE)
            && names_agent(t, speaker))
    {
        return None;
    }
    // `One mentioned possibility is …`: a participle before its noun, not a verb and its object.
    if !infinitive && t.is_lower(k + 1) && lexicon::is(t.s(k + 1), lexicon::class::AUXILIARY) {
        return None;
    }
    // The object ends at the subject's next report (`and said`, `, saying`) or another
    // speaker's (`…, but attorneys for the department said …`).
    if let Some(m) = (k + 1..end).find(|&m| matches!(t.s(m), "," | "and" | ";") && cues.tokens_at(m + 1) > 0) {
        end = before_comma(t, m);
    }
    end = object_end(t, cues, speaker, lo, v, k, end);
    // `spoke favorably of Mr. Putin's leadership before Mr. Manafort joined the campaign`: a
    // clause of time or cause after the object is the writer's, not the view's.
    // (Not inside a quotation: `called the bill “the worst … since I arrived in the Senate.”`.)
    let circumstance = |m: usize| {
        lexicon::is(t.s(m), lexicon::class::OBJECT_END)
            && (t.is_cap(m + 1) || is_pronoun(t.s(m + 1)))
            && last_region_from(regions, m).is_none_or(|q| q.close < m)
    };
    if !infinitive {
        end = (k + 1..end).find(|&m| circumstance(m)).map_or(end, |m| before_comma(t, m));
    }
    if lexicon::is(t.s(v), lexicon::class::SIDE_VERB) {
        // `Firm fob prices supported sunflowerseed oil values`: a market's support is no
        // stance; `the Western backed National Coalition opposition group told Reuters`: a
        // participle before a noun whose verb follows.
        end = side_end(t, k, end);
        let verb_after = (k + 1..end).any(|c| cues.tokens_at(c) > 0 && !matches!(t.s(c - 1), "," | "and"));
        // (`supported that …` takes a clause, which a stance never reports.)
        let clause = t.s(k) == "that";
        if !names_agent(t, speaker) || lexicon::is(t.s(k), lexicon::class::PARTICLE) || verb_after || clause {
            return None;
        }
    }
    // `Japan have expressed interest in …, the head of the global lender said`: the report
    // that ends the sentence holds all of it.
    if (k + 1..end)
        .any(|c| cues.tokens_at(c) > 0 && cue_after_content(t, cues, c, regions).is_some_and(|r| r.from <= v))
    {
        return None;
    }
    content_of_at_least(1, t, k, end, sentence, regions).then_some(Reported {
        from: k,
        to: end,
        speaker: Some(speaker),
        cue: cue_span(t, cues, v),
        cue_tok: v,
    })
}

/// Whether a mention names someone who can take a side: a name, a pronoun, a role (`the
/// senator`, `delegates`) or an organisation (`the union`), by its last word; not a thing
/// (`higher soyoil futures`, `the lack of marketing`).
fn names_agent(t: &Tokens, mention: Span) -> bool {
    let named = |w: &str| w.starts_with(char::is_uppercase) || lexicon::is(w, lexicon::class::PRONOUN) || w == "who";
    // The head is the last word, or the word before a modifier (`Others in the community`,
    // `A union representing flight attendants`).
    let (mut previous, mut head) = ("", None);
    for w in mention.text(t.text).split_whitespace().map(lexicon::strip_possessive) {
        if lexicon::is_role_noun(w) || lexicon::is(w, lexicon::class::ORGANIZATION_NOUN) {
            return true;
        }
        if head.is_none() && (lexicon::is(w, lexicon::class::NOT_A_CLAUSE_OPENER) || w.ends_with("ing")) {
            head = Some(named(previous));
        }
        previous = w;
    }
    head == Some(true) || named(previous)
}

/// The end of the side a stance takes, its object `from..to`: `endorsed Sanders in February`
/// is `Sanders`, `supported the bill when it came to the Senate` is `the bill`; a name or
/// a pronoun ends the object unless more of its noun phrase follows (`Trump's bid`,
/// `Trump for president`), a noun phrase ends at a comma or at its circumstances.
fn side_end(t: &Tokens, from: usize, to: usize) -> usize {
    let cut = |m: usize| {
        t.is_p(m, ",")
            || matches!(t.s(m), "and" | "but" | "as" | "by" | "last" | "this")
            || t.s(m) != "of" && opens_circumstances(t.s(m))
    };
    let head =
        if lexicon::is(t.s(from), lexicon::class::OBJECT_PRONOUN) { from + 1 } else { name_run_end(t, from, to) };
    if head > from && head < to && cut(head) {
        return head;
    }
    (from + 1..to).find(|&m| cut(m)).unwrap_or(to)
}

/// Whether content `from..to` without `that` reads as a clause: it opens with a subject
/// pronoun (`he met …`), or a finite verb (an auxiliary, a past tense in `-ed`, a present
/// in `-s` after a lower-case word) comes before its first comma.
fn reads_as_clause(t: &Tokens, from: usize, to: usize) -> bool {
    if lexicon::is(t.s(from), lexicon::class::PRONOUN) {
        return true;
    }
    let clause_end = (from..to).find(|&k| t.is_p(k, ",")).unwrap_or(to);
    // An irregular past is the clause's own verb only before any subordinate clause (not
    // `a profit as it cut costs and sold …`) and not a participle with its agent
    // (`batteries made by Sony`). (The clause words are looked for only behind one.)
    let irregular = |k: usize| {
        lexicon::is(t.s(k), lexicon::class::IRREGULAR_PAST)
            && t.s(k + 1) != "by"
            && !(from..k).any(|c| t.is_lower(c) && lexicon::is(t.s(c), lexicon::class::CLAUSE))
    };
    (from..clause_end).any(|k| {
        let w = t.s(k);
        t.is_lower(k)
            && (lexicon::is(w, lexicon::class::AUXILIARY)
                // A negative contraction is an auxiliary too: `don't`, `wasn’t`.
                || w.ends_with("n't") || w.ends_with("n’t")
                || lexicon::is_past_form(w)
                || irregular(k)
                || k > from && w.ends_with('s') && !w.ends_with("ss") && w.len() > 3 && t.is_cap(k - 1))
    })
}

/// `said in a statement on Monday that …`, `said Tuesday that …`, `said on Friday he …`: the
/// `that` after circumstances that open with a preposition or a time, or past a day named
/// alone; else `k` itself.
fn past_circumstances(t: &Tokens, k: usize) -> usize {
    // `said Tuesday he …`, `said on Friday he …`, `said yesterday the …`; and on past more
    // circumstances (`said Thursday during a taping …, that …`).
    let day = |m: usize| lexicon::is(t.s(m), lexicon::class::WEEKDAY) || matches!(t.s(m), "yesterday" | "today");
    let k = if day(k) && !t.is_p(k + 1, ",") {
        k + 1
    } else if t.s(k) == "on" && day(k + 1) && t.s(k + 2) != "that" {
        k + 2
    } else {
        k
    };
    // (`wrote to Sanders' Senate office that …`, `said for weeks …`: `to` and `for` too; not
    // an infinitive: `were hoping to tempt him into a deal that would …`.)
    let infinitive = t.s(k) == "to"
        && t.is_lower(k + 1)
        && !lexicon::is(t.s(k + 1), lexicon::class::NOUN_DETERMINER)
        && !lexicon::is(t.s(k + 1), lexicon::class::OBJECT_PRONOUN);
    if !opens_circumstances(t.s(k)) && !matches!(t.s(k), "to" | "for") || infinitive || opens_quantity(t, k) {
        return k;
    }
    let limit = (k + 16).min(t.len());
    let that = (k + 1..limit)
        .take_while(|&m| {
            // (`said when the agency recommended that …`: that `that` is the other verb's.)
            let verb =
                lexicon::is(t.s(m), lexicon::class::AUXILIARY) || lexicon::is(t.s(m), lexicon::class::REPORTING_VERB);
            !t.ends_sentence(m) && !is_quote_mark(t, m) && !verb
        })
        // (Not a relative `that`, a verb right after it: `admitted to a fraud that unraveled …`.)
        .find(|&m| t.s(m) == "that" && !(t.is_lower(m + 1) && is_finite_verb(t.s(m + 1))));
    // `has said for weeks he's …`, `said in recent days the …`: a short time phrase, then
    // the clause without its `that`, opening with its subject (not `said in a June report`,
    // where the month is a modifier).
    let subject = |m: usize| {
        opens_clause(t, m)
            && (t.is_cap(m)
                || lexicon::is(lexicon::strip_possessive(t.s(m)), lexicon::class::PRONOUN)
                || lexicon::is(t.s(m), lexicon::class::ARTICLE))
    };
    let time = (k + 1..(k + 4).min(t.len()))
        .find(|&m| lexicon::is_time_unit(t.s(m)) || lexicon::is_calendar_noun(t.s(m)))
        .map(|m| m + 1)
        .filter(|&m| subject(m));
    // `said after the convention he would not accept …`: a short phrase, then a subject pronoun.
    let pronoun = (k + 2..(k + 6).min(t.len()))
        .take_while(|&m| t.is_word(m))
        .find(|&m| t.is_lower(m) && lexicon::is(t.s(m), lexicon::class::PRONOUN));
    that.or(time).or(pronoun).unwrap_or(k)
}

/// An auxiliary or a past form: a finite verb that no plural noun spells (`unraveled`, `has`,
/// `saw`; not `states`, `claims`).
fn is_finite_verb(w: &str) -> bool {
    lexicon::is(w, lexicon::class::AUXILIARY)
        || lexicon::is_past_form(w)
        || lexicon::is(w, lexicon::class::IRREGULAR_PAST)
}

/// A word that opens the circumstances of a report rather than its content: a preposition
/// or a time (`in a statement`, `on Monday`, `last week`, `yesterday`).
fn opens_circumstances(w: &str) -> bool {
    lexicon::is(w, lexicon::class::CIRCUMSTANCE_WORD)
        || lexicon::is(w, lexicon::class::WEEKDAY)
        || lexicon::is(w, lexicon::class::TIME_MODIFIER)
        || matches!(w, "yesterday" | "today")
}

/// Past the listener of `told`, `assured`, `reminded` (`told reporters`, `told the BBC`,
/// `told him`): the token where the content (or its `that`) may start.
fn after_listener(t: &Tokens, k: usize) -> usize {
    if k == 0 || !lexicon::is(t.s(k - 1), lexicon::class::LISTENER_VERB) {
        return k;
    }
    // `told “Morning Joe” on Friday that …`: a programme's name in quote marks is the listener.
    if is_quote_mark(t, k) {
        let close = (k + 2..(k + 8).min(t.len())).find(|&m| is_quote_mark(t, m) && t.glued(m));
        if let Some(c) = close.filter(|&c| t.s(c + 1) == "that" || opens_circumstances(t.s(c + 1))) {
            return c + 1;
        }
    }
    let w = t.s(k);
    // (`told aides that …`, `warned investors that …`: a plural before `that` too.)
    if lexicon::is(w, lexicon::class::OBJECT_PRONOUN) || lexicon::is_plural_noun(w) && t.s(k + 1) == "that" {
        return k + 1;
    }
    // `told the BBC`, `told Reuters`, `told a news conference`, `told CNN's State of the Union`.
    let determiner = lexicon::is(w, lexicon::class::OBJECT_DETERMINER) || w == "The";
    let name = listener_run(t, k, determiner, false);
    // After a determiner or a possessive the lower-case words are the listener's noun phrase
    // (`told a cheering crowd in Ohio that …`, `told his roommate he …`, `told Sanders’
    // supporters that …`, `told The New York Times editorial board that …`), where the
    // phrase ends before what opens a clause or the circumstances; otherwise they are what
    // was told (`promised a country of new opportunities`).
    let phrase = listener_run(t, k, determiner, true);
    // (`promises the government will help …`: a noun phrase before its verb is the
    // content's subject, no listener.)
    if determiner && phrase < t.len() && lexicon::is(t.s(phrase), lexicon::class::AUXILIARY) {
        return k;
    }
    if phrase == name || !opens_after_listener(t, phrase) {
        return name;
    }
    // `told a joke`, `tells the story of how …`: what was told, which the content test reads.
    if (k..phrase).any(|m| lexicon::is(t.s(m), lexicon::class::TOLD_THING)) {
        return k;
    }
    phrase
}

/// One past the listener that starts at `k` (after its determiner, when `determiner`): a
/// name, or with `phrase` a noun phrase whose lower-case words go on after a determiner or
/// a possessive.
fn listener_run(t: &Tokens, k: usize, determiner: bool, phrase: bool) -> usize {
    // (Not into the circumstances: `told Reuters in an interview on Wednesday it is …`.)
    // (A name may hold a hyphen and an `of`: `told The Star-Ledger of Newark last week she …`.)
    let named = |e: usize| {
        t.is_cap(e)
            || t.is_lower(e) && e > k && !opens_clause_word(t.s(e)) && !opens_circumstances(t.s(e))
            || e > k && t.is_cap(e + 1) && (t.s(e) == "of" || t.joining_hyphen(e))
    };
    let mut e = k + usize::from(determiner);
    let mut noun_phrase = phrase && determiner;
    // (A phrase may be longer than a name: `told The Post and Courier newspaper of Charleston`.)
    let limit = (k + if phrase { 8 } else { 6 }).min(t.len());
    while e < limit {
        let in_phrase = noun_phrase && (in_noun_phrase(t, e) || t.s(e) == "of");
        if phrase && e > k && is_possessive_apostrophe(t, e) {
            noun_phrase = true;
        } else if !in_phrase {
            if !named(e) || t.s(e) == "that" {
                break;
            }
            // (A preposition ends the noun phrase, `of` and `and` go on with it: `told the
            // Fed against buying bonds`, `told a crowd of supporters that …`.)
            noun_phrase &= !t.is_lower(e) || matches!(t.s(e), "of" | "and");
        }
        e += 1;
    }
    e
}

/// Whether token `e` may follow a listener: the content's `that`, subject or quotation, or
/// the circumstances (`told his roommate he …`, `told a crowd in Iowa that …`).
fn opens_after_listener(t: &Tokens, e: usize) -> bool {
    let w = t.s(e);
    e < t.len()
        && w != "of"
        && (matches!(w, "that" | "," | ":")
            || t.is_cap(e)
            || is_quote_mark(t, e)
            || starts_with_pronoun(w)
            || lexicon::is(w, lexicon::class::NOUN_DETERMINER)
            || lexicon::is(w, lexicon::class::WEEKDAY)
            || opens_circumstances(w))
}

/// `he`, `he’s`, `they're`: a pronoun, perhaps with its verb contracted.
fn starts_with_pronoun(w: &str) -> bool {
    w.split(['\'', '’']).next().is_some_and(is_pronoun)
}

/// A lower-case word that goes on a noun phrase after its determiner (`the largely white
/// audience`): not the determiner or pronoun that opens a clause, nor an auxiliary, a
/// preposition, a conjunction or `that`.
fn in_noun_phrase(t: &Tokens, e: usize) -> bool {
    let w = t.s(e);
    t.is_lower(e)
        && w != "that"
        && !starts_with_pronoun(w)
        && !lexicon::is(w, lexicon::class::AUXILIARY)
        && !lexicon::is(w, lexicon::class::NOT_A_CLAUSE_OPENER)
        && !lexicon::is(w, lexicon::class::NOUN_DETERMINER)
        && !opens_circumstances(w)
}

/// A word that may open a reported clause without `that` (its subject): a word or number
/// that is not a preposition, a conjunction, a question word or an infinitive's `to`
/// (`said of Cruz`, `told him to go`, `asked whether`), nor a weekday (`said Tuesday`).
fn opens_clause(t: &Tokens, k: usize) -> bool {
    if k >= t.len() || !(t.is_word(k) || t.is_num(k)) {
        return false;
    }
    // (`down-ballot races`: a word hyphenated to the next is a modifier, whatever its first part.)
    let compound = t.joining_hyphen(k + 1) && t.is_word(k + 2);
    opens_clause_word(t.s(k)) || opens_quantity(t, k) || compound && t.is_lower(k)
}

/// `at least 20 people`, `about 200 troops`, `up to 50 workers`, `as many as 30 percent`: a
/// quantity that opens a clause's subject, though its first word is a preposition (`said at
/// least 20 people were killed`).
fn opens_quantity(t: &Tokens, k: usize) -> bool {
    let number = |m: usize| t.is_num(m) || lexicon::number_word(t.s(m)).is_some();
    match t.s(k) {
        "at" => matches!(t.s(k + 1), "least" | "most") && number(k + 2),
        "about" | "over" | "under" => number(k + 1),
        "up" => t.s(k + 1) == "to" && number(k + 2),
        // `as many as 30 percent`, `as much as $2 billion`.
        "as" => matches!(t.s(k + 1), "many" | "much") && t.s(k + 2) == "as" && number(k + 3),
        _ => false,
    }
}

fn opens_clause_word(w: &str) -> bool {
    !lexicon::is(w, lexicon::class::NOT_A_CLAUSE_OPENER) && !lexicon::is(w, lexicon::class::WEEKDAY)
}

/// `…, X said.`, `…, said X.`: the cue after its content, at the sentence's end.
fn cue_after_content(t: &Tokens, cues: &Cues, v: usize, regions: &[Region]) -> Option<Reported> {
    let lo = sentence_from(t, v);
    // A sentence that opens with a quotation is the quote reader's (`“…,” he said.`): tested
    // before the speaker is read (`content_ok` and `opens_with_quotation` would refuse it).
    let opens_quoted = is_quote_mark(t, lo) || last_region_from(regions, lo + 1).is_some_and(|q| q.close >= lo);
    if opens_quoted && !opens_with_quoted_phrase(t, regions, lo, v) || t.s(v).ends_with("ing") {
        return None;
    }
    let after_cue = v + cues.tokens_at(v).max(1);
    let hi = sentence_end(t, v);
    // `…, X said`: the mention between the comma and the cue; `…, said X`: after the cue.
    // (Not `…, told Reuters`: after `told` stands the listener, never the speaker.)
    // (Without a mention after the cue, the comma before it closes an appositive: `…, Hugh
    // Hill, a doctor, said.`)
    let inverted = end_before_attribution(t, v, lo)
        .filter(|_| !lexicon::is(t.s(v), lexicon::class::LISTENER_VERB))
        .and_then(|to| mention_after(t, after_cue, hi).map(|sp| (to, sp, t.index_near(sp.end, after_cue))));
    let (to, speaker, rest) = match inverted {
        Some(found) => found,
        None => {
            let sp = mention_before(t, cues, v, lo)?;
            let s = t.index_near(sp.start, v);
            // (`…, Phil Smith told POLITICO earlier this week.`: past the listener.)
            let to = end_before_attribution(t, s, lo)?;
            (before_description(t, lo, to), sp, after_listener(t, after_cue))
        }
    };
    // Only circumstances may follow (`on Monday`, `in a statement`), then the sentence ends.
    if !trails_off(t, rest, hi) {
        return None;
    }
    let from = lo;
    let quotation = opens_with_quotation(regions, from, to) && !opens_with_quoted_phrase(t, regions, from, to);
    if quotation || !content_ok(t, from, to, sentence_end(t, from), regions) {
        return None;
    }
    Some(Reported { from, to, speaker: Some(speaker), cue: cue_span(t, cues, v), cue_tok: v })
}

/// `…, the Texas commissioner, Denise Voigt Crawford, said`, `…, chief executive of
/// Caterpillar, Doug Oberhelman said`: content that ends at `to` (a comma) with a role set off
/// by commas ends before it, the speaker's description. The role is a noun phrase: a
/// determiner, a capitalised word or the role's noun opens it, the noun comes within its
/// first five words and a preposition, a name or the comma follows it (not `, candidates
/// probably need …`, `, first responders and …`).
fn before_description(t: &Tokens, lo: usize, to: usize) -> usize {
    let Some(comma) = (to.saturating_sub(15).max(lo + 1)..to).rev().find(|&k| t.is_p(k, ",")) else {
        return to;
    };
    let role = |k: usize| t.is_word(k) && lexicon::is_role_noun(t.s(k));
    let first = comma + 1;
    let opens = t.is_cap(first) || role(first) || lexicon::is(t.s(first), lexicon::class::SUBJECT_DETERMINER);
    let Some(noun) = (first..to.min(first + 5)).find(|&k| role(k)) else {
        return to;
    };
    let head_end = (noun..to).find(|&k| !(role(k) || t.is_p(k, "-") && t.glued(k))).unwrap_or(to);
    let after = head_end == to
        || t.is_cap(head_end)
        || t.is_p(head_end, "(")
        || lexicon::is(t.s(head_end), lexicon::class::PREPOSITION);
    let verb = (first..to).any(|k| t.is_lower(k) && is_finite_verb(t.s(k)) || is_quote_mark(t, k));
    if opens && after && !verb && !is_preposition_opener(t.s(first)) {
        comma
    } else {
        to
    }
}

/// Where content ends before the attribution that starts at token `k` (its speaker or cue):
/// before the comma that sets it off (`…, he said`), or after the quote mark that closes a
/// quotation ending the content (`They will select whoever has won "and that will surely be
/// Secretary Clinton," he said`: the partial quote is part of the content).
fn end_before_attribution(t: &Tokens, k: usize, lo: usize) -> Option<usize> {
    if k > lo + 1 && t.is_p(k - 1, ",") {
        Some(k - 1)
    } else {
        comma_in_closing_marks(t, k, lo).map(|_| k)
    }
}

/// Where the quote marks that end right before token `k` start (`''` is two), when a comma
/// stands inside them (`…,” he said`, `…,'' said`) and after `lo`.
fn comma_in_closing_marks(t: &Tokens, k: usize, lo: usize) -> Option<usize> {
    let m = closing_marks_start(t, k, lo);
    (m < k && m > lo + 1 && t.is_p(m - 1, ",")).then_some(m)
}

/// The first of the quote marks that end right before token `k` (`k` itself when none do),
/// not before `lo`.
fn closing_marks_start(t: &Tokens, k: usize, lo: usize) -> usize {
    let mut m = k;
    while m > lo && is_quote_mark(t, m - 1) {
        m -= 1;
    }
    m
}

/// Tokens `from..hi` end the report: the sentence ends, perhaps after circumstances (`on
/// Monday`, `in a statement`, `in Washington`, `last week`: at most eight tokens), or a comma
/// sets the attribution off from the rest of the sentence (`…, the Times said, including …`).
fn trails_off(t: &Tokens, from: usize, hi: usize) -> bool {
    let end = if hi > 0 && t.ends_sentence(hi - 1) { hi - 1 } else { hi };
    // (`…, his aides argued in interviews this week; rather, …`: a semicolon ends it too, and
    // a dash that sets off what follows: `…, the Congressional Budget Office reported on
    // Tuesday -- a development that …`.)
    let end = (from..end).find(|&k| t.is_p(k, ";") || is_dash(t.s(k))).unwrap_or(end);
    let w = t.s(from);
    // A relative clause describes the speaker: `…, said a handful of Democrats who point to …`.
    if from >= end || t.is_p(from, ",") || t.is_p(from, ";") || matches!(w, "who" | "whose") {
        return true;
    }
    end - from <= 8
        && (opens_circumstances(w) || w == "Monday's")
        && !(from..end).any(|k| is_quote_mark(t, k) || t.is_lower(k) && lexicon::is(t.s(k), lexicon::class::AUXILIARY))
}

/// `according to media trackers`, `according to preliminary data`: a source named by a
/// lower-case noun phrase without a determiner (at most four words, up to its first plural or
/// document noun), which a speaker mention never is.
fn bare_source(t: &Tokens, from: usize, hi: usize) -> Option<Span> {
    // (`reports emerging in the news media`: the phrase ends at its first such noun.)
    // (`people` and a thing, `according to people in attendance`, `according to state law`,
    // end it only where no noun follows: `market analysts`, `economy ministry statistics`.)
    let last = |k: usize| !t.is_lower(k + 1) || lexicon::is(t.s(k + 1), lexicon::class::PREPOSITION);
    let is_head = |k: usize| {
        lexicon::is_plural_noun(t.s(k))
            || lexicon::is(t.s(k), lexicon::class::DOCUMENT_NOUN)
            || (lexicon::is(t.s(k), lexicon::class::IRREGULAR_PLURAL)
                || lexicon::is(t.s(k), lexicon::class::THING_NOUN))
                && last(k)
    };
    let end = (from..hi.min(from + 4)).take_while(|&k| t.is_lower(k) && opens_clause(t, k)).find(|&k| is_head(k))?;
    Some(Span::new(t.toks[from].start(), t.toks[end].end()))
}

/// `At the heart of the trouble, according to Dennis B. Ross, was a decision …`, `But the
/// next day, according to Roffman, Trump made further demands`: an opening phrase that is no
/// clause (no finite verb), the source set off by commas, then the content to the sentence's
/// end (a clause, not a preposition's phrase: `…, according to the AP, with all precincts
/// reporting`). `rest` is the token after the source's mention, which may have an appositive
/// (`Dennis B. Ross, another former American special envoy,`). The content's tokens.
fn after_inserted_source(t: &Tokens, v: usize, lo: usize, rest: usize, regions: &[Region]) -> Option<(usize, usize)> {
    // (The words before may be a clause that the conjunction before the comma goes on from:
    // `Mexico has reshuffled top diplomats and, according to officials, adopted a new
    // strategy`; not a phrase that opens with a preposition: `Among Supreme Court precedents
    // at risk, according to Ms. Epstein, are 16 …`.)
    let phrase = lexicon::is(t.s(lo), lexicon::class::PHRASE_OPENER);
    let clause_before = reads_as_clause(t, lo, v - 1) && !phrase && !after_conjunction(t, v);
    if v <= lo + 1 || !t.is_p(v - 1, ",") || !t.is_p(rest, ",") || clause_before {
        return None;
    }
    let mut from = rest + 1;
    if lexicon::is(t.s(from), lexicon::class::APPOSITIVE_OPENER) || t.s(from) == "another" {
        // (No comma closes it: `…, according to Human Rights Watch, the police have killed …`
        // opens the content, no appositive; but `…, according to the new method, the
        // Association said` is the Association's report.)
        let next = (from + 1..(from + 12).min(t.len())).take_while(|&k| !t.ends_sentence(k)).find(|&k| t.is_p(k, ","));
        match next {
            Some(next) => from = next + 1,
            None if (from..sentence_end(t, from)).any(|k| lexicon::is(t.s(k), lexicon::class::REPORTING_VERB)) => {
                return None
            }
            None => {}
        }
    }
    if !opens_clause(t, from) {
        return None;
    }
    let sentence = sentence_end(t, from);
    let to = content_end(t, from, sentence);
    content_ok(t, from, to, sentence, regions).then_some((from, to))
}

/// Whether the cue at `v` follows a conjunction and its comma (`… and, according to X, …`,
/// `…, because, according to Trump, the media would …`): the sentence goes on from the
/// writer's own clause.
fn after_conjunction(t: &Tokens, v: usize) -> bool {
    matches!(t.s(v.saturating_sub(2)), "and" | "but" | "because")
}

/// `According to X, …`, `…, according to X.`, `… according to X.`
fn according_to(t: &Tokens, v: usize, regions: &[Region]) -> Option<(Option<Reported>, Reported)> {
    if !t.eq_ci(v + 1, "to") {
        return None;
    }
    let lo = sentence_from(t, v);
    let hi = sentence_end(t, v);
    let comma = (v + 2..hi).find(|&k| t.is_p(k, ","));
    let cue = Span::new(t.toks[v].start(), t.toks[v + 1].end());
    // `According to X, …`: the sentence opens with the cue (perhaps after `But`).
    let opens = v == lo || (lo..v).all(|k| lexicon::is(t.s(k), lexicon::class::CONJUNCTION));
    if opens {
        let comma = comma?;
        let speaker = mention_after(t, v + 2, comma).or_else(|| bare_source(t, v + 2, comma))?;
        let from = comma + 1;
        let sentence = sentence_end(t, from);
        let to = content_end(t, from, sentence);
        let rep = Reported { from, to, speaker: Some(speaker), cue, cue_tok: v };
        return content_ok(t, from, to, sentence, regions).then_some((None, rep));
    }
    // `…, according to X.` / `… according to X.`: the content before it.
    let speaker = mention_after(t, v + 2, hi).or_else(|| bare_source(t, v + 2, hi))?;
    let rest = t.index_near(speaker.end, v + 2);
    if let Some((from, to)) = after_inserted_source(t, v, lo, rest, regions) {
        // `Fundraising, according to the campaign, has surged …`: where a verb goes on after
        // the source, the words before it are the content's subject, a piece of its own.
        // (Not after a conjunction: `… top diplomats and, according to officials, adopted …`
        // goes on from the writer's own clause.)
        let verb = t.is_lower(from) && looks_like_verb(t.s(from)) && !after_conjunction(t, v);
        let subject = (verb && t.is_p(v - 1, ",") && fits_before(t, lo, v - 1, regions)).then_some(Reported {
            from: lo,
            to: v - 1,
            speaker: Some(speaker),
            cue,
            cue_tok: v,
        });
        return Some((subject, Reported { from, to, speaker: Some(speaker), cue, cue_tok: v }));
    }
    // What follows the source describes it or the circumstances (`a report Tuesday from WKOW,
    // the ABC affiliate in Madison`, `exit polls reported by CNN`): the content is still the
    // clause before; only a quotation after it (the source's own words) takes it elsewhere.
    if !trails_off(t, rest, hi) && (rest..hi).any(|k| is_quote_mark(t, k)) {
        return None;
    }
    let to = before_comma(t, v);
    let from = lo;
    if opens_with_quotation(regions, from, to) || !content_ok(t, from, to, sentence_end(t, from), regions) {
        return None;
    }
    Some((None, Reported { from, to, speaker: Some(speaker), cue, cue_tok: v }))
}
