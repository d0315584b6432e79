//! The sentence splitter: sentence boundaries over tokens.
//!
//! The boundary before a token is decided by the first rule that applies:
//!
//! 1. A blank line always ends a sentence (headlines, datelines, captions).
//! 2. A list marker starts one (`1.)`, `2.`, `b)`, `iv.`, `•`): at the start of a line, or in
//!    running text when its series continues (`1. The first item 2. The second item`).
//! 3. Terminal punctuation (`.`, `!`, `?`, an ellipsis, an abbreviation's period) ends one when
//!    what follows starts a sentence, with closing quotes and brackets (and glued footnote marks
//!    such as `[1]`) kept on the sentence they close. Inside a matched pair of quotes or
//!    brackets nothing ends: `said "No." and left` is one sentence, `"Great." He left` two.
//! 4. A single line break ends one only where the line is visibly a line of its own: a title in
//!    capitals, a short line followed by a line that would have fitted after it (a heading
//!    above hard-wrapped copy), or a block of short unpunctuated lines (a list). A line break
//!    inside running text (copy wrapped at ~65 columns) does not end a sentence.

use super::token::{Flags, Token, TokenKind};

/// A sentence as a range of token indices `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SentenceRange {
    /// Index of the first token.
    pub start: u32,
    /// Index one past the last token.
    pub end: u32,
}

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Never ends a sentence before a capitalized word: titles (`Mr.`, `Dr.`, `Gen.`, `St.`).
    Prefix,
    /// May end a sentence (`Inc.`, `Co.`, `U.S.`, `etc.`) when a sentence starter follows.
    Ordinary,
    /// An abbreviation only before a number (`No. 5`, `p. 55`, `Art. 3`); never ends a sentence.
    Numeric,
}

/// Tells the splitter which abbreviations are titles before names.
pub trait AbbrevInfo {
    /// The class of an abbreviation token's text (with its period), `None` if unknown.
    fn abbrev_class(&self, text: &str) -> Option<AbbrevClass>;
}

/// Splits tokens into sentences.
///
/// ```
/// use whosaid::text::{sentence, tokenize};
/// use whosaid::text::sentence::{AbbrevClass, AbbrevInfo};
/// struct Titles;
/// impl AbbrevInfo for Titles {
///     fn abbrev_class(&self, t: &str) -> Option<AbbrevClass> {
///         (t == "Mr.").then_some(AbbrevClass::Prefix)
///     }
/// }
/// let text = "Mr. Smith said \"No.\" and left. He was angry.";
/// let toks = tokenize(text, &|w: &str| w == "Mr");
/// let s = sentence::split(text, &toks, &Titles);
/// assert_eq!(s.len(), 2);
/// ```
pub fn split(text: &str, tokens: &[Token], abbr: &dyn AbbrevInfo) -> Vec<SentenceRange> {
    let mut s = Splitter {
        text,
        tokens,
        abbr,
        out: Vec::with_capacity(tokens.len() / 20 + 1),
        start: 0,
        in_item: false,
        protected: protected_gaps(text, tokens),
        para_first: 0,
        para: None,
        series: None,
    };
    s.run();
    s.out
}

/// The most list items looked ahead for the item that continues a series.
const SERIES_LOOKAHEAD: usize = 80;
/// A line is short when the next line's first word would have fitted after it with this many
/// columns to spare (wrapping programs are not all greedy).
const WRAP_SLACK: usize = 8;
/// Lines of a block of unpunctuated lines (a list: `features\ncontact manager`) are at most
/// this wide.
const LIST_LINE_WIDTH: usize = 40;

struct Splitter<'a> {
    text: &'a str,
    tokens: &'a [Token],
    abbr: &'a dyn AbbrevInfo,
    out: Vec<SentenceRange>,
    /// First token of the current sentence.
    start: usize,
    /// The current sentence began with a list marker.
    in_item: bool,
    /// Gap ranges `[a, b]` inside matched quotes or brackets (the gap before token `k` is
    /// gap `k`), disjoint and in order.
    protected: Vec<(u32, u32)>,
    /// First token of the current paragraph.
    para_first: usize,
    /// The line shape of the current paragraph, computed when first needed.
    para: Option<(usize, ParagraphShape)>,
    /// The last list marker of the current paragraph.
    series: Option<Label>,
}

impl Splitter<'_> {
    fn run(&mut self) {
        let n = self.tokens.len();
        let mut k = 0usize;
        while let Some(&t) = self.tokens.get(k) {
            if t.is(Flags::PARAGRAPH_BEFORE) {
                self.para_first = k;
                self.series = None;
                self.cut(k);
            } else if k > self.start && t.is(Flags::NEWLINE_BEFORE) && self.line_break_ends(k) {
                self.cut(k);
            }
            if let Some(len) = self.list_item_at(k) {
                self.cut(k);
                self.in_item = true;
                k += len;
                continue;
            }
            if let Some(end) = self.terminal_run(k) {
                if self.ends_after(k, end) {
                    self.cut(end);
                }
                k = end;
                continue;
            }
            k += 1;
        }
        self.cut(n);
    }

    /// Ends the current sentence before token `at` (nothing when it would be empty).
    fn cut(&mut self, at: usize) {
        if at > self.start {
            self.out.push(SentenceRange { start: self.start as u32, end: at as u32 });
            self.start = at;
            self.in_item = false;
        }
    }

    fn is_protected(&self, gap: usize) -> bool {
        let gap = gap as u32;
        let i = self.protected.partition_point(|&(a, _)| a <= gap);
        i > 0 && self.protected.get(i - 1).is_some_and(|&(_, b)| gap <= b)
    }

    fn kind(&self, k: usize) -> Option<TokenKind> {
        self.tokens.get(k).map(|t| t.kind)
    }

    fn word(&self, k: usize) -> &str {
        self.tokens.get(k).map_or("", |t| t.text(self.text))
    }

    /// If token `k` can end a sentence, the end of its run: the closing quotes and brackets and
    /// glued footnote marks that stay with it (`."`, `.)`, `.[1]`, `.11 12`).
    fn terminal_run(&self, k: usize) -> Option<usize> {
        let t = self.tokens.get(k)?;
        let dash_quote = t.kind == TokenKind::Dash
            && self.tokens.get(k + 1).is_some_and(|q| q.kind == TokenKind::CloseQuote && !q.is(Flags::SPACE_BEFORE));
        if !(matches!(t.kind, TokenKind::Terminal | TokenKind::Ellipsis | TokenKind::Abbreviation) || dash_quote) {
            return None;
        }
        let closer = |t: &Token| {
            matches!(t.kind, TokenKind::CloseQuote | TokenKind::CloseBracket | TokenKind::Terminal)
                && !t.is(Flags::NEWLINE_BEFORE)
        };
        let closers = self.tokens.get(k + 1..).unwrap_or_default().iter().take_while(|t| closer(t)).count();
        let end = k + 1 + closers;
        Some(self.footnote_marks(end))
    }

    /// Footnote marks glued to a sentence's end: `martyr.[1][2]`, `consultation.11 12`.
    fn footnote_marks(&self, mut end: usize) -> usize {
        let glued = |k: usize| self.tokens.get(k).is_some_and(|t| !t.is(Flags::SPACE_BEFORE));
        let small_number = |k: usize| {
            self.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number && t.is(Flags::ALL_DIGITS))
                && self.word(k).len() <= 3
        };
        let mut numbers = false;
        loop {
            if glued(end) && self.word(end) == "[" && small_number(end + 1) && self.word(end + 2) == "]" {
                end += 3; // [1]
            } else if small_number(end)
                && (glued(end) || numbers)
                && !self.tokens.get(end).is_some_and(|t| t.is(Flags::NEWLINE_BEFORE))
            {
                numbers = true; // .11 12
                end += 1;
            } else {
                return end;
            }
        }
    }

    /// Whether the sentence ends after the run `[k, end)` of terminal token `k`.
    fn ends_after(&self, k: usize, end: usize) -> bool {
        let Some(next) = self.tokens.get(end) else { return true };
        if self.is_protected(end) {
            return false;
        }
        let glued = !next.is(Flags::SPACE_BEFORE);
        let closers = self.tokens.get(k + 1..end).unwrap_or_default();
        let after_quote = closers.iter().any(|t| t.kind == TokenKind::CloseQuote);
        let Some(t) = self.tokens.get(k) else { return true };
        match t.kind {
            TokenKind::Abbreviation => !glued && self.abbreviation_ends(k, end),
            TokenKind::Ellipsis => !glued && self.ellipsis_ends(k, end),
            TokenKind::Dash => after_quote && self.is_capitalized(end),
            _ if glued => self.word(k) != "!" && self.word(k) != "?" && self.glued_start(end),
            _ if after_quote => self.is_capitalized(end) || next.kind == TokenKind::OpenQuote,
            _ => self.starts_sentence(end),
        }
    }

    /// `world.Today`: a capitalized word glued to a period starts a sentence.
    fn glued_start(&self, k: usize) -> bool {
        matches!(self.kind(k), Some(TokenKind::Word | TokenKind::Abbreviation)) && self.is_capitalized(k)
    }

    fn is_capitalized(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| t.is_wordlike() && t.is(Flags::CAPITALIZED))
    }

    fn is_lower(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| t.is(Flags::LOWER))
    }

    /// What may start a sentence after a period: `He`, `2020`, `"`, `(`, `- Posted`, `$5`.
    fn starts_sentence(&self, k: usize) -> bool {
        let Some(t) = self.tokens.get(k) else { return false };
        match t.kind {
            TokenKind::Word | TokenKind::Abbreviation => t.is(Flags::CAPITALIZED),
            TokenKind::Number => true,
            TokenKind::OpenQuote | TokenKind::OpenBracket => !self.is_lower(k + 1),
            TokenKind::Ellipsis | TokenKind::Dash => self.is_capitalized(k + 1),
            TokenKind::Symbol => is_bullet(self.word(k)) || is_currency(self.word(k)),
            _ => false,
        }
    }

    /// `that... She left` ends; a spaced `. . .` never does, unless it has a fourth period
    /// (`period . . . . Next`).
    fn ellipsis_ends(&self, k: usize, end: usize) -> bool {
        let s = self.word(k);
        let dots = s.bytes().filter(|&b| b == b'.').count();
        if s.contains(' ') && dots < 4 {
            return false;
        }
        self.is_capitalized(end) || (dots >= 4 || s == "…") && self.starts_sentence(end)
    }

    /// Whether abbreviation `k` (with its closers up to `end`) ends the sentence.
    fn abbreviation_ends(&self, k: usize, end: usize) -> bool {
        let s = self.word(k);
        if self.tokens.get(k).is_some_and(|t| t.is(Flags::INITIAL)) {
            return self.initial_ends(k, end);
        }
        match self.abbr.abbrev_class(s) {
            Some(AbbrevClass::Prefix | AbbrevClass::Numeric) => false,
            _ => {
                let next = self.word(end);
                is_sentence_starter(next)
                    || end > k + 1 && self.starts_sentence(end)
                    || ends_phrase(s)
                        && self.is_capitalized(end)
                        && !super::is_calendar_name(next)
                        && !is_all_caps(next)
            }
        }
    }

    /// `you and I. Did` ends (an initial after a lower-case word); `Albert I. Jones`,
    /// `Z. Muntasser` do not.
    fn initial_ends(&self, k: usize, end: usize) -> bool {
        let after_lower = k > 0 && self.is_lower(k - 1);
        if !after_lower {
            return false;
        }
        if self.word(k) == "I." {
            return self.is_capitalized(end);
        }
        is_sentence_starter(self.word(end))
    }

    /// Whether the single line break before token `k` ends the sentence.
    fn line_break_ends(&mut self, k: usize) -> bool {
        if self.is_protected(k) {
            return false;
        }
        let lower = self.is_lower(k);
        // The caller breaks only after the sentence's first token, so `k - 1` exists.
        let (Some(&prev), Some(&next)) = (k.checked_sub(1).and_then(|p| self.tokens.get(p)), self.tokens.get(k)) else {
            return false;
        };
        if self.in_item || self.ends_with_terminal(k - 1) {
            return !lower; // "• Stop smoking\n• Get rest"; "the area.\n***"
        }
        if matches!(prev.kind, TokenKind::Abbreviation)
            && matches!(self.abbr.abbrev_class(self.word(k - 1)), Some(AbbrevClass::Prefix | AbbrevClass::Numeric))
        {
            return false;
        }
        let shape = self.paragraph_shape(k);
        if shape.is_list() {
            return true; // features\ncontact manager\nevents
        }
        if lower && shape.has_terminal_line {
            return false; // running text wrapped before a lower-case word
        }
        let b = self.text.as_bytes();
        let prev_end = prev.end as usize;
        let line_start =
            b.get(..prev_end).and_then(|s| s.iter().rposition(|&c| matches!(c, b'\n' | b'\r'))).map_or(0, |p| p + 1);
        let line = self.text.get(line_start..prev_end).unwrap_or_default();
        if !lower && self.is_title_line(line, line_start) {
            return true; // U.S. SIGNS TAX TREATY\nWASHINGTON, March 2 - The...
        }
        let next_start = next.start as usize;
        let next_word = self.text.get(next_start..).map_or("", first_word);
        // A short line: the next word would have fitted after it (a heading above the copy).
        width(line) + 1 + width(next_word) + WRAP_SLACK <= self.neighbour_width(line_start, next_start)
    }

    /// The wrap width around a line break: the wider of the line before the line ending at
    /// `line_start` and the line holding `next_start`.
    fn neighbour_width(&self, line_start: usize, next_start: usize) -> usize {
        let b = self.text.as_bytes();
        let is_break = |c: &u8| matches!(c, b'\n' | b'\r');
        let before = b.get(..line_start.saturating_sub(1)).unwrap_or_default();
        let prev_start = before.iter().rposition(is_break).map_or(0, |p| p + 1);
        let prev = if line_start == 0 { "" } else { self.text.get(prev_start..before.len()).unwrap_or_default() };
        let tail = b.get(..next_start).unwrap_or_default();
        let next_line_start = tail.iter().rposition(is_break).map_or(0, |p| p + 1);
        let next_end =
            b.get(next_start..).and_then(|r| r.iter().position(is_break)).map_or(b.len(), |p| next_start + p);
        let next = self.text.get(next_line_start..next_end).unwrap_or_default();
        width(prev.trim_end()).max(width(next.trim_end()))
    }

    /// The first line of a paragraph, in capitals: a title.
    fn is_title_line(&self, line: &str, line_start: usize) -> bool {
        let first = self.tokens.get(self.para_first).map_or(0, |t| t.start as usize);
        line_start <= first
            && line.chars().any(char::is_alphabetic)
            && !line.chars().any(char::is_lowercase)
            && line.split_whitespace().count() >= 2
    }

    /// Token `k` is sentence-final punctuation, possibly followed by closers (`."`, `!)`).
    fn ends_with_terminal(&self, mut k: usize) -> bool {
        while k > self.start && matches!(self.kind(k), Some(TokenKind::CloseQuote | TokenKind::CloseBracket)) {
            k -= 1;
        }
        matches!(self.kind(k), Some(TokenKind::Terminal | TokenKind::Ellipsis))
    }

    /// The shape of the paragraph holding token `k` (cached per paragraph).
    fn paragraph_shape(&mut self, k: usize) -> ParagraphShape {
        if let Some((p, shape)) = self.para {
            if p == self.para_first {
                return shape;
            }
        }
        let first = self.tokens.get(self.para_first).map_or(0, |t| t.start as usize);
        let from = self
            .text
            .as_bytes()
            .get(..first)
            .unwrap_or_default()
            .iter()
            .rposition(|&c| matches!(c, b'\n' | b'\r'))
            .map_or(0, |p| p + 1);
        let shape = ParagraphShape::of(self.text.get(from..).unwrap_or_default());
        debug_assert!(k >= self.para_first);
        self.para = Some((self.para_first, shape));
        shape
    }

    /// If a list item starts at token `k`, the number of tokens of its marker.
    fn list_item_at(&mut self, k: usize) -> Option<usize> {
        let t = *self.tokens.get(k)?;
        let glued_next = self.tokens.get(k + 1).is_some_and(|u| !u.is(Flags::SPACE_BEFORE));
        let may_mark = match t.kind {
            TokenKind::Symbol | TokenKind::Dash => true,
            TokenKind::Abbreviation => t.end - t.start == 2,
            TokenKind::Number | TokenKind::Word | TokenKind::OpenBracket => glued_next,
            _ => false,
        };
        if !may_mark {
            return None;
        }
        let m = list_marker(self.text, self.tokens, k)?;
        let line_start = k == 0 || t.is(Flags::NEWLINE_BEFORE);
        let accepted = match m.label {
            _ if m.dash_bullet => line_start,
            Label::Bullet => true,
            label => {
                let after_end = k == self.start || k > 0 && self.ends_with_terminal(k - 1);
                line_start && (after_end || self.word(k.wrapping_sub(1)) == ":")
                    || self.series.is_some_and(|prev| label.follows(prev))
                    || after_end && self.series_continues(k + m.len, label)
            }
        };
        if !accepted || self.is_protected(k) && k > self.start {
            return None;
        }
        if m.label != Label::Bullet {
            self.series = Some(m.label);
        }
        Some(m.len)
    }

    /// A marker following `label` comes within a few tokens after `from`, in the same paragraph.
    fn series_continues(&self, from: usize, label: Label) -> bool {
        let stop = (from + SERIES_LOOKAHEAD).min(self.tokens.len());
        (from..stop)
            .take_while(|&j| !self.tokens.get(j).is_some_and(|t| t.is(Flags::PARAGRAPH_BEFORE)))
            .filter_map(|j| list_marker(self.text, self.tokens, j))
            .any(|m| m.label.follows(label))
    }
}

/// The label of a list marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    /// `•`, `-` at the start of a line.
    Bullet,
    /// `1.`, `12)`.
    Number(u32),
    /// `a.`, `i)`: a letter (1 for `a`) and, when it reads as one, a lower-case roman numeral.
    Letter(u32, u32),
    /// `iv.`, `xii)`.
    Roman(u32),
}

impl Label {
    /// `2` follows `1`, `b` follows `a`, `ii` follows `i`.
    fn follows(self, prev: Label) -> bool {
        let (num, letter, roman) = self.values();
        let (pnum, pletter, proman) = prev.values();
        let next = |a: u32, b: u32| a > 0 && b > 0 && a == b + 1;
        next(num, pnum) || next(letter, pletter) || next(roman, proman)
    }

    fn values(self) -> (u32, u32, u32) {
        match self {
            Label::Bullet => (0, 0, 0),
            Label::Number(n) => (n, 0, 0),
            Label::Letter(l, r) => (0, l, r),
            Label::Roman(r) => (0, 0, r),
        }
    }
}

/// A list marker: `1.`, `1.)`, `a)`, `• 9.`, `⁃10.`, `•`.
struct Marker {
    label: Label,
    /// Tokens in the marker.
    len: usize,
    /// Starts with `-` or `*` (a bullet only at the start of a line).
    dash_bullet: bool,
}

/// The list marker starting at token `k`, if any: a bullet and/or a label with its delimiter,
/// followed by a spaced word.
fn list_marker(text: &str, tokens: &[Token], k: usize) -> Option<Marker> {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.text(text));
    let first = tokens.get(k)?;
    let mut j = k;
    let mut dash_bullet = false;
    let mut bullet = false;
    if first.kind == TokenKind::Symbol && is_bullet(word(k)) || matches!(word(k), "-" | "*") {
        dash_bullet = matches!(word(k), "-" | "*");
        bullet = true;
        j += 1;
    }
    let label_len = label_at(text, tokens, j);
    let (label, len) = match label_len {
        Some((label, n)) if !bullet || !dash_bullet => (label, j + n - k),
        _ if bullet => (Label::Bullet, 1),
        _ => return None,
    };
    let after = tokens.get(k + len)?;
    let spaced = after.is(Flags::SPACE_BEFORE) && !after.is(Flags::NEWLINE_BEFORE);
    let content = if dash_bullet {
        after.is(Flags::CAPITALIZED) // "- Extending the hours", not "- with warrants"
    } else {
        after.is_wordlike() || matches!(after.kind, TokenKind::OpenQuote | TokenKind::Symbol)
    };
    (spaced && content).then_some(Marker { label, len, dash_bullet })
}

/// A list label and its delimiter at token `j` (`1.`, `1.)`, `2)`, `a.`, `iv)`): the label and
/// the number of tokens.
fn label_at(text: &str, tokens: &[Token], j: usize) -> Option<(Label, usize)> {
    let t = tokens.get(j)?;
    let s = t.text(text);
    let glued = |i: usize, p: &str| tokens.get(i).is_some_and(|u| !u.is(Flags::SPACE_BEFORE) && u.text(text) == p);
    if s.len() > 4 {
        return None;
    }
    // `(a)`, `(12)`.
    if s == "(" && (j == 0 || t.is(Flags::SPACE_BEFORE)) {
        let inner = tokens.get(j + 1)?.text(text);
        return (glued(j + 1, inner) && glued(j + 2, ")")).then_some((label_of(inner)?, 3));
    }
    // `v.` and `p.` may come as abbreviation tokens.
    if t.kind == TokenKind::Abbreviation && s.len() == 2 {
        let label = label_of(s.get(..1)?)?;
        return Some((label, if glued(j + 1, ")") { 2 } else { 1 }));
    }
    if !tokens.get(j + 1).is_some_and(|u| !u.is(Flags::SPACE_BEFORE)) {
        return None;
    }
    let label = label_of(s)?;
    if glued(j + 1, ".") {
        Some((label, if glued(j + 2, ")") { 3 } else { 2 }))
    } else if glued(j + 1, ")") {
        Some((label, 2))
    } else {
        None
    }
}

/// The label a word reads as: `12` → 12, `b` → letter 2, `iv` → roman 4, `i` → letter 9 or
/// roman 1.
fn label_of(s: &str) -> Option<Label> {
    let b = s.as_bytes();
    if (1..=2).contains(&b.len()) && b.iter().all(u8::is_ascii_digit) {
        return s.parse().ok().filter(|&n| n > 0).map(Label::Number);
    }
    let roman = roman_value(s);
    if let [c @ b'a'..=b'z'] = b {
        return Some(Label::Letter(u32::from(c - b'a') + 1, roman));
    }
    (roman > 0).then_some(Label::Roman(roman))
}

/// The value of a lower-case roman numeral up to 39 (`xxxix`), 0 when `s` is not one.
fn roman_value(s: &str) -> u32 {
    let rest = s.trim_start_matches('x');
    let tens = (s.len() - rest.len()) as u32;
    let units = match rest {
        "" => 0,
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        "v" => 5,
        "vi" => 6,
        "vii" => 7,
        "viii" => 8,
        "ix" => 9,
        _ => return 0,
    };
    if tens > 3 {
        return 0;
    }
    tens * 10 + units
}

/// Bullet characters: `•`, `⁃`, `◦`, `▪`, `‣`, `●`, `■`.
fn is_bullet(s: &str) -> bool {
    matches!(s, "•" | "⁃" | "◦" | "▪" | "‣" | "●" | "■" | "▸" | "►")
}

/// Currency signs that may start a sentence (`$5 was paid.`).
fn is_currency(s: &str) -> bool {
    matches!(s, "$" | "£" | "€" | "¥")
}

/// A lower-case abbreviation that usually ends its phrase, so a capitalized word after it
/// starts a sentence: `5 p.m. Travelers`, `15 pct. Analysts`, `etc. Then`. Also `P.M.`, `A.M.`.
fn ends_phrase(s: &str) -> bool {
    s.eq_ignore_ascii_case("a.m.")
        || s.eq_ignore_ascii_case("p.m.")
        || s.bytes().all(|b| !b.is_ascii_uppercase()) && s.bytes().any(|b| b.is_ascii_lowercase())
}

/// All letters upper case: `EST`, `GMT` after `5 p.m.`.
fn is_all_caps(s: &str) -> bool {
    s.len() >= 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Words that usually start a sentence, used after an ordinary abbreviation (`Co. It closed`):
/// pronouns, determiners, conjunctions, prepositions and sentence adverbs.
fn is_sentence_starter(w: &str) -> bool {
    super::is_function_word(w)
        || matches!(
            w,
            "Moreover"
                | "I'm"
                | "I've"
                | "I'll"
                | "I'd"
                | "It's"
                | "That's"
                | "There's"
                | "He's"
                | "She's"
                | "We're"
                | "They're"
                | "Let's"
                | "Don't"
        )
}

/// The line shape of a paragraph (up to the next blank line).
#[derive(Debug, Clone, Copy, Default)]
struct ParagraphShape {
    /// The widest line, in chars (trailing white space left out).
    width: usize,
    /// Some line ends with sentence punctuation (`.`, `!`, `?`, `…`, before closers).
    has_terminal_line: bool,
    /// Lines in the paragraph.
    lines: usize,
}

impl ParagraphShape {
    /// The shape of the paragraph starting `text`.
    fn of(text: &str) -> ParagraphShape {
        let mut shape = ParagraphShape::default();
        let b = text.as_bytes();
        let mut pos = 0;
        while pos < b.len() {
            let end = b
                .get(pos..)
                .unwrap_or_default()
                .iter()
                .position(|&c| matches!(c, b'\n' | b'\r'))
                .map_or(b.len(), |p| pos + p);
            let line = text.get(pos..end).unwrap_or_default().trim_end();
            pos = end + 1;
            if line.trim_start().is_empty() {
                if shape.lines > 0 {
                    break;
                }
                continue;
            }
            shape.lines += 1;
            shape.width = shape.width.max(width(line));
            let bare = line.trim_end_matches(['"', '\'', ')', ']', '”', '’', '»']);
            shape.has_terminal_line |= bare.ends_with(['.', '!', '?', '…']);
        }
        shape
    }

    /// Several short lines, none ending with punctuation: a list or a block of headings.
    fn is_list(&self) -> bool {
        self.lines >= 2 && !self.has_terminal_line && self.width <= LIST_LINE_WIDTH
    }
}

/// Width of a line in chars.
fn width(s: &str) -> usize {
    s.bytes().filter(|&b| b & 0xC0 != 0x80).count()
}

/// The text up to the first white space.
fn first_word(s: &str) -> &str {
    s.split(char::is_whitespace).next().unwrap_or_default()
}

/// Which quotes and brackets pair up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pairing {
    Double,
    Single,
    Paren,
    Square,
    Curly,
    Other,
}

/// The pairing family of a quote or bracket.
fn pairing(s: &str) -> Pairing {
    match s {
        "\"" | "“" | "”" | "„" | "«" | "»" | "``" | "''" | "〝" | "〞" | "「" | "」" | "『" | "』" => {
            Pairing::Double
        }
        "'" | "‘" | "’" | "‚" | "‹" | "›" | "`" | "´" => Pairing::Single,
        "(" | ")" => Pairing::Paren,
        "[" | "]" => Pairing::Square,
        "{" | "}" => Pairing::Curly,
        _ => Pairing::Other,
    }
}

/// The most open quotes and brackets tracked at once.
const MAX_OPEN: usize = 32;

/// The gaps between tokens that lie inside a matched pair of quotes or brackets of the same
/// paragraph, as disjoint ranges in order (`"This is great." she said`: the gap after `.` does,
/// the gap after the closing quote does not).
fn protected_gaps(text: &str, tokens: &[Token]) -> Vec<(u32, u32)> {
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    let mut open: Vec<(Pairing, usize)> = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if t.is(Flags::PARAGRAPH_BEFORE) {
            open.clear();
        }
        match t.kind {
            TokenKind::OpenQuote | TokenKind::OpenBracket if open.len() < MAX_OPEN => {
                open.push((pairing(t.text(text)), k));
            }
            TokenKind::CloseQuote | TokenKind::CloseBracket => {
                let family = pairing(t.text(text));
                if let Some((p, &(_, o))) = open.iter().enumerate().rfind(|(_, &(f, _))| f == family) {
                    open.truncate(p);
                    pairs.push((o as u32 + 1, k as u32));
                }
            }
            _ => {}
        }
    }
    // Inner pairs close first; keep the outermost, in order.
    pairs.sort_unstable();
    let mut merged: Vec<(u32, u32)> = Vec::with_capacity(pairs.len());
    for (a, b) in pairs {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    struct A;
    impl AbbrevInfo for A {
        fn abbrev_class(&self, t: &str) -> Option<AbbrevClass> {
            match t {
                "Mr." | "Dr." => Some(AbbrevClass::Prefix),
                "No." => Some(AbbrevClass::Numeric),
                "Co." | "Inc." | "pct." => Some(AbbrevClass::Ordinary),
                _ => t.contains('.').then_some(AbbrevClass::Ordinary),
            }
        }
    }

    fn sents(s: &str) -> Vec<&str> {
        let toks = tokenize(s, &|w: &str| matches!(w, "Mr" | "Dr" | "Co" | "Inc" | "pct"));
        split(s, &toks, &A)
            .iter()
            .map(|r| &s[toks[r.start as usize].start as usize..toks[r.end as usize - 1].end as usize])
            .collect()
    }

    #[test]
    fn basic() {
        assert_eq!(sents("Hello World. My name is Jonas."), ["Hello World.", "My name is Jonas."]);
        assert_eq!(sents("I live in the U.S. How about you?"), ["I live in the U.S.", "How about you?"]);
    }

    #[test]
    fn quotes_hold_their_sentences() {
        assert_eq!(
            sents("Mr. Smith left. He said \"No.\" and left."),
            ["Mr. Smith left.", "He said \"No.\" and left."]
        );
        assert_eq!(sents("\"Go,\" he said. \"Now.\" She left."), ["\"Go,\" he said.", "\"Now.\"", "She left."]);
        assert_eq!(sents("\"We lost. We appeal,\" he said."), ["\"We lost. We appeal,\" he said."]);
    }

    #[test]
    fn blank_line_always_ends() {
        assert_eq!(sents("Headline\n\nBody of\nthe text."), ["Headline", "Body of\nthe text."]);
    }

    #[test]
    fn wrapped_line_does_not_end() {
        let s = "The court said on Friday that the\nGovernment would appeal the ruling of\nthe judge.";
        assert_eq!(sents(s).len(), 1);
    }

    #[test]
    fn capital_title_line_ends() {
        assert_eq!(
            sents("COURT RULES ON APPEAL\nLONDON, May 2 - The court said it would hear\nthe case again."),
            ["COURT RULES ON APPEAL", "LONDON, May 2 - The court said it would hear\nthe case again."]
        );
    }

    #[test]
    fn list_series() {
        assert_eq!(sents("1. The first item 2. The second item"), ["1. The first item", "2. The second item"]);
        assert_eq!(sents("a) one b) two"), ["a) one", "b) two"]);
        assert_eq!(sents("He is 2. Then he left."), ["He is 2.", "Then he left."]);
    }

    #[test]
    fn footnotes_stay() {
        assert_eq!(sents("He died.[1] The end."), ["He died.[1]", "The end."]);
    }

    #[test]
    fn roman_values() {
        assert_eq!(roman_value("iv"), 4);
        assert_eq!(roman_value("xii"), 12);
        assert_eq!(roman_value("ab"), 0);
        assert!(Label::Roman(2).follows(Label::Letter(9, 1)));
    }

    #[test]
    fn phrase_final_abbreviations() {
        assert_eq!(sents("It rose 5 pct. Analysts said so."), ["It rose 5 pct.", "Analysts said so."]);
        assert_eq!(sents("We met at 10 a.m. Tuesday in Rome."), ["We met at 10 a.m. Tuesday in Rome."]);
    }
}
