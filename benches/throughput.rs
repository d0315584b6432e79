//! Throughput benchmarks (criterion, MB/s via `Throughput::Bytes`).
//!
//! Groups:
//! - `corpus` and `sample`: each stage (tokenizer, sentences, lexicon scan, each recognizer,
//!   linking, claims) and the full `extract`, next to a reference that only iterates
//!   unicode-segmentation word bounds over the same text, so speed reads as a ratio that holds
//!   on a noisy machine. `corpus` reads `../shared/data/news/corpus.jsonl` when present (the
//!   first `WHOSAID_BENCH_MB` megabytes, default 4) and is skipped with a message otherwise;
//!   `sample` uses the built-in sample article.
//! - `build`: `Extractor::new()`.
//! - `adversarial`: pathological inputs (no spaces, quote storms, capitalized runs, "said"
//!   runs, nested brackets, newlines, one long sentence, repeated generic court names), time
//!   per byte next to the corpus.
//!
//! Run: `cargo bench --bench throughput` (or `-- corpus` for one group).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;
use whosaid::recognize::{courts, dates, locations, organizations, people};
use whosaid::text::{sentence, tokenize, Analysis};
use whosaid::{claims, resolve, Extractor};

fn corpus_texts() -> Option<Vec<(String, Option<jiff::civil::Date>)>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/news/corpus.jsonl");
    let Ok(data) = std::fs::read_to_string(path) else {
        eprintln!("corpus benchmarks skipped: {path} is absent");
        return None;
    };
    let limit: usize = std::env::var("WHOSAID_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(4) << 20;
    let mut out = Vec::new();
    let mut total = 0;
    for line in data.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let Some(text) = v["text"].as_str() else { continue };
        let date = v["date"].as_str().and_then(|d| whosaid::parse_date(d).ok());
        total += text.len();
        out.push((text.to_string(), date));
        if total >= limit {
            break;
        }
    }
    Some(out)
}

fn stages(c: &mut Criterion, group: &str, docs: &[(String, Option<jiff::civil::Date>)]) {
    let ex = Extractor::new();
    let lx = ex.lexicons();
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let mut g = c.benchmark_group(group);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("reference_word_bounds", |b| {
        b.iter(|| docs.iter().map(|(t, _)| t.split_word_bounds().count()).sum::<usize>())
    });
    g.bench_function("tokenize", |b| b.iter(|| docs.iter().map(|(t, _)| tokenize(t, lx).len()).sum::<usize>()));
    g.bench_function("tokenize_sentences", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(t, _)| {
                    let toks = tokenize(t, lx);
                    sentence::split(t, &toks, lx).len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("analysis_with_lexicon_scan", |b| {
        b.iter(|| docs.iter().map(|(t, _)| Analysis::new(t, lx).hits.len()).sum::<usize>())
    });
    let analyses: Vec<(Analysis, Option<jiff::civil::Date>)> =
        docs.iter().map(|(t, d)| (Analysis::new(t, lx), *d)).collect();
    g.bench_function("dates", |b| {
        b.iter(|| analyses.iter().map(|(a, d)| dates::find(a, &dates::Context { date: *d }).len()).sum::<usize>())
    });
    g.bench_function("people", |b| b.iter(|| analyses.iter().map(|(a, _)| people::find(a).len()).sum::<usize>()));
    g.bench_function("organizations", |b| {
        b.iter(|| analyses.iter().map(|(a, _)| organizations::find(a).len()).sum::<usize>())
    });
    g.bench_function("courts", |b| b.iter(|| analyses.iter().map(|(a, _)| courts::find(a).len()).sum::<usize>()));
    g.bench_function("locations", |b| b.iter(|| analyses.iter().map(|(a, _)| locations::find(a).len()).sum::<usize>()));
    let proposals: Vec<_> = analyses.iter().map(|(a, d)| Extractor::recognize(a, *d)).collect();
    g.bench_function("linking", |b| {
        b.iter(|| {
            analyses
                .iter()
                .zip(&proposals)
                .map(|((a, _), c)| resolve::link(a, resolve::overlaps(c.clone())).mentions.len())
                .sum::<usize>()
        })
    });
    let resolved: Vec<_> =
        analyses.iter().zip(&proposals).map(|((a, _), c)| resolve::link(a, resolve::overlaps(c.clone()))).collect();
    g.bench_function("claims", |b| {
        b.iter(|| {
            analyses
                .iter()
                .zip(&resolved)
                .map(|((a, d), r)| claims::find(a, r, d.map(|d| d.to_string()).as_deref()).len())
                .sum::<usize>()
        })
    });
    g.bench_function("extract_full", |b| {
        b.iter(|| docs.iter().map(|(t, d)| black_box(ex.extract(t, *d)).mentions.len()).sum::<usize>())
    });
    g.finish();
}

fn corpus(c: &mut Criterion) {
    if let Some(docs) = corpus_texts() {
        stages(c, "corpus", &docs);
    }
}

fn sample(c: &mut Criterion) {
    let text = include_str!("../examples/data/sample.txt").to_string();
    stages(c, "sample", &[(text, None)]);
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.bench_function("extractor_new", |b| b.iter(Extractor::new));
    g.finish();
}

/// Pathological inputs of about `n` bytes each.
fn adversarial_inputs(n: usize) -> Vec<(&'static str, String)> {
    let rep = |unit: &str| unit.repeat(n / unit.len().max(1));
    vec![
        ("no_space", rep("abcdefghij")),
        ("quote_marks", rep("\" ")),
        ("open_quotes_only", rep("“a ")),
        ("capitalized_run", rep("Alpha ")),
        ("said_run", rep("said ")),
        ("nested_brackets", format!("{}{}", "(".repeat(n / 2), ")".repeat(n / 2))),
        ("newlines", rep("\n")),
        ("one_long_sentence", rep("the court said that ")),
        // A generic court name with a hundred entries (one per country), over and over.
        ("court_names", rep("Supreme Court of ")),
    ]
}

fn adversarial(c: &mut Criterion) {
    let ex = Extractor::new();
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    let n = 1 << 20;
    for (name, text) in adversarial_inputs(n) {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract", name), &text, |b, t| {
            b.iter(|| ex.extract(t, None).mentions.len())
        });
    }
    if let Some(docs) = corpus_texts() {
        let text: String = docs.iter().map(|d| d.0.as_str()).collect::<Vec<_>>().join("\n\n");
        let text = text.get(..n.min(text.len())).map(str::to_string).unwrap_or(text);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract", "news_corpus"), &text, |b, t| {
            b.iter(|| ex.extract(t, None).mentions.len())
        });
    }
    g.finish();
}

criterion_group!(benches, corpus, sample, build, adversarial);
criterion_main!(benches);
