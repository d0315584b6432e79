//! Fixed day numbers (R.D., "Rata Die"): day 1 is Monday, January 1 of year 1 (proleptic
//! Gregorian), as in Dershowitz and Reingold's *Calendrical Calculations*. The arithmetic
//! calendars ([`hebrew`](super::hebrew), [`islamic`](super::islamic)) count in them.

use jiff::civil::Date;
use jiff::Span;

/// The fixed day number of 1970-01-01.
const UNIX_EPOCH: i64 = 719_163;

/// The civil date of the fixed day `rd` (`None` outside jiff's years -9999..=9999).
pub fn date(rd: i64) -> Option<Date> {
    let unix = Date::new(1970, 1, 1).ok()?;
    unix.checked_add(Span::new().try_days(rd - UNIX_EPOCH).ok()?).ok()
}

/// The fixed day number of `d`.
pub fn day(d: Date) -> Option<i64> {
    let unix = Date::new(1970, 1, 1).ok()?;
    Some(i64::from(d.since(unix).ok()?.get_days()) + UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        assert_eq!(date(1), Date::new(1, 1, 1).ok());
        for s in ["1970-01-01", "2022-09-26", "1582-10-15", "0622-07-19"] {
            let d: Date = s.parse().unwrap();
            assert_eq!(day(d).and_then(date), Some(d));
        }
        assert_eq!(date(i64::MAX), None);
    }
}
