//! Resolution: picks among overlapping candidates, then links mentions to entities.
//!
//! - [`overlaps`]: one mention per token; the longer candidate wins, then the more specific
//!   kind (court over organization over person over location over date).
//! - [`link`]: full names open entities; later surnames, first names and acronyms join them;
//!   descriptions ("the alliance", "the federal court") join the most recent compatible entity;
//!   subject pronouns join the most recent compatible person, preferring sentence subjects.
//!   Every search looks back over a bounded window of entities, so linking stays linear.

use std::collections::HashMap;

use crate::document::{CourtInfo, MentionKind};
use crate::lexicon::{Lex, WordHash};
use crate::recognize::{Candidate, Gender, Info};
use crate::text::Analysis;

/// How many recent entities a description or pronoun may reach back to.
pub const LINK_WINDOW: usize = 64;

/// An entity while the document is resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityData {
    /// Person, organization or court.
    pub kind: MentionKind,
    /// Token range of the fullest name seen.
    pub name: (usize, usize),
    /// Indices of its mentions in [`Resolved::mentions`].
    pub mentions: Vec<usize>,
    /// A person's title.
    pub title: Option<String>,
    /// A person's role.
    pub role: Option<String>,
    /// A person's organization (an entity index).
    pub affiliation: Option<usize>,
    /// A person's gender, where known.
    pub gender: Gender,
    /// Court facts.
    pub court: CourtInfo,
}

/// Mentions without overlaps, each with its entity.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    /// The mentions, in text order, disjoint.
    pub mentions: Vec<Candidate>,
    /// The entity index of each mention (`None` for dates and locations).
    pub entity_of: Vec<Option<usize>>,
    /// The entities, in order of first mention.
    pub entities: Vec<EntityData>,
}

impl Resolved {
    /// The mention covering token `i`, if any.
    pub fn mention_at(&self, i: usize) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.end <= i);
        self.mentions.get(k).filter(|m| m.start <= i).map(|_| k)
    }

    /// The entity of mention `mi`, if it has one.
    pub fn entity_of_mention(&self, mi: usize) -> Option<usize> {
        self.entity_of.get(mi).copied().flatten()
    }
}

fn kind_rank(k: MentionKind) -> u8 {
    match k {
        MentionKind::Court => 5,
        MentionKind::Organization => 4,
        MentionKind::Person => 3,
        MentionKind::Location => 2,
        MentionKind::Date => 1,
    }
}

/// Keeps one candidate per token: longer first, then by kind; names beat descriptions.
pub fn overlaps(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    courts_before_titles(&mut cands);
    cands.sort_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then(a.anaphoric.cmp(&b.anaphoric))
            .then(kind_rank(b.kind).cmp(&kind_rank(a.kind)))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(cands.len());
    // Tokens already covered by a kept candidate.
    let mut taken = vec![false; cands.iter().map(|c| c.end).max().unwrap_or(0)];
    for c in cands {
        let Some(span) = taken.get_mut(c.start..c.end) else { continue };
        if c.is_empty() || span.iter().any(|&t| t) {
            continue;
        }
        span.fill(true);
        kept.push(c);
    }
    kept.sort_by_key(|c| (c.start, c.end));
    kept
}

/// "President Bill Clinton Saturday vowed", "told his Cabinet on Sunday": a name candidate whose
/// end is taken by a date candidate (the date starts inside the name and runs to or past its
/// end) ends before the date and its lower-case joining words ("Bill Clinton", "Cabinet").
pub fn names_before_dates(a: &Analysis, cands: &mut [Candidate]) {
    // Date candidates are disjoint; sorted by start, the one that could reach a name's end is
    // the last starting before it (a binary search, so this stays linear overall).
    let mut dates: Vec<(usize, usize)> =
        cands.iter().filter(|c| c.kind == MentionKind::Date).map(|c| (c.start, c.end)).collect();
    if dates.is_empty() {
        return;
    }
    dates.sort_unstable();
    for c in cands.iter_mut().filter(|c| c.kind != MentionKind::Date && !c.anaphoric) {
        let k = dates.partition_point(|&(ds, _)| ds < c.end);
        let Some(&(ds, de)) = k.checked_sub(1).and_then(|k| dates.get(k)) else {
            continue;
        };
        if ds <= c.start || de < c.end {
            continue;
        }
        let mut end = ds;
        while end > c.start && a.tokens.get(end - 1).is_some_and(|t| t.is(crate::text::Flags::LOWER)) {
            end -= 1;
        }
        c.end = end;
    }
}

/// "Santa Clara County Superior Court Judge James Kleinberg": a person candidate that starts
/// with a court name keeps only what follows the court ("Judge James Kleinberg").
fn courts_before_titles(cands: &mut [Candidate]) {
    let courts: HashMap<usize, usize> =
        cands.iter().filter(|c| c.kind == MentionKind::Court && !c.anaphoric).map(|c| (c.start, c.end)).collect();
    for p in cands.iter_mut().filter(|c| c.kind == MentionKind::Person) {
        if let Some(&e) = courts.get(&p.start).filter(|&&e| e < p.end) {
            p.start = e;
        }
    }
}

/// Lower-cased words of a token range, for comparing names.
fn key(a: &Analysis, s: usize, e: usize) -> String {
    let mut k = String::new();
    for i in s..e {
        let w = a.word(i);
        if matches!(w, "US" | "U.S." | "United States" | "the" | "The") && i + 1 < e {
            continue;
        }
        if !k.is_empty() {
            k.push(' ');
        }
        push_lowercase(&mut k, w);
    }
    k
}

/// Appends `w` lower-cased (as `str::to_lowercase`), without a temporary string for ASCII.
fn push_lowercase(k: &mut String, w: &str) {
    if w.is_ascii() {
        k.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        k.push_str(&w.to_lowercase());
    }
}

/// Hash maps from normalized names to entities, so that every name lookup is one probe and
/// linking stays linear in the document.
#[derive(Debug, Default)]
struct NameIndex {
    /// (kind, full-name key) → entity: "khalifa haftar", "libyan american alliance".
    full: HashMap<(MentionKind, String), usize, WordHash>,
    /// A person's last and first name words → entity ("haftar", "khalifa").
    person_part: HashMap<String, usize, WordHash>,
    /// A single-word person name → entity ("Haftar" seen before "Khalifa Haftar").
    person_single: HashMap<String, usize, WordHash>,
    /// A person entity → the first name of its full name, when one was seen ("khalifa").
    person_first: HashMap<usize, String, WordHash>,
    /// An organization's capital initials → entity ("HNEC").
    initials: HashMap<String, usize, WordHash>,
}

impl NameIndex {
    /// Records a name mention `[s, e)` of entity `ent`.
    fn add(&mut self, a: &Analysis, kind: MentionKind, s: usize, e: usize, ent: usize) {
        self.full.insert((kind, key(a, s, e)), ent);
        match kind {
            MentionKind::Person if e > s + 1 => {
                let first = a.word(first_name_at(a, s, e)).to_lowercase();
                self.person_part.insert(a.word(e - 1).to_lowercase(), ent);
                self.person_part.entry(first.clone()).or_insert(ent);
                self.person_first.entry(ent).or_insert(first);
            }
            MentionKind::Person => {
                self.person_single.insert(a.word(s).to_lowercase(), ent);
            }
            MentionKind::Organization if e > s + 1 => {
                let initials: String = (s..e)
                    .map(|i| a.word(i))
                    .filter(|x| x.starts_with(char::is_uppercase))
                    .filter_map(|x| x.chars().next())
                    .collect();
                if initials.len() >= 2 {
                    self.initials.insert(initials, ent);
                }
            }
            _ => {}
        }
    }
}

/// Links mentions to entities.
pub fn link(a: &Analysis, mentions: Vec<Candidate>) -> Resolved {
    let mut r = Resolved { entity_of: vec![None; mentions.len()], mentions, entities: Vec::new() };
    let mut index = NameIndex::default();
    for mi in 0..r.mentions.len() {
        let named = r.mentions.get(mi).filter(|m| !matches!(m.kind, MentionKind::Date | MentionKind::Location));
        let Some(m) = named.cloned() else { continue };
        let target = match m.kind {
            MentionKind::Date | MentionKind::Location => continue,
            MentionKind::Person if m.anaphoric => pronoun_antecedent(a, &r, mi),
            MentionKind::Person => person_antecedent(a, &index, &m),
            MentionKind::Organization if m.anaphoric => description_antecedent(a, &r, &m),
            MentionKind::Organization => name_antecedent(a, &index, &m).or_else(|| acronym_antecedent(a, &index, &m)),
            MentionKind::Court if m.anaphoric => description_antecedent(a, &r, &m),
            MentionKind::Court => name_antecedent(a, &index, &m),
        };
        let e = match target {
            Some(e) => e,
            None if m.anaphoric && m.kind != MentionKind::Court => continue, // unresolved: dropped below
            None => {
                r.entities.push(EntityData {
                    kind: m.kind,
                    name: (m.start, m.end),
                    mentions: Vec::new(),
                    title: None,
                    role: None,
                    affiliation: None,
                    gender: Gender::Unknown,
                    court: CourtInfo::default(),
                });
                r.entities.len() - 1
            }
        };
        if let Some(slot) = r.entity_of.get_mut(mi) {
            *slot = Some(e);
        }
        if !m.anaphoric {
            index.add(a, m.kind, m.start, m.end, e);
        }
        let Some(ent) = r.entities.get_mut(e) else { continue };
        ent.mentions.push(mi);
        if !m.anaphoric && m.len() > ent.name.1 - ent.name.0 {
            ent.name = (m.start, m.end);
        }
        match &m.info {
            Info::Person(p) => {
                if ent.title.is_none() {
                    ent.title.clone_from(&p.title);
                }
                if ent.gender == Gender::Unknown && !p.pronoun {
                    ent.gender = if p.gender == Gender::Unknown { first_name_gender(a, &m) } else { p.gender };
                }
                if ent.role.is_none() {
                    ent.role.clone_from(&p.role);
                }
            }
            Info::Court(c) if !m.anaphoric => {
                let ec = &mut ent.court;
                for (dst, src) in [
                    (&mut ec.jurisdiction, &c.jurisdiction),
                    (&mut ec.level, &c.level),
                    (&mut ec.location, &c.location),
                    (&mut ec.court_id, &c.court_id),
                ] {
                    if dst.is_none() {
                        dst.clone_from(src);
                    }
                }
            }
            _ => {}
        }
    }
    affiliations(a, &mut r);
    // Drop unresolved descriptions and pronouns.
    if r.entity_of.iter().zip(&r.mentions).any(|(e, m)| e.is_none() && m.anaphoric && m.kind != MentionKind::Court) {
        let mut remap = Vec::with_capacity(r.mentions.len());
        let mut mentions = Vec::with_capacity(r.mentions.len());
        let mut entity_of = Vec::with_capacity(r.mentions.len());
        for (m, e) in r.mentions.drain(..).zip(r.entity_of.drain(..)) {
            if e.is_none() && m.anaphoric && m.kind != MentionKind::Court {
                remap.push(usize::MAX);
                continue;
            }
            remap.push(mentions.len());
            mentions.push(m);
            entity_of.push(e);
        }
        for ent in &mut r.entities {
            for x in &mut ent.mentions {
                *x = remap.get(*x).copied().unwrap_or(usize::MAX);
            }
        }
        r.mentions = mentions;
        r.entity_of = entity_of;
    }
    r
}

/// The gender of a name's first word when it is a known first name ("Anke Richter" → female),
/// for names found by rules that did not read it.
fn first_name_gender(a: &Analysis, m: &Candidate) -> Gender {
    if m.len() < 2 {
        return Gender::Unknown;
    }
    match a.hit1(m.start, crate::lexicon::Lex::FirstName).map(|h| a.lexicon_field(h, 0)) {
        Some("m") => Gender::Male,
        Some("f") => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// A person name: the entity with the same full name, else (one word) the entity whose last
/// or first name it is ("Haftar" → "Khalifa Haftar"), else (several words) the entity named
/// by its last word alone ("Khalifa Haftar" after "Haftar").
fn person_antecedent(a: &Analysis, index: &NameIndex, m: &Candidate) -> Option<usize> {
    if let Some(&e) = index.full.get(&(MentionKind::Person, key(a, m.start, m.end))) {
        return Some(e);
    }
    let last = a.word(m.end.checked_sub(1)?).to_lowercase();
    if m.len() == 1 {
        return index.person_part.get(&last).copied();
    }
    // (Not another bearer of the surname: "Azmat Begg" after "Moazzam Begg" and "Mr Begg".)
    let e = index.person_single.get(&last).copied()?;
    let first = a.word(first_name_at(a, m.start, m.end)).to_lowercase();
    index.person_first.get(&e).map_or(true, |f| *f == first).then_some(e)
}

/// The first name of a person's name `[s, e)` of two words or more: its first word, or the word
/// after a title the name keeps ("Sir **John** Stevens").
fn first_name_at(a: &Analysis, s: usize, e: usize) -> usize {
    if e > s + 2 && a.hit(s, Lex::Title).is_some() {
        s + 1
    } else {
        s
    }
}

/// A named organization or court: an entity with the same name ("Federal Court in Virginia"
/// → "US Federal Court in Virginia").
fn name_antecedent(a: &Analysis, index: &NameIndex, m: &Candidate) -> Option<usize> {
    index.full.get(&(m.kind, key(a, m.start, m.end))).copied()
}

/// An acronym: the organization whose name's capital initials spell it ("HNEC").
fn acronym_antecedent(a: &Analysis, index: &NameIndex, m: &Candidate) -> Option<usize> {
    if m.len() != 1 {
        return None;
    }
    let w = a.word(m.start);
    if w.len() < 2 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    index.initials.get(w).copied()
}

/// A description ("the alliance", "the federal court"): the most recent entity of its kind
/// whose name holds the description's words.
fn description_antecedent(a: &Analysis, r: &Resolved, m: &Candidate) -> Option<usize> {
    let words: Vec<String> = (m.start..m.end).map(|i| a.word(i).to_lowercase()).collect();
    if m.kind == MentionKind::Court {
        return court_antecedent(a, r, &words);
    }
    for (e, ent) in r.entities.iter().enumerate().rev().take(LINK_WINDOW) {
        if ent.kind == m.kind && name_holds(a, ent, &words) {
            return Some(e);
        }
    }
    // "the company" after "Apple": the most recent organization of a class the noun names.
    let classes = words.last().map_or(&[][..], |w| description_classes(w));
    r.entities.iter().enumerate().rev().take(LINK_WINDOW).find_map(|(e, ent)| {
        let first = ent.mentions.first().and_then(|&x| r.mentions.get(x))?;
        match &first.info {
            Info::Organization { class } if ent.kind == m.kind && classes.contains(&class.as_str()) => Some(e),
            _ => None,
        }
    })
}

/// True when every word of a description is a word of the entity's name ("federal court" →
/// "US Federal Court in Virginia").
fn name_holds(a: &Analysis, ent: &EntityData, words: &[String]) -> bool {
    let name = key(a, ent.name.0, ent.name.1);
    let name_words: Vec<&str> = name.split(' ').collect();
    words.iter().all(|w| name_words.contains(&w.as_str()))
}

/// A court description: "the high court" → the most recently mentioned supreme court, "the
/// appeals court" → an appellate one, "the federal court" → one whose name has those words,
/// "the court" → the most recently mentioned court.
fn court_antecedent(a: &Analysis, r: &Resolved, words: &[String]) -> Option<usize> {
    let mut recent: Vec<(usize, usize)> = r
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == MentionKind::Court)
        .filter_map(|(i, e)| e.mentions.last().map(|&last| (last, i)))
        .collect();
    recent.sort_unstable_by(|x, y| y.cmp(x));
    recent.truncate(LINK_WINDOW);
    let level = words.iter().find_map(|w| match w.as_str() {
        "high" | "highest" | "top" | "supreme" | "constitutional" => Some("supreme"),
        "appeals" | "appellate" | "appeal" => Some("appellate"),
        "district" | "trial" | "county" | "crown" | "magistrates" => Some("trial"),
        _ => None,
    });
    let by_level = level.and_then(|l| {
        recent.iter().find(|&&(_, e)| r.entities.get(e).is_some_and(|x| x.court.level.as_deref() == Some(l)))
    });
    let by_words = || recent.iter().find(|&&(_, e)| r.entities.get(e).is_some_and(|x| name_holds(a, x, words)));
    if words.len() == 1 {
        // "the court", "the tribunal": the court last spoken of.
        return recent.first().map(|&(_, e)| e);
    }
    by_level.or_else(by_words).map(|&(_, e)| e)
}

/// The organization classes (of `data/organizations.txt` and `data/org_heads.txt`) that a
/// description noun can refer back to: "the company" → a company, "the party" → a party.
fn description_classes(noun: &str) -> &'static [&'static str] {
    match noun {
        "company" | "firm" | "group" | "corporation" | "bank" | "lender" | "insurer" | "carrier" | "airline"
        | "automaker" | "carmaker" | "retailer" | "manufacturer" | "maker" | "conglomerate" | "giant" => {
            &["company", "corp"]
        }
        "party" => &["party"],
        "ministry" | "government" | "agency" | "department" | "authority" | "administration" | "commission" => &["gov"],
        "alliance" | "association" | "foundation" | "federation" | "union" | "organization" | "organisation"
        | "coalition" | "league" | "society" | "charity" => &["assoc", "ngo", "intl"],
        "club" | "team" | "side" => &["sport", "club", "club_city"],
        "newspaper" | "paper" | "broadcaster" | "network" => &["media"],
        "university" | "college" | "school" => &["edu"],
        "militia" | "army" | "movement" => &["mil", "armed"],
        _ => &[],
    }
}

/// A subject pronoun: the most recent person that is a sentence subject in the last three
/// sentences, else the most recent person, with a compatible gender.
fn pronoun_antecedent(a: &Analysis, r: &Resolved, mi: usize) -> Option<usize> {
    let m = r.mentions.get(mi)?;
    let Info::Person(p) = &m.info else { return None };
    let here = a.sentence_of(m.start);
    let compatible = |e: usize| r.entities.get(e).is_some_and(|x| x.gender == Gender::Unknown || x.gender == p.gender);
    let mut recent = None;
    for j in (0..mi).rev().take(LINK_WINDOW) {
        let Some(o) = r.mentions.get(j).filter(|o| o.kind == MentionKind::Person) else { continue };
        let Some(e) = r.entity_of_mention(j) else { continue };
        if !compatible(e) {
            continue;
        }
        let s = a.sentence_of(o.start);
        if here.saturating_sub(s) > 3 {
            break;
        }
        let subject = a.sentence(s).start == o.start && s < here;
        if subject {
            return Some(e);
        }
        recent.get_or_insert(e);
    }
    recent
}

/// Role and affiliation of each named person, from the words around the name:
/// [`role_before`] ("NATO spokesman Max Marriner", "CEO of the Alliance Jane Roe", "a spokesman
/// for the Alliance, Jane Roe,") and [`role_after`] ("Jane Roe, chief executive of the Alliance,",
/// "Jane Roe, Norway's envoy to NATO,").
fn affiliations(a: &Analysis, r: &mut Resolved) {
    for mi in 0..r.mentions.len() {
        let Some(m) = r.mentions.get(mi) else { continue };
        if m.kind != MentionKind::Person || m.anaphoric {
            continue;
        }
        let Some(pe) = r.entity_of_mention(mi) else { continue };
        let Some((role, org)) = role_before(a, r, mi).or_else(|| role_after(a, r, mi)) else { continue };
        let role = a.slice(role.0, role.1).to_string();
        let org = org.and_then(|o| r.entity_of_mention(o));
        let Some(ent) = r.entities.get_mut(pe) else { continue };
        if ent.role.is_none() {
            ent.role = Some(role);
            ent.affiliation = ent.affiliation.or(org);
        }
    }
}

/// A role and the mention of its organization: token range of the role words, mention index.
type RoleAt = ((usize, usize), Option<usize>);

/// A lower-case word that can be part of a role ("chief", "spokesman", "executive"), not a
/// verb of speech, relative pronoun or conjunction.
fn is_role_word(a: &Analysis, i: usize) -> bool {
    let Some(t) = a.tokens.get(i) else { return false };
    t.kind == crate::text::TokenKind::Word
        && t.is(crate::text::Flags::LOWER)
        && a.hit(i, crate::lexicon::Lex::Cue).is_none()
        && !matches!(
            a.word(i),
            "who"
                | "which"
                | "that"
                | "and"
                | "or"
                | "but"
                | "is"
                | "was"
                | "has"
                | "had"
                | "will"
                | "a"
                | "an"
                | "the"
                | "of"
                | "for"
                | "at"
                | "to"
                | "in"
                | "on"
                | "with"
                | "by"
                | "from"
                | "as"
                | "said"
                | "says"
        )
}

/// The organization mention starting at token `k` (after an optional "the").
fn org_mention_at(a: &Analysis, r: &Resolved, k: usize) -> Option<usize> {
    let k = if a.word(k).eq_ignore_ascii_case("the") { k + 1 } else { k };
    r.mention_at(k).filter(|&o| {
        r.mentions.get(o).is_some_and(|m| {
            m.start == k && matches!(m.kind, MentionKind::Organization | MentionKind::Court) && !m.anaphoric
        })
    })
}

/// The organization mention ending at token `end` (exclusive).
fn org_mention_ending(r: &Resolved, end: usize) -> Option<usize> {
    let o = r.mention_at(end.checked_sub(1)?)?;
    let m = r.mentions.get(o)?;
    (m.end == end && matches!(m.kind, MentionKind::Organization | MentionKind::Court) && !m.anaphoric).then_some(o)
}

/// Role words ending at `end` (exclusive): up to four, back to a non-role word.
fn role_words_ending(a: &Analysis, end: usize) -> Option<(usize, usize)> {
    let mut s = end;
    while s > 0 && end - s < 4 && is_role_word(a, s - 1) {
        s -= 1;
    }
    (s < end).then_some((s, end))
}

/// Role words starting at `start`: up to four.
fn role_words_from(a: &Analysis, start: usize) -> Option<(usize, usize)> {
    let mut e = start;
    while e - start < 4 && is_role_word(a, e) {
        e += 1;
    }
    (e > start).then_some((start, e))
}

/// Before the name: "ORG ROLE NAME" or "ORG's ROLE NAME" ("the Commission's chief spokesman
/// Ilse Marten"), "ROLE of/for/at [the] ORG [,] NAME" ("a spokesman for the Alliance, Jane Roe").
fn role_before(a: &Analysis, r: &Resolved, mi: usize) -> Option<RoleAt> {
    let m = r.mentions.get(mi)?;
    if let Some(role) = role_words_ending(a, m.start) {
        let mut k = role.0;
        if k > 0 && a.tokens.get(k - 1).is_some_and(|t| t.kind == crate::text::TokenKind::Possessive) {
            k -= 1;
        }
        if let Some(o) = org_mention_ending(r, k) {
            return Some((role, Some(o)));
        }
    }
    let end = if a.word(m.start.checked_sub(1)?) == "," { m.start - 1 } else { m.start };
    let o = org_mention_ending(r, end)?;
    let mut k = r.mentions.get(o)?.start;
    if k > 0 && a.word(k - 1).eq_ignore_ascii_case("the") {
        k -= 1;
    }
    if k == 0 || !matches!(a.word(k - 1), "of" | "at" | "for") {
        return None;
    }
    let role = role_words_ending(a, k - 1).or_else(|| capitalized_role_ending(a, k - 1))?;
    Some((role, Some(o)))
}

/// "CEO", "Chief Executive" right before "of": a capitalized role of one or two words at the
/// start of its sentence or after a determiner.
fn capitalized_role_ending(a: &Analysis, end: usize) -> Option<(usize, usize)> {
    let sentence_start = a.sentence(a.sentence_of(end.checked_sub(1)?)).start;
    let mut s = end;
    while s > sentence_start
        && end - s < 3
        && a.tokens.get(s - 1).is_some_and(crate::text::Token::is_wordlike)
        && !a.word(s - 1).eq_ignore_ascii_case("the")
    {
        s -= 1;
    }
    (s < end).then_some((s, end))
}

/// After the name: ", [a|the] ROLE of/at/for/to [the] ORG" ("Jane Roe, chief executive of the
/// Alliance,"), ", [the] ORG's ROLE" ("Jane Roe, the Alliance's treasurer,"), ", PLACE's ROLE
/// [to ORG]" ("Jane Roe, Norway's envoy to NATO,").
fn role_after(a: &Analysis, r: &Resolved, mi: usize) -> Option<RoleAt> {
    let m = r.mentions.get(mi)?;
    if a.word(m.end) != "," {
        return None;
    }
    let mut k = m.end + 1;
    if matches!(a.word(k), "a" | "an" | "the") {
        k += 1;
    }
    let mut owner = None;
    if let Some(x) = r.mention_at(k).and_then(|x| r.mentions.get(x)).filter(|x| x.start == k) {
        let p = x.end;
        if a.tokens.get(p).is_some_and(|t| t.kind == crate::text::TokenKind::Possessive) {
            owner = org_mention_at(a, r, k);
            k = p + 1;
        }
    }
    let role = role_words_from(a, k)?;
    let after = role.1;
    let org = if matches!(a.word(after), "of" | "at" | "for" | "to") { org_mention_at(a, r, after + 1) } else { None };
    let closes = matches!(a.word(after), "," | "." | ";" | ")" | "") || org.is_some();
    closes.then_some((role, org.or(owner)))
}
