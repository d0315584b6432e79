//! Expressions relative to the document date or the last date in the text: `this week`, `last
//! Friday`, `next spring`, `the past two years`, `the following day`, `that year`.

use jiff::civil::Date;

use super::{day_offset, part_of, season_month, Found, Scanner};
use crate::recognize::dates::calendar::{self, Tense};
use crate::recognize::dates::value::{DayPart, Reference, TimexValue, Unit};
use crate::recognize::dates::words::{self, UnitWord};

impl<'s, 't> Scanner<'s, 't> {
    /// `[the next year] or so` · `[the past two years] or so`: the expression with `or so`, `mod`
    /// APPROX (unless it has a `mod` already).
    pub(super) fn or_so(&self, f: Found) -> Found {
        if !(self.is(f.end, "or") && self.is(f.end + 1, "so")) || f.modifier.is_some() {
            return f;
        }
        let mut f = f.with_mod("APPROX");
        f.end += 2;
        f
    }

    /// `this time next week` · `this time last year` · `this time tomorrow`: the day of the
    /// document moved by the unit (`2021-07-30` in a text of 2022-07-30).
    pub(super) fn this_time(&self, i: usize) -> Option<Found> {
        if !self.is(i, "this") || !self.is(i + 1, "time") {
            return None;
        }
        let (end, n, unit) = match (day_offset(self.lw(i + 2).as_str()), self.lw(i + 2).as_str()) {
            (Some(n), _) => (i + 3, n, Unit::Day),
            (None, "next" | "last") => {
                let UnitWord { unit, plural, times } = words::unit(self.lw(i + 3).as_str())?;
                let whole = matches!(unit, Unit::Week | Unit::Month | Unit::Year) && !plural && times == 1;
                let n = if self.is(i + 2, "next") { 1 } else { -1 };
                (whole.then_some(i + 4)?, n, unit)
            }
            _ => return None,
        };
        let value = match self.doc.and_then(|d| calendar::step(d, n, unit)) {
            Some(d) => TimexValue::day(d),
            None => self.relative_period(n, unit),
        };
        Some(Found::new(end, value).doc_relative())
    }

    /// `this week` · `last month` · `next year` · `last Friday` · `this morning` · `last night` ·
    /// `next spring` · `the past two years` (from `past`).
    pub(super) fn relative(&self, i: usize, w: &str) -> Option<Found> {
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
        if let Some(wd) = self.weekday_at(j) {
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

    /// After `the`: `past two years` (DURATION), `past` (PAST_REF), `next day` / `following
    /// year` / `previous day` / `same day` (from the last date in the text).
    pub(super) fn the_relative(&self, j: usize, n: &str) -> Option<Found> {
        if self.is(j + 1, "weekend") && matches!(n, "past" | "last" | "previous" | "next" | "coming") {
            return self.relative(j, n); // "the past weekend": the last one
        }
        if matches!(n, "past" | "last" | "next" | "coming") {
            if let Some(f) = self.span_of(j + 1).or_else(|| self.counted_seasons(j + 1)) {
                let several = words::unit(self.lw(j + 1).as_str()).is_some_and(UnitWord::is_multiple);
                let anchored_next = n == "next" && self.cardinal(j + 1).is_none() && !several;
                if !anchored_next || self.span_for(j) {
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
            if let Some(wd) = self.weekday_at(j + 1) {
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

    /// The date a step of `unit` counts from ("the next day", "the following week"): the last
    /// date in the text; but a day or week does not count from a date the text gave only as a
    /// month or year ("in 2001 ... the following week"), outside a narrative: then the document date.
    pub(super) fn base_for(&self, unit: Unit) -> Option<Date> {
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
        if let Some(m) = self.month_at(j) {
            // "last Oct. 23": the day, counted like the month.
            let day = self.day_number_at(j + 1);
            let year = base.map(|d| {
                let (here, there) = ((m, day.unwrap_or(0)), (d.month(), if day.is_some() { d.day() } else { 0 }));
                calendar::year_stepped(d.year(), step, here, there)
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
        let year = base.map(|d| match d.month() == 1 && d.day() == 1 {
            true => d.year() + step as i16,
            false => calendar::year_stepped(d.year(), step, season_month(season), d.month()),
        });
        Some(Found::new(j + 1, TimexValue::Season { year, season }))
    }

    /// `that year` · `that day` · `that same day` · `that spring` · `that night` (the last date
    /// in the text; after a month or year only, an unknown day of it: `1998-10-XX`).
    pub(super) fn anchored_that(&self, i: usize) -> Option<Found> {
        let i = if self.is(i + 1, "same") { i + 1 } else { i }; // "that same day"
        if let Some(season) = words::season(self.lw(i + 1).as_str()) {
            // "that same spring": the season of the last year in the text.
            let year = Some(self.anchor?.year());
            return Some(Found::new(i + 2, TimexValue::Season { year, season }));
        }
        if let Some(p) = words::day_part(self.lw(i + 1).as_str()) {
            return self.that_part_of_day(i + 2, p);
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

    /// `[that] night` · `[that same] morning` ending at `end`: part `p` of the last day the text
    /// named ("On June 5 the plane crashed. That night, ..."; nothing after a month or a year).
    fn that_part_of_day(&self, end: usize, p: DayPart) -> Option<Found> {
        let day = self.anchor.filter(|_| self.anchor_is_day)?;
        Some(Found::new(end, part_of(Some(TimexValue::day(day)), p)))
    }

    /// After `the`: `day after` · `month before` ending a clause ("closed the day after."): the
    /// period next to the last date in the text (not "the day after the vote"; "down from $450
    /// million the year before" is a comparison TimeBank leaves out).
    pub(super) fn unit_after(&self, j: usize) -> Option<Found> {
        if self.a.tokens.get(j + 2).is_some_and(|t| t.is_wordlike()) {
            return None;
        }
        let unit = words::unit(self.lw(j).as_str())?.unit;
        let step = if self.is(j + 1, "after") { 1 } else { -1 };
        let d = calendar::step(self.base_for(unit)?, step, unit)?;
        Some(Found::new(j + 2, calendar::period(d, unit)))
    }

    /// True when `for` comes before the `the` before `j`, not after a word of schedule: the
    /// phrase is how long something lasts ("remained the capital for [the next decade]"), not when
    /// ("scheduled for the next year").
    fn span_for(&self, j: usize) -> bool {
        let k = j.wrapping_sub(2);
        self.is(k, "for")
            && !matches!(
                self.prev(k).as_str(),
                "scheduled" | "planned" | "set" | "slated" | "due" | "expected" | "booked"
            )
    }

    /// After `the`: `day before Christmas` · `day after Jan. 5` · `day before last Tuesday['s
    /// hearing]`: the day next to the day named after `before` or `after` (not "the day after the
    /// vote", whose day the text does not name).
    pub(super) fn day_beside_day(&self, j: usize) -> Option<Found> {
        if !self.is(j, "day") {
            return None;
        }
        let step = if self.is(j + 1, "after") { 1 } else { -1 };
        let named = self.match_at(j + 2)?;
        let d = match named.value {
            TimexValue::Day { year: Some(_), .. } => named.value.date()?,
            _ => return None,
        };
        let explicit = named.explicit_year;
        let f = Found::new(named.end, TimexValue::day(calendar::step(d, step, Unit::Day)?));
        Some(if explicit { f.explicit() } else { f })
    }

    /// True when `last` at `i` is the verb: after a modal or `to`, before an amount ("will last two
    /// weeks", "is expected to last a year"; not "compared to last year", "as it did last week").
    fn last_is_verb(&self, i: usize) -> bool {
        words::before_verb_last(self.prev(i).as_str()) && self.simple_cardinal(i + 1).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{value, values};

    #[test]
    fn days_beside_today_without_the() {
        assert_eq!(value("see you day after tomorrow", "2022-07-30"), "2022-08-01");
        assert_eq!(value("it rained day before yesterday", "2022-07-30"), "2022-07-28");
        assert_eq!(value("day after day", "2022-07-30"), "");
    }

    #[test]
    fn weekends_spelled_with_a_hyphen() {
        assert_eq!(value("this week-end", "2022-07-30"), "2022-W30-WE");
        assert_eq!(value("every week-end", "2022-07-30"), "XXXX-WXX-WE");
    }

    #[test]
    fn months_and_days_after_last_and_next() {
        assert_eq!(value("last Oct. 23", "1999-04-19"), "1998-10-23");
        assert_eq!(value("last April 2", "1999-04-19"), "1999-04-02");
        assert_eq!(value("next April 2", "1999-04-19"), "2000-04-02");
        assert_eq!(value("last Feb. 30", "1999-04-19"), "");
    }

    #[test]
    fn this_time_a_unit_away() {
        assert_eq!(value("this time next week", "2022-07-30"), "2022-08-06");
        assert_eq!(value("this time last year", "2022-07-30"), "2021-07-30");
        assert_eq!(value("this time tomorrow", "2022-07-30"), "2022-07-31");
        assert_eq!(value("this time last year", ""), "PAST_REF");
        assert_eq!(value("this time, he won", "2022-07-30"), "");
    }

    #[test]
    fn that_night_after_a_day() {
        let day = "2022-07-30";
        assert_eq!(values("On June 5 the ship sank. That night it rained.", day), ["2022-06-05", "2022-06-05TNI"]);
        assert_eq!(
            values("On June 5 it sank. Later that same morning it rained.", day),
            ["2022-06-05", "2022-06-05TMO"]
        );
        assert_eq!(values("In June 2020 it sank. That night it rained.", day), ["2020-06"]);
        assert!(values("The ship sank. That night it rained.", day).is_empty());
    }

    #[test]
    fn that_day_after_a_month_or_year() {
        assert_eq!(value("In May 1940 the line broke, and that day", "2022-07-30"), "1940-05");
        assert_eq!(values("In 1940 the line broke. That same day the king left.", ""), ["1940", "1940-XX-XX"]);
    }
}
