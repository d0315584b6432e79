//! Dates: temporal expressions, normalized to TimeML TIMEX3 values against the document date.
//!
//! The extent follows TimeML: no leading preposition ("on **Friday**"), with determiners and
//! modifiers ("**this week**"). Relative expressions resolve against the document date; bare
//! weekdays look at the tense of their clause ("announced on Friday" → the Friday before,
//! "will meet on Friday" → the Friday after).

pub mod dateline;

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

use super::{Candidate, Info};
use crate::document::{MentionKind, Timex, TimexType};
use crate::text::{Analysis, Flags, TokenKind};

/// What the date recognizer needs besides the text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The document date, if known.
    pub date: Option<Date>,
}

/// Finds the temporal expressions of a document.
pub fn find(a: &Analysis, ctx: &Context) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = a.tokens.len();
    let mut i = 0;
    while i < n {
        if let Some((end, timex)) = match_at(a, i, ctx) {
            out.push(Candidate { start: i, end, kind: MentionKind::Date, anaphoric: false, info: Info::Date(timex) });
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Month number of a month name or abbreviation (`July`, `Jul.`, `Sept.`).
pub fn month_number(w: &str) -> Option<i8> {
    let w = w.strip_suffix('.').unwrap_or(w);
    let m = match w.to_ascii_lowercase().as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Weekday of a weekday name (`Friday`, `Fri.`).
pub fn weekday(w: &str) -> Option<Weekday> {
    let w = w.strip_suffix('.').unwrap_or(w);
    let d = match w.to_ascii_lowercase().as_str() {
        "monday" | "mon" => Weekday::Monday,
        "tuesday" | "tue" | "tues" => Weekday::Tuesday,
        "wednesday" | "wed" => Weekday::Wednesday,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thursday,
        "friday" | "fri" => Weekday::Friday,
        "saturday" | "sat" => Weekday::Saturday,
        "sunday" | "sun" => Weekday::Sunday,
        _ => return None,
    };
    Some(d)
}

fn day_number(w: &str) -> Option<i8> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let d: i8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(w: &str) -> Option<i16> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i16 = w.parse().ok()?;
        (1000..=2999).contains(&y).then_some(y)
    } else {
        None
    }
}

/// Which way a relative expression points, read from its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Past,
    Future,
}

/// The tense around token `i`: future if a future marker precedes it in its sentence.
fn direction(a: &Analysis, i: usize) -> Direction {
    let s = a.sentence(a.sentence_of(i));
    for j in s.start..i.min(s.end) {
        let w = a.word(j);
        if matches!(
            w.to_ascii_lowercase().as_str(),
            "will"
                | "shall"
                | "'ll"
                | "’ll"
                | "next"
                | "scheduled"
                | "due"
                | "upcoming"
                | "planned"
                | "plans"
                | "expected"
                | "tomorrow"
        ) {
            return Direction::Future;
        }
    }
    Direction::Past
}

fn fmt_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// The weekday `wd` nearest to `doc` in direction `dir` (the document date itself counts for
/// the past: "said Friday" in a Friday paper).
fn resolve_weekday(doc: Date, wd: Weekday, dir: Direction) -> Date {
    let cur = doc.weekday().to_monday_zero_offset() as i64;
    let want = wd.to_monday_zero_offset() as i64;
    let delta = match dir {
        Direction::Past => -((cur - want).rem_euclid(7)),
        Direction::Future => {
            let d = (want - cur).rem_euclid(7);
            if d == 0 {
                7
            } else {
                d
            }
        }
    };
    doc.checked_add(delta.days()).unwrap_or(doc)
}

fn iso_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// Tries every rule at token `i`; returns the end token and value of the first that matches.
fn match_at(a: &Analysis, i: usize, ctx: &Context) -> Option<(usize, Timex)> {
    let t = a.tokens.get(i)?;
    let w = a.word(i);
    let doc = ctx.date;
    let date = |v: String| Timex::new(TimexType::Date, v);

    // 2022-07-30
    if t.kind == TokenKind::Number && w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-' {
        if let Ok(d) = crate::parse_date(w) {
            return Some((i + 1, date(fmt_date(d))));
        }
    }
    // 7/30/2022 (US order; day first only when the first number cannot be a month)
    if t.kind == TokenKind::Number && w.matches('/').count() == 2 {
        let p: Vec<&str> = w.split('/').collect();
        if let (Ok(x), Ok(y), Some(yr)) = (p[0].parse::<i8>(), p[1].parse::<i8>(), year_number(p[2])) {
            let (m, d) = if x > 12 { (y, x) } else { (x, y) };
            if let Ok(dd) = Date::new(yr, m, d) {
                return Some((i + 1, date(fmt_date(dd))));
            }
        }
    }
    // July 30, 2022 · July 30 · July 2022 · Jul. 30
    if let Some(m) = month_number(w).filter(|_| t.is(Flags::CAPITALIZED)) {
        if w == "May" || w == "March" {
            // Guard the verbs: a month needs a day or year next to it.
            let next_is_num = a.tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number);
            if !next_is_num {
                return None;
            }
        }
        if let Some(d) = day_number(a.word(i + 1)) {
            let mut end = i + 2;
            let mut year = None;
            let mut k = i + 2;
            if a.word(k) == "," {
                k += 1;
            }
            if let Some(y) = year_number(a.word(k)) {
                year = Some(y);
                end = k + 1;
            }
            let value = match year.or_else(|| doc.map(|d| d.year())) {
                Some(y) => format!("{y:04}-{m:02}-{d:02}"),
                None => format!("XXXX-{m:02}-{d:02}"),
            };
            return Some((end, date(value)));
        }
        if let Some(y) = year_number(a.word(i + 1)) {
            return Some((i + 2, date(format!("{y:04}-{m:02}"))));
        }
        let value = match doc {
            Some(d) => format!("{:04}-{m:02}", d.year()),
            None => format!("XXXX-{m:02}"),
        };
        return Some((i + 1, date(value)));
    }
    // 22 July (2022)
    if let Some(d) = day_number(w) {
        if let Some(m) =
            month_number(a.word(i + 1)).filter(|_| a.tokens.get(i + 1).is_some_and(|t| t.is(Flags::CAPITALIZED)))
        {
            let (end, year) = match year_number(a.word(i + 2)) {
                Some(y) => (i + 3, Some(y)),
                None => (i + 2, doc.map(|d| d.year())),
            };
            let value = match year {
                Some(y) => format!("{y:04}-{m:02}-{d:02}"),
                None => format!("XXXX-{m:02}-{d:02}"),
            };
            return Some((end, date(value)));
        }
    }
    // Friday · last Friday · next Monday
    if let Some(wd) = weekday(w).filter(|_| t.is(Flags::CAPITALIZED)) {
        let value = match doc {
            Some(d) => fmt_date(resolve_weekday(d, wd, direction(a, i))),
            None => format!("XXXX-WXX-{}", wd.to_monday_one_offset()),
        };
        return Some((i + 1, date(value)));
    }
    let lower = w.to_ascii_lowercase();
    match lower.as_str() {
        "today" | "yesterday" | "tomorrow" => {
            let off: i64 = match lower.as_str() {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            let value = match doc.and_then(|d| d.checked_add(off.days()).ok()) {
                Some(d) => fmt_date(d),
                None if off == 0 => "PRESENT_REF".to_string(),
                None => return None,
            };
            return Some((i + 1, date(value)));
        }
        "this" | "last" | "next" => {
            let unit = a.word(i + 1).to_ascii_lowercase();
            let step: i64 = match lower.as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            if let Some(wd) = weekday(a.word(i + 1)) {
                let d = doc?;
                let dir = if step > 0 { Direction::Future } else { Direction::Past };
                let mut r = resolve_weekday(d, wd, dir);
                if step == 0 {
                    r = resolve_weekday(d, wd, direction(a, i));
                }
                return Some((i + 2, date(fmt_date(r))));
            }
            let d = doc?;
            let value = match unit.as_str() {
                "week" => iso_week(d.checked_add((7 * step).days()).ok()?),
                "month" => {
                    let x = d.first_of_month().checked_add(step.months()).ok()?;
                    format!("{:04}-{:02}", x.year(), x.month())
                }
                "year" => format!("{:04}", d.year() as i64 + step),
                _ => return None,
            };
            return Some((i + 2, date(value)));
        }
        _ => {}
    }
    // A bare year after a preposition: "in 2019", "since 1987".
    if let Some(y) = year_number(w) {
        let prev = a.word(i.wrapping_sub(1)).to_ascii_lowercase();
        if i > 0
            && matches!(
                prev.as_str(),
                "in" | "since" | "by" | "until" | "of" | "from" | "to" | "before" | "after" | "during" | "through"
            )
        {
            return Some((i + 1, date(format!("{y:04}"))));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_resolution() {
        let sat = Date::new(2022, 7, 30).unwrap();
        assert_eq!(resolve_weekday(sat, Weekday::Friday, Direction::Past), Date::new(2022, 7, 29).unwrap());
        assert_eq!(resolve_weekday(sat, Weekday::Friday, Direction::Future), Date::new(2022, 8, 5).unwrap());
        assert_eq!(resolve_weekday(sat, Weekday::Saturday, Direction::Past), sat);
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(iso_week(Date::new(2022, 7, 30).unwrap()), "2022-W30");
        assert_eq!(iso_week(Date::new(2021, 1, 1).unwrap()), "2020-W53");
    }
}
