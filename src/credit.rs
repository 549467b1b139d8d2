//! Credits: bylines (`By Jane Doe`), trailers (`Writing by Gibran Peshimam; Editing by
//! Kenneth Maxwell`), `X contributed to this report`, and picture credits with the caption
//! they sit under (`… 2018. REUTERS/ via REUTERS TV`, `(AP Photo/Name)`,
//! `Name/AFP/Getty Images`). Story notes (`(This story corrects …)`, `(Adds …)`,
//! `Our Standards: …`) are found here too: they are frame, not prose, so the quote and
//! figure extractors skip them.

use crate::lexicon;
use crate::prefilter::{Lower, Shapes};
use crate::span::Span;
use crate::text::Tokens;
use crate::{Credit, CreditRole};
use std::sync::OnceLock;

/// What the frame of a story holds.
pub struct Frame {
    pub credits: Vec<Credit>,
    /// Story notes and credits: text that is not the story's prose.
    pub notes: Vec<Span>,
}

/// Finds credits and notes. `dateline_start` ends a byline fused with the dateline.
pub fn find_frame(t: &Tokens, dateline_start: Option<usize>) -> Frame {
    let mut credits = Vec::new();
    let mut notes = Vec::new();
    let mut i = 0;
    // Matchers start at a line's start, a keyword or a glued `/` (the tokenizer marks the
    // keywords and `/` alike): pass the rest first.
    while let Some(k) = t.next_in(crate::text::set::CREDIT, i) {
        i = k;
        let next = if t.toks[i].line_before || i == 0 {
            byline(t, i, dateline_start, &mut credits)
                .or_else(|| name_title_line(t, i, &mut credits))
                .or_else(|| author_line(t, i, &mut credits))
                .or_else(|| note(t, i, &mut notes))
        } else {
            None
        };
        // Each matcher starts only at its own keywords, so most tokens cost one test.
        let next = next.or_else(|| match t.kind(i) {
            crate::text::TokKind::Word if t.lists(i) & crate::lexicon::list::CREDIT != 0 => match keyword_at(t.s(i))? {
                Keyword::Role => role_clause(t, i, &mut credits),
                Keyword::Contributed => contributed(t, i, &mut credits),
                Keyword::Agency => lead_picture_credit(t, i, &mut credits),
                Keyword::Via => picture_credit_at(t, i, &mut credits),
            },
            _ if t.is_p(i, "/") && t.glued(i) => picture_credit_at(t, i, &mut credits),
            _ => None,
        });
        i = next.unwrap_or(i + 1);
    }
    // Through the core's one sort routine (see `crate::order_by`).
    crate::sort_by_key(&mut credits, |c| c.span.start);
    notes.extend(credits.iter().map(|c| c.span));
    crate::sort_by_key(&mut notes, |s| s.start);
    Frame { credits, notes }
}

/// What a keyword of the running text starts.
#[derive(Clone, Copy)]
enum Keyword {
    /// The first word of a role phrase: `Reporting by …`.
    Role,
    /// `… contributed reporting`.
    Contributed,
    /// `REUTERS/…`, `AP Photo/…`: a picture credit led by its agency.
    Agency,
    /// `… via Getty Images`.
    Via,
}

/// The keyword `w` is, if any (`lexicon/credit_roles.tsv`, `lexicon/credit_keywords.tsv`).
/// A shape prefilter rejects most words of a text before they are lower-cased and compared.
fn keyword_at(w: &str) -> Option<Keyword> {
    static SHAPES: OnceLock<Shapes> = OnceLock::new();
    let shapes = SHAPES.get_or_init(|| {
        Shapes::of(roles().iter().map(|(words, _)| words[0]).chain(lexicon::credit_keywords().map(|(word, _)| word)))
    });
    if !shapes.may_hold(w) {
        return None;
    }
    let l = Lower::new(w);
    let l = l.as_str();
    if roles().iter().any(|(words, _)| words[0] == l) {
        return Some(Keyword::Role);
    }
    keywords().iter().find(|(k, _)| *k == l).map(|(_, kw)| *kw)
}

/// The credit words read from the word lists once: the role phrases of a trailer as
/// lower-case words with the role they give, longest first (`lexicon/credit_roles.tsv`), and
/// the other keywords (`lexicon/credit_keywords.tsv`).
struct CreditWords {
    roles: Vec<(Vec<&'static str>, CreditRole)>,
    keywords: Vec<(&'static str, Keyword)>,
}

fn credit_words() -> &'static CreditWords {
    static S: OnceLock<CreditWords> = OnceLock::new();
    S.get_or_init(|| CreditWords {
        roles: lexicon::credit_roles()
            .filter_map(|(phrase, role)| Some((phrase.split(' ').collect(), CreditRole::from_name(role)?)))
            .collect(),
        keywords: lexicon::credit_keywords()
            .filter_map(|(word, kind)| {
                let kw = match kind {
                    "contributed" => Keyword::Contributed,
                    "agency" => Keyword::Agency,
                    "via" => Keyword::Via,
                    _ => return None,
                };
                Some((word, kw))
            })
            .collect(),
    })
}

fn roles() -> &'static [(Vec<&'static str>, CreditRole)] {
    &credit_words().roles
}

fn keywords() -> &'static [(&'static str, Keyword)] {
    &credit_words().keywords
}

/// Matches lower-cased words at `i`; returns the token after them.
fn words_at(t: &Tokens, i: usize, words: &[&str]) -> Option<usize> {
    for (k, w) in words.iter().enumerate() {
        if !t.eq_ci(i + k, w) || (k > 0 && t.toks[i + k].line_before) {
            return None;
        }
    }
    Some(i + words.len())
}

fn role_at(t: &Tokens, i: usize) -> Option<(CreditRole, usize)> {
    if !t.is_word(i) {
        return None;
    }
    roles().iter().find_map(|(words, role)| words_at(t, i, words).map(|e| (*role, e)))
}

/// `Reporting by X in Kabul and Y in Doha` up to `;`, `)`, a full stop, a line end or the
/// next role. A role word inside a sentence (`the writing by …`) needs a trailer context:
/// an opening bracket, a line start, `;` or `.` before it.
fn role_clause(t: &Tokens, i: usize, out: &mut Vec<Credit>) -> Option<usize> {
    let (role, after_by) = role_at(t, i)?;
    let starts_clause = i == 0
        || t.toks[i].line_before
        || matches!(t.get(i as isize - 1), "(" | ";" | "." | "," | "/" | "|" | "-" | "–" | "—")
        || (t.is_p(i - 1, "(") || t.is_p(i.saturating_sub(2), "("));
    if !starts_clause || !t.is_cap(after_by) && !is_name_word(t, after_by) {
        return None;
    }
    let mut j = after_by;
    while j < t.len() && !t.toks[j].line_before {
        let s = t.s(j);
        if matches!(s, ";" | ")" | "(" | "|") || (s == "." && !t.is_abbreviation_dot(j)) {
            break;
        }
        if j > after_by && (role_at(t, j).is_some() || words_at(t, j, &["contributed", "to"]).is_some()) {
            break;
        }
        j += 1;
    }
    // Drop a trailing comma or `and` before the next role (`Reporting by X, editing by Y`).
    let mut end = j;
    while end > after_by && matches!(t.s(end - 1), "," | "and" | "&") {
        end -= 1;
    }
    if end == after_by {
        return None;
    }
    let names = if role == CreditRole::Photo { photo_names(t, after_by, end) } else { names_in(t, after_by, end) };
    out.push(Credit {
        span: Span::new(t.toks[i].start(), t.toks[end - 1].end()),
        role,
        names,
        agency: None,
        caption: None,
    });
    Some(j)
}

/// A word that can be part of a person's name.
fn is_name_word(t: &Tokens, i: usize) -> bool {
    t.is_cap(i) || lexicon::is(t.get(i as isize), lexicon::class::NAME_PARTICLE)
}

/// Splits `X in Kabul, Y and Z` into names (`X`, `Y`, `Z`): split at `and`, `&`, commas and
/// `/`; a place after `in`/`at`/`from` is cut off; parts with lower-case words that are
/// not name particles (`the Bangalore newsroom`) are desks, not people.
fn names_in(t: &Tokens, from: usize, to: usize) -> Vec<Span> {
    let mut names = Vec::new();
    let mut part_start = from;
    let mut after_place = false;
    let mut k = from;
    while k <= to {
        let boundary = k == to || matches!(t.s(k), "," | "&" | "/" | "and" | "with");
        if boundary {
            // `X in Mobile, Alabama`: one word after a part that named a place is the
            // place's region, not a person.
            let region = after_place && k == part_start + 1;
            if !region {
                push_name(t, part_start, k, &mut names);
            }
            after_place = !region && (part_start..k).any(|m| matches!(t.s(m), "in" | "at" | "from"));
            part_start = k + 1;
        }
        k += 1;
    }
    names
}

/// Job titles written before a name in credits (`Aerospace Writer Marcia Dunn`).
fn is_job_title(w: &str) -> bool {
    let l = Lower::new(w);
    lexicon::is(l.as_str(), lexicon::class::JOB_TITLE)
}

fn push_name(t: &Tokens, mut from: usize, to: usize, names: &mut Vec<Span>) {
    if let Some(k) = (from..to).rev().find(|&k| is_job_title(t.s(k))) {
        from = k + 1;
    }
    let mut end = from;
    while end < to && !matches!(t.s(end), "in" | "at" | "from" | "for") {
        end += 1;
    }
    if end == from {
        return;
    }
    let all_name = (from..end).all(|k| {
        is_name_word(t, k)
            || (t.is_p(k, ".") && t.glued(k))
            || (t.is_p(k, "-") || t.is_p(k, "'") || t.is_p(k, "’")) && t.glued(k)
    });
    if !all_name || !t.is_cap(from) || is_desk(t, from, end) {
        return;
    }
    names.push(Span::new(t.toks[from].start(), t.toks[end - 1].end()));
}

/// `Reuters TV`, `Staff`, `Stringer`: credits that name no person.
fn is_desk(t: &Tokens, from: usize, to: usize) -> bool {
    (from..to).any(|k| lexicon::is(t.s(k), lexicon::class::DESK_WORD))
}

/// `By Jane Doe`, `By Jane Doe and John Roe`, `By CHARLES ODUM= AP Sports Writer`, and a
/// byline fused with the dateline (ends where the dateline starts).
fn byline(t: &Tokens, i: usize, dateline_start: Option<usize>, out: &mut Vec<Credit>) -> Option<usize> {
    if !(t.s(i) == "By" || t.s(i) == "BY") || !t.is_word(i + 1) || !is_name_word(t, i + 1) {
        return None;
    }
    let mut j = i + 1;
    let mut names_end = None;
    while j < t.len() && !t.toks[j].line_before {
        if dateline_start.is_some_and(|d| t.toks[j].start() >= d) {
            break;
        }
        if names_end.is_none() && matches!(t.s(j), "=" | "," | "(" | "|" | "-" | "–" | "—") {
            names_end = Some(j);
        }
        if names_end.is_none() && t.is_word(j) && !is_name_word(t, j) && !matches!(t.s(j), "and") {
            return None; // prose: `By contrast, …`, `By the end of …`
        }
        j += 1;
    }
    if j - i > 24 {
        return None;
    }
    let names_end = names_end.unwrap_or(j);
    let mut end = j;
    while end > i + 1 && matches!(t.s(end - 1), "," | "-" | "|") {
        end -= 1;
    }
    let names = names_in(t, i + 1, names_end);
    if names.is_empty() {
        return None;
    }
    push_byline(t, i..end, names, byline_agency(t, names_end, end), out);
    Some(j)
}

/// Records a byline over the tokens `toks`.
fn push_byline(
    t: &Tokens,
    toks: std::ops::Range<usize>,
    names: Vec<Span>,
    agency: Option<Span>,
    out: &mut Vec<Credit>,
) {
    let span = Span::new(t.toks[toks.start].start(), t.toks[toks.end - 1].end());
    out.push(Credit { span, role: CreditRole::Byline, names, agency, caption: None });
}

/// A name-and-title line of an analysis box: `Caroline Hawley, BBC diplomatic correspondent`.
fn name_title_line(t: &Tokens, i: usize, out: &mut Vec<Credit>) -> Option<usize> {
    let end = line_end(t, i);
    if end - i > 9 || !t.is_cap(i) {
        return None;
    }
    let comma = (i..end).find(|&k| t.is_p(k, ","))?;
    if comma < i + 2 || comma > i + 3 || !(i..comma).all(|k| t.is_cap(k)) {
        return None;
    }
    let last = t.s(end - 1);
    if !lexicon::is(last, lexicon::class::AUTHOR_LINE_TITLE) {
        return None;
    }
    let agency =
        (comma + 1..end).find(|&k| is_agency_name(t.s(k))).map(|k| Span::new(t.toks[k].start(), t.toks[k].end()));
    let names = vec![Span::new(t.toks[i].start(), t.toks[comma - 1].end())];
    push_byline(t, i..end, names, agency, out);
    Some(end)
}

/// How many of the story's last lines an author line may stand in.
const AUTHOR_LINE_REACH: usize = 3;

/// An author line at the story's end: `Jane Doe is a reporter for the Daily Planet based in
/// Washington.`, `John Roe is the BBC's Africa correspondent.` A name of two to four words,
/// `is a`/`an`/`the`, a title (`lexicon::class::AUTHOR_LINE_TITLE`) within five words, and
/// at most [`AUTHOR_LINE_REACH`] lines after it.
fn author_line(t: &Tokens, i: usize, out: &mut Vec<Credit>) -> Option<usize> {
    let is = (i + 2..i + 5).find(|&k| t.s(k) == "is")?;
    let in_name = |k: usize| t.is_cap(k) || k > i && t.is_p(k, ".") && t.glued(k);
    if !(i..is).all(|k| in_name(k) && (k == i || !t.toks[k].line_before)) {
        return None;
    }
    if !matches!(t.s(is + 1), "a" | "an" | "the") {
        return None;
    }
    let line = line_end(t, i);
    (is + 2..(is + 7).min(line)).find(|&k| lexicon::is(t.s(k), lexicon::class::AUTHOR_LINE_TITLE))?;
    // The line's first sentence (`… Follow him on Twitter` after it is not the credit).
    let end = (is + 2..line).find(|&k| t.ends_sentence(k)).map_or(line, |k| k + 1);
    let lines_after = (line..t.len()).filter(|&k| t.toks[k].line_before).take(AUTHOR_LINE_REACH + 1).count();
    if lines_after > AUTHOR_LINE_REACH {
        return None;
    }
    let agency = byline_agency(t, is + 1, end);
    let names = vec![Span::new(t.toks[i].start(), t.toks[is - 1].end())];
    let last = if t.is_p(end - 1, ".") { end - 1 } else { end };
    push_byline(t, i..last, names, agency, out);
    Some(line)
}

/// The organisation a byline names after its people: `CNN`, `AP Sports Writer`,
/// `Press Association Political Correspondent`.
fn byline_agency(t: &Tokens, from: usize, to: usize) -> Option<Span> {
    for k in from..to {
        if (t.s(k) == "Press" && t.s(k + 1) == "Association") || (t.s(k) == "Associated" && t.s(k + 1) == "Press") {
            return Some(Span::new(t.toks[k].start(), t.toks[k + 1].end()));
        }
        if is_agency_name(t.s(k)) {
            return Some(Span::new(t.toks[k].start(), t.toks[k].end()));
        }
    }
    None
}

/// `X and Y contributed to this report` (the clause from the first name).
fn contributed(t: &Tokens, i: usize, out: &mut Vec<Credit>) -> Option<usize> {
    let after = words_at(t, i, &["contributed", "to", "this"])?;
    let mut end = after;
    while t.is_word(end) && !t.toks[end].line_before && end < after + 3 {
        end += 1; // `report`, `story`, `article`
    }
    // Walk back to the start of the sentence or bracket.
    let mut s = i;
    while s > 0 && !t.toks[s].line_before && !matches!(t.s(s - 1), "(" | ";" | "." | "—" | "–") && i - s < 40 {
        s -= 1;
    }
    let names = names_in(t, s, i);
    if names.is_empty() {
        return None;
    }
    out.push(Credit {
        span: Span::new(t.toks[s].start(), t.toks[end - 1].end()),
        role: CreditRole::Contributor,
        names,
        agency: None,
        caption: None,
    });
    Some(end)
}

fn is_agency_name(w: &str) -> bool {
    lexicon::is(w, lexicon::class::AGENCY)
}

/// Picture credits led by the agency: `REUTERS/Name`, `REUTERS/ via REUTERS TV`,
/// `AP Photo/Name`.
fn lead_picture_credit(t: &Tokens, i: usize, out: &mut Vec<Credit>) -> Option<usize> {
    let w = t.s(i);
    // `Reuters/University of Michigan` in prose is a survey, not a picture: a mixed-case
    // `Reuters/` leads a credit only when a short name follows and ends the line or bracket.
    let slash = t.is_p(i + 1, "/") && t.glued(i + 1);
    let reuters_lead = slash
        && (w == "REUTERS"
            || w == "Reuters" && {
                let e = credit_tail(t, i + 2);
                e <= i + 5 && (e >= t.len() || t.toks[e].line_before || t.is_p(e, ")") || t.is_p(e, "("))
            });
    let after = if reuters_lead {
        i + 2
    } else if w == "AP" && t.get(i as isize + 1) == "Photo" && t.is_p(i + 2, "/") {
        i + 3
    } else {
        return None;
    };
    let end = credit_tail(t, after);
    let names = photo_names(t, after, end);
    let agency = Span::new(t.toks[i].start(), t.toks[i].end());
    push_picture(t, i, end, names, Some(agency), out);
    Some(end)
}

/// Picture credits that name the agency after `via` or a slash: `Name/AFP/Getty Images`,
/// `AFP via Getty Images`, `Handout via REUTERS`, `(family photo via AP)`. `k` is the
/// `via` or `/` token; the credit's words before it are read back from there.
fn picture_credit_at(t: &Tokens, k: usize, out: &mut Vec<Credit>) -> Option<usize> {
    // The first word of the run of words (and `.`, `-`, `'`, `/`) that ends at `k`.
    let mut i = k;
    while i > 0
        && k - i < 14
        && !t.toks[i].line_before
        && (t.is_word(i - 1) || matches!(t.s(i - 1), "." | "-" | "'" | "’" | "/"))
    {
        if t.is_p(i - 1, ".") && t.ends_sentence(i - 1) {
            break;
        }
        i -= 1;
    }
    while i < k && !t.is_word(i) {
        i += 1;
    }
    if i >= k || !(t.toks[i].line_before || t.toks[i].space_before || t.is_p(i.wrapping_sub(1), "(")) {
        return None;
    }
    // A slash before a later `via` on the line belongs to that credit (`Name/ … photo via AP`).
    if t.is_p(k, "/")
        && (k + 1..(k + 14).min(t.len()))
            .take_while(|&m| !t.toks[m].line_before && !t.is_p(m, ")"))
            .any(|m| t.s(m) == "via")
    {
        return None;
    }
    // A slash after an earlier slash in the same credit was handled with the first one.
    if t.is_p(k, "/") && (i..k).any(|m| t.is_p(m, "/") || t.s(m) == "via") {
        return None;
    }
    let via = k;
    let agency_start = via + 1;
    // The credit must end its line or its bracket: `Getty Images`, `AFP/Getty Images`.
    let end = credit_tail(t, agency_start);
    // No agency on the credit's own line (`I via⏎PA`): no credit.
    if end == agency_start {
        return None;
    }
    let ends_line = end >= t.len() || t.toks[end].line_before;
    if !ends_line && !t.is_p(end, ")") {
        return None;
    }
    let labelled = t.toks[i].line_before && lexicon::is(t.s(i), lexicon::class::PICTURE_LABEL);
    let names_agency = (agency_start..end).any(|m| is_agency_name(t.s(m)));
    if !is_agency_name(t.s(agency_start)) && !(names_agency && (labelled || t.s(via) == "/")) {
        return None;
    }
    let start = if labelled && t.s(via) == "/" { i + 1 } else { credit_start(t, i, via) };
    let names = photo_names(t, start, via);
    let agency = Span::new(t.toks[agency_start].start(), t.toks[end - 1].end());
    push_picture(t, start, end, names, Some(agency), out);
    Some(end)
}

/// Where a `Name/AGENCY` or `X via AGENCY` credit starts: the photographer's name just before
/// the slash, or the handout words before `via` (`Handout`, `family photo`).
fn credit_start(t: &Tokens, i: usize, via: usize) -> usize {
    // Inside brackets the credit starts after the bracket: `(Oleg Urusov/ … photo via AP)`.
    if let Some(b) = (i.saturating_sub(1)..via).rev().find(|&k| t.is_p(k, "(")) {
        if via - b <= 12 {
            return b + 1;
        }
    }
    // `Benoit Tessier/Reuters`: the photographer's capitalised name before the slash;
    // `Handout via REUTERS`, `family photo via AP`: a few words before `via`.
    // A name is taken as its last two words (`… in Paris Benoit Tessier/Reuters`).
    let name_only = t.is_p(via, "/");
    let mut s = via;
    let mut words = 0;
    while s > i && via - s < 4 && !(name_only && words == 2 && t.is_word(s - 1)) {
        words += usize::from(t.is_word(s - 1));
        let k = s - 1;
        let ok = if name_only {
            t.is_cap(k) || t.is_p(k, "-") && t.glued(k) || t.is_p(k, ".") && t.glued(k)
        } else {
            t.is_word(k) || t.is_p(k, "-")
        };
        if !ok {
            break;
        }
        s = k;
    }
    s
}

/// The longest credit, in tokens: a credit is a name and an agency, never a paragraph (and
/// the bound keeps the scan constant on text without line breaks).
const MAX_CREDIT_TOKENS: usize = 24;

/// The end of a credit's words: up to a bracket, a line end, or ` (` tags.
fn credit_tail(t: &Tokens, from: usize) -> usize {
    let mut j = from;
    while j < t.len()
        && j < from + MAX_CREDIT_TOKENS
        && !t.toks[j].line_before
        && !matches!(t.s(j), "(" | ")" | ";" | "|")
    {
        if t.is_p(j, ".") && t.toks.get(j + 1).is_none_or(|n| n.space_before) && !t.is_abbreviation_dot(j) {
            break;
        }
        j += 1;
    }
    j.max(from)
}

fn line_end(t: &Tokens, from: usize) -> usize {
    let mut j = from + 1;
    while j < t.len() && !t.toks[j].line_before {
        j += 1;
    }
    j
}

/// Names of photographers in `from..to`, split at `/`; desks and `via …` are not names.
fn photo_names(t: &Tokens, from: usize, to: usize) -> Vec<Span> {
    let mut names = Vec::new();
    let mut part = from;
    for k in from..=to {
        if k == to || t.is_p(k, "/") || t.s(k) == "via" || t.s(k) == "," {
            // A photographer has a first name and a surname; one word is a desk or an
            // agency (`REUTERS/SANA/Handout`, `REUTERS/Stringer`).
            let words = (part..k).filter(|&m| t.is_word(m)).count();
            if k > part && words >= 2 && !is_agency_name(t.s(part)) {
                push_name(t, part, k, &mut names);
            }
            part = k + 1;
            if t.s(k.min(t.len().saturating_sub(1))) == "via" {
                break;
            }
        }
    }
    names
}

/// Records a picture credit with its caption: the text before it on its line (after a
/// `Image:`/`Photo:`/`Caption:` label), or the line before when the credit stands alone.
fn push_picture(t: &Tokens, start: usize, end: usize, names: Vec<Span>, agency: Option<Span>, out: &mut Vec<Credit>) {
    if end <= start {
        return;
    }
    let span = Span::new(t.toks[start].start(), t.toks[end - 1].end());
    let caption = caption_before(t, start);
    out.push(Credit { span, role: CreditRole::Photo, names, agency, caption });
}

/// How far back a caption may start, in tokens (a caption is a sentence or two).
const MAX_CAPTION_TOKENS: usize = 160;

fn caption_before(t: &Tokens, credit: usize) -> Option<Span> {
    let mut s = credit;
    while s > 0 && !t.toks[s].line_before && credit - s < MAX_CAPTION_TOKENS {
        s -= 1;
    }
    let mut first = s;
    // Skip a label: `Image:`, `Photo:`, `Caption:`.
    if t.is_word(first) && lexicon::is(t.s(first), lexicon::class::CAPTION_LABEL) && t.is_p(first + 1, ":") {
        first += 2;
    }
    let mut last = credit;
    while last > first && t.is_p(last - 1, "(") {
        last -= 1;
    }
    if last <= first {
        // The credit stands on its own line: the caption is the line before.
        if s == 0 {
            return None;
        }
        let prev_end = s;
        let mut p = s - 1;
        while p > 0 && !t.toks[p].line_before && prev_end - p < MAX_CAPTION_TOKENS {
            p -= 1;
        }
        return (prev_end > p).then(|| Span::new(t.toks[p].start(), t.toks[prev_end - 1].end()));
    }
    Some(Span::new(t.toks[first].start(), t.toks[last - 1].end()))
}

/// Story notes in brackets at a line start: `(This story corrects …)`, `(Adds …)`,
/// `(Updates …)`, `(Corrects …)`, and the `Our Standards:` footer.
fn note(t: &Tokens, i: usize, notes: &mut Vec<Span>) -> Option<usize> {
    let opens = t.is_p(i, "(") || t.is_p(i, "[");
    let k = if opens { i + 1 } else { i };
    let is_note = lexicon::is(t.get(k as isize), lexicon::class::NOTE_OPENER)
        && (opens || t.s(k) == "Editors" || t.s(k) == "Editor");
    let standards = t.s(i) == "Our" && t.eq_ci(i + 1, "Standards") && t.is_p(i + 2, ":");
    if !is_note && !standards {
        return None;
    }
    if is_note
        && t.s(k) == "This"
        && !(t.eq_ci(k + 1, "story") || t.eq_ci(k + 1, "article") || t.eq_ci(k + 1, "version"))
    {
        return None;
    }
    let end = line_end(t, i);
    notes.push(Span::new(t.toks[i].start(), t.toks[end - 1].end()));
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A credit as strings: its text, role, names, agency and caption.
    type Found = (String, &'static str, Vec<String>, Option<String>, Option<String>);

    fn credits(text: &str) -> Vec<Found> {
        let t = Tokens::new(text);
        find_frame(&t, None)
            .credits
            .into_iter()
            .map(|c| {
                (
                    c.span.text(text).to_owned(),
                    c.role.as_str(),
                    c.names.iter().map(|n| n.text(text).to_owned()).collect(),
                    c.agency.map(|a| a.text(text).to_owned()),
                    c.caption.map(|a| a.text(text).to_owned()),
                )
            })
            .collect()
    }

    #[test]
    fn trailer_roles_and_places() {
        let c = credits("(Reporting by Jane Doe in Kabul and John Roe in Doha; Additional reporting by Zed Zee; Writing by Wu Wei; Editing by Vic Vee and Ugo Uu)");
        let roles: Vec<_> = c.iter().map(|c| (c.1, c.2.clone())).collect();
        assert_eq!(
            roles,
            [
                ("reporting", vec!["Jane Doe".to_string(), "John Roe".into()]),
                ("additional_reporting", vec!["Zed Zee".into()]),
                ("writing", vec!["Wu Wei".into()]),
                ("editing", vec!["Vic Vee".into(), "Ugo Uu".into()]),
            ]
        );
        assert_eq!(c[0].0, "Reporting by Jane Doe in Kabul and John Roe in Doha");
    }

    #[test]
    fn full_stops_instead_of_semicolons() {
        let c = credits("Reporting by Ann Lee. Editing by Bo Chan");
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].2, ["Bo Chan"]);
    }

    #[test]
    fn photo_credit_with_caption() {
        let c = credits("Image: FILE PHOTO: A man attends a meeting in Kandahar, Afghanistan, October 18, 2018. REUTERS/ via REUTERS TV");
        assert_eq!(c[0].0, "REUTERS/ via REUTERS TV");
        assert_eq!(c[0].1, "photo");
        assert!(c[0].2.is_empty());
        assert_eq!(
            c[0].4.as_deref(),
            Some("FILE PHOTO: A man attends a meeting in Kandahar, Afghanistan, October 18, 2018.")
        );
    }

    #[test]
    fn photographer_names() {
        let c = credits("Fans cheer in Nairobi. REUTERS/Marko Djurica (KENYA - Tags: SPORT)");
        assert_eq!(c[0].0, "REUTERS/Marko Djurica");
        assert_eq!(c[0].2, ["Marko Djurica"]);
        let c = credits("A crowd gathers. (AP Photo/Evan Vucci)");
        assert_eq!(
            (c[0].0.as_str(), c[0].2.clone(), c[0].3.as_deref()),
            ("AP Photo/Evan Vucci", vec!["Evan Vucci".to_string()], Some("AP"))
        );
    }

    #[test]
    fn regions_and_job_titles_are_not_names() {
        let c = credits("(Reporting by  Karen Jacobs  in Mobile, Alabama; Editing by  Alwyn Scott )");
        assert_eq!(c[0].2, ["Karen Jacobs"]);
        let c = credits("Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow contributed to this report.");
        assert_eq!(
            (c[0].1, c[0].2.clone()),
            ("contributor", vec!["Marcia Dunn".to_string(), "Vladimir Isachenkov".into()])
        );
    }

    #[test]
    fn bracketed_and_labelled_photo_credits() {
        let c = credits(
            "A rocket broke up, the agency said.(Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)",
        );
        assert_eq!((c[0].2.clone(), c[0].3.as_deref()), (vec!["Oleg Urusov".to_string()], Some("AP")));
        let c = credits("Sudan has said it will improve access.\n\nCredit Ashraf Shazly/Agence France-Presse — Getty Images\n\nLONDON — After");
        assert_eq!((c[0].1, c[0].2.clone()), ("photo", vec!["Ashraf Shazly".to_string()]));
        assert_eq!(c[0].3.as_deref(), Some("Agence France-Presse — Getty Images"));
    }

    #[test]
    fn surveys_and_prose_are_not_picture_credits() {
        assert!(credits("The Reuters/University of Michigan Surveys of Consumers said sentiment rose.").is_empty());
        let c = credits("Protesters march in Paris Benoit Tessier/Reuters\nThe story");
        assert_eq!(c[0].0, "Benoit Tessier/Reuters");
        let c = credits("released by the state news agency SANA. REUTERS/SANA/Handout via Reuters");
        assert_eq!((c[0].0.as_str(), c[0].2.len()), ("REUTERS/SANA/Handout via Reuters", 0));
    }

    #[test]
    fn lower_case_job_titles_and_press_association() {
        let c = credits("Associated Press writers Dina Cappiello and Matt Apuzzo contributed to this report.");
        assert_eq!(c[0].2, ["Dina Cappiello", "Matt Apuzzo"]);
        let c = credits("By Sam Lister, Press Association Political Correspondent\nText");
        assert_eq!(c[0].3.as_deref(), Some("Press Association"));
    }

    #[test]
    fn name_and_title_lines() {
        let c = credits("One chapter over\n\nCaroline Hawley, BBC diplomatic correspondent\n\nWith the end");
        assert_eq!(
            (c[0].1, c[0].2.clone(), c[0].3.as_deref()),
            ("byline", vec!["Caroline Hawley".to_string()], Some("BBC"))
        );
    }

    #[test]
    fn bylines() {
        let c = credits("Headline here\nBy Jane Doe and John Roe\nLONDON (Reuters) - Text");
        assert_eq!(c[0].1, "byline");
        assert_eq!(c[0].2, ["Jane Doe", "John Roe"]);
        assert!(credits("By contrast, the market fell.").is_empty());
    }
}
