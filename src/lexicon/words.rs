//! The table of lexicon entries that are one token ("Haftar", "U.S.", "announced"), keyed by
//! their lower-cased text and looked up once per token.
//!
//! Keys of up to [`SHORT`] bytes (nearly all words) are stored inside the table's slots, so a
//! look-up compares them in place instead of following a pointer to a key elsewhere in memory:
//! the scan looks up every token of every document.

use std::collections::hash_map::Entry as Slot;
use std::collections::HashMap;

use super::{Lex, WordHash};

/// The longest key kept inside a slot.
const SHORT: usize = 23;

/// A word of at most [`SHORT`] bytes, zero-padded: compared and hashed in place (all of it:
/// a hash over a fixed length compiles to a few straight multiplies).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct ShortKey {
    len: u8,
    bytes: [u8; SHORT],
}

impl ShortKey {
    /// The key for `word`, if it is short enough.
    #[inline]
    fn new(word: &[u8]) -> Option<ShortKey> {
        let mut bytes = [0u8; SHORT];
        bytes.get_mut(..word.len())?.copy_from_slice(word);
        Some(ShortKey { len: word.len() as u8, bytes })
    }

    /// The key for `word` with its ASCII letters lower-cased, if it is short enough.
    #[inline]
    fn lowered(word: &[u8]) -> Option<ShortKey> {
        let mut k = ShortKey::new(word)?;
        k.bytes.make_ascii_lowercase();
        Some(k)
    }
}

/// The entries of one key: nearly always one, kept inline (no allocation).
#[derive(Debug, Clone)]
enum Entries {
    One([(Lex, u32); 1]),
    Many(Vec<(Lex, u32)>),
}

impl Entries {
    fn push(&mut self, entry: (Lex, u32)) {
        match self {
            Entries::One([first]) => *self = Entries::Many(vec![*first, entry]),
            Entries::Many(v) => v.push(entry),
        }
    }

    fn as_slice(&self) -> &[(Lex, u32)] {
        match self {
            Entries::One(one) => one,
            Entries::Many(v) => v,
        }
    }
}

/// The single-token entries of every lexicon (see the module doc).
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    short: HashMap<ShortKey, Entries, WordHash>,
    long: HashMap<Box<[u8]>, Entries, WordHash>,
}

impl Words {
    /// A table with room for `n` keys.
    pub(crate) fn with_capacity(n: usize) -> Words {
        Words { short: HashMap::with_capacity_and_hasher(n, WordHash::default()), long: HashMap::default() }
    }

    /// Adds entry `idx` of `lex` under `text` lower-cased.
    pub(crate) fn add(&mut self, text: &[u8], lex: Lex, idx: u32) {
        let entry = (lex, idx);
        match ShortKey::lowered(text) {
            Some(k) => push(self.short.entry(k), entry),
            None => push(self.long.entry(text.to_ascii_lowercase().into()), entry),
        }
    }

    /// The entries under the lower-cased `key` (none if it has none).
    #[inline]
    pub(crate) fn get(&self, key: &[u8]) -> &[(Lex, u32)] {
        let found = match ShortKey::new(key) {
            Some(k) => self.short.get(&k),
            None => self.long.get(key),
        };
        found.map_or(&[], Entries::as_slice)
    }
}

/// Adds `entry` to a table slot, filled or not.
fn push<K>(slot: Slot<'_, K, Entries>, entry: (Lex, u32)) {
    match slot {
        Slot::Occupied(mut o) => o.get_mut().push(entry),
        Slot::Vacant(v) => {
            v.insert(Entries::One([entry]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_keys_are_found() {
        let mut w = Words::with_capacity(4);
        let long = "a".repeat(SHORT + 5);
        w.add(b"Said", Lex::Cue, 3);
        w.add(b"said", Lex::FirstName, 9);
        w.add(long.to_uppercase().as_bytes(), Lex::Organization, 1);
        assert_eq!(w.get(b"said"), [(Lex::Cue, 3), (Lex::FirstName, 9)]);
        assert_eq!(w.get(long.as_bytes()), [(Lex::Organization, 1)]);
        assert_eq!(w.get(b"sai"), []);
        assert_eq!(w.get(b"said\0"), []);
        assert_eq!(w.get(b""), []);
    }
}
