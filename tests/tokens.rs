//! Table-driven tokenizer tests: `tests/data/tokens.tsv` (format in its header).

mod common;

use common::unescape;
use whosaid::lexicon::Lexicons;
use whosaid::text::{tokenize, Flags, Token, TokenKind};

const TABLE: &str = include_str!("data/tokens.tsv");
const SEP: &str = " ⎵ ";

fn kind_named(name: &str) -> Option<TokenKind> {
    use TokenKind::*;
    Some(match name {
        "Word" => Word,
        "Number" => Number,
        "Abbreviation" => Abbreviation,
        "Possessive" => Possessive,
        "Terminal" => Terminal,
        "Ellipsis" => Ellipsis,
        "Dash" => Dash,
        "OpenQuote" => OpenQuote,
        "CloseQuote" => CloseQuote,
        "OpenBracket" => OpenBracket,
        "CloseBracket" => CloseBracket,
        "Punct" => Punct,
        "Url" => Url,
        "Email" => Email,
        "Handle" => Handle,
        "Symbol" => Symbol,
        _ => return None,
    })
}

fn flag_named(name: &str) -> Flags {
    match name {
        "CAPITALIZED" => Flags::CAPITALIZED,
        "ALL_CAPS" => Flags::ALL_CAPS,
        "HAS_DIGIT" => Flags::HAS_DIGIT,
        "ALL_DIGITS" => Flags::ALL_DIGITS,
        "HAS_ALPHA" => Flags::HAS_ALPHA,
        "LOWER" => Flags::LOWER,
        "HYPHENATED" => Flags::HYPHENATED,
        "ORDINAL" => Flags::ORDINAL,
        "INITIAL" => Flags::INITIAL,
        "SPACE_BEFORE" => Flags::SPACE_BEFORE,
        "NEWLINE_BEFORE" => Flags::NEWLINE_BEFORE,
        "PARAGRAPH_BEFORE" => Flags::PARAGRAPH_BEFORE,
        _ => panic!("unknown kind or flag {name}"),
    }
}

fn check_spans(text: &str, toks: &[Token]) {
    let mut last = 0;
    for t in toks {
        let (s, e) = (t.start as usize, t.end as usize);
        assert!(s < e && s >= last, "bad span {s}..{e} in {text:?}");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span off char boundary in {text:?}");
        last = e;
    }
}

/// One check `TOKEN=Name` / `TOKEN=!Name`; returns an error message when it fails.
fn check(text: &str, toks: &[Token], spec: &str) -> Result<(), String> {
    let (word, name) = spec.rsplit_once('=').ok_or_else(|| format!("bad check {spec:?}"))?;
    let word = unescape(word);
    let t = toks.iter().find(|t| t.text(text) == word).ok_or_else(|| format!("no token {word:?}"))?;
    let (negate, name) = name.strip_prefix('!').map_or((false, name), |n| (true, n));
    let ok = match kind_named(name) {
        Some(kind) => (t.kind == kind) != negate,
        None => t.is(flag_named(name)) != negate,
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{word:?}: expected {spec}, got {:?} {:?}", t.kind, t.flags))
    }
}

#[test]
fn token_table() {
    let lx = Lexicons::builtin();
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in common::table_rows(TABLE) {
        rows += 1;
        let mut cols = line.split('\t');
        let text = unescape(cols.next().unwrap_or_default());
        let want: Vec<String> = cols.next().unwrap_or_default().split(SEP).map(unescape).collect();
        let toks = tokenize(&text, &lx);
        check_spans(&text, &toks);
        let got: Vec<&str> = toks.iter().map(|t| t.text(&text)).collect();
        if got != want {
            failures.push(format!("line {n}: {text:?}\n  want {want:?}\n  got  {got:?}"));
            continue;
        }
        for spec in cols.next().unwrap_or_default().split(SEP).filter(|s| !s.is_empty()) {
            if let Err(e) = check(&text, &toks, spec) {
                failures.push(format!("line {n}: {text:?}: {e}"));
            }
        }
    }
    assert!(rows >= 60, "only {rows} rows");
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// Odd bytes never make an empty, overlapping or split-char span.
#[test]
fn odd_text_is_spanned() {
    let lx = Lexicons::builtin();
    let odd = [
        "\u{FEFF}\u{FEFF}",
        "\r\r\n\n\r",
        "\0\0x\0",
        "a\u{200D}\u{200D}b",
        "\u{301}\u{301}x",
        "👩‍👩‍👧‍👦👩‍👩‍👧",
        "&&amp;&#;&#x;",
        "\"'“”‘’«»‹›„",
        ". . . . .",
        "...!?…",
        "1,2,3.4.5/6/7:8",
        "@#@#",
        "http://",
        "www.",
        "a@b@c.d",
        "U.S.A.B.C.D.E.",
        "Ph.D.D.D",
        "N°N°.",
        "¡¿",
        "\u{10FFFF}",
        "x'",
        "'s's's",
    ];
    for s in odd {
        check_spans(s, &tokenize(s, &lx));
    }
}
