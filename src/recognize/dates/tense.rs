//! The tense of the clause around a temporal expression: which way a bare weekday, month or
//! holiday points from the document date.

use super::calendar::Tense;
use super::words::Lower;
use crate::text::{Analysis, Flags};

/// How far back in its sentence the tense of an expression is looked for.
const WINDOW: usize = 14;

/// The tense nearest before token `i` in its sentence ("will meet on Friday" → future).
pub fn at(a: &Analysis, i: usize) -> Tense {
    let s = a.sentence(a.sentence_of(i));
    let lo = s.start.max(i.saturating_sub(WINDOW));
    for j in (lo..i.min(s.end)).rev() {
        match marker_at(a, j, s.start) {
            Tense::Unknown => {}
            Tense::Past if passive(a, j) || adjective(a, j) => {}
            t => return t,
        }
    }
    Tense::Unknown
}

/// True when a verb of saying comes right before token `i` ("said Friday", "said on Friday"):
/// then the document date itself is a candidate for a bare weekday.
pub fn said_before(a: &Analysis, i: usize) -> bool {
    let lo = i.saturating_sub(3);
    (lo..i).any(|j| matches!(Lower::of(a.word(j)).as_str(), "said" | "says" | "told" | "say"))
}

/// The tense the word at `j` marks in its context: `set to` and `is to` point ahead ("is to
/// resume trading Tuesday"), `could not` does not; a capitalized word inside a sentence is a name, not a verb
/// ("the United States").
fn marker_at(a: &Analysis, j: usize, sentence_start: usize) -> Tense {
    let w = Lower::of(a.word(j));
    let to_follows = || Lower::of(a.word(j + 1)).as_str() == "to";
    match w.as_str() {
        "set" | "is" | "are" if to_follows() => Tense::Future,
        // "could not be reached Friday" reports the past.
        "could" if matches!(Lower::of(a.word(j + 1)).as_str(), "not" | "n't") => Tense::Unknown,
        _ if j > sentence_start && a.tokens.get(j).is_some_and(|t| t.is(Flags::CAPITALIZED)) => Tense::Unknown,
        w => marker(w),
    }
}

/// True when the `-ed` word at `j` follows a determiner: an adjective, not a verb ("on a still
/// unspecified date", "the revised plan").
fn adjective(a: &Analysis, j: usize) -> bool {
    let before = |k: usize| Lower::of(a.word(k));
    let det = |w: &str| matches!(w, "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "this" | "these");
    j > 0
        && (det(before(j - 1).as_str()) || (j > 1 && det(before(j - 2).as_str()) && before(j - 1).as_str() == "still"))
}

/// True when the word at `j` is a participle after `be` ("will be held"): it does not mark tense.
fn passive(a: &Analysis, j: usize) -> bool {
    j > 0 && matches!(Lower::of(a.word(j - 1)).as_str(), "be" | "been" | "being")
}

/// The tense a single word marks.
fn marker(w: &str) -> Tense {
    match w {
        "will" | "'ll" | "’ll" | "shall" | "would" | "could" | "might" | "should" | "going" | "scheduled" | "due"
        | "expected" | "expects" | "expect" | "plans" | "planned" | "upcoming" | "tomorrow" | "hopes" | "aims"
        | "intends" | "planning" | "payable" => Tense::Future,
        "was" | "were" | "had" | "did" | "said" | "told" | "met" | "held" | "began" | "left" | "fell" | "rose"
        | "took" | "came" | "won" | "lost" | "made" | "went" | "saw" | "gave" | "spoke" | "sold" | "struck"
        | "broke" | "flew" | "ran" | "got" | "paid" | "yesterday" | "ago" | "last" | "wrote" | "brought" | "bought"
        | "sent" | "caught" | "fought" | "led" | "overtook" => Tense::Past,
        _ if w.len() > 4 && w.ends_with("ed") => Tense::Past,
        _ => Tense::Unknown,
    }
}
