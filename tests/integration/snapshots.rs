//! Whole-document snapshots of the page's samples: any change to what the analyzer finds in
//! them shows as a reviewable diff of `tests/snapshots/<sample>.json`. After a change you
//! mean, rewrite them with `WIRELENS_BLESS=1 cargo test --test integration snapshots` and
//! review the diff before committing.

use std::path::Path;

const SAMPLES: [&str; 3] = ["seed", "ap-style", "reuters-style"];

fn snapshot_of(text: &str) -> String {
    let doc = wirelens::document(text, &wirelens::analyze(text));
    serde_json::to_string_pretty(&doc).unwrap() + "\n"
}

#[test]
fn samples_match_their_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var_os("WIRELENS_BLESS").is_some();
    let mut stale = Vec::new();
    for name in SAMPLES {
        let text = std::fs::read_to_string(root.join(format!("www/samples/{name}.txt"))).unwrap();
        let path = root.join(format!("tests/snapshots/{name}.json"));
        let got = snapshot_of(&text);
        if bless {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            let line = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(0) + 1;
            stale.push(format!("{name}: differs from {} from line {line}", path.display()));
        }
    }
    assert!(
        stale.is_empty(),
        "{}\n(if the change is meant: WIRELENS_BLESS=1 cargo test --test integration snapshots, then review the diff)",
        stale.join("\n")
    );
}
