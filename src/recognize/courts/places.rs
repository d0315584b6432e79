//! Places around courts: "Cairo court", "Chile's Supreme Court", "court in Multan".
//!
//! A place is a court-lexicon place entry (`data/courts/places.tsv`, US states), a shared
//! location (`Lex::Location`: `Name<TAB>type<TAB>code`) or a nationality adjective
//! (`Lex::Nationality`: `Libyan<TAB>LY<TAB>adj`).

use super::tables::{self, JURISDICTION, LEVEL};
use crate::lexicon::Lex;
use crate::text::{Analysis, Flags};

/// A place found in the text: tokens `[start, end)`, its ISO code and its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'t> {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// `EG`, `US-CA`, `INT`; may be empty when the shared lexicon has no code.
    pub code: &'t str,
    /// `country`, `adj`, `city`, `us_state`, ...
    pub kind: &'t str,
}

impl Place<'_> {
    /// True when the place names a seat worth reporting as a location (a city or a state, not a
    /// country or nationality).
    pub fn is_seat(&self) -> bool {
        !matches!(self.kind, "country" | "adj" | "nationality" | "region" | "continent")
    }
}

/// The place starting at each token of a document, found once: the court rules ask about the
/// same tokens again and again (every court mention reads its sentence's places), and a token
/// may carry a hundred court entries ("Supreme Court", one a country) to look through.
#[derive(Debug, Clone)]
pub struct Places<'t> {
    at: Vec<Option<Place<'t>>>,
}

impl<'t> Places<'t> {
    /// The places of `a`'s tokens.
    pub fn new(a: &Analysis<'t>) -> Places<'t> {
        Places { at: (0..a.tokens.len()).map(|i| place_at(a, i)).collect() }
    }

    /// The longest place starting at token `i`.
    pub fn at(&self, i: usize) -> Option<Place<'t>> {
        self.at.get(i).copied().flatten()
    }

    /// The place ending at token `j` (inclusive), looking back a few tokens.
    pub fn ending_at(&self, j: usize, floor: usize) -> Option<Place<'t>> {
        let lo = j.saturating_sub(4).max(floor);
        (lo..=j).find_map(|s| self.at(s).filter(|p| p.end == j + 1))
    }

    /// The codes of the places of sentence tokens `range`, in text order (international ones
    /// left out: a national court in a sentence that names the EU is still national).
    pub fn codes(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = &'t str> + '_ {
        let mut i = range.start;
        std::iter::from_fn(move || {
            while i < range.end {
                let found = self.at(i);
                i = found.map_or(i + 1, |p| p.end.max(i + 1));
                if let Some(p) = found.filter(|p| !p.code.is_empty() && p.code != "INT") {
                    return Some(p.code);
                }
            }
            None
        })
    }
}

/// The longest place starting at token `i`.
fn place_at<'t>(a: &Analysis<'t>, i: usize) -> Option<Place<'t>> {
    if !a.tokens.get(i)?.is(Flags::CAPITALIZED) {
        return None;
    }
    a.hits_at(i).iter().find_map(|h| {
        let e = a.entry(h);
        let (code, kind) = match h.lex {
            Lex::Court if tables::is_place(e) => (e.field(JURISDICTION), e.field(LEVEL)),
            Lex::Location => (e.field(1), e.field(0)),
            Lex::Nationality => (e.field(0), "adj"),
            _ => return None,
        };
        Some(Place { start: i, end: h.end as usize, code, kind })
    })
}
