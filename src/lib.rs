//! wirelens: annotates a wire story — its dateline, every quote with who said it, every
//! figure with what it counts, and the credits — in pure Rust, with byte spans.
//!
//! ```
//! let a = wirelens::analyze("KABUL (Reuters) – “We met,” he said.");
//! assert_eq!(a.dateline.unwrap().location.unwrap().text("KABUL (Reuters) – “We met,” he said."), "KABUL");
//! assert_eq!(a.quotes.len(), 1);
//! ```
//!
//! Extraction is total: any `&str` gives an [`Analysis`], never a panic or an error.
//! Front ends turn it into the contract document (UTF-16 offsets) with [`document()`].

pub mod credit;
pub mod dateline;
pub mod document;
pub mod figure;
pub mod invariants;
pub mod lexicon;
pub mod prefilter;
pub mod quote;
pub mod source;
pub mod span;
pub mod text;

pub use document::{document, Document};
pub use span::Span;

/// The positions `0..n` ordered by `keys` (equal keys keep their order). Every sort of the
/// core goes through here: a sort is compiled anew for each element type and closure, and
/// each copy weighs on the wasm module.
pub(crate) fn order_by(keys: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut pairs: Vec<(usize, usize)> = keys.enumerate().map(|(i, k)| (k, i)).collect();
    merge_sort(&mut pairs);
    pairs.into_iter().map(|(_, i)| i).collect()
}

/// Sorts `v` by merging runs of doubling width: a few hundred bytes of wasm, where the
/// standard library's sort instantiates seven kilobytes for the one type the core sorts.
fn merge_sort(v: &mut Vec<(usize, usize)>) {
    let n = v.len();
    let mut buf = v.clone();
    let mut width = 1;
    while width < n {
        for i in (0..n).step_by(2 * width) {
            let (mid, end) = ((i + width).min(n), (i + 2 * width).min(n));
            let (mut a, mut b) = (i, mid);
            for slot in &mut buf[i..end] {
                if b >= end || a < mid && v[a] <= v[b] {
                    *slot = v[a];
                    a += 1;
                } else {
                    *slot = v[b];
                    b += 1;
                }
            }
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
}

/// Sorts `items` by `key` through [`order_by`] (equal keys keep their order).
pub(crate) fn sort_by_key<T: Clone>(items: &mut Vec<T>, key: impl Fn(&T) -> usize) {
    let order = order_by(items.iter().map(key));
    *items = order.into_iter().map(|i| items[i].clone()).collect();
}

/// The contract's version, written into every document.
pub const CONTRACT_VERSION: u32 = 1;

/// The largest input any front end accepts, in bytes of UTF-8 (64 MiB). Analysis is
/// linear, but the result holds every span; beyond this a paste is almost certainly a
/// mistake, and a clear error beats running a browser tab out of memory.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Refuses a text over [`MAX_INPUT_BYTES`] with the message the native front ends (the CLI,
/// the Python module) give.
pub fn check_input_size(text: &str) -> Result<(), String> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(format!("text is {} bytes; the limit is {MAX_INPUT_BYTES} bytes (64 MiB)", text.len()));
    }
    Ok(())
}

/// The wire-service opening of a story: `KABUL (Reuters) –`.
#[derive(Clone, Debug, PartialEq)]
pub struct Dateline {
    pub span: Span,
    pub location: Option<Span>,
    pub agency: Option<Span>,
    pub date: Option<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quotation and its attribution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quote {
    pub span: Span,
    pub kind: QuoteKind,
    /// The mention the quote is attributed to (`he`, `a spokesman for …`).
    pub speaker: Option<Span>,
    /// The speaker after resolving pronouns and short forms, as written somewhere in the
    /// text (so it is a span too; the document gives its text).
    pub source: Option<Span>,
    /// The attribution verb or phrase (`told`, `according to`).
    pub cue: Option<Span>,
    /// The id of its [`source::Source`], once the sources are grouped.
    pub source_id: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureKind {
    Count,
    Money,
    Percent,
    Duration,
    Age,
    Measure,
    Ordinal,
    Date,
    Time,
    Year,
    Range,
}

impl FigureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Duration => "duration",
            FigureKind::Age => "age",
            FigureKind::Measure => "measure",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Date => "date",
            FigureKind::Time => "time",
            FigureKind::Year => "year",
            FigureKind::Range => "range",
        }
    }
}

/// What a figure's unit is: written in the text, or a normalised code (`USD`).
#[derive(Clone, Debug, PartialEq)]
pub enum Unit {
    Written(Span),
    Code(&'static str),
}

/// A number and what it counts or measures.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub span: Span,
    pub kind: FigureKind,
    pub value: Option<f64>,
    pub unit: Option<Unit>,
    pub qualifier: Option<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreditRole {
    Photo,
    Video,
    Byline,
    Reporting,
    AdditionalReporting,
    Writing,
    Editing,
    Compiled,
    Contributor,
}

impl CreditRole {
    pub fn as_str(self) -> &'static str {
        match self {
            CreditRole::Photo => "photo",
            CreditRole::Video => "video",
            CreditRole::Byline => "byline",
            CreditRole::Reporting => "reporting",
            CreditRole::AdditionalReporting => "additional_reporting",
            CreditRole::Writing => "writing",
            CreditRole::Editing => "editing",
            CreditRole::Compiled => "compiled",
            CreditRole::Contributor => "contributor",
        }
    }

    /// The role of a contract name (`"additional_reporting"`), as the word lists write it.
    pub fn from_name(name: &str) -> Option<CreditRole> {
        use CreditRole::*;
        // Read once, when the credit lists are built: the roles go through `black_box` so the
        // compiler keeps one loop instead of nine unrolled comparisons (about 300 B of the
        // gzipped module).
        let all = [Photo, Video, Byline, Reporting, AdditionalReporting, Writing, Editing, Compiled, Contributor];
        std::hint::black_box(&all[..]).iter().copied().find(|r| r.as_str() == name)
    }
}

/// Who made the story or its pictures.
#[derive(Clone, Debug, PartialEq)]
pub struct Credit {
    pub span: Span,
    pub role: CreditRole,
    pub names: Vec<Span>,
    pub agency: Option<Span>,
    pub caption: Option<Span>,
}

/// Everything wirelens finds in one text; lists sorted by start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    pub dateline: Option<Dateline>,
    pub quotes: Vec<Quote>,
    pub figures: Vec<Figure>,
    pub credits: Vec<Credit>,
    /// The people and bodies the quotes are attributed to, one each.
    pub sources: source::Sources,
}

/// Analyses a text. Total: any string gives an analysis.
pub fn analyze(text: &str) -> Analysis {
    let toks = text::Tokens::new(text);
    let dateline = dateline::find(&toks);
    let frame = credit::find_frame(&toks, dateline.as_ref().map(|d| d.span.start));
    // Credits and story notes are not prose: no quotes or figures are read there; nor is the
    // dateline reported content (`MOBILE, Ala. (AP) — A storm closed …, officials said.`).
    let mut frame_and_dateline = frame.notes.clone();
    if let Some(d) = &dateline {
        let at = frame_and_dateline.partition_point(|s| s.start < d.span.start);
        frame_and_dateline.insert(at, d.span);
    }
    // Photo captions too are not the story's prose for the names a description points back to.
    // (Each caption is put in its place: a sort of spans would add a sort's code to the wasm.)
    let mut outside_story = frame_and_dateline.clone();
    for caption in frame.credits.iter().filter_map(|c| c.caption) {
        let at = outside_story.partition_point(|s| s.start < caption.start);
        outside_story.insert(at, caption);
    }
    let mut quotes = quote::find(&toks, &frame_and_dateline, &outside_story);
    if let Some(d) = &dateline {
        quote::speakers_after(&toks, &mut quotes, d.span);
    }
    let sources = source::group(&toks, &mut quotes);
    let figures = figure::find(&toks, &frame.notes);
    Analysis { dateline, quotes, figures, credits: frame.credits, sources }
}

#[cfg(test)]
mod tests {
    /// The merge sort against the standard library's, on every length up to 70 and keys with
    /// many ties, ascending, descending and scrambled.
    #[test]
    fn order_by_sorts_as_the_standard_sort_does_and_keeps_ties_in_order() {
        for n in 0..70usize {
            for keys in [(0..n).map(|i| (i * 7919) % 13).collect::<Vec<_>>(), (0..n).rev().collect(), (0..n).collect()]
            {
                let mut want: Vec<usize> = (0..n).collect();
                want.sort_by_key(|&i| (keys[i], i));
                assert_eq!(super::order_by(keys.iter().copied()), want, "n = {n}");
            }
        }
    }
}
