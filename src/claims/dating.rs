//! The date of a claim: explicit (attached to the cue), context (the paragraph's framing date,
//! the same speaker's previous claim), else the document date. A date inside the content is
//! what was said, not when.

use super::words::mention_starting;
use super::ClaimData;
use crate::document::{DateBasis, MentionKind, TimexType};
use crate::recognize::Info;
use crate::resolve::Resolved;
use crate::text::{Analysis, Flags};

/// How many claims back the same speaker's previous claim is looked for.
const MAX_SAME_SPEAKER: usize = 16;
/// How many tokens after a final cue a date is looked for.
const MAX_DATE_REACH: usize = 40;

/// How many sentences back a paragraph frame is looked for.
const MAX_FRAME_SENTENCES: usize = 12;

/// Dates each claim.
pub fn date_claims(a: &Analysis, r: &Resolved, claims: &mut [ClaimData], doc_date: Option<&str>) {
    for i in 0..claims.len() {
        let (prev, rest) = claims.split_at_mut(i);
        let Some(c) = rest.first_mut() else { break };
        c.date = explicit(a, r, c)
            .map(|(v, m)| (v, Some(m), DateBasis::Explicit))
            .or_else(|| {
                // (A frame inside the content is what was said: "On Tuesday, the council voted, Lee said".)
                let outside =
                    |m: &usize| r.mentions.get(*m).is_some_and(|mm| mm.end <= c.content.0 || mm.start >= c.content.1);
                let frame = opening_date(a, r, c).or_else(|| paragraph_frame(a, r, c.cue.0)).filter(outside);
                frame.and_then(|m| date_value(r, m).map(|v| (v, Some(m), DateBasis::Context)))
            })
            .or_else(|| same_speaker(prev, c.speaker_entity))
            .or_else(|| doc_date.map(|d| (d.to_string(), None, DateBasis::Document)));
    }
}

/// A calendar value of a date mention (`2022-07-29`, or `XXXX-WXX-5` for "Friday" without a
/// document date; not `PRESENT_REF` or a duration).
fn date_value(r: &Resolved, m: usize) -> Option<String> {
    match &r.mentions.get(m)?.info {
        Info::Date(t)
            if t.timex_type == TimexType::Date && t.value.starts_with(|c: char| c.is_ascii_digit() || c == 'X') =>
        {
            Some(t.value.clone())
        }
        _ => None,
    }
}

/// "**However, on Monday** Lee named ...", "**On Friday**, the minister said": a date phrase that
/// opens the sentence (after a connective) and ends right before the speaker, whose cue is
/// followed by its content, frames the claim (in "On Monday, the council voted, Lee said" the
/// date is the vote's).
fn opening_date(a: &Analysis, r: &Resolved, c: &ClaimData) -> Option<usize> {
    let (ss, _) = c.speaker.filter(|s| s.1 <= c.cue.0 && c.content.0 >= c.cue.1)?;
    let mut k = a.sentence(a.sentence_of(c.cue.0)).start;
    while k < ss && (super::words::opens_with_conjunction(a.word(k)) || super::words::is_mark(a, k)) {
        k += 1;
    }
    if matches!(a.lower(k), "on" | "in" | "by" | "late" | "early" | "earlier" | "later") {
        k += 1;
    }
    let (m, mm) = mention_starting(r, k)?;
    let end = if a.word(mm.end) == "," { mm.end + 1 } else { mm.end };
    (mm.kind == MentionKind::Date && end == ss).then_some(m)
}

/// "announced **on Friday** that", "“Q,” she said **Tuesday**": a date between the end of the
/// speaker and the content, or after a final cue.
fn explicit(a: &Analysis, r: &Resolved, c: &ClaimData) -> Option<(String, usize)> {
    let sent = a.sentence(a.sentence_of(c.cue.0));
    let (lo, hi) = if c.content.0 >= c.cue.1 {
        // ("Ann Lee, who has led the clinic since 2010, said": a date inside the speaker's
        // apposition is not the claim's.)
        (c.speaker.filter(|s| s.1 <= c.cue.0).map_or(c.cue.0, |s| s.1), c.content.0)
    } else {
        (c.content.1, sent.end.min(c.cue.1 + MAX_DATE_REACH))
    };
    // "“A,” she said on Tuesday, “B.”": between the parts.
    let (lo, hi) = match c.parts.as_deref() {
        Some([p0, p1, ..]) => (p0.1, p1.0),
        _ => (lo, hi),
    };
    (lo..hi).find_map(|k| {
        let (m, mm) = mention_starting(r, k)?;
        (mm.kind == MentionKind::Date && mm.end <= hi).then(|| date_value(r, m).map(|v| (v, m)))?
    })
}

/// The same speaker's previous claim's date, if it had evidence.
fn same_speaker(prev: &[ClaimData], e: Option<usize>) -> Option<(String, Option<usize>, DateBasis)> {
    let e = e?;
    let p = prev.iter().rev().take(MAX_SAME_SPEAKER).find(|p| p.speaker_entity == Some(e))?;
    let (v, m, b) = p.date.clone()?;
    (b != DateBasis::Document).then_some((v, m, DateBasis::Context))
}

/// A date mention that opens the paragraph holding token `i` ("On 22 July, X's lawyer ..."),
/// before `i`.
fn paragraph_frame(a: &Analysis, r: &Resolved, i: usize) -> Option<usize> {
    let mut s = a.sentence_of(i);
    for _ in 0..MAX_FRAME_SENTENCES {
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
    let (m, mm) = mention_starting(r, k)?;
    (mm.kind == MentionKind::Date && a.word(mm.end) == "," && mm.end <= i).then_some(m)
}
