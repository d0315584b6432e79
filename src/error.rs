//! The one error type of the crate.

/// What can go wrong when configuring an [`Extractor`](crate::Extractor) or reading its inputs.
///
/// Extraction itself never fails: [`Extractor::extract`](crate::Extractor::extract) accepts every
/// `&str`. Errors come only from values a caller hands in: a document date string, a lexicon
/// entry added through the [builder](crate::ExtractorBuilder), or a text too large to index.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A document date that is not a valid `YYYY-MM-DD` calendar date.
    #[error("invalid date {value:?}: expected YYYY-MM-DD")]
    InvalidDate {
        /// The string as given.
        value: String,
    },
    /// A lexicon entry that cannot be used (empty, or malformed fields).
    #[error("bad entry {entry:?} in lexicon {lexicon}: {reason}")]
    BadLexiconEntry {
        /// The lexicon's name (e.g. `people`, `cues`).
        lexicon: &'static str,
        /// The entry as given.
        entry: String,
        /// Why it was refused.
        reason: &'static str,
    },
    /// A text longer than the 4 GiB that byte offsets can address (`u32`).
    #[error("text of {len} bytes is longer than the 4 GiB limit")]
    TextTooLong {
        /// The text's length in bytes.
        len: usize,
    },
}

/// Parses a document date in `YYYY-MM-DD` form.
///
/// ```
/// let d = whosaid::parse_date("2022-07-30").unwrap();
/// assert_eq!(d.to_string(), "2022-07-30");
/// assert!(whosaid::parse_date("2022-02-30").is_err());
/// ```
pub fn parse_date(value: &str) -> Result<jiff::civil::Date, Error> {
    let bad = || Error::InvalidDate { value: value.to_string() };
    let b = value.as_bytes();
    if !matches!(b, [_, _, _, _, b'-', _, _, b'-', _, _]) {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| -> Option<i32> {
        let s = value.get(r)?;
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d) = match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => (y, m, d),
        _ => return Err(bad()),
    };
    jiff::civil::Date::new(y as i16, m as i8, d as i8).map_err(|_| bad())
}
