//! The court recognizer against `tests/data/courts.tsv`: spans, the anaphoric flag and the
//! normalized fields (jurisdiction, level, location) of each mention.

mod common;

use whosaid::Document;

/// The share of table rows that must pass (raise it as the recognizer improves).
const FLOOR: f64 = 0.9;

/// One expected mention: span text, anaphoric, then jurisdiction, level, location ("-" = any).
struct Expected<'a> {
    text: &'a str,
    anaphoric: bool,
    fields: [&'a str; 3],
}

fn parse_expected(field: &str) -> Vec<Expected<'_>> {
    field
        .split(" ; ")
        .filter(|s| !s.trim().is_empty())
        .map(|item| {
            let parts: Vec<&str> = item.split(" | ").map(str::trim).collect();
            let get = |i: usize| parts.get(i).copied().unwrap_or("-");
            Expected { text: get(0), anaphoric: get(1) == "a", fields: [get(2), get(3), get(4)] }
        })
        .collect()
}

/// The court mentions of a document with their fields (mention first, then entity).
fn courts(doc: &Document) -> Vec<(String, bool, [Option<String>; 3])> {
    let json = serde_json::to_value(doc).expect("json");
    let entities = json["entities"].as_array().cloned().unwrap_or_default();
    let mentions = json["mentions"].as_array().cloned().unwrap_or_default();
    mentions
        .iter()
        .filter(|m| m["kind"] == "court")
        .map(|m| {
            let ent = entities.iter().find(|e| e["id"] == m["entity"]);
            let field = |k: &str| m[k].as_str().or_else(|| ent.and_then(|e| e[k].as_str())).map(str::to_string);
            let text = m["text"].as_str().unwrap_or_default().to_string();
            let anaphoric = m["anaphoric"].as_bool().unwrap_or(false);
            (text, anaphoric, [field("jurisdiction"), field("level"), field("location")])
        })
        .collect()
}

/// Why a row fails, or `None` when it passes.
fn check(sentence: &str, expected: &[Expected]) -> Option<String> {
    let doc = common::extractor().extract(sentence, None);
    let got = courts(&doc);
    if got.len() != expected.len() {
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        return Some(format!("{} mentions {texts:?}, want {}", got.len(), expected.len()));
    }
    for (g, e) in got.iter().zip(expected) {
        if g.0 != e.text || g.1 != e.anaphoric {
            return Some(format!("got {:?} anaphoric={}, want {:?} anaphoric={}", g.0, g.1, e.text, e.anaphoric));
        }
        for (name, (have, want)) in ["jurisdiction", "level", "location"].iter().zip(g.2.iter().zip(e.fields)) {
            if want != "-" && have.as_deref() != Some(want) {
                return Some(format!("{:?}: {name} {have:?}, want {want:?}", e.text));
            }
        }
    }
    None
}

#[test]
fn court_table() {
    let table = include_str!("data/courts.tsv");
    let (mut rows, mut failures) = (0usize, Vec::new());
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (sentence, expected) = line.split_once('\t').unwrap_or((line, ""));
        rows += 1;
        if let Some(why) = check(sentence, &parse_expected(expected)) {
            failures.push(format!("{sentence}\n    {why}"));
        }
    }
    let passed = rows - failures.len();
    eprintln!("courts table: {passed}/{rows} rows pass");
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    assert!(rows >= 150, "the table has {rows} rows");
    assert!(passed as f64 >= FLOOR * rows as f64, "{passed}/{rows} rows pass, floor {FLOOR}");
}

#[test]
fn negatives_have_no_court() {
    let table = include_str!("data/courts.tsv");
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (sentence, expected) = line.split_once('\t').unwrap_or((line, ""));
        if expected.trim().is_empty() {
            let doc = common::extractor().extract(sentence, None);
            let got: Vec<String> = courts(&doc).into_iter().map(|c| c.0).collect();
            assert!(got.is_empty(), "{sentence}: unexpected courts {got:?}");
        }
    }
}

/// Descriptions link to the court they describe: "the high court" to the supreme court, "the
/// appeals court" to the appellate one, a bare "the court" to the court last spoken of.
#[test]
fn court_descriptions_link_by_level_and_recency() {
    let text = "The U.S. Supreme Court ruled on Monday in a case from the 4th U.S. Circuit Court of Appeals. \
                The high court said the appeals court erred. A federal judge in the Eastern District of \
                Virginia had dismissed the case, and the court later reopened it.";
    let doc = whosaid::Extractor::new().extract(text, None);
    let entity_of =
        |t: &str| doc.mentions.iter().rev().find(|m| m.text == t).and_then(|m| m.entity.clone()).unwrap_or_default();
    assert_eq!(entity_of("high court"), entity_of("U.S. Supreme Court"));
    assert_eq!(entity_of("appeals court"), entity_of("4th U.S. Circuit Court of Appeals"));
    assert_eq!(entity_of("court"), entity_of("Eastern District of Virginia"));
}

/// A court id only where the name picks one court: "the 7th U.S. Circuit Court of Appeals" is
/// `ca7`; "a U.S. Court of Appeals" (any circuit) stays a US appellate court without an id.
#[test]
fn court_ids_only_for_one_court() {
    let ex = whosaid::Extractor::new();
    let court = |text: &str| {
        let doc = ex.extract(text, None);
        let e = doc.entities.iter().find(|e| e.court.level.is_some()).map(|e| e.court.clone()).unwrap_or_default();
        (e.court_id, e.level, e.jurisdiction)
    };
    let us_appellate =
        |id: Option<&str>| (id.map(str::to_string), Some("appellate".to_string()), Some("US".to_string()));
    assert_eq!(court("The 7th U.S. Circuit Court of Appeals ruled on Friday."), us_appellate(Some("ca7")));
    assert_eq!(court("The U.S. Court of Appeals for the Seventh Circuit ruled."), us_appellate(Some("ca7")));
    assert_eq!(court("A U.S. Court of Appeals ruled on Friday."), us_appellate(None));
}
