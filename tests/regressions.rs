//! Replays every file under `tests/regressions/` (inputs that once crashed or slowed the
//! extractor, found by fuzzing or by hand) and checks the contract's invariants on each, with
//! and without a document date. Add a file there for every failure found.

mod common;
mod invariants;

#[test]
fn regression_files_keep_invariants() {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/regressions"));
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("tests/regressions exists") {
        let path = entry.expect("dir entry").path();
        let bytes = std::fs::read(&path).expect("readable");
        let text = String::from_utf8_lossy(&bytes);
        for date in [None, whosaid::parse_date("2022-07-30").ok()] {
            let doc = common::extractor().extract(&text, date);
            invariants::check(&text, &doc);
        }
        n += 1;
    }
    assert!(n > 0, "no regression files found");
}

/// Pathological shapes at a small size: no panic, invariants hold (speed is measured in the
/// `adversarial` benchmark group, not here).
#[test]
fn pathological_inputs_small() {
    let n = 20_000;
    let inputs = [
        "abcdefghij".repeat(n / 10),
        "\" ".repeat(n / 2),
        "“a ".repeat(n / 3),
        "Alpha ".repeat(n / 6),
        "said ".repeat(n / 5),
        format!("{}{}", "(".repeat(n / 2), ")".repeat(n / 2)),
        "\n".repeat(n),
        "the court said that ".repeat(n / 20),
        "Mr. ".repeat(n / 4),
        "U.S. ".repeat(n / 5),
    ];
    for text in &inputs {
        let doc = common::extractor().extract(text, None);
        invariants::check(text, &doc);
    }
}
