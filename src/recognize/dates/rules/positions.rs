//! Positions within a period, with their `mod`: `early 2021`, `mid-July`, `late last year`, `the
//! end of the month`, `post-1959`.

use super::{day_offset, is_dash, position_mod, year_preposition, Found, Scanner};
use crate::recognize::dates::calendar;
use crate::recognize::dates::value::{TimeOfDay, TimexValue, Unit};
use crate::recognize::dates::words::{self, UnitWord};
use crate::text::TokenKind;

impl<'s, 't> Scanner<'s, 't> {
    /// `[by] mid-century` · `Midcentury[,]` · `[by] mid-year` · `[in] midyear`: the middle of the
    /// century or year of the document, after a preposition of time or at the start of a
    /// sentence (not "sells mid-century modern furniture", a style, nor "a midyear review").
    fn mid_period(&self, i: usize, w: &str) -> Option<Found> {
        let unit = match w {
            "mid-century" | "midcentury" if !self.is(i + 1, "modern") => Unit::Century,
            "mid-year" | "midyear" if !self.noun_follows(i + 1) => Unit::Year,
            _ => return None,
        };
        let placed = year_preposition(self.prev(i).as_str()) || self.opens_sentence(i);
        if !placed || self.doc.is_none() {
            return None;
        }
        Some(Found::new(i + 1, self.relative_period(0, unit)).with_mod("MID"))
    }

    /// `early 2021` · `mid-July` · `late last year` · `the end of the month` · `post-1959` ·
    /// `pre-1990s` (with `mod`).
    pub(super) fn position(&self, i: usize, w: &str) -> Option<Found> {
        if let Some(f) = self.mid_period(i, w) {
            return Some(f);
        }
        let prefixed = w.split_once('-').and_then(|(p, rest)| Some((p.len() + 1, rest, prefix_mod(p)?)));
        if let Some((skip, rest, md)) = prefixed {
            let raw = self.a.word(i);
            let rest_raw = raw.get(skip..).unwrap_or("");
            let named = rest_raw.starts_with(char::is_uppercase) || words::plain_month(rest).is_some();
            let value = if let Some(m) = words::month(rest).filter(|_| named) {
                let (end, year) = match self.year_after(i + 1) {
                    Some((e, y)) => (e, Some(y)),
                    None => (i + 1, self.year_for(i, m)),
                };
                return Some(Found::new(end, TimexValue::Month { year, month: m }).with_mod(md));
            } else if let Some(y) = words::year(rest) {
                TimexValue::Year(y)
            } else if let Some(n) = words::ordinal(rest).filter(|_| self.is(i + 1, "century")) {
                // "mid-19th century"
                return Some(self.century_era(n, i + 2)?.with_mod(md));
            } else {
                TimexValue::Decade(words::decade(rest).filter(|_| rest.len() == 5)?)
            };
            return Some(Found::new(i + 1, value).with_mod(md));
        }
        let (j, m) = match w {
            // "mid-'90s" (the dash a token of its own before the quote).
            "early" | "late" | "mid" if is_dash(self.a.word(i + 1)) => {
                let f = self.decade_at(i + 2).or_else(|| self.position_target(i + 2, false))?;
                return Some(f.with_mod(position_mod(w)?)); // "mid-'90s", "mid-19th century"
            }
            // "early in 1942", "late in May": the adverb and `in` inside the extent.
            "early" | "late" if self.is(i + 1, "in") => (i + 2, position_mod(w)?),
            "early" | "late" | "mid" => (i + 1, position_mod(w)?),
            "the" | "" => return None,
            _ => {
                let m = match w {
                    "end" => "END",
                    "beginning" | "start" => "START",
                    "middle" => "MID",
                    _ => return None,
                };
                if !self.is(i + 1, "of") || !(self.is(i.wrapping_sub(1), "the") || self.edge_without_article(i)) {
                    return None;
                }
                if let Some(f) = self.end_of_day(i).filter(|_| m == "END") {
                    return Some(f);
                }
                let target = match self.is(i.wrapping_sub(1), "the") {
                    true => self.position_target(i + 2, true),
                    // In a story, "at end of the year" may be any year of it.
                    false => self
                        .position_target(i + 2, true)
                        .filter(|_| !(self.narrative && self.is(i + 2, "the")))
                        .or_else(|| self.bare_unit_of_text(i + 2)),
                };
                return target.map(|f| f.with_mod(m)).map(|mut f| {
                    f.end = f.end.max(i + 3);
                    f
                });
            }
        };
        self.position_target(j, false).map(|f| f.with_mod(m))
    }

    /// `[by] the end of the day` · `[by] end of day` · `[until] close of business` (`end` or
    /// `close` at `i`): the document's day with mod `END`, as TimeML marks the end of a named
    /// period ("the end of the month"). Only as a deadline, after `by`, `until`, `till` or
    /// `before`: "at the end of the day" is mostly the idiom for "ultimately" ("At the end of
    /// the day, it is a choice"), and is left out.
    pub(super) fn end_of_day(&self, i: usize) -> Option<Found> {
        let end = match (self.lw(i).as_str(), self.lw(i + 2).as_str()) {
            ("end", "day") | ("close", "business") => i + 3,
            ("end", "the") if self.is(i + 3, "day") => i + 4,
            _ => return None,
        };
        let start = if self.is(i.wrapping_sub(1), "the") { i.wrapping_sub(1) } else { i };
        let deadline = matches!(self.prev(start).as_str(), "by" | "until" | "till" | "before");
        // "by close of business on Friday": the day named after it (left to its own rule).
        let day_after = self.is(end, "on") || self.weekday_at(end).is_some() || self.day_offset_at(end);
        if !self.is(i + 1, "of") || !deadline || day_after || self.doc.is_none() {
            return None;
        }
        Some(self.unit_of_text(end, Unit::Day)?.with_mod("END"))
    }

    /// True when the edge word at `i` (`end`, `beginning`, `start`, `middle`) stands without an
    /// article in a phrase of time: `[by] end of month` · `[at] end of the year` · `[meet]
    /// beginning of next week` (not "an end of", "its end of", "the end of").
    fn edge_without_article(&self, i: usize) -> bool {
        let p = self.prev(i);
        let determiner = matches!(
            p.as_str(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "my" | "your" | "this" | "that" | "no"
        );
        !determiner && !self.is_possessive(i.wrapping_sub(1))
    }

    /// True when `today`, `tomorrow` or `yesterday` stands at `k`.
    fn day_offset_at(&self, k: usize) -> bool {
        day_offset(self.lw(k).as_str()).is_some()
    }

    /// `month` · `year` · `week` at `j` without an article, after `end of`: the period of the
    /// story or the document (`[by end of] month`).
    fn bare_unit_of_text(&self, j: usize) -> Option<Found> {
        let unit = match self.lw(j).as_str() {
            "month" => Unit::Month,
            "year" => Unit::Year,
            "week" => Unit::Week,
            _ => return None,
        };
        self.unit_of_text(j + 1, unit)
    }

    /// The period of `unit` of the story (in a narrative) or the document, ending at `end`.
    fn unit_of_text(&self, end: usize, unit: Unit) -> Option<Found> {
        match self.anchor.filter(|_| self.narrative) {
            Some(a) => Some(Found::new(end, calendar::period(a, unit))),
            None => Some(Found::new(end, self.relative_period(0, unit))),
        }
    }

    /// What `early` / `the end of` can modify: a year, month, decade, `last year`, `the month`.
    fn position_target(&self, j: usize, after_of: bool) -> Option<Found> {
        let lw = self.lw(j);
        let w = lw.as_str();
        let f = match w {
            "this" | "last" | "next" => self.relative(j, w)?,
            "the" if after_of && self.feast_month(j).is_some() => self.feast_month(j)?, // "of the holy month of Ramadan"
            "the" if after_of => {
                let UnitWord { unit, plural, .. } = words::unit(self.lw(j + 1).as_str())?;
                if plural || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                    return None;
                }
                self.unit_of_text(j + 2, unit)?
            }
            "the" => self.decade_at(j + 1)?,
            _ if words::month(w).is_some() => self.month_phrase(j, words::month(w)?)?,
            _ if words::season(w).is_some() => self.season_at(j, words::season(w)?),
            _ => self.decade_at(j).or_else(|| self.bare_century(j)).or_else(|| self.feast_month(j)).or_else(|| {
                let y = words::year(self.a.word(j)).filter(|_| self.kind(j) == Some(TokenKind::Number))?;
                Some(Found::new(j + 1, TimexValue::Year(y)))
            })?,
        };
        match f.value {
            TimexValue::Year(_)
            | TimexValue::Month { .. }
            | TimexValue::Decade(_)
            | TimexValue::Century(_)
            | TimexValue::Season { .. }
            | TimexValue::Quarter { .. }
            | TimexValue::Week { .. }
            | TimexValue::Time { time: TimeOfDay::Part(_), .. } => Some(f),
            _ => None,
        }
    }
}

/// The TIMEX3 `mod` of a prefix before a date: a position (`mid-`, `early-`, `late-`, `end-`)
/// or a side (`post-` AFTER, `pre-` BEFORE).
fn prefix_mod(p: &str) -> Option<&'static str> {
    match p {
        "end" => Some("END"),
        "post" => Some("AFTER"),
        "pre" => Some("BEFORE"),
        _ => position_mod(p),
    }
}

#[cfg(test)]
mod tests {
    use super::super::value;

    #[test]
    fn end_of_the_day_as_a_deadline() {
        assert_eq!(value("pay by the end of the day", "2022-07-30"), "2022-07-30 END");
        assert_eq!(value("reply by end of day", "2022-07-30"), "2022-07-30 END");
        assert_eq!(value("filed by close of business", "2022-07-30"), "2022-07-30 END");
        assert_eq!(value("At the end of the day, it is a choice", "2022-07-30"), "");
    }

    #[test]
    fn middle_of_the_century_of_the_document() {
        assert_eq!(value("by mid-century", "2024-03-14"), "20 MID");
        assert_eq!(value("Midcentury, the town grew.", "1998-03-02"), "19 MID");
        assert_eq!(value("sells mid-century furniture", "2024-03-14"), "");
        assert_eq!(value("by mid-century", ""), "");
    }

    #[test]
    fn middle_of_the_year_of_the_document() {
        assert_eq!(value("by mid-year", "2022-07-30"), "2022 MID");
        assert_eq!(value("in midyear", "2022-07-30"), "2022 MID");
        assert_eq!(value("the midyear review", "2022-07-30"), "");
        assert_eq!(value("by mid-year", ""), "");
    }

    #[test]
    fn early_and_late_in_a_period() {
        assert_eq!(value("closed early in 1942", "2022-07-30"), "1942 START");
        assert_eq!(value("closed late in 2021", "2022-07-30"), "2021 END");
        assert_eq!(value("came late in the day", "2022-07-30"), "");
    }

    #[test]
    fn edges_without_an_article() {
        assert_eq!(value("by end of month", "2022-07-30"), "2022-07 END");
        assert_eq!(value("at end of the year", "2022-07-30"), "2022 END");
        assert_eq!(value("meet beginning of next week", "2022-07-30"), "2022-W31 START");
        assert_eq!(value("the end of an era", "2022-07-30"), "");
        assert_eq!(value("its end of year party", "2022-07-30"), "");
    }

    #[test]
    fn before_and_after_a_year() {
        assert_eq!(value("post-1959", "2000-02-24"), "1959 AFTER");
        assert_eq!(value("pre-2008", "2022-07-30"), "2008 BEFORE");
        assert_eq!(value("pre-war", "2022-07-30"), "");
    }
}
