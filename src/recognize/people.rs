//! People: names with titles, initials and first names; pronouns for claim speakers.

use super::names::{is_initial, is_name_word, particle_end};
use super::{Candidate, Gender, Info, PersonInfo};
use crate::document::MentionKind;
use crate::lexicon::Lex;
use crate::text::{Analysis, TokenKind};

/// Finds person names and subject pronouns.
pub fn find(a: &Analysis) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = a.tokens.len();
    let mut i = 0;
    while i < n {
        if let Some(c) =
            title_then_name(a, i).or_else(|| first_name_then_surname(a, i)).or_else(|| name_with_initial(a, i))
        {
            i = c.end;
            out.push(c);
            continue;
        }
        if let Some(c) = pronoun(a, i) {
            out.push(c);
        }
        i += 1;
    }
    out
}

/// The end of a run of name words starting at `i` (particles and initials allowed inside),
/// within the sentence.
fn name_run_end(a: &Analysis, i: usize) -> usize {
    let limit = a.sentence(a.sentence_of(i)).end;
    let mut j = i;
    while j < limit {
        if is_name_word(a, j) && !a.tokens[j].is(crate::text::Flags::ALL_CAPS) || is_initial(a, j) {
            j += 1;
        } else if j > i && particle_end(a, j).is_some_and(|e| is_name_word(a, e)) {
            j = particle_end(a, j).unwrap_or(j + 1);
        } else {
            break;
        }
    }
    // Suffixes: Jr., III.
    if j > i && a.hit1(j, Lex::NameParticle).is_some_and(|h| a.lexicon_field(h, 0) == "suffix") {
        j += 1;
    }
    j
}

fn gender_of(code: &str) -> Gender {
    match code {
        "m" => Gender::Male,
        "f" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// "Gen. Khalifa Haftar", "Mr. Muntasser", "President Joe Biden": a title, then a name.
fn title_then_name(a: &Analysis, i: usize) -> Option<Candidate> {
    let h = a.hit(i, Lex::Title)?;
    let start = h.end as usize;
    if !a.tokens.get(i)?.is(crate::text::Flags::CAPITALIZED) {
        return None;
    }
    let end = name_run_end(a, start);
    if end == start {
        return None;
    }
    let first_gender = a.hit1(start, Lex::FirstName).map(|f| gender_of(a.lexicon_field(f, 0))).unwrap_or_default();
    let gender = match gender_of(a.lexicon_field(h, 1)) {
        Gender::Unknown => first_gender,
        g => g,
    };
    let info = PersonInfo { title: Some(a.slice(i, start).to_string()), gender, ..Default::default() };
    Some(Candidate { start, end, kind: MentionKind::Person, anaphoric: false, info: Info::Person(info) })
}

/// "Khalifa Haftar": a known first name, then at least one more name word.
fn first_name_then_surname(a: &Analysis, i: usize) -> Option<Candidate> {
    let h = a.hit1(i, Lex::FirstName)?;
    if !is_name_word(a, i) || a.tokens[i].is(crate::text::Flags::ALL_CAPS) {
        return None;
    }
    let end = name_run_end(a, i);
    if end < i + 2 {
        return None;
    }
    let info = PersonInfo { gender: gender_of(a.lexicon_field(h, 0)), ..Default::default() };
    Some(Candidate { start: i, end, kind: MentionKind::Person, anaphoric: false, info: Info::Person(info) })
}

/// "Emadeddin Z. Muntasser": a name word, an initial, a name word.
fn name_with_initial(a: &Analysis, i: usize) -> Option<Candidate> {
    if !is_name_word(a, i) || is_initial(a, i) || !is_initial(a, i + 1) {
        return None;
    }
    let end = name_run_end(a, i);
    if end < i + 3 {
        return None;
    }
    Some(Candidate {
        start: i,
        end,
        kind: MentionKind::Person,
        anaphoric: false,
        info: Info::Person(PersonInfo::default()),
    })
}

/// "He", "she": a subject pronoun, kept for speaker resolution.
fn pronoun(a: &Analysis, i: usize) -> Option<Candidate> {
    let t = a.tokens.get(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let gender = match a.word(i) {
        "He" | "he" => Gender::Male,
        "She" | "she" => Gender::Female,
        _ => return None,
    };
    let info = PersonInfo { gender, pronoun: true, ..Default::default() };
    Some(Candidate { start: i, end: i + 1, kind: MentionKind::Person, anaphoric: true, info: Info::Person(info) })
}

/// Document-level consistency: the surname (or full name) of a person found once is a person
/// wherever else it stands capitalized ("Haftar" after "Khalifa Haftar").
pub fn repeat_mentions(a: &Analysis, found: &[Candidate]) -> Vec<Candidate> {
    let mut names: Vec<&str> = Vec::new();
    for c in found.iter().filter(|c| c.kind == MentionKind::Person && !c.anaphoric) {
        if c.len() >= 2 {
            names.push(a.word(c.end - 1));
        }
    }
    names.sort_unstable();
    names.dedup();
    let mut covered = vec![false; a.tokens.len()];
    for c in found {
        for x in covered.iter_mut().take(c.end).skip(c.start) {
            *x = true;
        }
    }
    let mut out = Vec::new();
    for (i, &cov) in covered.iter().enumerate() {
        if cov || !is_name_word(a, i) {
            continue;
        }
        if names.binary_search(&a.word(i)).is_ok() {
            out.push(Candidate {
                start: i,
                end: i + 1,
                kind: MentionKind::Person,
                anaphoric: false,
                info: Info::Person(PersonInfo::default()),
            });
        }
    }
    out
}
