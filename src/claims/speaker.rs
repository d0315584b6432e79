//! Speakers: the phrase naming the source as written, and its entity.

use super::words::{
    any_wordlike, date_at, first_word, is_adverb, is_aux, is_comma, is_ing_form, is_irregular_past, is_lower_ed_form,
    is_lower_participle, is_ly_adverb, is_mark, is_past_participle_form, is_s_plural, is_share, is_source_noun,
    is_subject_pronoun, is_wordlike, kind_is, mention_at, opens_with_conjunction, stops_speaker,
};
use crate::document::MentionKind;
use crate::lexicon::{Lex, WordSet};
use crate::recognize::Gender;
use crate::resolve::Resolved;
use crate::text::{Analysis, Flags, TokenKind};

/// The longest speaker phrase, in tokens.
const MAX_SPEAKER: usize = 12;
/// How many words may precede the name that ends a sentence subject ("Republican presidential
/// front-runner **Donald Trump**").
const MAX_SUBJECT_LEAD: usize = 6;
/// The longest opening frame before a sentence subject, in tokens.
const MAX_FRAME: usize = 25;

/// The speaker phrase that ends right before `end` (adverbs skipped): "**The alliance** also
/// said", "**Haftar's lawyer** explained". Stops at punctuation, conjunctions, prepositions and
/// dates; `None` when nothing noun-like stands there.
pub fn before(a: &Analysis, r: &Resolved, end: usize, floor: usize) -> Option<(usize, usize)> {
    let e0 = skip_modifiers(a, r, end, floor);
    if let Some(name) = angle_bracketed_name(a, e0, floor) {
        return Some(name);
    }
    // "Voters **voiced** support", "A news report **published** Wednesday said": a lower-case
    // past form right before the cue is a verb or a participle, not part of the speaker.
    let e = match e0.checked_sub(1) {
        Some(p) if p > floor && is_lower_ed_form(a.word(p)) => p,
        _ => e0,
    };
    let mut s = e;
    while s > floor {
        let j = s - 1;
        if let Some((_, mm)) = mention_at(r, j) {
            // ("Speeches **of recent years** have": a date after "of" belongs to the phrase.)
            let of_date = mm.start > floor && a.lower(mm.start - 1) == "of";
            if let Some(p) =
                (mm.kind == MentionKind::Date && s == mm.end).then(|| date_before_of(a, mm.start, s, floor)).flatten()
            {
                s = p;
                continue;
            }
            if mm.kind == MentionKind::Date && !of_date {
                break;
            }
            if mm.start >= floor && mm.end <= e {
                s = mm.start;
                continue;
            }
        }
        if let Some(open) = bracketed_before(a, j + 1, floor) {
            // "The High National Elections Commission (HNEC) said": the aside belongs to the name.
            s = open;
            continue;
        }
        let number = kind_is(a, j, TokenKind::Number) && s == e && !is_share(a, j);
        if let Some(first) = (s < e).then(|| first_conjunct(a, r, j, floor)).flatten() {
            s = first;
            break;
        }
        if let Some(q) = (s == e).then(|| share_of_relative(a, j, floor)).flatten() {
            s = q;
            break;
        }
        if is_mark(a, j)
            || stops_speaker(a.word(j)) && !of_phrase(a, j, floor) && !(s < e && participle_to(a, j))
            || number
            || s < e && complement_after_be(a, j, floor)
        {
            break;
        }
        if e - j > MAX_SPEAKER {
            return None;
        }
        s = j;
    }
    // ("**about** 6 in 10 voters said": an approximation opens the phrase.)
    let s = if s < e { approximation_start(a, s).max(floor) } else { s };
    // ("but **ultimately** Lee thinks": an adverb before the subject is none of it.)
    let s = if s + 1 < e && is_ly_adverb(a, s) && opens_subject(a, s + 1) { s + 1 } else { s };
    // "the welcome **they** felt", "the kind of tone **he** said": a pronoun that ends the phrase
    // is the subject of a relative clause on the noun before it.
    if e > s + 1 && is_subject_pronoun(a.word(e - 1)) {
        return Some((e - 1, e));
    }
    // (Not when a verb was left out: "the plan many voters **backed** shows".)
    let s = if e == e0 { contact_subject_start(a, s, e).unwrap_or(s) } else { s };
    (s < e && any_wordlike(a, s, e)).then_some((s, e))
}

/// "It is **doubtful** Lee imagined", "it was **clear** voters wanted": a lower-case word right
/// after a form of "be" at `j` is its complement, not part of the subject after it.
fn complement_after_be(a: &Analysis, j: usize, floor: usize) -> bool {
    let be = j > floor && super::words::is_be(a.lower(j - 1));
    be && a.token_is(j, Flags::LOWER) && !opens_noun_phrase(a.word(j)) && !is_possessive_determiner(a.word(j))
}

/// "delegates, **two of whom** have pledged", "unions, **most of which** said": a share of the
/// relative pronoun at `j` that opens a relative clause; its start.
fn share_of_relative(a: &Analysis, j: usize, floor: usize) -> Option<usize> {
    static SHARES: WordSet =
        WordSet::new(&["some", "many", "most", "all", "both", "none", "one", "several", "each", "half", "few"]);
    let q = j.checked_sub(2).filter(|&q| q >= floor)?;
    let share =
        SHARES.contains(a.lower(q)) || super::words::is_number_word(a.word(q)) || kind_is(a, q, TokenKind::Number);
    (matches!(a.lower(j), "whom" | "which") && a.is_word(q + 1, "of") && share).then_some(q)
}

/// "Democrats trying **to** regain control say", "groups seeking **to** block the law argue": a
/// "to" after a present participle at `j` joins its infinitive to a subject phrase.
fn participle_to(a: &Analysis, j: usize) -> bool {
    let participle = |p: usize| a.token_is(p, Flags::LOWER) && is_ing_form(a.word(p)) && a.lower(p) != "according";
    a.is_word(j, "to") && j.checked_sub(1).is_some_and(participle)
}

/// "**Doctors and** nurses warned", "while **Tom Baker and** Ann Lee said", "**Both Cruz and**
/// Fiorina criticized": the first of two coordinated subjects before the "and" at `and`, a name
/// or a plural noun that opens its clause (at `floor`, after a mark but a comma, after a
/// subordinator, or after "both"); its start ("both" included). Not after a verb or a
/// preposition ("met **Lee and** Ann Ortiz said" coordinates no subject).
fn first_conjunct(a: &Analysis, r: &Resolved, and: usize, floor: usize) -> Option<usize> {
    if !a.is_word(and, "and") {
        return None;
    }
    let last = and.checked_sub(1).filter(|&k| k >= floor)?;
    let name = mention_at(r, last)
        .filter(|(_, m)| matches!(m.kind, MentionKind::Person | MentionKind::Organization) && m.end == and)
        .map(|(_, m)| m.start);
    let plural =
        ((a.token_is(last, Flags::LOWER) || last == floor) && is_s_plural(a, last) && !is_lower_ed_form(a.word(last)))
            .then_some(last);
    let x = name.or(plural).filter(|&x| x >= floor)?;
    // (Not after a comma: "voters over 45, **suburbanites and** city voters backed" ends a list.)
    let opener = |p: usize| {
        is_mark(a, p) && !is_comma(a, p) || super::words::is_contrast_subordinator(a.lower(p)) || a.lower(p) == "as"
    };
    match x.checked_sub(1) {
        _ if x == floor => Some(x),
        Some(p) if a.lower(p) == "both" && p >= floor => Some(p),
        Some(p) if opener(p) => Some(x),
        _ => None,
    }
}

/// "the pride **Mr. Cruz** feels", "an approach **several candidates** have embraced", "things
/// **the Donald** has said": a noun
/// followed by a titled name or a quantified phrase that runs to the cue holds a relative clause
/// without "that", whose subject is the later phrase; its start.
fn contact_subject_start(a: &Analysis, s: usize, e: usize) -> Option<usize> {
    let cap = |k: usize| a.tokens.get(k).is_some_and(|t| t.is(Flags::CAPITALIZED) || !t.is_wordlike());
    let quantified = |j: usize| {
        matches!(a.lower(j), "several" | "many" | "most" | "some" | "few" | "the")
            && (j + 1..e).all(|k| !is_irregular_past(a.word(k)))
    };
    (s + 1..e).find(|&j| {
        let opens = is_honorific(a.word(j)) && (j..e).all(cap) || quantified(j);
        let noun_before = a.tokens.get(j - 1).is_some_and(|t| t.is_wordlike() && t.is(Flags::LOWER))
            && !opens_noun_phrase(a.word(j - 1))
            && !is_possessive_determiner(a.word(j - 1))
            && !stops_speaker(a.word(j - 1))
            && !is_lower_ed_form(a.word(j - 1))
            && !is_irregular_past(a.word(j - 1))
            // ("Farmers opposing **the levy** said": a participle takes its object.)
            && !participle_on_plural(a, j - 1);
        opens && noun_before && j + 1 < e
    })
}

/// "Mr.", "Mrs.", "Ms.", "Dr.": a title that opens a name.
fn is_honorific(w: &str) -> bool {
    matches!(w.trim_end_matches('.'), "Mr" | "Mrs" | "Ms" | "Dr")
}

/// True when tokens `[s, e)` cannot name a speaker: a lone participle ("while **being**
/// portrayed as"), or a verb phrase after an auxiliary, "to" or a relative pronoun ("has **set
/// up a website** called ...", "to **drum up** support", "which **released a statement**
/// questioning ...").
pub fn not_noun_phrase(a: &Analysis, (s, e): (usize, usize)) -> bool {
    let w = a.word(s);
    let lower = a.token_is(s, Flags::LOWER);
    let participle = is_lower_participle(a, s);
    let np_start = opens_noun_phrase(w) || is_possessive_determiner(w) || is_subject_pronoun(w);
    let verb_after = |p: usize| {
        let pw = a.lower(p);
        is_aux(pw) || pw == "to" || matches!(pw, "who" | "which") && is_lower_ed_form(w)
    };
    let after_verb = s.checked_sub(1).is_some_and(verb_after);
    e == s + 1 && participle || after_verb && lower && !np_start && !kind_is(a, s, TokenKind::Number)
}

/// The most words of an approximation before a number ("**more than** half").
const MAX_APPROXIMATION: usize = 2;

/// "**about** 6 in 10 men", "**more than** half": the start of the approximation before the
/// number that opens a phrase at `s` (`s` itself when there is none).
pub fn approximation_start(a: &Analysis, s: usize) -> usize {
    let approx =
        |k: usize| super::words::is_approximator(a.word(k)) || matches!(a.lower(k), "more" | "less" | "fewer" | "than");
    let numeric =
        kind_is(a, s, TokenKind::Number) || super::words::is_number_word(a.word(s)) || a.lower(s).contains("half");
    let mut k = s;
    while numeric && s - k < MAX_APPROXIMATION && k.checked_sub(1).is_some_and(approx) {
        k -= 1;
    }
    k
}

/// The most tokens of a bracketed aside in a speaker phrase ("(that would be Gov. Tom Baker)").
const MAX_BRACKETED: usize = 8;

/// A short bracketed aside ending right before `end` ("(HNEC)", "(R-Texas)", "(that would be
/// Gov. Lee)"): the index of its opening bracket.
fn bracketed_before(a: &Analysis, end: usize, floor: usize) -> Option<usize> {
    let open = bracket_open(a, end, floor)?;
    // Something must stand before it: the name it explains.
    (open > floor).then_some(open)
}

/// A short bracketed phrase ending right before `end`, in round or (wire tickers: "<SMLS>",
/// "<ACS Systems Inc>") angle brackets: the index of its opening bracket.
fn bracket_open(a: &Analysis, end: usize, floor: usize) -> Option<usize> {
    let close = end.checked_sub(1)?;
    let angle = a.word(close) == ">";
    if a.tokens.get(close)?.kind != TokenKind::CloseBracket && !angle {
        return None;
    }
    // (A company's name in angle brackets runs longer: "<Goldman, Sachs and Co>".)
    let lo = close.saturating_sub(if angle { MAX_ANGLE_NAME } else { MAX_BRACKETED }).max(floor);
    let opens = |k: usize| if angle { a.word(k) == "<" } else { kind_is(a, k, TokenKind::OpenBracket) };
    let open = (lo..close).rev().find(|&k| opens(k))?;
    (close > open + 1).then_some(open)
}

/// The most tokens a name in angle brackets takes, the closing bracket included.
const MAX_ANGLE_NAME: usize = 10;

/// "**<ACS Systems Inc>** said": a wire copy's name in angle brackets right before `end`, alone
/// in its clause; the name inside.
fn angle_bracketed_name(a: &Analysis, end: usize, floor: usize) -> Option<(usize, usize)> {
    let open = bracket_open(a, end, floor).filter(|&o| a.word(o) == "<")?;
    let alone = open == floor || open.checked_sub(1).is_some_and(|p| is_mark(a, p));
    (alone && any_wordlike(a, open + 1, end - 1)).then_some((open + 1, end - 1))
}

/// Walks back from `end` over what may stand between a subject and its verb: adverbs and
/// auxiliaries ("also", "publicly", "may well"), a parenthetical adverb (", however,") and a date phrase ("A poll **in June**
/// showed", "Cruz **on Wednesday** announced"). Returns the new end.
pub fn skip_modifiers(a: &Analysis, r: &Resolved, end: usize, floor: usize) -> usize {
    let mut e = end;
    loop {
        let before = e;
        while e > floor
            && (is_adverb(a.word(e - 1))
                || is_ly_adverb(a, e - 1)
                || is_aux(a.word(e - 1))
                || since_after_aux(a, e - 1)
                || aspect_before_ing(a, e - 1))
            && !quantifier_subject(a, e - 1, floor)
        {
            e -= 1;
        }
        if let Some(p) = parenthetical_before(a, e, floor).or_else(|| aside_before(a, e, floor)) {
            e = p;
        }
        if let Some(d) = date_before(a, r, e, floor).or_else(|| nth_time_before(a, e, floor)) {
            e = d;
        }
        if let Some(v) = on_record_before(a, e, floor).or_else(|| so_far_as_to_before(a, e, floor)) {
            e = v;
        }
        if e == before {
            return e;
        }
    }
}

/// "A survey **on Tuesday** of 40 voters found": a date (from `start`) between a noun and the "of"
/// at `of` belongs to the phrase; the start of its preposition.
fn date_before_of(a: &Analysis, start: usize, of: usize, floor: usize) -> Option<usize> {
    let prep = start.checked_sub(1).filter(|&p| p > floor && matches!(a.lower(p), "on" | "in"))?;
    let noun = prep.checked_sub(1).is_some_and(|n| is_wordlike(a, n) && !stops_speaker(a.word(n)));
    (a.lower(of) == "of" && noun).then_some(prep)
}

/// "Both senators are **on record** opposing", "she is **on the record** saying": the phrase
/// right before `end` is part of the verb group; its start.
fn on_record_before(a: &Analysis, end: usize, floor: usize) -> Option<usize> {
    let rec = end.checked_sub(1).filter(|&k| k > floor && a.lower(k) == "record")?;
    let on = if a.lower(rec - 1) == "the" { rec - 1 } else { rec };
    on.checked_sub(1).filter(|&k| k > floor && a.lower(k) == "on")
}

/// "Lee **went so far as to** say", "critics **have gone as far as to** call": a form of "go"
/// with "so far as to" right before `end` is part of the verb group; its start.
fn so_far_as_to_before(a: &Analysis, end: usize, floor: usize) -> Option<usize> {
    let go = end.checked_sub(5).filter(|&k| k > floor)?;
    let phrase = matches!(a.lower(go + 1), "so" | "as")
        && a.lower(go + 2) == "far"
        && a.lower(go + 3) == "as"
        && a.lower(go + 4) == "to";
    (phrase && matches!(a.lower(go), "go" | "goes" | "went" | "gone" | "going")).then_some(go)
}

/// "**keeps** saying", "**began** telling": a verb of aspect at `i` before an -ing form is part of
/// the verb group, not of the subject.
fn aspect_before_ing(a: &Analysis, i: usize) -> bool {
    static ASPECT: WordSet = WordSet::new(&[
        "keep",
        "keeps",
        "kept",
        "keeping",
        "begin",
        "begins",
        "began",
        "begun",
        "beginning",
        "start",
        "starts",
        "started",
        "starting",
        "continue",
        "continues",
        "continued",
        "continuing",
        "stop",
        "stops",
        "stopped",
        "stopping",
        "quit",
        "quits",
        "quitting",
    ]);
    let next = a.lower(i + 1);
    ASPECT.contains(a.lower(i)) && super::words::is_verb_ing(next)
}

/// "has **since** apologized": "since" between an auxiliary and its verb is an adverb.
fn since_after_aux(a: &Analysis, i: usize) -> bool {
    a.lower(i) == "since" && i.checked_sub(1).is_some_and(|p| is_aux(a.word(p)))
}

/// "**Both** have promised", "And **all** vowed": "both" or "all" that opens its clause is the
/// subject, not an adverb ("they both said").
fn quantifier_subject(a: &Analysis, i: usize, floor: usize) -> bool {
    let opens = i == floor || i.checked_sub(1).is_some_and(|p| is_mark(a, p) || matches!(a.lower(p), "and" | "but"));
    opens && matches!(a.lower(i), "both" | "all")
}

/// ", however,", ", surprisingly enough,", ", of course," right before `end` (not before a
/// participle): returns the first comma.
fn parenthetical_before(a: &Analysis, end: usize, floor: usize) -> Option<usize> {
    let close = end.checked_sub(1).filter(|&c| a.word(c) == ",")?;
    // "..., however, expressing dismay": a participle shares the clause subject instead.
    if is_ing_form(a.word(end)) {
        return None;
    }
    let adverb = |k: usize| is_adverb(a.word(k)) || is_ly_adverb(a, k);
    let one = close.checked_sub(2).filter(|&c| adverb(c + 1));
    // ("surprisingly **enough**", "**not** surprisingly", "**of course**": two words.)
    let two = close.checked_sub(3).filter(|&c| {
        let (w1, w2) = (a.lower(c + 1), a.lower(c + 2));
        (adverb(c + 1) || w1 == "not") && (adverb(c + 2) || w2 == "enough") || w1 == "of" && w2 == "course"
    });
    one.or(two).filter(|&c| c > floor && a.word(c) == ",")
}

/// The most tokens of a prepositional aside between a subject and its verb.
const MAX_ASIDE: usize = 7;

/// ", after a long pause," right before `end`: a short prepositional phrase between commas, or
/// a short "as" clause (", as he has in the past,"); returns the first comma.
fn aside_before(a: &Analysis, end: usize, floor: usize) -> Option<usize> {
    let close = end.checked_sub(1).filter(|&c| a.word(c) == ",")?;
    let lo = close.saturating_sub(MAX_ASIDE).max(floor + 1);
    let open = (lo..close).rev().find(|&k| is_mark(a, k))?;
    let prep = matches!(a.lower(open + 1), "after" | "before" | "in" | "at" | "during" | "on" | "with" | "as");
    let words = (open + 1..close).all(|k| is_wordlike(a, k));
    (a.word(open) == "," && prep && words && close > open + 2).then_some(open)
}

/// A date phrase ending at `end` after a noun ("A poll **in June**", "Noah **on Thursday**"):
/// returns its start (with the preposition); `None` when the date opens the clause.
fn date_before(a: &Analysis, r: &Resolved, end: usize, floor: usize) -> Option<usize> {
    let mm = date_at(r, end.checked_sub(1)?)?;
    if mm.end != end || mm.start <= floor || is_mark(a, end) {
        return None;
    }
    let s = mm.start;
    let s = if matches!(a.lower(s - 1), "on" | "in" | "at") { s - 1 } else { s };
    let p = s.checked_sub(1).filter(|&p| p >= floor)?;
    // ("Ann Lee (R-Iowa) **on Wednesday**": after a bracketed aside too.)
    let noun = a.tokens.get(p).is_some_and(|t| t.is_wordlike() || t.kind == TokenKind::CloseBracket);
    (noun && !stops_speaker(a.word(p)) && !is_aux(a.word(p))).then_some(s)
}

/// "the report **for the first time** cited", "Lee **for the second time** said": a phrase of
/// repetition ending at `end`; its start.
fn nth_time_before(a: &Analysis, end: usize, floor: usize) -> Option<usize> {
    let s = end.checked_sub(4).filter(|&s| s > floor)?;
    let ordinal = matches!(a.lower(s + 2), "first" | "second" | "third" | "fourth" | "fifth" | "last" | "next");
    let phrase = a.is_word(s, "for") && a.is_word(s + 1, "the") && ordinal && a.is_word(s + 3, "time");
    phrase.then_some(s)
}

/// "Supporters **of** the plan", "a memo seen **by** Reuters": an "of" after a word (or a "by"
/// after a participle) joins the phrase.
fn of_phrase(a: &Analysis, j: usize, floor: usize) -> bool {
    let noun = j.checked_sub(1).filter(|&p| p >= floor).is_some_and(|p| {
        let w = a.word(p);
        a.tokens.get(p).is_some_and(|t| t.is_wordlike()) && !stops_speaker(w) && !is_aux(w)
    });
    let w = a.word(j);
    // "a spokesman for the ministry", "officials at the embassy": a role speaking for a body.
    let role_for = matches!(w, "for" | "at") && j > floor && is_role_noun(a.word(j - 1));
    // "the memo seen **by** Reuters", "a poll conducted **by** the paper": the agent of a
    // participle that describes the speaker.
    let agent = w == "by" && j > floor && is_past_participle_form(a.word(j - 1));
    // "a study **by** the council", "a poll **from** the paper": the author of a finding.
    let author = matches!(w, "by" | "from") && j > floor && is_source_noun(a.word(j - 1));
    // "four **in** 10": a share.
    let share = is_share(a, j + 1);
    // "more **than** 4 in 10": a comparison of a number.
    let than = w.eq_ignore_ascii_case("than") && kind_is(a, j + 1, TokenKind::Number);
    // "a source close **to** him", "people familiar **with** the talks": an unnamed source.
    let source = j > floor && matches!((a.lower(j - 1), a.lower(j)), ("close", "to") | ("familiar", "with"));
    // "Liberty Baptist Church **in** Marion": the place of a capitalized name.
    let place =
        w == "in" && j > floor && a.token_is(j - 1, Flags::CAPITALIZED) && a.token_is(j + 1, Flags::CAPITALIZED);
    noun && (w.eq_ignore_ascii_case("of") || role_for || agent || author || share || than || source || place)
}

/// Nouns of people who speak for an organization ("spokesman", "official", "lawyer").
fn is_role_noun(w: &str) -> bool {
    static ROLES: WordSet = WordSet::new(&[
        "official",
        "officials",
        "representative",
        "representatives",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "source",
        "sources",
        "analyst",
        "analysts",
        "economist",
        "economists",
        "executive",
        "executives",
        "director",
        "chief",
        "head",
        "president",
        "chairman",
        "chairwoman",
        "member",
        "members",
    ]);
    w.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("spokes")) || ROLES.contains(w)
}

/// The antecedent of a relative clause: "Jeb Bush and Chris Christie, **who** say ..." → the
/// phrase before the comma (or before "who").
pub fn relative_antecedent(a: &Analysis, r: &Resolved, rel: usize, floor: usize) -> Option<(usize, usize)> {
    let w = a.lower(rel);
    // "groups **that** favored her": "that" right before the cue verb, after a noun.
    let that = w == "that"
        && rel
            .checked_sub(1)
            .filter(|&p| p >= floor)
            .is_some_and(|p| is_wordlike(a, p) && a.hit(p, Lex::Cue).is_none());
    if !(matches!(w, "who" | "which") || that) {
        return None;
    }
    // ("economists **--** who believe": a dash opens the clause as a comma does.)
    let opens = |p: usize| a.word(p) == "," || kind_is(a, p, TokenKind::Dash);
    let end = if rel > floor && opens(rel - 1) { rel - 1 } else { rel };
    let (s, e) = before(a, r, end, floor)?;
    // "The rule angered **two former judges**, who": the phrase starts at its last determiner.
    let det = (s..e).rev().find(|&i| opens_noun_phrase(a.word(i)));
    Some((det.unwrap_or(s), e))
}

/// Determiners and numerals that open a noun phrase ("the", "two", "several").
pub fn opens_noun_phrase(w: &str) -> bool {
    const D: &[&str] = &[
        "the", "a", "an", "some", "many", "several", "most", "other", "these", "those", "both", "all", "few", "each",
        "every", "no", "any",
    ];
    D.iter().any(|d| d.eq_ignore_ascii_case(w)) || super::words::is_number_word(w)
}

/// The speaker with an apposition before a comma: "**Carter's press secretary, Peter Cook**,
/// told ..." (`comma` is the comma before the cue).
pub fn appositive(a: &Analysis, r: &Resolved, comma: usize, floor: usize) -> Option<(usize, usize)> {
    if a.word(comma) != "," {
        return None;
    }
    // ("Khizr Khan**, 66,** said": an age between commas belongs to the name.)
    let age = comma > floor + 2 && kind_is(a, comma - 1, TokenKind::Number) && a.word(comma - 2) == ",";
    let (s, e) = if age { (before(a, r, comma - 2, floor)?.0, comma - 2) } else { before(a, r, comma, floor)? };
    let e = if age { comma } else { e };
    let outer = s.checked_sub(1).filter(|&c| c > floor && a.word(c) == ",");
    let first = outer.and_then(|c| before(a, r, c, floor));
    // ("Ann Lee, facing a race in Ohio**, a swing state,** said": an indefinite phrase after a
    // comma describes what stands before it; it is no subject of its own.)
    let describes = outer.is_some() && matches!(a.lower(s), "a" | "an");
    match first {
        Some((s0, _)) if opens_clause_at(a, s0, floor) => Some((s0, e)),
        _ => (!describes && opens_clause_at(a, s, floor)).then_some((s, e)),
    }
}

/// The most tokens of an apposition or relative clause between a subject and its cue.
const MAX_APPOSITION: usize = 20;

/// The subject with a long apposition or a relative clause before a comma: "**American
/// Crossroads, a group aligned with Karl Rove**, released ...", "**Levine, who has given money
/// to Rubio**, said ..." (`comma` is the comma before the cue). A cue inside stays a claim of
/// its own ("Ann Lee, **who** has refused to endorse Roe, said").
pub fn long_apposition(a: &Analysis, r: &Resolved, comma: usize, floor: usize) -> Option<(usize, usize)> {
    if a.word(comma) != "," {
        return None;
    }
    let lo = comma.saturating_sub(MAX_APPOSITION).max(floor);
    // ("Ann Lee, facing a challenge in Iowa, a swing state, said": the apposition may hold commas;
    // the subject stands before the first comma that opens it.)
    let end = (lo..comma).rev().find(|&k| ends_clause(a, k)).map_or(lo, |k| k + 1);
    // ("**One pastor backing Cruz, Tom Baker of Marion**, said": a person's name in apposition.)
    // ("**Making** her way around, Lee said": not after an opening participle phrase.)
    let opens = |k: usize| opens_apposition_at(a, k) || starts_person(r, k) && !is_ing_form(a.word(end));
    (end..comma).filter(|&k| a.word(k) == "," && opens(k + 1)).find_map(|c0| {
        let (s, _) = before(a, r, c0, floor)?;
        opens_clause_at(a, s, floor).then_some((s, comma))
    })
}

/// The subject before an aside between dashes: "**A coalition of 40 groups** - including two
/// unions - sent ..." (`dash` is the dash before the cue).
pub fn dashed_aside(a: &Analysis, r: &Resolved, dash: usize, floor: usize) -> Option<(usize, usize)> {
    if !kind_is(a, dash, TokenKind::Dash) {
        return None;
    }
    let lo = dash.saturating_sub(MAX_APPOSITION).max(floor);
    let open = (lo..dash).rev().find(|&k| kind_is(a, k, TokenKind::Dash) || ends_clause(a, k))?;
    if !kind_is(a, open, TokenKind::Dash) || open + 1 >= dash {
        return None;
    }
    let (s, e) = before(a, r, open, floor)?;
    opens_clause_at(a, s, floor).then_some((s, e))
}

/// True when a phrase starting at `s` opens its clause: at `floor`, right after a mark or a
/// subordinator ("**Ann Lee**, a senator, said", "..., **Peter Cook**, told", "While **many
/// lawyers**, including donors, opposed").
fn opens_clause_at(a: &Analysis, s: usize, floor: usize) -> bool {
    // (Not after one that is a preposition too: "as Secretary of Defense", "after the speech".)
    let pure = |w: &str| super::words::is_contrast_subordinator(w) || matches!(w, "when" | "if");
    let subordinate = |p: usize| p >= floor && pure(a.lower(p)) && opens_subject(a, s);
    s == floor || s.checked_sub(1).is_some_and(|p| is_mark(a, p) || subordinate(p))
}

/// True when a person's name starts at token `k`.
fn starts_person(r: &Resolved, k: usize) -> bool {
    mention_at(r, k).is_some_and(|(_, m)| m.kind == MentionKind::Person && m.start == k)
}

/// The first word of an apposition at `k` ("a", "who", "of") or a participle ("facing").
fn opens_apposition_at(a: &Analysis, k: usize) -> bool {
    opens_apposition(a.word(k)) || is_lower_participle(a, k)
}

/// A mark that ends a clause: a terminal, a colon or semicolon, a dash, or a quote mark that does
/// not stand inside the clause ("Lee, who calls the plan **“a fraud,”** said": a quotation closed
/// before the comma belongs to the apposition).
fn ends_clause(a: &Analysis, k: usize) -> bool {
    let quote = kind_is(a, k, TokenKind::OpenQuote) && super::content::close_of(a, k).is_none()
        || kind_is(a, k, TokenKind::CloseQuote) && !is_comma(a, k);
    a.tokens.get(k).is_some_and(|t| matches!(t.kind, TokenKind::Terminal | TokenKind::Dash))
        || quote
        || matches!(a.word(k), ":" | ";")
}

/// "a", "the", "his", "who", "of": the first word of an apposition or a relative clause on a
/// subject ("Ann Lee, **of** the Tribune, said").
fn opens_apposition(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "who" | "whose" | "which" | "of") || is_possessive_determiner(w)
}

/// The relative pronoun ("who", "which", not "of which") that opens the clause holding token
/// `end`, with no mark between: "Weaver, **who** came out and".
pub fn relative_pronoun_before(a: &Analysis, end: usize, floor: usize) -> Option<usize> {
    let lo = end.saturating_sub(MAX_APPOSITION).max(floor);
    let k = (lo..=end).rev().take_while(|&k| !is_mark(a, k)).find(|&k| matches!(a.lower(k), "who" | "which"))?;
    let object = k.checked_sub(1).is_some_and(|p| {
        matches!(a.lower(p), "of" | "in" | "for" | "to" | "with" | "by" | "on" | "at" | "from" | "about")
    });
    (!object).then_some(k)
}

/// How many words a relative clause without commas takes between a subject and its verb.
const MAX_RELATIVE: usize = 12;

/// "**Current and former officials** who spoke with the Post said ...", "**The lawyer** who ran
/// three marathons is talking about ...": the phrase found before the cue (`sp`) ends a relative
/// clause on the subject; the subject before "who".
pub fn before_relative(a: &Analysis, r: &Resolved, sp: (usize, usize), floor: usize) -> Option<(usize, usize)> {
    // ("the man who gained fame when **he** yelled": a pronoun is a subject of its own.)
    if sp.1 == sp.0 + 1 && is_subject_pronoun(a.word(sp.0)) {
        return None;
    }
    let lo = sp.0.saturating_sub(MAX_RELATIVE).max(floor);
    // ("**Voters** whose top issue was housing tended to support": "whose" too.)
    let who = (lo..sp.0).rev().take_while(|&k| !is_mark(a, k)).find(|&k| matches!(a.lower(k), "who" | "whose"))?;
    // ("experts who **say** services have been known": the phrase is the subject of the clause the
    // relative reports.)
    let reports = (who + 1..sp.1).any(|v| super::cues::at(a, v).is_some_and(|c| c.quotative));
    if reports {
        return None;
    }
    before(a, r, who, floor).filter(|s| s.1 == who)
}

/// The subject of an infinitive after "for": "hard for **progressives** to accept", "enough for
/// **him** to claim" (`to` is the "to" before the cue).
pub fn for_to_subject(a: &Analysis, r: &Resolved, to: usize, floor: usize) -> Option<(usize, usize)> {
    if !a.word(to).eq_ignore_ascii_case("to") {
        return None;
    }
    let (s, e) = before(a, r, to, floor)?;
    let after_for = s.checked_sub(1).is_some_and(|p| p >= floor && a.lower(p) == "for");
    (after_for && e - s <= MAX_SUBJECT_LEAD).then_some((s, e))
}

/// The subject of a headline infinitive that opens the sentence: "**AFL-CIO** to endorse Lee",
/// "**Steelworkers** to back Lee" (`to` is the "to" before the cue).
pub fn headline_infinitive(a: &Analysis, r: &Resolved, to: usize, floor: usize) -> Option<(usize, usize)> {
    if !a.word(to).eq_ignore_ascii_case("to") {
        return None;
    }
    let (s, e) = before(a, r, to, floor)?;
    let opens = first_word(a, floor, s).is_none();
    let capitalized = a.token_is(s, Flags::CAPITALIZED);
    // (Not "**It** seems unfair to tell", "**He** wants to say".)
    let pronoun = is_subject_pronoun(a.word(s)) || matches!(a.lower(s), "it" | "there" | "this" | "that");
    (opens && capitalized && !pronoun && e == to && e - s <= MAX_SUBJECT_LEAD).then_some((s, e))
}

/// The speaker before "VERB to CUE": "**Cook** declined to say", "**she** wants to explain".
pub fn before_infinitive(a: &Analysis, r: &Resolved, to: usize, floor: usize) -> Option<(usize, usize)> {
    if !a.word(to).eq_ignore_ascii_case("to") || to < floor + 2 {
        return None;
    }
    let mut v = to - 1;
    while v > floor && is_adverb(a.word(v)) {
        v -= 1;
    }
    let sp = before(a, r, v, floor)?;
    let verb = a.word(v);
    // ("Kaplan **would like** to see", "they **want** to know", "polls **continue** to show": a
    // base form after an auxiliary, a pronoun or a plural noun is a verb too.)
    let base = v
        .checked_sub(1)
        .is_some_and(|p| is_aux(a.word(p)) && !a.tokens.get(p).is_some_and(|t| t.kind == TokenKind::Possessive))
        || sp.1 == v && sp.1 == sp.0 + 1 && is_subject_pronoun(a.word(sp.0))
        || sp.1 == v && plural_subject(a, sp) && a.token_is(v, Flags::LOWER) && !stops_speaker(verb);
    (verb.ends_with("ed") || verb.ends_with('s') || base).then_some(sp)
}

/// "**polls**", "**many voters**": a phrase ending in a plural noun, not opened by a pronoun
/// ("it seems").
fn plural_subject(a: &Analysis, (s, e): (usize, usize)) -> bool {
    let pronoun = is_subject_pronoun(a.word(s)) || a.word(s).eq_ignore_ascii_case("it");
    e > s && !pronoun && plural_noun(a, e - 1)
}

/// "polls", "voters": a lower-case word in "-s" (not "-ss", not a possessive), likely a plural
/// noun.
fn plural_noun(a: &Analysis, i: usize) -> bool {
    is_s_plural(a, i) && !kind_is(a, i, TokenKind::Possessive) && !a.word(i).ends_with("us")
}

/// The subject of the sentence whose later verb is the cue ("**McCain** survived ... and says",
/// "On Saturday, **the Sanders campaign** responded, saying"): after an opening frame ("On
/// Saturday,", "But"), a subject pronoun, or the phrase up to a person or organization mention
/// that stands within a few words.
pub fn clause_subject(a: &Analysis, r: &Resolved, sent_start: usize, cue: usize) -> Option<(usize, usize)> {
    let k = subject_start(a, r, sent_start, cue)?;
    if is_subject_pronoun(a.word(k)) || a.word(k).eq_ignore_ascii_case("it") {
        return Some((k, k + 1));
    }
    let lim = cue.min(k + MAX_SUBJECT_LEAD + 1);
    for j in k..lim {
        if let Some((_, mm)) = mention_at(r, j) {
            if matches!(mm.kind, MentionKind::Person | MentionKind::Organization) && mm.end < cue {
                return Some((k, possessed_noun_end(a, mm.end, cue).unwrap_or(mm.end)));
            }
        }
        if is_mark(a, j) || stops_speaker(a.word(j)) {
            break;
        }
    }
    let (s, e) = determiner_phrase(a, k, cue).or_else(|| capitalized_run(a, k, cue))?;
    let e = possessed_noun_end(a, e, cue).unwrap_or(e);
    Some((s, named_apposition_end(a, r, e, cue).unwrap_or(e)))
}

/// How many tokens a phrase may run from a subject to its comma, and from that comma to a name.
const MAX_TO_NAME: usize = 7;

/// "**the other candidate on the stage, former Secretary of State Hillary Clinton,** drew a
/// contrast": a person's name between commas after a described subject names it; the end of the
/// name.
fn named_apposition_end(a: &Analysis, r: &Resolved, e: usize, cue: usize) -> Option<usize> {
    let lim = cue.min(e + MAX_TO_NAME);
    let comma = (e..lim).find(|&j| !is_wordlike(a, j)).filter(|&j| a.word(j) == ",")?;
    let lim = cue.min(comma + 1 + MAX_TO_NAME);
    let name = (comma + 1..lim).take_while(|&j| is_wordlike(a, j)).find_map(|j| {
        mention_at(r, j).filter(|(_, m)| m.kind == MentionKind::Person && m.start == j).map(|(_, m)| m.end)
    })?;
    (name < cue && a.word(name) == ",").then_some(name)
}

/// "**Haftar's lawyer** submitted ..., to demand": after a name or a noun phrase, a possessive and
/// a lower-case noun belong to the subject (the lawyer, not Haftar, is the speaker); the end of that noun.
fn possessed_noun_end(a: &Analysis, name_end: usize, cue: usize) -> Option<usize> {
    let noun = name_end + 1;
    let possessive = a.tokens.get(name_end).is_some_and(|t| t.kind == TokenKind::Possessive);
    let lower_noun = a.tokens.get(noun).is_some_and(|t| t.is(Flags::LOWER) && t.is_wordlike());
    (possessive && lower_noun && noun < cue && !stops_speaker(a.word(noun)) && !is_aux(a.word(noun)))
        .then_some(noun + 1)
}

/// The most words of a capitalized name taken as a subject without a mention.
const MAX_NAME_RUN: usize = 4;

/// "**Trump** went after Bush, calling ...": a short run of capitalized words followed by a
/// lower-case word or a comma.
fn capitalized_run(a: &Analysis, k: usize, cue: usize) -> Option<(usize, usize)> {
    let cap = |j: usize| super::words::is_capitalized_word(a, j);
    let lim = cue.min(k + MAX_NAME_RUN + 1);
    let e = (k..lim).find(|&j| !cap(j))?;
    // ("**House Democrats**, looking for ..., seized": a comma may open an aside.)
    let lower_next = a.token_is(e, Flags::LOWER) || a.word(e) == ",";
    (e > k && lower_next).then_some((k, e))
}

/// "**The coach** praised ...": a noun phrase opened by a determiner, up to the first cue word,
/// auxiliary, adverb, mark or stop word (a few words at most).
fn determiner_phrase(a: &Analysis, k: usize, cue: usize) -> Option<(usize, usize)> {
    let w = a.word(k);
    // ("**about 200** protesters", "**40** groups": a number opens the phrase too.)
    let approx =
        matches!(a.lower(k), "about" | "nearly" | "almost" | "roughly") && kind_is(a, k + 1, TokenKind::Number);
    if !(opens_noun_phrase(w) || is_possessive_determiner(w) || approx || kind_is(a, k, TokenKind::Number)) {
        return None;
    }
    let lim = cue.min(k + MAX_SUBJECT_LEAD);
    // The phrase ends before a verb: a cue, an auxiliary or a past form ("protesters **gathered**").
    let e = (k + 1..lim)
        .find(|&j| {
            let w = a.word(j);
            is_mark(a, j)
                || stops_speaker(w)
                || is_aux(w)
                || is_adverb(w)
                || a.hit(j, Lex::Cue).is_some()
                || is_lower_ed_form(w)
                || is_irregular_past(w)
        })
        .unwrap_or(lim);
    (e > k + 1).then_some((k, e))
}

/// "his", "her", "their", "its", "our": possessive determiners.
pub fn is_possessive_determiner(w: &str) -> bool {
    ["his", "her", "their", "its", "our"].iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// The first token of a sentence's subject: after marks, an opening conjunction ("But") and an
/// opening frame that ends with a comma ("In an interview with CNN,", "Speaking to reporters,").
fn subject_start(a: &Analysis, r: &Resolved, sent_start: usize, cue: usize) -> Option<usize> {
    let mut k = sent_start;
    // ("\"“Q,” the mayor said": a stray quote mark before the opening one.)
    while kind_is(a, k, TokenKind::OpenQuote) && kind_is(a, k + 1, TokenKind::OpenQuote) {
        k += 1;
    }
    // "“Q,” the mayor said, urging ...": the subject is not inside an opening quotation.
    if kind_is(a, k, TokenKind::OpenQuote) {
        k = super::content::close_of(a, k).map_or(k, |c| c + 1);
    }
    let lim = cue.min(k + MAX_FRAME);
    k = dateline_end(a, k, lim).unwrap_or(k);
    while k < lim && (is_mark(a, k) || opens_with_conjunction(a.word(k))) {
        k += 1;
    }
    k = time_phrase_end(a, k, lim).or_else(|| date_frame_end(a, r, k, lim)).unwrap_or(k);
    let lw = a.lower(k);
    // ("**Surprisingly,** the senator ...", "**Most recently,** Rubio ...": an adverb with its
    // comma; "Kelly" is a name.)
    let ly_before_comma = |j: usize| a.lower(j).ends_with("ly") && a.word(j + 1) == ",";
    let adverb = ly_before_comma(k) || a.token_is(k + 1, Flags::LOWER) && ly_before_comma(k + 1);
    if opens_frame(lw) || is_ing_form(lw) || adverb {
        let lim = cue.min(k + MAX_FRAME);
        // "**When** Trump later referred to ... and said": without a comma before the cue, the
        // clause of a subordinator holds the cue, and its subject follows the subordinator.
        let Some(first) = (k..lim).find(|&j| a.word(j) == ",") else {
            return (is_subordinator(lw) && is_subject_word(a, k + 1) && k + 1 < cue).then_some(k + 1);
        };
        // "At an event in Ames, Iowa, on Sunday, **Mrs. Clinton** ...": the frame runs to the last
        // comma that a subject follows (a place is none: "stood in Burlington, **Iowa**, and").
        let place = |j: usize| mention_at(r, j).is_some_and(|(_, m)| m.kind == MentionKind::Location);
        let last = (first..lim).rev().find(|&j| a.word(j) == "," && is_subject_word(a, j + 1) && !place(j + 1));
        k = last.unwrap_or(first) + 1;
    }
    (k < cue).then_some(k)
}

/// How many words a time phrase before the subject takes ("A few minutes later").
const MAX_TIME_PHRASE: usize = 5;

/// "**A month later,** he ...", "**Eight years ago** he ...": a time phrase ending in "later",
/// "ago" or "earlier" that opens the sentence; the token after it (and its comma).
fn time_phrase_end(a: &Analysis, k: usize, lim: usize) -> Option<usize> {
    let t = (k..lim.min(k + MAX_TIME_PHRASE))
        .take_while(|&j| is_wordlike(a, j))
        .find(|&j| matches!(a.lower(j), "later" | "ago" | "earlier"))?;
    let next = if a.word(t + 1) == "," { t + 2 } else { t + 1 };
    (t > k && next < lim && is_subject_word(a, next)).then_some(next)
}

/// "**On Sunday morning** Mr. Trump made ...", "**Last week** she wrote ...", "**Yesterday,** the
/// ministry ...": a date frame, which a subject follows; the token after it.
fn date_frame_end(a: &Analysis, r: &Resolved, k: usize, lim: usize) -> Option<usize> {
    let (_, mm) = mention_at(r, k).or_else(|| mention_at(r, k + 1).filter(|_| opens_frame(a.lower(k))))?;
    if mm.kind != MentionKind::Date || mm.start < k {
        return None;
    }
    let part_of_day = matches!(a.lower(mm.end), "morning" | "afternoon" | "evening" | "night");
    let next = if part_of_day { mm.end + 1 } else { mm.end };
    // ("**Yesterday,** the ministry ...": with its comma.)
    let next = if a.word(next) == "," { next + 1 } else { next };
    (next < lim && is_subject_word(a, next)).then_some(next)
}

/// The most tokens of a dateline ("PARIS, Aug 31 (Reuters) -").
const MAX_DATELINE: usize = 12;

/// "**PARIS, Aug 31 (Reuters) -** France's ...", "**Aug 27 (Reuters) -** Lee ...": a dateline
/// opening the sentence with a place in capitals, or with a date and the wire's name in brackets,
/// and ending with a dash; the token after the dash.
pub fn dateline_end(a: &Analysis, k: usize, lim: usize) -> Option<usize> {
    let capitals = |j: usize| {
        let w = a.word(j);
        w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    let lim = lim.min(k + MAX_DATELINE);
    let dash_from = |j: usize| (j..lim).find(|&d| kind_is(a, d, TokenKind::Dash));
    if !capitals(k) {
        // ("Aug 27 (Reuters) -": the wire's bracket right before the dash.)
        let d = dash_from(k + 1)?;
        return kind_is(a, d - 1, TokenKind::CloseBracket).then_some(d + 1);
    }
    // The place in capitals ends with a comma or the agency's bracket ("NATO allies - ..." is no
    // dateline).
    let place_end = (k..lim).find(|&j| !capitals(j))?;
    if !a.is_word(place_end, ",") && !kind_is(a, place_end, TokenKind::OpenBracket) {
        return None;
    }
    dash_from(place_end).map(|d| d + 1)
}

/// A capitalized word, a determiner, a number or a subject pronoun ("Mr. Rubio", "the", "his",
/// "he"): the start of a subject (see [`opens_subject`]).
pub fn is_subject_word(a: &Analysis, k: usize) -> bool {
    opens_subject(a, k) || a.lower(k) == "about"
}

/// True when token `k` may open a main-clause subject: a subject pronoun ("he"), a determiner
/// ("the", "his"), a number or a capitalized word ("Mr. Rubio"); [`is_subject_word`] takes an
/// approximation too ("**about** 40 percent").
pub fn opens_subject(a: &Analysis, k: usize) -> bool {
    let w = a.word(k);
    super::words::is_capitalized_word(a, k)
        || is_subject_pronoun(w)
        || opens_noun_phrase(w)
        || is_possessive_determiner(w)
        || kind_is(a, k, TokenKind::Number)
}

/// "a new poll **that** shows", "the survey **that** found": "that" after a source noun opens a
/// relative clause on it.
fn relative_that(a: &Analysis, k: usize) -> bool {
    a.is_word(k, "that") && k.checked_sub(1).is_some_and(|p| is_source_noun(a.lower(p)))
}

/// "farmers **opposing**", "Republicans **supporting**": an -ing form at `k` right after a plural
/// noun, which it describes (not "any**thing**", "some**thing**").
pub fn participle_on_plural(a: &Analysis, k: usize) -> bool {
    let w = a.lower(k);
    let plural = k.checked_sub(1).is_some_and(|p| {
        let pw = a.lower(p);
        is_wordlike(a, p) && super::words::is_s_plural_word(pw) && !stops_speaker(pw) && !is_aux(pw)
    });
    super::words::is_verb_ing(w) && plural
}

/// "when", "though", "because": a subordinator, which a clause with its own subject follows.
pub fn is_subordinator(w: &str) -> bool {
    static S: WordSet = WordSet::new(&[
        "when", "while", "though", "although", "because", "after", "before", "since", "as", "once", "if",
    ]);
    S.contains(w)
}

/// Prepositions and subordinators that open a frame before the subject ("**On** Saturday, ...").
fn opens_frame(w: &str) -> bool {
    static F: WordSet = WordSet::new(&[
        "on",
        "in",
        "at",
        "after",
        "before",
        "during",
        "since",
        "while",
        "when",
        "despite",
        "as",
        "for",
        "with",
        "without",
        "under",
        "over",
        "through",
        "among",
        "by",
        "earlier",
        "later",
        "last",
        "asked",
        "following",
        "if",
        "although",
        "though",
        "because",
        "unlike",
        "like",
        "from",
        "to",
        "according",
        "once",
        "until",
        "outside",
        "inside",
        "just",
        "given",
        "amid",
        "across",
        "beyond",
        "ahead",
        "near",
        "within",
        "against",
        "throughout",
        "regarding",
        "more",
        "perhaps",
        "late",
        "this",
        "next",
        "along",
        "together",
        "back",
    ]);
    F.contains(w)
}

/// The speaker phrase after an inverted cue: "..., said **Amy Deace, a home-school leader**."
/// From `start` to `limit` (the clause end), cut at the first comma. A clause is no inverted
/// speaker: "67 percent, say **they will vote** ..." (a subject pronoun or an auxiliary), nor a
/// prepositional phrase ("said **of Cruz**").
pub fn after(a: &Analysis, start: usize, limit: usize) -> Option<(usize, usize)> {
    // "..., Blunt said **of** Cruz", "said **on** Fox": a phrase, not a speaker.
    const P: &[&str] = &["of", "on", "in", "at", "during", "about", "to", "with", "after", "before", "from"];
    if is_subject_pronoun(a.word(start)) || P.iter().any(|p| p.eq_ignore_ascii_case(a.word(start))) {
        return None;
    }
    let mut e = start;
    while e < limit && !is_mark(a, e) {
        let w = a.word(e);
        // "said **a former official** who oversaw ...", "according to **a new poll** that shows
        // ...": the relative clause describes the speaker.
        let relative = w.eq_ignore_ascii_case("who") || w.eq_ignore_ascii_case("whose") || relative_that(a, e);
        if e > start && relative {
            break;
        }
        if e - start >= MAX_SPEAKER
            || w.eq_ignore_ascii_case("that")
            || is_aux(w) && e > start && !kind_is(a, e, TokenKind::Possessive)
        {
            return None;
        }
        e += 1;
    }
    (e > start && any_wordlike(a, start, e)).then_some((start, e))
}

/// The entity of a speaker phrase: the entity of the mention it ends with (its head); for "a
/// spokesman for X", X's entity; `None` for a description whose head is not a name ("Haftar's
/// lawyer").
pub fn entity(a: &Analysis, r: &Resolved, (s, e): (usize, usize)) -> Option<usize> {
    // The head before an apposition: "**American Crossroads**, a group aligned with Karl Rove",
    // "**Ann Roe**, lawyer for Mr Lee", "**Ann Roe**, Mr Lee's lawyer": a phrase after the comma
    // that opens or ends with a common noun (but "Lee, Mills and Roe" is a list, and "Speaker of
    // the House, **Paul Ryan**" names after the comma).
    let lower = |k: usize| a.token_is(k, Flags::LOWER);
    let list = |k: usize| (k..e).any(|j| matches!(a.lower(j), "and" | "or"));
    // ("**Mr Lee**, 42,": an age.)
    let age = |k: usize| kind_is(a, k, TokenKind::Number);
    let apposition = |k: usize| {
        opens_apposition(a.word(k + 1)) || lower(k + 1) || age(k + 1) || e.checked_sub(1).is_some_and(lower) && !list(k)
    };
    let Some(comma) = (s..e).find(|&k| a.word(k) == "," && apposition(k)) else {
        return head_entity(a, r, s, e);
    };
    // ("the other candidate, former Secretary of State **Hillary Clinton**": a head without a
    // name is named after the comma; not "Some observers, including ...".)
    let named = (s..comma).any(|k| super::words::is_capitalized_word(a, k) && !opens_noun_phrase(a.word(k)));
    let examples = matches!(a.lower(comma + 1), "including" | "such" | "like" | "among");
    head_entity(a, r, s, comma).or_else(|| (!named && !examples).then(|| head_entity(a, r, s, e)).flatten())
}

/// The entity named at the end of the phrase `[s, e)` ("the alliance's leader **Ann Roe**").
fn head_entity(a: &Analysis, r: &Resolved, s: usize, e: usize) -> Option<usize> {
    // The name before a bracketed aside: "Commission (HNEC)".
    let e = bracketed_before(a, e, s).unwrap_or(e);
    let (m, mm) = mention_at(r, e.checked_sub(1)?)?;
    if mm.end != e || mm.start < s || matches!(mm.kind, MentionKind::Date | MentionKind::Location) {
        return None;
    }
    // A determiner before the name is part of the phrase, not a different head: "The alliance".
    let s = if matches!(a.word(s), "The" | "the") { s + 1 } else { s };
    if mm.kind == MentionKind::Organization && mm.start > s && !spokesperson_for(a, s, mm.start) {
        return None;
    }
    r.entity_of.get(m).copied().flatten()
}

/// "a spokesman for", "a spokeswoman for the", "officials at": a role speaking for the
/// organization that follows.
fn spokesperson_for(a: &Analysis, s: usize, org: usize) -> bool {
    (s..org).any(|i| {
        let w = a.lower(i);
        w.starts_with("spokes") || w == "representative" || w == "official" || w == "officials"
    })
}

/// The gender a pronoun speaker asks for ("he" → male).
pub fn pronoun_gender(w: &str) -> Option<Gender> {
    if w.eq_ignore_ascii_case("he") {
        Some(Gender::Male)
    } else if w.eq_ignore_ascii_case("she") {
        Some(Gender::Female)
    } else {
        None
    }
}

/// True when the person entity `e` may be called by a pronoun of gender `g`.
pub fn gender_fits(r: &Resolved, e: usize, g: Gender) -> bool {
    r.entities.get(e).is_some_and(|x| x.kind == MentionKind::Person && (x.gender == Gender::Unknown || x.gender == g))
}
