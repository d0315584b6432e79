//! The structures around a cue, each a small rule with the phrase it matches: here the verb
//! cue's own ("X said (that) C", "it was announced that C", "Asked about C, X said"), with
//!
//! - `before`: contents before their cue ("C, X said", "“Q,” said X") and their continuations;
//! - `asides`: attribution asides and frames ("According to X, C", "In a Tribune poll, C");
//! - `nouns`: noun cues ("X's statement that C", "his criticism of the plan").

use super::content::{self, clause_end, opens_quote, quotation, start_after, trim_marks};
use super::cues::{self, Cue, CueShape};
use super::speaker;
use super::words::{
    date_starting, first_word, has_word, is_adverb, is_aux, is_comma, is_ing_form, is_participle_word,
    is_past_participle_form, is_relative_pronoun, is_s_plural, is_wordlike, kind_is, stops_speaker,
};
use super::ClaimData;
use crate::document::CueType;
use crate::lexicon::WordSet;
use crate::resolve::Resolved;
use crate::text::{Analysis, Flags, TokenKind};

mod asides;
mod before;
mod nouns;

pub use asides::source_frame;
use asides::{according_to, as_reported_by};
use before::{content_comma_cue_subject, content_comma_subject_cue};
use nouns::{headline_source, light_verb_subject, message_sender, noun_that};

/// The claim around `cue`, trying the structures in order.
pub fn claim_at(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
    if yes_no_question(a, cue) {
        return None;
    }
    let mut c = match cue.shape {
        CueShape::AccordingTo => according_to(a, r, cue),
        CueShape::Noun => noun_that(a, r, cue),
        CueShape::Frame => None,
        CueShape::Evidential => evidential(a, r, cue),
        CueShape::Verb if framing_participle(a, cue) => opening_participle(a, r, cue),
        CueShape::Verb => as_reported_by(a, r, cue)
            .or_else(|| opening_participle(a, r, cue))
            .or_else(|| content_comma_subject_cue(a, r, cue))
            .or_else(|| content_comma_cue_subject(a, r, cue))
            .or_else(|| subject_cue_content(a, r, cue)),
    }?;
    if c.speaker.is_none() {
        c.speaker = headline_source(a, cue);
    }
    if let Some(sp) = participle_phrase_subject(a, r, cue, c.speaker) {
        c.speaker = Some(sp);
        c.speaker_entity = speaker::entity(a, r, sp);
    }
    if cue.cue_type == CueType::Belief && c.speaker.is_some_and(|sp| contact_relative(a, sp, cue)) {
        return None;
    }
    if c.speaker.is_some_and(|sp| impersonal_stance(a, sp, cue)) {
        return None;
    }
    // ("**There** is a lot of chatter about Lee, saying ...": an empty "there" holds nothing; "and
    // **alleged** communist groups": an allegation before its noun has no one to make it.)
    let empty = |(s, e): (usize, usize)| e == s + 1 && a.word(s).eq_ignore_ascii_case("there");
    if c.speaker.is_some_and(empty) || attributive_allegation(a, cue) {
        c.speaker = None;
        c.speaker_entity = None;
    }
    has_word(a, c.content.0, c.content.1).then_some(c)
}

/// "protesters and **alleged** communist groups", "an **alleged** plot": "alleged" or
/// "purported" before a noun, after a determiner, a conjunction or a preposition.
fn attributive_allegation(a: &Analysis, cue: &Cue) -> bool {
    let word = matches!(a.lower(cue.word), "alleged" | "purported");
    let before = cue.word.checked_sub(1).is_some_and(|p| {
        let w = a.lower(p);
        matches!(w, "a" | "an" | "the" | "and" | "or" | "his" | "her" | "their" | "its") || is_preposition(w)
    });
    word && cue.start == cue.word && before && is_wordlike(a, cue.end) && !is_aux(a.word(cue.end))
}

/// "**It is doubtful** Lee knew", "**it is uncertain** whether ...": an adjective of doubt on an
/// empty "it" before its clause hedges the writer's own words; no one holds the stance (but "the
/// firm said **it is confident**": a holder).
fn impersonal_stance(a: &Analysis, (s, e): (usize, usize), cue: &Cue) -> bool {
    let doubt = matches!(a.lower(cue.word), "doubtful" | "uncertain" | "unsure" | "certain" | "sure");
    cue.stance && doubt && e == s + 1 && e == cue.start && a.word(s).eq_ignore_ascii_case("it")
}

/// "the policy points **he** hopes to see", "the campaign **she** wants to run": a subject pronoun
/// right after a lower-case noun opens a relative clause without "that" on the noun; a belief
/// there describes the noun, it is no stance reported (the pronoun right before the cue; "the
/// scholars **I** interviewed thought" is another clause).
fn contact_relative(a: &Analysis, (s, e): (usize, usize), cue: &Cue) -> bool {
    let Some(p) = s.checked_sub(1) else { return false };
    let w = a.word(p);
    let noun = a.token_is(p, Flags::LOWER)
        && is_wordlike(a, p)
        && !stops_speaker(w)
        && !is_adverb(w)
        && !super::words::is_ly_adverb(a, p)
        && !is_aux(w)
        && !is_relative_pronoun(w)
        && !super::words::is_lower_ed_form(w)
        && !matches!(a.lower(p), "whatever" | "now" | "then" | "more" | "less" | "than" | "what" | "how");
    e == s + 1 && e == cue.start && super::words::is_subject_pronoun(a.word(s)) && noun
}

/// "**Rattling off** promises to lower debt, **Clinton** promised ...", "**Holding** signs calling
/// Lee a loser, **the protesters** chanted": a cue inside a participle phrase that opens the
/// sentence (after its first word) belongs to the main clause's subject, after the comma; `None`
/// when the speaker found lies outside the phrase.
fn participle_phrase_subject(
    a: &Analysis,
    r: &Resolved,
    cue: &Cue,
    found: Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    let sent = cue.sentence(a);
    let first = first_word_before(a, cue)?;
    let w = a.word(first);
    let opens = is_participle_word(w)
        && a.token_is(first, Flags::CAPITALIZED)
        && !matches!(a.lower(first), "during" | "according" | "nothing" | "something" | "everything" | "bring");
    // (A finite cue has a subject of its own: "**Leading Democrats said** the plan, which ...";
    // but a lower-case participle is none: "**Rattling off** promises".)
    let verb_found = found.is_some_and(|(s, e)| s == first && e > s + 1 && is_particle(a.word(s + 1)));
    let nonfinite = cue.shape == CueShape::Noun
        || cue.is_ing(a)
        || cue.start.checked_sub(1).is_some_and(|p| a.lower(p) == "to")
        || verb_found;
    if !opens || !nonfinite || cue.start <= first + 1 {
        return None;
    }
    let lim = sent.end.min(first + content::MAX_CLAUSE);
    let comma = (cue.end..lim).find(|&k| a.word(k) == "," && speaker::opens_subject(a, skip_close_quote(a, k + 1)))?;
    // Only a phrase without a clause of its own ("Holding signs**,** he said": none between).
    if (first..cue.start).any(|k| is_comma(a, k) || a.word(k) == ";") {
        return None;
    }
    if found.is_some_and(|(s, _)| s > comma) {
        return None;
    }
    speaker::clause_subject(a, r, comma + 1, sent.end)
}

/// "**Do you** support the plan**?**": a question to the reader, opened by an auxiliary, asks
/// whether they hold the stance; it attributes nothing (but "Will the inquiry find fault?" asks
/// about a finding, which is reported).
fn yes_no_question(a: &Analysis, cue: &Cue) -> bool {
    if !cue.start.checked_sub(1).is_some_and(|p| a.lower(p) == "you") {
        return false;
    }
    let sent = cue.sentence(a);
    let first = first_word_before(a, cue);
    let last = (sent.start..sent.end).rev().find(|&k| !kind_is(a, k, TokenKind::CloseQuote));
    first.is_some_and(|k| is_aux(a.word(k)) && a.token_is(k, Flags::CAPITALIZED))
        && last.is_some_and(|k| a.word(k) == "?")
}

/// The claim of `cue` (see [`ClaimData::new`]).
fn claim(a: &Analysis, r: &Resolved, speaker: Option<(usize, usize)>, cue: &Cue, content: (usize, usize)) -> ClaimData {
    ClaimData::new(a, r, speaker, (cue.start, cue.end), cue.cue_type, content)
}

/// The content after a cue: a quotation ("said: “Q”") or the reported clause ("said (that) C").
fn content_after(a: &Analysis, r: &Resolved, cue: &Cue, limit: usize) -> Option<((usize, usize), bool)> {
    if attributive_participle(a, cue) {
        return None;
    }
    let cs = start_after(a, r, cue, limit);
    let addressed = (cue.addressee && !opens_quote(a, cs) && cs == cue.end)
        .then(|| content::after_addressee(a, cs, limit))
        .flatten();
    let cs = addressed.unwrap_or(cs);
    // "wrote **to** the office that C", "says to the crowd: “Q”".
    let to_phrase = cue.clause_only && a.word(cs).eq_ignore_ascii_case("to");
    let cs = match that_after_phrase(a, cs, limit, to_phrase) {
        Some(k) if cue.shape == CueShape::Verb => k,
        // "spoke on the condition of anonymity", "speaking to reporters": no content.
        // ("spoke **of**", "spoke **out**" are cues of their own.)
        None if cue.shape == CueShape::Verb
            && cue.end == cue.word + 1
            && is_speak(a.word(cue.word))
            && !speaks_about(a, cs) =>
        {
            return None
        }
        // "Until Mr. Comey **spoke,** ...": "speak" before a comma has no content.
        None if cue.shape == CueShape::Verb && is_speak(a.word(cue.word)) && a.word(cue.end) == "," => return None,
        _ => cs,
    };
    // "A news report **published** Wednesday said C", "a memo **seen** by Reuters said C": a
    // participle before the sentence's verb.
    // ("who highlighted **comments** the mayor made": a plural noun-verb right after the cue is
    // its object.)
    let object = |c: &Cue| c.noun_verb && !cue.is_ing(a) && a.word(cs).ends_with('s') && cs == cue.end;
    if cues::at(a, cs).is_some_and(|c| c.shape == CueShape::Verb && c.start == cs && !object(&c))
        || modifies_subject(a, cue, cs)
    {
        return None;
    }
    // "excerpts of his speech **released by** the White House": a participle describing a noun.
    // ("The report, **published by** the ministry, said": after a comma too; "a poll **released
    // Sunday by** the Post": after a date.)
    let after_noun = participle_after_noun(a, cue);
    if (after_noun || past_participle_after_comma(a, cue)) && (a.is_word(cue.end, "by") || a.is_word(cs, "by")) {
        return None;
    }
    // ("In a statement **released Thursday**, Lee said": in an opening phrase, a verb that takes an
    // object, with none before the comma, describes the noun.)
    let no_object = cs > cue.end && is_comma(a, cs.saturating_sub(1));
    if after_noun && cue.transitive && no_object && nouns::in_opening_phrase(a, cue) {
        return None;
    }
    // "an ad **aimed at** evangelicals", "a plan **designed for** ...": an intention participle after a
    // noun, then a preposition.
    // ("an opinion article **published in** the Post", "the emails **released over** the summer": a
    // verb that takes an object too, unless a frame of saying follows: "**announced in a statement**".)
    let frame = cues::frame_end(a, cue.end).is_some() || that_after_phrase(a, cue.end, limit, false).is_some();
    let typed = cue.cue_type == CueType::Belief || cue.transitive && !frame;
    if after_noun && typed && is_preposition(a.word(cue.end)) {
        return None;
    }
    // "with evangelical **support** in the caucuses", "lent **support** to her": a noun (but
    // "support for X", "comments on X" report a stance).
    let phrase = ["in", "from", "among", "to", "with", "at"].iter().any(|x| x.eq_ignore_ascii_case(a.word(cs)));
    // ("reports **that in** May exports fell": after "that" the phrase opens the clause.)
    if cue.noun_verb && is_present_form(a, cue) && phrase && cs == cue.end {
        return None;
    }
    // ("As Lee put it **in his memo to staff,** “Q”": a phrase of the occasion before the quotation.)
    let cs = if cue.quote_only { quotation_after_phrase(a, cs, limit).unwrap_or(cs) } else { cs };
    if cue.quote_only && !opens_quote(a, cs) && a.word(cs.saturating_sub(1)) != ":" {
        return None;
    }
    if opens_quote(a, cs) {
        let q = quotation(a, cs, limit);
        // A quotation that stops before the sentence does is a mixed quote: the clause counts.
        let rest = trim_marks(a, q.1, limit);
        if q.1 + 1 >= rest || q.1 > limit {
            return Some((q, true));
        }
    }
    let ce = clause_end(a, cs, limit);
    // "said in a conference call with reporters.", "told CNN.": a phrase or an addressee
    // without a clause is no content (the content is elsewhere: "“Q,” she told CNN").
    let unaddressed = cue.addressee && addressed.is_none() && cue.clause_only;
    if cue.clause_only && (opens_phrase(a.word(cs)) || unaddressed) && verbless(a, cs, ce) {
        return None;
    }
    (ce > cs && !kind_is(a, cs, TokenKind::CloseQuote)).then_some(((cs, ce), false))
}

/// The most tokens of a phrase between a cue and its quotation ("in his memo to staff explaining
/// the deal,").
const MAX_PHRASE_BEFORE_QUOTE: usize = 12;

/// "put it **in his memo to staff,** “Q”": a prepositional phrase after the cue, then a comma and
/// a quotation; the quotation's opening mark.
fn quotation_after_phrase(a: &Analysis, cs: usize, limit: usize) -> Option<usize> {
    if !is_preposition(a.word(cs)) {
        return None;
    }
    let comma = (cs + 1..limit.min(cs + MAX_PHRASE_BEFORE_QUOTE)).find(|&k| !is_wordlike(a, k) || is_comma(a, k))?;
    (is_comma(a, comma) && opens_quote(a, comma + 1)).then_some(comma + 1)
}

/// The longest verbless phrase after a cue that is taken for no content, in tokens.
const MAX_VERBLESS: usize = 12;

/// True when tokens `[s, e)` are a short phrase without a verb ("in his memo", "CNN").
fn verbless(a: &Analysis, s: usize, e: usize) -> bool {
    let verb = |k: usize| {
        let w = a.word(k);
        super::words::is_aux(w) || w.ends_with("ed") || super::words::is_subject_pronoun(w) || opens_quote(a, k)
    };
    e.saturating_sub(s) <= MAX_VERBLESS && !(s..e).any(verb)
}

/// How far a "that" may follow a prepositional phrase after the cue ("said on NBC's
/// programme that").
const MAX_PREP_PHRASE: usize = 10;

/// "said **on** NBC's show **that** C": after a prepositional phrase, the content starts after
/// a "that" (or colon) that follows it shortly.
fn that_after_phrase(a: &Analysis, cs: usize, limit: usize, to_phrase: bool) -> Option<usize> {
    if !is_preposition(a.word(cs)) && !to_phrase {
        return None;
    }
    let end = limit.min(cs + MAX_PREP_PHRASE);
    // ("wrote to the board, warning that C": the "that" of a participle clause is not the cue's.)
    let that = (cs + 1..end)
        .take_while(|&k| a.word(k) != ",")
        .find(|&k| a.word(k).eq_ignore_ascii_case("that") || a.word(k) == ":")?;
    Some(that + 1)
}

/// "speak", "spoke": a verb without a clause of its own, so "spoke **on** the condition of
/// anonymity" and "spoke **at** the rally" have no content.
fn is_speak(w: &str) -> bool {
    ["speak", "speaks", "spoke", "speaking", "spoken"].iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// "spoke **about** the plan", "spoke **of** a crisis", "spoke: “...”": what "speak" reports
/// (not "speak **frequently**", "spoke **up**", "speaks fluent Spanish", "spoke **to** reporters").
fn speaks_about(a: &Analysis, cs: usize) -> bool {
    let k = if is_adverb(a.word(cs)) || super::words::is_ly_adverb(a, cs) { cs + 1 } else { cs };
    matches!(a.lower(k), "about" | "of") || opens_quote(a, k) || a.word(k.saturating_sub(1)) == ":"
}

/// How far after a participle the sentence's own cue verb is looked for ("seen by Reuters
/// **said**").
const MAX_PARTICIPLE_PHRASE: usize = 6;

/// "a copy of the memo **seen** by Reuters said ...": a past participle right after a noun,
/// followed shortly by a finite reporting verb, modifies the subject of that verb.
fn modifies_subject(a: &Analysis, cue: &Cue, cs: usize) -> bool {
    // ("figures released by the ministry **show**", but not "declined **to say**", "could **show**").
    let plain =
        |k: usize| k.checked_sub(1).is_some_and(|p| !matches!(a.lower(p), "to" | "the" | "a") && !is_aux(a.word(p)));
    let finite = |k: usize| {
        matches!(a.word(k), "said" | "says" | "told" | "wrote" | "found" | "showed" | "shows")
            || matches!(a.word(k), "say" | "show") && plain(k)
    };
    let verb = || {
        (cs..cs + MAX_PARTICIPLE_PHRASE).take_while(|&k| is_wordlike(a, k) && !opens_subclause(a.word(k))).any(finite)
    };
    // ("two articles **published in October examined** ...": after a date, a past verb.)
    let past_after_date = || cs > cue.end && is_past_participle_form(a.word(cs)) && a.token_is(cs, Flags::LOWER);
    let after_noun = participle_after_noun(a, cue);
    (after_noun || ing_after_noun(a, cue)) && verb() || after_noun && past_after_date() || participle_aside(a, cue, cs)
}

/// "Farmers **opposing** the levy said ...", "House Republicans **supporting** the bill have
/// said ...": an -ing form right after a plural noun, which it describes (the sentence's verb
/// follows; see [`modifies_subject`]).
fn ing_after_noun(a: &Analysis, cue: &Cue) -> bool {
    cue.start == cue.word && speaker::participle_on_plural(a, cue.word)
}

/// How far a participle aside runs before its closing comma ("released on Wednesday night by
/// the institute,").
const MAX_PARTICIPLE_ASIDE: usize = 16;

/// "The poll**, released** on Wednesday by the institute**, showed** ...": a past participle after
/// a comma whose phrase closes with a comma before a finite cue verb is an aside on the subject.
fn participle_aside(a: &Analysis, cue: &Cue, cs: usize) -> bool {
    if !past_participle_after_comma(a, cue) {
        return false;
    }
    let close = (cs..cs + MAX_PARTICIPLE_ASIDE)
        .take_while(|&k| !opens_subclause(a.word(k)) && (is_wordlike(a, k) || a.word(k) == ","))
        .find(|&k| a.word(k) == ",");
    close.is_some_and(|c| cues::at(a, c + 1).is_some_and(|v| v.is_finite_verb(a) && v.start == c + 1))
}

/// "House Democrats, **angry about the delay**, left": the complement of a stance adjective without
/// copula ends at the comma that closes its apposition.
fn apposition_content(a: &Analysis, cue: &Cue, content: (usize, usize)) -> (usize, usize) {
    if !cue.stance || cue.start != cue.word {
        return content;
    }
    (content.0, (content.0..content.1).find(|&k| is_comma(a, k)).unwrap_or(content.1))
}

/// "that", "when", "as", "and", "she": a word that opens another clause, whose verb is not the
/// sentence's ("praised the budget **when she** told ...").
fn opens_subclause(w: &str) -> bool {
    const W: &[&str] = &["that", "when", "as", "while", "after", "because", "and", "but", "if"];
    W.iter().any(|x| x.eq_ignore_ascii_case(w)) || super::words::is_subject_pronoun(w)
}

/// "denied **published** reports", "announced **planned** layoffs": a past participle cue that
/// modifies the noun after it (see [`modifies_plural`]).
fn attributive_participle(a: &Analysis, cue: &Cue) -> bool {
    cue.start == cue.word && modifies_plural(a, cue.word, cue.end)
}

/// "denied **published** reports", "announced **planned** layoffs": the "-ed" form at `k` between a
/// verb (a lower-case "-ed" form or a cue verb) and the lower-case plural noun at `noun` modifies
/// the noun, the verb's object.
pub(super) fn modifies_plural(a: &Analysis, k: usize, noun: usize) -> bool {
    let Some(p) = k.checked_sub(1).filter(|_| super::words::is_lower_ed_form(a.word(k))) else {
        return false;
    };
    // ("has **re-established posted** prices": the last part of a compound verb.)
    let last_part = a.word(p).rsplit('-').next().unwrap_or_default();
    let verb_before = super::words::is_lower_ed_form(last_part)
        || a.token_is(p, Flags::LOWER) && cues::at(a, p).is_some_and(|c| c.shape == CueShape::Verb);
    verb_before && is_s_plural(a, noun)
}

/// "the memo **seen**", "the emails **released**": a past participle cue right after a lower-case
/// noun.
fn participle_after_noun(a: &Analysis, cue: &Cue) -> bool {
    let w = a.word(cue.word);
    let participle = cue.start == cue.word && is_past_participle_form(w);
    let after_noun = cue.word.checked_sub(1).is_some_and(|p| {
        let pw = a.word(p);
        is_wordlike(a, p)
            && pw.bytes().all(|b| b.is_ascii_lowercase())
            && !stops_speaker(pw)
            && !is_aux(pw)
            && !super::words::is_subject_pronoun(pw)
            && pw != "it"
    });
    participle && after_noun
}

/// "The report**, published** by the ministry": a bare past participle cue right after a comma.
fn past_participle_after_comma(a: &Analysis, cue: &Cue) -> bool {
    let after_comma = cue.start == cue.word && cue.word.checked_sub(1).is_some_and(|p| a.word(p) == ",");
    after_comma && is_past_participle_form(a.word(cue.word))
}

/// "support", "supports": the base or -s form of the cue word (a possible noun).
fn is_present_form(a: &Analysis, cue: &Cue) -> bool {
    let w = a.word(cue.word);
    cue.start == cue.word && !w.ends_with("ed") && !w.ends_with("ing")
}

/// A preposition or "to": the start of a phrase after "speak" ("spoke **to** reporters").
fn opens_phrase(w: &str) -> bool {
    is_preposition(w) || w.eq_ignore_ascii_case("to")
}

/// Prepositions that open a phrase after a verb rather than its content ("to" and "about" do
/// open contents: "agreed to pay", "spoke about the plan").
fn is_preposition(w: &str) -> bool {
    const P: &[&str] = &["on", "in", "at", "with", "for", "from", "during", "after", "before", "by", "into", "of"];
    P.iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// "**In** contrast", "**Among** voters", "**Despite** doubts": a word that opens a prepositional
/// phrase.
fn opens_prep_phrase(w: &str) -> bool {
    is_preposition(w) || ["among", "despite", "amid"].iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// "Enthusiasm for Clinton **appears to** have faded", "the hackers have **reportedly**
/// infiltrated ...": the clause holding the cue is the content; there is no speaker.
fn evidential(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
    let sent = cue.sentence(a);
    let floor = sent.start.max(cue.start.saturating_sub(content::MAX_CLAUSE));
    let open = (floor..cue.start).rev().find(|&k| opens_clause(a, k)).map_or(floor, |k| k + 1);
    let cs = first_word(a, open, cue.start).unwrap_or(cue.start);
    let ce = clause_end(a, cue.end, sent.end);
    (ce > cs).then(|| claim(a, r, None, cue, (cs, ce)))
}

/// The most tokens of the one reminded ("reminded **foreign policy experts** of").
const MAX_REMINDED: usize = 6;

/// "Trump reminds **me** of Lincoln", "the reaction reminded **foreign policy experts** of ...": the
/// one a likeness comes to mind for holds it (but "reminded voters **that** C" reports the
/// subject's words).
fn reminded(a: &Analysis, cue: &Cue) -> Option<(usize, usize)> {
    if !matches!(a.lower(cue.word), "remind" | "reminds" | "reminded" | "reminding") {
        return None;
    }
    let of = (cue.end..cue.end + MAX_REMINDED).take_while(|&k| is_wordlike(a, k)).find(|&k| a.lower(k) == "of")?;
    (of > cue.end).then_some((cue.end, of))
}

/// The most tokens between "As" and the cue of "As X put it".
const MAX_AS_SUBJECT: usize = 30;

/// "**As** Ann Lee, author of “Open Doors,” put it, “Q”": the subject between an opening "As" and
/// a quotation cue, appositions and titles in quotation marks included.
fn as_put_it_subject(a: &Analysis, cue: &Cue, floor: usize) -> Option<(usize, usize)> {
    if !cue.quote_only {
        return None;
    }
    let lo = floor.max(cue.start.saturating_sub(MAX_AS_SUBJECT));
    let as_ = (lo..cue.start).rev().find(|&k| a.lower(k) == "as")?;
    let opens = as_ == floor || as_.checked_sub(1).is_some_and(|p| is_comma(a, p) || super::words::is_mark(a, p));
    let end = skip_close_quote_back(a, cue.start);
    (opens && end > as_ + 1).then_some((as_ + 1, end))
}

/// `e` moved back over a comma and closing quote marks before it (", author of “Open Doors,**”**").
fn skip_close_quote_back(a: &Analysis, e: usize) -> usize {
    let mut e = e;
    while e > 0 && (is_comma(a, e - 1) || kind_is(a, e - 1, TokenKind::CloseQuote)) {
        e -= 1;
    }
    e
}

/// Tokens after which a new clause starts: ",", "that", "but", a quote mark, a dash.
fn opens_clause(a: &Analysis, k: usize) -> bool {
    let w = a.lower(k);
    matches!(w, "," | ":" | ";" | "that" | "and" | "but" | "while" | "because" | "who" | "which" | "although")
        || kind_is(a, k, TokenKind::OpenQuote)
        || kind_is(a, k, TokenKind::Dash)
}

/// "X said (that) C", "X has stated that C", "X told reporters: “Q”", "Jeb Bush, who says C",
/// "McCain ... and says C", "it was announced that C" (no speaker).
fn subject_cue_content(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
    let sent = cue.sentence(a);
    let (content, quoted) = content_after(a, r, cue, sent.end)?;
    let floor = sent.start;
    let content = if quoted { content } else { (content.0, subordinate_end(a, sent.start, cue, content)) };
    let content = apposition_content(a, cue, content);
    if let Some(c) = relative_claim(a, r, cue, floor, content, quoted) {
        return Some(c);
    }
    let shared = relative_shared_subject(a, r, cue, floor);
    let speaker = shared
        .or_else(|| as_put_it_subject(a, cue, floor))
        .or_else(|| speaker::before(a, r, cue.start, floor))
        .or_else(|| demonstrative(a, r, cue, floor))
        .or_else(|| {
            // "Trump ..., **falsely** suggesting": adverbs before the cue are skipped.
            let b = speaker::skip_modifiers(a, r, cue.start, floor).checked_sub(1).filter(|&b| b >= floor)?;
            // "Ann Lee backed the mayor, **urging** ...": a participle clause after a comma shares the
            // subject of the clause before it; the phrase before the comma is its object.
            if participle_clause(a, cue, b) {
                if let Some(sp) = nearest_clause_subject(a, r, floor, b) {
                    return Some(sp);
                }
            }
            speaker::appositive(a, r, b, floor)
                .or_else(|| speaker::long_apposition(a, r, b, floor))
                .or_else(|| speaker::dashed_aside(a, r, b, floor))
                .or_else(|| speaker::for_to_subject(a, r, b, floor))
                .or_else(|| speaker::before_infinitive(a, r, b, floor))
                .or_else(|| speaker::headline_infinitive(a, r, b, floor))
                .or_else(|| shares_subject(a, cue, b).then(|| nearest_clause_subject(a, r, floor, b)).flatten())
        });
    let speaker = speaker
        .map(|sp| speaker::before_relative(a, r, sp, floor).unwrap_or(sp))
        .and_then(|sp| noun_phrase_speaker(a, cue, sp))
        .map(|sp| message_sender(a, r, cue, sp, floor).unwrap_or(sp))
        // ("Lee, the leader, **voiced support** for": a noun cue after a light verb.)
        .or_else(|| cue.noun_verb.then(|| light_verb_subject(a, r, cue, floor)).flatten())
        .filter(|&sp| !expletive_it(a, sp, cue));
    // ("You could leave **it** thinking C": the object before a participle is not who thinks.)
    let speaker = match speaker {
        Some(sp) if object_before_participle(a, cue, sp) => nearest_clause_subject(a, r, floor, sp.0).or(Some(sp)),
        other => other,
    };
    let speaker = reminded(a, cue).or(speaker);
    if is_passive(a, cue) {
        let limit = cue.sentence(a).end;
        return reported_speech(a, r, cue, speaker, limit)
            .or_else(|| Some(passive_claim(a, r, cue, speaker, content, quoted)));
    }
    // "a plan **which** he believes will fail", "a strike **that** leaders said could last": the
    // relative pronoun opens the content.
    let gap = content.0 == cue.end && is_aux(a.lower(content.0));
    let content = match speaker.and_then(|(s, _)| s.checked_sub(1)) {
        Some(p) if !quoted && (is_object_relative(a.word(p)) || gap && a.is_word(p, "that")) && p >= floor => {
            (p, content.1)
        }
        _ => content,
    };
    // ("The council, **praising** the plan, voted ...": a participle aside on the subject.)
    let aside =
        cue.is_bare_participle(a) && speaker.is_some_and(|(_, e)| is_comma(a, e) && e + 1 == cue.start) && !quoted;
    let content = if aside { (content.0, end_before_verb(a, content)) } else { content };
    let mut c = claim(a, r, speaker, cue, content);
    if let Some((rel, _)) = shared {
        c.speaker_entity = speaker::relative_antecedent(a, r, rel, floor).and_then(|ant| speaker::entity(a, r, ant));
    }
    c.quoted = quoted;
    Some(c)
}

/// "**That** suggests ...", "**This** means ...": a demonstrative that opens the sentence right
/// before the cue is its subject.
fn demonstrative(a: &Analysis, r: &Resolved, cue: &Cue, floor: usize) -> Option<(usize, usize)> {
    let d = speaker::skip_modifiers(a, r, cue.start, floor).checked_sub(1).filter(|&d| d >= floor)?;
    let opens = first_word(a, floor, d).is_none();
    (opens && matches!(a.lower(d), "that" | "this")).then_some((d, d + 1))
}

/// "**it** is hard to know", "**it** seems unfair to tell", "when **it** comes to recognizing": an
/// empty "it" before a predicate (not "it has said", "it also accused").
fn expletive_it(a: &Analysis, (s, e): (usize, usize), cue: &Cue) -> bool {
    let it = e == s + 1 && a.word(s).eq_ignore_ascii_case("it");
    let be = |k: usize| {
        matches!(a.lower(k), "is" | "was" | "'s" | "’s" | "be" | "been" | "seems" | "seemed" | "comes" | "came")
    };
    let predicate = |k: usize| !is_aux(a.word(k)) && !is_adverb(a.word(k)) && !be(k);
    it && (e..cue.start).any(be) && (e..cue.start).any(predicate)
}

/// "Weaver, **who** came out and endorsed ...", "a man **who** took his life hoping ...": a cue
/// coordinated with the verb of a relative clause, or a participle within it, shares its subject,
/// the relative pronoun.
fn relative_shared_subject(a: &Analysis, r: &Resolved, cue: &Cue, floor: usize) -> Option<(usize, usize)> {
    let b = speaker::skip_modifiers(a, r, cue.start, floor).checked_sub(1).filter(|&b| b >= floor)?;
    let participle = cue.is_bare_participle(a);
    // ("which included staff members **suggesting**": a participle on a plural noun has that noun
    // for its subject.)
    if !(participle || matches!(a.lower(b), "and" | "but")) || participle && on_plural(a, cue) {
        return None;
    }
    speaker::relative_pronoun_before(a, b, floor).map(|k| (k, k + 1))
}

/// The speaker phrase `sp` found before the cue, when it is a noun phrase: a verb phrase is none
/// ("has **set up a website** called ..."), but before a participle cue its object is ("which
/// included **staff members** suggesting ...": the staff members suggest).
fn noun_phrase_speaker(a: &Analysis, cue: &Cue, sp: (usize, usize)) -> Option<(usize, usize)> {
    let participle = cue.is_bare_participle(a);
    if !speaker::not_noun_phrase(a, sp) {
        return Some(sp);
    }
    let object = (sp.0 + 1, sp.1);
    (participle && object.1 > object.0 && !is_particle(a.word(object.0))).then_some(object)
}

/// The most tokens of an object before a participle cue ("the long interview").
const MAX_OBJECT: usize = 3;

/// "could leave **it** thinking", "can leave **the interview** thinking": a singular phrase right
/// before a bare participle cue that is the object of a verb after a modal ("leave") or of a
/// past form; the participle goes with the verb's subject.
fn object_before_participle(a: &Analysis, cue: &Cue, (s, e): (usize, usize)) -> bool {
    let Some(v) = s.checked_sub(1) else { return false };
    let modal_verb = v.checked_sub(1).is_some_and(|m| is_aux(a.word(m))) && a.token_is(v, Flags::LOWER);
    let verb = (modal_verb || super::words::is_lower_ed_form(a.word(v))) && !is_aux(a.word(v)) && is_wordlike(a, v);
    // (A short phrase without a plural: "would handle **donors like Saudi Arabia** seeking help".)
    let singular =
        e - s <= MAX_OBJECT && !(s..e).any(|k| is_s_plural(a, k)) && !speaker::is_possessive_determiner(a.word(s));
    cue.is_bare_participle(a) && e == cue.start && verb && singular && !stops_speaker(a.word(v))
}

/// "staff members **suggesting**", "lawsuits **alleging**": the cue is an -ing form right after a
/// plural noun (see [`speaker::participle_on_plural`]).
fn on_plural(a: &Analysis, cue: &Cue) -> bool {
    cue.start == cue.word && speaker::participle_on_plural(a, cue.word)
}

/// "up", "off", "out": a particle of a phrasal verb ("drum **up**"), no noun.
fn is_particle(w: &str) -> bool {
    ["up", "off", "out", "down", "back", "away", "over", "in", "on"].iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// "**When** the mayor said the budget was tight**,** nobody laughed": a cue in a subordinate
/// clause that opens the sentence reports up to the comma before the main clause's subject.
fn subordinate_end(a: &Analysis, sent_start: usize, cue: &Cue, (cs, ce): (usize, usize)) -> usize {
    let opens = opening_subordinator(a, sent_start, cue.start).is_some();
    if !opens || (sent_start..cue.start).any(|k| a.word(k) == ",") {
        return ce;
    }
    (cs..ce).find(|&k| a.word(k) == "," && opens_main_clause(a, k + 1, ce)).map_or(ce, |k| trim_marks(a, cs, k))
}

/// "**But even when** the mayor said ...", "**As** voters ...": the subordinator that opens the
/// sentence (after opening conjunctions) before `end`.
fn opening_subordinator(a: &Analysis, sent_start: usize, end: usize) -> Option<usize> {
    let first = first_word(a, sent_start, end)?;
    let k = (first..end).find(|&j| !super::words::opens_with_conjunction(a.word(j))).unwrap_or(first);
    speaker::is_subordinator(a.lower(k)).then_some(k)
}

/// "..., **the council** voted", "... “care for all,**”** Ann Ortiz seized", "..., **striking
/// miners have** marched": a main clause's subject at `k` (after a closing quote), or an adjective
/// or participle before a plural noun and an auxiliary.
fn opens_main_clause(a: &Analysis, k: usize, end: usize) -> bool {
    let k = skip_close_quote(a, k);
    let modified_plural = k + 2 < end
        && a.token_is(k, Flags::LOWER)
        && super::words::is_s_plural_word(a.lower(k + 1))
        && is_aux(a.lower(k + 2));
    speaker::is_subject_word(a, k) || modified_plural
}

/// "which", "what", "whom": a relative pronoun that is the object of the reported clause.
fn is_object_relative(w: &str) -> bool {
    ["which", "what", "whom"].iter().any(|r| r.eq_ignore_ascii_case(w))
}

/// "The mayor said (that) **the bridge** is expected to open": the subject found from `s` before
/// a passive cue starting at `e` starts after the last verb of saying (and its "that") between
/// them; the report is another claim's (but not the verb of a relative clause set off by commas: "The mayor, who said
/// C, is expected to win").
fn after_report(a: &Analysis, s: usize, e: usize) -> usize {
    let relative = |c: &Cue| {
        let rel = c.start.checked_sub(1).filter(|&p| is_relative_pronoun(a.word(p)));
        rel.and_then(|p| p.checked_sub(1)).is_some_and(|p| is_comma(a, p))
    };
    let verb_end = (s..e)
        .rev()
        .find_map(|k| cues::at(a, k).filter(|c| reports_at(a, c) && !relative(c) && c.end < e).map(|c| c.end));
    match verb_end {
        Some(v) if a.is_word(v, "that") => v + 1,
        Some(v) => v,
        None => s,
    }
}

/// "**said**", "**noted that**": a verb of saying before its clause, or a verb with its "that" (not
/// "a company **named** IOG", "a deal **announced on** Monday").
fn reports_at(a: &Analysis, c: &Cue) -> bool {
    let that = a.is_word(c.end, "that");
    c.shape == CueShape::Verb && (that || (c.quotative || c.clause_only) && !is_preposition(a.word(c.end)))
}

/// "**Obama** is reported to have **called** the Saudis free riders", "X is said to have **told**
/// aides that C": a hearsay passive before a verb of saying in a perfect infinitive reports the
/// subject's own words; the subject is the speaker, and the cue runs to the verb of saying.
fn reported_speech(
    a: &Analysis,
    r: &Resolved,
    cue: &Cue,
    subject: Option<(usize, usize)>,
    limit: usize,
) -> Option<ClaimData> {
    let subject = subject.filter(|&(s, _)| !["it", "there"].iter().any(|x| a.word(s).eq_ignore_ascii_case(x)))?;
    if !a.is_word(cue.end, "to") || !a.is_word(cue.end + 1, "have") {
        return None;
    }
    let said = cues::at(a, cue.end + 2).filter(|c| c.shape == CueShape::Verb && c.cue_type == CueType::Speech)?;
    let (content, quoted) = content_after(a, r, &said, limit)?;
    let mut c = ClaimData::new(a, r, Some(subject), (cue.start, said.end), CueType::Speech, content);
    c.quoted = quoted;
    Some(c)
}

/// "**Trump** is expected to win", "**Pigs** are considered unclean": a passive cue has no
/// speaker; its subject belongs to the content (but not an empty "it": "it was announced that
/// C").
fn passive_claim(
    a: &Analysis,
    r: &Resolved,
    cue: &Cue,
    subject: Option<(usize, usize)>,
    content: (usize, usize),
    quoted: bool,
) -> ClaimData {
    let expletive = |s: usize| ["it", "there"].iter().any(|x| x.eq_ignore_ascii_case(a.word(s)));
    // ("Details **have not been disclosed**, but the deal ...": a clause after a comma is no
    // complement of the passive.)
    let end = if is_comma(a, cue.end) { cue.end } else { content.1 };
    let content = match subject {
        Some((s, _)) if !quoted && !expletive(s) => (after_report(a, s, cue.start), end),
        _ => content,
    };
    // ("The report, which **will be released** in May, will offer ...": a relative clause on the
    // subject ends before the main verb.)
    let floor = cue.sentence(a).start;
    let before = speaker::skip_modifiers(a, r, cue.start, floor).checked_sub(1).filter(|&b| b >= floor);
    let relative = before.is_some_and(|b| is_relative_pronoun(a.word(b)) && b > floor && is_comma(a, b - 1));
    let close =
        (cue.end..content.1).find(|&k| is_comma(a, k) && finite_verb_at(a, k + 1)).filter(|_| relative && !quoted);
    let content = match close {
        // (A date frame skipped before the content may have passed the comma: "which will be
        // published in May, will offer".)
        Some(k) => {
            let s = if content.0 > k { cue.end } else { content.0 };
            (s, trim_marks(a, s, k))
        }
        None => content,
    };
    let mut c = claim(a, r, agent(a, r, cue.end, content.1), cue, content);
    c.quoted = quoted;
    c
}

/// The most words an agent phrase takes ("by **some of his rivals**").
const MAX_AGENT: usize = 8;

/// The most words between a passive cue and its agent ("endorsed **the day before** by X").
const MAX_BEFORE_AGENT: usize = 6;

/// The most words between a passive cue and an agent that opens with a noun phrase ("are seen
/// as the candidates who would best handle a crisis **by** about a quarter of voters").
const MAX_BEFORE_FAR_AGENT: usize = 16;

/// "was rebuked **by opponents** for ...": the agent of a passive cue, right after it (an adverb
/// or a date between), or further on in the same clause when a noun phrase follows "by" ("was
/// declared the winner in three primaries **by news organizations**").
fn agent(a: &Analysis, r: &Resolved, after_cue: usize, limit: usize) -> Option<(usize, usize)> {
    // ("was endorsed **the day before by** X": a phrase may come between, no comma or clause; nor
    // a passive infinitive, whose verb the "by" phrase goes with: "are expected **to be** allowed
    // a visit by one relative", but "was asked to preserve them by the committee".)
    let passive_infinitive = |k: usize| {
        a.word(k).eq_ignore_ascii_case("to")
            && (a.is_word(k + 1, "be") || a.is_word(k + 1, "have") && a.is_word(k + 2, "been"))
    };
    let clause_word = |k: usize| a.word(k).eq_ignore_ascii_case("that") || passive_infinitive(k);
    let by = (after_cue..limit.min(after_cue + MAX_BEFORE_FAR_AGENT))
        .take_while(|&k| is_wordlike(a, k) && !clause_word(k) && cues::at(a, k).is_none())
        .find(|&k| {
            a.word(k).eq_ignore_ascii_case("by") && (k < after_cue + MAX_BEFORE_AGENT || opens_agent(a, k + 1))
        })?;
    let s = by + 1;
    let lim = limit.min(s + MAX_AGENT);
    let e = (s..lim)
        .find(|&k| {
            let w = a.word(k);
            let approx = k == s && super::words::is_approximator(w);
            !is_wordlike(a, k)
                || stops_speaker(w) && !w.eq_ignore_ascii_case("of") && !approx
                || cues::at(a, k).is_some()
                // (A date that starts within the first two words is a number phrase: "by about **a
                // quarter** of voters".)
                || k > s + 1 && date_starting(r, k).is_some()
        })
        .unwrap_or(lim);
    // The phrase ends before the limit of an agent phrase, or with the content.
    (e > s && (e < s + MAX_AGENT || e == limit)).then_some((s, e))
}

/// "by **news organizations**", "by **about** a quarter", "by **the** Times": a word that opens
/// the noun phrase of an agent (not "by **saying**", "by **far**").
fn opens_agent(a: &Analysis, k: usize) -> bool {
    let w = a.word(k);
    // ("by **news** organizations", "by **local newspapers**": a plural noun, an adjective before.)
    let plural = is_s_plural(a, k) || is_wordlike(a, k) && !stops_speaker(w) && is_s_plural(a, k + 1);
    speaker::opens_noun_phrase(w)
        || speaker::is_possessive_determiner(w)
        || super::words::is_approximator(w)
        || kind_is(a, k, TokenKind::Number)
        || plural
        || super::words::is_capitalized_word(a, k)
}

/// "**Recognizing** this, Mr. Rubio joined ...", "**Worried** the plan might fail, the
/// government proposed ...": a participle cue that opens the sentence reports the clause up to
/// the comma before the main subject, which is its speaker.
fn opening_participle(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
    let w = a.word(cue.word);
    let sent = cue.sentence(a);
    let opens = opens_sentence(a, cue) || cue.is_ing(a) && after_opening_subordinator(a, cue);
    if !opens || w.eq_ignore_ascii_case("told") || !(cue.is_ing(a) || w.ends_with("ed")) {
        return None;
    }
    let cs = start_after(a, r, cue, sent.end);
    // "Speaking to reporters, ...", "Writing in a blog, ...": a frame, not a report.
    if is_speak(w) || is_preposition(a.word(cs)) || a.word(cs).eq_ignore_ascii_case("to") {
        return None;
    }
    let lim = sent.end.min(cs + content::MAX_CLAUSE);
    let comma = (cs..lim).find(|&k| a.word(k) == "," && speaker::opens_subject(a, skip_close_quote(a, k + 1)))?;
    if comma <= cs {
        return None;
    }
    // "Asked whether C, 75 percent said yes": the question has no speaker here (the one asked
    // is the subject that answers).
    if w.eq_ignore_ascii_case("asked") {
        return Some(claim(a, r, None, cue, (cs, trim_marks(a, cs, comma))));
    }
    let sp = speaker::clause_subject(a, r, comma + 1, sent.end)?;
    Some(claim(a, r, Some(sp), cue, (cs, comma)))
}

/// "**After** saying ..., the man asked", "**While** publicly denying ..., she ...": the cue
/// follows a subordinator that opens the sentence (adverbs between).
fn after_opening_subordinator(a: &Analysis, cue: &Cue) -> bool {
    let Some(first) = first_word_before(a, cue) else { return false };
    let sub =
        matches!(a.lower(first), "after" | "before" | "while" | "since" | "when" | "despite" | "without" | "upon");
    sub && (first + 1..cue.start).all(|k| is_adverb(a.word(k)) || super::words::is_ly_adverb(a, k))
}

/// True when the cue opens its sentence (after marks only).
fn opens_sentence(a: &Analysis, cue: &Cue) -> bool {
    first_word_before(a, cue).is_none()
}

/// The first word of the cue's sentence, when it stands before the cue ("**Holding** signs, the
/// protesters chanted").
fn first_word_before(a: &Analysis, cue: &Cue) -> Option<usize> {
    let sent = cue.sentence(a);
    first_word(a, sent.start, cue.start)
}

/// "**Asked** about the plan, the mayor said ...", "**Told** of the vote, ...", "**Speaking** to
/// reporters, ...": a participle that opens the sentence and frames the main clause; it reports
/// nothing but through `opening_participle`.
fn framing_participle(a: &Analysis, cue: &Cue) -> bool {
    let w = a.word(cue.word);
    let framing = ["asked", "told"].iter().any(|f| f.eq_ignore_ascii_case(w)) || is_speak(w) && cue.is_ing(a);
    framing && opens_sentence(a, cue)
}

/// `k`, or the token after it when `k` is a closing quote (", ” 75 percent").
fn skip_close_quote(a: &Analysis, k: usize) -> usize {
    if kind_is(a, k, TokenKind::CloseQuote) {
        k + 1
    } else {
        k
    }
}

/// "Jeb Bush and Chris Christie, **who** say C", "a poll **that** shows C": the relative pronoun
/// is the speaker as written (as in PolNeAR); its antecedent gives the entity.
fn relative_claim(
    a: &Analysis,
    r: &Resolved,
    cue: &Cue,
    floor: usize,
    content: (usize, usize),
    quoted: bool,
) -> Option<ClaimData> {
    // ("executives, who **seemingly** know": adverbs between the pronoun and the cue.)
    let rel = speaker::skip_modifiers(a, r, cue.start, floor)
        .checked_sub(1)
        .filter(|&b| b >= floor && !is_passive(a, cue))?;
    let antecedent = speaker::relative_antecedent(a, r, rel, floor)?;
    let written = (rel, rel + 1);
    let content = if quoted { content } else { (content.0, aside_end(a, rel, antecedent.0, content)) };
    let mut c = claim(a, r, Some(written), cue, content);
    c.speaker_entity = speaker::entity(a, r, antecedent);
    c.quoted = quoted;
    Some(c)
}

/// "Ann Lee, who says the port is safe**, told** reporters ...", "Lee, who thinks C**, has**
/// left", "Tom Lee, the editor who wrote the profile**, tweeted** ...": a relative clause set off
/// by a comma (or on an apposition that is, its antecedent starting at `ante`) ends at its first
/// comma when a finite verb follows it, the verb of the main clause (but "who said the bill,
/// **a** Republican measure, is flawed" goes on). Returns the content end.
fn aside_end(a: &Analysis, rel: usize, ante: usize, content: (usize, usize)) -> usize {
    let after_comma = |k: usize| k.checked_sub(1).is_some_and(|p| is_comma(a, p));
    if after_comma(rel) || after_comma(ante) {
        end_before_verb(a, content)
    } else {
        content.1
    }
}

/// The end of the content of an aside on the subject: its first comma when a finite verb follows
/// (the main clause's), else the content's end.
fn end_before_verb(a: &Analysis, (cs, ce): (usize, usize)) -> usize {
    match (cs..ce).find(|&k| is_comma(a, k)) {
        Some(k) if finite_verb_at(a, k + 1) => trim_marks(a, cs, k),
        _ => ce,
    }
}

/// "**has** left", "**recounted** the incident", "**says** it": a finite verb at `k`, an auxiliary
/// or a past or present form before an object (not a participle before its preposition: "passed
/// **in** May", "backed **by** unions").
fn finite_verb_at(a: &Analysis, k: usize) -> bool {
    let w = a.lower(k);
    let cue_verb = cues::at(a, k).is_some_and(|c| c.start == c.word && c.is_finite_verb(a));
    let past = super::words::is_ed_verb(w);
    a.token_is(k, Flags::LOWER) && (is_aux(w) || cue_verb || past) && !is_preposition(a.word(k + 1))
}

/// A passive cue has no speaker before it: "Trump **is expected** to win", "it **was announced**",
/// "Pigs **are considered**" (but "Trump **is thanking**" has one).
fn is_passive(a: &Analysis, cue: &Cue) -> bool {
    let be = |k: usize| super::words::is_be(a.lower(k));
    // "is **expected**", "was **announced**", but not "is calling for", "is attempting to".
    let progressive = (cue.word..cue.end).any(|k| is_ing_form(a.word(k)));
    (cue.start..cue.end).any(be) && !progressive && !holds_stance(a, cue)
}

/// "Voters **are wary**", "Voters **are worried**", "he **is opposed**": a stance adjective after
/// its copula ([`Cue::stance`]), or a participle used as one; the subject holds the stance.
fn holds_stance(a: &Analysis, cue: &Cue) -> bool {
    static PARTICIPLES: WordSet = WordSet::new(&["worried", "opposed", "committed"]);
    cue.stance || cue.end.checked_sub(1).is_some_and(|k| PARTICIPLES.contains(a.lower(k)))
}

/// The subject of the last clause before `b` (see [`last_clause_start`]), else of the sentence
/// ("Clinton and Sanders**, and** Gov. Nixon tweeted": a coordinated subject is no clause).
fn nearest_clause_subject(a: &Analysis, r: &Resolved, floor: usize, b: usize) -> Option<(usize, usize)> {
    let start = last_clause_start(a, floor, b);
    let nearest = (start > floor).then(|| speaker::clause_subject(a, r, start, b)).flatten();
    let main = (start == floor).then(|| main_clause_start(a, floor, b)).flatten();
    nearest
        .or_else(|| {
            main.and_then(|m| speaker::clause_subject(a, r, m, b)).filter(|sp| main.is_some_and(|m| sp.0 <= m + 1))
        })
        .or_else(|| speaker::clause_subject(a, r, floor, b))
}

/// "**When** Lee pointed out the cost, **Ann Ortiz** seized on it, repeating ...", "Yet **even
/// as** farmers cheer the rain, **striking miners** have marched, protesting ...": after a
/// subordinate clause that opens the sentence, the main clause starts after its last comma
/// before `b` (a closing quote skipped); its start.
fn main_clause_start(a: &Analysis, floor: usize, b: usize) -> Option<usize> {
    let k = opening_subordinator(a, floor, b)?;
    let comma = (k + 1..b).rev().find(|&j| is_comma(a, j))?;
    Some(skip_close_quote(a, comma + 1)).filter(|&m| m < b && comma > k + 1)
}

/// "Lee pivoted to trade, **but Wallace** brought him back, asking ...", "Leaders distrust him
/// **because he** favors X and opposes Y": the start of the last clause joined before `b` by ",
/// but", ", and", ";" or a subordinator (no comma after it) with a subject of its own, else
/// `floor`.
fn last_clause_start(a: &Analysis, floor: usize, b: usize) -> usize {
    let last_comma = (floor..b).rev().find(|&j| is_comma(a, j));
    let joins = |k: usize| {
        let conj = matches!(a.lower(k), "but" | "and" | "yet") && k.checked_sub(1).is_some_and(|p| is_comma(a, p));
        let subordinator = super::words::is_contrast_subordinator(a.lower(k)) || a.lower(k) == "when";
        let sub = subordinator && last_comma.map_or(true, |j| j < k);
        conj || sub || a.word(k) == ";"
    };
    (floor + 1..b)
        .rev()
        .find(|&k| joins(k) && speaker::is_subject_word(a, k + 1) && a.lower(k + 1) != "a")
        .map_or(floor, |k| k + 1)
}

/// ", **urging**": a participle cue right after a comma (`b` is the token before the cue) that
/// does not follow a parenthetical cue (", she said, **adding**" takes the speaker of "said").
fn participle_clause(a: &Analysis, cue: &Cue, b: usize) -> bool {
    let after_cue = b.checked_sub(1).is_some_and(|p| cues::at(a, p).is_some());
    is_comma(a, b) && cue.is_bare_participle(a) && !after_cue
}

/// True when the cue shares the subject of the clause before it (`b` is the token before the
/// cue): "McCain survived ... **and** says", "Weaver was unimpressed**,** telling reporters",
/// "Trump began **by** saying", "Cruz **declined to** comment".
fn shares_subject(a: &Analysis, cue: &Cue, b: usize) -> bool {
    let w = if is_comma(a, b) { "," } else { a.lower(b) };
    let participle = cue.is_ing(a);
    matches!(w, "and" | "but" | "then")
        || kind_is(a, b, TokenKind::Dash)
        || w == "to"
        || participle
            && matches!(
                w,
                "," | "by" | "before" | "after" | "while" | "when" | "in" | "without" | "since" | "on" | "upon" | "for"
            )
        || w == "," && !participle
}
