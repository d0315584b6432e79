//! Lexicons: the word lists in `data/`, compiled into one Aho-Corasick automaton.
//!
//! Every lexicon is a plain-text file, one entry a line, `#` comments, optional fields after a
//! TAB. [`Lexicons::builtin`] parses them once (they are compiled into the binary with
//! `include_str!`); the [builder](crate::ExtractorBuilder) adds user entries to the same
//! tables before the automaton is built. [`Lexicons::scan`] then finds the entries of all
//! lexicons in a document in a single pass, keeping only matches that start and end on token
//! boundaries.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::text::sentence::{AbbrevClass, AbbrevInfo};
use crate::text::token::{AbbreviationSet, Token};

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

/// One lexicon entry: the text to match and its extra fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The text matched in documents.
    pub text: Box<str>,
    /// The fields after the first TAB (may be empty strings).
    pub fields: Box<[Box<str>]>,
}

impl Entry {
    /// Field `i` (0 is the first after the text), or `""`.
    pub fn field(&self, i: usize) -> &str {
        self.fields.get(i).map_or("", |f| f)
    }
}

/// Parses a lexicon file: one entry a line, `#` comments and blank lines skipped.
pub fn parse_lines(src: &str) -> impl Iterator<Item = Entry> + '_ {
    src.lines().filter_map(|line| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let mut parts = line.split('\t');
        let text = parts.next()?.trim();
        if text.is_empty() {
            return None;
        }
        Some(Entry { text: text.into(), fields: parts.map(|f| f.trim().into()).collect() })
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
    abbreviations: HashMap<Box<str>, AbbrevClass>,
    automaton: Option<AhoCorasick>,
    /// Pattern id → the entries that share its (lower-cased) text.
    payloads: Vec<Vec<(Lex, u32)>>,
}

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

const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");

impl Lexicons {
    /// The built-in lexicons (not yet compiled: call [`Lexicons::compile`]).
    pub fn builtin() -> Lexicons {
        let mut lx = Lexicons {
            tables: Default::default(),
            abbreviations: HashMap::new(),
            automaton: None,
            payloads: Vec::new(),
        };
        for &(lex, src) in BUILTIN {
            lx.tables[lex as usize].extend(parse_lines(src));
        }
        crate::recognize::courts::add_builtin_names(&mut lx);
        for e in parse_lines(ABBREVIATIONS) {
            let class = match e.field(0) {
                "prefix" => AbbrevClass::Prefix,
                "number" => AbbrevClass::Numeric,
                _ => AbbrevClass::Ordinary,
            };
            lx.abbreviations.insert(e.text, class);
        }
        lx
    }

    /// Adds an entry to a lexicon (before [`Lexicons::compile`]).
    pub fn add(&mut self, lex: Lex, text: &str, fields: &[&str]) {
        self.tables[lex as usize]
            .push(Entry { text: text.trim().into(), fields: fields.iter().map(|f| Box::<str>::from(*f)).collect() });
    }

    /// The entries of one lexicon.
    pub fn table(&self, lex: Lex) -> &[Entry] {
        &self.tables[lex as usize]
    }

    /// One entry.
    pub fn entry(&self, hit: &Hit) -> &Entry {
        // Hits only come from `scan`, whose entries exist.
        &self.tables[hit.lex as usize][hit.entry as usize]
    }

    /// Builds the automaton over every lexicon. Call once, after all additions.
    pub fn compile(&mut self) {
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut payloads: Vec<Vec<(Lex, u32)>> = Vec::new();
        for lex in Lex::ALL {
            for (i, e) in self.tables[lex as usize].iter().enumerate() {
                let key = e.text.to_ascii_lowercase();
                let id = *ids.entry(key.clone()).or_insert_with(|| {
                    patterns.push(key);
                    payloads.push(Vec::new());
                    patterns.len() - 1
                });
                payloads[id].push((lex, i as u32));
            }
        }
        self.automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .or_else(|_| AhoCorasickBuilder::new().ascii_case_insensitive(true).build(&patterns))
            .ok();
        self.payloads = payloads;
    }

    /// Every lexicon entry found in `text` whose match starts and ends on token boundaries,
    /// sorted by start token, then longest first.
    pub fn scan(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let Some(ac) = &self.automaton else { return hits };
        let bytes = text.as_bytes();
        for m in ac.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            let Ok(ts) = tokens.binary_search_by_key(&(s as u32), |t| t.start) else { continue };
            let Ok(te) = tokens[ts..].binary_search_by_key(&(e as u32), |t| t.end) else { continue };
            let found = &bytes[s..e];
            for &(lex, idx) in &self.payloads[m.pattern().as_usize()] {
                let entry = &self.tables[lex as usize][idx as usize];
                if lex.case_insensitive() || entry.text.as_bytes() == found || is_caps_form(found) {
                    hits.push(Hit { start: ts as u32, end: (ts + te + 1) as u32, lex, entry: idx });
                }
            }
        }
        hits.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.lex.cmp(&b.lex)));
        hits
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
