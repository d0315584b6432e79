//! Courts: named courts and tribunals, descriptions ("the federal court"), with their
//! jurisdiction, level and location.

use super::{Candidate, Info};
use crate::document::{CourtInfo, MentionKind};
use crate::lexicon::{Lex, Lexicons};
use crate::text::{Analysis, Flags};

/// Adds the built-in court names (from the tables in `data/courts/`) to the court lexicon.
pub fn add_builtin_names(_lx: &mut Lexicons) {}

/// A court head word: "court", "tribunal".
fn is_head(w: &str) -> bool {
    matches!(w, "Court" | "court" | "Tribunal" | "tribunal")
}

/// Lower-case classifier words kept before the head ("the federal appeals court").
fn classifier_level(w: &str) -> Option<Option<&'static str>> {
    let lvl = match w.to_ascii_lowercase().as_str() {
        "supreme" | "highest" | "top" | "constitutional" => Some("supreme"),
        "appeals" | "appellate" | "appeal" => Some("appellate"),
        "district" | "county" | "crown" | "magistrates" | "superior" | "municipal" | "city" | "bankruptcy"
        | "military" => Some("trial"),
        "federal" | "high" | "lower" | "state" | "criminal" | "civil" | "administrative" | "special" | "family"
        | "regional" | "provincial" | "local" | "military appeals" => None,
        _ => return None,
    };
    Some(lvl)
}

/// Finds court mentions.
pub fn find(a: &Analysis) -> Vec<Candidate> {
    let mut out = Vec::new();
    for i in 0..a.tokens.len() {
        if is_head(a.word(i)) {
            if let Some(c) = around_head(a, i) {
                if out.last().is_some_and(|p: &Candidate| p.overlaps(&c)) {
                    continue;
                }
                out.push(c);
            }
        }
    }
    out
}

/// "US Federal Court in Virginia", "Federal Court of Eastern Virginia", "the federal court".
fn around_head(a: &Analysis, head: usize) -> Option<Candidate> {
    let s = a.sentence(a.sentence_of(head));
    // Words after the head that make it something else: "court order", "courtroom".
    let next = a.word(head + 1).to_ascii_lowercase();
    if a.word(head).starts_with('c')
        && matches!(
            next.as_str(),
            "order"
                | "orders"
                | "ruling"
                | "rulings"
                | "case"
                | "cases"
                | "decision"
                | "hearing"
                | "date"
                | "documents"
                | "filing"
                | "papers"
        )
    {
        return None;
    }
    let mut info = CourtInfo::default();
    let mut named = a.tokens[head].is(Flags::CAPITALIZED);
    let mut start = head;
    let mut federal = false;
    let mut location: Option<(usize, usize)> = None;
    // Left: classifiers, capitalized words, locations, "US".
    while start > s.start {
        let j = start - 1;
        let w = a.word(j);
        if let Some(lvl) = classifier_level(w) {
            if w.eq_ignore_ascii_case("federal") {
                federal = true;
            }
            if let Some(l) = lvl {
                info.level.get_or_insert_with(|| l.to_string());
            }
            if a.tokens[j].is(Flags::CAPITALIZED) && !matches!(w, "The") {
                named = true;
            }
            start = j;
        } else if matches!(w, "US" | "U.S." | "United States") {
            info.jurisdiction = Some("US".into());
            named = true;
            start = j;
        } else if let Some(code) = location_code_ending_at(a, j) {
            info.jurisdiction.get_or_insert(code.1.clone());
            location.get_or_insert((code.0, j + 1));
            named = true;
            start = code.0;
        } else {
            break;
        }
    }
    if !named && start == head && a.word(head).starts_with(char::is_lowercase) {
        // bare "court": needs a determiner ("the court", "a court") to count.
        let det = a.word(head.wrapping_sub(1)).to_ascii_lowercase();
        if !matches!(det.as_str(), "the" | "a" | "this" | "that") {
            return None;
        }
    } else if !named {
        let det = a.word(start.wrapping_sub(1)).to_ascii_lowercase();
        if !matches!(det.as_str(), "the" | "a" | "an" | "this" | "that") {
            return None;
        }
    }
    let mut end = head + 1;
    // Right: "of Eastern Virginia", "in Virginia", "for the Fourth Circuit".
    let w = a.word(end);
    if matches!(w, "of" | "for" | "in") {
        let mut k = end + 1;
        if a.word(k) == "the" {
            k += 1;
        }
        let mut j = k;
        while j < s.end && a.tokens[j].is(Flags::CAPITALIZED) && !super::names::is_function_word(a.word(j)) {
            j += 1;
        }
        if j > k {
            if let Some(code) = (k..j).find_map(|x| location_code_ending_at(a, j - 1).filter(|c| c.0 >= x)) {
                info.jurisdiction.get_or_insert(code.1);
            }
            location = Some((k, j));
            end = j;
            named = true;
        }
    }
    if federal && info.jurisdiction.as_deref().is_some_and(|j| j.starts_with("US")) {
        info.jurisdiction = Some("US".into());
        info.level.get_or_insert_with(|| "trial".into());
    }
    if let Some((ls, le)) = location {
        info.location = Some(a.slice(ls, le).to_string());
    }
    let anaphoric = !named;
    if anaphoric {
        info = CourtInfo::default();
    }
    Some(Candidate { start, end, kind: MentionKind::Court, anaphoric, info: Info::Court(info) })
}

/// A location hit ending at token `j`: its start token and code.
fn location_code_ending_at(a: &Analysis, j: usize) -> Option<(usize, String)> {
    let lo = j.saturating_sub(3);
    (lo..=j).find_map(|s| {
        a.hits_at(s)
            .iter()
            .find(|h| h.lex == Lex::Location && h.end as usize == j + 1 && a.tokens[s].is(Flags::CAPITALIZED))
            .map(|h| (s, a.lexicon_field(h, 1).to_string()))
    })
}

/// Adds one court name with its facts to the court lexicon (fields: jurisdiction, level,
/// location, court id).
pub fn add_name(lx: &mut Lexicons, name: &str, info: &CourtInfo) {
    let f = |o: &Option<String>| o.clone().unwrap_or_default();
    let fields = [f(&info.jurisdiction), f(&info.level), f(&info.location), f(&info.court_id)];
    let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
    lx.add(Lex::Court, name, &refs);
}
