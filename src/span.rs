//! Byte spans inside the core, UTF-16 offsets at the boundary.
//!
//! JavaScript strings are UTF-16, so the contract counts offsets in UTF-16 code units
//! (`input.slice(start, end) === text`). The core works on `&str` byte offsets, which are
//! cheap and always on character boundaries; [`Utf16Map`] converts all of a document's
//! offsets in one linear pass over the text instead of re-counting from the start per span.

/// A half-open byte range into the analysed text, always on `char` boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Byte offset → UTF-16 offset, for a set of byte offsets known in advance.
///
/// Collect every offset a document needs with [`Utf16Map::want`], then [`Utf16Map::build`]
/// sorts them and walks the text once; lookups are then binary searches.
#[derive(Default)]
pub struct Utf16Map {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl Utf16Map {
    pub fn want(&mut self, byte: usize) {
        self.bytes.push(byte);
    }

    pub fn want_span(&mut self, span: Span) {
        self.bytes.push(span.start);
        self.bytes.push(span.end);
    }

    /// Converts every wanted offset. Offsets must lie on char boundaries of `text`.
    pub fn build(mut self, text: &str) -> Self {
        self.bytes.sort_unstable();
        self.bytes.dedup();
        self.units = Vec::with_capacity(self.bytes.len());
        let (mut byte, mut unit) = (0usize, 0usize);
        let mut chars = text.char_indices();
        for &target in &self.bytes {
            // Advance char by char to `target`; ASCII runs cost one step per byte.
            while byte < target {
                match chars.next() {
                    Some((_, c)) => {
                        byte += c.len_utf8();
                        unit += c.len_utf16();
                    }
                    None => break,
                }
            }
            self.units.push(unit);
        }
        self
    }

    /// The UTF-16 offset of a wanted byte offset.
    pub fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(k) => self.units[k],
            // Not wanted in advance: a programming error; fall back to counting.
            Err(_) => panic!("Utf16Map: offset {byte} was not requested"),
        }
    }
}

/// UTF-16 length of a string.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_past_astral_and_accents() {
        let text = "😀é “x” end";
        let mut m = Utf16Map::default();
        for (b, _) in text.char_indices() {
            m.want(b);
        }
        m.want(text.len());
        let m = m.build(text);
        for (b, _) in text.char_indices() {
            assert_eq!(m.get(b), utf16_len(&text[..b]));
        }
        assert_eq!(m.get(text.len()), utf16_len(text));
    }
}
