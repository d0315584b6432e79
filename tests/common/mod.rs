//! Helpers shared by the table-driven tests.

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
