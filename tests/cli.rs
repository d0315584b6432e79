//! The `extract` example as a process: arguments, JSONL framing, error objects, exit statuses.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// target/<profile>/examples/extract, built by `cargo test` alongside this test.
fn extract_bin() -> PathBuf {
    let mut p = std::env::current_exe().expect("test exe");
    p.pop(); // deps
    if p.ends_with("deps") {
        p.pop();
    }
    p.join("examples").join(format!("extract{}", std::env::consts::EXE_SUFFIX))
}

/// `extract` started with piped standard streams.
fn spawn(args: &[&str]) -> std::process::Child {
    Command::new(extract_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("extract runs (built by cargo test)")
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    out
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect()
}

#[test]
fn text_from_stdin_with_date() {
    let out = run(&["--date", "2022-07-30"], "The alliance said on Friday that it won.".as_bytes());
    assert!(out.status.success());
    let doc = &lines(&out)[0];
    assert_eq!(doc["date"], "2022-07-30");
    assert!(doc["sentences"].is_array() && doc["mentions"].is_array() && doc["claims"].is_array());
}

#[test]
fn bad_date_is_exit_2() {
    let out = run(&["--date", "2022-13-01"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2022-13-01"));
}

#[test]
fn invalid_utf8_is_exit_2_with_offset() {
    let out = run(&[], b"abc\xffdef");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("byte offset 3"));
}

#[test]
fn unreadable_file_is_exit_2() {
    let out = run(&["/nonexistent/whosaid/file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/whosaid/file.txt"));
}

#[test]
fn jsonl_errors_are_objects_and_processing_goes_on() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"He said yes.\", \"date\": \"2022-07-30\"}\n",
        "not json\n",
        "{\"id\": \"b\"}\n",
        "{\"id\": 3, \"text\": 42}\n",
        "{\"id\": 4, \"text\": \"x\", \"date\": \"July\"}\n",
        "\n",
        "{\"id\": [5], \"text\": \"Last one.\"}\n",
    );
    let out = run(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let l = lines(&out);
    assert_eq!(l.len(), 7);
    assert_eq!(l[0]["id"], 1);
    assert!(l[0]["error"].is_null() && l[0]["sentences"].is_array());
    for (i, id) in
        [(1, serde_json::Value::Null), (2, "b".into()), (3, 3.into()), (4, 4.into()), (5, serde_json::Value::Null)]
    {
        assert_eq!(l[i]["line"], i + 1, "line number of {i}");
        assert_eq!(l[i]["id"], id);
        assert!(l[i]["error"].is_string());
    }
    assert_eq!(l[6]["id"], serde_json::json!([5]));
    assert!(l[6]["mentions"].is_array());
}

#[test]
fn jsonl_all_good_is_exit_0() {
    let out = run(&["--jsonl"], b"{\"id\": \"a\", \"text\": \"Fine.\"}\n{\"id\": \"b\", \"text\": \"Also fine.\"}");
    assert!(out.status.success());
    assert_eq!(lines(&out).len(), 2);
}

#[test]
fn same_output_under_any_time_zone_and_locale() {
    let text = "WASHINGTON, July 30, 2022 (Reuters) - The court said on Friday it would rule next week.";
    let run_env = |tz: &str, lang: &str| {
        let out = Command::new(extract_bin())
            .env("TZ", tz)
            .env("LANG", lang)
            .env("LC_ALL", lang)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                c.stdin.take().expect("stdin").write_all(text.as_bytes())?;
                c.wait_with_output()
            })
            .expect("extract runs");
        out.stdout
    };
    let base = run_env("UTC", "C");
    assert!(!base.is_empty());
    for (tz, lang) in
        [("Pacific/Kiritimati", "tr_TR.UTF-8"), ("America/Los_Angeles", "de_DE.UTF-8"), ("Asia/Tokyo", "ja_JP")]
    {
        assert_eq!(run_env(tz, lang), base, "output differs under TZ={tz} LANG={lang}");
    }
}

#[test]
fn jsonl_threads_keep_input_order() {
    let input: String = (0..300)
        .map(|i| format!("{{\"id\": {i}, \"text\": \"Mr. Smith {i} said on Friday that talks resumed.\", \"date\": \"2022-07-30\"}}\n"))
        .collect();
    let one = run(&["--jsonl", "--threads", "1"], input.as_bytes());
    let four = run(&["--jsonl", "--threads", "4"], input.as_bytes());
    assert!(one.status.success() && four.status.success());
    assert_eq!(one.stdout, four.stdout);
    let ids: Vec<i64> = lines(&four).iter().map(|v| v["id"].as_i64().expect("id")).collect();
    assert_eq!(ids, (0..300).collect::<Vec<_>>());
}

#[test]
fn closed_stdout_ends_quietly() {
    use std::io::{BufRead, BufReader};
    let line = "{\"id\": 1, \"text\": \"The ministry said on Friday that talks would resume.\"}\n";
    let mut child = spawn(&["--jsonl", "--threads", "2"]);
    let mut input = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        for _ in 0..20_000 {
            if input.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    // Read one line, then close our end like `| head -1` does.
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut first).expect("first line");
    assert!(first.starts_with("{\"id\":1,"));
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

/// A JSONL line whose `text` is `sentence` repeated to at least `bytes` bytes.
fn big_line(id: &str, sentence: &str, bytes: usize) -> String {
    let text = sentence.repeat(bytes / sentence.len() + 1);
    format!("{}\n", serde_json::json!({"id": id, "text": text}))
}

#[test]
fn jsonl_huge_lines_keep_every_other_line_in_order() {
    const MB: usize = 1 << 20;
    let normal =
        |id: &str| format!("{{\"id\": \"{id}\", \"text\": \"The minister said on Monday that talks resumed.\"}}\n");
    // 50 MB of JSON that never closes its string; 50 MB of valid JSON: both over the 32 MiB
    // line limit. A 1 MB document under it is processed (kept small for a debug build).
    let unclosed = format!("{{\"id\": \"unclosed\", \"text\": \"{}\n", "a".repeat(50 * MB));
    let input = [
        normal("a"),
        unclosed,
        normal("b"),
        big_line("one-mb", "The court said on Friday that it would rule soon. ", MB),
        normal("c"),
        big_line("fifty-mb", "Talks went on. ", 50 * MB),
        normal("d"),
    ]
    .concat();
    let out = run(&["--jsonl", "--threads", "2"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let l = lines(&out);
    assert_eq!(l.len(), 7);
    for (i, id) in [(0, "a"), (2, "b"), (3, "one-mb"), (4, "c"), (6, "d")] {
        assert_eq!(l[i]["id"], id);
        assert!(l[i]["error"].is_null() && l[i]["sentences"].is_array(), "line {}", i + 1);
    }
    assert!(l[3]["claims"].as_array().is_some_and(|c| !c.is_empty()));
    for i in [1, 5] {
        assert_eq!(l[i]["line"], i + 1);
        assert!(l[i]["id"].is_null());
        assert!(l[i]["error"].as_str().is_some_and(|e| e.contains("line too long")), "{}", l[i]["error"]);
    }
}

#[test]
fn jsonl_results_stream_while_input_is_open() {
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc;
    let mut child = spawn(&["--jsonl", "--threads", "2"]);
    let mut input = child.stdin.take().expect("stdin");
    let stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in stdout.lines() {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    for i in 0..3 {
        let line = format!("{{\"id\": {i}, \"text\": \"The ministry said on Friday that talks would resume.\"}}\n");
        input.write_all(line.as_bytes()).expect("write a line");
        // The result comes before any further input (or its end).
        match rx.recv_timeout(std::time::Duration::from_secs(60)) {
            Ok(Ok(got)) => assert!(got.starts_with(&format!("{{\"id\":{i},")), "{got}"),
            other => {
                let _ = child.kill();
                panic!("no result for line {i} while the input stays open: {other:?}");
            }
        }
    }
    drop(input);
    let status = child.wait().expect("wait");
    reader.join().expect("reader");
    assert!(status.success());
}
