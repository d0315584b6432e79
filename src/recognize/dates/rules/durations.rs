//! Amounts of time: counts and units (`three years`, `a fortnight`), halves, pairs, ranges and
//! bounds (`two and a half hours`, `more than a decade`), and dates counted from an amount (`two
//! days ago`, `a week from Friday`).

use super::{day_offset, is_dash, Found, Scanner, QUARTER_REACH};
use crate::recognize::dates::calendar::{self, Tense};
use crate::recognize::dates::tense;
use crate::recognize::dates::value::{Reference, TimexValue, Unit};
use crate::recognize::dates::words::{self, UnitWord};
use crate::text::{Flags, TokenKind};

impl<'s, 't> Scanner<'s, 't> {
    /// A cardinal at `i`: `48`, `three`, `twenty four`, `a`, `several` (`None` amount = vague),
    /// times `hundred` or `thousand` after it (`a hundred`, `two thousand`).
    pub(super) fn cardinal(&self, i: usize) -> Option<(usize, Option<u32>)> {
        let (j, n) = self.simple_cardinal(i)?;
        let times = match self.lw(j).as_str() {
            "hundred" => 100,
            "thousand" => 1000,
            _ => return Some((j, n)),
        };
        match n {
            Some(n) if j > i && n < 1000 && self.kind(i) != Some(TokenKind::Number) => Some((j + 1, Some(n * times))),
            _ => Some((j, n)),
        }
    }

    /// A cardinal without `hundred` or `thousand` after it.
    pub(super) fn simple_cardinal(&self, i: usize) -> Option<(usize, Option<u32>)> {
        let lw = self.lw(i);
        let w = lw.as_str();
        if self.kind(i) == Some(TokenKind::Number) {
            return words::digits(w).map(|n| (i + 1, Some(n)));
        }
        if let Some(n) = words::number_word(w) {
            if n >= 20 && n % 10 == 0 {
                if let Some(o) = words::number_word(self.lw(i + 1).as_str()).filter(|&o| o < 10) {
                    return Some((i + 2, Some(n + o)));
                }
            }
            return Some((i + 1, Some(n)));
        }
        match w {
            "a" | "an" if self.is(i + 1, "few") => Some((i + 2, None)),
            "a" if self.is(i + 1, "couple") && self.is(i + 2, "of") => Some((i + 3, Some(2))),
            "couple" if self.is(i + 1, "of") => Some((i + 2, Some(2))),
            "a" | "an" | "one" => Some((i + 1, Some(1))),
            "several" | "few" | "many" | "some" => Some((i + 1, None)),
            _ => None,
        }
    }

    /// A count and a unit: `three years`, `48 hours`, `a decade`, `several months`, `two-week`.
    pub(super) fn count_unit(&self, i: usize) -> Option<(usize, Option<u32>, Unit)> {
        if let Some(x) = self.hyphen_count_unit(i) {
            return Some(x);
        }
        let (j, n) = self.cardinal(i)?;
        // "eight trading days", "two more weeks", "an additional year".
        let j = if unit_modifier(self.lw(j).as_str()) && words::unit(self.lw(j + 1).as_str()).is_some() {
            j + 1
        } else {
            j
        };
        let u = words::unit(self.lw(j).as_str())?;
        let (unit, plural, n) = (u.unit, u.plural, n.map(|n| u.count(n))); // "a fortnight": two weeks
        if self.kind(i) == Some(TokenKind::Number) && self.cap(j) {
            return None; // a title: "60 Minutes"
        }
        let article = j == i + 1 && matches!(self.lw(i).as_str(), "a" | "an" | "one");
        if article && (plural || unit == Unit::Second) {
            return None;
        }
        if (!plural && n.is_none()) || (unit == Unit::Quarter && n.is_some_and(|n| n >= 1000)) {
            return None;
        }
        if self.year_before_unit(i, plural) {
            return None; // "the 1986 year", "the first two 1987 months": a year, no count
        }
        if unit == Unit::Quarter && self.fraction_of(j + 1) {
            return None; // "a quarter of the market"
        }
        Some((j + 1, n, unit))
    }

    /// True when the four digits at `i` before a unit name a year, not a count: before a unit in
    /// the singular (`[the] 1986 year`, `1985 year net`), or after another count (`[the first
    /// two] 1987 months`). A count of a thousand or more takes the plural ("2000 years") and is
    /// seldom counted twice.
    pub(super) fn year_before_unit(&self, i: usize, plural: bool) -> bool {
        let year = self.kind(i) == Some(TokenKind::Number) && words::year(self.a.word(i)).is_some();
        year && (!plural || i.checked_sub(1).is_some_and(|k| self.simple_cardinal(k).is_some_and(|(e, _)| e == i)))
    }

    /// True when `of` and a determiner at `k` make the quarter before it a fraction of something
    /// other than a year: "a quarter of the market", "three quarters of its sales" (not "a
    /// quarter of the year", nor "several quarters of losses", a span).
    fn fraction_of(&self, k: usize) -> bool {
        let determiner = matches!(
            self.lw(k + 1).as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "all" | "those" | "these" | "this" | "that"
        );
        let year_follows = matches!(self.lw(k + 2).as_str(), "year" | "century" | "decade" | "hour");
        self.is(k, "of") && determiner && !year_follows
    }

    /// A hyphenated count and unit in one token: `two-week`, `10-year`, `24-hour`.
    fn hyphen_count_unit(&self, i: usize) -> Option<(usize, Option<u32>, Unit)> {
        let lw = self.lw(i);
        let (num, unit) = lw.as_str().rsplit_once('-')?;
        let u = words::unit(unit)?;
        // "several-year", "multi-year": an unknown count.
        let n = match num {
            "several" | "multi" | "many" | "few" => None,
            _ => Some(u.count(words::digits(num).or_else(|| words::number_word(num))?)),
        };
        (!u.plural).then_some((i + 1, n, u.unit))
    }

    /// `three years` (DURATION), `two days ago` (DATE), `two days later` (DATE from the last date).
    pub(super) fn amount_phrase(&self, i: usize) -> Option<Found> {
        let (j, n, unit) = self.count_unit(i)?;
        if let Some(f) = self.units_per(j, n, unit) {
            return Some(f);
        }
        if self.is(j, "or") && self.is(j + 1, "so") {
            // "a week or so ago", "two years or so": the amount is approximate.
            let f = self.counted(i, j + 2, n, unit)?;
            return Some(if f.modifier.is_none() { f.with_mod("APPROX") } else { f });
        }
        if let Some((end, n, unit)) = self.quarters_of(j, n, unit) {
            return self.counted(i, end, Some(n), unit);
        }
        self.amount_pair(j, n, unit).or_else(|| self.counted(i, j, n, unit))
    }

    /// `two to three years` · `[between] two and four weeks`: a range of amounts of one unit,
    /// the word `joiner` (`to`, or `and` after `between`) between them: one duration, valued at
    /// the upper amount (TimeML has no value for a range). The convention for every range or
    /// alternative of amounts: its upper amount, as TimeBank values "two or three years" (`P3Y`,
    /// where the extent keeps only the last amount, as the dev data prefer) and as a date counted
    /// from a range goes by it ("two to three years ago" is three years back).
    pub(super) fn amount_range(&self, i: usize, joiner: &str) -> Option<Found> {
        let (j, n) = self.simple_cardinal(i)?;
        let joined = self.is(j, joiner) || (joiner == "to" && is_dash(self.a.word(j)));
        if !joined || self.kind(j + 1) != self.kind(i) {
            return None;
        }
        let (end, m, unit) = self.count_unit(j + 1)?;
        self.range_of_amounts(j + 1, end, n?, m?, unit)
    }

    /// `2-3 weeks` · `3–5 days`: a range of amounts written in one token, valued like
    /// [`Scanner::amount_range`] at the upper amount, and so is a date counted from it (`2-3
    /// weeks ago`).
    pub(super) fn dashed_amount_range(&self, i: usize) -> Option<Found> {
        let (a, b) = self.a.word(i).split_once(['-', '–'])?;
        let short = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
        if !short(a) || !short(b) {
            return None;
        }
        let u = words::unit(self.lw(i + 1).as_str()).filter(|u| u.plural)?;
        let (n, m) = (u.count(words::digits(a)?), u.count(words::digits(b)?));
        let counted = || self.counted(i, i + 2, Some(m), u.unit).filter(|_| m > n);
        self.range_of_amounts(i, i + 2, n, m, u.unit).or_else(counted)
    }

    /// The duration of a range from `lower` to `upper` of `unit` (its upper amount), the upper
    /// amount written at `k..end`: none when the upper amount is no larger, or counts a date
    /// (`two to three years ago` is the date three years back).
    fn range_of_amounts(&self, k: usize, end: usize, lower: u32, upper: u32, unit: Unit) -> Option<Found> {
        if upper <= lower {
            return None;
        }
        match self.counted(k, end, Some(upper), unit)?.value {
            TimexValue::Duration { .. } => Some(Found::new(end, TimexValue::Duration { amount: Some(upper), unit })),
            _ => None,
        }
    }

    /// `the better part of a decade` · `the better part of two years`: less than the amount
    /// after it (mod `LESS_THAN`).
    pub(super) fn better_part(&self, i: usize) -> Option<Found> {
        if !self.is(i + 1, "better") || !self.is(i + 2, "part") || !self.is(i + 3, "of") {
            return None;
        }
        let (end, n, unit) = self.count_unit(i + 4)?;
        n?;
        Some(Found::new(end, TimexValue::Duration { amount: n, unit }).with_mod("LESS_THAN"))
    }

    /// `[a quarter] of a century` (25 years) · `[three quarters] of an hour` (45 minutes): `n`
    /// quarters of the unit after `of a` at `j`, in the unit a quarter of it is counted in.
    fn quarters_of(&self, j: usize, n: Option<u32>, unit: Unit) -> Option<(usize, u32, Unit)> {
        if unit != Unit::Quarter || !self.is(j, "of") || !matches!(self.lw(j + 1).as_str(), "a" | "an") {
            return None;
        }
        let UnitWord { unit: whole, plural: false, .. } = words::unit(self.lw(j + 2).as_str())? else {
            return None;
        };
        let (per_quarter, small) = match whole {
            Unit::Century => (25, Unit::Year),
            Unit::Year => (3, Unit::Month),
            Unit::Hour => (15, Unit::Minute),
            _ => return None,
        };
        Some((j + 3, n?.checked_mul(per_quarter)?, small))
    }

    /// `[two years] and three months` · `[an hour] and 20 minutes` · `[2 hours], 5 minutes`: a second, smaller amount
    /// after the amount `n` of `unit` that ends at `j` (none when a date is counted from the
    /// pair: "a year and two months ago").
    fn amount_pair(&self, j: usize, n: Option<u32>, unit: Unit) -> Option<Found> {
        let rank = unit.pair_rank()?;
        if !self.is(j, "and") && self.a.word(j) != "," {
            return None;
        }
        let (k, m, small) = self.count_unit(j + 1)?;
        if small.pair_rank()? >= rank {
            return None;
        }
        if self.is(k, "ago") {
            // "a year and two months ago": counted back in the smaller unit.
            let total = i64::from(n?) * i64::from(unit.in_units_of(small)?) + i64::from(m?);
            return Some(Found::new(k + 1, self.relative_period(-total, small)).doc_relative());
        }
        if matches!(self.lw(k).as_str(), "later" | "earlier" | "before" | "after" | "from") {
            return None;
        }
        Some(Found::new(k, TimexValue::DurationPair { first: (n?, unit), second: (m?, small) }))
    }

    /// An amount `n` of `unit` written at `i..j` and what follows it: a duration, or a date
    /// counted back or forth (`ago`, `later`, `from now`).
    fn counted(&self, i: usize, j: usize, n: Option<u32>, unit: Unit) -> Option<Found> {
        let after = self.lw(j);
        // "a week from tomorrow", "two weeks on Monday" (British: from the coming Monday).
        let weekday_on = matches!(after.as_str(), "on" | "last")
            && unit == Unit::Week
            && words::weekday(self.lw(j + 1).as_str()).is_some();
        if after.as_str() == "from" || (weekday_on && !self.is_possessive(j + 2)) {
            if let Some(f) = self.counted_from_day(j, n, unit) {
                return Some(f);
            }
        }
        let sign: i64 = match after.as_str() {
            // An age ("52 years old", "18 to 24 year olds") is no temporal expression in TimeBank.
            "old" | "olds" if unit == Unit::Year => return None,
            "ago" => -1,
            "earlier" | "previously" => -2,
            // "two days before." (not "two days before the vote").
            "before" | "prior" if !self.a.tokens.get(j + 1).is_some_and(|t| t.is_wordlike()) => -2,
            "later" => 2,
            // "two weeks from now", "a year from today", "[in] two weeks' time".
            "from" if matches!(self.lw(j + 1).as_str(), "now" | "today") => 1,
            _ if self.is_possessive(j) && self.is(j + 1, "time") => 1,
            // "seven days hence", "in three days time" (the apostrophe left out).
            "hence" => 3,
            "time"
                if self.prev(i).as_str() == "in" && words::unit(self.lw(j - 1).as_str()).is_some_and(|u| u.plural) =>
            {
                3
            }
            _ => return Some(Found::new(j, TimexValue::Duration { amount: n, unit })),
        };
        let count = i64::from(n.unwrap_or(1));
        let sentence = self.a.sentence_of(i);
        let near = self.quarter_anchor.filter(|&(_, s)| s + QUARTER_REACH >= sentence).map(|(d, _)| d);
        if let (Some(q), Unit::Year, true) = (near, unit, sign < 0) {
            // "a year earlier" beside a quarter: the same quarter that many years before.
            let d = calendar::step(q, -count, Unit::Year)?;
            return Some(Found::new(j + 1, calendar::period(d, Unit::Quarter)));
        }
        let unit = if matches!(unit, Unit::Decade | Unit::Century) && n.is_some() { Unit::Year } else { unit };
        let count = if unit == Unit::Year { count * i64::from(self.year_factor(i, j)) } else { count };
        // "24 hours later", "48 hours earlier": whole days, counted as days.
        let (count, unit) = if unit == Unit::Hour && count % 24 == 0 { (count / 24, Unit::Day) } else { (count, unit) };
        if sign.abs() == 2 && n.is_some() && below_day(unit) {
            return Some(Found::new(j, TimexValue::Duration { amount: n, unit }));
        }
        let value = match (sign, n) {
            (-1, Some(_)) => return Some(Found::new(j + 1, self.relative_period(-count, unit)).doc_relative()),
            (-1, None) => TimexValue::Reference(Reference::Past),
            (1, Some(_)) => return Some(Found::new(j + 2, self.relative_period(count, unit)).doc_relative()),
            (1, None) => return Some(Found::new(j + 2, TimexValue::Reference(Reference::Future))),
            (3, Some(_)) => return Some(Found::new(j + 1, self.relative_period(count, unit)).doc_relative()),
            (3, None) => return Some(Found::new(j + 1, TimexValue::Reference(Reference::Future))),
            (s, Some(_)) => {
                // "two days later" counts from the last date; "a year earlier" too in a narrative
                // or beside that date, otherwise from the document date.
                let near = self.narrative || self.anchor_sentence + 1 >= self.a.sentence_of(i);
                let base = if s > 0 || near { self.anchor.or(self.doc)? } else { self.doc.or(self.anchor)? };
                calendar::period(calendar::step(base, count * s.signum(), unit)?, unit)
            }
            // "a few days later": no date to count to; the span, without the word.
            _ => TimexValue::Duration { amount: None, unit },
        };
        if matches!(value, TimexValue::Duration { .. }) {
            return Some(Found::new(j, value));
        }
        Some(Found::new(j + 1, value))
    }

    /// `[a week] from tomorrow` · `[ten days] from Friday` (an amount `n` of `unit` counted from
    /// the day named after `from` at `j`; a day at the day's precision).
    fn counted_from_day(&self, j: usize, n: Option<u32>, unit: Unit) -> Option<Found> {
        let n = i64::from(n?);
        let k = j + 1;
        let w = self.lw(k);
        // "a week last Tuesday" (British): that many weeks before the last such day.
        let tense = if self.is(j, "last") { Tense::Past } else { Tense::Future };
        let day = match (day_offset(w.as_str()), self.weekday_at(k)) {
            (Some(off), _) => calendar::step(self.doc?, off, Unit::Day)?,
            (None, Some(wd)) => calendar::weekday(self.doc?, wd, tense, false),
            _ => return None,
        };
        let d = calendar::step(day, if tense == Tense::Past { -n } else { n }, unit)?;
        let precision = if matches!(unit, Unit::Day | Unit::Week) { Unit::Day } else { unit };
        Some(Found::new(k + 1, calendar::period(d, precision)).doc_relative())
    }

    /// How many years the first unit at `i..j` is (10 for "decades", 100 for "centuries").
    fn year_factor(&self, i: usize, j: usize) -> u32 {
        (i..j)
            .find_map(|k| match words::unit(self.lw(k).as_str())?.unit {
                Unit::Decade => Some(10),
                Unit::Century => Some(100),
                _ => Some(1), // "a quarter [of a century]": the first unit counts
            })
            .unwrap_or(1)
    }

    /// A count with a half: `2 1/2 years` · `two and a half hours` · `a year and a half` ·
    /// `half an hour` · `a half hour` (the end, the whole unit words and the unit word).
    fn half_count_unit(&self, i: usize) -> Option<(usize, u32, UnitWord)> {
        let single = |k: usize| words::unit(self.lw(k).as_str()).filter(|u| !u.plural);
        let (end, whole, unit) = match self.lw(i).as_str() {
            "half" if matches!(self.lw(i + 1).as_str(), "a" | "an") => (i + 3, 0, single(i + 2)?),
            "a" | "an" if self.is(i + 1, "half") => (i + 3, 0, single(i + 2)?),
            _ => {
                let (j, n) = self.cardinal(i)?;
                let n = n?;
                if self.a.word(j) == "1/2" || self.and_a_half(j) {
                    let k = if self.a.word(j) == "1/2" { j + 1 } else { j + 3 };
                    (k + 1, n, words::unit(self.lw(k).as_str())?)
                } else if self.and_a_half(j + 1) {
                    // "a year and a half", "two hours and a half"
                    let u = words::unit(self.lw(j).as_str())?;
                    if u.plural == (n == 1) {
                        return None;
                    }
                    (j + 4, n, u)
                } else {
                    return None;
                }
            }
        };
        Some((end, whole, unit))
    }

    /// `and a half` at `j`.
    fn and_a_half(&self, j: usize) -> bool {
        self.is(j, "and") && self.is(j + 1, "a") && self.is(j + 2, "half")
    }

    /// `2 1/2 years` (DURATION `P2Y6M`) · `half an hour` (`PT30M`) · `a fortnight and a half`
    /// (`P3W`) · `a year and a half ago` (DATE, counted in the smaller unit: months).
    pub(super) fn half_amount(&self, i: usize) -> Option<Found> {
        let (end, whole, u) = self.half_count_unit(i)?;
        self.and_a_half_at(end, whole, u)
    }

    /// `whole` units `u` and a half written before `end`: the duration, or the date that long
    /// ago when `ago` follows.
    fn and_a_half_at(&self, end: usize, whole: u32, u: UnitWord) -> Option<Found> {
        let value = TimexValue::and_a_half(whole, u.unit, u.times);
        if self.is(end, "ago") {
            let (n, unit) = match value {
                TimexValue::Duration { amount: Some(n), unit } => (n, unit),
                TimexValue::DurationAndHalf { whole, unit } => {
                    let (half, small) = unit.half()?;
                    (whole.checked_mul(2 * half)?.checked_add(half)?, small)
                }
                _ => return None,
            };
            return Some(self.ago_in(end, n, unit));
        }
        Some(Found::new(end, value))
    }

    /// The date `n` units `unit` before the document date, `ago` at `end`; hours count in whole
    /// days back ("a day and a half ago" is the day before).
    fn ago_in(&self, end: usize, n: u32, unit: Unit) -> Found {
        let (n, unit) = if unit == Unit::Hour { (n / 24, Unit::Day) } else { (n, unit) };
        Found::new(end + 1, self.relative_period(-i64::from(n), unit)).doc_relative()
    }

    /// `1.5 years` (`P1Y6M`) · `2.25 hours` (`PT2H15M`) · `0.5 seconds` (`PT0.5S`) · `3.5 days
    /// ago` (DATE): an amount with a decimal fraction right before its unit. TIMEX3 writes a
    /// decimal only in the smallest unit, so the fraction goes into whole units of the next
    /// smaller unit (a half into a decimal where there is none, as in `P2.5W`); a fraction that
    /// makes no whole smaller units stays a decimal (`1.3 years`: `P1.3Y`).
    pub(super) fn decimal_amount(&self, i: usize) -> Option<Found> {
        let (whole, fraction, denominator) =
            words::decimal(self.a.word(i)).filter(|_| self.kind(i) == Some(TokenKind::Number))?;
        let j = i + 1;
        let u = words::unit(self.lw(j).as_str()).filter(|u| u.times == 1 && !self.cap(j))?;
        if fraction == 0 {
            return self.counted(i, j + 1, Some(whole), u.unit);
        }
        if fraction * 2 == denominator {
            return self.and_a_half_at(j + 1, whole, u);
        }
        let smaller = u.unit.half().and_then(|(_, small)| Some((small, u.unit.in_units_of(small)?)));
        let Some((small, per)) = smaller.filter(|&(_, per)| fraction * per % denominator == 0) else {
            // No whole smaller units: the decimal ("1.3 years"); counted back, the nearest whole
            // unit ("1.3 years ago" is last year).
            if self.is(j + 1, "ago") && !matches!(u.unit, Unit::Decade | Unit::Century) {
                let nearest = whole.checked_add(u32::from(fraction * 2 >= denominator))?;
                return Some(self.ago_in(j + 1, nearest, u.unit));
            }
            return Some(Found::new(j + 1, TimexValue::decimal(whole, fraction, denominator, u.unit)?));
        };
        let part = fraction * per / denominator;
        if self.is(j + 1, "ago") {
            let n = whole.checked_mul(per)?.checked_add(part)?;
            return Some(self.ago_in(j + 1, n, small));
        }
        let value = match whole {
            0 => TimexValue::Duration { amount: Some(part), unit: small },
            _ => TimexValue::DurationPair { first: (whole, u.unit), second: (part, small) },
        };
        Some(Found::new(j + 1, value))
    }

    /// `day-long` · `decades-long` · `weeklong` · `yearlong` · `two-day-long` (an adjective of
    /// duration).
    pub(super) fn long_compound(&self, i: usize, w: &str) -> Option<Found> {
        let stem = w.strip_suffix("-long").or_else(|| w.strip_suffix("long"))?;
        let (amount, unit) = match words::unit(stem) {
            Some(u) => ((!u.plural).then_some(u.times), u.unit),
            None => {
                let (num, unit) = stem.rsplit_once('-')?;
                let u = words::unit(unit).filter(|u| !u.plural)?;
                (Some(u.count(words::digits(num).or_else(|| words::number_word(num))?)), u.unit)
            }
        };
        Some(Found::new(i + 1, TimexValue::Duration { amount, unit }))
    }

    /// A bare plural unit after "for" or "within": `for weeks` (`PXW`); or before `ago`: `months
    /// ago` (a span, with `ago` in the extent, as TimeBank writes it); or an uncounted stretch
    /// of something ([`Scanner::uncounted_of`]).
    pub(super) fn bare_units(&self, i: usize, w: &str) -> Option<Found> {
        let UnitWord { unit, plural, .. } = words::unit(w)?;
        if !plural || unit == Unit::Second {
            return None;
        }
        let p = self.prev(i);
        let span = || Found::new(i + 1, TimexValue::Duration { amount: None, unit });
        if matches!(p.as_str(), "for" | "within" | "in" | "over") || self.uncounted_of(i) {
            return Some(span());
        }
        self.is(i + 1, "ago").then(|| Found { end: i + 2, ..span() })
    }

    /// True when the plural unit at `i` is an uncounted stretch of something, as TimeBank marks
    /// the unit alone (`PXW`): `[after] weeks [of talks]`, `Hours [of debate]`, `[follows]
    /// months [of delays]`. The word before must be no modifier of the unit ("office hours of",
    /// "the early days of"): the unit opens a clause, or follows a preposition of time
    /// (`after`, `amid`), a past verb (`ended`) or a verb in the third person (`follows`). "Days after the vote", "hours later" stay out: both dev corpora mark
    /// them dates, not spans, with values the text rarely gives.
    fn uncounted_of(&self, i: usize) -> bool {
        let clause_start = i == 0
            || self.opens_sentence(i)
            || matches!(
                self.kind(i - 1),
                Some(TokenKind::Punct | TokenKind::Dash | TokenKind::OpenQuote | TokenKind::OpenBracket)
            );
        let p = self.prev(i);
        let verb =
            tense::past_verb(p.as_str()) || (self.lower_word(i.wrapping_sub(1)) && third_person_verb(p.as_str()));
        let before = clause_start || stretch_preposition(p.as_str()) || verb;
        // "weeks of talks", not "days of 1998", "hours of the day" (a fraction), "years of age".
        let of_noun = self.is(i + 1, "of")
            && self.lower_word(i + 2)
            && !matches!(self.lw(i + 2).as_str(), "the" | "a" | "an" | "age" | "this" | "that");
        before && of_noun
    }

    /// Approximate and bounded amounts: `about three weeks`, `more than five years`,
    /// `up to 14 days`, `around 4 p.m.`.
    pub(super) fn approximate(&self, i: usize, w: &str) -> Option<Found> {
        if matches!(w, "just" | "well") && matches!(self.lw(i + 1).as_str(), "over" | "under") {
            // "just under a year", "well over a decade": the adverb in the extent.
            let n = self.lw(i + 1);
            return self
                .approximate(i + 1, n.as_str())
                .filter(|f| f.value.timex_type() == crate::document::TimexType::Duration);
        }
        let (j, m) = match (w, self.lw(i + 1).as_str()) {
            ("more" | "longer", "than") => (i + 2, "MORE_THAN"),
            ("less" | "fewer" | "shorter", "than") => (i + 2, "LESS_THAN"),
            ("at", "least") => (i + 2, "EQUAL_OR_MORE"),
            ("at", "most") => (i + 2, "EQUAL_OR_LESS"),
            ("up", "to") => (i + 2, "EQUAL_OR_LESS"),
            ("no", "more") if self.is(i + 2, "than") => (i + 3, "EQUAL_OR_LESS"),
            ("over", _) => (i + 1, "MORE_THAN"),
            ("nearly" | "almost" | "under", _) => (i + 1, "LESS_THAN"),
            ("about" | "around" | "roughly" | "approximately" | "some", _) => (i + 1, "APPROX"),
            ("circa" | "c." | "ca.", _) => (i + 1, "APPROX"),
            _ => return None,
        };
        if let Some(f) = self.clock(j) {
            return Some(f.with_mod(m));
        }
        if let Some(f) = self.approximate_year(w, j) {
            return Some(f.with_mod(m));
        }
        if m == "MORE_THAN"
            && w == "over"
            && !self.kind(j).is_some_and(|k| k == TokenKind::Number)
            && !matches!(self.lw(j).as_str(), "a" | "an")
        {
            return None;
        }
        if let Some(f) = self.half_amount(j) {
            return Some(f.with_mod(m));
        }
        let (end, n, unit) = self.count_unit(j)?;
        if matches!(self.lw(end).as_str(), "ago" | "later" | "earlier" | "previously") {
            return self.amount_phrase(j).map(|f| f.with_mod(m));
        }
        if let Some(f) = self.amount_pair(end, n, unit) {
            return Some(f.with_mod(m)); // "more than two years and three months"
        }
        Some(Found::new(end, TimexValue::Duration { amount: n, unit }).with_mod(m))
    }

    /// `[around] 1900` · `[circa] 1850` · `[c.] 1850` · `[about] 1900`: a year the year rule
    /// takes at `j`, after a word of approximation `w` (not "about 1900 people", a count).
    fn approximate_year(&self, w: &str, j: usize) -> Option<Found> {
        let year = match w {
            "about" | "around" => self.bare_year(j)?,
            "circa" | "c." | "ca." => {
                let y = words::year(self.a.word(j)).filter(|_| self.a.token_is(j, Flags::ALL_DIGITS))?;
                Found::new(j + 1, TimexValue::Year(y)).explicit()
            }
            _ => return None,
        };
        matches!(year.value, TimexValue::Year(_)).then_some(year)
    }

    /// `recent years` · `recent months`: a stretch of unknown length (`PXY`), as most of
    /// TimeBank writes them.
    pub(super) fn recent_units(&self, i: usize, w: &str) -> Option<Found> {
        if w != "recent" {
            return None;
        }
        let UnitWord { unit, plural: true, .. } = words::unit(self.lw(i + 1).as_str())? else {
            return None;
        };
        Some(Found::new(i + 2, TimexValue::Duration { amount: None, unit }))
    }

    /// A stretch of time after `the past` / `the next`: `two years`, `24 hours`, `few weeks`, `month`.
    pub(super) fn span_of(&self, j: usize) -> Option<Found> {
        if let Some((end, whole, u)) = self.half_count_unit(j) {
            return Some(Found::new(end, TimexValue::and_a_half(whole, u.unit, u.times)));
        }
        if let Some((end, n, unit)) = self.count_unit(j) {
            return Some(Found::new(end, TimexValue::Duration { amount: n, unit }));
        }
        if self.is(j, "few") || self.is(j, "several") {
            let unit = words::unit(self.lw(j + 1).as_str())?.unit;
            return Some(Found::new(j + 2, TimexValue::Duration { amount: None, unit }));
        }
        let u = words::unit(self.lw(j).as_str())?;
        let amount = (!u.plural).then_some(u.times); // "[the past] fortnight": two weeks
        Some(Found::new(j + 1, TimexValue::Duration { amount, unit: u.unit }))
    }

    /// After `[over] the`: `years` · `decades` (a stretch of unknown length up to now: `PXY`);
    /// not "in the weeks before the vote", which counts from an event, nor "over the years
    /// 1751-1777".
    pub(super) fn over_the_units(&self, j: usize) -> Option<Found> {
        let unit = words::unit(self.lw(j).as_str())?.unit;
        let over = matches!(self.prev(j - 1).as_str(), "over" | "through" | "throughout");
        let counted = matches!(self.lw(j + 1).as_str(), "of" | "before" | "after" | "since" | "ago" | "later");
        let named = matches!(self.kind(j + 1), Some(TokenKind::Possessive | TokenKind::Number)); // "the years 1751-1777"
        (over && !counted && !named).then(|| Found::new(j + 1, TimexValue::Duration { amount: None, unit }))
    }

    /// After `the`: `nine months` · `first nine months` (a counted stretch, DURATION).
    pub(super) fn the_counted(&self, j: usize, n: &str) -> Option<Found> {
        let k = if matches!(n, "first" | "final") { j + 1 } else { j };
        if matches!(self.lw(k).as_str(), "a" | "an" | "one" | "some" | "many" | "few") {
            return None;
        }
        let (end, amount, unit) = self.count_unit(k)?;
        (amount.is_some_and(|a| a > 1) && !self.a.word(k).contains('-'))
            .then(|| Found::new(end, TimexValue::Duration { amount, unit }))
    }

    /// After `the`: `days ahead` · `weeks to come` (an open stretch from now: `PXD`, `PXW`) ·
    /// `year ahead` (one unit from now: `P1Y`).
    pub(super) fn units_ahead(&self, j: usize) -> Option<Found> {
        let u = words::unit(self.lw(j).as_str())?;
        let end = match self.lw(j + 1).as_str() {
            "ahead" => j + 2,
            "to" if u.plural && self.is(j + 2, "come") => j + 3,
            _ => return None,
        };
        let amount = (!u.plural).then_some(u.times);
        Some(Found::new(end, TimexValue::Duration { amount, unit: u.unit }))
    }
}

/// True when a shift by `unit` from the last date ("five hours later", "20 minutes earlier")
/// stays below the day that date gives: the amount is the span, a DURATION without the word
/// (`PT5H`), as TimeBank marks "an hour later"; whole days of hours count as days.
fn below_day(unit: Unit) -> bool {
    matches!(unit, Unit::Hour | Unit::Minute | Unit::Second)
}

/// A word between a count and its unit that keeps the amount: `trading`, `more`, `additional`.
fn unit_modifier(w: &str) -> bool {
    matches!(
        w,
        "trading"
            | "business"
            | "working"
            | "calendar"
            | "more"
            | "additional"
            | "extra"
            | "straight"
            | "consecutive"
            | "full"
    )
}

/// Prepositions that open a stretch of time: `[after] weeks of` · `[amid] months of` ·
/// `[despite] years of`.
fn stretch_preposition(w: &str) -> bool {
    matches!(
        w,
        "after" | "amid" | "despite" | "following" | "during" | "before" | "since" | "through" | "throughout" | "from"
    )
}

/// True when `w` looks like a verb of the third person singular (`follows`, `ends`, `takes`):
/// a lower-case word ending in `-s`; not `-ss`, `-us`, `-is` (`across`, `previous`, `this`) nor a
/// possessive (`its`, `his`). A plural noun right before a plural unit is rare enough.
fn third_person_verb(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !["ss", "us", "is", "'s", "’s"].iter().any(|e| w.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::super::value;

    #[test]
    fn amounts_hence_and_in_time() {
        assert_eq!(value("7 days hence", "2022-07-30"), "2022-08-06");
        assert_eq!(value("in three days time", "2022-07-30"), "2022-08-02");
        assert_eq!(value("a three days time limit", "2022-07-30"), "P3D");
    }

    #[test]
    fn approximate_years() {
        assert_eq!(value("built around 1900.", "2022-07-30"), "1900 APPROX");
        assert_eq!(value("built circa 1850", "2022-07-30"), "1850 APPROX");
        assert_eq!(value("(c. 1850)", "2022-07-30"), "1850 APPROX");
        assert_eq!(value("about 1900 people came", "2022-07-30"), "");
        assert_eq!(value("about 1,900 people came", "2022-07-30"), "");
    }

    #[test]
    fn amounts_and_a_half() {
        assert_eq!(value("for 2 1/2 years", "2022-07-30"), "P2Y6M");
        assert_eq!(value("two and a half hours", "2022-07-30"), "PT2H30M");
        assert_eq!(value("an hour and a half", "2022-07-30"), "PT1H30M");
        assert_eq!(value("half an hour", "2022-07-30"), "PT30M");
        assert_eq!(value("nearly a year and a half", "2022-07-30"), "P1Y6M LESS_THAN");
        assert_eq!(value("a year and a half ago", "2022-07-30"), "2021-01");
        assert_eq!(value("two and a half weeks", "2022-07-30"), "P2.5W");
    }

    #[test]
    fn decimal_amounts() {
        assert_eq!(value("served 1.5 years", "2022-07-30"), "P1Y6M");
        assert_eq!(value("took 2.5 hours", "2022-07-30"), "PT2H30M");
        assert_eq!(value("took 1.25 hours", "2022-07-30"), "PT1H15M");
        assert_eq!(value("took 0.25 hours", "2022-07-30"), "PT15M");
        assert_eq!(value("lasted 0.5 seconds", "2022-07-30"), "PT0.5S");
        assert_eq!(value("lasted 1.5 weeks", "2022-07-30"), "P1.5W");
        assert_eq!(value("served 1.3 years", "2022-07-30"), "P1.3Y");
        assert_eq!(value("3.5 days ago", "2022-07-30"), "2022-07-27");
        assert_eq!(value("2.75 years ago", "2022-07-30"), "2019-10");
        assert_eq!(value("1.3 years ago", "2022-07-30"), "2021");
        assert_eq!(value("version 2.5 of the software", "2022-07-30"), "");
        assert_eq!(value("$2.5 billion in sales", "2022-07-30"), "");
    }

    #[test]
    fn fortnights_and_a_half() {
        assert_eq!(value("for a fortnight and a half", "2024-03-14"), "P3W");
        assert_eq!(value("for half a fortnight", "2024-03-14"), "P1W");
        assert_eq!(value("two and a half fortnights", "2024-03-14"), "P5W");
        assert_eq!(value("a fortnight and a half ago", "2024-03-14"), "2024-W08");
        assert_eq!(value("a fortnight-long strike", "2024-03-14"), "P2W");
    }

    #[test]
    fn pairs_of_amounts() {
        assert_eq!(value("for two years and three months", "2022-07-30"), "P2Y3M");
        assert_eq!(value("for an hour and 20 minutes", "2022-07-30"), "PT1H20M");
        assert_eq!(value("for three days and a night", "2022-07-30"), "P3D");
        assert_eq!(value("for a month and two years", "2022-07-30"), "P1M");
        assert_eq!(value("a year and two months ago", "2022-07-30"), "2021-05");
    }

    #[test]
    fn quarters_of_units() {
        assert_eq!(value("for a quarter of a century", "2022-07-30"), "P25Y");
        assert_eq!(value("for three quarters of an hour", "2022-07-30"), "PT45M");
        assert_eq!(value("a quarter of a century ago", "2022-07-30"), "1997");
    }

    #[test]
    fn weeks_after_a_weekday() {
        assert_eq!(value("due Monday week", "2022-07-28"), "2022-08-08");
        assert_eq!(value("due a week on Tuesday", "2022-07-28"), "2022-08-09");
        assert_eq!(value("due two weeks on Friday", "2022-07-28"), "2022-08-12");
        assert_eq!(value("due a week from Friday", "2022-07-28"), "2022-08-05");
    }

    #[test]
    fn hundreds_and_thousands() {
        assert_eq!(value("a hundred years", "2022-07-30"), "P100Y");
        assert_eq!(value("two hundred days", "2022-07-30"), "P200D");
        assert_eq!(value("two thousand years ago", "2022-07-30"), "0022");
        assert_eq!(value("a few hundred", "2022-07-30"), "");
    }

    #[test]
    fn whole_days_of_hours() {
        assert_eq!(value("48 hours earlier", "2024-03-14"), "2024-03-12");
        assert_eq!(value("24 hours later", "2024-03-14"), "2024-03-15");
        assert_eq!(value("five hours later", "2024-03-14"), "PT5H");
        assert_eq!(value("Just over an hour later", "2024-03-14"), "PT1H MORE_THAN");
        assert_eq!(value("20 minutes earlier", "2024-03-14"), "PT20M");
    }

    #[test]
    fn ranges_of_amounts() {
        assert_eq!(value("two to three years", "2024-03-14"), "P3Y");
        assert_eq!(value("between two and four weeks", "2024-03-14"), "P4W");
        assert_eq!(value("the better part of a decade", "2024-03-14"), "P10Y LESS_THAN");
        assert_eq!(value("two to three years ago", "2024-03-14"), "2021"); // counted back, no range
        assert_eq!(value("for 2-3 weeks", "2024-03-14"), "P3W");
        assert_eq!(value("for 3–5 days", "2024-03-14"), "P5D");
        assert_eq!(value("for 2 - 3 weeks", "2024-03-14"), "P3W");
        assert_eq!(value("five to six months", "2024-03-14"), "P6M");
        assert_eq!(value("two or three years", "2024-03-14"), "P3Y");
        assert_eq!(value("2-3 weeks ago", "2024-03-14"), "2024-W08");
        assert_eq!(value("the 3-2 vote", "2024-03-14"), "");
        assert_eq!(value("won 5-3 days later", "2024-03-14"), "");
    }

    #[test]
    fn uncounted_stretches_of_something() {
        assert_eq!(value("after weeks of talks", "2024-03-14"), "PXW");
        assert_eq!(value("Hours of debate", "2024-03-14"), "PTXH");
        assert_eq!(value("the early days of the war", "2024-03-14"), "");
        assert_eq!(value("office hours of service", "2024-03-14"), "");
        assert_eq!(value("Hours later", "2024-03-14"), "");
    }

    #[test]
    fn over_the_years() {
        assert_eq!(value("over the years", "2022-07-30"), "PXY");
        assert_eq!(value("through the decades", "2022-07-30"), "PXDE");
        assert_eq!(value("in the days before the vote", "2022-07-30"), "");
        assert_eq!(value("over the years 1751-1777", "2022-07-30"), "1751");
    }

    #[test]
    fn long_compounds() {
        assert_eq!(value("a day-long meeting", "2022-07-30"), "P1D");
        assert_eq!(value("a weeklong strike", "2022-07-30"), "P1W");
        assert_eq!(value("their decades-long feud", "2022-07-30"), "PXDE");
        assert_eq!(value("a two-day-long summit", "2022-07-30"), "P2D");
        assert_eq!(value("a lifelong friend", "2022-07-30"), "");
    }
}
