//! The output types: what [`Extractor::extract`](crate::Extractor::extract) returns.
//!
//! They serialize with serde to exactly the JSON of the output contract
//! (`docs/output-contract.md` in the project's shared docs): offsets are UTF-8 byte offsets into
//! the input, half-open, and every `text` field equals `input[start..end]`.

use serde::Serialize;

/// A piece of the input: byte offsets `[start, end)` and the text they cover.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// `input[start..end]`.
    pub text: String,
}

impl Span {
    /// The span of `input[start..end]`.
    ///
    /// # Panics
    /// Never on offsets produced by this crate; offsets that do not fall on char boundaries give
    /// an empty text (never a panic).
    pub fn new(input: &str, start: usize, end: usize) -> Span {
        Span { start, end, text: input.get(start..end).unwrap_or_default().to_string() }
    }
}

/// A sentence: byte offsets only, trimmed of surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Sentence {
    /// Byte offset of the sentence's first byte.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
}

/// What a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A temporal expression (TIMEX3 `DATE`, `TIME`, `DURATION` or `SET`).
    Date,
    /// A person.
    Person,
    /// An organization (company, agency, party, alliance...).
    Organization,
    /// A court or tribunal.
    Court,
    /// A country, region or city.
    Location,
}

impl MentionKind {
    /// The name used in the JSON (`"date"`, `"person"`...).
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Date => "date",
            MentionKind::Person => "person",
            MentionKind::Organization => "organization",
            MentionKind::Court => "court",
            MentionKind::Location => "location",
        }
    }
}

/// The TIMEX3 `type` of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: `2022-07-29`, `2022-W30`, `2022`, `PAST_REF`.
    Date,
    /// A time of day: `2022-07-29T15:00`, `2022-07-30TMO`.
    Time,
    /// An amount of time: `P3D`, `PT2H`.
    Duration,
    /// A recurrence: `XXXX-WXX-1`, `P1W`.
    Set,
}

impl TimexType {
    /// The TIMEX3 name (`"DATE"`...).
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// The normalized value of a temporal expression, as TimeML TIMEX3 writes it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Timex {
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub timex_type: TimexType,
    /// The TIMEX3 value: `2022-07-29`, `2022-W30`, `P3D`, `PRESENT_REF`...
    pub value: String,
    /// TIMEX3 `mod`: `START`, `MID`, `END`, `APPROX`, `MORE_THAN`, `LESS_THAN`...
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// TIMEX3 `quant` of a SET (`EVERY`, `EACH`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quant: Option<String>,
    /// TIMEX3 `freq` of a SET (`2X`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// The typed value (not serialized): what `value` says, without parsing strings.
    #[serde(skip)]
    pub typed: Option<crate::recognize::dates::TimexValue>,
}

impl Timex {
    /// A timex with a type and value and no modifier.
    pub fn new(timex_type: TimexType, value: impl Into<String>) -> Timex {
        Timex { timex_type, value: value.into(), modifier: None, quant: None, freq: None, typed: None }
    }
}

/// A mention of a date, person, organization, court or location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// `m0`, `m1`... in text order.
    pub id: String,
    /// What the mention refers to.
    pub kind: MentionKind,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// `input[start..end]`.
    pub text: String,
    /// The entity (`e0`...) of a person, organization or court mention.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// True for descriptions and pronouns ("the alliance", "He"); names leave it out.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub anaphoric: bool,
    /// The TIMEX3 type and value of a date mention.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub timex: Option<Timex>,
}

/// The kind-specific facts of a court entity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct CourtInfo {
    /// ISO 3166 code (`US`, `GB`), `US-XX` for a US state's courts, `INT` for international.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<String>,
    /// `supreme`, `appellate`, `trial`, `international` or `specialized`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The seat as written (state, district, city).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// For US federal courts, the standard short id (`scotus`, `ca4`, `vaed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub court_id: Option<String>,
}

impl CourtInfo {
    /// True when no field is known.
    pub fn is_empty(&self) -> bool {
        self.jurisdiction.is_none() && self.level.is_none() && self.location.is_none() && self.court_id.is_none()
    }
}

/// One distinct person, organization or court of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// `e0`, `e1`... in order of first mention.
    pub id: String,
    /// `person`, `organization` or `court`.
    pub kind: MentionKind,
    /// The fullest name seen.
    pub name: String,
    /// Ids of the mentions, in text order.
    pub mentions: Vec<String>,
    /// A person's title as written (`Mr.`, `Gen.`, `President`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A person's role (`CEO`, `spokesman`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The entity id of the organization a person speaks for or works at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Court facts (jurisdiction, level, location, court id).
    #[serde(flatten)]
    pub court: CourtInfo,
}

/// The source of a claim, as written, and the entity it resolves to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// `input[start..end]`: "The alliance", "Haftar's lawyer", "He".
    pub text: String,
    /// The entity the speaker resolves to, or `None` (JSON `null`).
    pub entity: Option<String>,
}

/// How the date of a claim was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    /// A date expression attached to the reporting clause ("announced on Friday").
    Explicit,
    /// Carried over from the surrounding text (the same speaker's previous claim, a date that
    /// frames the paragraph).
    Context,
    /// No evidence but the document date.
    Document,
}

/// When a claim was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimDate {
    /// The TIMEX3 value: a calendar date or period (`2022-07-29`, `1987-W14`), or, without a
    /// document date, the under-specified value of the date stated (`XXXX-WXX-5` for "said on
    /// Friday").
    pub value: String,
    /// The date mention it comes from, if any.
    pub mention: Option<String>,
    /// How it was found.
    pub basis: DateBasis,
}

/// Whether a cue reports speech or a belief / intention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CueType {
    /// said, announced, told, according to...
    Speech,
    /// believes, hopes, expects, wants, shows...
    Belief,
}

/// An attributed statement: who said what, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// Who said it, as written (`None` when the text names no source).
    pub speaker: Option<Speaker>,
    /// The reporting word or phrase.
    pub cue: Span,
    /// What was said: the reported clause (without "that") or the quotation (without marks).
    pub content: Span,
    /// When it was said.
    pub date: Option<ClaimDate>,
    /// True when the content is a direct quotation.
    pub quoted: bool,
    /// The pieces of a content interrupted by its speaker and cue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_parts: Option<Vec<Span>>,
    /// `speech` or `belief`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue_type: Option<CueType>,
    /// Index in `claims` of the claim whose content holds this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within: Option<usize>,
}

/// Everything found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Document {
    /// The document date used to resolve relative expressions (`YYYY-MM-DD`), if any.
    pub date: Option<String>,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
    /// The mentions, in text order.
    pub mentions: Vec<Mention>,
    /// The entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// The claims, in text order of their cues.
    pub claims: Vec<Claim>,
}

impl Document {
    /// The mention with this id.
    pub fn mention(&self, id: &str) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.id == id)
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The mentions of one kind.
    pub fn mentions_of(&self, kind: MentionKind) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().filter(move |m| m.kind == kind)
    }
}
