//! Content: the reported clause or the quotation, and the quote pairing it needs.

use super::cues::{self, Cue, CueShape};
use super::words::{
    date_starting, is_adverb, is_aux, is_content_noun, is_ly_adverb, is_mark, is_participle_word, is_subject_pronoun,
    kind_is, mention_starting, stops_speaker,
};
use crate::resolve::Resolved;
use crate::text::{Analysis, Flags, Token, TokenKind};

/// How far (in tokens) a quotation is followed to find its other mark.
const MAX_QUOTE: usize = 600;
/// The longest reported clause, in tokens (keeps run-on text linear).
pub const MAX_CLAUSE: usize = 250;
/// How many things may stand between a cue and its content.
const MAX_SKIPS: usize = 8;

/// Skips what may stand between a cue and its content: an explicit date ("on Friday"), an
/// addressee ("reporters", "CNN", "him"), a frame ("in a statement"), then "that" and a colon.
/// Returns the content start.
pub fn start_after(a: &Analysis, r: &Resolved, cue: &Cue, limit: usize) -> usize {
    let mut k = cue.end;
    for _ in 0..MAX_SKIPS {
        if k >= limit {
            break;
        }
        let w = a.word(k);
        if let Some(e) = date_phrase_end(a, r, k) {
            k = e;
        } else if let Some(e) = cues::frame_end(a, k) {
            k = e;
        } else if matches!(w, ":" | ",") {
            k += 1;
        } else if w.eq_ignore_ascii_case("that") {
            // "says **that's** the point": a demonstrative with its verb opens the content.
            let contracted = matches!(a.word(k + 1), "’s" | "'s");
            // ("said that, after the vote, C": the comma opens an aside inside the content.)
            if a.is_word(k + 1, ",") {
                k += 1;
                continue;
            }
            return if contracted { k } else { k + 1 };
        } else if let Some(e) = addressee_end(a, r, cue, k) {
            if !a.word(e).eq_ignore_ascii_case("that") && !matches!(a.word(e), ":" | ",") {
                break;
            }
            k = e;
        } else {
            break;
        }
    }
    k
}

/// How many tokens an addressee may take ("told **a town hall in Salem on Monday** that").
const MAX_ADDRESSEE: usize = 20;

/// "told **the crowd** that C", "tells **the crowd** he was", "asked **the students** if C", "told
/// **the paper**: “Q”": after a verb that takes an addressee, the content starts after the object
/// phrase, at the word that opens the content (but "urged the city to act" reports "the city to
/// act": the object is the subject of the infinitive).
pub fn after_addressee(a: &Analysis, k: usize, limit: usize) -> Option<usize> {
    let end = limit.min(k + MAX_ADDRESSEE);
    for j in k..end {
        let w = a.word(j);
        let lw = a.lower(j);
        // ("told Reuters **there** had been sales": an expletive subject opens the clause too.)
        if j > k && (matches!(lw, "if" | "whether" | "there") || is_subject_pronoun(w) || opens_quote(a, j)) {
            return Some(j);
        }
        if j > k && (lw == "that" || w == ":") {
            return Some(j + 1);
        }
        let bracket = kind_is(a, j, TokenKind::OpenBracket) || kind_is(a, j, TokenKind::CloseBracket);
        let inner = a.tokens.get(j).is_some_and(|t| t.is_wordlike()) || bracket || matches!(w, "," | "." | "’s" | "'s");
        let stop = stops_speaker(w) && !matches!(lw, "in" | "on" | "at" | "of" | "for" | "from" | "and");
        // A cue word in a name ("the National **Post**") is part of the addressee.
        let capitalized = a.token_is(j, Flags::CAPITALIZED);
        if !inner || stop || !capitalized && cues::at(a, j).is_some_and(|c| c.shape != CueShape::Frame) {
            return None;
        }
    }
    None
}

/// "on Friday", "Tuesday", "in July": the end of a date phrase starting at `k`.
pub fn date_phrase_end(a: &Analysis, r: &Resolved, k: usize) -> Option<usize> {
    let date_end = |i: usize| date_starting(r, i).map(|mm| mm.end);
    if let Some(e) = date_end(k) {
        return Some(e);
    }
    let prep = matches!(a.lower(k), "on" | "in" | "late" | "early" | "last" | "this");
    date_end(k + 1).filter(|_| prep)
}

/// "reporters", "CNN", "him", "the BBC": an addressee after "told"; its end.
fn addressee_end(a: &Analysis, r: &Resolved, cue: &Cue, k: usize) -> Option<usize> {
    if let Some((_, mm)) = mention_starting(r, k) {
        return Some(mm.end);
    }
    let w = a.lower(k);
    if matches!(w, "him" | "her" | "them" | "us" | "me" | "reporters" | "journalists") {
        return Some(k + 1);
    }
    short_object_before_that(a, k).filter(|&that| cue.addressee || takes_that_clause(a, that))
}

/// "told **the crowd** that", "denied **reports** that": an object before "that" is the one
/// spoken to (after a verb that takes an addressee) or a noun whose content the "that" clause
/// gives; after other verbs the "that" opens a relative clause ("defended **a plan that**
/// engineers drew up").
fn takes_that_clause(a: &Analysis, that: usize) -> bool {
    // ("said **only** that C": an adverb, not an object.)
    let adverb = |k: usize| is_adverb(a.word(k)) || is_ly_adverb(a, k) || a.lower(k) == "only";
    that.checked_sub(1).is_some_and(|head| is_content_noun(a.word(head)) || adverb(head))
}

/// "told **the crowd** that", "warned **voters** that": a short noun phrase (up to three words)
/// before "that"; its end (not a subject with a verb of its own: "released Monday, **the council
/// warned** that"; nor a participle or a stance: "remember **feeling** that", "feels **confident**
/// that"; but "denied **claims** that", "denied published **reports** that" have a noun).
fn short_object_before_that(a: &Analysis, k: usize) -> Option<usize> {
    let that = (k + 1..k + 4).find(|&j| a.word(j).eq_ignore_ascii_case("that"))?;
    let plain = (k..that).all(|j| a.tokens.get(j).is_some_and(|t| t.is_wordlike()) && !stops_speaker(a.word(j)));
    // ("denied **published reports** that": a participle before the noun.)
    let after_ed = |j: usize| j.checked_sub(1).is_some_and(|p| super::grammar::modifies_plural(a, p, j));
    let verb = |j: usize| {
        let finite = j > k && !after_ed(j);
        cues::at(a, j).is_some_and(|c| c.shape == CueShape::Verb && (finite || c.is_ing(a) || c.stance))
    };
    (plain && !(k..that).any(verb)).then_some(that)
}

/// The end of a reported clause starting at `s`: the sentence end, or the comma before a
/// "according to" ("C, according to X" → C); final marks trimmed.
pub fn clause_end(a: &Analysis, s: usize, limit: usize) -> usize {
    let limit = limit.min(s + MAX_CLAUSE);
    let mut e = limit;
    let mut opened = false;
    let after_that = after_that(a, s);
    for k in s..limit {
        if kind_is(a, k, TokenKind::OpenQuote) {
            opened = true;
        }
        // "“I think C,” she said": a cue inside a quotation ends with it; "X praised it: “Q,” she
        // said": a quotation with its own attribution ends the clause.
        if kind_is(a, k, TokenKind::CloseQuote) && (!std::mem::take(&mut opened) || attribution_at(a, k + 1)) {
            e = k;
            break;
        }
        // "explained that the court ordered C and declared D": the reported clause has its own
        // subject, which the second verb shares.
        // ("said after the vote**,** the city would ...": the comma closes an opening phrase.)
        let phrase_comma = a.is_word(k, ",") && fronted_adverbial(a, s, k);
        let boundary = || next_clause(a, s, k, limit) || frame_at(a, k) || reporting_clause(a, k);
        if !after_that && coordinated_cue(a, k) || !opened && k > s && !phrase_comma && boundary() {
            e = k;
            break;
        }
        if !opened && k > s && inner_sentence_end(a, k) {
            e = k;
            break;
        }
        if !a.is_word(k, ",") {
            continue;
        }
        if let Some(c) = cues::at(a, k + 1) {
            // "C, according to X" · "X praised Y, saying C": the next attribution starts (but a
            // "that" clause keeps its participle: "X noted that C, stressing that D").
            let participle = c.shape == CueShape::Verb && c.is_ing(a) && !after_that;
            if c.shape == CueShape::AccordingTo || participle || main_verb(a, &c) {
                e = k;
                break;
            }
        }
    }
    trim_marks(a, s, e)
}

/// "(Neither company would comment on the reports**. Tom** Baker, a spokesman, declined ...)": a
/// full stop before a capitalized word ends a sentence inside brackets, which the sentence
/// splitter keeps whole.
fn inner_sentence_end(a: &Analysis, k: usize) -> bool {
    let stop = kind_is(a, k, TokenKind::Terminal) && a.word(k) == ".";
    stop && super::words::is_capitalized_word(a, k + 1) && in_brackets(a, k)
}

/// True when an opening bracket a few tokens before `k` is still open at `k`.
fn in_brackets(a: &Analysis, k: usize) -> bool {
    let lo = k.saturating_sub(MAX_CLAUSE);
    let open = (lo..k).rev().find(|&j| kind_is(a, j, TokenKind::OpenBracket) || kind_is(a, j, TokenKind::CloseBracket));
    open.is_some_and(|j| kind_is(a, j, TokenKind::OpenBracket))
}

/// "One pastor supporting Mr. Cruz, Ann Lee of Marion**, said** he had ...", "Kasich, who has
/// refused to endorse Trump**, said** ...": a finite verb of saying after a comma is the main verb
/// of the sentence, whose subject ends the clause of a cue inside it (but "the plan, **announced
/// by** the mayor" is a participle).
fn main_verb(a: &Analysis, c: &cues::Cue) -> bool {
    // (", **proposed that** ...": any finite cue verb with its "that".)
    let that = a.word(c.end).eq_ignore_ascii_case("that");
    (c.quotative || that) && c.inflected && c.start == c.word && !c.is_ing(a) && !a.is_word(c.end, "by")
}

/// How many words a speaker may take before its cue after a quotation ("”, the state's top
/// lawyer said").
const MAX_QUOTE_SPEAKER: usize = 6;

/// ", she said", " Trump said", ", said the mayor": an attribution starting at `k` (after a
/// closing quote): a few words, then a cue verb.
fn attribution_at(a: &Analysis, k: usize) -> bool {
    let k = if a.is_word(k, ",") { k + 1 } else { k };
    for j in k..k + MAX_QUOTE_SPEAKER {
        if cues::at(a, j).is_some_and(|c| c.shape == CueShape::Verb) {
            return true;
        }
        if !a.tokens.get(j).is_some_and(|t| t.is_wordlike()) {
            return false;
        }
    }
    false
}

/// "C**, in an interview** with CNN", "C **in a tweet**": a frame of the report after the content
/// (a comma before it may stand).
fn frame_at(a: &Analysis, k: usize) -> bool {
    let j = if a.is_word(k, ",") { k + 1 } else { k };
    cues::frame_end(a, j).is_some()
}

/// How many tokens a reported clause has before an apposition may end it.
const MIN_BEFORE_APPOSITION: usize = 3;

/// True when a comma follows token `j` before `limit`.
fn more_commas(a: &Analysis, j: usize, limit: usize) -> bool {
    (j..limit).any(|k| a.is_word(k, ","))
}

/// True when the content starting at `s` follows a "that" ("said **that** C").
fn after_that(a: &Analysis, s: usize) -> bool {
    s.checked_sub(1).is_some_and(|p| a.word(p).eq_ignore_ascii_case("that"))
}

/// True when a new clause, not part of the reported one, starts at token `k` (a comma or a
/// conjunction) of a content starting at `s`.
fn next_clause(a: &Analysis, s: usize, k: usize, limit: usize) -> bool {
    // A comma inside a closing quote counts: "called it “insanity,” and Sanders agreed".
    let quoted_comma = kind_is(a, k, TokenKind::CloseQuote) && k.checked_sub(1).is_some_and(|p| a.is_word(p, ","));
    let comma = a.is_word(k, ",") || quoted_comma;
    let j = if comma { k + 1 } else { k };
    // "C — a controversial proposal he has raised": an apposition after a dash.
    if kind_is(a, k, TokenKind::Dash) {
        return ["a", "an"].iter().any(|d| d.eq_ignore_ascii_case(a.word(k + 1)));
    }
    let w = a.lower(j);
    // Without a comma only "even" and "but" open a new clause (the common case, tested first).
    if !comma && w != "even" && w != "but" {
        return false;
    }
    match w {
        // "said C, which votes in March", "C in Ohio, where D": a relative clause on the content's
        // last noun (a "that" clause keeps it: "said that C, which D").
        "which" | "who" | "whom" | "whose" | "where" => comma && !after_that(a, s),
        // "C about Elizabeth Holmes, the founder of Theranos", "C, the man ended up ...": an
        // apposition or a new clause that runs to the end of the sentence.
        "the" | "a" | "an" => comma && k >= s + MIN_BEFORE_APPOSITION && !more_commas(a, j, limit),
        // "C, while D", "C, though D", "C, whereas D": a contrasting clause (without a comma,
        // "while" is mostly "during": "register voters while the caucus is under way").
        // ("C, despite D": a concession of the writer.)
        "while" | "whereas" | "although" | "though" | "despite" => comma,
        // "C, even as D", "C even though D".
        "even" => ["as", "though"].iter().any(|x| x.eq_ignore_ascii_case(a.word(j + 1))),
        // "C, but Cook did not say", "C but have not acted".
        // ("C, but that D" and "C but not D" go on reporting.)
        "but" => {
            let next = a.word(j + 1);
            let goes_on = next.eq_ignore_ascii_case("that") || next.eq_ignore_ascii_case("not");
            !goes_on && opens_clause_after_conjunction(a, j + 1)
        }
        // "C, and voters greeted him": a second clause (not the last item of a list "A, B, and C").
        // ("C, and that D" goes on reporting; so does a verb phrase "C, and would not D".)
        "and" => {
            let next = a.word(j + 1);
            let goes_on = next.eq_ignore_ascii_case("that") || is_aux(next);
            comma && !goes_on && !(s..k).any(|i| a.is_word(i, ",")) && opens_clause_after_conjunction(a, j + 1)
        }
        _ => false,
    }
}

/// The longest phrase that may open a reported clause before its subject, in tokens.
const MAX_FRONTED: usize = 10;

/// "said (that) **after the vote,** the city would ...", "said that **over the past two weeks,**
/// while ...": a prepositional phrase without a verb opens the content, and the comma after it
/// closes the phrase, not the clause.
pub fn fronted_adverbial(a: &Analysis, s: usize, k: usize) -> bool {
    const OPENERS: &[&str] = &[
        "after",
        "before",
        "during",
        "since",
        "over",
        "in",
        "on",
        "at",
        "for",
        "with",
        "without",
        "despite",
        "amid",
        "among",
        "under",
        "until",
        "unlike",
        "like",
        "following",
        "within",
        "throughout",
    ];
    let opens = OPENERS.iter().any(|p| a.lower(s) == *p);
    // ("after **being** “tortured”", "after **meeting** the mayor": a gerund stays in the phrase.)
    let gerund = |i: usize| a.lower(i).ends_with("ing");
    let verb = |i: usize| {
        let w = a.word(i);
        !gerund(i) && (is_aux(w) || cues::at(a, i).is_some()) || is_subject_pronoun(w)
    };
    let quote = |t: &Token| matches!(t.kind, TokenKind::OpenQuote | TokenKind::CloseQuote);
    let plain =
        |i: usize| a.tokens.get(i).is_some_and(|t| t.is_wordlike() || t.kind == TokenKind::Possessive || quote(t));
    // (A relative clause after the comma goes with the phrase's noun: "in Ohio, which votes next".)
    let relative = matches!(a.lower(k + 1), "who" | "whom" | "whose" | "which" | "where");
    opens && !relative && k > s + 1 && k <= s + MAX_FRONTED && (s..k).all(plain) && !(s..k).any(verb)
}

/// After "but" or "and", the start of a clause or a verb phrase rather than a word of a
/// coordinated phrase ("but he did not", "and the party lost", "but did not", "and telling",
/// not "but necessary").
fn opens_clause_after_conjunction(a: &Analysis, j: usize) -> bool {
    let w = a.word(j);
    let lw = a.lower(j);
    is_subject_pronoun(w)
        || is_aux(w)
        || matches!(lw, "it" | "there" | "not" | "no" | "this" | "that" | "these" | "those" | "another")
        || matches!(lw, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "some" | "many" | "most")
        || is_participle_word(w)
        || super::words::is_capitalized_word(a, j)
}

/// "X says C **but argues** that D", "C, **and added** D": a conjunction before a finite cue
/// verb (adverbs between) starts a second attribution with the same subject.
fn coordinated_cue(a: &Analysis, k: usize) -> bool {
    if !matches!(a.lower(k), "and" | "but") {
        return false;
    }
    // ("and **have** pledged", "but **also** argued": auxiliaries and adverbs between.)
    let mut v = k + 1;
    while v < k + 4 && (is_adverb(a.word(v)) || is_ly_adverb(a, v) || is_aux(a.word(v))) {
        v += 1;
    }
    // ("says he would sit down **and tell** him": a base form belongs to the reported clause.)
    cues::at(a, v).is_some_and(|c| c.is_finite_verb(a) && c.word == v)
}

/// How many words a subject of a subordinate reporting clause may take ("as **more than 4 in
/// 10** said").
const MAX_CLAUSE_SUBJECT: usize = 8;

/// "X is backing Clinton **because** ...": no; "X was defending the plan **when he told** the
/// crowd ...", "Y praised the deal**, while the mayor warned** ...": a subordinate clause
/// ("when", "as", "while", "after", "whereas"), a coordinated one after a comma (", and", ",
/// but") or a main clause after a comma, with its own subject and a finite cue verb, is an
/// attribution of its own, not part of the reported clause.
fn reporting_clause(a: &Analysis, k: usize) -> bool {
    let comma = a.is_word(k, ",");
    let j = if comma { k + 1 } else { k };
    let subject = match a.lower(j) {
        "when" | "as" | "while" | "after" | "whereas" => j + 1,
        "and" | "but" if comma => j + 1,
        // "Clinton was declared the winner**, Sanders told** a crowd that ...".
        _ if comma => j,
        _ => return false,
    };
    subject_end(a, subject).is_some_and(|v| finite_cue_at(a, v))
}

/// The end of a short subject starting at `j`: a subject pronoun ("he") or a few words without
/// marks, auxiliaries, cue words or clause words ("Sen. Ann Lee of Ohio", "the other candidates",
/// "one in four", "people familiar with her thinking", "Friday's agreement").
fn subject_end(a: &Analysis, j: usize) -> Option<usize> {
    if is_subject_pronoun(a.word(j)) {
        return Some(j + 1);
    }
    let inner = |i: usize| {
        let w = a.word(i);
        let joins = matches!(a.lower(i), "of" | "in" | "than" | "with");
        a.tokens.get(i).is_some_and(|t| t.is_wordlike() || t.kind == TokenKind::Possessive)
            && (joins || !stops_speaker(w))
            && !is_aux(w)
            && !is_adverb(w)
            && !is_ly_adverb(a, i)
            && cues::at(a, i).is_none()
    };
    let e = (j..j + MAX_CLAUSE_SUBJECT).find(|&i| !inner(i))?;
    (e > j).then_some(e)
}

/// A finite cue verb at `v` (after auxiliaries and adverbs): "**told**", "**has warned**", "**also
/// argued**" (but not a participle "saying" nor a base form "say").
fn finite_cue_at(a: &Analysis, v: usize) -> bool {
    let start = v;
    let mut v = v;
    while v < start + 3 && (is_aux(a.word(v)) || is_adverb(a.word(v)) || is_ly_adverb(a, v)) {
        v += 1;
    }
    cues::at(a, v).is_some_and(|c| c.is_finite_verb(a) && c.word == v && !c.quote_only)
}

/// `e` moved back over final punctuation and quote marks.
pub fn trim_marks(a: &Analysis, s: usize, mut e: usize) -> usize {
    while e > s && is_mark(a, e - 1) {
        e -= 1;
    }
    e
}

/// The closing quote of the quotation opened at `open`: the first closing mark after it; a
/// paragraph that ends inside the quotation continues when the next paragraph opens a quote
/// again (a quotation running over several paragraphs). `None` when unbalanced.
pub fn close_of(a: &Analysis, open: usize) -> Option<usize> {
    let end = a.tokens.len().min(open + MAX_QUOTE);
    for k in open + 1..end {
        let Some(t) = a.tokens.get(k) else { break };
        if t.kind == TokenKind::CloseQuote {
            return Some(k);
        }
        if t.kind == TokenKind::OpenQuote && !t.is(Flags::PARAGRAPH_BEFORE) {
            return None;
        }
        if t.is(Flags::PARAGRAPH_BEFORE) && t.kind != TokenKind::OpenQuote {
            return None;
        }
    }
    None
}

/// The opening quote of the quotation closed at `close`, looking back over running-quote
/// paragraphs; `None` when unbalanced.
pub fn open_of(a: &Analysis, close: usize) -> Option<usize> {
    let floor = close.saturating_sub(MAX_QUOTE);
    let mut k = close;
    while k > floor {
        k -= 1;
        let t = a.tokens.get(k)?;
        if t.kind == TokenKind::OpenQuote {
            // A running quotation re-opens at each paragraph; keep going while the previous
            // paragraph ended without a closing mark.
            if t.is(Flags::PARAGRAPH_BEFORE) && k > 0 && !ends_closed(a, k) {
                continue;
            }
            return Some(k);
        }
        if t.kind == TokenKind::CloseQuote {
            return None;
        }
    }
    None
}

/// True when the paragraph before token `k` ends with a closing quote (or holds no open one).
fn ends_closed(a: &Analysis, k: usize) -> bool {
    let mut j = k;
    while j > 0 {
        j -= 1;
        let Some(t) = a.tokens.get(j) else { return true };
        if t.kind == TokenKind::CloseQuote {
            return true;
        }
        if t.kind == TokenKind::OpenQuote {
            return false;
        }
        if t.is(Flags::PARAGRAPH_BEFORE) || k - j > MAX_QUOTE {
            return true;
        }
    }
    true
}

/// A quoted content opening at `open`: the tokens inside the marks, or up to `limit` when the
/// quotation is not closed.
pub fn quotation(a: &Analysis, open: usize, limit: usize) -> (usize, usize) {
    match close_of(a, open) {
        Some(c) => (open + 1, trim_marks(a, open + 1, c)),
        None => (open + 1, trim_marks(a, open + 1, limit)),
    }
}

/// True when token `i` opens a quotation.
pub fn opens_quote(a: &Analysis, i: usize) -> bool {
    kind_is(a, i, TokenKind::OpenQuote)
}

#[cfg(test)]
mod tests {
    use super::clause_end;
    use crate::lexicon::Lexicons;
    use crate::text::Analysis;

    /// The reported clause of `text` starting after the first token spelled `after`.
    fn clause(text: &str, after: &str) -> String {
        let mut lx = Lexicons::builtin();
        lx.compile();
        let a = Analysis::new(text, &lx);
        let s = (0..a.tokens.len()).find(|&i| a.word(i) == after).map_or(0, |i| i + 1);
        let e = clause_end(&a, s, a.tokens.len());
        let (Some(first), Some(last)) = (a.tokens.get(s), e.checked_sub(1).and_then(|l| a.tokens.get(l))) else {
            return String::new();
        };
        text[first.start as usize..last.end as usize].to_string()
    }

    #[test]
    fn a_clause_with_its_own_subject_and_cue_ends_the_content() {
        assert_eq!(clause("She praised the budget when he told the council no.", "praised"), "the budget");
        assert_eq!(clause("He backed the deal, while the union warned of strikes.", "backed"), "the deal");
        assert_eq!(clause("Lee was named, and more than 4 in 10 said so.", "was"), "named");
        assert_eq!(clause("A man backing Lee, Tom Roe, said no.", "backing"), "Lee, Tom Roe");
    }

    #[test]
    fn a_clause_without_a_cue_goes_on() {
        assert_eq!(
            clause("She said the port reopened when the storm ended.", "said"),
            "the port reopened when the storm ended"
        );
        assert_eq!(
            clause("She said the plan, announced by Lee, would fail.", "said"),
            "the plan, announced by Lee, would fail"
        );
    }
}
