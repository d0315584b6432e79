//! Courts: named courts and tribunals ("4th U.S. Circuit Court of Appeals", "Old Bailey"),
//! descriptions ("a Cairo criminal court", "the federal court"), with their jurisdiction,
//! level and location.
//!
//! A mention grows from a *core*: a court name of the tables (`Lex::Court`, see [`tables`]) or
//! a head word ("court", "tribunal"). Then `grammar::left` takes the modifiers before it (places,
//! classifiers, name words, a place possessor) and `grammar::right` the complements after it ("of
//! Eastern Virginia", "for the Ninth Circuit", "in Multan"). Negative phrases ("Court TV",
//! "food court"), modifier uses ("court order") and bare idioms ("in court") are left out.

mod grammar;
mod places;
pub mod tables;

pub use tables::{add_builtin_names, add_name};

use super::Candidate;
use crate::text::Analysis;
use places::Places;

/// Finds court mentions, left to right, without overlaps.
pub fn find(a: &Analysis) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    // The document's places, found at the first court core (most texts have none).
    let mut places = None;
    let mut i = 0;
    while i < a.tokens.len() {
        let floor = out.last().map_or(0, |c| c.end);
        let found = grammar::core_at(a, i).and_then(|core| {
            let ps = places.get_or_insert_with(|| Places::new(a));
            grammar::court(a, ps, core, floor)
        });
        match found {
            Some(c) => {
                i = c.end.max(i + 1);
                out.push(c);
            }
            None => i += 1,
        }
    }
    out
}
