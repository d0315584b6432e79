//! The output contract's invariants, shared by the property tests, the regression replays and
//! the fuzz targets.

use whosaid::Document;

/// Checks the output contract's invariants of `doc` over `text`.
pub fn check(text: &str, doc: &Document) {
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
