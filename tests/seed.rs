//! The seed article end to end: the project's own scorer (`../shared/eval/score_seed.py`) must
//! pass at least `FLOOR` of the required items.

mod common;

/// Required items that must pass (raise it as the pipeline improves; never lower it).
const FLOOR: usize = 51;

#[test]
fn seed_article_end_to_end() {
    let (Some(dir), Some(scorer)) = (common::shared_data("seed"), common::shared_eval("score_seed.py")) else {
        return;
    };
    let text = std::fs::read_to_string(dir.join("haftar-2022-07-30.txt")).expect("seed text");
    // No --date: the dateline at the top of the article gives the document date.
    let doc = common::extractor().extract(&text, None);
    assert_eq!(doc.date.as_deref(), Some("2022-07-30"), "dateline not read");
    let out = std::env::temp_dir().join(format!("whosaid-seed-{}.json", std::process::id()));
    std::fs::write(&out, serde_json::to_string(&doc).expect("json")).expect("write prediction");
    let run = std::process::Command::new("python3")
        .arg(&scorer)
        .arg(dir.join("haftar-2022-07-30.gold.json"))
        .arg(&out)
        .output();
    let _ = std::fs::remove_file(&out);
    let Ok(run) = run else {
        eprintln!("skipped: python3 is not available to run the seed scorer");
        return;
    };
    let report = String::from_utf8_lossy(&run.stdout);
    let last = report.lines().last().unwrap_or_default();
    let passed: usize = last
        .strip_prefix("seed: ")
        .and_then(|r| r.split('/').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("unexpected scorer output:\n{report}"));
    assert!(passed >= FLOOR, "seed: {passed} required items pass, floor is {FLOOR}\n{report}");
    eprintln!("{last}");
}
