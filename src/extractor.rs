//! The engine: compiled lexicons and the pipeline that runs the stages in order.

use std::sync::Arc;

use jiff::civil::Date;

use crate::claims::{self, ClaimData};
use crate::document::{Claim, ClaimDate, CourtInfo, Document, Entity, Mention, MentionKind, Sentence, Span, Speaker};
use crate::error::Error;
use crate::lexicon::{Lex, Lexicons};
use crate::recognize::{self, dates, Candidate, Info};
use crate::resolve::{self, Resolved};
use crate::text::Analysis;

/// The extractor: built once, shared by reference or cheap clone (`Arc` inside), `Send + Sync`.
///
/// ```
/// use whosaid::Extractor;
/// let ex = Extractor::new();
/// let doc = ex.extract("The alliance said on Friday that it had won.", whosaid::parse_date("2022-07-30").ok());
/// assert_eq!(doc.sentences.len(), 1);
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    inner: Arc<Lexicons>,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

/// Adds entries to the built-in lexicons before the extractor is compiled.
///
/// ```
/// use whosaid::{CueType, Extractor};
/// let ex = Extractor::builder()
///     .person("Kaja Kallas")
///     .organization("Libyan American Alliance")
///     .cue("opined", CueType::Speech)
///     .build()
///     .unwrap();
/// let doc = ex.extract("Kaja Kallas opined that talks would resume.", None);
/// assert_eq!(doc.claims.len(), 1);
/// ```
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    lexicons: Lexicons,
    errors: Vec<Error>,
}

impl ExtractorBuilder {
    fn check(&mut self, lexicon: &'static str, entry: &str) -> bool {
        let bad = if entry.trim().is_empty() {
            Some("empty entry")
        } else if entry.contains(['\t', '\n', '\r']) {
            Some("tabs and line breaks are not allowed")
        } else {
            None
        };
        if let Some(reason) = bad {
            self.errors.push(Error::BadLexiconEntry { lexicon, entry: entry.to_string(), reason });
        }
        bad.is_none()
    }

    /// Adds a person's full name ("Kaja Kallas"), recognized wherever it appears.
    pub fn person(mut self, name: &str) -> Self {
        if self.check("people", name) {
            self.lexicons.add(Lex::Person, name, &[]);
        }
        self
    }

    /// Adds an organization's name ("Libyan American Alliance") or acronym.
    pub fn organization(mut self, name: &str) -> Self {
        if self.check("organizations", name) {
            self.lexicons.add(Lex::Organization, name, &["user"]);
        }
        self
    }

    /// Adds a court's name with its facts.
    pub fn court(mut self, name: &str, info: CourtInfo) -> Self {
        if self.check("courts", name) {
            recognize::courts::add_name(&mut self.lexicons, name, &info);
        }
        self
    }

    /// Adds a reporting cue: one surface form ("opined"), matched regardless of case.
    pub fn cue(mut self, form: &str, cue_type: crate::document::CueType) -> Self {
        if self.check("cues", form) {
            let t = match cue_type {
                crate::document::CueType::Speech => "speech",
                crate::document::CueType::Belief => "belief",
            };
            let form = form.to_lowercase();
            self.lexicons.add(Lex::Cue, &form, &[&form, t, "verb"]);
        }
        self
    }

    /// Compiles the lexicons. Fails on the first bad entry added.
    pub fn build(mut self) -> Result<Extractor, Error> {
        if let Some(e) = self.errors.into_iter().next() {
            return Err(e);
        }
        self.lexicons.compile();
        Ok(Extractor { inner: Arc::new(self.lexicons) })
    }
}

impl Extractor {
    /// The extractor with the built-in English lexicons and rules.
    pub fn new() -> Extractor {
        let mut lx = Lexicons::builtin();
        lx.compile();
        Extractor { inner: Arc::new(lx) }
    }

    /// A builder to add people, organizations, courts and cues to the built-in lexicons.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder { lexicons: Lexicons::builtin(), errors: Vec::new() }
    }

    /// The compiled lexicons.
    pub fn lexicons(&self) -> &Lexicons {
        &self.inner
    }

    /// Tokenizes, splits and scans a text (the first stage, for callers who want it alone).
    pub fn analyze<'t>(&'t self, text: &'t str) -> Analysis<'t> {
        Analysis::new(text, &self.inner)
    }

    /// Extracts dates, people, organizations, courts, locations and claims from `text`.
    ///
    /// `date` is the document's publication date; without it, a dateline at the top of the
    /// text is used, and relative expressions otherwise keep under-specified values.
    /// Never fails and never panics; texts over 4 GiB are cut at that limit.
    pub fn extract(&self, text: &str, date: Option<Date>) -> Document {
        let text = cut(text);
        let a = self.analyze(text);
        let date = date.or_else(|| dates::dateline::find(&a));
        let resolved = resolve::link(&a, resolve::overlaps(Extractor::recognize(&a, date)));
        let doc_date = date.map(|d| d.to_string());
        let claims = claims::find(&a, &resolved, doc_date.as_deref());
        build_document(&a, &resolved, &claims, doc_date)
    }

    /// Every recognizer's proposals for an analyzed text, before overlaps are settled and
    /// mentions linked (the second stage, for callers and benchmarks who want it alone).
    pub fn recognize(a: &Analysis, date: Option<Date>) -> Vec<Candidate> {
        let mut cands = dates::find(a, &dates::Context { date });
        let people = recognize::people::find(a);
        let repeats = recognize::people::repeat_mentions(a, &people);
        cands.extend(people);
        cands.extend(repeats);
        let orgs = recognize::organizations::find(a);
        let org_repeats = recognize::organizations::repeat_mentions(a, &orgs);
        cands.extend(orgs);
        cands.extend(org_repeats);
        cands.extend(recognize::courts::find(a));
        cands.extend(recognize::locations::find(a));
        resolve::names_before_dates(a, &mut cands);
        cands
    }

    /// Extracts many documents in parallel (rayon), results in input order.
    #[cfg(feature = "rayon")]
    pub fn extract_batch<'a, I>(&self, docs: I) -> Vec<Document>
    where
        I: rayon::iter::IntoParallelIterator<Item = (&'a str, Option<Date>)>,
        I::Iter: rayon::iter::IndexedParallelIterator,
    {
        use rayon::prelude::*;
        docs.into_par_iter().map(|(t, d)| self.extract(t, d)).collect()
    }
}

/// The longest prefix of `text` that `u32` offsets can address, cut on a char boundary.
fn cut(text: &str) -> &str {
    let max = u32::MAX as usize - 1;
    if text.len() <= max {
        return text;
    }
    // `get` refuses a cut inside a char: the first boundary at or below `max` (at most 3 steps).
    (0..=max).rev().find_map(|e| text.get(..e)).unwrap_or_default()
}

/// Turns the resolved mentions and claims into the output types.
fn build_document(a: &Analysis, r: &Resolved, claims: &[ClaimData], date: Option<String>) -> Document {
    let text = a.text;
    let sentences = a
        .sentences
        .iter()
        .map(|s| {
            let (start, end) = a.byte_span(s.start as usize, s.end as usize);
            Sentence { start, end }
        })
        .collect();
    let eid = |e: usize| id('e', e);
    let mentions: Vec<Mention> = r
        .mentions
        .iter()
        .zip(&r.entity_of)
        .enumerate()
        .map(|(i, (m, entity))| {
            let (start, end) = a.byte_span(m.start, m.end);
            Mention {
                id: id('m', i),
                kind: m.kind,
                start,
                end,
                text: text.get(start..end).unwrap_or_default().to_string(),
                entity: entity.map(eid),
                anaphoric: m.anaphoric,
                timex: match &m.info {
                    Info::Date(t) => Some(t.clone()),
                    _ => None,
                },
            }
        })
        .collect();
    let entities = r
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| Entity {
            id: eid(i),
            kind: e.kind,
            name: a.slice(e.name.0, e.name.1).to_string(),
            mentions: e.mentions.iter().map(|&m| id('m', m)).collect(),
            title: e.title.clone(),
            role: e.role.clone(),
            affiliation: e.affiliation.map(eid),
            court: if e.kind == MentionKind::Court { e.court.clone() } else { CourtInfo::default() },
        })
        .collect();
    let span = |(s, e): (usize, usize)| {
        let (bs, be) = a.byte_span(s, e);
        Span::new(text, bs, be)
    };
    let claims = claims
        .iter()
        .map(|c| Claim {
            speaker: c.speaker.map(|sp| {
                let s = span(sp);
                Speaker { start: s.start, end: s.end, text: s.text, entity: c.speaker_entity.map(eid) }
            }),
            cue: span(c.cue),
            content: span(c.content),
            date: c.date.as_ref().map(|(v, m, b)| ClaimDate {
                value: v.clone(),
                mention: m.map(|m| id('m', m)),
                basis: *b,
            }),
            quoted: c.quoted,
            content_parts: c.parts.as_ref().map(|p| p.iter().map(|&x| span(x)).collect()),
            cue_type: Some(c.cue_type),
            within: c.within,
        })
        .collect();
    Document { date, sentences, mentions, entities, claims }
}

/// An output id: `prefix` and the index in decimal ("m12", "e3"), written without the
/// formatting machinery (a document has thousands of them).
fn id(prefix: char, n: usize) -> String {
    let mut digits = [b'0'; 20];
    let mut k = digits.len();
    let mut n = n;
    while let Some(d) = k.checked_sub(1).and_then(|j| digits.get_mut(j)) {
        *d = b'0' + (n % 10) as u8;
        k -= 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut s = String::with_capacity(8);
    s.push(prefix);
    s.push_str(std::str::from_utf8(digits.get(k..).unwrap_or_default()).unwrap_or_default());
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_prefix_and_the_decimal_index() {
        for n in [0, 7, 10, 99, 12_345, usize::MAX] {
            assert_eq!(id('m', n), format!("m{n}"));
        }
    }

    #[test]
    fn extractor_is_send_sync() {
        fn check<T: Send + Sync + Clone>() {}
        check::<Extractor>();
    }
}
