//! `wirelens._core`: the wirelens core as a CPython extension module. It only translates:
//! Python strings in, the contract document out, either as the JSON text the CLI writes
//! (`serde_json` of [`wirelens::document()`]) or as Python objects made from the same
//! `Serialize` implementation (`pythonize`), so Python, Spark and the CLI cannot disagree.
//! The Python package (`python/wirelens`) wraps it and adds the Spark and Dask helpers.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Texts handed to a worker at a time: enough that taking the next costs nothing.
const BATCH: usize = 16;

/// The contract document of `text` as JSON text, exactly the `analysis` of the CLI's
/// `--jsonl` output for the same text. Releases the GIL while it analyses.
///
/// Raises `TypeError` for a non-string, `ValueError` for a text over the 64 MiB limit or one
/// that holds a lone surrogate (it cannot be UTF-8).
#[pyfunction]
fn analyze_json(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<String> {
    let text = checked_text(text)?;
    py.detach(|| analyse(&text).and_then(|a| to_json(&text, &a))).map_err(PyValueError::new_err)
}

/// The contract document of `text` as Python objects (a `dict`), equal to `json.loads` of
/// [`analyze_json`]'s. Raises as it does.
#[pyfunction]
fn analyze<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let text = checked_text(text)?;
    let analysis = py.detach(|| analyse(&text)).map_err(PyValueError::new_err)?;
    to_python(py, &text, &analysis)
}

/// The analyses of `texts` (any iterable), in order, one `(json, None)` or `(None, error)`
/// pair per item: a bad item (`None`, not a string, a lone surrogate, over the limit) gets
/// its error and the others go on. Up to `jobs` threads (default: one per core) analyse
/// with the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, jobs=None))]
fn analyze_many_json(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    jobs: Option<usize>,
) -> PyResult<Vec<(Option<String>, Option<String>)>> {
    let (inputs, jobs) = batch(texts, jobs)?;
    let answers = py.detach(|| in_parallel(&inputs, jobs, |text| analyse(text).and_then(|a| to_json(text, &a))));
    Ok(answers.into_iter().map(|a| a.map_or_else(|e| (None, Some(e)), |json| (Some(json), None))).collect())
}

/// The analyses of `texts` as Python objects, in order: the document's `dict`, or
/// `{"error": "…"}` for a bad item. The texts are analysed by up to `jobs` threads with the
/// GIL released; the objects are then made with it held.
#[pyfunction]
#[pyo3(signature = (texts, jobs=None))]
fn analyze_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    jobs: Option<usize>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let (inputs, jobs) = batch(texts, jobs)?;
    let analyses = py.detach(|| in_parallel(&inputs, jobs, analyse));
    inputs
        .iter()
        .zip(analyses)
        // (An input without a text has an error, never an analysis.)
        .map(|(input, analysis)| match analysis {
            Ok(analysis) => to_python(py, input.as_deref().unwrap_or_default(), &analysis),
            Err(error) => {
                let d = PyDict::new(py);
                d.set_item("error", error)?;
                Ok(d.into_any())
            }
        })
        .collect()
}

/// The texts of a batch (or why an item has none) and the number of threads to use.
fn batch(texts: &Bound<'_, PyAny>, jobs: Option<usize>) -> PyResult<(Vec<Result<String, String>>, usize)> {
    let jobs = match jobs {
        Some(0) => return Err(PyValueError::new_err("jobs must be at least 1")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let inputs = texts.try_iter()?.map(|item| item.map(|i| text_of(&i))).collect::<PyResult<_>>()?;
    Ok((inputs, jobs))
}

/// The text of a single call's argument: `TypeError` for a non-string, `ValueError` for a
/// string with a lone surrogate.
fn checked_text(text: &Bound<'_, PyAny>) -> PyResult<String> {
    text_of(text).map_err(|why| match text.is_instance_of::<PyString>() {
        true => PyValueError::new_err(why),
        false => PyTypeError::new_err(why),
    })
}

/// The text of a Python object, or why it has none.
fn text_of(item: &Bound<'_, PyAny>) -> Result<String, String> {
    if item.is_none() {
        return Err("expected a str, got None".into());
    }
    if !item.is_instance_of::<PyString>() {
        let kind = item.get_type().name().map_or_else(|_| "?".to_owned(), |n| n.to_string());
        return Err(format!("expected a str, got {kind}"));
    }
    item.extract::<String>()
        .map_err(|_| "the text holds a lone surrogate, which is not Unicode text (it cannot be UTF-8)".to_owned())
}

/// One text's analysis; an error for an oversized text, or should the core ever panic (it
/// is total and fuzzed), as the CLI does.
fn analyse(text: &str) -> Result<wirelens::Analysis, String> {
    wirelens::check_input_size(text)?;
    std::panic::catch_unwind(|| wirelens::analyze(text))
        .map_err(|_| "internal error: the analyser failed on this text; please report it".to_owned())
}

fn to_json(text: &str, analysis: &wirelens::Analysis) -> Result<String, String> {
    serde_json::to_string(&wirelens::document(text, analysis)).map_err(|e| format!("internal error: {e}"))
}

fn to_python<'py>(py: Python<'py>, text: &str, analysis: &wirelens::Analysis) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, &wirelens::document(text, analysis)).map_err(PyErr::from)
}

/// `answer` of every input that has a text, in order, from up to `jobs` threads that take the
/// next `BATCH` inputs as they finish (articles vary in length by a thousand times).
fn in_parallel<T: Send>(
    inputs: &[Result<String, String>],
    jobs: usize,
    answer: impl Fn(&str) -> Result<T, String> + Sync,
) -> Vec<Result<T, String>> {
    let one = |input: &Result<String, String>| input.as_ref().map_err(Clone::clone).and_then(|t| answer(t));
    let jobs = jobs.min(inputs.len().div_ceil(BATCH)).max(1);
    if jobs == 1 {
        return inputs.iter().map(one).collect();
    }
    let next = AtomicUsize::new(0);
    let mut parts: Vec<(usize, Vec<Result<T, String>>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let from = next.fetch_add(BATCH, Ordering::Relaxed);
                        if from >= inputs.len() {
                            return done;
                        }
                        let to = (from + BATCH).min(inputs.len());
                        done.push((from, inputs[from..to].iter().map(one).collect()));
                    }
                })
            })
            .collect();
        // `answer` catches the core's panics: a worker that still fails fails the call
        // (PyO3 raises it), rather than losing its inputs silently.
        workers.into_iter().flat_map(|w| w.join().expect("a wirelens worker thread failed")).collect()
    });
    parts.sort_unstable_by_key(|(from, _)| *from);
    parts.into_iter().flat_map(|(_, answers)| answers).collect()
}

/// `wirelens._core`.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many_json, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("CONTRACT_VERSION", wirelens::CONTRACT_VERSION)?;
    m.add("MAX_INPUT_BYTES", wirelens::MAX_INPUT_BYTES)?;
    Ok(())
}
