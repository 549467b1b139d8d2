//! Quotes and who said them: the quote reader.
//!
//! Its passes, each a module, all linear in the text:
//!
//! 1. `marks` pairs quote marks into quotations (regions).
//! 2. `cue` finds, once per text, where a speech verb or cue phrase starts.
//! 3. `mention` reads the speaker mention next to a cue.
//! 4. `attribute` decides, for each quotation, which cue and mention are its attribution
//!    (`“…,” X said`, `said X`, `X said: “…”`, `according to X`, `“…” — X`).
//! 5. `resolve` turns the mention into a source (`he` → the last agreeing speaker;
//!    `Miller` → `General Scott Miller`).
//!
//! [`find`] runs them and carries the story's state from quote to quote: the last
//! attribution (a quotation with none of its own in the same paragraph continues it) and
//! the people named so far.

mod attribute;
mod cue;
mod marks;
mod mention;
mod reported;
mod resolve;

use crate::span::Span;
use crate::text::{set, Tokens};
use crate::{Quote, QuoteKind};
use attribute::{
    attribute_after, attribute_before, attribution_sentence_before, in_headline, is_speech_like, is_title, kind_of,
    main_subject_for_embedded_pronoun, named_for_new_sentence, sentence_end, sentence_reports_speech, subject_and_verb,
    take_from_next_in_sentence, Attribution,
};
use cue::Cues;
use marks::{is_quote_mark, regions, Region};
use mention::{is_description, is_pronoun_span, speech_subjects, tidy_mention, Mention};
use resolve::{persons_outside, resolve, Candidate, NameIndex, Recent};

/// How many tokens an attribution may sit from its quote.
const WINDOW: usize = 24;

/// Quotes with their kind, speaker, cue and source, sorted by start. `skip` (sorted) is no
/// prose: no quote is read there; `frame` (sorted) adds the photo captions to it, whose names
/// are the picture's, not antecedents of the story's descriptions.
pub fn find(t: &Tokens, skip: &[Span], frame: &[Span]) -> Vec<Quote> {
    let regions = regions(t, skip);
    let cues = Cues::new(t);
    // A text with neither a quotation nor a cue (a verb of thought reports too) has nothing
    // to attribute, and skips the name index and the speech subjects.
    if regions.is_empty() && cues.report_starts.is_empty() {
        return Vec::new();
    }
    find_quotes(t, &cues, &regions, skip, frame)
}

/// Moves a speaker found inside the dateline to the story's subject after it. The speaker
/// readers step back to the sentence's first capitalised words, and a wire story's first
/// sentence opens with the dateline: `NEW YORK, March 1 - American Express Co <AXP>, rumoured
/// to be considering a spinoff, said …` had `NEW YORK` speak. A speaker that runs on past the
/// dateline keeps what follows it (`WASHINGTON ― The Obama administration`); one inside it
/// becomes the words after the dateline up to the first comma, without the brackets of a
/// company's name or its ticker (`American Express Co`, `Prudential Corporation Plc` from
/// `<Prudential Corporation Plc>`), when they end before the cue and hold no verb in the past;
/// otherwise the quote has no speaker rather than a place's.
pub fn speakers_after(t: &Tokens, quotes: &mut [Quote], dateline: Span) {
    let first = t.index_at(dateline.end);
    for q in quotes.iter_mut() {
        let Some(speaker) = q.speaker.filter(|s| s.start < dateline.end && s.end > dateline.start) else {
            continue;
        };
        let subject = if speaker.end > dateline.end && first < t.len() {
            Some(Span::new(t.toks[first].start(), speaker.end))
        } else {
            subject_after(t, first, q.cue.map_or(q.span.start, |c| c.start))
        };
        if q.source == Some(speaker) {
            q.source = subject;
        }
        q.speaker = subject;
    }
}

/// The words from token `first` to the first comma, before byte `limit`, as a subject (see
/// [`speakers_after`]).
fn subject_after(t: &Tokens, first: usize, limit: usize) -> Option<Span> {
    let comma = (first..t.len().min(first + 12)).find(|&k| t.is_p(k, ",") || t.toks[k].start() >= limit)?;
    if !t.is_p(comma, ",") || (first..comma).any(|k| t.is_lower(k) && t.s(k).ends_with("ed")) {
        return None;
    }
    let a = first + usize::from(matches!(t.s(first), "<" | "("));
    let mut b = comma;
    if b >= a + 3 && t.s(b - 1) == ">" && t.s(b - 3) == "<" {
        b -= 3; // a ticker: `<AXP>`
    } else if b > a && matches!(t.s(b - 1), ">" | ")") {
        b -= 1;
    }
    (b > a).then(|| Span::new(t.toks[a].start(), t.toks[b - 1].end()))
}

/// The last attributed quotation, whose attribution a quotation without one of its own may
/// continue.
#[derive(Clone, Copy)]
struct Carried {
    /// The paragraph it ends in (moved on by unattributed quotations that continue it).
    para: usize,
    attr: Attribution,
    source: Option<Span>,
}

fn find_quotes(t: &Tokens, cues: &Cues, regions: &[Region], skip: &[Span], frame: &[Span]) -> Vec<Quote> {
    let paras = paragraph_ids(t);
    let mut names = NameIndex::new(t);
    let subjects = speech_subjects(t, cues, regions);
    names.spoken = subjects.iter().map(|m| m.span.text(t.text)).filter(|w| !w.contains(' ')).collect();
    // What each speech subject names, resolved once (None for a pronoun or a description,
    // which name no one new): the quotations and reported speech both read it.
    let subject_names: Vec<Option<Span>> = subjects
        .iter()
        .map(|m| (!is_pronoun_span(t, m.span) && !is_description(t, m.span)).then(|| names.resolve(t, m.span)))
        .collect();
    let persons = persons_outside(&names.persons, regions, frame);
    let mut quotes: Vec<Quote> = Vec::with_capacity(regions.len());
    // The regions of the quotes kept, one per quote.
    let mut kept: Vec<Region> = Vec::with_capacity(regions.len());
    let mut last: Option<Carried> = None;
    // The closing mark of the last attributed quote (0: none yet).
    let mut last_close = 0;
    let mut recent = Recent::default();
    let (mut subject_i, mut person_i) = (0, 0);
    for r in regions {
        // Speakers and people named in prose before this quote are candidates for its
        // pronouns and descriptions.
        while subject_i < subjects.len() && subjects[subject_i].tok < r.open {
            let tok = subjects[subject_i].tok;
            if let Some(mention) = subject_names[subject_i] {
                recent.add_entity(Candidate { tok, para: paras.of(tok), mention });
            }
            subject_i += 1;
        }
        while person_i < persons.len() && persons[person_i].tok < r.open {
            let Mention { tok, span } = persons[person_i];
            recent.add_person(Candidate { tok, para: paras.of(tok), mention: span });
            person_i += 1;
        }
        let para = paras.of(r.open);
        recent.ahead = None;
        if recent.entities.is_empty() && recent.persons.is_empty() {
            recent.ahead = subjects[subject_i..]
                .iter()
                .zip(&subject_names[subject_i..])
                .take_while(|(m, _)| paras.of(m.tok) <= para + 1)
                .find_map(|(_, name)| *name)
                .map(|mention| Candidate { tok: 0, para, mention });
        }
        // The sentence's start, but never more than a window back: a text without sentence
        // ends (10 MB of quote marks) must not make every quote read back to its start.
        let lo = t.sentence_start(r.open).max(r.open.saturating_sub(WINDOW * 2));
        let hi = sentence_end(t, r.close + 1);
        let mut attr = own_attribution(t, cues, r, lo, hi);
        if let Some(sp) = attr.speaker.and_then(|sp| main_subject_for_embedded_pronoun(t, &names, sp, lo)) {
            attr.speaker = Some(sp);
        }
        // `“The risk,” said Edward Leamer, an economist, “is that …”`: the second half of
        // a split quotation finds the same cue; the first half found its speaker.
        if attr.speaker.is_none() && attr.cue.is_some() {
            if let Some(l) = last.filter(|l| l.attr.cue == attr.cue && l.attr.speaker.is_some()) {
                attr = l.attr;
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
            if let Some(a) = attribution_sentence_before(t, cues, r, &subjects[..subject_i], &paras, last_close) {
                attr = a;
            }
        }
        if !attr.found() {
            // `“A,” he said. “B.”`: a quote later in the same paragraph takes the same
            // speaker and cue, and so does a quote opening the next paragraph (the speaker
            // goes on: `“…,” Trump said.⏏“…”`); elsewhere in the next paragraph only the source.
            if let Some(l) = last {
                let p = l.para;
                if p == para && !t.toks[r.open].para_start || para == p + 1 && t.toks[r.open].para_start {
                    attr = l.attr;
                    if t.sentence_start(r.open) == r.open {
                        attr.speaker = attr.speaker.map(|sp| named_for_new_sentence(t, sp));
                    }
                    source = l.source;
                    inherited = true;
                } else if para <= p + 1 || t.toks[r.open].para_start && only_captions_between(t, &paras, p, para) {
                    // (`“…,” says Parata.⏏Hori Parata at his farm⏏“We’re having to …”`: a
                    // photo caption or a label between them breaks no speech.)
                    source = l.source;
                }
            }
        }
        // The paragraph where the quotation ends: a multi-paragraph quote hands its speaker
        // on from its last paragraph.
        let close_para = paras.of(r.close);
        if !inherited {
            attr.speaker = attr.speaker.and_then(|sp| tidy_mention(t, sp, r.open));
        }
        if let Some(sp) = attr.speaker.filter(|_| !inherited || source.is_none()) {
            source = resolve(t, sp, &names, &recent, para);
        }
        if attr.found() {
            last = Some(Carried { para: close_para, attr, source });
            last_close = r.close;
            if let Some(s) = source.filter(|s| !is_pronoun_span(t, *s) && !is_description(t, *s)) {
                recent.add_entity(Candidate { tok: r.open, para, mention: s });
            }
        } else if let Some(l) = last.as_mut() {
            l.para = close_para; // an unattributed continuation carries the speaker on
        }
        // An inherited attribution never sits inside the quotation itself.
        if attr.speaker.is_some_and(|sp| sp.overlaps(r.span)) || attr.cue.is_some_and(|c| c.overlaps(r.span)) {
            attr = Attribution::default();
            source = None;
        }
        quotes.push(Quote { span: r.span, kind, speaker: attr.speaker, source, cue: attr.cue, source_id: None });
        kept.push(*r);
    }
    take_from_next_in_sentence(t, &mut quotes, &kept);
    let mut reported = reported::find(t, cues, regions, skip);
    // Lines that open with a name and a colon, the name of someone the story has speak
    // (`Carson said` in its prose): not a label, a team or a heading in capitals. (Few: each
    // goes into its place in cue order, no sort.)
    let last_word = |s: Span| s.text(t.text).rsplit(' ').next().unwrap_or("");
    // A label opening the text (its headline) that names a person the story names in full
    // (`Pence:` before `Gov. Mike Pence` in the story) speaks too.
    let known = |s: Span| {
        let name = last_word(s);
        let named = names.spoken.contains(name) || s.start == 0 && names.full_name_of(s, name);
        named && names.is_person(t, s)
    };
    // And headlines in which a person the story has speak, named by the last word of a speech
    // subject, says something (`Clinton Says Russians Hacked DNC`).
    let speaks = |s: Span| {
        let name = last_word(s);
        subjects.iter().any(|m| last_word(m.span) == name) && names.is_person(t, s)
    };
    let headlines = reported::headline_reports(t, regions, speaks);
    let polls = reported::poll_findings(t, &reported, regions);
    for h in reported::name_colon_lines(t, regions, known).into_iter().chain(headlines).chain(polls) {
        let at = reported.partition_point(|r| r.cue_tok < h.cue_tok);
        reported.insert(at, h);
    }
    if !reported.is_empty() {
        let story = Story {
            t,
            paras: &paras,
            names: &names,
            subjects: &subjects,
            subject_names: &subject_names,
            persons: &persons,
        };
        add_reported(&story, &mut quotes, &kept, &reported);
    }
    quotes
}

/// What the source resolution of reported speech reads: the people named in the story.
struct Story<'a, 't> {
    t: &'a Tokens<'t>,
    paras: &'a Paragraphs,
    names: &'a NameIndex<'t>,
    subjects: &'a [Mention],
    /// What each of `subjects` names (see `find_quotes`).
    subject_names: &'a [Option<Span>],
    persons: &'a [Mention],
}

/// Adds the reported speech to `quotes` (whose regions are `kept`), each with its source
/// resolved against the people named before its cue (speech subjects, people opening a
/// sentence, the sources of quotations), and keeps `quotes` sorted by start.
fn add_reported(story: &Story, quotes: &mut Vec<Quote>, kept: &[Region], reported: &[reported::Reported]) {
    let t = story.t;
    let quoted_source = |q: &Quote| q.source.filter(|s| !is_pronoun_span(t, *s) && !is_description(t, *s));
    // Everyone named before each cue, fed to `recent` in token order from three sorted
    // lists: speech subjects, people opening a sentence, the sources of quotations.
    let (mut si, mut pi, mut qi) = (0, 0, 0);
    let mut recent = Recent::default();
    let mut added: Vec<Quote> = Vec::with_capacity(reported.len());
    // `reported` is in the order of its cues.
    for rep in reported {
        loop {
            while si < story.subjects.len() && story.subject_names[si].is_none() {
                si += 1;
            }
            while qi < quotes.len() && quoted_source(&quotes[qi]).is_none() {
                qi += 1;
            }
            // (`kept` has one region per quote, so it ends where `quotes` does.)
            let q_source = quotes.get(qi).and_then(quoted_source);
            let s_tok = story.subjects.get(si).map_or(usize::MAX, |m| m.tok);
            let p_tok = story.persons.get(pi).map_or(usize::MAX, |m| m.tok);
            let q_tok = kept.get(qi).map_or(usize::MAX, |r| r.open);
            let next = s_tok.min(p_tok).min(q_tok);
            if next >= rep.cue_tok {
                break;
            }
            let para = story.paras.of(next);
            if s_tok == next {
                let mention = story.subject_names[si].unwrap_or(story.subjects[si].span);
                recent.add_entity(Candidate { tok: next, para, mention });
                si += 1;
            } else if p_tok == next {
                let m = story.persons[pi];
                recent.add_person(Candidate { tok: m.tok, para, mention: m.span });
                pi += 1;
            } else if let Some(s) = q_source {
                recent.add_entity(Candidate { tok: next, para, mention: s });
                qi += 1;
            }
        }
        let para = story.paras.of(rep.cue_tok);
        let speaker = rep.speaker.and_then(|sp| tidy_mention(t, sp, rep.cue_tok));
        let source = speaker.and_then(|sp| resolve(t, sp, story.names, &recent, para));
        let span = Span::new(t.toks[rep.from].start(), t.toks[rep.to - 1].end());
        added.push(Quote { span, kind: QuoteKind::Indirect, speaker, source, cue: Some(rep.cue), source_id: None });
    }
    crate::sort_by_key(&mut added, |q| q.span.start);
    attribute_quoted_parts(quotes, &added);
    merge_sorted(quotes, &added);
}

/// `The woman who voted next to Obama says she was "embarrassed and just shocked," after …`:
/// a quotation without a speaker inside reported content (both sorted by start) is the
/// reporter's quoted part of it, said by the same speaker.
fn attribute_quoted_parts(quotes: &mut [Quote], added: &[Quote]) {
    let mut j = 0;
    for q in quotes.iter_mut().filter(|q| q.speaker.is_none()) {
        // The last report that starts at or before the quotation.
        while j + 1 < added.len() && added[j + 1].span.start <= q.span.start {
            j += 1;
        }
        let holder = added.get(j).filter(|r| r.span.start <= q.span.start && r.span.end >= q.span.end);
        if let Some(r) = holder.filter(|r| r.speaker.is_some()) {
            (q.speaker, q.source) = (r.speaker, r.source);
            q.cue = q.cue.or(r.cue);
        }
    }
}

/// Merges `added` (sorted by start) into `quotes` (sorted by start) in place, from the back;
/// of equal starts, the quotation comes first.
fn merge_sorted(quotes: &mut Vec<Quote>, added: &[Quote]) {
    let (mut i, mut j) = (quotes.len(), added.len());
    quotes.extend_from_slice(added);
    let mut k = quotes.len();
    while j > 0 {
        k -= 1;
        if i > 0 && quotes[i - 1].span.start > added[j - 1].span.start {
            quotes[k] = quotes[i - 1];
            i -= 1;
        } else {
            quotes[k] = added[j - 1];
            j -= 1;
        }
    }
}

/// The attribution a quotation finds in its own sentence (`lo..hi`): after it, before it,
/// in a lead-in ending the paragraph before with a colon, or the subject of a sentence that
/// frames it as speech.
fn own_attribution(t: &Tokens, cues: &Cues, r: &Region, lo: usize, hi: usize) -> Attribution {
    let mut attr = attribute_after(t, cues, r, hi);
    if !attr.found() {
        attr = attribute_before(t, cues, r, lo);
    }
    // `Dr. Ward stated:⏎⏎"…"`: a lead-in ending the previous paragraph with a colon.
    if !attr.found() && r.open > 0 && t.toks[r.open].para_start && t.is_p(r.open - 1, ":") {
        let lead_lo = t.sentence_start(r.open - 1).max(r.open.saturating_sub(WINDOW * 2));
        attr = attribute_before(t, cues, r, lead_lo);
        // `17-year-old Jared Potts echoed:`, `President Clinton released the following
        // statement:` — whatever the verb, the lead-in's subject speaks.
        if !attr.found() {
            attr = subject_and_verb(t, r, lead_lo);
        }
    }
    // The sentence's subject speaks a quotation that reads as speech, not a scare term.
    if !attr.found() && !t.toks[r.open].para_start && (is_speech_like(t, r) || sentence_reports_speech(t, r, lo, hi)) {
        attr = subject_and_verb(t, r, lo);
    }
    attr
}

/// Where the paragraphs start (see [`Paragraphs`]).
fn paragraph_ids(t: &Tokens) -> Paragraphs {
    // Paragraph starts are in the quote marks' set (the first token is one).
    let starts = t.members(set::QUOTE).filter(|&i| t.toks[i].para_start).map(|i| i as u32).collect();
    Paragraphs { starts }
}

/// Whether the paragraphs strictly between `from` and `to` (at most two) are captions or
/// labels a web page sets between paragraphs: short lines set off by blank lines that end
/// without a sentence's stop (`Hori Parata at his Pātaua farm, the place where he was born`,
/// `whale strandings`). Hard-wrapped copy (1987 Reuters) has such lines inside sentences,
/// without the blank lines.
fn only_captions_between(t: &Tokens, paras: &Paragraphs, from: usize, to: usize) -> bool {
    let blank_before =
        |k: usize| k > 0 && Span::new(t.toks[k - 1].end(), t.toks[k].start()).text(t.text).matches('\n').count() >= 2;
    let caption = |j: usize| {
        let (first, end) = (paras.starts[j] as usize, paras.starts[j + 1] as usize);
        let last = t.s(end - 1);
        let stop = t.ends_sentence(end - 1) || is_quote_mark(t, end - 1) || matches!(last, ":" | ";");
        end - first <= 30 && !stop && blank_before(first) && blank_before(end)
    };
    to > from + 1 && to <= from + 3 && (from + 1..to).all(caption)
}

/// The paragraph of any token, from the paragraphs' first tokens (a binary search): a table
/// per paragraph rather than per token keeps large texts' memory down (page faults of a
/// per-token table showed at 10 MB).
struct Paragraphs {
    starts: Vec<u32>,
}

impl Paragraphs {
    fn of(&self, tok: usize) -> usize {
        self.starts.partition_point(|&s| s as usize <= tok).saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each quote as one line: `[kind] “…” — speaker (cue) → source`, with `?` for what is
    /// missing and the source left out when it is the speaker itself.
    fn quotes(text: &str) -> Vec<String> {
        let t = Tokens::new(text);
        find(&t, &[], &[])
            .into_iter()
            .map(|q| {
                let s = |x: Option<Span>| x.map_or("?", |x| x.text(text));
                let mut line = format!("[{}] {} — {} ({})", q.kind.as_str(), s(Some(q.span)), s(q.speaker), s(q.cue));
                if q.source != q.speaker {
                    line += &format!(" → {}", s(q.source));
                }
                line
            })
            .collect()
    }

    #[test]
    fn said_after_and_pronoun_resolution() {
        let text = "“We met last night,” a spokesman for US Forces in Afghanistan told Reuters. \
                    “The meeting was about the need to reduce the violence,” he said.";
        assert_eq!(
            quotes(text),
            [
                "[direct] “We met last night,” — a spokesman for US Forces in Afghanistan (told)",
                "[direct] “The meeting was about the need to reduce the violence,” — he (said) \
                 → a spokesman for US Forces in Afghanistan",
            ]
        );
    }

    #[test]
    fn said_before_with_colon() {
        assert_eq!(
            quotes("Asked about the likelihood, he said: \"We think there is a good chance.\""),
            ["[direct] \"We think there is a good chance.\" — he (said) → ?"]
        );
    }

    #[test]
    fn verb_first_and_appositive() {
        assert_eq!(
            quotes("\"It is over,\" said Jane Doe, a spokeswoman."),
            ["[direct] \"It is over,\" — Jane Doe (said)"]
        );
        assert_eq!(
            quotes("\"It is over,\" Hugh Hill, a doctor, said."),
            ["[direct] \"It is over,\" — Hugh Hill (said)"]
        );
    }

    #[test]
    fn partial_and_scare_quotes() {
        assert_eq!(
            quotes("The minister described it as “a fix that will not last” on Monday."),
            [
                // The object of `described` is the view reported, its quoted part a partial.
                "[indirect] it as “a fix that will not last” on Monday — The minister (described)",
                "[partial] “a fix that will not last” — The minister (described)"
            ]
        );
        assert!(quotes("Investors fear a “soft” Brexit.").is_empty());
        assert!(quotes("He appeared on “Good Morning America” today.").is_empty());
    }

    #[test]
    fn apostrophes_are_not_closing_marks() {
        assert_eq!(
            quotes("“It’s rock ’n’ roll and Simmons’ ’90s band,” he said."),
            ["[direct] “It’s rock ’n’ roll and Simmons’ ’90s band,” — he (said) → ?"]
        );
    }

    #[test]
    fn multi_paragraph_quote_is_one() {
        assert_eq!(
            quotes("“First paragraph of the quote goes on.\n“Second paragraph ends it,” she said.\nNext."),
            ["[direct] “First paragraph of the quote goes on.\n“Second paragraph ends it,” — she (said) → ?"]
        );
    }

    #[test]
    fn unbalanced_mark_stops_at_paragraph_end() {
        assert_eq!(
            quotes("He said “this never closes and goes on for a while.\nThe next paragraph is prose, not a quote."),
            ["[partial] “this never closes and goes on for a while. — He (said) → ?"]
        );
    }

    #[test]
    fn nyt_double_apostrophes_and_guillemets() {
        assert_eq!(
            quotes("''We will win this race,'' Mr. Trump said."),
            ["[direct] ''We will win this race,'' — Mr. Trump (said)"]
        );
        assert_eq!(
            quotes("« We are going to win tonight, » he said. Then «Another full quote here.» she said."),
            [
                "[direct] « We are going to win tonight, » — he (said) → ?",
                "[direct] «Another full quote here.» — she (said) → ?"
            ]
        );
    }

    #[test]
    fn split_quote_takes_the_same_speaker() {
        assert_eq!(
            quotes("\"A is true,\" Nakagawa said. \"B is also true.\""),
            ["[direct] \"A is true,\" — Nakagawa (said)", "[direct] \"B is also true.\" — Nakagawa (said)"]
        );
    }

    /// ISSUE #18: a time phrase between the speaker and the verb is not part of the speaker
    /// (`on Monday` was tested as punctuation and never stripped).
    #[test]
    fn day_between_speaker_and_verb() {
        assert_eq!(
            quotes("Smith on Monday said: \"We will win this race.\""),
            ["[direct] \"We will win this race.\" — Smith (said)"]
        );
        assert_eq!(
            quotes("Smith yesterday said: \"We will win this race.\""),
            ["[direct] \"We will win this race.\" — Smith (said)"]
        );
    }
}
