//! Recurrences (TIMEX3 sets): `every Monday`, `each month`, `daily`, `twice a week`, `three days
//! a week`, `per year`, `on weekends`.

use super::{part_of, Found, Scanner};
use crate::recognize::dates::calendar::Holiday;
use crate::recognize::dates::value::{TimexValue, Unit};
use crate::recognize::dates::words::{self, UnitWord};
use crate::text::TokenKind;

impl<'s, 't> Scanner<'s, 't> {
    /// `[three days] a week` · `[24 hours] a day` · `[five days] per week`: an amount `n` of
    /// `unit` ending at `j`, in every larger unit after it: one set, the larger period with the
    /// amount as its frequency (`P1W`, freq `3D`); a vague amount gives no frequency (`[several
    /// days] a week`: `P1W`).
    pub(super) fn units_per(&self, j: usize, n: Option<u32>, unit: Unit) -> Option<Found> {
        let (mut f, period) = self.per_period(j)?;
        if !unit.shorter_than(period) || self.kind(j + 2) == Some(TokenKind::Possessive) || self.counts_from(j + 2) {
            return None;
        }
        f.freq = n;
        f.freq_unit = n.map(|_| unit);
        Some(f)
    }

    /// `a week` · `per month` · `each year` at `j`, after an amount or a count of times: the set
    /// of one such period (`P1W`; `a fortnight`: `P2W`) and its unit.
    fn per_period(&self, j: usize) -> Option<(Found, Unit)> {
        if !matches!(self.lw(j).as_str(), "a" | "an" | "per" | "each" | "every") {
            return None;
        }
        let UnitWord { unit, plural: false, times } = words::unit(self.lw(j + 1).as_str())? else {
            return None;
        };
        let period = TimexValue::Duration { amount: Some(times), unit };
        Some((Found::new(j + 2, TimexValue::Set(Box::new(period))), unit))
    }

    /// `[on] weekends` · `[at] weekends` · `[on] weekdays` · `[works] weekends` (a weekly set).
    pub(super) fn weekends(&self, i: usize, w: &str) -> Option<Found> {
        let days = match w {
            "weekends" => TimexValue::Weekend,
            "weekdays" => TimexValue::Weekdays, // "[on] weekdays"
            _ => return None,
        };
        let p = self.prev(i);
        (matches!(p.as_str(), "on" | "at" | "over" | "during") || habit_word(p.as_str()))
            .then(|| Found::new(i + 1, TimexValue::Set(Box::new(days))))
    }

    /// `on Mondays` · `[closed] Mondays` · `[on Saturdays and] Sundays` · `on mondays` (a weekly
    /// set; a plural weekday is no other word, in any case).
    pub(super) fn weekday_set(&self, i: usize, wd: i8) -> Option<Found> {
        let p = self.prev(i);
        let chained = matches!(p.as_str(), "and" | "or") && self.weekday_set_at(i.wrapping_sub(2));
        let habit = p.as_str() == "on" || habit_word(p.as_str()) || chained;
        habit.then(|| {
            let mut f = Found::new(i + 1, TimexValue::Set(Box::new(TimexValue::Weekday(wd))));
            f.quant = None;
            f
        })
    }

    /// True when a plural weekday at `k` is a weekly set ("on Saturdays [and Sundays]").
    fn weekday_set_at(&self, k: usize) -> bool {
        words::weekday_plural(self.lw(k).as_str()).is_some_and(|wd| self.weekday_set(k, wd).is_some())
    }

    /// `[on] alternate Tuesdays` (`XXXX-WXX-2`, as "every other Tuesday") · `[on] alternate days`
    /// (`P2D`, as "every other day"): a set that skips every other one. Its rate ("once in two
    /// weeks") has no `freq` of the kinds written here.
    pub(super) fn alternate(&self, i: usize, w: &str) -> Option<Found> {
        if w != "alternate" || !matches!(self.prev(i).as_str(), "on" | "in") {
            return None;
        }
        let n = self.lw(i + 1);
        let inner = match words::weekday_plural(n.as_str()) {
            Some(d) => TimexValue::Weekday(d),
            None => {
                let u = words::unit(n.as_str()).filter(|u| u.plural && u.unit != Unit::Second)?;
                TimexValue::Duration { amount: Some(u.count(2)), unit: u.unit }
            }
        };
        Some(Found::new(i + 2, TimexValue::Set(Box::new(inner))))
    }

    /// `every Monday` · `every year` · `each month` · `every four years` · `every morning`.
    pub(super) fn every(&self, i: usize, w: &str) -> Option<Found> {
        let quant = if w == "every" { "EVERY" } else { "EACH" };
        // "every other week", "every third day", "every second Tuesday".
        let step = match self.lw(i + 1).as_str() {
            "other" => Some(2),
            o => words::ordinal(o).filter(|&n| n > 1 && self.kind(i + 1) == Some(TokenKind::Word)),
        };
        let j = if step.is_some() { i + 2 } else { i + 1 };
        let nw = self.lw(j);
        let n = nw.as_str();
        let (end, inner) = if let Some(d) = self.weekday_at(j) {
            match words::day_part(self.lw(j + 1).as_str()) {
                // "every Monday morning"
                Some(p) => (j + 2, part_of(Some(TimexValue::Weekday(d)), p)),
                None => (j + 1, TimexValue::Weekday(d)),
            }
        } else if let Some(p) = words::day_part(n) {
            (j + 1, part_of(None, p))
        } else if n == "weekend" {
            (j + 1, TimexValue::Weekend) // "every weekend"
        } else if n == "weekday" {
            (j + 1, TimexValue::Weekdays) // "every weekday"
        } else if let Some(month) = self.month_at(j) {
            (j + 1, TimexValue::Month { year: None, month })
        } else if let Some(season) = words::season(n) {
            (j + 1, TimexValue::Season { year: None, season })
        } else if let Some((end, Holiday::Fixed(month, day))) = self.holiday_at(j) {
            (end, TimexValue::Day { year: None, month, day }) // "every Christmas"
        } else if let Some(u) = words::unit(n).filter(|u| !u.plural) {
            (j + 1, TimexValue::Duration { amount: Some(u.count(step.unwrap_or(1))), unit: u.unit })
        } else if step.is_some() {
            return None; // "every second", "every third of them"
        } else {
            let (end, n, unit) = self.count_unit(j)?;
            (end, TimexValue::Duration { amount: n, unit })
        };
        let mut f = Found::new(end, TimexValue::Set(Box::new(inner)));
        f.quant = Some(quant);
        Some(f)
    }

    /// `the first Monday of every month` · `the last Friday of each month`: a set of one weekday
    /// a month (`XXXX-XX-WXX-1`, quant `EVERY`).
    pub(super) fn monthly_weekday(&self, i: usize) -> Option<Found> {
        let nth = self.lw(i + 1);
        if words::ordinal(nth.as_str()).is_none() && nth.as_str() != "last" {
            return None;
        }
        let d = self.weekday_at(i + 2)?;
        let q = self.lw(i + 4);
        let quant = match q.as_str() {
            "every" => "EVERY",
            "each" => "EACH",
            _ => return None,
        };
        if !self.is(i + 3, "of") || !self.is(i + 5, "month") {
            return None;
        }
        let mut f = Found::new(i + 6, TimexValue::Set(Box::new(TimexValue::WeekdayOfMonth(d))));
        f.quant = Some(quant);
        Some(f)
    }

    /// `daily` · `weekly` · `annually` · `hourly`. Before a noun only `daily` is a set ("a daily
    /// rally", "on a daily basis"; not "average daily volume"); "weekly magazine", "quarterly
    /// dividend" are not.
    pub(super) fn frequency_word(&self, i: usize, w: &str) -> Option<Found> {
        let (amount, unit) = match w {
            "hourly" => (1, Unit::Hour),
            "daily" => (1, Unit::Day),
            "weekly" => (1, Unit::Week),
            "fortnightly" => (2, Unit::Week),
            "monthly" => (1, Unit::Month),
            "quarterly" => (1, Unit::Quarter),
            "semiannually" | "semi-annually" | "biannually" | "bi-annually" => (6, Unit::Month),
            "biweekly" | "bi-weekly" => (2, Unit::Week),
            "bimonthly" | "bi-monthly" => (2, Unit::Month),
            "annually" | "yearly" => (1, Unit::Year),
            "biennially" => (2, Unit::Year),
            _ => return None,
        };
        let adjective_set = w == "daily" && !self.is(i.wrapping_sub(1), "average");
        if !adjective_set
            && self.a.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && !matches!(
                self.lw(i + 1).as_str(),
                "and" | "or" | "in" | "on" | "at" | "since" | "for" | "by" | "from" | "until"
            )
        {
            return None;
        }
        Some(Found::new(i + 1, TimexValue::Set(Box::new(TimexValue::Duration { amount: Some(amount), unit }))))
    }

    /// `twice weekly` · `once monthly` · `three times daily` (a set with its frequency).
    pub(super) fn times_frequency(&self, i: usize) -> Option<Found> {
        let (k, n) = self.times_count(i)?;
        let kw = self.lw(k);
        let mut f = match kw.as_str() {
            "every" => self.every(k, "every")?, // "once every two years"
            w => self.frequency_word(k, w)?,
        };
        f.freq = n;
        Some(f)
    }

    /// A rate: `per day` · `[$2 million] a year` · `[700 seats] a week` (a set, `P1Y`). After
    /// `a`, only right after an amount ("a year" alone is a duration).
    pub(super) fn rate(&self, i: usize, w: &str) -> Option<Found> {
        let (f, _) = self.per_period(i)?;
        let after_amount = self.amount_at(i.wrapping_sub(1)) || self.counted_noun_before(i);
        // "$93 million a year earlier" counts back from a date.
        if (w != "per" && !after_amount) || self.counts_from(i + 2) {
            return None;
        }
        Some(f)
    }

    /// True when the word at `k` counts a date from the amount before it: `[a year] ago`,
    /// `[a week] later`, `[a month] from [now]`.
    fn counts_from(&self, k: usize) -> bool {
        matches!(self.lw(k).as_str(), "ago" | "earlier" | "later" | "before" | "after" | "prior" | "from")
    }

    /// True when token `k` is a number or ends an amount: `48`, `million`, `percent`, `dozens`.
    fn amount_at(&self, k: usize) -> bool {
        self.kind(k) == Some(TokenKind::Number)
            || words::number_word(self.lw(k).as_str()).is_some()
            || matches!(
                self.lw(k).as_str(),
                "million"
                    | "mln"
                    | "billion"
                    | "bln"
                    | "trillion"
                    | "thousand"
                    | "hundred"
                    | "percent"
                    | "cents"
                    | "hundreds"
                    | "thousands"
                    | "dozens"
                    | "millions"
            )
    }

    /// True when a counted plural noun comes right before token `i`: `[four] flights [a week]`,
    /// `[700] seats [a week]`, `[hundreds of] interviews [a day]`, `[24] hours [a day]`, also
    /// after one word that qualifies it: `[536 mln] cubic feet [a day]`, `[300] new jobs [a month]`
    /// (a rate, not a span).
    fn counted_noun_before(&self, i: usize) -> bool {
        let Some(noun) = i.checked_sub(1) else {
            return false;
        };
        let w = self.a.word(noun);
        let plural = self.kind(noun) == Some(TokenKind::Word) && (w.ends_with('s') || irregular_plural(w));
        let k = if self.is(noun.wrapping_sub(1), "of") { noun.wrapping_sub(2) } else { noun.wrapping_sub(1) };
        let qualified = || self.kind(k) == Some(TokenKind::Word) && self.amount_at(k.wrapping_sub(1));
        plural && (self.amount_at(k) || qualified())
    }

    /// `twice a week` · `three times a year` · `once a month` · `a few times a year` (a vague
    /// count: no frequency).
    pub(super) fn times_per(&self, i: usize) -> Option<Found> {
        let (j, n) = self.times_count(i)?;
        let (mut f, _) = self.per_period(j)?;
        f.freq = n;
        Some(f)
    }

    /// `once` · `twice` · `three times` · `24 times` · `several times` at `i`: how many times
    /// (`None`: a vague count), and the token after.
    fn times_count(&self, i: usize) -> Option<(usize, Option<u32>)> {
        match self.lw(i).as_str() {
            "once" => Some((i + 1, Some(1))),
            "twice" => Some((i + 1, Some(2))),
            "thrice" => Some((i + 1, Some(3))),
            _ => {
                let (j, n) = self.cardinal(i)?;
                self.is(j, "times").then_some((j + 1, n))
            }
        }
    }
}

/// Words of a habit or a schedule after which bare weekly days are a set: `[closed] Mondays`,
/// `[airs] Sundays`, `[works] weekends`, `[open] weekdays`.
fn habit_word(w: &str) -> bool {
    matches!(
        w,
        "open"
            | "opens"
            | "closed"
            | "closes"
            | "close"
            | "shut"
            | "airs"
            | "aired"
            | "runs"
            | "run"
            | "works"
            | "work"
            | "worked"
            | "working"
            | "meets"
            | "operates"
            | "operate"
            | "plays"
            | "served"
            | "available"
    )
}

/// A plural without `s` that counts things: `[536 mln cubic] feet`, `[900] people`.
fn irregular_plural(w: &str) -> bool {
    matches!(w, "feet" | "people" | "men" | "women" | "children" | "cattle")
}

#[cfg(test)]
mod tests {
    use super::super::value;
    use crate::dates::parse;

    #[test]
    fn alternate_days_and_weekdays() {
        assert_eq!(value("on alternate Tuesdays", "2024-03-14"), "XXXX-WXX-2");
        assert_eq!(value("on alternate days", "2024-03-14"), "P2D");
        assert_eq!(value("they alternate Tuesdays", "2024-03-14"), "");
    }

    #[test]
    fn units_in_a_period() {
        let t = parse("three days a week", "2024-03-14".parse().ok());
        assert_eq!(t.as_ref().map(|t| (t.value.as_str(), t.freq.as_deref())), Some(("P1W", Some("3D"))));
        let t = parse("24 hours a day", "2024-03-14".parse().ok());
        assert_eq!(t.as_ref().map(|t| (t.value.as_str(), t.freq.as_deref())), Some(("P1D", Some("24H"))));
        assert_eq!(value("two days a week's pay", "2024-03-14"), "P2D");
    }

    #[test]
    fn rates_after_counted_nouns() {
        assert_eq!(value("four flights a week", "2022-07-30"), "P1W");
        assert_eq!(value("hundreds of calls a day", "2022-07-30"), "P1D");
        let t = parse("four flights a week", crate::parse_date("2022-07-30").ok());
        assert_eq!(t.map(|t| t.timex_type), Some(crate::document::TimexType::Set));
        assert_eq!(value("the flights a week later", "2022-07-30"), "2022-W31");
    }
}
