//! The table harness shared by `tests/people.rs` and `tests/organizations.rs`.
//!
//! Each line of a table: `text<TAB>expected<TAB>forbidden<TAB>facts` (`#` comments; `\n` in
//! the text is a line break).
//! - expected: mentions of the table's kind, ` | `-separated, in text order; `X@Y` says the
//!   mention X belongs to the entity named Y; a trailing `~` (`X~`, `X@Y~`) says it is anaphoric. `-` for none.
//! - forbidden: texts that must not be mentions of the kind (` | `-separated, or `-`).
//! - facts (optional): `Entity Name: field=value; field=value` with fields `title`, `role`,
//!   `affiliation` (the affiliated entity's name).

use whosaid::{Document, MentionKind};

fn items(col: &str) -> Vec<&str> {
    if col.trim() == "-" || col.trim().is_empty() {
        return Vec::new();
    }
    col.split(" | ").map(str::trim).collect()
}

fn entity_name<'d>(doc: &'d Document, id: &str) -> &'d str {
    doc.entities.iter().find(|e| e.id == id).map_or("", |e| e.name.as_str())
}

/// Checks one table line; returns the failures.
fn check_line(ex: &whosaid::Extractor, kind: MentionKind, line: &str) -> Vec<String> {
    let cols: Vec<&str> = line.split('\t').collect();
    let text = cols[0].replace("\\n", "\n");
    let doc = ex.extract(&text, whosaid::parse_date("2022-07-30").ok());
    let got: Vec<_> = doc.mentions.iter().filter(|m| m.kind == kind).collect();
    let mut fails = Vec::new();
    let expected = items(cols.get(1).copied().unwrap_or("-"));
    let shown: Vec<String> = got.iter().map(|m| m.text.clone()).collect();
    if expected.len() != got.len() {
        fails.push(format!("{text:?}: expected {expected:?}, got {shown:?}"));
    }
    for (want, m) in expected.iter().zip(&got) {
        let (want, anaphoric) = match want.strip_suffix('~') {
            Some(w) => (w, true),
            None => (*want, false),
        };
        let (want, ent) = match want.split_once('@') {
            Some((w, e)) => (w, Some(e)),
            None => (want, None),
        };
        // ("Michael\nHoward": a name over a wrapped line.)
        if m.text != want.replace("\\n", "\n") || m.anaphoric != anaphoric {
            fails.push(format!("{text:?}: expected {want:?} (anaphoric {anaphoric}), got {:?}", m.text));
        }
        if let Some(e) = ent {
            let name = m.entity.as_deref().map_or("", |id| entity_name(&doc, id));
            if name != e {
                fails.push(format!("{text:?}: {want:?} should link to {e:?}, links to {name:?}"));
            }
        }
    }
    for bad in items(cols.get(2).copied().unwrap_or("-")) {
        if got.iter().any(|m| m.text == bad) {
            fails.push(format!("{text:?}: {bad:?} must not be a {}", kind.as_str()));
        }
    }
    if let Some((name, facts)) = cols.get(3).and_then(|f| f.split_once(':')) {
        let Some(e) = doc.entities.iter().find(|e| e.name == name.trim()) else {
            fails.push(format!("{text:?}: no entity {name:?}"));
            return fails;
        };
        for fact in facts.split(';').map(str::trim).filter(|f| !f.is_empty()) {
            let (field, want) = fact.split_once('=').unwrap_or((fact, ""));
            let have = match field {
                "title" => e.title.clone().unwrap_or_default(),
                "role" => e.role.clone().unwrap_or_default(),
                "affiliation" => e.affiliation.as_deref().map_or(String::new(), |id| entity_name(&doc, id).to_string()),
                other => format!("<unknown field {other}>"),
            };
            if have != want {
                fails.push(format!("{text:?}: {name} {field} = {have:?}, want {want:?}"));
            }
        }
    }
    fails
}

/// Runs every line of `table` and panics with all the failures.
pub fn run(table: &str, kind: MentionKind) {
    let ex = whosaid::Extractor::new();
    let mut fails = Vec::new();
    let mut n = 0;
    for line in table.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        n += 1;
        fails.extend(check_line(&ex, kind, line));
    }
    assert!(fails.is_empty(), "{} of {n} cases failed:\n{}", fails.len(), fails.join("\n"));
}
