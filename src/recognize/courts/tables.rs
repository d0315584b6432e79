//! The court tables of `data/courts/`, compiled into `Lex::Court` entries.
//!
//! Every court entry carries the fields `jurisdiction`, `level`, `location`, `court_id` and
//! `class` (empty for a court). Places that give a court its jurisdiction ("Cairo", "Chilean",
//! "Calif.") are `Lex::Court` entries too, with the class `place` and their type as the level
//! field, so that one scan finds both.

use crate::document::CourtInfo;
use crate::lexicon::{parse_lines, Entry, Lex, Lexicons};

const US_FEDERAL: &str = include_str!("../../../data/courts/us_federal.tsv");
const US_STATES: &str = include_str!("../../../data/courts/us_states.tsv");
const INTERNATIONAL: &str = include_str!("../../../data/courts/international.tsv");
const NATIONAL: &str = include_str!("../../../data/courts/national.tsv");
const PLACES: &str = include_str!("../../../data/courts/places.tsv");

/// Field indices of a `Lex::Court` entry.
pub const JURISDICTION: usize = 0;
/// The level field (for a place: its type).
pub const LEVEL: usize = 1;
/// The seat field.
pub const LOCATION: usize = 2;
/// The US federal court id field.
pub const COURT_ID: usize = 3;
/// The class field: empty for a court, `place` for a place.
pub const CLASS: usize = 4;

/// The class of place entries.
pub const PLACE: &str = "place";

/// One court record while the tables are read.
struct Record<'a> {
    jurisdiction: &'a str,
    level: &'a str,
    location: &'a str,
    court_id: &'a str,
}

impl Record<'_> {
    /// Adds `name` for this court.
    fn add(&self, lx: &mut Lexicons, name: &str) {
        if !name.trim().is_empty() {
            lx.add(Lex::Court, name, &[self.jurisdiction, self.level, self.location, self.court_id, ""]);
        }
    }

    /// Adds `name`, its form without a leading "U.S."/"US"/"United States", and the bare generic
    /// name before an "of <place>" ("Supreme Court of India" → "Supreme Court").
    fn add_with_variants(&self, lx: &mut Lexicons, name: &str) {
        self.add(lx, name);
        for prefix in ["U.S. ", "US ", "United States "] {
            if let Some(rest) = name.strip_prefix(prefix).filter(|r| r.starts_with(char::is_uppercase)) {
                self.add(lx, rest);
            }
        }
        if let Some(bare) = generic_before_of(name) {
            self.add(lx, bare);
        }
    }
}

/// "Constitutional Court of Turkey" → "Constitutional Court"; "Supreme Court of the United
/// Kingdom" → "Supreme Court". Only names of two or more words ending in Court or Tribunal.
fn generic_before_of(name: &str) -> Option<&str> {
    let (head, _) = name.split_once(" of ")?;
    let words = head.split(' ').count();
    (words >= 2 && (head.ends_with(" Court") || head.ends_with(" Tribunal"))).then_some(head)
}

/// The `|`-separated list in `f`.
fn alternatives(f: &str) -> impl Iterator<Item = &str> {
    f.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// Adds the built-in court names and court places to the court lexicon.
pub fn add_builtin_names(lx: &mut Lexicons) {
    add_places(lx);
    add_us_federal(lx);
    add_us_states(lx);
    add_international(lx);
    add_national(lx);
}

/// `places.tsv`: `Cairo<TAB>EG<TAB>city`.
fn add_places(lx: &mut Lexicons) {
    for e in parse_lines(PLACES) {
        add_place(lx, &e.text, e.field(0), e.field(1));
    }
}

/// Adds one place with its code and type.
fn add_place(lx: &mut Lexicons, name: &str, code: &str, kind: &str) {
    lx.add(Lex::Court, name, &[code, kind, "", "", PLACE]);
}

/// `us_federal.tsv`: `vaed<TAB>trial<TAB>name<TAB>Eastern Virginia<TAB>aliases<TAB>seats`.
fn add_us_federal(lx: &mut Lexicons) {
    for e in parse_lines(US_FEDERAL) {
        let r = Record { jurisdiction: "US", level: e.field(0), location: e.field(2), court_id: &e.text };
        r.add_with_variants(lx, e.field(1));
        for alias in alternatives(e.field(3)) {
            r.add_with_variants(lx, alias);
        }
        if &*e.text == "scotus" {
            r.add(lx, "Supreme Court");
        }
    }
}

/// `us_states.tsv`: each state's courts as "<State> Supreme Court", "Supreme Court of <State>",
/// and the bare names ("Superior Court") for that state, chosen later by context.
fn add_us_states(lx: &mut Lexicons) {
    for e in parse_lines(US_STATES) {
        let state: &str = &e.text;
        let code = e.field(0);
        if state != "Washington" {
            add_place(lx, state, code, "us_state");
        }
        for abbr in alternatives(e.field(1)).filter(|a| a.ends_with('.') && a.len() > 3) {
            add_place(lx, abbr, code, "us_state");
        }
        for (col, level) in [(2, "supreme"), (3, "appellate"), (4, "trial")] {
            // New York's "Supreme Court" is listed among its trial names, so it gets "trial".
            for court in alternatives(e.field(col)) {
                let r = Record { jurisdiction: code, level, location: "", court_id: "" };
                r.add(lx, court);
                r.add(lx, &format!("{state} {court}"));
                r.add(lx, &format!("{court} of {state}"));
                for abbr in alternatives(e.field(1)).filter(|a| a.ends_with('.') && a.len() > 3) {
                    r.add(lx, &format!("{abbr} {court}"));
                }
            }
        }
    }
}

/// `international.tsv`: `name<TAB>aliases<TAB>level<TAB>seat<TAB>INT`.
fn add_international(lx: &mut Lexicons) {
    for e in parse_lines(INTERNATIONAL) {
        let r = Record { jurisdiction: "INT", level: "international", location: e.field(2), court_id: "" };
        r.add(lx, &e.text);
        for alias in alternatives(e.field(0)) {
            r.add(lx, alias);
        }
    }
}

/// `national.tsv`: `GB<TAB>name<TAB>aliases<TAB>level<TAB>seat`.
fn add_national(lx: &mut Lexicons) {
    for e in parse_lines(NATIONAL) {
        let r = Record { jurisdiction: &e.text, level: e.field(2), location: e.field(3), court_id: "" };
        r.add_with_variants(lx, e.field(0));
        for alias in alternatives(e.field(1)) {
            r.add_with_variants(lx, alias);
        }
    }
}

/// Adds one court name with its facts to the court lexicon (fields: jurisdiction, level,
/// location, court id, class).
pub fn add_name(lx: &mut Lexicons, name: &str, info: &CourtInfo) {
    let f = |o: &Option<String>| o.clone().unwrap_or_default();
    let fields = [f(&info.jurisdiction), f(&info.level), f(&info.location), f(&info.court_id), String::new()];
    let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
    lx.add(Lex::Court, name, &refs);
}

/// True for a place entry of the court lexicon.
pub fn is_place(e: &Entry) -> bool {
    e.field(CLASS) == PLACE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_names_before_of() {
        assert_eq!(generic_before_of("Supreme Court of India"), Some("Supreme Court"));
        assert_eq!(generic_before_of("Constitutional Court of Turkey"), Some("Constitutional Court"));
        assert_eq!(generic_before_of("Court of Appeal"), None);
        assert_eq!(generic_before_of("Court of Justice of the European Union"), None);
    }

    #[test]
    fn tables_load() {
        let lx = Lexicons::builtin();
        let courts = lx.table(Lex::Court);
        assert!(courts.iter().any(|e| &*e.text == "4th U.S. Circuit Court of Appeals" && e.field(COURT_ID) == "ca4"));
        assert!(courts.iter().any(|e| &*e.text == "Illinois Supreme Court" && e.field(JURISDICTION) == "US-IL"));
        assert!(courts.iter().any(|e| &*e.text == "Cairo" && is_place(e)));
        assert!(courts.iter().all(|e| !e.text.is_empty()));
    }
}
