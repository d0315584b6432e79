//! Claims table (`tests/data/claims.tsv`): each text gives the claims listed, with speaker, cue,
//! content and date basis as written in the text.

mod common;

use whosaid::{parse_date, Claim};

/// One expected claim: "speaker | cue | content | basis[ | quoted][ | within N]".
fn describe(text: &str, c: &Claim) -> String {
    let speaker = c.speaker.as_ref().map_or("-", |s| &text[s.start..s.end]);
    let basis = c.date.as_ref().map_or("none".to_string(), |d| format!("{:?}", d.basis).to_lowercase());
    let mut s = format!("{speaker} | {} | {} | {basis}", c.cue.text, c.content.text);
    if c.quoted {
        s.push_str(" | quoted");
    }
    if let Some(w) = c.within {
        s.push_str(&format!(" | within {w}"));
    }
    s
}

#[test]
fn claims_table() {
    let table = include_str!("data/claims.tsv");
    let ex = common::extractor();
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut f = line.splitn(3, '\t');
        let (Some(date), Some(text), expected) = (f.next(), f.next(), f.next().unwrap_or("")) else {
            panic!("line {}: bad row", n + 1);
        };
        cases += 1;
        let text = text.replace("\\n", "\n");
        let date = parse_date(date).unwrap_or_else(|_| panic!("line {}: bad date {date}", n + 1));
        let doc = ex.extract(&text, Some(date));
        let got: Vec<String> = doc.claims.iter().map(|c| describe(&text, c)).collect();
        let want: Vec<String> =
            expected.split(" ; ").filter(|s| !s.trim().is_empty()).map(|s| s.replace("\\n", "\n")).collect();
        if got != want {
            failures.push(format!("line {}: {text:?}\n  want {want:?}\n  got  {got:?}", n + 1));
        }
    }
    assert!(cases >= 20, "table too small");
    assert!(failures.is_empty(), "{} of {cases} cases fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn speaker_entities_table() {
    let table = include_str!("data/speaker_entities.tsv");
    let ex = common::extractor();
    let mut failures = Vec::new();
    for (n, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (text, expected) = line.split_once('\t').unwrap_or_else(|| panic!("line {}: bad row", n + 1));
        let doc = ex.extract(text, parse_date("2024-03-05").ok());
        let name = |c: &Claim| {
            let id = c.speaker.as_ref().and_then(|s| s.entity.as_deref());
            let e = id.and_then(|id| doc.entities.iter().find(|e| e.id == id));
            e.map_or("-".to_string(), |e| e.name.clone())
        };
        let got: Vec<String> = doc.claims.iter().map(name).collect();
        let want: Vec<String> = expected.split(" ; ").map(str::to_string).collect();
        if got != want {
            failures.push(format!("line {}: {text:?}\n  want {want:?}\n  got  {got:?}", n + 1));
        }
    }
    assert!(failures.is_empty(), "{} cases fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn explicit_date_without_document_date_stays_underspecified() {
    let ex = common::extractor();
    let doc = ex.extract("The minister said on Friday that taxes would rise.", None);
    let date = doc.claims.first().and_then(|c| c.date.as_ref()).expect("a dated claim");
    assert_eq!(date.value, "XXXX-WXX-5");
    assert_eq!(format!("{:?}", date.basis), "Explicit");
    let undated = ex.extract("The minister said that taxes would rise.", None);
    assert!(undated.claims.first().is_some_and(|c| c.date.is_none()));
}
