//! Holidays: `Christmas`, `New Year's Day`, `Easter 2021`, `last Thanksgiving`, `Easter week`
//! (and the feasts of other calendars named in `feasts`: `Passover`, `Eid al-Fitr`).

use std::collections::HashMap;
use std::sync::LazyLock;

use jiff::civil::Date;

use super::feasts::{feast_value, FEASTS};
use super::{year_preposition, Found, Scanner};
use crate::recognize::dates::calendar::{self, Holiday, Tense};
use crate::recognize::dates::value::{TimexValue, Unit};

impl<'s, 't> Scanner<'s, 't> {
    /// The holiday named at token `i` (capitalized) and the end of its name.
    pub(super) fn holiday_at(&self, i: usize) -> Option<(usize, Holiday)> {
        let names = names_opening_with(self.lw(i).as_str());
        let (end, name, h) =
            names.iter().filter_map(|(name, h)| self.words_at(i, name).map(|e| (e, *name, *h))).next()?;
        if !self.cap(i) && !lower_case_holiday(name) {
            return None;
        }
        let feast = matches!(h, Holiday::Jewish(_) | Holiday::Islamic(_) | Holiday::Observed(_));
        if feast && !self.feast_meant(i, end) {
            return None; // "Tariq Ramadan", "the Yom Kippur War"
        }
        let bare_new_year = self.is(i, "new") && end == i + 2;
        let lunar = matches!(self.prev(i).as_str(), "chinese" | "lunar"); // a year outside its table
        if bare_new_year && (self.title_case(i.wrapping_sub(1)) || self.cap(end) || lunar) {
            return None; // "Vietnamese New Year", "Chinese New Year", "the New Year Honours"
        }
        Some((end, h))
    }

    /// True when `ahead of`, `before` or `until` comes right before token `i`.
    fn looks_ahead(&self, i: usize) -> bool {
        let p = self.prev(i);
        matches!(p.as_str(), "before" | "until" | "till") || (p.as_str() == "of" && self.is(i.wrapping_sub(2), "ahead"))
    }

    /// `[last] Thanksgiving` · `[next] Christmas` · `[this] Easter`: the holiday before, after or
    /// in the year of the document date.
    pub(super) fn holiday_from(&self, j: usize, step: i64) -> Option<Found> {
        let (end, h) = self.holiday_at(j)?;
        let doc = self.doc?;
        let this = calendar::holiday(h, doc.year())?;
        let y = calendar::year_stepped(doc.year(), step, this, doc);
        Some(self.holiday_week(end, h, calendar::holiday(h, y)?))
    }

    /// A holiday's day (of a feast that is a month, the month: [`feast_value`]), or its ISO
    /// week when `week` follows (`Easter week`, `Christmas week`).
    fn holiday_week(&self, end: usize, h: Holiday, day: Date) -> Found {
        if self.is(end, "week") {
            Found::new(end + 1, calendar::period(day, Unit::Week))
        } else {
            Found::new(end, feast_value(h, day))
        }
    }

    /// `Christmas` · `New Year's Day` · `Thanksgiving` · `Easter 2021` · `Christmas Eve 2021` ·
    /// `Easter week`.
    pub(super) fn holiday_phrase(&self, i: usize) -> Option<Found> {
        let (end, h) = self.holiday_at(i)?;
        if let Holiday::Observed(f) = h {
            return self.observed_feast(i, end, f); // "Diwali", known to the day in some years only
        }
        let (end, year) = match self.year_after(end) {
            Some((e, y)) => (e, Some(y)),
            None => (end, None),
        };
        let value = match (year, self.doc) {
            (Some(y), _) => feast_value(h, calendar::holiday(h, y)?),
            (None, _) if self.narrative_year(i, 12).is_some() => {
                let y = self.anchor.map_or(0, |a| a.year());
                return Some(self.holiday_week(end, h, calendar::holiday(h, y)?));
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
                return Some(self.holiday_week(end, h, calendar::holiday(h, y)?));
            }
            (None, None) => match h {
                Holiday::Fixed(month, day) => TimexValue::Day { year: None, month, day },
                _ => return None,
            },
        };
        Some(Found::new(end, value))
    }

    /// `[in] the new year` · `[after] the new year` at `j` (the `new`, lower case: the holiday
    /// is `the New Year`): the year after the document's, said of what lies ahead (not in a
    /// clause of the past, nor in a narrative, whose new years are the story's and left vague).
    pub(super) fn the_new_year(&self, j: usize) -> Option<Found> {
        let placed = year_preposition(self.prev(j - 1).as_str()) || self.is(j.wrapping_sub(2), "into");
        if self.cap(j) || !self.is(j + 1, "year") || !placed || self.narrative || self.tense(j) == Tense::Past {
            return None;
        }
        Some(Found::new(j + 2, TimexValue::Year(self.doc?.year().checked_add(1)?)).doc_relative())
    }

    /// The end of the lower-case word sequence `name` at token `i` (`'s` matches both apostrophes).
    fn words_at(&self, i: usize, name: &[&str]) -> Option<usize> {
        for (k, w) in name.iter().enumerate() {
            let t = self.lw(i + k);
            let t = t.as_str();
            let same = t == *w || same_holiday_word(w, t);
            if !same {
                return None;
            }
        }
        Some(i + name.len())
    }
}

/// A holiday name: its words (lower case, as tokens) and the holiday.
type Name = (&'static [&'static str], Holiday);

/// The holiday names (of [`HOLIDAYS`] and [`FEASTS`], in their order) whose first word is `w`,
/// written either way ([`same_holiday_word`]): most words open none, and a text asks for
/// every word that may open a date, so the names are indexed by first word once.
fn names_opening_with(w: &str) -> &'static [Name] {
    static BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<Name>>> = LazyLock::new(|| {
        let mut index: HashMap<&'static str, Vec<Name>> = HashMap::new();
        for &(name, h) in HOLIDAYS.iter().chain(FEASTS) {
            let Some(&first) = name.first() else { continue };
            let other_spellings: &[&'static str] = if first == "st." { &["st", "saint"] } else { &[] };
            for key in std::iter::once(first).chain(other_spellings.iter().copied()) {
                index.entry(key).or_default().push((name, h));
            }
        }
        index
    });
    BY_FIRST_WORD.get(w).map_or(&[], Vec::as_slice)
}

/// True when a holiday name in lower case still names the holiday (`christmas`, `thanksgiving
/// day`, `new year's eve`: all-lower-case text): its first word names nothing else; not "may
/// day", "good friday", "the new year", "labor day", nor "his mother's day off".
fn lower_case_holiday(name: &[&str]) -> bool {
    let distinct = matches!(
        name.first().copied(),
        Some("christmas" | "thanksgiving" | "easter" | "halloween" | "hogmanay" | "pentecost" | "valentine" | "st.")
    );
    distinct || name.starts_with(&["new", "year", "'s"])
}

/// True when the token `t` writes the word `w` of a holiday name another way: either
/// apostrophe (`Valentine’s`), `St` or `Saint` for `St.` (`St Patrick's Day`, `Saint Andrew's Day`).
fn same_holiday_word(w: &str, t: &str) -> bool {
    match w {
        "'s" => matches!(t, "’s" | "'s"),
        "'" => matches!(t, "’" | "'"),
        "st." => matches!(t, "st" | "saint"),
        _ => false,
    }
}

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
    (&["st.", "david", "'s", "day"], Holiday::Fixed(3, 1)),
    (&["st.", "stephen", "'s", "day"], Holiday::Fixed(12, 26)),
    (&["flag", "day"], Holiday::Fixed(6, 14)),
    (&["anzac", "day"], Holiday::Fixed(4, 25)),
    (&["waitangi", "day"], Holiday::Fixed(2, 6)),
    (&["all", "saints", "'", "day"], Holiday::Fixed(11, 1)),
    (&["all", "saints", "day"], Holiday::Fixed(11, 1)),
    (&["all", "souls", "'", "day"], Holiday::Fixed(11, 2)),
    (&["all", "souls", "day"], Holiday::Fixed(11, 2)),
    (&["hogmanay"], Holiday::Fixed(12, 31)),
    (&["bonfire", "night"], Holiday::Fixed(11, 5)),
    (&["guy", "fawkes", "day"], Holiday::Fixed(11, 5)),
    (&["veterans", "'", "day"], Holiday::Fixed(11, 11)),
    (&["world", "aids", "day"], Holiday::Fixed(12, 1)),
    (&["cinco", "de", "mayo"], Holiday::Fixed(5, 5)),
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
    (&["mothers", "'", "day"], Holiday::MothersDay),
    (&["mothers", "day"], Holiday::MothersDay),
    (&["father", "'s", "day"], Holiday::FathersDay),
    (&["fathers", "'", "day"], Holiday::FathersDay),
    (&["fathers", "day"], Holiday::FathersDay),
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
    (&["chinese", "new", "year", "'s", "day"], Holiday::LunarNewYear),
    (&["chinese", "new", "year"], Holiday::LunarNewYear),
    (&["lunar", "new", "year", "'s", "day"], Holiday::LunarNewYear),
    (&["lunar", "new", "year"], Holiday::LunarNewYear),
];

#[cfg(test)]
mod tests {
    use super::super::first_words::may_start_word;
    use super::super::value;
    use super::HOLIDAYS;

    /// "Christmas", "New Year's Day", "St. Patrick's Day": every holiday's first word passes.
    #[test]
    fn other_spellings_and_lower_case() {
        assert_eq!(value("home for Xmas", "2022-07-30"), "2021-12-25");
        assert_eq!(value("on Mothers' Day", "2022-07-30"), "2022-05-08");
        assert_eq!(value("on Fathers Day", "2022-07-30"), "2022-06-19");
        assert_eq!(value("on new year's eve", "2022-07-30"), "2021-12-31");
        assert_eq!(value("on thanksgiving day", "2022-07-30"), "2021-11-25");
        assert_eq!(value("his mother's day off", "2022-07-30"), "");
        assert_eq!(value("on may day", "2022-07-30"), "");
    }

    #[test]
    fn holiday_names_pass_the_first_word_test() {
        for (name, _) in HOLIDAYS {
            assert!(name.first().is_some_and(|w| may_start_word(w)), "{name:?}");
        }
    }

    #[test]
    fn holidays_counted_and_their_weeks() {
        assert_eq!(value("last Thanksgiving", "2000-02-10"), "1999-11-25");
        assert_eq!(value("next Christmas", "2000-02-10"), "2000-12-25");
        assert_eq!(value("as Easter week began", "2000-04-17"), "2000-W16");
    }

    #[test]
    fn the_new_year_ahead() {
        assert_eq!(value("prices will rise in the new year", "2022-07-30"), "2023");
        assert_eq!(value("talks resume after the new year", "2022-11-30"), "2023");
        assert_eq!(value("prices rose in the new year", "2022-07-30"), "");
        assert_eq!(value("the new year began quietly", "2022-07-30"), "");
        assert_eq!(value("in the new year", ""), "");
    }

    #[test]
    fn saints_days_written_without_the_period() {
        assert_eq!(value("on St Patrick's Day", "2022-07-30"), "2022-03-17");
        assert_eq!(value("on Saint Andrew’s Day", "2022-07-30"), "2021-11-30");
        assert_eq!(value("on St David's Day", "2022-07-30"), "2022-03-01");
    }

    #[test]
    fn lunar_new_year_in_the_years_of_its_table() {
        assert_eq!(value("Chinese New Year 2024", "2024-03-14"), "2024-02-10");
        assert_eq!(value("during Lunar New Year", "2023-01-30"), "2023-01-22");
        assert_eq!(value("before Chinese New Year", "1987-01-05"), "1987-01-29");
        // Outside the table only the year is a date.
        assert_eq!(value("Chinese New Year 2031", "2024-03-14"), "2031");
        assert_eq!(value("Chinese New Year 1979", "2024-03-14"), "1979");
    }
}
