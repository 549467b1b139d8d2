//! Agreement with public test suites of quantity extractors, mapped by hand to the contract
//! (`testdata/external/`): the share of applicable cases whose every expectation holds.
//! Printed for the report; asserted to stay at or above what it was at the last change, so
//! a change that loses cases fails here.

use super::cases::{check, parse};

/// Measures a suite: prints the agreement and the disagreements, and fails if fewer than
/// `min_cases` cases apply or fewer than `at_least` agree.
fn hold_agreement(suite: &str, data: &str, min_cases: usize, at_least: usize) {
    let cases = parse(data);
    let applicable: Vec<_> = cases.iter().filter(|c| !c.checks.iter().any(|(k, _)| k == "n/a")).collect();
    let mut misses = Vec::new();
    for case in &applicable {
        let doc = serde_json::to_value(super::invariants::analyse_checked(&case.text)).unwrap();
        if let Err(e) = check(case, &doc) {
            misses.push(format!("{}: {e}", case.name));
        }
    }
    let (n, agree) = (applicable.len(), applicable.len() - misses.len());
    println!("{suite}: {agree} of {n} applicable cases agree ({:.3})\n{}", agree as f64 / n as f64, misses.join("\n"));
    assert!(n >= min_cases, "{suite}: only {n} applicable cases parsed");
    assert!(agree >= at_least, "{suite}: agreement fell to {agree} of {n}:\n{}", misses.join("\n"));
}

// The agreements at the last change; raise them with each fix.

#[test]
fn quantulum3_quantities() {
    hold_agreement("quantulum3", include_str!("../../testdata/external/quantulum3.txt"), 63, 61);
}

#[test]
fn recognizers_text_temperatures() {
    let data = include_str!("../../testdata/external/recognizers-temperature.txt");
    hold_agreement("Recognizers-Text temperature", data, 20, 21);
}

#[test]
fn recognizers_text_ages() {
    hold_agreement("Recognizers-Text age", include_str!("../../testdata/external/recognizers-age.txt"), 15, 15);
}

#[test]
fn recognizers_text_dimensions() {
    let data = include_str!("../../testdata/external/recognizers-dimension.txt");
    hold_agreement("Recognizers-Text dimension", data, 50, 51);
}

#[test]
fn recognizers_text_currencies() {
    let data = include_str!("../../testdata/external/recognizers-currency.txt");
    hold_agreement("Recognizers-Text currency", data, 90, 91);
}

#[test]
fn recognizers_text_numbers() {
    let data = include_str!("../../testdata/external/recognizers-number.txt");
    hold_agreement("Recognizers-Text number", data, 44, 44);
}
