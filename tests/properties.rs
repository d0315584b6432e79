//! Invariants that hold for every input: spans slice the input on char boundaries, sentences and
//! mentions are ordered, ids resolve, and extraction never panics.

mod common;
mod invariants;

use invariants::check as check_invariants;

use proptest::prelude::*;

fn newsish() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "The",
        "alliance",
        "said",
        "on",
        "Friday",
        "that",
        "Mr.",
        "Khalifa",
        "Haftar",
        "’s",
        "lawyer",
        "“",
        "”",
        "\"",
        ",",
        ".",
        "?",
        "\n",
        "\n\n",
        "Court",
        "federal",
        "court",
        "of",
        "Appeals",
        "U.S.",
        "July",
        "22",
        "2022-07-30",
        "He",
        "told",
        "reporters",
        "according",
        "to",
        "Ministry",
        "Interior",
        "—",
        "...",
        "(",
        ")",
        "é",
        "👩‍👩‍👧",
        "\u{200B}",
        "\r",
        "last",
        "week",
        "three",
        "years",
        "ago",
        "Z.",
        "Inc.",
        "'s",
        "'",
        "Supreme",
        "Foundation",
    ]);
    prop::collection::vec(words, 0..60).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_string_keeps_invariants(text in any::<String>()) {
        let doc = common::extractor().extract(&text, None);
        check_invariants(&text, &doc);
    }

    #[test]
    fn news_like_text_keeps_invariants(text in newsish(), day in 1i8..=28) {
        let date = jiff::civil::Date::new(2022, 7, day).ok();
        let doc = common::extractor().extract(&text, date);
        check_invariants(&text, &doc);
        // Deterministic.
        prop_assert_eq!(&doc, &common::extractor().extract(&text, date));
    }
}

#[test]
fn sample_article_keeps_invariants() {
    let text = include_str!("../examples/data/sample.txt");
    let doc = common::extractor().extract(text, None);
    check_invariants(text, &doc);
    assert_eq!(doc.date.as_deref(), Some("2024-03-14"));
}

#[test]
fn same_answer_from_many_threads() {
    let text = include_str!("../examples/data/sample.txt");
    let base = common::extractor().extract(text, None);
    let docs: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8).map(|_| s.spawn(|| common::extractor().extract(text, None))).collect();
        handles.into_iter().map(|h| h.join().expect("thread")).collect()
    });
    assert!(docs.iter().all(|d| *d == base));
    let batch = common::extractor().extract_batch(vec![(text, None); 16]);
    assert!(batch.iter().all(|d| *d == base));
}
