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

    /// The span's text; empty for a span that is not a char range of `text` (the extractors
    /// make none). `get`, not indexing: a str index panics with a message whose formatting
    /// (char escapes, Unicode's printable tables) would be several KB of the wasm module.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or_default()
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

/// Whether byte offsets, asked in increasing order, lie inside sorted spans (the frame text
/// the extractors pass over): each question moves a cursor forward, so a whole pass over a
/// text costs one walk over the spans.
pub struct SpanCursor<'a> {
    spans: &'a [Span],
    next: usize,
}

impl<'a> SpanCursor<'a> {
    /// `spans` sorted by start and apart.
    pub fn new(spans: &'a [Span]) -> Self {
        SpanCursor { spans, next: 0 }
    }

    /// Whether byte `at` lies in one of the spans; `at` never below the last one asked.
    #[inline]
    pub fn covers(&mut self, at: usize) -> bool {
        while self.next < self.spans.len() && self.spans[self.next].end <= at {
            self.next += 1;
        }
        self.next < self.spans.len() && self.spans[self.next].start <= at
    }
}

/// Byte offset → UTF-16 offset, for any byte offset, after one linear pass.
///
/// It keeps the UTF-16 offset of every [`Utf16Map::BLOCK`]th byte; a lookup adds the units
/// of the bytes since, eight at a time (see `word_units`): no sort of the wanted offsets,
/// no walk of the text char by char, no binary search.
pub struct Utf16Map<'a> {
    bytes: &'a [u8],
    /// `blocks[k]`: UTF-16 units before byte `k * BLOCK`, for every block start up to the
    /// text's length (so the end of the text has its entry too).
    blocks: Vec<usize>,
}

impl<'a> Utf16Map<'a> {
    /// Bytes per table entry: the table is an eighth of the text's size on 64-bit machines
    /// (a sixteenth in wasm), and a lookup reads at most eight 8-byte words. (BENCHMARKS.md
    /// has the other sizes tried.)
    pub const BLOCK: usize = 64;

    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / Self::BLOCK + 1);
        let mut units = 0;
        blocks.push(0);
        for chunk in bytes.chunks_exact(Self::BLOCK) {
            units += utf16_units(chunk);
            blocks.push(units);
        }
        Utf16Map { bytes, blocks }
    }

    /// The UTF-16 offset of byte offset `byte` (at most the text's length; on a char
    /// boundary, as every span's ends are).
    pub fn get(&self, byte: usize) -> usize {
        let block = byte / Self::BLOCK;
        let from = block * Self::BLOCK;
        let whole = byte - (byte - from) % 8;
        let units = self.blocks[block] + utf16_units(&self.bytes[from..whole]);
        let rest = byte - whole;
        match self.bytes.get(whole..whole + 8) {
            // The last bytes as the low `rest` bytes of a word, the others masked to zero
            // (a zero byte is no continuation and no lead): no byte loop per lookup.
            Some(word) if rest > 0 => {
                let v = u64::from_le_bytes(word.try_into().unwrap_or_default()) & ((1 << (8 * rest)) - 1);
                units + word_units(v, rest)
            }
            _ => units + utf16_units(&self.bytes[whole..byte]),
        }
    }
}

/// UTF-16 units in whole UTF-8 chars `bytes` (see `word_units`).
fn utf16_units(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut units = 0;
    for chunk in &mut chunks {
        units += word_units(u64::from_le_bytes(chunk.try_into().unwrap_or_default()), 8);
    }
    for &b in chunks.remainder() {
        units += usize::from(b & 0xc0 != 0x80) + usize::from(b & 0xf8 == 0xf0);
    }
    units
}

/// UTF-16 units in `len` bytes of UTF-8 held in `v` (the others zero): a unit for every
/// byte that starts a char (every byte but a continuation byte, `10xxxxxx`), and a second
/// one for every char of four bytes (lead byte `11110xxx`), which UTF-16 writes as a
/// surrogate pair.
#[inline]
fn word_units(v: u64, len: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // In each byte, bit 7 of `v << n` is bit 7 - n of the same byte: no lane crosses.
    let continuation = v & !(v << 1) & HIGH;
    let four_byte_lead = v & (v << 1) & (v << 2) & (v << 3) & !(v << 4) & HIGH;
    len - continuation.count_ones() as usize + four_byte_lead.count_ones() as usize
}

/// UTF-16 length of a string.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char boundary of `text`, against counting chars.
    fn check(text: &str) {
        let m = Utf16Map::new(text);
        for (b, _) in text.char_indices() {
            assert_eq!(m.get(b), utf16_len(&text[..b]), "at byte {b}");
        }
        assert_eq!(m.get(text.len()), utf16_len(text));
    }

    #[test]
    fn converts_past_astral_and_accents() {
        check("😀é “x” end");
        check("");
    }

    #[test]
    fn converts_across_blocks_with_every_char_width() {
        // Chars of one to four bytes at every phase of the 8-byte words and 64-byte blocks.
        let mut text = String::new();
        for k in 0..300 {
            text.push_str(["a", "é", "“", "😀", "中文", "\u{10FFFF}", "\u{7F}", "\u{80}"][k % 8]);
            text.push_str(&"x".repeat(k % 5));
        }
        check(&text);
        check(&text[1..]);
        check(&"é".repeat(Utf16Map::BLOCK));
    }
}
