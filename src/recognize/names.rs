//! Shared predicates over name-like tokens, used by the people, organization and court rules.

use std::cell::OnceCell;
use std::collections::HashSet;

use super::Candidate;
use crate::lexicon::{Lex, WordHash};

/// The longest person name, in tokens ("Maria de la Luz Garcia Lopez Jr.").
pub const MAX_PERSON_TOKENS: usize = 8;
/// The longest organization name, in tokens ("International Bank for Reconstruction and
/// Development of the ...").
pub const MAX_ORG_TOKENS: usize = 16;
/// How far rules look around a token for context (a long sentence fits).
pub const CONTEXT_TOKENS: usize = 80;
use crate::text::{Analysis, Flags, Token, TokenKind};

/// Capitalized function words and sentence openers that never start a name.
pub fn is_function_word(w: &str) -> bool {
    // Besides the closed-class words that open sentences: prepositions, auxiliaries and
    // quantifiers that can stand capitalized in a headline or title.
    crate::text::is_function_word(w)
        || matches!(
            w,
            "Of" | "Though"
                | "Neither"
                | "Either"
                | "Instead"
                | "Like"
                | "Unlike"
                | "Over"
                | "About"
                | "Against"
                | "Until"
                | "Among"
                | "Between"
                | "Through"
                | "Without"
                | "Within"
                | "Into"
                | "Upon"
                | "Mr"
                | "Several"
                | "Other"
                | "Two"
                | "Three"
                | "Once"
                | "Later"
                | "Earlier"
                | "Even"
                | "Just"
                | "Only"
                | "More"
                | "Less"
                | "May"
                | "Might"
                | "Must"
                | "Has"
                | "Have"
                | "Had"
                | "Be"
                | "Being"
                | "Been"
                | "Let"
                | "Yes"
        )
}

/// A capitalized word that can be part of a name (not a function word, not a month or weekday
/// on its own).
pub fn is_name_word(a: &Analysis, i: usize) -> bool {
    let Some(t) = a.tokens.get(i) else { return false };
    if !matches!(t.kind, TokenKind::Word | TokenKind::Abbreviation) {
        return false;
    }
    let w = a.word(i);
    if !t.is(Flags::CAPITALIZED) {
        return t.is(Flags::HYPHENATED) && is_particle_compound(w);
    }
    !is_function_word(w)
}

/// True when a name rule may start at this token: it is capitalized ("Haftar"), in capitals
/// ("NATO") or hyphenated ("al-Sayeh"), the shapes [`is_name_word`], initials and the name
/// lexicons need. Recognizers skip their name rules elsewhere.
pub fn may_start_name(t: &Token) -> bool {
    t.is(Flags::CAPITALIZED) || t.is(Flags::ALL_CAPS) || t.is(Flags::HYPHENATED)
}

/// "al-Sayeh", "el-Sisi", "bin-Talal": a lower-case Arabic particle glued by a hyphen to a
/// capitalized name.
fn is_particle_compound(w: &str) -> bool {
    let Some((particle, rest)) = w.split_once('-') else { return false };
    matches!(
        particle,
        "al" | "el"
            | "ad"
            | "ar"
            | "as"
            | "ash"
            | "at"
            | "az"
            | "ud"
            | "ul"
            | "an"
            | "bin"
            | "ibn"
            | "abu"
            | "abd"
            | "bint"
    ) && rest.starts_with(|c: char| c.is_uppercase())
}

/// A single-capital initial with its period (`Z.`).
pub fn is_initial(a: &Analysis, i: usize) -> bool {
    a.tokens.get(i).is_some_and(|t| t.is(Flags::INITIAL))
}

/// A surname particle (`al-`, `bin`, `van der`): the end token of its hit.
pub fn particle_end(a: &Analysis, i: usize) -> Option<usize> {
    a.hit(i, Lex::NameParticle).filter(|h| a.lexicon_field(h, 0) == "particle").map(|h| h.end as usize)
}

/// For each token, whether its line is in capitals (a headline or a table: most of the line's
/// words are all caps).
pub fn caps_lines(a: &Analysis) -> Vec<bool> {
    let mut out = Vec::with_capacity(a.tokens.len());
    for line in a.tokens.chunk_by(|_, t| !t.is(Flags::NEWLINE_BEFORE)) {
        let (mut caps, mut words) = (0usize, 0usize);
        for t in line {
            if t.kind == TokenKind::Word && t.is(Flags::HAS_ALPHA) {
                words += 1;
                caps += usize::from(t.is(Flags::ALL_CAPS));
            }
        }
        let is_caps = words >= 2 && caps * 4 >= words * 3;
        out.resize(out.len() + line.len(), is_caps);
    }
    out
}

/// Labels of table rows that look like teams before a number ("Total 250", "Attendance:").
pub fn is_table_label(w: &str) -> bool {
    matches!(
        w,
        "Total"
            | "Totals"
            | "Extras"
            | "Qualifier"
            | "Attendance"
            | "Played"
            | "Halftime"
            | "Result"
            | "Results"
            | "Round"
            | "Group"
            | "Pool"
            | "Points"
            | "Score"
            | "Scores"
            | "Week"
            | "Day"
            | "Race"
            | "Stage"
            | "Leg"
            | "Game"
            | "Match"
            | "Heat"
            | "Final"
            | "Semifinal"
            | "Quarterfinal"
            | "Pts"
            | "Rank"
            | "No"
            | "Year"
            | "Net"
            | "Sales"
            | "Revenue"
            | "Income"
            | "Shares"
            | "Dividend"
            | "Price"
            | "Volume"
            | "Turnover"
    )
}

/// True when token `i` starts a line (or the text, or its sentence).
pub fn is_line_start(a: &Analysis, i: usize) -> bool {
    i == 0 || a.tokens.get(i).is_some_and(|t| t.is(Flags::NEWLINE_BEFORE)) || a.sentence(a.sentence_of(i)).start == i
}

/// Words that head competitions rather than organizations ("Premier League", "Davis Cup").
pub fn is_competition_word(w: &str) -> bool {
    [
        "League",
        "Cup",
        "Open",
        "Championship",
        "Championships",
        "Division",
        "Games",
        "Trophy",
        "Prix",
        "Series",
        "Tour",
        "Masters",
        "Classic",
        "Derby",
        "Stakes",
        "Marathon",
        "Rally",
        "Olympics",
        "Bowl",
    ]
    .iter()
    .any(|c| c.eq_ignore_ascii_case(w))
}

/// A location hit naming a country (national teams are locations, not organizations).
pub fn is_country(a: &Analysis, h: &crate::lexicon::Hit) -> bool {
    let class = a.lexicon_field(h, 0);
    class.contains("country") || class.contains("region") || class == "continent"
}

/// True when tokens `[i, end)` are exactly a place name ("West Bank", "Kansas City",
/// "NEW YORK").
pub fn is_exact_place(a: &Analysis, i: usize, end: usize) -> bool {
    a.hits_at(i).iter().any(|h| h.lex == Lex::Location && h.end as usize == end)
}

/// The end of a nationality adjective starting at `i` ("Russian", "Sri Lankan").
pub fn nationality_end(a: &Analysis, i: usize) -> Option<usize> {
    a.hit(i, Lex::Nationality).map(|h| h.end as usize)
}

/// All-caps words that are not organizations: units, currencies, common abbreviations, Roman
/// numerals, time zones.
pub fn is_non_org_acronym(w: &str) -> bool {
    matches!(
        w,
        "I" | "II"
            | "III"
            | "IV"
            | "VI"
            | "VII"
            | "VIII"
            | "IX"
            | "XI"
            | "OK"
            | "TV"
            | "CEO"
            | "CFO"
            | "GMT"
            | "EST"
            | "EDT"
            | "PST"
            | "AM"
            | "PM"
            | "AIDS"
            | "HIV"
            | "GDP"
            | "GNP"
            | "CPI"
            | "PC"
            | "CD"
            | "DNA"
            | "MP"
            | "MPS"
            | "VAT"
            | "US"
            | "USA"
            | "UK"
            | "UAE"
            | "USSR"
            | "DM"
            | "USD"
            | "EUR"
            | "GBP"
            | "JPY"
            | "ECU"
            | "NOTE"
            | "RESULTS"
            | "PCT"
            | "BSE"
            | "CJD"
            | "LBW"
            | "NO"
            | "YR"
            | "ET"
            | "CT"
            | "PT"
            | "MT"
            | "VS"
            | "RPT"
            | "ADR"
            | "ADRS"
            | "IPO"
            | "FY"
            | "EPS"
            | "NET"
            | "LTD"
            | "INC"
            | "CORP"
            | "CO"
            | "PLC"
            | "AG"
            | "SA"
            | "NV"
            | "BV"
            | "JAN"
            | "FEB"
            | "MAR"
            | "APR"
            | "JUN"
            | "JUL"
            | "AUG"
            | "SEP"
            | "SEPT"
            | "OCT"
            | "NOV"
            | "DEC"
            | "RBI"
            | "ERA"
            | "FRN"
            | "GB"
            | "MW"
            | "KG"
            | "KM"
    )
}

/// Document-level consistency: wherever the text of a `keys` range (a name found once) stands
/// again, capitalized and not inside a candidate of `found`, `make` proposes it again. Hash
/// lookups of text slices, at most six tokens long: linear in the document.
pub fn repeats(
    a: &Analysis,
    found: &[Candidate],
    keys: &[(usize, usize)],
    make: impl Fn(usize, usize) -> Candidate,
) -> Vec<Candidate> {
    let mut names: HashSet<&str, WordHash> = HashSet::with_capacity_and_hasher(keys.len(), WordHash::default());
    // The same names in capitals, for headlines ("STICH WINS" after "Michael Stich").
    let mut upper: HashSet<String, WordHash> = HashSet::with_capacity_and_hasher(keys.len(), WordHash::default());
    let mut longest = 0;
    let mut lengths = LengthSet::default();
    for &(s, e) in keys {
        if e > s && e - s <= 6 {
            let name = a.slice(s, e);
            if names.insert(name) {
                let caps = name.to_uppercase();
                lengths.insert(name.len());
                lengths.insert(caps.len());
                upper.insert(caps);
            }
            longest = longest.max(e - s);
        }
    }
    let caps = caps_lines(a);
    let mut covered = vec![false; a.tokens.len()];
    for c in found {
        for x in covered.iter_mut().take(c.end).skip(c.start) {
            *x = true;
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(t) = a.tokens.get(i) {
        if covered.get(i) == Some(&true) || !t.is(Flags::CAPITALIZED) {
            i += 1;
            continue;
        }
        let in_caps = caps.get(i) == Some(&true) && t.is(Flags::ALL_CAPS);
        let len = (1..=longest).rev().find(|&l| {
            // `covered` runs over every token: `None` past the end of the text.
            covered.get(i..i + l).is_some_and(|c| !c.contains(&true))
                && lengths.contains(a.slice(i, i + l).len())
                && (names.contains(a.slice(i, i + l))
                    || in_caps && upper.contains(a.slice(i, i + l)) && !is_exact_place(a, i, i + l))
        });
        match len {
            Some(l)
                if in_caps
                    || a.tokens
                        .get(i + l)
                        .map_or(true, |t| !t.is(Flags::CAPITALIZED) || t.is(Flags::NEWLINE_BEFORE)) =>
            {
                out.push(make(i, i + l));
                i += l;
            }
            _ => i += 1,
        }
    }
    out
}

/// A set of byte lengths (those over 127 share one bit): a cheap test that rules most text
/// slices out before a hash look-up.
#[derive(Debug, Default, Clone, Copy)]
struct LengthSet(u128);

impl LengthSet {
    fn insert(&mut self, len: usize) {
        self.0 |= 1 << len.min(127);
    }

    fn contains(self, len: usize) -> bool {
        self.0 & (1 << len.min(127)) != 0
    }
}

/// Lower-case nouns for what people are or do, which stand right before or after a name
/// ("spokeswoman Rona Young", "Rona Young, executive director of").
pub fn is_role_noun(w: &str) -> bool {
    matches!(
        w,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "director"
            | "secretary"
            | "president"
            | "chairman"
            | "chairwoman"
            | "minister"
            | "leader"
            | "lawyer"
            | "attorney"
            | "executive"
            | "analyst"
            | "economist"
            | "official"
            | "manager"
            | "coach"
            | "captain"
            | "chief"
            | "professor"
            | "author"
            | "editor"
            | "founder"
            | "ambassador"
            | "envoy"
            | "senator"
            | "governor"
            | "mayor"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "forward"
            | "pitcher"
            | "outfielder"
            | "batsman"
            | "bowler"
            | "medallist"
            | "medalist"
            | "champion"
            | "teammate"
            | "trainer"
            | "jockey"
            | "rider"
            | "driver"
            | "commander"
            | "negotiator"
            | "diplomat"
            | "dealer"
            | "trader"
            | "strategist"
            | "correspondent"
            | "reporter"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "father"
            | "mother"
            | "uncle"
            | "aunt"
            | "cousin"
            | "nephew"
            | "niece"
            | "widow"
            | "widower"
            | "boss"
            | "skipper"
            | "winger"
            | "keeper"
            | "quarterback"
            | "boxer"
            | "golfer"
            | "cyclist"
            | "sprinter"
            | "swimmer"
            | "actor"
            | "actress"
            | "singer"
            | "novelist"
            | "comedian"
            | "presenter"
            | "columnist"
            | "historian"
            | "prosecutor"
            | "judge"
            | "detective"
            | "adviser"
            | "advisor"
            | "aide"
            | "activist"
            | "campaigner"
            | "businessman"
            | "businesswoman"
            | "tycoon"
            | "billionaire"
            | "chancellor"
    )
}

/// Weekday and month names ("Monday", "August"), which are capitalized but name no one.
pub fn is_calendar_word(w: &str) -> bool {
    // "May" is also a name (Theresa May).
    w != "May" && crate::text::is_calendar_name(w)
}

/// The words a text writes in lower case, gathered on first use: a capitalized word that the
/// text also writes in lower case is a common word ("PRESS" after "the press", "Like Prescott"
/// after "like"). The set borrows the text; nothing is allocated per word.
pub struct LowerWords<'a, 't> {
    a: &'a Analysis<'t>,
    set: OnceCell<HashSet<&'t str, WordHash>>,
}

impl<'a, 't> LowerWords<'a, 't> {
    /// The (not yet gathered) lower-case words of `a`.
    pub fn new(a: &'a Analysis<'t>) -> Self {
        LowerWords { a, set: OnceCell::new() }
    }

    /// True when the text writes the word of token `k` in lower case somewhere.
    pub fn has(&self, k: usize) -> bool {
        let a = self.a;
        let set = self
            .set
            .get_or_init(|| (0..a.tokens.len()).filter(|&j| a.token_is(j, Flags::LOWER)).map(|j| a.word(j)).collect());
        set.contains(a.lower(k))
    }
}
