//! The matcher for lexicon entries of several tokens ("Court of Appeals", "according to").
//!
//! An Aho-Corasick automaton holds each phrase's first [`PREFIX`] bytes, lower-cased; the
//! rest of a phrase (its *tail*) is compared byte for byte where its prefix matched. Phrases
//! that share a prefix ("supreme court of …") form one group, sorted, so a match of the
//! prefix reads only the tails that begin with the next byte of the text. The automaton is
//! walked anchored from each token's start: most walks end within a byte or two.
//!
//! Cutting phrases to their prefix keeps the automaton at about a third of the states of the
//! whole phrases (37,000 of 130,000 for the built-in lexicons), which is most of the cost of
//! building it (`Extractor::new()`), and the walks shorter.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous;
use aho_corasick::{Anchored, MatchKind};

use super::Lex;
use crate::text::token::Token;

/// Bytes of a phrase in the automaton; the rest is compared directly. Longer prefixes make
/// the automaton slower to build, shorter ones make larger groups to compare at each match.
const PREFIX: usize = 10;

/// A `[start, end)` range into one of the flat arrays of [`Phrases`].
type Span = (u32, u32);

/// One phrase: its tail (the bytes after the prefix) and the entries spelled this way.
#[derive(Debug, Clone)]
struct Phrase {
    tail: Span,
    entries: Span,
}

/// The phrase entries of every lexicon, compiled (see the module doc).
#[derive(Debug, Clone, Default)]
pub(crate) struct Phrases {
    automaton: Option<contiguous::NFA>,
    /// Automaton pattern id → the phrases with that prefix (sorted by tail).
    groups: Vec<Span>,
    phrases: Vec<Phrase>,
    /// The lower-cased tails of all phrases, end to end.
    tails: Vec<u8>,
    /// The entries of all phrases, end to end.
    entries: Vec<(Lex, u32)>,
}

/// `items[span]`, or nothing for a span out of range (never, for spans made here).
fn slice<T>(items: &[T], (s, e): Span) -> &[T] {
    items.get(s as usize..e as usize).unwrap_or(&[])
}

impl Phrases {
    /// Compiles the phrases `(text, lexicon, entry index)`.
    pub(crate) fn build(items: Vec<(&str, Lex, u32)>) -> Phrases {
        // Every text lower-cased, end to end, then the items sorted by it: texts with one
        // prefix, and entries with one text, come together.
        let mut lower: Vec<u8> = Vec::with_capacity(items.iter().map(|i| i.0.len()).sum());
        // Each item carries its first eight bytes as a number, which decides most comparisons.
        let mut keyed: Vec<(u64, Span, Lex, u32)> = Vec::with_capacity(items.len());
        for (text, lex, idx) in items {
            let s = lower.len() as u32;
            lower.extend(text.bytes().map(|b| b.to_ascii_lowercase()));
            let span = (s, lower.len() as u32);
            keyed.push((head(slice(&lower, span)), span, lex, idx));
        }
        keyed.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0).then_with(|| slice(&lower, a.1).cmp(slice(&lower, b.1))).then((a.2, a.3).cmp(&(b.2, b.3)))
        });
        let mut p = Phrases::default();
        let mut prefixes: Vec<Span> = Vec::new();
        let mut last: &[u8] = &[];
        for &(_, span, lex, idx) in &keyed {
            let text = slice(&lower, span);
            if p.phrases.is_empty() || text != last {
                let (head, tail) = text.split_at(text.len().min(PREFIX));
                if p.phrases.is_empty() || last.get(..last.len().min(PREFIX)) != Some(head) {
                    prefixes.push((span.0, span.0 + head.len() as u32));
                    let at = p.phrases.len() as u32;
                    p.groups.push((at, at));
                }
                let t = p.tails.len() as u32;
                p.tails.extend_from_slice(tail);
                let e = p.entries.len() as u32;
                p.phrases.push(Phrase { tail: (t, p.tails.len() as u32), entries: (e, e) });
                if let Some(g) = p.groups.last_mut() {
                    g.1 += 1;
                }
                last = text;
            }
            p.entries.push((lex, idx));
            if let Some(ph) = p.phrases.last_mut() {
                ph.entries.1 = p.entries.len() as u32;
            }
        }
        let patterns = prefixes.iter().map(|&s| slice(&lower, s));
        p.automaton = contiguous::Builder::new().prefilter(false).match_kind(MatchKind::Standard).build(patterns).ok();
        p
    }

    /// The phrases that start at token `ts` and end on a token's end:
    /// `found(one past the last token, start byte, end byte, entries)` for each.
    #[inline]
    pub(crate) fn at(
        &self,
        lowered: &[u8],
        tokens: &[Token],
        ts: usize,
        mut found: impl FnMut(usize, usize, usize, &[(Lex, u32)]),
    ) {
        let Some(nfa) = &self.automaton else { return };
        let Some(s) = tokens.get(ts).map(|t| t.start as usize) else { return };
        let Ok(mut sid) = nfa.start_state(Anchored::Yes) else { return };
        let walk = Walk { lowered, tokens, ts, s };
        for (k, &b) in lowered.iter().enumerate().skip(s) {
            sid = nfa.next_state(Anchored::Yes, sid, b);
            if nfa.is_dead(sid) {
                return;
            }
            if !nfa.is_match(sid) {
                continue;
            }
            let e = k + 1;
            for m in 0..nfa.match_len(sid) {
                let pid = nfa.match_pattern(sid, m);
                // A state also holds the patterns that are suffixes of its path: keep those
                // that start here.
                if e - nfa.pattern_len(pid) == s {
                    self.group_at(pid.as_usize(), &walk, e, &mut found);
                }
            }
        }
    }

    /// The phrases of group `g`, whose prefix the walk matched up to byte `e`, whose tail
    /// follows in the text.
    fn group_at(&self, g: usize, walk: &Walk, e: usize, found: &mut impl FnMut(usize, usize, usize, &[(Lex, u32)])) {
        let group = self.groups.get(g).map_or(&[][..], |&span| slice(&self.phrases, span));
        let rest = walk.lowered.get(e..).unwrap_or(&[]);
        // Tails are sorted: the empty one (a phrase no longer than its prefix) comes first, then
        // those that begin with the text's next byte are together.
        let next = rest.first().copied();
        let from = group.partition_point(|p| {
            let tail = slice(&self.tails, p.tail);
            tail.is_empty() || tail.first().copied() < next
        });
        let empty = group.first().filter(|p| p.tail.0 == p.tail.1);
        let candidates =
            group.get(from..).unwrap_or(&[]).iter().take_while(|p| slice(&self.tails, p.tail).first().copied() == next);
        for p in empty.into_iter().chain(candidates) {
            let tail = slice(&self.tails, p.tail);
            if !rest.starts_with(tail) {
                continue;
            }
            let end = e + tail.len();
            if let Some(te) = token_ending_at(walk.tokens, walk.ts, end) {
                found(te + 1, walk.s, end, slice(&self.entries, p.entries));
            }
        }
    }
}

/// The first eight bytes of `text` as a big-endian number (zero-padded): numbers compare as
/// the texts' first eight bytes do.
fn head(text: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    for (d, s) in b.iter_mut().zip(text) {
        *d = *s;
    }
    u64::from_be_bytes(b)
}

/// One anchored walk: the lower-cased text, its tokens, and the token `ts` it starts at
/// (at byte `s`).
struct Walk<'a> {
    lowered: &'a [u8],
    tokens: &'a [Token],
    ts: usize,
    s: usize,
}

/// The token, from `ts` on, that ends at byte `end`, if one does.
fn token_ending_at(tokens: &[Token], ts: usize, end: usize) -> Option<usize> {
    let rest = tokens.get(ts..)?;
    let k = rest.iter().position(|t| t.end as usize >= end)?;
    (rest.get(k)?.end as usize == end).then_some(ts + k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    /// The phrases found in `text`, as (matched text, entry indices).
    fn found(phrases: &[&str], text: &str) -> Vec<(String, Vec<u32>)> {
        let items = phrases.iter().enumerate().map(|(i, p)| (*p, Lex::Organization, i as u32)).collect();
        let compiled = Phrases::build(items);
        let tokens = tokenize(text, &|_: &str| false);
        let lowered = text.to_ascii_lowercase();
        let mut out = Vec::new();
        for ts in 0..tokens.len() {
            compiled.at(lowered.as_bytes(), &tokens, ts, |_, s, e, entries| {
                out.push((text[s..e].to_string(), entries.iter().map(|x| x.1).collect()));
            });
        }
        out.sort();
        out
    }

    fn pairs(list: &[(&str, &[u32])]) -> Vec<(String, Vec<u32>)> {
        list.iter().map(|(t, e)| (t.to_string(), e.to_vec())).collect()
    }

    #[test]
    fn phrases_longer_and_shorter_than_the_prefix() {
        // "supreme court of ..." share the automaton's prefix; "new york" is shorter than it.
        let ps = ["Supreme Court of India", "Supreme Court of Ireland", "Supreme Court", "New York", "new york city"];
        let text = "The Supreme Court of Ireland, in New York City, not the Supreme Court of Indiana.";
        let want = pairs(&[
            ("New York", &[3]),
            ("New York City", &[4]),
            ("Supreme Court", &[2]),
            ("Supreme Court", &[2]),
            ("Supreme Court of Ireland", &[1]),
        ]);
        assert_eq!(found(&ps, text), want);
    }

    #[test]
    fn matches_end_on_token_ends() {
        assert_eq!(found(&["according to"], "according tomorrow's plan"), pairs(&[]));
        assert_eq!(found(&["according to"], "ACCORDING TO him"), pairs(&[("ACCORDING TO", &[0])]));
    }

    #[test]
    fn a_phrase_exactly_the_prefix_long_and_its_longer_kin() {
        // "court of a" is ten bytes, the prefix length: its tail is empty.
        let ps = ["court of a", "court of appeals", "court of appeal"];
        assert_eq!(found(&ps, "the court of appeals ruled"), pairs(&[("court of appeals", &[1])]));
        assert_eq!(found(&ps, "the court of appeal ruled"), pairs(&[("court of appeal", &[2])]));
        assert_eq!(found(&ps, "a court of a kind"), pairs(&[("court of a", &[0])]));
    }

    #[test]
    fn entries_spelled_alike_share_one_phrase() {
        let ps = ["White House", "white house", "the White House"];
        let want = pairs(&[("White House", &[0, 1]), ("the White House", &[2])]);
        assert_eq!(found(&ps, "said the White House"), want);
    }

    #[test]
    fn nothing_without_phrases() {
        assert_eq!(found(&[], "any text at all"), pairs(&[]));
    }

    /// The phrases found in `text` by comparing every phrase at every token: what
    /// [`Phrases::at`] must find, as (start byte, end byte, entry index), sorted.
    fn naive(phrases: &[String], text: &str) -> Vec<(usize, usize, u32)> {
        let tokens = tokenize(text, &|_: &str| false);
        let lowered = text.to_ascii_lowercase();
        let mut out = Vec::new();
        for t in &tokens {
            let s = t.start as usize;
            for (i, p) in phrases.iter().enumerate() {
                let e = s + p.len();
                if lowered[s..].starts_with(&p.to_ascii_lowercase()) && tokens.iter().any(|u| u.end as usize == e) {
                    out.push((s, e, i as u32));
                }
            }
        }
        out.sort();
        out
    }

    fn compiled(phrases: &[String], text: &str) -> Vec<(usize, usize, u32)> {
        let items = phrases.iter().enumerate().map(|(i, p)| (p.as_str(), Lex::Court, i as u32)).collect();
        let c = Phrases::build(items);
        let tokens = tokenize(text, &|_: &str| false);
        let lowered = text.to_ascii_lowercase();
        let mut out = Vec::new();
        for ts in 0..tokens.len() {
            c.at(lowered.as_bytes(), &tokens, ts, |_, s, e, entries| out.extend(entries.iter().map(|x| (s, e, x.1))));
        }
        out.sort();
        out
    }

    fn phrase() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::collection::vec(words(), 2..5).prop_map(|w| w.join(" "))
    }

    fn words() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::sample::select(vec![
            "court", "Court", "of", "appeals", "appeal", "supreme", "co", "courts", "the", "a",
        ])
        .prop_map(str::to_string)
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

        /// Phrases that share long prefixes, in texts made of their words: the automaton over
        /// prefixes and the tail comparison find exactly what comparing every phrase finds.
        #[test]
        fn finds_what_comparing_every_phrase_finds(
            phrases in proptest::collection::vec(phrase(), 0..12),
            text in proptest::collection::vec(words(), 0..30).prop_map(|w| w.join(" ")),
        ) {
            prop_assert_eq!(compiled(&phrases, &text), naive(&phrases, &text));
        }
    }
}
