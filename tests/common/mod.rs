//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/data/<rel>` beside the checkout, if it exists (CI has it; a bare clone may not).
pub fn shared_data(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data")).join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} is absent (the shared data folder is not beside the checkout)", p.display());
        None
    }
}

/// `../shared/eval/<rel>`, if it exists.
pub fn shared_eval(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval")).join(rel);
    p.exists().then_some(p)
}

/// The process-wide extractor (built once per test binary).
pub fn extractor() -> &'static whosaid::Extractor {
    static EX: std::sync::OnceLock<whosaid::Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(whosaid::Extractor::new)
}
