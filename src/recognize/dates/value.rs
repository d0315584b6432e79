//! Typed TIMEX3 values: what a temporal expression denotes, before it is written as a string.
//!
//! Library users read these instead of parsing TIMEX3 strings; [`TimexValue`]'s `Display` writes
//! the TimeML form (`2022-07-29`, `2022-W30`, `P3Y`, `XXXX-WXX-5`...).

use std::fmt;

use crate::document::TimexType;

/// A season of the year (TimeML `SP`, `SU`, `FA`, `WI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Season {
    /// Spring (`SP`).
    Spring,
    /// Summer (`SU`).
    Summer,
    /// Fall or autumn (`FA`).
    Fall,
    /// Winter (`WI`).
    Winter,
}

impl Season {
    /// The TimeML code.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

/// A part of the day (TimeML `MO`, `AF`, `EV`, `NI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayPart {
    /// Morning (`MO`).
    Morning,
    /// Afternoon (`AF`).
    Afternoon,
    /// Evening (`EV`).
    Evening,
    /// Night (`NI`).
    Night,
}

impl DayPart {
    /// The TimeML code.
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// The time-of-day part of a [`TimexValue::Time`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeOfDay {
    /// A clock time, 24-hour (`24:00` is midnight at the end of the day).
    Clock {
        /// Hour, 0–24.
        hour: u8,
        /// Minute, 0–59.
        minute: u8,
        /// Second, 0–59, when written (`14:00:00`).
        second: Option<u8>,
        /// Nanoseconds of a decimal fraction written after the second (`10:56:12.123` has
        /// 123,000,000); 0 when none.
        nanosecond: u32,
    },
    /// A part of the day.
    Part(DayPart),
}

/// A unit of a duration or a calendar step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Quarters (three months).
    Quarter,
    /// Years.
    Year,
    /// Decades (ten years).
    Decade,
    /// Centuries.
    Century,
}

impl Unit {
    /// True for hours, minutes and seconds (written after `T` in a duration).
    fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }

    /// The TimeML letter(s) and the multiplier that turns an amount into them (`decade` = 10 `Y`).
    fn letter(self) -> (&'static str, u32) {
        match self {
            Unit::Second => ("S", 1),
            Unit::Minute => ("M", 1),
            Unit::Hour => ("H", 1),
            Unit::Day => ("D", 1),
            Unit::Week => ("W", 1),
            Unit::Month => ("M", 1),
            Unit::Quarter => ("Q", 1),
            Unit::Year => ("Y", 1),
            Unit::Decade => ("Y", 10),
            Unit::Century => ("Y", 100),
        }
    }

    /// The letter(s) of an unknown amount (`PXDE` for "decades").
    fn vague_letter(self) -> &'static str {
        match self {
            Unit::Decade => "DE",
            Unit::Century => "CE",
            u => u.letter().0,
        }
    }
}

/// A temporal reference without a calendar value (`PRESENT_REF`...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reference {
    /// "now", "currently".
    Present,
    /// "the past", "recently".
    Past,
    /// "the future".
    Future,
}

/// The value of a temporal expression, typed.
///
/// Fields that the text leaves open are `None` and print as `X`s (`XXXX-07-22`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimexValue {
    /// A calendar day: `2022-07-30`, `XXXX-07-22`.
    Day {
        /// The year, if known.
        year: Option<i16>,
        /// The month, 1–12.
        month: i8,
        /// The day of the month.
        day: i8,
    },
    /// An unknown day of a known month or year: `1998-10-XX`, `1998-XX-XX` ("that same day"
    /// after "in October 1998").
    DayIn {
        /// The year.
        year: i16,
        /// The month, 1–12, if known.
        month: Option<i8>,
    },
    /// A span of unknown length and unit: `PXX` ("for a while", "for some time").
    SomeTime,
    /// A weekday in an unknown week: `XXXX-WXX-5` (1 = Monday).
    Weekday(i8),
    /// The weekend of an unknown week: `XXXX-WXX-WE` ("every weekend").
    Weekend,
    /// The working days of an unknown week: `XXXX-WXX-WD` ("every weekday"; `WD` beside the
    /// `WE` of weekends, as SUTime writes it).
    Weekdays,
    /// A weekday in an unknown week of an unknown month: `XXXX-XX-WXX-1` ("the first Monday of
    /// every month"; the ordinal is not written in the value).
    WeekdayOfMonth(i8),
    /// An ISO week, or its weekend: `2022-W30`, `2022-W30-WE`.
    Week {
        /// ISO week-numbering year.
        year: i16,
        /// ISO week, 1–53.
        week: i8,
        /// The weekend of that week.
        weekend: bool,
    },
    /// A month: `2022-07`, `XXXX-03`.
    Month {
        /// The year, if known.
        year: Option<i16>,
        /// The month, 1–12.
        month: i8,
    },
    /// A quarter: `2022-Q3`.
    Quarter {
        /// The year, if known.
        year: Option<i16>,
        /// The quarter, 1–4.
        quarter: i8,
    },
    /// A half year: `2022-H1`.
    Half {
        /// The year, if known.
        year: Option<i16>,
        /// The half, 1–2.
        half: i8,
    },
    /// A season: `2020-SU`.
    Season {
        /// The year, if known.
        year: Option<i16>,
        /// The season.
        season: Season,
    },
    /// A year: `2022`; negative before the common era (`-490` is written `BC0490`).
    Year(i16),
    /// A fiscal year, written as its year like TimeBank does (`fiscal 2022` = `2022`).
    FiscalYear(i16),
    /// A decade, by its first three digits: `199` for the 1990s.
    Decade(i16),
    /// A century, by its first two digits: `18` for the 19th century.
    Century(i16),
    /// A time of day on a date (`None`: an unknown day, `XXXX-XX-XX`).
    Time {
        /// The date (a `Day` or `Weekday`), if known.
        date: Option<Box<TimexValue>>,
        /// The clock time or part of day.
        time: TimeOfDay,
    },
    /// An amount of time: `P3Y`, `PT48H`, `PXM` (amount `None`: "several months").
    Duration {
        /// The number of units, if given.
        amount: Option<u32>,
        /// The unit.
        unit: Unit,
    },
    /// An amount and a half: `2 1/2 years` (`P2Y6M`), `an hour and a half` (`PT1H30M`), `half
    /// an hour` (`PT30M`, whole 0); the half is written in the next smaller unit.
    DurationAndHalf {
        /// The whole units before the half.
        whole: u32,
        /// The unit.
        unit: Unit,
    },
    /// An amount with a decimal fraction that no smaller unit holds whole: `1.3 years`
    /// (`P1.3Y`), `0.7 weeks` (`P0.7W`).
    DurationDecimal {
        /// The whole units.
        whole: u32,
        /// The digits of the fraction, as a number.
        fraction: u32,
        /// How many digits the fraction has.
        digits: u8,
        /// The unit.
        unit: Unit,
    },
    /// Two amounts of time in one span, the larger first: `two years and three months`
    /// (`P2Y3M`), `an hour and 20 minutes` (`PT1H20M`), `three days and six hours` (`P3DT6H`).
    DurationPair {
        /// The larger amount and its unit.
        first: (u32, Unit),
        /// The smaller amount and its unit.
        second: (u32, Unit),
    },
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Reference(Reference),
    /// A recurrence of the inner value: every Monday (`XXXX-WXX-1`), weekly (`P1W`).
    Set(Box<TimexValue>),
}

impl TimexValue {
    /// The TIMEX3 type this value is written with.
    pub fn timex_type(&self) -> TimexType {
        match self {
            TimexValue::Time { .. } => TimexType::Time,
            TimexValue::Duration { .. }
            | TimexValue::DurationAndHalf { .. }
            | TimexValue::DurationDecimal { .. }
            | TimexValue::DurationPair { .. }
            | TimexValue::SomeTime => TimexType::Duration,
            TimexValue::Set(_) => TimexType::Set,
            _ => TimexType::Date,
        }
    }

    /// A day of a [`jiff`] date.
    pub fn day(d: jiff::civil::Date) -> TimexValue {
        TimexValue::Day { year: Some(d.year()), month: d.month(), day: d.day() }
    }

    /// The [`jiff`] date of a day with its year (`2022-07-30`); none for any other value
    /// (`XXXX-07-30`, a month, a time).
    pub fn date(&self) -> Option<jiff::civil::Date> {
        match *self {
            TimexValue::Day { year: Some(y), month, day } => jiff::civil::Date::new(y, month, day).ok(),
            _ => None,
        }
    }

    /// `whole` units and `fraction` / `denominator` (a power of ten) of one, kept as a decimal
    /// (`1.3 years`: `P1.3Y`); none for units written in another's letter (decades, centuries).
    pub fn decimal(whole: u32, fraction: u32, denominator: u32, unit: Unit) -> Option<TimexValue> {
        if unit.letter().1 != 1 || fraction >= denominator {
            return None;
        }
        let digits = u8::try_from(denominator.checked_ilog10()?).ok()?;
        Some(TimexValue::DurationDecimal { whole, fraction, digits, unit })
    }

    /// `whole` and a half of a unit word that counts `times` units of `unit`: an amount and a
    /// half (`two and a half years`), or a whole amount when the half is whole units (`a
    /// fortnight and a half` is three weeks: `P3W`).
    pub fn and_a_half(whole: u32, unit: Unit, times: u32) -> TimexValue {
        let halves = whole.saturating_mul(2).saturating_add(1).saturating_mul(times);
        match halves % 2 {
            0 => TimexValue::Duration { amount: Some(halves / 2), unit },
            _ => TimexValue::DurationAndHalf { whole: halves / 2, unit },
        }
    }
}

/// Writes a four-digit year or `XXXX`.
fn year4(f: &mut fmt::Formatter<'_>, year: Option<i16>) -> fmt::Result {
    match year {
        Some(y) if y < 0 => write!(f, "BC{:04}", -i32::from(y)),
        Some(y) => write!(f, "{y:04}"),
        None => f.write_str("XXXX"),
    }
}

impl fmt::Display for TimexValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimexValue::Day { year, month, day } => {
                year4(f, *year)?;
                write!(f, "-{month:02}-{day:02}")
            }
            TimexValue::DayIn { year, month } => {
                year4(f, Some(*year))?;
                match month {
                    Some(m) => write!(f, "-{m:02}-XX"),
                    None => f.write_str("-XX-XX"),
                }
            }
            TimexValue::SomeTime => f.write_str("PXX"),
            TimexValue::Weekday(d) => write!(f, "XXXX-WXX-{d}"),
            TimexValue::Weekend => f.write_str("XXXX-WXX-WE"),
            TimexValue::Weekdays => f.write_str("XXXX-WXX-WD"),
            TimexValue::WeekdayOfMonth(d) => write!(f, "XXXX-XX-WXX-{d}"),
            TimexValue::Week { year, week, weekend } => {
                write!(f, "{year:04}-W{week:02}")?;
                if *weekend {
                    f.write_str("-WE")?;
                }
                Ok(())
            }
            TimexValue::Month { year, month } => {
                year4(f, *year)?;
                write!(f, "-{month:02}")
            }
            TimexValue::Quarter { year, quarter } => {
                year4(f, *year)?;
                write!(f, "-Q{quarter}")
            }
            TimexValue::Half { year, half } => {
                year4(f, *year)?;
                write!(f, "-H{half}")
            }
            TimexValue::Season { year, season } => {
                year4(f, *year)?;
                write!(f, "-{}", season.code())
            }
            TimexValue::Year(y) => year4(f, Some(*y)),
            // TimeBank writes fiscal years as plain years ("fiscal 1989" = 1989).
            TimexValue::FiscalYear(y) => write!(f, "{y:04}"),
            // Before the common era: the 480s BC are `BC048`, the 4th century BC `BC03`.
            TimexValue::Decade(d) if *d < 0 => write!(f, "BC{:03}", -i32::from(*d)),
            TimexValue::Century(c) if *c < 0 => write!(f, "BC{:02}", -i32::from(*c)),
            TimexValue::Decade(d) => write!(f, "{d:03}"),
            TimexValue::Century(c) => write!(f, "{c:02}"),
            TimexValue::Time { date, time } => {
                match date {
                    Some(d) => write!(f, "{d}")?,
                    None => f.write_str("XXXX-XX-XX")?,
                }
                match time {
                    TimeOfDay::Clock { hour, minute, second: None, .. } => write!(f, "T{hour:02}:{minute:02}"),
                    TimeOfDay::Clock { hour, minute, second: Some(s), nanosecond } => {
                        write!(f, "T{hour:02}:{minute:02}:{s:02}")?;
                        write_fraction(f, *nanosecond)
                    }
                    TimeOfDay::Part(p) => write!(f, "T{}", p.code()),
                }
            }
            TimexValue::Duration { amount: Some(n), unit } => write_amounts(f, &[(*n, *unit)]),
            TimexValue::Duration { amount: None, unit } => {
                write!(f, "{}X{}", if unit.is_clock() { "PT" } else { "P" }, unit.vague_letter())
            }
            TimexValue::DurationAndHalf { whole, unit } => write_and_half(f, *whole, *unit),
            TimexValue::DurationDecimal { whole, fraction, digits, unit } => {
                let (letter, _) = unit.letter();
                let t = if unit.is_clock() { "T" } else { "" };
                write!(f, "P{t}{whole}.{fraction:0width$}{letter}", width = usize::from(*digits))
            }
            TimexValue::DurationPair { first, second } => write_amounts(f, &[*first, *second]),
            TimexValue::Reference(r) => f.write_str(match r {
                Reference::Present => "PRESENT_REF",
                Reference::Past => "PAST_REF",
                Reference::Future => "FUTURE_REF",
            }),
            TimexValue::Set(inner) => write!(f, "{inner}"),
        }
    }
}

impl Unit {
    /// The place of the unit in a duration written with two of them: larger units first, and
    /// `None` for the units that are not written in their own letter (weeks, quarters, decades,
    /// centuries), which a pair does not mix.
    pub fn pair_rank(self) -> Option<u8> {
        match self {
            Unit::Week | Unit::Quarter | Unit::Decade | Unit::Century => None,
            _ => Some(self.length_rank()),
        }
    }

    /// True when the unit is shorter than `other`: a day than a week, an hour than a day.
    pub fn shorter_than(self, other: Unit) -> bool {
        self.length_rank() < other.length_rank()
    }

    /// The place of the unit among all units by length, shortest first.
    fn length_rank(self) -> u8 {
        match self {
            Unit::Second => 0,
            Unit::Minute => 1,
            Unit::Hour => 2,
            Unit::Day => 3,
            Unit::Week => 4,
            Unit::Month => 5,
            Unit::Quarter => 6,
            Unit::Year => 7,
            Unit::Decade => 8,
            Unit::Century => 9,
        }
    }

    /// The TIMEX3 `freq` of `n` such units in a set: `3D` ("three days a week"), `24H`.
    pub fn freq(self, n: u32) -> String {
        let (letter, times) = self.letter();
        format!("{}{letter}", n.saturating_mul(times))
    }

    /// How many of the next smaller unit `small` one unit is, where that is exact: 12 months
    /// a year, 24 hours a day, 60 minutes an hour, 60 seconds a minute.
    pub fn in_units_of(self, small: Unit) -> Option<u32> {
        match (self, small) {
            (Unit::Year, Unit::Month) => Some(12),
            (Unit::Day, Unit::Hour) => Some(24),
            (Unit::Hour, Unit::Minute) | (Unit::Minute, Unit::Second) => Some(60),
            _ => None,
        }
    }

    /// Half of one unit in a smaller one: a year is 6 months, an hour 30 minutes (`None` for
    /// seconds and weeks, whose halves are written as decimals: `P2.5W`).
    pub fn half(self) -> Option<(u32, Unit)> {
        match self {
            Unit::Second | Unit::Week => None,
            Unit::Minute => Some((30, Unit::Second)),
            Unit::Hour => Some((30, Unit::Minute)),
            Unit::Day => Some((12, Unit::Hour)),
            Unit::Month => Some((15, Unit::Day)),
            Unit::Quarter => Some((45, Unit::Day)),
            Unit::Year => Some((6, Unit::Month)),
            Unit::Decade => Some((5, Unit::Year)),
            Unit::Century => Some((50, Unit::Year)),
        }
    }
}

/// The decimal fraction of a second after its whole seconds, without trailing zeros:
/// 123,000,000 nanoseconds → `.123` · 800,000,000 → `.8` · 0 → nothing.
fn write_fraction(f: &mut fmt::Formatter<'_>, nanosecond: u32) -> fmt::Result {
    if nanosecond == 0 {
        return Ok(());
    }
    let mut digits = 9;
    let mut n = nanosecond;
    while n % 10 == 0 {
        n /= 10;
        digits -= 1;
    }
    write!(f, ".{n:0digits$}")
}

/// Writes `whole` units and a half: `P2Y6M`, `PT1H30M`, `P1DT12H`, `P25Y` (a decade and a half).
fn write_and_half(f: &mut fmt::Formatter<'_>, whole: u32, unit: Unit) -> fmt::Result {
    let (letter, times) = unit.letter();
    let Some((half, small)) = unit.half() else {
        // No smaller unit beside it: a decimal fraction, as ISO 8601 allows (`P2.5W`).
        return write!(f, "P{}{whole}.5{letter}", if unit.is_clock() { "T" } else { "" });
    };
    if letter == small.letter().0 && !unit.is_clock() {
        // Decades and centuries are written in years: a decade and a half is `P15Y`.
        return write!(f, "P{}Y", whole.saturating_mul(times).saturating_add(half));
    }
    match whole {
        0 => write_amounts(f, &[(half, small)]),
        _ => write_amounts(f, &[(whole, unit), (half, small)]),
    }
}

/// Writes amounts of time, the larger first, each in its unit's letter, with `T` before the
/// first clock unit: `P3Y`, `P20Y` (two decades), `PT48H`, `P2Y3M`, `P3DT6H`, `PT1H20M`.
fn write_amounts(f: &mut fmt::Formatter<'_>, amounts: &[(u32, Unit)]) -> fmt::Result {
    f.write_str("P")?;
    let mut in_time = false;
    for &(n, unit) in amounts {
        if unit.is_clock() && !in_time {
            f.write_str("T")?;
            in_time = true;
        }
        let (letter, times) = unit.letter();
        write!(f, "{}{letter}", n.saturating_mul(times))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_timeml_values() {
        let v = |x: TimexValue| x.to_string();
        assert_eq!(v(TimexValue::Day { year: None, month: 7, day: 22 }), "XXXX-07-22");
        assert_eq!(v(TimexValue::Week { year: 2022, week: 30, weekend: true }), "2022-W30-WE");
        assert_eq!(v(TimexValue::Decade(199)), "199");
        assert_eq!(v(TimexValue::Year(-490)), "BC0490");
        assert_eq!(v(TimexValue::Season { year: Some(-481), season: Season::Fall }), "BC0481-FA");
        assert_eq!(v(TimexValue::Century(18)), "18");
        assert_eq!(v(TimexValue::Century(-3)), "BC03");
        assert_eq!(v(TimexValue::Decade(-48)), "BC048");
        assert_eq!(v(TimexValue::Duration { amount: Some(48), unit: Unit::Hour }), "PT48H");
        assert_eq!(v(TimexValue::Duration { amount: Some(2), unit: Unit::Decade }), "P20Y");
        assert_eq!(v(TimexValue::Duration { amount: None, unit: Unit::Month }), "PXM");
        let fri = Some(Box::new(TimexValue::Weekday(5)));
        assert_eq!(v(TimexValue::Time { date: fri, time: TimeOfDay::Part(DayPart::Evening) }), "XXXX-WXX-5TEV");
        assert_eq!(v(TimexValue::Set(Box::new(TimexValue::Weekday(1)))), "XXXX-WXX-1");
        assert_eq!(v(TimexValue::Set(Box::new(TimexValue::Weekend))), "XXXX-WXX-WE");
    }

    #[test]
    fn writes_amounts_and_a_half() {
        let v = |whole, unit| TimexValue::DurationAndHalf { whole, unit }.to_string();
        assert_eq!(v(2, Unit::Year), "P2Y6M");
        assert_eq!(v(5, Unit::Hour), "PT5H30M");
        assert_eq!(v(1, Unit::Minute), "PT1M30S");
        assert_eq!(v(1, Unit::Day), "P1DT12H");
        assert_eq!(v(0, Unit::Hour), "PT30M");
        assert_eq!(v(0, Unit::Year), "P6M");
        assert_eq!(v(0, Unit::Day), "PT12H");
        assert_eq!(v(1, Unit::Decade), "P15Y");
        assert_eq!(v(2, Unit::Century), "P250Y");
        assert_eq!(v(2, Unit::Week), "P2.5W");
        assert_eq!(v(1, Unit::Second), "PT1.5S");
    }

    #[test]
    fn amounts_and_a_half_of_multiple_units() {
        assert_eq!(
            TimexValue::and_a_half(2, Unit::Year, 1),
            TimexValue::DurationAndHalf { whole: 2, unit: Unit::Year }
        );
        assert_eq!(TimexValue::and_a_half(1, Unit::Week, 2).to_string(), "P3W");
        assert_eq!(TimexValue::and_a_half(0, Unit::Week, 2).to_string(), "P1W");
    }

    #[test]
    fn writes_pairs_of_amounts() {
        let v = |first, second| TimexValue::DurationPair { first, second }.to_string();
        assert_eq!(v((2, Unit::Year), (3, Unit::Month)), "P2Y3M");
        assert_eq!(v((3, Unit::Day), (6, Unit::Hour)), "P3DT6H");
        assert_eq!(v((1, Unit::Hour), (20, Unit::Minute)), "PT1H20M");
    }
}
