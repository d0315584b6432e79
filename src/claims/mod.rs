//! Claims: who said what, and when.
//!
//! - `cues`: the reporting words of the cue lexicon (speech and belief);
//! - `grammar`: the structures around a cue ("X said (that) C", "C, X said", "C, said X",
//!   "“Q,” X said", "“Q1,” X said, “Q2”", "According to X, C", "X's statement that C", ...);
//! - `speaker`: the speaker phrase and its entity (from [`resolve`](crate::resolve));
//! - `content`: the reported clause or quotation, with bounded quote pairing (running
//!   quotations over several paragraphs included);
//! - `dating`: explicit, context or document date.
//!
//! Nested attributions ("X noted that Y indicated ..., stressing that ...") are folded into the
//! outer claim: as in PolNeAR, each word belongs to at most one attribution, so a claim whose cue
//! lies inside another claim's content is not reported.

mod content;
mod cues;
mod dating;
mod grammar;
mod speaker;
mod words;

use crate::document::{CueType, DateBasis, MentionKind};
use crate::lexicon::WordSet;
use crate::resolve::Resolved;
use crate::text::{Analysis, Flags, TokenKind};

/// How many sentences back a pronoun speaker looks for the previous claim's speaker.
const PRONOUN_WINDOW: usize = 4;

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

impl ClaimData {
    /// An unquoted, undated claim of one part over the given token ranges; the speaker's entity
    /// is that of its phrase.
    pub fn new(
        a: &Analysis,
        r: &Resolved,
        speaker: Option<(usize, usize)>,
        cue: (usize, usize),
        cue_type: CueType,
        content: (usize, usize),
    ) -> ClaimData {
        ClaimData {
            speaker,
            speaker_entity: speaker.and_then(|s| speaker::entity(a, r, s)),
            cue,
            content,
            parts: None,
            date: None,
            quoted: false,
            cue_type,
            within: None,
        }
    }
}

/// Finds the claims of a document.
pub fn find(a: &Analysis, r: &Resolved, doc_date: Option<&str>) -> Vec<ClaimData> {
    let mut out: Vec<ClaimData> = Vec::new();
    // Participle claims inside a reported clause (see `nested_participle`).
    let mut nested: Vec<ClaimData> = Vec::new();
    let quoted = quoted_tokens(a);
    let mut i = 0;
    while i < a.tokens.len() {
        let in_quote = quoted.get(i).copied().unwrap_or(false);
        if let Some(c) = (!in_quote).then(|| grammar::source_frame(a, r, i)).flatten() {
            // ("In a poll **released** Monday, C": a cue word inside the source phrase is part of it.)
            i = c.speaker.map_or(i, |sp| sp.1).max(i + 1);
            push_outermost(a, r, &mut out, c, &mut nested);
            continue;
        }
        let Some(cue) = (!in_quote).then(|| cues::at(a, i)).flatten().filter(|_| !in_name(a, r, i)) else {
            i += 1;
            continue;
        };
        if let Some(c) = grammar::claim_at(a, r, &cue) {
            push_outermost(a, r, &mut out, c, &mut nested);
        }
        i = cue.end.max(i + 1);
    }
    drop_nested(&mut out);
    // "The minister denied reports that C": two cues reporting one clause make one claim, the
    // first ("denied"); the other ("reports") names what is reported.
    out.dedup_by(|c, prev| c.content == prev.content);
    fold_reporters_beliefs(a, r, &mut out);
    participle_speakers(a, &mut out);
    pronoun_speakers(a, r, &mut out);
    dating::date_claims(a, r, &mut out, doc_date);
    with_nested(a, r, out, nested, doc_date)
}

/// The claims with the nested participle claims put right after the claim that holds each
/// ("Muntasser noted that Haftar's lawyer indicated a firm desire ...**, stressing** that Haftar
/// intends ...": the lawyer stresses, inside what Muntasser noted). The speaker is the subject
/// of the reported statement the participle goes on with (see [`reporter`]); `within` points
/// at the holder.
fn with_nested(
    a: &Analysis,
    r: &Resolved,
    outer: Vec<ClaimData>,
    nested: Vec<ClaimData>,
    doc_date: Option<&str>,
) -> Vec<ClaimData> {
    if nested.is_empty() {
        return outer;
    }
    let mut inner = nested.into_iter().peekable();
    let mut all = Vec::with_capacity(outer.len() + inner.len());
    for o in outer {
        let holder = all.len();
        // (Nested claims whose holder gave way to a later claim are left out.)
        while inner.next_if(|c| c.cue.0 < o.cue.0).is_some() {}
        let held: Vec<ClaimData> = std::iter::from_fn(|| inner.next_if(|c| in_content(c.cue, &o))).collect();
        all.push(o);
        for mut c in held {
            let Some(subject) = all.get(holder).and_then(|h| reporter(a, r, h, c.cue.0)) else { continue };
            c.speaker = Some(subject);
            c.speaker_entity = speaker::entity(a, r, subject);
            dating::date_claims(a, r, std::slice::from_mut(&mut c), doc_date);
            c.within = Some(holder);
            all.push(c);
        }
    }
    all
}

/// "The Washington **Post**", "the Cook Political **Report**": a capitalized noun-like cue word
/// inside the name of an organization is part of the name (a verb form in a title-case headline
/// is not: "Trump **Says** ..."), and so is one that opens a name in running text.
fn in_name(a: &Analysis, r: &Resolved, i: usize) -> bool {
    let w = a.word(i);
    let verb_form = w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing");
    let capitalized = |k: usize| words::is_capitalized_word(a, k);
    // "defunding **Planned** Parenthood": a capitalized word between a lower-case word and a
    // capitalized one opens a name.
    let lower_before = i.checked_sub(1).is_some_and(|p| a.token_is(p, Flags::LOWER));
    let opens_name = capitalized(i) && lower_before && capitalized(i + 1);
    opens_name
        || capitalized(i)
            && !verb_form
            && words::mention_at(r, i).is_some_and(|(_, m)| m.kind == MentionKind::Organization && m.start < i)
}

/// Marks the tokens inside quotation marks: a cue word there ("“I think we will win,” she
/// said") belongs to the quotation, which is the claim. A paragraph break ends an unclosed
/// quotation.
fn quoted_tokens(a: &Analysis) -> Vec<bool> {
    let mut open = false;
    a.tokens
        .iter()
        .map(|t| {
            if t.is(Flags::PARAGRAPH_BEFORE) {
                open = false;
            }
            match t.kind {
                TokenKind::OpenQuote => open = true,
                TokenKind::CloseQuote => open = false,
                _ => return open,
            }
            false
        })
        .collect()
}

/// Adds `c` unless its cue lies inside the previous claim's content; claims whose cues lie
/// inside `c`'s content ("“I think ...,” he said") give way to it first, so a content that ends
/// right before its attribution wins over a cue word it holds. A claim that opens a clause of its
/// own inside the previous content ends that content instead (see [`split_before`]).
fn push_outermost(a: &Analysis, r: &Resolved, out: &mut Vec<ClaimData>, c: ClaimData, nested: &mut Vec<ClaimData>) {
    while out.last().is_some_and(|p| in_content(p.cue, &c)) {
        out.pop();
    }
    if let Some(prev) = out.last_mut().filter(|p| in_content(c.cue, p)) {
        if !split_before(a, r, prev, &c) {
            if nested_participle(a, prev, &c) {
                nested.push(c);
            }
            return;
        }
    }
    out.push(c);
}

/// "X noted that Y indicated D**, stressing that** E": a participle cue after a comma, with a
/// "that" clause of its own, inside a "that" clause reported by another claim (which keeps the
/// words). Whether the reported clause is itself a statement is `reporter`'s to say.
fn nested_participle(a: &Analysis, holder: &ClaimData, c: &ClaimData) -> bool {
    let that_before = |k: usize| k.checked_sub(1).is_some_and(|p| a.is_word(p, "that"));
    participle_after_comma(a, c)
        && that_before(c.content.0)
        && holder.cue.1 < holder.content.0
        && that_before(holder.content.0)
        && !holder.quoted
}

/// The subject of the reported clause in `holder`'s content when that clause is a statement
/// whose verb of saying comes right after its subject ("Haftar's lawyer **indicated**"), before
/// token `before`: the one who goes on with a participle ("..., stressing that"). None where the
/// clause reports no statement ("the team played well, adding ...": the holder's speaker adds)
/// or its subject is not at its start.
fn reporter(a: &Analysis, r: &Resolved, holder: &ClaimData, before: usize) -> Option<(usize, usize)> {
    let start = holder.content.0;
    let verb = (start..before)
        .filter_map(|k| cues::at(a, k))
        .find(|q| q.shape == cues::CueShape::Verb && q.cue_type == CueType::Speech)?;
    speaker::clause_subject(a, r, start, verb.start).filter(|&(s, e)| s == start && e == verb.start)
}

/// "Lee said turnout rose**, but** most voters **say** it fell", "Lee backed the plan**,
/// saying** it works", "Lee is staying **because** he **worries** ...": a claim whose subject
/// opens a clause after a comma or a conjunction inside the previous claim's reported clause (or
/// a participle clause after a comma) is an attribution of its own; the previous content ends
/// before that clause, as each word belongs to one attribution. Returns whether it split.
fn split_before(a: &Analysis, r: &Resolved, prev: &mut ClaimData, c: &ClaimData) -> bool {
    let (cs, ce) = prev.content;
    if prev.quoted || prev.parts.is_some() || cs < prev.cue.1 {
        return false;
    }
    // ("Lee read it as an admission that C**, seeing** D": a participle whose subject stands before
    // a previous noun cue goes on with the clause that holds the noun, not with its content,
    // unless that content reports a statement of its own: see `reporter`.)
    let noun_cue = cues::at(a, prev.cue.0).is_some_and(|q| q.shape == cues::CueShape::Noun);
    let outer_subject = noun_cue
        && c.speaker.is_some_and(|(_, e)| e <= prev.cue.0)
        && participle_after_comma(a, c)
        && reporter(a, r, prev, c.cue.0).is_none();
    let participle = (c.speaker.is_none() || outer_subject) && ing_cue(a, c);
    // ("Lee rejected the idea that C **and said** D": a verb that shares the subject before the
    // content opens the second of two coordinated reports.)
    // ("X said C **— asserting that** D": a participle after a dash goes on with the same speaker.)
    let dash_participle =
        ing_cue(a, c) && c.cue.0.checked_sub(1).is_some_and(|p| words::kind_is(a, p, TokenKind::Dash));
    let coordinated = dash_participle || c.cue.0.checked_sub(1).is_some_and(|p| matches!(a.lower(p), "and" | "but"));
    let shared = coordinated
        && reports_clause(a, c)
        && c.speaker.is_some_and(|(_, e)| e <= prev.cue.0)
        && c.speaker == prev.speaker;
    let relative = relative_report(a, c).or_else(|| relative_subject(a, c));
    let own = match (c.speaker, relative) {
        _ if shared => c.cue.0,
        (_, Some(r)) => r,
        _ if participle => c.cue.0,
        (Some((s, _)), _) if opens_own_clause(a, s, c) && !is_relative_word(a.word(s)) => s,
        _ => return false,
    };
    let own = speaker::approximation_start(a, own);
    if own <= cs || ce < c.cue.1 {
        return false;
    }
    // ("said after the vote**,** he felt ...": the subject after an opening phrase is the reported
    // clause's own.)
    if own.checked_sub(1).is_some_and(|p| a.is_word(p, ",") && content::fronted_adverbial(a, cs, p)) {
        return false;
    }
    // Back over the marks and connectives that open the inner clause.
    let mut b = own;
    let mut opened = false;
    let cue = cues::at(a, c.cue.0);
    while b > cs {
        let w = a.lower(b - 1);
        let mark = matches!(w, "," | ";" | ":") || words::kind_is(a, b - 1, TokenKind::Dash);
        // ("C, but **ultimately** Lee thinks D": an adverb between the connective and the subject.)
        let adverb = !participle && b == own && (words::is_adverb(w) || words::is_ly_adverb(a, b - 1));
        if b == own && with_saying(a, c, cue, b - 1) {
            opened = true;
            b -= 1;
            continue;
        }
        if !(mark || adverb || !participle && is_clause_connective(w)) {
            break;
        }
        opened |= mark || shared || and_report(a, c, cue, b - 1) || !adverb && w != "and" && w != "or";
        b -= 1;
    }
    opened |= relative.is_some();
    let end = content::trim_marks(a, cs, b);
    if !opened || !words::has_word(a, cs, end) {
        return false;
    }
    prev.content.1 = end;
    true
}

/// "C, **with** three in 10 **saying** D": a subject with its participle of saying after "with"
/// at `w` (not "with a secondary **listing** in London"); `cue` is the claim's cue.
fn with_saying(a: &Analysis, c: &ClaimData, cue: Option<cues::Cue>, w: usize) -> bool {
    a.is_word(w, "with") && c.speaker.is_some() && cue.is_some_and(|q| q.quotative && q.is_ing(a))
}

/// "C **and** others have said D", "McCain backed it **and** Cruz opposed it": an "and" at `k`
/// before a report of saying or a finite cue verb with a subject of its own (but "Mills **and**
/// Lee told", "she **and** her aides doubted" coordinate one subject); `cue` is the claim's cue.
fn and_report(a: &Analysis, c: &ClaimData, cue: Option<cues::Cue>, k: usize) -> bool {
    let lower_before =
        || k.checked_sub(1).is_some_and(|p| a.token_is(p, Flags::LOWER) && !words::is_subject_pronoun(a.word(p)));
    let finite = || cue.is_some_and(|q| q.is_finite_verb(a));
    a.is_word(k, "and") && c.speaker.is_some() && lower_before() && (reports_clause(a, c) || finite())
}

/// "**the union** says", "**as polls** show C", "**critics** argue", "**one in four** said": a
/// word that opens the subject of a clause of its own (or a share of people); any subject counts
/// after "as", "because" or "although" when the content follows the cue (not "..., as critics
/// claim, but C").
fn opens_own_clause(a: &Analysis, s: usize, c: &ClaimData) -> bool {
    let subordinate =
        s.checked_sub(1).is_some_and(|p| words::is_contrast_subordinator(a.lower(p)) || a.lower(p) == "as");
    let content_follows =
        c.content.0 >= c.cue.1 && c.content.0 <= c.cue.1 + 1 && !is_clause_connective(a.lower(c.content.0));
    let share = c.speaker.is_some_and(|(_, e)| e > s && words::is_share(a, e - 1));
    speaker::is_subject_word(a, s) || words::is_group_noun(a.lower(s)) || share || subordinate && content_follows
}

/// "farmers **who say** the levy is unfair", "unions, **which said** C": a relative clause whose
/// verb is one of saying reports on its own, whatever the content around it holds. Returns the
/// relative word.
fn relative_report(a: &Analysis, c: &ClaimData) -> Option<usize> {
    let (s, e) = c.speaker?;
    let relative = e == s + 1 && matches!(a.lower(s), "who" | "which");
    (relative && reports_clause(a, c)).then_some(s)
}

/// "a strike **that** executives **said could** last", "the memo, **which** officials **said was**
/// drafted", "a finish **that** he **said defied** hopes": a relative clause whose subject reports
/// the clause the relative word opens (its verb right after the cue). Returns the relative word.
fn relative_subject(a: &Analysis, c: &ClaimData) -> Option<usize> {
    let r = c.speaker?.0.checked_sub(1)?;
    let relative = matches!(a.lower(r), "that" | "which") && (c.content.0 == r || c.content.0 == c.cue.1);
    let gap = words::is_aux(a.lower(c.cue.1)) || a.lower(c.cue.1).ends_with("ed");
    (relative && gap && reports_clause(a, c)).then_some(r)
}

/// "**said** turnout rose", "**warned that** prices would rise": a claim whose verb is one of
/// saying or whose content is a "that" clause (not "filed and **accepted** on this basis").
fn reports_clause(a: &Analysis, c: &ClaimData) -> bool {
    static SAY: WordSet = WordSet::new(&["said", "says", "say", "told", "tells", "added", "adds"]);
    let that = c.content.0.checked_sub(1).is_some_and(|k| k >= c.cue.1 && a.is_word(k, "that"));
    that || c.cue.1.checked_sub(1).is_some_and(|k| SAY.contains(a.lower(k)))
}

/// "but", "while", "because": words that open a clause coordinated with or subordinate to a
/// reported clause.
fn is_clause_connective(w: &str) -> bool {
    static C: WordSet =
        WordSet::new(&["but", "and", "or", "after", "before", "since", "when", "as", "yet", "so", "even"]);
    C.contains(w) || words::is_contrast_subordinator(w)
}

/// "who", "which", "that": a relative pronoun (a relative clause modifies a noun of the content).
fn is_relative_word(w: &str) -> bool {
    words::is_relative_pronoun(w) || w.eq_ignore_ascii_case("whose")
}

/// True when range `x` lies inside range `y`.
fn inside(x: (usize, usize), y: (usize, usize)) -> bool {
    y.0 <= x.0 && x.1 <= y.1
}

/// True when range `x` lies inside the content of `c`: inside one of its parts when the content
/// is interrupted ("“Q1,” she said, **referring to** the plan. “Q2.”": the cue between the parts
/// is not nested).
fn in_content(x: (usize, usize), c: &ClaimData) -> bool {
    match &c.parts {
        Some(parts) => parts.iter().any(|&p| inside(x, p)),
        None => inside(x, c.content),
    }
}

/// "saying", "urging": the claim's cue opens with an -ing form (not "is urging", which opens with
/// its auxiliary).
fn ing_cue(a: &Analysis, c: &ClaimData) -> bool {
    words::is_ing_form(a.word(c.cue.0))
}

/// ", **urging** ...", ", **stressing** that": the claim's cue is a participle after a comma.
fn participle_after_comma(a: &Analysis, c: &ClaimData) -> bool {
    ing_cue(a, c) && c.cue.0.checked_sub(1).is_some_and(|p| words::is_comma(a, p))
}

/// Removes claims nested in another claim's content (the outer claim keeps the words).
fn drop_nested(claims: &mut Vec<ClaimData>) {
    let mut keep = vec![true; claims.len()];
    for (i, c) in claims.iter().enumerate() {
        // Neighbours only: nesting spans at most a few claims, which keeps this linear.
        let lo = i.saturating_sub(3);
        let nested = claims
            .iter()
            .enumerate()
            .skip(lo)
            .take(i + 4 - lo)
            .any(|(j, o)| j != i && keep.get(j).copied().unwrap_or(false) && in_content(c.cue, o));
        if let Some(k) = keep.get_mut(i).filter(|_| nested) {
            *k = false;
        }
    }
    let mut k = keep.iter();
    claims.retain(|_| k.next().copied().unwrap_or(true));
}

/// "Lee said turnout rose **and she feels** it will hold", "Lee says the road is long **but he
/// is confident** that ...": a belief whose subject is a pronoun that refers back to the one who
/// reports the clause right before it is that speaker's own stance, part of the report (as in
/// PolNeAR, one attribution): the report's content runs on over it.
fn fold_reporters_beliefs(a: &Analysis, r: &Resolved, claims: &mut Vec<ClaimData>) {
    let mut keep = vec![true; claims.len()];
    for i in 1..claims.len() {
        let (Some(prev), Some(c)) = (claims.get(i - 1), claims.get(i)) else { continue };
        let held = keep.get(i - 1).copied().unwrap_or(false);
        if held && reporters_belief(a, r, prev, c) {
            let end = c.content.1;
            if let Some(p) = claims.get_mut(i - 1) {
                p.content.1 = end;
            }
            if let Some(k) = keep.get_mut(i) {
                *k = false;
            }
        }
    }
    let mut k = keep.iter();
    claims.retain(|_| k.next().copied().unwrap_or(true));
}

/// True when `c` is a belief of the speaker of `prev` that goes on with `prev`'s reported clause
/// (see [`fold_reporters_beliefs`]): `prev` a speech, `c` a belief in the same sentence after only
/// marks and "and", "but", "because" or "so", its subject a pronoun of the same entity or of a
/// fitting gender.
fn reporters_belief(a: &Analysis, r: &Resolved, prev: &ClaimData, c: &ClaimData) -> bool {
    let Some((s, e)) = c.speaker.filter(|&(s, e)| e == s + 1 && words::is_subject_pronoun(a.word(s))) else {
        return false;
    };
    let Some(pe) = prev.speaker_entity else { return false };
    let same = c.speaker_entity == Some(pe)
        || speaker::pronoun_gender(a.word(s)).is_some_and(|g| speaker::gender_fits(r, pe, g));
    let (cs, ce) = prev.content;
    let reported = !prev.quoted && prev.parts.is_none() && cs >= prev.cue.1 && ce <= s;
    // ("backs Lee **because he** worries", "spoke **as he** accepted": a stance or an event held
    // apart, not a report going on.)
    let joined = (ce..s).all(|k| words::is_mark(a, k) || matches!(a.lower(k), "and" | "but" | "because" | "so"));
    let one_sentence = a.sentence_of(prev.cue.0) == a.sentence_of(c.cue.0);
    let types = prev.cue_type == CueType::Speech && c.cue_type == CueType::Belief;
    types && e <= c.cue.0 && same && reported && joined && one_sentence
}

/// Calls `f` with each claim but the first and the claim before it.
fn with_previous(claims: &mut [ClaimData], mut f: impl FnMut(&ClaimData, &mut ClaimData)) {
    for i in 1..claims.len() {
        let (before, rest) = claims.split_at_mut(i);
        if let (Some(prev), Some(c)) = (before.last(), rest.first_mut()) {
            f(prev, c);
        }
    }
}

/// "“Q,” X said in a statement, **calling on** Congress to act": a participle cue without
/// speaker (or whose subject holds the previous cue: "“Q,” X said, adding ...") that follows a
/// comma shares the speaker of the claim before it in the sentence.
fn participle_speakers(a: &Analysis, claims: &mut [ClaimData]) {
    with_previous(claims, |prev, c| {
        let participle = participle_after_comma(a, c);
        // A subject found before the participle that holds the previous cue is no speaker, nor
        // one inside a content that comes before its cue ("C, X said, adding").
        let in_prior_content = |sp| prev.content.1 <= prev.cue.0 && inside(sp, prev.content);
        let own = c.speaker.is_some_and(|sp| !inside(prev.cue, sp) && !in_prior_content(sp));
        if !own && participle && a.sentence_of(prev.cue.0) == a.sentence_of(c.cue.0) {
            c.speaker = prev.speaker;
            c.speaker_entity = prev.speaker_entity;
        }
    });
}

/// "He also stated": a pronoun speaker takes the previous claim's speaker when that is a person
/// of a fitting gender a few sentences back; else the linking's antecedent stays.
fn pronoun_speakers(a: &Analysis, r: &Resolved, claims: &mut [ClaimData]) {
    with_previous(claims, |prev, c| {
        let Some((s, e)) = c.speaker else { return };
        let Some(g) = (e == s + 1).then(|| speaker::pronoun_gender(a.word(s))).flatten() else { return };
        let near = a.sentence_of(s).saturating_sub(a.sentence_of(prev.cue.0)) <= PRONOUN_WINDOW;
        if let Some(pe) = prev.speaker_entity.filter(|&pe| near && speaker::gender_fits(r, pe, g)) {
            c.speaker_entity = Some(pe);
        }
    });
}
