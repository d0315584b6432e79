//! References without a value of their own: `now`, `recently`, `for a while`, `one day` (to come).

use super::{Found, Scanner};
use crate::recognize::dates::calendar::Tense;
use crate::recognize::dates::value::{Reference, TimexValue};
use crate::recognize::dates::words;
use crate::text::TokenKind;

impl<'s, 't> Scanner<'s, 't> {
    /// `now` · `currently` · `recently` · `formerly` · `nowadays` · `at present` (not a
    /// sentence-opening "Now," that only turns the discourse).
    pub(super) fn reference(&self, i: usize, w: &str) -> Option<Found> {
        let r = match w {
            "now" if self.discourse_now(i) => return None,
            "now" | "currently" | "nowadays" => Reference::Present,
            "current" if self.current_before_noun(i) => Reference::Present,
            "present" if self.is(i.wrapping_sub(1), "at") => Reference::Present,
            "recently" | "formerly" | "lately" => Reference::Past,
            "someday" => Reference::Future,
            _ => return None,
        };
        Some(Found::new(i + 1, TimexValue::Reference(r)))
    }

    /// True when `current` at `i` modifies a noun that is no period of the calendar: "the
    /// current weakness", "its current share" (not "the current quarter", a date; "the then
    /// current price", a past; "the current account", a balance).
    fn current_before_noun(&self, i: usize) -> bool {
        let next = self.lw(i + 1);
        let noun = self.noun_follows(i + 1);
        let period = words::unit(next.as_str()).is_some() || matches!(next.as_str(), "fiscal" | "period" | "term");
        noun && !period && !matches!(next.as_str(), "account" | "accounts") && !self.is(i.wrapping_sub(1), "then")
    }

    /// `[for] a while` · `[for] some time` · `[in] a while`: a span of unknown length (`PXX`), only
    /// after a preposition of time ("some time" alone may be a determiner and noun); `a while ago`
    /// · `some time ago` (`PAST_REF`).
    pub(super) fn a_while(&self, i: usize, w: &str) -> Option<Found> {
        let span = matches!((w, self.lw(i + 1).as_str()), ("a", "while") | ("some", "time"));
        if span && self.is(i + 2, "ago") {
            return Some(Found::new(i + 3, TimexValue::Reference(Reference::Past)));
            // "a while ago"
        }
        let p = self.prev(i);
        let after_preposition = matches!(p.as_str(), "for" | "in" | "after" | "within" | "over");
        (span && after_preposition).then(|| Found::new(i + 2, TimexValue::SomeTime))
    }

    /// `one day` · `some day` as an adverb of a future clause: a time to come, not a span
    /// ("Islam will one day be ...", "hopes to fly some day"); not after a preposition ("for one
    /// day", "in one day") nor counted ("one day later", "one day of talks").
    pub(super) fn someday(&self, i: usize, w: &str) -> Option<Found> {
        if !matches!(w, "one" | "some") || !self.is(i + 1, "day") {
            return None;
        }
        let p = self.prev(i);
        let preposition = matches!(
            p.as_str(),
            "for" | "in" | "within" | "after" | "by" | "than" | "of" | "over" | "during" | "about" | "only" | "just"
            // verbs that take a span: "will take one day", "would need one day"
            | "take" | "takes" | "last" | "lasts" | "need" | "needs" | "spend" | "wait" | "require"
        );
        let counted = matches!(
            self.lw(i + 2).as_str(),
            "later" | "earlier" | "ago" | "after" | "before" | "of" | "a" | "per" | "each" | "in" | "to" | "and" | "or"
        );
        if preposition || counted || self.tense(i) != Tense::Future {
            return None;
        }
        Some(Found::new(i + 2, TimexValue::Reference(Reference::Future)))
    }

    /// "Now, he says, ..." at the start of a sentence (followed by a comma).
    fn discourse_now(&self, i: usize) -> bool {
        let first = self.opens_sentence(i) || matches!(self.kind(i.wrapping_sub(1)), Some(TokenKind::OpenQuote));
        first && self.a.word(i + 1) == ","
    }
}

#[cfg(test)]
mod tests {
    use super::super::value;

    #[test]
    fn one_day_to_come() {
        assert_eq!(value("it will one day be legal", "2022-07-30"), "FUTURE_REF");
        assert_eq!(value("they might meet some day", "2022-07-30"), "FUTURE_REF");
        assert_eq!(value("it will take one day", "2022-07-30"), "P1D");
        assert_eq!(value("he worked one day", "2022-07-30"), "P1D");
        assert_eq!(value("it will reopen one day later", "2022-07-30"), "2022-07-31");
    }

    #[test]
    fn spans_of_unknown_length() {
        assert_eq!(value("stay for a while", "2022-07-30"), "PXX");
        assert_eq!(value("back in a while", "2022-07-30"), "PXX");
        assert_eq!(value("for some time", "2022-07-30"), "PXX");
        assert_eq!(value("take a while", "2022-07-30"), "");
    }
}
