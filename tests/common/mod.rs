//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/data/<rel>` beside the checkout, if it exists (CI has it; a bare clone may not).
pub fn shared_data(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data")).join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} is absent (the shared data folder is not beside the checkout)", p.display());
        None
    }
}

/// `../shared/eval/<rel>`, if it exists.
pub fn shared_eval(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval")).join(rel);
    p.exists().then_some(p)
}

/// The process-wide extractor (built once per test binary).
pub fn extractor() -> &'static whosaid::Extractor {
    static EX: std::sync::OnceLock<whosaid::Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(whosaid::Extractor::new)
}

/// Decodes the table's escapes: `\n`, `\r`, `\t`, `\0`, `\\`, `\u{XXXX}`.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('0') => out.push('\0'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let rest: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let hex = rest.trim_start_matches('{');
                let code = u32::from_str_radix(hex, 16).unwrap_or_else(|_| panic!("bad escape \\u{{{hex}}}"));
                out.push(char::from_u32(code).unwrap_or_else(|| panic!("bad code point {hex}")));
            }
            other => panic!("unknown escape \\{other:?} in {s:?}"),
        }
    }
    out
}

/// The rows of a test table: `(line number, line)` for every line that is not blank and not a
/// `#` comment.
pub fn table_rows(table: &str) -> impl Iterator<Item = (usize, &str)> {
    table.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()).map(|(n, l)| (n + 1, l))
}
