//! The date grammar: one small function per phrase shape, tried at each token that can start a
//! temporal expression.
//!
//! This module holds the walker ([`Scanner`]: the document, its dates so far, the token helpers)
//! and the dispatch from a token's first word to the rules; the rules live in one module per
//! family of phrases:
//!
//! - `absolute`: dates written out (`July 30, 2022`, `7/30/2022`, `in 2019`);
//! - `relative`: `last week`, `next Friday`, `the following day`, `that year`;
//! - `durations`: amounts of time and dates counted from them (`three years`, `two days ago`);
//! - `periods`: decades, centuries, quarters, halves, fiscal years, seasons;
//! - `days`: weekdays, days and parts of days (`Friday evening`, `the 12th`, `at dawn`);
//! - `times`: clock times (`3 p.m.`, `half past three`);
//! - `positions`: `early 2021`, `the end of the month`;
//! - `references`: `now`, `recently`, `for a while`;
//! - `sets`: recurrences (`every Monday`, `twice a week`);
//! - `holidays`: `Christmas`, `last Thanksgiving`; `feasts`: `Passover`, `Eid al-Fitr`;
//! - `first_words`: the first-word test before any rule.

mod absolute;
mod days;
mod durations;
mod feasts;
mod first_words;
mod holidays;
mod periods;
mod positions;
mod references;
mod relative;
mod sets;
mod times;

use jiff::civil::Date;

use super::calendar::{self, Tense};
use super::tense;
use super::value::{DayPart, Reference, Season, TimeOfDay, TimexValue, Unit};
use super::words;
use crate::text::{Analysis, Flags, TokenKind};
use first_words::may_start_word;

/// A temporal expression found at a token range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// One past the last token.
    pub end: usize,
    /// The value.
    pub value: TimexValue,
    /// TIMEX3 `mod`.
    pub modifier: Option<&'static str>,
    /// TIMEX3 `quant` of a set.
    pub quant: Option<&'static str>,
    /// TIMEX3 `freq` of a set (times per period).
    pub freq: Option<u32>,
    /// The unit of `freq` when it counts units, not times (`3D` in "three days a week").
    pub freq_unit: Option<Unit>,
    /// The year was written in the text (`July 1936`, `1936`), not taken from the document date.
    pub explicit_year: bool,
    /// Counted from the document date (`two years ago`, `yesterday`, `next week`).
    pub doc_relative: bool,
}

impl Found {
    fn new(end: usize, value: TimexValue) -> Found {
        Found {
            end,
            value,
            modifier: None,
            quant: None,
            freq: None,
            freq_unit: None,
            explicit_year: false,
            doc_relative: false,
        }
    }

    fn explicit(mut self) -> Found {
        self.explicit_year = true;
        self
    }

    /// This found value with the written-year mark of `of` (a phrase built around it).
    fn explicit_as(mut self, of: &Found) -> Found {
        self.explicit_year = of.explicit_year;
        self
    }

    fn doc_relative(mut self) -> Found {
        self.doc_relative = true;
        self
    }

    fn with_mod(mut self, m: &'static str) -> Found {
        self.modifier = Some(m);
        self
    }
}

/// A token lower-cased (ASCII letters): a slice of the analysis' lower-cased text.
#[derive(Debug, Clone, Copy)]
struct Lw<'s>(&'s str);

impl<'s> Lw<'s> {
    fn as_str(&self) -> &'s str {
        self.0
    }
}

/// Walks a document's tokens, remembering the last absolute date for anchored expressions.
pub struct Scanner<'s, 't> {
    a: &'s Analysis<'t>,
    doc: Option<Date>,
    anchor: Option<Date>,
    /// The first day of the last quarter named in the text and its sentence ("the third quarter
    /// ... a year earlier").
    quarter_anchor: Option<(Date, usize)>,
    /// The last year written in the text, when a narrative far from the document date sets the
    /// year of year-less dates ("In 1936 ... on May 4").
    narrative_year: Option<i16>,
    /// The text is a narrative far from the document date (most written years are more than a
    /// year away from it, or there is no document date): year-less dates take the last written year.
    narrative: bool,
    /// The sentence of the anchor.
    anchor_sentence: usize,
    /// The anchor is a day (not the first day of a month or year).
    anchor_is_day: bool,
    /// The anchor is a month (its first day stands for it).
    anchor_is_month: bool,
    /// The anchor's year was written in the text.
    anchor_explicit: bool,
    /// The years written in the text (all-digit tokens) and their tokens, in text order.
    years: Vec<(usize, i16)>,
    /// The last part of a day found, with the token it ends at and its day (unknown without a
    /// document date): `this morning` before `[at 9]`.
    last_part: Option<(usize, Option<TimexValue>, DayPart)>,
}

/// Years away from the story's year beyond which a year the text does not come back to is an
/// aside ("the largest cavalry battle since 1813").
const FAR_ASIDE: i16 = 10;

/// How many sentences after a quarter is named "a year earlier" still means that quarter a year
/// before ("third-quarter profit rose ... Revenue fell ... from $9 million a year earlier").
const QUARTER_REACH: usize = 1;

/// How many years far from the document date (and more than those near it) make a dated text a
/// narrative whose year-less dates follow the story.
const NARRATIVE_YEARS: usize = 6;

/// How far ahead (tokens) the next written year is looked for when judging an aside.
const ASIDE_WINDOW: usize = 400;

/// Prepositions after which a bare number is read as a year ("in 2019", "since 1987").
fn year_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "of"
            | "from"
            | "to"
            | "before"
            | "after"
            | "during"
            | "through"
            | "throughout"
            | "for"
            | "early"
            | "late"
            | "mid"
            | "between"
            | "fiscal"
            | "year"
            | "around"
            | "circa"
            | "and"
            | "or"
            | "than"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
    )
}

/// The month in the middle of a season, for reading its year like a month's (a winter takes
/// the year it begins in: "last winter" in July 2022 is `2021-WI`).
fn season_month(season: Season) -> i8 {
    match season {
        Season::Spring => 4,
        Season::Summer => 7,
        Season::Fall => 10,
        Season::Winter => 12,
    }
}

/// A hyphen or dash between the ends of a range.
fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—" | "‐" | "‑")
}

/// True when the (lower-cased) word `w` joins the two ends of a range: `[June 3] to [4]` ·
/// `[from 2] to [4 p.m.]` · `[between 9:30] and [11:00]` · `[12]-[14 July]` · `through`, `until`.
fn joins_range(w: &str) -> bool {
    matches!(w, "and" | "to" | "through" | "thru" | "until" | "till") || is_dash(w)
}

/// The word joining two days, or two periods, named side by side: a range or an alternative:
/// `[April 24] and [25]` · `[May 5] or [6]` · `[the 18th] and [19th centuries]` · `[the 1960s] or [70s]`.
fn joins_days(w: &str) -> bool {
    joins_range(w) || w == "or"
}

/// Words that may follow a season or a part of the day standing alone ("in the summer, when ...",
/// "the winter of", "at 4 in the morning and"): function words, not a noun the word modifies.
fn season_follower(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "when"
            | "as"
            | "before"
            | "after"
            | "until"
            | "of"
            | "in"
            | "on"
            | "at"
            | "with"
            | "to"
            | "for"
            | "by"
            | "from"
            | "the"
            | "a"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "his"
            | "her"
            | "their"
            | "its"
            | "was"
            | "were"
            | "had"
            | "saw"
            | "brought"
            | "came"
            | "that"
            | "while"
            | "but"
    )
}

/// The TIMEX3 `mod` of a position in a period: `early` (START), `late` (END), `mid` (MID).
fn position_mod(w: &str) -> Option<&'static str> {
    match w {
        "early" => Some("START"),
        "late" => Some("END"),
        "mid" => Some("MID"),
        _ => None,
    }
}

/// The `n`th century, by its first two digits: the 19th century is `18`.
fn century(n: u32) -> Option<TimexValue> {
    Some(TimexValue::Century(i16::try_from(n).ok()?.checked_sub(1)?))
}

impl<'s, 't> Scanner<'s, 't> {
    /// A scanner over `a` with the document date `doc`.
    pub fn new(a: &'s Analysis<'t>, doc: Option<Date>) -> Scanner<'s, 't> {
        let years: Vec<(usize, i16)> = a
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.is(Flags::ALL_DIGITS))
            .filter_map(|(i, _)| words::year(a.word(i)).map(|y| (i, y)))
            .collect();
        let narrative = match doc {
            None => true,
            Some(d) => {
                let far = years.iter().filter(|&&(_, y)| (d.year() - y).abs() > 1).count();
                far >= NARRATIVE_YEARS && far > years.len() - far
            }
        };
        Scanner {
            a,
            doc,
            anchor: None,
            quarter_anchor: None,
            narrative_year: None,
            narrative,
            anchor_sentence: 0,
            anchor_is_day: false,
            anchor_is_month: false,
            anchor_explicit: false,
            years,
            last_part: None,
        }
    }

    /// True when the year `y` written before token `end` is an aside in a narrative: the next
    /// year the text writes (within [`ASIDE_WINDOW`] tokens) is nearer the story's year than to
    /// `y` ("In 1920 ..., a city taken by Napoleon in 1812. On 6 September ..., 1920").
    fn aside(&self, end: usize, y: i16) -> bool {
        let Some(story) = self.narrative_year.filter(|&s| self.narrative && s != y) else {
            return false;
        };
        let k = self.years.partition_point(|&(i, _)| i < end);
        match self.years.get(k) {
            Some(&(i, next)) if i < end + ASIDE_WINDOW => (next - story).abs() < (next - y).abs(),
            _ => (y - story).abs() > FAR_ASIDE,
        }
    }

    /// Records a found value as the anchor of later relative expressions ("two days later").
    pub fn note(&mut self, start: usize, f: &Found) {
        if let TimexValue::Time { date, time: TimeOfDay::Part(p) } = &f.value {
            self.last_part = Some((f.end, date.as_deref().cloned(), *p));
        }
        let relative = matches!(self.lw(f.end.wrapping_sub(1)).as_str(), "ago" | "earlier" | "later");
        if let (TimexValue::Quarter { year: Some(y), quarter }, false) = (&f.value, relative) {
            self.quarter_anchor = Date::new(*y, quarter * 3 - 2, 1).ok().map(|d| (d, self.a.sentence_of(start)));
        }
        let d = match &f.value {
            TimexValue::Day { .. } => f.value.date(),
            // "the night of 10 August 1792": its day.
            TimexValue::Time { date: Some(day), .. } if f.explicit_year => day.date(),
            TimexValue::Month { year: Some(y), month } => Date::new(*y, *month, 1).ok(),
            TimexValue::Year(y) => Date::new(*y, 1, 1).ok(),
            _ => None,
        };
        if f.explicit_year && d.is_some_and(|d| self.aside(f.end, d.year())) {
            return;
        }
        // A date in brackets is an aside: "the Civil Constitution of the Clergy (1790)".
        let bracketed = self.kind(start.wrapping_sub(1)) == Some(TokenKind::OpenBracket)
            && self.kind(f.end) == Some(TokenKind::CloseBracket);
        if bracketed && self.narrative {
            return;
        }
        // In a narrative, values counted from the document date ("today") do not move the story's date.
        let from_doc = self.narrative
            && (f.doc_relative
                || (!f.explicit_year && self.doc.is_some_and(|doc| d.is_some_and(|d| d.year() == doc.year()))));
        if d.is_some() && !from_doc {
            self.anchor = d;
            self.anchor_sentence = self.a.sentence_of(start);
            self.anchor_is_day = matches!(f.value, TimexValue::Day { .. } | TimexValue::Time { .. });
            self.anchor_is_month = matches!(f.value, TimexValue::Month { .. });
            self.anchor_explicit = f.explicit_year;
        }
        if f.explicit_year {
            self.narrative_year = d.map(|d| d.year());
            // A year before the common era makes any text a narrative.
            self.narrative |= self.narrative_year.is_some_and(|y| y < 0);
        }
    }

    #[inline]
    fn lw(&self, i: usize) -> Lw<'s> {
        Lw(words::usual_spelling(self.a.lower(i)))
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.lw(i).as_str() == w
    }

    fn cap(&self, i: usize) -> bool {
        self.a.tokens.get(i).is_some_and(|t| t.is(Flags::CAPITALIZED))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.a.tokens.get(i).map(|t| t.kind)
    }

    fn prev(&self, i: usize) -> Lw<'s> {
        match i.checked_sub(1) {
            Some(p) => self.lw(p),
            None => Lw(""),
        }
    }

    fn tense(&self, i: usize) -> Tense {
        tense::at(self.a, i)
    }

    /// The document date's value at the period of `unit` moved by `n`, or a reference without one.
    fn relative_period(&self, n: i64, unit: Unit) -> TimexValue {
        match self.doc.and_then(|d| calendar::step(d, n, unit)) {
            Some(d) => calendar::period(d, unit),
            None => TimexValue::Reference(match n {
                0 => Reference::Present,
                n if n < 0 => Reference::Past,
                _ => Reference::Future,
            }),
        }
    }

    /// The temporal expression starting at token `i`, if any.
    pub fn match_at(&self, i: usize) -> Option<Found> {
        let t = self.a.tokens.get(i)?;
        let f = match t.kind {
            TokenKind::Number => self.number_start(i),
            TokenKind::Word | TokenKind::Abbreviation => self.word_start(i),
            TokenKind::OpenQuote | TokenKind::CloseQuote => self.short_decade(i),
            _ => None,
        };
        f.map(|f| self.clock_after_date(f))
    }

    /// Rules that start with a number: `2022-07-30`, `7/30/2022`, `3 p.m.`, `30 July`,
    /// `three years`, `2019`.
    fn number_start(&self, i: usize) -> Option<Found> {
        self.iso_date(i)
            .or_else(|| self.bc_year(i))
            .or_else(|| self.year_before_era(i))
            .or_else(|| self.slashed_date(i))
            .or_else(|| self.day_month_year_token(i))
            .or_else(|| self.clock(i))
            .or_else(|| self.range_first_hour(i))
            .or_else(|| self.military_clock(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.bare_ordinal_of_month(i))
            .or_else(|| self.second_day(i))
            .or_else(|| self.range_first_day(i))
            .or_else(|| self.day_range_month(i))
            .or_else(|| self.bare_century(i))
            .or_else(|| self.bare_ordinal_period(i, self.lw(i).as_str()))
            .or_else(|| self.spoken_clock(i, self.a.word(i)))
            .or_else(|| self.amount_start(i))
            .or_else(|| self.decade_number(i))
            .or_else(|| self.second_short_decade(i))
            .or_else(|| self.year_range(i))
            .or_else(|| self.season_years(i))
            .or_else(|| self.year_season(i))
            .or_else(|| self.bare_year(i))
    }

    /// Rules that start with an amount, a number or a number word: `2 1/2 years`, `two to three
    /// years`, `three years ago`, `twice a week`.
    fn amount_start(&self, i: usize) -> Option<Found> {
        self.half_amount(i)
            .or_else(|| self.decimal_amount(i))
            .or_else(|| self.amount_range(i, "to"))
            .or_else(|| self.dashed_amount_range(i))
            .or_else(|| self.amount_phrase(i))
            .or_else(|| self.times_per(i))
    }

    /// Rules that start with a word, behind the cheap test that most words fail at once.
    fn word_start(&self, i: usize) -> Option<Found> {
        let w = self.lw(i).as_str();
        if !may_start_word(w) {
            return None;
        }
        self.word_rules(i, w)
    }

    /// [`Scanner::match_at`] without the [`may_start_word`] test: what the test must never
    /// change (checked by the unit tests over the sample text and the date table).
    #[cfg(test)]
    fn match_at_ungated(&self, i: usize) -> Option<Found> {
        match self.a.tokens.get(i)?.kind {
            TokenKind::Word | TokenKind::Abbreviation => {
                self.word_rules(i, self.lw(i).as_str()).map(|f| self.clock_after_date(f))
            }
            _ => self.match_at(i),
        }
    }

    /// The rules that start with the word `w` at token `i`.
    fn word_rules(&self, i: usize, w: &str) -> Option<Found> {
        if let Some(f) = self.someday(i, w).or_else(|| self.a_while(i, w)).or_else(|| self.approximate(i, w)) {
            return Some(f);
        }
        if let Some(f) = self
            .position(i, w)
            .or_else(|| self.day_part_phrase(i, w))
            .or_else(|| self.day_edge_phrase(i, w))
            .or_else(|| self.overnight(i, w))
        {
            return Some(f);
        }
        match w {
            "the" => {
                return self
                    .monthly_weekday(i)
                    .or_else(|| self.better_part(i))
                    .or_else(|| self.the_phrase(i).map(|f| self.or_so(f)))
                    .or_else(|| self.holy_month(i))
            }
            "between" => return self.amount_range(i + 1, "and"),
            "this" | "last" | "next" | "coming" | "past" | "previous" => {
                return self.this_time(i).or_else(|| self.relative(i, w).map(|f| self.or_so(f.doc_relative())))
            }
            // "late Friday" (the adverbs "earlier Friday", "later Sunday" stay out of the extent).
            "early" | "late" if self.weekday_at(i + 1).is_some() => {
                let m = position_mod(w)?;
                let f = self.weekday_phrase(i + 1, words::weekday(self.lw(i + 1).as_str())?)?;
                return Some(if f.modifier.is_none() { f.with_mod(m) } else { f });
            }
            "later" | "earlier" if self.is(i + 1, "that") => return self.anchored_that(i + 1),
            // "earlier this month": the period, with the word in the extent.
            "later" | "earlier" if matches!(self.lw(i + 1).as_str(), "this" | "last" | "next") => {
                let n = self.lw(i + 1);
                return self.relative(i + 1, n.as_str()).map(Found::doc_relative);
            }
            "right" if self.is(i + 1, "now") => return Some(present(i + 2)),
            "earlier" | "later" | "early" | "late"
                if matches!(self.lw(i + 1).as_str(), "today" | "yesterday" | "tomorrow") =>
            {
                return self.day_word(i + 1, self.lw(i + 1).as_str());
            }
            "every" | "each" => return self.every(i, w),
            "alternate" => return self.alternate(i, w),
            "fiscal" => return self.fiscal(i),
            "these" if self.is(i + 1, "days") => return Some(present(i + 2)),
            // "these past few weeks", "these last months"
            "these" if matches!(self.lw(i + 1).as_str(), "past" | "last") => {
                let n = self.lw(i + 1);
                return self.the_relative(i + 1, n.as_str()).filter(|f| matches!(f.value, TimexValue::Duration { .. }));
            }
            "a" if self.is(i + 1, "later") && self.is(i + 2, "date") => {
                return Some(Found::new(i + 3, TimexValue::Reference(Reference::Future)))
            }
            "a" | "an" | "per" if self.rate(i, w).is_some() => return self.rate(i, w),
            "a" if self.is(i + 1, "quarter") => {
                if let Some(f) = self.spoken_clock(i + 1, "quarter") {
                    return Some(f); // "a quarter past nine"
                }
            }
            "that" => return self.anchored_that(i),
            "noon" | "midday" | "midnight" => return self.clock(i),
            "ad" | "a.d." => return self.era_before_year(i),
            "day" if self.day_beside_today(i).is_some() => return self.day_beside_today(i),
            "close" => return self.end_of_day(i),
            "moments" if self.is(i + 1, "ago") => {
                return Some(Found::new(i + 2, TimexValue::Reference(Reference::Past)))
            }
            _ => {}
        }
        if let Some(f) = self.spoken_clock(i, w) {
            return Some(f);
        }
        if let Some(f) = self.weekends(i, w) {
            return Some(f);
        }
        if w == "nightly" {
            return Some(Found::new(i + 1, TimexValue::Set(Box::new(part_of(None, DayPart::Night)))));
        }
        if let Some(f) = self
            .times_frequency(i)
            .or_else(|| self.day_word(i, w))
            .or_else(|| self.reference(i, w))
            .or_else(|| self.frequency_word(i, w))
        {
            return Some(f);
        }
        if let Some(m) = words::month(w) {
            return self.month_phrase(i, m).or_else(|| self.holiday_phrase(i)); // "May Day"
        }
        if let Some(m) = words::month_in_date(w).filter(|_| self.kind(i + 1) == Some(TokenKind::Number)) {
            // "Mar 3", "Sep 14" (not "Jun 1,100.7" in a table)
            return self.month_phrase(i, m).filter(|f| matches!(f.value, TimexValue::Day { .. }));
        }
        if let Some(f) = self.short_weekday_date(i, w) {
            return Some(f);
        }
        if let Some(d) = words::weekday(w) {
            return self.weekday_phrase(i, d);
        }
        if let Some(d) = words::weekday_plural(w) {
            return self.weekday_set(i, d);
        }
        self.holiday_phrase(i)
            .or_else(|| self.bare_ordinal_period(i, w))
            .or_else(|| self.the_period(i, w).filter(|_| matches!(w, "year-earlier" | "year-ago")))
            .or_else(|| self.spoken_year(i))
            .or_else(|| self.recent_units(i, w))
            .or_else(|| self.bare_century(i))
            .or_else(|| self.year_end(i, w))
            .or_else(|| self.long_compound(i, w))
            .or_else(|| self.amount_start(i))
            .or_else(|| self.quarter_code(i))
            .or_else(|| self.fiscal_code(i, w))
            .or_else(|| self.season_year(i, w))
            .or_else(|| self.bare_units(i, w))
    }

    /// `[the] day before yesterday` · `[the] day after tomorrow` (`the` is often left out:
    /// "see you day after tomorrow"): two days from the document date.
    fn day_beside_today(&self, i: usize) -> Option<Found> {
        let step = match (self.lw(i + 1).as_str(), self.lw(i + 2).as_str()) {
            ("before", "yesterday") => -2,
            ("after", "tomorrow") => 2,
            _ => return None,
        };
        self.is(i, "day").then(|| Found::new(i + 3, self.relative_period(step, Unit::Day)).doc_relative())
    }

    /// True when a word that is no function word stands at `k` ("10 years", "six votes").
    fn word_follows(&self, k: usize) -> bool {
        self.a.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && !season_follower(self.lw(k).as_str())
    }

    /// The weekday named by the word at `k`: `Friday`, `Fri.`, `friday` (see [`Scanner::date_name`]).
    fn weekday_at(&self, k: usize) -> Option<i8> {
        words::weekday(self.lw(k).as_str()).filter(|_| self.date_name(k))
    }

    /// The month named by the word at `k`: `July`, `Jul.`, `july` (not "may", the verb).
    fn month_at(&self, k: usize) -> Option<i8> {
        words::month(self.lw(k).as_str()).filter(|_| self.date_name(k))
    }

    /// True when the weekday or month word at `k` is written as a name: capitalized (`Friday`,
    /// `July`), or in lower case (as in all-lower-case text) where no other word is spelled so:
    /// a full weekday (`monday morning`) or a full month name (`october 2nd`); a dotted short
    /// month (`oct. 3`) and the months that are verbs too (`may 5, 2021`, `march 3 2015`) only in
    /// the shape of a date ([`Scanner::lower_month_in_date`]). Not `sun.`, `wed.` (sentence-final
    /// words), nor "they may 5" or "march on".
    fn date_name(&self, k: usize) -> bool {
        if self.cap(k) {
            return true;
        }
        let lw = self.lw(k);
        match lw.as_str() {
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" => true,
            w if words::plain_month(w).is_some() => true,
            w if words::month(w).is_some() => self.lower_month_in_date(k),
            _ => false,
        }
    }

    /// True when the lower-case month word at `k` stands in an unmistakable date: a day and a
    /// year after it (`may 5, 2021`, `march 3 2015`), a day after `on` (`on march 3`), a day
    /// written as an ordinal (`march 3rd`, `[the 3rd of] march`), a year after a preposition (`in
    /// march 2019`), or a day before it and a year after (`15 mar. 2015`).
    fn lower_month_in_date(&self, k: usize) -> bool {
        let day_after = self.day_number_at(k + 1).is_some();
        let ordinal_at = |j: usize| self.day_number_at(j).is_some() && words::ordinal(self.a.word(j)).is_some();
        let year_at = |j: usize| self.year_after(j).is_some();
        let p = self.prev(k);
        (day_after && (year_at(k + 2) || p.as_str() == "on"))
            || ordinal_at(k + 1)
            || (p.as_str() == "of" && k > 1 && ordinal_at(k - 2))
            || (year_at(k + 1) && year_preposition(p.as_str()))
            || (k > 0 && self.day_number_at(k - 1).is_some() && year_at(k + 1))
    }

    /// The day of the month written as a number at `k`: `30`, `30th`.
    fn day_number_at(&self, k: usize) -> Option<i8> {
        words::day_of_month(self.a.word(k)).filter(|_| self.kind(k) == Some(TokenKind::Number))
    }

    /// True when token `i` opens its sentence (`[Hours] of debate ...`).
    fn opens_sentence(&self, i: usize) -> bool {
        self.a.sentence(self.a.sentence_of(i)).start == i
    }

    /// True when a lower-case word stands at `k`: "[1987] saw", "[his unsuccessful] 1996".
    fn lower_word(&self, k: usize) -> bool {
        self.a.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.is(Flags::LOWER))
    }

    /// True when a lower-case word that is no function word stands at `k`: a noun that the word
    /// before it names the time of ("the spring offensive", "the May elections", "4 in the
    /// morning session"), not "in the summer, when".
    fn noun_follows(&self, k: usize) -> bool {
        self.lower_word(k) && !season_follower(self.lw(k).as_str())
    }

    /// True when token `i` is capitalized inside its sentence (not as its first word).
    fn title_case(&self, i: usize) -> bool {
        self.cap(i) && !self.opens_sentence(i)
    }

    fn is_possessive(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Possessive)
    }

    /// `the ...`: decades, centuries, `the 30th of July`, quarters and halves, `the past two
    /// years`, `the next day`, `the past`, `the future`, `the summer of 2020`.
    fn the_phrase(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        let nw = self.lw(j);
        let n = nw.as_str();
        if let Some(y) =
            words::year(self.a.word(j)).filter(|_| self.a.tokens.get(j).is_some_and(|t| t.is(Flags::ALL_DIGITS)))
        {
            if let Some(f) = self.quarter_of_year(j + 1, y) {
                return Some(f.explicit());
            }
        }
        if let Some(f) = self
            .decade_at(j)
            .or_else(|| self.early_hours(j))
            .or_else(|| self.part_of_day_of(j))
            .or_else(|| self.first_of_two_centuries(j))
            .or_else(|| self.week_of_month(j))
            .or_else(|| self.nth_day_of_month(j))
            .or_else(|| self.ordinal_of_month(j))
            .or_else(|| self.day_of_this_month(j))
            .or_else(|| self.years_part(j))
            .or_else(|| self.day_month(j))
            .or_else(|| self.position(j, n))
        {
            return Some(f);
        }
        if let Some(f) = self
            .ordinal_period(j)
            .or_else(|| self.two_quarters(j))
            .or_else(|| self.the_period(j, n))
            .or_else(|| self.the_counted(j, n))
            .or_else(|| self.units_ahead(j))
        {
            return Some(f);
        }
        if let Some(f) = self.the_year(j).or_else(|| if n == "fiscal" { self.fiscal(j) } else { None }) {
            return Some(f);
        }
        match n {
            "past" | "last" | "next" | "coming" | "following" | "previous" | "preceding" | "prior" | "same" => {
                self.the_relative(j, n)
            }
            "future" => Some(Found::new(j + 1, TimexValue::Reference(Reference::Future))),
            "new" => self.the_new_year(j),
            "turn" if self.is(j + 1, "of") && self.is(j + 2, "the") => self.turn_of(j + 3),
            "week" if self.is(j + 1, "of") => self.week_of(j + 2),
            "week" if !matches!(self.lw(j + 1).as_str(), "before" | "after" | "following" | "earlier") => {
                Some(Found::new(j + 1, self.relative_period(0, Unit::Week)))
            }
            _ if words::decade_word(n).is_some() => {
                Some(Found::new(j + 1, TimexValue::Decade(190 + words::decade_word(n)?)))
            }
            "near" | "distant" | "foreseeable" if self.is(j + 1, "future") => {
                Some(Found::new(j + 2, TimexValue::Reference(Reference::Future)))
            }
            // "in the near term", "over the short term", "in the long term".
            "near" | "short" | "long" if self.is(j + 1, "term") => {
                Some(Found::new(j + 2, TimexValue::Reference(Reference::Future)))
            }
            "present" if !self.a.tokens.get(j + 1).is_some_and(|t| t.is_wordlike()) => Some(present(j + 1)),
            "day" if self.day_beside_today(j).is_some() => self.day_beside_today(j),
            "day" | "week" | "month" | "year" if self.is(j + 1, "after") && self.is(j + 2, "next") => {
                let unit = words::unit(n)?.unit;
                Some(Found::new(j + 3, self.relative_period(2, unit)))
            }
            // "the year before last": two back.
            "week" | "month" | "year" if self.is(j + 1, "before") && self.is(j + 2, "last") => {
                let unit = words::unit(n)?.unit;
                Some(Found::new(j + 3, self.relative_period(-2, unit)).doc_relative())
            }
            "day" | "week" | "month" if matches!(self.lw(j + 1).as_str(), "after" | "before") => {
                self.unit_after(j).or_else(|| self.day_beside_day(j))
            }
            // "the night before." (not "the night before the vote")
            _ if words::day_part(n).is_some()
                && self.is(j + 1, "before")
                && !self.a.tokens.get(j + 2).is_some_and(|t| t.is_wordlike()) =>
            {
                self.part_next_to(j, j + 2, -1)
            }
            _ if words::day_part(n).is_some() => self.the_day_part(i, j),
            _ if words::unit(n).is_some_and(|u| u.plural) => self.over_the_units(j),
            _ => {
                // "the summer of 1979", "the spring and summer of 1979", "the summer".
                let season = words::season(n)?;
                self.season_year(j, n)
                    .or_else(|| if self.is(j + 1, "of") { None } else { self.season_alone(j, season) })
            }
        }
    }
}

/// The day offset of `today`, `yesterday`, `tomorrow`.
fn day_offset(w: &str) -> Option<i64> {
    match w {
        "today" => Some(0),
        "yesterday" => Some(-1),
        "tomorrow" => Some(1),
        _ => None,
    }
}

/// `PRESENT_REF` ending at `end`.
fn present(end: usize) -> Found {
    Found::new(end, TimexValue::Reference(Reference::Present))
}

/// A part of a day: `2022-07-29TEV` (a reference day gives an unknown date).
fn part_of(day: Option<TimexValue>, p: DayPart) -> TimexValue {
    let date = day.filter(|d| !matches!(d, TimexValue::Reference(_))).map(Box::new);
    TimexValue::Time { date, time: TimeOfDay::Part(p) }
}

#[cfg(test)]
/// The TIMEX3 values of all expressions in `text`, written on `date` (as in a document, with the
/// anchors earlier sentences give).
fn values(text: &str, date: &str) -> Vec<String> {
    let lexicons = crate::lexicon::Lexicons::builtin();
    let a = crate::text::Analysis::new(text, &lexicons);
    let ctx = crate::recognize::dates::Context { date: date.parse().ok() };
    crate::recognize::dates::find(&a, &ctx)
        .into_iter()
        .filter_map(|c| match c.info {
            crate::recognize::Info::Date(t) => Some(t.value),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
/// The TIMEX3 value (and `mod`) of the first expression in `phrase`, written on `date`.
fn value(phrase: &str, date: &str) -> String {
    let t = crate::dates::parse(phrase, date.parse().ok()).map(|t| match t.modifier {
        Some(m) => format!("{} {m}", t.value),
        None => t.value,
    });
    t.unwrap_or_default()
}
