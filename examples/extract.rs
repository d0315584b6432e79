//! `extract`: prints what whosaid finds in a text, as the JSON of the output contract.
//!
//! ```text
//! cargo run --release --example extract -- [--date YYYY-MM-DD] [--jsonl] [FILE]
//! ```
//!
//! - FILE (or standard input) is UTF-8 text; the output is one document object.
//! - `--jsonl`: each input line is `{"id": ..., "text": "...", "date": "YYYY-MM-DD"}` and each
//!   output line the document with its `id`; a line that cannot be read gives
//!   `{"id", "line", "error"}` and the exit status is 1 once all lines are done.
//! - Invalid UTF-8, an unreadable file or a bad `--date`: exit status 2 and a message.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use whosaid::{parse_date, Extractor};

struct Args {
    date: Option<jiff::civil::Date>,
    jsonl: bool,
    file: Option<std::path::PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    use lexopt::prelude::*;
    let mut args = Args { date: None, jsonl: false, file: None };
    let mut p = lexopt::Parser::from_env();
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Long("date") => {
                let v = p.value().map_err(|e| e.to_string())?;
                let v = v.to_string_lossy();
                args.date = Some(parse_date(&v).map_err(|e| format!("--date: {e}"))?);
            }
            Long("jsonl") => args.jsonl = true,
            Long("help") | Short('h') => {
                println!("usage: extract [--date YYYY-MM-DD] [--jsonl] [FILE]");
                std::process::exit(0);
            }
            Value(v) if args.file.is_none() => args.file = Some(v.into()),
            other => return Err(other.unexpected().to_string()),
        }
    }
    Ok(args)
}

fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("extract: {msg}");
    ExitCode::from(2)
}

/// Ends quietly when the reader of our output went away (`| head`).
fn write_failed(e: io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        ExitCode::SUCCESS
    } else {
        fail(format!("cannot write output: {e}"))
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => return fail(e),
    };
    let input: Box<dyn BufRead> = match &args.file {
        Some(path) => match std::fs::File::open(path) {
            Ok(f) => Box::new(io::BufReader::with_capacity(1 << 16, f)),
            Err(e) => return fail(format!("cannot read {}: {e}", path.display())),
        },
        None => Box::new(io::BufReader::with_capacity(1 << 16, io::stdin())),
    };
    let name = args.file.as_ref().map_or("standard input".to_string(), |p| p.display().to_string());
    let ex = Extractor::new();
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    if args.jsonl {
        match run_jsonl(&ex, input, &mut out, args.date) {
            Ok(0) => ExitCode::SUCCESS,
            Ok(_) => ExitCode::from(1),
            Err(e) => write_failed(e),
        }
    } else {
        let mut bytes = Vec::new();
        let mut input = input;
        if let Err(e) = input.read_to_end(&mut bytes) {
            return fail(format!("cannot read {name}: {e}"));
        }
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => return fail(format!("{name}: invalid UTF-8 at byte offset {}", e.valid_up_to())),
        };
        let doc = ex.extract(text, args.date);
        let json = serde_json::to_string(&doc).unwrap_or_else(|_| "{}".to_string());
        match writeln!(out, "{json}").and_then(|_| out.flush()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => write_failed(e),
        }
    }
}

/// One processed input line: the output line to print, and whether it was an error.
fn process_line(ex: &Extractor, line: &[u8], n: usize, default_date: Option<jiff::civil::Date>) -> (String, bool) {
    let error = |id: &serde_json::Value, msg: String| {
        let obj = serde_json::json!({"id": id, "line": n, "error": msg});
        (obj.to_string(), true)
    };
    let null = serde_json::Value::Null;
    let text = match std::str::from_utf8(line) {
        Ok(t) => t.trim_end_matches(['\n', '\r']),
        Err(e) => return error(&null, format!("invalid UTF-8 at byte offset {}", e.valid_up_to())),
    };
    if text.trim().is_empty() {
        return error(&null, "empty line".to_string());
    }
    let v: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return error(&null, format!("bad JSON: {e}")),
    };
    let Some(obj) = v.as_object() else { return error(&null, "not a JSON object".to_string()) };
    let id = obj.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let body = match obj.get("text") {
        Some(serde_json::Value::String(s)) => s.as_str(),
        Some(_) => return error(&id, "\"text\" is not a string".to_string()),
        None => return error(&id, "missing \"text\"".to_string()),
    };
    let date = match obj.get("date") {
        None | Some(serde_json::Value::Null) => default_date,
        Some(serde_json::Value::String(s)) => match parse_date(s) {
            Ok(d) => Some(d),
            Err(e) => return error(&id, e.to_string()),
        },
        Some(_) => return error(&id, "\"date\" is not a string".to_string()),
    };
    let doc = ex.extract(body, date);
    let json = serde_json::to_string(&doc).unwrap_or_else(|_| "{}".to_string());
    // The document object with "id" first.
    (format!("{{\"id\":{},{}", id, json.strip_prefix('{').unwrap_or("}")), false)
}

/// Processes JSONL input line by line, flushing each result; returns the number of bad lines.
fn run_jsonl(
    ex: &Extractor,
    mut input: Box<dyn BufRead>,
    out: &mut impl Write,
    date: Option<jiff::civil::Date>,
) -> io::Result<usize> {
    let mut errors = 0;
    let mut line = Vec::new();
    let mut n = 0;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        n += 1;
        let (json, bad) = process_line(ex, &line, n, date);
        errors += bad as usize;
        writeln!(out, "{json}")?;
        out.flush()?;
    }
    Ok(errors)
}
