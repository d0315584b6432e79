//! Small word classes and token tests shared by the claim grammar.

use crate::lexicon::WordSet;
use crate::recognize::Candidate;
use crate::resolve::Resolved;
use crate::text::{Analysis, TokenKind};

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
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
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
    SET.contains(w)
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

/// A form of "be" that makes a passive or links a stance: "**was** announced", "**is** expected".
pub fn is_be(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "be" | "been")
}

/// Auxiliaries that belong to the cue ("**has** stated", "**will** argue").
pub fn is_aux(w: &str) -> bool {
    const AUX: &[&str] = &[
        "has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d", "will", "would", "'ll", "’ll", "did", "does", "do",
        "is", "are", "was", "were", "be", "been", "may", "might", "could", "can", "should", "must",
    ];
    static SET: WordSet = WordSet::new(AUX);
    SET.contains(w) || is_negated_aux(w)
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
    (kind_is(a, j, TokenKind::Number) || is_number_word(a.lower(j)))
        && j.checked_sub(1).is_some_and(|q| ["in", "of"].iter().any(|x| x.eq_ignore_ascii_case(a.word(q))))
}

/// "three", "five", "ten": a small number spelled out.
fn is_number_word(w: &str) -> bool {
    static N: WordSet =
        WordSet::new(&["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred"]);
    N.contains(w)
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
/// plural nouns of people that stand bare, without a determiner, as the subject of a report.
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
