//! Dates: temporal expressions, normalized to TimeML TIMEX3 values against the document date.
//!
//! The extent follows TimeML: no leading preposition ("on **Friday**"), with determiners and
//! modifiers ("**this week**", "**the past two years**", "**about three weeks**"). Relative
//! expressions resolve against the document date; bare weekdays, months and holidays look at
//! the tense of their clause ("announced on Friday" → the Friday before, "will meet on Friday"
//! → the Friday after); "two days later" counts from the last date the text gave. Without a
//! document date, values stay under-specified (`XXXX-WXX-5`, `XXXX-07-22`).
//!
//! - [`words`]: word classes (months, weekdays, numbers, units).
//! - [`rules`]: the grammar, one function per phrase shape.
//! - [`calendar`]: calendar arithmetic (jiff), holidays; [`tense`]: direction from the clause.
//! - [`hebrew`], [`islamic`], [`observed`]: the feasts of other calendars ([`fixed`] day numbers).
//! - [`value`]: the typed value ([`TimexValue`]) and its TIMEX3 string.
//! - [`dateline`]: the document date from a dateline.

pub mod calendar;
pub mod dateline;
pub mod fixed;
pub mod hebrew;
pub mod islamic;
pub mod observed;
pub mod rules;
pub mod tense;
pub mod value;
pub mod words;

use std::sync::OnceLock;

use jiff::civil::Date;

pub use value::{DayPart, Reference, Season, TimeOfDay, TimexValue, Unit};

use super::{Candidate, Info};
use crate::document::{MentionKind, Timex};
use crate::lexicon::Lexicons;
use crate::text::Analysis;

/// What the date recognizer needs besides the text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The document date, if known.
    pub date: Option<Date>,
}

/// Finds the temporal expressions of a document.
pub fn find(a: &Analysis, ctx: &Context) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut scanner = rules::Scanner::new(a, ctx.date);
    let mut i = 0;
    while i < a.tokens.len() {
        match scanner.match_at(i).filter(|f| f.end > i) {
            Some(f) => {
                scanner.note(i, &f);
                let end = f.end;
                out.push(Candidate {
                    start: i,
                    end,
                    kind: MentionKind::Date,
                    anaphoric: false,
                    info: Info::Date(timex(f)),
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The output form of a found expression.
fn timex(f: rules::Found) -> Timex {
    let mut t = Timex::new(f.value.timex_type(), f.value.to_string());
    t.modifier = f.modifier.map(str::to_string);
    t.quant = f.quant.map(str::to_string);
    t.freq = f.freq.map(|n| f.freq_unit.map_or_else(|| format!("{n}X"), |u| u.freq(n)));
    t.typed = Some(f.value);
    t
}

/// Resolves a single temporal phrase against a date: the first temporal expression in `phrase`.
///
/// The first call builds the built-in lexicons once (for the tokenizer's abbreviations).
///
/// ```
/// use whosaid::dates::{parse, TimexValue};
///
/// let sat = whosaid::parse_date("2022-07-30").ok();
/// let t = parse("next Friday", sat).unwrap();
/// assert_eq!(t.value, "2022-08-05");
/// assert_eq!(t.typed, Some(TimexValue::Day { year: Some(2022), month: 8, day: 5 }));
///
/// assert_eq!(parse("three weeks", sat).unwrap().value, "P3W");
/// assert_eq!(parse("Friday", None).unwrap().value, "XXXX-WXX-5");
/// ```
pub fn parse(phrase: &str, date: Option<Date>) -> Option<Timex> {
    static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
    let lexicons = LEXICONS.get_or_init(Lexicons::builtin);
    let a = Analysis::new(phrase, lexicons);
    find(&a, &Context { date }).into_iter().find_map(|c| match c.info {
        Info::Date(t) => Some(t),
        _ => None,
    })
}

/// Month number of a month name or abbreviation (`July`, `Jul.`, `Sept.`).
pub fn month_number(w: &str) -> Option<i8> {
    words::month(words::Lower::of(w).as_str())
}
