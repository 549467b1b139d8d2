//! One integration test binary (as in rust-lang/regex): golden cases, whole-document
//! snapshots of the page's samples, span invariants on generated inputs, and the real corpus
//! in `../shared/corpus` when it is there.
mod integration {
    pub mod cases;
    pub mod corpus;
    pub mod external;
    pub mod golden;
    pub mod invariants;
    pub mod snapshots;
}
