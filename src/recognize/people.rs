//! People: names with titles, initials and first names; pronouns for claim speakers.

use super::names::{is_initial, is_line_start, is_name_word, nationality_end, particle_end, repeats};
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
        if let Some(c) = first_name_before_title(a, i)
            .or_else(|| title_then_name(a, i))
            .or_else(|| first_name_then_surname(a, i))
            .or_else(|| name_with_initial(a, i))
            .or_else(|| name_before_speech(a, i))
            .or_else(|| scorer(a, i))
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
        if j > i && (a.tokens[j].is(crate::text::Flags::NEWLINE_BEFORE) || a.hit(j, Lex::Title).is_some()) {
            break;
        }
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

/// "Khalifa Haftar": a word that is both a first name and a title ("Khalifa" is also a
/// caliph's title) is read as a first name when a surname follows.
fn first_name_before_title(a: &Analysis, i: usize) -> Option<Candidate> {
    a.hit1(i, Lex::Title)?;
    first_name_then_surname(a, i)
}

/// "Khalifa Haftar": a known first name, then at least one more name word.
fn first_name_then_surname(a: &Analysis, i: usize) -> Option<Candidate> {
    let h = a.hit1(i, Lex::FirstName)?;
    if !is_name_word(a, i) || a.tokens[i].is(crate::text::Flags::ALL_CAPS) {
        return None;
    }
    if nationality_end(a, i).is_some_and(|e| a.hit1(e, Lex::FirstName).is_some()) {
        return None; // "German Anke Huber": the name starts after the nationality.
    }
    let end = name_run_end(a, i);
    if end < i + 2 || is_place(a, i, end) {
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

/// True when tokens `[i, end)` start with a location name reaching to `end` or beyond
/// ("Abu Dhabi", "Victoria Falls").
fn is_place(a: &Analysis, i: usize, end: usize) -> bool {
    a.hit(i, Lex::Location).is_some_and(|h| h.end as usize >= end)
}

/// A run of two or three plain name words (no organization head, not a place).
fn plain_name(a: &Analysis, i: usize) -> Option<usize> {
    if !is_name_word(a, i) || a.tokens[i].is(crate::text::Flags::ALL_CAPS) || a.hit(i, Lex::Title).is_some() {
        return None;
    }
    if !is_line_start(a, i) && a.tokens.get(i.wrapping_sub(1)).is_some_and(|t| t.is(crate::text::Flags::CAPITALIZED)) {
        return None;
    }
    let end = name_run_end(a, i);
    let plain = (i..end).all(|k| a.hit(k, Lex::OrgHead).is_none() && a.hit(k, Lex::Nationality).is_none());
    (plain && !is_place(a, i, end)).then_some(end)
}

/// "Werner Zwingmann said", "Ilie Lazar told reporters": an unknown two- or three-word name
/// right before a speech verb.
fn name_before_speech(a: &Analysis, i: usize) -> Option<Candidate> {
    let end = plain_name(a, i)?;
    if !(i + 2..=i + 3).contains(&end) || !matches!(a.word(end), "said" | "says" | "told" | "added" | "stated") {
        return None;
    }
    Some(person(i, end))
}

/// "Lubarskij (50th minute)", "Ilie Lazar (32nd)": a scorer before the minute of a goal.
fn scorer(a: &Analysis, i: usize) -> Option<Candidate> {
    let end = plain_name(a, i)?;
    if end > i + 3 || a.tokens.get(end)?.kind != TokenKind::OpenBracket {
        return None;
    }
    a.tokens.get(end + 1).is_some_and(|t| t.is(crate::text::Flags::ORDINAL)).then(|| person(i, end))
}

/// A person name candidate with no extra facts.
fn person(start: usize, end: usize) -> Candidate {
    Candidate { start, end, kind: MentionKind::Person, anaphoric: false, info: Info::Person(PersonInfo::default()) }
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

/// Document-level consistency: the full name, surname (or, for names that are not led by a
/// known first name, the leading family name: "Tang" of "Tang Shubei") of a person found once
/// is a person wherever else it stands capitalized ("Haftar" after "Khalifa Haftar").
pub fn repeat_mentions(a: &Analysis, found: &[Candidate]) -> Vec<Candidate> {
    let mut keys = Vec::new();
    for c in found.iter().filter(|c| c.kind == MentionKind::Person && !c.anaphoric) {
        keys.push((c.start, c.end));
        if c.len() >= 2 {
            keys.push((c.end - 1, c.end));
            if a.hit1(c.start, Lex::FirstName).is_none() && !is_initial(a, c.start) {
                keys.push((c.start, c.start + 1));
            }
        }
    }
    repeats(a, found, &keys, person)
}
