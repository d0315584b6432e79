//! Contents before their cue: "C, X said", "“Q,” said X", and the parts that go on after the cue
//! ("“Q1,” X said, “Q2”", "C1, he says, C2").

use super::{claim, is_preposition, modifies_subject, opens_phrase, opens_prep_phrase, verbless};
use crate::claims::content::{self, clause_end, date_phrase_end, opens_quote, trim_marks};
use crate::claims::cues::{self, Cue, CueShape};
use crate::claims::speaker;
use crate::claims::words::{
    date_at, first_content_word, first_word, is_comma, is_relative_pronoun, is_subject_pronoun, is_wordlike, kind_is,
    mention_starting,
};
use crate::claims::ClaimData;
use crate::resolve::Resolved;
use crate::text::{Analysis, Flags, TokenKind};

/// How many unattributed quotations after an attributed one may join its claim.
const MAX_FOLLOWING_QUOTES: usize = 6;

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
    // ("**PARIS, March 18 -** C, the institute said": a dateline is not reported.)
    let sent_start = speaker::dateline_end(a, sent_start, b).unwrap_or(sent_start);
    let cs = if mixed { sent_start } else { open.map_or(sent_start, |o| o + 1) };
    let cs = if opens_quote(a, cs) { cs + 1 } else { cs };
    let ce = trim_marks(a, cs, b);
    (ce > cs).then_some(((cs, ce), quoted))
}

/// "C, X said." · "“Q,” X said." · "“Q1,” X said, “Q2.”" (content in two parts).
pub(super) fn content_comma_subject_cue(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
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
    let ss = role_before_name(a, ss, sent.start).unwrap_or(ss);
    // The content ends inside the sentence, or is the quotation that ends the sentence before in
    // the same paragraph ("“Q.” Trump said.").
    let b = ss.checked_sub(1).filter(|&b| b >= sent.start || quotation_before(a, b, ss))?;
    let floor = a.sentence(a.sentence_of(b)).start;
    let (content, quoted) = content_before(a, b, floor)?;
    // ("X said C, but “Q.” ¶ He did not elaborate.": a sentence before is the content only when it
    // is a quotation.)
    if !quoted && (b < sent.start || according_to_opener(a, content)) {
        return None;
    }
    // After a quotation anything may follow the cue ("“Q,” he said during a speech"); but after
    // one that ends the sentence before, a clause of its own is the cue's content ("“Q.” Lee also
    // revealed he tried to sign him").
    let own_clause = b < sent.start && clause_after(a, r, cue, sent.end);
    let k = tail_after_cue(a, r, cue.end, sent.end)
        .or_else(|| (quoted && !own_clause).then_some(cue.end))
        .or_else(|| verbless_tail(a, cue.end, sent.end))?;
    // ("In contrast, he said, C": a phrase that the clause after the cue goes on with is its start.)
    if !quoted && prepositional_opener(a, content) && !a.is_word(k, ",") {
        return None;
    }
    // "Taking it in, Trump said, “Q”", "In a statement, X said: “Q”": the quotation after the
    // cue is the content.
    if !quoted && (a.word(k) == ":" || a.word(k) == "," && opens_quote(a, k + 1)) {
        return None;
    }
    let mut c = claim(a, r, Some((ss, se)), cue, content);
    c.quoted = quoted;
    continue_quote(a, &mut c, k);
    continue_clause(a, &mut c, k, sent.end);
    if !reports_after_speaker(a, cue.end, sent.end) {
        following_quotes(a, &mut c, sent.end);
    }
    Some(c)
}

/// "“Q1,” said Ann Lee, a consultant **who said** she would stay. “Q2.”": a verb cue in a
/// relative clause after the cue (in `[s, e)`) makes a claim of its own, which the quotations
/// that follow go on with.
fn reports_after_speaker(a: &Analysis, s: usize, e: usize) -> bool {
    let relative = |k: usize| k.checked_sub(1).is_some_and(|p| speaker::relative_pronoun_before(a, p, s).is_some());
    (s..e).any(|k| relative(k) && cues::at(a, k).is_some_and(|q| q.shape == CueShape::Verb))
}

/// "Lee also revealed **he** tried ...", "Lee said **that** the plan ...": a reported clause of
/// the cue's own after it (a subject pronoun or "that" where the content would start).
fn clause_after(a: &Analysis, r: &Resolved, cue: &Cue, limit: usize) -> bool {
    let cs = content::start_after(a, r, cue, limit);
    let that = cs.checked_sub(1).is_some_and(|p| a.is_word(p, "that") && p >= cue.end);
    cs < limit && (that || is_subject_pronoun(a.word(cs)))
}

/// The most words a role set off before a speaker's name takes.
const MAX_ROLE_BEFORE_NAME: usize = 8;

/// "“Q,” **the play's organiser in Uganda,** Ann Roe, told ...": a role set off by commas
/// between the quotation and the name (`ss`) belongs to the speaker; its start.
fn role_before_name(a: &Analysis, ss: usize, floor: usize) -> Option<usize> {
    let comma = ss.checked_sub(1).filter(|&c| is_comma(a, c))?;
    let lo = comma.saturating_sub(MAX_ROLE_BEFORE_NAME).max(floor);
    let start = (lo..comma).rev().take_while(|&k| is_wordlike(a, k) || kind_is(a, k, TokenKind::Possessive)).last()?;
    let quote_before = start.checked_sub(1).is_some_and(|q| q >= floor && kind_is(a, q, TokenKind::CloseQuote));
    let opens = speaker::opens_noun_phrase(a.word(start)) || speaker::is_possessive_determiner(a.word(start));
    (quote_before && opens && start + 1 < comma).then_some(start)
}

/// "**But according to** interviews with aides, he wants ...": a phrase before the comma that
/// opens with "according to" names a source, no reported clause of the verb after it (but "it will
/// be dealt with according to the law, he said" is one).
fn according_to_opener(a: &Analysis, (s, e): (usize, usize)) -> bool {
    let first = first_content_word(a, s, e);
    first.is_some_and(|k| cues::at(a, k).is_some_and(|c| c.shape == CueShape::AccordingTo))
}

/// "**Among** those who want a change, most plan ...", "In contrast, he said, C": a phrase before
/// the comma that opens with a preposition and holds no verb but in a relative clause is the start
/// of a clause that goes on after the cue, no reported clause of its own (but "In May, prices
/// rose, he said" and "In 2003 imports declined, he said" are).
fn prepositional_opener(a: &Analysis, (s, e): (usize, usize)) -> bool {
    let Some(first) = first_content_word(a, s, e) else {
        return false;
    };
    let clause_end = (first..e).find(|&k| is_comma(a, k) || is_relative_pronoun(a.word(k))).unwrap_or(e);
    let one_phrase = !(first..e).any(|k| is_comma(a, k)) && verbless(a, first, clause_end);
    opens_prep_phrase(a.word(first)) && one_phrase
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
    let verb = |k: usize| crate::claims::words::is_aux(a.word(k)) || a.word(k).ends_with("ed");
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
pub(super) fn content_comma_cue_subject(a: &Analysis, r: &Resolved, cue: &Cue) -> Option<ClaimData> {
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
    // "The idea, says BT, **is** to shape ...": the clause goes on after the inverted speaker
    // with its verb (not an apposition: "said Tom Baker, managing director of ..."), also after
    // the speaker's apposition ("said Ann Lee, an expert on Russia, **would** read this as").
    if let Some(k) = speaker.and_then(|_| clause_goes_on_at(a, sp.1, sent.end)) {
        continue_clause(a, &mut c, k, sent.end);
    }
    if !reports_after_speaker(a, sp.1, sent.end) {
        following_quotes(a, &mut c, sent.end);
    }
    Some(c)
}

/// The most tokens of an apposition to an inverted speaker before the clause goes on.
const MAX_SPEAKER_APPOSITION: usize = 15;

/// The comma after an inverted speaker ending at `e` (or after its apposition: ", an expert on
/// Russia,") that an auxiliary follows: the reported clause goes on there.
fn clause_goes_on_at(a: &Analysis, e: usize, limit: usize) -> Option<usize> {
    let aux_after = |k: usize| is_comma(a, k) && crate::claims::words::is_aux(a.word(k + 1));
    if aux_after(e) {
        return Some(e);
    }
    let apposition = is_comma(a, e) && matches!(a.lower(e + 1), "a" | "an" | "the");
    let next = (e + 1..limit.min(e + MAX_SPEAKER_APPOSITION)).find(|&k| is_comma(a, k) || !is_wordlike(a, k))?;
    (apposition && aux_after(next)).then_some(next)
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
