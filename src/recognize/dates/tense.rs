//! The tense of the clause around a temporal expression: which way a bare weekday, month or
//! holiday points from the document date.

use super::calendar::Tense;
use super::words;
use crate::text::{Analysis, Flags, TokenKind};

/// How far back in its sentence the tense of an expression is looked for.
const WINDOW: usize = 14;

/// How far ahead (in words that are no names) a sentence-opening expression looks for the tense
/// of its clause ("On Tuesday, the National Rifle Association will ...").
const AHEAD: usize = 8;

/// The tense nearest before token `i` in its sentence ("will meet on Friday" → future); for an
/// expression that opens its sentence, the tense after it ("In January, the firm named ...").
pub fn at(a: &Analysis, i: usize) -> Tense {
    if since_before(a, i) {
        return Tense::Past;
    }
    if earliest_before(a, i) || present_predicate(a, i) {
        return Tense::Future;
    }
    let (marked, tense) = clause(a, i);
    let Some(deadline) = deadline_before(a, i) else {
        return tense;
    };
    // "must be returned by Jan. 14", "postponed until Tuesday morning": a deadline lies ahead
    // unless the clause tells otherwise ("Until Thursday, they had not called"); "through" a
    // bare month only after a verb that puts things off ("extended the loans through January"),
    // as "sales through February" sums up a stretch that has ended as often as one to come.
    match (marked, tense) {
        (_, Tense::Unknown) if deadline == Deadline::Firm => Tense::Future,
        (Some(j), Tense::Past) if postponing(a.lower(j)) => Tense::Future,
        (_, t) => t,
    }
}

/// How firmly a word before an expression makes it a deadline.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Deadline {
    /// `by`, `until`, `till`; `through` a day ("runs through Sunday").
    Firm,
    /// `through` a bare month.
    Stretch,
}

/// The tense of the clause of token `i` and the word marking it: the nearest before it in its
/// sentence; for an expression that opens its sentence, the tense after it.
fn clause(a: &Analysis, i: usize) -> (Option<usize>, Tense) {
    let s = a.sentence(a.sentence_of(i));
    let lo = s.start.max(i.saturating_sub(WINDOW));
    let before = (lo..i.min(s.end)).rev().find_map(|j| marking(a, j, s.start).map(|t| (j, t)));
    if let Some((j, t)) = before {
        return (Some(j), t);
    }
    if i > s.start + 2 {
        return (None, Tense::Unknown);
    }
    // Not into a quotation after it: "McCurry on Friday: ``I want to ...'' " quotes another clause
    // (a single quote may mark a name: "the 103rd Guards 'Vitebsk' Division").
    (i + 1..s.end)
        .take_while(|&j| !(a.tokens.get(j).is_some_and(|t| t.kind == TokenKind::OpenQuote) && a.word(j) != "'"))
        .filter(|&j| !a.tokens.get(j).is_some_and(|t| t.is(Flags::CAPITALIZED)))
        .take(AHEAD)
        .find_map(|j| marking(a, j, s.start).map(|t| (Some(j), t)))
        .unwrap_or((None, Tense::Unknown))
}

/// True when the nearest tense before token `i` in its sentence is a future seen from the time of
/// writing ("will meet in April", "is scheduled for May"), not a future in the past ("would
/// attack in May"): such a date counts from the document date even in a story of the past.
pub fn speech_future(a: &Analysis, i: usize) -> bool {
    let s = a.sentence(a.sentence_of(i));
    let lo = s.start.max(i.saturating_sub(WINDOW));
    let nearest = (lo..i.min(s.end)).rev().find(|&j| marking(a, j, s.start).is_some());
    nearest.is_some_and(|j| match a.lower(j) {
        "will" | "'ll" | "’ll" | "shall" | "scheduled" | "upcoming" | "plans" | "expects" | "intends" => true,
        // "is expected to", not "was expected to".
        "expected" => !matches!(a.lower(j.wrapping_sub(1)), "was" | "were" | "had"),
        _ => false,
    })
}

/// How far back `since` is looked for before an expression ("since shortly after the Oct. 23").
const SINCE_REACH: usize = 4;

/// True when `since` comes shortly before token `i` with no punctuation between: what follows
/// `since` lies in the past ("since the March 4 vote", "since shortly after the Oct. 23 shooting").
fn since_before(a: &Analysis, i: usize) -> bool {
    let lo = i.saturating_sub(SINCE_REACH);
    for j in (lo..i).rev() {
        if !a.tokens.get(j).is_some_and(|t| t.is_wordlike()) {
            return false;
        }
        if a.lower(j) == "since" {
            return true;
        }
    }
    false
}

/// True when `as soon as` comes right before token `i`: the earliest of dates to come ("could
/// leave as soon as Tuesday"; "as early as" also looks back: "as early as 1990").
fn earliest_before(a: &Analysis, i: usize) -> bool {
    let (Some(a1), Some(a2), Some(a3)) = (i.checked_sub(3), i.checked_sub(2), i.checked_sub(1)) else {
        return false;
    };
    a.lower(a1) == "as" && a.lower(a2) == "soon" && a.lower(a3) == "as"
}

/// True when the expression at token `i` is the predicate of a present copula: what a present
/// `is` or `are` says of its subject is a date to come, the next occurrence ("the vote is on
/// Sept. 4", "the deadline is Friday", "the parade is on the Fourth of July", "the talks are set
/// for Friday", "banks are closed on Labor Day"). A report of the past takes no copula before its
/// date ("says Friday", "is down 5% Friday"); "today is Friday" names the present.
fn present_predicate(a: &Analysis, i: usize) -> bool {
    let before = |k: usize| k.checked_sub(1);
    let mut k = before(i);
    let skip = |k: Option<usize>, test: &dyn Fn(&str) -> bool| match k {
        Some(j) if test(a.lower(j)) => before(j),
        _ => k,
    };
    k = skip(k, &|w| w == "the");
    k = skip(k, &|w| matches!(w, "on" | "for"));
    k = skip(k, &predicate_participle);
    let Some(copula) = k.filter(|&j| matches!(a.lower(j), "is" | "are")) else {
        return false;
    };
    !matches!(a.lower(copula.wrapping_sub(1)), "today" | "tomorrow" | "yesterday" | "it" | "this" | "that")
}

/// Words that, after a present copula, leave its predicate a date: participles and adjectives of
/// plans and schedules ("is set for Friday", "are due Monday", "is closed on Labor Day", "is
/// postponed until May"). Only schedule words: any other present passive in news reports the past
/// ("the suspect is charged Friday", "the company is listed Friday").
fn predicate_participle(w: &str) -> bool {
    matches!(
        w,
        "set"
            | "slated"
            | "due"
            | "scheduled"
            | "rescheduled"
            | "planned"
            | "expected"
            | "timetabled"
            | "booked"
            | "closed"
            | "open"
            | "shut"
            | "held"
            | "postponed"
            | "delayed"
    )
}

/// How many tokens of a clock time may stand between a deadline word and its day ("until
/// 9 a.m. EST Tuesday").
const DEADLINE_REACH: usize = 4;

/// The deadline made by `by`, `until`, `till` or `through` right before token `i`, or before a
/// clock time right before it ("by Feb. 1", "until 9 a.m. Tuesday", "runs through Sunday"),
/// if any.
fn deadline_before(a: &Analysis, i: usize) -> Option<Deadline> {
    let lo = i.saturating_sub(DEADLINE_REACH + 1);
    for j in (lo..i).rev() {
        let w = a.lower(j);
        if matches!(w, "by" | "until" | "till") {
            return Some(Deadline::Firm);
        }
        if matches!(w, "through" | "thru") {
            let bare_month =
                j + 1 == i && words::month(a.lower(i)).is_some() && words::day_of_month(a.word(i + 1)).is_none();
            return Some(if bare_month { Deadline::Stretch } else { Deadline::Firm });
        }
        let clock = a.tokens.get(j).is_some_and(|t| t.is(Flags::ALL_DIGITS))
            || words::meridiem(w).is_some()
            || words::zone(w)
            || matches!(w, "noon" | "midnight");
        if !clock {
            return None;
        }
    }
    None
}

/// Verbs that put an event off to a later date ("postponed until Tuesday"): their past tense
/// points ahead.
fn postponing(w: &str) -> bool {
    matches!(w, "postponed" | "delayed" | "deferred" | "adjourned" | "extended" | "rescheduled")
}

/// The tense word `j` marks, if any (participles after `be` and adjectives mark none).
fn marking(a: &Analysis, j: usize, sentence_start: usize) -> Option<Tense> {
    match marker_at(a, j, sentence_start) {
        Tense::Unknown => None,
        Tense::Past if passive(a, j) || adjective(a, j) => None,
        Tense::Future if past_perfect_plan(a, j) => Some(Tense::Past),
        t => Some(t),
    }
}

/// True when the plan word at `j` follows `had been` / `had`: a plan of the past, overtaken
/// ("had been scheduled to expire Friday", "had planned to leave Monday").
fn past_perfect_plan(a: &Analysis, j: usize) -> bool {
    let plan = matches!(a.lower(j), "scheduled" | "expected" | "planned" | "due" | "set");
    let before = |k: usize| j.checked_sub(k).map_or("", |x| a.lower(x));
    plan && (before(1) == "had" || (before(1) == "been" && before(2) == "had"))
}

/// True when a verb of saying comes right before token `i` ("said Friday", "said on Friday"):
/// then the document date itself is a candidate for a bare weekday.
pub fn said_before(a: &Analysis, i: usize) -> bool {
    let lo = i.saturating_sub(3);
    (lo..i).any(|j| matches!(a.lower(j), "said" | "says" | "told" | "say"))
}

/// The tense the word at `j` marks in its context: `set to` and `is to` point ahead ("is to
/// resume trading Tuesday"), `could not` does not; a capitalized word inside a sentence is a name, not a verb
/// ("the United States").
fn marker_at(a: &Analysis, j: usize, sentence_start: usize) -> Tense {
    let w = a.lower(j);
    let to_follows = || a.lower(j + 1) == "to";
    match w {
        "set" | "is" | "are" if to_follows() => Tense::Future,
        // The present of a trip points ahead: "returns to Washington on Sunday", "heads home
        // Friday" (not the nouns "tax returns", "heads of state").
        "returns" | "heads" | "goes" if matches!(a.lower(j + 1), "to" | "home" | "back") => Tense::Future,
        // A commitment points its act ahead: "agreed to buy the unit in February"; so does a
        // present wish: "want to question him Tuesday" (not "wanted to").
        _ if to_follows() && (commitment(w) || present_wish(w)) => Tense::Future,
        // "the law takes effect Jan. 1" points ahead; "took effect" back.
        "effect" => match a.lower(j.wrapping_sub(1)) {
            "take" | "takes" => Tense::Future,
            "took" | "taken" => Tense::Past,
            _ => Tense::Unknown,
        },
        // "plans to", "did not plan to remove": an intention; "vacation plans" is a noun.
        "plan" | "plans" => {
            if to_follows() {
                Tense::Future
            } else {
                Tense::Unknown
            }
        }
        // The plural present of a scheduled event: "they meet Monday", not "did not meet".
        // "close" and "open" only right before their day or hour ("shops close on Labor Day",
        // "banks close Monday", "polls open at 7 a.m."; not "killed close to 500 people Friday",
        // "an open letter").
        "close" | "open" if !before_day_or_hour(a, j + 1) => Tense::Unknown,
        "meet" | "begin" | "resume" | "convene" | "arrive" | "reopen" | "close" | "open" | "travel" | "leave" => {
            match a.lower(j.wrapping_sub(1)) {
                "did" | "didn't" | "not" | "n't" | "to" | "a" | "the" => Tense::Unknown,
                _ => Tense::Future,
            }
        }
        // "payable Jan. 2", "effective Feb. 1" name a coming date; "became effective" does not.
        "effective" if !matches!(a.lower(j.wrapping_sub(1)), "became" | "was" | "were" | "become") => Tense::Future,
        // "will last until May": the verb, whose tense the word before it marks (not "last week").
        "last" if words::before_verb_last(a.lower(j.wrapping_sub(1))) => Tense::Unknown,
        // "could not be reached Friday" reports the past.
        "could" if matches!(a.lower(j + 1), "not" | "n't") => Tense::Unknown,
        _ if j > sentence_start && a.tokens.get(j).is_some_and(|t| t.is(Flags::CAPITALIZED)) => Tense::Unknown,
        w => marker(w),
    }
}

/// True when the token at `k` opens the day or hour of a verb before it: `on`, `at` before a
/// number, or a capitalized word ("close on Tuesday", "open at 7 a.m.", "close Monday").
fn before_day_or_hour(a: &Analysis, k: usize) -> bool {
    let at_hour = a.lower(k) == "at" && a.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number);
    a.lower(k) == "on" || at_hour || a.tokens.get(k).is_some_and(|t| t.is(Flags::CAPITALIZED))
}

/// How far after a present progressive its weekday may stand ("is holding talks with unions Friday").
const PROGRESSIVE_REACH: usize = 5;

/// True when the word at `j` is a present participle after a present `is` or `are` (a present
/// progressive: "is holding", "are meeting"), not an adjective after a determiner.
fn progressive(a: &Analysis, j: usize) -> bool {
    let w = a.lower(j);
    w.len() > 4 && w.ends_with("ing") && j.checked_sub(1).is_some_and(|k| matches!(a.lower(k), "is" | "are"))
}

/// True when a present progressive comes shortly before token `i` in its sentence, with no tense
/// marked between ("is holding talks with unions Friday", "are trading higher Friday"): the
/// present of an arrangement, whose weekday is the next one, the document's own day included.
pub fn progressive_before(a: &Analysis, i: usize) -> bool {
    let s = a.sentence(a.sentence_of(i));
    let lo = s.start.max(i.saturating_sub(PROGRESSIVE_REACH + 1));
    (lo..i.min(s.end))
        .rev()
        .find(|&j| progressive(a, j) || marking(a, j, s.start).is_some())
        .is_some_and(|j| progressive(a, j))
}

/// Words of commitment whose act, after `to`, lies ahead: "agreed to", "an agreement to",
/// "pledged to".
fn commitment(w: &str) -> bool {
    matches!(
        w,
        "agreed"
            | "agreement"
            | "promised"
            | "pledged"
            | "vowed"
            | "decided"
            | "proposed"
            | "offered"
            | "threatened"
            | "committed"
            | "undertook"
    )
}

/// Verbs of a present wish or intention whose act, after `to`, lies ahead: "want to", "hope
/// to", "seeks to".
fn present_wish(w: &str) -> bool {
    matches!(
        w,
        "want"
            | "wants"
            | "hope"
            | "hopes"
            | "seek"
            | "seeks"
            | "intend"
            | "intends"
            | "aim"
            | "aims"
            | "wish"
            | "wishes"
    )
}

/// True when the `-ed` word at `j` follows a determiner: an adjective, not a verb ("on a still
/// unspecified date", "the revised plan").
fn adjective(a: &Analysis, j: usize) -> bool {
    let before = |k: usize| a.lower(k);
    let det = |w: &str| matches!(w, "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "this" | "these");
    j > 0 && (det(before(j - 1)) || (j > 1 && det(before(j - 2)) && before(j - 1) == "still"))
}

/// True when the word at `j` is a participle after `be` ("will be held"): it does not mark tense.
fn passive(a: &Analysis, j: usize) -> bool {
    j > 0 && matches!(a.lower(j - 1), "be" | "been" | "being")
}

/// The tense a single word marks.
fn marker(w: &str) -> Tense {
    match w {
        "will" | "'ll" | "’ll" | "shall" | "would" | "could" | "might" | "should" | "going" | "scheduled" | "due"
        | "expected" | "expects" | "expect" | "planned" | "upcoming" | "tomorrow" | "hopes" | "aims" | "intends"
        | "planning" | "payable" => Tense::Future,
        // The present of a scheduled event points ahead: "trading resumes Monday", "the court
        // hears the case Tuesday".
        "begins" | "starts" | "resumes" | "opens" | "meets" | "convenes" | "hears" | "expires" | "arrives"
        | "departs" | "visits" | "hosts" | "faces" | "kicks" | "reopens" | "closes" | "ends" | "travels" | "leaves"
        | "flies" | "sails" | "testifies" | "airs" | "premieres" => Tense::Future,
        "was" | "were" | "had" | "did" | "said" | "told" | "met" | "held" | "began" | "left" | "fell" | "rose"
        | "took" | "came" | "won" | "lost" | "made" | "went" | "saw" | "gave" | "spoke" | "sold" | "struck"
        | "broke" | "flew" | "ran" | "got" | "paid" | "yesterday" | "ago" | "last" | "wrote" | "brought" | "bought"
        | "sent" | "caught" | "fought" | "led" | "overtook" | "became" | "chose" | "drew" | "drove" | "fled"
        | "found" | "froze" | "grew" | "heard" | "kept" | "knew" | "meant" | "rode" | "sank" | "shook" | "shot"
        | "spent" | "stood" | "stole" | "swore" | "taught" | "thought" | "threw" | "understood" | "wore"
        | "withdrew" | "sought" | "felt" | "dealt" | "arose" | "built" | "fed" | "forgave" | "hung" | "lent"
        | "slept" | "swept" | "tore" | "woke" | "ate" | "bore" | "drank" | "forbade" | "forgot" | "hid" | "laid"
        | "rang" | "sang" | "sat" | "slid" | "spun" | "stuck" | "underwent" | "wept" => Tense::Past,
        _ if w.len() > 4 && w.ends_with("ed") && !ed_not_past(w) => Tense::Past,
        _ => Tense::Unknown,
    }
}

/// True when `w` is a verb in the past tense: `ended`, `came`, `left` (not the time words that
/// mark a past: "yesterday", "ago", "last").
pub fn past_verb(w: &str) -> bool {
    marker(w) == Tense::Past && !matches!(w, "yesterday" | "ago" | "last")
}

/// Words ending in `-ed` that are no past tense: verbs whose stem ends so ("will succeed",
/// "need"), numbers and adjectives ("a hundred", "sacred").
fn ed_not_past(w: &str) -> bool {
    matches!(
        w,
        "succeed"
            | "proceed"
            | "exceed"
            | "speed"
            | "bleed"
            | "breed"
            | "indeed"
            | "hundred"
            | "kindred"
            | "sacred"
            | "naked"
            | "wicked"
            | "embed"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicons;

    /// The tense at the last token of `text`.
    fn tense_at_end(text: &str) -> Tense {
        let lexicons = Lexicons::builtin();
        let a = Analysis::new(text, &lexicons);
        at(&a, a.tokens.len().saturating_sub(1))
    }

    #[test]
    fn ed_words_that_are_no_past() {
        assert_eq!(marker("succeed"), Tense::Unknown);
        assert_eq!(marker("hundred"), Tense::Unknown);
        assert_eq!(marker("agreed"), Tense::Past);
        assert_eq!(tense_at_end("Ms. Lee will succeed him Friday"), Tense::Future);
    }

    #[test]
    fn plural_present_of_scheduled_events() {
        assert_eq!(tense_at_end("The two leaders meet separately Monday"), Tense::Future);
        assert_eq!(tense_at_end("The two leaders did not meet Monday"), Tense::Past);
        assert_eq!(tense_at_end("They were due to meet Monday"), Tense::Future);
    }

    #[test]
    fn present_of_schedules_and_travel() {
        assert_eq!(tense_at_end("Most shops close on Labor"), Tense::Future);
        assert_eq!(tense_at_end("The museum reopens Tuesday"), Tense::Future);
        assert_eq!(tense_at_end("The envoy travels to Cairo on Sunday"), Tense::Future);
        assert_eq!(tense_at_end("The museum did not reopen Tuesday"), Tense::Past);
        assert_eq!(tense_at_end("Rebels killed close to 500 people Tuesday"), Tense::Past);
        assert_eq!(tense_at_end("The envoy returns to Cairo on Sunday"), Tense::Future);
        assert_eq!(tense_at_end("Police want to question him Tuesday"), Tense::Future);
        assert_eq!(tense_at_end("Police wanted to question him Tuesday"), Tense::Past);
        assert_eq!(tense_at_end("The firm filed its tax returns Friday"), Tense::Past);
    }

    #[test]
    fn schedules_that_run_through_a_day_or_open_at_an_hour() {
        assert_eq!(tense_at_end("Voting runs through Sunday"), Tense::Future);
        assert_eq!(tense_at_end("Voting ran through Sunday"), Tense::Past);
        assert_eq!(tense_at_end("Polls close at 8 p.m. on Tuesday"), Tense::Future);
        assert_eq!(tense_at_end("Polls open at 7 a.m. Tuesday"), Tense::Future);
        assert_eq!(tense_at_end("She wrote an open letter Tuesday"), Tense::Past);
    }

    #[test]
    fn taking_effect() {
        assert_eq!(tense_at_end("The law takes effect Jan"), Tense::Future);
        assert_eq!(tense_at_end("The law took effect Jan"), Tense::Past);
    }

    #[test]
    fn plans_are_intentions_only_before_to() {
        assert_eq!(tense_at_end("Police did not plan to move in Thursday"), Tense::Future);
        assert_eq!(tense_at_end("She set aside vacation plans Friday"), Tense::Unknown);
    }

    #[test]
    fn sentence_openers_look_past_names() {
        let lexicons = Lexicons::builtin();
        let a =
            Analysis::new("On Tuesday, the National Rifle Association of America will begin a campaign.", &lexicons);
        assert_eq!(at(&a, 1), Tense::Future);
    }

    #[test]
    fn predicates_of_a_present_copula_lie_ahead() {
        assert_eq!(tense_at_end("The deadline is Friday"), Tense::Future);
        assert_eq!(tense_at_end("The parade is on the Fourth"), Tense::Future);
        assert_eq!(tense_at_end("Banks are closed on Monday"), Tense::Future);
        assert_eq!(tense_at_end("Banks were closed on Monday"), Tense::Past);
        assert_eq!(tense_at_end("Today is Friday"), Tense::Unknown);
        assert_eq!(tense_at_end("The company says Friday"), Tense::Unknown);
        assert_eq!(tense_at_end("The vote is scheduled for Friday"), Tense::Future);
        assert_ne!(tense_at_end("The suspect is charged Friday"), Tense::Future);
        assert_ne!(tense_at_end("The company is listed Friday"), Tense::Future);
    }

    #[test]
    fn last_the_verb_marks_no_past() {
        assert_eq!(tense_at_end("The strike will last until Friday"), Tense::Future);
        assert_eq!(tense_at_end("The strike lasted until Friday"), Tense::Past);
    }

    #[test]
    fn plans_overtaken_are_past() {
        assert_eq!(tense_at_end("The talks had been scheduled to resume Friday"), Tense::Past);
        assert_eq!(tense_at_end("The board had planned to vote Monday"), Tense::Past);
        assert_eq!(tense_at_end("The talks are scheduled to resume Friday"), Tense::Future);
    }
}
