//! The sentence splitter: sentence boundaries over tokens.
//!
//! A sentence ends at terminal punctuation (`.`, `!`, `?`, an ellipsis, an abbreviation's
//! period) when what follows starts a sentence (a capital, a digit, an opening quote or
//! bracket), with closing quotes and brackets kept on the sentence they close. A blank line
//! always ends a sentence; a single line break inside running text does not.

use super::token::{Flags, Token, TokenKind};

/// A sentence as a range of token indices `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SentenceRange {
    /// Index of the first token.
    pub start: u32,
    /// Index one past the last token.
    pub end: u32,
}

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Never ends a sentence before a capitalized word: titles (`Mr.`, `Dr.`, `Gen.`, `St.`).
    Prefix,
    /// May end a sentence (`Inc.`, `Co.`, `U.S.`, `etc.`) when a sentence starter follows.
    Ordinary,
    /// An abbreviation only before a number (`No. 5`, `p. 55`, `Art. 3`); never ends a sentence.
    Numeric,
}

/// Tells the splitter which abbreviations are titles before names.
pub trait AbbrevInfo {
    /// The class of an abbreviation token's text (with its period), `None` if unknown.
    fn abbrev_class(&self, text: &str) -> Option<AbbrevClass>;
}

/// Splits tokens into sentences.
pub fn split(text: &str, tokens: &[Token], abbr: &dyn AbbrevInfo) -> Vec<SentenceRange> {
    let mut out = Vec::with_capacity(tokens.len() / 20 + 1);
    let n = tokens.len();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < n {
        // A blank line before token i ends the sentence before it.
        if i > start && tokens[i].is(Flags::PARAGRAPH_BEFORE) {
            out.push(SentenceRange { start: start as u32, end: i as u32 });
            start = i;
        }
        let t = &tokens[i];
        let candidate = matches!(t.kind, TokenKind::Terminal | TokenKind::Ellipsis | TokenKind::Abbreviation);
        if !candidate {
            i += 1;
            continue;
        }
        // Take closing quotes and brackets (and more terminals) along.
        let mut end = i + 1;
        while end < n
            && matches!(tokens[end].kind, TokenKind::CloseQuote | TokenKind::CloseBracket | TokenKind::Terminal)
            && !tokens[end].is(Flags::PARAGRAPH_BEFORE)
        {
            end += 1;
        }
        let next = tokens.get(end);
        let ends = match next {
            None => true,
            Some(nx) if nx.is(Flags::PARAGRAPH_BEFORE) => true,
            Some(nx) => ends_before(text, tokens, i, end, nx, abbr),
        };
        if ends {
            out.push(SentenceRange { start: start as u32, end: end as u32 });
            start = end;
        }
        i = end;
    }
    if start < n {
        out.push(SentenceRange { start: start as u32, end: n as u32 });
    }
    out
}

/// Whether the terminal token `i` (with its closers up to `end`) ends a sentence before `next`.
fn ends_before(text: &str, tokens: &[Token], i: usize, end: usize, next: &Token, abbr: &dyn AbbrevInfo) -> bool {
    let t = &tokens[i];
    let starts_sentence = next.is(Flags::CAPITALIZED)
        || next.kind == TokenKind::Number
        || matches!(next.kind, TokenKind::OpenQuote | TokenKind::OpenBracket | TokenKind::Ellipsis);
    if !starts_sentence {
        return false;
    }
    match t.kind {
        TokenKind::Abbreviation => {
            let s = t.text(text);
            if t.is(Flags::INITIAL) {
                // "Z. Muntasser" continues a name; "you and I. Did" ends.
                return s == "I." && next.is(Flags::CAPITALIZED);
            }
            match abbr.abbrev_class(s) {
                Some(AbbrevClass::Prefix | AbbrevClass::Numeric) => false,
                _ => next.is(Flags::CAPITALIZED) && end > i && is_sentence_starter(next.text(text)),
            }
        }
        _ => true,
    }
}

/// Words that usually start a sentence, used after an ordinary abbreviation ("Co. It closed").
fn is_sentence_starter(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "But"
            | "And"
            | "In"
            | "On"
            | "At"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "My"
            | "How"
            | "What"
            | "When"
            | "Where"
            | "Why"
            | "Who"
            | "If"
            | "As"
            | "After"
            | "Before"
            | "However"
            | "Meanwhile"
            | "So"
            | "Then"
            | "Yet"
            | "Some"
            | "Many"
            | "Most"
            | "All"
            | "No"
            | "Not"
            | "For"
            | "While"
            | "Since"
            | "Also"
            | "Last"
            | "Next"
            | "One"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    struct A;
    impl AbbrevInfo for A {
        fn abbrev_class(&self, t: &str) -> Option<AbbrevClass> {
            match t {
                "Mr." | "Dr." => Some(AbbrevClass::Prefix),
                "Co." | "U.S." => Some(AbbrevClass::Ordinary),
                _ => None,
            }
        }
    }

    fn sents(s: &str) -> Vec<&str> {
        let toks = tokenize(s, &|w: &str| matches!(w, "Mr" | "Dr" | "Co"));
        split(s, &toks, &A)
            .iter()
            .map(|r| &s[toks[r.start as usize].start as usize..toks[r.end as usize - 1].end as usize])
            .collect()
    }

    #[test]
    fn basic() {
        assert_eq!(sents("Hello World. My name is Jonas."), ["Hello World.", "My name is Jonas."]);
        assert_eq!(
            sents("Mr. Smith left. He said \"No.\" and left."),
            ["Mr. Smith left.", "He said \"No.\" and left."]
        );
        assert_eq!(sents("\"Go,\" he said. \"Now.\" She left."), ["\"Go,\" he said.", "\"Now.\"", "She left."]);
        assert_eq!(sents("Headline\n\nBody of\nthe text."), ["Headline", "Body of\nthe text."]);
        assert_eq!(sents("I live in the U.S. How about you?"), ["I live in the U.S.", "How about you?"]);
    }
}
