//! The date grammar: one small function per phrase shape, tried at each token that can start a
//! temporal expression.

use jiff::civil::Date;

use super::calendar::{self, Holiday, Tense};
use super::tense;
use super::value::{DayPart, Reference, Season, TimeOfDay, TimexValue, Unit};
use super::words::{self, UnitWord};
use crate::lexicon::WordSet;
use crate::text::{Analysis, Flags, TokenKind};

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

/// How many tokens a bracketed aside after a clock time may span ("10:35 a.m. (0735 GMT) Friday").
const CLOCK_ASIDE: usize = 6;

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

/// A word between a count and its unit that keeps the amount: `trading`, `more`, `additional`.
fn unit_modifier(w: &str) -> bool {
    matches!(
        w,
        "trading"
            | "business"
            | "working"
            | "calendar"
            | "more"
            | "additional"
            | "extra"
            | "straight"
            | "consecutive"
            | "full"
    )
}

/// A hyphen or dash between the ends of a range.
fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—" | "‐" | "‑")
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

/// The TIMEX3 `mod` of a prefix before a date: a position (`mid-`, `early-`, `late-`, `end-`)
/// or a side (`post-` AFTER, `pre-` BEFORE).
fn prefix_mod(p: &str) -> Option<&'static str> {
    match p {
        "end" => Some("END"),
        "post" => Some("AFTER"),
        "pre" => Some("BEFORE"),
        _ => position_mod(p),
    }
}

/// The 24-hour hour of hour `h` (1 to 12) with the hours `add` of its `a.m.`/`p.m.`:
/// `12 a.m.` is 0, `12 p.m.` is 12, `7 p.m.` is 19; `13 p.m.` is no time.
fn meridiem_hour(h: u32, add: Option<u8>) -> Option<u8> {
    let add = add?;
    let h = u8::try_from(h).ok().filter(|h| (1..=12).contains(h))?;
    Some(if h == 12 { add } else { h + add })
}

/// The `n`th century, by its first two digits: the 19th century is `18`.
fn century(n: u32) -> Option<TimexValue> {
    Some(TimexValue::Century(i16::try_from(n).ok()?.checked_sub(1)?))
}

/// True when hour `h` (1–12) told with part of day `p` is after noon: `3 in the afternoon`,
/// `8 at night` (not `4 in the morning`, `2 at night`).
fn after_noon(p: DayPart, h: u8) -> bool {
    match p {
        DayPart::Morning => false,
        DayPart::Afternoon | DayPart::Evening => true,
        DayPart::Night => h >= 6,
    }
}

/// Prepositions before a clock time written without `a.m.`/`p.m.` ("at 10:30", "by 4 in the morning").
fn time_preposition(w: &str) -> bool {
    matches!(w, "at" | "by" | "until" | "till" | "from" | "before" | "after" | "about" | "around" | "since" | "to")
}

/// Words after which a capitalized month name is a month, not a verb or name ("in May").
fn month_preposition(w: &str) -> bool {
    year_preposition(w) || matches!(w, "last" | "next" | "this" | "on" | "into" | "at" | "each" | "every" | "that")
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
        let relative = matches!(self.lw(f.end.wrapping_sub(1)).as_str(), "ago" | "earlier" | "later");
        if let (TimexValue::Quarter { year: Some(y), quarter }, false) = (&f.value, relative) {
            self.quarter_anchor = Date::new(*y, quarter * 3 - 2, 1).ok().map(|d| (d, self.a.sentence_of(start)));
        }
        let d = match &f.value {
            TimexValue::Day { year: Some(y), month, day } => Date::new(*y, *month, *day).ok(),
            // "the night of 10 August 1792": its day.
            TimexValue::Time { date: Some(day), .. } if f.explicit_year => match **day {
                TimexValue::Day { year: Some(y), month, day } => Date::new(y, month, day).ok(),
                _ => None,
            },
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

    // ---- token helpers -------------------------------------------------------------------

    fn lw(&self, i: usize) -> Lw<'s> {
        Lw(self.a.lower(i))
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

    // ---- entry point ---------------------------------------------------------------------

    /// The temporal expression starting at token `i`, if any.
    pub fn match_at(&self, i: usize) -> Option<Found> {
        let t = self.a.tokens.get(i)?;
        match t.kind {
            TokenKind::Number => self.number_start(i),
            TokenKind::Word | TokenKind::Abbreviation => self.word_start(i),
            TokenKind::OpenQuote | TokenKind::CloseQuote => self.short_decade(i),
            _ => None,
        }
    }

    /// Rules that start with a number: `2022-07-30`, `7/30/2022`, `3 p.m.`, `30 July`,
    /// `three years`, `2019`.
    fn number_start(&self, i: usize) -> Option<Found> {
        self.iso_date(i)
            .or_else(|| self.bc_year(i))
            .or_else(|| self.slashed_date(i))
            .or_else(|| self.day_month_year_token(i))
            .or_else(|| self.clock(i))
            .or_else(|| self.military_clock(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.second_day(i))
            .or_else(|| self.range_first_day(i))
            .or_else(|| self.day_range_month(i))
            .or_else(|| self.bare_century(i))
            .or_else(|| self.spoken_clock(i, self.a.word(i)))
            .or_else(|| self.half_amount(i))
            .or_else(|| self.amount_range(i, "to"))
            .or_else(|| self.amount_phrase(i))
            .or_else(|| self.times_per(i))
            .or_else(|| self.decade_number(i))
            .or_else(|| self.year_range(i))
            .or_else(|| self.bare_year(i))
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
            TokenKind::Word | TokenKind::Abbreviation => self.word_rules(i, self.lw(i).as_str()),
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
            }
            "between" => return self.amount_range(i + 1, "and"),
            "this" | "last" | "next" | "coming" | "past" | "previous" => {
                return self.relative(i, w).map(|f| self.or_so(f.doc_relative()))
            }
            // "late Friday" (the adverbs "earlier Friday", "later Sunday" stay out of the extent).
            "early" | "late" if self.cap(i + 1) && words::weekday(self.lw(i + 1).as_str()).is_some() => {
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
            let night = TimexValue::Time { date: None, time: TimeOfDay::Part(DayPart::Night) };
            return Some(Found::new(i + 1, TimexValue::Set(Box::new(night))));
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
            .or_else(|| self.half_amount(i))
            .or_else(|| self.amount_range(i, "to"))
            .or_else(|| self.amount_phrase(i))
            .or_else(|| self.times_per(i))
            .or_else(|| self.quarter_code(i))
            .or_else(|| self.season_year(i, w))
            .or_else(|| self.bare_units(i, w))
    }

    // ---- numbers and amounts -------------------------------------------------------------

    /// A cardinal at `i`: `48`, `three`, `twenty four`, `a`, `several` (`None` amount = vague),
    /// times `hundred` or `thousand` after it (`a hundred`, `two thousand`).
    fn cardinal(&self, i: usize) -> Option<(usize, Option<u32>)> {
        let (j, n) = self.simple_cardinal(i)?;
        let times = match self.lw(j).as_str() {
            "hundred" => 100,
            "thousand" => 1000,
            _ => return Some((j, n)),
        };
        match n {
            Some(n) if j > i && n < 1000 && self.kind(i) != Some(TokenKind::Number) => Some((j + 1, Some(n * times))),
            _ => Some((j, n)),
        }
    }

    /// A cardinal without `hundred` or `thousand` after it.
    fn simple_cardinal(&self, i: usize) -> Option<(usize, Option<u32>)> {
        let lw = self.lw(i);
        let w = lw.as_str();
        if self.kind(i) == Some(TokenKind::Number) {
            return words::digits(w).map(|n| (i + 1, Some(n)));
        }
        if let Some(n) = words::number_word(w) {
            if n >= 20 && n % 10 == 0 {
                if let Some(o) = words::number_word(self.lw(i + 1).as_str()).filter(|&o| o < 10) {
                    return Some((i + 2, Some(n + o)));
                }
            }
            return Some((i + 1, Some(n)));
        }
        match w {
            "a" | "an" if self.is(i + 1, "few") => Some((i + 2, None)),
            "a" if self.is(i + 1, "couple") && self.is(i + 2, "of") => Some((i + 3, Some(2))),
            "couple" if self.is(i + 1, "of") => Some((i + 2, Some(2))),
            "a" | "an" | "one" => Some((i + 1, Some(1))),
            "several" | "few" | "many" | "some" => Some((i + 1, None)),
            _ => None,
        }
    }

    /// A count and a unit: `three years`, `48 hours`, `a decade`, `several months`, `two-week`.
    fn count_unit(&self, i: usize) -> Option<(usize, Option<u32>, Unit)> {
        if let Some(x) = self.hyphen_count_unit(i) {
            return Some(x);
        }
        let (j, n) = self.cardinal(i)?;
        // "eight trading days", "two more weeks", "an additional year".
        let j = if unit_modifier(self.lw(j).as_str()) && words::unit(self.lw(j + 1).as_str()).is_some() {
            j + 1
        } else {
            j
        };
        let u = words::unit(self.lw(j).as_str())?;
        let (unit, plural, n) = (u.unit, u.plural, n.map(|n| u.count(n))); // "a fortnight": two weeks
        if self.kind(i) == Some(TokenKind::Number) && self.cap(j) {
            return None; // a title: "60 Minutes"
        }
        let article = j == i + 1 && matches!(self.lw(i).as_str(), "a" | "an" | "one");
        if article && (plural || unit == Unit::Second) {
            return None;
        }
        if (!plural && n.is_none()) || (unit == Unit::Quarter && n.is_some_and(|n| n >= 1000)) {
            return None;
        }
        if unit == Unit::Quarter && self.fraction_of(j + 1) {
            return None; // "a quarter of the market"
        }
        Some((j + 1, n, unit))
    }

    /// True when `of` and a determiner at `k` make the quarter before it a fraction of something
    /// other than a year: "a quarter of the market", "three quarters of its sales" (not "a
    /// quarter of the year", nor "several quarters of losses", a span).
    fn fraction_of(&self, k: usize) -> bool {
        let determiner = matches!(
            self.lw(k + 1).as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "all" | "those" | "these" | "this" | "that"
        );
        let year_follows = matches!(self.lw(k + 2).as_str(), "year" | "century" | "decade" | "hour");
        self.is(k, "of") && determiner && !year_follows
    }

    /// A hyphenated count and unit in one token: `two-week`, `10-year`, `24-hour`.
    fn hyphen_count_unit(&self, i: usize) -> Option<(usize, Option<u32>, Unit)> {
        let lw = self.lw(i);
        let (num, unit) = lw.as_str().rsplit_once('-')?;
        let u = words::unit(unit)?;
        // "several-year", "multi-year": an unknown count.
        let n = match num {
            "several" | "multi" | "many" | "few" => None,
            _ => Some(u.count(words::digits(num).or_else(|| words::number_word(num))?)),
        };
        (!u.plural).then_some((i + 1, n, u.unit))
    }

    /// `three years` (DURATION), `two days ago` (DATE), `two days later` (DATE from the last date).
    fn amount_phrase(&self, i: usize) -> Option<Found> {
        let (j, n, unit) = self.count_unit(i)?;
        if let Some(f) = self.units_per(j, n, unit) {
            return Some(f);
        }
        if self.is(j, "or") && self.is(j + 1, "so") {
            // "a week or so ago", "two years or so": the amount is approximate.
            let f = self.counted(i, j + 2, n, unit)?;
            return Some(if f.modifier.is_none() { f.with_mod("APPROX") } else { f });
        }
        if let Some((end, n, unit)) = self.quarters_of(j, n, unit) {
            return self.counted(i, end, Some(n), unit);
        }
        self.amount_pair(j, n, unit).or_else(|| self.counted(i, j, n, unit))
    }

    /// `[three days] a week` · `[24 hours] a day` · `[five days] per week`: an amount `n` of
    /// `unit` ending at `j`, in every larger unit after it: one set, the larger period with the
    /// amount as its frequency (`P1W`, freq `3D`).
    fn units_per(&self, j: usize, n: Option<u32>, unit: Unit) -> Option<Found> {
        let n = n?;
        let (mut f, period) = self.per_period(j)?;
        if !unit.shorter_than(period) || self.kind(j + 2) == Some(TokenKind::Possessive) || self.counts_from(j + 2) {
            return None;
        }
        f.freq = Some(n);
        f.freq_unit = Some(unit);
        Some(f)
    }

    /// `a week` · `per month` · `each year` at `j`, after an amount or a count of times: the set
    /// of one such period (`P1W`; `a fortnight`: `P2W`) and its unit.
    fn per_period(&self, j: usize) -> Option<(Found, Unit)> {
        if !matches!(self.lw(j).as_str(), "a" | "an" | "per" | "each" | "every") {
            return None;
        }
        let UnitWord { unit, plural: false, times } = words::unit(self.lw(j + 1).as_str())? else {
            return None;
        };
        let period = TimexValue::Duration { amount: Some(times), unit };
        Some((Found::new(j + 2, TimexValue::Set(Box::new(period))), unit))
    }

    /// `two to three years` · `[between] two and four weeks`: a range of amounts of one unit,
    /// the word `joiner` (`to`, or `and` after `between`) between them (not `or`: "two or three
    /// years" keeps the last amount, as the dev data prefer): one duration, valued at the
    /// lower amount (TimeML gives a range no value of its own).
    fn amount_range(&self, i: usize, joiner: &str) -> Option<Found> {
        let (j, n) = self.simple_cardinal(i)?;
        let joined = self.is(j, joiner) || (joiner == "to" && is_dash(self.a.word(j)));
        if !joined || n.is_none() {
            return None;
        }
        let (end, m, unit) = self.count_unit(j + 1)?;
        if m? <= n? || self.kind(j + 1) != self.kind(i) {
            return None;
        }
        match self.counted(j + 1, end, m, unit)?.value {
            TimexValue::Duration { .. } => Some(Found::new(end, TimexValue::Duration { amount: n, unit })),
            _ => None,
        }
    }

    /// `the better part of a decade` · `the better part of two years`: less than the amount
    /// after it (mod `LESS_THAN`).
    fn better_part(&self, i: usize) -> Option<Found> {
        if !self.is(i + 1, "better") || !self.is(i + 2, "part") || !self.is(i + 3, "of") {
            return None;
        }
        let (end, n, unit) = self.count_unit(i + 4)?;
        n?;
        Some(Found::new(end, TimexValue::Duration { amount: n, unit }).with_mod("LESS_THAN"))
    }

    /// `[a quarter] of a century` (25 years) · `[three quarters] of an hour` (45 minutes): `n`
    /// quarters of the unit after `of a` at `j`, in the unit a quarter of it is counted in.
    fn quarters_of(&self, j: usize, n: Option<u32>, unit: Unit) -> Option<(usize, u32, Unit)> {
        if unit != Unit::Quarter || !self.is(j, "of") || !matches!(self.lw(j + 1).as_str(), "a" | "an") {
            return None;
        }
        let UnitWord { unit: whole, plural: false, .. } = words::unit(self.lw(j + 2).as_str())? else {
            return None;
        };
        let (per_quarter, small) = match whole {
            Unit::Century => (25, Unit::Year),
            Unit::Year => (3, Unit::Month),
            Unit::Hour => (15, Unit::Minute),
            _ => return None,
        };
        Some((j + 3, n?.checked_mul(per_quarter)?, small))
    }

    /// `[two years] and three months` · `[an hour] and 20 minutes` · `[2 hours], 5 minutes`: a second, smaller amount
    /// after the amount `n` of `unit` that ends at `j` (none when a date is counted from the
    /// pair: "a year and two months ago").
    fn amount_pair(&self, j: usize, n: Option<u32>, unit: Unit) -> Option<Found> {
        let rank = unit.pair_rank()?;
        if !self.is(j, "and") && self.a.word(j) != "," {
            return None;
        }
        let (k, m, small) = self.count_unit(j + 1)?;
        if small.pair_rank()? >= rank {
            return None;
        }
        if self.is(k, "ago") {
            // "a year and two months ago": counted back in the smaller unit.
            let total = i64::from(n?) * i64::from(unit.in_units_of(small)?) + i64::from(m?);
            return Some(Found::new(k + 1, self.relative_period(-total, small)).doc_relative());
        }
        if matches!(self.lw(k).as_str(), "later" | "earlier" | "before" | "after" | "from") {
            return None;
        }
        Some(Found::new(k, TimexValue::DurationPair { first: (n?, unit), second: (m?, small) }))
    }

    /// An amount `n` of `unit` written at `i..j` and what follows it: a duration, or a date
    /// counted back or forth (`ago`, `later`, `from now`).
    fn counted(&self, i: usize, j: usize, n: Option<u32>, unit: Unit) -> Option<Found> {
        let after = self.lw(j);
        // "a week from tomorrow", "two weeks on Monday" (British: from the coming Monday).
        let weekday_on = matches!(after.as_str(), "on" | "last")
            && unit == Unit::Week
            && words::weekday(self.lw(j + 1).as_str()).is_some();
        if after.as_str() == "from" || (weekday_on && !self.is_possessive(j + 2)) {
            if let Some(f) = self.counted_from_day(j, n, unit) {
                return Some(f);
            }
        }
        let sign: i64 = match after.as_str() {
            // An age ("52 years old") is no temporal expression in TimeBank.
            "old" if unit == Unit::Year => return None,
            "ago" => -1,
            "earlier" => -2,
            // "two days before." (not "two days before the vote").
            "before" | "prior" if !self.a.tokens.get(j + 1).is_some_and(|t| t.is_wordlike()) => -2,
            "later" => 2,
            // "two weeks from now", "a year from today", "[in] two weeks' time".
            "from" if matches!(self.lw(j + 1).as_str(), "now" | "today") => 1,
            _ if self.is_possessive(j) && self.is(j + 1, "time") => 1,
            _ => return Some(Found::new(j, TimexValue::Duration { amount: n, unit })),
        };
        let count = i64::from(n.unwrap_or(1));
        let sentence = self.a.sentence_of(i);
        let near = self.quarter_anchor.filter(|&(_, s)| s + QUARTER_REACH >= sentence).map(|(d, _)| d);
        if let (Some(q), Unit::Year, true) = (near, unit, sign < 0) {
            // "a year earlier" beside a quarter: the same quarter that many years before.
            let d = calendar::step(q, -count, Unit::Year)?;
            return Some(Found::new(j + 1, calendar::period(d, Unit::Quarter)));
        }
        let unit = if matches!(unit, Unit::Decade | Unit::Century) && n.is_some() { Unit::Year } else { unit };
        let count = if unit == Unit::Year { count * i64::from(self.year_factor(i, j)) } else { count };
        let value = match (sign, n) {
            (-1, Some(_)) => return Some(Found::new(j + 1, self.relative_period(-count, unit)).doc_relative()),
            (-1, None) => TimexValue::Reference(Reference::Past),
            (1, Some(_)) => return Some(Found::new(j + 2, self.relative_period(count, unit)).doc_relative()),
            (1, None) => return Some(Found::new(j + 2, TimexValue::Reference(Reference::Future))),
            (s, Some(_)) => {
                // "two days later" counts from the last date; "a year earlier" too in a narrative
                // or beside that date, otherwise from the document date.
                let near = self.narrative || self.anchor_sentence + 1 >= self.a.sentence_of(i);
                let base = if s > 0 || near { self.anchor.or(self.doc)? } else { self.doc.or(self.anchor)? };
                calendar::period(calendar::step(base, count * s.signum(), unit)?, unit)
            }
            // "a few days later": no date to count to; the span, without the word.
            _ => TimexValue::Duration { amount: None, unit },
        };
        if matches!(value, TimexValue::Duration { .. }) {
            return Some(Found::new(j, value));
        }
        Some(Found::new(j + 1, value))
    }

    /// `[a week] from tomorrow` · `[ten days] from Friday` (an amount `n` of `unit` counted from
    /// the day named after `from` at `j`; a day at the day's precision).
    fn counted_from_day(&self, j: usize, n: Option<u32>, unit: Unit) -> Option<Found> {
        let n = i64::from(n?);
        let k = j + 1;
        let w = self.lw(k);
        // "a week last Tuesday" (British): that many weeks before the last such day.
        let tense = if self.is(j, "last") { Tense::Past } else { Tense::Future };
        let day = match (day_offset(w.as_str()), words::weekday(w.as_str()).filter(|_| self.cap(k))) {
            (Some(off), _) => calendar::step(self.doc?, off, Unit::Day)?,
            (None, Some(wd)) => calendar::weekday(self.doc?, wd, tense, false),
            _ => return None,
        };
        let d = calendar::step(day, if tense == Tense::Past { -n } else { n }, unit)?;
        let precision = if matches!(unit, Unit::Day | Unit::Week) { Unit::Day } else { unit };
        Some(Found::new(k + 1, calendar::period(d, precision)).doc_relative())
    }

    /// How many years the first unit at `i..j` is (10 for "decades", 100 for "centuries").
    fn year_factor(&self, i: usize, j: usize) -> u32 {
        (i..j)
            .find_map(|k| match words::unit(self.lw(k).as_str())?.unit {
                Unit::Decade => Some(10),
                Unit::Century => Some(100),
                _ => Some(1), // "a quarter [of a century]": the first unit counts
            })
            .unwrap_or(1)
    }

    /// A count with a half: `2 1/2 years` · `two and a half hours` · `a year and a half` ·
    /// `half an hour` · `a half hour` (the end, the whole unit words and the unit word).
    fn half_count_unit(&self, i: usize) -> Option<(usize, u32, UnitWord)> {
        let single = |k: usize| words::unit(self.lw(k).as_str()).filter(|u| !u.plural);
        let (end, whole, unit) = match self.lw(i).as_str() {
            "half" if matches!(self.lw(i + 1).as_str(), "a" | "an") => (i + 3, 0, single(i + 2)?),
            "a" | "an" if self.is(i + 1, "half") => (i + 3, 0, single(i + 2)?),
            _ => {
                let (j, n) = self.cardinal(i)?;
                let n = n?;
                if self.a.word(j) == "1/2" || self.and_a_half(j) {
                    let k = if self.a.word(j) == "1/2" { j + 1 } else { j + 3 };
                    (k + 1, n, words::unit(self.lw(k).as_str())?)
                } else if self.and_a_half(j + 1) {
                    // "a year and a half", "two hours and a half"
                    let u = words::unit(self.lw(j).as_str())?;
                    if u.plural == (n == 1) {
                        return None;
                    }
                    (j + 4, n, u)
                } else {
                    return None;
                }
            }
        };
        Some((end, whole, unit))
    }

    /// `and a half` at `j`.
    fn and_a_half(&self, j: usize) -> bool {
        self.is(j, "and") && self.is(j + 1, "a") && self.is(j + 2, "half")
    }

    /// `2 1/2 years` (DURATION `P2Y6M`) · `half an hour` (`PT30M`) · `a fortnight and a half`
    /// (`P3W`) · `a year and a half ago` (DATE, counted in the smaller unit: months).
    fn half_amount(&self, i: usize) -> Option<Found> {
        let (end, whole, u) = self.half_count_unit(i)?;
        let value = TimexValue::and_a_half(whole, u.unit, u.times);
        if self.is(end, "ago") {
            let (n, unit) = match value {
                TimexValue::Duration { amount: Some(n), unit } => (i64::from(n), unit),
                TimexValue::DurationAndHalf { whole, unit } => {
                    let (half, small) = unit.half()?;
                    (i64::from(whole) * i64::from(2 * half) + i64::from(half), small)
                }
                _ => return None,
            };
            return Some(Found::new(end + 1, self.relative_period(-n, unit)).doc_relative());
        }
        Some(Found::new(end, value))
    }

    /// `day-long` · `decades-long` · `weeklong` · `yearlong` · `two-day-long` (an adjective of
    /// duration).
    fn long_compound(&self, i: usize, w: &str) -> Option<Found> {
        let stem = w.strip_suffix("-long").or_else(|| w.strip_suffix("long"))?;
        let (amount, unit) = match words::unit(stem) {
            Some(u) => ((!u.plural).then_some(u.times), u.unit),
            None => {
                let (num, unit) = stem.rsplit_once('-')?;
                let u = words::unit(unit).filter(|u| !u.plural)?;
                (Some(u.count(words::digits(num).or_else(|| words::number_word(num))?)), u.unit)
            }
        };
        Some(Found::new(i + 1, TimexValue::Duration { amount, unit }))
    }

    /// `[by] year-end` · `[at] year end` · `[by] year's end`: the document year with `mod`
    /// END (after `since`, the year before).
    fn year_end(&self, i: usize, w: &str) -> Option<Found> {
        let end = match w {
            "year-end" | "yearend" => i + 1,
            "year" if self.is(i + 1, "end") => i + 2,
            "year" if self.is_possessive(i + 1) && self.is(i + 2, "end") => i + 3,
            _ => return None,
        };
        let p = self.prev(i);
        let before = matches!(
            p.as_str(),
            "by" | "at" | "since" | "until" | "till" | "before" | "after" | "around" | "near" | "toward" | "towards"
        );
        if !before {
            return None;
        }
        let y = self.doc?.year() - i16::from(p.as_str() == "since");
        Some(Found::new(end, TimexValue::Year(y)).with_mod("END"))
    }

    /// A bare plural unit after "for" or "within": `for weeks` (`PXW`); or before `ago`: `months
    /// ago` (a span, with `ago` in the extent, as TimeBank writes it). "Hours later", "days after
    /// the vote" stay out: the data disagree on their values.
    fn bare_units(&self, i: usize, w: &str) -> Option<Found> {
        let UnitWord { unit, plural, .. } = words::unit(w)?;
        if !plural || unit == Unit::Second {
            return None;
        }
        let p = self.prev(i);
        let span = || Found::new(i + 1, TimexValue::Duration { amount: None, unit });
        if matches!(p.as_str(), "for" | "within" | "in" | "over") {
            return Some(span());
        }
        self.is(i + 1, "ago").then(|| Found { end: i + 2, ..span() })
    }

    /// Approximate and bounded amounts: `about three weeks`, `more than five years`,
    /// `up to 14 days`, `around 4 p.m.`.
    fn approximate(&self, i: usize, w: &str) -> Option<Found> {
        if matches!(w, "just" | "well") && matches!(self.lw(i + 1).as_str(), "over" | "under") {
            // "just under a year", "well over a decade": the adverb in the extent.
            let n = self.lw(i + 1);
            return self
                .approximate(i + 1, n.as_str())
                .filter(|f| f.value.timex_type() == crate::document::TimexType::Duration);
        }
        let (j, m) = match (w, self.lw(i + 1).as_str()) {
            ("more" | "longer", "than") => (i + 2, "MORE_THAN"),
            ("less" | "fewer" | "shorter", "than") => (i + 2, "LESS_THAN"),
            ("at", "least") => (i + 2, "EQUAL_OR_MORE"),
            ("at", "most") => (i + 2, "EQUAL_OR_LESS"),
            ("up", "to") => (i + 2, "EQUAL_OR_LESS"),
            ("no", "more") if self.is(i + 2, "than") => (i + 3, "EQUAL_OR_LESS"),
            ("over", _) => (i + 1, "MORE_THAN"),
            ("nearly" | "almost" | "under", _) => (i + 1, "LESS_THAN"),
            ("about" | "around" | "roughly" | "approximately" | "some", _) => (i + 1, "APPROX"),
            _ => return None,
        };
        if let Some(f) = self.clock(j) {
            return Some(f.with_mod(m));
        }
        if m == "MORE_THAN" && w == "over" && !self.kind(j).is_some_and(|k| k == TokenKind::Number) && !self.is(j, "a")
        {
            return None;
        }
        if let Some(f) = self.half_amount(j) {
            return Some(f.with_mod(m));
        }
        let (end, n, unit) = self.count_unit(j)?;
        if matches!(self.lw(end).as_str(), "ago" | "later" | "earlier") {
            return self.amount_phrase(j).map(|f| f.with_mod(m));
        }
        if let Some(f) = self.amount_pair(end, n, unit) {
            return Some(f.with_mod(m)); // "more than two years and three months"
        }
        Some(Found::new(end, TimexValue::Duration { amount: n, unit }).with_mod(m))
    }

    // ---- absolute dates ------------------------------------------------------------------

    /// `2022-07-30` · `2022-07-30T10:00` (with a clock time).
    fn iso_date(&self, i: usize) -> Option<Found> {
        let w = self.a.word(i);
        let b = w.as_bytes();
        if w.len() < 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let d: Date = w.get(..10)?.parse().ok()?;
        let day = TimexValue::day(d);
        if w.len() == 10 {
            return Some(Found::new(i + 1, day).explicit());
        }
        let clock = w.get(10..)?.strip_prefix('T')?;
        let (h, m) = clock.split_once(':')?;
        let m = m.get(..2)?;
        let (hour, minute) = (words::digits(h).filter(|&h| h < 24)?, words::digits(m).filter(|&m| m < 60)?);
        let time = TimeOfDay::Clock { hour: hour as u8, minute: minute as u8 };
        Some(Found::new(i + 1, TimexValue::Time { date: Some(Box::new(day)), time }).explicit())
    }

    /// `14-Mar-2024` · `3-March-22` (day, month name and year in one token).
    fn day_month_year_token(&self, i: usize) -> Option<Found> {
        let lw = self.lw(i);
        let mut parts = lw.as_str().split('-');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let (d, m) = (words::day_of_month(d)?, words::month_in_date(m)?);
        let year = words::year(y).or_else(|| words::two_digit_year(y))?;
        let date = Date::new(year, m, d).ok()?;
        Some(Found::new(i + 1, TimexValue::day(date)).explicit())
    }

    /// `490 BC` · `499` in `from 499 to 493 BC` (a year before the common era, written as a
    /// negative year).
    fn bc_year(&self, i: usize) -> Option<Found> {
        let t = self.a.tokens.get(i)?;
        if !t.is(Flags::ALL_DIGITS) || self.a.word(i).len() > 4 {
            return None;
        }
        let n = i16::try_from(words::digits(self.a.word(i))?).ok().filter(|&n| n > 0)?;
        let end = if self.is_era(i + 1) {
            i + 2
        } else {
            let range = matches!(self.lw(i + 1).as_str(), "to" | "-" | "–" | "and" | "until" | "or");
            let next_bc = self.a.tokens.get(i + 2).is_some_and(|t| t.is(Flags::ALL_DIGITS)) && self.is_era(i + 3);
            if !(range && next_bc) {
                return None;
            }
            i + 1
        };
        Some(Found::new(end, TimexValue::Year(-n)).explicit())
    }

    /// `BC` · `B.C.` · `BCE`.
    fn is_era(&self, i: usize) -> bool {
        matches!(self.a.word(i), "BC" | "B.C." | "B.C" | "BCE" | "B.C.E.")
    }

    /// `07/30/2022` (US order; day first only when the first number exceeds 12) · `2022/07/30` ·
    /// `2022.07.30` (year first) · `30.07.2022` (dots: day first, with a four-digit year).
    fn slashed_date(&self, i: usize) -> Option<Found> {
        let w = self.a.word(i);
        if let Some(f) = self.nine_eleven(i, w) {
            return Some(f);
        }
        let sep = if w.contains('/') { '/' } else { '.' };
        let mut parts = w.split(sep);
        let (x, y) = (parts.next()?, parts.next()?);
        let Some(z) = parts.next() else {
            return self.month_slash_day(i, x, y).filter(|_| sep == '/');
        };
        if parts.next().is_some() || [x, y].iter().any(|p| p.is_empty() || p.len() > 4) {
            return None;
        }
        let (year, m, d) = match words::year(x) {
            Some(year) => (year, words::digits(y)?, words::digits(z)?),
            None => {
                let (a, b) = (words::digits(x)?, words::digits(y)?);
                let year = words::year(z).or_else(|| words::two_digit_year(z).filter(|_| sep == '/'))?;
                let (m, d) = if sep == '.' || a > 12 { (b, a) } else { (a, b) };
                (year, m, d)
            }
        };
        let date = Date::new(year, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
        Some(Found::new(i + 1, TimexValue::day(date)).explicit())
    }

    /// `[on] 3/20` (US order, no year: a month and day after `on`, `since`, `by`, `until`; not
    /// "10/20", a ratio, elsewhere).
    fn month_slash_day(&self, i: usize, x: &str, y: &str) -> Option<Found> {
        let after_on = matches!(self.prev(i).as_str(), "on" | "since" | "by" | "until");
        if !after_on || !(1..=2).contains(&x.len()) || !(1..=2).contains(&y.len()) {
            return None;
        }
        let (m, d) = (i8::try_from(words::digits(x)?).ok()?, i8::try_from(words::digits(y)?).ok()?);
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        self.day_value(i, i + 1, m, d)
    }

    /// `9/11` in a text written after the attacks of 11 September 2001: that day.
    fn nine_eleven(&self, i: usize, w: &str) -> Option<Found> {
        let day = Date::new(2001, 9, 11).ok()?;
        (w == "9/11" && !self.doc.is_some_and(|d| d <= day)).then(|| Found::new(i + 1, TimexValue::day(day)).explicit())
    }

    /// The year of a year-less month and day, from the document date and the tense.
    /// A clause in the future of the time of writing ("will meet in April") counts from the
    /// document date even in a narrative.
    fn year_for(&self, i: usize, month: i8) -> Option<i16> {
        let story = if tense::speech_future(self.a, i) { None } else { self.narrative_year(i, month) };
        story.or_else(|| self.doc.map(|d| calendar::year_of(d, month, self.tense(i))))
    }

    /// In a narrative, the year of a year-less month at token `i`: the year of the last date,
    /// moving on a year when the month is well before that date's and the date is in the same or
    /// the previous sentence ("on December 28, 1935. On January 12" → 1936); further away, the
    /// story may have turned back ("from October to March").
    fn narrative_year(&self, i: usize, month: i8) -> Option<i16> {
        let a = self.anchor.filter(|_| self.narrative && self.narrative_year.is_some())?;
        let near = self.anchor_sentence + 1 >= self.a.sentence_of(i) && self.anchor_explicit;
        Some(a.year() + i16::from(near && a.month() - month > 6))
    }

    /// An explicit year after a month or day: `, 2022` · `2022` · `490 BC` (returns the end and the year).
    fn year_after(&self, j: usize) -> Option<(usize, i16)> {
        let k = if self.a.word(j) == "," { j + 1 } else { j };
        if let Some(Found { end, value: TimexValue::Year(y), .. }) = self.bc_year(k).filter(|f| f.end == k + 2) {
            return Some((end, y));
        }
        words::year(self.a.word(k))
            .filter(|_| self.kind(k) == Some(TokenKind::Number))
            .map(|y| (k + 1, y))
            .or_else(|| self.short_year(k))
    }

    /// A year written with an apostrophe and two digits at `k`: `'69` · `'23` (the end and the
    /// year: the latest one up to ten years after the story's year, that of a narrative's last
    /// date or the document's); not a quoted number (`'23'`, `"60 percent"`).
    fn short_year(&self, k: usize) -> Option<(usize, i16)> {
        let t = self.a.tokens.get(k + 1)?;
        let w = self.a.word(k + 1);
        let apostrophe = matches!(self.a.word(k), "'" | "’" | "‘");
        let glued = apostrophe && self.kind(k) == Some(TokenKind::OpenQuote) && !t.is(Flags::SPACE_BEFORE);
        if !glued || t.kind != TokenKind::Number || w.len() != 2 || self.kind(k + 2) == Some(TokenKind::CloseQuote) {
            return None;
        }
        let n = i16::try_from(words::digits(w)?).ok()?;
        let story = self.anchor.filter(|_| self.narrative).or(self.doc).map_or(2000, |d| d.year());
        let y = story - story.rem_euclid(100) + n;
        Some((k + 2, if y > story + 10 { y - 100 } else { y }))
    }

    /// A day value with an optional explicit year read after `j`.
    fn day_value(&self, i: usize, j: usize, month: i8, day: i8) -> Option<Found> {
        let (end, year, explicit) = match self.year_after(j) {
            Some((e, y)) => (e, Some(y), true),
            None => match self.range_year(j) {
                Some(y) => (j, Some(y), false),
                None => (j, self.year_for(i, month), false),
            },
        };
        if let Some(y) = year {
            Date::new(y, month, day).ok()?;
        }
        let f = Found::new(end, TimexValue::Day { year, month, day });
        Some(if explicit { f.explicit() } else { f })
    }

    /// The year written at the end of a range that starts before `j`: `14 August` in
    /// `14 August-24 August 1914`, `May 5` in `May 5 - June 2, 1921`.
    fn range_year(&self, j: usize) -> Option<i16> {
        if !is_dash(self.a.word(j)) {
            return None;
        }
        let k = j + 1;
        let next = if self.kind(k) == Some(TokenKind::Number) {
            self.day_month(k)
        } else {
            words::month(self.lw(k).as_str()).filter(|_| self.cap(k)).and_then(|m| self.month_phrase(k, m))
        };
        next.filter(|f| f.explicit_year).and_then(|f| match f.value {
            TimexValue::Day { year, .. } | TimexValue::Month { year, .. } => year,
            _ => None,
        })
    }

    /// The second day of `April 24 and 25` · `May 5 or 6` (in the month of the first; not
    /// before a noun: "May 5 and 6 others").
    fn second_day(&self, i: usize) -> Option<Found> {
        let d = words::day_of_month(self.a.word(i)).filter(|_| self.kind(i) == Some(TokenKind::Number))?;
        let (and, first, month) = (i.checked_sub(1)?, i.checked_sub(2)?, i.checked_sub(3)?);
        if !matches!(self.lw(and).as_str(), "and" | "or") || self.kind(first) != Some(TokenKind::Number) {
            return None;
        }
        words::day_of_month(self.a.word(first))?;
        let m = words::month(self.lw(month).as_str()).filter(|_| self.cap(month))?;
        let noun_follows = self.a.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && t.is(Flags::LOWER))
            && !season_follower(self.lw(i + 1).as_str());
        if noun_follows {
            return None;
        }
        self.day_value(month, i + 1, m, d)
    }

    /// The first day of a range of days written before a month: `12` in `12-14 July 1950`,
    /// `15` in `from 15 to 22 February`.
    fn range_first_day(&self, i: usize) -> Option<Found> {
        let d = words::day_of_month(self.a.word(i)).filter(|_| self.kind(i) == Some(TokenKind::Number))?;
        // "12-14 July", "from 15 to 22 February", "between 3 and 5 May".
        let joined =
            is_dash(self.a.word(i + 1)) || matches!(self.lw(i + 1).as_str(), "to" | "and" | "through" | "until");
        if !joined {
            return None;
        }
        let last = self.day_month(i + 2)?;
        match last.value {
            TimexValue::Day { year, month, .. } => {
                let f = Found::new(i + 1, TimexValue::Day { year, month, day: d });
                Some(if last.explicit_year { f.explicit() } else { f })
            }
            _ => None,
        }
    }

    /// `3-4 May` · `12–14 July 1950` written as one token (the first day).
    fn day_range_month(&self, i: usize) -> Option<Found> {
        let (a, b) = self.a.word(i).split_once(['-', '–'])?;
        let d = words::day_of_month(a)?;
        words::day_of_month(b)?;
        let m = words::month(self.lw(i + 1).as_str()).filter(|_| self.cap(i + 1))?;
        self.day_value(i, i + 2, m, d)
    }

    /// `July 30, 2022` · `Jul. 30` · `June 2022` · `February` (a month needs a day, a year or a
    /// preposition before it, so "may" the verb and "April Ryan" stay out).
    fn month_phrase(&self, i: usize, m: i8) -> Option<Found> {
        if !self.cap(i) {
            return None;
        }
        let next = self.a.word(i + 1);
        if self.kind(i + 1) == Some(TokenKind::Number) {
            if let Some(d) = words::day_of_month(next) {
                return self.day_value(i, i + 2, m, d);
            }
            // "April 6-7" (a range of days in one token): the first day.
            if let Some((a, b)) = next.split_once(['-', '–']) {
                if let (Some(d), Some(_)) = (words::day_of_month(a), words::day_of_month(b)) {
                    return self.day_value(i, i + 2, m, d);
                }
            }
        }
        // "March the 14th"
        if self.is(i + 1, "the") && self.kind(i + 2) == Some(TokenKind::Number) {
            if let Some(d) =
                words::day_of_month(self.a.word(i + 2)).filter(|_| words::ordinal(self.a.word(i + 2)).is_some())
            {
                return self.day_value(i, i + 3, m, d);
            }
        }
        let j = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        if let Some(Found { end, value: TimexValue::Year(y), .. }) =
            self.year_number(i + 1).filter(|_| self.kind(i + 1) == Some(TokenKind::Word))
        {
            return Some(Found::new(end, TimexValue::Month { year: Some(y), month: m }).explicit());
        }
        if let Some((end, y)) = self.year_after(j) {
            return Some(Found::new(end, TimexValue::Month { year: Some(y), month: m }).explicit());
        }
        if self.is(i + 1, "of") && self.is(i + 2, "that") && self.is(i + 3, "year") {
            let year = self.anchor.map(|d| d.year());
            return Some(Found::new(i + 4, TimexValue::Month { year, month: m }));
        }
        if let Some(y) = self.relative_year(j) {
            return Some(Found::new(j + 2, TimexValue::Month { year: Some(y), month: m }));
        }
        let p = self.prev(i);
        let w = self.lw(i);
        let risky = matches!(w.as_str(), "may" | "march") || self.kind(i) == Some(TokenKind::Abbreviation);
        // "the March accession", "the May elections": a month naming the time of a noun.
        let attributive = p.as_str() == "the"
            && self.a.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && t.is(Flags::LOWER))
            && !season_follower(self.lw(i + 1).as_str());
        if (risky && !month_preposition(p.as_str()) && !attributive)
            || (self.cap(i + 1) && self.kind(i + 1) == Some(TokenKind::Word))
        {
            return None;
        }
        if p.as_str().is_empty() && self.kind(i + 1) != Some(TokenKind::Punct) && !month_preposition(p.as_str()) {
            // A sentence-initial month needs a preposition or punctuation after it.
            if !matches!(self.lw(i + 1).as_str(), "was" | "is" | "saw" | "has" | "brought") {
                return None;
            }
        }
        let year = self.year_for(i, m);
        Some(Found::new(i + 1, TimexValue::Month { year, month: m }))
    }

    /// A day of the month named by `this month` · `last month` · `next month` at `j`.
    fn relative_month(&self, j: usize) -> Option<Date> {
        calendar::step(self.doc?, self.relative_step(j, "month")?, Unit::Month)
    }

    /// `this year` · `last year` · `next year` after a month ("January this year").
    fn relative_year(&self, j: usize) -> Option<i16> {
        let step = i16::try_from(self.relative_step(j, "year")?).ok()?;
        self.doc.map(|d| d.year() + step)
    }

    /// The step of `this` (0), `last` (-1) or `next` (1) at `j` before the unit word `unit`:
    /// `last month`, `next year`.
    fn relative_step(&self, j: usize, unit: &str) -> Option<i64> {
        let step = match self.lw(j).as_str() {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        self.is(j + 1, unit).then_some(step)
    }

    /// `nineteen ninety-six` · `January nineteen ninety-seven` (spoken years in transcripts).
    fn spoken_year(&self, i: usize) -> Option<Found> {
        let century = words::number_word(self.lw(i).as_str()).filter(|n| (11..=20).contains(n))?;
        let rest = words::number_word(self.lw(i + 1).as_str()).filter(|n| (10..100).contains(n))?;
        let y = i16::try_from(century * 100 + rest).ok()?;
        Some(Found::new(i + 2, TimexValue::Year(y)))
    }

    /// `two thousand` · `two thousand and one` · `two thousand five` (spoken years 2000–2099; only
    /// where a year is expected, after `the year` or a month: "two thousand" alone is a number).
    fn spoken_thousands(&self, i: usize) -> Option<Found> {
        if !self.is(i, "two") || !self.is(i + 1, "thousand") {
            return None;
        }
        let j = if self.is(i + 2, "and") { i + 3 } else { i + 2 };
        match words::number_word(self.lw(j).as_str()).filter(|n| *n < 100) {
            Some(n) => Some(Found::new(j + 1, TimexValue::Year(2000 + n as i16))),
            None => Some(Found::new(i + 2, TimexValue::Year(2000))),
        }
    }

    /// `recent years` · `recent months`: a stretch of unknown length (`PXY`), as most of
    /// TimeBank writes them.
    fn recent_units(&self, i: usize, w: &str) -> Option<Found> {
        if w != "recent" {
            return None;
        }
        let UnitWord { unit, plural: true, .. } = words::unit(self.lw(i + 1).as_str())? else {
            return None;
        };
        Some(Found::new(i + 2, TimexValue::Duration { amount: None, unit }))
    }

    /// `30 July 2022` · `22 July` · `30th July`.
    fn day_month(&self, i: usize) -> Option<Found> {
        let d = words::day_of_month(self.a.word(i))?;
        // "14 Mar 2024": an undotted short month only before a year.
        let short = || words::month_in_date(self.lw(i + 1).as_str()).filter(|_| self.year_after(i + 2).is_some());
        let m = words::month(self.lw(i + 1).as_str()).or_else(short).filter(|_| self.cap(i + 1))?;
        self.day_value(i, i + 2, m, d)
    }

    /// `the 30th of July` · `the first of April` (from the ordinal).
    fn ordinal_of_month(&self, i: usize) -> Option<Found> {
        let d = match self.kind(i) {
            Some(TokenKind::Number) => words::day_of_month(self.a.word(i))?,
            // "the first of April", "the twenty-second of June"
            _ => i8::try_from(words::ordinal(self.lw(i).as_str()).filter(|n| (1..=31).contains(n))?).ok()?,
        };
        if !self.is(i + 1, "of") {
            return None;
        }
        if let Some(y) = self.relative_month(i + 2) {
            // "the 15th of this month", "the 3rd of next month"
            let day = Date::new(y.year(), y.month(), d).ok()?;
            return Some(Found::new(i + 4, TimexValue::day(day)));
        }
        let m = words::month(self.lw(i + 2).as_str()).filter(|_| self.cap(i + 2))?;
        self.day_value(i, i + 3, m, d)
    }

    /// `2019` where a year is meant: after a preposition, or standing alone before punctuation.
    fn bare_year(&self, i: usize) -> Option<Found> {
        let t = self.a.tokens.get(i)?;
        if !t.is(Flags::ALL_DIGITS) {
            return None;
        }
        let y = words::year(self.a.word(i))?;
        let p = self.prev(i);
        let after_prep = year_preposition(p.as_str());
        // In a story of other centuries, a year near the story's ("the 1777 campaign").
        let plausible = (1900..=2099).contains(&y) || self.narrative_year.is_some_and(|s| (s - y).abs() <= 100);
        let next_ok = match self.a.tokens.get(i + 1) {
            None => true,
            // A year alone on its line: a heading ("1936").
            Some(n) if n.is(Flags::NEWLINE_BEFORE) => true,
            Some(n) => {
                matches!(
                    n.kind,
                    TokenKind::Punct | TokenKind::Terminal | TokenKind::Possessive | TokenKind::CloseBracket
                ) || matches!(self.lw(i + 1).as_str(), "and" | "or" | "to" | "through" | "when" | "as")
            }
        };
        // "its 1989 results", "the company's 1989 results" (not "Kopp's 1987 Chevrolet", a model).
        let determiner = matches!(p.as_str(), "the" | "a" | "its" | "their" | "his" | "her" | "this" | "that")
            || (self.is_possessive(i.wrapping_sub(1)) && !self.cap(i + 1));
        // A range of years: 1861-1863.
        let range = (is_dash(self.a.word(i + 1)) && words::year(self.a.word(i + 2)).is_some())
            || (i >= 2 && is_dash(self.a.word(i - 1)) && words::year(self.a.word(i - 2)).is_some());
        let prev_ok = i == 0
            || !self.cap(i - 1)
            || after_prep
            || matches!(self.kind(i - 1), Some(TokenKind::Punct | TokenKind::OpenBracket));
        // "1987 saw a new offensive" (a four-digit number opening a sentence is a year: news writes
        // counts that large with a comma); "as late as 1781".
        let opens = self.a.sentence(self.a.sentence_of(i)).start == i
            && self.a.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && t.is(Flags::LOWER));
        let as_far = p.as_str() == "as" && matches!(self.lw(i.wrapping_sub(2)).as_str(), "early" | "late");
        let after_prep = after_prep || as_far || (opens && plausible);
        let money = matches!(self.kind(i.wrapping_sub(1)), Some(TokenKind::Symbol));
        let between_words = plausible && (self.year_between_words(i) || self.year_of_event(i + 1));
        if self.counts_people_or_things(i) {
            return None;
        }
        (((after_prep || range) && !money)
            || ((determiner || between_words) && plausible)
            || (plausible && next_ok && prev_ok && !money))
            .then(|| Found::new(i + 1, TimexValue::Year(y)).explicit())
    }

    /// True when the number at `i` counts something rather than naming a year: before a plural
    /// noun of people or things (`the 2020 employees`, `some 2000 people`) or after the `of` of a
    /// group (`a crowd of 2000`).
    fn counts_people_or_things(&self, i: usize) -> bool {
        // "in 2000 voters chose...": after a preposition of time the number stays a year.
        let time_word = matches!(self.prev(i).as_str(), "in" | "since" | "until" | "during" | "before" | "after");
        let counted = words::count_noun(self.lw(i + 1).as_str()) && !self.cap(i + 1) && !time_word;
        let of_group = self.is(i.wrapping_sub(1), "of") && words::group_noun(self.lw(i.wrapping_sub(2)).as_str());
        counted || of_group
    }

    /// True when a noun of a yearly event stands at `k`, after a year: "[the Formula One 2024]
    /// season", "[the 2022] census" (also after a capitalized name).
    fn year_of_event(&self, k: usize) -> bool {
        matches!(
            self.lw(k).as_str(),
            "season" | "census" | "budget" | "election" | "elections" | "campaign" | "edition"
        ) && !self.cap(k)
    }

    /// True when the number at `i` stands between lower-case words, not after a word that makes
    /// it a count nor before a plural noun: "his unsuccessful 1996 campaign", "a secret 1902
    /// pact", "what happened in 1989 was" (a verb ending in -s is no plural); not "about 1950
    /// people", "sold 2000 tickets".
    fn year_between_words(&self, i: usize) -> bool {
        let lower_word =
            |k: usize| self.a.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.is(Flags::LOWER));
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let count_word = matches!(
            self.lw(p).as_str(),
            "about"
                | "some"
                | "nearly"
                | "almost"
                | "over"
                | "than"
                | "only"
                | "just"
                | "roughly"
                | "approximately"
                | "around"
                | "least"
                | "of"
                | "to"
                | "and"
                | "or"
                | "by"
                | "number"
                | "no"
                | "all"
                | "extra"
        );
        // "sold 2000 tickets": a plural noun after the number counts it.
        let next = self.lw(i + 1);
        let plural = next.as_str().ends_with('s') && !matches!(next.as_str(), "is" | "was" | "has" | "as");
        lower_word(p) && lower_word(i + 1) && !count_word && !plural && words::unit(next.as_str()).is_none()
    }

    /// `1990s` (a decade);
    /// A range of years in one token: `1915-17` · `1990-94` · `2007-08` · `1914-1918` · `499-493
    /// BC`. The mention is the token (a mention is whole tokens) and its value the first year, or
    /// before the common era the last one, whose era is written.
    fn year_range(&self, i: usize) -> Option<Found> {
        let (a, b) = self.a.word(i).split_once(['-', '–'])?;
        let digits_only = a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit());
        if !digits_only || !(3..=4).contains(&a.len()) || !(2..=4).contains(&b.len()) {
            return None;
        }
        let (first, last) = (words::digits(a)?, words::digits(b)?);
        let year = i16::try_from(first).ok()?;
        if self.is_era(i + 1) {
            // "499-493 BC": the era word written belongs to the last year, which the value takes.
            let last = i16::try_from(last).ok()?;
            return (last < year).then(|| Found::new(i + 2, TimexValue::Year(-last)).explicit());
        }
        // The last year written short takes the first year's century: 1915-17 ends in 1917.
        let scale = 10_u32.checked_pow(u32::try_from(b.len()).ok()?)?;
        if b.len() != 2 && b.len() != a.len() {
            return None; // "2023-114", a serial number
        }
        let last = if b.len() < a.len() { first / scale * scale + last } else { last };
        let plausible = (1000..=2099).contains(&first) && first < last && last - first <= 100;
        plausible.then(|| Found::new(i + 1, TimexValue::Year(year)).explicit())
    }

    /// `1800s` is a century (`18`), but `2000s` the decade (`200`).
    fn decade_number(&self, i: usize) -> Option<Found> {
        let d = words::decade(self.a.word(i)).filter(|_| self.a.word(i).len() == 5)?;
        let value = if d % 10 == 0 && d != 200 { TimexValue::Century(d / 10) } else { TimexValue::Decade(d) };
        Some(Found::new(i + 1, value))
    }

    /// `20th century` · `nineteenth-century` (a century without `the`).
    fn bare_century(&self, i: usize) -> Option<Found> {
        let lw = self.lw(i);
        let w = lw.as_str();
        let (n, end) = match w.rsplit_once('-') {
            Some((ord, "century")) => (words::ordinal(ord)?, i + 1),
            _ if self.is(i + 1, "century") => (words::ordinal(w)?, i + 2),
            _ => return None,
        };
        Some(Found::new(end, century(n)?))
    }

    /// `'80s` (from the apostrophe) · `[in] '98` (a short year after a preposition of years).
    fn short_decade(&self, i: usize) -> Option<Found> {
        let w = self.a.word(i + 1);
        match words::decade(w).filter(|_| w.len() == 3) {
            Some(d) => Some(Found::new(i + 2, TimexValue::Decade(d))),
            // "in '98", "since '05": a short year after a preposition of years.
            None if year_preposition(self.prev(i).as_str()) => {
                self.short_year(i).map(|(end, y)| Found::new(end, TimexValue::Year(y)))
            }
            None => None,
        }
    }

    /// A decade at `i`: `1990s` or `'80s`.
    fn decade_at(&self, i: usize) -> Option<Found> {
        match self.kind(i)? {
            TokenKind::OpenQuote | TokenKind::CloseQuote => self.short_decade(i),
            _ => self.decade_number(i),
        }
    }

    /// `fiscal 2022` · `fiscal year 2022` · `fiscal first quarter`.
    fn fiscal(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.bare_ordinal_period(i + 1, self.lw(i + 1).as_str()) {
            return Some(f); // "fiscal second-quarter", "fiscal first quarter"
        }
        let j = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
        let y = words::year(self.a.word(j))?;
        Some(Found::new(j + 1, TimexValue::FiscalYear(y)))
    }

    /// `Q3 2022` · `Q3`.
    fn quarter_code(&self, i: usize) -> Option<Found> {
        let (k, quarter) = match *self.a.word(i).as_bytes() {
            [b'Q', q @ b'1'..=b'4'] => ((q - b'0') as i8, true),
            [b'H', h @ b'1'..=b'2'] => ((h - b'0') as i8, false),
            _ => return None,
        };
        let (end, year) = match self.year_after(i + 1) {
            Some((e, y)) => (e, Some(y)),
            // "H1" alone may be many things; "Q3" alone is a quarter, of the year the tense says.
            None if quarter => (i + 1, self.period_year(i, k, true)),
            None => return None,
        };
        Some(Found::new(end, quarter_or_half(year, k, quarter)?))
    }

    /// `summer 2020` · `summer of 1979` · `the winter of nineteen ninety-four` · `autumn 2023` ·
    /// `[in] summer` · `[during] the winter`.
    fn season_year(&self, i: usize, w: &str) -> Option<Found> {
        let season = words::season(w)?;
        // "summer 1979" · "summer of 1979".
        let k = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        // "the winter of nineteen ninety-four" (a spoken year).
        let spoken = || {
            self.spoken_year(k).map(|f| (f.end, f.value)).and_then(|(e, v)| match v {
                TimexValue::Year(y) => Some((e, y)),
                _ => None,
            })
        };
        // "the spring of last year".
        let relative = || self.relative_year(k).filter(|_| k == i + 2).map(|y| (k + 2, y));
        match self.year_after(k).or_else(spoken).or_else(relative) {
            Some((end, y)) => Some(Found::new(end, TimexValue::Season { year: Some(y), season })),
            // "summer and autumn 1918": the year written after the second season.
            None if matches!(self.lw(i + 1).as_str(), "and" | "or" | "-" | "to")
                && words::season(self.lw(i + 2).as_str()).is_some() =>
            {
                let k = if self.is(i + 3, "of") { i + 4 } else { i + 3 };
                let (_, y) = self.year_after(k)?;
                Some(Found::new(i + 1, TimexValue::Season { year: Some(y), season }))
            }
            None if matches!(
                self.prev(i).as_str(),
                "in" | "during" | "by" | "until" | "through" | "since" | "over"
            ) =>
            {
                self.season_alone(i, season)
            }
            None => None,
        }
    }

    /// A season after `early`, `late`, `mid`: `[early] summer 2020` · `[late] spring of 1999` ·
    /// `[early] summer` (the year as for a season alone).
    fn season_at(&self, j: usize, season: Season) -> Found {
        let k = if self.is(j + 1, "of") { j + 2 } else { j + 1 };
        match self.year_after(k) {
            Some((end, y)) => Found::new(end, TimexValue::Season { year: Some(y), season }).explicit(),
            None => {
                let month = if season == Season::Winter { 1 } else { season_month(season) };
                Found::new(j + 1, TimexValue::Season { year: self.year_for(j, month), season })
            }
        }
    }

    /// A season without a year (`[the] summer`): the story's year in a narrative, else the
    /// document's, read with the tense. Not a season when a noun follows ("the spring
    /// offensive", "spring water").
    fn season_alone(&self, i: usize, season: Season) -> Option<Found> {
        let next = self.a.tokens.get(i + 1);
        let noun_follows = next.is_some_and(|t| t.kind == TokenKind::Word && t.is(Flags::LOWER))
            && !season_follower(self.lw(i + 1).as_str());
        if noun_follows {
            return None;
        }
        // In a story, a winter after the last date is mostly the one in the new year (January).
        let month = if season == Season::Winter { 1 } else { season_month(season) };
        let year = self.year_for(i, month);
        Some(Found::new(i + 1, TimexValue::Season { year, season }))
    }

    // ---- weekdays, days, times -----------------------------------------------------------

    /// The day of weekday `wd` for an expression at token `i`, pointing the way `tense` says.
    fn weekday_value(&self, i: usize, wd: i8, tense: Tense) -> TimexValue {
        match self.doc {
            Some(doc) => {
                // "last Friday" is never the document's own day.
                let include_doc =
                    !self.is(i.wrapping_sub(1), "last") && (tense::said_before(self.a, i) || tense != Tense::Future);
                TimexValue::day(calendar::weekday(doc, wd, tense, include_doc))
            }
            None => TimexValue::Weekday(wd),
        }
    }

    /// `Friday` · `Monday, July 25, 2022` · `Friday evening` (not "the Sunday Times").
    fn weekday_phrase(&self, i: usize, wd: i8) -> Option<Found> {
        if !self.cap(i) {
            return None;
        }
        let next = self.a.word(i + 1);
        if matches!(next, "Times" | "Telegraph" | "Mirror" | "Express" | "Herald" | "Post" | "Tribune" | "Journal")
            || (self.is(i.wrapping_sub(1), "the") && self.cap(i + 1) && self.kind(i + 1) == Some(TokenKind::Word))
        {
            return None;
        }
        // "Tuesday nights": every Tuesday night; "Monday and Tuesday nights": every Monday night too.
        let (k, end) = match self.lw(i + 1).as_str() {
            "and" | "or" if self.cap(i + 2) && words::weekday(self.lw(i + 2).as_str()).is_some() => (i + 3, i + 1),
            _ => (i + 1, i + 2),
        };
        if let Some(p) = self.lw(k).as_str().strip_suffix('s').and_then(words::day_part) {
            let night = TimexValue::Time { date: Some(Box::new(TimexValue::Weekday(wd))), time: TimeOfDay::Part(p) };
            return Some(Found::new(end, TimexValue::Set(Box::new(night))));
        }
        // "Monday, July 25, 2022" · "Friday Oct. 13" · "Monday 18 March" (the day first).
        let k = if next == "," { i + 2 } else { i + 1 };
        if let Some(m) = words::month(self.lw(k).as_str()).filter(|_| self.cap(k)) {
            if let Some(f) = words::day_of_month(self.a.word(k + 1)).and_then(|d| self.day_value(i, k + 2, m, d)) {
                return Some(f);
            }
        }
        if let Some(f) = self.day_month(k).or_else(|| self.weekday_the_nth(i, wd)).or_else(|| self.weekday_week(i, wd))
        {
            return Some(f);
        }
        let value = self.range_end_weekday(i, wd).unwrap_or_else(|| self.weekday_value(i, wd, self.weekday_tense(i)));
        Some(self.with_day_part(i + 1, value))
    }

    /// `Friday week` (British): the weekday `wd` at `i` a week after the coming one.
    fn weekday_week(&self, i: usize, wd: i8) -> Option<Found> {
        if !self.is(i + 1, "week") || self.is_possessive(i + 2) || self.is(i + 2, "of") {
            return None;
        }
        let day = calendar::weekday(self.doc?, wd, Tense::Future, false);
        Some(Found::new(i + 2, TimexValue::day(calendar::step(day, 1, Unit::Week)?)).doc_relative())
    }

    /// The second weekday `wd` at `i` of a range (`Monday through Friday`, `Tuesday to Thursday`):
    /// the first such day after the range's first day.
    fn range_end_weekday(&self, i: usize, wd: i8) -> Option<TimexValue> {
        let (join, first) = (i.checked_sub(1)?, i.checked_sub(2)?);
        let joined = matches!(self.lw(join).as_str(), "through" | "thru" | "to" | "until" | "till")
            || is_dash(self.a.word(join));
        let wd1 = words::weekday(self.lw(first).as_str()).filter(|_| joined && self.cap(first))?;
        let TimexValue::Day { year: Some(y), month, day } = self.weekday_value(first, wd1, self.weekday_tense(first))
        else {
            return None;
        };
        let start = Date::new(y, month, day).ok()?;
        Some(TimexValue::day(calendar::weekday(start, wd, Tense::Future, false)))
    }

    /// `Thursday the 14th` (weekday `wd` at `i`): the day of that number in the month of the
    /// document date, or the month before or after, where it falls on that weekday.
    fn weekday_the_nth(&self, i: usize, wd: i8) -> Option<Found> {
        let w = self.a.word(i + 2);
        if !self.is(i + 1, "the") || self.kind(i + 2) != Some(TokenKind::Number) || words::ordinal(w).is_none() {
            return None;
        }
        let d = words::day_of_month(w)?;
        let doc = self.doc?;
        let day = [0, -1, 1].into_iter().find_map(|step| {
            let m = calendar::step(doc, step, Unit::Month)?;
            Date::new(m.year(), m.month(), d).ok().filter(|day| day.weekday().to_monday_one_offset() == wd)
        })?;
        Some(Found::new(i + 3, TimexValue::day(day)))
    }

    /// `Thu 7 March` · `Wed, March 6` (an undotted short weekday, only before the date it names;
    /// "Sun" and "Wed" alone are other words).
    fn short_weekday_date(&self, i: usize, w: &str) -> Option<Found> {
        words::short_weekday(w).filter(|_| self.cap(i))?;
        let k = if self.a.word(i + 1) == "," { i + 2 } else { i + 1 };
        let f = self.written_day(k)?;
        Some(Found { end: f.end, ..f })
    }

    /// The way a bare weekday at `i` points: a weekday's event ("Wednesday's ruling") is one
    /// reported, in the past, unless the text looks ahead to it ("ahead of Tuesday's vote");
    /// else the tense of the clause.
    fn weekday_tense(&self, i: usize) -> Tense {
        if !self.is_possessive(i + 1) {
            return self.tense(i);
        }
        let lo = i.saturating_sub(3);
        let ahead = (lo..i).any(|k| matches!(self.lw(k).as_str(), "ahead" | "upcoming"));
        if ahead {
            Tense::Future
        } else {
            Tense::Past
        }
    }

    /// A day followed by a part of day becomes a time: `Friday evening`, `yesterday morning`.
    fn with_day_part(&self, j: usize, day: TimexValue) -> Found {
        match words::day_part(self.lw(j).as_str()) {
            Some(p) => Found::new(j + 1, part_of(Some(day), p)),
            None => Found::new(j, day),
        }
    }

    /// `mid-afternoon` · `late morning` · `early evening` · `midmorning` · `mid-afternoon
    /// yesterday` (a part of a day with its `mod`: the day named after it, else the day of the text).
    fn day_part_phrase(&self, i: usize, w: &str) -> Option<Found> {
        let next = self.lw(i + 1);
        let (pos, part, j) = match w.split_once('-') {
            Some((pos, part)) => (pos, part, i + 1),
            // "midmorning", "midafternoon", "midevening" (not "midnight", a clock time).
            None if matches!(w, "midmorning" | "midafternoon" | "midevening") => ("mid", w.get(3..)?, i + 1),
            None => (w, next.as_str(), i + 2),
        };
        let md = position_mod(pos)?;
        let p = words::day_part(part)?;
        Some(self.part_of_named_day(j, p, i).with_mod(md))
    }

    /// `[at] dawn` · `[before] dusk` · `[at] daybreak Sunday` · `[by] nightfall yesterday` (an edge
    /// of the day after a preposition of time, as the part of the day it falls in; not "the
    /// dawn of an era", "a dawn raid").
    fn day_edge_phrase(&self, i: usize, w: &str) -> Option<Found> {
        let p = words::day_edge(w).filter(|_| !self.cap(i))?; // not "until Dawn arrived"
        let before = matches!(
            self.prev(i).as_str(),
            "at" | "before"
                | "after"
                | "by"
                | "until"
                | "till"
                | "since"
                | "from"
                | "around"
                | "near"
                | "toward"
                | "towards"
                | "past"
                | "through"
        );
        if !before {
            return None;
        }
        Some(self.part_of_named_day(i + 1, p, i + 1))
    }

    /// A part `p` of the day named at `j` (`Sunday`, `yesterday`), else of the day of the text,
    /// in the clause of token `clause` (whose tense points a weekday and whose sentence gives the
    /// day of the text).
    fn part_of_named_day(&self, j: usize, p: DayPart, clause: usize) -> Found {
        let nw = self.lw(j);
        let (end, day) = if let Some(wd) = words::weekday(nw.as_str()).filter(|_| self.cap(j)) {
            (j + 1, Some(self.weekday_value(j, wd, self.tense(clause))))
        } else if let Some(off) = day_offset(nw.as_str()) {
            (j + 1, Some(self.relative_period(off, Unit::Day)))
        } else {
            (j, self.day_of_text(clause).map(TimexValue::day))
        };
        Found::new(end, part_of(day, p))
    }

    /// `overnight` (the night before the day of the text, or that night in a future clause;
    /// not the adjective of "overnight rates", "an overnight stay").
    fn overnight(&self, i: usize, w: &str) -> Option<Found> {
        // Not "overnight rates", "his overnight 105" (a score), "Overnight Summary" (a title).
        let title = self.cap(i) && self.cap(i + 1) && self.kind(i + 1) == Some(TokenKind::Word);
        if w != "overnight"
            || words::overnight_noun(self.lw(i + 1).as_str())
            || self.kind(i + 1) == Some(TokenKind::Number)
            || title
        {
            return None;
        }
        let day = self.day_of_text(i);
        let day = match (day, self.tense(i)) {
            (Some(d), Tense::Past | Tense::Unknown) => d.yesterday().ok(),
            (d, _) => d,
        };
        Some(Found::new(i + 1, part_of(day.map(TimexValue::day), DayPart::Night)))
    }

    /// After `the`: `first week of April` · `second week of May 2023` (the ISO week with most of its
    /// days in the month's first or last seven: `2024-W14`).
    fn week_of_month(&self, j: usize) -> Option<Found> {
        let w = self.lw(j);
        // Not "the last week of August", a span of the last seven days in part of the data.
        let nth =
            words::ordinal(w.as_str()).filter(|n| (1..=5).contains(n) && self.kind(j) == Some(TokenKind::Word))?;
        if !self.is(j + 1, "week") {
            return None;
        }
        let (f, first) = self.of_month(j + 2)?;
        // The Thursday of a week decides its month, as in ISO weeks.
        let day = first.checked_add(jiff::Span::new().days(i64::from(3 + 7 * (nth - 1)))).ok()?;
        (day.month() == first.month()).then(|| Found::new(f.end, calendar::period(day, Unit::Week)).explicit_as(&f))
    }

    /// `of April` · `of May 2023` at `j`, after a week or day counted in the month: the month
    /// phrase (with a known year) and the month's first day.
    fn of_month(&self, j: usize) -> Option<(Found, Date)> {
        if !self.is(j, "of") {
            return None;
        }
        let k = j + 1;
        let f = self.month_phrase(k, words::month(self.lw(k).as_str())?)?;
        let TimexValue::Month { year: Some(y), month } = f.value else {
            return None;
        };
        let first = Date::new(y, month, 1).ok()?;
        Some((f, first))
    }

    /// After `the`: `first Tuesday of April` · `last Sunday of February` · `third Thursday of
    /// November 2025` · `first day of April` · `last day of February` (a day counted in a month).
    fn nth_day_of_month(&self, j: usize) -> Option<Found> {
        let w = self.lw(j);
        let n = match w.as_str() {
            "last" | "final" => -1,
            o => i8::try_from(words::ordinal(o).filter(|n| (1..=5).contains(n))?).ok()?,
        };
        let named = self.lw(j + 1);
        let wd = match named.as_str() {
            "day" => None,
            d => Some(words::weekday(d).filter(|_| self.cap(j + 1))?),
        };
        let (f, first) = self.of_month(j + 2)?;
        let day = match (wd, n) {
            (None, -1) => first.last_of_month(),
            (None, n) => first.checked_add(jiff::Span::new().days(i64::from(n - 1))).ok()?,
            (Some(wd), n) => {
                let weekday = jiff::civil::Weekday::from_monday_one_offset(wd).ok()?;
                first.nth_weekday_of_month(n, weekday).ok()?
            }
        };
        Some(Found::new(f.end, TimexValue::day(day)).explicit_as(&f))
    }

    /// After `[on] the`: `12th` · `2nd` (a day of the month of the text, where nothing but a date
    /// can follow: "on the 12th.", "by the 20th and"; not "the 12th floor", "the 12th seed").
    fn day_of_this_month(&self, j: usize) -> Option<Found> {
        let w = self.a.word(j);
        let d = words::day_of_month(w)
            .filter(|_| self.kind(j) == Some(TokenKind::Number) && words::ordinal(w).is_some())?;
        let p = self.prev(j - 1);
        if !matches!(p.as_str(), "on" | "by" | "until" | "till" | "since" | "from" | "before") {
            return None;
        }
        let noun_follows = self.a.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && (self.cap(j + 1) || !season_follower(self.lw(j + 1).as_str()));
        // "on the 15th and 17th holes": the noun after the second ordinal counts for both.
        let shared_noun = matches!(self.lw(j + 1).as_str(), "and" | "or")
            && words::ordinal(self.a.word(j + 2)).is_some()
            && self.word_follows(j + 3);
        if noun_follows || shared_noun || self.is(j + 1, "of") || self.about_a_game(j) {
            return None;
        }
        // "from the 13th to the 19th of October 1950": the month of the range's end.
        if matches!(self.lw(j + 1).as_str(), "to" | "and" | "through" | "until" | "-" | "–") {
            let k = if self.is(j + 2, "the") { j + 3 } else { j + 2 };
            if let Some(f) = self.ordinal_of_month(k).or_else(|| self.day_month(k)) {
                if let TimexValue::Day { year, month, .. } = f.value {
                    return Some(Found::new(j + 1, TimexValue::Day { year, month, day: d }));
                }
            }
        }
        // A narrative counts from its last date when that date has a written year.
        let base = match self.narrative {
            true => self.anchor.filter(|_| self.anchor_explicit)?,
            false => self.doc?,
        };
        // "spoke on the 20th" written on the 14th: the 20th of the month before; in a narrative,
        // "28 September ... on the 2nd": the month after the last date.
        let step = match (self.narrative, self.tense(j)) {
            (true, _) => i64::from(d < base.day()),
            (false, Tense::Past) if d > base.day() => -1,
            (false, Tense::Future) if d < base.day() => 1,
            _ => 0,
        };
        let m = calendar::step(base, step, Unit::Month)?;
        let day = Date::new(m.year(), m.month(), d).ok()?;
        Some(Found::new(j + 1, TimexValue::day(day)))
    }

    /// After `the`: `year's first half` · `year's third quarter` (of the document year).
    fn years_part(&self, j: usize) -> Option<Found> {
        if !self.is(j, "year") || !self.is_possessive(j + 1) {
            return None;
        }
        let k = i8::try_from(words::ordinal(self.lw(j + 2).as_str())?).ok()?;
        let quarter = match self.lw(j + 3).as_str() {
            "quarter" => true,
            "half" => false,
            _ => return None,
        };
        Some(Found::new(j + 4, quarter_or_half(self.doc.map(|d| d.year()), k, quarter)?))
    }

    /// True when the sentence of token `i` talks of a game ("scored in the second half"): a
    /// half or quarter there is a part of the match, not of a year.
    fn about_a_game(&self, i: usize) -> bool {
        self.a.sentence(self.a.sentence_of(i)).any(|k| words::game_word(self.a.lower(k)))
    }

    /// After `the`: `early hours [of Sunday]` · `small hours` (the night's end, `TNI`).
    fn early_hours(&self, j: usize) -> Option<Found> {
        if !matches!(self.lw(j).as_str(), "early" | "small" | "wee") || !self.is(j + 1, "hours") {
            return None;
        }
        if !self.is(j + 2, "of") {
            return Some(self.part_of_named_day(j + 2, DayPart::Night, j + 2));
        }
        let k = j + 3;
        let named = self.part_of_named_day(k, DayPart::Night, k);
        let f = if named.end > k {
            named
        } else {
            let f = self.written_day(k)?;
            Found::new(f.end, part_of(Some(f.value.clone()), DayPart::Night)).explicit_as(&f)
        };
        // "the early hours of Thursday morning": the day and its part make the expression.
        (words::day_part(self.lw(f.end).as_str()).is_none()).then_some(f)
    }

    /// The day a time without a date at token `i` falls on: the last day named in a narrative
    /// or in this or the previous sentence ("The blast came Friday ... at about 10:35 a.m."),
    /// else the document date.
    fn day_of_text(&self, i: usize) -> Option<Date> {
        let near = self.anchor_sentence + 1 >= self.a.sentence_of(i);
        match self.anchor {
            Some(a) if self.anchor_is_day && (self.narrative || near) => Some(a),
            Some(_) if self.narrative => None,
            _ => self.doc,
        }
    }

    /// `[on] weekends` · `[at] weekends` · `[on] weekdays` (a weekly set).
    fn weekends(&self, i: usize, w: &str) -> Option<Found> {
        let days = match w {
            "weekends" => TimexValue::Weekend,
            "weekdays" => TimexValue::Weekdays, // "[on] weekdays"
            _ => return None,
        };
        matches!(self.prev(i).as_str(), "on" | "at" | "over" | "during")
            .then(|| Found::new(i + 1, TimexValue::Set(Box::new(days))))
    }

    /// `on Mondays` (a weekly set).
    fn weekday_set(&self, i: usize, wd: i8) -> Option<Found> {
        (self.cap(i) && self.is(i.wrapping_sub(1), "on")).then(|| {
            let mut f = Found::new(i + 1, TimexValue::Set(Box::new(TimexValue::Weekday(wd))));
            f.quant = None;
            f
        })
    }

    /// `today` · `yesterday` · `tomorrow morning` · `tonight`.
    fn day_word(&self, i: usize, w: &str) -> Option<Found> {
        if self.in_name(i) {
            return None;
        }
        let off = match w {
            "today" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            "tonight" => {
                let day = self.doc.map(|d| Box::new(TimexValue::day(d)));
                return Some(Found::new(i + 1, TimexValue::Time { date: day, time: TimeOfDay::Part(DayPart::Night) }));
            }
            _ => return None,
        };
        let day = self.relative_period(off, Unit::Day);
        Some(self.with_day_part(i + 1, day).doc_relative())
    }

    /// True when the capitalized word at `i` ends a name inside its sentence: "USA Today",
    /// "VOA Today", "The Daily Today" (a newspaper or programme, not the day).
    fn in_name(&self, i: usize) -> bool {
        self.title_case(i) && self.cap(i.wrapping_sub(1)) && self.kind(i.wrapping_sub(1)) == Some(TokenKind::Word)
    }

    /// `3 p.m.` · `10:30 a.m. EST` · `14:00 GMT` · `noon` · `midnight` · `3 o'clock`.
    fn clock(&self, i: usize) -> Option<Found> {
        let lw = self.lw(i);
        let w = lw.as_str();
        let (end, hour, minute) = match w {
            "noon" if self.is(i.wrapping_sub(1), "high") => return None,
            "noon" | "midday" => (i + 1, 12, 0),
            "midnight" => (i + 1, 24, 0),
            _ => {
                // "7pm", "9.30am": the meridiem glued to the number.
                let (body, glued) = words::split_meridiem(w);
                let (h, m) = match body.split_once([':', '.']) {
                    Some((h, m)) if m.len() == 2 => (words::digits(h)?, words::digits(m)?),
                    None => (words::digits(body).filter(|_| self.kind(i) == Some(TokenKind::Number))?, 0),
                    _ => return None,
                };
                if h > 24 || m > 59 {
                    return None;
                }
                // "3 o'clock" (no minutes written).
                let oclock =
                    !body.contains(':') && glued.is_none() && matches!(self.lw(i + 1).as_str(), "o'clock" | "o’clock");
                let k = if oclock { i + 2 } else { i + 1 };
                if glued.is_some() {
                    // The meridiem is inside the token: `7pm` ends at the next token.
                    return meridiem_hour(h, glued).map(|hour| self.clock_at(i, k, hour, m as u8));
                }
                let mer = words::meridiem(self.lw(k).as_str());
                // "9.30 a.m." is a time; "9.30" alone is a decimal number.
                if body.contains('.') && mer.is_none() {
                    return None;
                }
                // "at 4 in the morning" (after a preposition of time: "scored 4 in the morning" is a count).
                let at = time_preposition(self.prev(i).as_str());
                if let (None, Some((e, hour)), true) = (mer, self.spoken_meridiem(k, h), at || oclock) {
                    return Some(self.clock_at(i, e, hour, m as u8));
                }
                let zoned = self.is_zone(k);
                let timed = mer.is_some() || zoned || oclock;
                if !(timed || at && w.contains(':')) {
                    return None;
                }
                match mer {
                    Some(_) => (k + 1, meridiem_hour(h, mer)?, m as u8),
                    None => (k, h as u8, m as u8),
                }
            }
        };
        Some(self.clock_at(i, end, hour, minute))
    }

    /// `0900 GMT` · `1430 UTC` · `[at] 1500 hours` (four digits of a 24-hour clock, told by the
    /// zone or `hours` after them).
    fn military_clock(&self, i: usize) -> Option<Found> {
        let w = self.a.word(i);
        // Not "10:35 a.m. (0735 GMT)", an aside giving the time again.
        let aside = self.kind(i.wrapping_sub(1)) == Some(TokenKind::OpenBracket);
        // "[at] 1500 hours" (not "1500 hours of work").
        let hours = self.is(i.wrapping_sub(1), "at") && matches!(self.lw(i + 1).as_str(), "hours" | "hrs");
        if w.len() != 4 || !(self.is_zone(i + 1) || hours) || aside {
            return None;
        }
        let (h, m) = (words::digits(w.get(..2)?)?, words::digits(w.get(2..)?)?);
        let end = if hours { i + 2 } else { i + 1 };
        (h < 24 && m < 60 && w.bytes().all(|b| b.is_ascii_digit())).then(|| self.clock_at(i, end, h as u8, m as u8))
    }

    /// `[at] half past three` · `[by] quarter to five` · `twenty past six p.m.` (a clock time told
    /// in minutes before or after the hour, after a preposition of time or before a meridiem).
    fn spoken_clock(&self, i: usize, w: &str) -> Option<Found> {
        let (j, minutes) = self.clock_minutes(i, w)?;
        let forward = match self.lw(j).as_str() {
            "past" | "after" => true,
            "to" | "before" if minutes != 30 => false,
            _ => return None,
        };
        let k = j + 1;
        if let Some(f) = self.minutes_from_noon(i, k, minutes, forward) {
            return Some(f);
        }
        let h = words::number_word(self.lw(k).as_str()).or_else(|| words::digits(self.a.word(k)))?;
        if !(1..=12).contains(&h) {
            return None;
        }
        let (end, hour) = match words::meridiem(self.lw(k + 1).as_str()) {
            Some(add) => (k + 2, meridiem_hour(h, Some(add))?),
            None => match self.spoken_meridiem(k + 1, h) {
                Some((e, hour)) => (e, hour),
                // "at half past three." (not "up to six to 10 years", a range of counts)
                None if time_preposition(self.prev(self.article_before(i)).as_str()) && !self.word_follows(k + 1) => {
                    (k + 1, h as u8)
                }
                None => return None,
            },
        };
        let (hour, minute) = if forward { (hour, minutes as u8) } else { ((hour + 23) % 24, (60 - minutes) as u8) };
        Some(self.clock_at(i, end, hour, minute))
    }

    /// The token of `a` right before `i` (`[a] quarter past nine`), else `i`.
    fn article_before(&self, i: usize) -> usize {
        match i.checked_sub(1) {
            Some(k) if self.is(k, "a") => k,
            _ => i,
        }
    }

    /// The minutes of a spoken clock time at `i` and the token after them: `half` · `quarter` ·
    /// `twenty` · `20 minutes` · `ten minutes`.
    fn clock_minutes(&self, i: usize, w: &str) -> Option<(usize, u32)> {
        match w {
            "half" => return Some((i + 1, 30)),
            "quarter" => return Some((i + 1, 15)),
            _ => {}
        }
        let n = words::number_word(w).or_else(|| words::digits(w))?;
        if self.is(i + 1, "minutes") && (1..60).contains(&n) {
            return Some((i + 2, n));
        }
        (matches!(n, 5 | 10 | 20 | 25) && self.kind(i) == Some(TokenKind::Word)).then_some((i + 1, n))
    }

    /// `[20 minutes past] midnight` · `[ten minutes to] noon`: minutes before or after the
    /// midnight or noon at `k`.
    fn minutes_from_noon(&self, i: usize, k: usize, minutes: u32, forward: bool) -> Option<Found> {
        let hour: u32 = match self.lw(k).as_str() {
            "midnight" => 0,
            "noon" | "midday" => 12,
            _ => return None,
        };
        let m = u8::try_from(minutes).ok()?;
        let (hour, minute) = if forward { (hour, m) } else { ((hour + 23) % 24, 60 - m) };
        Some(self.clock_at(i, k + 1, u8::try_from(hour).ok()?, minute))
    }

    /// True when a word that is no function word stands at `k` ("10 years", "six votes").
    fn word_follows(&self, k: usize) -> bool {
        self.a.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && !season_follower(self.lw(k).as_str())
    }

    /// `4 in the morning` · `11 at night` · `8 tonight`: the end and the 24-hour hour of hour `h` told by a
    /// part of the day after it.
    fn spoken_meridiem(&self, j: usize, h: u32) -> Option<(usize, u8)> {
        let h = u8::try_from(h).ok().filter(|h| (1..=12).contains(h))?;
        let (end, pm) = if self.is(j, "in") && self.is(j + 1, "the") {
            let pm = after_noon(words::day_part(self.lw(j + 2).as_str())?, h);
            (j + 3, pm)
        } else if self.is(j, "at") && self.is(j + 1, "night") {
            (j + 2, h >= 6)
        } else if self.is(j, "tonight") {
            (j + 1, h >= 6) // "8 tonight"
        } else if self.is(j, "this") {
            // "4:45 this afternoon", "10 this morning"
            let pm = after_noon(words::day_part(self.lw(j + 1).as_str())?, h);
            (j + 2, pm)
        } else {
            return None;
        };
        // "4 in the morning session" is a count, not a time ("at 4 in the morning and ..." is).
        let noun_follows = self.a.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Word && t.is(Flags::LOWER))
            && !season_follower(self.lw(end).as_str());
        if noun_follows {
            return None;
        }
        let hour = match (h, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, pm) => h + if pm { 12 } else { 0 },
        };
        Some((end, hour))
    }

    /// A clock time that ends at `end` (started at `i`), with what may follow it: a zone, a
    /// weekday, `today`, a date (`5 p.m. EST, Nov. 9`); else on the day of the text.
    fn clock_at(&self, i: usize, end: usize, hour: u8, minute: u8) -> Found {
        let end = if self.is_zone(end) { end + 1 } else { end };
        let nw = self.lw(end);
        if let Some(wd) = words::weekday(nw.as_str()).filter(|_| self.cap(end)) {
            let day = self.weekday_value(end, wd, self.tense(i));
            return Found::new(
                end + 1,
                TimexValue::Time { date: Some(Box::new(day)), time: TimeOfDay::Clock { hour, minute } },
            );
        }
        if let Some((k, wd)) = self.weekday_after_brackets(end) {
            // "10:35 a.m. (0735 GMT) Friday": the day is the weekday; the extent stays the time.
            let day = self.weekday_value(k, wd, self.tense(i));
            return Found::new(
                end,
                TimexValue::Time { date: Some(Box::new(day)), time: TimeOfDay::Clock { hour, minute } },
            );
        }
        if let Some(off) = day_offset(nw.as_str()) {
            let date = self.doc.and_then(|d| calendar::step(d, off, Unit::Day)).map(|d| Box::new(TimexValue::day(d)));
            return Found::new(end + 1, TimexValue::Time { date, time: TimeOfDay::Clock { hour, minute } });
        }
        if let Some(f) = self.clock_on_date(end, hour, minute) {
            return f;
        }
        if let Some(day) = self.day_after_on(i, end) {
            // "midnight on March 31", "6:00 local time on Sunday": the day dates the time; the
            // extent stays the time.
            return Found::new(
                end,
                TimexValue::Time { date: Some(Box::new(day)), time: TimeOfDay::Clock { hour, minute } },
            );
        }
        let date = self.day_of_text(i).map(|d| Box::new(TimexValue::day(d)));
        Found::new(end, TimexValue::Time { date, time: TimeOfDay::Clock { hour, minute } })
    }

    /// The day named by `[local time] on <day>` after a clock time that started at `i` and ends
    /// at `j`: `on Sunday`, `on March 31`.
    fn day_after_on(&self, i: usize, j: usize) -> Option<TimexValue> {
        let k = if self.is(j, "local") && self.is(j + 1, "time") { j + 2 } else { j };
        if !self.is(k, "on") {
            return None;
        }
        if let Some(wd) = words::weekday(self.lw(k + 1).as_str()).filter(|_| self.cap(k + 1)) {
            return Some(self.weekday_value(k + 1, wd, self.tense(i)));
        }
        Some(self.written_day(k + 1)?.value)
    }

    /// The token and number of a weekday right after a bracketed aside that starts at `j`:
    /// `[10:35 a.m.] (0735 GMT) Friday`.
    fn weekday_after_brackets(&self, j: usize) -> Option<(usize, i8)> {
        if self.kind(j) != Some(TokenKind::OpenBracket) {
            return None;
        }
        let close = (j + 1..j + CLOCK_ASIDE).find(|&k| self.kind(k) == Some(TokenKind::CloseBracket))?;
        let k = close + 1;
        words::weekday(self.lw(k).as_str()).filter(|_| self.cap(k)).map(|wd| (k, wd))
    }

    /// A clock time followed by its date: `5 p.m. EST, Nov. 9`.
    fn clock_on_date(&self, j: usize, hour: u8, minute: u8) -> Option<Found> {
        let k = if self.a.word(j) == "," { j + 1 } else { j };
        let m = words::month(self.lw(k).as_str()).filter(|_| self.cap(k))?;
        let d = words::day_of_month(self.a.word(k + 1)).filter(|_| self.kind(k + 1) == Some(TokenKind::Number))?;
        let f = self.day_value(k, k + 2, m, d)?;
        let date = Some(Box::new(f.value));
        Some(Found::new(f.end, TimexValue::Time { date, time: TimeOfDay::Clock { hour, minute } }))
    }

    fn is_zone(&self, i: usize) -> bool {
        self.a.tokens.get(i).is_some_and(|t| t.is(Flags::ALL_CAPS)) && words::zone(self.lw(i).as_str())
    }

    // ---- relative expressions ------------------------------------------------------------

    /// `[the next year] or so` · `[the past two years] or so`: the expression with `or so`, `mod`
    /// APPROX (unless it has a `mod` already).
    fn or_so(&self, f: Found) -> Found {
        if !(self.is(f.end, "or") && self.is(f.end + 1, "so")) || f.modifier.is_some() {
            return f;
        }
        let mut f = f.with_mod("APPROX");
        f.end += 2;
        f
    }

    /// `this week` · `last month` · `next year` · `last Friday` · `this morning` · `last night` ·
    /// `next spring` · `the past two years` (from `past`).
    fn relative(&self, i: usize, w: &str) -> Option<Found> {
        let step: i64 = match w {
            "last" | "past" | "previous" => -1,
            "next" | "coming" => 1,
            "this" => 0,
            _ => return None,
        };
        if w == "last" && self.last_is_verb(i) {
            return None; // "the strike will last two weeks": a span, read from the count
        }
        let j = i + 1;
        let nw = self.lw(j);
        let n = nw.as_str();
        if w == "this" && matches!(n, "past" | "coming") {
            return self.relative(j, n); // "this past spring", "this coming Sunday"
        }
        if self.title_case(i) && self.cap(j) && words::unit(n).is_some() {
            return None; // a title: ABC's "This Week"
        }
        if let Some(wd) = words::weekday(n).filter(|_| self.cap(j)) {
            let tense = match step {
                -1 => Tense::Past,
                1 => Tense::Future,
                // "this Friday" is ahead unless the clause is told in the past.
                _ if self.tense(i) == Tense::Past => Tense::Past,
                _ => Tense::Future,
            };
            let value = self.weekday_value(j, wd, tense);
            return Some(self.with_day_part(j + 1, value));
        }
        if let Some(f) = self.holiday_from(j, step) {
            return Some(f);
        }
        if let Some(p) = words::day_part(n) {
            let off = match (w, p) {
                ("last", DayPart::Night) => -1,
                ("this", _) => 0,
                _ => return None,
            };
            let day = self.relative_period(off, Unit::Day);
            return Some(Found::new(j + 1, part_of(Some(day), p)));
        }
        if let Some(f) = self.month_or_season_from(self.doc, j, step) {
            return Some(f);
        }
        if n == "weekend" {
            let mut v = self.relative_period(step, Unit::Week);
            if let TimexValue::Week { weekend, .. } = &mut v {
                *weekend = true;
            }
            return Some(Found::new(j + 1, v));
        }
        if matches!(w, "past" | "last" | "next" | "coming") {
            if let Some(f) = self.span_of(j) {
                // "last fortnight" is no calendar period: the span.
                let several = words::unit(n).is_some_and(UnitWord::is_multiple);
                let counted = (self.cardinal(j).is_some() && !matches!(n, "a" | "an")) || several;
                if w != "last" && w != "next" || counted {
                    return Some(f);
                }
            }
        }
        if w == "past" {
            return None;
        }
        let UnitWord { unit, plural, .. } = words::unit(n)?;
        if plural || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day) {
            return None;
        }
        let value = self.relative_period(step, unit);
        if let (TimexValue::Year(y), true) = (&value, self.is_possessive(j + 1)) {
            if let Some(f) = self.quarter_of_year(j + 2, *y) {
                return Some(f);
            }
        }
        Some(Found::new(j + 1, value))
    }

    /// True when token `i` is capitalized inside its sentence (not as its first word).
    fn title_case(&self, i: usize) -> bool {
        self.cap(i) && self.a.sentence(self.a.sentence_of(i)).start != i
    }

    fn is_possessive(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Possessive)
    }

    /// A quarter of year `y` named after it: `[this year's] third quarter` · `[the 1988] quarter` ·
    /// `[the 1988] period` (the quarter the text is about: the last one named in this or the
    /// previous sentence, or for `quarter` the last completed one).
    fn quarter_of_year(&self, j: usize, y: i16) -> Option<Found> {
        let ordinal = words::ordinal(self.lw(j).as_str()).filter(|_| self.is(j + 1, "quarter"));
        if let Some(k) = ordinal {
            return Some(Found::new(j + 2, quarter_or_half(Some(y), i8::try_from(k).ok()?, true)?));
        }
        let sentence = self.a.sentence_of(j);
        let named = self.quarter_anchor.filter(|&(_, s)| s + QUARTER_REACH >= sentence).map(|(d, _)| d);
        let quarter = match self.lw(j).as_str() {
            "quarter" => named.or_else(|| self.doc.and_then(|d| calendar::step(d, -1, Unit::Quarter)))?,
            "period" => named?,
            _ => return None,
        };
        Some(Found::new(j + 1, TimexValue::Quarter { year: Some(y), quarter: (quarter.month() - 1) / 3 + 1 }))
    }

    /// A stretch of time after `the past` / `the next`: `two years`, `24 hours`, `few weeks`, `month`.
    fn span_of(&self, j: usize) -> Option<Found> {
        if let Some((end, whole, u)) = self.half_count_unit(j) {
            return Some(Found::new(end, TimexValue::and_a_half(whole, u.unit, u.times)));
        }
        if let Some((end, n, unit)) = self.count_unit(j) {
            return Some(Found::new(end, TimexValue::Duration { amount: n, unit }));
        }
        if self.is(j, "few") || self.is(j, "several") {
            let unit = words::unit(self.lw(j + 1).as_str())?.unit;
            return Some(Found::new(j + 2, TimexValue::Duration { amount: None, unit }));
        }
        let u = words::unit(self.lw(j).as_str())?;
        let amount = (!u.plural).then_some(u.times); // "[the past] fortnight": two weeks
        Some(Found::new(j + 1, TimexValue::Duration { amount, unit: u.unit }))
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
            "day" if self.is(j + 1, "before") && self.is(j + 2, "yesterday") => {
                Some(Found::new(j + 3, self.relative_period(-2, Unit::Day)))
            }
            "day" if self.is(j + 1, "after") && self.is(j + 2, "tomorrow") => {
                Some(Found::new(j + 3, self.relative_period(2, Unit::Day)))
            }
            "day" | "week" | "month" | "year" if self.is(j + 1, "after") && self.is(j + 2, "next") => {
                let unit = words::unit(n)?.unit;
                Some(Found::new(j + 3, self.relative_period(2, unit)))
            }
            "day" | "week" | "month" if matches!(self.lw(j + 1).as_str(), "after" | "before") => self.unit_after(j),
            _ if words::day_part(n).is_some() && self.is(j + 1, "of") => self.part_of_day_of(j),
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

    /// `[the turn of the] century` · `millennium` · `20th century` · `last century`: the year
    /// of the boundary (`2000`, `1900`). A bare century is the last boundary before the document
    /// date, or the next one in a clause about the future late in a century.
    fn turn_of(&self, k: usize) -> Option<Found> {
        let w = self.lw(k);
        if let Some(Found { end, value: TimexValue::Century(c), .. }) = self.bare_century(k) {
            return Some(Found::new(end, TimexValue::Year(c.checked_mul(100)?)));
        }
        let (span, end, back) = match w.as_str() {
            "century" => (100, k + 1, 0),
            "millennium" => (1000, k + 1, 0),
            "last" | "previous" | "past" if self.is(k + 1, "century") => (100, k + 2, 100),
            _ => return None,
        };
        let y = self.doc?.year();
        let mut turn = y - y.rem_euclid(span) - back;
        if back == 0 && span == 100 && y.rem_euclid(100) >= 50 && self.tense(k) == Tense::Future {
            turn += 100;
        }
        Some(Found::new(end, TimexValue::Year(turn)).doc_relative())
    }

    /// After `in the`, `during the`: `morning` · `night` (a part of the day of the text, in a
    /// clause with a tense; not "in the morning session", "scored 6 in the evening", nor the
    /// habit of "in the morning the first crew arrives").
    fn the_day_part(&self, i: usize, j: usize) -> Option<Found> {
        let p = words::day_part(self.lw(j).as_str())?;
        let counted = self.kind(i.wrapping_sub(2)) == Some(TokenKind::Number);
        let during = matches!(self.prev(i).as_str(), "in" | "during" | "through" | "throughout")
            && !counted
            && self.tense(i) != Tense::Unknown;
        let noun_follows = self.a.tokens.get(j + 1).is_some_and(|t| t.kind == TokenKind::Word && t.is(Flags::LOWER))
            && !season_follower(self.lw(j + 1).as_str());
        (during && !noun_follows).then(|| Found::new(j + 1, part_of(self.day_of_text(j).map(TimexValue::day), p)))
    }

    /// After `the`: a part of a day named after it: `night of April 18, 1775` · `morning of
    /// Oct. 23` (`1775-04-18TNI`).
    fn part_of_day_of(&self, j: usize) -> Option<Found> {
        let p = words::day_part(self.lw(j).as_str())?;
        let f = self.written_day(j + 2)?;
        Some(Found::new(f.end, part_of(Some(f.value.clone()), p)).explicit_as(&f))
    }

    /// A day written at `k`: `March 6` · `6 March 2000` · `Oct. 23, 1998`.
    fn written_day(&self, k: usize) -> Option<Found> {
        let f = match words::month(self.lw(k).as_str()) {
            Some(m) => self.month_phrase(k, m)?,
            None => self.day_month(k)?,
        };
        matches!(f.value, TimexValue::Day { .. }).then_some(f)
    }

    /// After `[over] the`: `years` · `decades` (a stretch of unknown length up to now: `PXY`);
    /// not "in the weeks before the vote", which counts from an event, nor "over the years
    /// 1751-1777".
    fn over_the_units(&self, j: usize) -> Option<Found> {
        let unit = words::unit(self.lw(j).as_str())?.unit;
        let over = matches!(self.prev(j - 1).as_str(), "over" | "through" | "throughout");
        let counted = matches!(self.lw(j + 1).as_str(), "of" | "before" | "after" | "since" | "ago" | "later");
        let named = matches!(self.kind(j + 1), Some(TokenKind::Possessive | TokenKind::Number)); // "the years 1751-1777"
        (over && !counted && !named).then(|| Found::new(j + 1, TimexValue::Duration { amount: None, unit }))
    }

    /// After `the`: `year` · `full year` · `fiscal year` · `current fiscal year` · `latest fiscal
    /// year` (the year of the text, DATE) · `year ended Sept. 30` (DURATION) · `year 2000` ·
    /// `year two thousand` (not "the year before", which counts from a date).
    fn the_year(&self, j: usize) -> Option<Found> {
        let (mut k, mut step) = (j, 0);
        match self.lw(k).as_str() {
            "full" | "current" => k += 1,
            "latest" | "last" | "previous" | "prior" if self.is(k + 1, "fiscal") => (k, step) = (k + 1, -1),
            _ => {}
        }
        if self.is(k, "fiscal") {
            k += 1;
        }
        // "the Year III" (a calendar's name) is capitalized.
        if !self.is(k, "year") || self.cap(k) {
            return None;
        }
        if let Some(f) = self.year_number(k + 1) {
            return Some(f);
        }
        let next = self.lw(k + 1);
        match next.as_str() {
            "ended" | "ending" => {
                return Some(Found::new(k + 1, TimexValue::Duration { amount: Some(1), unit: Unit::Year }))
            }
            "before" | "after" | "earlier" | "later" | "when" | "in" | "of" => return None,
            _ => {}
        }
        if self.is_possessive(k + 1) && k == j {
            return None;
        }
        let base = match self.anchor.filter(|_| self.narrative) {
            Some(a) => a.year(),
            None => self.doc?.year(),
        };
        Some(Found::new(k + 1, TimexValue::Year(base + step)))
    }

    /// A year written after `the year`: `2000` · `two thousand`.
    fn year_number(&self, j: usize) -> Option<Found> {
        if let Some(y) = words::year(self.a.word(j)).filter(|_| self.kind(j) == Some(TokenKind::Number)) {
            return Some(Found::new(j + 1, TimexValue::Year(y)).explicit());
        }
        self.spoken_thousands(j).or_else(|| self.spoken_year(j)).map(Found::explicit)
    }

    /// After `the`: `nine months` · `first nine months` (a counted stretch, DURATION).
    fn the_counted(&self, j: usize, n: &str) -> Option<Found> {
        let k = if matches!(n, "first" | "final") { j + 1 } else { j };
        if matches!(self.lw(k).as_str(), "a" | "an" | "one" | "some" | "many" | "few") {
            return None;
        }
        let (end, amount, unit) = self.count_unit(k)?;
        (amount.is_some_and(|a| a > 1) && !self.a.word(k).contains('-'))
            .then(|| Found::new(end, TimexValue::Duration { amount, unit }))
    }

    /// After `the past`: `three summers` · `two winters` (each of them: a set of the season, as a
    /// season is no unit of length).
    fn counted_seasons(&self, j: usize) -> Option<Found> {
        let (k, Some(n)) = self.cardinal(j)? else {
            return None;
        };
        let season = words::season(self.lw(k).as_str().strip_suffix('s')?)?;
        (n > 1).then(|| Found::new(k + 1, TimexValue::Set(Box::new(TimexValue::Season { year: None, season }))))
    }

    /// After `the`: `days ahead` · `weeks to come` (an open stretch from now: `PXD`, `PXW`) ·
    /// `year ahead` (one unit from now: `P1Y`).
    fn units_ahead(&self, j: usize) -> Option<Found> {
        let u = words::unit(self.lw(j).as_str())?;
        let end = match self.lw(j + 1).as_str() {
            "ahead" => j + 2,
            "to" if u.plural && self.is(j + 2, "come") => j + 3,
            _ => return None,
        };
        let amount = (!u.plural).then_some(u.times);
        Some(Found::new(end, TimexValue::Duration { amount, unit: u.unit }))
    }

    /// After `the`: `past two years` (DURATION), `past` (PAST_REF), `next day` / `following
    /// year` / `previous day` / `same day` (from the last date in the text).
    fn the_relative(&self, j: usize, n: &str) -> Option<Found> {
        if self.is(j + 1, "weekend") && matches!(n, "past" | "last" | "previous" | "next" | "coming") {
            return self.relative(j, n); // "the past weekend": the last one
        }
        if matches!(n, "past" | "last" | "next" | "coming") {
            if let Some(f) = self.span_of(j + 1).or_else(|| self.counted_seasons(j + 1)) {
                let several = words::unit(self.lw(j + 1).as_str()).is_some_and(UnitWord::is_multiple);
                let anchored_next = n == "next" && self.cardinal(j + 1).is_none() && !several;
                if !anchored_next {
                    return Some(f);
                }
            }
        }
        if n == "past" {
            return Some(Found::new(j + 1, TimexValue::Reference(Reference::Past)));
        }
        let step = match n {
            "next" | "following" => 1,
            "previous" | "preceding" | "prior" => -1,
            "same" => 0,
            _ => return None,
        };
        if step != 0 {
            if let Some(f) = self.month_or_season_from(self.anchor.or(self.doc), j + 1, step) {
                return Some(f);
            }
            if words::day_part(self.lw(j + 1).as_str()).is_some() {
                return self.part_next_to(j + 1, j + 2, step); // "the previous night"
            }
            if let Some(wd) = words::weekday(self.lw(j + 1).as_str()).filter(|_| self.cap(j + 1)) {
                // "the previous Friday": the Friday before the last date in the text.
                let tense = if step > 0 { Tense::Future } else { Tense::Past };
                let day = calendar::weekday(self.base_for(Unit::Day)?, wd, tense, false);
                return Some(Found::new(j + 2, TimexValue::day(day)));
            }
        }
        let UnitWord { unit, plural: false, .. } = words::unit(self.lw(j + 1).as_str())? else {
            return None;
        };
        let base = self.base_for(unit)?;
        let d = calendar::step(base, step, unit)?;
        Some(Found::new(j + 2, calendar::period(d, unit)))
    }

    /// After `the week of`: the ISO week holding the day at `k` (`[the week of] March 6`,
    /// `[the week of] 6 March 2000`).
    fn week_of(&self, k: usize) -> Option<Found> {
        let f = self.written_day(k)?;
        let TimexValue::Day { year: Some(y), month, day } = f.value else {
            return None;
        };
        let d = Date::new(y, month, day).ok()?;
        Some(Found::new(f.end, calendar::period(d, Unit::Week)).explicit_as(&f))
    }

    /// The date a step of `unit` counts from ("the next day", "the following week"): the last
    /// date in the text; but a day or week does not count from a date the text gave only as a
    /// month or year ("in 2001 ... the following week"), outside a narrative: then the document date.
    fn base_for(&self, unit: Unit) -> Option<Date> {
        let fine = matches!(unit, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Week);
        match self.anchor {
            Some(a) if self.anchor_is_day || !fine || self.narrative => Some(a),
            _ => self.doc.or(self.anchor),
        }
    }

    /// A month or season at `j` counted `step` (-1, 0, 1) from `base`: `[last] March`,
    /// `[last] Oct. 23`, `[next] spring` from the document date; `[the previous] April`, `[the
    /// following] summer` from the last date in the text.
    fn month_or_season_from(&self, base: Option<Date>, j: usize, step: i64) -> Option<Found> {
        let nw = self.lw(j);
        if let Some(m) = words::month(nw.as_str()).filter(|_| self.cap(j)) {
            // "last Oct. 23": the day, counted like the month.
            let day = words::day_of_month(self.a.word(j + 1)).filter(|_| self.kind(j + 1) == Some(TokenKind::Number));
            let year = base.map(|d| {
                let y = d.year();
                let (here, there) = ((m, day.unwrap_or(0)), (d.month(), if day.is_some() { d.day() } else { 0 }));
                match step {
                    -1 if here >= there => y - 1,
                    1 if here <= there => y + 1,
                    _ => y,
                }
            });
            return Some(match day {
                Some(day) => {
                    if let Some(y) = year {
                        Date::new(y, m, day).ok()?;
                    }
                    Found::new(j + 2, TimexValue::Day { year, month: m, day })
                }
                None => Found::new(j + 1, TimexValue::Month { year, month: m }),
            });
        }
        let season = words::season(nw.as_str())?;
        // A base that is only a year (its first day) says nothing of the season it is in.
        let year = base.map(|d| {
            let (y, m) = (d.year(), season_month(season));
            let whole_year = d.month() == 1 && d.day() == 1;
            match step {
                _ if whole_year => y + step as i16,
                -1 if m >= d.month() => y - 1,
                1 if m <= d.month() => y + 1,
                _ => y,
            }
        });
        Some(Found::new(j + 1, TimexValue::Season { year, season }))
    }

    /// `that year` · `that day` · `that same day` · `that spring` (the last date in the text;
    /// after a month or year only, an unknown day of it: `1998-10-XX`).
    fn anchored_that(&self, i: usize) -> Option<Found> {
        let i = if self.is(i + 1, "same") { i + 1 } else { i }; // "that same day"
        if let Some(season) = words::season(self.lw(i + 1).as_str()) {
            // "that same spring": the season of the last year in the text.
            let year = Some(self.anchor?.year());
            return Some(Found::new(i + 2, TimexValue::Season { year, season }));
        }
        let UnitWord { unit, plural, .. } = words::unit(self.lw(i + 1).as_str())?;
        if plural || !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year) {
            return None;
        }
        let base = self.anchor?;
        let value = match unit {
            Unit::Day | Unit::Week if self.anchor_is_day => calendar::period(base, unit),
            // "in October 1998 ... that same day": a day of that month.
            Unit::Day => TimexValue::DayIn { year: base.year(), month: self.anchor_is_month.then(|| base.month()) },
            Unit::Week => return None,
            _ => calendar::period(base, unit),
        };
        Some(Found::new(i + 2, value))
    }

    /// After `the`: `19th century`, `third quarter [of 2021]`, `first half of the year`.
    fn ordinal_period(&self, j: usize) -> Option<Found> {
        let unit = self.lw(j + 1);
        let n = match (words::ordinal(self.lw(j).as_str()), unit.as_str()) {
            (Some(n), _) => n,
            // "the last quarter of 2021", "the last half of the year" (not "the last quarter").
            (None, "quarter") if self.is(j, "last") && self.of_year(j + 2).0 > j + 2 => 4,
            (None, "half") if self.is(j, "last") && self.of_year(j + 2).0 > j + 2 => 2,
            // "the final quarter", "the latter half of 2023" (no recent one, as "the last quarter" may be).
            (None, "quarter") if self.is(j, "final") => 4,
            (None, "half") if matches!(self.lw(j).as_str(), "final" | "latter") => 2,
            _ => return None,
        };
        match unit.as_str() {
            "century" => Some(Found::new(j + 2, TimexValue::Century(i16::try_from(n).ok()? - 1))),
            "quarter" | "half" => {
                let (end, explicit) = self.of_year(j + 2);
                if end == j + 2 && self.is(end, "of") && self.kind(end + 1) == Some(TokenKind::Word) {
                    return None; // "the second half of the game", "the first half of the 20th century"
                }
                let k = i8::try_from(n).ok()?;
                if end == j + 2 && self.about_a_game(j) {
                    return None; // "scored in the second half"
                }
                let year = if end == j + 2 { self.period_year(j, k, unit.as_str() == "quarter") } else { explicit };
                Some(Found::new(end, quarter_or_half(year, k, unit.as_str() == "quarter")?))
            }
            _ => None,
        }
    }

    /// The year of a year-less quarter or half: the document year, or the year before when the
    /// period is still to come and the clause is not in the future ("the fourth quarter" in January).
    fn period_year(&self, i: usize, k: i8, quarter: bool) -> Option<i16> {
        let doc = self.doc?;
        let current = if quarter { (doc.month() - 1) / 3 + 1 } else { (doc.month() - 1) / 6 + 1 };
        let later = k > current && self.tense(i) != Tense::Future;
        Some(doc.year() - i16::from(later))
    }

    /// `third-quarter` · `first-half` (an adjective) · `third quarter` (without `the`).
    fn bare_ordinal_period(&self, i: usize, w: &str) -> Option<Found> {
        if let Some((ord, unit)) = w.split_once('-') {
            let k = i8::try_from(words::ordinal(ord)?).ok()?;
            let quarter = match unit {
                "quarter" => true,
                "half" => false,
                _ => return None,
            };
            if self.about_a_game(i) {
                return None; // "a second-half goal"
            }
            let year = self.period_year(i, k, quarter);
            return Some(Found::new(i + 1, quarter_or_half(year, k, quarter)?));
        }
        words::ordinal(w).filter(|_| self.kind(i) == Some(TokenKind::Word))?;
        if !self.is(i + 1, "quarter") {
            return None;
        }
        self.ordinal_period(i)
    }

    /// After `the`: `quarter` · `latest quarter` · `current quarter` · `year-earlier quarter` ·
    /// `year-ago period` · `current year` · `weekend` (financial news: "the quarter" is the last
    /// completed one).
    fn the_period(&self, j: usize, n: &str) -> Option<Found> {
        let doc = self.doc?;
        let last_quarter = calendar::step(doc, -1, Unit::Quarter)?;
        // "the comparable year-ago quarter", "the corresponding period last year".
        let (j, n) = match n {
            "comparable" | "corresponding" | "same"
                if matches!(self.lw(j + 1).as_str(), "year-ago" | "year-earlier") =>
            {
                (j + 1, self.lw(j + 1).as_str())
            }
            "comparable" | "corresponding" | "same" if matches!(self.lw(j + 1).as_str(), "quarter" | "period") => {
                let end = self.year_back(j + 2)?;
                let d = calendar::step(last_quarter, -1, Unit::Year)?;
                return Some(Found::new(end, calendar::period(d, Unit::Quarter)));
            }
            _ => (j, n),
        };
        let (k, base) = match n {
            "quarter" => (j, last_quarter),
            "latest" | "last" | "recent" | "most" if self.is(j + 1, "quarter") => (j + 1, last_quarter),
            "latest" if self.is(j + 1, "period") => (j + 1, last_quarter),
            "current" if self.is(j + 1, "quarter") => (j + 1, doc),
            "current" if self.is(j + 1, "year") => return Some(Found::new(j + 2, TimexValue::Year(doc.year()))),
            "year-earlier" | "year-ago" => {
                // "the year-earlier nine months": a span, like "the first nine months".
                if let Some((end, amount @ Some(_), unit)) = self.count_unit(j + 1) {
                    return Some(Found::new(end, TimexValue::Duration { amount, unit }));
                }
                // "the year-ago third quarter": that quarter a year before.
                if let Some(Found { end, value: TimexValue::Quarter { year, quarter }, .. }) =
                    self.ordinal_period(j + 1)
                {
                    return Some(Found::new(end, TimexValue::Quarter { year: year.map(|y| y - 1), quarter }));
                }
                let d = calendar::step(last_quarter, -1, Unit::Year)?;
                let k = if matches!(self.lw(j + 1).as_str(), "quarter" | "period") { j + 1 } else { j };
                return Some(Found::new(k + 1, calendar::period(d, Unit::Quarter)));
            }
            "weekend" if self.is(j + 1, "of") => return self.weekend_of(j + 2),
            "weekend" => return Some(Found::new(j + 1, self.weekend(j))),
            _ => return None,
        };
        // "the quarter a year ago": the last quarter's counterpart a year before.
        if let Some(end) = self.year_back(k + 1) {
            let d = calendar::step(base, -1, Unit::Year)?;
            return Some(Found::new(end, calendar::period(d, Unit::Quarter)));
        }
        Some(Found::new(k + 1, calendar::period(base, Unit::Quarter)))
    }

    /// The end of `a year ago` · `a year earlier` · `last year` at `k` after a period of the
    /// financial year ("the quarter a year ago", "the corresponding period last year").
    fn year_back(&self, k: usize) -> Option<usize> {
        match (self.lw(k).as_str(), self.lw(k + 1).as_str(), self.lw(k + 2).as_str()) {
            ("a", "year", "ago" | "earlier") => Some(k + 3),
            ("last", "year", _) if !self.is_possessive(k + 2) => Some(k + 2),
            _ => None,
        }
    }

    /// After `the`: `day after` · `month before` ending a clause ("closed the day after."): the
    /// period next to the last date in the text (not "the day after the vote"; "down from $450
    /// million the year before" is a comparison TimeBank leaves out).
    fn unit_after(&self, j: usize) -> Option<Found> {
        if self.a.tokens.get(j + 2).is_some_and(|t| t.is_wordlike()) {
            return None;
        }
        let unit = words::unit(self.lw(j).as_str())?.unit;
        let step = if self.is(j + 1, "after") { 1 } else { -1 };
        let d = calendar::step(self.base_for(unit)?, step, unit)?;
        Some(Found::new(j + 2, calendar::period(d, unit)))
    }

    /// The part of the day at `j` on the day `step` days from the last day in the text, ending
    /// at `end`: `[the] night [before]`, `[the previous] night`.
    fn part_next_to(&self, j: usize, end: usize, step: i64) -> Option<Found> {
        let p = words::day_part(self.lw(j).as_str())?;
        let day = calendar::step(self.base_for(Unit::Day)?, step, Unit::Day)?;
        Some(Found::new(end, part_of(Some(TimexValue::day(day)), p)))
    }

    /// After `the weekend of`: the weekend of the week holding the day at `k` (`[the weekend of]
    /// March 23`).
    fn weekend_of(&self, k: usize) -> Option<Found> {
        let f = self.week_of(k)?;
        match f.value {
            TimexValue::Week { year, week, .. } => {
                Some(Found { value: TimexValue::Week { year, week, weekend: true }, ..f })
            }
            _ => None,
        }
    }

    /// The weekend meant by "the weekend": the last one, or the next one in a future clause.
    fn weekend(&self, i: usize) -> TimexValue {
        let value = match self.doc {
            Some(doc) => {
                let sat = calendar::weekday(doc, 6, self.tense(i), true);
                calendar::period(sat, Unit::Week)
            }
            None => return TimexValue::Reference(Reference::Present),
        };
        match value {
            TimexValue::Week { year, week, .. } => TimexValue::Week { year, week, weekend: true },
            v => v,
        }
    }

    /// `of 2021` · `of fiscal 2021` · `of the year` · `of last year` after a part of a year (or the
    /// document year).
    fn of_year(&self, j: usize) -> (usize, Option<i16>) {
        let doc_year = self.doc.map(|d| d.year());
        if !self.is(j, "of") {
            return (j, doc_year);
        }
        if let Some(y) = words::year(self.a.word(j + 1)) {
            return (j + 2, Some(y));
        }
        if let Some(Found { end, value: TimexValue::FiscalYear(y), .. }) =
            self.fiscal(j + 1).filter(|_| self.is(j + 1, "fiscal"))
        {
            return (end, Some(y)); // "of fiscal 1990"
        }
        if !self.is(j + 2, "year") {
            return (j, doc_year);
        }
        let step = match self.lw(j + 1).as_str() {
            "the" | "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return (j, doc_year),
        };
        (j + 3, doc_year.map(|y| y + step))
    }

    // ---- positions within a period -------------------------------------------------------

    /// `early 2021` · `mid-July` · `late last year` · `the end of the month` · `post-1959` ·
    /// `pre-1990s` (with `mod`).
    fn position(&self, i: usize, w: &str) -> Option<Found> {
        let prefixed = w.split_once('-').and_then(|(p, rest)| Some((p.len() + 1, rest, prefix_mod(p)?)));
        if let Some((skip, rest, md)) = prefixed {
            let raw = self.a.word(i);
            let rest_raw = raw.get(skip..).unwrap_or("");
            let value = if let Some(m) = words::month(rest).filter(|_| rest_raw.starts_with(char::is_uppercase)) {
                let (end, year) = match self.year_after(i + 1) {
                    Some((e, y)) => (e, Some(y)),
                    None => (i + 1, self.year_for(i, m)),
                };
                return Some(Found::new(end, TimexValue::Month { year, month: m }).with_mod(md));
            } else if let Some(y) = words::year(rest) {
                TimexValue::Year(y)
            } else if let Some(n) = words::ordinal(rest).filter(|_| self.is(i + 1, "century")) {
                // "mid-19th century"
                return Some(Found::new(i + 2, century(n)?).with_mod(md));
            } else {
                TimexValue::Decade(words::decade(rest).filter(|_| rest.len() == 5)?)
            };
            return Some(Found::new(i + 1, value).with_mod(md));
        }
        let (j, m) = match w {
            // "mid-'90s" (the dash a token of its own before the quote).
            "early" | "late" | "mid" if is_dash(self.a.word(i + 1)) => {
                let f = self.decade_at(i + 2).or_else(|| self.position_target(i + 2, false))?;
                return Some(f.with_mod(position_mod(w)?)); // "mid-'90s", "mid-19th century"
            }
            "early" | "late" | "mid" => (i + 1, position_mod(w)?),
            "the" | "" => return None,
            _ => {
                let m = match w {
                    "end" => "END",
                    "beginning" | "start" => "START",
                    "middle" => "MID",
                    _ => return None,
                };
                if !self.is(i.wrapping_sub(1), "the") || !self.is(i + 1, "of") {
                    return None;
                }
                return self.position_target(i + 2, true).map(|f| f.with_mod(m)).map(|mut f| {
                    f.end = f.end.max(i + 3);
                    f
                });
            }
        };
        self.position_target(j, false).map(|f| f.with_mod(m))
    }

    /// What `early` / `the end of` can modify: a year, month, decade, `last year`, `the month`.
    fn position_target(&self, j: usize, after_of: bool) -> Option<Found> {
        let lw = self.lw(j);
        let w = lw.as_str();
        let f = match w {
            "this" | "last" | "next" => self.relative(j, w)?,
            "the" if after_of => {
                let UnitWord { unit, plural, .. } = words::unit(self.lw(j + 1).as_str())?;
                if plural || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                    return None;
                }
                match self.anchor.filter(|_| self.narrative) {
                    Some(a) => Found::new(j + 2, calendar::period(a, unit)),
                    None => Found::new(j + 2, self.relative_period(0, unit)),
                }
            }
            "the" => self.decade_at(j + 1)?,
            _ if words::month(w).is_some() => self.month_phrase(j, words::month(w)?)?,
            _ if words::season(w).is_some() => self.season_at(j, words::season(w)?),
            _ => self.decade_at(j).or_else(|| self.bare_century(j)).or_else(|| {
                let y = words::year(self.a.word(j)).filter(|_| self.kind(j) == Some(TokenKind::Number))?;
                Some(Found::new(j + 1, TimexValue::Year(y)))
            })?,
        };
        match f.value {
            TimexValue::Year(_)
            | TimexValue::Month { .. }
            | TimexValue::Decade(_)
            | TimexValue::Century(_)
            | TimexValue::Season { .. }
            | TimexValue::Quarter { .. }
            | TimexValue::Week { .. }
            | TimexValue::Time { time: TimeOfDay::Part(_), .. } => Some(f),
            _ => None,
        }
    }

    // ---- references and sets -------------------------------------------------------------

    /// `now` · `currently` · `recently` · `formerly` · `nowadays` · `at present` (not a
    /// sentence-opening "Now," that only turns the discourse).
    fn reference(&self, i: usize, w: &str) -> Option<Found> {
        let r = match w {
            "now" if self.discourse_now(i) => return None,
            "now" | "currently" | "nowadays" => Reference::Present,
            "current" if self.current_before_noun(i) => Reference::Present,
            "present" if self.is(i.wrapping_sub(1), "at") => Reference::Present,
            "recently" | "formerly" | "lately" => Reference::Past,
            "someday" => Reference::Future,
            _ => return None,
        };
        Some(Found::new(i + 1, TimexValue::Reference(r)))
    }

    /// True when `current` at `i` modifies a noun that is no period of the calendar: "the
    /// current weakness", "its current share" (not "the current quarter", a date; "the then
    /// current price", a past; "the current account", a balance).
    fn current_before_noun(&self, i: usize) -> bool {
        let next = self.lw(i + 1);
        let noun = self.a.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && t.is(Flags::LOWER))
            && !season_follower(next.as_str());
        let period = words::unit(next.as_str()).is_some() || matches!(next.as_str(), "fiscal" | "period" | "term");
        noun && !period && !matches!(next.as_str(), "account" | "accounts") && !self.is(i.wrapping_sub(1), "then")
    }

    /// `[for] a while` · `[for] some time` · `[in] a while`: a span of unknown length (`PXX`), only
    /// after a preposition of time ("some time" alone may be a determiner and noun); `a while ago`
    /// · `some time ago` (`PAST_REF`).
    fn a_while(&self, i: usize, w: &str) -> Option<Found> {
        let span = matches!((w, self.lw(i + 1).as_str()), ("a", "while") | ("some", "time"));
        if span && self.is(i + 2, "ago") {
            return Some(Found::new(i + 3, TimexValue::Reference(Reference::Past)));
            // "a while ago"
        }
        let p = self.prev(i);
        let after_preposition = matches!(p.as_str(), "for" | "in" | "after" | "within" | "over");
        (span && after_preposition).then(|| Found::new(i + 2, TimexValue::SomeTime))
    }

    /// `one day` · `some day` as an adverb of a future clause: a time to come, not a span
    /// ("Islam will one day be ...", "hopes to fly some day"); not after a preposition ("for one
    /// day", "in one day") nor counted ("one day later", "one day of talks").
    fn someday(&self, i: usize, w: &str) -> Option<Found> {
        if !matches!(w, "one" | "some") || !self.is(i + 1, "day") {
            return None;
        }
        let p = self.prev(i);
        let preposition = matches!(
            p.as_str(),
            "for" | "in" | "within" | "after" | "by" | "than" | "of" | "over" | "during" | "about" | "only" | "just"
            // verbs that take a span: "will take one day", "would need one day"
            | "take" | "takes" | "last" | "lasts" | "need" | "needs" | "spend" | "wait" | "require"
        );
        let counted = matches!(
            self.lw(i + 2).as_str(),
            "later" | "earlier" | "ago" | "after" | "before" | "of" | "a" | "per" | "each" | "in" | "to" | "and" | "or"
        );
        if preposition || counted || self.tense(i) != Tense::Future {
            return None;
        }
        Some(Found::new(i + 2, TimexValue::Reference(Reference::Future)))
    }

    /// "Now, he says, ..." at the start of a sentence (followed by a comma).
    fn discourse_now(&self, i: usize) -> bool {
        let first = self.a.sentence(self.a.sentence_of(i)).start == i
            || matches!(self.kind(i.wrapping_sub(1)), Some(TokenKind::OpenQuote));
        first && self.a.word(i + 1) == ","
    }

    /// `every Monday` · `every year` · `each month` · `every four years` · `every morning`.
    fn every(&self, i: usize, w: &str) -> Option<Found> {
        let quant = if w == "every" { "EVERY" } else { "EACH" };
        // "every other week", "every third day", "every second Tuesday".
        let step = match self.lw(i + 1).as_str() {
            "other" => Some(2),
            o => words::ordinal(o).filter(|&n| n > 1 && self.kind(i + 1) == Some(TokenKind::Word)),
        };
        let j = if step.is_some() { i + 2 } else { i + 1 };
        let nw = self.lw(j);
        let n = nw.as_str();
        let (end, inner) = if let Some(d) = words::weekday(n).filter(|_| self.cap(j)) {
            match words::day_part(self.lw(j + 1).as_str()) {
                // "every Monday morning"
                Some(p) => {
                    (j + 2, TimexValue::Time { date: Some(Box::new(TimexValue::Weekday(d))), time: TimeOfDay::Part(p) })
                }
                None => (j + 1, TimexValue::Weekday(d)),
            }
        } else if let Some(p) = words::day_part(n) {
            (j + 1, TimexValue::Time { date: None, time: TimeOfDay::Part(p) })
        } else if n == "weekend" {
            (j + 1, TimexValue::Weekend) // "every weekend"
        } else if n == "weekday" {
            (j + 1, TimexValue::Weekdays) // "every weekday"
        } else if let Some(month) = words::month(n).filter(|_| self.cap(j)) {
            (j + 1, TimexValue::Month { year: None, month })
        } else if let Some(season) = words::season(n) {
            (j + 1, TimexValue::Season { year: None, season })
        } else if let Some((end, Holiday::Fixed(month, day))) = self.holiday_at(j) {
            (end, TimexValue::Day { year: None, month, day }) // "every Christmas"
        } else if let Some(u) = words::unit(n).filter(|u| !u.plural) {
            (j + 1, TimexValue::Duration { amount: Some(u.count(step.unwrap_or(1))), unit: u.unit })
        } else if step.is_some() {
            return None; // "every second", "every third of them"
        } else {
            let (end, n, unit) = self.count_unit(j)?;
            (end, TimexValue::Duration { amount: n, unit })
        };
        let mut f = Found::new(end, TimexValue::Set(Box::new(inner)));
        f.quant = Some(quant);
        Some(f)
    }

    /// `the first Monday of every month` · `the last Friday of each month`: a set of one weekday
    /// a month (`XXXX-XX-WXX-1`, quant `EVERY`).
    fn monthly_weekday(&self, i: usize) -> Option<Found> {
        let nth = self.lw(i + 1);
        if words::ordinal(nth.as_str()).is_none() && nth.as_str() != "last" {
            return None;
        }
        let d = words::weekday(self.lw(i + 2).as_str()).filter(|_| self.cap(i + 2))?;
        let q = self.lw(i + 4);
        let quant = match q.as_str() {
            "every" => "EVERY",
            "each" => "EACH",
            _ => return None,
        };
        if !self.is(i + 3, "of") || !self.is(i + 5, "month") {
            return None;
        }
        let mut f = Found::new(i + 6, TimexValue::Set(Box::new(TimexValue::WeekdayOfMonth(d))));
        f.quant = Some(quant);
        Some(f)
    }

    /// `daily` · `weekly` · `annually` · `hourly`. Before a noun only `daily` is a set ("a daily
    /// rally", "on a daily basis"; not "average daily volume"); "weekly magazine", "quarterly
    /// dividend" are not.
    fn frequency_word(&self, i: usize, w: &str) -> Option<Found> {
        let (amount, unit) = match w {
            "hourly" => (1, Unit::Hour),
            "daily" => (1, Unit::Day),
            "weekly" => (1, Unit::Week),
            "fortnightly" => (2, Unit::Week),
            "monthly" => (1, Unit::Month),
            "quarterly" => (1, Unit::Quarter),
            "semiannually" | "semi-annually" | "biannually" | "bi-annually" => (6, Unit::Month),
            "biweekly" | "bi-weekly" => (2, Unit::Week),
            "bimonthly" | "bi-monthly" => (2, Unit::Month),
            "annually" | "yearly" => (1, Unit::Year),
            "biennially" => (2, Unit::Year),
            _ => return None,
        };
        let adjective_set = w == "daily" && !self.is(i.wrapping_sub(1), "average");
        if !adjective_set
            && self.a.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && !matches!(
                self.lw(i + 1).as_str(),
                "and" | "or" | "in" | "on" | "at" | "since" | "for" | "by" | "from" | "until"
            )
        {
            return None;
        }
        Some(Found::new(i + 1, TimexValue::Set(Box::new(TimexValue::Duration { amount: Some(amount), unit }))))
    }

    /// `twice weekly` · `once monthly` · `three times daily` (a set with its frequency).
    fn times_frequency(&self, i: usize) -> Option<Found> {
        let (k, n) = self.times_count(i)?;
        let kw = self.lw(k);
        let mut f = match kw.as_str() {
            "every" => self.every(k, "every")?, // "once every two years"
            w => self.frequency_word(k, w)?,
        };
        f.freq = Some(n);
        Some(f)
    }

    /// A rate: `per day` · `[$2 million] a year` · `[700 seats] a week` (a set, `P1Y`). After
    /// `a`, only right after an amount ("a year" alone is a duration).
    fn rate(&self, i: usize, w: &str) -> Option<Found> {
        let (f, _) = self.per_period(i)?;
        let after_amount = self.amount_at(i.wrapping_sub(1)) || self.counted_noun_before(i);
        // "$93 million a year earlier" counts back from a date.
        if (w != "per" && !after_amount) || self.counts_from(i + 2) {
            return None;
        }
        Some(f)
    }

    /// True when the word at `k` counts a date from the amount before it: `[a year] ago`,
    /// `[a week] later`, `[a month] from [now]`.
    fn counts_from(&self, k: usize) -> bool {
        matches!(self.lw(k).as_str(), "ago" | "earlier" | "later" | "before" | "after" | "prior" | "from")
    }

    /// True when token `k` is a number or ends an amount: `48`, `million`, `percent`, `dozens`.
    fn amount_at(&self, k: usize) -> bool {
        self.kind(k) == Some(TokenKind::Number)
            || words::number_word(self.lw(k).as_str()).is_some()
            || matches!(
                self.lw(k).as_str(),
                "million"
                    | "billion"
                    | "trillion"
                    | "thousand"
                    | "hundred"
                    | "percent"
                    | "cents"
                    | "hundreds"
                    | "thousands"
                    | "dozens"
                    | "millions"
            )
    }

    /// True when a counted plural noun comes right before token `i`: `[four] flights [a week]`,
    /// `[700] seats [a week]`, `[hundreds of] interviews [a day]`, `[24] hours [a day]` (a rate, not a span).
    fn counted_noun_before(&self, i: usize) -> bool {
        let Some(noun) = i.checked_sub(1) else {
            return false;
        };
        let plural = self.kind(noun) == Some(TokenKind::Word) && self.a.word(noun).ends_with('s');
        let k = if self.is(noun.wrapping_sub(1), "of") { noun.wrapping_sub(2) } else { noun.wrapping_sub(1) };
        plural && self.amount_at(k)
    }

    /// `twice a week` · `three times a year` · `once a month`.
    fn times_per(&self, i: usize) -> Option<Found> {
        let (j, n) = self.times_count(i)?;
        let (mut f, _) = self.per_period(j)?;
        f.freq = Some(n);
        Some(f)
    }

    /// `once` · `twice` · `three times` · `24 times` at `i`: how many times, and the token after.
    fn times_count(&self, i: usize) -> Option<(usize, u32)> {
        match self.lw(i).as_str() {
            "once" => Some((i + 1, 1)),
            "twice" => Some((i + 1, 2)),
            "thrice" => Some((i + 1, 3)),
            _ => {
                let (j, n) = self.cardinal(i)?;
                self.is(j, "times").then_some((j + 1, n?))
            }
        }
    }

    // ---- holidays ------------------------------------------------------------------------

    /// The holiday named at token `i` (capitalized) and the end of its name.
    fn holiday_at(&self, i: usize) -> Option<(usize, Holiday)> {
        if !self.cap(i) {
            return None;
        }
        let (end, h) = HOLIDAYS.iter().find_map(|(name, h)| self.words_at(i, name).map(|e| (e, *h)))?;
        let bare_new_year = self.is(i, "new") && end == i + 2;
        if bare_new_year && (self.title_case(i.wrapping_sub(1)) || self.cap(end)) {
            return None; // "Lunar New Year", "Chinese New Year", "the New Year Honours"
        }
        Some((end, h))
    }

    /// True when `ahead of`, `before` or `until` comes right before token `i`.
    fn looks_ahead(&self, i: usize) -> bool {
        let p = self.prev(i);
        matches!(p.as_str(), "before" | "until" | "till") || (p.as_str() == "of" && self.is(i.wrapping_sub(2), "ahead"))
    }

    /// True when `last` at `i` is the verb: after a modal or `to`, before an amount ("will last two
    /// weeks", "is expected to last a year"; not "compared to last year", "as it did last week").
    fn last_is_verb(&self, i: usize) -> bool {
        let modal = matches!(
            self.prev(i).as_str(),
            "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should" | "to" | "'ll" | "’ll"
        );
        modal && self.simple_cardinal(i + 1).is_some()
    }

    /// `[last] Thanksgiving` · `[next] Christmas` · `[this] Easter`: the holiday before, after or
    /// in the year of the document date.
    fn holiday_from(&self, j: usize, step: i64) -> Option<Found> {
        let (end, h) = self.holiday_at(j)?;
        let doc = self.doc?;
        let this = calendar::holiday(h, doc.year())?;
        let y = match step {
            -1 if this >= doc => doc.year() - 1,
            1 if this <= doc => doc.year() + 1,
            _ => doc.year(),
        };
        Some(self.holiday_week(end, calendar::holiday(h, y)?))
    }

    /// A holiday's day, or its ISO week when `week` follows (`Easter week`, `Christmas week`).
    fn holiday_week(&self, end: usize, day: Date) -> Found {
        if self.is(end, "week") {
            Found::new(end + 1, calendar::period(day, Unit::Week))
        } else {
            Found::new(end, TimexValue::day(day))
        }
    }

    /// `Christmas` · `New Year's Day` · `Thanksgiving` · `Easter 2021` · `Christmas Eve 2021` ·
    /// `Easter week`.
    fn holiday_phrase(&self, i: usize) -> Option<Found> {
        let (end, h) = self.holiday_at(i)?;
        let (end, year) = match self.year_after(end) {
            Some((e, y)) => (e, Some(y)),
            None => (end, None),
        };
        let value = match (year, self.doc) {
            (Some(y), _) => TimexValue::day(calendar::holiday(h, y)?),
            (None, _) if self.narrative_year(i, 12).is_some() => {
                let y = self.anchor.map_or(0, |a| a.year());
                return Some(self.holiday_week(end, calendar::holiday(h, y)?));
            }
            (None, Some(doc)) => {
                let this = calendar::holiday(h, doc.year())?;
                // A holiday is known to the day (`year_of_day`); but of its week or weekend,
                // which may have begun ("as Easter week began"), or of one looked ahead to
                // ("ahead of Labor Day"), a past clause tells only the month's year.
                let y = match self.tense(i) {
                    t @ Tense::Past if self.word_follows(end) || self.looks_ahead(i) => {
                        calendar::year_of(doc, this.month(), t)
                    }
                    t => calendar::year_of_day(doc, this, t),
                };
                return Some(self.holiday_week(end, calendar::holiday(h, y)?));
            }
            (None, None) => match h {
                Holiday::Fixed(month, day) => TimexValue::Day { year: None, month, day },
                _ => return None,
            },
        };
        Some(Found::new(end, value))
    }

    /// The end of the lower-case word sequence `name` at token `i` (`'s` matches both apostrophes).
    fn words_at(&self, i: usize, name: &[&str]) -> Option<usize> {
        for (k, w) in name.iter().enumerate() {
            let t = self.lw(i + k);
            let t = t.as_str();
            let same = t == *w || (*w == "'s" && (t == "’s" || t == "'s")) || (*w == "'" && (t == "’" || t == "'"));
            if !same {
                return None;
            }
        }
        Some(i + name.len())
    }
}

/// Whether the (lower-cased) word `w` can open a temporal expression: the first test of
/// every word, which most words of a text fail at once ("the", "last", "July", "three",
/// "Christmas", "mid-2021" pass; "said", "government" do not). A hash look-up in
/// [`FIRST_WORDS`] or the weekday names, or a hyphen ("mid-July", "two-week", "third-quarter", "twenty-four").
fn may_start_word(w: &str) -> bool {
    static FIRST: WordSet = WordSet::new(FIRST_WORDS);
    static WEEKDAYS: WordSet = WordSet::new(words::WEEKDAY_NAMES);
    let weekday_or_plural = || WEEKDAYS.contains(w) || w.strip_suffix('s').is_some_and(|d| WEEKDAYS.contains(d));
    FIRST.contains(w) || weekday_or_plural() || w.contains('-') || w.starts_with(|c: char| c.is_ascii_digit())
}

/// The words that open the phrases of `Scanner::word_rules` (besides weekday names and their
/// plurals, from [`words::WEEKDAY_NAMES`]). A new rule adds its first words here; the unit
/// tests check the list against every word the word classes of [`words`] accept.
const FIRST_WORDS: &[&str] = &[
    // approximate: "about three weeks", "more than a year", "up to 14 days"
    "more",
    "just",
    "well",
    "longer",
    "less",
    "fewer",
    "shorter",
    "at",
    "up",
    "no",
    "over",
    "nearly",
    "almost",
    "under",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "between",
    // position: "early 2021", "the end of the month"
    "early",
    "late",
    "mid",
    "end",
    "beginning",
    "start",
    "middle",
    // relative, anchored and other phrases: "the past two years", "this week", "that day"
    "the",
    "this",
    "last",
    "next",
    "coming",
    "past",
    "previous",
    "earlier",
    "later",
    "right",
    "every",
    "each",
    "fiscal",
    "these",
    "that",
    "noon",
    "midday",
    "midnight",
    // days and references: "tomorrow", "currently", "at present"
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "currently",
    "current",
    "nowadays",
    "present",
    "recently",
    "formerly",
    "someday",
    // frequencies: "daily", "twice a week"
    "hourly",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "fortnightly",
    "semiannually",
    "semi-annually",
    "biannually",
    "bi-annually",
    "biweekly",
    "bi-weekly",
    "bimonthly",
    "bi-monthly",
    "biennially",
    "nightly",
    "weekends",
    "weekdays",
    "annually",
    "yearly",
    "once",
    "twice",
    "thrice",
    // counts: "a decade", "several months", "a couple of days", "recent years"
    "a",
    "an",
    "couple",
    "several",
    "few",
    "many",
    "recent",
    "year-earlier",
    "year-ago",
    // quarters: "Q3 2022"
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    // holidays: "New Year's Day", "St. Patrick's Day", "Good Friday"
    "christmas",
    "new",
    "independence",
    "valentine",
    "halloween",
    "veterans",
    "boxing",
    "st.",
    "thanksgiving",
    "labor",
    "memorial",
    "martin",
    "presidents",
    "mother",
    "father",
    "easter",
    "good",
    "election",
    "bastille",
    "canada",
    "australia",
    "armistice",
    "remembrance",
    "earth",
    "maundy",
    "mlk",
    // undotted short months and weekdays before a date: "Mar 3", "Thu 7 March"
    "mar",
    "apr",
    "jun",
    "jul",
    "sep",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "black",
    "holy",
    "palm",
    "ash",
    "shrove",
    "mardi",
    "ascension",
    "pentecost",
    "whit",
    "juneteenth",
    "epiphany",
    "groundhog",
    "guy",
    // "moments ago", "lately"
    "moments",
    "lately",
    // halves, parts of days, rates, duration adjectives: "half an hour", "midafternoon",
    // "[by] yearend", "per day", "a weeklong strike"
    "half",
    "midmorning",
    "midafternoon",
    "midevening",
    // edges of the day: "at dawn", "overnight"
    "dawn",
    "daybreak",
    "sunrise",
    "dusk",
    "sunset",
    "sundown",
    "nightfall",
    "twilight",
    "overnight",
    "yearend",
    "per",
    "hourlong",
    "daylong",
    "weeklong",
    "monthlong",
    "yearlong",
    "decadelong",
    // months: "July 30", "Sept. 4"
    "january",
    "jan.",
    "jan",
    "february",
    "feb.",
    "feb",
    "march",
    "mar.",
    "april",
    "apr.",
    "may",
    "june",
    "jun.",
    "july",
    "jul.",
    "august",
    "aug.",
    "aug",
    "september",
    "sep.",
    "sept.",
    "sept",
    "october",
    "oct.",
    "oct",
    "november",
    "nov.",
    "nov",
    "december",
    "dec.",
    "dec",
    // number words: "three years", "nineteen ninety"
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    // ordinals: "the third quarter"
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    // seasons: "summer 2020"
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    // units: "for weeks"
    "second",
    "seconds",
    "minute",
    "min",
    "min.",
    "minutes",
    "mins",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "fortnight",
    "fortnights",
];

/// Holiday names (lower case, as tokens), longest first where they share a start.
const HOLIDAYS: &[(&[&str], Holiday)] = &[
    (&["christmas", "eve"], Holiday::Fixed(12, 24)),
    (&["christmas", "day"], Holiday::Fixed(12, 25)),
    (&["christmas"], Holiday::Fixed(12, 25)),
    (&["new", "year", "'s", "eve"], Holiday::Fixed(12, 31)),
    (&["new", "year", "'s", "day"], Holiday::Fixed(1, 1)),
    (&["new", "year", "'s"], Holiday::Fixed(1, 1)),
    (&["new", "year"], Holiday::Fixed(1, 1)),
    (&["may", "day"], Holiday::Fixed(5, 1)),
    (&["bastille", "day"], Holiday::Fixed(7, 14)),
    (&["canada", "day"], Holiday::Fixed(7, 1)),
    (&["australia", "day"], Holiday::Fixed(1, 26)),
    (&["armistice", "day"], Holiday::Fixed(11, 11)),
    (&["remembrance", "day"], Holiday::Fixed(11, 11)),
    (&["earth", "day"], Holiday::Fixed(4, 22)),
    (&["independence", "day"], Holiday::Fixed(7, 4)),
    (&["valentine", "'s", "day"], Holiday::Fixed(2, 14)),
    (&["halloween"], Holiday::Fixed(10, 31)),
    (&["veterans", "day"], Holiday::Fixed(11, 11)),
    (&["boxing", "day"], Holiday::Fixed(12, 26)),
    (&["st.", "patrick", "'s", "day"], Holiday::Fixed(3, 17)),
    (&["thanksgiving", "day"], Holiday::Thanksgiving),
    (&["black", "friday"], Holiday::BlackFriday),
    (&["thanksgiving"], Holiday::Thanksgiving),
    (&["labor", "day"], Holiday::LaborDay),
    (&["memorial", "day"], Holiday::MemorialDay),
    (&["martin", "luther", "king", "day"], Holiday::MlkDay),
    (&["martin", "luther", "king", "jr.", "day"], Holiday::MlkDay),
    (&["mlk", "day"], Holiday::MlkDay),
    (&["presidents", "day"], Holiday::PresidentsDay),
    (&["presidents", "'", "day"], Holiday::PresidentsDay),
    (&["mother", "'s", "day"], Holiday::MothersDay),
    (&["father", "'s", "day"], Holiday::FathersDay),
    (&["easter", "sunday"], Holiday::Easter(0)),
    (&["easter", "monday"], Holiday::Easter(1)),
    (&["easter"], Holiday::Easter(0)),
    (&["good", "friday"], Holiday::Easter(-2)),
    (&["maundy", "thursday"], Holiday::Easter(-3)),
    (&["holy", "saturday"], Holiday::Easter(-1)),
    (&["palm", "sunday"], Holiday::Easter(-7)),
    (&["ash", "wednesday"], Holiday::Easter(-46)),
    (&["shrove", "tuesday"], Holiday::Easter(-47)),
    (&["mardi", "gras"], Holiday::Easter(-47)),
    (&["ascension", "day"], Holiday::Easter(39)),
    (&["pentecost", "sunday"], Holiday::Easter(49)),
    (&["pentecost"], Holiday::Easter(49)),
    (&["whit", "sunday"], Holiday::Easter(49)),
    (&["whit", "monday"], Holiday::Easter(50)),
    (&["juneteenth"], Holiday::Fixed(6, 19)),
    (&["epiphany"], Holiday::Fixed(1, 6)),
    (&["groundhog", "day"], Holiday::Fixed(2, 2)),
    (&["guy", "fawkes", "night"], Holiday::Fixed(11, 5)),
    (&["st.", "george", "'s", "day"], Holiday::Fixed(4, 23)),
    (&["st.", "andrew", "'s", "day"], Holiday::Fixed(11, 30)),
    (&["st.", "valentine", "'s", "day"], Holiday::Fixed(2, 14)),
    (&["election", "day"], Holiday::ElectionDay),
];

/// Quarter `k` (1–4) or half `k` (1–2) of a year.
fn quarter_or_half(year: Option<i16>, k: i8, quarter: bool) -> Option<TimexValue> {
    match quarter {
        true => (1..=4).contains(&k).then_some(TimexValue::Quarter { year, quarter: k }),
        false => (1..=2).contains(&k).then_some(TimexValue::Half { year, half: k }),
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
mod tests {
    use super::*;
    use crate::dates::parse;
    use crate::lexicon::Lexicons;

    /// "Christmas", "New Year's Day", "St. Patrick's Day": every holiday's first word passes.
    #[test]
    fn holiday_names_pass_the_first_word_test() {
        for (name, _) in HOLIDAYS {
            assert!(name.first().is_some_and(|w| may_start_word(w)), "{name:?}");
        }
    }

    /// What [`may_start_word`] must answer: the word classes the rules start with.
    fn starts_a_rule(w: &str) -> bool {
        FIRST_WORDS.contains(&w)
            || words::month(w).is_some()
            || words::weekday(w).is_some()
            || words::weekday_plural(w).is_some()
            || words::number_word(w).is_some()
            || words::ordinal(w).is_some()
            || words::season(w).is_some()
            || words::unit(w).is_some()
            || w.contains('-')
            || w.starts_with(|c: char| c.is_ascii_digit())
    }

    /// Every word (and plural) that the word classes accept, as written in `words.rs`, passes
    /// the one-look-up test, and nothing else among those words does.
    #[test]
    fn first_words_cover_the_word_classes() {
        let src = include_str!("words.rs");
        let literals = src.split('"').skip(1).step_by(2).filter(|l| !l.is_empty() && !l.contains(char::is_whitespace));
        // The rules see words lower-cased (`Analysis::lower`), so the literals are too.
        for l in literals.map(str::to_ascii_lowercase) {
            for w in [l.clone(), format!("{l}s")] {
                assert_eq!(may_start_word(&w), starts_a_rule(&w), "{w:?}");
            }
        }
    }

    /// The first-word test is only a shortcut: at every token of the sample text and of the
    /// date table's sentences, with and without a document date, the rules find the same.
    #[test]
    fn first_word_test_changes_nothing() {
        let lexicons = Lexicons::builtin();
        let texts = [
            include_str!("../../../examples/data/sample.txt"),
            include_str!("../../../tests/data/dates.tsv"),
            include_str!("../../../tests/data/dates_fractions.tsv"),
        ];
        for text in texts {
            let a = Analysis::new(text, &lexicons);
            for date in [None, crate::parse_date("2022-07-30").ok()] {
                let s = Scanner::new(&a, date);
                for i in 0..a.tokens.len() {
                    assert_eq!(may_start_word(a.lower(i)), starts_a_rule(a.lower(i)), "{:?}", a.word(i));
                    assert_eq!(s.match_at(i), s.match_at_ungated(i), "at {:?}", a.word(i));
                }
            }
        }
    }

    /// The TIMEX3 value (and `mod`) of the first expression in `phrase`, written on `date`.
    fn value(phrase: &str, date: &str) -> String {
        let t = parse(phrase, date.parse().ok()).map(|t| match t.modifier {
            Some(m) => format!("{} {m}", t.value),
            None => t.value,
        });
        t.unwrap_or_default()
    }

    #[test]
    fn amounts_and_a_half() {
        assert_eq!(value("for 2 1/2 years", "2022-07-30"), "P2Y6M");
        assert_eq!(value("two and a half hours", "2022-07-30"), "PT2H30M");
        assert_eq!(value("an hour and a half", "2022-07-30"), "PT1H30M");
        assert_eq!(value("half an hour", "2022-07-30"), "PT30M");
        assert_eq!(value("nearly a year and a half", "2022-07-30"), "P1Y6M LESS_THAN");
        assert_eq!(value("a year and a half ago", "2022-07-30"), "2021-01");
        assert_eq!(value("two and a half weeks", "2022-07-30"), "P2.5W");
    }

    #[test]
    fn fortnights_and_a_half() {
        assert_eq!(value("for a fortnight and a half", "2024-03-14"), "P3W");
        assert_eq!(value("for half a fortnight", "2024-03-14"), "P1W");
        assert_eq!(value("two and a half fortnights", "2024-03-14"), "P5W");
        assert_eq!(value("a fortnight and a half ago", "2024-03-14"), "2024-W08");
        assert_eq!(value("a fortnight-long strike", "2024-03-14"), "P2W");
    }

    #[test]
    fn pairs_of_amounts() {
        assert_eq!(value("for two years and three months", "2022-07-30"), "P2Y3M");
        assert_eq!(value("for an hour and 20 minutes", "2022-07-30"), "PT1H20M");
        assert_eq!(value("for three days and a night", "2022-07-30"), "P3D");
        assert_eq!(value("for a month and two years", "2022-07-30"), "P1M");
        assert_eq!(value("a year and two months ago", "2022-07-30"), "2021-05");
    }

    #[test]
    fn turns_of_centuries() {
        assert_eq!(value("at the turn of the century", "2024-03-14"), "2000");
        assert_eq!(value("at the turn of the 20th century", "2024-03-14"), "1900");
        assert_eq!(value("at the turn of the last century", "2024-03-14"), "1900");
        assert_eq!(value("at the turn of the millennium", "2024-03-14"), "2000");
        assert_eq!(value("will be built by the turn of the century", "1988-03-14"), "2000");
        assert_eq!(value("was built at the turn of the century", "1988-03-14"), "1900");
    }

    #[test]
    fn quarters_of_units() {
        assert_eq!(value("for a quarter of a century", "2022-07-30"), "P25Y");
        assert_eq!(value("for three quarters of an hour", "2022-07-30"), "PT45M");
        assert_eq!(value("a quarter of a century ago", "2022-07-30"), "1997");
    }

    #[test]
    fn minutes_from_midnight_and_noon() {
        assert_eq!(value("at 20 minutes past midnight", "2022-07-30"), "2022-07-30T00:20");
        assert_eq!(value("at ten minutes to noon", "2022-07-30"), "2022-07-30T11:50");
        assert_eq!(value("at five minutes to midnight", "2022-07-30"), "2022-07-30T23:55");
        assert_eq!(value("at 25 minutes past four", "2022-07-30"), "2022-07-30T04:25");
    }

    #[test]
    fn weeks_after_a_weekday() {
        assert_eq!(value("due Monday week", "2022-07-28"), "2022-08-08");
        assert_eq!(value("due a week on Tuesday", "2022-07-28"), "2022-08-09");
        assert_eq!(value("due two weeks on Friday", "2022-07-28"), "2022-08-12");
        assert_eq!(value("due a week from Friday", "2022-07-28"), "2022-08-05");
    }

    #[test]
    fn months_and_days_after_last_and_next() {
        assert_eq!(value("last Oct. 23", "1999-04-19"), "1998-10-23");
        assert_eq!(value("last April 2", "1999-04-19"), "1999-04-02");
        assert_eq!(value("next April 2", "1999-04-19"), "2000-04-02");
        assert_eq!(value("last Feb. 30", "1999-04-19"), "");
    }

    #[test]
    fn names_ending_in_today() {
        assert_eq!(value("an interview with USA Today", "2022-07-30"), "");
        assert_eq!(value("Today the court ruled", "2022-07-30"), "2022-07-30");
    }

    #[test]
    fn one_day_to_come() {
        assert_eq!(value("it will one day be legal", "2022-07-30"), "FUTURE_REF");
        assert_eq!(value("they might meet some day", "2022-07-30"), "FUTURE_REF");
        assert_eq!(value("it will take one day", "2022-07-30"), "P1D");
        assert_eq!(value("he worked one day", "2022-07-30"), "P1D");
        assert_eq!(value("it will reopen one day later", "2022-07-30"), "2022-07-31");
    }

    #[test]
    fn that_day_after_a_month_or_year() {
        assert_eq!(value("In May 1940 the line broke, and that day", "2022-07-30"), "1940-05");
        let lexicons = Lexicons::builtin();
        let a = Analysis::new("In 1940 the line broke. That same day the king left.", &lexicons);
        let values: Vec<String> = crate::recognize::dates::find(&a, &Default::default())
            .into_iter()
            .filter_map(|c| match c.info {
                crate::recognize::Info::Date(t) => Some(t.value),
                _ => None,
            })
            .collect();
        assert_eq!(values, ["1940", "1940-XX-XX"]);
    }

    #[test]
    fn parts_of_named_days() {
        assert_eq!(value("on the night of 10 August 1792", "2022-07-30"), "1792-08-10TNI");
        assert_eq!(value("the evening of Jan. 29", "2022-07-30"), "2022-01-29TEV");
        assert_eq!(value("the night of the attack", "2022-07-30"), "");
    }

    #[test]
    fn seasons_of_a_year() {
        assert_eq!(value("in summer of 1979", "2022-07-30"), "1979-SU");
        assert_eq!(value("the spring and summer of 1979", "2022-07-30"), "1979-SP");
        assert_eq!(value("the winter of nineteen ninety-four", "2022-07-30"), "1994-WI");
    }

    #[test]
    fn weekly_parts_of_days() {
        assert_eq!(value("on Tuesday nights", "2022-07-30"), "XXXX-WXX-2TNI");
        assert_eq!(value("Sunday mornings", "2022-07-30"), "XXXX-WXX-7TMO");
        assert_eq!(value("on Monday and Tuesday nights", "2022-07-30"), "XXXX-WXX-1TNI");
        assert_eq!(value("on Monday and Tuesday", "2022-07-30"), "2022-07-25");
    }

    #[test]
    fn counted_seasons() {
        assert_eq!(value("for the past three summers", "2022-07-30"), "XXXX-SU");
        assert_eq!(value("the last two winters", "2022-07-30"), "XXXX-WI");
        assert_eq!(value("the past", "2022-07-30"), "PAST_REF");
    }

    #[test]
    fn holidays_counted_and_their_weeks() {
        assert_eq!(value("last Thanksgiving", "2000-02-10"), "1999-11-25");
        assert_eq!(value("next Christmas", "2000-02-10"), "2000-12-25");
        assert_eq!(value("as Easter week began", "2000-04-17"), "2000-W16");
    }

    #[test]
    fn hundreds_and_thousands() {
        assert_eq!(value("a hundred years", "2022-07-30"), "P100Y");
        assert_eq!(value("two hundred days", "2022-07-30"), "P200D");
        assert_eq!(value("two thousand years ago", "2022-07-30"), "0022");
        assert_eq!(value("a few hundred", "2022-07-30"), "");
    }

    #[test]
    fn units_in_a_period() {
        let t = parse("three days a week", "2024-03-14".parse().ok());
        assert_eq!(t.as_ref().map(|t| (t.value.as_str(), t.freq.as_deref())), Some(("P1W", Some("3D"))));
        let t = parse("24 hours a day", "2024-03-14".parse().ok());
        assert_eq!(t.as_ref().map(|t| (t.value.as_str(), t.freq.as_deref())), Some(("P1D", Some("24H"))));
        assert_eq!(value("two days a week's pay", "2024-03-14"), "P2D");
    }

    #[test]
    fn ranges_of_amounts() {
        assert_eq!(value("two to three years", "2024-03-14"), "P2Y");
        assert_eq!(value("between two and four weeks", "2024-03-14"), "P2W");
        assert_eq!(value("the better part of a decade", "2024-03-14"), "P10Y LESS_THAN");
        assert_eq!(value("two to three years ago", "2024-03-14"), "2021"); // counted back, no range
    }

    #[test]
    fn rates_after_counted_nouns() {
        assert_eq!(value("four flights a week", "2022-07-30"), "P1W");
        assert_eq!(value("hundreds of calls a day", "2022-07-30"), "P1D");
        let t = parse("four flights a week", crate::parse_date("2022-07-30").ok());
        assert_eq!(t.map(|t| t.timex_type), Some(crate::document::TimexType::Set));
        assert_eq!(value("the flights a week later", "2022-07-30"), "2022-W31");
    }

    #[test]
    fn spans_of_unknown_length() {
        assert_eq!(value("stay for a while", "2022-07-30"), "PXX");
        assert_eq!(value("back in a while", "2022-07-30"), "PXX");
        assert_eq!(value("for some time", "2022-07-30"), "PXX");
        assert_eq!(value("take a while", "2022-07-30"), "");
    }

    #[test]
    fn over_the_years() {
        assert_eq!(value("over the years", "2022-07-30"), "PXY");
        assert_eq!(value("through the decades", "2022-07-30"), "PXDE");
        assert_eq!(value("in the days before the vote", "2022-07-30"), "");
        assert_eq!(value("over the years 1751-1777", "2022-07-30"), "1751");
    }

    #[test]
    fn week_of_a_day() {
        assert_eq!(value("the week of March 6", "2000-02-24"), "2000-W10");
        assert_eq!(value("the week of 1 January 2021", "2022-07-30"), "2020-W53");
        assert_eq!(value("the week of its launch", "2022-07-30"), "");
    }

    #[test]
    fn before_and_after_a_year() {
        assert_eq!(value("post-1959", "2000-02-24"), "1959 AFTER");
        assert_eq!(value("pre-2008", "2022-07-30"), "2008 BEFORE");
        assert_eq!(value("pre-war", "2022-07-30"), "");
    }

    #[test]
    fn centuries_without_the() {
        assert_eq!(value("a 20th century thinker", "2022-07-30"), "19");
        assert_eq!(value("an eleventh-century church", "2022-07-30"), "10");
    }

    #[test]
    fn long_compounds() {
        assert_eq!(value("a day-long meeting", "2022-07-30"), "P1D");
        assert_eq!(value("a weeklong strike", "2022-07-30"), "P1W");
        assert_eq!(value("their decades-long feud", "2022-07-30"), "PXDE");
        assert_eq!(value("a two-day-long summit", "2022-07-30"), "P2D");
        assert_eq!(value("a lifelong friend", "2022-07-30"), "");
    }

    #[test]
    fn year_end() {
        assert_eq!(value("closing by year-end", "2022-07-30"), "2022 END");
        assert_eq!(value("up 5% since year-end", "2022-07-30"), "2021 END");
        assert_eq!(value("by year's end", "2022-07-30"), "2022 END");
        assert_eq!(value("year-end bonuses", "2022-07-30"), "");
    }

    #[test]
    fn parts_of_days() {
        assert_eq!(value("in mid-afternoon", "2022-07-30"), "2022-07-30TAF MID");
        assert_eq!(value("mid-afternoon yesterday", "2022-07-30"), "2022-07-29TAF MID");
        assert_eq!(value("late evening", "2022-07-30"), "2022-07-30TEV END");
        assert_eq!(value("midnight", "2022-07-30"), "2022-07-30T24:00");
        assert_eq!(value("at 4 in the morning", "2022-07-30"), "2022-07-30T04:00");
        assert_eq!(value("at 7 in the evening", "2022-07-30"), "2022-07-30T19:00");
        assert_eq!(value("by 11 at night", "2022-07-30"), "2022-07-30T23:00");
        assert_eq!(value("he scored 4 in the morning", "2022-07-30"), "");
    }
}
