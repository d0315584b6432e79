//! Calendar arithmetic (all through jiff): weekday resolution, steps by unit, holidays.

use jiff::civil::{Date, Weekday};
use jiff::Span;

use super::value::{TimexValue, Unit};
use super::{hebrew, islamic, observed};

/// Which way an expression points from the document date, read from its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Past tense ("announced", "was").
    Past,
    /// Future ("will", "is expected to").
    Future,
    /// Nothing tells.
    Unknown,
}

/// The weekday of a number 1–7 (Monday = 1).
fn weekday_of(n: i8) -> Weekday {
    Weekday::from_monday_one_offset(n).unwrap_or(Weekday::Monday)
}

/// The weekday `wd` (1 = Monday) nearest to `doc` in the direction of `tense` (past by default);
/// `doc` itself counts only when `include_doc` ("said Friday" in a Friday paper, "are trading
/// higher Friday").
pub fn weekday(doc: Date, wd: i8, tense: Tense, include_doc: bool) -> Date {
    let want = weekday_of(wd);
    let r = match tense {
        _ if include_doc && doc.weekday() == want => Ok(doc),
        Tense::Future => doc.nth_weekday(1, want),
        _ => doc.nth_weekday(-1, want),
    };
    r.unwrap_or(doc)
}

/// `d` moved by `n` units (`n` may be negative); quarters are three months, decades ten years.
/// Counts too large for the calendar (a number in the text, "10000000 years ago") give `None`,
/// never a panic: jiff's checked `try_*` constructors refuse them.
pub fn step(d: Date, n: i64, unit: Unit) -> Option<Date> {
    let span = Span::new();
    let span = match unit {
        Unit::Second | Unit::Minute | Unit::Hour => return Some(d),
        Unit::Day => span.try_days(n),
        Unit::Week => span.try_weeks(n),
        Unit::Month => span.try_months(n),
        Unit::Quarter => span.try_months(n.checked_mul(3)?),
        Unit::Year => span.try_years(n),
        Unit::Decade => span.try_years(n.checked_mul(10)?),
        Unit::Century => span.try_years(n.checked_mul(100)?),
    };
    d.checked_add(span.ok()?).ok()
}

/// The value of the period of `unit` holding `d`: the day, ISO week, month, quarter or year.
pub fn period(d: Date, unit: Unit) -> TimexValue {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => TimexValue::day(d),
        Unit::Week => {
            let w = d.iso_week_date();
            TimexValue::Week { year: w.year(), week: w.week(), weekend: false }
        }
        Unit::Month => TimexValue::Month { year: Some(d.year()), month: d.month() },
        Unit::Quarter => TimexValue::Quarter { year: Some(d.year()), quarter: (d.month() - 1) / 3 + 1 },
        Unit::Year => TimexValue::Year(d.year()),
        Unit::Decade => TimexValue::Decade(d.year() / 10),
        Unit::Century => TimexValue::Century(d.year() / 100),
    }
}

/// The year of a year-less month (or day of a month): the document year, unless the tense points across
/// the year boundary. A future clause takes the next occurrence of the month ("will be held in
/// March" written in July → next March); a past clause the last one, allowing two months of slack for a loose
/// tense ("was shut in August" written in February → last August); without a tense, news mostly
/// reports what happened: the month within [`UNKNOWN_BACK`] months before the document's month,
/// else the one to come ("in March" written in October → this March; "in January" written in
/// November → next January).
pub fn year_of(doc: Date, month: i8, tense: Tense) -> i16 {
    let y = doc.year();
    let dm = i32::from(month) - i32::from(doc.month());
    match tense {
        // A day earlier in the document's own month stays in its year: a deadline just passed
        // ("must leave by Jan. 14" in a paper of Jan. 15), not one a year off, which the text
        // would date.
        Tense::Future => y + i16::from(month < doc.month()),
        Tense::Past if dm > 2 => y - 1,
        Tense::Unknown if dm > 12 - UNKNOWN_BACK => y - 1,
        Tense::Unknown if dm < -UNKNOWN_BACK => y + 1,
        _ => y,
    }
}

/// The year of a year-less day that is known to the day (a holiday; `day` is its date in the
/// document's year): as [`year_of`], but a future clause about a day already past this year
/// means next year's ("will celebrate Easter" after Easter), and a past clause about a day
/// still to come last year's, without the slack of a month ("the parade on Memorial Day" in
/// March).
pub fn year_of_day(doc: Date, day: Date, tense: Tense) -> i16 {
    match tense {
        Tense::Future if day < doc => doc.year() + 1,
        Tense::Past if day > doc => doc.year() - 1,
        t => year_of(doc, day.month(), t),
    }
}

/// The year of the last (`step` -1), next (1) or this (0) occurrence of a time of the year
/// `here` (a month, a day, a holiday), seen from a time `there` of `year`: the last March seen
/// from March or later is a year back, the next one seen from March or earlier a year ahead.
pub fn year_stepped<T: PartialOrd>(year: i16, step: i64, here: T, there: T) -> i16 {
    match step {
        -1 if here >= there => year - 1,
        1 if here <= there => year + 1,
        _ => year,
    }
}

/// How many months back a year-less month of unknown tense may lie (the rest of the year lies ahead).
pub const UNKNOWN_BACK: i32 = 9;

/// A holiday's date in `year`: fixed ones and those computed from weekdays or Easter.
pub fn holiday(h: Holiday, year: i16) -> Option<Date> {
    let nth = |month: i8, n: i8, wd: Weekday| Date::new(year, month, 1).ok()?.nth_weekday_of_month(n, wd).ok();
    match h {
        Holiday::Fixed(m, d) => Date::new(year, m, d).ok(),
        Holiday::Thanksgiving => nth(11, 4, Weekday::Thursday),
        Holiday::BlackFriday => nth(11, 4, Weekday::Thursday)?.tomorrow().ok(),
        Holiday::LaborDay => nth(9, 1, Weekday::Monday),
        Holiday::MemorialDay => nth(5, -1, Weekday::Monday),
        Holiday::MlkDay | Holiday::PresidentsDay => nth(if h == Holiday::MlkDay { 1 } else { 2 }, 3, Weekday::Monday),
        Holiday::MothersDay => nth(5, 2, Weekday::Sunday),
        Holiday::FathersDay => nth(6, 3, Weekday::Sunday),
        Holiday::ElectionDay => nth(11, 1, Weekday::Monday)?.tomorrow().ok(),
        Holiday::LunarNewYear => lunar_new_year(year),
        Holiday::Easter(offset) => easter(year)?.checked_add(Span::new().try_days(i64::from(offset)).ok()?).ok(),
        Holiday::Jewish(f) => hebrew::feast(f, year),
        Holiday::Islamic(f) => islamic::feast(f, year),
        Holiday::Observed(f) => observed::in_year(f, year),
    }
}

/// A holiday rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// A fixed month and day (Christmas: 12-25).
    Fixed(i8, i8),
    /// Fourth Thursday of November.
    Thanksgiving,
    /// The day after Thanksgiving.
    BlackFriday,
    /// First Monday of September.
    LaborDay,
    /// Last Monday of May.
    MemorialDay,
    /// Third Monday of January.
    MlkDay,
    /// Third Monday of February.
    PresidentsDay,
    /// Second Sunday of May.
    MothersDay,
    /// Third Sunday of June.
    FathersDay,
    /// Easter Sunday plus an offset in days (Good Friday: -2).
    Easter(i8),
    /// The Tuesday after the first Monday of November (US Election Day).
    ElectionDay,
    /// The first day of the Chinese lunisolar year (Chinese or Lunar New Year), from a
    /// table of its dates: known for 1980–2030 only.
    LunarNewYear,
    /// A feast of the Hebrew calendar (Passover), computed.
    Jewish(hebrew::Feast),
    /// A feast of the Islamic calendar (Eid al-Fitr): observed or tabular.
    Islamic(islamic::Feast),
    /// A feast known only from the table of observed dates (Diwali): no date outside it.
    Observed(observed::Feast),
}

/// The first year of [`LUNAR_NEW_YEAR`].
const LUNAR_FIRST_YEAR: i16 = 1980;

/// The Gregorian month and day of the Chinese (Lunar) New Year in each year from
/// [`LUNAR_FIRST_YEAR`] to 2030: calendar facts (the first day of the first month of the
/// Chinese lunisolar calendar, as published in its almanacs; checked against a lunisolar
/// calendar library). Outside these years the holiday has no date here. The feasts of
/// other lunar calendars are in [`hebrew`], [`islamic`] and [`observed`].
const LUNAR_NEW_YEAR: &[(i8, i8)] = &[
    (2, 16),
    (2, 5),
    (1, 25),
    (2, 13),
    (2, 2),
    (2, 20),
    (2, 9),
    (1, 29),
    (2, 17),
    (2, 6),
    (1, 27),
    (2, 15),
    (2, 4),
    (1, 23),
    (2, 10),
    (1, 31),
    (2, 19),
    (2, 7),
    (1, 28),
    (2, 16),
    (2, 5),
    (1, 24),
    (2, 12),
    (2, 1),
    (1, 22),
    (2, 9),
    (1, 29),
    (2, 18),
    (2, 7),
    (1, 26),
    (2, 14),
    (2, 3),
    (1, 23),
    (2, 10),
    (1, 31),
    (2, 19),
    (2, 8),
    (1, 28),
    (2, 16),
    (2, 5),
    (1, 25),
    (2, 12),
    (2, 1),
    (1, 22),
    (2, 10),
    (1, 29),
    (2, 17),
    (2, 6),
    (1, 26),
    (2, 13),
    (2, 3),
];

/// The Lunar New Year of `year`, within the years of [`LUNAR_NEW_YEAR`].
fn lunar_new_year(year: i16) -> Option<Date> {
    let k = usize::try_from(year.checked_sub(LUNAR_FIRST_YEAR)?).ok()?;
    let &(month, day) = LUNAR_NEW_YEAR.get(k)?;
    Date::new(year, month, day).ok()
}

/// Easter Sunday (Gregorian computus, the anonymous algorithm).
fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn weekdays() {
        let sat = d("2022-07-30");
        assert_eq!(weekday(sat, 5, Tense::Past, false), d("2022-07-29"));
        assert_eq!(weekday(sat, 5, Tense::Future, false), d("2022-08-05"));
        assert_eq!(weekday(sat, 6, Tense::Past, true), sat);
        assert_eq!(weekday(sat, 6, Tense::Past, false), d("2022-07-23"));
    }

    #[test]
    fn years_of_month_days() {
        let jul = d("2022-07-30");
        assert_eq!(year_of(jul, 3, Tense::Future), 2023);
        assert_eq!(year_of(jul, 7, Tense::Future), 2022);
        assert_eq!(year_of(jul, 6, Tense::Future), 2023);
        assert_eq!(year_of(d("2022-02-01"), 8, Tense::Past), 2021);
        assert_eq!(year_of(d("1989-11-02"), 12, Tense::Past), 1989);
        assert_eq!(year_of(d("2023-01-05"), 12, Tense::Unknown), 2022);
    }

    /// Without a tense, a month up to nine months back is this year's; three or more months
    /// ahead is last year's; a month early next year is next year's.
    #[test]
    fn years_of_months_without_tense() {
        let oct = d("1999-10-30");
        assert_eq!(year_of(oct, 3, Tense::Unknown), 1999);
        assert_eq!(year_of(oct, 1, Tense::Unknown), 1999);
        assert_eq!(year_of(d("1999-11-30"), 1, Tense::Unknown), 2000);
        assert_eq!(year_of(d("1999-02-06"), 8, Tense::Unknown), 1998);
        assert_eq!(year_of(d("1999-02-06"), 5, Tense::Unknown), 1999);
    }

    #[test]
    fn years_of_days() {
        let doc = d("2022-04-20");
        assert_eq!(year_of_day(doc, d("2022-04-17"), Tense::Future), 2023);
        assert_eq!(year_of_day(doc, d("2022-04-25"), Tense::Future), 2022);
        assert_eq!(year_of_day(doc, d("2022-05-30"), Tense::Past), 2021);
        assert_eq!(year_of_day(doc, d("2022-04-17"), Tense::Past), 2022);
        assert_eq!(year_of_day(doc, d("2022-12-25"), Tense::Unknown), year_of(doc, 12, Tense::Unknown));
    }

    #[test]
    fn years_stepped() {
        assert_eq!(year_stepped(2022, -1, 3, 3), 2021);
        assert_eq!(year_stepped(2022, -1, 3, 2), 2021);
        assert_eq!(year_stepped(2022, -1, 3, 7), 2022);
        assert_eq!(year_stepped(2022, 1, 3, 3), 2023);
        assert_eq!(year_stepped(2022, 1, 3, 7), 2023);
        assert_eq!(year_stepped(2022, 1, 9, 7), 2022);
        assert_eq!(year_stepped(2022, 0, 9, 7), 2022);
    }

    #[test]
    fn holidays() {
        assert_eq!(holiday(Holiday::Easter(0), 2022), Some(d("2022-04-17")));
        assert_eq!(holiday(Holiday::Easter(-2), 2022), Some(d("2022-04-15")));
        assert_eq!(holiday(Holiday::Easter(0), 2021), Some(d("2021-04-04")));
        assert_eq!(holiday(Holiday::Thanksgiving, 2022), Some(d("2022-11-24")));
        assert_eq!(holiday(Holiday::MemorialDay, 2023), Some(d("2023-05-29")));
        assert_eq!(holiday(Holiday::LaborDay, 2019), Some(d("2019-09-02")));
        // The Tuesday after the first Monday: Nov. 1 2022 is a Tuesday, so Election Day is Nov. 8.
        assert_eq!(holiday(Holiday::ElectionDay, 2022), Some(d("2022-11-08")));
        assert_eq!(holiday(Holiday::ElectionDay, 2020), Some(d("2020-11-03")));
    }
}
