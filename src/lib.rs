//! # whosaid
//!
//! Reads English news and tells **who said what, and when**: a rule-based pipeline that finds
//! temporal expressions (normalized to TimeML TIMEX3 against the document date), people,
//! organizations, courts and locations, links their mentions into entities, and returns
//! structured **claims**: speaker (resolved to an entity), reporting cue, content, and the
//! date the statement was made.
//!
//! No model weights, no network, deterministic output: every decision is a rule or a lexicon
//! entry in `data/`.
//!
//! ```
//! use whosaid::{Extractor, MentionKind};
//!
//! let ex = Extractor::new();
//! let text = "The Libyan American Alliance announced on Friday that it had obtained a ruling.";
//! let doc = ex.extract(text, whosaid::parse_date("2022-07-30").ok());
//!
//! let claim = &doc.claims[0];
//! assert_eq!(claim.speaker.as_ref().unwrap().text, "The Libyan American Alliance");
//! assert_eq!(claim.cue.text, "announced");
//! assert_eq!(claim.content.text, "it had obtained a ruling");
//! assert_eq!(claim.date.as_ref().unwrap().value, "2022-07-29");
//!
//! let org = doc.mentions_of(MentionKind::Organization).next().unwrap();
//! assert_eq!(org.text, "Libyan American Alliance");
//! // Every span slices the input.
//! assert_eq!(&text[org.start..org.end], org.text);
//! ```
//!
//! ## Pipeline
//! 1. [`text`]: tokens, sentences and one lexicon scan ([`text::Analysis`]).
//! 2. [`recognize`]: dates, people, organizations, courts, locations (one module each).
//! 3. [`resolve`]: overlaps, then entity linking (names, aliases, descriptions, pronouns).
//! 4. [`claims`]: cues, speakers, contents and claim dates.
//! 5. [`document`]: the output types, serializing to the JSON of the output contract.

#![deny(missing_docs)]
#![forbid(unsafe_code)]
// Library code never unwraps or indexes in a way that can panic: every input-derived value is
// checked, read through `get`, iterators or slice patterns (tests may do otherwise).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

pub mod claims;
pub mod document;
mod error;
mod extractor;
pub mod lexicon;
pub mod recognize;
pub mod resolve;
pub mod text;

/// Temporal expressions: [`dates::parse`] resolves one phrase; [`dates::TimexValue`] is the
/// typed value.
pub mod dates {
    pub use crate::recognize::dates::{parse, DayPart, Reference, Season, TimeOfDay, TimexValue, Unit};
}

pub use document::{
    Claim, ClaimDate, CourtInfo, CueType, DateBasis, Document, Entity, Mention, MentionKind, Sentence, Span, Speaker,
    Timex, TimexType,
};
pub use error::{parse_date, Error};
pub use extractor::{Extractor, ExtractorBuilder};

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
