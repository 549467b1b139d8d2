//! The engine behind the word lists: a hash for short words, and shape prefilters that
//! answer "may this word be in the list?" before any hash is computed.
//!
//! **The contract: a prefilter never gives a false negative.** [`Shapes::may_hold`] and
//! [`ShapeLanes::get`] may answer "maybe" for a word that is not in a list, never "no" for
//! one that is, in any ASCII case (tests check every word of every list). Callers rely on
//! this to skip the exact lookup: a "no" is final, a "maybe" is confirmed by the list.
//!
//! Why: most words of a text are in no list, and most fail on their first letter, last
//! letter and length alone, so the hash tables and string comparisons run on few of them.
//! This module knows nothing of which lists exist; [`crate::lexicon`] holds them.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A hash for short words: the lexicon's and the name index's keys are words of a few
/// letters, which it reads as at most two overlapping 8-byte loads mixed by two multiplies
/// (FNV-1a's multiply per byte showed in every profile of the quote pass). No untrusted-key
/// hardening, as with FNV before it: the worst a crafted text can do is slow its own tables.
#[derive(Default)]
pub struct WordHash(u64);

/// Mixes two words into one with two 64-bit multiplies (no 128-bit product: wasm has
/// none, and emulating it made the wasm build slower than FNV), then folds the high half
/// down, since hashbrown reads both the high and the low bits.
#[inline(always)]
fn mix(a: u64, b: u64) -> u64 {
    let h = (a.wrapping_mul(MIX[0]).rotate_left(31) ^ b).wrapping_mul(MIX[1]);
    h ^ (h >> 32)
}

// Odd constants (digits of pi), so each multiply is a bijection.
const MIX: [u64; 3] = [0x243f_6a88_85a3_08d3, 0x1319_8a2e_0370_7345, 0xa409_3822_299f_31d1];

/// Little-endian `u64` from 8 bytes at `at` (the caller checks the length).
#[inline(always)]
fn le64(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or([0; 8]))
}

#[inline(always)]
fn le32(b: &[u8], at: usize) -> u64 {
    u64::from(u32::from_le_bytes(b[at..at + 4].try_into().unwrap_or([0; 4])))
}

impl Hasher for WordHash {
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let (mut a, b) = match n {
            0 => (0, 0),
            1..=3 => (u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16, 0),
            4..=7 => (le32(bytes, 0), le32(bytes, n - 4)),
            _ => (le64(bytes, 0), le64(bytes, n - 8)),
        };
        // Longer keys: every 8 bytes between the first and the last load, chained.
        let mut at = 8;
        while at + 8 < n {
            a = mix(a, le64(bytes, at));
            at += 8;
        }
        self.0 = mix(a ^ self.0, b ^ (n as u64) << 56);
    }

    /// `str`'s hash ends with a `0xff` byte: one multiply, not a whole `write`.
    #[inline]
    fn write_u8(&mut self, i: u8) {
        let h = (self.0 ^ u64::from(i)).wrapping_mul(MIX[2]);
        self.0 = h ^ (h >> 32);
    }
}

pub type FastSet<T> = HashSet<T, BuildHasherDefault<WordHash>>;
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHash>>;

/// A word list read from its data file, with its [`Shapes`] prefilter in front of the hash.
pub struct WordSet {
    words: FastSet<&'static str>,
    shapes: Shapes,
}

impl WordSet {
    pub fn of(words: impl IntoIterator<Item = &'static str>) -> WordSet {
        let words: FastSet<&'static str> = words.into_iter().collect();
        let shapes = Shapes::of(words.iter().copied());
        WordSet { words, shapes }
    }

    /// Exact membership, as written.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.shapes.may_hold(w) && self.words.contains(w)
    }

    /// Whether `w` passes the prefilter (see the module's contract).
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        self.shapes.may_hold(w)
    }

    /// Membership of the lower-cased word (the lists are lower case).
    #[inline]
    pub fn contains_lower(&self, w: &str) -> bool {
        self.shapes.may_hold(w) && self.words.contains(Lower::new(w).as_str())
    }
}

/// An ASCII word lower-cased on the stack (no allocation in the hot loops); empty for
/// non-ASCII or long words, which match no lexicon entry anyway.
#[derive(Clone, Copy)]
pub struct Lower {
    buf: [u8; 24],
    len: u8,
}

impl Lower {
    pub fn new(w: &str) -> Lower {
        let mut buf = [0u8; 24];
        if w.len() > buf.len() || !w.is_ascii() {
            return Lower { buf, len: 0 };
        }
        // A byte loop, not `copy_from_slice`: for words this short a call to memmove was a
        // measurable share of the whole analysis.
        for (d, s) in buf.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        Lower { buf, len: w.len() as u8 }
    }

    pub fn as_str(&self) -> &str {
        // The buffer only ever holds ASCII copied from a `&str` (see `new`), so it is UTF-8;
        // checking again on every comparison would be a large share of the figure pass.
        let bytes = &self.buf[..self.len as usize];
        debug_assert!(bytes.is_ascii());
        // SAFETY: `new` copies only an all-ASCII `&str` into `buf` (and lower-cases it, which
        // keeps it ASCII), and `len` never exceeds what was copied; ASCII is valid UTF-8.
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A prefilter for a word list: a bit per word length for each first and last letter, and
/// for each first and second letter (ASCII, any case). Most words of a text fail on these
/// facts alone, so hash lookups and string comparisons run on few of them. Never wrong by
/// omission: a word in the list always passes (a test checks every list).
pub struct Shapes {
    /// Lengths as bits of a `u16`, 15 bytes and longer sharing the top bit: the tables are
    /// 2 KB each, so the many lists' tables stay in the first-level cache together.
    ends: Box<[u16; 1024]>,
    starts: Box<[u16; 1024]>,
    /// Some word of the list has no slot (`U.S.`, `3D`): words without one always pass.
    odd: bool,
}

impl Shapes {
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Shapes {
        let mut s = Shapes { ends: Box::new([0; 1024]), starts: Box::new([0; 1024]), odd: false };
        for w in words {
            match Shapes::slots(w) {
                Some((e, b)) => {
                    s.ends[e] |= Shapes::length_bit(w);
                    s.starts[b] |= Shapes::length_bit(w);
                }
                None => s.odd = true,
            }
        }
        s
    }

    #[inline]
    fn length_bit(w: impl AsRef<[u8]>) -> u16 {
        1 << w.as_ref().len().min(15)
    }

    /// The table slots of `w`'s first and last letters and of its first two letters; None
    /// when one of them is not an ASCII letter. A letter's low five bits are the same in
    /// either case (`A` and `a` are 1), so no lower-casing, and a slot is below 1024 by
    /// construction, so no bounds check.
    #[inline]
    fn slots(w: impl AsRef<[u8]>) -> Option<(usize, usize)> {
        let b = w.as_ref();
        let (&f, &l) = (b.first()?, b.last()?);
        let s = *b.get(1).unwrap_or(&f);
        let letter = |c: u8| (c | 0x20).wrapping_sub(b'a') < 26;
        let at = |x: u8, y: u8| (usize::from(x & 31) << 5 | usize::from(y & 31)) & 1023;
        (letter(f) && letter(s) && letter(l)).then(|| (at(f, l), at(f, s)))
    }

    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        let bit = Shapes::length_bit(w);
        match Shapes::slots(w) {
            Some((e, b)) => self.ends[e] & bit != 0 && self.starts[b] & bit != 0,
            None => self.odd,
        }
    }
}

/// [`Shapes`] for up to four lists at once: lane `l` (16 bits) of an entry is list `l`'s
/// length bits, so one pair of loads answers for all of them.
pub struct ShapeLanes {
    ends: Box<[u64; 1024]>,
    starts: Box<[u64; 1024]>,
    odd: u8,
}

impl ShapeLanes {
    /// Lane `l` holds the shapes of `lists[l]` (at most four lists).
    pub fn of(lists: &[Vec<String>]) -> ShapeLanes {
        assert!(lists.len() <= 4, "a lane is 16 of the 64 bits");
        let mut h = ShapeLanes { ends: Box::new([0; 1024]), starts: Box::new([0; 1024]), odd: 0 };
        for (lane, words) in (0..).zip(lists) {
            words.iter().for_each(|w| h.add(lane, w));
        }
        h
    }

    fn add(&mut self, lane: u32, w: &str) {
        match Shapes::slots(w) {
            Some((e, b)) => {
                self.ends[e] |= u64::from(Shapes::length_bit(w)) << (16 * lane);
                self.starts[b] |= u64::from(Shapes::length_bit(w)) << (16 * lane);
            }
            None => self.odd |= 1 << lane,
        }
    }

    /// The lists (bit `1 << l` for lane `l`) that may hold the word of UTF-8 bytes `w`.
    #[inline]
    pub fn get(&self, w: &[u8]) -> u8 {
        let Some((e, b)) = Shapes::slots(w) else { return self.odd };
        // The word's length bit, in every lane.
        let length = u64::from(Shapes::length_bit(w)) * 0x0001_0001_0001_0001;
        let lanes = self.ends[e] & self.starts[b] & length;
        let lane = |l: u32| u8::from(lanes >> (16 * l) & 0xffff != 0) << l;
        lane(0) | lane(1) | lane(2) | lane(3)
    }
}
