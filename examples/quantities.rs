//! Prints the quantities of a text as JSON Lines.
//!
//! ```text
//! cargo run --example quantities -- [--lang en|fr|ja|auto] [FILE]
//! ```
//!
//! Reads FILE, or standard input when FILE is absent or `-`. Each line of
//! output is `{"start":..,"end":..,"text":..,"min":..,"max":..,"unit":..,"approximate":..}`
//! with byte offsets into the input; an open bound is `null`.
//!
//! Batch mode, for comparisons with other tools (`scripts/compare-peers`):
//!
//! ```text
//! cargo run --release --example quantities -- --jsonl-input [--repeat N] [--lang ..] FILE
//! ```
//!
//! reads one JSON object `{"text": .., "lang": "en"}` per line (`lang`
//! optional, else `--lang`, else detection), prints one line per input,
//! `[{"min":..,"max":..,"unit":..,"written_min":..,"written_max":..,"text":..}, ..]`
//! (`written_*`: the figure as written, before widening "about 5" to a range), and on standard error
//! `timing: sentences=N seconds=S cpu_seconds=C` for N sentences recognised
//! in S seconds of recognition alone, C of them on the CPU (reading and
//! printing excluded; the whole list is recognised `--repeat` times,
//! default 1, and more until `--min-seconds S` have passed, default 0; the
//! output is the first pass; `cpu_seconds` only where Linux's
//! `/proc/thread-self/schedstat` exists).
//! With `--numbers` it prints every numeral instead
//! (`QuantityRecognizer::numbers`), as `{"min":v,"max":v,"text":..}`; an
//! input line may choose for itself with `"api": "numbers"` or
//! `"api": "quantities"`, so that a mixed list is recognised in one pass with
//! the API each sentence needs.

#[path = "support/timed_passes.rs"]
mod timed_passes;

use std::io::{Read, Write};
use std::process::ExitCode;

use corroborate::Language;
use corroborate::recognize::QuantityRecognizer;

const USAGE: &str = "usage: quantities [--lang en|fr|ja|auto] [--jsonl-input [--repeat N] [--min-seconds S] [--numbers]] [FILE]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut lang: Option<Language> = None;
    let mut file: Option<String> = None;
    let mut jsonl = false;
    let mut repeat = 1usize;
    let mut min_seconds = 0.0f64;
    let mut numbers = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let value = args
                    .next()
                    .ok_or("expected a language after `--lang`, found nothing")?;
                lang = parse_lang(&value)?;
            }
            s if s.starts_with("--lang=") => lang = parse_lang(&s["--lang=".len()..])?,
            "--jsonl-input" => jsonl = true,
            "--numbers" => numbers = true,
            "--repeat" => {
                let value = args.next().ok_or("expected a count after `--repeat`")?;
                repeat = value.parse().ok().filter(|&n| n > 0).ok_or(format!(
                    "expected a positive count after `--repeat`, found `{value}`"
                ))?;
            }
            "--min-seconds" => {
                let value = args
                    .next()
                    .ok_or("expected seconds after `--min-seconds`")?;
                min_seconds = value
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s >= 0.0)
                    .ok_or(format!(
                        "expected a number of seconds after `--min-seconds`, found `{value}`"
                    ))?;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            s if s.starts_with('-') && s != "-" => {
                return Err(format!("unknown option `{s}`"));
            }
            s => {
                if file.is_some() {
                    return Err(format!("expected one input file, found a second: `{s}`"));
                }
                file = Some(s.to_owned());
            }
        }
    }
    let mut text = String::new();
    match file.as_deref() {
        None | Some("-") => std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read standard input: {e}"))?,
        Some(path) => {
            text =
                std::fs::read_to_string(path).map_err(|e| format!("cannot read `{path}`: {e}"))?;
            0
        }
    };
    if jsonl {
        return batch(&text, lang, (repeat, min_seconds), numbers);
    }
    let recognizer = match lang {
        Some(l) => QuantityRecognizer::new(l),
        None => QuantityRecognizer::builder().auto_detect().build(),
    };
    for m in recognizer.find(&text) {
        let line = serde_json::json!({
            "start": m.span.start,
            "end": m.span.end,
            "text": m.text,
            "min": m.quantity.min(),
            "max": m.quantity.max(),
            "unit": m.quantity.unit().map(|u| u.to_string()),
            "approximate": m.approximate,
        });
        println!("{line}");
    }
    Ok(())
}

/// The `--jsonl-input` mode: one sentence per line, timed in process.
fn batch(
    input: &str,
    lang: Option<Language>,
    (repeat, min_seconds): (usize, f64),
    numbers: bool,
) -> Result<(), String> {
    let mut sentences = Vec::new();
    for (n, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| format!("line {}: expected a JSON object: {e}", n + 1))?;
        let text = value["text"]
            .as_str()
            .ok_or(format!("line {}: expected a string field `text`", n + 1))?
            .to_owned();
        let line_lang = match value["lang"].as_str() {
            Some(l) => parse_lang(l)?,
            None => lang,
        };
        let line_numbers = match value["api"].as_str() {
            None => numbers,
            Some("numbers") => true,
            Some("quantities") => false,
            Some(other) => {
                return Err(format!(
                    "line {}: expected `numbers` or `quantities` in field `api`, found `{other}`",
                    n + 1
                ));
            }
        };
        sentences.push((text, line_lang, line_numbers));
    }
    // One recognizer per language, built before the clock starts, as a
    // long-running caller would.
    let auto = QuantityRecognizer::builder().auto_detect().build();
    let by_lang: Vec<(Language, QuantityRecognizer)> = Language::ALL
        .iter()
        .map(|&l| (l, QuantityRecognizer::new(l)))
        .collect();
    let recognizer = |l: Option<Language>| {
        l.and_then(|l| by_lang.iter().find(|(k, _)| *k == l).map(|(_, r)| r))
            .unwrap_or(&auto)
    };
    let mut found: Vec<Vec<serde_json::Value>> = Vec::new();
    let timing = timed_passes::timed_passes(sentences.len(), repeat, min_seconds, |pass| {
        for (text, l, numbers) in &sentences {
            let recognizer = recognizer(*l);
            if *numbers {
                let matches = recognizer.numbers(text);
                if pass == 0 {
                    found.push(
                        matches
                            .iter()
                            .map(|m| {
                                serde_json::json!({
                                    "min": m.value,
                                    "max": m.value,
                                    "text": &text[m.span.start..m.span.end],
                                })
                            })
                            .collect(),
                    );
                } else {
                    std::hint::black_box(matches);
                }
            } else {
                let matches = recognizer.find(text);
                if pass == 0 {
                    found.push(
                        matches
                            .iter()
                            .map(|m| {
                                serde_json::json!({
                                    "min": m.quantity.min(),
                                    "max": m.quantity.max(),
                                    "unit": m.quantity.unit().map(|u| u.to_string()),
                                    "written_min": m.written.min(),
                                    "written_max": m.written.max(),
                                    "text": m.text,
                                })
                            })
                            .collect(),
                    );
                } else {
                    std::hint::black_box(matches);
                }
            }
        }
    });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in found {
        writeln!(out, "{}", serde_json::Value::from(line)).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    eprintln!("{timing}");
    Ok(())
}

fn parse_lang(value: &str) -> Result<Option<Language>, String> {
    match value {
        "en" => Ok(Some(Language::English)),
        "fr" => Ok(Some(Language::French)),
        "ja" => Ok(Some(Language::Japanese)),
        "auto" => Ok(None),
        other => Err(format!(
            "expected `en`, `fr`, `ja` or `auto` after `--lang`, found `{other}`"
        )),
    }
}
