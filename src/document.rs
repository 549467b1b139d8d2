//! The analysis contract document (`contract/README.md`): the shape every front end emits,
//! with UTF-16 offsets. Built from an [`Analysis`] and one pass over the text ([`Utf16Map`]).

use crate::span::{Span, Utf16Map};
use crate::{Analysis, Unit, CONTRACT_VERSION};
use serde::Serialize;

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct SpanDoc<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct DatelineDoc<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub location: Option<&'a str>,
    pub agency: Option<&'a str>,
    pub date: Option<&'a str>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct QuoteDoc<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: Name,
    pub speaker: Option<SpanDoc<'a>>,
    pub source: Option<&'a str>,
    pub cue: Option<SpanDoc<'a>>,
    /// The `id` of its entry in `sources`, or null.
    pub source_id: Option<usize>,
}

/// One person or body the story quotes (`contract/README.md`, "Sources").
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct SourceDoc<'a> {
    pub id: usize,
    pub name: &'a str,
    pub description: Option<&'a str>,
    #[serde(rename = "type")]
    pub kind: Name,
    pub mentions: Vec<SpanDoc<'a>>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct FigureDoc<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: Name,
    #[serde(serialize_with = "number")]
    pub value: Option<f64>,
    pub unit: Option<&'a str>,
    pub qualifier: Option<&'a str>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct CreditDoc<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub role: Name,
    pub names: Vec<&'a str>,
    pub agency: Option<&'a str>,
    pub caption: Option<SpanDoc<'a>>,
}

/// A fixed name from the contract's vocabulary (`count`, `direct`, `photo`). It serializes
/// as a string, like any `&str`, but as a unit variant: serde-wasm-bindgen converts a
/// variant's name to a JS string once and reuses it, where a `&str` is decoded anew for
/// every figure (BENCHMARKS.md has the measurement).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name(pub &'static str);

impl Serialize for Name {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit_variant("", 0, self.0)
    }
}

/// The contract document, version 1.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Document<'a> {
    pub version: u32,
    pub dateline: Option<DatelineDoc<'a>>,
    pub quotes: Vec<QuoteDoc<'a>>,
    pub figures: Vec<FigureDoc<'a>>,
    pub credits: Vec<CreditDoc<'a>>,
    pub sources: Vec<SourceDoc<'a>>,
}

/// Converts an analysis of `text` into the contract document.
pub fn document<'a>(text: &'a str, a: &Analysis) -> Document<'a> {
    let map = Utf16Map::new(text);
    let span = |s: Span| SpanDoc { start: map.get(s.start), end: map.get(s.end), text: s.text(text) };
    let string = |s: Span| s.text(text);
    Document {
        version: CONTRACT_VERSION,
        dateline: a.dateline.as_ref().map(|d| {
            let SpanDoc { start, end, text: t } = span(d.span);
            DatelineDoc {
                start,
                end,
                text: t,
                location: d.location.map(string),
                agency: d.agency.map(string),
                date: d.date.map(string),
            }
        }),
        quotes: a
            .quotes
            .iter()
            .map(|q| {
                let SpanDoc { start, end, text: t } = span(q.span);
                QuoteDoc {
                    start,
                    end,
                    text: t,
                    kind: Name(q.kind.as_str()),
                    speaker: q.speaker.map(span),
                    source: q.source.map(string),
                    cue: q.cue.map(span),
                    source_id: q.source_id,
                }
            })
            .collect(),
        figures: a
            .figures
            .iter()
            .map(|f| {
                let SpanDoc { start, end, text: t } = span(f.span);
                FigureDoc {
                    start,
                    end,
                    text: t,
                    kind: Name(f.kind.as_str()),
                    value: f.value.filter(|v| v.is_finite()),
                    unit: f.unit.as_ref().map(|u| match u {
                        Unit::Written(s) => string(*s),
                        Unit::Code(c) => *c,
                    }),
                    qualifier: f.qualifier.map(string),
                }
            })
            .collect(),
        credits: a
            .credits
            .iter()
            .map(|c| {
                let SpanDoc { start, end, text: t } = span(c.span);
                CreditDoc {
                    start,
                    end,
                    text: t,
                    role: Name(c.role.as_str()),
                    names: c.names.iter().copied().map(string).collect(),
                    agency: c.agency.map(string),
                    caption: c.caption.map(span),
                }
            })
            .collect(),
        sources: a
            .sources
            .iter()
            .map(|s| SourceDoc {
                id: s.id,
                name: string(s.name),
                description: s.description.map(string),
                kind: Name(s.kind.as_str()),
                mentions: s.mentions.iter().copied().map(span).collect(),
            })
            .collect(),
    }
}

/// Whole numbers print as integers (`200`, not `200.0`), as the contract writes them.
fn number<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(*x as i64),
        Some(x) => s.serialize_f64(*x),
        None => s.serialize_none(),
    }
}
