//! Claims: who said what, and when.
//!
//! Cues come from the cue lexicon (one scan with all the others). Around each cue, in its
//! sentence, a small grammar finds the structure:
//! - [`subject_cue_content`]: "X said (that) C", "X told reporters that C", "X said: “Q”";
//! - [`content_comma_subject_cue`]: "C, X said." and "“Q,” X said.";
//! - [`content_comma_cue_subject`]: "C, said X.";
//! - [`according_to`]: "According to X, C" and "C, according to X.".
//!
//! The speaker's entity comes from [`resolve`](crate::resolve); the claim's date from the date
//! mentions: one attached to the cue (`explicit`), else a date that frames the paragraph or the
//! same speaker's previous dated claim (`context`), else the document date (`document`).

use crate::document::{CueType, DateBasis, MentionKind};
use crate::lexicon::Lex;
use crate::recognize::Info;
use crate::resolve::Resolved;
use crate::text::{Analysis, Flags, TokenKind};

/// A claim over token ranges, before it becomes a [`Claim`](crate::Claim).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimData {
    /// Token range of the speaker as written.
    pub speaker: Option<(usize, usize)>,
    /// The speaker's entity index.
    pub speaker_entity: Option<usize>,
    /// Token range of the cue.
    pub cue: (usize, usize),
    /// Token range of the content (without quote marks, without "that").
    pub content: (usize, usize),
    /// Pieces of an interrupted quotation.
    pub parts: Option<Vec<(usize, usize)>>,
    /// The claim date: value, the date mention's index, and how it was found.
    pub date: Option<(String, Option<usize>, DateBasis)>,
    /// A direct quotation.
    pub quoted: bool,
    /// Speech or belief.
    pub cue_type: CueType,
    /// The claim whose content holds this one.
    pub within: Option<usize>,
}

/// Finds the claims of a document.
pub fn find(a: &Analysis, r: &Resolved, doc_date: Option<&str>) -> Vec<ClaimData> {
    let mut out: Vec<ClaimData> = Vec::new();
    let mut i = 0;
    while i < a.tokens.len() {
        let Some(h) = a.hit(i, Lex::Cue) else {
            i += 1;
            continue;
        };
        let cue = (i, h.end as usize);
        let cue_type = if a.lexicon_field(h, 1) == "belief" { CueType::Belief } else { CueType::Speech };
        let lemma = a.lexicon_field(h, 0);
        let found = if lemma == "according to" {
            according_to(a, r, cue)
        } else if a.lexicon_field(h, 2) == "verb" {
            content_comma_subject_cue(a, r, cue)
                .or_else(|| content_comma_cue_subject(a, r, cue))
                .or_else(|| subject_cue_content(a, r, cue))
        } else {
            None
        };
        if let Some(mut c) = found {
            c.cue_type = cue_type;
            out.push(c);
        }
        i = cue.1;
    }
    nest(&mut out);
    date_claims(a, r, &mut out, doc_date);
    out
}

fn claim(
    speaker: Option<(usize, usize)>,
    speaker_entity: Option<usize>,
    cue: (usize, usize),
    content: (usize, usize),
    quoted: bool,
) -> ClaimData {
    ClaimData {
        speaker,
        speaker_entity,
        cue,
        content,
        parts: None,
        date: None,
        quoted,
        cue_type: CueType::Speech,
        within: None,
    }
}

/// Words that end a speaker phrase when walking back from the cue.
fn stops_speaker(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "that"
            | "which"
            | "who"
            | "whom"
            | "and"
            | "but"
            | "because"
            | "while"
            | "when"
            | "if"
            | "as"
            | "after"
            | "before"
            | "since"
            | "although"
            | "though"
            | "where"
            | "so"
            | "or"
            | "nor"
            | "than"
            | "whether"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "it"
            | "there"
            | "not"
            | "to"
    )
}

/// Adverbs between a speaker and its cue ("Muntasser also noted").
fn is_adverb(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "also"
            | "later"
            | "again"
            | "further"
            | "previously"
            | "repeatedly"
            | "earlier"
            | "recently"
            | "then"
            | "once"
            | "often"
            | "reportedly"
            | "publicly"
            | "privately"
            | "separately"
            | "firmly"
            | "flatly"
            | "strongly"
            | "angrily"
            | "bluntly"
            | "openly"
            | "quickly"
            | "simply"
            | "formally"
            | "officially"
            | "initially"
            | "first"
            | "finally"
            | "subsequently"
            | "similarly"
            | "likewise"
            | "even"
            | "still"
            | "already"
            | "frequently"
            | "explicitly"
            | "clearly"
            | "specifically"
            | "confidently"
            | "proudly"
    )
}

fn is_aux(w: &str) -> bool {
    matches!(w.to_ascii_lowercase().as_str(), "has" | "have" | "had" | "'s" | "’s" | "'ve" | "’ve" | "'d" | "’d")
}

fn is_mark(a: &Analysis, i: usize) -> bool {
    a.tokens.get(i).is_some_and(|t| {
        matches!(
            t.kind,
            TokenKind::Punct
                | TokenKind::OpenQuote
                | TokenKind::CloseQuote
                | TokenKind::Dash
                | TokenKind::OpenBracket
                | TokenKind::CloseBracket
                | TokenKind::Terminal
                | TokenKind::Ellipsis
        )
    })
}

/// The entity of a speaker phrase: the entity of the mention it ends with (its head), or of a
/// lone mention; `None` for "Haftar's lawyer" (the head is not a name).
fn speaker_entity(r: &Resolved, s: usize, e: usize) -> Option<usize> {
    let m = r.mention_at(e.checked_sub(1)?)?;
    let mm = &r.mentions[m];
    if mm.end != e || mm.start < s || mm.kind == MentionKind::Date || mm.kind == MentionKind::Location {
        return None;
    }
    r.entity_of[m]
}

/// The speaker phrase that ends right before `end` (adverbs and auxiliaries skipped): its
/// token range, or `None` when what stands there is not a noun phrase.
fn speaker_before(a: &Analysis, r: &Resolved, end: usize, floor: usize) -> Option<(usize, usize)> {
    let mut e = end;
    while e > floor && (is_adverb(a.word(e - 1))) {
        e -= 1;
    }
    let mut s = e;
    while s > floor {
        let j = s - 1;
        if let Some(m) = r.mention_at(j) {
            let mm = &r.mentions[m];
            if mm.kind != MentionKind::Date && mm.start >= floor {
                s = mm.start;
                continue;
            }
        }
        let t = &a.tokens[j];
        let w = a.word(j);
        if is_mark(a, j) || stops_speaker(w) || t.kind == TokenKind::Number && !t.is(Flags::HAS_ALPHA) {
            break;
        }
        if e - s >= 12 {
            return None;
        }
        s = j;
    }
    // Leading date phrase or conjunction is not part of the speaker.
    (s < e).then_some((s, e))
}

/// Skips what may stand between a cue and its content: an explicit date ("on Friday"), an
/// addressee ("reporters", "the BBC"), "in a statement", then "that" and a colon. Returns the
/// content start.
fn content_start(a: &Analysis, r: &Resolved, after_cue: usize, limit: usize) -> usize {
    let mut k = after_cue;
    for _ in 0..8 {
        if k >= limit {
            break;
        }
        let w = a.word(k);
        if let Some(m) =
            r.mention_at(k).filter(|&m| r.mentions[m].kind == MentionKind::Date && r.mentions[m].start == k)
        {
            k = r.mentions[m].end;
            continue;
        }
        if matches!(w, "on" | "in" | "late" | "early")
            && r.mention_at(k + 1).is_some_and(|m| r.mentions[m].kind == MentionKind::Date)
        {
            k += 1;
            continue;
        }
        if w.eq_ignore_ascii_case("that") || w == ":" || w == "," {
            k += 1;
            if matches!(a.word(k), "that") {
                k += 1;
            }
            break;
        }
        break;
    }
    k
}

/// The end of a content that starts at `s`: the sentence end without its final punctuation
/// and closing quotes.
fn content_end(a: &Analysis, s: usize, limit: usize) -> usize {
    let mut e = limit;
    while e > s && is_mark(a, e - 1) {
        e -= 1;
    }
    e
}

/// "X said (that) C", "X has stated that C", "X told reporters: “Q”".
fn subject_cue_content(a: &Analysis, r: &Resolved, cue: (usize, usize)) -> Option<ClaimData> {
    let sent = a.sentence(a.sentence_of(cue.0));
    let mut cue_start = cue.0;
    if cue_start > sent.start && is_aux(a.word(cue_start - 1)) {
        cue_start -= 1;
    }
    let (ss, se) = speaker_before(a, r, cue_start, sent.start)?;
    // The speaker must be the clause's subject: it starts the sentence, or follows a comma,
    // "that" or an opening date phrase.
    let before = ss.checked_sub(1).filter(|&b| b >= sent.start);
    if let Some(b) = before {
        if !(matches!(a.word(b), "," | "that" | ":" | ";") || is_mark(a, b)) {
            return None;
        }
    }
    let cs = content_start(a, r, cue.1, sent.end);
    let quoted = a.tokens.get(cs).is_some_and(|t| t.kind == TokenKind::OpenQuote);
    let cs2 = if quoted { cs + 1 } else { cs };
    let ce = content_end(a, cs2, sent.end);
    if ce <= cs2 + 1 {
        return None;
    }
    let ent = speaker_entity(r, ss, se);
    Some(claim(Some((ss, se)), ent, (cue_start, cue.1), (cs2, ce), quoted))
}

/// "C, X said." and "“Q,” X said.": content before a comma, speaker then cue at the end.
fn content_comma_subject_cue(a: &Analysis, r: &Resolved, cue: (usize, usize)) -> Option<ClaimData> {
    let sent = a.sentence(a.sentence_of(cue.0));
    // After the cue: only a date and the end of the sentence (or a comma going on).
    let mut k = cue.1;
    if let Some(m) = r.mention_at(k).filter(|&m| r.mentions[m].kind == MentionKind::Date) {
        k = r.mentions[m].end;
    }
    if k < sent.end && !matches!(a.tokens[k].kind, TokenKind::Terminal | TokenKind::Punct | TokenKind::CloseQuote) {
        return None;
    }
    let (ss, se) = speaker_before(a, r, cue.0, sent.start)?;
    let mut b = ss.checked_sub(1)?;
    let quoted = a.tokens.get(b).is_some_and(|t| t.kind == TokenKind::CloseQuote);
    if quoted {
        b = b.checked_sub(1)?;
    }
    if !(a.word(b) == "," || quoted && matches!(a.tokens[b].kind, TokenKind::Terminal)) || b <= sent.start {
        return None;
    }
    let mut cs = sent.start;
    if a.tokens.get(cs).is_some_and(|t| t.kind == TokenKind::OpenQuote) {
        cs += 1;
    }
    let ce = b;
    if ce <= cs + 1 {
        return None;
    }
    let ent = speaker_entity(r, ss, se);
    Some(claim(Some((ss, se)), ent, cue, (cs, ce), quoted))
}

/// "C, said X.": content, comma, cue, then the speaker to the end of the sentence.
fn content_comma_cue_subject(a: &Analysis, r: &Resolved, cue: (usize, usize)) -> Option<ClaimData> {
    let sent = a.sentence(a.sentence_of(cue.0));
    let mut b = cue.0.checked_sub(1)?;
    let quoted = a.tokens.get(b).is_some_and(|t| t.kind == TokenKind::CloseQuote);
    if quoted {
        b = b.checked_sub(1)?;
    }
    if a.word(b) != "," || b <= sent.start {
        return None;
    }
    let se = content_end(a, cue.1, sent.end);
    if se <= cue.1 || se - cue.1 > 12 {
        return None;
    }
    // The speaker must hold a name or a noun: no "that" clause after the cue.
    if (cue.1..se).any(|j| stops_speaker(a.word(j))) {
        return None;
    }
    let mut cs = sent.start;
    if a.tokens.get(cs).is_some_and(|t| t.kind == TokenKind::OpenQuote) {
        cs += 1;
    }
    if b <= cs + 1 {
        return None;
    }
    let ent = speaker_entity(r, cue.1, se);
    Some(claim(Some((cue.1, se)), ent, cue, (cs, b), quoted))
}

/// "According to X, C" and "C, according to X.".
fn according_to(a: &Analysis, r: &Resolved, cue: (usize, usize)) -> Option<ClaimData> {
    let sent = a.sentence(a.sentence_of(cue.0));
    let mut e = cue.1;
    while e < sent.end && !is_mark(a, e) {
        e += 1;
    }
    if e == cue.1 {
        return None;
    }
    let speaker = (cue.1, e);
    let ent = speaker_entity(r, cue.1, e);
    if cue.0 == sent.start || cue.0 == sent.start + 1 && is_mark(a, sent.start) {
        // According to X, C.
        if a.word(e) != "," {
            return None;
        }
        let cs = e + 1;
        let ce = content_end(a, cs, sent.end);
        (ce > cs + 1).then(|| claim(Some(speaker), ent, cue, (cs, ce), false))
    } else {
        // C, according to X.
        let b = cue.0 - 1;
        if a.word(b) != "," {
            return None;
        }
        let cs = sent.start;
        (b > cs + 1).then(|| claim(Some(speaker), ent, cue, (cs, b), false))
    }
}

/// Marks claims whose cue lies inside another claim's content.
fn nest(claims: &mut [ClaimData]) {
    for i in 0..claims.len() {
        let cue = claims[i].cue;
        claims[i].within =
            (0..claims.len()).rev().find(|&j| j != i && claims[j].content.0 <= cue.0 && cue.1 <= claims[j].content.1);
    }
}

/// Dates each claim: explicit, context (paragraph frame or the same speaker's last dated
/// claim), else the document date.
fn date_claims(a: &Analysis, r: &Resolved, claims: &mut [ClaimData], doc_date: Option<&str>) {
    let date_value = |m: usize| match &r.mentions[m].info {
        Info::Date(t)
            if t.timex_type == crate::document::TimexType::Date
                && t.value.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            Some(t.value.clone())
        }
        _ => None,
    };
    for i in 0..claims.len() {
        let c = &claims[i];
        let sent = a.sentence(a.sentence_of(c.cue.0));
        // Explicit: a date between the speaker and the content, or right after a final cue.
        let lo = c.speaker.map_or(c.cue.0, |s| s.0.min(c.cue.0));
        let hi = if c.content.0 > c.cue.0 { c.content.0 } else { sent.end };
        let lo = if c.content.0 < c.cue.0 { c.content.1 } else { lo };
        let explicit = r
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == MentionKind::Date && m.start >= lo && m.end <= hi)
            .find_map(|(k, _)| date_value(k).map(|v| (v, Some(k))));
        if let Some((v, m)) = explicit {
            claims[i].date = Some((v, m, DateBasis::Explicit));
            continue;
        }
        // Context: the same speaker's previous dated claim.
        let same = claims[i].speaker_entity.and_then(|e| {
            claims[..i]
                .iter()
                .rev()
                .find(|p| p.speaker_entity == Some(e))
                .and_then(|p| p.date.clone())
                .filter(|d| d.2 != DateBasis::Document)
        });
        // Context: a date that frames the paragraph ("On 22 July, ...").
        let frame = paragraph_frame(a, r, claims[i].cue.0).and_then(|k| date_value(k).map(|v| (v, Some(k))));
        claims[i].date = if let Some((v, m)) = frame {
            Some((v, m, DateBasis::Context))
        } else if let Some((v, m, _)) = same {
            Some((v, m, DateBasis::Context))
        } else {
            doc_date.map(|d| (d.to_string(), None, DateBasis::Document))
        };
    }
}

/// A date mention that opens the paragraph holding token `i` ("On 22 July, X's lawyer ..."),
/// before `i`.
fn paragraph_frame(a: &Analysis, r: &Resolved, i: usize) -> Option<usize> {
    let mut s = a.sentence_of(i);
    loop {
        let first = a.sentence(s).start;
        if s == 0 || a.tokens.get(first).is_some_and(|t| t.is(Flags::PARAGRAPH_BEFORE)) {
            break;
        }
        s -= 1;
    }
    let first = a.sentence(s).start;
    let mut k = first;
    if matches!(a.word(k), "On" | "In" | "By" | "Last" | "Earlier") {
        k += 1;
    }
    let m = r.mention_at(k)?;
    let mm = &r.mentions[m];
    (mm.kind == MentionKind::Date && mm.start == k && a.word(mm.end) == "," && mm.end <= i).then_some(m)
}
