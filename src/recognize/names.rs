//! Shared predicates over name-like tokens, used by the people, organization and court rules.

use crate::lexicon::Lex;
use crate::text::{Analysis, Flags, TokenKind};

/// Capitalized function words and sentence openers that never start a name.
pub fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "In"
            | "On"
            | "At"
            | "Of"
            | "For"
            | "And"
            | "But"
            | "Or"
            | "As"
            | "By"
            | "To"
            | "From"
            | "With"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "Since"
            | "Because"
            | "Although"
            | "Though"
            | "However"
            | "Meanwhile"
            | "Also"
            | "So"
            | "Then"
            | "There"
            | "Here"
            | "What"
            | "Who"
            | "Which"
            | "Where"
            | "Why"
            | "How"
            | "Yet"
            | "Still"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "Both"
            | "Each"
            | "Every"
            | "No"
            | "Not"
            | "According"
            | "Under"
            | "Over"
            | "About"
            | "Against"
            | "Despite"
            | "During"
            | "Until"
            | "Among"
            | "Between"
            | "Through"
            | "Without"
            | "Within"
            | "Into"
            | "Upon"
            | "Mr"
            | "Several"
            | "Other"
            | "Such"
            | "One"
            | "Two"
            | "Three"
            | "Once"
            | "Now"
            | "Later"
            | "Earlier"
            | "Last"
            | "Next"
            | "Even"
            | "Just"
            | "Only"
            | "More"
            | "Less"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Will"
            | "Would"
            | "Can"
            | "Could"
            | "Should"
            | "May"
            | "Might"
            | "Must"
            | "Do"
            | "Does"
            | "Did"
            | "Has"
            | "Have"
            | "Had"
            | "Be"
            | "Being"
            | "Been"
            | "Let"
            | "Please"
            | "Yes"
            | "Thus"
    )
}

/// A capitalized word that can be part of a name (not a function word, not a month or weekday
/// on its own).
pub fn is_name_word(a: &Analysis, i: usize) -> bool {
    let Some(t) = a.tokens.get(i) else { return false };
    if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) || !t.is(Flags::CAPITALIZED) {
        return false;
    }
    let w = a.word(i);
    !is_function_word(w)
}

/// A single-capital initial with its period (`Z.`).
pub fn is_initial(a: &Analysis, i: usize) -> bool {
    a.tokens.get(i).is_some_and(|t| t.is(Flags::INITIAL))
}

/// A surname particle (`al-`, `bin`, `van der`): the end token of its hit.
pub fn particle_end(a: &Analysis, i: usize) -> Option<usize> {
    a.hit(i, Lex::NameParticle).filter(|h| a.lexicon_field(h, 0) == "particle").map(|h| h.end as usize)
}
