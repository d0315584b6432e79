//! Invariants that hold for every input: spans slice the input on char boundaries, sentences and
//! mentions are ordered, ids resolve, and extraction never panics.

mod common;

use proptest::prelude::*;
use whosaid::Document;

/// Checks the output contract's invariants of `doc` over `text`.
pub fn check_invariants(text: &str, doc: &Document) {
    let slice = |s: usize, e: usize, t: &str| {
        assert!(s <= e && e <= text.len(), "span {s}..{e} out of bounds");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {s}..{e} off char boundary");
        assert_eq!(&text[s..e], t, "span text differs");
    };
    let mut prev_end = 0;
    for s in &doc.sentences {
        assert!(s.start < s.end && s.start >= prev_end, "sentences out of order or overlapping");
        slice(s.start, s.end, &text[s.start..s.end]);
        assert_eq!(text[s.start..s.end].trim(), &text[s.start..s.end], "sentence not trimmed");
        prev_end = s.end;
    }
    let mut prev = (0, 0);
    for (i, m) in doc.mentions.iter().enumerate() {
        assert_eq!(m.id, format!("m{i}"));
        slice(m.start, m.end, &m.text);
        assert!((m.start, m.end) >= prev, "mentions out of order");
        prev = (m.start, m.end);
        if let Some(e) = &m.entity {
            let ent = doc.entity(e).expect("mention's entity exists");
            assert!(ent.mentions.contains(&m.id));
        }
    }
    for (i, e) in doc.entities.iter().enumerate() {
        assert_eq!(e.id, format!("e{i}"));
        assert!(!e.mentions.is_empty());
        for m in &e.mentions {
            assert!(doc.mention(m).is_some(), "entity points to a missing mention");
        }
        if let Some(a) = &e.affiliation {
            assert!(doc.entity(a).is_some());
        }
    }
    for c in &doc.claims {
        slice(c.cue.start, c.cue.end, &c.cue.text);
        slice(c.content.start, c.content.end, &c.content.text);
        if let Some(s) = &c.speaker {
            slice(s.start, s.end, &s.text);
            if let Some(e) = &s.entity {
                assert!(doc.entity(e).is_some());
            }
        }
        if let Some(d) = &c.date {
            if let Some(m) = &d.mention {
                assert!(doc.mention(m).is_some());
            }
        }
        if let Some(w) = c.within {
            assert!(w < doc.claims.len());
        }
        for p in c.content_parts.iter().flatten() {
            slice(p.start, p.end, &p.text);
        }
    }
}

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
