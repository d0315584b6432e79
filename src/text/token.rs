//! The tokenizer: byte-span tokens for news text.
//!
//! Words follow Unicode word boundaries (UAX #29 through `unicode-segmentation`, with an ASCII
//! fast path), merged the way news needs them: abbreviations keep their period (`Mr.`, `U.S.`,
//! `Jan.`), initials too (`Z.`), numbers keep their separators (`1,000.50`, `3.5%`, `22nd`),
//! ISO and slashed dates and clock times stay whole (`2022-07-30`, `7/30/2022`, `15:00`),
//! hyphenated compounds stay whole (`al-Sisi`, `two-week`), and a possessive `'s` / `’s` is split
//! off (`Haftar` `'s`). Quotes are marked opening or closing; dashes, ellipses, URLs, e-mail
//! addresses and @handles are single tokens. White space is not a token: it shows in the flags
//! of the token after it ([`Flags::SPACE_BEFORE`], [`Flags::NEWLINE_BEFORE`],
//! [`Flags::PARAGRAPH_BEFORE`]).

use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with digits, inner hyphens and apostrophes: `Haftar`, `al-Sisi`, `don't`.
    Word,
    /// Digits with separators, ordinals, percentages, dates and times: `1,000.50`, `22nd`,
    /// `3.5%`, `2022-07-30`, `7/30/2022`, `15:00`.
    Number,
    /// A word with its period(s): `Mr.`, `U.S.`, `Z.`, `Jan.`, `p.m.`.
    Abbreviation,
    /// A possessive ending split off its word: `'s`, `’s`, or a lone `'` after a plural.
    Possessive,
    /// Sentence-final punctuation: `.`, `!`, `?` (runs such as `?!` are one token).
    Terminal,
    /// `...` or `…`.
    Ellipsis,
    /// `-` standing alone, `--`, `–`, `—`.
    Dash,
    /// An opening quote mark: `“`, `‘`, `«`, `„`, or a straight quote that opens.
    OpenQuote,
    /// A closing quote mark: `”`, `’`, `»`, or a straight quote that closes.
    CloseQuote,
    /// `(`, `[`, `{`.
    OpenBracket,
    /// `)`, `]`, `}`.
    CloseBracket,
    /// Other punctuation: `,`, `;`, `:`.
    Punct,
    /// `http://...`, `https://...`, `www....`.
    Url,
    /// `name@example.com`.
    Email,
    /// `@handle` or `#hashtag`.
    Handle,
    /// Anything else: `&`, `$`, `%`, emoji, symbols.
    Symbol,
}

/// Shape and spacing bits of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Flags(u16);

impl Flags {
    /// The first character is an upper-case letter.
    pub const CAPITALIZED: Flags = Flags(1);
    /// Every letter is upper case (and there are at least two letters, or it is a single
    /// capital such as an initial).
    pub const ALL_CAPS: Flags = Flags(1 << 1);
    /// The token contains a digit.
    pub const HAS_DIGIT: Flags = Flags(1 << 2);
    /// The token is made of ASCII digits only.
    pub const ALL_DIGITS: Flags = Flags(1 << 3);
    /// The token contains a letter.
    pub const HAS_ALPHA: Flags = Flags(1 << 4);
    /// The first character is a lower-case letter.
    pub const LOWER: Flags = Flags(1 << 5);
    /// The token contains an inner hyphen.
    pub const HYPHENATED: Flags = Flags(1 << 6);
    /// White space comes right before the token.
    pub const SPACE_BEFORE: Flags = Flags(1 << 7);
    /// A line break comes before the token.
    pub const NEWLINE_BEFORE: Flags = Flags(1 << 8);
    /// A blank line (two or more line breaks) comes before the token.
    pub const PARAGRAPH_BEFORE: Flags = Flags(1 << 9);
    /// A number with an ordinal suffix (`22nd`).
    pub const ORDINAL: Flags = Flags(1 << 10);
    /// A single capital with a period: an initial (`Z.`).
    pub const INITIAL: Flags = Flags(1 << 11);

    /// True when every bit of `other` is set.
    #[inline]
    pub fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    #[inline]
    fn insert(&mut self, other: Flags) {
        self.0 |= other.0;
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, rhs: Flags) -> Flags {
        Flags(self.0 | rhs.0)
    }
}

/// One token: a byte range of the input, its kind and its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
    /// What the token is.
    pub kind: TokenKind,
    /// Shape and spacing bits.
    pub flags: Flags,
}

impl Token {
    /// The token's text in `input`.
    #[inline]
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        input.get(self.start as usize..self.end as usize).unwrap_or_default()
    }

    /// True when the token has the flag(s).
    #[inline]
    pub fn is(&self, f: Flags) -> bool {
        self.flags.contains(f)
    }

    /// A word, abbreviation or number: something that can be part of a name or phrase.
    #[inline]
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number)
    }
}

/// Decides whether a word followed by a period is an abbreviation (`Mr.`, `Jan.`, `Inc.`).
pub trait AbbreviationSet {
    /// True when `word` (without its period) takes a period as an abbreviation; `next` is the
    /// first non-space character after the period (`'\0'` at the end), for abbreviations that
    /// only stand before numbers (`No. 5`, `p. 55`).
    fn is_abbreviation(&self, word: &str, next: char) -> bool;
}

impl<F: Fn(&str) -> bool> AbbreviationSet for F {
    fn is_abbreviation(&self, word: &str, _next: char) -> bool {
        self(word)
    }
}

/// Splits `text` into tokens. Every token's range lies on char boundaries of `text`.
///
/// The text must be shorter than 4 GiB (offsets are `u32`); longer input is cut at the limit
/// by [`Extractor::extract`](crate::Extractor::extract) before it gets here.
///
/// ```
/// use whosaid::text::{tokenize, TokenKind};
/// let text = "Mr. Haftar's lawyer said \"No.\"";
/// let toks = tokenize(text, &|w: &str| w == "Mr");
/// let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
/// assert_eq!(words, ["Mr.", "Haftar", "'s", "lawyer", "said", "\"", "No", ".", "\""]);
/// assert_eq!(toks[5].kind, TokenKind::OpenQuote);
/// assert_eq!(toks[8].kind, TokenKind::CloseQuote);
/// ```
pub fn tokenize(text: &str, abbreviations: &dyn AbbreviationSet) -> Vec<Token> {
    let mut t =
        Tokenizer { text, b: text.as_bytes(), out: Vec::with_capacity(text.len() / 5 + 4), abbr: abbreviations };
    t.run();
    t.out
}

struct Tokenizer<'a> {
    text: &'a str,
    b: &'a [u8],
    out: Vec<Token>,
    abbr: &'a dyn AbbreviationSet,
}

/// The char starting at byte `i` of `s` (`'\0'` past the end or off a boundary).
#[inline]
fn char_at(s: &str, i: usize) -> char {
    match s.as_bytes().get(i) {
        Some(&c) if c < 0x80 => c as char,
        Some(_) => s.get(i..).and_then(|r| r.chars().next()).unwrap_or('\0'),
        None => '\0',
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Characters skipped like white space: real white space, control characters, zero-width
/// spaces and joiners, direction marks and embeddings, the BOM, soft hyphens.
#[inline]
fn is_space(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

impl<'a> Tokenizer<'a> {
    fn run(&mut self) {
        let len = self.b.len().min(u32::MAX as usize);
        let mut i = 0usize;
        let mut pending = Flags::default();
        let mut newlines = 0u32;
        while i < len {
            let c = char_at(self.text, i);
            let clen = c.len_utf8().max(1);
            if is_space(c) {
                pending.insert(Flags::SPACE_BEFORE);
                let line_break = matches!(c, '\n' | '\u{2028}' | '\u{2029}' | '\u{85}')
                    || c == '\r' && self.b.get(i + 1) != Some(&b'\n');
                if line_break {
                    newlines += 1;
                }
                i += clen;
                continue;
            }
            if newlines >= 1 {
                pending.insert(Flags::NEWLINE_BEFORE);
            }
            if newlines >= 2 {
                pending.insert(Flags::PARAGRAPH_BEFORE);
            }
            newlines = 0;
            let before = self.out.len();
            i = self.token_at(i, len);
            if let Some(first) = self.out.get_mut(before) {
                first.flags.insert(pending);
            }
            pending = Flags::default();
        }
    }

    /// The byte at `k` (`0` past the end).
    #[inline]
    fn byte(&self, k: usize) -> u8 {
        self.b.get(k).copied().unwrap_or(0)
    }

    /// The end of the run of bytes from `i` (up to `len`) that satisfy `pred`.
    #[inline]
    fn run_end(&self, i: usize, len: usize, pred: impl Fn(u8) -> bool) -> usize {
        i + self.b.get(i..len).map_or(0, |r| r.iter().take_while(|&&c| pred(c)).count())
    }

    /// The start of the run of bytes ending at `j` (down to `i`) that satisfy `pred`.
    #[inline]
    fn run_start(&self, i: usize, j: usize, pred: impl Fn(u8) -> bool) -> usize {
        j - self.b.get(i..j).map_or(0, |r| r.iter().rev().take_while(|&&c| pred(c)).count())
    }

    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        let flags = shape(self.text.get(start..end).unwrap_or_default(), kind);
        self.out.push(Token { start: start as u32, end: end as u32, kind, flags });
    }

    /// The char before byte `i` (`' '` at the start).
    fn prev_char(&self, i: usize) -> char {
        self.text.get(..i).and_then(|s| s.chars().next_back()).unwrap_or(' ')
    }

    fn prev_is_space_or_open(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let prev = self.prev_char(i);
        is_space(prev) || matches!(prev, '(' | '[' | '{' | '“' | '‘' | '«' | '„' | '—' | '–' | '-' | '/')
    }

    /// Scans one token (or a word with its split-off possessive) at `i`; returns the next offset.
    fn token_at(&mut self, i: usize, len: usize) -> usize {
        let c = char_at(self.text, i);
        if is_word_char(c) {
            // Web addresses begin "http" or "www" (any case).
            let url = if matches!(c, 'h' | 'H' | 'w' | 'W') { self.url_at(i, len) } else { None };
            if let Some(end) = url {
                self.push(i, end, TokenKind::Url);
                return end;
            }
            return self.word_at(i, len);
        }
        let next = char_at(self.text, i + c.len_utf8());
        match c {
            '.' if next.is_ascii_digit() && (self.prev_is_space_or_open(i) || is_currency(self.prev_char(i))) => {
                self.decimal_fraction(i, len) // $.50
            }
            '.' => self.periods(i, len),
            '!' if is_word_char(next) && self.prev_is_space_or_open(i) => {
                self.single(i, c, TokenKind::Symbol) // !Kung: a click letter, not an exclamation
            }
            '!' | '?' => {
                let j = self.run_end(i, len, |c| matches!(c, b'!' | b'?'));
                self.push(i, j, TokenKind::Terminal);
                j
            }
            '．' | '。' | '！' | '？' => self.single(i, c, TokenKind::Terminal),
            '&' => {
                let end = html_entity_end(self.b, i).unwrap_or(i + 1);
                self.push(i, end, TokenKind::Symbol);
                end
            }
            '…' => self.single(i, c, TokenKind::Ellipsis),
            '-' => {
                let j = self.run_end(i, len, |c| c == b'-');
                self.push(i, j, TokenKind::Dash);
                j
            }
            '–' | '—' | '―' | '‒' => self.single(i, c, TokenKind::Dash),
            '"' => {
                // Opens after space or an opener and before text; closes otherwise (`to--" At`).
                let before_text = !is_space(next) && next != '\0';
                let after_space = i == 0 || self.b.get(i - 1).is_some_and(u8::is_ascii_whitespace);
                let kind = if self.prev_is_space_or_open(i) && (before_text || after_space) {
                    TokenKind::OpenQuote
                } else {
                    TokenKind::CloseQuote
                };
                self.single(i, c, kind)
            }
            '\'' | '’' | '`' | '´' => {
                // `` and '' are PTB-style double quotes.
                if c == '`' && next == '`' {
                    self.push(i, i + 2, TokenKind::OpenQuote);
                    return i + 2;
                }
                if c == '\'' && next == '\'' {
                    let kind = if self.prev_is_space_or_open(i) { TokenKind::OpenQuote } else { TokenKind::CloseQuote };
                    self.push(i, i + 2, kind);
                    return i + 2;
                }
                let after_s = self.out.last().is_some_and(|t| {
                    t.end as usize == i
                        && t.kind == TokenKind::Word
                        && matches!(self.b.get(i.wrapping_sub(1)), Some(b's') | Some(b'S'))
                });
                let kind = if after_s && (is_space(next) || next == '\0') {
                    TokenKind::Possessive
                } else if self.prev_is_space_or_open(i) && (c != '’' || is_word_char(next)) {
                    TokenKind::OpenQuote
                } else {
                    TokenKind::CloseQuote
                };
                self.single(i, c, kind)
            }
            '“' | '”' => {
                // “…” in English, „…“ in German, ”…” in Swedish: the side tells.
                let opens = self.prev_is_space_or_open(i) && !is_space(next) && next != '\0';
                let closes = !self.prev_is_space_or_open(i);
                let kind = match (c, opens, closes) {
                    ('“', _, true) if !is_word_char(next) => TokenKind::CloseQuote,
                    ('”', true, _) => TokenKind::OpenQuote,
                    ('“', ..) => TokenKind::OpenQuote,
                    _ => TokenKind::CloseQuote,
                };
                self.single(i, c, kind)
            }
            '‘' | '«' | '„' | '‚' | '‹' | '「' | '『' | '〝' => self.single(i, c, TokenKind::OpenQuote),
            '»' | '›' | '」' | '』' | '〞' => self.single(i, c, TokenKind::CloseQuote),
            '(' | '[' | '{' => self.single(i, c, TokenKind::OpenBracket),
            ')' | ']' | '}' => self.single(i, c, TokenKind::CloseBracket),
            ',' | ';' | ':' | '،' | '、' => self.single(i, c, TokenKind::Punct),
            '@' | '#' if next.is_ascii_alphanumeric() || next == '_' => {
                let j = self.run_end(i + 1, len, |c| c.is_ascii_alphanumeric() || c == b'_');
                self.push(i, j, TokenKind::Handle);
                j
            }
            _ => {
                // A symbol: one grapheme cluster (keeps emoji ZWJ sequences and combining marks
                // together).
                let end = if c.is_ascii() { i + 1 } else { i + grapheme_len(self.text, i, c) };
                self.push(i, end, TokenKind::Symbol);
                end
            }
        }
    }

    /// A run of periods at `i`: `.` (terminal), `...` and `....` (ellipsis), or a spaced
    /// ellipsis `. . .` / `. . . .` when the first period stands apart from the word before.
    fn periods(&mut self, i: usize, len: usize) -> usize {
        let rest = self.b.get(i..len).unwrap_or_default();
        if rest.starts_with(b". . .") && self.prev_is_space_or_open(i) {
            let mut j = i + 5;
            while self.b.get(j..j + 2) == Some(b" .") {
                j += 2;
            }
            self.push(i, j, TokenKind::Ellipsis);
            return j;
        }
        let j = i + rest.iter().take_while(|&&c| c == b'.').count();
        let kind = if j - i >= 2 { TokenKind::Ellipsis } else { TokenKind::Terminal };
        self.push(i, j, kind);
        j
    }

    /// A number written without its leading zero: `.50` in `$.50`.
    fn decimal_fraction(&mut self, i: usize, len: usize) -> usize {
        let before = self.out.len();
        let end = self.word_at(i + 1, len);
        if let Some(t) = self.out.get_mut(before) {
            t.start = i as u32;
            t.flags = shape(self.text.get(i..t.end as usize).unwrap_or_default(), t.kind);
        }
        end
    }

    fn single(&mut self, i: usize, c: char, kind: TokenKind) -> usize {
        let end = i + c.len_utf8();
        self.push(i, end, kind);
        end
    }

    /// `http://`, `https://` or `www.` at `i`: the URL's end, trailing punctuation left out.
    fn url_at(&self, i: usize, len: usize) -> Option<usize> {
        let rest = self.b.get(i..len)?;
        let starts = |p: &[u8]| rest.len() > p.len() && rest.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
        if !(starts(b"http://") || starts(b"https://") || starts(b"www.")) {
            return None;
        }
        // The address ends at any space the tokenizer knows (control characters such as a
        // vertical tab, no-break and zero-width spaces included) or at a quote or angle bracket.
        let tail = self.text.get(i..len)?;
        let j =
            tail.char_indices().find(|&(_, c)| is_space(c) || matches!(c, '"' | '<' | '>')).map_or(len, |(k, _)| i + k);
        let mut j =
            self.run_start(i, j, |c| matches!(c, b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'\''));
        // Stay on a char boundary.
        while j > i && !self.text.is_char_boundary(j) {
            j -= 1;
        }
        (j > i + 4).then_some(j)
    }

    /// Scans a word or number at `i` (whose first char is alphanumeric).
    fn word_at(&mut self, i: usize, len: usize) -> usize {
        let text = self.text;
        let mut j = i;
        let mut seg_start = i; // start of the current dot-separated segment (for U.S.A)
        let mut has_dot = false;
        let first_digit = self.byte(i).is_ascii_digit();
        loop {
            // Consume word characters: ASCII letters and digits at once, then char by char.
            j = self.run_end(j, len, |c| c.is_ascii_alphanumeric());
            while j < len {
                let c = char_at(text, j);
                if c.is_ascii_alphanumeric() {
                    j += 1;
                } else if !c.is_ascii() && c.is_alphanumeric() {
                    j += grapheme_len(text, j, c);
                } else if !c.is_ascii() && j > i && is_mark(c) {
                    j += c.len_utf8();
                } else if c == '°' && j == i + 1 && matches!(self.byte(i), b'N' | b'n') {
                    j += c.len_utf8(); // N° (numero)
                } else {
                    break;
                }
            }
            if j >= len {
                break;
            }
            let d = char_at(text, j);
            // Only these join what follows to the word (most words end at a space).
            if !matches!(d, '\'' | '’' | '.' | '@' | ',' | '-' | '‐' | '‑' | '/' | ':' | '&') {
                break;
            }
            let after = char_at(text, j + d.len_utf8());
            let prev = self.byte(j.wrapping_sub(1));
            match d {
                '\'' | '’' if is_word_char(after) => {
                    // A possessive 's ends the word; other apostrophes (don't, O'Brien) join.
                    let k = j + d.len_utf8();
                    let s_end = (after == 's' || after == 'S') && !is_word_char(char_at(text, k + 1));
                    if s_end {
                        break;
                    }
                    j = k;
                }
                '.' if is_word_char(after) => {
                    let seg_len = j - seg_start;
                    if prev.is_ascii_digit() && after.is_ascii_digit() {
                        j += 1; // 3.5, 1,000.50
                    } else if seg_len == 2 && !first_digit && self.initial_follows(j + 1) {
                        has_dot = true; // Ph.D.
                        j += 1;
                        seg_start = j;
                    } else if seg_len == 1 && after.is_alphabetic() && !first_digit {
                        // U.S, e.g, p.m: single letters joined by periods.
                        let next_seg_len =
                            text.get(j + 1..).unwrap_or_default().chars().take_while(|c| c.is_alphabetic()).count();
                        if next_seg_len == 1 || (next_seg_len == 2 && has_dot) {
                            has_dot = true;
                            j += 1;
                            seg_start = j;
                        } else {
                            break;
                        }
                    } else if after.is_ascii_lowercase()
                        && prev.is_ascii_alphabetic()
                        && self.looks_like_domain(j + 1, len)
                    {
                        j += 1; // Amazon.com
                    } else if self.ticker_suffix(i, j + 1, len) {
                        j += 1; // <GECL.L>, <HMC.T>
                    } else if let Some(end) = self.email_tail(i, j, len) {
                        self.push(i, end, TokenKind::Email);
                        return end;
                    } else {
                        break;
                    }
                }
                '@' if after.is_ascii_alphanumeric() => {
                    if let Some(end) = self.email_tail(i, j, len) {
                        self.push(i, end, TokenKind::Email);
                        return end;
                    }
                    break;
                }
                ',' if prev.is_ascii_digit() && first_digit => {
                    // 1,000 but not "1996, 2000" (three digits, then no digit).
                    let three = self.b.get(j + 1..j + 4).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
                    let fourth = self.b.get(j + 4).is_some_and(u8::is_ascii_digit);
                    if three && !fourth {
                        j += 1;
                    } else {
                        break;
                    }
                }
                '-' | '‐' | '‑' if is_word_char(after) => {
                    let rest = text.get(j + d.len_utf8()..).unwrap_or_default();
                    if is_date_range(text.get(i..j).unwrap_or_default(), rest) {
                        break; // 1861-1863, 12-14 July, August-24 August: two dates
                    }
                    j += d.len_utf8(); // al-Sisi, two-week, 2022-07-30
                    seg_start = j;
                }
                '/' if prev.is_ascii_digit() && after.is_ascii_digit() && first_digit => {
                    j += 1; // 7/30/2022
                }
                ':' if prev.is_ascii_digit() && after.is_ascii_digit() && first_digit => {
                    j += 1; // 15:00
                }
                '&' if prev.is_ascii_uppercase() && after.is_ascii_uppercase() => {
                    j += 1; // AT&T, S&P
                }
                _ => break,
            }
        }
        let word = text.get(i..j).unwrap_or_default();
        let numeric = first_digit || char_at(text, i).is_numeric();
        let mut kind = if numeric { TokenKind::Number } else { TokenKind::Word };
        let mut end = j;
        // A name written with an exclamation mark: `Yahoo!`.
        if self.b.get(j) == Some(&b'!') && !first_digit {
            let next = text.get(j + 1..).and_then(|r| r.chars().find(|c| !is_space(*c))).unwrap_or('\0');
            if self.abbr.is_abbreviation(text.get(i..=j).unwrap_or_default(), next) {
                kind = TokenKind::Abbreviation;
                end = j + 1;
            }
        }
        // A trailing period that belongs to the word.
        if self.b.get(j) == Some(&b'.') && self.b.get(j + 1) != Some(&b'.') {
            let single_cap = word.len() == 1 && word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
            let next = text.get(j + 1..).and_then(|r| r.chars().find(|c| !is_space(*c))).unwrap_or('\0');
            if has_dot || single_cap || (!first_digit && self.abbr.is_abbreviation(word, next)) {
                kind = TokenKind::Abbreviation;
                end = j + 1;
            }
        }
        // A percent sign glued to a number.
        if first_digit && self.b.get(end) == Some(&b'%') {
            end += 1;
        }
        self.push(i, end, kind);
        if kind == TokenKind::Abbreviation
            && end - i == 2
            && word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        {
            if let Some(t) = self.out.last_mut() {
                t.flags.insert(Flags::INITIAL);
            }
        }
        // A possessive 's split off (`Haftar's`, `Jr.'s`).
        let d = char_at(text, end);
        if matches!(d, '\'' | '’') {
            let k = end + d.len_utf8();
            if matches!(self.b.get(k), Some(b's') | Some(b'S')) && !is_word_char(char_at(text, k + 1)) {
                self.push(end, k + 1, TokenKind::Possessive);
                return k + 1;
            }
        }
        end
    }

    /// A single capital and a period at `k` (the `D.` of `Ph.D.`).
    fn initial_follows(&self, k: usize) -> bool {
        self.b.get(k).is_some_and(u8::is_ascii_uppercase)
            && self.b.get(k + 1) == Some(&b'.')
            && !self.b.get(k + 2).is_some_and(u8::is_ascii_alphanumeric)
    }

    /// `<GECL.L>`, `<HMC.T>`, `<RTRS.AS>`: after a word that opens angle brackets (at `i`), an
    /// exchange suffix of one to three capitals or digits (from `k`) that the closing bracket ends:
    /// a wire ticker, one word (its full stop ends no sentence).
    fn ticker_suffix(&self, i: usize, k: usize, len: usize) -> bool {
        let opened = i.checked_sub(1).is_some_and(|p| self.byte(p) == b'<');
        let e = self.run_end(k, len, |c| c.is_ascii_uppercase() || c.is_ascii_digit());
        opened && (1..=3).contains(&(e - k)) && e < len && self.byte(e) == b'>'
    }

    /// `example.com`-like continuation: lower-case letters then a space or end (a known TLD
    /// shape, 2 to 4 letters).
    fn looks_like_domain(&self, k: usize, len: usize) -> bool {
        let e = self.run_end(k, len, |c| c.is_ascii_lowercase());
        let n = e - k;
        (2..=4).contains(&n)
            && (e >= len || !self.byte(e).is_ascii_alphanumeric())
            && matches!(
                self.text.get(k..e),
                Some("com" | "org" | "net" | "gov" | "edu" | "int" | "io" | "co" | "uk" | "info")
            )
    }

    /// If the ASCII run from `i` continues as an e-mail address (`local@domain.tld`), its end.
    fn email_tail(&self, i: usize, from: usize, len: usize) -> Option<usize> {
        let ok = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
        let j = self.run_end(from, len, ok);
        if self.b.get(j) != Some(&b'@') || j == i {
            return None;
        }
        let dom = j + 1;
        let k = self.run_end(dom, len, |c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'));
        let k = self.run_start(dom, k, |c| matches!(c, b'.' | b'-'));
        let domain = self.b.get(dom..k).unwrap_or_default();
        (domain.contains(&b'.') && domain.first().is_some_and(u8::is_ascii_alphanumeric)).then_some(k)
    }
}

/// Currency signs written before an amount (`$.50`).
#[inline]
fn is_currency(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥')
}

/// The end of an HTML entity left in text at `i` (`&amp;`, `&#39;`, `&#x2014;`).
fn html_entity_end(b: &[u8], i: usize) -> Option<usize> {
    let body = b.get(i + 1..)?;
    let n = body.iter().take(10).take_while(|c| c.is_ascii_alphanumeric() || **c == b'#').count();
    let named = body.first().is_some_and(u8::is_ascii_alphabetic);
    let numeric = body.first() == Some(&b'#') && n >= 2;
    ((named || numeric) && body.get(n) == Some(&b';')).then_some(i + n + 2)
}

/// The length of the grapheme cluster starting at `i` (whose first char is `c`), cut before
/// any white space it holds: a Unicode *prepend* character (U+0605, U+0D4E...) glues the next
/// character to itself, even a space, and tokens never hold white space.
fn grapheme_len(text: &str, i: usize, c: char) -> usize {
    let g = text.get(i..).and_then(|s| s.graphemes(true).next()).unwrap_or_default();
    let cut =
        g.char_indices().skip(1).find(|&(_, ch)| ch.is_whitespace() || ch.is_control()).map_or(g.len(), |(k, _)| k);
    cut.max(c.len_utf8())
}

/// Combining marks that continue a word (a coarse test on the main combining blocks).
#[inline]
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// True when a hyphen between `before` (the token so far) and `rest` (the text after the hyphen)
/// joins two dates of a range, each its own token: `1861-1863`, `12-14 July`, `August-24
/// August`, `May-1`, `1-June 30`. ISO dates (`2022-07-30`), seasons (`1987-88`) and other compounds stay whole.
fn is_date_range(before: &str, rest: &str) -> bool {
    // A range of month-days: May 1-June 30.
    if matches!(before.len(), 1 | 2) && before.bytes().all(|b| b.is_ascii_digit()) && starts_with_month_day(rest) {
        return true;
    }
    let run = rest.bytes().take_while(u8::is_ascii_digit).count();
    let tail = rest.get(run..).unwrap_or_default();
    let run_ends = !tail.starts_with(|c: char| c == '-' || c.is_alphanumeric());
    if run == 0 || !run_ends {
        return false;
    }
    if crate::recognize::dates::month_number(before).is_some() {
        return before.starts_with(|c: char| c.is_ascii_uppercase()) && run <= 2;
    }
    if !before.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    match before.len() {
        // A range of years: 1861-1863.
        4 => matches!(before.as_bytes().first(), Some(b'1' | b'2')) && run == 4,
        // A range of days before a month: 12-14 July.
        1 | 2 => run <= 2 && tail.strip_prefix(' ').is_some_and(starts_with_month),
        _ => false,
    }
}

/// True when `s` starts with a capitalized month name (`July 1916`, `Sept. 3`).
fn starts_with_month(s: &str) -> bool {
    let word = s.split(|c: char| !(c.is_alphabetic() || c == '.')).next().unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_uppercase()) && crate::recognize::dates::month_number(word).is_some()
}

/// True when `s` starts with a capitalized month name and a day (`June 30`, `Sept. 4`).
fn starts_with_month_day(s: &str) -> bool {
    let month = s.split(|c: char| !(c.is_alphabetic() || c == '.')).next().unwrap_or("");
    let day = s.get(month.len()..).and_then(|r| r.strip_prefix(' ')).unwrap_or("");
    starts_with_month(month) && day.starts_with(|c: char| c.is_ascii_digit())
}

/// The shape bits of a token's text.
fn shape(s: &str, kind: TokenKind) -> Flags {
    if !matches!(kind, TokenKind::Word | TokenKind::Number | TokenKind::Abbreviation) {
        return Flags::default();
    }
    // ASCII text (most tokens) is read byte by byte, without UTF-8 decoding.
    let c = count_ascii(s.as_bytes()).unwrap_or_else(|| count_chars(s.chars()));
    let mut f = c.flags;
    if c.letters > 0 {
        f.insert(Flags::HAS_ALPHA);
        if c.all_upper && (c.letters >= 2 || kind == TokenKind::Abbreviation || s.len() == 1) {
            f.insert(Flags::ALL_CAPS);
        }
    }
    if c.any_digit {
        f.insert(Flags::HAS_DIGIT);
        if c.all_digits {
            f.insert(Flags::ALL_DIGITS);
        }
        if kind == TokenKind::Number {
            if let [.., d, a, b] = s.as_bytes() {
                let suf = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
                if matches!(&suf, b"st" | b"nd" | b"rd" | b"th") && d.is_ascii_digit() {
                    f.insert(Flags::ORDINAL);
                }
            }
        }
    }
    f
}

/// What [`shape`] reads of a token's chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CharCounts {
    /// The first char's case bits, and whether a hyphen occurs.
    flags: Flags,
    letters: u32,
    /// No letter is lower case (or there is none).
    all_upper: bool,
    /// Some char is an ASCII digit.
    any_digit: bool,
    /// Every char is an ASCII digit.
    all_digits: bool,
}

/// Class bits of ASCII bytes, for [`count_ascii`].
const ALPHA: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
const HYPHEN: u8 = 8;
const NOT_DIGIT: u8 = 16;
const NOT_ASCII: u8 = 32;

/// The class bits of every byte below 128.
static ASCII_CLASS: [u8; 128] = {
    let mut t = [NOT_DIGIT; 128];
    let mut rest: &mut [u8] = &mut t;
    let mut b = 0;
    while let [slot, tail @ ..] = rest {
        *slot = ascii_class(b);
        b += 1;
        rest = tail;
    }
    t
};

/// The class bits of one ASCII byte.
const fn ascii_class(c: u8) -> u8 {
    if c.is_ascii_lowercase() {
        ALPHA | LOWER | NOT_DIGIT
    } else if c.is_ascii_uppercase() {
        ALPHA | NOT_DIGIT
    } else if c.is_ascii_digit() {
        DIGIT
    } else if c == b'-' {
        HYPHEN | NOT_DIGIT
    } else {
        NOT_DIGIT
    }
}

/// [`count_chars`] for ASCII text: one table look-up a byte, the bits or-ed together
/// (`None` for text with other chars).
#[inline]
fn count_ascii(s: &[u8]) -> Option<CharCounts> {
    let (mut any, mut letters) = (0u8, 0u32);
    for &b in s {
        let class = ASCII_CLASS.get(usize::from(b)).copied().unwrap_or(NOT_ASCII);
        any |= class;
        letters += u32::from(class & ALPHA);
    }
    if any & NOT_ASCII != 0 {
        return None;
    }
    let mut flags = Flags::default();
    match s.first() {
        Some(b) if b.is_ascii_uppercase() => flags.insert(Flags::CAPITALIZED),
        Some(b) if b.is_ascii_lowercase() => flags.insert(Flags::LOWER),
        _ => {}
    }
    if any & HYPHEN != 0 {
        flags.insert(Flags::HYPHENATED);
    }
    Some(CharCounts {
        flags,
        letters,
        all_upper: any & LOWER == 0,
        any_digit: any & DIGIT != 0,
        all_digits: any & NOT_DIGIT == 0,
    })
}

/// The first-letter case bits, the letter count, and the case and digit facts of a token's
/// chars: what [`shape`] builds the other bits from.
fn count_chars(chars: impl Iterator<Item = char>) -> CharCounts {
    let mut flags = Flags::default();
    let (mut letters, mut upper, mut digits, mut all_digits) = (0u32, 0u32, 0u32, true);
    for (n, c) in chars.enumerate() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
                if n == 0 {
                    flags.insert(Flags::CAPITALIZED);
                }
            } else if n == 0 && c.is_lowercase() {
                flags.insert(Flags::LOWER);
            }
            all_digits = false;
        } else if c.is_numeric() {
            if c.is_ascii_digit() {
                digits += 1;
            } else {
                all_digits = false;
            }
        } else {
            all_digits = false;
            if c == '-' {
                flags.insert(Flags::HYPHENATED);
            }
        }
    }
    CharCounts { flags, letters, all_upper: upper == letters, any_digit: digits > 0, all_digits }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_counts_equal_char_counts() {
        for w in ["", "Haftar", "U.S.", "al-Sisi", "1,000", "3rd", "ABC", "x", "-", "e-mail", "B2B", "9/11", "O'Brien"]
        {
            assert_eq!(count_ascii(w.as_bytes()), Some(count_chars(w.chars())), "{w:?}");
        }
        assert_eq!(count_ascii("Zürich".as_bytes()), None);
    }

    fn abbr(w: &str) -> bool {
        matches!(w, "Mr" | "Dr" | "Gen" | "Sen" | "Jan" | "Inc" | "Corp" | "No" | "St" | "etc")
    }

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s, &abbr).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            toks("Mr. Emadeddin Z. Muntasser of the U.S. left."),
            ["Mr.", "Emadeddin", "Z.", "Muntasser", "of", "the", "U.S.", "left", "."]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(toks("1,000.50 and 3.5% on the 22nd"), ["1,000.50", "and", "3.5%", "on", "the", "22nd"]);
        assert_eq!(toks("2022-07-30 7/30/2022 15:00"), ["2022-07-30", "7/30/2022", "15:00"]);
    }

    #[test]
    fn possessive_split() {
        assert_eq!(toks("Haftar's lawyer’s request"), ["Haftar", "'s", "lawyer", "’s", "request"]);
        assert_eq!(toks("don't O'Brien"), ["don't", "O'Brien"]);
    }

    #[test]
    fn quotes() {
        let s = "He said, “Go.” Then \"yes\".";
        let t = tokenize(s, &abbr);
        let kinds: Vec<TokenKind> = t.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[3], TokenKind::OpenQuote);
        assert_eq!(kinds[6], TokenKind::CloseQuote);
        assert_eq!(kinds[8], TokenKind::OpenQuote);
        assert_eq!(kinds[10], TokenKind::CloseQuote);
    }

    #[test]
    fn urls_emails_handles() {
        assert_eq!(
            toks("See https://example.com/a?b=1. Mail jo.smith@example.org or @whosaid_bot"),
            ["See", "https://example.com/a?b=1", ".", "Mail", "jo.smith@example.org", "or", "@whosaid_bot"]
        );
    }

    #[test]
    fn hyphens_and_dashes() {
        assert_eq!(
            toks("al-Sisi -- a two-week visit — done..."),
            ["al-Sisi", "--", "a", "two-week", "visit", "—", "done", "..."]
        );
    }

    #[test]
    fn date_ranges_split() {
        assert_eq!(toks("1861-1863, 1987-88"), ["1861", "-", "1863", ",", "1987-88"]);
        assert_eq!(
            toks("12-14 July, 14 August-24 August"),
            ["12", "-", "14", "July", ",", "14", "August", "-", "24", "August"]
        );
        assert_eq!(toks("2022-07-30 a 6-4 win, 10-year"), ["2022-07-30", "a", "6-4", "win", ",", "10-year"]);
        assert_eq!(toks("May 1-June 30, 30-Jun-2022"), ["May", "1", "-", "June", "30", ",", "30-Jun-2022"]);
    }

    #[test]
    fn newline_flags() {
        let s = "Title\n\nBody text\nwraps";
        let t = tokenize(s, &abbr);
        assert!(t[1].is(Flags::PARAGRAPH_BEFORE));
        assert!(t[3].is(Flags::NEWLINE_BEFORE) && !t[3].is(Flags::PARAGRAPH_BEFORE));
    }

    #[test]
    fn odd_text_is_spanned() {
        for s in ["\u{FEFF}a\r\nb\rc\0d", "e\u{301}te 👩‍👩‍👧 עברית", "１２３ «x» „y“", "a\u{200B}b"]
        {
            for t in tokenize(s, &abbr) {
                assert!(s.is_char_boundary(t.start as usize) && s.is_char_boundary(t.end as usize));
                assert!(t.start < t.end);
            }
        }
    }
}
