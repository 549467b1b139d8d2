//! Any UTF-8 text: analysis must not panic, and the document must keep every span
//! invariant (`wirelens::invariants::check`). Non-UTF-8 bytes are read lossily, so the
//! fuzzer's byte mutations still reach the analyzer.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = wirelens::document(&text, &wirelens::analyze(&text));
    if let Err(e) = wirelens::invariants::check(&text, &doc) {
        panic!("invariant broken: {e}");
    }
});
