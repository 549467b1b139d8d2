//! One pathological input at one size, analysed N times: for `perf` (not a benchmark).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let name = args.get(1).map_or("capitalised-words", String::as_str);
    let size: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10_000_000);
    let n: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(3);
    let text = wirelens_bench::pathological(size).into_iter().find(|(k, _)| *k == name).expect("input name").1;
    let t0 = std::time::Instant::now();
    let mut count = 0;
    for _ in 0..n {
        count += wirelens::analyze(&text).figures.len();
    }
    let secs = t0.elapsed().as_secs_f64();
    println!("{name} {size}: {count} items, {:.1} MB/s", text.len() as f64 * n as f64 / secs / 1e6);
}
