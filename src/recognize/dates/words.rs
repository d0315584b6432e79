//! Word classes of the date grammar: months, weekdays, numbers, units, seasons, parts of day.
//!
//! Every function takes a word already lower-cased (`Analysis::lower`, or [`Lower`] on the
//! stack), without allocation.

use super::value::{DayPart, Season, Unit};

/// A word lower-cased into a small stack buffer (`""` for words longer than the buffer).
#[derive(Clone, Copy)]
pub struct Lower {
    buf: [u8; 24],
    len: usize,
}

impl Lower {
    /// Lower-cases the ASCII letters of `w`.
    pub fn of(w: &str) -> Lower {
        let mut buf = [0u8; 24];
        if w.len() > buf.len() {
            return Lower { buf, len: 0 };
        }
        for (d, s) in buf.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        Lower { buf, len: w.len() }
    }

    /// The lower-cased word.
    pub fn as_str(&self) -> &str {
        self.buf.get(..self.len).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("")
    }
}

/// Month number of a month name or abbreviation: `july`, `jul.`, `sept.`.
pub fn month(w: &str) -> Option<i8> {
    let m = match w {
        "january" | "jan." | "jan" => 1,
        "february" | "feb." | "feb" => 2,
        "march" | "mar." => 3,
        "april" | "apr." => 4,
        "may" => 5,
        "june" | "jun." => 6,
        "july" | "jul." => 7,
        "august" | "aug." | "aug" => 8,
        "september" | "sep." | "sept." | "sept" => 9,
        "october" | "oct." | "oct" => 10,
        "november" | "nov." | "nov" => 11,
        "december" | "dec." | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Month number of a full month name that is no other word in lower case: `october` (not
/// `may`, `march`, nor the short forms).
pub fn plain_month(w: &str) -> Option<i8> {
    let plain = matches!(
        w,
        "january"
            | "february"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    );
    month(w).filter(|_| plain)
}

/// Month number of a month name or abbreviation inside a numeric date, where the undotted
/// short forms are safe too: `mar` in `14-Mar-2024`.
pub fn month_in_date(w: &str) -> Option<i8> {
    match w {
        "mar" => Some(3),
        "apr" => Some(4),
        "jun" => Some(6),
        "jul" => Some(7),
        "sep" => Some(9),
        _ => month(w),
    }
}

/// Every spelling of a weekday that [`weekday`] reads.
pub const WEEKDAY_NAMES: &[&str] = &[
    "monday",
    "mon.",
    "tuesday",
    "tue.",
    "tues.",
    "wednesday",
    "wed.",
    "thursday",
    "thu.",
    "thur.",
    "thurs.",
    "friday",
    "fri.",
    "saturday",
    "sat.",
    "sunday",
    "sun.",
];

/// Weekday number of an undotted short weekday: `thu`, `wed` (words of their own too: only
/// before a date).
pub fn short_weekday(w: &str) -> Option<i8> {
    let d = match w {
        "mon" => 1,
        "tue" | "tues" => 2,
        "wed" => 3,
        "thu" | "thur" | "thurs" => 4,
        "fri" => 5,
        "sat" => 6,
        "sun" => 7,
        _ => return None,
    };
    Some(d)
}

/// Weekday number (1 = Monday) of a weekday name: `friday`, `fri.`.
pub fn weekday(w: &str) -> Option<i8> {
    let d = match w {
        "monday" | "mon." => 1,
        "tuesday" | "tue." | "tues." => 2,
        "wednesday" | "wed." => 3,
        "thursday" | "thu." | "thur." | "thurs." => 4,
        "friday" | "fri." => 5,
        "saturday" | "sat." => 6,
        "sunday" | "sun." => 7,
        _ => return None,
    };
    Some(d)
}

/// Weekday number of a plural weekday: `mondays` (a recurrence).
pub fn weekday_plural(w: &str) -> Option<i8> {
    weekday(w.strip_suffix('s')?)
}

/// The value of a number word below a hundred: `three`, `twenty`, `twenty-four`.
pub fn number_word(w: &str) -> Option<u32> {
    if let Some((tens, ones)) = w.split_once('-') {
        let t = number_word(tens)?;
        let o = number_word(ones)?;
        return (t >= 20 && t % 10 == 0 && o < 10).then_some(t + o);
    }
    let n = match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        _ => return None,
    };
    Some(n)
}

/// The value of a plain digit string (`48`, `1,000`), at most 9 digits.
pub fn digits(w: &str) -> Option<u32> {
    if w.is_empty() || w.len() > 11 || w.starts_with(',') {
        return None;
    }
    let mut n: u32 = 0;
    for b in w.bytes() {
        match b {
            b'0'..=b'9' => n = n.checked_mul(10)?.checked_add(u32::from(b - b'0'))?,
            b',' => {}
            _ => return None,
        }
    }
    Some(n)
}

/// The number of an ordinal: `third`, `3rd`, `21st`.
pub fn ordinal(w: &str) -> Option<u32> {
    let n = match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        _ if w.contains('-') => {
            // "twenty-first", "thirty-first"
            let (tens, ones) = w.split_once('-')?;
            let t = number_word(tens).filter(|t| matches!(t, 20 | 30 | 40 | 50 | 60 | 70 | 80 | 90))?;
            return ordinal(ones).filter(|o| (1..10).contains(o)).map(|o| t + o);
        }
        _ => {
            let d = w.strip_suffix("st").or(w.strip_suffix("nd")).or(w.strip_suffix("rd")).or(w.strip_suffix("th"))?;
            return digits(d).filter(|_| d.bytes().all(|b| b.is_ascii_digit()));
        }
    };
    Some(n)
}

/// A number with a decimal fraction of one to three digits: `2.5` is `(2, 5, 10)` (the whole
/// part, the fraction's digits and its denominator); `0.25` is `(0, 25, 100)`.
pub fn decimal(w: &str) -> Option<(u32, u32, u32)> {
    let (whole, fraction) = w.split_once('.')?;
    if whole.is_empty() || whole.len() > 4 || !(1..=3).contains(&fraction.len()) {
        return None;
    }
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let denominator = 10u32.pow(u32::try_from(fraction.len()).ok()?);
    Some((whole.parse().ok()?, fraction.parse().ok()?, denominator))
}

/// The usual spelling of a lower-case word that the grammar reads under another spelling:
/// `week-end` (older and British) is `weekend`, `xmas` is `christmas`; any other word as it is.
#[inline]
pub fn usual_spelling(w: &str) -> &str {
    match w {
        "week-end" => "weekend",
        "week-ends" => "weekends",
        "xmas" => "christmas",
        _ => w,
    }
}

/// A day of the month: `30`, `30th`, `1st`.
pub fn day_of_month(w: &str) -> Option<i8> {
    if w.len() > 4 || !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let n = if w.bytes().all(|b| b.is_ascii_digit()) { digits(w)? } else { ordinal(w)? };
    (1..=31).contains(&n).then_some(n as i8)
}

/// A four-digit year from 1000 to 2999: `2022`.
pub fn year(w: &str) -> Option<i16> {
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y = digits(w)? as i16;
    (1000..=2999).contains(&y).then_some(y)
}

/// The decade of `1990s` (`199`) or, with `short`, of `90s` (`199`, assuming the 1900s).
pub fn decade(w: &str) -> Option<i16> {
    let d = w.strip_suffix('s')?;
    match d.len() {
        4 => year(d).filter(|y| y % 10 == 0).map(|y| y / 10),
        2 => digits(d).filter(|n| n % 10 == 0 && d.bytes().all(|b| b.is_ascii_digit())).map(|n| 190 + n as i16 / 10),
        _ => None,
    }
}

/// The decade of a decade word, counted in the 1900s: `nineties` → 9.
pub fn decade_word(w: &str) -> Option<i16> {
    let d = match w {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    };
    Some(d)
}

/// A unit word: its unit, whether it is plural, and how many units one word counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitWord {
    /// The unit: `Week` for `weeks` and for `fortnight`.
    pub unit: Unit,
    /// The word is plural: `years`.
    pub plural: bool,
    /// How many units one word counts: 2 for `fortnight` (two weeks), else 1.
    pub times: u32,
}

impl UnitWord {
    /// The units in `n` such words: `two fortnights` are 4 weeks.
    pub fn count(self, n: u32) -> u32 {
        n.saturating_mul(self.times)
    }

    /// True when the word counts several units, so it names no calendar period: `fortnight`
    /// ("last fortnight" is a span, not a week).
    pub fn is_multiple(self) -> bool {
        self.times > 1
    }
}

/// A time unit word: `years` → (`Year`, plural), `fortnight` → (`Week`, two of them).
pub fn unit(w: &str) -> Option<UnitWord> {
    let (unit, plural, times) = match w {
        "second" => (Unit::Second, false, 1),
        "seconds" => (Unit::Second, true, 1),
        "minute" | "min" | "min." => (Unit::Minute, false, 1),
        "minutes" | "mins" => (Unit::Minute, true, 1),
        "hour" => (Unit::Hour, false, 1),
        "hours" => (Unit::Hour, true, 1),
        "day" => (Unit::Day, false, 1),
        "days" => (Unit::Day, true, 1),
        "week" => (Unit::Week, false, 1),
        "weeks" => (Unit::Week, true, 1),
        "month" => (Unit::Month, false, 1),
        "months" => (Unit::Month, true, 1),
        "quarter" => (Unit::Quarter, false, 1),
        "quarters" => (Unit::Quarter, true, 1),
        "year" => (Unit::Year, false, 1),
        "years" => (Unit::Year, true, 1),
        "fortnight" => (Unit::Week, false, 2),
        "fortnights" => (Unit::Week, true, 2),
        "decade" => (Unit::Decade, false, 1),
        "decades" => (Unit::Decade, true, 1),
        "century" => (Unit::Century, false, 1),
        "centuries" => (Unit::Century, true, 1),
        _ => return None,
    };
    Some(UnitWord { unit, plural, times })
}

/// A moment at an edge of the day, with the part of the day it falls in: `dawn` (morning),
/// `dusk` (evening).
pub fn day_edge(w: &str) -> Option<DayPart> {
    let p = match w {
        "dawn" | "daybreak" | "sunrise" => DayPart::Morning,
        "dusk" | "sunset" | "sundown" | "nightfall" | "twilight" => DayPart::Evening,
        _ => return None,
    };
    Some(p)
}

/// A noun that `overnight` describes as a kind, not a time: `rates`, `stay`, `success`.
pub fn overnight_noun(w: &str) -> bool {
    matches!(
        w,
        "rate"
            | "rates"
            | "loan"
            | "loans"
            | "lending"
            | "money"
            | "repo"
            | "stay"
            | "stays"
            | "success"
            | "sensation"
            | "bag"
            | "bags"
            | "guest"
            | "guests"
            | "shift"
            | "shifts"
            | "train"
            | "flight"
            | "flights"
            | "delivery"
            | "swap"
            | "swaps"
            | "index"
            | "deposit"
            | "deposits"
            | "cordon"
            | "party"
            | "parties"
            | "camp"
            | "trade"
    )
}

/// A plural noun of people or things that a number before it counts: `[the 2020] employees`,
/// `[some 2000] people`, `[sold 1500] tickets` (not `results`, `elections`: a year's events).
pub fn count_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "persons"
            | "men"
            | "women"
            | "children"
            | "employees"
            | "workers"
            | "staff"
            | "troops"
            | "soldiers"
            | "police"
            | "officers"
            | "residents"
            | "students"
            | "members"
            | "delegates"
            | "protesters"
            | "demonstrators"
            | "refugees"
            | "passengers"
            | "patients"
            | "voters"
            | "votes"
            | "jobs"
            | "units"
            | "shares"
            | "tickets"
            | "cars"
            | "vehicles"
            | "homes"
            | "houses"
            | "copies"
            | "seats"
            | "signatures"
            | "acres"
            | "tons"
            | "tonnes"
            | "miles"
            | "kilometers"
            | "kilometres"
            | "metres"
            | "meters"
            | "feet"
            | "dollars"
            | "euros"
            | "pounds"
    )
}

/// A singular noun of a group, whose `of` counts the number after it: `[a crowd of] 2000`,
/// `[a total of] 1990`, `[a force of] 2000`.
pub fn group_noun(w: &str) -> bool {
    matches!(
        w,
        "crowd" | "total" | "group" | "force" | "army" | "workforce" | "audience" | "population" | "fleet" | "team"
    )
}

/// A noun of an age rather than of a day: after "today's" or before "of tomorrow" it makes the
/// word generic, the present or future at large (`today's youth`, `the leaders of tomorrow`).
pub fn era_noun(w: &str) -> bool {
    matches!(
        w,
        "world"
            | "youth"
            | "society"
            | "generation"
            | "generations"
            | "children"
            | "kids"
            | "young"
            | "youngsters"
            | "teenagers"
            | "families"
            | "parents"
            | "people"
            | "leaders"
            | "consumers"
            | "students"
            | "women"
            | "men"
            | "technology"
            | "culture"
            | "computers"
            | "cars"
            | "economy"
    )
}

/// A word of a game, in whose sentence "the second half" is a part of the match and "the 16th"
/// a hole: `scored`, `goal`, `half-time`, `birdie`.
pub fn game_word(w: &str) -> bool {
    matches!(
        w,
        "scored"
            | "scoring"
            | "goal"
            | "goals"
            | "equaliser"
            | "equalizer"
            | "penalty"
            | "penalties"
            | "half-time"
            | "halftime"
            | "game"
            | "touchdown"
            | "touchdowns"
            | "innings"
            | "striker"
            | "midfielder"
            | "goalkeeper"
            | "referee"
            | "kickoff"
            | "kick-off"
            | "quarterback"
            | "substitute"
            | "rebounds"
            | "birdie"
            | "birdies"
            | "bogey"
            | "bogeys"
            | "eagle"
            | "putt"
            | "putts"
            | "hole"
            | "holes"
            | "tee"
            | "fairway"
    )
}

/// A season name: `summer`, `autumn`.
pub fn season(w: &str) -> Option<Season> {
    let s = match w {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "fall" | "autumn" => Season::Fall,
        "winter" => Season::Winter,
        _ => return None,
    };
    Some(s)
}

/// A part of the day: `morning`, `night`.
pub fn day_part(w: &str) -> Option<DayPart> {
    let p = match w {
        "morning" => DayPart::Morning,
        "afternoon" => DayPart::Afternoon,
        "evening" => DayPart::Evening,
        "night" => DayPart::Night,
        _ => return None,
    };
    Some(p)
}

/// A time zone written after a clock time: `EST`, `GMT`.
pub fn zone(w: &str) -> bool {
    matches!(
        w,
        "gmt"
            | "utc"
            | "est"
            | "edt"
            | "et"
            | "cst"
            | "cdt"
            | "ct"
            | "mst"
            | "mdt"
            | "pst"
            | "pdt"
            | "pt"
            | "bst"
            | "cet"
    )
}

/// True for a word that makes the `last` after it a verb: a modal or `to` (`will [last]`,
/// `can [last]`, `it'll [last]`, `expected to [last]`).
pub fn before_verb_last(w: &str) -> bool {
    matches!(w, "will" | "would" | "could" | "can" | "may" | "might" | "must" | "should" | "to" | "'ll" | "’ll")
}

/// `a.m.` or `p.m.` (and their undotted forms): the hours to add.
pub fn meridiem(w: &str) -> Option<u8> {
    match w {
        "a.m." | "am" | "a.m" => Some(0),
        "p.m." | "pm" | "p.m" => Some(12),
        _ => None,
    }
}

/// The year of a two-digit year in a numeric date: `07` → 2007, `98` → 1998 (00 to 49 in this
/// century, 50 to 99 in the last).
pub fn two_digit_year(w: &str) -> Option<i16> {
    let n = i16::try_from(digits(w).filter(|_| w.len() == 2)?).ok()?;
    Some(if n < 50 { 2000 + n } else { 1900 + n })
}

/// The digits of a fiscal-year code: `fy2023` → `2023`, `fy23` → `23`, `fy` → `` (its year
/// the next token: `FY 2023`).
pub fn fiscal_code(w: &str) -> Option<&str> {
    w.strip_prefix("fy").filter(|r| matches!(r.len(), 0 | 2 | 4) && r.bytes().all(|b| b.is_ascii_digit()))
}

/// A clock time split from its seconds: `14:00:30` → (`14:00`, 30); `10:56:00Z` → (`10:56`, 0)
/// and `10:56:12.123` → (`10:56`, 12) (the UTC mark and the fraction of a second left out); any
/// other word comes back whole, without seconds.
pub fn split_seconds(w: &str) -> (&str, Option<u8>) {
    let seconds = w
        .rsplit_once(':')
        .map(|(hm, s)| (hm, whole_seconds(s)))
        .filter(|(hm, s)| hm.contains(':') && s.len() == 2)
        .and_then(|(hm, s)| Some((hm, u8::try_from(digits(s)?).ok().filter(|&s| s < 60)?)));
    match seconds {
        Some((hm, s)) => (hm, Some(s)),
        None => (w, None),
    }
}

/// The nanoseconds of a decimal fraction of a second written after a clock time's seconds:
/// `10:56:12.123Z` → 123,000,000 · `10:56:12.8` → 800,000,000 · `10:56:12` → 0 (digits after the
/// ninth left out).
pub fn second_fraction(w: &str) -> u32 {
    let (_, s) = w.rsplit_once(':').unwrap_or_default();
    let frac = s.strip_suffix('Z').unwrap_or(s).split_once('.').map_or("", |(_, f)| f);
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return 0;
    }
    let digits = frac.bytes().chain(std::iter::repeat(b'0')).take(9);
    digits.fold(0, |n, b| n * 10 + u32::from(b - b'0'))
}

/// The whole seconds of a written seconds field: `12.123Z` → `12` · `00Z` → `00` · `12` → `12`
/// (a trailing UTC `Z` and a decimal fraction of digits dropped).
fn whole_seconds(s: &str) -> &str {
    let s = s.strip_suffix('Z').unwrap_or(s);
    match s.split_once('.') {
        Some((whole, frac)) if !frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit()) => whole,
        _ => s,
    }
}

/// A number with its meridiem glued on: `7pm` → (`7`, 12), `9.30am` → (`9.30`, 0); any other
/// word comes back whole, without a meridiem.
pub fn split_meridiem(w: &str) -> (&str, Option<u8>) {
    let glued = w.len() > 2 && w.as_bytes().first().is_some_and(u8::is_ascii_digit);
    match w.get(w.len().saturating_sub(2)..).filter(|_| glued).and_then(meridiem) {
        Some(add) => (w.get(..w.len() - 2).unwrap_or(w), Some(add)),
        None => (w, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(month(Lower::of("Sept.").as_str()), Some(9));
        assert_eq!(number_word("twenty-four"), Some(24));
        assert_eq!(ordinal("21st"), Some(21));
        assert_eq!(day_of_month("30th"), Some(30));
        assert_eq!(day_of_month("32"), None);
        assert_eq!(decade("1990s"), Some(199));
        assert_eq!(decade("80s"), Some(198));
        assert_eq!(year("2022"), Some(2022));
        assert_eq!(digits("1,000"), Some(1000));
    }

    #[test]
    fn seconds_of_a_clock() {
        assert_eq!(split_seconds("14:00:30"), ("14:00", Some(30)));
        assert_eq!(split_seconds("10:56:00Z"), ("10:56", Some(0)));
        assert_eq!(split_seconds("10:56:12.123"), ("10:56", Some(12)));
        assert_eq!(split_seconds("10:56:12.123Z"), ("10:56", Some(12)));
        assert_eq!(split_seconds("10:56"), ("10:56", None));
        assert_eq!(split_seconds("10:56:12."), ("10:56:12.", None));
        assert_eq!(second_fraction("10:56:12.123Z"), 123_000_000);
        assert_eq!(second_fraction("10:56:12.8"), 800_000_000);
        assert_eq!(second_fraction("10:56:12.1234567891"), 123_456_789);
        assert_eq!(second_fraction("10:56:12"), 0);
        assert_eq!(second_fraction("10:56"), 0);
    }
}
