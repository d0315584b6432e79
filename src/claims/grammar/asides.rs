//! Attribution asides and frames: "According to X, C", "As reported by X, C", "**In** a Tribune poll,
//! C", "**To** many, C".

use super::claim;
use crate::claims::content::{clause_end, trim_marks};
use crate::claims::cues::{self, Cue};
use crate::claims::speaker;
use crate::claims::words::{
    first_content_word, first_word, is_adverb, is_aux, is_source_noun, is_wordlike, mention_starting,
};
use crate::claims::ClaimData;
use crate::document::{CueType, MentionKind};
use crate::lexicon::WordSet;
use crate::resolve::Resolved;
use crate::text::Analysis;

/// "According to X, C" and "C, according to X.".
pub(super) fn according_to(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
    attributed_aside(a, r, cue, cue.start, cue.end)
}

/// "**As reported by** the Tribune, C", "C, as first reported by the Tribune.": a participle
/// cue after "as" names its speaker in a "by" phrase; the clause around the aside is the content.
pub(super) fn as_reported_by(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
    let by = cue.end;
    if !a.word(by).eq_ignore_ascii_case("by") || !a.word(cue.word).ends_with("ed") || cue.start != cue.word {
        return None;
    }
    let before = cue.start.checked_sub(1)?;
    let as_ = if is_adverb(a.word(before)) { before.checked_sub(1)? } else { before };
    if !a.word(as_).eq_ignore_ascii_case("as") {
        return None;
    }
    attributed_aside(a, r, cue, as_, by + 1)
}

/// The claim of an attribution aside opening at token `open` whose speaker starts at `sp_start`
/// ("According to X", "As reported by X"): at the start of the sentence the clause after the
/// speaker's comma is the content; after a comma, the clause before it (and the clause after
/// the aside, if any: "C1, according to X, C2").
fn attributed_aside(a: &Analysis, r: &Resolved, cue: &Cue, open: usize, sp_start: usize) -> Option<ClaimData> {
    let sent = cue.sentence(a);
    let sp = speaker::after(a, sp_start, sent.end)?;
    if states_a_norm(a, sp) {
        return None;
    }
    let sp = (sp.0, list_end(a, sp.1, sent.end).unwrap_or(sp.1));
    let e = sp.1;
    // ("It went unnoticed**: According to** polls, C": a colon or a semicolon opens a clause.)
    // ("**PARIS, March 18 -** C, according to X": a dateline is not reported.)
    let sent_start = speaker::dateline_end(a, sent.start, open).unwrap_or(sent.start);
    let clause_start = (sent_start..open).rev().find(|&k| matches!(a.word(k), ":" | ";")).map_or(sent_start, |k| k + 1);
    // ("**But** according to X, C": a conjunction may open the sentence.)
    let at_start = first_content_word(a, clause_start, open).is_none();
    let content = if at_start {
        if a.word(e) != "," {
            return None;
        }
        (e + 1, clause_end(a, e + 1, sent.end))
    } else {
        let b = open.checked_sub(1)?;
        // "Clinton leads by 271 delegates **according to** a count by AP": without a comma, the
        // clause before the aside is the content.
        if a.word(b) != "," {
            let content = (clause_start, trim_marks(a, clause_start, open));
            return first_content_word(a, content.0, content.1).is_some().then(|| claim(a, r, Some(sp), cue, content));
        }
        let first = (clause_start, trim_marks(a, clause_start, b));
        // "C1, according to X, C2" · "But, according to X, C".
        let second = (a.word(e) == ",").then(|| (e + 1, clause_end(a, e + 1, sent.end))).filter(|s| s.1 > s.0);
        match second {
            Some(second) if first_content_word(a, first.0, first.1).is_none() => second,
            Some(second) => {
                let mut c = claim(a, r, Some(sp), cue, (first.0, second.1));
                c.parts = Some(vec![first, second]);
                return Some(c);
            }
            None => first,
        }
    };
    (content.1 > content.0).then(|| claim(a, r, Some(sp), cue, content))
}

/// "reset quarterly **according to the formula**", "dealt with **according to the law**",
/// "**according to plan**": a rule or a plan that something follows, not a source that reports.
fn states_a_norm(a: &Analysis, (s, e): (usize, usize)) -> bool {
    static NORMS: WordSet = WordSet::new(&[
        "formula",
        "formulas",
        "law",
        "laws",
        "rule",
        "rules",
        "plan",
        "plans",
        "schedule",
        "terms",
        "contract",
        "constitution",
        "tradition",
        "custom",
        "regulations",
        "guidelines",
        "procedure",
        "procedures",
        "protocol",
        "script",
        "instructions",
        "recipe",
        "scale",
        "need",
        "needs",
    ]);
    // The head noun: the last word before a prepositional phrase ("the terms **of** the deal",
    // not "people familiar **with** the plans").
    let prep = |k: usize| matches!(a.lower(k), "of" | "with" | "for" | "in" | "at" | "on" | "from" | "about" | "by");
    let head = (s..e).find(|&k| prep(k)).unwrap_or(e);
    head.checked_sub(1).is_some_and(|h| h >= s && NORMS.contains(a.lower(h)))
}

/// How many words the last items of a list after a speaker may take ("friends**, aides and
/// allies**,").
const MAX_LIST_TAIL: usize = 8;

/// "according to his friends**, aides and allies**, C": the end of the list that goes on after a
/// comma at `comma` with plain words and an "and" or "or" before the next comma.
fn list_end(a: &Analysis, comma: usize, limit: usize) -> Option<usize> {
    if !a.is_word(comma, ",") {
        return None;
    }
    let lim = limit.min(comma + 1 + MAX_LIST_TAIL);
    let next = (comma + 1..lim).find(|&k| !is_wordlike(a, k))?;
    let plain = (comma + 1..next).all(|k| !is_aux(a.word(k)) && cues::at(a, k).is_none());
    let joined = (comma + 2..next).any(|k| matches!(a.lower(k), "and" | "or"));
    (a.is_word(next, ",") && plain && joined).then_some(next)
}

/// The most tokens of a source phrase after an opening "In" ("a New York Times/CBS News survey
/// released last Thursday").
const MAX_SOURCE: usize = 16;

/// "**In** a Tribune poll released Monday, 60 percent backed the plan": an opening "In" before a
/// phrase naming a poll, survey or study attributes the clause after its comma to that source
/// (the cue is "In", the speaker the phrase).
pub fn source_frame(a: &Analysis, r: &Resolved, i: usize) -> Option<ClaimData> {
    if a.lower(i) == "to" {
        return viewpoint_frame(a, r, i);
    }
    if !a.lower(i).eq("in") {
        return None;
    }
    let sent = a.sentence(a.sentence_of(i));
    if first_word(a, sent.start, i).is_some() {
        return None;
    }
    let comma = (i + 1..sent.end.min(i + MAX_SOURCE)).find(|&k| a.word(k) == ",")?;
    if !(i + 1..comma).any(|k| is_source_noun(a.word(k)))
        || !(i + 1..comma).all(|k| is_wordlike(a, k) || is_slash(a, k))
    {
        return None;
    }
    let content = (comma + 1, clause_end(a, comma + 1, sent.end));
    (content.1 > content.0).then(|| ClaimData::new(a, r, Some((i + 1, comma)), (i, i + 1), CueType::Speech, content))
}

/// "**To** many, he is a hero", "but **to** Ann Lee, the plan is dead": an opening "To" before a
/// person (a name, an object pronoun, "many", "critics") and a comma gives the clause after it as
/// that person's view (but "To date,", "To win, ...", "To the north, ..." name no one).
fn viewpoint_frame(a: &Analysis, r: &Resolved, i: usize) -> Option<ClaimData> {
    static HOLDERS: WordSet = WordSet::new(&[
        "him",
        "her",
        "them",
        "me",
        "us",
        "many",
        "some",
        "others",
        "most",
        "critics",
        "supporters",
        "opponents",
    ]);
    let sent = a.sentence(a.sentence_of(i));
    let opener = |k: usize| crate::claims::words::is_mark(a, k) || matches!(a.lower(k), "but" | "and" | "because");
    if !(sent.start..i).all(opener) {
        return None;
    }
    let holder_end = if HOLDERS.contains(a.lower(i + 1)) {
        i + 2
    } else {
        let (_, m) = mention_starting(r, i + 1)?;
        if !matches!(m.kind, MentionKind::Person | MentionKind::Organization) {
            return None;
        }
        m.end
    };
    if a.word(holder_end) != "," {
        return None;
    }
    let content = (holder_end + 1, clause_end(a, holder_end + 1, sent.end));
    let holder = Some((i + 1, holder_end));
    (content.1 > content.0 + 1).then(|| ClaimData::new(a, r, holder, (i, i + 1), CueType::Belief, content))
}

/// "/" inside a source name ("CNN/ORC").
fn is_slash(a: &Analysis, k: usize) -> bool {
    a.word(k) == "/" || a.word(k) == "-"
}
