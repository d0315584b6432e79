//! Noun cues: "X's statement that C", "his **criticism of** the plan", "her **plans to** run", and
//! the subject of a light verb or a message before a cue ("**Lee** voiced concerns about").

use super::{claim, content_after, first_word_before, last_clause_start, opens_prep_phrase, opens_sentence};
use crate::claims::content::{clause_end, trim_marks};
use crate::claims::cues::{self, Cue, CueShape};
use crate::claims::speaker;
use crate::claims::words::{
    is_attitude_noun, is_aux, is_document_noun, is_intention_noun, is_message_noun, is_source_noun, is_support_noun,
    is_wordlike, kind_is, stops_speaker, takes_to_object,
};
use crate::claims::ClaimData;
use crate::lexicon::WordSet;
use crate::resolve::Resolved;
use crate::text::{Analysis, Flags, TokenKind};

/// "his **criticism of** the plan", "**fears about** the future", "**doubts over** the deal": a
/// noun of a stance with its object after a preposition; the phrase to the end of the clause.
fn noun_complement(a: &Analysis, cue: &Cue, limit: usize) -> Option<(usize, usize)> {
    let w = a.lower(cue.word);
    let object = is_complement_preposition(a.lower(cue.end)) && is_attitude_noun(w);
    // "her **plans to** run", "his **vow to** repeal the law": an intention with its infinitive.
    let infinitive = a.lower(cue.end) == "to" && (is_intention_noun(w) || takes_to_object(w));
    if !object && !infinitive {
        return None;
    }
    let cs = if infinitive { cue.end } else { cue.end + 1 };
    let ce = clause_end(a, cs, limit);
    // ("**Despite** doubts about the budget**,** the plan passed": an opening phrase ends at its comma.)
    let ce = if in_opening_phrase(a, cue) { (cs..ce).find(|&k| a.word(k) == ",").unwrap_or(ce) } else { ce };
    (ce > cs).then_some((cs, ce))
}

/// "**Despite** doubts about ...", "**Amid** fears of ...": the cue stands in a prepositional phrase
/// that opens the sentence (no comma yet).
pub(super) fn in_opening_phrase(a: &Analysis, cue: &Cue) -> bool {
    let sent = cue.sentence(a);
    let first = first_word_before(a, cue);
    let opens = first.is_some_and(|k| opens_prep_phrase(a.word(k)));
    opens && !(sent.start..cue.start).any(|k| a.word(k) == ",")
}

/// "**Ward** had the backing **of the state party**", "the mayor drew the support of 40 percent of
/// voters", "**the deal** sparked criticism **from Congress**": support (or blame) received; those who
/// give it are the speaker, the one who gets it the content.
fn received_support(a: &Analysis, r: &Resolved, cue: &Cue, floor: usize, limit: usize) -> Option<ClaimData> {
    // ("faced criticism **even from** his party": an adverb before the preposition.)
    let prep = if matches!(a.lower(cue.end), "even" | "also" | "mostly" | "largely") { cue.end + 1 } else { cue.end };
    if !is_support_noun(a.lower(cue.word)) || !matches!(a.lower(prep), "of" | "from" | "among") {
        return None;
    }
    let lo = cue.start.saturating_sub(MAX_NOUN_LEAD + 1).max(floor);
    let v = (lo..cue.start).rev().find(|&k| is_receipt_verb(a.lower(k)))?;
    let plain = (v + 1..cue.start).all(|k| a.token_is(k, Flags::LOWER));
    if !plain {
        return None;
    }
    let giver = speaker::after(a, prep + 1, trim_marks(a, prep + 1, limit))?;
    let holder = speaker::before(a, r, v, floor)?;
    Some(claim(a, r, Some(giver), cue, holder))
}

/// "has", "drew", "won", "faced": verbs of getting or holding (support, criticism).
fn is_receipt_verb(w: &str) -> bool {
    static V: WordSet = WordSet::new(&[
        "has", "have", "had", "having", "drew", "draws", "draw", "drawing", "won", "wins", "win", "winning", "earned",
        "earns", "earn", "received", "receives", "receive", "got", "gets", "gained", "gains", "enjoys", "enjoyed",
        "secured", "secures", "faced", "faces", "face", "facing", "sparked", "sparks",
    ]);
    V.contains(w)
}

/// How many words (determiners, modifiers) may stand between a light verb and its noun ("made
/// **a solemn** vow").
const MAX_NOUN_LEAD: usize = 3;

/// "**The council** has no plans to", "**Lee** voiced concerns about", "**She** made a vow to": the
/// subject of a light verb before a stance noun holds the stance.
pub(super) fn light_verb_subject(a: &Analysis, r: &Resolved, cue: &Cue, floor: usize) -> Option<(usize, usize)> {
    let lo = cue.start.saturating_sub(MAX_NOUN_LEAD + 1).max(floor);
    let v = (lo..cue.start).rev().find(|&k| is_light_verb(a.lower(k)))?;
    // Only lower-case words between the verb and the noun ("no", "a", "serious").
    let plain = (v + 1..cue.start).all(|k| a.token_is(k, Flags::LOWER));
    if !plain {
        return None;
    }
    verb_subject(a, r, v, floor)
}

/// The subject of the verb at `v`: the phrase right before it, an apposition, or the clause's
/// subject before "and".
fn verb_subject(a: &Analysis, r: &Resolved, v: usize, floor: usize) -> Option<(usize, usize)> {
    speaker::before(a, r, v, floor).or_else(|| {
        // "**Ann Lee, the party leader,** voiced support", "**He** proposed checks and signaled support".
        let b = speaker::skip_modifiers(a, r, v, floor).checked_sub(1).filter(|&b| b >= floor)?;
        let and = matches!(a.lower(b), "and" | "but");
        speaker::appositive(a, r, b, floor)
            .or_else(|| speaker::long_apposition(a, r, b, floor))
            .or_else(|| speaker::dashed_aside(a, r, b, floor))
            .or_else(|| and.then(|| speaker::clause_subject(a, r, floor, b)).flatten())
    })
}

/// How many tokens may stand between a verb and the message it sends ("began **a $1 million ad**
/// campaign").
const MAX_MESSAGE_LEAD: usize = 8;

/// "**The group** is running a TV spot attacking ...", "**A coalition** sent a letter urging ...":
/// before a participle cue, an advertisement, letter or statement that the subject runs, sends or
/// makes carries the subject's words; the subject is the speaker.
pub(super) fn message_sender(
    a: &Analysis,
    r: &Resolved,
    cue: &Cue,
    (s, e): (usize, usize),
    floor: usize,
) -> Option<(usize, usize)> {
    let participle = cue.is_bare_participle(a);
    let n = e.checked_sub(1).filter(|&n| participle && is_message_noun(a.lower(n)))?;
    let lo = n.saturating_sub(MAX_MESSAGE_LEAD).max(floor);
    // Only the message's own words stand between ("a \"Party of Trump\" campaign"; not "said that
    // the ads").
    let inside = |k: usize| {
        let w = a.word(k);
        !matches!(w, "," | ";" | ":" | "." | "!" | "?") && (!stops_speaker(w) || w.eq_ignore_ascii_case("of"))
    };
    let v = (lo..n)
        .rev()
        .take_while(|&k| inside(k) || is_sending_verb(a.lower(k)))
        .find(|&k| is_sending_verb(a.lower(k)))?;
    (v < n && s <= n).then(|| verb_subject(a, r, v, floor)).flatten()
}

/// "is running", "sent", "made", "issued": verbs that put out a message.
fn is_sending_verb(w: &str) -> bool {
    static V: WordSet = WordSet::new(&[
        "run",
        "runs",
        "running",
        "ran",
        "air",
        "airs",
        "airing",
        "aired",
        "send",
        "sends",
        "sending",
        "sent",
        "make",
        "makes",
        "making",
        "made",
        "issue",
        "issues",
        "issuing",
        "issued",
        "release",
        "releases",
        "releasing",
        "released",
        "launch",
        "launches",
        "launching",
        "launched",
        "begin",
        "begins",
        "beginning",
        "began",
        "start",
        "starts",
        "starting",
        "started",
        "post",
        "posts",
        "posting",
        "posted",
        "publish",
        "publishes",
        "publishing",
        "published",
        "unveil",
        "unveils",
        "unveiling",
        "unveiled",
        "roll",
        "rolls",
        "rolling",
        "rolled",
        "put",
        "puts",
        "putting",
        "write",
        "writes",
        "writing",
        "wrote",
        "file",
        "files",
        "filing",
        "filed",
        "circulate",
        "circulates",
        "circulating",
        "circulated",
    ]);
    V.contains(w)
}

/// "has", "made", "voiced": verbs whose object noun names the subject's stance.
fn is_light_verb(w: &str) -> bool {
    static V: WordSet = WordSet::new(&[
        "has",
        "have",
        "had",
        "having",
        "made",
        "make",
        "makes",
        "making",
        "voiced",
        "voices",
        "voice",
        "voicing",
        "expressed",
        "expresses",
        "express",
        "expressing",
        "raised",
        "raises",
        "raise",
        "raising",
        "renewed",
        "renews",
        "renew",
        "shared",
        "shares",
        "share",
        "aired",
        "airs",
        "air",
        "signaled",
        "signalled",
        "signals",
        "signal",
        "heaped",
        "heaps",
        "left",
        "leaves",
        "offered",
        "offers",
        "lent",
        "lends",
        "repeated",
        "repeats",
        "repeating",
        "reiterated",
        "reiterates",
        "leveled",
        "levelled",
        "levels",
        "issued",
        "issues",
        "delivered",
        "delivers",
    ]);
    V.contains(w)
}

/// "about", "of", "over": prepositions that open the object of a stance noun.
fn is_complement_preposition(w: &str) -> bool {
    static P: WordSet = WordSet::new(&["about", "of", "over", "against", "on", "for"]);
    P.contains(w)
}

/// "**Report:** Walker to speak at the convention", "**Poll:** ...": a source noun that opens the
/// sentence before a colon is the speaker as well as the cue.
pub(super) fn headline_source(a: &Analysis, cue: &Cue) -> Option<(usize, usize)> {
    let source = is_source_noun(a.lower(cue.word)) && a.word(cue.end) == ":";
    (source && opens_sentence(a, cue)).then_some((cue.start, cue.end))
}

/// How many modifiers may stand between a possessor and a noun cue ("her **March** comment").
const MAX_POSSESSED_LEAD: usize = 2;

/// The possessor of a noun cue: "**The governor**'s statement", "**her** March comment",
/// "**Bush**'s Facebook post", "**its** findings".
fn possessor(a: &Analysis, r: &Resolved, cue: &Cue, floor: usize) -> Option<(usize, usize)> {
    let lo = cue.start.saturating_sub(MAX_POSSESSED_LEAD + 1).max(floor);
    for p in (lo..cue.start).rev() {
        if kind_is(a, p, TokenKind::Possessive) {
            return speaker::before(a, r, p, floor);
        }
        if speaker::is_possessive_determiner(a.word(p)) {
            return Some((p, p + 1));
        }
        if !is_wordlike(a, p) || stops_speaker(a.word(p)) || speaker::opens_noun_phrase(a.word(p)) {
            return None;
        }
    }
    None
}

/// "**He** is touring the state **in hopes of** meeting voters", "**Lee** wrote **in the belief**
/// that ...": a stance noun in a phrase after "in" or "with" holds the stance of its clause's
/// subject.
fn in_hope_subject(a: &Analysis, r: &Resolved, cue: &Cue, floor: usize) -> Option<(usize, usize)> {
    // ("with **an even more forceful** argument": modifiers between.)
    let lo = cue.start.saturating_sub(MAX_NOUN_LEAD + 2).max(floor + 1);
    let p = (lo..cue.start)
        .rev()
        .take_while(|&k| a.token_is(k, Flags::LOWER))
        .find(|&k| matches!(a.lower(k), "in" | "with"))?;
    if (p + 1..cue.start).any(|k| stops_speaker(a.word(k))) {
        return None;
    }
    speaker::clause_subject(a, r, last_clause_start(a, floor, p), p)
}

/// "X's statement that C", "the claim that C", "his warning: “Q”".
/// "a report **that could** raise questions", "a comment **that reopened** old wounds": "that"
/// before a verb opens a relative clause on the noun, not the content of a statement ("the claim
/// **that officials** knew").
fn relative_that(a: &Analysis, that: usize) -> bool {
    let v = that + 1;
    let lower = a.token_is(v, Flags::LOWER);
    let aux = is_aux(a.word(v)) && !kind_is(a, v, TokenKind::Possessive);
    let verb = cues::at(a, v).is_some_and(|c| c.shape == CueShape::Verb && c.inflected && c.start == v);
    a.is_word(that, "that") && (aux || lower && a.word(v).ends_with("ed") || verb)
}

pub(super) fn noun_that(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
    let sent = cue.sentence(a);
    if let Some(c) = received_support(a, r, cue, sent.start, sent.end) {
        return Some(c);
    }
    // ("Moody's **said** that may include ...": a verb read as a noun after a possessive.)
    // ("the emails **that** Mrs. Clinton had given": a document is the object of its relative.)
    let document = is_document_noun(a.lower(cue.word)) && a.is_word(cue.end, "that");
    if document || relative_that(a, cue.end) && !crate::claims::words::is_past_verb(a.word(cue.word)) {
        return None;
    }
    let (content, quoted) = if a.word(cue.end).eq_ignore_ascii_case("that") || a.word(cue.end) == ":" {
        content_after(a, r, cue, sent.end)?
    } else {
        (noun_complement(a, cue, sent.end)?, false)
    };
    let speaker = possessor(a, r, cue, sent.start)
        .or_else(|| light_verb_subject(a, r, cue, sent.start))
        .or_else(|| in_hope_subject(a, r, cue, sent.start));
    let mut c = claim(a, r, speaker, cue, content);
    c.quoted = quoted;
    Some(c)
}
