//! Figures: every number in a story with what it counts, and every date and time.
//!
//! One left-to-right pass over the tokens. At each token the matchers are tried in order —
//! dates and times, then numbers with their context (currency, percent, ordinal, age,
//! duration, measure, year, range, count) — and the first that matches consumes its tokens.
//! The guards that keep names and codes out (`G7`, `COVID-19`, `Boeing 737`, `6758.T`,
//! `115-111`, `May` the name) sit in front of the number matchers.
//!
//! The matchers live by what they read: `dates` (dates and times), `numbers` (a number,
//! its qualifier and currency, and the guards), `amounts` (what a number counts).

mod amounts;
mod dates;
mod numbers;

use crate::lexicon;
use crate::prefilter;
use crate::span::{Span, SpanCursor};
use crate::text::{set, TokKind, Tokens};
use crate::Figure;
use amounts::{fraction_figure, number_figure, ordinal_word_at};
use dates::{date_at, time_at};

/// Figures sorted by start; tokens inside `skip` (credits, notes) are not read.
pub fn find(t: &Tokens, skip: &[Span]) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut frame = SpanCursor::new(skip);
    let mut i = 0;
    while let Some(k) = t.next_in(set::FIGURE, i) {
        i = k;
        if !may_start_figure(t, i) {
            i += 1;
            continue;
        }
        if frame.covers(t.toks[i].start()) {
            i += 1;
            continue;
        }
        match matchers_at(t, i) {
            Some((f, next)) => {
                out.push(f);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// Token `i` lower-cased on the stack ("" past the end).
fn low(t: &Tokens, i: usize) -> prefilter::Lower {
    prefilter::Lower::new(t.s(i))
}

fn span(t: &Tokens, a: usize, b: usize) -> Span {
    Span::new(t.toks[a].start(), t.toks[b - 1].end())
}

/// The matchers, in order, with no prefilter in front.
fn matchers_at(t: &Tokens, i: usize) -> Option<(Figure, usize)> {
    date_at(t, i)
        .or_else(|| time_at(t, i))
        .or_else(|| fraction_figure(t, i))
        .or_else(|| number_figure(t, i))
        .or_else(|| ordinal_word_at(t, i))
}

/// A cheap test that a figure may start at token `i`, so the matchers run on few tokens: a
/// number, or a word the tokenizer marked as a possible opener that is one (currency symbols
/// are read from the number after them). Four tokens in five fail on the token's own bits.
#[inline(always)]
fn may_start_figure(t: &Tokens, i: usize) -> bool {
    let tok = &t.toks[i];
    tok.kind == TokKind::Num || tok.lists & lexicon::list::FIGURE != 0 && is_opener(t, i)
}

/// Whether the word at `i`, marked as a possible opener, opens figures.
fn is_opener(t: &Tokens, i: usize) -> bool {
    let w = lexicon::strip_possessive(t.s(i));
    // Articles are about a tenth of a text's words and open few figures, all before one of
    // a few words: trying every matcher at each of them would cost more than the rest.
    // (A set, not a scan of the list: its shape test rejects most next words at once.)
    if lexicon::is(w, lexicon::class::ARTICLE) {
        return lexicon::follows_article(t.s(i + 1));
    }
    lexicon::is_figure_opener(w)
}

#[cfg(test)]
mod tests {
    use super::numbers::decimal;
    use super::*;
    use crate::Unit;

    #[test]
    fn hand_decimal_parser_agrees_with_str_parse() {
        for s in [
            "0",
            "7",
            "1.2",
            "0.1",
            "3.14159",
            "1,234.56",
            "804,000",
            "12.50",
            "99.99",
            "2020",
            "123456789012345",
            "0.000001",
            "18.3",
        ] {
            let want: f64 = s.replace(',', "").parse().unwrap();
            assert_eq!(decimal(s), Some(want), "{s}");
        }
        for s in ["", ".", "1.2.3", "12a", "1,2.3,4"] {
            assert!(decimal(s).is_none(), "{s}");
        }
        // Beyond 15 digits the value is approximate but close.
        let big = decimal("12345678901234567890").unwrap();
        assert!((big / 1.2345678901234567e19 - 1.0).abs() < 1e-12);
    }

    /// The tokens (text and byte offset) where a matcher finds a figure that the prefilter
    /// skips.
    fn prefilter_misses(text: &str) -> Vec<String> {
        let t = Tokens::new(text);
        (0..t.len())
            .filter(|&i| !may_start_figure(&t, i) && matchers_at(&t, i).is_some())
            .map(|i| format!("{:?} at byte {}", t.s(i), t.toks[i].start()))
            .collect()
    }

    #[test]
    fn prefilter_skips_no_article_that_opens_a_figure() {
        let mut words: Vec<&str> = lexicon::figure_openers().chain(lexicon::article_followers()).collect();
        words.extend([
            "years", "days", "weeks", "term", "season", "half", "few", "third", "first", "1990s", "'90s", "20", "Q3",
            "ago", "of", "man", "Weekend",
        ]);
        for article in ["a", "an", "the", "that", "A", "An", "The", "That"] {
            for before in ["over", "during", "said", "in", ""] {
                for next in &words {
                    for after in ["ago", "earlier", "later", "of", "century", "", ".", "the", "year"] {
                        let text = format!("{before} {article} {next} {after}");
                        assert!(prefilter_misses(&text).is_empty(), "{text}");
                    }
                }
            }
        }
    }

    #[test]
    fn prefilter_skips_no_word_that_opens_a_figure_in_the_corpus() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/wire/texts");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("SKIPPED: ../shared/corpus is not here (it ships beside the repository, not in it)");
            return;
        };
        let mut texts = 0;
        for entry in entries.flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            assert_eq!(prefilter_misses(&text), Vec::<String>::new(), "{}", entry.path().display());
            texts += 1;
        }
        assert!(texts > 100, "only {texts} corpus texts read");
    }

    fn figs(text: &str) -> Vec<(String, &'static str, Option<f64>, Option<String>)> {
        let t = Tokens::new(text);
        find(&t, &[])
            .into_iter()
            .map(|f| {
                let unit = f.unit.map(|u| match u {
                    Unit::Written(s) => s.text(text).to_owned(),
                    Unit::Code(c) => c.to_owned(),
                });
                (f.span.text(text).to_owned(), f.kind.as_str(), f.value, unit)
            })
            .collect()
    }

    #[test]
    fn counts_with_their_nouns() {
        assert_eq!(
            figs("released a total of 200 Taliban prisoners on Wednesday")[0],
            ("200 Taliban prisoners".into(), "count", Some(200.0), Some("Taliban prisoners".into()))
        );
        assert_eq!(
            figs("the two sides in February")[0],
            ("two sides".into(), "count", Some(2.0), Some("sides".into()))
        );
        assert_eq!(figs("more than 804,000 borrowers")[0].0, "more than 804,000 borrowers");
    }

    #[test]
    fn money_percent_duration_age() {
        assert_eq!(figs("a $1.2 billion deal")[0], ("$1.2 billion".into(), "money", Some(1.2e9), Some("USD".into())));
        assert_eq!(figs("rose 720.4 mln dlrs")[0].2, Some(720.4e6));
        assert_eq!(figs("up 5 percent")[0].1, "percent");
        assert_eq!(figs("the 18-year US war")[0], ("18-year".into(), "duration", Some(18.0), Some("year".into())));
        assert_eq!(figs("a 30-year-old man")[0].1, "age");
    }

    #[test]
    fn dates_and_guards() {
        let f = figs("on Saturday. It was on Friday night. The February pact was signed in February. On October 18, 2018, it rained.");
        let texts: Vec<&str> = f.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Saturday", "Friday night", "February", "October 18, 2018"]);
        assert!(figs("Theresa May said she may go. COVID-19 and the G7 and a Boeing 737 and F-16 jets.").is_empty());
        assert_eq!(figs("on Wednesday and Thursday")[0].0, "Wednesday and Thursday");
        assert_eq!(figs("The Taliban last week accused")[0].0, "last week");
    }

    #[test]
    fn years_ranges_scores() {
        assert_eq!(figs("in 2018")[0].1, "year");
        assert_eq!(figs("the 2012-13 season")[0].1, "range");
        assert!(figs("won 115-111 at home").is_empty());
        assert_eq!(figs("20 or 25 years")[0].0, "20 or 25 years");
    }
}
