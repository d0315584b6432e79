//! Organizations: the cases of `tests/data/organizations.tsv` (format in
//! `tests/ner_table/mod.rs`).

mod ner_table;

#[test]
fn organizations_table() {
    ner_table::run(include_str!("data/organizations.tsv"), whosaid::MentionKind::Organization);
}

#[test]
fn custom_organization_is_recognized_leftmost_longest() {
    let ex =
        whosaid::Extractor::builder().organization("Blue Harbor").organization("Blue Harbor Trust").build().unwrap();
    let doc = ex.extract("Shares of Blue Harbor Trust rose on Monday.", None);
    let orgs: Vec<_> = doc.mentions.iter().filter(|m| m.kind == whosaid::MentionKind::Organization).collect();
    assert_eq!(orgs.len(), 1);
    assert_eq!(orgs[0].text, "Blue Harbor Trust");
}
