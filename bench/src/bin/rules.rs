//! House rules: 50 literal and 10 regex rules (`bench/rules.json`) over 1 MB of real
//! articles, MB/s; then the hostile patterns on 1 MB, each time to the end.
//!
//! `cargo run --release --bin rules [RUNS]` (in bench/)

use std::time::Instant;
use wirelens_rules::{RuleSet, RuleSpec};

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(10);
    let Some(text) = wirelens_bench::real_text(1 << 20) else {
        eprintln!("SKIPPED: ../shared/corpus is not beside the repository");
        return;
    };
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rules.json")).expect("bench/rules.json");
    let specs: Vec<RuleSpec> = serde_json::from_str(&json).expect("bench/rules.json is a list of rules");
    let started = Instant::now();
    let (set, errors) = RuleSet::compile(specs.into_iter().map(Ok));
    assert!(errors.is_empty(), "{errors:?}");
    println!("compile {} rules: {:.2} ms", set.rules().len(), started.elapsed().as_secs_f64() * 1e3);
    let mut times = Vec::new();
    let mut found = 0;
    for _ in 0..runs {
        let t = Instant::now();
        found = set.find(&text).len();
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "find: {:.2} MB in {:.2} ms (median of {runs}), {:.1} MB/s, {found} matches",
        text.len() as f64 / 1e6,
        median * 1e3,
        text.len() as f64 / 1e6 / median
    );
    if std::env::args().any(|a| a == "--per-rule") {
        per_rule(&set, &text);
    }
    for (name, pattern, input) in hostile() {
        let spec = RuleSpec { whole_word: false, ..RuleSpec::regex(name, pattern) };
        let (set, _) = RuleSet::compile([Ok(spec)]);
        let t = Instant::now();
        let n = set.find(&input).len();
        println!(
            "hostile {pattern:>10} on {:.2} MB: {:.2} ms, {n} matches",
            input.len() as f64 / 1e6,
            t.elapsed().as_secs_f64() * 1e3
        );
    }
}

/// Each rule's time on the text, slowest first.
fn per_rule(set: &RuleSet, text: &str) {
    let mut rows = Vec::new();
    for rule in set.rules() {
        let spec = RuleSpec { label: None, ..rule_spec(rule.id.as_str()) };
        let (one, _) = RuleSet::compile([Ok(spec)]);
        let t = Instant::now();
        let n = one.find(text).len();
        rows.push((t.elapsed().as_secs_f64() * 1e3, rule.id.clone(), n));
    }
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (ms, id, n) in rows.iter().take(12) {
        println!("  {id:>4}: {ms:.2} ms, {n} matches");
    }
}

/// The spec of rule `id` in bench/rules.json.
fn rule_spec(id: &str) -> RuleSpec {
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rules.json")).expect("bench/rules.json");
    let specs: Vec<RuleSpec> = serde_json::from_str(&json).expect("a list of rules");
    specs.into_iter().find(|s| s.id == id).expect("a rule of the list")
}

/// The hostile patterns, each on 1 MiB of the text that makes a backtracking
/// engine explode.
fn hostile() -> [(&'static str, &'static str, String); 3] {
    [
        ("nested", "(a+)+$", format!("{}!", "a".repeat((1 << 20) - 1))),
        ("xy", "(x+x+)+y", "x".repeat(1 << 20)),
        ("dotstar", "(.*a){20}", format!("{}{}", "a".repeat(19), "x".repeat((1 << 20) - 19))),
    ]
}
