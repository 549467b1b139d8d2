//! `wirelens`: the command-line front end.
//!
//! ```text
//! wirelens FILE|-        the analysis document of one text, as JSON
//! wirelens --jsonl       batch: {"id","text"} lines in, {"id","analysis"} lines out
//! ```
//!
//! Batch mode never drops a line: every input line gets exactly one output line, in order,
//! either `{"id", "analysis"}` or `{"id", "error"}`; the exit status is 1 if any line failed.

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "\
wirelens — annotate wire stories: dateline, quotes and who said them, figures, credits

USAGE:
    wirelens [--compact] FILE     print the analysis of FILE as JSON (FILE may be - for stdin)
    wirelens --jsonl              batch: one {\"id\",\"text\"} JSON object per input line,
                                  one {\"id\",\"analysis\"} (or {\"id\",\"error\"}) line out, in order
    wirelens --help | --version

Offsets are UTF-16 code units, as in JavaScript. Inputs over 64 MiB are refused.
Exit status: 0 on success, 1 if any input failed, 2 on a usage error.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut compact = false;
    let mut jsonl = false;
    let mut file = None;
    for a in &args {
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
            s if s.starts_with("--") => return usage_error(&format!("unknown option {s}")),
            s => {
                if file.replace(s.to_owned()).is_some() {
                    return usage_error("give one FILE (or - for standard input)");
                }
            }
        }
    }
    match (jsonl, file) {
        (true, None) => batch(),
        (true, Some(_)) => usage_error("--jsonl reads standard input; give no FILE"),
        (false, Some(f)) => single(&f, compact),
        (false, None) => usage_error("give a FILE, - for standard input, or --jsonl"),
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("wirelens: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

/// Analyses one text and returns its document as a JSON value.
fn analyse(text: &str) -> Result<wirelens::Document<'_>, String> {
    if text.len() > wirelens::MAX_INPUT_BYTES {
        return Err(format!(
            "text is {} bytes; the limit is {} bytes (64 MiB)",
            text.len(),
            wirelens::MAX_INPUT_BYTES
        ));
    }
    Ok(wirelens::document(text, &wirelens::analyze(text)))
}

fn single(path: &str, compact: bool) -> ExitCode {
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
    let doc = match analyse(&text) {
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
    analysis: wirelens::Document<'a>,
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
            let why = if std::str::from_utf8(line).is_err() { "line is not valid UTF-8" } else { "line is not valid JSON" };
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

fn batch() -> ExitCode {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let out = io::stdout();
    let mut w = BufWriter::with_capacity(1 << 16, out.lock());
    let progress = io::stderr().is_terminal();
    let started = Instant::now();
    let (mut lines, mut failed, mut bytes) = (0u64, 0u64, 0u64);
    let mut line = Vec::new();
    loop {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(n) => bytes += n as u64,
            Err(e) => {
                eprintln!("wirelens: cannot read standard input: {e}");
                return ExitCode::FAILURE;
            }
        }
        while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            line.pop();
        }
        lines += 1;
        let (id, text) = batch_line(&line);
        let result = match &text {
            Ok(text) => analyse(text),
            Err(e) => Err(e.clone()),
        };
        let written = match result {
            Ok(analysis) => serde_json::to_writer(&mut w, &OkLine { id: &id, analysis }),
            Err(error) => {
                failed += 1;
                serde_json::to_writer(&mut w, &ErrLine { id: &id, error: format!("line {lines}: {error}") })
            }
        };
        if let Err(e) = written.map_err(io::Error::from).and_then(|_| w.write_all(b"\n")) {
            return write_failed(e);
        }
        if progress && lines % 500 == 0 {
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            eprint!("\rwirelens: {lines} lines, {failed} failed, {:.1} MB/s", bytes as f64 / 1e6 / secs);
        }
    }
    if let Err(e) = w.flush() {
        return write_failed(e);
    }
    if progress && lines >= 500 {
        eprintln!("\rwirelens: {lines} lines, {failed} failed, done in {:.1} s", started.elapsed().as_secs_f64());
    }
    if failed > 0 {
        eprintln!("wirelens: {failed} of {lines} lines failed (see their \"error\" lines)");
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
