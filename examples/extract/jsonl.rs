//! JSONL framing: one input line in, one output line out (a document or an error object).
//!
//! Kept apart from `main.rs` so that the fuzz target for the line reader can include it.

use whosaid::{parse_date, Extractor};

/// The longest input line read (`--jsonl`); a longer one gets an error object, unread.
#[allow(dead_code)] // not used by the fuzz target that includes this file
pub const MAX_LINE_BYTES: usize = 32 << 20;

/// The error object of input line `n`, as an output line.
fn error_line(id: &serde_json::Value, n: usize, msg: String) -> (String, bool) {
    let obj = serde_json::json!({"id": id, "line": n, "error": msg});
    (obj.to_string(), true)
}

/// The error object of input line `n`, longer than [`MAX_LINE_BYTES`] (its `id` is unknown).
#[allow(dead_code)] // not used by the fuzz target that includes this file
pub fn line_too_long(n: usize, bytes: usize) -> (String, bool) {
    let msg = format!("line too long: {bytes} bytes, more than the limit of {MAX_LINE_BYTES} bytes");
    error_line(&serde_json::Value::Null, n, msg)
}

/// One processed input line: the output line to print, and whether it was an error.
pub fn process_line(ex: &Extractor, line: &[u8], n: usize, default_date: Option<jiff::civil::Date>) -> (String, bool) {
    let error = |id: &serde_json::Value, msg: String| error_line(id, n, msg);
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
    // The library never panics on any input (fuzzed and property-tested); should a bug slip
    // through, this line still gets its error object and the run goes on.
    let Ok(doc) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ex.extract(body, date))) else {
        return error(&id, "internal error: extraction failed on this document".to_string());
    };
    let json = serde_json::to_string(&doc).unwrap_or_else(|_| "{}".to_string());
    // The document object with "id" first.
    (format!("{{\"id\":{},{}", id, json.strip_prefix('{').unwrap_or("}")), false)
}
