//! Observed dates of movable feasts, from `data/observed_holidays.tsv`: the Islamic feasts
//! as announced (which [`islamic`](super::islamic) prefers to its tabular dates) and the Hindu
//! feasts, whose day only this table knows.

use std::sync::OnceLock;

use jiff::civil::Date;

/// The table, compiled in.
const TABLE: &str = include_str!("../../../data/observed_holidays.tsv");

/// How far (in days) an observed date may lie from the computed one it corrects.
const SLACK: i32 = 3;

/// A feast of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feast {
    /// The first day of Ramadan.
    Ramadan,
    /// Eid al-Fitr.
    EidAlFitr,
    /// Eid al-Adha.
    EidAlAdha,
    /// Diwali (Deepavali), the day of Lakshmi Puja.
    Diwali,
    /// Holi, the day of colours.
    Holi,
}

impl Feast {
    /// The feast of a name in the table: `eid al-fitr`.
    fn named(name: &str) -> Option<Feast> {
        Some(match name {
            "ramadan" => Feast::Ramadan,
            "eid al-fitr" => Feast::EidAlFitr,
            "eid al-adha" => Feast::EidAlAdha,
            "diwali" => Feast::Diwali,
            "holi" => Feast::Holi,
            _ => return None,
        })
    }
}

/// The table's entries, parsed once.
fn entries() -> &'static [(Feast, Date)] {
    static ENTRIES: OnceLock<Vec<(Feast, Date)>> = OnceLock::new();
    ENTRIES.get_or_init(|| TABLE.lines().filter_map(entry).collect())
}

/// One line of the table: `eid al-fitr<TAB>2022-05-02` (comments and blank lines: `None`).
fn entry(line: &str) -> Option<(Feast, Date)> {
    let (name, date) = line.split_once('\t')?;
    Some((Feast::named(name.trim())?, date.trim().parse().ok()?))
}

/// The observed date of `feast` within a few days of `computed`, if the table has one.
pub fn near(feast: Feast, computed: Date) -> Option<Date> {
    let close = |d: &Date| d.since(computed).is_ok_and(|s| s.get_days().abs() <= SLACK);
    entries().iter().filter(|(f, _)| *f == feast).map(|&(_, d)| d).find(close)
}

/// The observed date of `feast` in `year`, if the table has one.
pub fn in_year(feast: Feast, year: i16) -> Option<Date> {
    entries().iter().find(|(f, d)| *f == feast && d.year() == year).map(|&(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line that is no comment is an entry.
    #[test]
    fn every_line_parses() {
        for line in TABLE.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
            assert!(entry(line).is_some(), "{line:?}");
        }
    }

    #[test]
    fn look_ups() {
        let d = |s: &str| s.parse::<Date>().ok();
        assert_eq!(in_year(Feast::Diwali, 2022), d("2022-10-24"));
        assert_eq!(in_year(Feast::Holi, 2009), None);
        assert_eq!(d("2022-05-03").and_then(|c| near(Feast::EidAlFitr, c)), d("2022-05-02"));
        assert_eq!(d("2022-06-03").and_then(|c| near(Feast::EidAlFitr, c)), None);
    }
}
