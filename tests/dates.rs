//! The date recognizer against tests/data/dates.tsv (TIMEX3 extent, type, value and mod), and a
//! CI floor on the TempEval-3 training data when ../shared/data is present.

use whosaid::{Extractor, MentionKind};

/// Rows (1-based data line numbers, comments and blank lines not counted) known to fail, with
/// the reason; the harness fails on any other row and on a listed row that starts passing.
const KNOWN_FAILING: &[usize] = &[];

/// One expected item: `extent = TYPE VALUE [mod=X]`.
fn parse_item(s: &str) -> (String, String) {
    let (extent, rest) = s.split_once(" = ").unwrap_or((s, ""));
    (extent.trim().to_string(), rest.trim().to_string())
}

/// The date mentions of `doc` written like the table's items.
fn describe(doc: &whosaid::Document) -> Vec<(String, String)> {
    doc.mentions_of(MentionKind::Date)
        .map(|m| {
            let t = m.timex.as_ref();
            let mut v = match t {
                Some(t) => format!("{} {}", t.timex_type.as_str(), t.value),
                None => "? ?".to_string(),
            };
            if let Some(md) = t.and_then(|t| t.modifier.as_deref()) {
                v.push_str(&format!(" mod={md}"));
            }
            (m.text.clone(), v)
        })
        .collect()
}

#[test]
fn date_table() {
    let table = include_str!("data/dates.tsv");
    let ex = Extractor::new();
    let mut failures = Vec::new();
    let mut newly_passing = Vec::new();
    let mut rows = 0;
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        rows += 1;
        let mut cols = line.split('\t');
        let (date, sentence, expected) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""), cols.next().unwrap_or(""));
        let date = if date == "-" { None } else { whosaid::parse_date(date).ok() };
        let want: Vec<(String, String)> =
            expected.split(" ; ").map(str::trim).filter(|s| !s.is_empty()).map(parse_item).collect();
        let got = describe(&ex.extract(sentence, date));
        let ok = got == want;
        let known = KNOWN_FAILING.contains(&rows);
        if !ok && !known {
            failures.push(format!("row {rows}: {sentence}\n    want {want:?}\n    got  {got:?}"));
        } else if ok && known {
            newly_passing.push(rows);
        }
    }
    assert!(
        failures.is_empty() && newly_passing.is_empty(),
        "{} of {rows} rows fail:\n{}\nknown-failing rows now passing (remove them from KNOWN_FAILING): {newly_passing:?}",
        failures.len(),
        failures.join("\n")
    );
}
