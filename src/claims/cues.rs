//! Cues: the reporting words of the cue lexicon (`data/cues.txt`), as found in the one lexicon
//! scan, with the auxiliaries that belong to them ("**has stated**", "**is expected**").

use super::words::{
    is_adverb, is_aux, is_ing_form, is_ly_adverb, is_share, is_stance_noun, is_subject_pronoun, kind_is, stops_speaker,
};

/// How many auxiliaries and adverbs a cue verb takes before it.
const MAX_VERB_GROUP: usize = 4;
use crate::document::CueType;
use crate::lexicon::{Lex, WordSet};
use crate::text::{Analysis, Flags, TokenKind};

/// How a cue's words combine with the rest of the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueShape {
    /// A verb or a verb phrase: "said", "told reporters", "is expected".
    Verb,
    /// A noun naming a statement or belief: "statement", "claim".
    Noun,
    /// "according to", "in the words of": the speaker follows.
    AccordingTo,
    /// A frame such as "in a statement" or "at a news conference": not a cue on its own.
    Frame,
    /// "appears to", "reportedly": the clause around the cue is the content, without speaker.
    Evidential,
}

/// A cue occurrence over tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// First token (an auxiliary before the cue word included).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// First token of the cue word itself.
    pub word: usize,
    /// Verb, noun, "according to" or frame.
    pub shape: CueShape,
    /// Speech or belief.
    pub cue_type: CueType,
    /// A verb that only introduces a quotation or a colon ("She **continued**: “...”").
    pub quote_only: bool,
    /// A verb that takes an addressee before its content ("**told** the crowd that ...",
    /// "**urged** voters to ...").
    pub addressee: bool,
    /// A verb that may stand before its speaker ("“Q,” **said** X", "“Q?” **asked** X"; but
    /// "“Q,” told CNN" names the one spoken to).
    pub inverts: bool,
    /// A verb of saying that stands before its speaker after a reported clause too ("The plant is
    /// safe, **said** Tom Baker"; but "Ann Lee, a senator, **praised** the plan" is a subject with
    /// its apposition).
    pub quotative: bool,
    /// A verb whose content is a clause or a quotation, never a phrase ("said", "wrote",
    /// "added": "said **in a statement**." reports nothing itself).
    pub clause_only: bool,
    /// A verb whose base form is also a noun naming a statement or a stance ("support",
    /// "report", "comment").
    pub noun_verb: bool,
    /// The cue word is an inflected form ("says", "added"), not the lemma ("say", "add").
    pub inflected: bool,
    /// A verb that always takes an object ("released", "published"): before a preposition its
    /// past form is a participle ("the poll **published in** the Times").
    pub transitive: bool,
    /// A stance adjective after its copula ("is **sure**", "remained **wary**"): the subject holds
    /// the stance; no passive.
    pub stance: bool,
}

impl Cue {
    /// The token range of the sentence holding the cue word.
    pub fn sentence(&self, a: &Analysis) -> std::ops::Range<usize> {
        a.sentence(a.sentence_of(self.word))
    }

    /// "saying", "is urging": the cue word is an -ing form.
    pub fn is_ing(&self, a: &Analysis) -> bool {
        is_ing_form(a.word(self.word))
    }

    /// ", **urging** ...": a bare -ing participle, without an auxiliary.
    pub fn is_bare_participle(&self, a: &Analysis) -> bool {
        self.start == self.word && self.is_ing(a)
    }

    /// "said", "has argued": an inflected verb cue that is no -ing form.
    pub fn is_finite_verb(&self, a: &Analysis) -> bool {
        self.shape == CueShape::Verb && self.inflected && !self.is_ing(a)
    }
}

/// The cue starting at token `i`, if any. Cue words inside markup (`<tweet ...>`) are not cues.
pub fn at(a: &Analysis, i: usize) -> Option<Cue> {
    let h = a.hit(i, Lex::Cue)?;
    let end = h.end as usize;
    if in_markup(a, i, end) || idiom(a, i, end) {
        return None;
    }
    let adjective = a.lexicon_field(h, 2) == "adjective";
    let copula = if adjective { copula_before(a, i) } else { None };
    if adjective && copula.map_or(!postnominal_stance(a, i, end), |c| adjective_misfit(a, c, i, end)) {
        return None;
    }
    if !adjective && links_stance(a, i, end) {
        return None;
    }
    let cue_type = if a.lexicon_field(h, 1) == "belief" { CueType::Belief } else { CueType::Speech };
    let lemma = a.lexicon_field(h, 0);
    let shape = match a.lexicon_field(h, 2) {
        _ if lemma == "according to" || lemma == "in the words of" => CueShape::AccordingTo,
        "phrase" if matches!(a.lower(i), "in" | "at") => CueShape::Frame,
        "noun" => CueShape::Noun,
        "evidential" => CueShape::Evidential,
        _ => CueShape::Verb,
    };
    let quote_only = match a.lexicon_field(h, 2) {
        "quote" => true,
        // "shouted **that** the vote was rigged" reports; "screaming supporters" does not.
        // ("**yelled at** the president": words aimed at someone.)
        // ("Protesters **charged at** police" rush at them.)
        "manner" => !a.is_word(end, "that") && (lemma == "charge" || !a.is_word(end, "at")),
        _ => false,
    };
    let noun_verb = is_noun_verb(lemma);
    // "a note", "his warning": a verb form after a determiner is a noun.
    let modifiable = noun_verb || is_stance_noun(lemma);
    let noun =
        follows_determiner(a, i) || subject_noun(a, i, end, lemma) || modifiable && modified_noun(a, i, end, lemma);
    let shape = if shape == CueShape::Verb && noun { CueShape::Noun } else { shape };
    if shape == CueShape::Noun && is_scheme_noun(lemma) && !denies_intention(a, i) || scheme_plural(a, i, end, lemma) {
        return None;
    }
    // "compared with 23%", "compared to last year": a preposition, not a comparison claimed.
    if lemma == "compare" && ["to", "with"].iter().any(|x| x.eq_ignore_ascii_case(a.word(end))) {
        return None;
    }
    let start = match copula {
        Some(c) => verb_group_start(a, c),
        None if shape == CueShape::Verb => verb_group_start(a, i),
        None => i,
    };
    let addressee = shape == CueShape::Verb && takes_addressee(lemma);
    // ("C, said X", but no "C, sure X": a stance adjective stands after its holder.)
    let inverts = !adjective && (!addressee || lemma == "ask");
    let quotative = shape == CueShape::Verb && inverts_clause(lemma);
    let clause_only = shape == CueShape::Verb && reports_clause(lemma);
    let inflected = !a.word(i).eq_ignore_ascii_case(lemma);
    let transitive = shape == CueShape::Verb && is_transitive(lemma);
    Some(Cue {
        start,
        end,
        word: i,
        shape,
        cue_type,
        quote_only,
        addressee,
        inverts,
        quotative,
        clause_only,
        noun_verb,
        inflected,
        transitive,
        stance: adjective,
    })
}

/// Lemmas of verbs that always take an object: "release", "publish", "estimate", "accuse", ...
fn is_transitive(lemma: &str) -> bool {
    static T: WordSet = WordSet::new(&[
        "release",
        "publish",
        "estimate",
        "accuse",
        "hail",
        "announce",
        "indicate",
        "project",
        "restate",
        "disclose",
        "reveal",
        "propose",
        "endorse",
        "cite",
        "praise",
        "criticize",
        "criticise",
        "condemn",
        "describe",
        "portray",
        "predict",
    ]);
    T.contains(lemma)
}

/// Lemmas of verbs whose base form is also a noun naming a statement or a stance ("support",
/// "report").
fn is_noun_verb(lemma: &str) -> bool {
    static L: WordSet = WordSet::new(&["support", "report", "post", "comment", "claim", "tweet", "show", "answer"]);
    L.contains(lemma)
}

/// "his **plan** to cut taxes", "health **plans**": nouns naming a scheme, a policy on paper,
/// not a statement or a stance anyone holds (the verb reports an intention: "she **plans** to run").
fn is_scheme_noun(lemma: &str) -> bool {
    lemma == "plan"
}

/// "evangelical **support**", "the congressional **report**", "no **plans**", "amid **reports**",
/// "the Cook Political **Report**.": a noun-verb after a modifier is a noun. The base form after
/// a word that is no plural subject ("voters **support**", "they **support**", "to **support**"),
/// the -s form after a quantifier, and a capitalized form that ends a capitalized name.
fn modified_noun(a: &Analysis, i: usize, end: usize, lemma: &str) -> bool {
    let w = a.lower(i);
    let base = w == lemma;
    // ("voiced support **for** the plan" names a stance and its object: it stays a cue.)
    if end != i + 1 || !(base || w.strip_suffix('s') == Some(lemma)) || a.lower(end) == "for" {
        return false;
    }
    if let Some(noun) = show_noun(a, w, lemma, end) {
        return noun;
    }
    let Some(p) = i.checked_sub(1) else { return false };
    if a.token_is(i, Flags::CAPITALIZED) {
        let cap = |k: usize| super::words::is_capitalized_word(a, k);
        return cap(p) && !cap(end);
    }
    let pw = a.word(p);
    let quantity = is_quantifier(pw);
    let modifier = is_wordlike_token(a, p) && !pw.ends_with('s') && !pw.ends_with('t') && !takes_verb_after(pw);
    quantity || base && modifier && !is_adverb(pw) && !is_ly_adverb(a, p)
}

/// Whether a form of "show" is the noun, where what follows tells: "TV **shows,**" is the plural
/// noun (see [`plural_shows`]); "figures released by the Trade Department **show.**", "the minutes
/// **show how** ..." are a finding verb before its clause or at the end of the sentence (see
/// [`finding_follows`]). `None` for other words, and where the modifier before decides.
fn show_noun(a: &Analysis, w: &str, lemma: &str, end: usize) -> Option<bool> {
    if lemma != "show" {
        return None;
    }
    if w == "shows" && plural_shows(a, end) {
        return Some(true);
    }
    finding_follows(a, end).then_some(false)
}

/// "TV **shows,**", "old **shows whose** ...", "**shows like** ...": "shows" before a pause, a
/// relative or a comparison is the plural noun (a finding takes its clause or object: "the poll
/// **shows that**", "**shows no** sign").
fn plural_shows(a: &Analysis, end: usize) -> bool {
    let pause = !is_wordlike_token(a, end) && a.word(end) != ":" && !kind_is(a, end, TokenKind::OpenQuote);
    pause || matches!(a.lower(end), "whose" | "like" | "such" | "and" | "or")
}

/// "figures **show that** ...", "figures released Monday **show.**", "projections **show the**
/// alliance ahead", "figures **show foreigners** bought": after "show", a clause, the end of the
/// sentence or an object (but "a motor show **in** Detroit", "the show **is** due", "a game show
/// **American** Bandstand" name an event).
fn finding_follows(a: &Analysis, end: usize) -> bool {
    let w = a.lower(end);
    let lower_word = a.token_is(end, Flags::LOWER);
    let object = is_determiner(w)
        || kind_is(a, end, TokenKind::Number)
        || lower_word && !is_function_word(w) && !show_compound(w);
    is_clause_opener(w) || kind_is(a, end, TokenKind::Terminal) || object
}

/// "in", "is", "and", "last": prepositions, auxiliaries, conjunctions and date words, which
/// follow a noun.
fn is_function_word(w: &str) -> bool {
    static F: WordSet = WordSet::new(&[
        "in", "on", "at", "of", "for", "from", "with", "by", "to", "and", "or", "but", "as", "last", "this", "next",
    ]);
    F.contains(w) || is_aux(w)
}

/// "show **business**", "a talk show **host**", "the comedy show **category**": nouns that make
/// one compound noun with "show" before them (the show is an event, not a finding).
fn show_compound(w: &str) -> bool {
    matches!(w, "business" | "host" | "hosts" | "category")
}

/// "that", "how", "whether": words that open a reported clause.
fn is_clause_opener(w: &str) -> bool {
    matches!(w, "that" | "how" | "what" | "why" | "whether" | "when" | "where" | "who")
}

/// "no", "much", "enough", "amid": words before a noun, never before a verb.
fn is_quantifier(w: &str) -> bool {
    static Q: WordSet = WordSet::new(&["no", "much", "enough", "amid", "little", "broad", "wide", "growing"]);
    Q.contains(w)
}

/// Words after which a base form is a verb: subject pronouns, "to", auxiliaries, relatives and
/// plural subjects without "-s" ("people", "most").
fn takes_verb_after(w: &str) -> bool {
    static V: WordSet =
        WordSet::new(&["it", "to", "people", "men", "women", "children", "most", "many", "few", "some", "all", "both"]);
    V.contains(w) || is_subject_pronoun(w) || is_aux(w) || stops_speaker(w) || is_relative(w)
}

/// True when token `k` is a word or number.
fn is_wordlike_token(a: &Analysis, k: usize) -> bool {
    a.tokens.get(k).is_some_and(|t| t.is_wordlike())
}

/// Lemmas of verbs that report a clause or a quotation only: "say", "tell", "write", "add", ...
fn reports_clause(lemma: &str) -> bool {
    const L: &[&str] = &[
        "say", "tell", "write", "add", "explain", "note", "state", "announce", "declare", "tweet", "post", "report",
        "comment", "insist", "stress", "speak",
    ];
    L.contains(&lemma)
}

/// Lemmas of the verbs of saying that invert after a reported clause: "say", "add", "write", ...
fn inverts_clause(lemma: &str) -> bool {
    const L: &[&str] = &[
        "say",
        "add",
        "write",
        "ask",
        "explain",
        "note",
        "continue",
        "reply",
        "recall",
        "argue",
        "insist",
        "declare",
        "admit",
        "acknowledge",
        "complain",
        "counter",
        "joke",
        "quip",
        "observe",
        "remark",
        "concede",
        "caution",
        "predict",
        "state",
        "claim",
        "comment",
        "report",
        "warn",
        "answer",
        "retort",
        "conclude",
        "estimate",
        "muse",
        "wonder",
        "announce",
        "emphasize",
        "stress",
        "point out",
        "go on",
    ];
    L.contains(&lemma)
}

/// Lemmas of verbs whose object is the one spoken to: "tell", "ask", "urge", "remind", ...
fn takes_addressee(lemma: &str) -> bool {
    const L: &[&str] = &[
        "tell",
        "ask",
        "urge",
        "assure",
        "inform",
        "remind",
        "advise",
        "encourage",
        "call on",
        "instruct",
        "beg",
        "implore",
        "warn",
        "convince",
        "persuade",
        "promise",
        "reassure",
        "notify",
        "alert",
        "caution",
        "show",
    ];
    L.contains(&lemma)
}

/// The auxiliaries that belong to a cue verb, with the adverbs between them: "**has repeatedly**
/// said", "**did not** return", "she**’s** predicted". A leading adverb without auxiliary stays
/// out ("also **noted**"). Bounded to a few words.
fn verb_group_start(a: &Analysis, i: usize) -> usize {
    let mut start = i;
    let mut k = i;
    for _ in 0..MAX_VERB_GROUP {
        let Some(p) = k.checked_sub(1) else { break };
        let w = a.word(p);
        let contracted = kind_is(a, p, TokenKind::Possessive) && p > 0 && is_subject_pronoun(a.word(p - 1));
        if contracted || is_aux(w) && !kind_is(a, p, TokenKind::Possessive) {
            start = p;
        } else if !(is_adverb(w) || is_ly_adverb(a, p) || is_negation(w)) {
            break;
        }
        k = p;
    }
    start
}

/// "**is** sure", "**remained** deeply skeptical", "**are now more** convinced", "she**'s** proud": the
/// copula before a stance adjective, over a few adverbs of degree or time. A stance adjective
/// without one modifies a noun ("a **proud** father", "**skeptical** voters") and reports nothing.
fn copula_before(a: &Analysis, i: usize) -> Option<usize> {
    let mut k = i;
    for _ in 0..MAX_VERB_GROUP {
        let p = k.checked_sub(1)?;
        let w = a.word(p);
        let contracted = kind_is(a, p, TokenKind::Possessive) && p > 0 && is_subject_pronoun(a.word(p - 1));
        if contracted || is_copula(w) {
            return Some(p);
        }
        if !is_verb_modifier(a, p) {
            return None;
        }
        k = p;
    }
    None
}

/// "deeply", "not", "very", "now": an adverb, a negation or a degree word at token `k`, which may
/// stand between a copula and its adjective.
fn is_verb_modifier(a: &Analysis, k: usize) -> bool {
    let w = a.word(k);
    is_adverb(w) || is_ly_adverb(a, k) || is_negation(w) || is_degree(w)
}

/// "**feels** confident that ...", "**feels** very confident that": a cue verb that is the copula
/// of a stance adjective after it (over a few adverbs) gives way to that cue, which holds the
/// stance.
fn links_stance(a: &Analysis, i: usize, end: usize) -> bool {
    let Some(adj) = (end..end + MAX_VERB_GROUP).find(|&k| !is_verb_modifier(a, k)) else { return false };
    let Some(h) = a.hit(adj, Lex::Cue) else { return false };
    a.lexicon_field(h, 2) == "adjective" && copula_before(a, adj) == Some(i) && at(a, adj).is_some()
}

/// "is", "remained", "seems", "grew", "felt": verbs that link a subject to its stance adjective.
fn is_copula(w: &str) -> bool {
    static C: WordSet = WordSet::new(&[
        "being",
        "am",
        "'re",
        "’re",
        "'m",
        "’m",
        "remain",
        "remains",
        "remained",
        "remaining",
        "seem",
        "seems",
        "seemed",
        "become",
        "becomes",
        "became",
        "grow",
        "grows",
        "grew",
        "grown",
        "feel",
        "feels",
        "felt",
        "sound",
        "sounds",
        "sounded",
        "stay",
        "stays",
        "stayed",
    ]);
    C.contains(w) || super::words::is_be(w)
}

/// "**To be sure**, ...", "is **critical** to the plan", "is **certain to** rise": a stance adjective
/// that holds no stance here: the writer's aside at the head of a sentence, "critical" as
/// "important" (only "critical **of**" criticizes), "sure" and "certain" before "to" as a forecast
/// of the writer.
fn adjective_misfit(a: &Analysis, c: usize, i: usize, end: usize) -> bool {
    let opens_sentence = |k: usize| k == 0 || a.sentence_of(k) != a.sentence_of(k - 1);
    let aside = a.lower(c) == "be" && c.checked_sub(1).is_some_and(|t| a.lower(t) == "to" && opens_sentence(t));
    aside
        || match a.lower(i) {
            "critical" => !a.is_word(end, "of"),
            "sure" | "certain" => a.is_word(end, "to"),
            _ => false,
        }
}

/// "officials **angry about** the mandates", "firms **willing to** invest", ", **wary of** ...": a
/// stance adjective without a copula, right before its complement, after the noun that holds the
/// stance (a modifier stands before its noun: "a willing partner"; "make **sure** that", "**certain**
/// of them" are no stance).
fn postnominal_stance(a: &Analysis, i: usize, end: usize) -> bool {
    complement_follows(a, end) && !matches!(a.lower(i), "sure" | "certain" | "critical")
}

/// "angry **about**", "willing **to**", "sure **that**": the word at `end` opens the complement of a
/// stance adjective.
pub fn complement_follows(a: &Analysis, end: usize) -> bool {
    matches!(a.lower(end), "to" | "that" | "about" | "of" | "with" | "over" | "at" | "whether")
}

/// "more", "very", "so", "now": degree and time words between a copula and its adjective.
fn is_degree(w: &str) -> bool {
    static D: WordSet =
        WordSet::new(&["more", "most", "less", "very", "so", "quite", "now", "increasingly", "particularly", "no"]);
    D.contains(w)
}

/// "not", "n't", "yet" ("has **not yet** released"): negation words inside a verb group.
fn is_negation(w: &str) -> bool {
    static N: WordSet = WordSet::new(&["not", "n't", "n’t", "yet", "never"]);
    N.contains(w)
}

/// The end of a frame cue ("in a statement", "at a news conference") starting at `i`.
pub fn frame_end(a: &Analysis, i: usize) -> Option<usize> {
    // Only a phrase opening with "in" or "at" is a frame: the other words need no look-up.
    if !matches!(a.lower(i), "in" | "at") {
        return None;
    }
    at(a, i).filter(|c| c.shape == CueShape::Frame).map(|c| c.end)
}

/// "a note", "his warning", "Obama's plan", "whose support": a word after a determiner or a
/// possessive is a noun.
fn follows_determiner(a: &Analysis, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let possessive = kind_is(a, i - 1, TokenKind::Possessive) && !(i > 1 && is_subject_pronoun(a.word(i - 2)));
    // ("a source close to **her said**": "her" is an object before a past verb.)
    let object_her = a.word(i - 1).eq_ignore_ascii_case("her") && super::words::is_past_verb(a.word(i));
    is_determiner(a.word(i - 1)) && !object_her || possessive || a.word(i - 1) == "whose" || opens_noun_phrase(a, i)
}

/// "in **pledged** delegates", "475 **pledged** delegates", "jockeying for **support**", "more
/// **support**": after a preposition, a number (not a share: "four in 10 **say**") or "more", a
/// verb form (but a gerund: "by saying") starts a noun phrase.
fn opens_noun_phrase(a: &Analysis, i: usize) -> bool {
    const P: &[&str] = &[
        "in", "of", "for", "from", "with", "on", "at", "into", "more", "less", "despite", "amid", "over", "against",
        "about", "under", "during", "without", "through",
    ];
    let p = i - 1;
    // ("four in **10** say", "three of **five** said": a share of people speaks.)
    let number = kind_is(a, p, TokenKind::Number) && !is_share(a, p);
    let before = number || P.iter().any(|w| w.eq_ignore_ascii_case(a.word(p)));
    before && !is_ing_form(a.word(i))
}

/// "A news **report** published Wednesday said", "the earlier **plan** would": a present form
/// (the lemma or its -s form) after a lower-case modifier and before an auxiliary, a past
/// participle or a cue verb is the subject noun of that verb, not a cue of its own.
fn subject_noun(a: &Analysis, i: usize, end: usize, lemma: &str) -> bool {
    let w = a.lower(i);
    let present = w == lemma || w.strip_suffix('s') == Some(lemma);
    // "which he **believes** will", "which Democrats **say** could": a verb after its subject.
    let modifier = i.checked_sub(1).is_some_and(|p| {
        let pw = a.word(p);
        pw.bytes().all(|b| b.is_ascii_lowercase()) && !is_subject_pronoun(pw) && pw != "it" && !is_relative(pw)
    });
    if !present || end != i + 1 || !modifier {
        return false;
    }
    let next = a.word(end);
    let verb_next = a.hit(end, Lex::Cue).is_some_and(|h| a.lexicon_field(h, 2) == "verb" && next.ends_with("ed"));
    // "the plan **would**" (but "what the city hopes **will** be", "what voters say **will**").
    let singular_subject = w == lemma && i.checked_sub(1).is_some_and(|p| !a.word(p).ends_with('s'));
    let aux_next = is_aux(next) && !kind_is(a, end, TokenKind::Possessive) && singular_subject;
    aux_next || verb_next || next == "said" || next == "says"
}

/// "who", "which", "that", "what": relative and interrogative pronouns.
fn is_relative(w: &str) -> bool {
    super::words::is_relative_pronoun(w) || w.eq_ignore_ascii_case("what")
}

/// "a", "the", "his": words before a noun.
fn is_determiner(w: &str) -> bool {
    const DET: &[&str] =
        &["a", "an", "the", "his", "her", "their", "its", "this", "these", "those", "our", "my", "your"];
    DET.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// "**That said**, ...", "to, **say**, single digits", "it is fair **to say**", "too soon **to
/// say**", "**cast** their ballots", "a man **named** Lee", "(**Reporting** by ...)": idioms with a cue word that report
/// nothing.
fn idiom(a: &Analysis, i: usize, end: usize) -> bool {
    // ("in the hope of **finding** bread": the gerund of a purpose.)
    let purpose = i.checked_sub(2).is_some_and(|h| a.is_word(h + 1, "of") && purpose_hope(a, h));
    if purpose
        || imperative(a, i, end)
        || impersonal_infinitive(a, i)
        || scheme_infinitive(a, i)
        || label(a, i, end)
        || write_off(a, i, end)
        || perceives(a, i, end)
    {
        return true;
    }
    let w = a.lower(i);
    let prev = |n: usize| i.checked_sub(n).map_or("", |p| a.word(p));
    let comma_after = a.word(end) == ",";
    // "cast **their ballots**", "casting **votes**": voting, not casting someone as something.
    let ballot = |k: usize| matches!(a.lower(k), "ballot" | "ballots" | "vote" | "votes");
    // "a resident **named** Ann", "buildings **named** for him": a participle after a noun.
    let after_noun = i.checked_sub(1).is_some_and(|p| {
        let pw = a.word(p);
        a.tokens.get(p).is_some_and(|t| t.is_wordlike())
            && pw.bytes().all(|b| b.is_ascii_lowercase())
            && !is_aux(pw)
            && !is_subject_pronoun(pw)
            && !is_adverb(pw)
            && !is_ly_adverb(a, p)
    });
    // "try and dispel **fears** of a war", "to ease **concerns**": an -s form after a base verb is
    // that verb's object, a noun (the fears are not the verb's subject's).
    let base_verb_before = i.checked_sub(2).is_some_and(|q| {
        a.token_is(q + 1, Flags::LOWER)
            && !is_aux(a.word(q + 1))
            && matches!(
                a.lower(q),
                "to" | "and" | "or" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must"
            )
    });
    if w.ends_with('s') && end == i + 1 && base_verb_before && matches!(a.lower(end), "of" | "about" | "over" | "that")
    {
        return true;
    }
    // "on his first day **of questioning**, Lee admitted": a gerund closing an "of" phrase names an
    // activity, with nothing reported.
    if w.ends_with("ing") && prev(1) == "of" && (comma_after || super::words::is_mark(a, end)) {
        return true;
    }
    match w {
        "cast" | "casts" | "casting" => ballot(end) || ballot(end + 1),
        // ("The governor **named** Lee **as** his deputy" designates.)
        "named" => after_noun && !(end..end + 5).any(|k| a.is_word(k, "as")),
        // "voters **viewed** him **as** weak", "is **viewed** by many **as**": a view held; "has been
        // **viewed** 2 million times" counts eyes.
        "viewed" => !(end..end + 5).any(|k| a.is_word(k, "as")),
        // "a firm **called** Norvane", "a group **called** #Vote2030", "a lab **called** q7labs": a
        // name given, not a label pinned on someone ("Trump called the deal a disaster"); "**called
        // off** the deal".
        "called" if end == i + 1 => {
            let code = a.word(end).starts_with('#') || a.word(end).bytes().any(|b| b.is_ascii_digit());
            let name_next = a.token_is(end, Flags::CAPITALIZED) || code;
            let conjunction = matches!(prev(1), "and" | "but" | "or" | "then" | "also" | "who" | "which" | "that");
            after_noun && name_next && !conjunction || a.is_word(end, "off")
        }
        // "bonds**, known as** gilts", "a firm **known for** its audits": a name or a reputation
        // given to a noun ("the firm **is known for**" reports what people know of it).
        "known" => (after_noun || prev(1) == ",") && matches!(a.lower(end), "as" | "for"),
        // "(**Reporting** by Ann Lee; Editing by ...)": a wire byline.
        "reporting" | "writing" => {
            a.is_word(end, "by") && i.checked_sub(1).is_some_and(|p| kind_is(a, p, TokenKind::OpenBracket))
        }
        // "**preferred** stock", "**realized** gains": finance terms, no preference or insight held.
        "preferred" => {
            matches!(a.lower(end), "stock" | "stocks" | "shares" | "shareholders" | "dividend" | "dividends")
        }
        "realized" | "unrealized" => matches!(a.lower(end), "gain" | "gains" | "loss" | "losses"),
        // "would **show up** at the polls": turning up, not showing that something is so.
        "show" | "shows" | "showed" | "shown" | "showing" => a.is_word(end, "up"),
        // "who **reports** directly **to** the president", "**reported** daily **to** Mayer": answering
        // to a superior ("is reported to have said" stays a hearsay cue).
        "report" | "reports" | "reported" => {
            let to = if is_adverb(a.word(end)) || is_ly_adverb(a, end) { end + 1 } else { end };
            a.is_word(to, "to") && !(a.is_word(to + 1, "have") || a.is_word(to + 1, "be")) && !prev_is_be(a, i)
        }
        // "stood in line **in the hopes of** getting staples": a purpose, not a hope reported.
        "hopes" | "hope" => purpose_hope(a, i),
        // "is advising Pfizer on the merger": a bank's advisory work, not advice reported ("advised
        // voters to stay home", "advised that the plan was risky").
        "advise" | "advises" | "advised" | "advising" => !advice_follows(a, end),
        // "can't **find** a job", "**found** itself in trouble", "**find** common ground", "decided **to
        // found** a bank": finding as getting or establishing, not a finding.
        "find" | "finds" | "found" | "finding" => finds_thing(a, end) || w == "found" && prev(1) == "to",
        // "**seeking** reelection", "**seeks** the White House", "a request **seeking** comment":
        // running for an office or a reporter's request, not an aim reported.
        "seek" | "seeks" | "seeking" | "sought" => seeks_office(a, end),
        // "sought public **comment**": the comment sought (see `seeks_office`).
        "comment" | "comments" => {
            let seek = |k: usize| matches!(a.lower(k), "seek" | "seeks" | "seeking" | "sought");
            (1..=2).any(|n| i.checked_sub(n).is_some_and(seek))
        }
        // "telephone **calls**", "phone **call**": calls made, not labels.
        "calls" | "call" => matches!(prev(1), "telephone" | "phone" | "conference"),
        // "**backed off**", "**backed down**": retreating, not supporting.
        "back" | "backs" | "backed" | "backing" => matches!(a.lower(end), "off" | "down" | "away"),
        // "helped **add** momentum", "which **added** 30 cts a share", "**adds to** the pressure":
        // adding things, not words.
        "add" | "adds" | "added" | "adding" => adds_thing(a, end),
        // "to **counter** the large numbers of Democrats": opposing, not replying.
        "counter" => prev(1) == "to",
        "said" => prev(1).eq_ignore_ascii_case("that") && comma_after,
        // ("to, **say**, single digits"; "what **you might say** was a rout": a generic "you".)
        "say" => prev(1) == "," && comma_after || generic_you(a, i),
        // "the inquiry **is focused on** the emails": a state of a thing, not a focus someone sets
        // ("she **focused on** Trump").
        "focused" | "focussed" => prev_is_be(a, i),
        // "teamed up **in opposition to** the bid": a manner of acting, not anyone's opposition held.
        "opposition" => prev(1) == "in",
        // ("could be, well, **you know**)": a filler.)
        "know" => prev(1) == "you" && !is_wordlike_token(a, end),
        _ => false,
    }
}

/// "**Remember**: ...", "Just **ask** the senator", "Or **support** the bill", "**Want** more
/// updates?": a base form that opens its sentence (after "just", "or", "and", "so", "please")
/// bids the reader; no one holds it (but "**Support** for the plan grew" is a noun).
fn imperative(a: &Analysis, i: usize, end: usize) -> bool {
    static OPENERS: WordSet = WordSet::new(&["just", "or", "and", "so", "please"]);
    static NOUN_AFTER: WordSet = WordSet::new(&["for", "of", "from", "among", "in"]);
    let Some(h) = a.hit(i, Lex::Cue) else { return false };
    // ("**Report**: ..." names a source; see `label`.)
    let source = super::words::is_source_noun(a.lower(i));
    if source || a.lexicon_field(h, 2) != "verb" || !a.word(i).eq_ignore_ascii_case(a.lexicon_field(h, 0)) {
        return false;
    }
    let start = a.sentence(a.sentence_of(i)).start;
    // ("Fiorina: **See** you later?": a colon opens the bid too.)
    let start = (start..i).rev().find(|&k| a.word(k) == ":").map_or(start, |k| k + 1);
    let first = super::words::first_word(a, start, i).unwrap_or(i);
    let opens = first == i || first + 1 == i && OPENERS.contains(a.lower(first));
    opens && !NOUN_AFTER.contains(a.lower(end))
}

/// "**you might** say", "**one could** say": a modal after a generic "you" or "one" hedges the
/// writer's own words.
fn generic_you(a: &Analysis, i: usize) -> bool {
    let prev = |n: usize| i.checked_sub(n).map_or("", |p| a.lower(p));
    matches!(prev(1), "might" | "could" | "would" | "can") && matches!(prev(2), "you" | "one")
}

/// "it is hard **to imagine**", "too soon **to say**", "premature **to assume**": saying, imagining
/// or assuming after an adjective of ease or timing is the writer's figure of speech (but "it is
/// hard to know where donors will go" reports an uncertainty, which PolNeAR counts).
fn impersonal_infinitive(a: &Analysis, i: usize) -> bool {
    static ADJ: WordSet = WordSet::new(&[
        "fair",
        "safe",
        "needless",
        "soon",
        "early",
        "hard",
        "difficult",
        "impossible",
        "easy",
        "premature",
    ]);
    let Some(to) = i.checked_sub(1) else { return false };
    let figure = matches!(a.lower(i), "say" | "imagine" | "assume");
    figure && a.is_word(to, "to") && to.checked_sub(1).is_some_and(|p| ADJ.contains(a.lower(p)))
}

/// "health **plans**", "his immigration **plans** aren't set", "dampened **plans** to return": the -s
/// form of a scheme noun is a verb only before "to" and after its subject ("she **plans to** run").
fn scheme_plural(a: &Analysis, i: usize, end: usize, lemma: &str) -> bool {
    let plural = is_scheme_noun(lemma) && end == i + 1 && a.lower(i).strip_suffix('s') == Some(lemma);
    let prev = i.checked_sub(1).map_or("", |p| a.lower(p));
    let after_verb = prev.ends_with("ed") || matches!(prev, "around" | "about" | "with" | "of" | "for" | "on");
    // ("SBC **plans** job cuts", "she **plans** a trip", "who **plans**": after a name or a subject word.)
    let lower = i.checked_sub(1).is_some_and(|p| a.token_is(p, Flags::LOWER));
    let subject = is_subject_pronoun(prev) || is_relative(prev) || prev == "it" || is_adverb(prev);
    plural && !denies_intention(a, i) && lower && !subject && (!a.is_word(end, "to") || after_verb)
}

/// "has **no** plans to raise taxes": a scheme noun after "no" denies an intention of the subject.
fn denies_intention(a: &Analysis, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| a.is_word(p, "no"))
}

/// "a plan to **seek** control", "approved a plan to **sell** the unit": the infinitive of a
/// scheme noun (see [`is_scheme_noun`]) belongs to the scheme, not to anyone's statement.
fn scheme_infinitive(a: &Analysis, i: usize) -> bool {
    let Some(to) = i.checked_sub(1) else { return false };
    let scheme =
        |p: usize| a.hit(p, Lex::Cue).is_some_and(|h| is_scheme_noun(a.lexicon_field(h, 0))) && !denies_intention(a, p);
    a.is_word(to, "to") && to.checked_sub(1).is_some_and(scheme)
}

/// "**Report**: Walker to speak", "Editor's **note**: ...": a noun-verb that opens its sentence
/// before a colon labels a headline or a box; it is not a verb of saying.
fn label(a: &Analysis, i: usize, end: usize) -> bool {
    if end != i + 1 || a.word(end) != ":" {
        return false;
    }
    let start = a.sentence(a.sentence_of(i)).start;
    // ("**Editor's note**: ...": after a possessive that opens the sentence.)
    let owned = i == start + 2 && kind_is(a, i - 1, TokenKind::Possessive);
    // ("**Report**: Lee to run" names its source, which PolNeAR marks as the speaker.)
    (start == i || owned)
        && !super::words::is_source_noun(a.lower(i))
        && a.hit(i, Lex::Cue).is_some_and(|h| {
            let lemma = a.lexicon_field(h, 0);
            (is_noun_verb(lemma) || lemma == "note") && a.word(i).eq_ignore_ascii_case(lemma)
        })
}

/// "has **written off** the effort", "**wrote** it **off**": writing something off is giving up on it.
fn write_off(a: &Analysis, i: usize, end: usize) -> bool {
    let w = a.lower(i);
    let write = matches!(w, "write" | "writes" | "wrote" | "written" | "writing");
    write && (a.is_word(end, "off") || a.is_word(end + 1, "off") && a.lower(end) == "it")
}

/// How far "as" may follow "see" in "to see Trump **as** ...".
const MAX_SEE_AS: usize = 8;

/// "lined up **to see** him", "**See** No Evil", "remains **to be seen**", "nowhere **to be found**",
/// "can't **see through** the lies": seeing and finding with the eyes, not a view held ("voters see
/// him as weak", "the poll found that ...", "would like to see it rebooted" wishes).
fn perceives(a: &Analysis, i: usize, end: usize) -> bool {
    let w = a.lower(i);
    let prev = |n: usize| i.checked_sub(n).map_or("", |p| a.lower(p));
    if matches!(w, "seen" | "found") {
        return prev(1) == "be" && prev(2) == "to";
    }
    // ("can't **see through** the lies": seeing a deceit for what it is.)
    if matches!(w, "see" | "sees" | "saw" | "seen" | "seeing") && a.is_word(end, "through") {
        return true;
    }
    if !matches!(w, "see" | "saw" | "sees") {
        return false;
    }
    let sent = a.sentence(a.sentence_of(i));
    let as_after = (end..sent.end.min(end + MAX_SEE_AS)).any(|k| a.is_word(k, "as"));
    // ("Rubio **saw his** support collapse", "**saw those** voters swing": living through an
    // event, not a view held ("saw his rival **as** weak").)
    if matches!(w, "saw" | "sees") && matches!(a.lower(end), "his" | "her" | "its" | "their" | "those") {
        return !as_after;
    }
    if w != "see" || end != i + 1 {
        return false;
    }
    // ("**See** you later", "**See** No Evil": an imperative or a title.)
    let opens = sent.start == i;
    // ("would like **to see** it rebooted", "wants **to see** him win": a wish.)
    let wish = matches!(prev(2), "like" | "want" | "wants" | "wanted" | "love" | "hope" | "hopes" | "expect");
    opens || prev(1) == "to" && !as_after && !wish
}

/// "stood in line **in the hope** of getting bread", "**in hopes** of delaying": "hope" after "in"
/// names a purpose, not a hope reported.
fn purpose_hope(a: &Analysis, h: usize) -> bool {
    let prev = |n: usize| h.checked_sub(n).map_or("", |p| a.lower(p));
    matches!(a.lower(h), "hope" | "hopes") && (prev(1) == "in" || prev(1) == "the" && prev(2) == "in")
}

/// "find **itself**", "find **fault**", "find **a job**", "find **its way**", "find **common ground**":
/// objects of finding as getting, not of a finding reported.
fn finds_thing(a: &Analysis, end: usize) -> bool {
    static THINGS: WordSet = WordSet::new(&[
        "itself",
        "himself",
        "herself",
        "themselves",
        "myself",
        "ourselves",
        "fault",
        "job",
        "jobs",
        "work",
        "way",
        "ways",
        "time",
        "money",
        "funding",
        "ground",
        "buyer",
        "buyers",
        "partner",
        "replacement",
        "shelter",
    ]);
    let next = a.lower(end);
    let det = matches!(next, "a" | "an" | "its" | "their" | "his" | "her" | "common" | "new" | "enough");
    THINGS.contains(next) || det && THINGS.contains(a.lower(end + 1))
}

/// "reelection", "the nomination", "the White House", "a second term", "comment": what candidates
/// and reporters seek.
fn seeks_office(a: &Analysis, end: usize) -> bool {
    static OFFICE: WordSet = WordSet::new(&[
        "reelection",
        "re-election",
        "election",
        "nomination",
        "presidency",
        "office",
        "term",
        "seat",
        "comment",
        "comments",
        "house",
    ]);
    let head = (end..end + 4).take_while(|&k| is_wordlike_token(a, k)).find(|&k| OFFICE.contains(a.lower(k)));
    // (Only determiners and modifiers between: "the Republican nomination", "a second term".)
    head.is_some_and(|h| (end..h).all(|k| !is_aux(a.word(k)) && !a.is_word(k, "to")))
}

/// How far a reported clause after "add" is searched for its verb.
const MAX_ADDED_CLAUSE: usize = 12;

/// "added momentum to the inquiry", "added 30 cts a share", "adds to the pressure": after "add" a
/// thing added, not a clause ("added that ...", "added: “...”", "added the plan was dead").
fn adds_thing(a: &Analysis, end: usize) -> bool {
    let w = a.lower(end);
    // ("“Q,” **added** Ann Lee", "“Q,” Trump **added to** People": the attribution of a quotation.)
    let i = end.saturating_sub(1);
    let inverted = i.checked_sub(1).is_some_and(|p| a.word(p) == ",")
        || (i.saturating_sub(5)..i).any(|p| kind_is(a, p, TokenKind::CloseQuote));
    // ("added **today that** ...")
    let that_soon = (end..end + 4).any(|k| a.is_word(k, "that"));
    if inverted || that_soon {
        return false;
    }
    // ("..., he **added.**", "added **they** get on well": the end of an attribution, a clause.)
    let subject = is_subject_pronoun(w) || matches!(w, "it" | "there" | "this");
    if !is_wordlike_token(a, end) || subject || matches!(w, "that" | "in" | "on" | "at") {
        return false;
    }
    if w == "to" {
        return true;
    }
    // (A clause has a verb: an auxiliary, a past form, a verb of saying.)
    let verb = |k: usize| {
        let v = a.word(k);
        is_aux(v) || super::words::is_ed_verb(v) || a.hit(k, Lex::Cue).is_some()
    };
    let in_clause =
        |k: &usize| (is_wordlike_token(a, *k) || kind_is(a, *k, TokenKind::Possessive)) && !is_relative(a.word(*k));
    !(end..end + MAX_ADDED_CLAUSE).take_while(in_clause).any(verb)
}

/// How far the infinitive or clause of advice may follow "advise" ("advised **the governor and
/// his staff to**").
const MAX_ADVICE: usize = 8;

/// "advised voters **to** stay", "advised **that** ...", "advised **against** ...", "advised: “...”":
/// the advice itself follows within a few words.
fn advice_follows(a: &Analysis, end: usize) -> bool {
    (end..end + MAX_ADVICE)
        .take_while(|&k| is_wordlike_token(a, k) || matches!(a.word(k), ":" | ","))
        .any(|k| matches!(a.lower(k), "to" | "that" | "against" | ":") || kind_is(a, k + 1, TokenKind::OpenQuote))
}

/// "is reported to", "was reported": a passive report after a form of "be".
fn prev_is_be(a: &Analysis, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| super::words::is_be(a.lower(p)))
}

/// True when the cue is part of markup: `<tweet`, `tweet/>`, `</tweet>`.
fn in_markup(a: &Analysis, s: usize, e: usize) -> bool {
    let prev = s.checked_sub(1).map_or("", |p| a.word(p));
    prev.ends_with('<') || prev.ends_with("</") || a.word(e).starts_with("/>") || a.word(e).starts_with('>')
}

#[cfg(test)]
mod tests {
    use super::{at, CueShape};
    use crate::lexicon::Lexicons;
    use crate::text::Analysis;

    /// The shape of the cue at the first token spelled `word` in `text`.
    fn shape(text: &str, word: &str) -> Option<CueShape> {
        let mut lx = Lexicons::builtin();
        lx.compile();
        let a = Analysis::new(text, &lx);
        let i = (0..a.tokens.len()).find(|&i| a.word(i) == word)?;
        at(&a, i).map(|c| c.shape)
    }

    /// Whether the first token spelled `word` in `text` is a cue.
    fn is_cue(text: &str, word: &str) -> bool {
        let mut lx = Lexicons::builtin();
        lx.compile();
        let a = Analysis::new(text, &lx);
        (0..a.tokens.len()).find(|&i| a.word(i) == word).and_then(|i| at(&a, i)).is_some()
    }

    #[test]
    fn idioms_report_nothing() {
        assert!(!is_cue("It is hard to imagine a worse outcome.", "imagine"));
        assert!(!is_cue("Remember: the polls close at eight.", "Remember"));
        assert!(!is_cue("The bank has written off its loans.", "written"));
        assert!(!is_cue("Fans lined up to see him.", "see"));
        assert!(!is_cue("The bank found itself in trouble.", "found"));
        assert!(!is_cue("The senator is seeking reelection.", "seeking"));
        assert!(!is_cue("The bank is advising the city on the sale.", "advising"));
        assert!(!is_cue("Credits added 14 cts to net income.", "added"));
        assert!(!is_cue("He works for a firm called Norvane.", "called"));
        assert!(!is_cue("She joined a group called #Vote2030.", "called"));
        assert!(!is_cue("He backed a lab called q7labs last year.", "called"));
        assert!(!is_cue("On his first day of questioning, Lee admitted the fraud.", "questioning"));
        assert!(!is_cue("The ministry moved to try and dispel fears of a trade war.", "fears"));
        assert!(is_cue("The ministry fears that a trade war is near.", "fears"));
        assert!(!is_cue("Trading rivals that in British bonds, known as gilts.", "known"));
        assert!(!is_cue("He audits a firm known for its losses.", "known"));
        assert!(is_cue("The firm is known for its audits.", "known"));
        assert!(!is_cue("Voters would show up at the polls.", "show"));
        assert!(!is_cue("The director reports directly to the chairman.", "reports"));
    }

    #[test]
    fn reporting_uses_stay_cues() {
        assert!(is_cue("Voters see him as a safe pair of hands.", "see"));
        assert!(is_cue("The inquiry found that the agency erred.", "found"));
        assert!(is_cue("Rubio is seeking to stop the bleeding.", "seeking"));
        assert!(is_cue("Doctors advised residents to stay indoors.", "advised"));
        assert!(is_cue("He added that the plan was dead.", "added"));
        assert!(is_cue("The talks will resume, he added.", "added"));
        assert!(is_cue("Trump called the deal a disaster.", "called"));
        assert!(is_cue("Figures released by the ministry show that exports rose.", "show"));
        assert!(is_cue("Obama is reported to have called them free riders.", "reported"));
    }

    #[test]
    fn scheme_nouns_are_no_cues() {
        assert!(!is_cue("He defended his plan to cut taxes.", "plan"));
        assert!(!is_cue("The cost of health plans rose.", "plans"));
        assert!(is_cue("She plans to run again.", "plans"));
        assert!(is_cue("The council has no plans to raise taxes.", "plans"));
    }

    #[test]
    fn noun_verb_after_a_modifier_is_a_noun() {
        assert_eq!(shape("Evangelical support helped him.", "support"), Some(CueShape::Noun));
        assert_eq!(shape("The congressional report runs long.", "report"), Some(CueShape::Noun));
        assert_eq!(shape("She has no plans to quit.", "plans"), Some(CueShape::Noun));
        assert_eq!(shape("He works at the Cook Political Report.", "Report"), Some(CueShape::Noun));
        assert_eq!(shape("It cast grave doubt on the deal.", "doubt"), Some(CueShape::Noun));
    }

    #[test]
    fn noun_verb_after_a_subject_stays_a_verb() {
        assert_eq!(shape("Most voters support the plan.", "support"), Some(CueShape::Verb));
        assert_eq!(shape("They support the plan.", "support"), Some(CueShape::Verb));
        assert_eq!(shape("She plans to quit.", "plans"), Some(CueShape::Verb));
        assert_eq!(shape("He voiced support for the plan.", "support"), Some(CueShape::Verb));
        assert_eq!(shape("Hedge Funds Support Clinton.", "Support"), Some(CueShape::Verb));
        assert_eq!(shape("We doubt the deal will hold.", "doubt"), Some(CueShape::Verb));
    }
}
