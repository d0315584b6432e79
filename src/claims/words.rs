//! Small word classes and token tests shared by the claim grammar.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::document::MentionKind;
use crate::lexicon::{WordHash, WordSet};
use crate::recognize::Candidate;
use crate::resolve::Resolved;
use crate::text::{Analysis, Flags, TokenKind};

/// Words that end a speaker phrase when walking back from the cue ("... that **X** said").
pub fn stops_speaker(w: &str) -> bool {
    const STOP: &[&str] = &[
        "that",
        "which",
        "who",
        "whom",
        "and",
        "but",
        "because",
        "while",
        "when",
        "if",
        "as",
        "after",
        "before",
        "since",
        "although",
        "though",
        "where",
        "so",
        "or",
        "nor",
        "than",
        "whether",
        "there",
        "not",
        "to",
        "what",
        "how",
        "why",
        "in",
        "on",
        "at",
        "with",
        "by",
        "from",
        "for",
        "of",
        "about",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "also",
        "then",
        "now",
        "yet",
        "once",
        "until",
        "despite",
        "amid",
        "among",
        "against",
        "into",
        "through",
        "including",
        "given",
        "toward",
        "towards",
        "via",
        "upon",
    ];
    static SET: WordSet = WordSet::new(STOP);
    SET.contains(w) || is_be(w)
}

/// Adverbs between a speaker and its cue ("Muntasser **also** noted").
pub fn is_adverb(w: &str) -> bool {
    const ADV: &[&str] = &[
        "also",
        "later",
        "again",
        "further",
        "previously",
        "repeatedly",
        "earlier",
        "recently",
        "then",
        "once",
        "often",
        "reportedly",
        "publicly",
        "privately",
        "separately",
        "firmly",
        "flatly",
        "strongly",
        "angrily",
        "bluntly",
        "openly",
        "quickly",
        "simply",
        "formally",
        "officially",
        "initially",
        "first",
        "finally",
        "subsequently",
        "similarly",
        "likewise",
        "even",
        "still",
        "already",
        "frequently",
        "explicitly",
        "clearly",
        "specifically",
        "confidently",
        "proudly",
        "never",
        "always",
        "not",
        "n't",
        "just",
        "only",
        "long",
        "widely",
        "generally",
        "personally",
        "privately",
        "indeed",
        "actually",
        "both",
        "all",
        "twice",
        "however",
        "instead",
        "soon",
        "well",
        "too",
        "better",
        "best",
    ];
    static SET: WordSet = WordSet::new(ADV);
    SET.contains(w)
}

/// A lower-case "-ly" adverb ("jokingly", "publicly"), not a noun such as "family" or "rally".
pub fn is_ly_adverb(a: &Analysis, i: usize) -> bool {
    const NOUNS: &[&str] = &[
        "family", "rally", "ally", "assembly", "supply", "reply", "july", "italy", "early", "only", "holy", "belly",
        "bully", "jelly", "fly", "apply", "comply", "imply", "rely", "multiply", "anomaly", "monopoly", "homily",
    ];
    let w = a.word(i);
    w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase()) && !NOUNS.contains(&w)
}

/// "saying", "urging": an -ing form (a present participle or a gerund).
pub fn is_ing_form(w: &str) -> bool {
    w.ends_with("ing")
}

/// "urging", "keeping": an -ing form of a verb (not "any**thing**", "some**thing**").
pub fn is_verb_ing(w: &str) -> bool {
    is_ing_form(w) && !w.ends_with("thing")
}

/// "facing", "rattling": an -ing form of more than four letters, a participle (not "king", "sing").
pub fn is_participle_word(w: &str) -> bool {
    w.len() > 4 && is_ing_form(w)
}

/// "published", "written": a past form ending in "-ed" or "-en".
pub fn is_past_participle_form(w: &str) -> bool {
    w.ends_with("ed") || w.ends_with("en")
}

/// A lower-case participle at token `k` ("Ann Lee, **facing** a race").
pub fn is_lower_participle(a: &Analysis, k: usize) -> bool {
    a.token_is(k, Flags::LOWER) && is_participle_word(a.word(k))
}

/// "voiced", "published": a lower-case word ending in "-ed" (more than four letters; not "Ted",
/// "Ahmed", "bed").
pub fn is_lower_ed_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// "warned", "published": an "-ed" verb form, not a hyphenated compound ("long-awaited",
/// "state-owned").
pub fn is_ed_verb(w: &str) -> bool {
    w.ends_with("ed") && !w.contains('-')
}

/// "said", "told", "wrote", "warned": a past verb form (never a noun after "her").
pub fn is_past_verb(w: &str) -> bool {
    w.ends_with("ed") || is_saying_past(w)
}

/// "said", "told", "thought": irregular past forms of verbs of saying and thinking.
fn is_saying_past(w: &str) -> bool {
    static V: WordSet = WordSet::new(&["said", "told", "wrote", "thought", "felt", "knew"]);
    V.contains(w)
}

/// "made", "took", "sent": common irregular past forms, which end a subject ("the mayor **made**
/// an attempt").
pub fn is_irregular_past(w: &str) -> bool {
    static V: WordSet = WordSet::new(&[
        "made", "took", "gave", "went", "came", "got", "put", "held", "met", "left", "sent", "won", "lost", "ran",
        "saw", "kept", "brought", "began", "stood", "spent", "led", "became", "paid", "sold", "bought", "built",
        "drew", "struck", "fought", "hit", "cut", "set", "sat", "fell", "rose", "grew", "threw", "wore", "broke",
        "chose", "spoke", "found", "heard", "meant",
    ]);
    V.contains(w) || is_saying_past(w)
}

/// "voters", "polls": a lower-case word in "-s" (not "-ss") of more than three letters, likely a
/// plural noun.
pub fn is_s_plural(a: &Analysis, i: usize) -> bool {
    a.token_is(i, Flags::LOWER) && is_s_plural_word(a.word(i))
}

/// "voters", "Polls": a word in "-s" (not "-ss": "press") of more than three letters, whatever its
/// case.
pub fn is_s_plural_word(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// "But", "And", "Still", "Or": words that may open a sentence before its subject.
pub fn opens_with_conjunction(w: &str) -> bool {
    const C: &[&str] =
        &["but", "and", "or", "so", "yet", "still", "meanwhile", "however", "instead", "now", "then", "also", "even"];
    C.iter().any(|c| c.eq_ignore_ascii_case(w))
}

/// "But, **according** to X": the first token in `[s, e)` after marks and opening conjunctions.
pub fn first_content_word(a: &Analysis, s: usize, e: usize) -> Option<usize> {
    (s..e).find(|&k| !is_mark(a, k) && !opens_with_conjunction(a.word(k)))
}

/// "who", "which", "that", "whom": relative pronouns.
pub fn is_relative_pronoun(w: &str) -> bool {
    static R: WordSet = WordSet::new(&["who", "which", "that", "whom"]);
    R.contains(w)
}

/// "because", "although", "while": subordinators of reason or contrast, which open a clause with
/// a subject of its own.
pub fn is_contrast_subordinator(w: &str) -> bool {
    static S: WordSet = WordSet::new(&["because", "although", "though", "while", "whereas"]);
    S.contains(w)
}

/// A word-like token with a capital letter first ("Trump", "Report").
pub fn is_capitalized_word(a: &Analysis, k: usize) -> bool {
    a.tokens.get(k).is_some_and(|t| t.is_wordlike() && t.is(Flags::CAPITALIZED))
}

/// A form of "be" that makes a passive or links a stance: "**was** announced", "**is** expected".
pub fn is_be(w: &str) -> bool {
    static BE: WordSet = WordSet::new(&["is", "are", "was", "were", "be", "been"]);
    BE.contains(w)
}

/// Auxiliaries that belong to the cue ("**has** stated", "**will** argue").
pub fn is_aux(w: &str) -> bool {
    const AUX: &[&str] = &[
        "has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d", "will", "would", "'ll", "’ll", "did", "does", "do",
        "may", "might", "could", "can", "should", "must",
    ];
    static SET: WordSet = WordSet::new(AUX);
    SET.contains(w) || is_be(w) || is_negated_aux(w)
}

/// "can't", "don’t", "won't": an auxiliary with its negation in one token.
fn is_negated_aux(w: &str) -> bool {
    let stem = w.strip_suffix("n't").or_else(|| w.strip_suffix("n’t"));
    stem.is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Subject pronouns that can speak ("**He** also stated").
pub fn is_subject_pronoun(w: &str) -> bool {
    const P: &[&str] = &["he", "she", "they", "we", "i", "you"];
    P.iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// True for punctuation, quote marks, brackets and dashes.
pub fn is_mark(a: &Analysis, i: usize) -> bool {
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
                | TokenKind::Symbol
        )
    })
}

/// The first token in `[s, e)` that is no mark: the first word of a sentence or clause ("“**But**
/// ..."); `None` when only marks stand there.
pub fn first_word(a: &Analysis, s: usize, e: usize) -> Option<usize> {
    (s..e).find(|&k| !is_mark(a, k))
}

/// True when token `i` is of kind `k`.
pub fn kind_is(a: &Analysis, i: usize, k: TokenKind) -> bool {
    a.tokens.get(i).is_some_and(|t| t.kind == k)
}

/// True when tokens `[s, e)` hold a letter or digit (a content needs words).
pub fn has_word(a: &Analysis, s: usize, e: usize) -> bool {
    (s..e).any(|i| a.word(i).chars().any(char::is_alphanumeric))
}

/// The mention covering token `i`, with its index.
pub fn mention_at(r: &Resolved, i: usize) -> Option<(usize, &Candidate)> {
    let m = r.mention_at(i)?;
    r.mentions.get(m).map(|mm| (m, mm))
}

/// The mention that starts at token `i`, with its index.
pub fn mention_starting(r: &Resolved, i: usize) -> Option<(usize, &Candidate)> {
    mention_at(r, i).filter(|(_, mm)| mm.start == i)
}

/// The date mention covering token `i` ("on **Friday**").
pub fn date_at(r: &Resolved, i: usize) -> Option<&Candidate> {
    mention_at(r, i).map(|(_, m)| m).filter(|m| m.kind == MentionKind::Date)
}

/// The date mention that starts at token `i` ("by news organizations **late Tuesday**").
pub fn date_starting(r: &Resolved, i: usize) -> Option<&Candidate> {
    date_at(r, i).filter(|m| m.start == i)
}

/// True when tokens `[s, e)` hold a word-like token.
pub fn any_wordlike(a: &Analysis, s: usize, e: usize) -> bool {
    a.tokens.get(s..e).is_some_and(|ts| ts.iter().any(|t| t.is_wordlike()))
}

/// True when token `i` is word-like.
pub fn is_wordlike(a: &Analysis, i: usize) -> bool {
    a.tokens.get(i).is_some_and(|t| t.is_wordlike())
}

/// "four in **10**", "three of **five**", "one in **four**": a number that ends a share of people.
pub fn is_share(a: &Analysis, j: usize) -> bool {
    (kind_is(a, j, TokenKind::Number) || is_number_word(a.word(j)))
        && j.checked_sub(1).is_some_and(|q| ["in", "of"].iter().any(|x| x.eq_ignore_ascii_case(a.word(q))))
}

/// "three", "Fifteen", "twenty-four": a number above one spelled out, in any case ("one" is a
/// pronoun too).
pub fn is_number_word(w: &str) -> bool {
    // (Lower-cased on the stack, no allocation: "seventy-seven" has 13 letters.)
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    let value = std::str::from_utf8(lower).ok().and_then(crate::recognize::dates::words::number_word);
    value.is_some_and(|n| n > 1)
}

/// True when token `i` is a comma, or a closing quote right after one ("called it “terrible**,”**
/// denounced ...": the comma inside the quote marks).
pub fn is_comma(a: &Analysis, i: usize) -> bool {
    a.is_word(i, ",") || kind_is(a, i, TokenKind::CloseQuote) && i.checked_sub(1).is_some_and(|p| a.is_word(p, ","))
}

/// "poll", "survey", "study": nouns naming a source of findings.
pub fn is_source_noun(w: &str) -> bool {
    static S: WordSet = WordSet::new(&[
        "poll", "polls", "survey", "surveys", "study", "studies", "census", "report", "reports", "analysis", "review",
        "audit",
    ]);
    S.contains(w)
}

/// "**others** have said", "**people** familiar with her thinking say", "**critics** argue":
/// plural nouns of people (and "polls", "surveys", which speak for them) that stand bare, without a
/// determiner, as the subject of a report.
pub fn is_group_noun(w: &str) -> bool {
    static G: WordSet = WordSet::new(&[
        "others",
        "people",
        "voters",
        "officials",
        "critics",
        "experts",
        "analysts",
        "aides",
        "advisers",
        "advisors",
        "allies",
        "supporters",
        "opponents",
        "lawmakers",
        "legislators",
        "economists",
        "observers",
        "strategists",
        "insiders",
        "activists",
        "residents",
        "investors",
        "researchers",
        "scientists",
        "sources",
        "polls",
        "surveys",
    ]);
    G.contains(w)
}

/// A fixed table of lower-case words, each with the classes it belongs to (bit flags): one list
/// for word classes that overlap ("hope" names an attitude and an intention), matched
/// ASCII-case-insensitively as a [`WordSet`] is.
#[derive(Debug)]
pub struct WordTable {
    entries: &'static [(&'static str, u8)],
    map: OnceLock<HashMap<&'static str, u8, WordHash>>,
}

/// Words longer than this are in no table (the stack buffer for lower-casing).
const MAX_TABLE_WORD: usize = 32;

impl WordTable {
    /// The table of `entries` (each word written once, in lower case).
    pub const fn new(entries: &'static [(&'static str, u8)]) -> WordTable {
        WordTable { entries, map: OnceLock::new() }
    }

    /// Whether `w`, with its ASCII letters lower-cased, belongs to one of the classes in `class`.
    pub fn has(&self, w: &str, class: u8) -> bool {
        let map = self.map.get_or_init(|| self.entries.iter().copied().collect());
        let mut buf = [0u8; MAX_TABLE_WORD];
        let lower = match buf.get_mut(..w.len()) {
            Some(b) if w.bytes().any(|c| c.is_ascii_uppercase()) => {
                b.copy_from_slice(w.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).unwrap_or(w)
            }
            _ => w,
        };
        map.get(lower).is_some_and(|&c| c & class != 0)
    }
}

/// Stance nouns naming an evaluation or an attitude ("criticism", "fears", "doubts"), whose
/// "of"/"about" phrase is their object.
const ATTITUDE: u8 = 1;
/// Stance nouns naming an intention ("plan", "vow", "bid"), whose infinitive is their content.
const INTENTION: u8 = 1 << 1;
/// Nouns of support (or blame) given to someone ("support", "backing", "criticism").
const SUPPORT: u8 = 1 << 2;
/// Stance nouns whose object follows "to" ("opposition to", "commitment to").
const TO_OBJECT: u8 = 1 << 3;
/// Lemmas of cue verbs whose base form is also a stance noun ("plan", "hope", "doubt").
const VERB_NOUN: u8 = 1 << 4;

/// The stance nouns, with their classes.
static STANCE_NOUNS: WordTable = WordTable::new(&[
    ("criticism", ATTITUDE | SUPPORT),
    ("criticisms", ATTITUDE),
    ("praise", ATTITUDE | SUPPORT),
    ("condemnation", ATTITUDE),
    ("condemnations", ATTITUDE),
    ("accusation", ATTITUDE),
    ("accusations", ATTITUDE),
    ("allegation", ATTITUDE),
    ("allegations", ATTITUDE),
    ("fear", ATTITUDE | VERB_NOUN),
    ("fears", ATTITUDE),
    ("concern", ATTITUDE),
    ("concerns", ATTITUDE),
    ("worry", ATTITUDE),
    ("worries", ATTITUDE),
    ("doubt", ATTITUDE | VERB_NOUN),
    ("doubts", ATTITUDE),
    ("skepticism", ATTITUDE),
    ("scepticism", ATTITUDE),
    ("outrage", ATTITUDE),
    ("suspicion", ATTITUDE),
    ("suspicions", ATTITUDE),
    ("hope", ATTITUDE | INTENTION | VERB_NOUN),
    ("hopes", ATTITUDE | INTENTION),
    ("expectation", ATTITUDE),
    ("expectations", ATTITUDE),
    ("belief", ATTITUDE),
    ("beliefs", ATTITUDE),
    ("perception", ATTITUDE),
    ("perceptions", ATTITUDE),
    ("opposition", ATTITUDE | TO_OBJECT),
    ("objection", ATTITUDE | TO_OBJECT),
    ("objections", ATTITUDE | TO_OBJECT),
    ("complaint", ATTITUDE),
    ("complaints", ATTITUDE),
    ("warning", ATTITUDE),
    ("warnings", ATTITUDE),
    ("denial", ATTITUDE),
    ("denials", ATTITUDE),
    ("assessment", ATTITUDE),
    ("assessments", ATTITUDE),
    ("plan", INTENTION | VERB_NOUN),
    ("plans", INTENTION),
    ("promise", INTENTION | VERB_NOUN),
    ("promises", INTENTION),
    ("pledge", INTENTION | VERB_NOUN),
    ("pledges", INTENTION),
    ("vow", INTENTION | VERB_NOUN),
    ("vows", INTENTION),
    ("bid", INTENTION),
    ("bids", INTENTION),
    ("attempt", INTENTION),
    ("attempts", INTENTION),
    ("intention", INTENTION),
    ("intentions", INTENTION),
    ("threat", INTENTION),
    ("threats", INTENTION),
    ("desire", INTENTION),
    ("determination", INTENTION),
    ("refusal", INTENTION),
    ("refusals", INTENTION),
    ("reluctance", INTENTION),
    ("willingness", INTENTION),
    ("eagerness", INTENTION),
    ("support", SUPPORT),
    ("backing", SUPPORT),
    ("endorsement", SUPPORT),
    ("endorsements", SUPPORT),
    ("blessing", SUPPORT),
    ("commitment", TO_OBJECT),
    ("commitments", TO_OBJECT),
    ("wish", VERB_NOUN),
    ("demand", VERB_NOUN),
    ("request", VERB_NOUN),
    ("estimate", VERB_NOUN),
    ("forecast", VERB_NOUN),
    ("sense", VERB_NOUN),
    ("push", VERB_NOUN),
]);

/// "criticism", "fears", "doubts": nouns naming an evaluation or an attitude (not a message such
/// as "speech" or "email", whose "of"/"on" phrase names its occasion or topic).
pub fn is_attitude_noun(w: &str) -> bool {
    STANCE_NOUNS.has(w, ATTITUDE)
}

/// "plan", "vow", "bid": nouns naming an intention, whose infinitive is its content.
pub fn is_intention_noun(w: &str) -> bool {
    STANCE_NOUNS.has(w, INTENTION)
}

/// "support", "backing", "endorsement", "criticism": nouns of support (or blame) given to someone.
pub fn is_support_noun(w: &str) -> bool {
    STANCE_NOUNS.has(w, SUPPORT)
}

/// "her **opposition to** the plan", "a **commitment to** free trade": nouns whose object follows "to".
pub fn takes_to_object(w: &str) -> bool {
    STANCE_NOUNS.has(w, TO_OBJECT)
}

/// Lemmas of verbs whose base form is also a noun naming a hope, a fear or an intention ("plan",
/// "hope", "doubt"): after a modifier it is the noun ("serious doubt", "a late plan").
pub fn is_stance_noun(lemma: &str) -> bool {
    STANCE_NOUNS.has(lemma, VERB_NOUN)
}

/// Nouns of a message that a subject puts out ("ad", "letter", "statement").
const MESSAGE: u8 = 1;
/// Nouns of a document or an occasion of speaking, which take no "that" clause of their own
/// ("emails", "a speech", "his comments").
const DOCUMENT: u8 = 1 << 1;

/// The nouns of messages and documents, with their classes.
static MESSAGE_NOUNS: WordTable = WordTable::new(&[
    ("ad", MESSAGE),
    ("ads", MESSAGE),
    ("spot", MESSAGE),
    ("spots", MESSAGE),
    ("commercial", MESSAGE),
    ("commercials", MESSAGE),
    ("letter", MESSAGE | DOCUMENT),
    ("letters", MESSAGE | DOCUMENT),
    ("statement", MESSAGE),
    ("statements", MESSAGE),
    ("memo", MESSAGE | DOCUMENT),
    ("memos", DOCUMENT),
    ("campaign", MESSAGE),
    ("video", MESSAGE),
    ("email", MESSAGE | DOCUMENT),
    ("emails", DOCUMENT),
    ("e-mail", MESSAGE | DOCUMENT),
    ("e-mails", DOCUMENT),
    ("tweet", MESSAGE),
    ("tweets", MESSAGE | DOCUMENT),
    ("post", MESSAGE),
    ("posts", DOCUMENT),
    ("mailer", MESSAGE),
    ("mailers", MESSAGE),
    ("flier", MESSAGE),
    ("fliers", MESSAGE),
    ("petition", MESSAGE),
    ("resolution", MESSAGE),
    ("release", MESSAGE),
    ("brief", MESSAGE),
    ("interview", DOCUMENT),
    ("interviews", DOCUMENT),
    ("speech", DOCUMENT),
    ("speeches", DOCUMENT),
    ("briefing", DOCUMENT),
    ("editorial", DOCUMENT),
    ("op-ed", DOCUMENT),
    ("memoir", DOCUMENT),
    ("sermon", DOCUMENT),
    ("comments", DOCUMENT),
    ("remarks", DOCUMENT),
]);

/// "ad", "letter", "statement": a message that a subject puts out.
pub fn is_message_noun(w: &str) -> bool {
    MESSAGE_NOUNS.has(w, MESSAGE)
}

/// "emails", "a speech", "his comments": nouns of a document or an occasion of speaking, which
/// take no "that" clause of their own ("the emails **that** she had given", "the speech **that**
/// he gave" are relative clauses).
pub fn is_document_noun(w: &str) -> bool {
    MESSAGE_NOUNS.has(w, DOCUMENT)
}

/// "about", "nearly": a word that opens a number phrase ("by **about** a third of voters").
pub fn is_approximator(w: &str) -> bool {
    ["about", "nearly", "almost", "roughly", "some"].iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// The class of [`CONTENT_NOUNS`].
const CONTENT: u8 = 1;

/// Nouns that take a "that" clause giving their content, besides the attitude nouns ("reports",
/// "claims", "the idea"): "denied **reports** that the files were lost".
static CONTENT_NOUNS: WordTable = WordTable::new(&[
    ("report", CONTENT),
    ("reports", CONTENT),
    ("claim", CONTENT),
    ("claims", CONTENT),
    ("rumor", CONTENT),
    ("rumors", CONTENT),
    ("rumour", CONTENT),
    ("rumours", CONTENT),
    ("suggestion", CONTENT),
    ("suggestions", CONTENT),
    ("speculation", CONTENT),
    ("assertion", CONTENT),
    ("assertions", CONTENT),
    ("assurance", CONTENT),
    ("assurances", CONTENT),
    ("charge", CONTENT),
    ("charges", CONTENT),
    ("argument", CONTENT),
    ("arguments", CONTENT),
    ("contention", CONTENT),
    ("idea", CONTENT),
    ("notion", CONTENT),
    ("view", CONTENT),
    ("views", CONTENT),
    ("theory", CONTENT),
    ("impression", CONTENT),
    ("news", CONTENT),
    ("word", CONTENT),
    ("evidence", CONTENT),
    ("indication", CONTENT),
    ("indications", CONTENT),
    ("sign", CONTENT),
    ("signs", CONTENT),
    ("possibility", CONTENT),
    ("finding", CONTENT),
    ("findings", CONTENT),
    ("conclusion", CONTENT),
    ("statement", CONTENT),
    ("statements", CONTENT),
    ("fact", CONTENT),
    ("call", CONTENT),
    ("calls", CONTENT),
    ("confidence", CONTENT),
    ("message", CONTENT),
    ("hint", CONTENT),
    ("hints", CONTENT),
    ("point", CONTENT),
]);

/// "reports", "claims", "fears", "the idea": a noun whose "that" clause is its content, not a
/// relative clause ("denied **reports** that C", but "defended a **plan** that engineers drew up").
pub fn is_content_noun(w: &str) -> bool {
    CONTENT_NOUNS.has(w, CONTENT) || is_attitude_noun(w)
}

#[cfg(test)]
mod tests {
    use super::{is_number_word, MESSAGE_NOUNS, STANCE_NOUNS};

    #[test]
    fn number_words_above_one() {
        for w in ["two", "Fifteen", "thirty", "twenty-four", "Hundred"] {
            assert!(is_number_word(w), "{w}");
        }
        for w in ["one", "none", "twenty-", "seventy-seventy-seven", "tên"] {
            assert!(!is_number_word(w), "{w}");
        }
    }

    #[test]
    fn each_word_is_listed_once() {
        for table in [&STANCE_NOUNS, &MESSAGE_NOUNS] {
            let mut words: Vec<&str> = table.entries.iter().map(|&(w, _)| w).collect();
            words.sort_unstable();
            let n = words.len();
            words.dedup();
            assert_eq!(words.len(), n);
        }
    }
}
