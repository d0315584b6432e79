//! Periods longer than a month: decades and centuries (`the 1990s`, `20th century`), quarters
//! and halves (`Q3 2022`, `the third quarter`, `the year-ago quarter`), fiscal years, seasons
//! (`summer 2020`) and the years of the text (`the year`, `year-end`, `the turn of the century`).

use super::{century, is_dash, joins_days, season_month, year_preposition, Found, Scanner, QUARTER_REACH};
use crate::recognize::dates::calendar::{self, Tense};
use crate::recognize::dates::value::{Season, TimexValue, Unit};
use crate::recognize::dates::words;
use crate::text::{Flags, TokenKind};

impl<'s, 't> Scanner<'s, 't> {
    /// `[by] year-end` · `[at] year end` · `[by] year's end`: the document year with `mod`
    /// END (after `since`, the year before).
    pub(super) fn year_end(&self, i: usize, w: &str) -> Option<Found> {
        let end = match w {
            "year-end" | "yearend" => i + 1,
            "year" if self.is(i + 1, "end") => i + 2,
            "year" if self.is_possessive(i + 1) && self.is(i + 2, "end") => i + 3,
            _ => return None,
        };
        let p = self.prev(i);
        let before = matches!(
            p.as_str(),
            "by" | "at" | "since" | "until" | "till" | "before" | "after" | "around" | "near" | "toward" | "towards"
        );
        if !before {
            return None;
        }
        let y = self.doc?.year() - i16::from(p.as_str() == "since");
        Some(Found::new(end, TimexValue::Year(y)).with_mod("END"))
    }

    /// `1800s` is a century (`18`), but `2000s` the decade (`200`).
    pub(super) fn decade_number(&self, i: usize) -> Option<Found> {
        let d = words::decade(self.a.word(i)).filter(|_| self.a.word(i).len() == 5)?;
        let value = if d % 10 == 0 && d != 200 { TimexValue::Century(d / 10) } else { TimexValue::Decade(d) };
        Some(Found::new(i + 1, value))
    }

    /// `20th century` · `nineteenth-century` (a century without `the`).
    pub(super) fn bare_century(&self, i: usize) -> Option<Found> {
        let lw = self.lw(i);
        let w = lw.as_str();
        let (n, end) = match w.rsplit_once('-') {
            Some((ord, "century")) => (words::ordinal(ord)?, i + 1),
            _ if self.is(i + 1, "century") => (words::ordinal(w)?, i + 2),
            // "[the 18th and] 19th centuries": the second of two centuries named together.
            _ if self.is(i + 1, "centuries") && joins_days(self.lw(i.wrapping_sub(1)).as_str()) => {
                words::ordinal(self.lw(i.wrapping_sub(2)).as_str())?;
                (words::ordinal(w)?, i + 2)
            }
            _ => return None,
        };
        self.century_era(n, end)
    }

    /// After `the`: `18th [and 19th centuries]` · `fifth [to fourth centuries BC]`: the first of
    /// two centuries named together, each its own expression (`17`).
    pub(super) fn first_of_two_centuries(&self, j: usize) -> Option<Found> {
        let n = words::ordinal(self.lw(j).as_str())?;
        if !joins_days(self.lw(j + 1).as_str()) || !self.is(j + 3, "centuries") {
            return None;
        }
        words::ordinal(self.lw(j + 2).as_str())?;
        let f = self.century_era(n, j + 4)?;
        Some(Found { end: j + 1, ..f })
    }

    /// `[the 1960s and] 70s` · `[the 1860s to] 80s`: the second of two decades named together,
    /// written short, in the century of the first.
    pub(super) fn second_short_decade(&self, i: usize) -> Option<Found> {
        let w = self.a.word(i);
        let d = words::decade(w).filter(|_| w.len() == 3 && joins_days(self.lw(i.wrapping_sub(1)).as_str()))?;
        let first = self.decade_number(i.wrapping_sub(2)).filter(|_| i >= 2)?;
        let TimexValue::Decade(f) = first.value else {
            return None;
        };
        Some(Found::new(i + 1, TimexValue::Decade(f / 10 * 10 + d % 10)))
    }

    /// The `n`th century written before `end`, before the common era when `BC` follows it:
    /// `[the 4th century] BC` (`BC03`, as the 19th century is `18`).
    pub(super) fn century_era(&self, n: u32, end: usize) -> Option<Found> {
        let TimexValue::Century(c) = century(n)? else {
            return None;
        };
        Some(match self.is_era(end) {
            true => Found::new(end + 1, TimexValue::Century(-c)).explicit(),
            false => Found::new(end, TimexValue::Century(c)),
        })
    }

    /// `'80s` (from the apostrophe) · `[in] '98` (a short year after a preposition of years).
    pub(super) fn short_decade(&self, i: usize) -> Option<Found> {
        let w = self.a.word(i + 1);
        match words::decade(w).filter(|_| w.len() == 3) {
            Some(d) => Some(Found::new(i + 2, TimexValue::Decade(d))),
            // "in '98", "since '05": a short year after a preposition of years.
            None if year_preposition(self.prev(i).as_str()) => {
                self.short_year(i).map(|(end, y)| Found::new(end, TimexValue::Year(y)))
            }
            None => None,
        }
    }

    /// A decade at `i`: `1990s` or `'80s`.
    pub(super) fn decade_at(&self, i: usize) -> Option<Found> {
        match self.kind(i)? {
            TokenKind::OpenQuote | TokenKind::CloseQuote => self.short_decade(i),
            _ => self.decade_number(i),
        }
    }

    /// `fiscal 2022` · `fiscal year 2022` · `fiscal first quarter`.
    pub(super) fn fiscal(&self, i: usize) -> Option<Found> {
        if let Some(f) = self.bare_ordinal_period(i + 1, self.lw(i + 1).as_str()) {
            return Some(f); // "fiscal second-quarter", "fiscal first quarter"
        }
        let j = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
        let y = words::year(self.a.word(j))?;
        // "fiscal 2019-2020": the fiscal year that begins in the first.
        let end = self.next_year_after(j + 1, y).unwrap_or(j + 1);
        Some(Found::new(end, TimexValue::FiscalYear(y)))
    }

    /// `FY2023` · `FY 2023` · `FY23`: a fiscal year written as a code, valued like `fiscal 2023`.
    pub(super) fn fiscal_code(&self, i: usize, w: &str) -> Option<Found> {
        let digits = words::fiscal_code(w).filter(|_| self.a.word(i).starts_with("FY"))?;
        let (end, digits) = match digits {
            "" if self.kind(i + 1) == Some(TokenKind::Number) => (i + 2, self.a.word(i + 1)),
            "" => return None,
            d => (i + 1, d),
        };
        let y = words::year(digits).or_else(|| words::two_digit_year(digits))?;
        Some(Found::new(end, TimexValue::FiscalYear(y)))
    }

    /// `Q3 2022` · `Q3`.
    pub(super) fn quarter_code(&self, i: usize) -> Option<Found> {
        let (k, quarter) = match *self.a.word(i).as_bytes() {
            [b'Q', q @ b'1'..=b'4'] => ((q - b'0') as i8, true),
            [b'H', h @ b'1'..=b'2'] => ((h - b'0') as i8, false),
            _ => return None,
        };
        let (end, year) = match self.year_after(i + 1) {
            Some((e, y)) => (e, Some(y)),
            // "H1" alone may be many things; "Q3" alone is a quarter, of the year the tense says.
            None if quarter => (i + 1, self.period_year(i, k, true)),
            None => return None,
        };
        Some(Found::new(end, quarter_or_half(year, k, quarter)?))
    }

    /// `summer 2020` · `summer of 1979` · `the winter of nineteen ninety-four` · `autumn 2023` ·
    /// `[in] summer` · `[during] the winter`.
    pub(super) fn season_year(&self, i: usize, w: &str) -> Option<Found> {
        let season = words::season(w)?;
        // "summer 1979" · "summer of 1979".
        let k = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        // "the winter of nineteen ninety-four" (a spoken year).
        let spoken = || {
            self.spoken_year(k).map(|f| (f.end, f.value)).and_then(|(e, v)| match v {
                TimexValue::Year(y) => Some((e, y)),
                _ => None,
            })
        };
        // "the spring of last year".
        let relative = || self.relative_year(k).filter(|_| k == i + 2).map(|y| (k + 2, y));
        match self.year_pair(k).or_else(|| self.year_after(k)).or_else(spoken).or_else(relative) {
            Some((end, y)) => Some(Found::new(end, TimexValue::Season { year: Some(y), season })),
            // "summer and autumn 1918": the year written after the second season.
            None if matches!(self.lw(i + 1).as_str(), "and" | "or" | "-" | "to")
                && words::season(self.lw(i + 2).as_str()).is_some() =>
            {
                let k = if self.is(i + 3, "of") { i + 4 } else { i + 3 };
                let (_, y) = self.year_after(k)?;
                Some(Found::new(i + 1, TimexValue::Season { year: Some(y), season }))
            }
            None if matches!(
                self.prev(i).as_str(),
                "in" | "during" | "by" | "until" | "through" | "since" | "over"
            ) =>
            {
                self.season_alone(i, season)
            }
            None => None,
        }
    }

    /// A season after `early`, `late`, `mid`: `[early] summer 2020` · `[late] spring of 1999` ·
    /// `[early] summer` (the year as for a season alone).
    pub(super) fn season_at(&self, j: usize, season: Season) -> Found {
        let k = if self.is(j + 1, "of") { j + 2 } else { j + 1 };
        match self.year_after(k) {
            Some((end, y)) => Found::new(end, TimexValue::Season { year: Some(y), season }).explicit(),
            None => {
                let month = if season == Season::Winter { 1 } else { season_month(season) };
                Found::new(j + 1, TimexValue::Season { year: self.year_for(j, month), season })
            }
        }
    }

    /// A season without a year (`[the] summer`): the story's year in a narrative, else the
    /// document's, read with the tense. Not a season when a noun follows ("the spring
    /// offensive", "spring water").
    pub(super) fn season_alone(&self, i: usize, season: Season) -> Option<Found> {
        if self.noun_follows(i + 1) {
            return None;
        }
        // In a story, a winter after the last date is mostly the one in the new year (January).
        let month = if season == Season::Winter { 1 } else { season_month(season) };
        let year = self.year_for(i, month);
        Some(Found::new(i + 1, TimexValue::Season { year, season }))
    }

    /// After `the`: `year's first half` · `year's third quarter` (of the document year).
    pub(super) fn years_part(&self, j: usize) -> Option<Found> {
        if !self.is(j, "year") || !self.is_possessive(j + 1) {
            return None;
        }
        let k = i8::try_from(words::ordinal(self.lw(j + 2).as_str())?).ok()?;
        let quarter = match self.lw(j + 3).as_str() {
            "quarter" => true,
            "half" => false,
            _ => return None,
        };
        Some(Found::new(j + 4, quarter_or_half(self.doc.map(|d| d.year()), k, quarter)?))
    }

    /// True when the sentence of token `i` talks of a game ("scored in the second half"): a
    /// half or quarter there is a part of the match, not of a year.
    pub(super) fn about_a_game(&self, i: usize) -> bool {
        self.a.sentence(self.a.sentence_of(i)).any(|k| words::game_word(self.a.lower(k)))
    }

    /// A quarter of year `y` named after it: `[this year's] third quarter` · `[the 1988] quarter` ·
    /// `[the 1988] period` (the quarter the text is about: the last one named in this or the
    /// previous sentence, or for `quarter` the last completed one).
    pub(super) fn quarter_of_year(&self, j: usize, y: i16) -> Option<Found> {
        let ordinal = words::ordinal(self.lw(j).as_str()).filter(|_| self.is(j + 1, "quarter"));
        if let Some(k) = ordinal {
            return Some(Found::new(j + 2, quarter_or_half(Some(y), i8::try_from(k).ok()?, true)?));
        }
        let sentence = self.a.sentence_of(j);
        let named = self.quarter_anchor.filter(|&(_, s)| s + QUARTER_REACH >= sentence).map(|(d, _)| d);
        let quarter = match self.lw(j).as_str() {
            "quarter" => named.or_else(|| self.doc.and_then(|d| calendar::step(d, -1, Unit::Quarter)))?,
            "period" => named?,
            _ => return None,
        };
        Some(Found::new(j + 1, TimexValue::Quarter { year: Some(y), quarter: (quarter.month() - 1) / 3 + 1 }))
    }

    /// `[the turn of the] century` · `millennium` · `20th century` · `last century`: the year
    /// of the boundary (`2000`, `1900`). A bare century is the last boundary before the document
    /// date, or the next one in a clause about the future late in a century.
    pub(super) fn turn_of(&self, k: usize) -> Option<Found> {
        let w = self.lw(k);
        if let Some(Found { end, value: TimexValue::Century(c), .. }) = self.bare_century(k) {
            return Some(Found::new(end, TimexValue::Year(c.checked_mul(100)?)));
        }
        let (span, end, back) = match w.as_str() {
            "century" => (100, k + 1, 0),
            "millennium" => (1000, k + 1, 0),
            "last" | "previous" | "past" if self.is(k + 1, "century") => (100, k + 2, 100),
            _ => return None,
        };
        let y = self.doc?.year();
        let mut turn = y - y.rem_euclid(span) - back;
        if back == 0 && span == 100 && y.rem_euclid(100) >= 50 && self.tense(k) == Tense::Future {
            turn += 100;
        }
        Some(Found::new(end, TimexValue::Year(turn)).doc_relative())
    }

    /// After `the`: `year` · `full year` · `fiscal year` · `current fiscal year` · `latest fiscal
    /// year` (the year of the text, DATE) · `year ended Sept. 30` (DURATION) · `year 2000` ·
    /// `year two thousand` (not "the year before", which counts from a date).
    pub(super) fn the_year(&self, j: usize) -> Option<Found> {
        let (mut k, mut step) = (j, 0);
        match self.lw(k).as_str() {
            "full" | "current" => k += 1,
            "latest" | "last" | "previous" | "prior" if self.is(k + 1, "fiscal") => (k, step) = (k + 1, -1),
            _ => {}
        }
        if self.is(k, "fiscal") {
            k += 1;
        }
        // "the Year III" (a calendar's name) is capitalized.
        if !self.is(k, "year") || self.cap(k) {
            return None;
        }
        if let Some(f) = self.year_number(k + 1) {
            return Some(f);
        }
        let next = self.lw(k + 1);
        match next.as_str() {
            "ended" | "ending" => {
                return Some(Found::new(k + 1, TimexValue::Duration { amount: Some(1), unit: Unit::Year }))
            }
            "before" | "after" | "earlier" | "later" | "when" | "in" | "of" => return None,
            _ => {}
        }
        if self.is_possessive(k + 1) && k == j {
            return None;
        }
        let base = match self.anchor.filter(|_| self.narrative) {
            Some(a) => a.year(),
            None => self.doc?.year(),
        };
        Some(Found::new(k + 1, TimexValue::Year(base + step)))
    }

    /// A year written after `the year`: `2000` · `two thousand`.
    pub(super) fn year_number(&self, j: usize) -> Option<Found> {
        if let Some(y) = words::year(self.a.word(j)).filter(|_| self.kind(j) == Some(TokenKind::Number)) {
            return Some(Found::new(j + 1, TimexValue::Year(y)).explicit());
        }
        self.spoken_thousands(j).or_else(|| self.spoken_year(j)).map(Found::explicit)
    }

    /// After `the past`: `three summers` · `two winters` (each of them: a set of the season, as a
    /// season is no unit of length).
    pub(super) fn counted_seasons(&self, j: usize) -> Option<Found> {
        let (k, Some(n)) = self.cardinal(j)? else {
            return None;
        };
        let season = words::season(self.lw(k).as_str().strip_suffix('s')?)?;
        (n > 1).then(|| Found::new(k + 1, TimexValue::Set(Box::new(TimexValue::Season { year: None, season }))))
    }

    /// After `the`: `19th century`, `third quarter [of 2021]`, `first half of the year`.
    pub(super) fn ordinal_period(&self, j: usize) -> Option<Found> {
        let unit = self.lw(j + 1);
        let n = match (words::ordinal(self.lw(j).as_str()), unit.as_str()) {
            (Some(n), _) => n,
            // "the last quarter of 2021", "the last half of the year" (not "the last quarter").
            (None, "quarter") if self.is(j, "last") && self.of_year(j + 2).0 > j + 2 => 4,
            (None, "half") if self.is(j, "last") && self.of_year(j + 2).0 > j + 2 => 2,
            // "the final quarter", "the latter half of 2023" (no recent one, as "the last quarter" may be).
            (None, "quarter") if self.is(j, "final") => 4,
            (None, "half") if matches!(self.lw(j).as_str(), "final" | "latter") => 2,
            _ => return None,
        };
        match unit.as_str() {
            "century" => self.century_era(n, j + 2),
            "quarter" | "half" => {
                let (end, explicit) = self.of_year(j + 2);
                if end == j + 2 && self.is(end, "of") && self.kind(end + 1) == Some(TokenKind::Word) {
                    return None; // "the second half of the game", "the first half of the 20th century"
                }
                let k = i8::try_from(n).ok()?;
                if end == j + 2 && self.about_a_game(j) {
                    return None; // "scored in the second half"
                }
                let year = if end == j + 2 { self.period_year(j, k, unit.as_str() == "quarter") } else { explicit };
                Some(Found::new(end, quarter_or_half(year, k, unit.as_str() == "quarter")?))
            }
            _ => None,
        }
    }

    /// After `the`: `first two quarters of 1990` · `last two quarters of the year`: a half of a
    /// year named after `of` (`1990-H1`); without the year, the span (left to the counted rules).
    pub(super) fn two_quarters(&self, j: usize) -> Option<Found> {
        let half = match self.lw(j).as_str() {
            "first" => 1,
            "last" | "final" => 2,
            _ => return None,
        };
        if !self.is(j + 1, "two") || !self.is(j + 2, "quarters") {
            return None;
        }
        let (end, year) = self.of_year(j + 3);
        (end > j + 3).then(|| Found::new(end, TimexValue::Half { year, half }))
    }

    /// The year of a year-less quarter or half: the document year, or the year before when the
    /// period is still to come and the clause is not in the future ("the fourth quarter" in January).
    fn period_year(&self, i: usize, k: i8, quarter: bool) -> Option<i16> {
        let doc = self.doc?;
        let current = if quarter { (doc.month() - 1) / 3 + 1 } else { (doc.month() - 1) / 6 + 1 };
        let later = k > current && self.tense(i) != Tense::Future;
        Some(doc.year() - i16::from(later))
    }

    /// `third-quarter` · `first-half` (an adjective) · `third quarter` (without `the`).
    pub(super) fn bare_ordinal_period(&self, i: usize, w: &str) -> Option<Found> {
        if let Some((ord, unit)) = w.split_once('-') {
            let k = i8::try_from(words::ordinal(ord)?).ok()?;
            let quarter = match unit {
                "quarter" => true,
                "half" => false,
                _ => return None,
            };
            if self.about_a_game(i) {
                return None; // "a second-half goal"
            }
            let year = self.period_year(i, k, quarter);
            return Some(Found::new(i + 1, quarter_or_half(year, k, quarter)?));
        }
        words::ordinal(w)?;
        if !self.is(i + 1, "quarter") {
            return None;
        }
        // "4th quarter 2018": an ordinal in digits only before a written year.
        if self.kind(i) == Some(TokenKind::Number) && self.of_year(i + 2).0 == i + 2 {
            return None;
        }
        self.ordinal_period(i)
    }

    /// After `the`: `quarter` · `latest quarter` · `current quarter` · `year-earlier quarter` ·
    /// `year-ago period` · `current year` · `weekend` (financial news: "the quarter" is the last
    /// completed one).
    pub(super) fn the_period(&self, j: usize, n: &str) -> Option<Found> {
        let doc = self.doc?;
        let last_quarter = calendar::step(doc, -1, Unit::Quarter)?;
        // "the comparable year-ago quarter", "the corresponding period last year".
        let (j, n) = match n {
            "comparable" | "corresponding" | "same"
                if matches!(self.lw(j + 1).as_str(), "year-ago" | "year-earlier") =>
            {
                (j + 1, self.lw(j + 1).as_str())
            }
            "comparable" | "corresponding" | "same" if matches!(self.lw(j + 1).as_str(), "quarter" | "period") => {
                let end = self.year_back(j + 2)?;
                let d = calendar::step(last_quarter, -1, Unit::Year)?;
                return Some(Found::new(end, calendar::period(d, Unit::Quarter)));
            }
            _ => (j, n),
        };
        let (k, base) = match n {
            "quarter" => (j, self.period_end_date(j + 1).unwrap_or(last_quarter)),
            "latest" | "last" | "recent" | "most" if self.is(j + 1, "quarter") => (j + 1, last_quarter),
            "latest" if self.is(j + 1, "period") => (j + 1, last_quarter),
            "current" if self.is(j + 1, "quarter") => (j + 1, doc),
            "current" if self.is(j + 1, "year") => return Some(Found::new(j + 2, TimexValue::Year(doc.year()))),
            "year-earlier" | "year-ago" => {
                // "the year-earlier nine months": a span, like "the first nine months".
                if let Some((end, amount @ Some(_), unit)) = self.count_unit(j + 1) {
                    return Some(Found::new(end, TimexValue::Duration { amount, unit }));
                }
                // "the year-ago third quarter": that quarter a year before.
                if let Some(Found { end, value: TimexValue::Quarter { year, quarter }, .. }) =
                    self.ordinal_period(j + 1)
                {
                    return Some(Found::new(end, TimexValue::Quarter { year: year.map(|y| y - 1), quarter }));
                }
                let d = calendar::step(last_quarter, -1, Unit::Year)?;
                let k = if matches!(self.lw(j + 1).as_str(), "quarter" | "period") { j + 1 } else { j };
                return Some(Found::new(k + 1, calendar::period(d, Unit::Quarter)));
            }
            "weekend" if self.is(j + 1, "of") => return self.weekend_of(j + 2),
            "weekend" => return Some(Found::new(j + 1, self.weekend(j))),
            _ => return None,
        };
        // "the quarter a year ago": the last quarter's counterpart a year before.
        if let Some(end) = self.year_back(k + 1) {
            let d = calendar::step(base, -1, Unit::Year)?;
            return Some(Found::new(end, calendar::period(d, Unit::Quarter)));
        }
        Some(Found::new(k + 1, calendar::period(base, Unit::Quarter)))
    }

    /// The day written after `ended` · `ending` at `k`, after a period of the financial year:
    /// `[the quarter] ended Sept. 30` (the quarter holds that day, not the one before the document).
    fn period_end_date(&self, k: usize) -> Option<jiff::civil::Date> {
        if !matches!(self.lw(k).as_str(), "ended" | "ending") {
            return None;
        }
        self.match_at(k + 1)?.value.date()
    }

    /// The end of `a year ago` · `a year earlier` · `last year` at `k` after a period of the
    /// financial year ("the quarter a year ago", "the corresponding period last year").
    fn year_back(&self, k: usize) -> Option<usize> {
        match (self.lw(k).as_str(), self.lw(k + 1).as_str(), self.lw(k + 2).as_str()) {
            ("a", "year", "ago" | "earlier") => Some(k + 3),
            ("last", "year", _) if !self.is_possessive(k + 2) => Some(k + 2),
            _ => None,
        }
    }

    /// `of 2021` · `of fiscal 2021` · `of the year` · `of last year` after a part of a year (or the
    /// document year).
    fn of_year(&self, j: usize) -> (usize, Option<i16>) {
        let doc_year = self.doc.map(|d| d.year());
        if let Some(y) = self.year_right_after(j) {
            return (j + 1, Some(y)); // "the fourth quarter 2018"
        }
        if !self.is(j, "of") {
            return (j, doc_year);
        }
        if let Some(y) = words::year(self.a.word(j + 1)) {
            return (j + 2, Some(y));
        }
        if let Some(Found { end, value: TimexValue::FiscalYear(y), .. }) =
            self.fiscal(j + 1).filter(|_| self.is(j + 1, "fiscal"))
        {
            return (end, Some(y)); // "of fiscal 1990"
        }
        if !self.is(j + 2, "year") {
            return (j, doc_year);
        }
        let step = match self.lw(j + 1).as_str() {
            "the" | "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return (j, doc_year),
        };
        (j + 3, doc_year.map(|y| y + step))
    }

    /// A year in four digits right after a quarter or half, without `of`: `[the fourth quarter]
    /// 2018` · `[Q4] 2018`.
    fn year_right_after(&self, j: usize) -> Option<i16> {
        let digits = self.a.tokens.get(j).is_some_and(|t| t.is(Flags::ALL_DIGITS)) && self.a.word(j).len() == 4;
        words::year(self.a.word(j)).filter(|_| digits)
    }

    /// `2005/06` · `1998/99` (a fiscal year or season across two calendar years, as British
    /// texts write it): the first year, as a range of years takes; only two years in a row, so
    /// that no other slashed number is read as one.
    pub(super) fn split_year(&self, i: usize) -> Option<Found> {
        let (a, b) = self.a.word(i).split_once('/')?;
        let first = words::year(a)?;
        (b.len() == 2 && is_next_year(first, b)).then(|| Found::new(i + 1, TimexValue::Year(first)).explicit())
    }

    /// `[the] 2019 - 20 [school year]` · `[season] 2023 – 2024` · `1998 - 99 [crop year]`: two
    /// years in a row written apart (a tokenizer keeps `2019-2020` one token, which
    /// [`Scanner::year_range`] reads), as a season or a fiscal, crop or school year across them,
    /// valued at the first year like [`Scanner::split_year`]; without such a noun next to them
    /// ("1914 - 1918", a score "2019 - 2020") each year stands alone.
    pub(super) fn season_years(&self, i: usize) -> Option<Found> {
        let first = words::year(self.a.word(i))?;
        let end = self.next_year_after(i + 1, first)?;
        let noun = |k: usize| season_noun(self.lw(k).as_str());
        (noun(end) || noun(i.wrapping_sub(1))).then(|| Found::new(end, TimexValue::Year(first)).explicit())
    }

    /// `[the] 1982 summer [offensives]` · `[a] 1944 winter [campaign]`: a year written before the
    /// season of it that names the time of a noun (not "fall", also the noun of a decline: "the
    /// 1929 fall in prices").
    pub(super) fn year_season(&self, i: usize) -> Option<Found> {
        let t = self.a.tokens.get(i)?;
        let y = words::year(self.a.word(i)).filter(|_| t.is(Flags::ALL_DIGITS))?;
        let w = self.lw(i + 1);
        let season = words::season(w.as_str()).filter(|_| w.as_str() != "fall" && self.lower_word(i + 1))?;
        self.noun_follows(i + 2).then(|| Found::new(i + 2, TimexValue::Season { year: Some(y), season }).explicit())
    }

    /// Two years in a row at `k`, with their end and the first: `1941-42` · `1941–1942` ·
    /// `1941/42` · `1941 - 42` (`[the winter of] 1941-42` is the winter of 1941).
    fn year_pair(&self, k: usize) -> Option<(usize, i16)> {
        let w = self.a.word(k);
        if let Some((a, b)) = w.split_once(['-', '–', '/']) {
            let y = words::year(a).filter(|_| a.bytes().all(|c| c.is_ascii_digit()))?;
            return is_next_year(y, b).then_some((k + 1, y));
        }
        let y = words::year(w).filter(|_| self.a.token_is(k, Flags::ALL_DIGITS))?;
        Some((self.next_year_after(k + 1, y)?, y))
    }

    /// The end of the year after `y` written after a dash at `k`: `[2019] - 2020` · `[2019] - 20`.
    pub(super) fn next_year_after(&self, k: usize, y: i16) -> Option<usize> {
        let next = self.a.word(k + 1);
        let number = self.kind(k + 1) == Some(TokenKind::Number);
        (is_dash(self.a.word(k)) && number && is_next_year(y, next)).then_some(k + 2)
    }
}

/// Quarter `k` (1–4) or half `k` (1–2) of a year.
fn quarter_or_half(year: Option<i16>, k: i8, quarter: bool) -> Option<TimexValue> {
    match quarter {
        true => (1..=4).contains(&k).then_some(TimexValue::Quarter { year, quarter: k }),
        false => (1..=2).contains(&k).then_some(TimexValue::Half { year, half: k }),
    }
}

/// True when `w`, written as four digits or two, is the year after `y`: `[2019-]2020` ·
/// `[2019/]20` · `[1999/]00`.
fn is_next_year(y: i16, w: &str) -> bool {
    let Some(n) = words::digits(w).filter(|_| w.bytes().all(|c| c.is_ascii_digit())) else {
        return false;
    };
    match w.len() {
        4 => i64::from(n) == i64::from(y) + 1,
        2 => i64::from(n) == (i64::from(y) + 1).rem_euclid(100),
        _ => false,
    }
}

/// Nouns of a year that runs across two calendar years, next to the years: `season`, `crop`,
/// `fiscal`, `school`.
fn season_noun(w: &str) -> bool {
    matches!(
        w,
        "season"
            | "seasons"
            | "campaign"
            | "crop"
            | "harvest"
            | "marketing"
            | "fiscal"
            | "financial"
            | "school"
            | "academic"
            | "budget"
            | "tax"
    )
}

#[cfg(test)]
mod tests {
    use super::super::value;

    #[test]
    fn quarters_before_a_year_without_of() {
        assert_eq!(value("in the 4th quarter 2018", "2022-07-30"), "2018-Q4");
        assert_eq!(value("in the fourth quarter 2018", "2022-07-30"), "2018-Q4");
        assert_eq!(value("in 4th quarter 2018", "2022-07-30"), "2018-Q4");
        assert_eq!(value("he scored in 4th quarter", "2022-07-30"), "");
    }

    #[test]
    fn fiscal_year_codes() {
        assert_eq!(value("in FY2023", "2022-07-30"), "2023");
        assert_eq!(value("in FY 2023", "2022-07-30"), "2023");
        assert_eq!(value("in FY23", "2022-07-30"), "2023");
        assert_eq!(value("in FY98", "2022-07-30"), "1998");
        assert_eq!(value("the fy2023 budget", "2022-07-30"), "");
        assert_eq!(value("FY 12345", "2022-07-30"), "");
    }

    #[test]
    fn turns_of_centuries() {
        assert_eq!(value("at the turn of the century", "2024-03-14"), "2000");
        assert_eq!(value("at the turn of the 20th century", "2024-03-14"), "1900");
        assert_eq!(value("at the turn of the last century", "2024-03-14"), "1900");
        assert_eq!(value("at the turn of the millennium", "2024-03-14"), "2000");
        assert_eq!(value("will be built by the turn of the century", "1988-03-14"), "2000");
        assert_eq!(value("was built at the turn of the century", "1988-03-14"), "1900");
    }

    #[test]
    fn seasons_of_a_year() {
        assert_eq!(value("in summer of 1979", "2022-07-30"), "1979-SU");
        assert_eq!(value("the spring and summer of 1979", "2022-07-30"), "1979-SP");
        assert_eq!(value("the winter of nineteen ninety-four", "2022-07-30"), "1994-WI");
    }

    #[test]
    fn counted_seasons() {
        assert_eq!(value("for the past three summers", "2022-07-30"), "XXXX-SU");
        assert_eq!(value("the last two winters", "2022-07-30"), "XXXX-WI");
        assert_eq!(value("the past", "2022-07-30"), "PAST_REF");
    }

    #[test]
    fn centuries_without_the() {
        assert_eq!(value("a 20th century thinker", "2022-07-30"), "19");
        assert_eq!(value("an eleventh-century church", "2022-07-30"), "10");
    }

    #[test]
    fn two_centuries_or_decades_named_together() {
        assert_eq!(value("in the 18th and 19th centuries", "2022-07-30"), "17");
        assert_eq!(value("19th centuries", "2022-07-30"), "");
        assert_eq!(value("the fifth and fourth centuries BC", "2022-07-30"), "BC04");
        assert_eq!(value("the 18th and 19th holes", "2022-07-30"), "");
        assert_eq!(value("70s", "2022-07-30"), "");
    }

    #[test]
    fn a_winter_across_two_years() {
        assert_eq!(value("the winter of 1941-42", "2022-07-30"), "1941-WI");
        assert_eq!(value("winter 1941/42", "2022-07-30"), "1941-WI");
        assert_eq!(value("the winter of 1941 - 42", "2022-07-30"), "1941-WI");
    }

    #[test]
    fn year_end() {
        assert_eq!(value("closing by year-end", "2022-07-30"), "2022 END");
        assert_eq!(value("up 5% since year-end", "2022-07-30"), "2021 END");
        assert_eq!(value("by year's end", "2022-07-30"), "2022 END");
        assert_eq!(value("year-end bonuses", "2022-07-30"), "");
    }

    #[test]
    fn years_of_a_season_written_apart() {
        assert_eq!(value("the 2019 - 20 school year", "2024-03-14"), "2019");
        assert_eq!(value("season 2023 - 2024", "2024-03-14"), "2023");
        assert_eq!(value("the 2005/06 season", "2024-03-14"), "2005");
        // One token, read by the range of years.
        assert_eq!(value("the 2019-2020 season", "2024-03-14"), "2019");
        // Not two years in a row, or no season noun: the first year alone.
        assert_eq!(value("the 2019 - 2021 season", "2024-03-14"), "2019");
        assert_eq!(value("the 1914 - 1918 war", "2024-03-14"), "1914");
        assert_eq!(value("the 2005/07 season", "2024-03-14"), "");
    }
}
