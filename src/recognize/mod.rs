//! The recognizers: one module each for dates, people, organizations, courts and locations.
//!
//! Each reads the [`Analysis`](crate::text::Analysis) (tokens, sentences, lexicon hits) and
//! proposes [`Candidate`]s; they do not see each other's output. Overlaps between them are
//! decided in [`resolve`](crate::resolve).

pub mod courts;
pub mod dates;
pub mod locations;
pub mod names;
pub mod organizations;
pub mod people;

use crate::document::{CourtInfo, MentionKind, Timex};

/// Grammatical gender, where a title, first name or pronoun tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Gender {
    /// Unknown or unisex.
    #[default]
    Unknown,
    /// Male (he, Mr., a male first name).
    Male,
    /// Female (she, Mrs., a female first name).
    Female,
}

/// What a person recognizer found besides the span.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PersonInfo {
    /// The title before the name, as written ("Gen.", "Prime Minister").
    pub title: Option<String>,
    /// Gender from title or first name.
    pub gender: Gender,
    /// A role from apposition or a preceding noun phrase ("CEO").
    pub role: Option<String>,
    /// Token range of the organization the role is at (resolved to an entity later).
    pub affiliation: Option<(usize, usize)>,
    /// True for a pronoun ("he", "she").
    pub pronoun: bool,
}

/// Kind-specific facts of a candidate.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Info {
    /// Nothing more.
    #[default]
    None,
    /// A temporal expression's TIMEX3 value.
    Date(Timex),
    /// A person.
    Person(PersonInfo),
    /// An organization, with the class of its head or lexicon entry (`gov`, `corp`...).
    Organization {
        /// The class from the lexicon (may be empty).
        class: String,
    },
    /// A court's normalized fields.
    Court(CourtInfo),
    /// A location's code (ISO 3166).
    Location {
        /// ISO code (`LY`, `US-VA`), empty when unknown.
        code: String,
    },
}

/// A proposed mention: a token range `[start, end)` of the [`Analysis`](crate::text::Analysis).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it refers to.
    pub kind: MentionKind,
    /// A description or pronoun rather than a name.
    pub anaphoric: bool,
    /// Kind-specific facts.
    pub info: Info,
}

impl Candidate {
    /// A name candidate with no extra facts.
    pub fn new(kind: MentionKind, start: usize, end: usize) -> Candidate {
        Candidate { start, end, kind, anaphoric: false, info: Info::None }
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the range is empty.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when the two token ranges share a token.
    pub fn overlaps(&self, other: &Candidate) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// What a recognizer does at one token of [`walk`].
pub(crate) enum Step {
    /// A name: kept, and the walk resumes after it (names never overlap).
    Name(Candidate),
    /// A one-token mention ("alliance" in "the alliance", "he"): kept, the walk moves on by one.
    Single(Candidate),
    /// Nothing here up to this token (exclusive): the walk jumps to it.
    Skip(usize),
    /// Nothing here.
    Nothing,
}

/// Walks the tokens left to right, asking `step` at each token (with whether the token is on
/// an all-caps line), and collects the mentions. Always moves forward, so it ends on any input.
pub(crate) fn walk(a: &crate::text::Analysis, mut step: impl FnMut(usize, bool) -> Step) -> Vec<Candidate> {
    let caps = names::caps_lines(a);
    let mut out = Vec::new();
    let mut i = 0;
    while i < a.tokens.len() {
        let in_caps = caps.get(i).copied().unwrap_or(false);
        match step(i, in_caps) {
            Step::Name(c) => {
                i = c.end.max(i + 1);
                out.push(c);
            }
            Step::Single(c) => {
                out.push(c);
                i += 1;
            }
            Step::Skip(end) => i = end.max(i + 1),
            Step::Nothing => i += 1,
        }
    }
    out
}
