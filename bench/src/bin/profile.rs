//! Runs one extractor many times over the real corpus, for `perf record`.
//!   cargo run --release --bin profile -- quotes 20
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let what = args.get(1).map_or("analyze", String::as_str);
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    let text = wirelens_bench::real_text(1 << 20).expect("../shared/corpus");
    let toks = wirelens::text::Tokens::new(&text);
    let analysis = wirelens::analyze(&text);
    let t0 = std::time::Instant::now();
    let mut count = 0;
    for _ in 0..n {
        count += match what {
            "quotes" => wirelens::quote::find(&toks, &[], &[]).len(),
            "figures" => wirelens::figure::find(&toks, &[]).len(),
            "credits" => wirelens::credit::find_frame(&toks, None).credits.len(),
            "tokenize" => wirelens::text::Tokens::new(&text).len(),
            "document" => wirelens::document(&text, &analysis).figures.len(),
            _ => wirelens::analyze(&text).quotes.len(),
        };
    }
    let secs = t0.elapsed().as_secs_f64();
    println!("{what}: {count} items, {:.1} MB/s", text.len() as f64 * n as f64 / secs / 1e6);
}
