//! Text analysis: tokens, sentences and lexicon hits, built once per document.
//!
//! [`Analysis`] is what every later stage reads; none of them re-tokenizes or re-scans.

pub mod sentence;
pub mod token;

pub use sentence::SentenceRange;
pub use token::{tokenize, Flags, Token, TokenKind};

use crate::lexicon::{Hit, Lex, Lexicons};

/// Capitalized function words that open sentences and never start a name: determiners,
/// pronouns, conjunctions, common prepositions and auxiliaries, sentence adverbs ("The", "He",
/// "However", "Will"). The sentence splitter and the name rules both build on this list.
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
            | "Despite"
            | "During"
            | "Such"
            | "One"
            | "Now"
            | "Last"
            | "Next"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Will"
            | "Would"
            | "Can"
            | "Could"
            | "Should"
            | "Do"
            | "Does"
            | "Did"
            | "Please"
            | "Thus"
    )
}

/// Month and weekday names as written capitalized ("Monday", "May", "December"): rules
/// across the pipeline treat them as calendar words, not names or sentence starts.
pub fn is_calendar_name(w: &str) -> bool {
    matches!(
        w,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
    )
}

/// One document's tokens, sentences and lexicon hits.
#[derive(Debug, Clone)]
pub struct Analysis<'t> {
    /// The input text.
    pub text: &'t str,
    /// The input text with ASCII letters lower-cased: the same byte offsets, so a token's
    /// range slices it too. Built once for the lexicon scan and reused by every rule that
    /// compares words case-insensitively ([`Analysis::lower`]).
    lower: String,
    /// The lexicons the hits point into.
    pub lexicons: &'t Lexicons,
    /// The tokens, in order.
    pub tokens: Vec<Token>,
    /// The sentences, as token ranges, in order.
    pub sentences: Vec<SentenceRange>,
    /// The lexicon hits, by start token then longest first.
    pub hits: Vec<Hit>,
    /// For each token, the index in `hits` of the first hit starting at or after it.
    hit_index: Vec<u32>,
    /// For each token, the index of its sentence.
    sentence_of: Vec<u32>,
}

impl<'t> Analysis<'t> {
    /// Tokenizes, splits and scans `text`.
    pub fn new(text: &'t str, lexicons: &'t Lexicons) -> Analysis<'t> {
        let tokens = tokenize(text, lexicons);
        let sentences = sentence::split(text, &tokens, lexicons);
        let lower = text.to_ascii_lowercase();
        let hits = lexicons.scan_lowered(text, &lower, &tokens);
        let mut hit_index = Vec::with_capacity(tokens.len() + 1);
        let mut h = 0usize;
        let mut starts = hits.iter().map(|hit| hit.start as usize).peekable();
        for i in 0..=tokens.len() {
            while starts.next_if(|&s| s < i).is_some() {
                h += 1;
            }
            hit_index.push(h as u32);
        }
        let mut sentence_of = vec![0u32; tokens.len()];
        for (si, s) in sentences.iter().enumerate() {
            if let Some(xs) = sentence_of.get_mut(s.start as usize..s.end as usize) {
                xs.fill(si as u32);
            }
        }
        Analysis { text, lower, lexicons, tokens, sentences, hits, hit_index, sentence_of }
    }

    /// The text of token `i` (`""` out of range).
    #[inline]
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// Whether token `i` exists and has all of `flags`.
    #[inline]
    pub fn token_is(&self, i: usize, flags: Flags) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is(flags))
    }

    /// The kind of token `i` (`None` out of range).
    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// The text of token `i` with ASCII letters lower-cased (`""` out of range): "Friday" →
    /// "friday", "U.S." → "u.s.". No allocation: a slice of the document's lower-cased copy.
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        self.tokens.get(i).and_then(|t| self.lower.get(t.start as usize..t.end as usize)).unwrap_or_default()
    }

    /// Whether token `i` is written exactly `w` (a cheaper `word(i) == w` for hot loops:
    /// `a.is_word(k, ",")`).
    #[inline]
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.tokens.get(i).and_then(|t| self.text.as_bytes().get(t.start as usize..t.end as usize))
            == Some(w.as_bytes())
    }

    /// The text of tokens `[start, end)`.
    pub fn slice(&self, start: usize, end: usize) -> &'t str {
        let (s, e) = self.byte_span(start, end);
        self.text.get(s..e).unwrap_or_default()
    }

    /// The byte span of tokens `[start, end)`.
    pub fn byte_span(&self, start: usize, end: usize) -> (usize, usize) {
        match (self.tokens.get(start), end.checked_sub(1).and_then(|e| self.tokens.get(e))) {
            (Some(a), Some(b)) if start < end => (a.start as usize, b.end as usize),
            _ => (0, 0),
        }
    }

    /// The hits that start at token `i`, longest first.
    #[inline]
    pub fn hits_at(&self, i: usize) -> &[Hit] {
        let a = self.hit_index.get(i).copied().unwrap_or(self.hits.len() as u32) as usize;
        let b = self.hit_index.get(i + 1).copied().unwrap_or(self.hits.len() as u32) as usize;
        self.hits.get(a..b).unwrap_or_default()
    }

    /// The longest hit of lexicon `lex` starting at token `i`.
    #[inline]
    pub fn hit(&self, i: usize, lex: Lex) -> Option<&Hit> {
        self.hits_at(i).iter().find(|h| h.lex == lex)
    }

    /// The hit of lexicon `lex` covering exactly token `i`.
    #[inline]
    pub fn hit1(&self, i: usize, lex: Lex) -> Option<&Hit> {
        self.hits_at(i).iter().find(|h| h.lex == lex && h.end as usize == i + 1)
    }

    /// The lexicon entry of a hit.
    #[inline]
    pub fn entry(&self, hit: &Hit) -> &'t crate::lexicon::Entry {
        self.lexicons.entry(hit)
    }

    /// Field `f` of a hit's lexicon entry (`""` when absent).
    #[inline]
    pub fn lexicon_field(&self, hit: &Hit, f: usize) -> &'t str {
        self.lexicons.entry(hit).field(f)
    }

    /// The index of the sentence holding token `i`.
    #[inline]
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentence_of.get(i).copied().unwrap_or(0) as usize
    }

    /// The token range of sentence `s`.
    pub fn sentence(&self, s: usize) -> std::ops::Range<usize> {
        self.sentences.get(s).map_or(0..0, |r| r.start as usize..r.end as usize)
    }

    /// The sentence of token `i`, clipped to `radius` tokens on each side of it: the window
    /// rules read for context. Bounding it keeps every rule linear on pathological input (a
    /// "sentence" of a million tokens) while real sentences fit whole.
    pub fn context(&self, i: usize, radius: usize) -> std::ops::Range<usize> {
        let s = self.sentence(self.sentence_of(i));
        s.start.max(i.saturating_sub(radius))..s.end.min(i.saturating_add(radius + 1))
    }

    /// The token whose byte range starts at `offset`, if any.
    pub fn token_starting_at(&self, offset: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&(offset as u32), |t| t.start).ok()
    }
}
