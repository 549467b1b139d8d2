//! The dateline: `KABUL (Reuters) –`, `LONDON, July 16 (Reuters) -`, `BETHESDA, Md. (AP) _`,
//! `(CNN) --`, `SALVADOR, Feb 26 -` (1987 Reuters), `LONDON —`.
//!
//! A dateline opens a line near the top of the story (after a headline, a `By` line or an
//! editor's note), or follows a byline on the same line. Its grammar is
//!
//! ```text
//! [PLACE [, REGION]] [,] [DATE] [(AGENCY) | AGENCY] DASH
//! ```
//!
//! and to keep false alarms at zero a candidate needs either an agency in brackets, or an
//! all-capitals place followed by a dash (`LONDON —`). Title-case places (`Washington`)
//! count only in front of a bracketed agency.

use crate::lexicon;
use crate::span::Span;
use crate::text::Tokens;
use crate::Dateline;

/// How far into the story a dateline may start (bytes), and on how many lines.
const SEARCH_BYTES: usize = 3000;
const SEARCH_LINES: usize = 12;

pub fn find(t: &Tokens) -> Option<Dateline> {
    from_line_starts(t).or_else(|| anchored_on_agency(t))
}

/// A dateline that opens one of the first lines, or follows a `By` line's names.
fn from_line_starts(t: &Tokens) -> Option<Dateline> {
    let mut lines = 0;
    for i in 0..t.len() {
        if t.toks[i].start() > SEARCH_BYTES {
            break;
        }
        if i != 0 && !t.toks[i].line_before {
            continue;
        }
        lines += 1;
        if lines > SEARCH_LINES {
            break;
        }
        if let Some(d) = parse_at(t, i) {
            return Some(d);
        }
        // A byline fused with the dateline: `By Jane Doe and John Roe STOCKHOLM  Nov 9 (Reuters) -`.
        if t.s(i) == "By" {
            let mut j = i + 1;
            while j < t.len() && !t.toks[j].line_before && j < i + 16 {
                if is_caps_word(t, j) {
                    if let Some(d) = parse_at(t, j) {
                        return Some(d);
                    }
                }
                j += 1;
            }
        }
    }
    None
}

/// A dateline fused to the end of a headline on the same line (`… on blood NEW YORK
/// (CNNMoney) America's …`): anchored on a known agency in brackets, read back to the
/// longest place in capitals before it.
fn anchored_on_agency(t: &Tokens) -> Option<Dateline> {
    let mut i = 1;
    while i + 2 < t.len() && t.toks[i].start() <= SEARCH_BYTES / 3 {
        if t.is_p(i, "(") && is_agency_word(t.s(i + 1)) && t.is_p(i + 2, ")") {
            let mut best = None;
            let mut j = i;
            while j > 0 && i - j < 10 && !t.toks[j].line_before {
                j -= 1;
                if is_caps_word(t, j) && (j == 0 || !is_caps_word(t, j - 1) || t.toks[j].line_before) {
                    if let Some(d) =
                        parse_at(t, j).filter(|d| d.agency.is_some_and(|a| a.start == t.toks[i + 1].start()))
                    {
                        best = Some(d);
                    }
                }
            }
            return best;
        }
        i += 1;
    }
    None
}

/// Tries to read a dateline that starts at token `i`.
fn parse_at(t: &Tokens, i: usize) -> Option<Dateline> {
    let mut j = i;
    // `RPT --LUDWIGSHAFEN, …`: a repeat marker in front belongs to the dateline's text.
    if t.s(i) == "RPT" && t.is_p(i + 1, "-") {
        j = i + 1;
        while t.is_p(j, "-") {
            j += 1;
        }
    }
    // `****LONDON, March 5 -`: marks in front (old wire copy) belong to the dateline's text.
    while t.is_p(j, "*") && j < i + 6 {
        j += 1;
    }
    let mut location = None;
    let mut caps_place = false;
    // PLACE, optionally `, REGION` (`BETHESDA, Md.`, `MOBILE, Alabama`, `WILMINGTON, Del`).
    if let Some((end, caps)) = place(t, j) {
        caps_place = caps;
        let mut loc_end = end;
        let mut k = end;
        // `FARMINGTON Conn., March 9 -`: a state abbreviation without the comma.
        if caps
            && t.is_cap(k)
            && t.is_p(k + 1, ".")
            && t.s(k).len() <= 5
            && !is_date_start(t, k)
            && !t.toks[k].line_before
        {
            if let Some(e) = region(t, k) {
                loc_end = e;
                k = e;
            }
        }
        while t.is_p(k, ",") && !t.toks[k].line_before && !is_date_start(t, k + 1) {
            match region(t, k + 1) {
                Some(e) => {
                    loc_end = e;
                    k = e;
                }
                None => break,
            }
        }
        location = Some(Span::new(t.toks[j].start(), t.toks[loc_end - 1].end()));
        j = loc_end;
        if t.is_p(j, ",") {
            j += 1;
        }
    }
    // DATE: `July 16`, `Feb 26`, `Aug 29, 2014`.
    // `KANSAS CITY, Mo. - March 13 -`: a stray dash between the place and the date.
    if location.is_some() && t.is_p(j, "-") && t.toks[j].space_before && date_at(t, j + 1).is_some() {
        j += 1;
    }
    let mut date = None;
    if let Some(end) = date_at(t, j).filter(|_| same_line(t, i, j)) {
        date = Some(Span::new(t.toks[j].start(), t.toks[end - 1].end()));
        j = end;
    }
    // AGENCY: `(Reuters)`, `(CNN Business)`, or bare `AFP` in AAP copy.
    let mut agency = None;
    let mut agency_end = None;
    if t.is_p(j, "(") && same_line(t, i, j) {
        let mut k = j + 1;
        while k < t.len() && k < j + 5 && (t.is_cap(k) || is_caps_word(t, k)) {
            k += 1;
        }
        if k > j + 1 && t.is_p(k, ")") && is_agency(t, j + 1, k) {
            agency = Some(Span::new(t.toks[j + 1].start(), t.toks[k - 1].end()));
            agency_end = Some(k + 1);
            j = k + 1;
        }
    } else if j > i && same_line(t, i, j) && matches!(t.get(j as isize), "AFP" | "AP" | "Reuters" | "REUTERS") {
        agency = Some(Span::new(t.toks[j].start(), t.toks[j].end()));
        agency_end = Some(j + 1);
        j += 1;
    }
    // DASH: `-`, `--`, `–`, `—`, `_`, or a colon after a place with its region.
    let dash_end = dash(t, j).filter(|_| same_line(t, i, j));
    // Only a bracketed agency may end a dateline without a dash (`NEW YORK (CNNMoney)`);
    // a bare one needs it (`SEOUL, Nov 26 AFP -`, not a photo credit `JIM WATSON/AFP`).
    let bracketed = agency.is_some_and(|a| a.start > 0 && t.text.get(..a.start).is_some_and(|s| s.ends_with('(')));
    let end_tok = match (dash_end, agency_end) {
        (Some(e), _) => e,
        (None, Some(e)) if bracketed => e,
        _ => return None,
    };
    if agency.is_none() {
        // Without an agency, only an all-capitals place (or place and date) before a dash
        // that stands apart from it (`LONDON —`, `SALVADOR, Feb 26 -`), or AFP's
        // `Washington, DC, United States:` (a place with its regions, then a colon).
        let afp_colon = t.is_p(j, ":")
            && location.is_some_and(|l| l.text(t.text).matches(',').count() >= 2)
            && t.toks[i].line_before | (i == 0);
        // `Toronto, Feb 26 -`, `MONTREAL, Feb 26-`: a place in any case with a day's date,
        // the dash right after the date, then the story or the line's end (prose never opens
        // so).
        let dated = location.is_some()
            && date.is_some()
            && dash_end.is_some_and(|e| t.toks.get(e).is_none_or(|x| x.space_before || x.line_before));
        let apart = t.toks.get(j).is_some_and(|x| x.space_before);
        if !afp_colon && !dated && (!caps_place || !apart) {
            return None;
        }
        if t.is_p(j, ":") && date.is_none() && location.is_none_or(|l| !l.text(t.text).contains(',')) {
            return None;
        }
    }
    if location.is_none() && date.is_none() && agency.is_none() {
        return None;
    }
    // Something must follow on the line (the story), unless the agency ends it.
    let start = t.toks[i].start();
    let end = t.toks[end_tok - 1].end();
    Some(Dateline { span: Span::new(start, end), location, agency, date })
}

/// Token `j` is on the line of a dateline starting at `i` (a dateline never spans lines).
fn same_line(t: &Tokens, i: usize, j: usize) -> bool {
    j == i || !t.toks.get(j).is_some_and(|x| x.line_before)
}

/// A word in capitals (at least two letters): `KABUL`, `NEW`.
fn is_caps_word(t: &Tokens, i: usize) -> bool {
    if !t.is_word(i) {
        return false;
    }
    let w = t.s(i);
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let lower = w.chars().filter(|c| c.is_lowercase()).count();
    // One stray lower-case letter in a long word is a typo in old wire copy (`WALtHAM`).
    letters >= 2 && (lower == 0 || letters >= 5 && lower == 1 && w.chars().next().is_some_and(char::is_uppercase))
}

/// A place name starting at `i`: returns the token after it, and whether it is in capitals.
/// Capitals: `KABUL`, `NEW YORK`, `ST. LOUIS`, `WINSTON-SALEM`. Title case: `Washington`,
/// `Rio de Janeiro` (only trusted in front of a bracketed agency, checked by the caller).
fn place(t: &Tokens, i: usize) -> Option<(usize, bool)> {
    if is_caps_word(t, i) {
        let mut j = i + 1;
        loop {
            // Another word in capitals, or a joining mark glued inside the name.
            // (`BALDWIN Park, Calif`: a last word in title case before the comma.)
            let word = (is_caps_word(t, j) || t.is_cap(j) && t.is_p(j + 1, ","))
                && !t.toks[j].line_before
                && !is_agency_word(t.s(j));
            let joiner = (t.is_p(j, ".") || t.is_p(j, "-") || t.is_p(j, "'") || t.is_p(j, "’") || t.is_p(j, "/"))
                && t.glued(j)
                && (is_caps_word(t, j + 1) || t.is_p(j, "."))
                && !t.toks.get(j + 1).is_some_and(|x| x.line_before);
            if !(word || joiner) {
                break;
            }
            j += 1;
        }
        // `US` alone, `AP`, `UPDATE` are not places.
        if j == i + 1 && (is_agency_word(t.s(i)) || lexicon::is(t.s(i), lexicon::class::SLUG)) {
            return None;
        }
        return Some((j, true));
    }
    if t.is_cap(i) && lexicon::month(t.s(i)).is_none() {
        let mut j = i + 1;
        while j < i + 5
            && (t.is_cap(j) || lexicon::is(t.get(j as isize), lexicon::class::PLACE_PARTICLE))
            && !t.toks[j].line_before
        {
            j += 1;
        }
        // `Mexico city, march 18 -`, `La paz, …`: a last word in lower case, before a date.
        if j < i + 3 && t.is_lower(j) && !t.toks[j].line_before && t.is_p(j + 1, ",") && is_date_start(t, j + 2) {
            j += 1;
        }
        if t.is_p(j, "(") || t.is_p(j, ",") {
            return Some((j, false));
        }
    }
    None
}

/// `Md.`, `Del`, `Alabama`, `France`, `D.C.`, `United States`: a region after a comma.
fn region(t: &Tokens, i: usize) -> Option<usize> {
    // `ARNHEM, the Netherlands, April 1 -`.
    let i = if t.s(i) == "the" && t.is_cap(i + 1) { i + 1 } else { i };
    if !t.is_cap(i) || t.toks[i].line_before {
        return None;
    }
    let mut j = i + 1;
    loop {
        if t.is_p(j, ".") && t.glued(j) {
            j += 1;
            // `N.Y.`, and `W. Va.` with its space.
            let glued = t.is_cap(j) && t.glued(j);
            let spaced = t.is_cap(j) && t.s(j).len() <= 3 && t.is_p(j + 1, ".") && !t.toks[j].line_before;
            if glued || spaced {
                j += 1;
                continue;
            }
            break;
        }
        if t.is_cap(j) && !t.toks[j].line_before && j < i + 3 && lexicon::month(t.s(j)).is_none() {
            j += 1;
            continue;
        }
        break;
    }
    // (`PA` is also the Press Association: a state only where a date follows it.)
    let dated = is_date_start(t, j) || t.is_p(j, ",") && is_date_start(t, j + 1);
    if is_agency_word(t.s(i)) && !dated {
        return None;
    }
    Some(j)
}

fn is_date_start(t: &Tokens, i: usize) -> bool {
    date_at(t, i).is_some()
}

/// `July 16`, `Feb 26`, `Nov. 9`, `Aug 29, 2014`: returns the token after the date.
fn date_at(t: &Tokens, i: usize) -> Option<usize> {
    // Any casing (`FEb 26`, `feb 26` in old wire copy), and a typed-over month whose first
    // three letters name one (`Marc 3`, `Apri 1`, `Marchg 12`): a day number must follow.
    let w = t.get(i as isize);
    let typo = || (4..=6).contains(&w.len()) && w.is_char_boundary(3) && lexicon::month_any_case(&w[..3]).is_some();
    if lexicon::month_any_case(w).is_none() && !(t.is_word(i) && typo()) {
        return None;
    }
    let mut j = i + 1;
    if t.is_p(j, ".") && t.glued(j) {
        j += 1;
    }
    if !t.is_num(j) || t.s(j).len() > 2 {
        return None;
    }
    j += 1;
    if t.is_p(j, ",") && t.is_num(j + 1) && t.s(j + 1).len() == 4 {
        j += 2;
    }
    Some(j)
}

fn is_agency_word(w: &str) -> bool {
    lexicon::is(w, lexicon::class::AGENCY)
}

/// The words inside brackets look like an agency: a known one, or a short capitalised name
/// followed by a dash (`(CNN Business) --`).
fn is_agency(t: &Tokens, from: usize, to: usize) -> bool {
    is_agency_word(t.s(from)) || (to - from <= 3 && dash(t, to + 1).is_some())
}

/// A dateline dash at `i`; returns the token after it.
fn dash(t: &Tokens, i: usize) -> Option<usize> {
    match t.get(i as isize) {
        "-" => Some(if t.is_p(i + 1, "-") && t.glued(i + 1) { i + 2 } else { i + 1 }),
        "–" | "—" | "_" | ":" | "―" => Some(i + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dateline as strings: its text, location, agency and date.
    type Found = (String, Option<String>, Option<String>, Option<String>);

    fn dl(text: &str) -> Option<Found> {
        let t = Tokens::new(text);
        find(&t).map(|d| {
            let s = |x: Option<Span>| x.map(|x| x.text(text).to_owned());
            (d.span.text(text).to_owned(), s(d.location), s(d.agency), s(d.date))
        })
    }

    fn o(s: &str) -> Option<String> {
        Some(s.to_owned())
    }

    #[test]
    fn agency_datelines() {
        assert_eq!(dl("KABUL (Reuters) – The"), Some(("KABUL (Reuters) –".into(), o("KABUL"), o("Reuters"), None)));
        assert_eq!(
            dl("NEW YORK  (Reuters) - Stocks"),
            Some(("NEW YORK  (Reuters) -".into(), o("NEW YORK"), o("Reuters"), None))
        );
        assert_eq!(
            dl("LONDON, July 16 (Reuters) - The"),
            Some(("LONDON, July 16 (Reuters) -".into(), o("LONDON"), o("Reuters"), o("July 16")))
        );
        assert_eq!(
            dl("July 16 (Reuters) - The"),
            Some(("July 16 (Reuters) -".into(), None, o("Reuters"), o("July 16")))
        );
        assert_eq!(
            dl("BETHESDA, Md. (AP) _ A"),
            Some(("BETHESDA, Md. (AP) _".into(), o("BETHESDA, Md."), o("AP"), None))
        );
        assert_eq!(dl("(CNN) -- The"), Some(("(CNN) --".into(), None, o("CNN"), None)));
        assert_eq!(
            dl("Washington (CNN) -- The"),
            Some(("Washington (CNN) --".into(), o("Washington"), o("CNN"), None))
        );
        assert_eq!(
            dl("UNITED NATIONS, Oct 3 (Reuters) - The"),
            Some(("UNITED NATIONS, Oct 3 (Reuters) -".into(), o("UNITED NATIONS"), o("Reuters"), o("Oct 3")))
        );
    }

    #[test]
    fn datelines_without_agency() {
        assert_eq!(
            dl("    SALVADOR, Feb 26 - Showers"),
            Some(("SALVADOR, Feb 26 -".into(), o("SALVADOR"), None, o("Feb 26")))
        );
        assert_eq!(dl("LONDON — The"), Some(("LONDON —".into(), o("LONDON"), None, None)));
    }

    #[test]
    fn fused_byline_and_headline() {
        let text = "Sony shares fall\nBy Sven Nordenstam and Rebecka Kihlstrom STOCKHOLM  Nov 9 (Reuters) - Shares";
        assert_eq!(dl(text).unwrap().0, "STOCKHOLM  Nov 9 (Reuters) -");
    }

    #[test]
    fn old_reuters_shapes() {
        assert_eq!(dl("    BRASILIA, MARCH 5 - The").unwrap().3.as_deref(), Some("MARCH 5"));
        assert_eq!(dl("    FARMINGTON Conn., March 9 - The").unwrap().1.as_deref(), Some("FARMINGTON Conn."));
        assert_eq!(dl("    SANTOS, BRAZIL, MARCH 11 - The").unwrap().1.as_deref(), Some("SANTOS, BRAZIL"));
        assert_eq!(
            dl("RPT --LUDWIGSHAFEN, West Germany, March 30 - BASF").unwrap().0,
            "RPT --LUDWIGSHAFEN, West Germany, March 30 -"
        );
        assert_eq!(dl("LONDON/FRANKFURT  (Reuters) - The").unwrap().1.as_deref(), Some("LONDON/FRANKFURT"));
    }

    #[test]
    fn fused_after_headline_and_afp_colon() {
        assert_eq!(
            dl("This billionaire is making bank NEW YORK (CNNMoney) America's").unwrap().0,
            "NEW YORK (CNNMoney)"
        );
        assert_eq!(
            dl("Washington, DC, United States: Getting to the Moon").unwrap().1.as_deref(),
            Some("Washington, DC, United States")
        );
    }

    #[test]
    fn agency_on_the_next_line_is_not_part_of_it() {
        let d = dl("Heat beat Hawks\nBy CHARLES ODUM\nAP Sports Writer\n\nATLANTA (AP) _ Luol Deng scored").unwrap();
        assert_eq!(d.0, "ATLANTA (AP) _");
    }

    #[test]
    fn no_false_alarms() {
        assert_eq!(dl("Ink helps drive democracy in Asia\n\nThe Kyrgyz Republic - a small country"), None);
        assert_eq!(dl("Sony said - on Tuesday - that"), None);
        assert_eq!(dl("UPDATE 2-Sony cuts outlook"), None);
        assert_eq!(dl("A photo caption.\nJIM WATSON/AFP\nThe story"), None);
    }
}
