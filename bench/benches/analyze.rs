//! `cargo bench` in bench/: the core per extractor and in total, with Throughput::Bytes, on
//! real articles and on pathological inputs at growing sizes (so superlinear time shows).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use wirelens::text::Tokens;

fn extractors(c: &mut Criterion) {
    let Some(text) = wirelens_bench::real_text(1 << 20) else {
        eprintln!("SKIPPED: ../shared/corpus is not here");
        return;
    };
    let mut g = c.benchmark_group("real-1MB");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    let toks = Tokens::new(&text);
    g.bench_function("tokenize", |b| b.iter(|| Tokens::new(black_box(&text))));
    g.bench_function("dateline", |b| b.iter(|| wirelens::dateline::find(black_box(&toks))));
    g.bench_function("credits", |b| b.iter(|| wirelens::credit::find_frame(black_box(&toks), None)));
    g.bench_function("quotes", |b| b.iter(|| wirelens::quote::find(black_box(&toks), &[], &[])));
    g.bench_function("figures", |b| b.iter(|| wirelens::figure::find(black_box(&toks), &[])));
    let a = wirelens::analyze(&text);
    g.bench_function("document", |b| b.iter(|| wirelens::document(black_box(&text), &a)));
    g.bench_function("analyze", |b| b.iter(|| wirelens::analyze(black_box(&text))));
    g.bench_function("analyze+json", |b| {
        b.iter(|| serde_json::to_string(&wirelens::document(&text, &wirelens::analyze(black_box(&text)))).unwrap())
    });
    g.finish();
}

fn growth(c: &mut Criterion) {
    let mut g = c.benchmark_group("growth");
    g.sample_size(10);
    for size in [100_000usize, 1_000_000, 10_000_000] {
        let mut inputs = wirelens_bench::pathological(size);
        if let Some(real) = wirelens_bench::real_text(size) {
            inputs.push(("real", real));
        }
        for (name, text) in inputs {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, size), &text, |b, t| b.iter(|| wirelens::analyze(black_box(t))));
        }
    }
    g.finish();
}

criterion_group!(benches, extractors, growth);
criterion_main!(benches);
