//! `extract` on arbitrary text and document dates; asserts the output contract's invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

static EX: std::sync::OnceLock<whosaid::Extractor> = std::sync::OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let ex = EX.get_or_init(whosaid::Extractor::new);
    // First two bytes pick a document date (or none); the rest is the text.
    let (date, rest) = match data {
        [a, b, rest @ ..] => {
            let day = u16::from_le_bytes([*a, *b]);
            let date = (day % 4 != 0).then(|| {
                jiff::civil::Date::new(1990 + (day / 400 % 60) as i16, 1 + (day / 31 % 12) as i8, 1 + (day % 28) as i8).ok()
            });
            (date.flatten(), rest)
        }
        _ => (None, data),
    };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let doc = ex.extract(text, date);
    invariants::check(text, &doc);
});
