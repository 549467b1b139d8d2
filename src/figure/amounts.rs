//! What a number counts: the figure built around a [`Num`] — money, percent, age, duration,
//! measure, year, range, score or count with its counted noun (`200 Taliban prisoners`) —
//! and ordinal words (`third`).
//!
//! It decides the figure's kind, value, unit and extent; the number itself comes from
//! [`super::numbers`].

use super::numbers::{
    currency_before, fraction_at, is_name_number, is_phone, parse_digits, qualifier_after, qualifier_before,
    read_number, Num,
};
use super::{low, span};
use crate::lexicon;
use crate::prefilter;
use crate::text::{TokKind, Tokens};
use crate::{Figure, FigureKind, Unit};

pub(super) fn number_figure(t: &Tokens, i: usize) -> Option<(Figure, usize)> {
    // A currency symbol starts the figure: `$1.2 billion`.
    if t.kind(i) == TokKind::Punct {
        if t.is_num(i + 1) && t.glued(i + 1) {
            return None; // reached from the number itself
        }
        return None;
    }
    let n = read_number(t, i)?;
    if n.digits && (is_name_number(t, i) || is_phone(t, &n)) {
        return None;
    }
    // `rose 5/16 to 101 3/4`: a whole number and a fraction in digits that counts nothing is
    // a bond's price (tested below; `7 3/4 pct` is a rate, `4 1/2 hours` a duration).
    let mixed = n.digits && n.end == i + 4 && fraction_at(t, i + 1).is_some();
    // `−5 degrees`, `fell to −34 points`: a minus sign glued in front makes it negative (the
    // Unicode sign only: an ASCII hyphen there is as often a dash or a range's).
    let minus = n.digits && i > 0 && t.s(i - 1) == "−" && t.glued(i);
    let mut start = if minus { i - 1 } else { n.start };
    let kind;
    let mut value = Some(if minus { -n.value } else { n.value });
    let mut unit: Option<Unit> = None;
    let mut end = n.end;
    // Money with a symbol before.
    if let Some((s, code)) = currency_before(t, i) {
        start = s;
        kind = FigureKind::Money;
        unit = Some(Unit::Code(code));
        if t.is_word(end) && lexicon::currency(t.s(end)).is_some() && !t.is_cap(end) {
            end += 1; // `$5 dollars` (rare but written)
        }
    } else if n.hyphen && t.is_word(n.end + 1) {
        // `18-year`, `18-year-old`, `six-member`, `10-point`
        let w = n.end + 1;
        let word = low(t, w);
        if lexicon::is_time_unit(&word) && t.is_p(w + 1, "-") && t.glued(w + 1) && t.get(w as isize + 2) == "old" {
            kind = FigureKind::Age;
            unit = Some(Unit::Written(span(t, w, w + 1)));
            end = w + 3;
        } else if lexicon::is_time_unit(&word) {
            kind = FigureKind::Duration;
            unit = Some(Unit::Written(span(t, w, w + 1)));
            end = w + 1;
        } else if word == "percent" || word == "per" && t.get(w as isize + 1) == "cent" {
            kind = FigureKind::Percent;
            end = if word == "per" { w + 2 } else { w + 1 };
        } else if let Some(code) = lexicon::currency(&word).filter(|_| t.is_lower(w) && !word.starts_with("pound")) {
            // `a 12-cent-a-share dividend`, `its one-yen bid` (a `5-pound bag` weighs).
            kind = FigureKind::Money;
            if lexicon::is(&word, lexicon::class::CURRENCY_HUNDREDTH) {
                value = Some(n.value / 100.0);
            }
            unit = Some(Unit::Code(code));
            end = w + 1;
        } else if lexicon::is_unit(&word) {
            kind = FigureKind::Measure;
            // `a 150,000-square-foot center`: the unit goes on after another hyphen.
            let two_words = t.joining_hyphen(w + 1) && lexicon::is_unit(&low(t, w + 2));
            end = if two_words { w + 3 } else { w + 1 };
            unit = Some(Unit::Written(span(t, w, end)));
        } else if t.is_num(n.end + 1) {
            return range_or_score(t, n);
        } else {
            kind = FigureKind::Count;
            unit = Some(Unit::Written(span(t, w, w + 1)));
            end = w + 1;
        }
    } else if t.is_p(n.end, "-") && t.glued(n.end) && t.is_num(n.end + 1) && t.glued(n.end + 1) {
        return range_or_score(t, n);
    } else {
        let next = low(t, end);
        let next_tok = t.get(end as isize);
        if next_tok == "%" {
            kind = FigureKind::Percent;
            end += 1;
        } else if matches!(next.as_str(), "percent" | "pct" | "percentage")
            || (next == "per" && t.get(end as isize + 1) == "cent")
        {
            kind = FigureKind::Percent;
            end += if next == "per" { 2 } else { 1 };
            if next == "percentage" && matches!(t.get(end as isize), "point" | "points") {
                unit = Some(Unit::Written(span(t, end - 1, end + 1)));
                end += 1;
            }
        } else if let Some(code) = t
            .is_word(end)
            .then(|| lexicon::currency_of_nationality(next_tok))
            .flatten()
            .filter(|_| t.is_lower(end + 1) && lexicon::currency(t.s(end + 1)).is_some())
        {
            // `35 Australian cents` (0.35 AUD), `50 Canadian dollars`.
            kind = FigureKind::Money;
            if lexicon::is(t.s(end + 1), lexicon::class::CURRENCY_HUNDREDTH) {
                value = Some(n.value / 100.0);
            }
            unit = Some(Unit::Code(code));
            end += 2;
        } else if matches!(next_tok, "pound" | "pounds") && pounds_of_weight(t, i, end) {
            // `20 pounds of beef`, `weighing 200 pounds`: a weight, not sterling.
            kind = FigureKind::Measure;
            unit = Some(Unit::Written(span(t, end, end + 1)));
            end += 1;
        } else if lexicon::is(next_tok, lexicon::class::ORDINAL_SUFFIX) && t.glued(end) && n.digits {
            kind = FigureKind::Ordinal;
            end += 1;
        } else if let Some(code) = t
            .is_word(end)
            .then(|| {
                lexicon::currency(next_tok)
                    .or_else(|| lexicon::currency(&next))
                    .or((next == "won" && n.value >= 1e6).then_some("KRW"))
            })
            .flatten()
            .filter(|_| {
                !t.is_cap(end)
                    || next_tok.len() == 3 && next_tok.chars().all(char::is_uppercase)
                    || matches!(next_tok, "Yen" | "Euros" | "Dollars")
            })
            .filter(|_| !(next == "euro" && t.get(end as isize + 1) == "zone"))
        {
            kind = FigureKind::Money;
            if lexicon::is(next_tok, lexicon::class::CURRENCY_HUNDREDTH) {
                value = Some(n.value / 100.0);
            }
            unit = Some(Unit::Code(code));
            end += 1;
        } else if lexicon::is_time_unit(&next) && t.is_word(end) {
            let unit_tok = end;
            end += 1;
            if matches!(t.get(end as isize), "old") {
                kind = FigureKind::Age;
                end += 1;
            } else if t.get(end as isize) == "of" && t.get(end as isize + 1) == "age" {
                kind = FigureKind::Age; // `3 years of age`
                end += 2;
            } else if matches!(t.get(end as isize), "ago" | "earlier" | "later") {
                // `two days ago` is a date
                return Some((
                    Figure {
                        span: span(t, qualifier_before(t, i).unwrap_or(i), end + 1),
                        kind: FigureKind::Date,
                        value: None,
                        unit: None,
                        qualifier: None,
                    },
                    end + 1,
                ));
            } else {
                kind = FigureKind::Duration;
            }
            unit = Some(Unit::Written(span(t, unit_tok, unit_tok + 1)));
        } else if t.s(end).starts_with('°') && (t.glued(end) || t.s(end) == "°" && scale_after(t, end)) {
            // `35°C`, `95°F`, `20°`: a temperature (or an angle), its sign glued on; or with a
            // space before the sign and its scale (`30 °C`, the SI style of some outlets).
            kind = FigureKind::Measure;
            let u0 = end;
            end += 1;
            if t.s(u0) == "°" && scale_after(t, u0) {
                end += 1;
            }
            unit = Some(Unit::Written(span(t, u0, end)));
        } else if t.is_word(end)
            && (lexicon::is_unit(&next)
                || matches!(next.as_str(), "square" | "sq" | "cubic" | "metric") && t.is_word(end + 1))
            && (next != "m" || t.glued(end))
            && (!matches!(next.as_str(), "points" | "point") || is_market_move(t, i))
        {
            kind = FigureKind::Measure;
            let u0 = end;
            end += 1;
            if matches!(next.as_str(), "square" | "sq" | "cubic" | "metric")
                || matches!(next.as_str(), "degrees" | "degree" | "deg")
                    && matches!(low(t, end).as_str(), "fahrenheit" | "celsius")
                || matches!(next.as_str(), "degrees" | "degree") && matches!(t.get(end as isize), "C" | "F")
                // `301,338 km2`: an area or a volume by its power.
                || t.glued(end) && matches!(t.get(end as isize), "2" | "3")
            {
                end += 1;
            }
            unit = Some(Unit::Written(span(t, u0, end)));
        } else if n.digits && t.s(i).len() == 4 && !t.s(i).contains([',', '.']) && (1800.0..=2100.0).contains(&n.value)
        {
            kind = FigureKind::Year;
            if matches!(t.get(end as isize), "–" | "-" | "/") && t.glued(end) && t.is_num(end + 1) && t.glued(end + 1)
            {
                return range_or_score(t, n);
            }
        } else if i > 0 && matches!(t.s(i - 1), "aged" | "age" | "Aged") {
            kind = FigureKind::Age; // the span is the number; `aged` is context
        } else if n.digits
            && t.is_p(end, ",")
            && i >= 2
            && t.is_p(i - 1, ",")
            && t.is_cap(i - 2)
            && n.value < 120.0
            && n.value.fract() == 0.0
        {
            kind = FigureKind::Age; // `Hynde, 53,`
        } else {
            kind = FigureKind::Count;
            let (u, e) = counted_noun(t, end);
            unit = u;
            end = e;
            // `one` with a noun is an article or a contrast (`one country … another`) far more
            // often than a count; it counts with a qualifier or a unit of time or measure, as
            // a toll (`one person was killed`, `one soldier died`), or where `one_counts`.
            if !n.digits && n.value == 1.0 && qualifier_before(t, i).is_none() && !is_toll(t, end) && !one_counts(t, i)
            {
                return None;
            }
            if !n.digits && n.value == 1.0 && (t.get(n.end as isize) == "of" || t.get(n.end as isize) == "another") {
                return None;
            }
        }
    }
    // Ranges: `20 or 25 years`, `3 to 5`, `between X and Y`, `from 2004 to 2017`.
    if let Some(r) = range_tail(t, start, n, end, kind, &unit, value) {
        return Some(r);
    }
    // `-5 degrees Celsius`, `growth of -0.3%`, `-9.23` alone: for a temperature, a percentage
    // or a bare number an ASCII hyphen glued in front, after a space or at a line's start,
    // is a minus sign too (a range's hyphen is glued on both sides; before a counted noun
    // it is as often a list's dash: `-5 cups`).
    if !minus && n.digits && i > 0 && t.s(i - 1) == "-" && t.glued(i) {
        let free = i == 1 || t.toks[i - 1].space_before || t.toks[i - 1].line_before;
        let temperature = kind == FigureKind::Measure
            && (matches!(low(t, end - 1).as_str(), "celsius" | "fahrenheit" | "degrees" | "degree" | "c" | "f")
                || t.s(end - 1).starts_with('°'));
        let signed = temperature || kind == FigureKind::Percent || kind == FigureKind::Count && unit.is_none();
        if free && signed {
            start = i - 1;
            value = value.map(|v| -v);
        }
    }
    let mut qualifier = None;
    if let Some(q) = qualifier_before(t, start) {
        qualifier = Some(span(t, q, start));
        start = q;
    } else if let Some(q_end) = qualifier_after(t, n.end.max(end)) {
        qualifier = Some(span(t, end, q_end));
        end = q_end;
        if kind == FigureKind::Count && unit.is_none() {
            let (u, e) = counted_noun(t, end);
            unit = u;
            end = e;
        }
    }
    if kind == FigureKind::Year {
        unit = None;
    }
    if mixed && kind == FigureKind::Count && unit.is_none() {
        return None;
    }
    Some((Figure { span: span(t, start, end), kind, value, unit, qualifier }, end))
}

/// `fell 30 points`, `up 12 points`, `the Dow gained 100 points`: index points (a measure);
/// elsewhere points are scored (a count).
pub(super) fn is_market_move(t: &Tokens, i: usize) -> bool {
    (i.saturating_sub(4)..i).any(|k| {
        matches!(
            t.s(k),
            "up" | "down"
                | "rose"
                | "fell"
                | "gained"
                | "lost"
                | "added"
                | "shed"
                | "dropped"
                | "jumped"
                | "climbed"
                | "slipped"
                | "slid"
                | "rallied"
                | "tumbled"
                | "surged"
                | "declined"
                | "advanced"
                | "plunged"
                | "index"
                | "Dow"
                | "Nasdaq"
                | "S&P"
                | "basis"
                | "percentage"
        )
    })
}

/// Whether `one` at `i` counts: after `only` or `just` (`only one candidate`, not `the only
/// one`), after `for` before a noun (`suspended for one game`, not `for one thing` or the
/// ratio `two for one`), or closing a list of counts (`three cosmonauts, two NASA astronauts
/// and one from the European Union`).
fn one_counts(t: &Tokens, i: usize) -> bool {
    let number = |k: usize| t.is_num(k) || lexicon::number_word(t.s(k)).is_some_and(|v| v >= 2.0);
    // (`one five-year warrant`: the number after it is the figure.)
    if i < 2 || number(i + 1) {
        return false;
    }
    match t.s(i - 1) {
        "only" | "just" => !t.s(i - 2).eq_ignore_ascii_case("the"),
        // (Not `ask for one but`, `for one to several weeks`: `one` is no count there.)
        "for" => {
            t.is_lower(i + 1)
                && !matches!(t.s(i + 1), "thing" | "another")
                && !lexicon::ends_noun_phrase(t.s(i + 1))
                && !t.is_num(i - 2)
                && lexicon::number_word(t.s(i - 2)).is_none()
        }
        "and" | "or" => (i.saturating_sub(6)..i - 1).any(number),
        _ => false,
    }
}

/// Whether the words from `k`, after a counted noun, make it a toll: `was killed`, `died`,
/// `was injured`, `remains missing`.
fn is_toll(t: &Tokens, k: usize) -> bool {
    let w = t.s(k);
    let passive = matches!(w, "was" | "has") && lexicon::is(t.get(k as isize + 1), lexicon::class::TOLL_VERB)
        || w == "has"
            && t.get(k as isize + 1) == "been"
            && lexicon::is(t.get(k as isize + 2), lexicon::class::TOLL_VERB);
    passive || matches!(w, "died" | "drowned") || w == "remains" && t.get(k as isize + 1) == "missing"
}

/// Whether the second bound of a range, ending before `e`, has a unit of the first's `kind`
/// (a percentage's sign or word, a currency before or after it, a measure's own unit word
/// `first_unit`), and the joiner makes a range of two amounts (`or` after an amount gives
/// its per-share figure).
fn same_unit_after(t: &Tokens, kind: FigureKind, code_before: bool, e: usize, joiner: &str, first_unit: &str) -> bool {
    let after = low(t, e);
    match kind {
        FigureKind::Percent => lexicon::is(&after, lexicon::class::SHARE_WORD),
        FigureKind::Money => joiner != "or" && (code_before || t.is_word(e) && lexicon::currency(&after).is_some()),
        // `44 mg to 50 mg`: the same unit word.
        _ => joiner != "or" && after == first_unit,
    }
}

/// Whether `pounds` at `unit` after the number at `i` weighs: `of` and a noun after it (`20
/// pounds of beef`, not `of sterling`), or a verb of weighing before (`weighing 200 pounds`,
/// `weighs 180 pounds`).
fn pounds_of_weight(t: &Tokens, i: usize, unit: usize) -> bool {
    let noun = unit + 2;
    let determiner =
        lexicon::is(t.s(noun), lexicon::class::ARTICLE) || lexicon::is(t.s(noun), lexicon::class::OBJECT_DETERMINER);
    let of_noun =
        t.get(unit as isize + 1) == "of" && t.is_lower(noun) && !determiner && lexicon::currency(t.s(noun)).is_none();
    let weighing = i > 0 && t.s(i - 1).starts_with("weigh");
    of_noun || weighing
}

/// `700-750 sales` is a range; `115-111` is a score; `2012-13` and `2014-2020` are periods.
pub(super) fn range_or_score(t: &Tokens, n: Num) -> Option<(Figure, usize)> {
    let second = n.end + 1;
    let v2 = parse_digits(t.s(second))?;
    let first_len = t.s(n.start).len();
    let second_len = t.s(second).len();
    let year_pair = first_len == 4 && (second_len == 2 || second_len == 4) && (1800.0..=2100.0).contains(&n.value);
    if !year_pair && (v2 < n.value || t.is_p(second + 1, "-")) {
        return None; // a score (`115-111`, `7-5`), or a code with more parts
    }
    let mut end = second + 1;
    let mut unit = None;
    if !year_pair {
        let (u, e) = counted_noun(t, end);
        unit = u;
        end = e;
    }
    Some((
        Figure { span: span(t, n.start, end), kind: FigureKind::Range, value: Some(n.value), unit, qualifier: None },
        end,
    ))
}

/// A second bound after a figure: `X or Y`, `X to Y`, and `between X and Y` / `from X to Y`.
pub(super) fn range_tail(
    t: &Tokens,
    start: usize,
    n: Num,
    end: usize,
    kind: FigureKind,
    unit: &Option<Unit>,
    value: Option<f64>,
) -> Option<(Figure, usize)> {
    if let Some(r) = suspended_hyphen_range(t, start, n) {
        return Some(r);
    }
    let is_joiner = |w: &str| matches!(w, "or" | "to" | "and" | "-" | "–");
    // The joiner follows the number (`20 or 25 years`), or a percentage's or an amount's
    // unit (`2.1% and 3.4%`, `85 cents to $1.10`).
    let at = if is_joiner(t.get(n.end as isize)) {
        n.end
    } else if end > n.end
        && matches!(kind, FigureKind::Percent | FigureKind::Money | FigureKind::Measure)
        && is_joiner(t.get(end as isize))
    {
        end
    } else {
        return None;
    };
    let joiner = t.get(at as isize);
    if matches!(kind, FigureKind::Ordinal | FigureKind::Year) && joiner != "to" {
        return None;
    }
    // A hyphen glued to the second number only is its minus sign (`236,173,485 -15.74%`, a
    // table's columns), not a range's joiner (glued on both sides, or spaced on both).
    if joiner == "-" && !t.glued(at) && t.glued(at + 1) {
        return None;
    }
    let k = at + 1;
    let (k2, code_second) = match currency_before(t, k + 1) {
        Some(_) if t.kind(k) == TokKind::Punct => (k + 1, true),
        _ => (k, false),
    };
    let second = read_number(t, k2)?;
    // After a unit the second bound has one of the same kind: `2.1% and 3.4%`, `85 cents to
    // $1.10` (not `rose 12 pct to 3.24 billion`, `1.5 mln dlrs or 29 cts a share`).
    // A second bound below the first is a matchup or a move (`leads 46 percent to 35
    // percent`, `43%-41%`, `3.6 billion dlrs to 3.5 billion`), never a range.
    // Nor is a change in points to a level (`cut 0.1 percentage points to 4.2 percent`), or
    // two columns of a table (`2.73 pct   -3.94 pct`).
    let points = kind == FigureKind::Percent && unit.as_ref().is_some_and(|u| matches!(u, Unit::Written(_)));
    let spaced_dash = matches!(joiner, "-" | "–") && !(t.glued(at) && t.glued(at + 1));
    if at > n.end
        && (!same_unit_after(t, kind, code_second, second.end, joiner, &low(t, end - 1))
            || second.value <= value.unwrap_or(n.value)
            || points
            || spaced_dash)
    {
        return None;
    }
    let between = start > 0 && matches!(t.get(start as isize - 1), "between" | "from" | "Between" | "From");
    if joiner == "and" && !between {
        return None;
    }
    // `fell from 157,000 to 133,000` is a change between two counts, not a range (years
    // `from 2004 to 2017` are a period: handled as years above).
    // (`ranging from 5 percent to 25 percent`, `anywhere from $5 to $10` are ranges.)
    let ranging = start > 1 && lexicon::is(t.get(start as isize - 2), lexicon::class::RANGE_WORD);
    // (`raised its offer by 75 cts to 42.75 dlrs`, `was off 12 cts to 18.09 dlrs`: by how
    // much, then to what level, far above the change; `cut by 5 percent to 15 percent` is a
    // range.)
    // (The first bound has its unit: `by 30 to 40 billion dlrs` is a range. Cents are
    // hundredths on both sides: `by 0.75 cent to 66 cents`.)
    let level = || {
        let hundredths = lexicon::is(t.get(second.end as isize), lexicon::class::CURRENCY_HUNDREDTH);
        if hundredths {
            second.value / 100.0
        } else {
            second.value
        }
    };
    let to_level = at > n.end
        && start > 0
        && matches!(t.get(start as isize - 1), "by" | "off")
        && level() > 10.0 * value.unwrap_or(n.value);
    let change = start > 0 && matches!(t.get(start as isize - 1), "from" | "From") && !ranging
        || to_level
        || (start.saturating_sub(3)..start).any(|k| lexicon::is(t.s(k), lexicon::class::CHANGE_VERB));
    if joiner == "to" && change && kind != FigureKind::Year {
        return None;
    }
    if joiner == "to" && !between && !second.digits && n.digits {
        return None;
    }
    let mut s = start;
    if between {
        s = start - 1;
    }
    // The unit follows the second bound: `20 or 25 years`, `2 percent to 4 percent`.
    let mut e = second.end;
    let mut unit = unit.clone();
    let after = low(t, e);
    if lexicon::is(&after, lexicon::class::SHARE_WORD) {
        e += 1;
        unit = Some(Unit::Code("percent"));
    } else if kind == FigureKind::Percent {
        unit = Some(Unit::Code("percent"));
    } else if kind == FigureKind::Money && t.is_word(e) && lexicon::currency(&after).is_some() {
        e += 1; // `15 dlrs to 20 dlrs`
    } else if at > n.end && kind == FigureKind::Measure {
        e += 1; // `44 mg to 50 mg`: the second bound's own unit word
    } else if matches!(kind, FigureKind::Count | FigureKind::Duration | FigureKind::Measure)
        && (n.end == end || end <= second.end)
    {
        let (u, e2) = if lexicon::is_time_unit(&after) {
            (Some(Unit::Written(span(t, e, e + 1))), e + 1)
        } else {
            counted_noun(t, e)
        };
        if u.is_some() {
            unit = u;
            e = e2;
        }
    }
    Some((
        Figure {
            span: span(t, s, e.max(end)),
            kind: FigureKind::Range,
            value: value.or(Some(n.value)),
            unit,
            qualifier: None,
        },
        e.max(end),
    ))
}

/// `8- to 16-meter sections`, `10- to 15-year terms`: the first bound's hyphen waits for the
/// unit glued to the second. A range in that unit.
fn suspended_hyphen_range(t: &Tokens, start: usize, n: Num) -> Option<(Figure, usize)> {
    if !(t.is_p(n.end, "-") && t.glued(n.end) && t.get(n.end as isize + 1) == "to") {
        return None;
    }
    let second = read_number(t, n.end + 2)?;
    let u = second.end + 1;
    let glued_unit = t.is_p(second.end, "-") && t.glued(second.end) && t.glued(u) && t.is_word(u);
    let w = low(t, u);
    if !(glued_unit && (lexicon::is_unit(&w) || lexicon::is_time_unit(&w))) {
        return None;
    }
    let unit = Some(Unit::Written(span(t, u, u + 1)));
    Some((
        Figure { span: span(t, start, u + 1), kind: FigureKind::Range, value: Some(n.value), unit, qualifier: None },
        u + 1,
    ))
}

/// The counted noun after a number: `200 [Taliban prisoners]`, `870,000 [laptop computer
/// batteries]`, `two [sides]`, `five [of the major U.S. investment banks]`. Returns the unit
/// and the token after the figure's span.
pub(super) fn counted_noun(t: &Tokens, from: usize) -> (Option<Unit>, usize) {
    let mut k = from;
    // Partitive: `five of the banks`.
    let mut unit_start = from;
    if t.get(k as isize) == "of" && lexicon::is(t.get(k as isize + 1), lexicon::class::PARTITIVE_DETERMINER) {
        k += 2;
        unit_start = k;
    }
    // `other`/`fewer`/`more` stay in the span but out of the unit.
    if lexicon::is(t.get(k as isize), lexicon::class::COUNT_MODIFIER) && t.is_word(k + 1) {
        k += 1;
        unit_start = k;
    }
    let first = k;
    let mut last_plural = None;
    while k < t.len() && k < first + 6 && !t.toks[k].line_before {
        // `U.S.` inside the noun phrase: a letter and its dot.
        if t.is_p(k, ".") && t.glued(k) && k > first && t.s(k - 1).len() == 1 {
            k += 1;
            continue;
        }
        if !t.is_word(k) || !(k == first || t.toks[k].space_before || t.is_p(k - 1, "-") || t.is_p(k - 1, ".")) {
            break;
        }
        let w = low(t, k);
        let lower_word = t.is_lower(k);
        // `petrochemical and defence affiliates`: `and` between modifiers of one plural head.
        let and_inside = w == "and"
            && k > first
            && last_plural.is_none()
            && t.is_word(k + 1)
            && (k + 1..(k + 4).min(t.len())).any(|m| t.is_lower(m) && is_plural(t.s(m)));
        let adverb = w.ends_with("ly") && lower_word && t.is_word(k + 1) && !lexicon::ends_noun_phrase(t.s(k + 1));
        if !and_inside
            && !adverb
            && (lower_word && (lexicon::ends_noun_phrase(&w) || lexicon::is_speech_verb(&w) && !is_plural(&w))
                || lexicon::month(t.s(k)).is_some()
                || lexicon::is_weekday(t.s(k))
                || w.ends_with("ly") && !adverb
                || w.ends_with("ed") && lower_word
                || w.ends_with("ing") && lower_word)
        {
            break;
        }
        if is_plural(&w) {
            last_plural = Some(k);
        }
        k += 1;
        // Stop after a plural head unless a capitalised name continues (`Taliban prisoners`).
        if last_plural == Some(k - 1) {
            break;
        }
    }
    let end = match last_plural {
        Some(p) => p + 1,
        None if k > first => first + 1, // singular head: one word (`one person`, `18 holes`)
        None => return (None, from),
    };
    if unit_start >= end {
        return (None, from);
    }
    (Some(Unit::Written(span(t, unit_start, end))), end)
}

pub(super) fn is_plural(w: &str) -> bool {
    (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is"))
        || lexicon::is(w, lexicon::class::IRREGULAR_PLURAL)
}

/// A share in words: `a third of voters`, `two-thirds`, `one fifth of the budget`, `about
/// half of the losses`, `half the people`. Kind `measure`, the fraction its value and no unit:
/// the group after `of` is what it is a share of, as a percentage's is. Before a unit it
/// measures in it: `one-half mile`, `a half hour`. Read at its first word, the numerator or
/// `half`, before the number readers (which would count `two thirds` as thirds).
pub(super) fn fraction_figure(t: &Tokens, i: usize) -> Option<(Figure, usize)> {
    if t.is_num(i) {
        return None;
    }
    let first = low(t, i);
    let first = first.as_str();
    let alone = first == "half";
    let hyphen = !alone && t.joining_hyphen(i + 1);
    let d = if alone { i } else { i + 1 + usize::from(hyphen) };
    let w = low(t, d);
    let w = w.as_str();
    let plural = w.ends_with('s');
    let den = match w {
        "half" => 2.0,
        "quarter" | "quarters" => 4.0,
        _ => lexicon::ordinal_word(w.trim_end_matches('s')).filter(|&d| d >= 3.0)?,
    };
    let next = low(t, d + 1);
    let of = next == "of";
    // (Not a term or a season: `a third term` is a rank.)
    let clock = lexicon::is_time_unit(next.as_str()) && !lexicon::is(next.as_str(), lexicon::class::CALENDAR_NOUN);
    let unit = t.is_lower(d + 1) && (lexicon::is_unit(next.as_str()) || clock);
    // The numerator: `two-thirds`, `one-half`, `one third`, `two thirds` (any use, one
    // before a singular, more before a plural: `two half-point cuts` count cuts); `a third`
    // before `of` or a unit (`a third term` is a rank); a quarter after a space is a time
    // (`for three quarters`, `the first three quarters of the year`) unless a share of
    // something (`about three quarters of the total`).
    let time = den == 4.0 && !hyphen && (!of || side_before(t, i));
    let num = match first {
        _ if alone => None,
        "a" | "an" if !plural && !hyphen && (of || unit) => Some(1.0),
        p => lexicon::number_word(p).filter(|&n| !time && plural == (n > 1.0)),
    };
    let q = qualifier_before(t, i);
    // `half` alone: a share with a qualifier (`nearly half said`) or before what it divides
    // (`half of them`, `half the people`); not a side or a time (`the second half`, `the
    // eastern half of the island`), nor a multiplier (`half a million`, read as a number).
    let half_alone = alone
        && !t.joining_hyphen(i + 1)
        && !matches!(next.as_str(), "a" | "an")
        && (q.is_some() || unit || lexicon::is(next.as_str(), lexicon::class::HALF_OF))
        && !side_before(t, i);
    if num.is_none() && !half_alone {
        return None;
    }
    let end = d + 1 + usize::from(unit);
    let figure = Figure {
        span: span(t, q.unwrap_or(i), end),
        kind: if unit && clock { FigureKind::Duration } else { FigureKind::Measure },
        value: Some(num.unwrap_or(1.0) / den),
        unit: unit.then(|| Unit::Written(span(t, d + 1, end))),
        qualifier: q.map(|q| span(t, q, i)),
    };
    Some((figure, end))
}

/// Whether the word before `i` makes a half or quarters a side or a time (`the second half`,
/// `the latter half`, `the first three quarters of the year`).
fn side_before(t: &Tokens, i: usize) -> bool {
    i > 0 && lexicon::is(low(t, i - 1).as_str(), lexicon::class::HALF_SIDE)
}

/// `second`, `third-largest`, `the first time`, `No. 6`, `top 10`.
pub(super) fn ordinal_word_at(t: &Tokens, i: usize) -> Option<(Figure, usize)> {
    let w = t.s(i);
    if w == "No" && t.is_p(i + 1, ".") && t.is_num(i + 2) {
        let v = parse_digits(t.s(i + 2))?;
        return Some((
            Figure { span: span(t, i, i + 3), kind: FigureKind::Ordinal, value: Some(v), unit: None, qualifier: None },
            i + 3,
        ));
    }
    if w == "top" {
        // `top 10`, `top five`, `top-four`
        let k = if t.is_p(i + 1, "-") && t.glued(i + 1) { i + 2 } else { i + 1 };
        let v = if t.is_num(k) { parse_digits(t.s(k)) } else { lexicon::number_word(t.s(k)).filter(|v| *v >= 2.0) };
        if let Some(v) = v {
            return Some((
                Figure {
                    span: span(t, i, k + 1),
                    kind: FigureKind::Ordinal,
                    value: Some(v),
                    unit: None,
                    qualifier: None,
                },
                k + 1,
            ));
        }
    }
    let v = lexicon::ordinal_word(w)?;
    // The word before, stepping over an opening quote mark glued to a lower-case ordinal
    // (`Labour's "first shot …"`; `his "Second Amendment people"` is a name).
    let quoted = i > 1 && t.is_lower(i) && t.glued(i) && matches!(t.s(i - 1), "\"" | "“" | "‘");
    let before = if quoted { i - 2 } else { i.wrapping_sub(1) };
    let prev = if before < i { low(t, before) } else { prefilter::Lower::new("") };
    // A possessive determines as `the` does: `the administration's first term`, `the euro
    // zone's third largest economy` (but `Pagliano's Fifth Amendment` is a name).
    // (`prev` is empty for a word outside ASCII, so `zone’s` is tested as written.)
    let written = if before < i { t.s(before) } else { "" };
    let is_possessive = |w: &str| w.len() > 2 && lexicon::is_possessive(w);
    let possessive = t.is_lower(i) && (is_possessive(prev.as_str()) || is_possessive(written));
    let determiner = possessive || lexicon::is(prev.as_str(), lexicon::class::RANK_DETERMINER);
    let hyphenated = t.is_p(i + 1, "-") && t.glued(i + 1) && t.is_word(i + 2);
    let placed = lexicon::is(prev.as_str(), lexicon::class::RANK_VERB)
        && (!t.is_word(i + 1) || lexicon::is(t.s(i + 1), lexicon::class::AFTER_RANK));
    // `the second` alone in prose (a moment), adverbial `first`, and `first` before a number
    // (`the first nine months`) are not ordinals.
    if v == 1.0 && !determiner {
        return None;
    }
    // (`a second one` is a rank: `one` stands for the noun.)
    if t.is_num(i + 1) || lexicon::number_word(t.get(i as isize + 1)).is_some_and(|v| v > 1.0) {
        return None;
    }
    // (`the First Amendment`, `Fifth Avenue`: a name.)
    if t.is_cap(i) && t.is_cap(i + 1) {
        return None;
    }
    // (`the first lady`, `a first-class seat`: a title or a class, no rank; `the first $787
    // billion stimulus` is one.)
    let amount = t.is_num(i + 2) && t.glued(i + 2);
    if !(hyphenated || placed || determiner && (t.is_word(i + 1) || amount))
        || lexicon::is(t.get(i as isize + 1), lexicon::class::AFTER_FIRST_NO_RANK) && v == 1.0
    {
        return None;
    }
    let end = i + 1;
    Some((
        Figure { span: span(t, i, end), kind: FigureKind::Ordinal, value: Some(v), unit: None, qualifier: None },
        end,
    ))
}

/// Whether a temperature scale (`C`, `F`) is glued after the degree sign at `deg`: `°C`.
fn scale_after(t: &Tokens, deg: usize) -> bool {
    matches!(t.get(deg as isize + 1), "C" | "F") && t.glued(deg + 1)
}
