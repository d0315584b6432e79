//! The Hebrew (Jewish) calendar, computed: the molad of Tishri, the postponements
//! (dehiyyot) and the lengths of the years, after Dershowitz and Reingold, *Calendrical
//! Calculations*. The calendar is fully arithmetic, so every feast is known for any year.
//!
//! Convention: a Hebrew day begins at sunset, so a feast begins on the evening before its
//! civil date; the date given here is the feast's **first full civil day** (Rosh Hashanah
//! 5783 began at sunset on Sept. 25, 2022: its day is 2022-09-26). A feast of several days
//! (Passover, Sukkot, Hanukkah) is dated by that first day.

use jiff::civil::Date;

use super::fixed;

/// A feast of the Hebrew calendar, by its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feast {
    /// 1 Tishri, the new year (September or early October).
    RoshHashanah,
    /// 10 Tishri, the Day of Atonement.
    YomKippur,
    /// 15 Tishri, the first day of the Feast of Tabernacles.
    Sukkot,
    /// 25 Kislev, the first day of the Festival of Lights (late November or December).
    Hanukkah,
    /// 14 Adar (Adar II in a leap year), February or March.
    Purim,
    /// 15 Nisan, the first day of Passover (late March or April).
    Passover,
    /// 6 Sivan, the Feast of Weeks (May or June).
    Shavuot,
}

/// The civil date of `feast` in the Gregorian `year` (every feast falls once in each year).
pub fn feast(feast: Feast, year: i16) -> Option<Date> {
    // The Hebrew year beginning in the autumn of `year`, and the one ending then.
    let autumn = i64::from(year) + 3761;
    let rd = match feast {
        Feast::RoshHashanah => new_year(autumn),
        Feast::YomKippur => new_year(autumn) + 9,
        Feast::Sukkot => new_year(autumn) + 14,
        Feast::Hanukkah => new_year(autumn) + 30 + heshvan_days(autumn) + 24,
        // From 1 Nisan to 1 Tishri the months are fixed (30, 29, 30, 29, 30, 29 days: 177),
        // and the month before Nisan (Adar, or Adar II) has 29 days.
        Feast::Passover => new_year(autumn) - 177 + 14,
        Feast::Purim => new_year(autumn) - 177 - 29 + 13,
        Feast::Shavuot => new_year(autumn) - 177 + 30 + 29 + 5,
    };
    fixed::date(rd)
}

/// The fixed day number ([`fixed`]) of 1 Tishri of year 1: October 7, 3761 BCE (Julian).
const EPOCH: i64 = -1_373_427;

/// The fixed day number of 1 Tishri of the Hebrew `year`.
fn new_year(year: i64) -> i64 {
    EPOCH + elapsed_days(year) + year_length_correction(year)
}

/// The days from the epoch to the molad of Tishri of `year`, postponed by a day when the
/// molad falls on a Sunday, Wednesday or Friday (lo ADU Rosh) or at noon or later (molad
/// zaken, both folded into one test on the day after the molad).
fn elapsed_days(year: i64) -> i64 {
    let months = (235 * year - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let days = 29 * months + parts.div_euclid(25_920);
    if (3 * (days + 1)).rem_euclid(7) < 3 {
        days + 1
    } else {
        days
    }
}

/// The further postponement that keeps every year 353–355 or 383–385 days long: two days
/// when the next year would otherwise have 356 days (GaTaRaD), one when the previous one
/// would have 382 (BeTUTaKPaT).
fn year_length_correction(year: i64) -> i64 {
    let (ny0, ny1, ny2) = (elapsed_days(year - 1), elapsed_days(year), elapsed_days(year + 1));
    if ny2 - ny1 == 356 {
        2
    } else if ny1 - ny0 == 382 {
        1
    } else {
        0
    }
}

/// The days of Heshvan (the month after Tishri) in `year`: 30 in a "complete" year (355 or
/// 385 days), else 29.
fn heshvan_days(year: i64) -> i64 {
    if (new_year(year + 1) - new_year(year)) % 10 == 5 {
        30
    } else {
        29
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        s.parse().ok()
    }

    /// Feasts of 2022 and 2023 as observed (first full day).
    #[test]
    fn feasts_of_known_years() {
        assert_eq!(feast(Feast::RoshHashanah, 2022), d("2022-09-26"));
        assert_eq!(feast(Feast::YomKippur, 2022), d("2022-10-05"));
        assert_eq!(feast(Feast::Sukkot, 2022), d("2022-10-10"));
        assert_eq!(feast(Feast::Hanukkah, 2022), d("2022-12-19"));
        assert_eq!(feast(Feast::Passover, 2022), d("2022-04-16"));
        assert_eq!(feast(Feast::Purim, 2022), d("2022-03-17"));
        assert_eq!(feast(Feast::Shavuot, 2022), d("2022-06-05"));
        assert_eq!(feast(Feast::RoshHashanah, 2023), d("2023-09-16"));
        assert_eq!(feast(Feast::YomKippur, 2023), d("2023-09-25"));
        assert_eq!(feast(Feast::Hanukkah, 2023), d("2023-12-08"));
        assert_eq!(feast(Feast::Passover, 2023), d("2023-04-06"));
        // 1973: the Yom Kippur War began on the feast, Saturday, October 6.
        assert_eq!(feast(Feast::YomKippur, 1973), d("1973-10-06"));
    }

    /// Every Hebrew year has 353–355 or 383–385 days, and Rosh Hashanah never falls on a
    /// Sunday, Wednesday or Friday.
    #[test]
    fn year_lengths_and_weekdays() {
        for year in 5600..5900 {
            let len = new_year(year + 1) - new_year(year);
            assert!(matches!(len, 353..=355 | 383..=385), "{year}: {len}");
            let wd = new_year(year).rem_euclid(7); // R.D. 0 is a Sunday
            assert!(!matches!(wd, 0 | 3 | 5), "{year}: {wd}");
        }
    }

    /// Years at the edges of the calendar give `None` or a date, never a panic.
    #[test]
    fn edge_years() {
        for y in [i16::MIN, -9999, 0, 1, 9998, 9999, i16::MAX] {
            let _ = feast(Feast::Hanukkah, y);
            let _ = feast(Feast::Purim, y);
        }
        assert_eq!(feast(Feast::Passover, i16::MAX), None);
    }

    #[test]
    fn purim_and_passover_are_thirty_days_apart() {
        for year in 1990..2040 {
            let (p, q) = (feast(Feast::Purim, year), feast(Feast::Passover, year));
            assert_eq!(p.and_then(|p| p.checked_add(jiff::Span::new().days(30)).ok()), q);
        }
    }
}
