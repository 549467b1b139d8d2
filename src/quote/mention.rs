//! Speaker mentions: which words around a cue name who spoke.
//!
//! Given a cue's token (from [`super::cue::Cues`]), it finds the mention before it
//! (`a spokesman for US Forces in Afghanistan told`, `Hugh Hill, a doctor, said`, `he went on
//! to say`) or after it (`said Jane Doe`, `according to the ministry`), and a sentence's
//! subject where the verb is not a cue. It decides the mention's extent only: it does not
//! decide whether a quotation is attributed ([`super::attribute`]) nor whom a pronoun means
//! ([`super::resolve`](mod@super::resolve)). The closed word classes it tests are data in `src/lexicon/`.

use super::cue::Cues;
use super::marks::{is_quote_mark, Region, RegionCursor};
use crate::lexicon;
use crate::prefilter;
use crate::span::Span;
use crate::text::Tokens;

/// A speaker mention and the token it hangs on: the speech verb of a speech subject, the
/// first token of a person named at a sentence's start.
#[derive(Clone, Copy, Debug)]
pub(super) struct Mention {
    pub(super) tok: usize,
    pub(super) span: Span,
}

pub(super) fn is_pronoun(w: &str) -> bool {
    lexicon::is(w, lexicon::class::PRONOUN)
}

pub(super) fn is_pronoun_span(t: &Tokens, s: Span) -> bool {
    is_pronoun(s.text(t.text))
}

/// A definite description (`the England international`, `the lawmaker`): `the` and
/// lower-case words, which point back to someone named before.
pub(super) fn is_description(t: &Tokens, s: Span) -> bool {
    let text = s.text(t.text);
    let mut words = text.split_whitespace();
    // The head noun (the last word) is lower case: `the lawmaker`, `the England international`
    // (but `the Electoral Commission` is a name).
    matches!(words.next(), Some("the") | Some("The"))
        && text.split_whitespace().count() <= 4
        && words.clone().count() >= 1
        && words.last().is_some_and(|w| w.chars().next().is_some_and(|c| c.is_lowercase()) || w.ends_with("-old"))
}

/// A speaker mention without the debris a reader can leave at its edges: page furniture
/// (`READ MORE`), a leading
/// preposition or conjunction and a date after it (`in July 2011 Blackstone Chief Executive
/// Steve Schwarzman`, `with Gorka`, `like the elderly couple`), a leading `including`, a
/// trailing relative word, comma or dash (`analysts who`), and an aside after a dash
/// (`Democrats -- including Clinton --`). None when nothing is left (`in April`). `near` is
/// a token close to the mention (its quotation or cue), where the search for it starts.
pub(super) fn tidy_mention(t: &Tokens, m: Span, near: usize) -> Option<Span> {
    // (Stepping from `near` only while the mention is a few hundred bytes away: an
    // attribution carried far would make it a walk.)
    let close = t.toks.get(near).is_some_and(|k| k.start().abs_diff(m.start) < 512);
    let mut from = if close { t.index_near(m.start, near) } else { t.index_at(m.start) };
    let mut to = t.index_near(m.end, from);
    let dash = |k: usize| is_dash(t.s(k));
    if let Some(k) = (from + 1..to).find(|&k| dash(k) && t.s(k + 1) == "including") {
        to = k;
    }
    from += furniture_at(t, from, to);
    let mut opened = false;
    while from < to {
        let w = t.s(from);
        // (A relative `who` is a mention of its own, resolved to its antecedent.)
        // (Nor a quantity's lead: `only 7 percent`.)
        let quantity = !opened && lexicon::is(w, lexicon::class::QUANTITY_LEAD) && counts_people(t, from + 1);
        let kept = t.is_lower(from) && (w == "who" || matches!(t.s(from + 1), "least" | "most") || quantity);
        let lead = opens_phrase(t, from) && !kept;
        if !(lead || opened && (t.is_num(from) || lexicon::is_calendar_noun(w))) {
            break;
        }
        opened = true;
        from += 1;
    }
    // `In a statement the Phoenix-based company described …`, `Excluding items the company
    // earned …`: after an opening phrase with no comma, an article right after its noun opens
    // the subject.
    let after_preposition = from > 0 && opens_phrase(t, from - 1);
    let opening_phrase = opened || after_preposition || t.is_cap(from) && t.s(from).ends_with("ing");
    let article_after_noun = |k: usize| {
        matches!(t.s(k), "the" | "a" | "an") && t.is_lower(k - 1) && !is_leading_debris(t.s(k - 1)) && k + 1 < to
    };
    if let Some(k) = (from + 1..to.min(from + 5)).find(|&k| opening_phrase && article_after_noun(k)) {
        from = k;
    }
    while to > from + 1
        && (t.is_lower(to - 1) && lexicon::is(t.s(to - 1), lexicon::class::RELATIVE_WORD)
            || dash(to - 1)
            || t.is_p(to - 1, ","))
    {
        to -= 1;
    }
    // `Trump's claim that …`: a mention names its speaker without the possessive ending of a
    // noun it owns (not `Friends of Mr. Clinton's who …`, a name in the possessive).
    let owns = to < t.len() && t.is_word(to) && !lexicon::is(t.s(to), lexicon::class::RELATIVE_WORD);
    (from < to).then(|| {
        let last = t.s(to - 1);
        let cut = if owns { last.len() - lexicon::strip_possessive(last).len() } else { 0 };
        Span::new(t.toks[from].start(), t.toks[to - 1].end() - cut)
    })
}

/// How many tokens of web-page furniture (`READ MORE`, `Advertisement`) open `from..to`
/// with a word left after them: 0 when none does.
pub(super) fn furniture_at(t: &Tokens, from: usize, to: usize) -> usize {
    if from >= to || !lexicon::may_open_furniture(t.s(from)) {
        return 0;
    }
    let furniture =
        lexicon::page_furniture().iter().find(|p| p.len() < to - from && (0..p.len()).all(|m| t.eq_ci(from + m, p[m])));
    furniture.map_or(0, |p| p.len())
}

/// Whether token `k` is `to` (or `for`, `of`) after a role noun, before a capitalised run
/// (ending before `hi`) with a known given name after its first word: `envoy to Ukraine John
/// Doe`, where the complement runs into the name.
fn is_complement_before_name(t: &Tokens, k: usize, hi: usize) -> bool {
    let run_end = name_run_end(t, k + 1, hi);
    k > 0
        && matches!(t.s(k), "to" | "for" | "of")
        && lexicon::is_role_noun(t.s(k - 1))
        && (k + 2..run_end.saturating_sub(1)).any(|m| lexicon::gender(t.s(m)).is_some())
}

/// One past the capitalised run that starts at `from`, before `hi`.
pub(super) fn name_run_end(t: &Tokens, from: usize, hi: usize) -> usize {
    // (A hyphen joins the parts of one name: `Robin Leigh-Pemberton`.)
    let hyphen = |m: usize| m > from && t.joining_hyphen(m) && t.is_cap(m + 1);
    (from..hi).find(|&m| !(t.is_cap(m) || hyphen(m))).unwrap_or(hi)
}

/// Whether token `k` opens a phrase that is no mention: a preposition, a conjunction or
/// `including` in lower case, a preposition capitalised at a sentence's start.
fn opens_phrase(t: &Tokens, k: usize) -> bool {
    if t.is_lower(k) {
        is_leading_debris(t.s(k))
    } else {
        is_preposition_opener(t.s(k))
    }
}

/// A word that never opens a mention, left at its start by a reader: a preposition, a
/// conjunction or a question word (`of`, `and`, `whether`), or `including`.
fn is_leading_debris(w: &str) -> bool {
    lexicon::is(w, lexicon::class::NOT_A_CLAUSE_OPENER) || w == "including"
}

/// A dash between words (`-` with spaces, `--`, `—`, `–`): the mention readers' one set.
pub(super) fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "--" | "—" | "–")
}

/// Words that end a clause: a speaker mention never crosses them.
pub(super) fn is_clause_word(w: &str) -> bool {
    lexicon::is(w, lexicon::class::CLAUSE)
}

/// Words that open a subordinate clause: a cue after one belongs to the writer's sentence,
/// not to the quotation before it.
pub(super) fn is_subordinator(w: &str) -> bool {
    lexicon::is(w, lexicon::class::SUBORDINATOR)
}

/// Adverbs and auxiliaries between a speaker and the verb: `he also said`, `she has said`.
pub(super) fn is_verb_padding(w: &str) -> bool {
    lexicon::is(w, lexicon::class::PADDING)
}

/// The first of the lower-case padding words (`also`, `has`) that stand right before token
/// `v`, not before `lo`: `v` itself when none does.
pub(super) fn before_padding(t: &Tokens, v: usize, lo: usize) -> usize {
    let mut k = v;
    while k > lo && t.is_lower(k - 1) && is_verb_padding(t.s(k - 1)) {
        k -= 1;
    }
    k
}

/// `did not`, `didn't`, `never`, `would`: between a subject and the verb of an infinitive.
pub(super) fn is_negation_or_auxiliary(w: &str) -> bool {
    lexicon::is(w, lexicon::class::NEGATION)
}

/// Words that open an adverbial phrase, never a subject: `Despite parliamentary …`.
pub(super) fn is_preposition_opener(w: &str) -> bool {
    lexicon::is(w, lexicon::class::PREPOSITION_OPENER)
}

/// A lower-case word that reads as a finite verb: a speech verb, an auxiliary, or a past
/// tense (`listed`, `adopted`).
pub(super) fn looks_like_verb(w: &str) -> bool {
    lexicon::is_speech_verb(w) || lexicon::is(w, lexicon::class::AUXILIARY) || lexicon::is_past_form(w)
}

/// Words that can open a speaker mention.
pub(super) fn opens_mention(t: &Tokens, i: usize) -> bool {
    if t.is_cap(i) || t.is_num(i) {
        return true;
    }
    let w = t.s(i);
    is_pronoun(w)
        || lexicon::number_word(w).is_some()
        || lexicon::is(w, lexicon::class::MENTION_OPENER)
        || lexicon::is(w, lexicon::class::QUANTITY_LEAD) && counts_people(t, i + 1)
        || lexicon::is_role_noun(w)
        // (`people familiar with the matter`: the wire's unnamed source.)
        || t.s(i + 1) == "familiar"
}

/// `7 percent`, `200 people`, `three in five`: a number in digits and what it counts, a
/// share or a plural that is no time (`about 4 weeks ago`), or a share in words, where a
/// quantity may be who speaks.
fn counts_people(t: &Tokens, n: usize) -> bool {
    let unit = t.s(n + 1);
    let number_word = |k: usize| lexicon::number_word(t.s(k)).is_some();
    t.is_num(n)
        && (lexicon::is(unit, lexicon::class::SHARE_WORD)
            || lexicon::is_plural_noun(unit) && !lexicon::is(unit, lexicon::class::TIME_UNIT))
        || number_word(n) && unit == "in" && number_word(n + 2)
}

/// Whether `[from, to)` reads as a mention: it opens like one and holds no clause break.
pub(super) fn mention_ok(t: &Tokens, from: usize, to: usize) -> bool {
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

pub(super) fn mention_ok_body(t: &Tokens, from: usize, to: usize) -> bool {
    if to <= from || to - from > 20 {
        return false;
    }
    // A party tag in brackets may follow a name: `Sen. Marco Rubio (R-Fla.)`.
    let mut depth = 0i32;
    for k in from..to {
        match t.s(k) {
            "(" => depth += 1,
            ")" => depth -= 1,
            _ => {}
        }
        let breaks = !(0..=1).contains(&depth)
            || t.ends_sentence(k) && depth == 0
            || is_quote_mark(t, k)
            || k > from && t.toks[k].para_start
            // A finite `is` or `was` makes it a clause (`Johnson is under fire for …`).
            || matches!(t.s(k), ";" | ":" | "is" | "was" | "are" | "were" | "has" | "have" | "had")
            || past_tense_with_object(t, k, to);
        if breaks {
            return false;
        }
    }
    depth == 0
}

/// `The commission issued a statement`: a past tense at `k` with its object before `to`.
fn past_tense_with_object(t: &Tokens, k: usize, to: usize) -> bool {
    let w = t.s(k);
    t.is_lower(k)
        && w.ends_with("ed")
        && w.len() > 4
        && k + 1 < to
        && lexicon::is(t.s(k + 1), lexicon::class::OBJECT_DETERMINER)
}

/// The mention right before a cue verb at `v`, not crossing `lo`: `a spokesman for US Forces
/// in Afghanistan` (told), `he` (said), `Hugh Hill` (, a doctor, said).
pub(super) fn mention_before(t: &Tokens, cues: &Cues, v: usize, lo: usize) -> Option<Span> {
    let mut end = v;
    // Passive (`has been described as`): the speaker is the agent after `by`, not the subject.
    if end > lo && lexicon::is(t.s(end - 1), lexicon::class::BE_FORM) {
        return None;
    }
    // Where the verb governing an infinitive ends: before its `to` and a day (`tweeted on
    // Friday to say`).
    let to = end > lo + 2 && t.s(end - 1) == "to";
    let governing = if to { before_day_phrase(t, end - 1, lo) } else { end };
    // `prompted Obama to reply`, `urged Smith to say`: the infinitive's subject is the name
    // right before its `to`, the object of the verb before it.
    if to && governing == end - 1 && t.is_cap(end - 2) {
        let s = name_run_start(t, end - 1, lo);
        if s > lo && t.is_lower(s - 1) && mention_ok(t, s, end - 1) {
            return Some(Span::new(t.toks[s].start(), t.toks[end - 2].end()));
        }
    }
    // An infinitive: the subject is that of the verb governing it (`he went on to say`,
    // `she declined to comment`, `Airbus didn't want to add`).
    let infinitive = to && governing > lo + 1 && t.is_lower(governing - 1);
    if infinitive {
        end = governing - 1;
        if end > lo && t.s(end - 1) == "on" {
            end -= 1; // `went on to`
        }
        // (And a progressive's `be`: `Clinton is continuing to insist`.)
        while end > lo
            && t.is_lower(end - 1)
            && (is_negation_or_auxiliary(t.s(end - 1)) || lexicon::is(t.s(end - 1), lexicon::class::BE_FORM))
        {
            end -= 1;
        }
        // `hold Bryan Pagliano in contempt of Congress for refusing to testify`: a gerund
        // after a preposition has no subject before it.
        if end > lo && t.s(end).ends_with("ing") && lexicon::is(t.s(end - 1), lexicon::class::PREPOSITION) {
            return None;
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
    if end >= lo + 3 && lexicon::is(t.s(end - 2), lexicon::class::TIME_MODIFIER) && t.is_lower(end - 1) {
        end -= 2;
    }
    end = before_day_phrase(t, end, lo);
    // `Mike Lee, who declared …`: the relative pronoun is the subject; its antecedent
    // becomes the source (see `antecedent`).
    if end > lo + 1 && t.s(end - 1) == "who" && t.is_p(end - 2, ",") {
        return Some(Span::new(t.toks[end - 1].start(), t.toks[end - 1].end()));
    }
    // `a tweet from Rikkie Wells who tweeted`: a name right before a restrictive `who`.
    if end > lo + 1 && t.s(end - 1) == "who" && t.is_cap(end - 2) {
        let s = name_run_start(t, end - 2, lo);
        return Some(appositive_name(t, s, lo).unwrap_or(Span::new(t.toks[s].start(), t.toks[end - 2].end())));
    }
    // `He wouldn't name the attackers he believes were behind …`: a subject pronoun in lower
    // case right after a word is the whole subject (a clause in the middle of a sentence).
    // (Not after another cue: `She says it underscores …` is hers, read below.)
    if end > lo + 1
        && t.is_lower(end - 1)
        && is_pronoun(t.s(end - 1))
        && t.is_lower(end - 2)
        && cues.at(t, end - 2).is_none()
    {
        return Some(Span::new(t.toks[end - 1].start(), t.toks[end - 1].end()));
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
        // (A hyphen with spaces is a dash: `WASHINGTON (Reuters) - Hillary Clinton said`.)
        let stop = matches!(w, "," | ";" | ":" | "(" | ")" | "—" | "–" | "--")
            || w == "-" && !t.glued(k) && !t.glued(k + 1)
            || t.ends_sentence(k)
            || is_quote_mark(t, k)
            || (t.is_lower(k) && (is_clause_word(w) || lexicon::is(w, lexicon::class::MENTION_BREAK)))
            || t.toks[start].para_start && start != end;
        if stop || end - k > 14 {
            break;
        }
        // `Bregier said Airbus didn't want to add`: the subject of the cue is never the
        // subject of an earlier verb of speech. (Elsewhere a longer mention that takes in
        // an earlier cue, `Trump tweets early Friday`, still holds the right speaker.)
        if infinitive && t.is_lower(k) && cues.at(t, k).is_some() && start < end {
            break;
        }
        start = k;
    }
    // `Murphy, though, said`: an adverb set off by commas between the subject and its verb.
    if start == end
        && start > lo + 3
        && t.is_p(start - 1, ",")
        && t.is_p(start - 3, ",")
        && t.is_lower(start - 2)
        && lexicon::is(t.s(start - 2), lexicon::class::INSERTED_ADVERB)
    {
        return mention_before(t, cues, start - 3, lo);
    }
    // An appositive: `Hugh Hill, a doctor, said` — the mention is the name before it.
    // `Jason Sims — a teacher from Mount Pleasant — says`: an appositive between dashes.
    if start == end && start > lo + 1 && matches!(t.s(start - 1), "—" | "–" | "--") {
        let close = start - 1;
        let open = (close.saturating_sub(30).max(lo)..close).rev().find(|&m| matches!(t.s(m), "—" | "–" | "--"))?;
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
            // (A relative clause inside an appositive is fine: `…, which oversees the Fed,`;
            // its verb may be a cue: `the source, who asked not to be identified, said`.)
            let relative = matches!(t.s(k), "who" | "which");
            if is_pronoun(t.s(k))
                || t.is_lower(k)
                    && is_clause_word(t.s(k))
                    && !lexicon::is(t.s(k), lexicon::class::RELATIVE_IN_APPOSITIVE)
                || !relative
                    && (k + 1..app_end).any(|m| t.is_lower(m) && !t.s(m).ends_with("ing") && cues.at(t, m).is_some())
            {
                break;
            }
            // `After winning Ohio, Gov. John Kasich (R-OH), said`: the piece is the name
            // itself, set off after an adverbial.
            if app_end == start - 1 && is_name_piece(t, k, app_end) {
                return Some(Span::new(t.toks[k].start(), t.toks[app_end - 1].end()));
            }
            // `Charles Blackburn, president and chief executive officer of Diamond Shamrock and
            // the new company, which will emphasize …, said`: a piece that opens with a role
            // describes the name before it.
            let piece = (name_end.saturating_sub(40).max(lo)..name_end).rev().find(|&m| t.is_p(m, ","));
            if let Some(c) = piece.filter(|&c| t.is_lower(c + 1) && lexicon::is_role_noun(t.s(c + 1))) {
                let s = name_run_start(t, c, lo);
                if s < c && mention_ok(t, s, c) {
                    return Some(Span::new(t.toks[s].start(), t.toks[c - 1].end()));
                }
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
            // `A close aide to Nakasone, who asked not to be identified, said`, `Senior sources at
            // the Milan investment bank Sige, which …, said`: a name after lower-case words of
            // its piece ends a longer noun phrase, which speaks.
            // (The piece starts after a comma or a dash: `LONDON, March 16 - The Governor of
            // the Bank of England, …`; the name follows a preposition or a role: `a trader at
            // Merrill Lynch`, `Exchange president Tony Norton`, not `Earlier this week Todd`.)
            // (Without a conjunction: `But a spokesman for …`; not an adverb: `Here in Columbia`.)
            let piece_start =
                (piece.unwrap_or(lo)..s).rev().find(|&m| is_dash(t.s(m)) || t.is_p(m, ",")).map_or(lo, |m| m + 1);
            let piece_start = skip_leading_conjunctions(t, piece_start, s);
            let phrase = |m: usize| t.is_lower(m) && (looks_like_verb(t.s(m)) || is_clause_word(t.s(m)));
            let joins = |m: usize| lexicon::is(t.s(m), lexicon::class::PREPOSITION) || lexicon::is_role_noun(t.s(m));
            if s > piece_start
                && s < name_end
                && t.is_lower(s - 1)
                && joins(s - 1)
                && name_end - piece_start <= 10
                && opens_mention(t, piece_start)
                && !lexicon::is(t.s(piece_start), lexicon::class::ADVERBIAL_OPENER)
                && !is_preposition_opener(t.s(piece_start))
                && !(piece_start..s).any(phrase)
                && mention_ok(t, piece_start, name_end)
            {
                s = piece_start;
            }
            if s < name_end && whole_piece && mention_ok(t, s, name_end) && !is_preposition_opener(t.s(s)) {
                return Some(Span::new(t.toks[s].start(), t.toks[name_end - 1].end()));
            }
            // `The lawmaker, who represents a district …, said`: a description.
            if s == name_end && t.is_lower(name_end - 1) && lexicon::is_role_noun(t.s(name_end - 1)) {
                return mention_before(t, cues, name_end, lo);
            }
            app_end = name_end;
        }
        return None;
    }
    // `The report said Feinberg …`, `Yanacocha officials said they …`: a run that takes in
    // an earlier speech verb is that verb's sentence; its subject speaks. (Not the noun
    // right before the verb: `new fundraising reports show`.)
    if let Some(c) = (start + 1..end).find(|&c| t.is_lower(c) && cues.at(t, c).is_some()).filter(|&c| c + 1 < end) {
        return mention_before(t, cues, c, lo);
    }
    let mut start = skip_leading_conjunctions(t, start, end);
    // Nor is a time phrase: `Last week State Department official David Holmes testified`.
    if start + 2 < end
        && lexicon::is(t.s(start), lexicon::class::TIME_OPENER)
        && lexicon::is_calendar_noun(t.s(start + 1))
    {
        start += 2;
    }
    // A mention never opens with a preposition or a conjunction: `Although he says` → `he`,
    // `As Vulture put it` → `Vulture` (and `Despite parliamentary reports` names no one).
    if start < end && is_preposition_opener(t.s(start)) {
        start += 1;
        // (`In November Blackstone said`: and the month or day it opens.)
        if start + 1 < end && (lexicon::is_full_month(t.s(start)) || lexicon::is_weekday(t.s(start))) {
            start += 1;
        }
    }
    // `teachers and union officials told POLITICO`: two plurals joined by `and`.
    if start >= lo + 2
        && t.s(start - 1) == "and"
        && t.is_lower(start - 2)
        && lexicon::is_plural_noun(t.s(start - 2))
        && plural_common_subject(t, start - 2, end, v)
    {
        start -= 2;
    }
    (mention_ok(t, start, end) || plural_common_subject(t, start, end, v))
        .then(|| Span::new(t.toks[start].start(), t.toks[end - 1].end()))
}

/// A determiner, a possessive or a preposition: a word that cannot end a noun phrase.
fn is_determiner_like(t: &Tokens, k: usize) -> bool {
    let w = t.s(k);
    lexicon::is(w, lexicon::class::OBJECT_DETERMINER)
        || lexicon::is(w, lexicon::class::PREPOSITION)
        || lexicon::is(w, lexicon::class::SUBJECT_DETERMINER)
}

/// `forecasters say`, `environmentalists worry`, `polls show`, `those surveyed say`: people or
/// records named by a plural common noun, at most four lower-case words, as the subject of the
/// cue at `v` (no role list holds every such noun). The verb must agree with a plural: not
/// `protests demands` (a singular verb: the plural is no subject) nor `queries seeking` (a
/// participle that describes the noun).
fn plural_common_subject(t: &Tokens, start: usize, end: usize, v: usize) -> bool {
    // `those surveyed say …`, `those polled said …`: the people a poll asked.
    if end == start + 2 && t.s(start) == "those" && lexicon::is_past_form(t.s(start + 1)) {
        return true;
    }
    // `majorities in all five states say`, `economists at the bank say`: the plural may have
    // a short prepositional phrase after it, which is no part of the test below.
    // (The phrase is words that end in a noun: `friends on their` ends in none, `revenues of
    // 32.9 mln dlrs posted` names a figure; no verb stands in the subject, `has held private
    // talks with …`, and no lone determiner opens it, `this reeks of …`.)
    // (The tests that do not depend on where the phrase starts run once, after one is found.)
    let phrase = (start + 1..end).find(|&p| {
        lexicon::is(t.s(p), lexicon::class::PREPOSITION)
            && end - p <= 5
            && end > p + 1
            && (p + 1..end).all(|k| t.is_word(k))
    });
    let ends_in_noun = || !is_clause_word(t.s(end - 1)) && !is_determiner_like(t, end - 1);
    let no_verb = || !(start..end).any(|k| t.is_lower(k) && looks_like_verb(t.s(k)));
    let end = match phrase {
        Some(p) if ends_in_noun() && no_verb() && !lexicon::is(t.s(start), lexicon::class::SUBJECT_DETERMINER) => p,
        _ => end,
    };
    let verb = t.s(v);
    let agrees = (!verb.ends_with('s') || verb.ends_with("ss")) && !verb.ends_with("ing");
    // A verb that takes an object (`thieves attacked a whale`) reports only with a known
    // speaker, unless nothing follows it (`…, new fundraising reports show.`).
    let no_object = v + 1 >= t.len() || t.ends_sentence(v + 1) || t.is_p(v + 1, ",");
    // (A document speaks whatever follows: `where polls show Mrs. Clinton trailing`.)
    let document = || lexicon::is(t.s(end - 1), lexicon::class::DOCUMENT_NOUN);
    agrees
        && end > start
        && (no_object || document() || !lexicon::is(verb, lexicon::class::OBJECT_VERB))
        && end - start <= 4
        && lexicon::is_plural_noun(t.s(end - 1))
        // (Letters only: `he’s`, `let's` end in an s too.)
        && t.s(end - 1).bytes().all(|b| b.is_ascii_lowercase())
        && (start..end).all(|k| t.is_lower(k))
        && !is_clause_word(t.s(start))
}

/// `Smith on Monday said`, `Jones yesterday said`: where the mention ends when a day stands
/// between it and the verb that starts at `end`, not crossing `lo`.
fn before_day_phrase(t: &Tokens, mut end: usize, lo: usize) -> usize {
    while end > lo {
        let w = t.s(end - 1);
        let on_before = end >= lo + 2 && t.s(end - 2) == "on";
        if lexicon::is_weekday(w) && on_before {
            end -= 2;
        } else if matches!(w, "yesterday" | "today") {
            end -= if on_before { 2 } else { 1 };
        } else {
            break;
        }
    }
    end
}

/// Where the run of capitalised words (and glued dots: `J.`, `Sen.`) ending before token
/// `end` starts, not before `lo`: `Sen. Richard J. Durbin` in `… Sen. Richard J. Durbin (`.
pub(super) fn name_run_start(t: &Tokens, end: usize, lo: usize) -> usize {
    let mut s = end;
    loop {
        if s > lo && (t.is_cap(s - 1) || t.is_p(s - 1, ".") && t.glued(s - 1)) {
            s -= 1;
        } else if s >= lo + 3 && t.glued(s - 1) && t.is_p(s - 2, "-") && t.glued(s - 2) && t.is_cap(s - 3) {
            // `Ban Ki-moon`, `Kim Jong-un`: a lower-case part glued by a hyphen to a capital.
            s -= 2;
        } else if s >= lo + 2 && t.joining_hyphen(s - 1) && t.is_cap(s - 2) {
            // `Wal-Mart`, `Leigh-Pemberton`: a hyphen between capitals.
            s -= 1;
        } else {
            return s;
        }
    }
}

/// The `(` of a short bracket that closes right before token `end` (`(R-Fla.)`), looked
/// for at most eight tokens back and not before `lo`.
pub(super) fn open_bracket_before(t: &Tokens, end: usize, lo: usize) -> Option<usize> {
    (end.saturating_sub(8).max(lo)..end - 1).rev().find(|&k| t.is_p(k, "("))
}

/// `Gov. John Kasich (R-OH)`: two or more capitalised words (with initials and a bracketed
/// party tag), and not a party tag alone (`R-S.C.`).
pub(super) fn is_name_piece(t: &Tokens, from: usize, to: usize) -> bool {
    let mut depth = 0;
    let mut caps = 0;
    for k in from..to {
        match t.s(k) {
            "(" => depth += 1,
            ")" => depth -= 1,
            _ if depth > 0 => {}
            _ if t.is_cap(k) => caps += 1,
            "." if t.glued(k) => {}
            // (`Robin Leigh-Pemberton`: a hyphen inside a name, after its first word.)
            "-" if k > from + 1 && t.joining_hyphen(k) && t.is_cap(k + 1) => {}
            _ => return false,
        }
    }
    caps >= 2 && depth == 0 && !t.is_p(from + 1, "-")
}

/// Leading conjunctions of a sentence are not part of a mention: `But he said`.
pub(super) fn skip_leading_conjunctions(t: &Tokens, mut start: usize, end: usize) -> usize {
    while start < end && lexicon::is(t.s(start), lexicon::class::CONJUNCTION) {
        start += 1;
    }
    start
}

/// `Senator James Lankford, an Oklahoma Republican who …`: when the run at `s` is a
/// description set off after a name (an article, and a comma before it), the name, with its
/// place (`Gov. John Kasich of Ohio, a Republican`) and without a leading conjunction.
pub(super) fn appositive_name(t: &Tokens, s: usize, lo: usize) -> Option<Span> {
    if !(s >= lo + 3 && lexicon::is(t.s(s - 1), lexicon::class::ARTICLE) && t.is_p(s - 2, ",") && t.is_cap(s - 3)) {
        return None;
    }
    let mut name = name_run_start(t, s - 2, lo);
    if name >= lo + 2 && t.s(name - 1) == "of" && t.is_cap(name - 2) {
        name = name_run_start(t, name - 1, lo);
    }
    let name = skip_leading_conjunctions(t, name, s - 3);
    Some(Span::new(t.toks[name].start(), t.toks[s - 3].end()))
}

/// The mention right after a cue: `said Jane Doe`, `said a spokesman for the ministry`.
pub(super) fn mention_after(t: &Tokens, from: usize, hi: usize) -> Option<Span> {
    if from >= hi || !t.is_word(from) {
        return None;
    }
    if is_pronoun(t.s(from)) {
        return Some(Span::new(t.toks[from].start(), t.toks[from].end()));
    }
    let mut end = from;
    while end < hi && end - from < 12 {
        let w = t.s(end);
        let stop = matches!(w, "," | ";" | ":" | "(" | ")" | "—" | "–" | "--")
            || t.ends_sentence(end)
            || is_quote_mark(t, end)
            || (end > from && t.toks[end].para_start)
            || (t.is_lower(end)
                && (is_clause_word(w) || lexicon::is(w, lexicon::class::AFTER_MENTION_STOP))
                && !(w == "with" && t.s(end - 1) == "familiar"))
            || (w == "of" && end > from && t.is_cap(end - 1) && t.is_cap(from.max(end.saturating_sub(2))));
        // `said the envoy to Ukraine John Doe`: a role's complement that runs into a name.
        if stop && is_complement_before_name(t, end, hi) {
            end = name_run_end(t, end + 1, hi);
            break;
        }
        if stop {
            break;
        }
        // `said the candidate could be …`: the subject of the clause the cue reports, no
        // speaker.
        if end > from && t.is_lower(end) && lexicon::is(w, lexicon::class::AUXILIARY) {
            return None;
        }
        end += 1;
    }
    // After a cue the subject may open in lower case: `said planetary geologist Rosaly Lopes`
    // (but not with a preposition: `said of Cruz`).
    let opens = opens_mention(t, from)
        || t.is_lower(from)
            && !is_clause_word(t.s(from))
            && !lexicon::is(t.s(from), lexicon::class::PREPOSITION)
            && (from + 1..end).any(|k| t.is_cap(k));
    (opens && end > from && mention_ok_body(t, from, end))
        .then(|| Span::new(t.toks[from].start(), t.toks[end - 1].end()))
}

/// `described as “heartbreaking” by the conservation department`: the agent after `by`.
pub(super) fn passive_agent(t: &Tokens, after_quote: usize) -> Option<Span> {
    let k = (after_quote..(after_quote + 3).min(t.len())).find(|&k| t.s(k) == "by")?;
    let hi = (k + 14).min(t.len());
    mention_after(t, k + 1, hi)
}

/// `Graham called them “crazy” and said …`, `…, then said …`: a second verb of the
/// sentence's subject.
pub(super) fn coordinated_subject(t: &Tokens, v: usize, lo: usize) -> Option<Span> {
    let pv = before_padding(t, v, lo);
    (pv > lo && matches!(t.s(pv - 1), "and" | "but" | "then")).then(|| sentence_subject(t, lo, pv - 1)).flatten()
}

/// The subject of a sentence whose cue is a participle after a comma (`Anderson said,
/// adding that …`, `Clinton has taken a swipe at Trump, saying that …`): the speaker of an
/// earlier cue in the sentence, or the mention that opens the sentence.
pub(super) fn main_clause_subject(t: &Tokens, cues: &Cues, v: usize, lo: usize) -> Option<Span> {
    if !(v > lo && t.is_p(v - 1, ",") && (t.s(v).ends_with("ing") || t.s(v) == "added")) {
        return None;
    }
    for k in (lo..v.saturating_sub(1)).rev() {
        if let Some(_cue) = cues.at(t, k) {
            if let Some(m) = mention_before(t, cues, k, lo) {
                return Some(m);
            }
            // `“…,” Anderson said, adding …` is read from the quote before.
            if k > lo && is_quote_mark(t, k - 1) {
                return mention_after(t, k + 1, v - 1);
            }
            // `Advisers have been urging the governor to default, saying …`: the sentence's
            // subject, before the cue's auxiliaries.
            break;
        }
        if is_quote_mark(t, k) {
            // `“…,” Anderson said, adding`: the mention between the quote and the cue.
            let mut c = k + 1;
            if t.is_p(c, ",") {
                c += 1;
            }
            let cue = (c..v).find(|&m| cues.at(t, m).is_some())?;
            return mention_before(t, cues, cue, c);
        }
    }
    sentence_subject(t, lo, v)
}

/// The mention that opens a sentence, up to its verb: `Democrat Hillary Clinton` (has
/// taken …), `He` (commanded …), `Sen. Bernie Sanders` (has cast …).
pub(super) fn sentence_subject(t: &Tokens, lo: usize, hi: usize) -> Option<Span> {
    let mut s = lo;
    // `ORLANDO, Fla. (Reuters) - President Barack Obama met …`: a dateline opening the
    // sentence, its agency's bracket then a dash, is no part of the subject.
    let dash = |k: usize| is_dash(t.s(k)) || t.s(k) == "_";
    if let Some(k) = (s..hi.min(s + 12)).find(|&k| t.is_p(k, ")") && dash(k + 1)) {
        s = k + 2;
    }
    while s < hi && lexicon::is(t.s(s), lexicon::class::CONJUNCTION) {
        s += 1;
    }
    // `Last week State Department official David Holmes …`: a time phrase before the subject.
    if s + 2 < hi && lexicon::is(t.s(s), lexicon::class::TIME_OPENER_LATER) && lexicon::is_calendar_noun(t.s(s + 1)) {
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
            s = past_place_and_time(t, c + 1, hi);
        }
    }
    if s >= hi || !opens_mention(t, s) || is_preposition_opener(t.s(s)) {
        return None;
    }
    if is_pronoun(t.s(s)) {
        return Some(Span::new(t.toks[s].start(), t.toks[s].end()));
    }
    let mut e = s;
    let role = |k: usize| t.is_lower(k) && lexicon::is_role_noun(t.s(k));
    // (After a determiner the noun phrase is read below: `The chairman of the …`.)
    let named = !lexicon::is(t.s(s), lexicon::class::SUBJECT_DETERMINER);
    // (Up to 12 tokens: initials take two each, `U.S. District Judge James C. Cacheris`.)
    while e < hi
        && e < s + 12
        && (t.is_cap(e)
            || t.is_p(e, ".") && t.glued(e)
            || t.is_p(e, "-") && t.glued(e)
            || e > s && t.glued(e) && t.is_p(e - 1, "-")
            || e == s
            || matches!(t.s(e), "of" | "for") && t.is_cap(e + 1)
            || role(e) && !t.is_cap(s)
            // (`Brexit backers`, `Clinton campaign spokesman Brian Fallon`, `Staff Builders
            // officers and directors`: a role after a name or a role goes on with the subject.)
            || named && role(e) && e > s && (t.is_cap(e - 1) || role(e - 1) || t.s(e - 1) == "and")
            || named && t.s(e) == "and" && e > s && role(e - 1) && role(e + 1))
    {
        // `Former US secretary of state Madeleine Albright`: a role's `of` and its word.
        e += if role(e) && t.s(e + 1) == "of" && t.is_lower(e + 2) && t.is_cap(e + 3) { 3 } else { 1 };
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
        // (A word before a determiner is a verb, not a noun of the subject: `The company cut
        // its forecast`, `The judge gave a …`; not a preposition: `The head of the …`.)
        let before_object = |e: usize| {
            lexicon::is(t.s(e + 1), lexicon::class::OBJECT_DETERMINER)
                && !lexicon::is(t.s(e), lexicon::class::PREPOSITION)
        };
        while e < hi
            && e < s + 6
            && t.is_lower(e)
            && !(e > s + 1 && before_object(e))
            && (!looks_like_verb(t.s(e)) || adjective(e))
            && !is_clause_word(t.s(e))
            && !lexicon::ends_noun_phrase(t.s(e))
            && !matches!(t.s(e), "inside" | "outside" | "near")
        {
            e += 1;
        }
        // A complement naming a place or body: `One operative inside Trump Tower tried`.
        if e > s + 1 && e + 1 < hi && lexicon::is(t.s(e), lexicon::class::COMPLEMENT_PREPOSITION) && t.is_cap(e + 1) {
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
        || t.is_p(e, ",") && (lexicon::is(t.s(e + 1), lexicon::class::APPOSITIVE_OPENER) || appositive_then_verb());
    (e > s && verb_follows && mention_ok(t, s, e)).then(|| Span::new(t.toks[s].start(), t.toks[e - 1].end()))
}

/// Past the pieces that an opening adverbial goes on with after its comma, a state's
/// abbreviation and a time (`At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie
/// Sanders endorsed …`): the token after them; `s` itself where none follows.
fn past_place_and_time(t: &Tokens, mut s: usize, hi: usize) -> usize {
    let abbreviation = |s: usize, c: usize| {
        t.is_p(c - 1, ".") && !lexicon::is_title(t.s(s)) && (s..c).all(|k| t.is_cap(k) || t.is_p(k, ".") && t.glued(k))
    };
    // (A preposition, not a clause's conjunction: `…, when the 1979 INRA expires, the average`.)
    let circumstance = |s: usize| {
        t.is_lower(s)
            && lexicon::is(t.s(s), lexicon::class::CIRCUMSTANCE_WORD)
            && !lexicon::is(t.s(s), lexicon::class::CLAUSE)
    };
    while let Some(c) = (s + 1..(s + 6).min(hi)).find(|&k| t.is_p(k, ",")) {
        if !(abbreviation(s, c) || circumstance(s)) {
            break;
        }
        s = c + 1;
    }
    s
}

/// A sentence opening with an adverbial phrase rather than its subject: a preposition
/// (`At one point,`), a participle (`Speaking on Tuesday,`), an adverb (`Earlier,`), a
/// number (`In 2010,`) or a lower-case word.
pub(super) fn opens_adverbial(t: &Tokens, s: usize) -> bool {
    let w = t.s(s);
    let lower = prefilter::Lower::new(w);
    !t.is_cap(s) && !is_pronoun(w)
        // `In 2010,`, `Eight years ago,` (but `One operative … tried` is a subject).
        || (t.is_num(s) || lexicon::number_word(lower.as_str()).is_some()) && (lexicon::is_time_unit(t.s(s + 1)) || lexicon::is_calendar_noun(t.s(s + 1)) || t.is_num(s) && t.is_p(s + 1, ","))
        || lexicon::is_weekday(w)
        || lexicon::month(w).is_some()
        || is_preposition_opener(w)
        || t.is_cap(s) && (w.ends_with("ing") || w.ends_with("ly") || w.ends_with("ed")) && w.len() > 4 && !t.is_cap(s + 1)
        || lexicon::is(w, lexicon::class::ADVERBIAL_OPENER)
        // `Hours later,`, `Days earlier,`, `Weeks ago,`.
        || t.is_cap(s) && lexicon::is(t.s(s + 1), lexicon::class::RELATIVE_TIME)
}

/// Subjects of speech verbs in the prose outside quotations (`Nakagawa said Sony was …`):
/// the people a later `he said` may point back to, each with the token of its verb.
pub(super) fn speech_subjects(t: &Tokens, cues: &Cues, regions: &[Region]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut quoted = RegionCursor::new(regions);
    // A cue at the text's first token has no subject before it.
    for &v in cues.starts.iter().filter(|&&v| v > 0) {
        if !t.is_lower(v) || t.eq_ci(v, "according") {
            continue;
        }
        // `"I'm not predicting it"`: a speaker's own words name no one for later pronouns.
        if quoted.inside(v) {
            continue;
        }
        let lo = v.saturating_sub(14);
        if let Some(m) = mention_before(t, cues, v, lo).or_else(|| inverted_subject(t, v)) {
            out.push(Mention { tok: v, span: m });
        }
    }
    out
}

/// The name after a cue that follows its content's comma (`…, said Lawrence Uhlick, executive
/// director`): the speaker a later `he` points back to. Only a run of capitalised words
/// that a comma, a bracket or the sentence's end closes: `…, said Trump could file` opens
/// a clause, not a name; a pronoun (`said he`) names no one new; after `told` or `asked` the
/// name is the listener.
fn inverted_subject(t: &Tokens, v: usize) -> Option<Span> {
    let from = v + 1;
    if v == 0
        || !t.is_p(v - 1, ",")
        || from >= t.toks.len()
        || !t.is_cap(from)
        || lexicon::is(t.s(v), lexicon::class::LISTENER_VERB)
    {
        return None;
    }
    let end = name_run_end(t, from, (from + 5).min(t.toks.len()));
    let closed =
        end >= t.toks.len() || t.is_p(end, ",") || t.is_p(end, "(") || t.ends_sentence(end - 1) || t.is_p(end, ".");
    let name = Span::new(t.toks[from].start(), t.toks[end - 1].end());
    (closed && end - from >= 2 && mention_ok(t, from, end) && !is_pronoun(name.text(t.text))).then_some(name)
}
