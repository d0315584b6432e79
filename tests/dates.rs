//! The date recognizer against tests/data/dates*.tsv (TIMEX3 extent, type, value and mod), and a
//! CI floor on the TempEval-3 training data when ../shared/data is present.

use whosaid::{Extractor, MentionKind};

/// Rows (1-based data line numbers, comments and blank lines not counted) known to fail, with
/// the reason; the harness fails on any other row and on a listed row that starts passing.
const KNOWN_FAILING: &[usize] = &[
    // "The Chinese delegation arrived for the New Year talks": a bare "New Year" in a Chinese
    // context may be the lunar one; the rule only looks at the word before (Chinese/Lunar).
    842,
];

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
    // The tables in order; rows are numbered across them.
    let table = [include_str!("data/dates.tsv"), include_str!("data/dates_fractions.tsv")].join("\n");
    let ex = Extractor::new();
    let mut failures = Vec::new();
    let mut newly_passing = Vec::new();
    let mut rows = 0;
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        rows += 1;
        let mut cols = line.split('\t');
        let (date, sentence, expected) =
            (cols.next().unwrap_or(""), cols.next().unwrap_or(""), cols.next().unwrap_or(""));
        let date = if date == "-" { None } else { whosaid::parse_date(date).ok() };
        let want: Vec<(String, String)> =
            expected.split(" ; ").map(str::trim).filter(|s| !s.is_empty()).map(parse_item).collect();
        let sentence = sentence.replace("\\n", "\n");
        let got = describe(&ex.extract(&sentence, date));
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

/// A gold or system timex: byte span, type and value.
struct Span3 {
    start: usize,
    end: usize,
    value: String,
}

/// TempEval-3 one-to-one matching: identical extents first, then the largest overlaps.
/// Returns (exact matches, relaxed matches, relaxed matches with the same value).
fn match_doc(gold: &[Span3], sys: &[Span3]) -> (usize, usize, usize) {
    let mut gused = vec![false; gold.len()];
    let mut sused = vec![false; sys.len()];
    let mut pairs = Vec::new();
    for (j, s) in sys.iter().enumerate() {
        if let Some(i) = (0..gold.len()).find(|&i| !gused[i] && gold[i].start == s.start && gold[i].end == s.end) {
            gused[i] = true;
            sused[j] = true;
            pairs.push((i, j));
        }
    }
    let exact = pairs.len();
    let mut cand = Vec::new();
    for (i, g) in gold.iter().enumerate().filter(|(i, _)| !gused[*i]) {
        for (j, s) in sys.iter().enumerate().filter(|(j, _)| !sused[*j]) {
            let ov = g.end.min(s.end) as isize - g.start.max(s.start) as isize;
            if ov > 0 {
                cand.push((-ov, g.start, s.start, i, j));
            }
        }
    }
    cand.sort();
    for (_, _, _, i, j) in cand {
        if !gused[i] && !sused[j] {
            gused[i] = true;
            sused[j] = true;
            pairs.push((i, j));
        }
    }
    let same_value = pairs.iter().filter(|&&(i, j)| gold[i].value == sys[j].value).count();
    (exact, pairs.len(), same_value)
}

fn f1(matched: usize, n_sys: usize, n_gold: usize) -> f64 {
    let p = matched as f64 / n_sys.max(1) as f64;
    let r = matched as f64 / n_gold.max(1) as f64;
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// CI floor on TimeBank + AQUAINT (all 256 documents; a debug build runs them in about two
/// seconds, so no sampling): strict F1 ≥ 0.87, relaxed F1 ≥ 0.93, value F1 ≥ 0.81 (the
/// issue asks 0.80 / 0.90 / 0.80; the floors stay stricter, about two points under what the
/// rules reach: 0.895 / 0.951 / 0.826 today).
#[test]
fn timex_train_floor() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/timex/train.jsonl");
    let Ok(data) = std::fs::read_to_string(path) else {
        println!("skipped: {path} not found");
        return;
    };
    let ex = Extractor::new();
    let (mut n_gold, mut n_sys, mut exact, mut relaxed, mut valued) = (0, 0, 0, 0, 0);
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("gold line is JSON");
        let text = doc["text"].as_str().unwrap_or("");
        let date = doc["date"].as_str().and_then(|d| whosaid::parse_date(d).ok());
        let gold: Vec<Span3> = doc["mentions"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|m| Span3 {
                start: m["start"].as_u64().unwrap_or(0) as usize,
                end: m["end"].as_u64().unwrap_or(0) as usize,
                value: m["value"].as_str().unwrap_or("").to_string(),
            })
            .collect();
        let sys: Vec<Span3> = ex
            .extract(text, date)
            .mentions_of(MentionKind::Date)
            .map(|m| Span3 {
                start: m.start,
                end: m.end,
                value: m.timex.as_ref().map(|t| t.value.clone()).unwrap_or_default(),
            })
            .collect();
        let (e, r, v) = match_doc(&gold, &sys);
        n_gold += gold.len();
        n_sys += sys.len();
        exact += e;
        relaxed += r;
        valued += v;
    }
    let strict = f1(exact, n_sys, n_gold);
    let relaxed_f1 = f1(relaxed, n_sys, n_gold);
    let value = relaxed_f1 * valued as f64 / relaxed.max(1) as f64;
    println!("timex train: strict {strict:.4} relaxed {relaxed_f1:.4} value {value:.4}");
    assert!(
        strict >= 0.87 && relaxed_f1 >= 0.93 && value >= 0.81,
        "timex train below the floor: strict {strict:.4} (0.87) relaxed {relaxed_f1:.4} (0.93) value {value:.4} (0.81)"
    );
}
