//! Datelines: a document date stated at the top of the text.
//!
//! Matches, within the first lines: `date 2022-07-30`, `BRUSSELS 1996-08-22`,
//! `WASHINGTON, July 30, 2022 (Reuters) -`, `NEW YORK, Nov. 19, 2015 (UPI) —`.

use jiff::civil::Date;

use super::month_number;
use crate::text::{Analysis, Flags, TokenKind};

/// How far into the text a dateline may stand (bytes).
const DATELINE_WINDOW: u32 = 400;

/// The document date given by a dateline, if any.
pub fn find(a: &Analysis) -> Option<Date> {
    let toks = &a.tokens;
    for (i, t) in toks.iter().enumerate() {
        if t.start > DATELINE_WINDOW {
            break;
        }
        // A line's first token, or the first token of the text.
        let line_start = i == 0 || t.is(Flags::NEWLINE_BEFORE);
        if !line_start {
            continue;
        }
        if let Some(d) = at_line(a, i) {
            return Some(d);
        }
    }
    None
}

/// `date 2022-07-30` · `PLACE 1996-08-22` · `PLACE, July 30, 2022`.
fn at_line(a: &Analysis, i: usize) -> Option<Date> {
    let mut k = i;
    if a.word(k).eq_ignore_ascii_case("date") || a.word(k).eq_ignore_ascii_case("dated") {
        k += 1;
        if a.word(k) == ":" {
            k += 1;
        }
        return iso(a, k);
    }
    // An all-caps place of up to four tokens.
    let start = k;
    while k - start < 4 && a.tokens.get(k).is_some_and(|t| t.is(Flags::ALL_CAPS) && t.kind != TokenKind::Number) {
        k += 1;
    }
    if k == start {
        return None;
    }
    if a.word(k) == "," {
        k += 1;
    }
    if let Some(d) = iso(a, k) {
        return Some(d);
    }
    let m = month_number(a.word(k))?;
    let day: i8 = a.word(k + 1).parse().ok()?;
    let mut y = k + 2;
    if a.word(y) == "," {
        y += 1;
    }
    let year: i16 = a.word(y).parse().ok().filter(|y| (1800..=2999).contains(y))?;
    Date::new(year, m, day).ok()
}

fn iso(a: &Analysis, k: usize) -> Option<Date> {
    let t = a.tokens.get(k)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    crate::parse_date(a.word(k)).ok()
}
