//! The `extract --jsonl` line reader on arbitrary bytes: never panics, always one JSON object.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../examples/extract/jsonl.rs"]
mod jsonl;

static EX: std::sync::OnceLock<whosaid::Extractor> = std::sync::OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let ex = EX.get_or_init(whosaid::Extractor::new);
    let (out, _) = jsonl::process_line(ex, data, 1, None);
    let v: serde_json::Value = serde_json::from_str(&out).expect("output line is JSON");
    assert!(v.is_object());
    assert!(!out.contains('\n'));
});
