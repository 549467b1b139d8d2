//! Reading a number and what stands right around it: digits and number words (`804,000`,
//! `1.2 million`, `twenty-five`, `a dozen`), the qualifier before or after (`about`, `more
//! than`), and the currency before it (`$`, `USD`, `euros`).
//!
//! It also holds the guards that keep names and codes from being figures (`G7`,
//! `COVID-19`, `Boeing 737`, `6758.T`, phone numbers). It hands on a [`Num`]; deciding
//! what the number counts is [`super::amounts`]'s job.

use super::low;
use crate::lexicon;
use crate::prefilter;
use crate::text::{TokKind, Tokens};

// ------------------------------------------------------------------------- numbers

/// A number read at some tokens: its value, the tokens it takes, and whether it was
/// written in digits.
#[derive(Clone, Copy, Debug)]
pub(super) struct Num {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: f64,
    pub(super) digits: bool,
    /// A hyphen glued the unit on (`18-year`, `six-member`): the next token is `-`.
    pub(super) hyphen: bool,
}

/// Reads a number at `i`: `804,000`, `1.2 million`, `$5bn` (from the digits), `two`,
/// `twenty-five`, `a dozen`, `5-billion`.
pub(super) fn read_number(t: &Tokens, i: usize) -> Option<Num> {
    let mut end;
    let mut value;
    let digits;
    let mut start = i;
    if t.is_num(i) {
        value = parse_digits(t.s(i))?;
        digits = true;
        end = i + 1;
        // `.08`, `the .25ml liquid`: a point that opens the number (after a space) is its
        // decimal point.
        let s = t.s(i);
        if i > 0
            && t.is_p(i - 1, ".")
            && t.glued(i)
            && (i == 1 || !t.glued(i - 1))
            && s.bytes().all(|b| b.is_ascii_digit())
        {
            value = decimal_times_ten_to(s, -(s.len() as i32))?;
            start = i - 1;
        }
        // `6 ½` and `7 3/4` (a rate, `7 3/4 pct`, or a bond's price)
        if t.get(end as isize) == "½" {
            value += 0.5;
            end += 1;
        } else if let Some(f) = fraction_at(t, end) {
            value += f;
            end += 3;
        }
    } else if t.is_word(i) {
        let w = low(t, i);
        let next = t.get(i as isize + 1);
        if (w == "a" || w == "an") && !matches!(next, "half" | "quarter") {
            // `a dozen`, `a million`
            let v = match next {
                "dozen" => 12.0,
                "million" => 1e6,
                "billion" => 1e9,
                "hundred" => 100.0,
                "thousand" => 1e3,
                // `about an hour`, `more than a decade`: one, where a qualifier makes the
                // article a count (alone it is none: `he spent an hour there`); not `a
                // second`, as often a rank (`almost a second home`).
                _ if lexicon::is_time_unit(next)
                    && !next.ends_with('s')
                    && next != "second"
                    && qualifier_before(t, i).is_some() =>
                {
                    return Some(Num { start: i, end: i + 1, value: 1.0, digits: false, hyphen: false })
                }
                _ => return None,
            };
            let (value, end) = and_more(t, v, i + 2);
            return Some(Num { start: i, end, value, digits: false, hyphen: false });
        }
        value = if w == "a" {
            if next == "half" {
                0.5
            } else {
                0.25
            }
        } else {
            lexicon::number_word(&w)?
        };
        digits = false;
        end = i + 1;
        if value < 1.0 || w == "a" {
            // `half a million`, `half an hour`, `half a dozen`: a half of what follows; `a
            // quarter-mile`, `a half-billion dollars`: of the unit after the hyphen. `half`
            // and `a quarter` alone are shares (`fraction_figure`).
            end = half_of(t, i, w == "a")?;
        } else if w == "dozen" || w == "hundred" || w == "thousand" {
            return None; // alone, these are vague (`hundreds`) unless qualified
        }
        // `Ninety Mile Beach`, `Erik ten Hag`: number words inside names.
        let sentence_initial =
            i == 0 || t.ends_sentence(i - 1) || t.toks[i].para_start || matches!(t.s(i - 1), "\"" | "“" | "(" | ":");
        // (And `7-Eleven`: a name's capitalised number word glued after digits.)
        if t.is_cap(i) && !sentence_initial && t.is_cap(i + 1)
            || i > 0 && t.is_cap(i - 1) && t.is_cap(i + 1) && !sentence_initial
            || t.is_cap(i) && i > 1 && t.glued(i) && t.is_p(i - 1, "-") && t.is_num(i - 2)
        {
            return None;
        }
        // `twenty-five`, and `ninety five` without its hyphen
        let tens = (20.0..100.0).contains(&value) && is_multiple(value, 10.0);
        if value >= 20.0 && t.joining_hyphen(end) {
            if let Some(u) = units_after_hyphen(t, end) {
                value += u;
                end += 2;
            }
        } else if let Some(u) = lexicon::number_word(t.get(end as isize)).filter(|&u| tens && (1.0..10.0).contains(&u))
        {
            value += u;
            end += 1;
        }
        // `two hundred`, `three thousand`
        if let Some(m) = t.toks.get(end).and_then(|_| lexicon::number_word(t.s(end))) {
            if m == 100.0 || m == 1000.0 {
                value *= m;
                end += 1;
            }
        }
        (value, end) = and_more(t, value, end);
    } else {
        return None;
    }
    // `two dozen people`, `3 dozens`: twelve each.
    // (`a half-dozen slogans`: six, the dozen after a hyphen.)
    let d = if t.joining_hyphen(end) { end + 1 } else { end };
    if matches!(t.get(d as isize), "dozen" | "dozens") {
        value *= 12.0;
        end = d + 1;
    }
    // Magnitudes: `1.2 million`, `5bn`, `5-billion`, `720.4 mln`.
    let mut k = end;
    if t.is_p(k, "-")
        && t.glued(k)
        && t.glued(k + 1)
        && matches!(t.get(k as isize + 1), "million" | "billion" | "trillion")
    {
        k += 1;
    }
    if k < t.len() && t.is_word(k) {
        let m = t.s(k);
        let glued = t.glued(k);
        let ok = if glued {
            lexicon::is(m, lexicon::class::MAGNITUDE_AFTER) || capital_magnitude(t, i, k)
        } else {
            lexicon::is(m, lexicon::class::MAGNITUDE_WORD)
        };
        if ok {
            if let Some(mult) = lexicon::magnitude(m) {
                // Digits alone are scaled exactly (`$16.4 million`); `6 ½ million` as floats.
                let zeros = (1..=12).find(|&z| 10f64.powi(z) >= mult).unwrap_or(0);
                let exact = digits && end == i + 1;
                value = if exact { decimal_times_ten_to(t.s(i), zeros).unwrap_or(value * mult) } else { value * mult };
                end = k + 1;
            }
        }
    }
    let hyphen = t.joining_hyphen(end) && t.is_word(end + 1);
    Some(Num { start, end, value, digits, hyphen })
}

/// Where the number ends in `half a million`, `half an hour` (after the article), `a
/// quarter-mile`, `a half-billion` (before the hyphen, `article` set); `None` when the half or
/// the quarter is no multiplier.
fn half_of(t: &Tokens, i: usize, article: bool) -> Option<usize> {
    if article {
        let unit = low(t, i + 3);
        let unit = unit.as_str();
        let measured = lexicon::is_unit(unit) || lexicon::is_time_unit(unit);
        let times = matches!(unit, "dozen" | "million" | "billion" | "trillion");
        return (t.joining_hyphen(i + 2) && (measured || times)).then_some(i + 2);
    }
    (matches!(t.get(i as isize + 1), "a" | "an") && t.is_lower(i + 2)).then_some(i + 2)
}

/// Whether `M`, `B`, `T` or `b` at `k`, after the number at `i`, is its magnitude: only after
/// a currency symbol glued to the number (`€10M`, `$2.174T`, `$1.2b`); elsewhere it is a
/// code (`3D`, `Section 4b`).
fn capital_magnitude(t: &Tokens, i: usize, k: usize) -> bool {
    i > 0 && t.glued(i) && matches!(t.s(i - 1), "$" | "€" | "£" | "¥") && matches!(t.s(k), "M" | "B" | "T" | "b")
}

/// A spelled-out number that goes on with `and`: `a hundred and two` (after hundreds or
/// thousands, a number below a hundred), `two and a half`, `five and a quarter`.
fn and_more(t: &Tokens, value: f64, end: usize) -> (f64, usize) {
    // `four-and-a-half hours`, `a four-and-a-half-acre lot`: the same, hyphenated.
    let hyphenated = end + 5 < t.len() && t.text.get(t.toks[end].start()..t.toks[end + 5].end()) == Some("-and-a-half");
    if hyphenated {
        return (value + 0.5, end + 6);
    }
    if t.get(end as isize) != "and" {
        return (value, end);
    }
    if t.get(end as isize + 1) == "a" {
        match t.get(end as isize + 2) {
            "half" => return (value + 0.5, end + 3),
            "quarter" => return (value + 0.25, end + 3), // `five and a quarter`
            _ => {}
        }
    }
    let below_hundred = lexicon::number_word(t.get(end as isize + 1)).filter(|&u| u < 100.0);
    match below_hundred {
        Some(u) if value >= 100.0 && is_multiple(value, 100.0) => {
            // `one hundred and sixty-one`: the tens take their unit after a hyphen.
            let e = end + 2;
            match (u >= 20.0).then(|| units_after_hyphen(t, e)).flatten() {
                Some(d) => (value + u + d, e + 2),
                None => (value + u, e),
            }
        }
        _ => (value, end),
    }
}

/// The units glued after the tens by a hyphen at `k`: `five` in `twenty-five`.
fn units_after_hyphen(t: &Tokens, k: usize) -> Option<f64> {
    t.joining_hyphen(k).then(|| lexicon::number_word(t.get(k as isize + 1))).flatten().filter(|&u| u < 10.0)
}

/// The value of a fraction in digits at `k` (`3/4`), glued, below one.
pub(super) fn fraction_at(t: &Tokens, k: usize) -> Option<f64> {
    let glued = t.is_num(k) && t.is_p(k + 1, "/") && t.glued(k + 1) && t.glued(k + 2) && t.is_num(k + 2);
    let (a, b) = (parse_digits(t.get(k as isize))?, parse_digits(t.get(k as isize + 2))?);
    (glued && a < b && b > 0.0).then(|| a / b)
}

pub(super) fn parse_digits(s: &str) -> Option<f64> {
    if s.len() > 40 {
        return None; // a 5,000-digit number is not a figure anyone reads
    }
    decimal(s).filter(|v| v.is_finite())
}

/// `1,234.5` as a number: digits with thousands commas and at most one decimal point.
/// Below 2^53 the digits are an exact integer and one division by an exact power of ten
/// rounds once, as `str::parse` would; a hand parser keeps the float parser (5 KB) out of
/// the wasm module.
pub(super) fn decimal(s: &str) -> Option<f64> {
    decimal_times_ten_to(s, 0)
}

/// [`decimal`] times ten to the `zeros` (`16.4` and 6 for `16.4 million`), rounded once:
/// the float product of 16.4 and a million is 16,399,999.999999998.
pub(super) fn decimal_times_ten_to(s: &str, zeros: i32) -> Option<f64> {
    let (mut mantissa, mut approx, mut scale, mut point, mut digits) = (0u64, 0f64, 0i32, false, 0);
    for b in s.bytes() {
        match b {
            b'0'..=b'9' => {
                let d = u64::from(b - b'0');
                mantissa = mantissa.wrapping_mul(10).wrapping_add(d);
                approx = approx * 10.0 + d as f64;
                digits += 1;
                if point {
                    scale += 1;
                }
            }
            b',' if !point => {}
            b'.' if !point => point = true,
            _ => return None,
        }
    }
    if digits == 0 {
        return None;
    }
    let exact = digits <= 15 && scale <= 22;
    let m = if exact { mantissa as f64 } else { approx };
    let shift = zeros - scale;
    Some(if shift >= 0 { m * 10f64.powi(shift) } else { m / 10f64.powi(-shift) })
}

/// Names and codes with numbers: `G7`, `COVID-19`, `F-16`, `A350`, `Boeing 737`,
/// `PlayStation 3`, `S&P 500`, `Article 50`, `6758.T`, `1 / 5`.
pub(super) fn is_name_number(t: &Tokens, i: usize) -> bool {
    // `tweet_id="747986907162877952"`: ten digits or more without a separator are an
    // identifier (news copy writes a count that large with commas, or in words).
    let s = t.s(i);
    if s.len() >= 10 && s.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    if i > 0 && t.glued(i) {
        let p = t.s(i - 1);
        // glued to letters, or to a hyphen glued to letters
        if t.is_word(i - 1) && !(i >= 2 && t.is_p(i - 2, "$") && t.glued(i - 1)) {
            return true; // `G7`, `A350` (but `$US1.7` is money)
        }
        if (p == "-" || p == "/" || p == ".")
            && i > 1
            && t.glued(i - 1)
            && (t.is_word(i - 2) || t.is_num(i - 2))
            && !(p == "-" && matches!(t.s(i - 2), "mid"))
        {
            return true;
        }
        if p == "#" {
            return true;
        }
    }
    // A number followed by glued letters that are not a unit (`6758.T`, `3D`).
    let e = i + 1;
    if t.is_p(e, ".") && t.glued(e) && t.is_word(e + 1) && t.glued(e + 1) {
        return true;
    }
    if t.is_word(e) && t.glued(e) && !lexicon::is(t.s(e), lexicon::class::NUMBER_SUFFIX) && !capital_magnitude(t, i, e)
    {
        return true;
    }
    // `paragraphs 3 and 7`, `page 5`, `1 / 5` gallery counters.
    if i > 0
        && lexicon::is(t.s(i - 1), lexicon::class::DOCUMENT_PART)
        && (t.s(i - 1) != "and" || i >= 3 && t.s(i - 3).starts_with("paragraph"))
    {
        return true;
    }
    if t.is_p(e, "/") && t.is_num(e + 1) || i >= 2 && t.is_p(i - 1, "/") && t.is_num(i - 2) {
        return true;
    }
    // `3s` and `3-pointer` in basketball, `52-all` ties.
    if t.s(e) == "s" && t.glued(e) && t.s(i).len() == 1
        || t.is_p(e, "-") && t.glued(e) && matches!(t.s(e + 1), "pointer" | "pointers" | "all")
    {
        return true;
    }
    // `7-Eleven`: a number word in capitals glued after it makes a name.
    if t.joining_hyphen(e) && t.is_cap(e + 1) && lexicon::number_word(t.s(e + 1)).is_some() {
        return true;
    }
    // `the iPhone 11`, `an iPad 2`: a product's name in camel case before it.
    if i > 0 && t.is_word(i - 1) && is_camel_case(t.s(i - 1)) {
        return true;
    }
    let ordinal = lexicon::is(t.s(e), lexicon::class::ORDINAL_SUFFIX) && t.glued(e);
    // After a capitalised word that is not sentence-initial: a model or a name.
    let possessive = i > 0 && lexicon::is_possessive(t.s(i - 1));
    if i > 0 && t.is_cap(i - 1) && t.toks[i].space_before && !t.toks[i - 1].line_before && !ordinal && !possessive {
        let p = t.s(i - 1);
        let pl = prefilter::Lower::new(p);
        let sentence_initial = i < 2 || t.ends_sentence(i - 2) || t.toks[i - 1].para_start;
        // (`Libertarian Gary Johnson 3 percent`, `Trump 41%`: a poll's share after a name.)
        let share = lexicon::is(t.s(e), lexicon::class::SHARE_WORD) || t.s(e) == "points";
        let allowed = share
            || lexicon::month(p).is_some()
            || lexicon::currency(p).is_some()
            || lexicon::is(p, lexicon::class::CAPITALISED_LEAD)
            || (sentence_initial && lexicon::ends_noun_phrase(pl.as_str()));
        if !allowed {
            return true;
        }
    }
    false
}

/// A word in lower case with a capital after its first letter: `iPhone`, `eBay`.
fn is_camel_case(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase()) && w.bytes().skip(1).any(|b| b.is_ascii_uppercase())
}

/// Phone numbers and IDs: `555-1234`, `(212) 555-1234`, `1-800-…`.
pub(super) fn is_phone(t: &Tokens, n: &Num) -> bool {
    let s = t.s(n.start);
    let next_is = |k: usize| t.is_p(k, "-") && t.glued(k) && t.is_num(k + 1) && t.glued(k + 1);
    (s.len() == 3 && next_is(n.start + 1) && t.s(n.start + 2).len() == 4)
        || (next_is(n.start + 1) && next_is(n.start + 3))
}

/// Qualifier words before token `i`: returns the first token of the qualifier.
pub(super) fn qualifier_before(t: &Tokens, i: usize) -> Option<usize> {
    // Every qualifier ends with a word right before the figure: most figures have none.
    if i == 0 || !t.is_word(i - 1) {
        return None;
    }
    // Most words before a figure end no qualifier: test that before lower-casing more.
    let last = low(t, i - 1);
    if !lexicon::QUALIFIERS_BEFORE.iter().any(|q| q[q.len() - 1] == last.as_str()) {
        return None;
    }
    // The (up to) three words before `i`, lower-cased once: prev[0] is token i-1.
    let prev: [prefilter::Lower; 3] = std::array::from_fn(|d| {
        if d == 0 {
            last
        } else if i > d {
            low(t, i - 1 - d)
        } else {
            prefilter::Lower::new("")
        }
    });
    for q in lexicon::QUALIFIERS_BEFORE {
        let n = q.len();
        if i < n {
            continue;
        }
        let from = i - n;
        if (0..n).all(|k| prev[n - 1 - k] == q[k]) && !t.toks[from + 1..=i].iter().any(|x| x.line_before) {
            // `over` and `under` are prepositions more often than qualifiers after a verb
            // of change (`rose 5% over the year`); as qualifiers they stand before numbers.
            if n == 1 && q[0] == "some" && i + 1 < t.len() && t.is_word(i) {
                continue;
            }
            return Some(from);
        }
    }
    None
}

/// Qualifiers after a figure: `or so`, `or more`, `plus`.
pub(super) fn qualifier_after(t: &Tokens, end: usize) -> Option<usize> {
    if t.get(end as isize) == "or" && matches!(t.get(end as isize + 1), "so" | "more") {
        return Some(end + 2);
    }
    if t.get(end as isize) == "plus" && !t.is_num(end + 1) {
        return Some(end + 1);
    }
    None
}

pub(super) fn currency_before(t: &Tokens, i: usize) -> Option<(usize, &'static str)> {
    // `$1.2`, `US$5`, `C$3`, `£7`, `Rs 5`, `Rs. 5`, and AAP's `$US1.7`, `$A1.84`
    if i == 0 {
        return None;
    }
    let p = t.s(i - 1);
    if i >= 2 && t.is_word(i - 1) && t.glued(i) && t.is_p(i - 2, "$") && t.glued(i - 1) {
        let code = match p {
            "US" => "USD",
            "A" => "AUD",
            "NZ" => "NZD",
            "HK" => "HKD",
            "S" => "SGD",
            "C" => "CAD",
            _ => return None,
        };
        return Some((i - 2, code));
    }
    // (`$ 75 million`, `€ 2 million`: some copy sets the sign off by one space.)
    let one_space = i < t.len() && t.toks[i].start() == t.toks[i - 1].end() + 1 && !t.toks[i].line_before;
    if t.kind(i - 1) == TokKind::Punct && (t.glued(i) || one_space) {
        if let Some(code) = lexicon::currency(p) {
            if p == "$" && i >= 2 && t.glued(i - 1) && t.is_word(i - 2) {
                let prefixed = format!("{}$", t.s(i - 2));
                if let Some(code) = lexicon::currency(&prefixed) {
                    return Some((i - 2, code));
                }
            }
            return Some((i - 1, code));
        }
    }
    if p == "Rs" || (p == "." && i >= 2 && t.s(i - 2) == "Rs") {
        return Some((if p == "." { i - 2 } else { i - 1 }, "INR"));
    }
    if lexicon::is(p, lexicon::class::CURRENCY_CODE) {
        return Some((i - 1, lexicon::currency(p).unwrap_or("USD")));
    }
    None
}

/// Whether the number word's `value` is a whole multiple of `of` (`twenty`, `three
/// hundred`). By division and `fract`, not `%`: a float remainder brings `fmod` and 128-bit
/// division into the wasm module (1.7 KB).
fn is_multiple(value: f64, of: f64) -> bool {
    (value / of).fract() == 0.0
}
