//! Sources: whom a speaker mention names.
//!
//! A pronoun (`he`) or a description (`the spokesman`) resolves to the latest agreeing
//! person named before it ([`Recent`]); a short name (`Miller`) to the fullest name ending
//! with it in the story (`General Scott Miller`, from the [`NameIndex`]). A pronoun that
//! agrees with no one resolves to nothing rather than to a guess.

use super::marks::{is_quote_mark, Region, RegionCursor};
use super::mention::{
    appositive_name, furniture_at, is_description, is_preposition_opener, is_pronoun, name_run_end, name_run_start,
    open_bracket_before, Mention,
};
use crate::lexicon;
use crate::prefilter;
use crate::span::{Span, SpanCursor};
use crate::text::{find_str, set, trim_to_word, Tokens};

/// Someone a pronoun or a description may point back to.
#[derive(Clone, Copy, Debug)]
pub(super) struct Candidate {
    /// Where they were named (a speech verb, a quotation's opening mark, a name's first token).
    pub(super) tok: usize,
    /// The paragraph of `tok`.
    pub(super) para: usize,
    /// The mention a source resolves to.
    pub(super) mention: Span,
}

/// Who was named last, for `he said` and `the spokesman`: the last few resolved speakers
/// (of quotes or of speech verbs in prose) and the last person named at the start of a
/// sentence.
#[derive(Default)]
pub(super) struct Recent {
    /// Oldest first, at most [`Recent::KEEP`].
    pub(super) entities: Vec<Candidate>,
    /// People named at a sentence's start, oldest first, at most [`Recent::KEEP`].
    pub(super) persons: Vec<Candidate>,
    /// When no one is named before a pronoun: the next speaker named in prose in the same
    /// or the next paragraph (`“…,” he said, … Schumer said`). Set per quote.
    pub(super) ahead: Option<Candidate>,
}

impl Recent {
    /// How many paragraphs back a pronoun may reach.
    const REACH: usize = 3;
    /// How many speakers are remembered: enough to step over one that does not agree.
    const KEEP: usize = 4;

    pub(super) fn add_entity(&mut self, e: Candidate) {
        Self::push_bounded(&mut self.entities, e);
    }

    pub(super) fn add_person(&mut self, p: Candidate) {
        Self::push_bounded(&mut self.persons, p);
    }

    /// Appends, dropping the oldest past [`Recent::KEEP`].
    pub(super) fn push_bounded(list: &mut Vec<Candidate>, item: Candidate) {
        if list.len() == Self::KEEP {
            list.remove(0);
        }
        list.push(item);
    }

    pub(super) fn last_entity(&self) -> Option<Candidate> {
        self.entities.last().copied()
    }

    /// The most recent candidate within reach of paragraph `para` that `agrees` accepts.
    pub(super) fn best(&self, para: usize, agrees: impl Fn(Span) -> bool) -> Option<Span> {
        self.best_of(para, true, agrees)
    }

    /// As [`Recent::best`], among those named before only (no `ahead`).
    pub(super) fn best_before(&self, para: usize, agrees: impl Fn(Span) -> bool) -> Option<Span> {
        self.best_of(para, false, agrees)
    }

    /// The latest candidate in reach that `agrees` accepts (of equal tokens, the one listed
    /// last). `agrees` is the costly part, so it runs from the latest down, until one agrees.
    pub(super) fn best_of(&self, para: usize, with_ahead: bool, agrees: impl Fn(Span) -> bool) -> Option<Span> {
        let mut within: Vec<Candidate> = self
            .entities
            .iter()
            .copied()
            .chain(self.persons.iter().copied())
            .chain(self.ahead.filter(|_| with_ahead))
            .filter(|c| c.para + Self::REACH >= para)
            .collect();
        // At most nine candidates: take the latest left (`max_by_key`: the later-listed of
        // equals) until one agrees. No sort, whose code would weigh on the wasm module.
        while let Some((k, c)) = within.iter().enumerate().max_by_key(|(_, c)| c.tok) {
            if agrees(c.mention) {
                return Some(c.mention);
            }
            within.remove(k);
        }
        None
    }
}

/// Person names that lie outside every quotation and outside the story's frame (credits,
/// story notes, photo captions, the dateline), all lists sorted. A name in a credit or a
/// caption is who made the story or who is in its picture, never who a description in the
/// story points back to (`REUTERS TV` and `FILE PHOTO` are not `the envoy`).
pub(super) fn persons_outside(persons: &[Mention], regions: &[Region], frame: &[Span]) -> Vec<Mention> {
    let mut quoted = RegionCursor::new(regions);
    let mut frame = SpanCursor::new(frame);
    persons.iter().copied().filter(|m| !quoted.inside(m.tok) && !frame.covers(m.span.start)).collect()
}

/// Resolves a speaker mention to the source it names: a pronoun or a description to the
/// last speaker or person named nearby (a description with a role noun prefers a speaker
/// whose mention holds the same noun); a short name to the fullest name in the story.
/// A pronoun with no one it can point to resolves to nothing: the source is unknown.
pub(super) fn resolve(t: &Tokens, speaker: Span, names: &NameIndex, recent: &Recent, para: usize) -> Option<Span> {
    let text = speaker.text(t.text);
    if text == "who" {
        return antecedent(t, t.index_at(speaker.start)).map(|a| names.resolve(t, a));
    }
    // (`his comments that …`: a possessive speaks as its subject pronoun.)
    if is_pronoun(text) || lexicon::is(text, lexicon::class::POSSESSIVE_PRONOUN) {
        return recent.best(para, |c| pronoun_agrees(t, names, text, c));
    }
    Some(resolve_name(t, speaker, names, recent, para))
}

/// A description to the speaker it points back to (or itself); a short name to the fullest.
pub(super) fn resolve_name(t: &Tokens, speaker: Span, names: &NameIndex, recent: &Recent, para: usize) -> Span {
    let text = speaker.text(t.text);
    if is_description(t, speaker) {
        let role = text.split_whitespace().last().unwrap_or("");
        if lexicon::is_role_noun(role) {
            if let Some(e) = recent.last_entity().filter(|e| find_str(e.mention.text(t.text), role).is_some()) {
                return e.mention;
            }
        }
        // A body (`the insurgent group`, `the ministry`) is never a person named before it;
        // `the department` is the `Education Department` the story named.
        if lexicon::is(role, lexicon::class::ORGANIZATION_NOUN) {
            let named = organization_named_before(t, speaker);
            // (Nor a place: `the agency` is not `Washington`.)
            let body = |c: Span| !names.is_person(t, c) && !names.is_place(t, c);
            return named.or_else(|| recent.best_before(para, body)).unwrap_or(speaker);
        }
        // A document (`the report`, `the figures`) or a thing (`the agreement`) speaks for
        // itself, never for a person.
        if lexicon::is(role, lexicon::class::DOCUMENT_NOUN) || lexicon::is(role, lexicon::class::THING_NOUN) {
            return speaker;
        }
        // `the analysts`: more than one, so never one person named before.
        if is_plural_mention(t, speaker) {
            let many = |c: Span| is_plural_mention(t, c) || !names.is_person(t, c) && !names.is_place(t, c);
            return recent.best_before(para, many).unwrap_or(speaker);
        }
        // A description points back only: `ahead` is for pronouns. A role (`the source`, `the
        // lawyer`) points back to a person, never to a company named before it.
        let role_noun = lexicon::is_role_noun(role);
        return recent
            .best_before(para, |c| !is_plural_mention(t, c) && (!role_noun || names.is_person(t, c)))
            .unwrap_or(speaker);
    }
    names.resolve(t, speaker)
}

/// The name of the body a description such as `the department` or `the conservation
/// department` points back to: the latest earlier name headed by its noun in capitals
/// (`the Education Department`, `the New Zealand Department of Conservation`) that holds the
/// description's other words (`conservation`), within a window before it.
fn organization_named_before(t: &Tokens, description: Span) -> Option<Span> {
    const WINDOW: usize = 2_000;
    // The description's tokens: `the`, its other words, its noun last.
    let at = t.index_at(description.start);
    let noun = t.index_near(description.end, at).checked_sub(1)?;
    let same = |k: usize, m: usize| t.s(k).eq_ignore_ascii_case(t.s(m));
    // (The window's capitals only, read through the tokenizer's set: most descriptions find
    // nothing, and reading every token back was 4% of the whole analysis.)
    let caps = || t.members_from(set::CAP, at.saturating_sub(WINDOW)).take_while(|&k| k < at);
    let headed = caps()
        .filter(|&k| same(k, noun))
        .filter_map(|k| {
            let of = t.s(k + 1) == "of" && t.is_cap(k + 2);
            let end = if of { name_run_end(t, k + 2, (k + 5).min(t.len())) } else { k + 1 };
            body_name(t, k, end).filter(|n| (at + 1..noun).all(|d| (n.0..n.1).any(|m| same(m, d))))
        })
        .last();
    // `the company`, `the firm`: the first company the story names with its suffix (`McAfee
    // Inc.`), its subject, rather than a rival named later (`Symantec Corp`).
    let company = || {
        lexicon::is(t.s(noun), lexicon::class::COMPANY_NOUN)
            .then(|| {
                // (Every suffix is short: the length first, the table after.)
                let suffix = |k: &usize| t.s(*k).len() <= 4 && lexicon::is(t.s(*k), lexicon::class::COMPANY_SUFFIX);
                caps().filter(suffix).find_map(|k| body_name(t, k, k + 1 + usize::from(t.is_p(k + 1, "."))))
            })
            .flatten()
    };
    headed.or_else(company).map(|(start, end)| Span::new(t.toks[start].start(), t.toks[end - 1].end()))
}

/// The tokens of the name a body's word at `k` heads, which ends before `end`: the capitals
/// before it, not across a sentence's end or a line's start (`January.\n Department …`), without
/// an article or a preposition capitalised at a sentence's start (`The European Space
/// Agency`, `In Bank of …`); not a headline's capitals (`Suspect Named By Police`) nor a
/// possessive's (`Bank of America Corp's BAC`), and more than the word alone (`Department`
/// opening a sentence).
fn body_name(t: &Tokens, k: usize, end: usize) -> Option<(usize, usize)> {
    let mut start = name_run_start(t, k, k.saturating_sub(6));
    // Over an `of` or a hyphen between capitals: `Bank of America Securities LLC`,
    // `Anheuser-Busch Cos Inc`.
    while start > 1 && t.is_cap(start - 2) && (t.s(start - 1) == "of" || t.is_p(start - 1, "-") && t.glued(start)) {
        start = name_run_start(t, start - 1, start.saturating_sub(5));
    }
    // (A full stop after an abbreviation ends no sentence here: `Swift Transportation Co. Inc`;
    // a hard-wrapped line goes on with the name.)
    let stop = |m: usize| t.ends_sentence(m - 1) && !(m > 1 && lexicon::is_abbreviation(t.s(m - 2)));
    if let Some(m) = (start + 1..=k).rev().find(|&m| t.toks[m].para_start || stop(m)) {
        start = m;
    }
    while start < k && (lexicon::is(t.s(start), lexicon::class::BARE_DETERMINER) || is_preposition_opener(t.s(start))) {
        start += 1;
    }
    let debris = (start..end).any(|m| is_preposition_opener(t.s(m)) || lexicon::is_possessive(t.s(m)));
    ((start..end).filter(|&m| t.is_word(m)).count() > 1 && !debris).then_some((start, end))
}

/// The name a relative `who` at token `w` refers to: the capitalised run right before it
/// (`Mike Lee, who`, `Sen. Claire McCaskill (D-Mo.), who`).
pub(super) fn antecedent(t: &Tokens, w: usize) -> Option<Span> {
    let mut end = w;
    if end > 0 && t.is_p(end - 1, ",") {
        end -= 1;
    }
    if end > 0 && t.is_p(end - 1, ")") {
        end = open_bracket_before(t, end, 0)?;
    }
    let start = cap_run_start(t, end);
    let run = (start < end && t.is_cap(start)).then(|| Span::new(t.toks[start].start(), t.toks[end - 1].end()));
    // `Senator James Lankford, an Oklahoma Republican, who …`: a description set off after a
    // name is the name's.
    if let Some(name) = run.and_then(|_| appositive_name(t, start, t.sentence_start(start))) {
        return Some(name);
    }
    // `Alfonso Aguilar, the executive director of the Latino Partnership for Conservative
    // Principles, who …`: a body named in a role's description is not who the role is; the
    // name before the description is (`Gov. Phil Bryant of Mississippi, a former backer of
    // Sen. Ted Cruz, who …`: the name before its place).
    if run.is_some() && start > 0 && lexicon::is(t.s(start - 1), lexicon::class::PREPOSITION) {
        let comma = (start.saturating_sub(12)..start).rev().find(|&k| t.is_p(k, ","));
        if let Some(c) = comma.filter(|&c| (c + 1..start).any(|k| t.is_lower(k) && lexicon::is_role_noun(t.s(k)))) {
            let before = cap_run_start(t, c);
            let place = c > 2 && t.s(c - 1) != "," && before > 1 && t.s(before - 1) == "of" && t.is_cap(before - 2);
            let end = if place { before - 1 } else { c };
            let s = cap_run_start(t, end);
            return (s < end && t.is_cap(s)).then(|| Span::new(t.toks[s].start(), t.toks[end - 1].end())).or(run);
        }
    }
    run
}

/// The first token of the run of capitalised words (and glued full stops) that ends before
/// token `end`, at most eight long, within its sentence (`end` when there is none).
fn cap_run_start(t: &Tokens, end: usize) -> usize {
    let mut start = end;
    while start > 0
        && end - start < 8
        && (t.is_cap(start - 1) || t.is_p(start - 1, ".") && t.glued(start - 1))
        && !t.ends_sentence(start - 1)
    {
        start -= 1;
    }
    start
}

/// Whether `he`/`she` may point at `candidate` (a person, one), `it` (not a person) and
/// `they` (not one person); a possessive (`his comments that …`) as its subject pronoun.
pub(super) fn pronoun_agrees(t: &Tokens, names: &NameIndex, pronoun: &str, candidate: Span) -> bool {
    match pronoun {
        "he" | "He" | "his" | "His" => {
            !is_plural_mention(t, candidate)
                && names.is_person(t, candidate)
                && mention_gender(t, names, candidate) != Some(true)
        }
        "she" | "She" | "her" | "Her" => {
            !is_plural_mention(t, candidate)
                && names.is_person(t, candidate)
                && mention_gender(t, names, candidate) != Some(false)
        }
        // (Nor a place: `in Western Canada` is not what `it` points back to.)
        "it" | "It" | "its" => !names.is_person(t, candidate) && !names.is_place(t, candidate),
        // More than one, or a body (`the company … they`), never one person.
        "they" | "They" | "their" | "Their" => {
            is_plural_mention(t, candidate) || !names.is_person(t, candidate) && !names.is_place(t, candidate)
        }
        _ => true,
    }
}

/// Female (`Some(true)`) or male as the mention marks it: an honorific or a gendered role
/// word anywhere (`Ms. Ernst`, `a spokeswoman`), else the first name after any titles
/// (`Sen. Elizabeth Warren`); a lone surname is read from its full name in the story.
pub(super) fn mention_gender(t: &Tokens, names: &NameIndex, mention: Span) -> Option<bool> {
    let full = names.resolve(t, mention);
    let text = full.text(t.text);
    let words: Vec<&str> = text.split_whitespace().collect();
    if let Some(g) = words
        .iter()
        .filter(|w| {
            w.starts_with(char::is_lowercase) || is_honorific(w) || lexicon::is(w, lexicon::class::GENDERED_TITLE)
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

/// `Audience members`, `Cruz and Trump`, `Western diplomats in Khartoum`, `All of the
/// economists`, `Dealers`: more than one. A plural role noun counts capitalised too, as a
/// sentence's first word is (`Dealers said`).
pub(super) fn is_plural_mention(t: &Tokens, s: Span) -> bool {
    let text = s.text(t.text);
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(head) = mention_head(&words) else { return false };
    words.iter().any(|w| matches!(*w, "and" | "&"))
        || lexicon::is_plural_noun(head)
        || head.len() > 4 && head.ends_with('s') && lexicon::is_role_noun(head)
        || matches!(text, "they" | "They" | "we" | "We")
}

/// The noun that says how many a mention names, or None for one picked out of many (`One of
/// the dealers`): the last word of a partitive (`All of the economists`), else the last word
/// before a phrase after it (`Western diplomats in Khartoum`), before any adjective or
/// participle that takes the phrase (`sources close to the Fed`, `economists polled by
/// Reuters`), else the last word.
fn mention_head<'a>(words: &[&'a str]) -> Option<&'a str> {
    let last = words.last().copied().unwrap_or("");
    let Some(k) = words.iter().position(|w| lexicon::is(w, lexicon::class::PREPOSITION)).filter(|&k| k > 0) else {
        return Some(last);
    };
    let before = words[k - 1];
    if words[k] == "of" && lexicon::is(before, lexicon::class::PARTITIVE_QUANTIFIER) {
        return (!lexicon::is(before, lexicon::class::SINGULAR_PICK)).then_some(last);
    }
    let mut h = k - 1;
    // (A participle in lower case: `economists polled by Reuters`.)
    let takes_phrase = |w: &str| {
        lexicon::is(w, lexicon::class::POSTNOMINAL_ADJECTIVE)
            || lexicon::is_past_form(w) && w.starts_with(char::is_lowercase)
    };
    while h > 0 && takes_phrase(words[h]) {
        h -= 1;
    }
    Some(words[h])
}

/// Capitalised name runs of the text, indexed by their last word, for `Miller` →
/// `General Scott Miller`; and the runs that open a sentence (people the story talks about,
/// for pronouns).
pub(super) struct NameIndex<'a> {
    pub(super) by_last: prefilter::FastMap<&'a str, (usize, Span)>,
    pub(super) persons: Vec<Mention>,
    /// Capitalised words written right before a title or role in a run (`Airbus` in
    /// `Airbus CEO Fabrice Bregier`): organisations and places, not people.
    pub(super) before_title: prefilter::FastSet<&'a str>,
    /// Capitalised words seen somewhere other than at a sentence's start.
    pub(super) proper: prefilter::FastSet<&'a str>,
    /// One-word subjects of speech verbs in the prose (`Schumer said`).
    pub(super) spoken: prefilter::FastSet<&'a str>,
}

pub(super) fn is_honorific(w: &str) -> bool {
    lexicon::is(w, lexicon::class::HONORIFIC)
}

/// Words that make a capitalised run an organisation or a thing rather than a person.
pub(super) fn is_org_word(w: &str) -> bool {
    lexicon::is(w, lexicon::class::ORG_WORD) || lexicon::month(w).is_some() || lexicon::is_weekday(w)
}

impl<'a> NameIndex<'a> {
    pub(super) fn new(t: &Tokens<'a>) -> Self {
        // Sized for a news text's share of distinct capitalised words, so the tables rarely
        // grow (rehashing showed in profiles).
        let distinct = t.len() / 40 + 16;
        let mut by_last: prefilter::FastMap<&'a str, (usize, Span)> =
            prefilter::FastMap::with_capacity_and_hasher(distinct, Default::default());
        let mut persons = Vec::new();
        let mut before_title = prefilter::FastSet::default();
        let mut proper = prefilter::FastSet::with_capacity_and_hasher(distinct, Default::default());
        let mut i = 0;
        // The run after a subject's modifier (`Manchester United defender`), which is the
        // subject however far from the sentence's start.
        let mut after_modifier = usize::MAX;
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
                } else if t.joining_hyphen(end) && t.is_cap(end + 1) {
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
            // `Advertisement Jane Doe`: page furniture run into a name is no part of it.
            let s = s + furniture_at(t, s, end);
            let words =
                (s..end).filter(|&k| t.is_word(k) && !is_honorific(t.s(k)) && !lexicon::is_title(t.s(k))).count();
            if end > s && words >= 1 && (s..end).filter(|&k| t.is_word(k)).count() >= 2 {
                // (A name in the possessive is the name: `Julian Assange's lawyers`.)
                let last = lexicon::strip_possessive(t.s(end - 1));
                let cut = t.s(end - 1).len() - last.len();
                let span = Span::new(t.toks[s].start(), t.toks[end - 1].end() - cut);
                let score = words * 2 + usize::from(!(s..end).any(|k| is_honorific(t.s(k))));
                // A fuller form of the same name replaces the one kept (`President John Smith`
                // after `John Smith`); another person with the surname never does: the surname
                // alone stays with the one the story named first (`Hori Parata`, then his son
                // `Te Kaurinui Robert Parata`).
                let entry = by_last.entry(last).or_insert((score, span));
                if score > entry.0 {
                    let (kept, new) = (entry.1.text(t.text), span.text(t.text));
                    if same_given_names(kept, new) || same_given_names(new, kept) {
                        *entry = (score, span);
                    }
                }
                let person = (2..=4).contains(&words) && !(s..end).any(|k| is_org_word(t.s(k)));
                // `Manchester United defender Harry Maguire`: a run before a lower-case noun and
                // a name is whose the person is, not the person; the name after it is the subject.
                let modifier = t.is_lower(end)
                    && lexicon::is_role_noun(t.s(end))
                    && t.is_cap(end + 1)
                    && t.is_cap(end + 2)
                    && t.toks[end + 2].space_before;
                let subject = t.sentence_start(start) + 6 >= start || start == after_modifier;
                if person && subject && !modifier {
                    persons.push(Mention { tok: s, span });
                }
                if modifier && subject {
                    after_modifier = end + 1;
                }
            }
            i = end;
        }
        NameIndex { by_last, persons, before_title, proper, spoken: prefilter::FastSet::default() }
    }

    /// Whether `mention`, whose last word is `last`, ends with the surname of a person the
    /// story names in full elsewhere (`Lynch`, `Gov Fallin` for `Loretta Lynch`, `Mary
    /// Fallin`; a headline's label is no name of itself: not `Big Win For Bernie`).
    pub(super) fn full_name_of(&self, mention: Span, last: &str) -> bool {
        self.by_last.get(last).is_some_and(|&(_, full)| full != mention)
    }

    /// A mention that names a person: a role (`a spokesman`), a title or honorific, a run of
    /// two to four capitalised words without an organisation word, or a single word known as
    /// a name (written capitalised inside a sentence, the subject of a speech verb, or the
    /// last word of a longer name) that the story never writes before a title (`Airbus CEO`).
    pub(super) fn is_person(&self, t: &Tokens, mention: Span) -> bool {
        let text = mention.text(t.text);
        // (An iterator walked a few times, not a collected list: this runs for every
        // candidate a pronoun is tested against.)
        let words = || text.split_whitespace().map(|w| trim_to_word(w, true));
        if words().any(|w| lexicon::is_role_noun(w) || lexicon::is_title(w) || is_honorific(w)) {
            return true;
        }
        if words().any(is_org_word) {
            return false;
        }
        if self.is_place(t, mention) {
            return false;
        }
        let caps = words().filter(|w| w.starts_with(char::is_uppercase)).count();
        match caps {
            0 => false,
            // A single name is a person unless the story writes it before a title, as a
            // company or country is (`Airbus CEO Fabrice Bregier`).
            // … and it is known as a name: written capitalised inside a sentence, or the
            // subject of a speech verb (`Things got worse` names no one).
            1 if words().nth(1).is_none() => {
                let w = words().next().unwrap_or_default();
                !self.before_title.contains(w)
                    && (self.proper.contains(w) || self.spoken.contains(w) || self.by_last.contains_key(w))
            }
            _ => caps <= 4,
        }
    }

    /// A place (`Washington`, `South Korea`, `the East Room`), unless the story names a person
    /// with its last word as a surname: a run ending in it holds a known given name (`George
    /// Washington`).
    pub(super) fn is_place(&self, t: &Tokens, mention: Span) -> bool {
        let text = mention.text(t.text);
        let last = text.split_whitespace().last().map_or("", |w| trim_to_word(w, true));
        // (`Bank Negara Malaysia` is a body.)
        lexicon::is(last, lexicon::class::PLACE_WORD)
            && !text.split_whitespace().any(|w| is_org_word(trim_to_word(w, true)))
            && !self
                .by_last
                .get(last)
                .is_some_and(|&(_, full)| full.text(t.text).split_whitespace().any(|w| lexicon::gender(w).is_some()))
    }

    /// The fullest run ending with the mention's last word, or the mention itself.
    pub(super) fn resolve(&self, t: &Tokens, mention: Span) -> Span {
        let text = mention.text(t.text);
        let Some(last) = text.split_whitespace().last() else { return mention };
        let first_cap = text.chars().next().is_some_and(char::is_uppercase);
        if !first_cap || text.split_whitespace().count() > 4 {
            return mention;
        }
        let last = trim_to_word(last, false);
        match self.by_last.get(last) {
            Some(&(_, full))
                if (full.len() > mention.len()
                    || find_str(full.text(t.text), text).is_none()
                        && full.text(t.text).split_whitespace().count() >= 2
                        && text.split_whitespace().count() <= 2)
                    && same_given_names(text, full.text(t.text)) =>
            {
                full
            }
            _ => mention,
        }
    }
}

/// Whether a name's given names allow it to be the fuller one's: none written (`Clinton`,
/// `Mr. Reeves`), or the same ones. `Hillary Clinton` is never `Bill Clinton`.
fn same_given_names(short: &str, full: &str) -> bool {
    given_names(short).all(|w| given_names(full).any(|x| x == w))
}

/// The capitalised words of a name before its surname that are not honorifics, titles or
/// a heading in capitals run into it (`OIL SLICK Trichet`).
fn given_names(s: &str) -> impl Iterator<Item = &str> {
    let last = s.split_whitespace().count().saturating_sub(1);
    s.split_whitespace()
        .take(last)
        .map(|w| trim_to_word(w, false))
        .filter(|w| w.starts_with(char::is_uppercase) && !is_honorific(w) && !lexicon::is_title(w) && w.len() > 1)
        .filter(|w| !(w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase())))
}

/// Where the name inside a capitalised run starts: at its first title (`Afghanistan US
/// General Scott Miller` → `General Scott Miller`), after a heading in capitals (`OIL SLICK
/// Trichet` → `Trichet`), after a sentence-initial function word (`But Miller`).
pub(super) fn name_start(t: &Tokens, start: usize, end: usize) -> usize {
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
    // `In November Blackstone said`, `on Friday Exxon`: a month or a day after a preposition
    // is the time, not a given name (`April Ryan` alone stays whole).
    let after_opener = s > start || s > 0 && lexicon::is(t.s(s - 1), lexicon::class::PREPOSITION);
    if s + 1 < end && after_opener && (lexicon::is_full_month(t.s(s)) || lexicon::is_weekday(t.s(s))) {
        s += 1;
    }
    // `the envoy to Ukraine Jane Doe`: after a preposition the run opens with a place; a
    // known given name later in it starts the name.
    let after_preposition =
        s > 0 && (t.s(s - 1) == "to" || lexicon::is(t.s(s - 1), lexicon::class::COMPLEMENT_PREPOSITION));
    if after_preposition {
        if let Some(g) = (s + 1..end.saturating_sub(1)).find(|&k| lexicon::gender(t.s(k)).is_some()) {
            s = g;
        }
    }
    s
}

/// Capitalised only because a sentence starts with it.
pub(super) fn is_sentence_word(w: &str) -> bool {
    let l = prefilter::Lower::new(w);
    lexicon::ends_noun_phrase(l.as_str()) || lexicon::is(l.as_str(), lexicon::class::SENTENCE_WORD)
}
