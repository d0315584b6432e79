//! Lexicons: the word lists in `data/`, compiled once into one matcher for all of them.
//!
//! Every lexicon is a plain-text file, one entry a line, `#` comments, optional fields after a
//! TAB. [`Lexicons::builtin`] parses them once (they are compiled into the binary with
//! `include_str!`); the [builder](crate::ExtractorBuilder) adds user entries to the same
//! tables before [`Lexicons::compile`]. [`Lexicons::scan`] then finds the entries of all
//! lexicons in a document in one pass, keeping only matches that start and end on token
//! boundaries.
//!
//! The matcher has two parts, chosen per entry at compile time: entries that are a single
//! token ("Haftar", "U.S.", "announced": about two thirds) sit in a hash table looked up once
//! per token (`words`: short keys sit inside the table's slots); entries of several tokens
//! ("Court of Appeals", "according to") are phrases (`phrases`): one Aho-Corasick automaton
//! (aho-corasick's contiguous NFA, compact in memory) over their first bytes, walked anchored
//! from each token's start over an ASCII lower-cased copy of the text, the rest of each phrase
//! compared directly. Most walks end within a byte or two, where scanning every byte cost
//! about 50 instructions a byte. Both are ASCII-case-insensitive; lexicons whose case matters
//! (names) keep only matches written exactly as the entry. Built-in entries borrow their text
//! from the compiled-in files. This keeps `Extractor::new()` near 15 ms with ~33,000 entries,
//! where one case-insensitive DFA over all of them took most of a second to build and ran no
//! faster.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::text::sentence::{AbbrevClass, AbbrevInfo};
use crate::text::token::{AbbreviationSet, Token};

mod phrases;
mod word_set;
mod words;
use phrases::Phrases;
pub use word_set::WordSet;
use words::Words;

/// A fast hash for short keys (words and names looked up per token), in the style of rustc's
/// FxHash: one multiply per 8 bytes. The tables are built from lexicons and documents, and a
/// look-up's cost does not depend on the hash quality of keys absent from them, so the
/// flooding resistance of the default SipHash buys nothing here.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordHasher(u64);

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// The last bytes of `bytes` as one number, read without copying byte by byte: the last eight
/// (overlapping the chunks before) when there are that many, else two overlapping halves, else
/// the first, middle and last byte. Equal inputs give equal numbers, which is all a hash needs.
#[inline]
fn tail(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let le4 = |s: Option<&[u8]>| s.and_then(|s| <[u8; 4]>::try_from(s).ok()).map_or(0, u32::from_le_bytes);
    if n >= 8 {
        bytes.get(n - 8..).and_then(|s| <[u8; 8]>::try_from(s).ok()).map_or(0, u64::from_le_bytes)
    } else if n >= 4 {
        u64::from(le4(bytes.get(..4))) | u64::from(le4(bytes.get(n - 4..))) << 32
    } else {
        let at = |k: usize| u64::from(bytes.get(k).copied().unwrap_or(0));
        at(0) | at(n / 2) << 8 | at(n.wrapping_sub(1)) << 16
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(<[u8; 8]>::try_from(c).unwrap_or_default()));
        }
        if !chunks.remainder().is_empty() || n == 0 {
            self.add(tail(bytes) ^ ((n as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The [`WordHasher`] for `HashMap`s and `HashSet`s: `HashMap::default()`.
pub type WordHash = BuildHasherDefault<WordHasher>;

/// The lexicons, by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Lex {
    /// Given names with gender (`Khalifa<TAB>m`).
    FirstName,
    /// Titles and honorifics before names (`Gen.<TAB>military<TAB>u`).
    Title,
    /// Surname particles, glued prefixes and suffixes (`al-`, `van der`, `Jr.`).
    NameParticle,
    /// Full names of people (user entries).
    Person,
    /// Words that head organization names (`Alliance<TAB>assoc`).
    OrgHead,
    /// Names of well-known organizations (`NATO<TAB>intl`).
    Organization,
    /// Countries, regions and cities (`Virginia<TAB>us_state<TAB>US-VA`).
    Location,
    /// Nationality adjectives and plurals (`Libyan<TAB>LY<TAB>adj`).
    Nationality,
    /// Reporting cues (`said<TAB>say<TAB>speech<TAB>verb`).
    Cue,
    /// Court names (`Supreme Court of the United States` → its court record).
    Court,
    /// Words around courts (`federal<TAB>classifier<TAB>`).
    CourtWord,
}

/// The number of lexicons.
pub const LEX_COUNT: usize = Lex::CourtWord as usize + 1;

impl Lex {
    /// Every lexicon.
    pub const ALL: [Lex; LEX_COUNT] = [
        Lex::FirstName,
        Lex::Title,
        Lex::NameParticle,
        Lex::Person,
        Lex::OrgHead,
        Lex::Organization,
        Lex::Location,
        Lex::Nationality,
        Lex::Cue,
        Lex::Court,
        Lex::CourtWord,
    ];

    /// The lexicon's name, as used in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Lex::FirstName => "first_names",
            Lex::Title => "titles",
            Lex::NameParticle => "name_particles",
            Lex::Person => "people",
            Lex::OrgHead => "org_heads",
            Lex::Organization => "organizations",
            Lex::Location => "locations",
            Lex::Nationality => "nationalities",
            Lex::Cue => "cues",
            Lex::Court => "courts",
            Lex::CourtWord => "court_words",
        }
    }

    /// Whether entries match regardless of ASCII case (cues, court words and organization
    /// heads do, so that "the alliance" finds its head; names do not).
    pub fn case_insensitive(self) -> bool {
        matches!(self, Lex::Cue | Lex::CourtWord | Lex::OrgHead)
    }
}

/// One lexicon entry: the text to match and its extra fields. Built-in entries borrow both
/// from the lexicon files compiled into the binary (no allocation per entry); entries added at
/// run time own theirs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The text matched in documents.
    pub text: Cow<'static, str>,
    /// The fields after the first TAB, as written: TAB-separated (read with [`Entry::field`]).
    fields: Cow<'static, str>,
    /// Where each field lies in `fields`, trimmed; the last one takes the rest of the line.
    spans: [(u32, u32); MAX_FIELDS],
    /// How many fields there are (at most `MAX_FIELDS`).
    count: u8,
}

/// The first TAB in `bytes` from `from` on.
fn memchr_tab(bytes: &[u8], from: usize) -> Option<usize> {
    bytes.get(from..)?.iter().position(|&b| b == b'\t').map(|k| from + k)
}

/// Fields an entry keeps apart (the built-in lexicons have up to five).
const MAX_FIELDS: usize = 6;

impl Entry {
    /// An entry with its fields given TAB-separated, as on a lexicon line after the text.
    pub fn new(text: impl Into<Cow<'static, str>>, fields: impl Into<Cow<'static, str>>) -> Entry {
        let fields = fields.into();
        let mut spans = [(0u32, 0u32); MAX_FIELDS];
        let mut count = 0;
        if !fields.is_empty() {
            let bytes = fields.as_bytes();
            let mut start = 0;
            for slot in spans.iter_mut() {
                let last = count + 1 == MAX_FIELDS;
                let end = if last { None } else { memchr_tab(bytes, start) };
                let raw = bytes.get(start..end.unwrap_or(bytes.len())).unwrap_or(&[]);
                let lead = raw.len() - raw.trim_ascii_start().len();
                *slot = ((start + lead) as u32, (start + raw.trim_ascii_end().len()).max(start + lead) as u32);
                count += 1;
                match end {
                    Some(tab) => start = tab + 1,
                    None => break,
                }
            }
        }
        Entry { text: text.into(), fields, spans, count: count as u8 }
    }

    /// Field `i` (0 is the first after the text), trimmed, or `""`.
    #[inline]
    pub fn field(&self, i: usize) -> &str {
        let Some(&(s, e)) = self.spans.get(..self.count as usize).and_then(|spans| spans.get(i)) else { return "" };
        self.fields.get(s as usize..e as usize).unwrap_or("")
    }

    /// The fields after the text, trimmed (none for an entry without fields).
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        (0..self.count as usize).map(|i| self.field(i))
    }
}

/// Parses a lexicon file: one entry a line, `#` comments and blank lines skipped.
pub fn parse_lines(src: &'static str) -> impl Iterator<Item = Entry> {
    src.lines().filter_map(|line| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let (text, fields) = line.split_once('\t').unwrap_or((line, ""));
        let text = text.trim();
        (!text.is_empty()).then(|| Entry::new(text, fields))
    })
}

/// A lexicon match in a document, snapped to tokens: tokens `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hit {
    /// First token index.
    pub start: u32,
    /// One past the last token index.
    pub end: u32,
    /// Which lexicon.
    pub lex: Lex,
    /// The entry's index in its lexicon ([`Lexicons::entry`]).
    pub entry: u32,
}

/// All lexicons and the automaton over them.
#[derive(Debug, Clone)]
pub struct Lexicons {
    tables: [Vec<Entry>; LEX_COUNT],
    abbreviations: HashMap<Box<str>, AbbrevClass, WordHash>,
    /// The entries that span several tokens ("Court of Appeals").
    phrases: Phrases,
    /// The entries that are one token ("Haftar", "U.S."), by lower-cased text: looked up once
    /// per token, which is faster to build and to run than putting them in the automaton.
    words: Words,
}

/// Tokens longer than this are not looked up in the single-token table.
const MAX_WORD: usize = 64;

const BUILTIN: &[(Lex, &str)] = &[
    (Lex::FirstName, include_str!("../data/first_names.txt")),
    (Lex::Title, include_str!("../data/titles.txt")),
    (Lex::NameParticle, include_str!("../data/name_particles.txt")),
    (Lex::OrgHead, include_str!("../data/org_heads.txt")),
    (Lex::Organization, include_str!("../data/organizations.txt")),
    (Lex::Location, include_str!("../data/locations.txt")),
    (Lex::Nationality, include_str!("../data/nationalities.txt")),
    (Lex::Cue, include_str!("../data/cues.txt")),
    (Lex::CourtWord, include_str!("../data/courts/court_words.txt")),
];

/// What [`Lexicons::entry`] gives for a hit that names no entry.
static EMPTY_ENTRY: Entry =
    Entry { text: Cow::Borrowed(""), fields: Cow::Borrowed(""), spans: [(0, 0); MAX_FIELDS], count: 0 };

const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");

impl Lexicons {
    /// The built-in lexicons (not yet compiled: call [`Lexicons::compile`]).
    pub fn builtin() -> Lexicons {
        let mut lx = Lexicons {
            tables: Default::default(),
            abbreviations: HashMap::default(),
            phrases: Phrases::default(),
            words: Words::default(),
        };
        for &(lex, src) in BUILTIN {
            if let Some(table) = lx.table_mut(lex) {
                table.extend(parse_lines(src));
            }
        }
        crate::recognize::courts::add_builtin_names(&mut lx);
        for e in parse_lines(ABBREVIATIONS) {
            let class = match e.field(0) {
                "prefix" => AbbrevClass::Prefix,
                "number" => AbbrevClass::Numeric,
                _ => AbbrevClass::Ordinary,
            };
            lx.abbreviations.insert(e.text.into(), class);
        }
        lx
    }

    /// Adds an entry to a lexicon (before [`Lexicons::compile`]). A TAB inside a field
    /// becomes a space, so that the fields stay apart.
    pub fn add(&mut self, lex: Lex, text: &str, fields: &[&str]) {
        let mut joined = fields.join("\t");
        if fields.iter().any(|f| f.contains('\t')) {
            joined = fields.iter().map(|f| f.replace('\t', " ")).collect::<Vec<_>>().join("\t");
        }
        self.add_entry(lex, Entry::new(text.trim().to_string(), joined));
    }

    /// Adds a ready entry to a lexicon (before [`Lexicons::compile`]).
    pub fn add_entry(&mut self, lex: Lex, entry: Entry) {
        if let Some(table) = self.table_mut(lex) {
            table.push(entry);
        }
    }

    /// The entries of one lexicon.
    pub fn table(&self, lex: Lex) -> &[Entry] {
        self.tables.get(lex as usize).map_or(&[], Vec::as_slice)
    }

    /// The entries of one lexicon, to add to (always `Some`: every `Lex` is below `LEX_COUNT`).
    fn table_mut(&mut self, lex: Lex) -> Option<&mut Vec<Entry>> {
        self.tables.get_mut(lex as usize)
    }

    /// One entry (an empty one for a hit that did not come from [`Lexicons::scan`]).
    pub fn entry(&self, hit: &Hit) -> &Entry {
        self.table(hit.lex).get(hit.entry as usize).unwrap_or(&EMPTY_ENTRY)
    }

    /// Builds the single-token table and the automaton over every lexicon. Call once, after
    /// all additions.
    pub fn compile(&mut self) {
        let n: usize = Lex::ALL.iter().map(|&lex| self.table(lex).len()).sum();
        let mut phrases: Vec<(&str, Lex, u32)> = Vec::with_capacity(n / 2);
        let mut words = Words::with_capacity(n);
        for lex in Lex::ALL {
            for (i, e) in self.table(lex).iter().enumerate() {
                let one_token = e.text.len() <= MAX_WORD && self.is_one_token(&e.text);
                if !one_token {
                    phrases.push((&e.text, lex, i as u32));
                    continue;
                }
                words.add(e.text.as_bytes(), lex, i as u32);
            }
        }
        let phrases = Phrases::build(phrases);
        self.phrases = phrases;
        self.words = words;
    }

    /// Whether `text` is a single token: a word of letters always is ("Haftar"), words with a
    /// space never are ("New York"); anything else ("U.S.", "al-Sisi") is tokenized to find out.
    fn is_one_token(&self, text: &str) -> bool {
        if text.bytes().all(|b| b.is_ascii_alphabetic()) {
            return !text.is_empty();
        }
        if text.contains(' ') {
            return false;
        }
        let toks = crate::text::tokenize(text, self);
        matches!(toks.as_slice(), [t] if t.start == 0 && t.end as usize == text.len())
    }

    /// Every lexicon entry found in `text` whose match starts and ends on token boundaries,
    /// sorted by start token, then longest first.
    pub fn scan(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        self.scan_lowered(text, &text.to_ascii_lowercase(), tokens)
    }

    /// [`Lexicons::scan`] given the text's ASCII-lower-cased copy too (`lower` must be
    /// `text.to_ascii_lowercase()`: [`crate::text::Analysis`] builds it once for every stage).
    pub fn scan_lowered(&self, text: &str, lower: &str, tokens: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::new();
        // Where each match's hits begin among the hits of the current token, and its end.
        let mut blocks: Vec<(usize, u32)> = Vec::new();
        let bytes = text.as_bytes();
        let lowered = lower.as_bytes();
        for (i, t) in tokens.iter().enumerate() {
            let group = hits.len();
            blocks.clear();
            // Single tokens: one table look-up each, keyed by the lower-cased token.
            let range = t.start as usize..t.end as usize;
            if let (Some(found), Some(key)) = (bytes.get(range.clone()), lowered.get(range)) {
                let entries = if found.len() <= MAX_WORD { self.words.get(key) } else { &[] };
                if !entries.is_empty() {
                    blocks.push((hits.len() - group, i as u32 + 1));
                    self.accept(&mut hits, (i, i + 1), found, entries);
                }
            }
            // Several tokens: the automaton, run anchored from the token's start over the
            // lower-cased copy (patterns are lower case; same byte offsets). Most walks die
            // within a byte or two; a match counts where it ends on a token's end.
            self.phrases.at(lowered, tokens, i, |te, s, e, entries| {
                if let Some(found) = bytes.get(s..e) {
                    blocks.push((hits.len() - group, te as u32));
                    self.accept(&mut hits, (i, te), found, entries);
                }
            });
            if blocks.len() > 1 {
                if let Some(here) = hits.get_mut(group..) {
                    longest_first(here, &blocks);
                }
            }
        }
        hits
    }

    /// Adds a hit over tokens `[ts, te)` for each of `entries` that takes the text `found` as
    /// written (every entry of a case-insensitive lexicon; names as written or in capitals).
    fn accept(&self, hits: &mut Vec<Hit>, (ts, te): (usize, usize), found: &[u8], entries: &[(Lex, u32)]) {
        for &(lex, idx) in entries {
            let Some(entry) = self.table(lex).get(idx as usize) else { continue };
            if lex.case_insensitive() || entry.text.as_bytes() == found || is_caps_form(found) {
                hits.push(Hit { start: ts as u32, end: te as u32, lex, entry: idx });
            }
        }
    }
}

/// Orders the hits of one start token longest first, then by lexicon and entry. They come as
/// blocks, one a match, each already in lexicon and entry order; matches come shortest first,
/// so reversing the order of the blocks is enough (a generic name's hundred entries, "Supreme
/// Court", are not sorted again). Blocks that end alike (never seen) are sorted.
fn longest_first(here: &mut [Hit], blocks: &[(usize, u32)]) {
    let ends_grow = blocks.windows(2).all(|w| matches!(w, [a, b] if a.1 < b.1));
    if !ends_grow {
        here.sort_unstable_by(|a, b| b.end.cmp(&a.end).then(a.lex.cmp(&b.lex)).then(a.entry.cmp(&b.entry)));
        return;
    }
    let n = here.len();
    here.reverse();
    // Block k held [from_k, to_k); reversed, it lies at [n - to_k, n - from_k), backwards.
    let bounds = blocks.iter().map(|b| b.0).chain([n]);
    for (from, to) in bounds.clone().zip(bounds.skip(1)) {
        if let Some(block) = here.get_mut(n - to..n - from) {
            block.reverse();
        }
    }
}

/// True when a match is written in capitals ("MICHAEL", "NEW YORK"): headlines, datelines and
/// tables spell names this way, so a case-sensitive entry also matches its all-caps form (the
/// automaton already matched it ASCII-case-insensitively). Recognizers decide where to trust it.
fn is_caps_form(found: &[u8]) -> bool {
    found.len() > 1 && !found.iter().any(u8::is_ascii_lowercase) && found.iter().any(u8::is_ascii_uppercase)
}

impl AbbreviationSet for Lexicons {
    fn is_abbreviation(&self, word: &str, next: char) -> bool {
        match self.abbreviations.get(word) {
            Some(AbbrevClass::Numeric) => next.is_ascii_digit(),
            Some(_) => true,
            None => false,
        }
    }
}

impl AbbrevInfo for Lexicons {
    fn abbrev_class(&self, text: &str) -> Option<AbbrevClass> {
        let word = text.strip_suffix('.').unwrap_or(text);
        self.abbreviations.get(word).copied().or_else(|| text.contains('.').then_some(AbbrevClass::Ordinary))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hit_from_elsewhere_gives_an_empty_entry() {
        let lx = Lexicons::builtin();
        let hit = Hit { start: 0, end: 1, lex: Lex::Cue, entry: u32::MAX };
        assert_eq!(&*lx.entry(&hit).text, "");
        assert_eq!(lx.entry(&hit).field(0), "");
    }

    #[test]
    fn hits_of_a_start_come_longest_first_then_by_lexicon_and_entry() {
        let hit = |end, lex, entry| Hit { start: 0, end, lex, entry };
        let sorted = |h: &[Hit]| {
            let mut s = h.to_vec();
            s.sort_unstable_by(|a, b| b.end.cmp(&a.end).then(a.lex.cmp(&b.lex)).then(a.entry.cmp(&b.entry)));
            s
        };
        // Blocks as the scan makes them: the word's entries, then matches shortest first.
        let mut h = vec![
            hit(1, Lex::Location, 3),
            hit(1, Lex::Court, 7),
            hit(2, Lex::Court, 1),
            hit(2, Lex::Court, 2),
            hit(4, Lex::Organization, 9),
        ];
        let want = sorted(&h);
        longest_first(&mut h, &[(0, 1), (2, 2), (4, 4)]);
        assert_eq!(h, want);
        // Two blocks that end alike are sorted.
        let mut h = vec![hit(2, Lex::Court, 5), hit(2, Lex::Location, 1)];
        longest_first(&mut h, &[(0, 2), (1, 2)]);
        assert_eq!(h, vec![hit(2, Lex::Location, 1), hit(2, Lex::Court, 5)]);
        longest_first(&mut [], &[]);
    }

    #[test]
    fn word_hashes_depend_on_every_byte_and_the_length() {
        let hash = |b: &[u8]| {
            let mut h = WordHasher::default();
            h.write(b);
            h.finish()
        };
        let text = b"the quick brown fox jumps";
        let mut seen = std::collections::HashSet::new();
        for n in 0..=text.len() {
            let copy = text[..n].to_vec();
            assert_eq!(hash(&text[..n]), hash(&copy));
            assert!(seen.insert(hash(&text[..n])), "prefix {n}");
        }
        assert_ne!(hash(b"said"), hash(b"sale"));
        assert_ne!(hash(b"a"), hash(b"a\0"));
    }

    #[test]
    fn entry_fields_are_trimmed_and_counted() {
        let e = Entry::new("Cairo", "EG\t city \t\tlast");
        assert_eq!(e.fields().collect::<Vec<_>>(), ["EG", "city", "", "last"]);
        assert_eq!((e.field(1), e.field(4)), ("city", ""));
        assert_eq!(Entry::new("Haftar", "").fields().count(), 0);
        assert_eq!(Entry::new("x", "  ").field(0), "");
    }

    #[test]
    fn fields_past_the_sixth_stay_in_the_last() {
        let e = Entry::new("x", "1\t2\t3\t4\t5\t6\t7");
        assert_eq!(e.field(5), "6\t7");
        assert_eq!(e.field(6), "");
    }

    #[test]
    fn a_tab_inside_an_added_field_does_not_split_it() {
        let mut lx = Lexicons::builtin();
        lx.add(Lex::Court, "Court of X", &["XX", "trial", "Port\tTown", "", ""]);
        let e = lx.table(Lex::Court).last().cloned().unwrap_or_else(|| Entry::new("", ""));
        assert_eq!(e.fields().collect::<Vec<_>>(), ["XX", "trial", "Port Town", "", ""]);
    }

    #[test]
    fn added_entries_equal_parsed_ones() {
        let mut lx = Lexicons::builtin();
        lx.add(Lex::Person, " Jane Roe ", &["f", "x"]);
        let parsed: Vec<Entry> = parse_lines("Jane Roe\tf\tx\n# comment\n\n").collect();
        assert_eq!(lx.table(Lex::Person).last(), parsed.first());
    }
}
