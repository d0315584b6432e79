//! The structures around a cue, each a small rule with the phrase it matches.

use super::content::{self, clause_end, date_phrase_end, opens_quote, quotation, start_after, trim_marks};
use super::cues::{self, Cue, CueShape};
use super::speaker;
use super::words::{
    date_at, date_starting, first_word, has_word, is_adverb, is_attitude_noun, is_aux, is_comma, is_document_noun,
    is_ing_form, is_intention_noun, is_message_noun, is_participle_word, is_s_plural, is_source_noun, is_support_noun,
    is_wordlike, kind_is, mention_starting, stops_speaker, takes_to_object,
};
use super::ClaimData;
use crate::document::{CueType, MentionKind};
use crate::lexicon::WordSet;
use crate::resolve::Resolved;
use crate::text::{Analysis, Flags, TokenKind};

/// How many unattributed quotations after an attributed one may join its claim.
const MAX_FOLLOWING_QUOTES: usize = 6;

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
    has_word(a, c.content.0, c.content.1).then_some(c)
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
    let comma = (cue.end..lim).find(|&k| a.word(k) == "," && opens_subject(a, skip_close_quote(a, k + 1)))?;
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
    let cs = start_after(a, r, cue.end, limit);
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
    if cues::at(a, cs).is_some_and(|c| c.shape == CueShape::Verb && c.start == cs) || modifies_subject(a, cue, cs) {
        return None;
    }
    // "excerpts of his speech **released by** the White House": a participle describing a noun.
    // ("The report, **published by** the ministry, said": after a comma too.)
    let after_comma = cue.start == cue.word && cue.word.checked_sub(1).is_some_and(|p| a.word(p) == ",");
    if (participle_after_noun(a, cue) || after_comma && is_past_form(a.word(cue.word)))
        && a.word(cue.end).eq_ignore_ascii_case("by")
    {
        return None;
    }
    // "an ad **aimed at** evangelicals", "a plan **designed for** ...": an intention participle after a
    // noun, then a preposition.
    // ("an opinion article **published in** the Post", "the emails **released over** the summer": a
    // verb that takes an object too, unless a frame of saying follows: "**announced in a statement**".)
    let frame = cues::frame_end(a, cue.end).is_some() || that_after_phrase(a, cue.end, limit, false).is_some();
    let typed = cue.cue_type == CueType::Belief || cue.transitive && !frame;
    if participle_after_noun(a, cue) && typed && is_preposition(a.word(cue.end)) {
        return None;
    }
    // "with evangelical **support** in the caucuses", "lent **support** to her": a noun (but
    // "support for X", "comments on X" report a stance).
    let phrase = ["in", "from", "among", "to", "with", "at"].iter().any(|x| x.eq_ignore_ascii_case(a.word(cs)));
    // ("reports **that in** May exports fell": after "that" the phrase opens the clause.)
    if cue.noun_verb && is_present_form(a, cue) && phrase && cs == cue.end {
        return None;
    }
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
    let past_after_date = || cs > cue.end && is_past_form(a.word(cs)) && a.token_is(cs, Flags::LOWER);
    participle_after_noun(a, cue) && (verb() || past_after_date()) || participle_aside(a, cue, cs)
}

/// How far a participle aside runs before its closing comma ("released on Wednesday night by
/// the institute,").
const MAX_PARTICIPLE_ASIDE: usize = 16;

/// "The poll**, released** on Wednesday by the institute**, showed** ...": a past participle after
/// a comma whose phrase closes with a comma before a finite cue verb is an aside on the subject.
fn participle_aside(a: &Analysis, cue: &Cue, cs: usize) -> bool {
    let after_comma = cue.start == cue.word && cue.word.checked_sub(1).is_some_and(|p| a.word(p) == ",");
    if !after_comma || !is_past_form(a.word(cue.word)) {
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

/// "the memo **seen**", "the emails **released**": a past participle cue right after a lower-case
/// noun.
fn participle_after_noun(a: &Analysis, cue: &Cue) -> bool {
    let w = a.word(cue.word);
    let participle = cue.start == cue.word && (w.ends_with("ed") || w.ends_with("en"));
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

/// "published", "written": a past form ending in "-ed" or "-en".
fn is_past_form(w: &str) -> bool {
    w.ends_with("ed") || w.ends_with("en")
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
    if is_passive(a, cue) {
        return Some(passive_claim(a, r, cue, speaker, content, quoted));
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
    if !(participle || matches!(a.lower(b), "and" | "but")) {
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

/// "up", "off", "out": a particle of a phrasal verb ("drum **up**"), no noun.
fn is_particle(w: &str) -> bool {
    ["up", "off", "out", "down", "back", "away", "over", "in", "on"].iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// "**When** the mayor said the budget was tight**,** nobody laughed": a cue in a subordinate
/// clause that opens the sentence reports up to the comma before the main clause's subject.
fn subordinate_end(a: &Analysis, sent_start: usize, cue: &Cue, (cs, ce): (usize, usize)) -> usize {
    let first = first_word(a, sent_start, cue.start);
    let opens = first.is_some_and(|k| speaker::is_subordinator(a.lower(k)));
    if !opens || (sent_start..cue.start).any(|k| a.word(k) == ",") {
        return ce;
    }
    (cs..ce).find(|&k| a.word(k) == "," && speaker::is_subject_word(a, k + 1)).map_or(ce, |k| trim_marks(a, cs, k))
}

/// "which", "what", "whom": a relative pronoun that is the object of the reported clause.
fn is_object_relative(w: &str) -> bool {
    ["which", "what", "whom"].iter().any(|r| r.eq_ignore_ascii_case(w))
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
    let content = match subject {
        Some((s, _)) if !quoted && !expletive(s) => (s, content.1),
        _ => content,
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
    // ("was endorsed **the day before by** X": a phrase may come between, no comma or clause.)
    let by = (after_cue..limit.min(after_cue + MAX_BEFORE_FAR_AGENT))
        .take_while(|&k| is_wordlike(a, k) && !a.word(k).eq_ignore_ascii_case("that") && cues::at(a, k).is_none())
        .find(|&k| {
            a.word(k).eq_ignore_ascii_case("by") && (k < after_cue + MAX_BEFORE_AGENT || opens_agent(a, k + 1))
        })?;
    let s = by + 1;
    let lim = limit.min(s + MAX_AGENT);
    let e = (s..lim)
        .find(|&k| {
            let w = a.word(k);
            let approx = k == s && is_approximator(w);
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
        || is_approximator(w)
        || kind_is(a, k, TokenKind::Number)
        || plural
        || super::words::is_capitalized_word(a, k)
}

/// "about", "nearly": a word that opens a number phrase ("by **about** a third of voters").
fn is_approximator(w: &str) -> bool {
    ["about", "nearly", "almost", "roughly", "some"].iter().any(|x| x.eq_ignore_ascii_case(w))
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
    let cs = start_after(a, r, cue.end, sent.end);
    // "Speaking to reporters, ...", "Writing in a blog, ...": a frame, not a report.
    if is_speak(w) || is_preposition(a.word(cs)) || a.word(cs).eq_ignore_ascii_case("to") {
        return None;
    }
    let lim = sent.end.min(cs + content::MAX_CLAUSE);
    let comma = (cs..lim).find(|&k| a.word(k) == "," && opens_subject(a, skip_close_quote(a, k + 1)))?;
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

/// True when token `k` may open a main-clause subject: a subject pronoun ("he"), a determiner
/// ("the", "his") or a capitalized word ("Mr. Rubio").
fn opens_subject(a: &Analysis, k: usize) -> bool {
    let w = a.word(k);
    super::words::is_subject_pronoun(w)
        || kind_is(a, k, TokenKind::Number)
        || speaker::opens_noun_phrase(w)
        || speaker::is_possessive_determiner(w)
        || super::words::is_capitalized_word(a, k)
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
    let mut c = claim(a, r, Some(written), cue, content);
    c.speaker_entity = speaker::entity(a, r, antecedent);
    c.quoted = quoted;
    Some(c)
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
    nearest.or_else(|| speaker::clause_subject(a, r, floor, b))
}

/// "Lee pivoted to trade, **but Wallace** brought him back, asking ...", "Leaders distrust him
/// **because he** favors X and opposes Y": the start of the last clause joined before `b` by ",
/// but", ", and", ";" or a subordinator (no comma after it) with a subject of its own, else
/// `floor`.
fn last_clause_start(a: &Analysis, floor: usize, b: usize) -> usize {
    let joins = |k: usize| {
        let conj = matches!(a.lower(k), "but" | "and" | "yet") && k.checked_sub(1).is_some_and(|p| is_comma(a, p));
        let sub = super::words::is_contrast_subordinator(a.lower(k)) && !(k..b).any(|j| is_comma(a, j));
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

/// After a final cue: only a date and the end of the sentence, or a comma that goes on.
/// Returns the token after them.
fn tail_after_cue(a: &Analysis, r: &Resolved, from: usize, limit: usize) -> Option<usize> {
    let mut k = date_phrase_end(a, r, from).unwrap_or(from);
    if let Some((_, mm)) = mention_starting(r, k) {
        k = mm.end; // "“Q?” Boyle asked Trump."
                    // ("C, Lee told POLITICO **earlier this week**.")
        k = date_phrase_end(a, r, k).unwrap_or(k);
    }
    let ok = k >= limit
        || a.tokens
            .get(k)
            .is_some_and(|t| matches!(t.kind, TokenKind::Terminal | TokenKind::Punct | TokenKind::CloseQuote));
    ok.then_some(k)
}

/// "C, she said **in a video message to the convention.**": a phrase without a verb that ends the
/// sentence after a final cue; the end of the sentence.
fn verbless_tail(a: &Analysis, from: usize, sent_end: usize) -> Option<usize> {
    let e = trim_marks(a, from, sent_end);
    (opens_phrase(a.word(from)) && verbless(a, from, e)).then_some(e)
}

/// The content that ends before `b` (a comma or a closing quote): "C, X said" or "“Q,” X said".
/// Returns the content range and whether it is quoted.
fn content_before(a: &Analysis, b: usize, sent_start: usize) -> Option<((usize, usize), bool)> {
    let mut b = b;
    let quoted = kind_is(a, b, TokenKind::CloseQuote);
    let close = b;
    // "“... do you need?’” Weaver said": inner quotations close first.
    while kind_is(a, b, TokenKind::CloseQuote) {
        b = b.checked_sub(1)?;
    }
    let punct_ok =
        a.word(b) == "," || quoted && matches!(a.tokens.get(b)?.kind, TokenKind::Terminal | TokenKind::Punct);
    if !punct_ok {
        return None;
    }
    let open = if quoted { content::open_of(a, close) } else { None };
    // "The media are “biased,” she said": a quotation that closes a clause is a mixed quote;
    // the clause is the content.
    // ("X praised it: “Q,” she said" quotes after a colon.)
    let mixed = open.is_some_and(|o| {
        let colon = o.checked_sub(1).is_some_and(|p| a.word(p) == ":");
        !colon && first_word(a, sent_start, o).is_some()
    });
    let quoted = quoted && !mixed;
    let cs = if mixed { sent_start } else { open.map_or(sent_start, |o| o + 1) };
    let cs = if opens_quote(a, cs) { cs + 1 } else { cs };
    let ce = trim_marks(a, cs, b);
    (ce > cs).then_some(((cs, ce), quoted))
}

/// "C, X said." · "“Q,” X said." · "“Q1,” X said, “Q2.”" (content in two parts).
fn content_comma_subject_cue(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
    // ("C, figures **released** by the ministry show.": the participle describes the speaker; "C,
    // she said, voters **are angry with** the party": a stance adjective before its complement.)
    if modifies_subject(a, cue, cue.end) || cue.stance && cues::complement_follows(a, cue.end) {
        return None;
    }
    let sent = cue.sentence(a);
    // "“Q,” Ann Roe, a spokeswoman, said in an email": the apposition belongs to the speaker.
    let (ss, se) = speaker::before(a, r, cue.start, sent.start).or_else(|| {
        // ("“Q,” she said, **adding** ..." is a participle clause, not an apposition).
        let b = cue.start.checked_sub(1).filter(|&b| b > sent.start && !cue.is_ing(a))?;
        speaker::appositive(a, r, b, sent.start).or_else(|| speaker::long_apposition(a, r, b, sent.start))
    })?;
    // The content ends inside the sentence, or is the quotation that ends the sentence before in
    // the same paragraph ("“Q.” Trump said.").
    let b = ss.checked_sub(1).filter(|&b| b >= sent.start || quotation_before(a, b, ss))?;
    let floor = a.sentence(a.sentence_of(b)).start;
    let (content, quoted) = content_before(a, b, floor)?;
    // ("X said C, but “Q.” ¶ He did not elaborate.": a sentence before is the content only when it
    // is a quotation.)
    if b < sent.start && !quoted {
        return None;
    }
    // After a quotation anything may follow the cue ("“Q,” he said during a speech").
    let k = tail_after_cue(a, r, cue.end, sent.end)
        .or_else(|| quoted.then_some(cue.end))
        .or_else(|| verbless_tail(a, cue.end, sent.end))?;
    // "Taking it in, Trump said, “Q”", "In a statement, X said: “Q”": the quotation after the
    // cue is the content.
    if !quoted && (a.word(k) == ":" || a.word(k) == "," && opens_quote(a, k + 1)) {
        return None;
    }
    let mut c = claim(a, r, Some((ss, se)), cue, content);
    c.quoted = quoted;
    continue_quote(a, &mut c, k);
    continue_clause(a, &mut c, k, sent.end);
    following_quotes(a, &mut c, sent.end);
    Some(c)
}

/// "“We found them.” **Trump said.**": a closing quote at `b` ends the previous sentence of the
/// same paragraph, and the sentence of the speaker at `ss` is only the attribution.
fn quotation_before(a: &Analysis, b: usize, ss: usize) -> bool {
    let new_paragraph = a.tokens.get(ss).is_some_and(|t| t.is(Flags::PARAGRAPH_BEFORE));
    let sent = a.sentence(a.sentence_of(ss));
    let short = sent.end.saturating_sub(ss) <= MAX_ATTRIBUTION;
    kind_is(a, b, TokenKind::CloseQuote) && !new_paragraph && short
}

/// The longest sentence that is only an attribution ("Mr. Trump said on Friday."), in tokens.
const MAX_ATTRIBUTION: usize = 16;

/// "This campaign, he says, **is different**": a reported clause that goes on after a
/// parenthetical attribution joins the claim as its second part (but not a participle clause or
/// a frame: "..., he said, adding ...", "..., she said, in a statement").
fn continue_clause(a: &Analysis, c: &mut ClaimData, k: usize, limit: usize) {
    let next = k + 1;
    let participle = cues::at(a, next).is_some_and(|q| q.shape != CueShape::Verb || q.is_ing(a));
    // ("..., Sanders said, **a** policy that ...": an apposition to the clause, not its rest.)
    // ("Overall, she said, **a** number of voters ...": after a mere opener, the clause goes on.)
    let opener = c.content.1 <= c.content.0 + 2;
    let apposition = !opener && ["a", "an"].iter().any(|d| d.eq_ignore_ascii_case(a.word(next)));
    if c.quoted || a.word(k) != "," || participle || apposition || !is_wordlike(a, next) {
        return;
    }
    let second = (next, clause_end(a, next, limit));
    // ", she said, in a statement": a phrase without a verb after the cue is no clause.
    let verb = |k: usize| super::words::is_aux(a.word(k)) || a.word(k).ends_with("ed");
    let phrase = is_preposition(a.word(next)) && !(second.0..second.1).any(verb);
    if second.1 > second.0 + 1 && !phrase {
        c.parts = Some(vec![c.content, second]);
        c.content = (c.content.0, second.1);
    }
}

/// "“Q1,” she said. “Q2.” ¶ “Q3.”": quotations that follow the attributed one without an
/// attribution of their own (each ends its paragraph or is followed by another quotation) join
/// the claim as further parts.
fn following_quotes(a: &Analysis, c: &mut ClaimData, from: usize) {
    if !c.quoted {
        return;
    }
    let mut j = from;
    for _ in 0..MAX_FOLLOWING_QUOTES {
        if !opens_quote(a, j) {
            break;
        }
        let Some(close) = content::close_of(a, j) else { break };
        let mut after = close + 1;
        while kind_is(a, after, TokenKind::Terminal) {
            after += 1;
        }
        let alone = match a.tokens.get(after) {
            Some(t) => t.is(Flags::PARAGRAPH_BEFORE) || t.is(Flags::NEWLINE_BEFORE) || t.kind == TokenKind::OpenQuote,
            None => true,
        };
        let part = (j + 1, trim_marks(a, j + 1, close));
        if !alone || part.1 <= part.0 {
            break;
        }
        c.parts.get_or_insert_with(|| vec![c.content]).push(part);
        c.content.1 = part.1;
        j = after;
    }
}

/// "“Q1,” X said, “Q2.”": a quotation that goes on after the cue joins the claim as its second
/// part.
fn continue_quote(a: &Analysis, c: &mut ClaimData, k: usize) {
    if !c.quoted || a.word(k) != "," || !opens_quote(a, k + 1) {
        return;
    }
    let Some(close) = content::close_of(a, k + 1) else { return };
    let second = (k + 2, trim_marks(a, k + 2, close));
    if second.1 > second.0 {
        c.parts = Some(vec![c.content, second]);
        c.content = (c.content.0, second.1);
    }
}

/// "C, said X." · "“Q,” said X, a spokesman."
fn content_comma_cue_subject(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
    // "C, saying X" is a participle clause, not an inverted attribution; "its letter, **written
    // by** X," a passive participle.
    if cue.is_ing(a) || !cue.inverts || a.is_word(cue.end, "by") {
        return None;
    }
    let sent = cue.sentence(a);
    let (content, quoted) = content_before(a, cue.start.checked_sub(1)?, sent.start)?;
    let limit = trim_marks(a, cue.end, sent.end);
    let sp = speaker::after(a, cue.end, limit)?;
    // "Ann Lee, a senator, praised the plan": without quote marks, only a verb of saying inverts,
    // and its speaker ends the sentence or an apposition follows ("said Tom Baker, an engineer").
    if !quoted && !(cue.quotative && (sp.1 >= limit || a.word(sp.1) == ",")) {
        return None;
    }
    // "The ministry, which runs the ports, said exports fell": a subject with its apposition.
    if !quoted && has_apposition(a, content) {
        return None;
    }
    // ("The deal, announced **Friday**, would last": a date after the cue is no speaker.)
    let speaker = Some(sp).filter(|&sp| !is_date(r, sp));
    let mut c = claim(a, r, speaker, cue, content);
    c.quoted = quoted;
    following_quotes(a, &mut c, sent.end);
    Some(c)
}

/// True when tokens `[s, e)` are a date mention ("Friday").
fn is_date(r: &Resolved, (s, e): (usize, usize)) -> bool {
    date_at(r, s).is_some_and(|m| m.end >= e)
}

/// True when a comma in tokens `[s, e)` opens an apposition, a relative clause or a participle
/// phrase (", a group that ...", ", which runs ...", ", who ...", ", based in ...").
fn has_apposition(a: &Analysis, (s, e): (usize, usize)) -> bool {
    (s..e).any(|k| {
        let next = a.lower(k + 1);
        // ("The report, **published** by the ministry, said ...": a participle phrase.)
        let participle = next.len() > 4 && next.ends_with("ed") && a.word(k + 1) == next;
        a.word(k) == "," && (matches!(next, "a" | "an" | "the" | "who" | "whose" | "which") || participle)
    })
}

/// "According to X, C" and "C, according to X.".
fn according_to(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
    attributed_aside(a, r, cue, cue.start, cue.end)
}

/// "**As reported by** the Tribune, C", "C, as first reported by the Tribune.": a participle
/// cue after "as" names its speaker in a "by" phrase; the clause around the aside is the content.
fn as_reported_by(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
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
    let e = sp.1;
    // ("It went unnoticed**: According to** polls, C": a colon or a semicolon opens a clause.)
    let clause_start = (sent.start..open).rev().find(|&k| matches!(a.word(k), ":" | ";")).map_or(sent.start, |k| k + 1);
    let at_start = first_word(a, clause_start, open).is_none();
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
            return has_content_word(a, content.0, content.1).then(|| claim(a, r, Some(sp), cue, content));
        }
        let first = (clause_start, trim_marks(a, clause_start, b));
        // "C1, according to X, C2" · "But, according to X, C".
        let second = (a.word(e) == ",").then(|| (e + 1, clause_end(a, e + 1, sent.end))).filter(|s| s.1 > s.0);
        match second {
            Some(second) if !has_content_word(a, first.0, first.1) => second,
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

/// True when tokens `[s, e)` hold more than marks and opening conjunctions ("But,", "And
/// yet,").
fn has_content_word(a: &Analysis, s: usize, e: usize) -> bool {
    const C: &[&str] = &["but", "and", "so", "yet", "still", "however", "now", "or"];
    (s..e).any(|k| !super::words::is_mark(a, k) && !C.iter().any(|c| c.eq_ignore_ascii_case(a.word(k))))
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
    let opener = |k: usize| super::words::is_mark(a, k) || matches!(a.lower(k), "but" | "and" | "because");
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
fn in_opening_phrase(a: &Analysis, cue: &Cue) -> bool {
    let sent = cue.sentence(a);
    let first = first_word_before(a, cue);
    let opens = first.is_some_and(|k| is_preposition(a.word(k)) || matches!(a.lower(k), "despite" | "amid"));
    opens && !(sent.start..cue.start).any(|k| a.word(k) == ",")
}

/// "**Ward** had the backing **of the state party**", "the mayor drew the support of 40 percent of
/// voters", "**the deal** sparked criticism **from Congress**": support (or blame) received; those who
/// give it are the speaker, the one who gets it the content.
fn received_support(a: &Analysis, r: &Resolved, cue: &Cue, floor: usize, limit: usize) -> Option<ClaimData> {
    if !is_support_noun(a.lower(cue.word)) || !matches!(a.lower(cue.end), "of" | "from" | "among") {
        return None;
    }
    let lo = cue.start.saturating_sub(MAX_NOUN_LEAD + 1).max(floor);
    let v = (lo..cue.start).rev().find(|&k| is_receipt_verb(a.lower(k)))?;
    let plain = (v + 1..cue.start).all(|k| a.token_is(k, Flags::LOWER));
    if !plain {
        return None;
    }
    let giver = speaker::after(a, cue.end + 1, trim_marks(a, cue.end + 1, limit))?;
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
fn light_verb_subject(a: &Analysis, r: &Resolved, cue: &Cue, floor: usize) -> Option<(usize, usize)> {
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
fn message_sender(
    a: &Analysis,
    r: &Resolved,
    cue: &Cue,
    (s, e): (usize, usize),
    floor: usize,
) -> Option<(usize, usize)> {
    let participle = cue.is_bare_participle(a);
    let n = e.checked_sub(1).filter(|_| participle && is_message_noun(a.lower(e - 1)))?;
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
fn headline_source(a: &Analysis, cue: &Cue) -> Option<(usize, usize)> {
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

fn noun_that(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
    let sent = cue.sentence(a);
    if let Some(c) = received_support(a, r, cue, sent.start, sent.end) {
        return Some(c);
    }
    // ("Moody's **said** that may include ...": a verb read as a noun after a possessive.)
    // ("the emails **that** Mrs. Clinton had given": a document is the object of its relative.)
    let document = is_document_noun(a.lower(cue.word)) && a.is_word(cue.end, "that");
    if document || relative_that(a, cue.end) && !super::words::is_past_verb(a.word(cue.word)) {
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
