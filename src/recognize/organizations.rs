//! Organizations: capitalized phrases headed by an organization word, "X of Y" names, known
//! organizations, and descriptions ("the alliance") for linking.

use super::names::is_name_word;
use super::{Candidate, Info};
use crate::document::MentionKind;
use crate::lexicon::Lex;
use crate::text::{Analysis, Flags, TokenKind};

/// Finds organization names and definite descriptions.
pub fn find(a: &Analysis) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = a.tokens.len();
    let mut i = 0;
    while i < n {
        if let Some(c) = known_organization(a, i).or_else(|| headed_name(a, i)) {
            i = c.end;
            out.push(c);
            continue;
        }
        if let Some(c) = description(a, i) {
            out.push(c);
        }
        i += 1;
    }
    out
}

fn org(start: usize, end: usize, class: &str) -> Candidate {
    Candidate {
        start,
        end,
        kind: MentionKind::Organization,
        anaphoric: false,
        info: Info::Organization { class: class.to_string() },
    }
}

/// "NATO", "World Bank", "Reuters": an entry of the organization lexicon.
fn known_organization(a: &Analysis, i: usize) -> Option<Candidate> {
    let h = a.hit(i, Lex::Organization)?;
    if !a.tokens[i].is(Flags::CAPITALIZED) {
        return None;
    }
    Some(org(i, h.end as usize, a.lexicon_field(h, 0)))
}

/// "Libyan American Alliance", "Democracy & Human Rights Foundation", "Government of National
/// Unity": name words (and `&`) up to an organization head word, then an optional
/// "of"/"for" complement of name words.
fn headed_name(a: &Analysis, i: usize) -> Option<Candidate> {
    let name_tok =
        |j: usize| is_name_word(a, j) || a.tokens[j].is(Flags::ALL_CAPS) && a.tokens[j].kind == TokenKind::Word;
    if !name_tok(i) {
        return None;
    }
    let limit = a.sentence(a.sentence_of(i)).end;
    let mut j = i;
    let mut last_head: Option<(usize, &str)> = None;
    while j < limit {
        if name_tok(j) {
            if let Some(h) = a.hit1(j, Lex::OrgHead).filter(|_| a.tokens[j].is(Flags::CAPITALIZED)) {
                last_head = Some((j, a.lexicon_field(h, 0)));
            }
            j += 1;
        } else if matches!(a.word(j), "&" | "and") && j + 1 < limit && name_tok(j + 1) && j > i {
            j += 1;
        } else {
            break;
        }
    }
    let (head, class) = last_head?;
    let mut end = head + 1;
    // "of National Unity", "for the Fourth Circuit", "of the Interior"
    if matches!(a.word(end), "of" | "for") {
        let mut k = end + 1;
        if a.word(k) == "the" {
            k += 1;
        }
        let mut e = k;
        while e < limit && name_tok(e) {
            e += 1;
        }
        if e > k {
            end = e;
        }
    }
    if end - i == 1 {
        return None;
    }
    Some(org(i, end, class))
}

/// "the alliance", "the ministry": a lower-case head word after "the", anaphoric.
fn description(a: &Analysis, i: usize) -> Option<Candidate> {
    if !a.word(i.checked_sub(1)?).eq_ignore_ascii_case("the") {
        return None;
    }
    let t = a.tokens.get(i)?;
    if !t.is(Flags::LOWER) {
        return None;
    }
    let w = a.word(i);
    let h = a
        .hits_at(i)
        .iter()
        .find(|h| h.lex == Lex::OrgHead && h.end as usize == i + 1 && a.entry(h).text.eq_ignore_ascii_case(w))?;
    // "the government's" fine; "the party of" fine; skip plurals handled by the lexicon.
    let mut c = org(i, i + 1, a.lexicon_field(h, 0));
    c.anaphoric = true;
    Some(c)
}
