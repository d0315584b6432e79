//! Weekdays and days: `Friday`, `Monday, July 25`, `today`, `the 12th`, `the first Tuesday of
//! April`, weeks of a month or of a day, and parts of days (`Friday evening`, `mid-afternoon`, `at
//! dawn`, `overnight`, `the early hours of Sunday`).

use jiff::civil::Date;

use super::{day_offset, is_dash, joins_range, part_of, position_mod, season_follower, Found, Scanner};
use crate::recognize::dates::calendar::{self, Tense};
use crate::recognize::dates::tense;
use crate::recognize::dates::value::{DayPart, Reference, TimexValue, Unit};
use crate::recognize::dates::words;
use crate::text::TokenKind;

impl<'s, 't> Scanner<'s, 't> {
    /// The day of weekday `wd` for an expression at token `i`, pointing the way `tense` says.
    pub(super) fn weekday_value(&self, i: usize, wd: i8, tense: Tense) -> TimexValue {
        match self.doc {
            Some(doc) => {
                // "last Friday" is never the document's own day.
                let include_doc = !self.is(i.wrapping_sub(1), "last")
                    && (tense::said_before(self.a, i)
                        || tense != Tense::Future
                        || tense::progressive_before(self.a, i));
                TimexValue::day(calendar::weekday(doc, wd, tense, include_doc))
            }
            None => TimexValue::Weekday(wd),
        }
    }

    /// `Friday` · `Monday, July 25, 2022` · `Friday evening` (not "the Sunday Times").
    pub(super) fn weekday_phrase(&self, i: usize, wd: i8) -> Option<Found> {
        // "falls on a Thursday", "on a Friday night": any Thursday, no day of the calendar (not
        // "a Thursday meeting", the day of one meeting).
        let any_such_day = self.is(i.wrapping_sub(2), "on") && self.is(i.wrapping_sub(1), "a");
        // "a sunday school": a lower-case weekday after an article names no day.
        let lower_any = !self.cap(i) && matches!(self.prev(i).as_str(), "a" | "an");
        if !self.date_name(i) || any_such_day || lower_any {
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
            "and" | "or" if self.weekday_at(i + 2).is_some() => (i + 3, i + 1),
            _ => (i + 1, i + 2),
        };
        if let Some(p) = self.lw(k).as_str().strip_suffix('s').and_then(words::day_part) {
            let night = part_of(Some(TimexValue::Weekday(wd)), p);
            return Some(Found::new(end, TimexValue::Set(Box::new(night))));
        }
        // "Monday, July 25, 2022" · "Friday Oct. 13" · "Monday 18 March" (the day first).
        let k = if next == "," { i + 2 } else { i + 1 };
        if let Some(m) = self.month_at(k) {
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
        let wd1 = self.weekday_at(first).filter(|_| joined)?;
        let start = self.weekday_value(first, wd1, self.weekday_tense(first)).date()?;
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
    pub(super) fn short_weekday_date(&self, i: usize, w: &str) -> Option<Found> {
        words::short_weekday(w).filter(|_| self.cap(i))?;
        let k = if self.a.word(i + 1) == "," { i + 2 } else { i + 1 };
        let f = self.written_day(k)?;
        Some(Found { end: f.end, ..f })
    }

    /// The way a bare weekday at `i` points: a weekday's event ("Wednesday's ruling") is one
    /// reported, in the past, unless the text looks ahead to it ("ahead of Tuesday's vote");
    /// else the tense of the clause, where a present progressive points ahead ("is meeting Friday").
    fn weekday_tense(&self, i: usize) -> Tense {
        if !self.is_possessive(i + 1) {
            return match self.tense(i) {
                Tense::Unknown if tense::progressive_before(self.a, i) => Tense::Future,
                t => t,
            };
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
    pub(super) fn with_day_part(&self, j: usize, day: TimexValue) -> Found {
        match words::day_part(self.lw(j).as_str()) {
            Some(p) => Found::new(j + 1, part_of(Some(day), p)),
            None => Found::new(j, day),
        }
    }

    /// `mid-afternoon` · `late morning` · `early evening` · `midmorning` · `mid-afternoon
    /// yesterday` (a part of a day with its `mod`: the day named after it, else the day of the text).
    pub(super) fn day_part_phrase(&self, i: usize, w: &str) -> Option<Found> {
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
    pub(super) fn day_edge_phrase(&self, i: usize, w: &str) -> Option<Found> {
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

    /// A part `p` of the day named at `j` (`Sunday`, `yesterday`; or after `on`, outside the
    /// extent, as for a clock time: "at dawn on Sunday"), else of the day of the text, in the
    /// clause of token `clause` (whose tense points a weekday and whose sentence gives the day of
    /// the text).
    fn part_of_named_day(&self, j: usize, p: DayPart, clause: usize) -> Found {
        let nw = self.lw(j);
        let (end, day) = if let Some(wd) = self.weekday_at(j) {
            (j + 1, Some(self.weekday_value(j, wd, self.tense(clause))))
        } else if let Some(off) = day_offset(nw.as_str()) {
            (j + 1, Some(self.relative_period(off, Unit::Day)))
        } else if let Some(day) = self.day_after_on(clause, j) {
            (j, Some(day))
        } else {
            (j, self.day_of_text(clause).map(TimexValue::day))
        };
        Found::new(end, part_of(day, p))
    }

    /// `overnight` (the night before the day of the text, or that night in a future clause;
    /// not the adjective of "overnight rates", "an overnight stay").
    pub(super) fn overnight(&self, i: usize, w: &str) -> Option<Found> {
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
    pub(super) fn week_of_month(&self, j: usize) -> Option<Found> {
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
        if let Some((end, d)) = self.month_of_text(k).or_else(|| self.of_that_month(j)) {
            let first = d.first_of_month();
            return Some((Found::new(end, TimexValue::Month { year: Some(d.year()), month: d.month() }), first));
        }
        let f = self.month_phrase(k, words::month(self.lw(k).as_str())?)?;
        let TimexValue::Month { year: Some(y), month } = f.value else {
            return None;
        };
        let first = Date::new(y, month, 1).ok()?;
        Some((f, first))
    }

    /// A month named by the text at `k`, after `of`, with its end and a day in it: `next month` ·
    /// `this month` · `the month` (the month of the story or the document, in a clause with a
    /// tense: "rent is paid on the first day of the month" is a habit).
    fn month_of_text(&self, k: usize) -> Option<(usize, Date)> {
        if let Some(d) = self.relative_month(k) {
            return Some((k + 2, d));
        }
        if !self.is(k, "the") || !self.is(k + 1, "month") || self.tense(k) == Tense::Unknown {
            return None;
        }
        let base = if self.narrative { self.anchor } else { self.doc };
        Some((k + 2, base?))
    }

    /// After `the`: `first Tuesday of April` · `last Sunday of February` · `third Thursday of
    /// November 2025` · `first day of April` · `last day of February` (a day counted in a month).
    pub(super) fn nth_day_of_month(&self, j: usize) -> Option<Found> {
        let w = self.lw(j);
        let n = match w.as_str() {
            "last" | "final" => -1,
            o => i8::try_from(words::ordinal(o).filter(|n| (1..=5).contains(n))?).ok()?,
        };
        let named = self.lw(j + 1);
        let weekend = named.as_str() == "weekend";
        let wd = match named.as_str() {
            "day" => None,
            // "the last weekend of July": the weekend of the month's last Saturday.
            "weekend" => Some(6),
            _ => Some(self.weekday_at(j + 1)?),
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
        let value = if weekend { weekend_of_week(calendar::period(day, Unit::Week)) } else { TimexValue::day(day) };
        Some(Found::new(f.end, value).explicit_as(&f))
    }

    /// After `[on] the`: `12th` · `2nd` (a day of the month of the text, where nothing but a date
    /// can follow: "on the 12th.", "by the 20th and"; not "the 12th floor", "the 12th seed").
    pub(super) fn day_of_this_month(&self, j: usize) -> Option<Found> {
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
        if joins_range(self.lw(j + 1).as_str()) {
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

    /// After `the`: `early hours [of Sunday]` · `small hours` (the night's end, `TNI`).
    pub(super) fn early_hours(&self, j: usize) -> Option<Found> {
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
    pub(super) fn day_of_text(&self, i: usize) -> Option<Date> {
        let near = self.anchor_sentence + 1 >= self.a.sentence_of(i);
        match self.anchor {
            Some(a) if self.anchor_is_day && (self.narrative || near) => Some(a),
            Some(_) if self.narrative => None,
            _ => self.doc,
        }
    }

    /// `today` · `yesterday` · `tomorrow morning` · `tonight`.
    pub(super) fn day_word(&self, i: usize, w: &str) -> Option<Found> {
        if self.in_name(i) || self.generic_day(i, w) {
            return None;
        }
        let off = match w {
            "today" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            "tonight" => return Some(Found::new(i + 1, part_of(self.doc.map(TimexValue::day), DayPart::Night))),
            _ => return None,
        };
        let day = self.relative_period(off, Unit::Day);
        Some(self.with_day_part(i + 1, day).doc_relative())
    }

    /// True when `today` or `tomorrow` at `i` names an age, not a day: before a noun of people
    /// or things of the age, with or without one adjective ("today's youth", "today's personal
    /// computers"), or after one and `of` ("the world of today"); `tomorrow` after any plural
    /// noun and `of` ("the engineers of tomorrow"). "Today's vote" is a day.
    fn generic_day(&self, i: usize, w: &str) -> bool {
        if !matches!(w, "today" | "tomorrow") {
            return false;
        }
        let era = |k: usize| self.lower_word(k) && words::era_noun(self.lw(k).as_str());
        let owned = self.is_possessive(i + 1) && (era(i + 2) || (self.lower_word(i + 2) && era(i + 3)));
        let owner = i.wrapping_sub(2);
        let plural = |k: usize| {
            let n = self.lw(k);
            self.lower_word(k)
                && n.as_str().ends_with('s')
                && !n.as_str().ends_with("ss")
                && words::unit(n.as_str()).is_none()
        };
        let of_age = self.is(i.wrapping_sub(1), "of")
            && !self.is_possessive(i + 1)
            && (era(owner) || (w == "tomorrow" && plural(owner)));
        owned || of_age
    }

    /// True when the capitalized word at `i` ends a name inside its sentence: "USA Today",
    /// "VOA Today", "The Daily Today" (a newspaper or programme, not the day).
    fn in_name(&self, i: usize) -> bool {
        self.title_case(i) && self.cap(i.wrapping_sub(1)) && self.kind(i.wrapping_sub(1)) == Some(TokenKind::Word)
    }

    /// After `in the`, `during the`: `morning` · `night` (a part of the day of the text, in a
    /// clause with a tense; not "in the morning session", "scored 6 in the evening", nor the
    /// habit of "in the morning the first crew arrives").
    pub(super) fn the_day_part(&self, i: usize, j: usize) -> Option<Found> {
        let p = words::day_part(self.lw(j).as_str())?;
        let counted = self.kind(i.wrapping_sub(2)) == Some(TokenKind::Number);
        let during = matches!(self.prev(i).as_str(), "in" | "during" | "through" | "throughout")
            && !counted
            && self.tense(i) != Tense::Unknown;
        (during && !self.noun_follows(j + 1))
            .then(|| Found::new(j + 1, part_of(self.day_of_text(j).map(TimexValue::day), p)))
    }

    /// After `the`: a part of a day named after it, perhaps early or late in it and in hours:
    /// `night of April 18, 1775` · `morning of Oct. 23` (`1775-04-18TNI`) · `early morning hours
    /// of 30 April` (`…TMO`, mod START) · `evening of Friday`.
    pub(super) fn part_of_day_of(&self, j: usize) -> Option<Found> {
        let edge = position_mod(self.lw(j).as_str()).filter(|_| words::day_part(self.lw(j + 1).as_str()).is_some());
        let k = if edge.is_some() { j + 1 } else { j };
        let p = words::day_part(self.lw(k).as_str())?;
        let k = if self.is(k + 1, "hours") { k + 1 } else { k };
        if !self.is(k + 1, "of") {
            return None;
        }
        // A bare weekday; one with its date ("the night of Friday, Oct. 23") is left to that
        // date, whose extent TimeBank marks alone.
        let f = match self.weekday_at(k + 2) {
            Some(_) if self.a.word(k + 3) == "," && self.month_at(k + 4).is_some() => return None,
            Some(wd) => Found::new(k + 3, self.weekday_value(k + 2, wd, self.tense(j))),
            None => self.written_day(k + 2)?,
        };
        let found = Found::new(f.end, part_of(Some(f.value.clone()), p)).explicit_as(&f);
        Some(match edge {
            Some(m) => found.with_mod(m),
            None => found,
        })
    }

    /// After `the week of`: the ISO week holding the day at `k` (`[the week of] March 6`,
    /// `[the week of] 6 March 2000`).
    pub(super) fn week_of(&self, k: usize) -> Option<Found> {
        let f = self.written_day(k)?;
        let d = f.value.date()?;
        Some(Found::new(f.end, calendar::period(d, Unit::Week)).explicit_as(&f))
    }

    /// The part of the day at `j` on the day `step` days from the last day in the text, ending
    /// at `end`: `[the] night [before]`, `[the previous] night`.
    pub(super) fn part_next_to(&self, j: usize, end: usize, step: i64) -> Option<Found> {
        let p = words::day_part(self.lw(j).as_str())?;
        let day = calendar::step(self.base_for(Unit::Day)?, step, Unit::Day)?;
        Some(Found::new(end, part_of(Some(TimexValue::day(day)), p)))
    }

    /// After `the weekend of`: the weekend of the week holding the day at `k` (`[the weekend of]
    /// March 23`).
    pub(super) fn weekend_of(&self, k: usize) -> Option<Found> {
        let f = self.week_of(k)?;
        matches!(f.value, TimexValue::Week { .. }).then(|| Found { value: weekend_of_week(f.value.clone()), ..f })
    }

    /// The weekend meant by "the weekend": the last one, or the next one in a future clause.
    pub(super) fn weekend(&self, i: usize) -> TimexValue {
        let value = match self.doc {
            Some(doc) => {
                let sat = calendar::weekday(doc, 6, self.tense(i), true);
                calendar::period(sat, Unit::Week)
            }
            None => return TimexValue::Reference(Reference::Present),
        };
        weekend_of_week(value)
    }
}

/// The weekend of a week value (`2022-W30` → `2022-W30-WE`); any other value as it is.
fn weekend_of_week(v: TimexValue) -> TimexValue {
    match v {
        TimexValue::Week { year, week, .. } => TimexValue::Week { year, week, weekend: true },
        v => v,
    }
}

#[cfg(test)]
mod tests {
    use super::super::value;

    #[test]
    fn days_and_weekends_counted_in_a_month_of_the_text() {
        assert_eq!(value("began on the first day of the month", "2022-07-30"), "2022-07-01");
        assert_eq!(value("the last day of next month", "2022-07-30"), "2022-08-31");
        assert_eq!(value("met on the last Friday of the month", "2022-07-30"), "2022-07-29");
        assert_eq!(value("pay rent on the first day of the month", "2022-07-30"), "");
        assert_eq!(value("the last weekend of July", "2022-07-30"), "2022-W30-WE");
    }

    #[test]
    fn lower_case_weekdays() {
        assert_eq!(value("we meet monday morning", "2022-07-30"), "2022-08-01TMO");
        assert_eq!(value("on tuesday we went home", "2022-07-30"), "2022-07-26");
        assert_eq!(value("meet next friday", "2022-07-30"), "2022-08-05");
        assert_eq!(value("she teaches a sunday school class", "2022-07-30"), "");
        assert_eq!(value("the sun.", "2022-07-30"), "");
        assert_eq!(value("closed on mondays", "2022-07-30"), "XXXX-WXX-1");
    }

    #[test]
    fn names_ending_in_today() {
        assert_eq!(value("an interview with USA Today", "2022-07-30"), "");
        assert_eq!(value("Today the court ruled", "2022-07-30"), "2022-07-30");
    }

    #[test]
    fn parts_of_named_days() {
        assert_eq!(value("on the night of 10 August 1792", "2022-07-30"), "1792-08-10TNI");
        assert_eq!(value("the evening of Jan. 29", "2022-07-30"), "2022-01-29TEV");
        assert_eq!(value("the night of the attack", "2022-07-30"), "");
    }

    #[test]
    fn weekly_parts_of_days() {
        assert_eq!(value("on Tuesday nights", "2022-07-30"), "XXXX-WXX-2TNI");
        assert_eq!(value("Sunday mornings", "2022-07-30"), "XXXX-WXX-7TMO");
        assert_eq!(value("on Monday and Tuesday nights", "2022-07-30"), "XXXX-WXX-1TNI");
        assert_eq!(value("on Monday and Tuesday", "2022-07-30"), "2022-07-25");
    }

    #[test]
    fn week_of_a_day() {
        assert_eq!(value("the week of March 6", "2000-02-24"), "2000-W10");
        assert_eq!(value("the week of 1 January 2021", "2022-07-30"), "2020-W53");
        assert_eq!(value("the week of its launch", "2022-07-30"), "");
    }
}
