//! Locations: countries, regions and cities from the location lexicon.

use super::{Candidate, Info};
use crate::document::MentionKind;
use crate::lexicon::Lex;
use crate::text::{Analysis, Flags};

/// Finds location names (the longest lexicon match at each token).
pub fn find(a: &Analysis) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(t) = a.tokens.get(i) {
        if let Some(h) = a.hit(i, Lex::Location).filter(|_| t.is(Flags::CAPITALIZED)) {
            let code = a.lexicon_field(h, 1).to_string();
            out.push(Candidate {
                start: i,
                end: h.end as usize,
                kind: MentionKind::Location,
                anaphoric: false,
                info: Info::Location { code },
            });
            i = h.end as usize;
        } else {
            i += 1;
        }
    }
    out
}
