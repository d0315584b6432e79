//! Table-driven sentence splitter tests: `tests/data/sentences.tsv` (format in its header).

mod common;

use common::unescape;
use whosaid::lexicon::Lexicons;
use whosaid::text::{sentence, tokenize};

const TABLE: &str = include_str!("data/sentences.tsv");
const SEP: &str = " ⎵ ";

/// The sentences of `text`, from each one's first token to its last.
fn sentences(text: &str, lx: &Lexicons) -> Vec<String> {
    let toks = tokenize(text, lx);
    let ranges = sentence::split(text, &toks, lx);
    let mut next = 0;
    ranges
        .iter()
        .map(|r| {
            assert_eq!(r.start as usize, next, "sentences must tile the tokens in {text:?}");
            assert!(r.start < r.end, "empty sentence in {text:?}");
            next = r.end as usize;
            let (a, b) = (&toks[r.start as usize], &toks[r.end as usize - 1]);
            text[a.start as usize..b.end as usize].to_string()
        })
        .collect()
}

#[test]
fn sentence_table() {
    let lx = Lexicons::builtin();
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in common::table_rows(TABLE) {
        rows += 1;
        let (text, want) = line.split_once('\t').unwrap_or((line, ""));
        let text = unescape(text);
        let want: Vec<String> = want.split(SEP).map(unescape).collect();
        let got = sentences(&text, &lx);
        if got != want {
            failures.push(format!("line {n}: {text:?}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(rows >= 60, "only {rows} rows");
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}
