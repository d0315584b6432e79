//! People: names with titles, initials and first names; pronouns for claim speakers.

use super::names::{
    is_calendar_word, is_competition_word, is_country, is_function_word, is_initial, is_line_start, is_name_word,
    is_role_noun, may_start_name, nationality_end, particle_end, repeats, LowerWords, MAX_PERSON_TOKENS,
};
use super::{walk, Candidate, Gender, Info, PersonInfo, Step};
use crate::document::MentionKind;
use crate::lexicon::Lex;
use crate::text::{Analysis, Flags, TokenKind};

/// Finds person names and subject pronouns.
pub fn find(a: &Analysis) -> Vec<Candidate> {
    walk(a, |i, in_caps| {
        // Elsewhere only a pronoun can stand.
        if !a.tokens.get(i).is_some_and(may_start_name) {
            return pronoun(a, i).map_or(Step::Nothing, Step::Single);
        }
        let run = plain_run(a, i);
        let plain = plain_name(a, i, run);
        let found = first_name_before_title(a, i)
            .or_else(|| title_then_name(a, i))
            .or_else(|| first_name_then_surname(a, i))
            .or_else(|| name_with_initial(a, i))
            .or_else(|| initial_then_surname(a, i))
            .or_else(|| name_before_speech(a, i, plain))
            .or_else(|| speech_then_name(a, i, plain))
            .or_else(|| name_comma_age(a, i, plain))
            .or_else(|| role_then_name(a, i, run))
            .or_else(|| name_comma_role(a, i, plain))
            .or_else(|| scorer(a, i, plain))
            .or_else(|| name_then_country(a, i, plain))
            .or_else(|| nationality_then_name(a, i, run))
            .or_else(|| cricket_player(a, i, run))
            .or_else(|| caps_first_name_then_surname(a, i, in_caps))
            .filter(|c| !ends_in_other_noun(a, c));
        match (found, pronoun(a, i)) {
            (Some(c), _) => Step::Name(c),
            (None, Some(c)) => Step::Single(c),
            (None, None) => Step::Nothing,
        }
    })
}

/// "American **League**", "Sri **Lankan**", "Roman **Catholic**": a name whose last word heads an
/// organization's name or is a nationality, faith or event word names no person.
fn ends_in_other_noun(a: &Analysis, c: &Candidate) -> bool {
    let Some(last) = c.end.checked_sub(1).filter(|&l| l > c.start) else { return false };
    let org_head = a.hit(last, Lex::OrgHead).is_some_and(|h| h.start as usize == last && h.end as usize == c.end);
    let nationality =
        a.hit(last, Lex::Nationality).is_some() || nationality_end(a, c.start).is_some_and(|e| e >= c.end);
    org_head || nationality || is_faith_word(a.word(last)) || is_event_word(a.word(last))
}

/// "the German **Open**", "the Ryder **Cup**", "the Boston **Marathon**": words that head the name
/// of a sporting event.
fn is_event_word(w: &str) -> bool {
    matches!(
        w,
        "Open"
            | "Cup"
            | "Trophy"
            | "Championship"
            | "Championships"
            | "Classic"
            | "Masters"
            | "Marathon"
            | "Derby"
            | "Bowl"
            | "Prix"
            | "Games"
            | "Olympics"
            | "Invitational"
    )
}

/// "Catholic", "Sunni", "Anglican": adjectives and nouns of a faith, which end no name.
fn is_faith_word(w: &str) -> bool {
    matches!(
        w,
        "Catholic"
            | "Catholics"
            | "Protestant"
            | "Protestants"
            | "Muslim"
            | "Muslims"
            | "Jewish"
            | "Orthodox"
            | "Anglican"
            | "Anglicans"
            | "Lutheran"
            | "Methodist"
            | "Baptist"
            | "Evangelical"
            | "Sunni"
            | "Sunnis"
            | "Shia"
            | "Shiite"
            | "Shiites"
            | "Hindu"
            | "Hindus"
            | "Buddhist"
            | "Buddhists"
            | "Sikh"
            | "Sikhs"
    )
}

/// The end of a run of name words starting at `i` (particles and initials allowed inside),
/// within the sentence.
fn name_run_end(a: &Analysis, i: usize) -> usize {
    let limit = a.sentence(a.sentence_of(i)).end.min(i + MAX_PERSON_TOKENS);
    let mut j = i;
    while j < limit {
        if j > i && (a.token_is(j, Flags::NEWLINE_BEFORE) && !wrapped_line(a, j) || a.hit(j, Lex::Title).is_some()) {
            break;
        }
        if is_name_word(a, j) && !a.token_is(j, Flags::ALL_CAPS) || is_initial(a, j) || j > i && bare_initial(a, j) {
            j += 1;
        } else if j > i && particle_end(a, j).is_some_and(|e| is_name_word(a, e)) {
            j = particle_end(a, j).unwrap_or(j + 1);
        } else {
            break;
        }
    }
    // Suffixes: Jr., III; a written ordinal only after a whole name ("John Smith 3rd", not "Jan 2nd").
    if j > i && a.hit1(j, Lex::NameParticle).is_some_and(|h| a.lexicon_field(h, 0) == "suffix") {
        let ordinal = a.kind(j) == Some(TokenKind::Number);
        if !ordinal || j - i >= 2 {
            j += 1;
        }
    }
    j
}

/// "Robert **W** Sweet", "George **W** Bush": a middle initial written without its full stop,
/// between two name words.
fn bare_initial(a: &Analysis, j: usize) -> bool {
    let w = a.word(j);
    let letter = w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase());
    letter && is_name_word(a, j + 1) && !a.token_is(j + 1, Flags::ALL_CAPS) && a.token_is(j + 1, Flags::CAPITALIZED)
}

/// The shortest line that counts as running text wrapped at a fixed width, in bytes.
const MIN_WRAPPED_LINE: usize = 50;

/// How far into the next line running text shows a lower-case word, in tokens.
const WRAPPED_LOOKAHEAD: usize = 3;

/// "minister Michael\n**Howard** told": a line break before token `j` inside a sentence, after a
/// long line of running text (wire copy wrapped at a fixed width) and before more running text,
/// not a line of a list or a table ("Phil\nMickelson 67 68").
fn wrapped_line(a: &Analysis, j: usize) -> bool {
    let Some(prev) = j.checked_sub(1).and_then(|p| a.tokens.get(p)) else { return false };
    let before = a.text.get(..prev.end as usize).unwrap_or_default();
    let line = before.rsplit('\n').next().unwrap_or_default();
    let prose_after = (j + 1..j + 1 + WRAPPED_LOOKAHEAD)
        .take_while(|&k| !a.token_is(k, Flags::NEWLINE_BEFORE))
        .any(|k| a.token_is(k, Flags::LOWER));
    // (Prose has words, a score card has figures and initials: "Mohammad Akam c Lee b Roe 12".)
    let prose_before =
        line.split_whitespace().filter(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase())).count();
    line.trim().len() >= MIN_WRAPPED_LINE && prose_before >= MIN_PROSE_WORDS && prose_after
}

/// How many lower-case words a line of running text has at least.
const MIN_PROSE_WORDS: usize = 3;

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
    if !a.tokens.get(i)?.is(Flags::CAPITALIZED) {
        return None;
    }
    let end = name_run_end(a, start);
    // ("Major **League**", "General **Motors**": a title word opening an organization's name.)
    if end == start || a.hit(end - 1, Lex::OrgHead).is_some() {
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
    if !is_name_word(a, i) || a.token_is(i, Flags::ALL_CAPS) {
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

/// A run of plain name words (`run`, from [`plain_run`] at `i`) that no capitalized word
/// runs into from the left.
fn plain_name(a: &Analysis, i: usize, run: Option<usize>) -> Option<usize> {
    if !is_line_start(a, i) && a.tokens.get(i.wrapping_sub(1)).is_some_and(|t| t.is(Flags::CAPITALIZED)) {
        return None;
    }
    run
}

/// The end of a run of plain name words at `i` (no title, organization head, nationality or
/// place), whatever stands before it.
fn plain_run(a: &Analysis, i: usize) -> Option<usize> {
    if !is_name_word(a, i) || a.token_is(i, Flags::ALL_CAPS) || a.hit(i, Lex::Title).is_some() {
        return None;
    }
    let end = name_run_end(a, i);
    let plain = (i..end).all(|k| {
        a.hit(k, Lex::OrgHead).is_none() && a.hit(k, Lex::Nationality).is_none() && !is_calendar_word(a.word(k))
    });
    (plain && !is_place(a, i, end)).then_some(end)
}

/// "Werner Zwingmann said", "Ilie Lazar told reporters": an unknown two- or three-word name
/// right before a speech verb.
fn name_before_speech(a: &Analysis, i: usize, plain: Option<usize>) -> Option<Candidate> {
    let end = plain?;
    if !(i + 2..=i + 3).contains(&end) || !matches!(a.word(end), "said" | "says" | "told" | "added" | "stated") {
        return None;
    }
    Some(person(i, end))
}

/// "Lubarskij (50th minute)", "Ilie Lazar (32nd)", "(Kovacs 26th, Lindahl 71st)": a scorer
/// before the minute of a goal.
fn scorer(a: &Analysis, i: usize, plain: Option<usize>) -> Option<Candidate> {
    let end = plain?;
    if end > i + 3 {
        return None;
    }
    let minute = if a.tokens.get(end)?.kind == TokenKind::OpenBracket { end + 1 } else { end };
    let after = a.word(minute + 1);
    let is_minute = a.tokens.get(minute).is_some_and(|t| t.is(Flags::ORDINAL))
        && (minute > end || matches!(after, "," | ")" | ";" | "pen" | "penalty" | "minute" | "and" | "-" | ""));
    is_minute.then(|| person(i, end))
}

/// "said Tomas Brandvold,", "says Ilse Marten.": an unknown two- or three-word name right
/// after a speech verb, ending its clause.
fn speech_then_name(a: &Analysis, i: usize, plain: Option<usize>) -> Option<Candidate> {
    if !matches!(a.word(i.checked_sub(1)?), "said" | "says" | "added" | "according") {
        return None;
    }
    let end = plain?;
    let closes = a.tokens.get(end).map_or(true, |t| matches!(t.kind, TokenKind::Punct | TokenKind::Terminal));
    ((i + 2..=i + 3).contains(&end) && closes).then(|| person(i, end))
}

/// "Marta Oyelaran, 34,", "Brennick, 61, said": a name, a comma and an age.
fn name_comma_age(a: &Analysis, i: usize, plain: Option<usize>) -> Option<Candidate> {
    let end = plain?;
    if end > i + 3 || a.word(end) != "," || !is_age(a.word(end + 1)) {
        return None;
    }
    matches!(a.word(end + 2), "," | ")" | "." | "and").then(|| person(i, end))
}

/// "airport spokeswoman Rona Young", "Botafogo striker Tulio,": a name of one to three words
/// right after a role noun; "his lawyer, Rona Young, said": a name of two or three words set off
/// by commas after one.
fn role_then_name(a: &Analysis, i: usize, run: Option<usize>) -> Option<Candidate> {
    let p = i.checked_sub(1)?;
    let role = |k: usize| a.token_is(k, Flags::LOWER) && is_role_noun(a.word(k));
    let end = run?;
    if role(p) {
        return (end <= i + 3).then(|| person(i, end));
    }
    let set_off = a.word(p) == "," && p.checked_sub(1).is_some_and(role) && a.word(end) == ",";
    (set_off && (i + 2..=i + 3).contains(&end)).then(|| person(i, end))
}

/// "Rona Young, executive director of", "Halvorsen, a lawyer and": a two- or three-word name
/// before a comma and a role ("a former senior official").
fn name_comma_role(a: &Analysis, i: usize, plain: Option<usize>) -> Option<Candidate> {
    let end = plain?;
    if !(i + 2..=i + 3).contains(&end) || a.word(end) != "," {
        return None;
    }
    let mut k = end + 1;
    if matches!(a.word(k), "a" | "an" | "the") {
        k += 1;
    }
    let role = (k..k + 3).find(|&x| is_role_noun(a.word(x)))?;
    (k..role).all(|x| a.tokens.get(x).is_some_and(|t| t.is(Flags::LOWER))).then(|| person(i, end))
}

/// A plausible adult age written in digits ("34").
fn is_age(w: &str) -> bool {
    w.len() == 2 && w.parse::<u8>().is_ok_and(|n| n >= 16)
}

/// "R. Talbot", "K. Osei-Mensah": initials, then a surname (not a place: "S. Korea").
fn initial_then_surname(a: &Analysis, i: usize) -> Option<Candidate> {
    if !is_initial(a, i) {
        return None;
    }
    let end = name_run_end(a, i);
    let surname = (i + 1..end).find(|&k| !is_initial(a, k))?;
    if is_place(a, surname, end)
        || a.hit(surname, Lex::Organization).is_some()
        || a.hit(surname, Lex::OrgHead).is_some()
    {
        return None;
    }
    Some(person(i, end))
}

/// "Ilka Vanhanen (Finland) 66 70", "Tomasz Brok (Poland) beat": a competitor before a
/// bracketed country, unless a team's score follows ("Dinamo Vrana (Croatia) 2").
fn name_then_country(a: &Analysis, i: usize, plain: Option<usize>) -> Option<Candidate> {
    let end = plain?;
    if end > i + 3 {
        return None;
    }
    let after = bracketed_country_end(a, end)?;
    (!team_score_at(a, after)).then(|| person(i, end))
}

/// The token after "(Finland)" or "(U.S.)" starting at `k`.
fn bracketed_country_end(a: &Analysis, k: usize) -> Option<usize> {
    if a.tokens.get(k)?.kind != TokenKind::OpenBracket {
        return None;
    }
    let h = a.hit(k + 1, Lex::Location).filter(|h| is_country(a, h))?;
    let close = h.end as usize;
    (a.tokens.get(close)?.kind == TokenKind::CloseBracket).then_some(close + 1)
}

/// True when a team's score or "v" stands at `k`: a number of one or two digits that ends the
/// line or precedes the other team ("2 Valletta", "1\n"), or "v".
fn team_score_at(a: &Analysis, k: usize) -> bool {
    let Some(t) = a.tokens.get(k) else { return false };
    if matches!(a.word(k), "v" | "vs" | "vs.") {
        return true;
    }
    t.is(Flags::ALL_DIGITS)
        && t.end - t.start <= 2
        && a.tokens.get(k + 1).map_or(true, |n| n.is(Flags::NEWLINE_BEFORE) || n.is(Flags::CAPITALIZED))
}

/// "Romanian Ilinca Dobre", "Kenya's Daniel Komen": a nationality or a country's possessive,
/// then a two-word name (not "Spanish Grand Prix").
fn nationality_then_name(a: &Analysis, i: usize, run: Option<usize>) -> Option<Candidate> {
    let p = i.checked_sub(1)?;
    if !nationality_before(a, p) {
        return None;
    }
    let end = run?;
    if end != i + 2 || is_competition_word(a.word(end - 1)) || a.hit(i, Lex::Organization).is_some() {
        return None;
    }
    Some(person(i, end))
}

/// True when token `p` ends a nationality adjective ("Romanian") or is the possessive of a
/// country ("Kenya's").
fn nationality_before(a: &Analysis, p: usize) -> bool {
    if a.tokens.get(p).is_some_and(|t| t.kind == TokenKind::Possessive) {
        return p > 0 && a.hits_at(p - 1).iter().any(|h| h.lex == Lex::Location && h.end as usize == p);
    }
    (p.saturating_sub(2)..=p).any(|s| a.hit(s, Lex::Nationality).is_some_and(|h| h.end as usize == p + 1))
}

/// Cricket scorecards: "Sandhu c Mirza b Qadri 12" (batsman before "c"/"b"/"lbw"/"st",
/// fielder or bowler after "c", "b" or "st"), "Okafor 10-2-31-3" (bowling figures).
fn cricket_player(a: &Analysis, i: usize, run: Option<usize>) -> Option<Candidate> {
    let end = run?;
    if end > i + 3 {
        return None;
    }
    let before = i.checked_sub(1).map_or("", |p| a.word(p));
    let fielder = matches!(before, "c" | "b" | "st") && a.token_is(i - 1, Flags::LOWER);
    let batsman = matches!(a.word(end), "c" | "b" | "lbw" | "st")
        && a.tokens.get(end + 1).is_some_and(|t| t.is(Flags::CAPITALIZED) || matches!(a.word(end + 1), "b" | "&"));
    (fielder || batsman || is_bowling_figures(a.word(end))).then(|| person(i, end))
}

/// "10-2-31-3": overs, maidens, runs and wickets.
fn is_bowling_figures(w: &str) -> bool {
    let mut parts = 0;
    for p in w.split('-') {
        if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        parts += 1;
    }
    parts == 4
}

/// "MICHAEL STICH WINS": in an all-caps headline, a known first name (matched in capitals)
/// and one more capitalized word that is no function word, place or organization word.
fn caps_first_name_then_surname(a: &Analysis, i: usize, in_caps: bool) -> Option<Candidate> {
    if !in_caps || !a.token_is(i, Flags::ALL_CAPS) {
        return None;
    }
    let h = a.hit1(i, Lex::FirstName)?;
    let s = i + 1;
    let t = a.tokens.get(s)?;
    if !t.is(Flags::ALL_CAPS) || t.kind != TokenKind::Word || t.end - t.start < 2 || t.is(Flags::NEWLINE_BEFORE) {
        return None;
    }
    if is_caps_function_word(a.word(s))
        || a.hits_at(s).iter().any(|h| !matches!(h.lex, Lex::FirstName | Lex::NameParticle))
        || a.hits_at(i).iter().any(|h| h.lex != Lex::FirstName)
    {
        return None;
    }
    let info = PersonInfo { gender: gender_of(a.lexicon_field(h, 0)), ..Default::default() };
    Some(Candidate { start: i, end: s + 1, kind: MentionKind::Person, anaphoric: false, info: Info::Person(info) })
}

/// A function word in capitals ("THE", "AND", "WITH").
fn is_caps_function_word(w: &str) -> bool {
    let mut buf = [0u8; 12];
    let Some(b) = buf.get_mut(..w.len()) else { return false };
    b.copy_from_slice(w.as_bytes());
    if let Some(tail) = b.get_mut(1..) {
        tail.make_ascii_lowercase();
    }
    std::str::from_utf8(b).is_ok_and(is_function_word)
}

/// A person name candidate with no extra facts.
fn person(start: usize, end: usize) -> Candidate {
    Candidate { start, end, kind: MentionKind::Person, anaphoric: false, info: Info::Person(PersonInfo::default()) }
}

/// "He", "she": a subject pronoun, kept for speaker resolution.
fn pronoun(a: &Analysis, i: usize) -> Option<Candidate> {
    let t = a.tokens.get(i)?;
    if t.kind != TokenKind::Word || !(2..=3).contains(&(t.end - t.start)) {
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
    let surnames: Vec<&str> = found
        .iter()
        .filter(|c| c.kind == MentionKind::Person && !c.anaphoric && c.len() >= 2)
        .map(|c| a.word(c.end - 1))
        .collect();
    let mut out = repeats(a, found, &keys, person);
    // Words the text also writes in lower case are common words ("Like Prescott", "Neither Lee").
    let common = LowerWords::new(a);
    for c in out.iter_mut().filter(|c| c.len() == 1 && surnames.contains(&a.word(c.start))) {
        let same_line = !a.token_is(c.start, Flags::NEWLINE_BEFORE);
        let Some(p) = c.start.checked_sub(1).filter(|&p| same_line && unknown_first_name(a, found, p)) else {
            continue;
        };
        if !common.has(p) {
            c.start = p;
        }
    }
    out
}

/// "**Moazzam** Begg was freed" after "Azmat Begg": a capitalized word before a known surname,
/// which no lexicon knows and no other name holds, opening its sentence or after a lower-case
/// word, is the first name of another bearer of the surname.
fn unknown_first_name(a: &Analysis, found: &[Candidate], p: usize) -> bool {
    let opens = is_line_start(a, p)
        || p == a.sentence(a.sentence_of(p)).start
        || p.checked_sub(1).is_some_and(|q| a.token_is(q, Flags::LOWER));
    let known = [Lex::Title, Lex::OrgHead, Lex::Organization, Lex::Location, Lex::Nationality, Lex::Cue]
        .iter()
        .any(|&l| a.hit(p, l).is_some());
    let held = found.iter().any(|c| c.start <= p && p < c.end);
    opens
        && !known
        && !held
        && is_name_word(a, p)
        && !a.token_is(p, Flags::ALL_CAPS)
        && !is_calendar_word(a.word(p))
        && a.kind(p) == Some(TokenKind::Word)
        && !is_role_noun(a.lower(p))
        && !["ing", "ly", "ed"].iter().any(|x| a.word(p).ends_with(x))
}
