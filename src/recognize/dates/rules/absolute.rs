//! Dates written out: numeric dates (`2022-07-30`, `7/30/2022`), months and days with their
//! year (`July 30, 2022`, `30 July`, `June 2022`), bare and spoken years (`in 2019`, `nineteen
//! ninety-six`) and ranges of years (`1915-17`).

use jiff::civil::Date;

use super::{is_dash, joins_days, joins_range, year_preposition, Found, Scanner};
use crate::recognize::dates::calendar;
use crate::recognize::dates::tense;
use crate::recognize::dates::value::{TimeOfDay, TimexValue, Unit};
use crate::recognize::dates::words;
use crate::text::{Flags, TokenKind};

impl<'s, 't> Scanner<'s, 't> {
    /// `2022-07-30` · `2022-07-30T10:00` (with a clock time).
    pub(super) fn iso_date(&self, i: usize) -> Option<Found> {
        let w = self.a.word(i);
        let b = w.as_bytes();
        if w.len() < 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let d: Date = w.get(..10)?.parse().ok()?;
        let day = TimexValue::day(d);
        if w.len() == 10 {
            return Some(Found::new(i + 1, day).explicit());
        }
        let written = w.get(10..)?.strip_prefix('T')?;
        let (clock, second) = words::split_seconds(written);
        let (h, m) = clock.split_once(':')?;
        let m = m.get(..2)?;
        let (hour, minute) = (words::digits(h).filter(|&h| h < 24)?, words::digits(m).filter(|&m| m < 60)?);
        let nanosecond = second.map_or(0, |_| words::second_fraction(written));
        let time = TimeOfDay::Clock { hour: hour as u8, minute: minute as u8, second, nanosecond };
        Some(Found::new(i + 1, TimexValue::Time { date: Some(Box::new(day)), time }).explicit())
    }

    /// `14-Mar-2024` · `3-March-22` (day, month name and year in one token).
    pub(super) fn day_month_year_token(&self, i: usize) -> Option<Found> {
        let lw = self.lw(i);
        let mut parts = lw.as_str().split('-');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let (d, m) = (words::day_of_month(d)?, words::month_in_date(m)?);
        let year = words::year(y).or_else(|| words::two_digit_year(y))?;
        let date = Date::new(year, m, d).ok()?;
        Some(Found::new(i + 1, TimexValue::day(date)).explicit())
    }

    /// `490 BC` · `499` in `from 499 to 493 BC` (a year before the common era, written as a
    /// negative year).
    pub(super) fn bc_year(&self, i: usize) -> Option<Found> {
        let t = self.a.tokens.get(i)?;
        if !t.is(Flags::ALL_DIGITS) || self.a.word(i).len() > 4 {
            return None;
        }
        let n = i16::try_from(words::digits(self.a.word(i))?).ok().filter(|&n| n > 0)?;
        let end = if self.is_era(i + 1) {
            i + 2
        } else {
            let range = matches!(self.lw(i + 1).as_str(), "to" | "-" | "–" | "and" | "until" | "or");
            let next_bc = self.a.tokens.get(i + 2).is_some_and(|t| t.is(Flags::ALL_DIGITS)) && self.is_era(i + 3);
            if !(range && next_bc) {
                return None;
            }
            i + 1
        };
        Some(Found::new(end, TimexValue::Year(-n)).explicit())
    }

    /// `70 AD` · `1066 CE` · `AD 70` · `A.D. 1066`: a year of the common era, with its era written
    /// right before or after the number at `i` (the era word at `era`).
    fn common_era_year(&self, i: usize, era: usize, end: usize) -> Option<Found> {
        if !matches!(self.a.word(era), "AD" | "A.D." | "CE" | "C.E.") || self.a.word(i).len() > 4 {
            return None;
        }
        let n = i16::try_from(words::digits(self.a.word(i))?).ok().filter(|&n| n > 0)?;
        self.a.token_is(i, Flags::ALL_DIGITS).then(|| Found::new(end, TimexValue::Year(n)).explicit())
    }

    /// `70 AD` · `1066 CE` (the era after the year).
    pub(super) fn year_before_era(&self, i: usize) -> Option<Found> {
        self.common_era_year(i, i + 1, i + 2)
    }

    /// `AD 70` · `A.D. 1066` (the era before the year; `CE` only follows it; not "an AD 30
    /// times", an advertisement).
    pub(super) fn era_before_year(&self, i: usize) -> Option<Found> {
        let article = matches!(self.prev(i).as_str(), "a" | "an" | "the");
        (!article && matches!(self.a.word(i), "AD" | "A.D.")).then(|| self.common_era_year(i + 1, i, i + 2))?
    }

    /// `BC` · `B.C.` · `BCE`.
    pub(super) fn is_era(&self, i: usize) -> bool {
        matches!(self.a.word(i), "BC" | "B.C." | "B.C" | "BCE" | "B.C.E.")
    }

    /// `07/30/2022` (US order; day first only when the first number exceeds 12) · `2022/07/30` ·
    /// `2022.07.30` (year first) · `30.07.2022` (dots: day first, with a four-digit year) ·
    /// `12-02-2015` (dashes: read like slashes, see [`date_separator`]).
    pub(super) fn slashed_date(&self, i: usize) -> Option<Found> {
        let w = self.a.word(i);
        if let Some(f) = self.nine_eleven(i, w) {
            return Some(f);
        }
        let sep = date_separator(w);
        let mut parts = w.split(sep);
        let (x, y) = (parts.next()?, parts.next()?);
        let Some(z) = parts.next() else {
            return self.month_slash_day(i, x, y).filter(|_| sep == '/');
        };
        if parts.next().is_some() || [x, y].iter().any(|p| p.is_empty() || p.len() > 4) {
            return None;
        }
        let (year, m, d) = match words::year(x) {
            Some(year) => (year, words::digits(y)?, words::digits(z)?),
            None => {
                let (a, b) = (words::digits(x)?, words::digits(y)?);
                // Two-digit years only with slashes: "10-6-2" is a record of wins, losses and ties.
                let year = words::year(z).or_else(|| words::two_digit_year(z).filter(|_| sep == '/'))?;
                let (m, d) = if sep == '.' || a > 12 { (b, a) } else { (a, b) };
                (year, m, d)
            }
        };
        let date = Date::new(year, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
        Some(Found::new(i + 1, TimexValue::day(date)).explicit())
    }

    /// `[on] 3/20` (US order, no year: a month and day after `on`, `since`, `by`, `until`; not
    /// "10/20", a ratio, elsewhere).
    fn month_slash_day(&self, i: usize, x: &str, y: &str) -> Option<Found> {
        let after_on = matches!(self.prev(i).as_str(), "on" | "since" | "by" | "until");
        if !after_on || !(1..=2).contains(&x.len()) || !(1..=2).contains(&y.len()) {
            return None;
        }
        let (m, d) = (i8::try_from(words::digits(x)?).ok()?, i8::try_from(words::digits(y)?).ok()?);
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        self.day_value(i, i + 1, m, d)
    }

    /// `9/11` in a text written after the attacks of 11 September 2001: that day.
    fn nine_eleven(&self, i: usize, w: &str) -> Option<Found> {
        let day = Date::new(2001, 9, 11).ok()?;
        (w == "9/11" && !self.doc.is_some_and(|d| d <= day)).then(|| Found::new(i + 1, TimexValue::day(day)).explicit())
    }

    /// The year of a year-less month and day, from the document date and the tense.
    /// A clause in the future of the time of writing ("will meet in April") counts from the
    /// document date even in a narrative.
    pub(super) fn year_for(&self, i: usize, month: i8) -> Option<i16> {
        let story = if tense::speech_future(self.a, i) { None } else { self.narrative_year(i, month) };
        story.or_else(|| self.doc.map(|d| calendar::year_of(d, month, self.tense(i))))
    }

    /// In a narrative, the year of a year-less month at token `i`: the year of the last date,
    /// moving on a year when the month is well before that date's and the date is in the same or
    /// the previous sentence ("on December 28, 1935. On January 12" → 1936); further away, the
    /// story may have turned back ("from October to March").
    pub(super) fn narrative_year(&self, i: usize, month: i8) -> Option<i16> {
        let a = self.anchor.filter(|_| self.narrative && self.narrative_year.is_some())?;
        let near = self.anchor_sentence + 1 >= self.a.sentence_of(i) && self.anchor_explicit;
        Some(a.year() + i16::from(near && a.month() - month > 6))
    }

    /// An explicit year after a month or day: `, 2022` · `2022` · `490 BC` (returns the end and the year).
    pub(super) fn year_after(&self, j: usize) -> Option<(usize, i16)> {
        let k = if self.a.word(j) == "," { j + 1 } else { j };
        if let Some(Found { end, value: TimexValue::Year(y), .. }) = self.bc_year(k).filter(|f| f.end == k + 2) {
            return Some((end, y));
        }
        words::year(self.a.word(k))
            .filter(|_| self.kind(k) == Some(TokenKind::Number))
            .map(|y| (k + 1, y))
            .or_else(|| self.short_year(k))
    }

    /// A year written with an apostrophe and two digits at `k`: `'69` · `'23` (the end and the
    /// year: the latest one up to ten years after the story's year, that of a narrative's last
    /// date or the document's); not a quoted number (`'23'`, `"60 percent"`).
    pub(super) fn short_year(&self, k: usize) -> Option<(usize, i16)> {
        let t = self.a.tokens.get(k + 1)?;
        let w = self.a.word(k + 1);
        let apostrophe = matches!(self.a.word(k), "'" | "’" | "‘");
        let glued = apostrophe && self.kind(k) == Some(TokenKind::OpenQuote) && !t.is(Flags::SPACE_BEFORE);
        if !glued || t.kind != TokenKind::Number || w.len() != 2 || self.kind(k + 2) == Some(TokenKind::CloseQuote) {
            return None;
        }
        let n = i16::try_from(words::digits(w)?).ok()?;
        let story = self.anchor.filter(|_| self.narrative).or(self.doc).map_or(2000, |d| d.year());
        let y = story - story.rem_euclid(100) + n;
        Some((k + 2, if y > story + 10 { y - 100 } else { y }))
    }

    /// `of that year` · `of the same year` · `of that same year` at `j`, after a month or a day
    /// ("July of that year", "January 24 of the same year"): the end and the year of the last
    /// date in the text.
    fn of_that_year(&self, j: usize) -> Option<(usize, Option<i16>)> {
        if !self.is(j, "of") {
            return None;
        }
        let k = match self.lw(j + 1).as_str() {
            "that" if self.is(j + 2, "same") => j + 3,
            "that" => j + 2,
            "the" if self.is(j + 2, "same") => j + 3,
            _ => return None,
        };
        self.is(k, "year").then(|| (k + 1, self.anchor.map(|d| d.year())))
    }

    /// `[April 24 and] 25, 2021` at `k`: a day of `month` with its written year (the second day
    /// of a pair or range in one month).
    fn day_with_year(&self, k: usize, month: i8) -> Option<Found> {
        let day = self.day_number_at(k)?;
        let (end, year) = self.year_after(k + 1)?;
        Some(Found::new(end, TimexValue::Day { year: Some(year), month, day }).explicit())
    }

    /// A day value with an optional explicit year read after `j`.
    pub(super) fn day_value(&self, i: usize, j: usize, month: i8, day: i8) -> Option<Found> {
        let (end, year, explicit) = match self.year_after(j) {
            Some((e, y)) => (e, Some(y), true),
            None => match (self.of_that_year(j), self.range_year(j, month)) {
                (Some((e, y)), _) => (e, y, false),
                (None, Some(y)) => (j, Some(y), false),
                (None, None) => (j, self.year_for(i, month), false),
            },
        };
        if let Some(y) = year {
            Date::new(y, month, day).ok()?;
        }
        let f = Found::new(end, TimexValue::Day { year, month, day });
        Some(if explicit { f.explicit() } else { f })
    }

    /// The year of the first end, in `month`, of a range or pair that goes on at `j` to a date
    /// with a written year: `14 August` in `14 August-24 August 1914`, `May 5` in `May 5 - June 2,
    /// 1921`, `August` in `August and September 1914`, `December` in `December to March 1942`
    /// (a year back), `April 24` in `April 24 and 25, 2021`.
    fn range_year(&self, j: usize, month: i8) -> Option<i16> {
        if !joins_days(self.lw(j).as_str()) {
            return None;
        }
        let k = j + 1;
        let next = if self.kind(k) == Some(TokenKind::Number) {
            self.day_month(k).or_else(|| self.day_with_year(k, month))
        } else {
            self.month_at(k).and_then(|m| self.month_phrase(k, m))
        };
        let (year, last) = match next.filter(|f| f.explicit_year)?.value {
            TimexValue::Day { year, month, .. } | TimexValue::Month { year, month } => (year?, month),
            _ => return None,
        };
        Some(if month > last { year - 1 } else { year })
    }

    /// The second day of `April 24 and 25` · `May 5 or 6` · `June 3 to 4` · `June 3 through 5`
    /// (in the month of the first; not before a noun: "May 5 and 6 others").
    pub(super) fn second_day(&self, i: usize) -> Option<Found> {
        let d = self.day_number_at(i)?;
        let (and, first, month) = (i.checked_sub(1)?, i.checked_sub(2)?, i.checked_sub(3)?);
        if !joins_days(self.lw(and).as_str()) || self.kind(first) != Some(TokenKind::Number) {
            return None;
        }
        words::day_of_month(self.a.word(first))?;
        let m = self.month_at(month)?;
        if self.noun_follows(i + 1) {
            return None;
        }
        self.day_value(month, i + 1, m, d)
    }

    /// The first day of a range of days written before a month: `12` in `12-14 July 1950`,
    /// `15` in `from 15 to 22 February`, `13th` in `from 13th to 15th of July`.
    pub(super) fn range_first_day(&self, i: usize) -> Option<Found> {
        let d = self.day_number_at(i)?;
        // "12-14 July", "from 15 to 22 February", "between 3 and 5 May".
        if !joins_range(self.lw(i + 1).as_str()) {
            return None;
        }
        let last = self.day_month(i + 2).or_else(|| self.bare_ordinal_of_month(i + 2))?;
        match last.value {
            TimexValue::Day { year, month, .. } => {
                let f = Found::new(i + 1, TimexValue::Day { year, month, day: d });
                Some(if last.explicit_year { f.explicit() } else { f })
            }
            _ => None,
        }
    }

    /// `3-4 May` · `12–14 July 1950` written as one token (the first day).
    pub(super) fn day_range_month(&self, i: usize) -> Option<Found> {
        let (a, b) = self.a.word(i).split_once(['-', '–'])?;
        let d = words::day_of_month(a)?;
        words::day_of_month(b)?;
        let m = self.month_at(i + 1)?;
        self.day_value(i, i + 2, m, d)
    }

    /// `the 14th` · `the fifth` at `j`, after a month: the day of the month (an ordinal, in
    /// digits or a word; a word ordinal before a noun or `of` counts something else).
    fn the_nth_day(&self, j: usize) -> Option<i8> {
        if !self.is(j, "the") {
            return None;
        }
        let w = self.lw(j + 1);
        let n = match self.kind(j + 1)? {
            TokenKind::Number => words::day_of_month(w.as_str()).filter(|_| words::ordinal(w.as_str()).is_some())?,
            // Not "in December the first of the groups", "in May the first troops", "by May the
            // Second Squadron".
            TokenKind::Word if self.lower_word(j + 1) && !self.is(j + 2, "of") && !self.noun_follows(j + 2) => {
                i8::try_from(words::ordinal(w.as_str())?).ok()?
            }
            _ => return None,
        };
        (1..=31).contains(&n).then_some(n)
    }

    /// `July 30, 2022` · `Jul. 30` · `June 2022` · `February` (a month needs a day, a year or a
    /// preposition before it, so "may" the verb and "April Ryan" stay out).
    pub(super) fn month_phrase(&self, i: usize, m: i8) -> Option<Found> {
        if !self.date_name(i) {
            return None;
        }
        let next = self.a.word(i + 1);
        if self.kind(i + 1) == Some(TokenKind::Number) {
            if let Some(d) = words::day_of_month(next) {
                return self.day_value(i, i + 2, m, d);
            }
            // "April 6-7" (a range of days in one token): the first day.
            if let Some((a, b)) = next.split_once(['-', '–']) {
                if let (Some(d), Some(_)) = (words::day_of_month(a), words::day_of_month(b)) {
                    return self.day_value(i, i + 2, m, d);
                }
            }
        }
        // "March the 14th", "January the fifth"
        if let Some(d) = self.the_nth_day(i + 1) {
            return self.day_value(i, i + 3, m, d);
        }
        let j = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        if let Some(Found { end, value: TimexValue::Year(y), .. }) =
            self.year_number(i + 1).filter(|_| self.kind(i + 1) == Some(TokenKind::Word))
        {
            return Some(Found::new(end, TimexValue::Month { year: Some(y), month: m }).explicit());
        }
        if let Some((end, y)) = self.year_after(j) {
            return Some(Found::new(end, TimexValue::Month { year: Some(y), month: m }).explicit());
        }
        if let Some((end, year)) = self.of_that_year(i + 1) {
            return Some(Found::new(end, TimexValue::Month { year, month: m }));
        }
        if let Some(y) = self.relative_year(j) {
            return Some(Found::new(j + 2, TimexValue::Month { year: Some(y), month: m }));
        }
        let p = self.prev(i);
        let w = self.lw(i);
        if !self.cap(i) && !month_preposition(p.as_str()) {
            return None; // "an august body": a lower-case month alone needs a preposition ("since june")
        }
        let risky = matches!(w.as_str(), "may" | "march") || self.kind(i) == Some(TokenKind::Abbreviation);
        // "the March accession", "the May elections": a month naming the time of a noun.
        let attributive = p.as_str() == "the" && self.noun_follows(i + 1);
        // ("January Jones" is a name; "in January Secretary Shultz told" a month before one.)
        let name_after = self.cap(i + 1) && self.kind(i + 1) == Some(TokenKind::Word);
        if (risky && !month_preposition(p.as_str()) && !attributive)
            || name_after && (risky || !month_preposition(p.as_str()))
        {
            return None;
        }
        if p.as_str().is_empty() && self.kind(i + 1) != Some(TokenKind::Punct) && !month_preposition(p.as_str()) {
            // A sentence-initial month needs a preposition or punctuation after it.
            if !matches!(self.lw(i + 1).as_str(), "was" | "is" | "saw" | "has" | "brought") {
                return None;
            }
        }
        let year = self.range_year(i + 1, m).or_else(|| self.year_for(i, m));
        Some(Found::new(i + 1, TimexValue::Month { year, month: m }))
    }

    /// A day of the month named by `this month` · `last month` · `next month` at `j`.
    pub(super) fn relative_month(&self, j: usize) -> Option<Date> {
        calendar::step(self.doc?, self.relative_step(j, "month")?, Unit::Month)
    }

    /// `this year` · `last year` · `next year` after a month ("January this year").
    pub(super) fn relative_year(&self, j: usize) -> Option<i16> {
        let step = i16::try_from(self.relative_step(j, "year")?).ok()?;
        self.doc.map(|d| d.year() + step)
    }

    /// The step of `this` (0), `last` (-1) or `next` (1) at `j` before the unit word `unit`:
    /// `last month`, `next year`.
    fn relative_step(&self, j: usize, unit: &str) -> Option<i64> {
        let step = match self.lw(j).as_str() {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        self.is(j + 1, unit).then_some(step)
    }

    /// `nineteen ninety-six` · `January nineteen ninety-seven` (spoken years in transcripts).
    pub(super) fn spoken_year(&self, i: usize) -> Option<Found> {
        let century = words::number_word(self.lw(i).as_str()).filter(|n| (11..=20).contains(n))?;
        let rest = words::number_word(self.lw(i + 1).as_str()).filter(|n| (10..100).contains(n))?;
        let y = i16::try_from(century * 100 + rest).ok()?;
        Some(Found::new(i + 2, TimexValue::Year(y)))
    }

    /// `two thousand` · `two thousand and one` · `two thousand five` (spoken years 2000–2099; only
    /// where a year is expected, after `the year` or a month: "two thousand" alone is a number).
    pub(super) fn spoken_thousands(&self, i: usize) -> Option<Found> {
        if !self.is(i, "two") || !self.is(i + 1, "thousand") {
            return None;
        }
        let j = if self.is(i + 2, "and") { i + 3 } else { i + 2 };
        match words::number_word(self.lw(j).as_str()).filter(|n| *n < 100) {
            Some(n) => Some(Found::new(j + 1, TimexValue::Year(2000 + n as i16))),
            None => Some(Found::new(i + 2, TimexValue::Year(2000))),
        }
    }

    /// `30 July 2022` · `22 July` · `30th July`.
    pub(super) fn day_month(&self, i: usize) -> Option<Found> {
        let d = words::day_of_month(self.a.word(i))?;
        // "14 Mar 2024": an undotted short month only before a year.
        let short = || words::month_in_date(self.lw(i + 1).as_str()).filter(|_| self.year_after(i + 2).is_some());
        let m = words::month(self.lw(i + 1).as_str()).or_else(short).filter(|_| self.date_name(i + 1))?;
        self.day_value(i, i + 2, m, d)
    }

    /// `the 30th of July` · `the first of April` (from the ordinal).
    pub(super) fn ordinal_of_month(&self, i: usize) -> Option<Found> {
        let d = match self.kind(i) {
            Some(TokenKind::Number) => words::day_of_month(self.a.word(i))?,
            // "the first of April", "the twenty-second of June"
            _ => i8::try_from(words::ordinal(self.lw(i).as_str()).filter(|n| (1..=31).contains(n))?).ok()?,
        };
        if !self.is(i + 1, "of") {
            return None;
        }
        if let Some(y) = self.relative_month(i + 2) {
            // "the 15th of this month", "the 3rd of next month"
            let day = Date::new(y.year(), y.month(), d).ok()?;
            return Some(Found::new(i + 4, TimexValue::day(day)));
        }
        if let Some((end, month)) = self.of_that_month(i + 1) {
            let day = Date::new(month.year(), month.month(), d).ok()?;
            return Some(Found::new(end, TimexValue::day(day)));
        }
        let m = self.month_at(i + 2)?;
        self.day_value(i, i + 3, m, d)
    }

    /// `1st of March` · `3rd of next month` (a day written as an ordinal in digits, without
    /// `the`; "1 of March" without the ordinal ending stays out).
    pub(super) fn bare_ordinal_of_month(&self, i: usize) -> Option<Found> {
        words::ordinal(self.a.word(i)).filter(|_| self.kind(i) == Some(TokenKind::Number))?;
        self.ordinal_of_month(i)
    }

    /// `of that month` · `of the same month` at `j`, after a day ("the 28th of that month"): the
    /// end and the month of the last date in the text, when that date has a month.
    pub(super) fn of_that_month(&self, j: usize) -> Option<(usize, Date)> {
        let k = match self.lw(j + 1).as_str() {
            "that" if self.is(j + 2, "same") => j + 3,
            "that" => j + 2,
            "the" if self.is(j + 2, "same") => j + 3,
            _ => return None,
        };
        let anchored = self.anchor.filter(|_| self.anchor_is_day || self.anchor_is_month)?;
        (self.is(j, "of") && self.is(k, "month")).then_some((k + 1, anchored))
    }

    /// `2019` where a year is meant: after a preposition, or standing alone before punctuation.
    pub(super) fn bare_year(&self, i: usize) -> Option<Found> {
        let t = self.a.tokens.get(i)?;
        if !t.is(Flags::ALL_DIGITS) {
            return None;
        }
        let y = words::year(self.a.word(i))?;
        let p = self.prev(i);
        let after_prep = year_preposition(p.as_str());
        // In a story of other centuries, a year near the story's ("the 1777 campaign").
        let plausible = (1900..=2099).contains(&y) || self.narrative_year.is_some_and(|s| (s - y).abs() <= 100);
        let next_ok = match self.a.tokens.get(i + 1) {
            None => true,
            // A year alone on its line: a heading ("1936").
            Some(n) if n.is(Flags::NEWLINE_BEFORE) => true,
            Some(n) => {
                matches!(
                    n.kind,
                    TokenKind::Punct | TokenKind::Terminal | TokenKind::Possessive | TokenKind::CloseBracket
                ) || matches!(self.lw(i + 1).as_str(), "and" | "or" | "to" | "through" | "when" | "as")
            }
        };
        // "its 1989 results", "the company's 1989 results" (not "Kopp's 1987 Chevrolet", a model).
        let determiner = matches!(p.as_str(), "the" | "a" | "its" | "their" | "his" | "her" | "this" | "that")
            || (self.is_possessive(i.wrapping_sub(1)) && !self.cap(i + 1));
        // A range of years: 1861-1863.
        let range = (is_dash(self.a.word(i + 1)) && words::year(self.a.word(i + 2)).is_some())
            || (i >= 2 && is_dash(self.a.word(i - 1)) && words::year(self.a.word(i - 2)).is_some());
        let prev_ok = i == 0
            || !self.cap(i - 1)
            || after_prep
            || matches!(self.kind(i - 1), Some(TokenKind::Punct | TokenKind::OpenBracket));
        // "1987 saw a new offensive" (a four-digit number opening a sentence is a year: news writes
        // counts that large with a comma); "as late as 1781".
        let opens = self.opens_sentence(i) && self.lower_word(i + 1);
        let as_far = p.as_str() == "as" && matches!(self.lw(i.wrapping_sub(2)).as_str(), "early" | "late");
        let after_prep = after_prep || as_far || (opens && plausible);
        let money = matches!(self.kind(i.wrapping_sub(1)), Some(TokenKind::Symbol));
        let between_words = plausible && (self.year_between_words(i) || self.year_of_event(i + 1));
        // "1986 year net", "the same 1985 month", "the last six 1986 months".
        let before_unit = words::unit(self.lw(i + 1).as_str()).is_some_and(|u| self.year_before_unit(i, u.plural));
        if self.counts_people_or_things(i) {
            return None;
        }
        (((after_prep || range) && !money)
            || ((determiner || between_words || before_unit) && plausible)
            || (plausible && next_ok && prev_ok && !money))
            .then(|| Found::new(i + 1, TimexValue::Year(y)).explicit())
    }

    /// True when the number at `i` counts something rather than naming a year: before a plural
    /// noun of people or things (`the 2020 employees`, `some 2000 people`) or after the `of` of a
    /// group (`a crowd of 2000`).
    fn counts_people_or_things(&self, i: usize) -> bool {
        // "in 2000 voters chose...": after a preposition of time the number stays a year.
        let time_word = matches!(self.prev(i).as_str(), "in" | "since" | "until" | "during" | "before" | "after");
        let counted = words::count_noun(self.lw(i + 1).as_str()) && !self.cap(i + 1) && !time_word;
        let of_group = self.is(i.wrapping_sub(1), "of") && words::group_noun(self.lw(i.wrapping_sub(2)).as_str());
        counted || of_group
    }

    /// True when a noun of a yearly event stands at `k`, after a year: "[the Formula One 2024]
    /// season", "[the 2022] census" (also after a capitalized name).
    fn year_of_event(&self, k: usize) -> bool {
        matches!(
            self.lw(k).as_str(),
            "season" | "census" | "budget" | "election" | "elections" | "campaign" | "edition"
        ) && !self.cap(k)
    }

    /// True when the number at `i` stands between lower-case words, not after a word that makes
    /// it a count nor before a plural noun: "his unsuccessful 1996 campaign", "a secret 1902
    /// pact", "what happened in 1989 was" (a verb ending in -s is no plural); not "about 1950
    /// people", "sold 2000 tickets".
    fn year_between_words(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let count_word = matches!(
            self.lw(p).as_str(),
            "about"
                | "some"
                | "nearly"
                | "almost"
                | "over"
                | "than"
                | "only"
                | "just"
                | "roughly"
                | "approximately"
                | "around"
                | "least"
                | "of"
                | "to"
                | "and"
                | "or"
                | "by"
                | "number"
                | "no"
                | "all"
                | "extra"
        );
        // "sold 2000 tickets": a plural noun after the number counts it.
        let next = self.lw(i + 1);
        let plural = next.as_str().ends_with('s') && !matches!(next.as_str(), "is" | "was" | "has" | "as");
        self.lower_word(p) && self.lower_word(i + 1) && !count_word && !plural && words::unit(next.as_str()).is_none()
    }

    /// `1990s` (a decade);
    /// A range of years in one token: `1915-17` · `1990-94` · `2007-08` · `1914-1918` · `499-493
    /// BC`. The mention is the token (a mention is whole tokens) and its value the first year, or
    /// before the common era the last one, whose era is written.
    pub(super) fn year_range(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.split_year(i) {
            return Some(f);
        }
        let (a, b) = self.a.word(i).split_once(['-', '–'])?;
        let digits_only = a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit());
        if !digits_only || !(3..=4).contains(&a.len()) || !(2..=4).contains(&b.len()) {
            return None;
        }
        let (first, last) = (words::digits(a)?, words::digits(b)?);
        let year = i16::try_from(first).ok()?;
        if self.is_era(i + 1) {
            // "499-493 BC": the era word written belongs to the last year, which the value takes.
            let last = i16::try_from(last).ok()?;
            return (last < year).then(|| Found::new(i + 2, TimexValue::Year(-last)).explicit());
        }
        // The last year written short takes the first year's century: 1915-17 ends in 1917.
        let scale = 10_u32.checked_pow(u32::try_from(b.len()).ok()?)?;
        if b.len() != 2 && b.len() != a.len() {
            return None; // "2023-114", a serial number
        }
        let last = if b.len() < a.len() { first / scale * scale + last } else { last };
        let plausible = (1000..=2099).contains(&first) && first < last && last - first <= 100;
        plausible.then(|| Found::new(i + 1, TimexValue::Year(year)).explicit())
    }

    /// A day written at `k`: `March 6` · `6 March 2000` · `Oct. 23, 1998`.
    pub(super) fn written_day(&self, k: usize) -> Option<Found> {
        let f = match words::month(self.lw(k).as_str()) {
            Some(m) => self.month_phrase(k, m)?,
            None => self.day_month(k)?,
        };
        matches!(f.value, TimexValue::Day { .. }).then_some(f)
    }

    /// A day written as one number at `k`: `2015-12-02` · `12/02/2015` · `12-02-2015`.
    pub(super) fn numeric_day(&self, k: usize) -> Option<Found> {
        if self.kind(k) != Some(TokenKind::Number) {
            return None;
        }
        let f = self.iso_date(k).or_else(|| self.slashed_date(k))?;
        matches!(f.value, TimexValue::Day { .. }).then_some(f)
    }
}

/// The separator of a numeric date token: `/` in `12/02/2015`, `-` in `12-02-2015` (read like
/// the slashed form; ISO `2015-02-12` is matched before), else `.` (`30.07.2022`).
fn date_separator(w: &str) -> char {
    ['/', '-'].into_iter().find(|&c| w.contains(c)).unwrap_or('.')
}

/// Words after which a capitalized month name is a month, not a verb or name ("in May").
fn month_preposition(w: &str) -> bool {
    year_preposition(w) || matches!(w, "last" | "next" | "this" | "on" | "into" | "at" | "each" | "every" | "that")
}

#[cfg(test)]
mod tests {
    use super::super::value;

    #[test]
    fn dashed_numeric_dates() {
        assert_eq!(value("12-02-2015", "2015-02-14"), "2015-12-02");
        assert_eq!(value("2-12-2015", "2015-02-14"), "2015-02-12");
        assert_eq!(value("25-12-2015", "2015-02-14"), "2015-12-25");
        assert_eq!(value("12/02/15", "2015-02-14"), "2015-12-02");
        assert_eq!(value("a 10-6-2 record", "2015-02-14"), "");
        assert_eq!(value("13-13-2015", "2015-02-14"), "");
    }

    #[test]
    fn iso_times_keep_written_seconds() {
        assert_eq!(value("2015-02-12T10:56:00Z", "2015-02-14"), "2015-02-12T10:56:00");
        assert_eq!(value("2015-02-13T10:56:12.123Z", "2015-02-14"), "2015-02-13T10:56:12.123");
        assert_eq!(value("2015-02-13 10:56:12.123", "2015-02-14"), "2015-02-13T10:56:12.123");
        assert_eq!(value("2015-02-13T10:56:12.8", "2015-02-14"), "2015-02-13T10:56:12.8");
        assert_eq!(value("2015-02-13T10:56:12.000Z", "2015-02-14"), "2015-02-13T10:56:12");
        assert_eq!(value("2015-02-12T10:56Z", "2015-02-14"), "2015-02-12T10:56");
    }

    #[test]
    fn ranges_of_ordinal_days_of_a_month() {
        assert_eq!(value("from 13th to 15th of July", "2022-07-30"), "2022-07-13");
        assert_eq!(value("between 3rd and 5th of next month", "2022-07-30"), "2022-08-03");
    }

    #[test]
    fn lower_case_months() {
        assert_eq!(value("on october 2nd", "2022-07-30"), "2022-10-02");
        assert_eq!(value("born 15th february", "2022-07-30"), "2022-02-15");
        assert_eq!(value("born march 3 2015", "2022-07-30"), "2015-03-03");
        assert_eq!(value("may 5, 2021", "2022-07-30"), "2021-05-05");
        assert_eq!(value("on march 3", "2022-07-30"), "2022-03-03");
        assert_eq!(value("in march 2019", "2022-07-30"), "2019-03");
        assert_eq!(value("since june", "2022-07-30"), "2022-06");
        assert_eq!(value("born on oct. 3, 2019", "2022-07-30"), "2019-10-03");
        assert_eq!(value("they may 5 times", "2022-07-30"), "");
        assert_eq!(value("we march on", "2022-07-30"), "");
        assert_eq!(value("an august institution", "2022-07-30"), "");
        assert_eq!(value("on the 3rd of march", "2022-07-30"), "2022-03-03");
        assert_eq!(value("due may 1st", "2022-07-30"), "2023-05-01");
        assert_eq!(value("in mid-june", "2022-07-30"), "2022-06 MID");
        assert_eq!(value("in may", "2022-07-30"), "");
    }

    #[test]
    fn ordinal_day_of_a_month_without_the() {
        assert_eq!(value("on 1st of March", "2022-07-30"), "2022-03-01");
        assert_eq!(value("by 3rd of next month", "2022-07-30"), "2022-08-03");
        assert_eq!(value("1 of March", "2022-07-30"), "2022-03");
    }

    #[test]
    fn years_of_the_common_era() {
        assert_eq!(value("in AD 70", "2022-07-30"), "0070");
        assert_eq!(value("in 70 AD", "2022-07-30"), "0070");
        assert_eq!(value("in A.D. 1066", "2022-07-30"), "1066");
        assert_eq!(value("in 212 CE", "2022-07-30"), "0212");
        assert_eq!(value("ran an AD 30 times", "2022-07-30"), "");
    }
}
