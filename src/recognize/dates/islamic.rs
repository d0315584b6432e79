//! The Islamic (Hijri) calendar: the arithmetic (tabular) calendar, corrected by the observed
//! dates of `data/observed_holidays.tsv` where that table knows the feast.
//!
//! The observed calendar starts each month at the sighting of the new crescent, so the day
//! of a feast is announced only the evening before and differs between countries by a day or
//! two. The tabular calendar (30-year cycle with the leap years 2, 5, 7, 10, 13, 16, 18, 21,
//! 24, 26, 29; civil epoch Friday, July 16, 622 Julian) approximates it: it gives, e.g., Eid
//! al-Fitr 2022 as May 3 and Eid al-Adha 2022 as July 10, where Saudi Arabia and most Arab
//! countries kept May 2 and July 9 (South Asia July 10). Where the table of observed dates
//! has the feast (the dates announced in Saudi Arabia, the ones most English news reports),
//! its date wins; elsewhere the tabular date may be a day or two off.
//!
//! Convention: a day begins at sunset; the date is the feast's first full civil day, and a
//! month (Ramadan, Muharram) is found by its first day (the date grammar gives a month the
//! value of a month).

use jiff::civil::Date;

use super::{fixed, observed};

/// A feast of the Islamic calendar, by its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feast {
    /// 1 Ramadan, the first day of the month of fasting.
    Ramadan,
    /// 1 Shawwal, the feast at the end of Ramadan.
    EidAlFitr,
    /// 10 Dhu al-Hijjah, the feast of the sacrifice.
    EidAlAdha,
    /// 1 Muharram, the Islamic (Hijri) New Year.
    NewYear,
    /// The month of Muharram, by its first day (the New Year).
    Muharram,
    /// 10 Muharram.
    Ashura,
    /// 12 Rabi al-Awwal, the Prophet's birthday (the Sunni date).
    Mawlid,
}

impl Feast {
    /// The month (1 = Muharram) and day of the feast.
    fn month_day(self) -> (i64, i64) {
        match self {
            Feast::Ramadan => (9, 1),
            Feast::EidAlFitr => (10, 1),
            Feast::EidAlAdha => (12, 10),
            Feast::NewYear | Feast::Muharram => (1, 1),
            Feast::Ashura => (1, 10),
            Feast::Mawlid => (3, 12),
        }
    }

    /// The feast's name in the table of observed dates, if the table lists it.
    fn observed(self) -> Option<observed::Feast> {
        match self {
            Feast::Ramadan => Some(observed::Feast::Ramadan),
            Feast::EidAlFitr => Some(observed::Feast::EidAlFitr),
            Feast::EidAlAdha => Some(observed::Feast::EidAlAdha),
            _ => None,
        }
    }
}

/// The date of `feast` in the Gregorian `year`: the first one of the year (in a year like
/// 2000, which holds two Eids al-Fitr, the January one). The observed date where the table
/// has it, else the tabular one.
pub fn feast(feast: Feast, year: i16) -> Option<Date> {
    let tabular = tabular(feast, year)?;
    let observed = feast.observed().and_then(|f| observed::near(f, tabular));
    Some(observed.unwrap_or(tabular))
}

/// The first tabular date of `feast` in the Gregorian `year`.
fn tabular(feast: Feast, year: i16) -> Option<Date> {
    let jan1 = fixed::day(Date::new(year, 1, 1).ok()?)?;
    let (month, day) = feast.month_day();
    let first = year_of_fixed(jan1);
    (first..first + 2)
        .map(|y| fixed_of(y, month, day))
        .find(|&rd| rd >= jan1)
        .and_then(fixed::date)
        .filter(|d| d.year() == year)
}

/// The fixed day number of 1 Muharram of year 1 (Friday, July 16, 622 Julian).
const EPOCH: i64 = 227_015;

/// The fixed day number of `day` of `month` of the Hijri `year` (tabular calendar).
fn fixed_of(year: i64, month: i64, day: i64) -> i64 {
    day + 29 * (month - 1) + (6 * month - 1).div_euclid(11) + (year - 1) * 354 + (3 + 11 * year).div_euclid(30) + EPOCH
        - 1
}

/// The Hijri year (tabular calendar) holding the fixed day `rd`.
fn year_of_fixed(rd: i64) -> i64 {
    (30 * (rd - EPOCH) + 10_646).div_euclid(10_631)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        s.parse().ok()
    }

    /// The tabular calendar alone: a day after the observed date in 2022.
    #[test]
    fn tabular_dates() {
        assert_eq!(tabular(Feast::EidAlFitr, 2022), d("2022-05-03"));
        assert_eq!(tabular(Feast::EidAlAdha, 2022), d("2022-07-10"));
        assert_eq!(tabular(Feast::Ramadan, 2023), d("2023-03-23"));
        assert_eq!(tabular(Feast::NewYear, 2022), d("2022-07-30"));
        // 2000 holds two Eids al-Fitr (1420 and 1421): the first counts.
        assert_eq!(tabular(Feast::EidAlFitr, 2000), d("2000-01-08"));
        assert_eq!(fixed::date(fixed_of(1421, 10, 1)), d("2000-12-28"));
    }

    /// Years at the edges of the calendar give `None` or a date, never a panic.
    #[test]
    fn edge_years() {
        for y in [i16::MIN, -9999, 0, 1, 9999, i16::MAX] {
            let _ = feast(Feast::EidAlAdha, y);
        }
        assert_eq!(feast(Feast::Ramadan, i16::MAX), None);
    }

    #[test]
    fn years_of_fixed_days() {
        for y in [1, 2, 1300, 1443, 1444, 1500] {
            assert_eq!(year_of_fixed(fixed_of(y, 1, 1)), y);
            assert_eq!(year_of_fixed(fixed_of(y, 12, 29)), y);
        }
    }

    /// The observed dates win where the table has them.
    #[test]
    fn observed_dates() {
        assert_eq!(feast(Feast::EidAlFitr, 2022), d("2022-05-02"));
        assert_eq!(feast(Feast::EidAlAdha, 2022), d("2022-07-09"));
        assert_eq!(feast(Feast::Ramadan, 2022), d("2022-04-02"));
        assert_eq!(feast(Feast::Ramadan, 2023), d("2023-03-23"));
        assert_eq!(feast(Feast::EidAlFitr, 2023), d("2023-04-21"));
        // Outside the table: the tabular date.
        assert_eq!(feast(Feast::EidAlFitr, 1995), tabular(Feast::EidAlFitr, 1995));
    }
}
