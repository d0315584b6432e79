//! Clock times: `3 p.m.`, `10:30 a.m. EST`, `0900 GMT`, `noon`, `half past three`, `4 in the
//! morning`, and the day a time falls on.

use super::{day_offset, joins_range, Found, Scanner};
use crate::recognize::dates::calendar;
use crate::recognize::dates::value::{DayPart, TimeOfDay, TimexValue, Unit};
use crate::recognize::dates::words;
use crate::text::{Flags, TokenKind};

impl<'s, 't> Scanner<'s, 't> {
    /// `3 p.m.` · `10:30 a.m. EST` · `14:00 GMT` · `noon` · `midnight` · `3 o'clock` · `[at]
    /// 14:00:00` (with its seconds).
    pub(super) fn clock(&self, i: usize) -> Option<Found> {
        let (_, written) = words::split_seconds(self.a.word(i));
        let mut f = self.clock_minutes_only(i)?;
        if let TimexValue::Time { time: TimeOfDay::Clock { second, nanosecond, .. }, .. } = &mut f.value {
            *second = written;
            *nanosecond = written.map_or(0, |_| words::second_fraction(self.a.word(i)));
        }
        Some(f)
    }

    /// [`Scanner::clock`] to the minute (the seconds of `14:00:00` left out).
    fn clock_minutes_only(&self, i: usize) -> Option<Found> {
        let lw = self.lw(i);
        let (w, _) = words::split_seconds(lw.as_str());
        let (end, hour, minute) = match w {
            "noon" if self.is(i.wrapping_sub(1), "high") => return None,
            "noon" | "midday" => (i + 1, 12, 0),
            "midnight" => (i + 1, 24, 0),
            _ => {
                // "7pm", "9.30am": the meridiem glued to the number.
                let (body, glued) = words::split_meridiem(w);
                let (h, m) = match body.split_once([':', '.']) {
                    Some((h, m)) if m.len() == 2 => (words::digits(h)?, words::digits(m)?),
                    None => (words::digits(body).filter(|_| self.kind(i) == Some(TokenKind::Number))?, 0),
                    _ => return None,
                };
                if h > 24 || m > 59 {
                    return None;
                }
                // "3 o'clock" (no minutes written).
                let oclock = !body.contains(':') && glued.is_none() && self.is_oclock(i + 1);
                let k = if oclock { i + 2 } else { i + 1 };
                if glued.is_some() {
                    // The meridiem is inside the token: `7pm` ends at the next token.
                    return meridiem_hour(h, glued).map(|hour| self.clock_at(i, k, hour, m as u8));
                }
                let mer = words::meridiem(self.lw(k).as_str());
                // "9.30 a.m." is a time; "9.30" alone is a decimal number.
                if body.contains('.') && mer.is_none() {
                    return None;
                }
                // "at 4 in the morning" (after a preposition of time: "scored 4 in the morning" is a count).
                let at = time_preposition(self.prev(i).as_str());
                if let (None, Some((e, hour)), true) = (mer, self.spoken_meridiem(k, h), at || oclock) {
                    return Some(self.clock_at(i, e, hour, m as u8));
                }
                let zoned = self.is_zone(k);
                if let (None, false, false, Some((day, p))) = (mer, zoned, oclock, self.part_before_at(i)) {
                    // "this evening at 7", "this evening at 19:30": the hour of that part of the day.
                    let hour = part_hour(p, u8::try_from(h).ok()?);
                    return Some(Found::new(k, clock_on(night_day(day, p, hour), hour, m as u8)));
                }
                let timed = mer.is_some() || zoned || oclock;
                if !(timed || (at || self.clock_slot(i)) && w.contains(':')) {
                    return None;
                }
                match mer {
                    Some(_) => (k + 1, meridiem_hour(h, mer)?, m as u8),
                    None => (k, h as u8, m as u8),
                }
            }
        };
        Some(self.clock_at(i, end, hour, minute))
    }

    /// `[from] 2 [to 4 p.m.]` · `[between] 9 [and 10 a.m.]`: a bare hour opening a range of
    /// clock times takes the meridiem and the day of the time that closes it.
    pub(super) fn range_first_hour(&self, i: usize) -> Option<Found> {
        let h = words::digits(self.a.word(i))
            .filter(|h| (1..=12).contains(h) && self.kind(i) == Some(TokenKind::Number))?;
        let joined = joins_range(self.lw(i + 1).as_str());
        if !matches!(self.prev(i).as_str(), "from" | "between") || !joined || !self.has_meridiem(i + 2) {
            return None;
        }
        let last = self.clock(i + 2)?;
        let TimexValue::Time { date, time: TimeOfDay::Clock { hour: last_hour, .. } } = last.value else {
            return None;
        };
        let hour = hour_before(u8::try_from(h).ok()?, last_hour)?;
        Some(Found::new(i + 1, clock_on(date.map(|d| *d), hour, 0)))
    }

    /// True when the clock time at `k` has its meridiem: `4 p.m.` · `4pm` · `4:30 p.m.`.
    fn has_meridiem(&self, k: usize) -> bool {
        words::split_meridiem(self.lw(k).as_str()).1.is_some() || words::meridiem(self.lw(k + 1).as_str()).is_some()
    }

    /// `0900 GMT` · `1430 UTC` · `[at] 1500 hours` (four digits of a 24-hour clock, told by the
    /// zone or `hours` after them).
    pub(super) fn military_clock(&self, i: usize) -> Option<Found> {
        let w = self.a.word(i);
        // Not "10:35 a.m. (0735 GMT)", an aside giving the time again.
        let aside = self.kind(i.wrapping_sub(1)) == Some(TokenKind::OpenBracket);
        // "[at] 1500 hours" (not "1500 hours of work").
        let hours = self.is(i.wrapping_sub(1), "at") && matches!(self.lw(i + 1).as_str(), "hours" | "hrs");
        if w.len() != 4 || !(self.is_zone(i + 1) || hours) || aside {
            return None;
        }
        let (h, m) = (words::digits(w.get(..2)?)?, words::digits(w.get(2..)?)?);
        let end = if hours { i + 2 } else { i + 1 };
        (h < 24 && m < 60 && w.bytes().all(|b| b.is_ascii_digit())).then(|| self.clock_at(i, end, h as u8, m as u8))
    }

    /// `[at] half past three` · `[by] quarter to five` · `twenty past six p.m.` (a clock time told
    /// in minutes before or after the hour, after a preposition of time or before a meridiem).
    pub(super) fn spoken_clock(&self, i: usize, w: &str) -> Option<Found> {
        if let Some(f) = self.spoken_hour(i, w) {
            return Some(f);
        }
        let (j, minutes) = self.clock_minutes(i, w)?;
        let forward = match self.lw(j).as_str() {
            "past" | "after" => true,
            "to" | "before" if minutes != 30 => false,
            _ => return None,
        };
        let k = j + 1;
        if let Some(f) = self.minutes_from_noon(i, k, minutes, forward) {
            return Some(f);
        }
        let hw = self.lw(k);
        let (body, glued) = words::split_meridiem(hw.as_str());
        let h = words::number_word(hw.as_str()).or_else(|| words::digits(body))?;
        if !(1..=12).contains(&h) {
            return None;
        }
        // "15 past 3pm", "[at] 20 to 5": minutes in digits need a meridiem or `at`/`by` before
        // them (not "fell from 20 to 5").
        let digit_minutes = self.kind(i) == Some(TokenKind::Number) && j == i + 1;
        let at = if digit_minutes {
            matches!(self.prev(i).as_str(), "at" | "by" | "until" | "till")
        } else {
            time_preposition(self.prev(self.article_before(i)).as_str())
        };
        let (end, hour) = match words::meridiem(self.lw(k + 1).as_str()) {
            _ if glued.is_some() => (k + 1, meridiem_hour(h, glued)?),
            Some(add) => (k + 2, meridiem_hour(h, Some(add))?),
            None => match self.spoken_meridiem(k + 1, h) {
                Some((e, hour)) => (e, hour),
                // "at half past three." (not "up to six to 10 years", a range of counts)
                None if at && !self.word_follows(k + 1) => (k + 1, h as u8),
                None => return None,
            },
        };
        let (hour, minute) = if forward { (hour, minutes as u8) } else { ((hour + 23) % 24, (60 - minutes) as u8) };
        Some(self.clock_at(i, end, hour, minute))
    }

    /// The token of `a` right before `i` (`[a] quarter past nine`), else `i`.
    fn article_before(&self, i: usize) -> usize {
        match i.checked_sub(1) {
            Some(k) if self.is(k, "a") => k,
            _ => i,
        }
    }

    /// The minutes of a spoken clock time at `i` and the token after them: `half` · `quarter` ·
    /// `twenty` · `20 minutes` · `ten minutes`.
    fn clock_minutes(&self, i: usize, w: &str) -> Option<(usize, u32)> {
        match w {
            "half" => return Some((i + 1, 30)),
            "quarter" => return Some((i + 1, 15)),
            _ => {}
        }
        let n = words::number_word(w).or_else(|| words::digits(w))?;
        if self.is(i + 1, "minutes") && (1..60).contains(&n) {
            return Some((i + 2, n));
        }
        let number = self.kind(i) == Some(TokenKind::Number);
        (matches!(n, 5 | 10 | 20 | 25) && !number || matches!(n, 5 | 10 | 15 | 20 | 25) && number).then_some((i + 1, n))
    }

    /// `[20 minutes past] midnight` · `[ten minutes to] noon`: minutes before or after the
    /// midnight or noon at `k`.
    fn minutes_from_noon(&self, i: usize, k: usize, minutes: u32, forward: bool) -> Option<Found> {
        let hour: u32 = match self.lw(k).as_str() {
            "midnight" => 0,
            "noon" | "midday" => 12,
            _ => return None,
        };
        let m = u8::try_from(minutes).ok()?;
        let (hour, minute) = if forward { (hour, m) } else { ((hour + 23) % 24, 60 - m) };
        Some(self.clock_at(i, k + 1, u8::try_from(hour).ok()?, minute))
    }

    /// `[at] three in the morning` · `five o'clock` · `[by] eight tonight` (an hour in words:
    /// with `o'clock`, or after a preposition of time and with its part of the day).
    fn spoken_hour(&self, i: usize, w: &str) -> Option<Found> {
        let h = words::number_word(w).filter(|h| (1..=12).contains(h) && self.kind(i) == Some(TokenKind::Word))?;
        let oclock = self.is_oclock(i + 1);
        let k = if oclock { i + 2 } else { i + 1 };
        match self.spoken_meridiem(k, h) {
            Some((end, hour)) if oclock || time_preposition(self.prev(i).as_str()) => {
                Some(self.clock_at(i, end, hour, 0))
            }
            None if oclock => Some(self.clock_at(i, k, u8::try_from(h).ok()?, 0)),
            _ => None,
        }
    }

    /// `4 in the morning` · `11 at night` · `8 tonight`: the end and the 24-hour hour of hour `h` told by a
    /// part of the day after it.
    fn spoken_meridiem(&self, j: usize, h: u32) -> Option<(usize, u8)> {
        let h = u8::try_from(h).ok().filter(|h| (1..=12).contains(h))?;
        let (end, pm) = if self.is(j, "in") && self.is(j + 1, "the") {
            let pm = after_noon(words::day_part(self.lw(j + 2).as_str())?, h);
            (j + 3, pm)
        } else if self.is(j, "at") && self.is(j + 1, "night") {
            (j + 2, h >= 6)
        } else if self.is(j, "tonight") {
            (j + 1, h >= 6) // "8 tonight"
        } else if self.is(j, "this") {
            // "4:45 this afternoon", "10 this morning"
            let pm = after_noon(words::day_part(self.lw(j + 1).as_str())?, h);
            (j + 2, pm)
        } else {
            return None;
        };
        // "4 in the morning session" is a count, not a time ("at 4 in the morning and ..." is).
        if self.noun_follows(end) {
            return None;
        }
        let hour = match (h, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, pm) => h + if pm { 12 } else { 0 },
        };
        Some((end, hour))
    }

    /// A clock time that ends at `end` (started at `i`), with what may follow it: a zone, a
    /// weekday, `today`, a date (`5 p.m. EST, Nov. 9`); else on the day of the text.
    fn clock_at(&self, i: usize, end: usize, hour: u8, minute: u8) -> Found {
        let end = if self.is_zone(end) { end + 1 } else { end };
        let nw = self.lw(end);
        let time = |day: Option<TimexValue>| clock_on(day, hour, minute);
        if let Some(wd) = self.weekday_at(end) {
            let day = self.weekday_value(end, wd, self.tense(i));
            return Found::new(end + 1, time(Some(day)));
        }
        if let Some((k, wd)) = self.weekday_after_brackets(end) {
            // "10:35 a.m. (0735 GMT) Friday": the day is the weekday; the extent stays the time.
            let day = self.weekday_value(k, wd, self.tense(i));
            return Found::new(end, time(Some(day)));
        }
        if let Some(off) = day_offset(nw.as_str()) {
            let day = self.doc.and_then(|d| calendar::step(d, off, Unit::Day)).map(TimexValue::day);
            return Found::new(end + 1, time(day));
        }
        if let Some(f) = self.clock_on_date(end, hour, minute) {
            return f;
        }
        if let Some(day) = self.range_end_day(i, end).or_else(|| self.day_after_on(i, end)) {
            // "midnight on March 31", "6:00 local time on Sunday": the day dates the time; the
            // extent stays the time.
            return Found::new(end, time(Some(day)));
        }
        if let Some((day, p)) = self.part_before_at(i) {
            return Found::new(end, time(night_day(day, p, hour))); // "tomorrow morning at 10 a.m."
        }
        Found::new(end, time(self.day_of_text(i).map(TimexValue::day)))
    }

    /// True when a bare clock time with a colon at `i` stands where a time is expected, besides
    /// after a preposition of time: opening a range after `between` (`between 9:30 [and 11:00]`),
    /// or closing one after a joiner and another such time that a preposition opens (`[from
    /// 9:30] - 11:00`, `[between 9:30] and 11:00`). Not "John 3:16 and 3:17", "a 3:1 ratio".
    fn clock_slot(&self, i: usize) -> bool {
        let p = self.prev(i);
        let joined = joins_range(p.as_str());
        let opened = |k: usize| {
            let w = self.prev(k);
            self.kind(k) == Some(TokenKind::Number)
                && self.a.word(k).contains(':')
                && (w.as_str() == "between" || time_preposition(w.as_str()))
        };
        p.as_str() == "between" || (joined && i.checked_sub(2).is_some_and(opened))
    }

    /// The day of the time that closes a range opened at `i` by `from` or `between` and joined at
    /// `end`, when that day is named after it: `[from 9:30 -] 11:00 on Thursday` · `[between 9:30
    /// and] 11:00 on Thursday` (both ends on Thursday).
    fn range_end_day(&self, i: usize, end: usize) -> Option<TimexValue> {
        let joined = joins_range(self.lw(end).as_str());
        if !matches!(self.prev(i).as_str(), "from" | "between") || !joined {
            return None;
        }
        let last = self.clock(end + 1)?;
        self.day_after_on(end + 1, last.end)
    }

    /// The day and part of a day told right before `at` and the clock time at `i`: `[this
    /// morning at] 9` · `[Friday evening at] 7:30` · `[tomorrow morning at] 10 a.m.` (the day
    /// unknown without a document date).
    fn part_before_at(&self, i: usize) -> Option<(Option<TimexValue>, DayPart)> {
        let at = i.checked_sub(1)?;
        // The part named by its word ("morning", "tonight"; not "[rates] overnight at 10").
        let part_word =
            words::day_part(self.lw(at.wrapping_sub(1)).as_str()).is_some() || self.is(at.wrapping_sub(1), "tonight");
        if !self.is(at, "at") || !part_word {
            return None;
        }
        match &self.last_part {
            Some((end, day, p)) if *end == at => Some((day.clone(), *p)),
            _ => None,
        }
    }

    /// The day named by `[local time] on <day>` after a clock time that started at `i` and ends
    /// at `j`: `on Sunday`, `on March 31`, `on 12/02/2015`, `local time Tuesday`.
    pub(super) fn day_after_on(&self, i: usize, j: usize) -> Option<TimexValue> {
        let local = self.is(j, "local") && self.is(j + 1, "time");
        let k = if local { j + 2 } else { j };
        // "3:45 a.m. local time Tuesday": the weekday may follow the zone without `on`.
        let day = match (self.is(k, "on"), local) {
            (true, _) => k + 1,
            (false, true) if self.weekday_at(k).is_some() => k,
            _ => return None,
        };
        if let Some(wd) = self.weekday_at(day) {
            return Some(self.weekday_value(day, wd, self.tense(i)));
        }
        Some(self.written_day(day).or_else(|| self.numeric_day(day))?.value)
    }

    /// The token and number of a weekday right after a bracketed aside that starts at `j`:
    /// `[10:35 a.m.] (0735 GMT) Friday`.
    fn weekday_after_brackets(&self, j: usize) -> Option<(usize, i8)> {
        if self.kind(j) != Some(TokenKind::OpenBracket) {
            return None;
        }
        let close = (j + 1..j + CLOCK_ASIDE).find(|&k| self.kind(k) == Some(TokenKind::CloseBracket))?;
        let k = close + 1;
        self.weekday_at(k).map(|wd| (k, wd))
    }

    /// A clock time followed by its date: `5 p.m. EST, Nov. 9` · `10:56 PM 12/02/2015`.
    fn clock_on_date(&self, j: usize, hour: u8, minute: u8) -> Option<Found> {
        let k = if self.a.word(j) == "," { j + 1 } else { j };
        let f = match self.numeric_day(k) {
            Some(f) => f,
            None => self.day_value(k, k + 2, self.month_at(k)?, self.day_number_at(k + 1)?)?,
        };
        Some(Found::new(f.end, clock_on(Some(f.value), hour, minute)))
    }

    /// `[2022-07-30] 14:30:00` · `[12 Sept 2022] 14:30` · `[Sept. 12, 2022,] 2:30 p.m.`: a clock
    /// time written with a colon right after a day with its written year joins it
    /// (`2022-09-12T14:30`).
    pub(super) fn clock_after_date(&self, f: Found) -> Found {
        if !f.explicit_year || !matches!(f.value, TimexValue::Day { .. }) {
            return f;
        }
        let k = if self.a.word(f.end) == "," { f.end + 1 } else { f.end };
        match self.colon_clock(k) {
            Some((end, time)) => {
                let value = TimexValue::Time { date: Some(Box::new(f.value.clone())), time };
                Found { end, value, ..f }
            }
            None => f,
        }
    }

    /// A clock time written with a colon at `k`, with its end: `14:30` · `14:30:00` · `2:30 p.m.`
    /// (without a meridiem or zone, a 24-hour clock of two-digit hours: not "3:21 [of the second
    /// period]").
    fn colon_clock(&self, k: usize) -> Option<(usize, TimeOfDay)> {
        let w = self.a.word(k);
        if self.kind(k) != Some(TokenKind::Number) || !w.contains(':') {
            return None;
        }
        if let Some(Found { end, value: TimexValue::Time { time, .. }, .. }) = self.clock(k) {
            return Some((end, time));
        }
        let (hm, second) = words::split_seconds(w);
        let (h, m) = hm.split_once(':').filter(|(h, m)| h.len() == 2 && m.len() == 2)?;
        let (hour, minute) = (words::digits(h).filter(|&h| h < 24)?, words::digits(m).filter(|&m| m < 60)?);
        let (hour, minute) = (u8::try_from(hour).ok()?, u8::try_from(minute).ok()?);
        Some((
            k + 1,
            TimeOfDay::Clock { hour, minute, second, nanosecond: second.map_or(0, |_| words::second_fraction(w)) },
        ))
    }

    /// True when `o'clock` (with either apostrophe) stands at `i`: `[five] o'clock` · `[3] o’clock`.
    fn is_oclock(&self, i: usize) -> bool {
        matches!(self.lw(i).as_str(), "o'clock" | "o’clock")
    }

    fn is_zone(&self, i: usize) -> bool {
        self.a.tokens.get(i).is_some_and(|t| t.is(Flags::ALL_CAPS)) && words::zone(self.lw(i).as_str())
    }
}

/// How many tokens a bracketed aside after a clock time may span ("10:35 a.m. (0735 GMT) Friday").
const CLOCK_ASIDE: usize = 6;

/// The 24-hour hour of hour `h` told after part of day `p`: `[this evening at] 7` is 19,
/// `[this evening at] 19:30` stays 19, `[tonight at] 12` is 24 (midnight at the end of that day),
/// `[this morning at] 12` is noon.
fn part_hour(p: DayPart, h: u8) -> u8 {
    match h {
        12 if p == DayPart::Night => 24,
        1..=11 if after_noon(p, h) => h + 12,
        _ => h,
    }
}

/// The day of hour `hour` (24-hour) told after part of day `p` of `day`: `[last night at] 2` or
/// `[last night at] 2 a.m.` falls in the small hours of the next day; any other hour on `day`
/// itself. A day that cannot step (a weekday without a document date) stays as it is.
fn night_day(day: Option<TimexValue>, p: DayPart, hour: u8) -> Option<TimexValue> {
    match day {
        Some(d) if p == DayPart::Night && hour < 12 => Some(next_day(&d).unwrap_or(d)),
        day => day,
    }
}

/// The day after a known day (none for any other value): `2024-03-13` gives `2024-03-14`,
/// `2024-02-29` gives `2024-03-01`, `XXXX-WXX-6` gives none.
fn next_day(day: &TimexValue) -> Option<TimexValue> {
    calendar::step(day.date()?, 1, Unit::Day).map(TimexValue::day)
}

/// A clock time on `day` (a date unknown without one): `2022-07-30T15:00`.
fn clock_on(day: Option<TimexValue>, hour: u8, minute: u8) -> TimexValue {
    TimexValue::Time { date: day.map(Box::new), time: TimeOfDay::Clock { hour, minute, second: None, nanosecond: 0 } }
}

/// The 24-hour hour of hour `h` (1 to 12) that opens a range closing at the 24-hour hour
/// `last`: on its side of noon (`[from] 2 [to 4 p.m.]` is 14), else the morning before an
/// afternoon end (`[from] 10 [to 2 p.m.]` is 10); none when it would come after the end.
fn hour_before(h: u8, last: u8) -> Option<u8> {
    let h = h % 12;
    let pm = last >= 12;
    match (pm, h + 12) {
        (true, same) if same <= last => Some(same),
        _ if h <= last => Some(h),
        _ => None,
    }
}

/// The 24-hour hour of hour `h` (1 to 12) with the hours `add` of its `a.m.`/`p.m.`:
/// `12 a.m.` is 0, `12 p.m.` is 12, `7 p.m.` is 19; `13 p.m.` is no time.
fn meridiem_hour(h: u32, add: Option<u8>) -> Option<u8> {
    let add = add?;
    let h = u8::try_from(h).ok().filter(|h| (1..=12).contains(h))?;
    Some(if h == 12 { add } else { h + add })
}

/// True when hour `h` (1–12) told with part of day `p` is after noon: `3 in the afternoon`,
/// `8 at night` (not `4 in the morning`, `2 at night`).
fn after_noon(p: DayPart, h: u8) -> bool {
    match p {
        DayPart::Morning => false,
        DayPart::Afternoon | DayPart::Evening => true,
        DayPart::Night => h >= 6,
    }
}

/// Prepositions before a clock time written without `a.m.`/`p.m.` ("at 10:30", "by 4 in the morning").
fn time_preposition(w: &str) -> bool {
    matches!(w, "at" | "by" | "until" | "till" | "from" | "before" | "after" | "about" | "around" | "since" | "to")
}

#[cfg(test)]
mod tests {
    use super::super::{value, values};

    #[test]
    fn bare_colon_clocks_in_ranges() {
        assert_eq!(value("between 9:30 and 11:00 on Thursday", "2022-07-30"), "2022-07-28T09:30");
        assert_eq!(value("from 9:30 - 11:00 on Thursday", "2022-07-30"), "2022-07-28T09:30");
        assert_eq!(value("open between 9:30 and 11:00", "2022-07-30"), "2022-07-30T09:30");
        assert_eq!(value("John 3:16 and 3:17", "2022-07-30"), "");
        assert_eq!(value("a 3:1 ratio", "2022-07-30"), "");
    }

    #[test]
    fn spoken_clocks_with_digit_minutes() {
        assert_eq!(value("at 15 past 3pm", "2022-07-30"), "2022-07-30T15:15");
        assert_eq!(value("we left at 20 to 5", "2022-07-30"), "2022-07-30T04:40");
        assert_eq!(value("at 10 past 9 p.m.", "2022-07-30"), "2022-07-30T21:10");
        assert_eq!(value("prices fell from 20 to 5.", "2022-07-30"), "");
    }

    #[test]
    fn clock_before_a_numeric_date() {
        assert_eq!(value("10:56 PM 12/02/2015", "2015-02-14"), "2015-12-02T22:56");
        assert_eq!(value("10:56 PM, 12-02-2015", "2015-02-14"), "2015-12-02T22:56");
        assert_eq!(value("at 10 a.m. on 12/02/2015", "2015-02-14"), "2015-12-02T10:00");
        assert_eq!(value("at 10:56 on Monday", "2015-02-14"), "2015-02-09T10:56");
    }

    #[test]
    fn clock_after_a_written_date() {
        assert_eq!(value("2022-07-30 14:30:00", "2022-07-30"), "2022-07-30T14:30:00");
        assert_eq!(value("12 Sept 2022 14:30", "2022-07-30"), "2022-09-12T14:30");
        assert_eq!(value("Sept. 12, 2022, 2:30 p.m.", "2022-07-30"), "2022-09-12T14:30");
        // A year-less day keeps its clock apart.
        assert_eq!(value("Sept. 12 14:30", "2022-07-30"), "2022-09-12");
    }

    #[test]
    fn the_day_after_a_day() {
        use crate::recognize::dates::value::TimexValue;
        let day = |y, month, day| TimexValue::Day { year: y, month, day };
        assert_eq!(super::next_day(&day(Some(2024), 3, 13)), Some(day(Some(2024), 3, 14)));
        assert_eq!(super::next_day(&day(Some(2024), 2, 29)), Some(day(Some(2024), 3, 1)));
        assert_eq!(super::next_day(&day(None, 3, 13)), None);
    }

    #[test]
    fn minutes_from_midnight_and_noon() {
        assert_eq!(value("at 20 minutes past midnight", "2022-07-30"), "2022-07-30T00:20");
        assert_eq!(value("at ten minutes to noon", "2022-07-30"), "2022-07-30T11:50");
        assert_eq!(value("at five minutes to midnight", "2022-07-30"), "2022-07-30T23:55");
        assert_eq!(value("at 25 minutes past four", "2022-07-30"), "2022-07-30T04:25");
    }

    #[test]
    fn clock_after_a_part_of_a_day() {
        assert_eq!(values("this evening at 7", "2024-03-14"), ["2024-03-14TEV", "2024-03-14T19:00"]);
        assert_eq!(values("tomorrow morning at 10 a.m.", "2024-03-14"), ["2024-03-15TMO", "2024-03-15T10:00"]);
        assert_eq!(values("rates overnight at 10", "2024-03-14").len(), 1);
        assert!(values("the vote at 7", "2024-03-14").is_empty());
        assert_eq!(values("last night at 2", "2024-03-14"), ["2024-03-13TNI", "2024-03-14T02:00"]);
        assert_eq!(values("Friday night at 11", "2024-03-14")[1], "2024-03-08T23:00");
        assert_eq!(values("this evening at 19:30", "2024-03-14"), ["2024-03-14TEV", "2024-03-14T19:30"]);
        assert_eq!(values("tonight at 12", "2024-03-14"), ["2024-03-14TNI", "2024-03-14T24:00"]);
        assert_eq!(values("last night at 2 a.m.", "2024-03-14"), ["2024-03-13TNI", "2024-03-14T02:00"]);
        assert_eq!(values("last night at 11 p.m.", "2024-03-14"), ["2024-03-13TNI", "2024-03-13T23:00"]);
        assert_eq!(values("this morning at 12", "2024-03-14")[1], "2024-03-14T12:00");
    }

    #[test]
    fn hour_opening_a_range_takes_the_meridiem_of_its_end() {
        assert_eq!(values("from 2 to 4 p.m.", "2022-07-30"), ["2022-07-30T14:00", "2022-07-30T16:00"]);
        assert_eq!(values("between 9 and 10 a.m.", "2022-07-30"), ["2022-07-30T09:00", "2022-07-30T10:00"]);
        assert_eq!(values("from 10 to 2 p.m.", "2022-07-30"), ["2022-07-30T10:00", "2022-07-30T14:00"]);
        assert_eq!(values("from 12 until 3pm", "2022-07-30"), ["2022-07-30T12:00", "2022-07-30T15:00"]);
        assert_eq!(values("from 11 to 1 a.m.", "2022-07-30"), ["2022-07-30T01:00"]);
        assert!(values("from 2 to 4 percent", "2022-07-30").is_empty());
        assert!(values("rose 2 to 4 p.m.", "2022-07-30").len() == 1);
    }

    #[test]
    fn hours_before_the_end_of_a_range() {
        assert_eq!(super::hour_before(2, 16), Some(14));
        assert_eq!(super::hour_before(10, 14), Some(10));
        assert_eq!(super::hour_before(12, 14), Some(12));
        assert_eq!(super::hour_before(9, 10), Some(9));
        assert_eq!(super::hour_before(11, 1), None);
    }

    #[test]
    fn clock_with_seconds() {
        assert_eq!(value("at 14:00:00", "2022-07-30"), "2022-07-30T14:00:00");
        assert_eq!(value("09:15:30 GMT", "2022-07-30"), "2022-07-30T09:15:30");
        assert_eq!(value("at 10:30:05 p.m.", "2022-07-30"), "2022-07-30T22:30:05");
        assert_eq!(value("at 14:00:75", "2022-07-30"), "");
        assert_eq!(value("at 14:00", "2022-07-30"), "2022-07-30T14:00");
    }

    #[test]
    fn parts_of_days() {
        assert_eq!(value("in mid-afternoon", "2022-07-30"), "2022-07-30TAF MID");
        assert_eq!(value("mid-afternoon yesterday", "2022-07-30"), "2022-07-29TAF MID");
        assert_eq!(value("late evening", "2022-07-30"), "2022-07-30TEV END");
        assert_eq!(value("midnight", "2022-07-30"), "2022-07-30T24:00");
        assert_eq!(value("at 4 in the morning", "2022-07-30"), "2022-07-30T04:00");
        assert_eq!(value("at three in the morning", "2022-07-30"), "2022-07-30T03:00");
        assert_eq!(value("by eight tonight", "2022-07-30"), "2022-07-30T20:00");
        assert_eq!(value("at five o'clock", "2022-07-30"), "2022-07-30T05:00");
        assert_eq!(value("at 3 o’clock", "2022-07-30"), "2022-07-30T03:00");
        assert_eq!(value("won three in the morning session", "2022-07-30"), "");
        assert_eq!(value("at 7 in the evening", "2022-07-30"), "2022-07-30T19:00");
        assert_eq!(value("by 11 at night", "2022-07-30"), "2022-07-30T23:00");
        assert_eq!(value("he scored 4 in the morning", "2022-07-30"), "");
    }
}
