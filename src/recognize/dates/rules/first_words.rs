//! The first-word test: the cheap check that most words of a text fail before any rule runs.

use crate::lexicon::WordSet;
use crate::recognize::dates::words;

/// Whether the (lower-cased) word `w` can open a temporal expression: the first test of
/// every word, which most words of a text fail at once ("the", "last", "July", "three",
/// "Christmas", "mid-2021" pass; "said", "government" do not). A hash look-up in
/// [`FIRST_WORDS`] or the weekday names, or a hyphen ("mid-July", "two-week", "third-quarter", "twenty-four"),
/// or a fiscal-year code ("FY2023").
pub(super) fn may_start_word(w: &str) -> bool {
    static FIRST: WordSet = WordSet::new(FIRST_WORDS);
    static WEEKDAYS: WordSet = WordSet::new(words::WEEKDAY_NAMES);
    let weekday_or_plural = || WEEKDAYS.contains(w) || w.strip_suffix('s').is_some_and(|d| WEEKDAYS.contains(d));
    FIRST.contains(w)
        || weekday_or_plural()
        || w.contains('-')
        || w.starts_with(|c: char| c.is_ascii_digit())
        || words::fiscal_code(w).is_some()
}

/// The words that open the phrases of `Scanner::word_rules` (besides weekday names and their
/// plurals, from [`words::WEEKDAY_NAMES`]). A new rule adds its first words here; the unit
/// tests check the list against every word the word classes of [`words`] accept.
const FIRST_WORDS: &[&str] = &[
    // approximate: "about three weeks", "more than a year", "up to 14 days"
    "more",
    "just",
    "well",
    "longer",
    "less",
    "fewer",
    "shorter",
    "at",
    "up",
    "no",
    "over",
    "nearly",
    "almost",
    "under",
    "about",
    "around",
    "roughly",
    "approximately",
    "circa",
    // a year of the common era: "AD 70"
    "ad",
    "a.d.",
    "c.",
    "ca.",
    "some",
    "between",
    // position: "early 2021", "the end of the month"
    "early",
    "late",
    "mid",
    "end",
    "close",
    "beginning",
    "start",
    "middle",
    // relative, anchored and other phrases: "the past two years", "this week", "that day"
    "the",
    "this",
    "last",
    "next",
    "coming",
    "past",
    "previous",
    "earlier",
    "later",
    "right",
    "every",
    "alternate",
    "each",
    "fiscal",
    "these",
    "that",
    "noon",
    "midday",
    "midnight",
    // days and references: "tomorrow", "currently", "at present"
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "currently",
    "current",
    "nowadays",
    "present",
    "recently",
    "formerly",
    "someday",
    // frequencies: "daily", "twice a week"
    "hourly",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "fortnightly",
    "semiannually",
    "semi-annually",
    "biannually",
    "bi-annually",
    "biweekly",
    "bi-weekly",
    "bimonthly",
    "bi-monthly",
    "biennially",
    "nightly",
    "weekends",
    "weekdays",
    "annually",
    "yearly",
    "once",
    "twice",
    "thrice",
    // counts: "a decade", "several months", "a couple of days", "recent years"
    "a",
    "an",
    "couple",
    "several",
    "few",
    "many",
    "recent",
    "year-earlier",
    "year-ago",
    // quarters: "Q3 2022"
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    // holidays: "New Year's Day", "St. Patrick's Day", "Good Friday"
    "christmas",
    "chinese",
    "lunar",
    "new",
    "independence",
    "valentine",
    "halloween",
    "veterans",
    "boxing",
    "st.",
    "st",
    "saint",
    "flag",
    "anzac",
    "waitangi",
    "all",
    "hogmanay",
    "bonfire",
    "world",
    "cinco",
    "thanksgiving",
    "labor",
    "memorial",
    "martin",
    "presidents",
    "mother",
    "mothers",
    "father",
    "fathers",
    "easter",
    "good",
    "election",
    "bastille",
    "canada",
    "australia",
    "armistice",
    "remembrance",
    "earth",
    "maundy",
    "mlk",
    // undotted short months and weekdays before a date: "Mar 3", "Thu 7 March"
    "mar",
    "apr",
    "jun",
    "jul",
    "sep",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "black",
    "holy",
    "palm",
    "ash",
    "shrove",
    "mardi",
    "ascension",
    "pentecost",
    "whit",
    "juneteenth",
    "epiphany",
    "groundhog",
    "guy",
    // feasts of other calendars: "Rosh Hashanah", "Eid al-Fitr", "Islamic New Year", "Diwali"
    "rosh",
    "jewish",
    "yom",
    "sukkot",
    "sukkoth",
    "succot",
    "hanukkah",
    "hanukah",
    "chanukah",
    "chanukkah",
    "purim",
    "passover",
    "pesach",
    "shavuot",
    "ramadan",
    "ramadhan",
    "ramazan",
    "ramzan",
    "eid",
    "bakrid",
    "islamic",
    "hijri",
    "muharram",
    "ashura",
    "mawlid",
    "diwali",
    "divali",
    "deepavali",
    "holi",
    // "moments ago", "lately"
    "moments",
    "lately",
    // halves, parts of days, rates, duration adjectives: "half an hour", "midafternoon",
    // "[by] yearend", "per day", "a weeklong strike"
    "half",
    "midmorning",
    "midcentury",
    "midyear",
    "midafternoon",
    "midevening",
    // edges of the day: "at dawn", "overnight"
    "dawn",
    "daybreak",
    "sunrise",
    "dusk",
    "sunset",
    "sundown",
    "nightfall",
    "twilight",
    "overnight",
    "yearend",
    "per",
    "hourlong",
    "daylong",
    "weeklong",
    "monthlong",
    "yearlong",
    "decadelong",
    // months: "July 30", "Sept. 4"
    "january",
    "jan.",
    "jan",
    "february",
    "feb.",
    "feb",
    "march",
    "mar.",
    "april",
    "apr.",
    "may",
    "june",
    "jun.",
    "july",
    "jul.",
    "august",
    "aug.",
    "aug",
    "september",
    "sep.",
    "sept.",
    "sept",
    "october",
    "oct.",
    "oct",
    "november",
    "nov.",
    "nov",
    "december",
    "dec.",
    "dec",
    // number words: "three years", "nineteen ninety"
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    // ordinals: "the third quarter"
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    // seasons: "summer 2020"
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    // units: "for weeks"
    "second",
    "seconds",
    "minute",
    "min",
    "min.",
    "minutes",
    "mins",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "fortnight",
    "fortnights",
];

#[cfg(test)]
mod tests {
    use super::super::Scanner;
    use super::{may_start_word, FIRST_WORDS};
    use crate::lexicon::Lexicons;
    use crate::recognize::dates::words;
    use crate::text::Analysis;

    /// What [`may_start_word`] must answer: the word classes the rules start with.
    fn starts_a_rule(w: &str) -> bool {
        FIRST_WORDS.contains(&w)
            || words::month(w).is_some()
            || words::weekday(w).is_some()
            || words::weekday_plural(w).is_some()
            || words::number_word(w).is_some()
            || words::ordinal(w).is_some()
            || words::season(w).is_some()
            || words::unit(w).is_some()
            || w.contains('-')
            || w.starts_with(|c: char| c.is_ascii_digit())
            || words::fiscal_code(w).is_some()
    }

    /// Every word (and plural) that the word classes accept, as written in `words.rs`, passes
    /// the one-look-up test, and nothing else among those words does.
    #[test]
    fn first_words_cover_the_word_classes() {
        let src = include_str!("../words.rs");
        let literals = src.split('"').skip(1).step_by(2).filter(|l| !l.is_empty() && !l.contains(char::is_whitespace));
        // The rules see words lower-cased (`Analysis::lower`), so the literals are too.
        for l in literals.map(str::to_ascii_lowercase) {
            for w in [l.clone(), format!("{l}s")] {
                assert_eq!(may_start_word(&w), starts_a_rule(&w), "{w:?}");
            }
        }
    }

    /// The first-word test is only a shortcut: at every token of the sample text and of the
    /// date table's sentences, with and without a document date, the rules find the same.
    #[test]
    fn first_word_test_changes_nothing() {
        let lexicons = Lexicons::builtin();
        let texts = [
            include_str!("../../../../examples/data/sample.txt"),
            include_str!("../../../../tests/data/dates.tsv"),
            include_str!("../../../../tests/data/dates_fractions.tsv"),
        ];
        for text in texts {
            let a = Analysis::new(text, &lexicons);
            for date in [None, crate::parse_date("2022-07-30").ok()] {
                let s = Scanner::new(&a, date);
                for i in 0..a.tokens.len() {
                    assert_eq!(may_start_word(a.lower(i)), starts_a_rule(a.lower(i)), "{:?}", a.word(i));
                    assert_eq!(s.match_at(i), s.match_at_ungated(i), "at {:?}", a.word(i));
                }
            }
        }
    }
}
