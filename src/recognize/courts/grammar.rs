//! The grammar of a court mention: core, left modifiers, right complements, then the fields.

use std::ops::Range;

use super::places::{place_at, place_ending_at, sentence_codes, Place};
use super::tables::{self, COURT_ID, JURISDICTION, LEVEL, LOCATION};
use crate::document::{CourtInfo, MentionKind};
use crate::lexicon::{Entry, Lex};
use crate::recognize::names::is_function_word;
use crate::recognize::{Candidate, Info};
use crate::text::{Analysis, Flags};

/// The start of a mention: a table name or a head word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Core {
    start: usize,
    end: usize,
    /// A name from the tables ("Supreme Court", "ICC").
    named: bool,
}

/// A court head word: "court", "Court", "tribunal", "Tribunal".
fn is_head(w: &str) -> bool {
    w.eq_ignore_ascii_case("court") || w.eq_ignore_ascii_case("tribunal")
}

/// The core starting at token `i`: the longest table name, else a head word.
pub fn core_at(a: &Analysis, i: usize) -> Option<Core> {
    let named = a.hits_at(i).iter().find(|h| h.lex == Lex::Court && !tables::is_place(a.entry(h)));
    if let Some(h) = named {
        // A lower-case table alias ("employment tribunal") is a description, not a name.
        let capitalized = a.token_is(i, Flags::CAPITALIZED) || a.token_is(i, Flags::HAS_DIGIT);
        return Some(Core { start: i, end: h.end as usize, named: capitalized });
    }
    is_head(a.word(i)).then_some(Core { start: i, end: i + 1, named: false })
}

/// A `court_words.txt` entry of class `class` ending at token `j`: its start and level.
fn court_word_ending_at<'t>(a: &Analysis<'t>, j: usize, floor: usize, class: &str) -> Option<(usize, &'t str)> {
    let lo = j.saturating_sub(3).max(floor);
    (lo..=j).find_map(|s| {
        a.hits_at(s)
            .iter()
            .find(|h| h.lex == Lex::CourtWord && h.end as usize == j + 1 && a.lexicon_field(h, 0) == class)
            .map(|h| (s, a.lexicon_field(h, 1)))
    })
}

/// A negative phrase covering the core: "Court TV", "Earls Court", "food court".
fn negated(a: &Analysis, core: Core) -> bool {
    let lo = core.start.saturating_sub(4);
    (lo..core.end).any(|s| {
        a.hits_at(s)
            .iter()
            .any(|h| h.lex == Lex::CourtWord && h.end as usize > core.start && a.lexicon_field(h, 0) == "negative")
    })
}

/// Words after a lower-case "court" that make it a modifier: "court order", "court ruling".
fn is_modifier_follower(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "order"
            | "orders"
            | "ruling"
            | "rulings"
            | "case"
            | "cases"
            | "decision"
            | "decisions"
            | "hearing"
            | "hearings"
            | "date"
            | "dates"
            | "documents"
            | "document"
            | "filing"
            | "filings"
            | "papers"
            | "records"
            | "record"
            | "officials"
            | "official"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "clerk"
            | "clerks"
            | "battle"
            | "battles"
            | "fight"
            | "challenge"
            | "challenges"
            | "action"
            | "actions"
            | "appearance"
            | "appearances"
            | "proceedings"
            | "costs"
            | "fees"
            | "fine"
            | "fines"
            | "system"
            | "systems"
            | "judge"
            | "judges"
            | "reporter"
            | "reporters"
            | "session"
            | "sessions"
            | "victory"
            | "win"
            | "defeat"
            | "verdict"
            | "verdicts"
            | "summons"
            | "injunction"
            | "approval"
            | "bailiff"
            | "bailiffs"
            | "room"
            | "rooms"
            | "house"
            | "building"
            | "complex"
            | "appeal"
            | "process"
            | "procedure"
            | "procedures"
            | "dispute"
            | "disputes"
            | "settlement"
            | "intervention"
            | "testimony"
            | "transcript"
            | "transcripts"
            | "staff"
            | "interpreter"
            | "packing"
            | "martial"
            | "victories"
            | "defeats"
            | "protection"
            | "bid"
            | "petition"
            | "petitions"
            | "sources"
            | "source"
            | "file"
            | "files"
            | "jester"
            | "panel"
            | "panels"
    )
}

/// Determiners and possessives before a description: "the court", "a court", "its court".
fn is_determiner(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "its"
            | "their"
            | "his"
            | "her"
            | "whose"
            | "another"
            | "each"
            | "'s"
            | "’s"
            | "'"
            | "’"
    )
}

/// A possessive ending token: "'s", "’s", "'".
fn is_possessive(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "'" | "’")
}

/// The first token of a possessive ending at token `k`: "'s" (one token), or "'" "s" where a
/// spaced "Jordan 's" was read as a quote and a letter.
fn possessive_start(a: &Analysis, k: usize) -> Option<usize> {
    if is_possessive(a.word(k)) {
        return Some(k);
    }
    let glued = a.tokens.get(k).is_some_and(|t| !t.is(Flags::SPACE_BEFORE));
    (a.word(k) == "s" && glued && k > 0 && matches!(a.word(k - 1), "'" | "’")).then(|| k - 1)
}

/// A capitalized name word inside a court name: "King County Superior Court", "Greek
/// Athletics Federation tribunal".
fn is_name_word(a: &Analysis, k: usize, sentence_start: usize) -> bool {
    let w = a.word(k);
    let Some(t) = a.tokens.get(k) else { return false };
    t.is(Flags::CAPITALIZED)
        && t.is_wordlike()
        && k > sentence_start
        && !is_function_word(w)
        && !crate::text::is_calendar_name(w)
        && !t.is(Flags::ALL_CAPS)
        && a.hit(k, Lex::Title).is_none()
}

/// What stands before the core.
#[derive(Debug, Clone, Copy, Default)]
struct Left<'t> {
    start: usize,
    /// The place nearest the core ("Cairo" in "a Cairo criminal court").
    place: Option<Place<'t>>,
    /// The strongest level hint of the classifiers.
    level: Option<&'t str>,
    /// "federal" / "Federal" was seen (and whether capitalized).
    federal: bool,
    federal_cap: bool,
    /// A capitalized name word or classifier ("King County", "Islamic").
    proper: bool,
    /// A determiner or possessor stands right before the mention.
    determiner: bool,
}

/// Ranks level hints: supreme and appellate beat trial ("Court of Criminal Appeals").
fn level_rank(l: &str) -> u8 {
    match l {
        "supreme" => 4,
        "appellate" => 3,
        "international" => 2,
        "trial" | "specialized" => 1,
        _ => 0,
    }
}

/// The modifiers before the core, nearest first: "Chile 's", "New York appeals", "US
/// bankruptcy", "Santa Clara County".
fn left<'t>(a: &Analysis<'t>, core: Core, floor: usize, sentence_start: usize) -> Left<'t> {
    let mut l = Left { start: core.start, ..Left::default() };
    while l.start > floor {
        let k = l.start - 1;
        let w = a.word(k);
        if let Some(ps) = possessive_start(a, k) {
            match ps.checked_sub(1).and_then(|p| place_ending_at(a, p, floor)) {
                Some(p) if p.start >= floor => {
                    l.place.get_or_insert(p);
                    l.start = p.start;
                }
                _ => l.determiner = true,
            }
            break;
        }
        if let Some(p) = place_ending_at(a, k, floor) {
            l.place.get_or_insert(p);
            l.start = p.start;
        } else if let Some((s, level)) = court_word_ending_at(a, k, floor, "classifier") {
            if level_rank(level) > l.level.map_or(0, level_rank) {
                l.level = Some(level);
            }
            let cap = a.token_is(s, Flags::CAPITALIZED) && s > sentence_start;
            if w.eq_ignore_ascii_case("federal") {
                l.federal = true;
                l.federal_cap |= cap;
            }
            l.proper |= cap;
            l.start = s;
        } else if is_name_word(a, k, sentence_start) {
            l.proper = true;
            l.start = k;
        } else {
            l.determiner = is_determiner(w) || adjective_after_determiner(a, k, floor);
            break;
        }
    }
    l
}

/// Prepositions, conjunctions and verbs-of-motion particles that end a noun phrase: "chances
/// in court", "went to court".
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "in" | "to"
            | "of"
            | "out"
            | "into"
            | "at"
            | "on"
            | "by"
            | "for"
            | "from"
            | "with"
            | "before"
            | "under"
            | "and"
            | "or"
            | "than"
            | "as"
            | "is"
            | "was"
            | "were"
            | "be"
            | "been"
            | "are"
            | "not"
    )
}

/// "the unanimous court", "a three-judge court": one or two lower-case words after a
/// determiner, left out of the span.
fn adjective_after_determiner(a: &Analysis, k: usize, floor: usize) -> bool {
    let plain = |x: usize| {
        a.tokens.get(x).is_some_and(|t| t.is(Flags::LOWER)) && !is_determiner(a.word(x)) && !is_particle(a.word(x))
    };
    if !plain(k) || k <= floor {
        return false;
    }
    is_determiner(a.word(k - 1)) || k - 1 > floor && plain(k - 1) && is_determiner(a.word(k - 2))
}

/// What stands after the core.
#[derive(Debug, Clone, Copy, Default)]
struct Right<'t> {
    end: usize,
    /// The token range of the location written after the core.
    location: Option<(usize, usize)>,
    /// The place found there.
    place: Option<Place<'t>>,
    /// A capitalized complement ("of Human Rights", "for the Ninth Circuit").
    proper: bool,
}

/// Lower-case complements that make one span: "court of law", "court of justice".
fn is_lowercase_complement(w: &str) -> bool {
    matches!(w, "law" | "justice" | "appeal" | "appeals" | "cassation" | "arbitration" | "honour" | "honor")
}

/// "of Eastern Virginia", "for the Ninth Circuit", "for the former Yugoslavia", "of law":
/// the end of the complement starting at `k` (at "of"/"for"), if any.
fn of_complement(a: &Analysis, k: usize, end: usize) -> Option<(usize, usize)> {
    if !matches!(a.word(k), "of" | "for") {
        return None;
    }
    let mut j = k + 1;
    if a.word(j) == "the" {
        j += 1;
    }
    let body = j;
    if is_lowercase_complement(a.word(j)) {
        return Some((body, j + 1));
    }
    let mut last = None;
    while j < end {
        let w = a.word(j);
        let Some(t) = a.tokens.get(j) else { break };
        if t.is(Flags::CAPITALIZED) && t.is_wordlike() && !crate::text::is_calendar_name(w) && !is_function_word(w)
            || t.is(Flags::HAS_DIGIT) && t.is(Flags::ORDINAL)
        {
            last = Some(j + 1);
        } else if !matches!(w, "of" | "and" | "for" | "the" | "former" | "&") {
            break;
        }
        j += 1;
    }
    last.map(|e| (body, e))
}

/// "in Multan", "in central Jakarta", "in Alexandria, Virginia", "in the Hague", "in the
/// Californian town of Santa Maria": the seat after the core, starting at `k` (at "in").
fn seat(a: &Analysis, k: usize, end: usize) -> Option<(usize, usize)> {
    if a.word(k) != "in" {
        return None;
    }
    let mut j = k + 1;
    if matches!(a.word(j), "central" | "northern" | "southern" | "eastern" | "western" | "downtown" | "the") {
        j += 1;
    }
    // "the Californian town of Santa Maria", "the Spanish capital, Madrid".
    let described = (j..(j + 3).min(end))
        .find(|&x| matches!(a.word(x), "town" | "city" | "capital" | "village" | "province" | "region" | "state"))
        .filter(|&x| matches!(a.word(x + 1), "of" | ","));
    if let Some(x) = described {
        j = x + 2;
    }
    let body = j;
    let mut e = capitalized_run(a, j, end)?;
    if a.word(e) == "," {
        if let Some(p) = place_at(a, e + 1).filter(|p| p.kind == "us_state" || p.kind == "country") {
            e = p.end;
        }
    }
    Some((body, e))
}

/// The end of a run of one to four capitalized words starting at `j` that reads as a place
/// (not a date, not a possessor).
fn capitalized_run(a: &Analysis, j: usize, end: usize) -> Option<usize> {
    if let Some(p) = place_at(a, j) {
        return Some(p.end);
    }
    let mut e = j;
    while e < end && e < j + 4 {
        let Some(t) = a.tokens.get(e) else { break };
        let w = a.word(e);
        if !t.is(Flags::CAPITALIZED) || !t.is_wordlike() || is_function_word(w) || crate::text::is_calendar_name(w) {
            break;
        }
        e += 1;
    }
    (e > j && !is_possessive(a.word(e))).then_some(e)
}

/// The complements after the core.
fn right<'t>(a: &Analysis<'t>, core: Core, end: usize) -> Right<'t> {
    let mut r = Right { end: core.end, ..Right::default() };
    if let Some((s, e)) = of_complement(a, r.end, end) {
        r.proper = a.tokens.get(s..e).unwrap_or_default().iter().any(|t| t.is(Flags::CAPITALIZED));
        if let Some(p) = (s..e).find_map(|x| place_at(a, x).filter(|p| p.end <= e)) {
            r.place = Some(p);
            r.location = p.is_seat().then_some((s, e));
        }
        r.end = e;
    }
    if let Some((s, e)) = seat(a, r.end, end) {
        r.place = (s..e).find_map(|x| place_at(a, x).filter(|p| p.end <= e)).or(r.place);
        r.location = Some((s, e));
        r.proper = true;
        r.end = e;
    }
    r
}

/// The court entries of the core's name (a generic name has one per country or state).
fn entries<'t>(a: &Analysis<'t>, core: Core) -> Vec<&'t Entry> {
    a.hits_at(core.start)
        .iter()
        .filter(|h| h.lex == Lex::Court && h.end as usize == core.end)
        .map(|h| a.entry(h))
        .filter(|e| !tables::is_place(e))
        .collect()
}

/// The level most entries agree on (three quarters or more), else none: "Supreme Court" →
/// supreme; "High Court" → none.
fn consensus_level<'t>(es: &[&'t Entry]) -> Option<&'t str> {
    // Counted in one pass over the entries: a generic name has a hundred, levels are few.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for e in es {
        let l = e.field(LEVEL);
        match counts.iter_mut().find(|(x, _)| *x == l) {
            Some((_, n)) => *n += 1,
            None => counts.push((l, 1)),
        }
    }
    // The first level (in entry order) with the largest count, as before.
    let mut best: Option<(&str, usize)> = None;
    for &(l, n) in &counts {
        if !l.is_empty() && best.map_or(true, |(_, m)| n > m) {
            best = Some((l, n));
        }
    }
    best.filter(|&(_, n)| n * 4 >= es.len() * 3).map(|(l, _)| l)
}

/// Chooses the entry of a named core: the one of the jurisdiction the mention states, else the
/// only one, else the one of a place named in the sentence.
fn choose<'t>(a: &Analysis<'t>, es: &[&'t Entry], want: Option<&str>, sentence: Range<usize>) -> Option<&'t Entry> {
    let pick = |code: &str| es.iter().copied().find(|e| e.field(JURISDICTION) == code);
    if let Some(w) = want {
        return pick(w);
    }
    let first = es.first()?;
    if es.iter().all(|e| e.field(JURISDICTION) == first.field(JURISDICTION)) {
        return Some(first);
    }
    sentence_codes(a, sentence)
        .find_map(|c| if c.starts_with("US-") { pick("US").or_else(|| pick(c)) } else { pick(c) })
}

/// True when another court of `e`'s jurisdiction bears the same name (a different court id).
fn shared_name(es: &[&Entry], e: &Entry) -> bool {
    es.iter().any(|x| x.field(JURISDICTION) == e.field(JURISDICTION) && x.field(COURT_ID) != e.field(COURT_ID))
}

/// The fields of a named core's entry: jurisdiction, level, court id, and the seat for
/// international courts and US federal districts.
fn entry_info(e: &Entry) -> CourtInfo {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let j = e.field(JURISDICTION);
    let seat_known = j == "INT" || !e.field(COURT_ID).is_empty();
    CourtInfo {
        jurisdiction: some(j),
        level: some(e.field(LEVEL)),
        location: if seat_known { some(e.field(LOCATION)) } else { None },
        court_id: some(e.field(COURT_ID)),
    }
}

/// True when an all-caps acronym core is another body in this sentence: "ICC Champions
/// Trophy" (the cricket council).
fn acronym_elsewhere(a: &Analysis, core: Core, sentence: Range<usize>) -> bool {
    a.word(core.start) == "ICC"
        && core.end == core.start + 1
        && sentence.into_iter().any(|i| {
            matches!(
                a.word(i),
                "cricket"
                    | "Cricket"
                    | "Trophy"
                    | "wicket"
                    | "wickets"
                    | "Test"
                    | "ODI"
                    | "Twenty20"
                    | "T20"
                    | "batsman"
                    | "batsmen"
                    | "bowler"
                    | "bowlers"
                    | "bowling"
                    | "cricketer"
                    | "cricketers"
                    | "innings"
            )
        })
}

/// A court mention grown from `core`, not reaching before token `floor`.
pub fn court(a: &Analysis, core: Core, floor: usize) -> Option<Candidate> {
    let sentence = a.context(core.start, crate::recognize::names::CONTEXT_TOKENS);
    if negated(a, core) || core.named && acronym_elsewhere(a, core, sentence.clone()) {
        return None;
    }
    let l = left(a, core, floor.max(sentence.start), sentence.start);
    let r = right(a, core, sentence.end);
    let head_cap = a.token_is(core.start, Flags::CAPITALIZED);
    let anaphoric = !(core.named || l.place.is_some() || l.proper || r.proper);
    if anaphoric && !anaphor_allowed(a, core, &l, &r, sentence.start) {
        return None;
    }
    if !core.named && r.end == core.end && is_modifier_follower(a.word(core.end)) {
        return None;
    }
    let info = if anaphoric { CourtInfo::default() } else { fields(a, core, &l, &r, head_cap, sentence) };
    Some(Candidate { start: l.start, end: r.end, kind: MentionKind::Court, anaphoric, info: Info::Court(info) })
}

/// A bare description needs a determiner ("the court", "a federal appeals court") or a
/// headline start ("Court rules..."), and is not a sports court ("on the court").
fn anaphor_allowed(a: &Analysis, core: Core, l: &Left, r: &Right, sentence_start: usize) -> bool {
    let headline = l.start == sentence_start && a.token_is(core.start, Flags::CAPITALIZED);
    if !(l.determiner || headline) || r.end != core.end && !r.proper && a.word(core.end) != "of" {
        return headline;
    }
    let before = l.start.checked_sub(2).map_or("", |k| a.word(k));
    a.token_is(core.start, Flags::CAPITALIZED) || !matches!(before.to_ascii_lowercase().as_str(), "on" | "off" | "onto")
}

/// The normalized fields of a name or description.
fn fields<'t>(
    a: &Analysis<'t>,
    core: Core,
    l: &Left<'t>,
    r: &Right<'t>,
    head_cap: bool,
    sentence: Range<usize>,
) -> CourtInfo {
    let code = |p: Option<Place<'t>>| -> Option<&'t str> { p.map(|p| p.code).filter(|c| !c.is_empty()) };
    let stated = code(l.place).or(code(r.place));
    let federal_core = a.word(core.start).eq_ignore_ascii_case("federal");
    let federal = l.federal || federal_core && stated.is_some_and(|c| c.starts_with("US"));
    let want = if federal { Some("US") } else { stated };
    let mut info = CourtInfo::default();
    if core.named {
        let es = entries(a, core);
        // A seat after the name ("ECHR in Strasbourg") does not choose among the entries.
        let choosing = if federal { want } else { code(l.place) };
        match choose(a, &es, choosing, sentence.clone()).or_else(|| choose(a, &es, want, sentence.clone())) {
            Some(e) if shared_name(&es, e) => {
                // "a U.S. Court of Appeals": a name of several courts of one jurisdiction (each
                // circuit's) gives the jurisdiction and the level they agree on, but no court.
                info.jurisdiction = Some(e.field(JURISDICTION).to_string());
                info.level = consensus_level(&es).map(str::to_string);
            }
            Some(e) => info = entry_info(e),
            None => info.level = consensus_level(&es).map(str::to_string),
        }
    } else if want.is_some_and(|c| c.starts_with("US-")) && l.level.is_none() {
        // "a Houston court": a US court, federal or state unknown.
        info.jurisdiction = Some("US".into());
    }
    if info.jurisdiction.is_none() {
        info.jurisdiction = want.map(str::to_string);
    }
    if let Some(lv) = l.level {
        if info.level.is_none() {
            info.level = Some(lv.to_string());
        }
    }
    let federal_cap = l.federal_cap || federal_core && head_cap;
    if federal_cap && info.jurisdiction.as_deref() == Some("US") {
        info.level.get_or_insert_with(|| "trial".into());
    }
    if info.jurisdiction.is_none() {
        info.jurisdiction = sentence_codes(a, sentence).next().map(str::to_string);
    }
    if info.jurisdiction.as_deref() == Some("INT") {
        info.level = Some("international".into());
    }
    if info.location.is_none() {
        info.location = location(a, l, r);
    }
    info
}

/// The seat as written: "in Virginia", "of Eastern Virginia", "Cairo", "King County".
fn location(a: &Analysis, l: &Left, r: &Right) -> Option<String> {
    if let Some((s, e)) = r.location {
        return Some(a.slice(s, e).to_string());
    }
    if let Some((s, e)) = county(a, l) {
        return Some(a.slice(s, e).to_string());
    }
    l.place.filter(Place::is_seat).map(|p| a.slice(p.start, p.end).to_string())
}

/// "Santa Clara County" before the head: the name words up to "County".
fn county(a: &Analysis, l: &Left) -> Option<(usize, usize)> {
    let mut k = l.start;
    while a.tokens.get(k).is_some_and(|t| t.is(Flags::CAPITALIZED)) && k < l.start + 5 {
        if matches!(a.word(k), "County" | "Parish" | "Borough") {
            return Some((l.start, k + 1));
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicons;
    use crate::text::Analysis;

    fn lexicons() -> Lexicons {
        let mut lx = Lexicons::builtin();
        lx.compile();
        lx
    }

    fn spans(text: &str) -> Vec<(String, bool)> {
        let lx = lexicons();
        let a = Analysis::new(text, &lx);
        super::super::find(&a).into_iter().map(|c| (a.slice(c.start, c.end).to_string(), c.anaphoric)).collect()
    }

    #[test]
    fn head_with_classifiers_and_place() {
        assert_eq!(spans("He appeared before a Cairo criminal court."), [("Cairo criminal court".into(), false)]);
    }

    #[test]
    fn bare_idioms_are_not_mentions() {
        assert!(spans("He will appear in court on Monday.").is_empty());
        assert!(spans("The court order was lifted.").is_empty());
        assert!(spans("She was back on the court after injury.").is_empty());
    }

    #[test]
    fn possessive_place_and_seat() {
        assert_eq!(spans("Chile's Supreme Court ruled."), [("Chile's Supreme Court".into(), false)]);
        assert_eq!(spans("A court in Multan sentenced him."), [("court in Multan".into(), false)]);
    }

    #[test]
    fn anaphor_keeps_classifiers() {
        assert_eq!(spans("Then the federal appeals court agreed."), [("federal appeals court".into(), true)]);
    }
}
