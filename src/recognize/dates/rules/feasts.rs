//! Feasts of other calendars, named like holidays: `Passover`, `Rosh Hashanah`, `Ramadan`,
//! `Eid al-Fitr`, `Diwali`. Their dates come from [`hebrew`](crate::recognize::dates::hebrew),
//! [`islamic`](crate::recognize::dates::islamic) and
//! [`observed`](crate::recognize::dates::observed); the rest (the year from the tense,
//! `last Passover`, `Ramadan 2021`) is the holidays' grammar.
//!
//! Convention: the value is the feast's first full civil day, also for a feast of several days
//! ("during Passover" = its first day), as a holiday is dated by its day (HeidelTime does the
//! same; TimeML has no value for a stretch of days inside a year). A feast that is a month of
//! its calendar (`Ramadan`, `Muharram`) is a month: the Gregorian month holding its middle.

use jiff::civil::Date;
use jiff::Span;

use super::{Found, Scanner};
use crate::recognize::dates::calendar::{self, Holiday};
use crate::recognize::dates::hebrew::Feast as Jewish;
use crate::recognize::dates::islamic::Feast as Islamic;
use crate::recognize::dates::observed::Feast as Observed;
use crate::recognize::dates::value::TimexValue;
use crate::text::TokenKind;

impl Scanner<'_, '_> {
    /// Whether the feast named at `i..end` is meant here, not a person of that name
    /// ("Tariq Ramadan", "Mr. Eid", "Ramadan said") or part of an event's name ("the Yom
    /// Kippur War"). A bare `Eid` and `Ashura` (also the battle it mourns: "tales of Ashura")
    /// must read as the day (`Eid prayers`, `on Ashura.`).
    pub(super) fn feast_meant(&self, i: usize, end: usize) -> bool {
        let named = self.title_case(i.wrapping_sub(1)) && !FEAST_ADJECTIVES.contains(&self.prev(i).as_str());
        let person = named || self.is_possessive(end) || SPEECH_VERBS.contains(&self.lw(end).as_str());
        let needs_context = end == i + 1 && matches!(self.lw(i).as_str(), "eid" | "ashura");
        !person && !self.title_case(end) && (!needs_context || self.day_of_feast(i))
    }

    /// `the holy month of Ramadan` · `the Muslim holy month of Ramadan` · `the Moslem fasting
    /// month of Ramadan` (news style): the month, its description in the extent.
    pub(super) fn holy_month(&self, i: usize) -> Option<Found> {
        let k = (i + 1..i + 4).find(|&k| !MONTH_ADJECTIVES.contains(&self.lw(k).as_str()))?;
        if !self.is(k, "month") || !self.is(k + 1, "of") {
            return None;
        }
        self.named_feast_month(k + 2)
    }

    /// A feast that is a month, where a position may take it: `[the end of] Ramadan` · `[early]
    /// Muharram` · `[the beginning of] the holy month of Ramadan`.
    pub(super) fn feast_month(&self, j: usize) -> Option<Found> {
        if self.is(j, "the") {
            self.holy_month(j)
        } else {
            self.named_feast_month(j)
        }
    }

    /// `Ramadan` · `Muharram 2022`: a feast that is a month, by its name.
    fn named_feast_month(&self, j: usize) -> Option<Found> {
        self.holiday_phrase(j).filter(|f| matches!(f.value, TimexValue::Month { .. }))
    }

    /// `Diwali` · `Holi 2021` · `Diwali 1995`: a feast of the table of observed dates, its day
    /// where the table has the year, else only the year (its day needs astronomy). Without a
    /// written year, the year comes from the tense as for a month, the feast's usual month.
    pub(super) fn observed_feast(&self, i: usize, end: usize, f: Observed) -> Option<Found> {
        let (end, year, explicit) = match self.year_after(end) {
            Some((e, y)) => (e, y, true),
            None => {
                let doc = self.doc?;
                let tense = self.tense(i);
                let y = match calendar::holiday(Holiday::Observed(f), doc.year()) {
                    Some(this) => calendar::year_of_day(doc, this, tense),
                    None => calendar::year_of(doc, usual_month(f)?, tense),
                };
                (end, y, false)
            }
        };
        let value = calendar::holiday(Holiday::Observed(f), year).map_or(TimexValue::Year(year), TimexValue::day);
        let found = Found::new(end, value);
        Some(if explicit { found.explicit() } else { found })
    }

    /// A one-word feast name at `i` read as the day: before a feast noun (`Eid prayers`, `the
    /// Ashura processions`) or after a preposition of time or a verb of keeping it, at the end
    /// of its phrase (`on Eid.`, `celebrated Eid with`). Bare `Eid` is Eid al-Fitr, the feast
    /// most often called so.
    fn day_of_feast(&self, i: usize) -> bool {
        let noun = FEAST_NOUNS.contains(&self.lw(i + 1).as_str());
        let before = DAY_WORDS_BEFORE.contains(&self.prev(i).as_str());
        let phrase_ends = !self.a.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
            || matches!(self.lw(i + 1).as_str(), "and" | "or" | "with" | "in" | "at");
        noun || (before && phrase_ends)
    }
}

/// The value of a feast on `day`: its day, but of a feast that is a month of its calendar
/// (`Ramadan`, `Muharram`; `day` is its first day) the Gregorian month that holds its middle,
/// and so most of its days (Ramadan 1987, April 29 to May 28: `1987-05`), at the
/// granularity of the expression ("during Ramadan").
pub(super) fn feast_value(h: Holiday, day: Date) -> TimexValue {
    let middle = || day.checked_add(Span::new().days(14)).ok();
    match (h, middle()) {
        (Holiday::Islamic(Islamic::Ramadan | Islamic::Muharram), Some(m)) => {
            TimexValue::Month { year: Some(m.year()), month: m.month() }
        }
        _ => TimexValue::day(day),
    }
}

/// The month a Hindu feast mostly falls in (Diwali: October or November; Holi: March); the
/// Islamic feasts of the table move through the year (and have the tabular calendar).
fn usual_month(f: Observed) -> Option<i8> {
    match f {
        Observed::Diwali => Some(11),
        Observed::Holi => Some(3),
        Observed::Ramadan | Observed::EidAlFitr | Observed::EidAlAdha => None,
    }
}

/// Capitalized words that may stand before a feast's name: `Jewish Passover`, `Holy Ramadan`.
const FEAST_ADJECTIVES: &[&str] =
    &["muslim", "moslem", "islamic", "jewish", "hindu", "holy", "this", "last", "next", "the"];

/// Words between `the` and `month of Ramadan`: `the Muslim holy month of`, `the fasting month of`.
const MONTH_ADJECTIVES: &[&str] = &["muslim", "moslem", "islamic", "holy", "fasting"];

/// Verbs of saying after a name (`Ramadan said`): a person.
const SPEECH_VERBS: &[&str] = &["said", "says", "told", "added", "asked", "wrote", "stated"];

/// Words before a one-word feast name that make it the day: `on Eid`, `celebrated Eid`.
const DAY_WORDS_BEFORE: &[&str] = &[
    "on",
    "during",
    "before",
    "after",
    "until",
    "till",
    "since",
    "celebrate",
    "celebrated",
    "celebrates",
    "celebrating",
    "mark",
    "marked",
    "marks",
    "marking",
];

/// Nouns after a one-word feast name that make it the day: `Eid prayers`, `Ashura processions`.
const FEAST_NOUNS: &[&str] = &[
    "procession",
    "processions",
    "ceremonies",
    "commemorations",
    "rituals",
    "celebration",
    "celebrations",
    "prayer",
    "prayers",
    "holiday",
    "holidays",
    "festival",
    "festivities",
    "feast",
    "break",
    "shopping",
    "sermon",
    "greetings",
    "gifts",
    "travel",
    "weekend",
];

/// Feast names (lower case, as tokens), longest first where they share a start.
pub(super) const FEASTS: &[(&[&str], Holiday)] = &[
    (&["rosh", "hashanah"], Holiday::Jewish(Jewish::RoshHashanah)),
    (&["rosh", "hashana"], Holiday::Jewish(Jewish::RoshHashanah)),
    (&["jewish", "new", "year"], Holiday::Jewish(Jewish::RoshHashanah)),
    (&["yom", "kippur"], Holiday::Jewish(Jewish::YomKippur)),
    (&["sukkot"], Holiday::Jewish(Jewish::Sukkot)),
    (&["sukkoth"], Holiday::Jewish(Jewish::Sukkot)),
    (&["succot"], Holiday::Jewish(Jewish::Sukkot)),
    (&["hanukkah"], Holiday::Jewish(Jewish::Hanukkah)),
    (&["hanukah"], Holiday::Jewish(Jewish::Hanukkah)),
    (&["chanukah"], Holiday::Jewish(Jewish::Hanukkah)),
    (&["chanukkah"], Holiday::Jewish(Jewish::Hanukkah)),
    (&["purim"], Holiday::Jewish(Jewish::Purim)),
    (&["passover"], Holiday::Jewish(Jewish::Passover)),
    (&["pesach"], Holiday::Jewish(Jewish::Passover)),
    (&["shavuot"], Holiday::Jewish(Jewish::Shavuot)),
    (&["ramadan"], Holiday::Islamic(Islamic::Ramadan)),
    (&["ramadhan"], Holiday::Islamic(Islamic::Ramadan)),
    (&["ramazan"], Holiday::Islamic(Islamic::Ramadan)),
    (&["ramzan"], Holiday::Islamic(Islamic::Ramadan)),
    (&["eid", "al-fitr"], Holiday::Islamic(Islamic::EidAlFitr)),
    (&["eid", "ul-fitr"], Holiday::Islamic(Islamic::EidAlFitr)),
    (&["eid", "el-fitr"], Holiday::Islamic(Islamic::EidAlFitr)),
    (&["eid", "al", "fitr"], Holiday::Islamic(Islamic::EidAlFitr)),
    (&["eid-al-fitr"], Holiday::Islamic(Islamic::EidAlFitr)),
    (&["eid-ul-fitr"], Holiday::Islamic(Islamic::EidAlFitr)),
    (&["id-ul-fitr"], Holiday::Islamic(Islamic::EidAlFitr)),
    (&["eid", "al-adha"], Holiday::Islamic(Islamic::EidAlAdha)),
    (&["eid", "ul-adha"], Holiday::Islamic(Islamic::EidAlAdha)),
    (&["eid", "el-adha"], Holiday::Islamic(Islamic::EidAlAdha)),
    (&["eid", "ul-azha"], Holiday::Islamic(Islamic::EidAlAdha)),
    (&["eid", "al", "adha"], Holiday::Islamic(Islamic::EidAlAdha)),
    (&["eid-al-adha"], Holiday::Islamic(Islamic::EidAlAdha)),
    (&["eid-ul-adha"], Holiday::Islamic(Islamic::EidAlAdha)),
    (&["eid-ul-azha"], Holiday::Islamic(Islamic::EidAlAdha)),
    (&["id-ul-zuha"], Holiday::Islamic(Islamic::EidAlAdha)),
    (&["bakrid"], Holiday::Islamic(Islamic::EidAlAdha)),
    (&["bakr-id"], Holiday::Islamic(Islamic::EidAlAdha)),
    (&["eid"], Holiday::Islamic(Islamic::EidAlFitr)),
    (&["islamic", "new", "year"], Holiday::Islamic(Islamic::NewYear)),
    (&["hijri", "new", "year"], Holiday::Islamic(Islamic::NewYear)),
    (&["muharram"], Holiday::Islamic(Islamic::Muharram)),
    (&["ashura"], Holiday::Islamic(Islamic::Ashura)),
    (&["mawlid"], Holiday::Islamic(Islamic::Mawlid)),
    (&["diwali"], Holiday::Observed(Observed::Diwali)),
    (&["divali"], Holiday::Observed(Observed::Diwali)),
    (&["deepavali"], Holiday::Observed(Observed::Diwali)),
    (&["holi"], Holiday::Observed(Observed::Holi)),
];

#[cfg(test)]
mod tests {
    use super::super::first_words::may_start_word;
    use super::super::value;
    use super::FEASTS;

    /// Every feast's first word passes the first-word test.
    #[test]
    fn feast_names_pass_the_first_word_test() {
        for (name, _) in FEASTS {
            assert!(name.first().is_some_and(|w| may_start_word(w)), "{name:?}");
        }
    }

    #[test]
    fn jewish_feasts() {
        assert_eq!(value("Rosh Hashanah", "2022-07-30"), "2022-09-26");
        assert_eq!(value("Passover 2022", "2024-01-10"), "2022-04-16");
        assert_eq!(value("after Yom Kippur", "2023-10-02"), "2023-09-25");
        assert_eq!(value("last Hanukkah", "2023-03-01"), "2022-12-19");
    }

    #[test]
    fn islamic_feasts() {
        assert_eq!(value("Eid al-Fitr", "2022-07-30"), "2022-05-02");
        assert_eq!(value("Eid-ul-Adha", "2022-07-30"), "2022-07-09");
        assert_eq!(value("next Ramadan", "2022-07-30"), "2023-04");
        assert_eq!(value("Ramadan 2003", "2022-07-30"), "2003-11");
        assert_eq!(value("the Moslem fasting month of Ramadan", "1987-03-18"), "1987-05");
        assert_eq!(value("the Muslim holy month of Ramadan", "2022-07-30"), "2022-04");
        assert_eq!(value("the end of Ramadan", "2022-07-30"), "2022-04 END");
        assert_eq!(value("the beginning of the holy month of Ramadan", "2022-07-30"), "2022-04 START");
        assert_eq!(value("late Ramadan", "2022-07-30"), "2022-04 END");
        assert_eq!(value("the end of Passover", "2022-07-30"), "2022-04-16");
        assert_eq!(value("the Islamic New Year", "2022-07-30"), "2022-07-30");
        assert_eq!(value("Muharram", "2022-07-30"), "2022-08");
        assert_eq!(value("on Eid.", "2022-07-30"), "2022-05-02");
    }

    /// Only the table knows the Hindu feasts.
    #[test]
    fn hindu_feasts_in_the_table() {
        assert_eq!(value("Diwali 2022", "2024-01-10"), "2022-10-24");
        assert_eq!(value("Holi", "2023-05-01"), "2023-03-08");
        // Outside the table: the year only.
        assert_eq!(value("Diwali 1995", "2024-01-10"), "1995");
        assert_eq!(value("celebrated Diwali", "1998-12-01"), "1998");
    }

    #[test]
    fn names_that_are_no_feast() {
        assert_eq!(value("Mr. Eid", "2022-07-30"), "");
        assert_eq!(value("Eid Mubarak", "2022-07-30"), "");
        assert_eq!(value("Professor Tariq Ramadan", "2022-07-30"), "");
        assert_eq!(value("Ramadan said", "2022-07-30"), "");
        assert_eq!(value("tales of Ashura", "2022-07-30"), "");
    }
}
