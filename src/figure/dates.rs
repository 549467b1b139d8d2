//! Dates and times: `October 18, 2018`, `Feb 26`, `on Tuesday`, `last week`, `the third
//! quarter`, `the 1990s`, `10:30 a.m. EST`.
//!
//! Each matcher starts at one token and hands back a [`Figure`] of kind `date` or `time` and
//! the token after it, or nothing. It decides when a month or weekday is a date rather than
//! a name or a modifier (`May` the name, `Tuesday's vote`); numbers are [`super::numbers`]'s.

use super::{low, span};
use crate::lexicon;
use crate::prefilter;
use crate::span::Span;
use crate::text::Tokens;
use crate::{Figure, FigureKind};

// ------------------------------------------------------------------------- dates

/// Words after which a bare month or weekday is a date, not a noun modifier.
pub(super) fn is_date_preposition(w: &str) -> bool {
    lexicon::is(w, lexicon::class::DATE_PREPOSITION)
}

pub(super) fn date_fig(t: &Tokens, a: usize, b: usize) -> Option<(Figure, usize)> {
    Some((Figure { span: span(t, a, b), kind: FigureKind::Date, value: None, unit: None, qualifier: None }, b))
}

pub(super) fn date_at(t: &Tokens, i: usize) -> Option<(Figure, usize)> {
    // Most figures start at a number, where only the dates led by a number are tried.
    if t.is_num(i) {
        return number_date(t, i);
    }
    let w = t.s(i);
    if t.is_word(i) {
        if let Some(r) = early_late_mid(t, i).or_else(|| relative_date(t, i)) {
            return Some(r);
        }
    }
    if let Some(end) = quarter_at(t, i) {
        return date_fig(t, i, end);
    }
    if lexicon::month(w).is_some() {
        return month_date(t, i);
    }
    if let Some(day) = weekday_word(w) {
        return weekday_date(t, i, day);
    }
    if lexicon::is(w, lexicon::class::HOLIDAY) {
        return date_fig(t, i, i + 1);
    }
    if (w == "Election" || w == "Independence" || w == "Labor" || w == "Memorial" || w == "Veterans")
        && t.s((i + 1).min(t.len() - 1)) == "Day"
        && i + 1 < t.len()
    {
        return date_fig(t, i, i + 2);
    }
    None
}

/// The dates that start at the number at `i`: `1990s`, `4Q`, `18 October 2018`.
pub(super) fn number_date(t: &Tokens, i: usize) -> Option<(Figure, usize)> {
    if let Some(end) = decade_at(t, i) {
        return decade_like(t, i, end).or_else(|| date_fig(t, i, end));
    }
    if let Some(end) = quarter_at(t, i) {
        return date_fig(t, i, end);
    }
    if t.s(i).len() <= 2 && lexicon::is_full_month(t.get(i as isize + 1)) {
        let mut end = i + 2;
        if t.is_num(end) && t.s(end).len() == 4 {
            end += 1;
        }
        return date_fig(t, i, end);
    }
    None
}

/// A weekday, or a possessive one (`Sunday's`): the length of the weekday part.
pub(super) fn weekday_word(w: &str) -> Option<usize> {
    let base = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    lexicon::is_weekday(base).then_some(base.len())
}

/// `Saturday`, `Friday night`, `Wednesday and Thursday`, `Tuesday, Nov. 29, 2016`.
pub(super) fn weekday_date(t: &Tokens, i: usize, len: usize) -> Option<(Figure, usize)> {
    let possessive = len < t.s(i).len();
    let mut end = i + 1;
    let mut end_byte = t.toks[i].start() + len;
    if !possessive {
        if t.is_word(end) && lexicon::is_day_part(t.s(end)) {
            end_byte = t.toks[end].end();
            end += 1;
        } else if (t.s(end.min(t.len().saturating_sub(1))) == "and" || t.s(end.min(t.len().saturating_sub(1))) == "or")
            && end + 1 < t.len()
            && weekday_word(t.s(end + 1)).is_some_and(|l| l == t.s(end + 1).len())
        {
            end_byte = t.toks[end + 1].end();
            end += 2;
        } else if t.is_p(end, ",") && lexicon::month(t.get(end as isize + 1)).is_some() {
            if let Some((f, next)) = month_date(t, end + 1) {
                if f.span.len() > t.s(end + 1).len() + 1 {
                    return Some((Figure { span: Span::new(t.toks[i].start(), f.span.end), ..f }, next));
                }
            }
        }
    }
    // A bare weekday used as a noun modifier is not a date (`NASA’s Monday announcement`).
    if end == i + 1 && !possessive && is_modifier_use(t, i) {
        return None;
    }
    Some((
        Figure {
            span: Span::new(t.toks[i].start(), end_byte),
            kind: FigureKind::Date,
            value: None,
            unit: None,
            qualifier: None,
        },
        end,
    ))
}

/// A bare month or weekday before a noun (`The February pact`, `a key September
/// conversation`), not after a date preposition.
pub(super) fn is_modifier_use(t: &Tokens, i: usize) -> bool {
    if i > 0 && t.is_p(i - 1, "-") && t.glued(i) {
        return false; // `mid-January`
    }
    let next_noun = t.is_lower(i + 1) && {
        let n = low(t, i + 1);
        let n = n.as_str();
        // (`November marked the beginning …`: a past tense is the month's verb.)
        !lexicon::ends_noun_phrase(n)
            && !lexicon::is_day_part(n)
            && !lexicon::is_speech_verb(n)
            && !matches!(n, "morning" | "night")
            && !n.ends_with("ed")
    };
    if !next_noun {
        return false;
    }
    !(i > 0 && is_date_preposition(&low(t, i - 1)))
}

/// `October 18, 2018`, `July 14`, `Oct. 31`, `June 2019`, `February`, `November and December`.
pub(super) fn month_date(t: &Tokens, i: usize) -> Option<(Figure, usize)> {
    let w = t.s(i);
    let mut end = i + 1;
    // `Sept.`, `Jan.`: the dot of an abbreviation (after `in July.` it ends the sentence).
    if t.is_p(end, ".") && t.glued(end) && w.len() <= 4 && !lexicon::is_full_month(w) {
        end += 1;
    }
    let mut with_number = false;
    if t.is_num(end) && t.s(end).len() <= 2 && !t.glued(end) {
        with_number = true;
        end += 1;
        // `May 4th`, `October 18th, 2018`: the day's ordinal ending.
        if t.glued(end) && lexicon::is(t.s(end), lexicon::class::ORDINAL_SUFFIX) {
            end += 1;
        }
        // `September 16-19`, `Oct. 3-6`: a range of days is one date (a later day of two
        // digits at most: not a score, `March 5-2`).
        // (Digits compared as text: a longer number is larger, and one as long is by its
        // digits; `u8::from_str` would be a few hundred bytes of the wasm module.)
        let (from, to) = (t.s(end - 1), t.s(end + 1));
        let later = t.is_num(end - 1) && t.is_num(end + 1) && to.len() <= 2 && (to.len(), to) > (from.len(), from);
        if matches!(t.s(end), "-" | "–") && t.glued(end) && t.glued(end + 1) && later {
            end += 2;
        }
        // `Nov, 29, 2016` and `October 18, 2018`
        if t.is_p(end, ",") && t.is_num(end + 1) && t.s(end + 1).len() == 4 {
            end += 2;
        }
    } else if t.is_num(end) && t.s(end).len() == 4 {
        with_number = true;
        end += 1;
    } else if t.is_p(end, ",") && t.is_num(end + 1) && t.s(end + 1).len() <= 2 && t.is_p(end + 2, ",") {
        with_number = true; // `Nov, 29, 2016`
        end += 2;
        if t.is_num(end + 1) && t.s(end + 1).len() == 4 {
            end += 2;
        }
    }
    if !with_number {
        // Abbreviations and `May`/`March` alone are too ambiguous (`Theresa May`, `march`).
        if !lexicon::is_full_month(w) || end > i + 1 {
            return None;
        }
        let prev = if i > 0 { low(t, i - 1) } else { prefilter::Lower::new("") };
        if matches!(w, "May" | "March" | "June" | "August") && !is_date_preposition(&prev) {
            return None;
        }
        if i > 0 && t.is_cap(i - 1) && !t.toks[i].line_before && w == "May" {
            return None;
        }
        if is_modifier_use(t, i) {
            return None;
        }
        // `November and December`
        if (t.get(end as isize) == "and" || t.get(end as isize) == "or")
            && lexicon::is_full_month(t.get(end as isize + 1))
        {
            end += 2;
            if t.is_num(end) && t.s(end).len() == 4 {
                end += 1;
            }
        }
    }
    date_fig(t, i, end)
}

/// `1970s`, `1990s`, `’90s` (tokens `1970` `s`).
pub(super) fn decade_at(t: &Tokens, i: usize) -> Option<usize> {
    let two = t.s(i).len() == 2 && (t.s(i) >= "20" || i > 0 && matches!(t.s(i - 1), "'" | "’" | "‘"));
    if t.is_num(i) && (t.s(i).len() == 4 || two) && t.s(i).ends_with('0') && t.s(i + 1) == "s" && t.glued(i + 1) {
        return Some(i + 2);
    }
    None
}

/// `in his late 60s`, `in their 30s` (an age), `in the low 80s`, `the upper 90s` (a level:
/// a temperature, a price): two digits and an `s` that are no decade (decades are `the 80s`,
/// `the late ’60s`, `the mid-90s`). The figure, from its qualifier, and its end.
fn decade_like(t: &Tokens, i: usize, end: usize) -> Option<(Figure, usize)> {
    let digits = t.s(i).as_bytes();
    if digits.len() != 2 || i > 0 && matches!(t.s(i - 1), "'" | "’" | "‘") {
        return None;
    }
    let mut q = i;
    if q > 1 && t.is_p(q - 1, "-") && t.glued(q) {
        q -= 1;
    }
    let level = q > 0 && lexicon::is(t.s(q - 1), lexicon::class::LEVEL_QUALIFIER);
    let qualified = q > 0 && (level || is_period_part(t, q - 1));
    let first = if qualified { q - 1 } else { i };
    let owned = first > 0 && lexicon::is(t.s(first - 1), lexicon::class::POSSESSIVE_PRONOUN);
    let kind = match (owned, level) {
        (true, _) => FigureKind::Age,
        (false, true) => FigureKind::Measure,
        _ => return None,
    };
    let value = f64::from((digits[0] - b'0') * 10 + (digits[1] - b'0'));
    let qualifier = qualified.then(|| span(t, first, first + 1));
    Some((Figure { span: span(t, first, end), kind, value: Some(value), unit: None, qualifier }, end))
}

/// `third quarter`, `Q3`, `4Q`, `first half` (of a year).
pub(super) fn quarter_at(t: &Tokens, i: usize) -> Option<usize> {
    let w = t.s(i);
    if w == "Q" && t.is_num(i + 1) && t.glued(i + 1) && matches!(t.s(i + 1), "1" | "2" | "3" | "4") {
        return Some(i + 2);
    }
    if t.is_num(i) && t.s(i).len() == 1 && t.get(i as isize + 1) == "Q" && t.glued(i + 1) {
        return Some(i + 2);
    }
    if lexicon::is(w, lexicon::class::QUARTER_ORDINAL) && matches!(t.get(i as isize + 1), "quarter" | "quarters") {
        return Some(i + 2);
    }
    None
}

/// `early`, `late`, `mid-` in front of a date: `late Thursday`, `mid-December`, `early 1990s`.
/// (`late last month`, `earlier this year` are the relative matcher's.)
pub(super) fn early_late_mid(t: &Tokens, i: usize) -> Option<(Figure, usize)> {
    if !is_period_part(t, i) {
        return None;
    }
    let mut k = i + 1;
    if t.is_p(k, "-") && t.glued(k) {
        k += 1;
    }
    if t.is_word(k) && (lexicon::is_weekday(t.s(k)) || lexicon::is_full_month(t.s(k))) || decade_at(t, k).is_some() {
        let (mut f, next) = date_at(t, k)?;
        f.span.start = t.toks[i].start();
        return Some((f, next));
    }
    None
}

/// `early`, `late` or `mid`, any case: the part of a period it opens (`the early 1990s`).
fn is_period_part(t: &Tokens, i: usize) -> bool {
    matches!(low(t, i).as_str(), "early" | "late" | "mid")
}

/// `last week`, `this year`, `earlier this month`, `late last month`, `yesterday`,
/// `two days ago`, `a year earlier`, `the following year`.
pub(super) fn relative_date(t: &Tokens, i: usize) -> Option<(Figure, usize)> {
    let w = low(t, i);
    match w.as_str() {
        "yesterday" | "tomorrow" | "tonight" | "today" => return date_fig(t, i, i + 1),
        // `that year`, `that day`
        "that" if lexicon::is(t.get(i as isize + 1), lexicon::class::THAT_PERIOD) && !t.is_word(i + 2) => {
            return date_fig(t, i, i + 2)
        }
        // `a year ago`, `A year earlier`
        "a" if lexicon::is(t.get(i as isize + 1), lexicon::class::AGO_PERIOD)
            && matches!(t.get(i as isize + 2), "ago" | "earlier" | "later") =>
        {
            return date_fig(t, i, i + 3)
        }
        // `over the weekend`
        "the"
            if t.get(i as isize + 1) == "weekend"
                && i > 0
                && lexicon::is(t.get(i as isize - 1), lexicon::class::OVER_THE) =>
        {
            return date_fig(t, i + 1, i + 2)
        }
        "earlier" | "later" | "late" | "early" => {
            if matches!(low(t, i + 1).as_str(), "this" | "last" | "next")
                && t.is_word(i + 2)
                && lexicon::is_calendar_noun(t.s(i + 2))
            {
                return date_fig(t, i, i + 3);
            }
            return None;
        }
        "last" | "next" | "this" | "past" => {}
        "following" | "previous" | "same" => {
            // `the following year`
            if t.is_word(i + 1)
                && matches!(t.s(i + 1), "year" | "month" | "week" | "day")
                && i > 0
                && t.eq_ci(i - 1, "the")
            {
                return date_fig(t, i, i + 2);
            }
            return None;
        }
        _ => return None,
    }
    if w == "past" {
        return None; // `the past year` is a period without a number
    }
    if !t.is_word(i + 1) || !lexicon::is_calendar_noun(t.s(i + 1)) {
        return None;
    }
    // `the last week` is a period, not a date (`the next decade` is a date).
    if i > 0 && w == "last" && (t.eq_ci(i - 1, "the") || t.eq_ci(i - 1, "a")) {
        return None;
    }
    if w == "this" && matches!(t.s(i + 1), "half" | "session" | "term" | "season") {
        return None;
    }
    date_fig_possessive(t, i, i + 2)
}

/// A date ending in a possessive word: the span stops before `'s` (`last November's` →
/// `last November`).
pub(super) fn date_fig_possessive(t: &Tokens, a: usize, b: usize) -> Option<(Figure, usize)> {
    let last = t.s(b - 1);
    let end = t.toks[b - 1].start() + lexicon::strip_possessive(last).len();
    Some((
        Figure {
            span: Span::new(t.toks[a].start(), end),
            kind: FigureKind::Date,
            value: None,
            unit: None,
            qualifier: None,
        },
        b,
    ))
}

// ------------------------------------------------------------------------- times

pub(super) fn is_zone(w: &str) -> bool {
    lexicon::is(w, lexicon::class::TIME_ZONE)
}

/// `10:30 a.m. ET`, `6pm`, `8:51 p.m.`, `1451 GMT`.
pub(super) fn time_at(t: &Tokens, i: usize) -> Option<(Figure, usize)> {
    if !t.is_num(i) || t.glued(i) && t.is_word(i - 1) {
        return None;
    }
    let mut end = i + 1;
    let clock = t.is_p(end, ":") && t.glued(end) && t.is_num(end + 1) && t.glued(end + 1) && t.s(end + 1).len() == 2;
    if clock {
        end += 2;
    }
    let mut meridiem = false;
    // `6pm`, `6 pm`, `6 p.m.`
    match t.get(end as isize) {
        "am" | "pm" | "AM" | "PM" => {
            meridiem = true;
            end += 1;
        }
        "a" | "p" if t.is_p(end + 1, ".") && t.get(end as isize + 2) == "m" => {
            meridiem = true;
            end += 3;
            if t.is_p(end, ".") && t.glued(end) {
                end += 1;
            }
        }
        _ => {}
    }
    let zone = is_zone(t.get(end as isize));
    if zone {
        end += 1;
    }
    let hhmm = t.s(i).len() == 4 && zone && !clock;
    // (`2.13pm`: the British clock, hours and minutes with a dot.)
    let dotted = meridiem && t.s(i).split_once('.').is_some_and(|(h, m)| h.len() <= 2 && m.len() == 2);
    if clock && t.s(i).len() <= 2 || meridiem && (t.s(i).len() <= 2 || dotted) || hhmm {
        // A clock time with a full stop after `a.m.` ending the sentence keeps that dot.
        return Some((
            Figure { span: span(t, i, end), kind: FigureKind::Time, value: None, unit: None, qualifier: None },
            end,
        ));
    }
    None
}
