//! The packed form of an analysis: what `analyze` in `index.js` receives and unpacks into
//! the contract document (`wasm/js/packed.js`).
//!
//! Why not the contract document itself: serde-wasm-bindgen builds a JS object by one call
//! into JS per field, and decodes every string from UTF-8 anew. On 1 MB of articles that is
//! about 77,000 fields and 16,000 strings, a large share of the call (BENCHMARKS.md).
//! The packed form is an array of the contract's version and three values: the offsets and
//! codes as one byte array, the figures' values as another, and the few names the codes refer
//! to. JavaScript then builds the objects itself, slicing every string from the caller's own
//! string by its UTF-16 offsets.
//!
//! Layout of `ints` (little-endian `u32`; every offset is in UTF-16 code units; a string or
//! span is two entries, `start end`, or [`NONE`] and 0 for `null`):
//!
//! ```text
//! dateline:  0 | 1 span location agency date
//! quotes:    n, then n × (span kind speaker source cue source_id)
//! figures:   n, then n × (span kind unit qualifier)
//!            unit: a string, or CODE and the index of its code in `names`
//! credits:   n, then n × (span role k name₁ … nameₖ agency caption)
//! sources:   n, then n × (name description type k mention₁ … mentionₖ)
//! ```
//!
//! A `source_id` is the source's index (its `id`), or [`NONE`].
//!
//! A `kind` or `role` is an index into `names`. `values` holds one little-endian `f64` per
//! figure, NaN for `null`.

use serde::ser::{Serialize, SerializeTuple, Serializer};
use wirelens::span::Utf16Map;
use wirelens::{Analysis, Span, Unit};

/// Stands for `null` in place of a start offset.
pub const NONE: u32 = u32::MAX;
/// Stands, in place of a unit's start offset, for a unit given as a code.
pub const CODE: u32 = u32::MAX - 1;

pub struct Packed {
    names: Vec<&'static str>,
    ints: Vec<u8>,
    values: Vec<u8>,
}

impl Packed {
    pub fn new(text: &str, a: &Analysis) -> Packed {
        let map = Utf16Map::new(text);
        let items = a.quotes.len() * 10 + a.figures.len() * 8 + a.credits.len() * 12 + 16;
        let mut p = Packed {
            names: Vec::new(),
            ints: Vec::with_capacity(items * 4),
            values: Vec::with_capacity(a.figures.len() * 8),
        };
        match &a.dateline {
            None => p.int(0),
            Some(d) => {
                p.int(1);
                p.span(&map, Some(d.span));
                [d.location, d.agency, d.date].into_iter().for_each(|s| p.span(&map, s));
            }
        }
        p.int(a.quotes.len() as u32);
        for q in &a.quotes {
            p.span(&map, Some(q.span));
            p.name(q.kind.as_str());
            [q.speaker, q.source, q.cue].into_iter().for_each(|s| p.span(&map, s));
            p.int(q.source_id.map_or(NONE, |id| id as u32));
        }
        p.int(a.figures.len() as u32);
        for f in &a.figures {
            p.span(&map, Some(f.span));
            p.name(f.kind.as_str());
            match f.unit {
                Some(Unit::Code(c)) => {
                    p.int(CODE);
                    p.name(c);
                }
                Some(Unit::Written(s)) => p.span(&map, Some(s)),
                None => p.span(&map, None),
            }
            p.span(&map, f.qualifier);
            let value = f.value.filter(|v| v.is_finite()).unwrap_or(f64::NAN);
            p.values.extend_from_slice(&value.to_le_bytes());
        }
        p.int(a.credits.len() as u32);
        for c in &a.credits {
            p.span(&map, Some(c.span));
            p.name(c.role.as_str());
            p.int(c.names.len() as u32);
            c.names.iter().for_each(|&s| p.span(&map, Some(s)));
            [c.agency, c.caption].into_iter().for_each(|s| p.span(&map, s));
        }
        p.int(a.sources.len() as u32);
        for s in &a.sources {
            [Some(s.name), s.description].into_iter().for_each(|x| p.span(&map, x));
            p.name(s.kind.as_str());
            p.int(s.mentions.len() as u32);
            s.mentions.iter().for_each(|&m| p.span(&map, Some(m)));
        }
        p
    }

    fn int(&mut self, v: u32) {
        self.ints.extend_from_slice(&v.to_le_bytes());
    }

    fn span(&mut self, map: &Utf16Map, s: Option<Span>) {
        match s {
            Some(s) => {
                self.int(utf16(map, s.start));
                self.int(utf16(map, s.end));
            }
            None => {
                self.int(NONE);
                self.int(0);
            }
        }
    }

    /// Writes the index of `name` in `names`, adding it at its first use. The names are
    /// the contract's few fixed words, so a short scan by address finds them.
    fn name(&mut self, name: &'static str) {
        let same = |n: &&str| std::ptr::eq(n.as_ptr(), name.as_ptr()) && n.len() == name.len();
        let k = match self.names.iter().position(same) {
            Some(k) => k,
            None => {
                self.names.push(name);
                self.names.len() - 1
            }
        };
        self.int(k as u32);
    }
}

/// Offsets are below `MAX_INPUT_BYTES` (64 MiB), so a UTF-16 offset fits in a `u32` and
/// never reaches [`CODE`] or [`NONE`].
fn utf16(map: &Utf16Map, byte: usize) -> u32 {
    map.get(byte) as u32
}

/// Serialized as an array of the version and three values, `[version, names, ints, values]`:
/// serde-wasm-bindgen copies each byte array into one `Uint8Array` with a single call. An
/// array, not an object: an object's field names go through serde-wasm-bindgen's cache of
/// interned strings, a hash table whose code is about 600 B of the gzipped module.
impl Serialize for Packed {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Bytes<'a>(&'a [u8]);
        impl Serialize for Bytes<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bytes(self.0)
            }
        }
        let mut st = s.serialize_tuple(4)?;
        st.serialize_element(&wirelens::CONTRACT_VERSION)?;
        st.serialize_element(&self.names)?;
        st.serialize_element(&Bytes(&self.ints))?;
        st.serialize_element(&Bytes(&self.values))?;
        st.end()
    }
}
