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
//! - `--threads N` (default: all cores) processes JSONL lines in parallel; output keeps the
//!   input order, streams line by line, and memory stays bounded (a few batches in flight).
//!   A line longer than 32 MiB is not read: it gets an error object (`"id": null`).
//! - `--quiet`: no progress line (it is shown on standard error only when that is a terminal).
//! - Invalid UTF-8, an unreadable file or a bad `--date`: exit status 2 and a message.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

mod jsonl;

use jsonl::{line_too_long, process_line, MAX_LINE_BYTES};
use whosaid::{parse_date, Extractor};

/// The input, buffered: the JSONL reader looks into the buffer to stream.
type Input = io::BufReader<Box<dyn Read + Send>>;

struct Args {
    date: Option<jiff::civil::Date>,
    jsonl: bool,
    threads: usize,
    quiet: bool,
    file: Option<std::path::PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    use lexopt::prelude::*;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut args = Args { date: None, jsonl: false, threads: cores, quiet: false, file: None };
    let mut p = lexopt::Parser::from_env();
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Long("date") => {
                let v = p.value().map_err(|e| e.to_string())?;
                let v = v.to_string_lossy();
                args.date = Some(parse_date(&v).map_err(|e| format!("--date: {e}"))?);
            }
            Long("jsonl") => args.jsonl = true,
            Long("quiet") | Short('q') => args.quiet = true,
            Long("threads") | Short('j') => {
                let v = p.value().map_err(|e| e.to_string())?;
                let v = v.to_string_lossy();
                args.threads =
                    v.parse().ok().filter(|&n| n >= 1).ok_or(format!("--threads: {v:?} is not a positive number"))?;
            }
            Long("help") | Short('h') => {
                println!("usage: extract [--date YYYY-MM-DD] [--jsonl [--threads N] [--quiet]] [FILE]");
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
    let source: Box<dyn Read + Send> = match &args.file {
        Some(path) => match std::fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => return fail(format!("cannot read {}: {e}", path.display())),
        },
        None => Box::new(io::stdin()),
    };
    let input: Input = io::BufReader::with_capacity(1 << 16, source);
    let name = args.file.as_ref().map_or("standard input".to_string(), |p| p.display().to_string());
    let ex = Extractor::new();
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    if args.jsonl {
        let progress = !args.quiet && std::io::IsTerminal::is_terminal(&io::stderr());
        match run_jsonl(&ex, input, &mut out, args.date, args.threads, progress) {
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

/// Lines per batch handed to a worker.
const BATCH_LINES: usize = 64;

/// Bytes after which a batch ends early (memory stays bounded with long lines).
const BATCH_BYTES: usize = 1 << 20;

/// Progress on standard error: documents, MB, MB/s, errors.
struct Progress {
    on: bool,
    start: std::time::Instant,
    last: std::time::Instant,
    docs: usize,
    bytes: usize,
    errors: usize,
}

impl Progress {
    fn new(on: bool) -> Progress {
        let now = std::time::Instant::now();
        Progress { on, start: now, last: now, docs: 0, bytes: 0, errors: 0 }
    }

    fn add(&mut self, docs: usize, bytes: usize, errors: usize) {
        self.docs += docs;
        self.bytes += bytes;
        self.errors += errors;
        if self.on && self.last.elapsed().as_millis() >= 500 {
            self.last = std::time::Instant::now();
            self.print("\r");
        }
    }

    fn print(&self, end: &str) {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        eprint!("{end}extract: {} documents, {mb:.1} MB, {:.1} MB/s, {} errors", self.docs, mb / secs, self.errors);
    }

    fn finish(&self) {
        if self.on {
            self.print("\r");
            eprintln!();
        }
    }
}

/// One input line: its bytes, or the length of a line too long to keep.
enum Line {
    Bytes(Vec<u8>),
    TooLong(usize),
}

impl Line {
    fn len(&self) -> usize {
        match self {
            Line::Bytes(b) => b.len(),
            Line::TooLong(n) => *n,
        }
    }
}

/// Reads up to `BATCH_LINES` lines or `BATCH_BYTES` bytes, fewer when no more input has arrived
/// yet (results then go out while the input still streams); `None` at the end of the input.
fn read_batch(input: &mut Input) -> io::Result<Option<Vec<Line>>> {
    let mut batch = Vec::with_capacity(BATCH_LINES);
    let mut bytes = 0;
    while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
        let mut line = Vec::new();
        let total = read_line_capped(input, &mut line, MAX_LINE_BYTES + 1)?; // + 1: its '\n'
        if total == 0 {
            break;
        }
        bytes += line.len();
        batch.push(if total > line.len() { Line::TooLong(total) } else { Line::Bytes(line) });
        if input.buffer().is_empty() {
            break;
        }
    }
    Ok((!batch.is_empty()).then_some(batch))
}

/// Reads one line (through its `\n`), keeping its first `max` bytes in `line` and dropping
/// the rest, so that memory stays bounded. Returns the line's whole length (0 at the end).
fn read_line_capped(input: &mut impl BufRead, line: &mut Vec<u8>, max: usize) -> io::Result<usize> {
    let mut total = 0;
    loop {
        let buf = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(p) => (buf.split_at(p + 1).0, true),
            None => (buf, buf.is_empty()),
        };
        let keep = chunk.len().min(max.saturating_sub(line.len()));
        line.extend_from_slice(chunk.split_at(keep).0);
        let n = chunk.len();
        total += n;
        input.consume(n);
        if done {
            return Ok(total);
        }
    }
}

/// Processes JSONL input: batches of lines go to `threads` workers, results are written in input
/// order and flushed as they come. Returns the number of bad lines.
fn run_jsonl(
    ex: &Extractor,
    mut input: Input,
    out: &mut impl Write,
    date: Option<jiff::civil::Date>,
    threads: usize,
    progress: bool,
) -> io::Result<usize> {
    use std::sync::mpsc;
    let mut prog = Progress::new(progress);
    // Batches in flight are bounded: the reader waits when workers are busy.
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, usize, Vec<Line>)>(threads * 2);
    let work_rx = std::sync::Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::sync_channel::<(usize, Vec<(String, bool)>, usize)>(threads * 2);
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let work_rx = &work_rx;
            scope.spawn(move || loop {
                let job = work_rx.lock().map_or(None, |rx| rx.recv().ok());
                let Some((seq, first_line, lines)) = job else { break };
                let bytes = lines.iter().map(Line::len).sum();
                let results = lines
                    .iter()
                    .enumerate()
                    .map(|(k, l)| match l {
                        Line::Bytes(b) => process_line(ex, b, first_line + k, date),
                        Line::TooLong(n) => line_too_long(first_line + k, *n),
                    })
                    .collect();
                if done_tx.send((seq, results, bytes)).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        // The reader runs on its own thread; this thread writes in order.
        let stop = &stop;
        let reader = scope.spawn(move || -> io::Result<()> {
            let mut seq = 0;
            let mut line_no = 1;
            while let Some(batch) = read_batch(&mut input)? {
                let n = batch.len();
                let mut job = (seq, line_no, batch);
                // Wait while the workers are busy, unless the writer has given up.
                loop {
                    match work_tx.try_send(job) {
                        Ok(()) => break,
                        Err(mpsc::TrySendError::Full(j)) if !stop.load(std::sync::atomic::Ordering::Relaxed) => {
                            job = j;
                            std::thread::sleep(std::time::Duration::from_micros(200));
                        }
                        Err(_) => return Ok(()),
                    }
                }
                seq += 1;
                line_no += n;
            }
            Ok(())
        });
        let mut pending = std::collections::BTreeMap::new();
        let mut next = 0;
        let mut write_result = Ok(());
        for (seq, results, bytes) in done_rx.iter() {
            pending.insert(seq, (results, bytes));
            while let Some((results, bytes)) = pending.remove(&next) {
                next += 1;
                let errors = results.iter().filter(|r: &&(String, bool)| r.1).count();
                prog.add(results.len(), bytes, errors);
                if write_result.is_ok() {
                    write_result =
                        results.iter().try_for_each(|(json, _)| writeln!(out, "{json}")).and_then(|_| out.flush());
                }
            }
            if write_result.is_err() {
                // Stop the reader; dropping done_rx stops the workers.
                stop.store(true, std::sync::atomic::Ordering::Relaxed);
                break;
            }
        }
        drop(done_rx);
        // Whatever ended the loop, the reader must not wait for workers any longer.
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        prog.finish();
        let read_result = reader.join().unwrap_or(Ok(()));
        write_result?;
        read_result?;
        Ok(prog.errors)
    })
}
