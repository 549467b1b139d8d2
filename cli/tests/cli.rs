//! The command line as the contract describes it: `wirelens FILE|-` and `wirelens --jsonl`,
//! with error lines for bad input, order kept, no line dropped, and the exit status.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The binary with all three standard streams piped.
fn spawn(args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_wirelens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

const SEED: &str = include_str!("../../www/samples/seed.txt");

#[test]
fn file_and_stdin_give_the_seed_document() {
    let expected: serde_json::Value = serde_json::from_str(include_str!("../../testdata/seed.expected.json")).unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../www/samples/seed.txt");
    let out = run(&[path], b"");
    assert!(out.status.success());
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap(), expected);
    let out = run(&["-"], SEED.as_bytes());
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap(), expected);
}

#[test]
fn jsonl_answers_every_line_in_order_with_errors_for_bad_ones() {
    let mut input = Vec::new();
    input.extend_from_slice(serde_json::json!({"id": "a", "text": SEED}).to_string().as_bytes());
    input.extend_from_slice(b"\n{not json\n\n{\"id\": \"c\"}\n{\"id\": 4, \"text\": 5}\n[1,2]\n");
    input.extend_from_slice(b"{\"id\": \"bad-utf8\", \"text\": \"\xff\xfe\"}\n");
    input.extend_from_slice(b"{\"id\": \"crlf\", \"text\": \"He said.\"}\r\n");
    input.extend_from_slice(b"{\"id\": \"last\", \"text\": \"no newline at the end\"}");
    let out = run(&["--jsonl"], &input);
    let got = lines(&out);
    assert_eq!(got.len(), 9, "one output line per input line");
    assert_eq!(got[0]["id"], "a");
    // The seed: two quotations and five reports without quote marks.
    assert_eq!(got[0]["analysis"]["quotes"].as_array().unwrap().len(), 7);
    assert!(got[1]["error"].as_str().unwrap().contains("not valid JSON"));
    assert!(got[2]["error"].as_str().unwrap().contains("empty line"));
    assert_eq!(got[3]["id"], "c");
    assert!(got[3]["error"].as_str().unwrap().contains("missing \"text\""));
    assert_eq!(got[4]["id"], 4);
    assert!(got[4]["error"].as_str().unwrap().contains("not a string"));
    assert!(got[5]["error"].as_str().unwrap().contains("not a JSON object"));
    assert!(got[6]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(got[7]["id"], "crlf");
    assert!(got[7]["analysis"].is_object());
    assert_eq!(got[8]["id"], "last");
    assert_eq!(out.status.code(), Some(1), "non-zero when a line failed");
}

#[test]
fn jsonl_succeeds_when_every_line_does() {
    let out = run(&["--jsonl"], b"{\"id\":\"x\",\"text\":\"KABUL (Reuters) - Hi.\"}\n");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&out)[0]["analysis"]["dateline"]["location"], "KABUL");
}

#[test]
fn usage_errors_and_unreadable_files() {
    assert_eq!(run(&[], b"").status.code(), Some(2));
    assert_eq!(run(&["--nope"], b"").status.code(), Some(2));
    let out = run(&["/no/such/file"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /no/such/file"));
    let out = run(&["-"], b"\xff\xfe bad");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

#[test]
fn jsonl_handles_a_50_mb_line_and_refuses_one_over_the_limit() {
    let sentence = "“We met 200 Taliban prisoners on Friday night,” a spokesman told Reuters. ";
    let big = sentence.repeat(50_000_000 / sentence.len());
    let over = "x".repeat(wirelens::MAX_INPUT_BYTES + 10);
    let mut input = Vec::new();
    for (id, text) in [("big", &big), ("over", &over)] {
        input.extend_from_slice(serde_json::json!({"id": id, "text": text}).to_string().as_bytes());
        input.push(b'\n');
    }
    input.extend_from_slice(b"{\"id\":\"after\",\"text\":\"still here\"}\n");
    let out = run(&["--jsonl"], &input);
    let got = lines(&out);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0]["id"], "big");
    assert!(got[0]["analysis"]["quotes"].as_array().unwrap().len() > 600_000);
    assert_eq!(got[1]["id"], "over");
    assert!(got[1]["error"].as_str().unwrap().contains("limit"), "{}", got[1]["error"]);
    assert_eq!(got[2]["id"], "after");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn jsonl_gives_the_same_output_for_any_number_of_jobs() {
    // More lines than one chunk holds, with error lines among them: the threads must keep
    // the order, and the line numbers in error messages must count across chunks.
    let mut input = Vec::new();
    for n in 1..=5_000 {
        if n % 997 == 0 {
            input.extend_from_slice(b"{not json\n");
        } else {
            let text = format!("WASHINGTON (Reuters) - {n} people came, \u{201c}It is fine,\u{201d} he said.");
            input.extend_from_slice(serde_json::json!({"id": n, "text": text}).to_string().as_bytes());
            input.push(b'\n');
        }
    }
    let one = run(&["--jsonl", "--jobs", "1"], &input);
    let four = run(&["--jsonl", "--jobs=4"], &input);
    assert_eq!(one.stdout, four.stdout);
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(four.status.code(), Some(1));
    let got = lines(&four);
    assert_eq!(got.len(), 5_000);
    assert_eq!(got[4_499]["id"], 4_500);
    assert_eq!(got[4_499]["analysis"]["figures"][0]["value"], 4_500.0);
    assert!(got[3_987]["error"].as_str().unwrap().starts_with("line 3988: "), "{}", got[3_987]["error"]);
    assert!(String::from_utf8_lossy(&four.stderr).contains("5 of 5000 lines failed"));
}

#[test]
fn jsonl_errors_name_their_input_by_id_not_by_line() {
    let input = b"{\"id\": \"a-17\", \"text\": 5}\n{\"id\": \"b\", \"text\": \"Fine.\"}\n{\"text\": null}\n";
    let out = run(&["--jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!(got[0]["id"], "a-17");
    assert_eq!(got[0]["error"], "\"text\" is not a string");
    assert!(got[1]["analysis"].is_object());
    assert_eq!(got[2]["id"], serde_json::Value::Null);
    assert_eq!(got[2]["error"], "line 3: \"text\" is not a string");
}

#[test]
fn jsonl_reports_an_unreadable_input() {
    // A directory as standard input: reading it fails at once (EISDIR).
    let dir = std::fs::File::open(env!("CARGO_MANIFEST_DIR")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_wirelens")).arg("--jsonl").stdin(dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot read standard input"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn jobs_must_be_a_number_and_only_for_batches() {
    for args in
        [&["--jsonl", "--jobs"][..], &["--jsonl", "--jobs", "0"], &["--jsonl", "--jobs=x"], &["--jobs", "2", "-"]]
    {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--jobs"), "{args:?}");
    }
}

#[test]
fn a_closed_output_pipe_ends_the_run_quietly() {
    // Like `wirelens --jsonl < big.jsonl | head -1`: the reader goes away early.
    let line = serde_json::json!({"id": "x", "text": SEED}).to_string();
    let mut child = spawn(&["--jsonl"]);
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for _ in 0..20_000 {
            if writeln!(stdin, "{line}").is_err() {
                break;
            }
        }
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let status = child.wait().unwrap();
    writer.join().unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert!(status.success(), "exit {status:?}, stderr {err}");
    assert!(!err.contains("panicked"), "{err}");
}

const RULES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../www/samples/house-rules.json");

/// A rules file written for one test.
fn rules_file(name: &str, json: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("wirelens-cli-{}-{name}.json", std::process::id()));
    std::fs::write(&path, json).unwrap();
    path
}

#[test]
fn rules_add_their_matches_to_the_document_and_nothing_else() {
    let plain = run(&["-"], SEED.as_bytes());
    let ruled = run(&["--rules", RULES, "-"], SEED.as_bytes());
    assert!(ruled.status.success(), "{}", String::from_utf8_lossy(&ruled.stderr));
    let mut with: serde_json::Value = serde_json::from_slice(&ruled.stdout).unwrap();
    let without: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert!(without.get("rules").is_none(), "no rules given, no `rules` key");
    let hits = with.as_object_mut().unwrap().remove("rules").unwrap();
    assert_eq!(with, without, "the rest of the document is unchanged");
    let utf16: Vec<u16> = SEED.encode_utf16().collect();
    let found: Vec<(&str, &str)> =
        hits.as_array().unwrap().iter().map(|h| (h["rule"].as_str().unwrap(), h["text"].as_str().unwrap())).collect();
    assert_eq!(found, [("prisoners", "200 Taliban prisoners"), ("reuters-tv", "REUTERS TV")]);
    for h in hits.as_array().unwrap() {
        let (start, end) = (h["start"].as_u64().unwrap() as usize, h["end"].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16(&utf16[start..end]).unwrap(), h["text"].as_str().unwrap());
    }
}

#[test]
fn rules_apply_to_every_batch_line() {
    let input = "{\"id\":1,\"text\":\"He allegedly slammed the door.\"}\n{\"id\":2,\"text\":\"Nothing here.\"}\n";
    let out = run(&["--jsonl", "--rules", RULES], input.as_bytes());
    assert!(out.status.success());
    let l = lines(&out);
    let rules: Vec<&str> =
        l[0]["analysis"]["rules"].as_array().unwrap().iter().map(|h| h["rule"].as_str().unwrap()).collect();
    assert_eq!(rules, ["allegedly", "slammed"]);
    assert_eq!(l[1]["analysis"]["rules"], serde_json::json!([]));
}

#[test]
fn a_bad_rule_is_named_on_stderr_and_the_others_still_run() {
    let path = rules_file(
        "bad",
        r#"[{"id":"open","pattern":"slam(med","regex":true},{"id":"star","pattern":"a*","regex":true},
            {"pattern":"no id"},{"id":"ok","pattern":"door"}]"#,
    );
    let out = run(&["--compact", "--rules", path.to_str().unwrap(), "-"], b"He slammed the door.");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("rule \"open\"") && err.contains("unclosed group") && err.contains("slam(med"), "{err}");
    assert!(err.contains("rule \"star\"") && err.contains("empty string"), "{err}");
    assert!(err.contains("rule number 3") && err.contains("missing field `id`"), "{err}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["rules"], serde_json::json!([{"rule": "ok", "start": 15, "end": 19, "text": "door"}]));
    std::fs::remove_file(path).unwrap();
}

#[test]
fn an_unusable_rules_file_is_a_usage_error() {
    let not_list = rules_file("object", r#"{"id":"x","pattern":"y"}"#);
    let not_json = rules_file("text", "allegedly\nslammed\n");
    for (path, why) in [
        (not_list.to_str().unwrap(), "must hold a JSON list"),
        (not_json.to_str().unwrap(), "is not valid JSON"),
        ("/nonexistent/rules.json", "cannot read the rules file"),
    ] {
        let out = run(&["--rules", path, "-"], b"text");
        assert_eq!(out.status.code(), Some(2), "{path}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(why), "{path}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stdout.is_empty());
    }
    let out = run(&["-", "--rules"], b"text");
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_file(not_list).unwrap();
    std::fs::remove_file(not_json).unwrap();
}
