//! Organizations: capitalized phrases headed by an organization word, "X of Y" names, known
//! organizations, acronyms, sports teams in results tables, and descriptions ("the alliance")
//! for linking.

use super::names::{
    is_competition_word, is_country, is_exact_place, is_line_start, is_name_word, is_non_org_acronym, is_table_label,
    may_start_name, nationality_end, LowerWords, MAX_ORG_TOKENS,
};
use super::{walk, Candidate, Info, Step};
use crate::document::MentionKind;
use crate::lexicon::Lex;
use crate::text::{Analysis, Flags, TokenKind};

/// Finds organization names and definite descriptions.
pub fn find(a: &Analysis) -> Vec<Candidate> {
    let common = LowerWords::new(a);
    walk(a, |i, in_caps| {
        // Elsewhere only a description ("the alliance") can stand.
        if !a.tokens.get(i).is_some_and(may_start_name) {
            return description(a, i).map_or(Step::Nothing, Step::Single);
        }
        if let Some(end) = competition_end(a, i) {
            return Step::Skip(end);
        }
        let found = known_organization(a, i)
            .or_else(|| place_as_team(a, i))
            .or_else(|| headed_name(a, i))
            .or_else(|| team_in_results(a, i))
            .or_else(|| acronym(a, i, in_caps).filter(|_| !common.has(i)));
        match (found, description(a, i)) {
            (Some(c), _) => Step::Name(with_corporate_suffix(a, c)),
            (None, Some(c)) => Step::Single(c),
            (None, None) => Step::Nothing,
        }
    })
}

/// "Apple Inc.", "Siemens AG", "Baltic Freight Corp.": a legal-form suffix right after a name
/// belongs to it.
fn with_corporate_suffix(a: &Analysis, mut c: Candidate) -> Candidate {
    let w = a.word(c.end);
    let suffix = matches!(
        w,
        "Inc."
            | "Inc"
            | "Corp."
            | "Corp"
            | "Co."
            | "Co"
            | "Ltd."
            | "Ltd"
            | "plc"
            | "PLC"
            | "Plc"
            | "LLC"
            | "L.L.C."
            | "AG"
            | "SA"
            | "S.A."
            | "NV"
            | "N.V."
            | "GmbH"
            | "SpA"
            | "S.p.A."
            | "AB"
            | "ASA"
            | "Oyj"
            | "Bhd"
            | "Tbk"
            | "LP"
            | "L.P."
            | "Pty"
            | "Limited"
            | "Incorporated"
            | "Corporation"
    );
    if suffix && !a.tokens.get(c.end).is_some_and(|t| t.is(Flags::NEWLINE_BEFORE)) {
        c.end += 1;
    }
    c
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

/// A token that can be part of an organization name: a capitalized name word or an all-caps
/// word ("AEK", "NATO").
fn is_org_word(a: &Analysis, j: usize) -> bool {
    is_name_word(a, j) || a.tokens.get(j).is_some_and(|t| t.is(Flags::ALL_CAPS) && t.kind == TokenKind::Word)
}

/// "NATO", "World Bank", "Reuters": an entry of the organization lexicon (user entries
/// included), the longest one at this token. A club named like its city ("Leeds") is an
/// organization only in a sports context ("Leeds 2 Chelsea 1", "beat Leeds"); elsewhere it is
/// the place.
fn known_organization(a: &Analysis, i: usize) -> Option<Candidate> {
    let h = a.hit(i, Lex::Organization)?;
    if !a.token_is(i, Flags::CAPITALIZED) && !a.token_is(i, Flags::ALL_CAPS) {
        return None;
    }
    let (end, class) = (h.end as usize, a.lexicon_field(h, 0));
    if class == "competition" || class == "club_city" && !sports_context(a, i, end) {
        return None;
    }
    Some(org(i, end, class))
}

/// "beat Surrey", "Oakland manager", "Sussex v Kent": a town, county or state (not a country:
/// national teams are locations) standing as a team beside a match word.
fn place_as_team(a: &Analysis, i: usize) -> Option<Candidate> {
    let h = a.hit(i, Lex::Location).filter(|h| !is_country(a, h))?;
    let end = h.end as usize;
    (a.token_is(i, Flags::CAPITALIZED) && sports_context(a, i, end)).then(|| org(i, end, "sport"))
}

/// "Premier League", "Serie A": the end of a competition's name at `i` (an event, not an
/// organization; nothing else may read it as one).
fn competition_end(a: &Analysis, i: usize) -> Option<usize> {
    a.hits_at(i)
        .iter()
        .find(|h| h.lex == Lex::Organization && a.lexicon_field(h, 0) == "competition")
        .filter(|_| a.token_is(i, Flags::CAPITALIZED))
        .map(|h| h.end as usize)
}

/// True when tokens `[i, end)` stand where a team does: in a results line ("Leeds 2",
/// "v Leeds"), or beside a match verb ("beat Leeds", "Leeds drew", "against Leeds").
fn sports_context(a: &Analysis, i: usize, end: usize) -> bool {
    if team_context_before(a, i) && team_context_after(a, end) {
        return true;
    }
    let before = i.checked_sub(1).map_or("", |p| a.word(p));
    let after = a.word(end);
    let role_after = |k: usize| is_team_role(a.word(k));
    matches!(before, "beat" | "beating" | "defeated" | "v" | "vs" | "vs." | "against")
        || matches!(after, "beat" | "v" | "vs" | "vs." | "drew" | "defeated")
        || role_after(end)
        || a.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive) && role_after(end + 1)
}

/// Words for a team's members and staff ("striker", "captain", "manager").
fn is_team_role(w: &str) -> bool {
    matches!(
        w,
        "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "coach"
            | "manager"
            | "captain"
            | "batsman"
            | "bowler"
            | "pitcher"
            | "outfielder"
            | "infielder"
            | "shortstop"
            | "quarterback"
            | "skipper"
            | "players"
    )
}

/// "Libyan American Alliance", "Democracy & Human Rights Foundation", "Government of National
/// Unity": name words (and `&`) up to an organization head word, then an optional
/// "of"/"for" complement of name words.
fn headed_name(a: &Analysis, i: usize) -> Option<Candidate> {
    if !is_org_word(a, i) || a.token_is(i, Flags::NEWLINE_BEFORE) && i > 0 && !is_line_start(a, i) {
        return None;
    }
    let limit = a.sentence(a.sentence_of(i)).end.min(i + MAX_ORG_TOKENS);
    let mut j = i;
    let mut last_head: Option<(usize, &str)> = None;
    while j < limit {
        if j > i && a.token_is(j, Flags::NEWLINE_BEFORE) {
            break;
        }
        if is_org_word(a, j) {
            if a.hit(j, Lex::Title).is_some_and(|h| h.end as usize > j + 1 || j > i) && last_head.is_some() {
                break;
            }
            if let Some(h) = org_head(a, j) {
                last_head = Some((j, a.lexicon_field(h, 0)));
            }
            j += 1;
        } else if matches!(a.word(j), "&" | "and") && j > i && is_org_word(a, j + 1) && a.word(j + 1) != "The" {
            j += 1;
        } else if a.kind(j) == Some(TokenKind::Possessive) && j > i && is_org_word(a, j + 1) && org_head_after(a, j + 1)
        {
            // "Farmers' Union", "People's Daily"
            j += 1;
        } else {
            break;
        }
    }
    let (head, class) = last_head?;
    let end = complement_end(a, head + 1, limit);
    let start = strip_owner(a, strip_nationality(a, i, head, class), head);
    if end - start == 1 && !single_word_org(a, start) || is_exact_place(a, start, end) {
        return None;
    }
    Some(org(start, end, class))
}

/// The organization head hit covering exactly token `j` (capitalized), if it is not a
/// competition word.
fn org_head<'a>(a: &'a Analysis, j: usize) -> Option<&'a crate::lexicon::Hit> {
    if !a.tokens.get(j)?.is(Flags::CAPITALIZED) || is_competition_word(a.word(j)) {
        return None;
    }
    a.hit1(j, Lex::OrgHead)
}

/// True when an organization head follows within the next three tokens of name words.
fn org_head_after(a: &Analysis, j: usize) -> bool {
    (j..j + 3).take_while(|&k| is_org_word(a, k)).any(|k| org_head(a, k).is_some())
}

/// "Flamurtari" alone is no organization; "Reuters" or "Xinhua" come from the lexicon. A
/// single head word names an organization only when it is a legal or party form used alone
/// ("Congress", "Parliament").
fn single_word_org(a: &Analysis, i: usize) -> bool {
    matches!(a.word(i), "Congress" | "Parliament" | "Senate" | "Cabinet" | "Pentagon" | "Kremlin")
}

/// "of National Unity", "for Security and Cooperation in Europe", "of the Interior": the end
/// of an "of"/"for" complement after the head (or `end` itself when there is none).
fn complement_end(a: &Analysis, end: usize, limit: usize) -> usize {
    let mut end = end;
    let mut rounds = 0;
    while rounds < 3 && matches!(a.word(end), "of" | "for" | "on" | "and") {
        if rounds == 0 && a.word(end) == "and" {
            break;
        }
        let mut k = end + 1;
        if a.word(k) == "the" {
            k += 1;
        }
        let mut e = k;
        while e < limit && is_org_word(a, e) && !a.token_is(e, Flags::NEWLINE_BEFORE) && a.hit(e, Lex::Title).is_none()
        {
            e += 1;
        }
        if e == k {
            break;
        }
        end = e;
        rounds += 1;
    }
    end
}

/// "Britain's Overseas Development Administration" → "Overseas Development Administration": a
/// place's possessive before the name is not part of it.
fn strip_owner(a: &Analysis, i: usize, head: usize) -> usize {
    match a.hit(i, Lex::Location).map(|h| h.end as usize) {
        Some(e) if e < head && a.tokens.get(e).is_some_and(|t| t.kind == TokenKind::Possessive) => e + 1,
        _ => i,
    }
}

/// "Russian Interior Ministry" → "Interior Ministry": a nationality adjective before a
/// government body is not part of its name (it is part of "Libyan American Alliance").
fn strip_nationality(a: &Analysis, i: usize, head: usize, class: &str) -> usize {
    match nationality_end(a, i) {
        Some(e) if class == "gov" && e <= head && e > i => e,
        _ => i,
    }
}

/// Sports results: a team before a score ("Leeds 2 Chelsea 1", "Gloria Bistrita (Romania) 2",
/// "Manchester United 3 2 1 0 6 2 7") or beside "v" ("Leeds v Chelsea"); not a person (a known
/// first name starts it) and not a country (national teams are locations).
fn team_in_results(a: &Analysis, i: usize) -> Option<Candidate> {
    if !is_org_word(a, i) || !team_context_before(a, i) {
        return None;
    }
    let limit = a.sentence(a.sentence_of(i)).end.min(a.tokens.len()).min(i + MAX_ORG_TOKENS);
    let mut end = i;
    while end < limit && end - i < 5 && (is_org_word(a, end) || is_team_inner(a, i, end)) {
        if end > i && a.token_is(end, Flags::NEWLINE_BEFORE) {
            break;
        }
        end += 1;
    }
    if end == i || !team_context_after(a, end) || end == i + 1 && is_table_label(a.word(i)) {
        return None;
    }
    if a.hit1(i, Lex::FirstName).is_some() && end > i + 1 || a.hit(i, Lex::Title).is_some() {
        return None;
    }
    if a.hit(i, Lex::Location).is_some_and(|h| h.end as usize == end && is_country(a, h)) {
        return None;
    }
    if a.hit(i, Lex::Nationality).is_some_and(|h| h.end as usize == end) {
        return None;
    }
    Some(org(i, end, "sport"))
}

/// "da" in "Vasco da Gama", "de" in "Rayo de ...": a lower-case particle inside a team name.
fn is_team_inner(a: &Analysis, start: usize, j: usize) -> bool {
    j > start && matches!(a.word(j), "da" | "de" | "del" | "do" | "dos") && is_org_word(a, j + 1)
}

/// What may stand before a team in a results line: the line start, a score, ":" or "v".
fn team_context_before(a: &Analysis, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return true };
    if is_line_start(a, i) {
        return true;
    }
    a.token_is(p, Flags::ALL_DIGITS) || matches!(a.word(p), "v" | "vs" | "vs." | ":")
}

/// What follows a team in a results line: a whole-number score (after an optional
/// parenthesized country), or "v".
fn team_context_after(a: &Analysis, end: usize) -> bool {
    let mut k = end;
    if a.tokens.get(k).is_some_and(|t| t.kind == TokenKind::OpenBracket) {
        let close = (k + 1..(k + 5).min(a.tokens.len())).find(|&x| a.kind(x) == Some(TokenKind::CloseBracket));
        match close {
            Some(c) => k = c + 1,
            None => return false,
        }
    }
    let Some(t) = a.tokens.get(k) else { return false };
    if matches!(a.word(k), "v" | "vs" | "vs.") {
        return a.tokens.get(k + 1).is_some_and(|n| n.is(Flags::CAPITALIZED));
    }
    if is_innings_score(a.word(k)) {
        return true;
    }
    if !t.is(Flags::ALL_DIGITS) || t.end - t.start > 3 {
        return false;
    }
    // "Leeds 2", then the line ends, another score, a team or a bracket; not "Ford 3 percent".
    a.tokens.get(k + 1).map_or(true, |n| {
        n.is(Flags::NEWLINE_BEFORE)
            || n.is(Flags::ALL_DIGITS)
            || n.is(Flags::CAPITALIZED)
            || matches!(n.kind, TokenKind::OpenBracket | TokenKind::Terminal)
    })
}

/// "285-6": a cricket innings score (runs, then wickets).
fn is_innings_score(w: &str) -> bool {
    let Some((runs, wickets)) = w.split_once('-') else { return false };
    (1..=3).contains(&runs.len())
        && wickets.len() == 1
        && runs.bytes().all(|b| b.is_ascii_digit())
        && wickets.bytes().all(|b| b.is_ascii_digit())
}

/// "NFU", "KDPI", "S&P": an all-caps word of two to six letters in running text (not in an
/// all-caps headline), not a location ("US") and not a common non-organization acronym (nor,
/// as the caller checks, a word the text also writes in lower case: "PRESS", "CAPS").
fn acronym(a: &Analysis, i: usize, in_caps_sentence: bool) -> Option<Candidate> {
    if in_caps_sentence {
        return None;
    }
    let t = a.tokens.get(i)?;
    if t.kind != TokenKind::Word || !t.is(Flags::ALL_CAPS) || t.is(Flags::HAS_DIGIT) {
        return None;
    }
    let w = a.word(i);
    let vowels = w.bytes().filter(|b| b"AEIOU".contains(b)).count();
    if !(2..=6).contains(&w.len()) || w.len() > 4 && vowels > 1 || is_non_org_acronym(w) {
        return None;
    }
    if a.hit(i, Lex::Location).is_some() || a.hit(i, Lex::Nationality).is_some() || a.hit(i, Lex::Title).is_some() {
        return None;
    }
    Some(org(i, i + 1, "acronym"))
}

/// "the alliance", "the ministry": a lower-case head word after "the", anaphoric.
fn description(a: &Analysis, i: usize) -> Option<Candidate> {
    if !a.tokens.get(i)?.is(Flags::LOWER) || !a.word(i.checked_sub(1)?).eq_ignore_ascii_case("the") {
        return None;
    }
    let w = a.word(i);
    let h = a
        .hits_at(i)
        .iter()
        .find(|h| h.lex == Lex::OrgHead && h.end as usize == i + 1 && a.entry(h).text.eq_ignore_ascii_case(w))?;
    let mut c = org(i, i + 1, a.lexicon_field(h, 0));
    c.anaphoric = true;
    Some(c)
}

/// Document-level consistency: an organization name found once is an organization wherever
/// else it stands capitalized ("Chelsea" in the text after "Chelsea 2" in the table).
pub fn repeat_mentions(a: &Analysis, found: &[Candidate]) -> Vec<Candidate> {
    let keys: Vec<(usize, usize)> = found
        .iter()
        .filter(|c| c.kind == MentionKind::Organization && !c.anaphoric)
        .map(|c| (c.start, c.end))
        .collect();
    super::names::repeats(a, found, &keys, |s, e| org(s, e, "repeat"))
}
