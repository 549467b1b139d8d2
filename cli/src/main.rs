//! `wirelens`: the command-line front end.
//!
//! ```text
//! wirelens FILE|-        the analysis document of one text, as JSON
//! wirelens --jsonl       batch: {"id","text"} lines in, {"id","analysis"} lines out
//! wirelens --rules F …    either, with the desk's house rules of F matched too
//! ```
//!
//! Batch mode never drops a line: every input line gets exactly one output line, in order,
//! either `{"id", "analysis"}` or `{"id", "error"}`; the exit status is 1 if any line failed.

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::{mpsc, Condvar, Mutex};
use std::time::Instant;
use wirelens_rules::{RuleError, RuleSet, RuleSpec};

const USAGE: &str = "\
wirelens — annotate wire stories: dateline, quotes and who said them, figures, credits

USAGE:
    wirelens [--compact] FILE     print the analysis of FILE as JSON (FILE may be - for stdin)
    wirelens --jsonl [--jobs N]   batch: one {\"id\",\"text\"} JSON object per input line,
                                  one {\"id\",\"analysis\"} (or {\"id\",\"error\"}) line out, in order;
                                  N threads analyse (default: one per core), the output is the same
    wirelens --help | --version

OPTIONS:
    --rules RULES.json            also find the desk's house rules: a JSON list of
                                  {\"id\", \"label\", \"pattern\", \"regex\": false, \"case_sensitive\": false,
                                  \"whole_word\": true}; the analysis gains \"rules\": [{\"rule\", \"start\",
                                  \"end\", \"text\"}]. A bad rule is reported on stderr and skipped.

Offsets are UTF-16 code units, as in JavaScript. Inputs over 64 MiB are refused.
Exit status: 0 on success, 1 if any input failed, 2 on a usage error.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut compact = false;
    let mut jsonl = false;
    let mut file = None;
    let mut jobs = None;
    let mut rules_file = None;
    let mut args = args.iter();
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                println!("wirelens {} (contract version {})", env!("CARGO_PKG_VERSION"), wirelens::CONTRACT_VERSION);
                return ExitCode::SUCCESS;
            }
            "--compact" => compact = true,
            "--jsonl" => jsonl = true,
            "--jobs" => match args.next().map(|n| parse_jobs(n)) {
                Some(Ok(n)) => jobs = Some(n),
                Some(Err(e)) => return usage_error(&e),
                None => return usage_error("--jobs needs a number"),
            },
            "--rules" => match args.next() {
                Some(f) => rules_file = Some(f.clone()),
                None => return usage_error("--rules needs a file: a JSON list of rules"),
            },
            s if s.starts_with("--rules=") => rules_file = Some(s["--rules=".len()..].to_owned()),
            s if s.starts_with("--jobs=") => match parse_jobs(&s["--jobs=".len()..]) {
                Ok(n) => jobs = Some(n),
                Err(e) => return usage_error(&e),
            },
            s if s.starts_with("--") => return usage_error(&format!("unknown option {s}")),
            s => {
                if file.replace(s.to_owned()).is_some() {
                    return usage_error("give one FILE (or - for standard input)");
                }
            }
        }
    }
    if jobs.is_some() && !jsonl {
        return usage_error("--jobs is for --jsonl");
    }
    let rules = match rules_file.as_deref().map(load_rules).transpose() {
        Ok(rules) => rules,
        Err(e) => return usage_error(&e),
    };
    let rules = rules.as_ref();
    match (jsonl, file) {
        (true, None) => {
            batch(jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())), rules)
        }
        (true, Some(_)) => usage_error("--jsonl reads standard input; give no FILE"),
        (false, Some(f)) => single(&f, compact, rules),
        (false, None) => usage_error("give a FILE, - for standard input, or --jsonl"),
    }
}

/// `--jobs N`: how many threads analyse, 1 to 256.
fn parse_jobs(n: &str) -> Result<usize, String> {
    match n.parse::<usize>() {
        Ok(n @ 1..=256) => Ok(n),
        _ => Err(format!("--jobs takes a number from 1 to 256, not {n:?}")),
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("wirelens: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

/// Reads a rules file and compiles its rules; each bad rule is reported on stderr and
/// skipped (the others still run). An unreadable file or one that is not a JSON list is an
/// error: running without the desk's rules would look like a story with no matches.
fn load_rules(path: &str) -> Result<RuleSet, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read the rules file {path}: {e}"))?;
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| format!("the rules file {path} is not valid JSON: {e}"))?;
    let serde_json::Value::Array(items) = value else {
        return Err(format!("the rules file {path} must hold a JSON list of rules, [{{\"id\", \"pattern\", …}}]"));
    };
    let specs = items.into_iter().enumerate().map(|(index, item)| {
        let id = item.get("id").and_then(|v| v.as_str()).map(str::to_owned);
        serde_json::from_value::<RuleSpec>(item).map_err(|e| RuleError::new(index, id.as_deref(), e.to_string()))
    });
    let (set, errors) = RuleSet::compile(specs);
    for e in &errors {
        eprintln!("wirelens: {path}: {e} (skipped)");
    }
    Ok(set)
}

/// A document with the house rules' matches after its other fields.
#[derive(serde::Serialize)]
struct WithRules<'a> {
    #[serde(flatten)]
    doc: wirelens::Document<'a>,
    rules: Vec<wirelens_rules::RuleHit<'a>>,
}

/// The analysis of one text, with the rules' matches when there are rules.
enum Analysed<'a> {
    Plain(wirelens::Document<'a>),
    Ruled(WithRules<'a>),
}

impl serde::Serialize for Analysed<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Analysed::Plain(doc) => doc.serialize(s),
            Analysed::Ruled(with) => with.serialize(s),
        }
    }
}

/// Analyses one text (and finds the rules in it, if any) and returns its document.
fn analyse<'a>(text: &'a str, rules: Option<&'a RuleSet>) -> Result<Analysed<'a>, String> {
    wirelens::check_input_size(text)?;
    let doc = wirelens::document(text, &wirelens::analyze(text));
    Ok(match rules {
        None => Analysed::Plain(doc),
        Some(set) => Analysed::Ruled(WithRules { doc, rules: wirelens_rules::hits(set, text, &set.find(text)) }),
    })
}

fn single(path: &str, compact: bool, rules: Option<&RuleSet>) -> ExitCode {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    if let Err(e) = read {
        eprintln!("wirelens: cannot read {path}: {e}");
        return ExitCode::FAILURE;
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("wirelens: {path} is not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to());
            return ExitCode::FAILURE;
        }
    };
    let doc = match analyse(&text, rules) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("wirelens: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out = io::stdout();
    let mut w = BufWriter::new(out.lock());
    let res = if compact { serde_json::to_writer(&mut w, &doc) } else { serde_json::to_writer_pretty(&mut w, &doc) };
    match res.map_err(io::Error::from).and_then(|_| writeln!(w)).and_then(|_| w.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wirelens: cannot write: {e}");
            ExitCode::FAILURE
        }
    }
}

#[derive(serde::Serialize)]
struct OkLine<'a> {
    id: &'a serde_json::Value,
    analysis: Analysed<'a>,
}

#[derive(serde::Serialize)]
struct ErrLine<'a> {
    id: &'a serde_json::Value,
    error: String,
}

/// One batch line: its id and text, or the reason there is no text to analyse.
fn batch_line(line: &[u8]) -> (serde_json::Value, Result<String, String>) {
    let null = serde_json::Value::Null;
    if line.iter().all(u8::is_ascii_whitespace) {
        return (null, Err("empty line: expected a JSON object {\"id\", \"text\"}".into()));
    }
    let value: serde_json::Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) if e.is_syntax() || e.is_eof() => {
            let why =
                if std::str::from_utf8(line).is_err() { "line is not valid UTF-8" } else { "line is not valid JSON" };
            return (null, Err(format!("{why}: {e}")));
        }
        Err(e) => return (null, Err(format!("line is not valid JSON: {e}"))),
    };
    let serde_json::Value::Object(mut obj) = value else {
        return (null, Err("line is not a JSON object".into()));
    };
    let id = obj.remove("id").unwrap_or(serde_json::Value::Null);
    match obj.remove("text") {
        Some(serde_json::Value::String(text)) => (id, Ok(text)),
        Some(_) => (id, Err("\"text\" is not a string".into())),
        None => (id, Err("missing \"text\"".into())),
    }
}

/// Lines read and answered as one unit of work: enough text that handing it between
/// threads costs nothing next to analysing it.
const CHUNK_BYTES: usize = 1 << 20;
const CHUNK_LINES: usize = 2_000;

/// Input lines on their way to a worker: the number of the first (for error messages).
struct Chunk {
    seq: u64,
    first_line: u64,
    lines: Vec<Vec<u8>>,
    bytes: u64,
}

/// A chunk's answer: its output lines, ready to write.
struct Answer {
    seq: u64,
    out: Vec<u8>,
    lines: u64,
    failed: u64,
    bytes: u64,
}

/// Input bytes that may be between reading and writing at once, beyond one chunk: with
/// lines near the 64 MiB limit, `2 × jobs` chunks alone could hold gigabytes.
const IN_FLIGHT_BYTES: u64 = 256 << 20;

/// Batch mode. Lines are read in chunks, analysed by `jobs` worker threads and written in
/// input order, so the output is the same for any number of jobs. What is between reading
/// and writing at once is bounded (see [`Budget`]), so a fast reader cannot fill the memory.
fn batch(jobs: usize, rules: Option<&RuleSet>) -> ExitCode {
    let (work_tx, work_rx) = mpsc::sync_channel::<Chunk>(2 * jobs);
    let work_rx = Mutex::new(work_rx);
    let (answer_tx, answer_rx) = mpsc::channel::<Answer>();
    let budget = Budget::new(2 * jobs, IN_FLIGHT_BYTES);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let answer_tx = answer_tx.clone();
            let work_rx = &work_rx;
            scope.spawn(move || work(work_rx, answer_tx, rules));
        }
        drop(answer_tx);
        let budget = &budget;
        let writer = scope.spawn(move || {
            // However the writer ends, a reader waiting for room must not wait forever.
            let _closes = CloseOnDrop(budget);
            write_in_order(answer_rx, budget)
        });
        let read = read_chunks(work_tx, budget);
        let written = writer.join().unwrap_or_else(|_| Err(io::Error::other("the writer thread failed")));
        finish(read, written)
    })
}

/// What may be between reading and writing at once: at most `max_chunks` chunks, and at most
/// `max_bytes` bytes of input beyond the first of them (a chunk larger than that goes alone).
struct Budget {
    in_flight: Mutex<InFlight>,
    changed: Condvar,
    max_chunks: usize,
    max_bytes: u64,
}

#[derive(Default)]
struct InFlight {
    chunks: usize,
    bytes: u64,
    /// The writer has stopped: nothing will be taken again.
    closed: bool,
}

impl Budget {
    fn new(max_chunks: usize, max_bytes: u64) -> Self {
        Budget { in_flight: Mutex::default(), changed: Condvar::new(), max_chunks, max_bytes }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, InFlight> {
        // The counters stay consistent even if a holder panicked: each update is one step.
        self.in_flight.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until a chunk of `bytes` fits and counts it in; false once closed.
    fn take(&self, bytes: u64) -> bool {
        let mut s = self.lock();
        while !s.closed && s.chunks > 0 && (s.chunks >= self.max_chunks || s.bytes + bytes > self.max_bytes) {
            s = self.changed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        if s.closed {
            return false;
        }
        s.chunks += 1;
        s.bytes += bytes;
        true
    }

    /// A chunk of `bytes` has been written.
    fn give(&self, bytes: u64) {
        let mut s = self.lock();
        s.chunks -= 1;
        s.bytes -= bytes;
        self.changed.notify_all();
    }

    fn close(&self) {
        self.lock().closed = true;
        self.changed.notify_all();
    }
}

struct CloseOnDrop<'a>(&'a Budget);

impl Drop for CloseOnDrop<'_> {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// Reads standard input into chunks until its end, a read error, or the writer's end. The
/// lines read before a read error are still answered.
fn read_chunks(work: mpsc::SyncSender<Chunk>, budget: &Budget) -> io::Result<()> {
    let mut input = io::stdin().lock();
    let (mut seq, mut next_line) = (0u64, 1u64);
    loop {
        let mut chunk = Chunk { seq, first_line: next_line, lines: Vec::new(), bytes: 0 };
        let mut ended = Ok(false);
        while chunk.bytes < CHUNK_BYTES as u64 && chunk.lines.len() < CHUNK_LINES {
            let mut line = Vec::new();
            match input.read_until(b'\n', &mut line) {
                Ok(0) => ended = Ok(true),
                Ok(n) => chunk.bytes += n as u64,
                Err(e) => ended = Err(e),
            }
            if !line.is_empty() {
                chunk.lines.push(line);
            }
            if !matches!(ended, Ok(false)) {
                break;
            }
        }
        if !chunk.lines.is_empty() {
            next_line += chunk.lines.len() as u64;
            // No room ever again, or no worker left: the writer has stopped (a closed pipe).
            if !budget.take(chunk.bytes) || work.send(chunk).is_err() {
                return Ok(());
            }
            seq += 1;
        }
        if ended? {
            return Ok(());
        }
    }
}

/// A worker: answers chunks until the reader is done or the writer has stopped.
fn work(chunks: &Mutex<mpsc::Receiver<Chunk>>, answers: mpsc::Sender<Answer>, rules: Option<&RuleSet>) {
    loop {
        let next = chunks.lock().map(|rx| rx.recv());
        let Ok(Ok(chunk)) = next else { return };
        let mut answer =
            Answer { seq: chunk.seq, out: Vec::new(), lines: chunk.lines.len() as u64, failed: 0, bytes: chunk.bytes };
        for (n, line) in (chunk.first_line..).zip(&chunk.lines) {
            answer.failed += u64::from(!answer_line(n, line, &mut answer.out, rules));
        }
        if answers.send(answer).is_err() {
            return;
        }
    }
}

/// Writes one output line for input line number `n`; false if it is an error line.
fn answer_line(n: u64, line: &[u8], out: &mut Vec<u8>, rules: Option<&RuleSet>) -> bool {
    let end = line.iter().rposition(|b| !matches!(b, b'\n' | b'\r')).map_or(0, |i| i + 1);
    let (id, text) = batch_line(&line[..end]);
    let result = match &text {
        // The core is total and fuzzed; should it ever panic, that line gets an error and
        // the batch goes on (a worker that died would leave its chunk unwritten).
        Ok(text) => std::panic::catch_unwind(|| analyse(text, rules))
            .unwrap_or_else(|_| Err("internal error: the analyser failed on this text; please report it".into())),
        Err(e) => Err(e.clone()),
    };
    let ok = result.is_ok();
    // Writing to a Vec cannot fail, and the documents serialise without error.
    let _ = match result {
        Ok(analysis) => serde_json::to_writer(&mut *out, &OkLine { id: &id, analysis }),
        // The `id` says which input failed, whatever the partitioning of a job that pipes
        // lines through (Spark's `TRANSFORM`); a line without one is named by its number.
        Err(error) if id.is_null() => {
            serde_json::to_writer(&mut *out, &ErrLine { id: &id, error: format!("line {n}: {error}") })
        }
        Err(error) => serde_json::to_writer(&mut *out, &ErrLine { id: &id, error }),
    };
    out.push(b'\n');
    ok
}

/// What the writer counted.
#[derive(Default)]
struct Totals {
    lines: u64,
    failed: u64,
}

/// Writes the answers in input order, with progress on a terminal.
fn write_in_order(answers: mpsc::Receiver<Answer>, budget: &Budget) -> io::Result<Totals> {
    let mut w = io::stdout().lock();
    let progress = io::stderr().is_terminal();
    let started = Instant::now();
    let mut waiting = std::collections::BTreeMap::new();
    let (mut next, mut totals, mut bytes) = (0u64, Totals::default(), 0u64);
    for answer in answers {
        waiting.insert(answer.seq, answer);
        while let Some(a) = waiting.remove(&next) {
            w.write_all(&a.out)?;
            let shown = totals.lines / 500;
            totals.lines += a.lines;
            totals.failed += a.failed;
            bytes += a.bytes;
            next += 1;
            budget.give(a.bytes);
            if progress && totals.lines / 500 > shown {
                let secs = started.elapsed().as_secs_f64().max(1e-9);
                eprint!(
                    "\rwirelens: {} lines, {} failed, {:.1} MB/s",
                    totals.lines,
                    totals.failed,
                    bytes as f64 / 1e6 / secs
                );
            }
        }
    }
    w.flush()?;
    if progress && totals.lines >= 500 {
        eprintln!(
            "\rwirelens: {} lines, {} failed, done in {:.1} s",
            totals.lines,
            totals.failed,
            started.elapsed().as_secs_f64()
        );
    }
    Ok(totals)
}

/// The exit status from how reading and writing ended.
fn finish(read: io::Result<()>, written: io::Result<Totals>) -> ExitCode {
    let totals = match written {
        Ok(totals) => totals,
        Err(e) => return write_failed(e),
    };
    if let Err(e) = read {
        eprintln!("wirelens: cannot read standard input after line {}: {e}", totals.lines);
        return ExitCode::FAILURE;
    }
    if totals.failed > 0 {
        eprintln!("wirelens: {} of {} lines failed (see their \"error\" lines)", totals.failed, totals.lines);
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A closed pipe (`| head`) is a normal end; any other write error is reported.
fn write_failed(e: io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("wirelens: cannot write: {e}");
    ExitCode::FAILURE
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    /// Takes a chunk of `bytes` while another thread gives `freed` bytes back after 100 ms;
    /// true if the take returned only after the give.
    fn take_waits_for_give(budget: &Budget, bytes: u64, freed: u64) -> bool {
        let given = AtomicBool::new(false);
        std::thread::scope(|scope| {
            scope.spawn(|| {
                std::thread::sleep(Duration::from_millis(100));
                given.store(true, Ordering::SeqCst);
                budget.give(freed);
            });
            assert!(budget.take(bytes), "the budget is not closed");
            given.load(Ordering::SeqCst)
        })
    }

    #[test]
    fn the_budget_holds_a_reader_until_the_writer_makes_room() {
        let budget = Budget::new(4, 100);
        assert!(budget.take(60));
        // 60 + 60 bytes is over 100.
        assert!(take_waits_for_give(&budget, 60, 60), "took before there was room");
    }

    #[test]
    fn the_budget_counts_chunks_and_lets_a_large_chunk_through_alone() {
        let budget = Budget::new(2, 100);
        assert!(budget.take(1_000), "a chunk over the byte budget still goes when nothing is in flight");
        budget.give(1_000);
        assert!(budget.take(1));
        assert!(budget.take(1));
        assert!(take_waits_for_give(&budget, 1, 1), "took a third chunk while two were in flight");
    }

    #[test]
    fn closing_the_budget_frees_a_waiting_reader() {
        let budget = Budget::new(1, 100);
        assert!(budget.take(1));
        std::thread::scope(|scope| {
            scope.spawn(|| {
                std::thread::sleep(Duration::from_millis(100));
                drop(CloseOnDrop(&budget));
            });
            assert!(!budget.take(1), "a closed budget refuses");
        });
    }
}
