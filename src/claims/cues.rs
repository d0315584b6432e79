//! Cues: the reporting words of the cue lexicon (`data/cues.txt`), as found in the one lexicon
//! scan, with the auxiliaries that belong to them ("**has stated**", "**is expected**").

use super::words::{is_aux, kind_is};
use crate::document::CueType;
use crate::lexicon::Lex;
use crate::text::{Analysis, TokenKind};

/// How a cue's words combine with the rest of the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueShape {
    /// A verb or a verb phrase: "said", "told reporters", "is expected".
    Verb,
    /// A noun naming a statement or belief: "statement", "claim".
    Noun,
    /// "according to", "in the words of": the speaker follows.
    AccordingTo,
    /// A frame such as "in a statement" or "at a news conference": not a cue on its own.
    Frame,
}

/// A cue occurrence over tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// First token (an auxiliary before the cue word included).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// First token of the cue word itself.
    pub word: usize,
    /// Verb, noun, "according to" or frame.
    pub shape: CueShape,
    /// Speech or belief.
    pub cue_type: CueType,
}

/// The cue starting at token `i`, if any. Cue words inside markup (`<tweet ...>`) are not cues.
pub fn at(a: &Analysis, i: usize) -> Option<Cue> {
    let h = a.hit(i, Lex::Cue)?;
    let end = h.end as usize;
    if in_markup(a, i, end) {
        return None;
    }
    let cue_type = if a.lexicon_field(h, 1) == "belief" { CueType::Belief } else { CueType::Speech };
    let lemma = a.lexicon_field(h, 0);
    let shape = match a.lexicon_field(h, 2) {
        _ if lemma == "according to" || lemma == "in the words of" => CueShape::AccordingTo,
        "phrase" if matches!(a.word(i).to_ascii_lowercase().as_str(), "in" | "at") => CueShape::Frame,
        "noun" => CueShape::Noun,
        _ => CueShape::Verb,
    };
    // "a note", "his warning": a verb form after a determiner is a noun.
    let shape = if shape == CueShape::Verb && i > 0 && is_determiner(a.word(i - 1)) { CueShape::Noun } else { shape };
    let mut start = i;
    if shape == CueShape::Verb
        && start > 0
        && is_aux(a.word(start - 1))
        && !kind_is(a, start - 1, TokenKind::Possessive)
    {
        start -= 1;
    }
    Some(Cue { start, end, word: i, shape, cue_type })
}

/// The end of a frame cue ("in a statement", "at a news conference") starting at `i`.
pub fn frame_end(a: &Analysis, i: usize) -> Option<usize> {
    at(a, i).filter(|c| c.shape == CueShape::Frame).map(|c| c.end)
}

/// "a", "the", "his": words before a noun.
fn is_determiner(w: &str) -> bool {
    const DET: &[&str] = &["a", "an", "the", "his", "her", "their", "its", "this", "our", "my", "your"];
    DET.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// True when the cue is part of markup: `<tweet`, `tweet/>`, `</tweet>`.
fn in_markup(a: &Analysis, s: usize, e: usize) -> bool {
    let prev = s.checked_sub(1).map_or("", |p| a.word(p));
    prev.ends_with('<') || prev.ends_with("</") || a.word(e).starts_with("/>") || a.word(e).starts_with('>')
}
