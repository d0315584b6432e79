//! People: the cases of `tests/data/people.tsv` (see `tests/ner_table/mod.rs` for the format).

mod ner_table;

#[test]
fn people_table() {
    ner_table::run(include_str!("data/people.tsv"), whosaid::MentionKind::Person);
}

#[test]
fn custom_person_is_recognized() {
    let ex = whosaid::Extractor::builder().person("Kaja Kallas").build().unwrap();
    let doc = ex.extract("Officials met Kaja Kallas in the capital.", None);
    assert!(doc.mentions.iter().any(|m| m.kind == whosaid::MentionKind::Person && m.text == "Kaja Kallas"));
}
