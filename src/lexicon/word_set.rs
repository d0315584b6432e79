//! [`WordSet`]: a fixed list of words that rules test tokens against.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::WordHash;

/// A fixed list of lower-case words that rules test words against, ASCII-case-insensitively
/// (the set is built on first use; a word is lower-cased on the stack).
///
/// Most words tested are in no list, so a set first reads one bit of a small filter, indexed
/// by the word's first and last letters and its length: for most words that bit is clear and
/// the answer is no without hashing the word.
///
/// ```
/// use whosaid::lexicon::WordSet;
///
/// static AUX: WordSet = WordSet::new(&["has", "have", "will"]);
/// assert!(AUX.contains("Will"));
/// assert!(!AUX.contains("willow"));
/// ```
#[derive(Debug)]
pub struct WordSet {
    words: &'static [&'static str],
    compiled: OnceLock<Compiled>,
}

/// The filter and the set, built on first use.
#[derive(Debug)]
struct Compiled {
    filter: [u64; FILTER_WORDS],
    set: HashSet<&'static [u8], WordHash>,
}

/// The filter's size in 64-bit words (2,048 bits: a few per cent of the bits set for a list
/// of a hundred words).
const FILTER_WORDS: usize = 32;

/// Words longer than this are in no list (the stack buffer for lower-casing).
const MAX_LEN: usize = 32;

/// The filter bit of a word: its first and last bytes lower-cased, and its length, mixed.
#[inline]
fn filter_bit(w: &[u8]) -> usize {
    let first = w.first().map_or(0, u8::to_ascii_lowercase);
    let last = w.last().map_or(0, u8::to_ascii_lowercase);
    let x = u32::from(first) | u32::from(last) << 8 | (w.len() as u32) << 16;
    (x.wrapping_mul(0x9E37_79B9) >> 21) as usize // 11 bits: 0..2048
}

impl WordSet {
    /// The set of `words` (written in lower case, none longer than 32 bytes).
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, compiled: OnceLock::new() }
    }

    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| {
            let mut filter = [0u64; FILTER_WORDS];
            for w in self.words {
                let bit = filter_bit(w.as_bytes());
                if let Some(word) = filter.get_mut(bit / 64) {
                    *word |= 1 << (bit % 64);
                }
            }
            Compiled { filter, set: self.words.iter().map(|w| w.as_bytes()).collect() }
        })
    }

    /// Whether `w`, with its ASCII letters lower-cased, is one of the words.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        let c = self.compiled();
        let bytes = w.as_bytes();
        let bit = filter_bit(bytes);
        if !c.filter.get(bit / 64).is_some_and(|word| word & (1 << (bit % 64)) != 0) {
            return false;
        }
        // Most callers pass words already lower-cased (`Analysis::lower`): no copy then.
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return c.set.contains(bytes);
        }
        let mut buf = [0u8; MAX_LEN];
        // Longer than any listed word: not one of them.
        let Some(key) = buf.get_mut(..bytes.len()) else { return false };
        key.copy_from_slice(bytes);
        key.make_ascii_lowercase();
        c.set.contains(&*key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static MONTHS: WordSet = WordSet::new(&["january", "may", "june", "sept.", "x", ""]);

    #[test]
    fn members_in_any_case_and_nothing_else() {
        for w in ["january", "JANUARY", "May", "june", "Sept.", "x", "X", ""] {
            assert!(MONTHS.contains(w), "{w:?}");
        }
        for w in ["januar", "mayor", "jun", "sept", "y", "juneteenth", &"a".repeat(40)] {
            assert!(!MONTHS.contains(w), "{w:?}");
        }
    }

    #[test]
    fn the_filter_lets_every_member_through() {
        let c = MONTHS.compiled();
        for w in MONTHS.words {
            let bit = filter_bit(w.as_bytes());
            assert_ne!(c.filter[bit / 64] & (1 << (bit % 64)), 0, "{w:?}");
        }
    }
}
