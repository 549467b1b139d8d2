//! Runs `testdata/cases.txt`: named regression cases from real articles, in a format a
//! journalist can read and extend (see the file's header).

use serde_json::Value;

pub(super) struct Case {
    pub(super) name: String,
    pub(super) text: String,
    pub(super) checks: Vec<(String, Vec<String>)>,
}

pub(super) fn parse(data: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for line in data.lines() {
        if let Some(name) = line.strip_prefix("== ") {
            cases.push(Case { name: name.trim().to_owned(), text: String::new(), checks: Vec::new() });
            continue;
        }
        let Some(case) = cases.last_mut() else { continue };
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (key, rest) =
            line.split_once(':').map_or((line.trim(), ""), |(k, r)| (k.trim(), r.strip_prefix(' ').unwrap_or(r)));
        if key == "text" {
            case.text = rest.replace("\\n", "\n");
        } else {
            case.checks.push((key.to_owned(), rest.split(" | ").map(|s| s.to_owned()).collect()));
        }
    }
    cases
}

fn opt(v: &Value) -> String {
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => a.iter().map(opt).collect::<Vec<_>>().join(", "),
        Value::Object(o) => o.get("text").map_or("-".into(), opt),
        other => other.to_string(),
    }
}

pub(super) fn check(case: &Case, doc: &Value) -> Result<(), String> {
    let find = |list: &str, text: &str| doc[list].as_array().unwrap().iter().find(|x| x["text"] == text).cloned();
    for (key, args) in &case.checks {
        let want = |item: &Value, fields: &[&str]| -> Result<(), String> {
            for (f, w) in fields.iter().zip(&args[1..]) {
                let got = opt(&item[*f]);
                if &got != w {
                    return Err(format!("{key} {:?}: {f} is {got:?}, want {w:?}", args[0]));
                }
            }
            Ok(())
        };
        match key.as_str() {
            "quote" => want(
                &find("quotes", &args[0]).ok_or(format!("no quote {:?}", args[0]))?,
                &["speaker", "source", "cue"],
            )?,
            "reported" => {
                let q = find("quotes", &args[0]).ok_or(format!("no reported speech {:?}", args[0]))?;
                if q["kind"] != "indirect" {
                    return Err(format!("{:?} is a quote of kind {}, want indirect", args[0], q["kind"]));
                }
                want(&q, &["speaker", "source", "cue"])?
            }
            "no-reported" => {
                let reported = doc["quotes"].as_array().unwrap().iter().filter(|q| q["kind"] == "indirect");
                if let Some(x) =
                    reported.clone().find(|x| x["text"].as_str().is_some_and(|t| t.contains(args[0].as_str())))
                {
                    return Err(format!("unexpected reported speech {:?}", opt(x)));
                }
            }
            "source" => {
                let s = doc["sources"].as_array().unwrap().iter().find(|x| x["name"] == args[0].as_str());
                want(s.ok_or(format!("no source named {:?}", args[0]))?, &["type", "description"])?
            }
            "figure" => {
                want(&find("figures", &args[0]).ok_or(format!("no figure {:?}", args[0]))?, &["kind", "value", "unit"])?
            }
            "credit" => want(
                &find("credits", &args[0]).ok_or(format!("no credit {:?}", args[0]))?,
                &["role", "names", "agency"],
            )?,
            "dateline" => {
                let d = &doc["dateline"];
                if d["text"] != args[0].as_str() {
                    return Err(format!("dateline is {:?}, want {:?}", opt(d), args[0]));
                }
                want(d, &["location", "agency", "date"])?;
            }
            "no-dateline" if !doc["dateline"].is_null() => {
                return Err(format!("unexpected dateline {:?}", opt(&doc["dateline"])))
            }
            "no-dateline" => {}
            "no-quote" | "no-figure" | "no-credit" => {
                let list = match key.as_str() {
                    "no-quote" => "quotes",
                    "no-figure" => "figures",
                    _ => "credits",
                };
                if let Some(x) = doc[list]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|x| x["text"].as_str().is_some_and(|t| t.contains(args[0].as_str())))
                {
                    return Err(format!("unexpected {list} item {:?}", opt(x)));
                }
            }
            other => return Err(format!("unknown check {other:?}")),
        }
    }
    Ok(())
}

#[test]
fn named_regression_cases() {
    run_cases(include_str!("../../testdata/cases.txt"), 20);
}

#[test]
fn external_test_sentences() {
    run_cases(include_str!("../../testdata/external_cases.txt"), 15);
}

fn run_cases(data: &str, at_least: usize) {
    let cases = parse(data);
    assert!(cases.len() >= at_least, "parsed {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let doc = serde_json::to_value(super::invariants::analyse_checked(&case.text)).unwrap();
        if let Err(e) = check(case, &doc) {
            failures.push(format!("{}: {e}", case.name));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
