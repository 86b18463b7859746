//! Prints the time expressions of a text as JSON Lines.
//!
//! ```text
//! cargo run --example times -- [--lang en|fr|ja] [--published RFC3339] [--tz ZONE] [FILE]
//! ```
//!
//! Reads FILE, or standard input when it is absent or `-`. Each line is
//! `{"start","end","text","from","to","granularity"}` with byte offsets
//! into the input; `from`/`to` are `null` when open or when the expression
//! needs `--published` and it was not given. Without `--lang` the language
//! is detected. Exits with status 2 on a bad argument, 1 on a read error.
//!
//! Batch mode, for comparisons with other tools (`scripts/compare-peers`):
//!
//! ```text
//! cargo run --release --example times -- --jsonl-input [--repeat N] [--lang ..] FILE
//! ```
//!
//! reads one JSON object `{"text": .., "lang": "fr", "reference":
//! "2016-11-07T00:00:00"}` per line (`lang` optional, else `--lang`, else
//! detection; `reference` optional: a local date-time that relative
//! expressions resolve against, taken in UTC), prints one line per input,
//! `[{"from":..,"to":..,"granularity":..,"text":..}, ..]`, and on standard
//! error `timing: sentences=N seconds=S cpu_seconds=C` for the recognition
//! alone, in wall-clock and CPU seconds (reading and printing excluded; the
//! list is recognised `--repeat` times, default 1, and more until
//! `--min-seconds S` have passed, default 0; the output is the first pass;
//! `cpu_seconds` only where Linux's `/proc/thread-self/schedstat` exists).

#[path = "support/timed_passes.rs"]
mod timed_passes;

use std::io::{Read, Write};
use std::process::ExitCode;

use chrono::DateTime;
use corroborate::Language;
use corroborate::lang::detect;
use corroborate::recognize::{Anchor, TimeRecognizer, TimeZone};

const USAGE: &str = "usage: times [--lang en|fr|ja] [--published 2025-12-13T09:00:00+01:00] [--tz UTC|Europe/Paris|+09:00] [FILE|-]\n       times --jsonl-input [--repeat N] [--min-seconds S] [--lang en|fr|ja] FILE";

struct Args {
    lang: Option<Language>,
    published: Option<String>,
    tz: Option<TimeZone>,
    path: Option<String>,
    jsonl: bool,
    repeat: usize,
    min_seconds: f64,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        lang: None,
        published: None,
        tz: None,
        path: None,
        jsonl: false,
        repeat: 1,
        min_seconds: 0.0,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("expected a value after `{name}`"));
        match a.as_str() {
            "--lang" => {
                let v = value("--lang")?;
                args.lang = Some(match v.as_str() {
                    "en" => Language::English,
                    "fr" => Language::French,
                    "ja" => Language::Japanese,
                    _ => {
                        return Err(format!(
                            "expected `en`, `fr` or `ja` after `--lang`, found `{v}`"
                        ));
                    }
                });
            }
            "--published" => args.published = Some(value("--published")?),
            "--tz" => {
                let v = value("--tz")?;
                args.tz = Some(v.parse().map_err(|e| format!("invalid `--tz`: {e}"))?);
            }
            "--jsonl-input" => args.jsonl = true,
            "--repeat" => {
                let v = value("--repeat")?;
                args.repeat = v.parse().ok().filter(|&n: &usize| n > 0).ok_or(format!(
                    "expected a positive count after `--repeat`, found `{v}`"
                ))?;
            }
            "--min-seconds" => {
                let v = value("--min-seconds")?;
                args.min_seconds = v
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s >= 0.0)
                    .ok_or(format!(
                        "expected a number of seconds after `--min-seconds`, found `{v}`"
                    ))?;
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option `{s}`")),
            s => {
                if args.path.is_some() {
                    return Err(format!("expected one input file, found a second one `{s}`"));
                }
                args.path = Some(s.to_owned());
            }
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut text = String::new();
    let read = match args.path.as_deref() {
        None | Some("-") => std::io::stdin().read_to_string(&mut text).map(drop),
        Some(p) => std::fs::read_to_string(p).map(|t| text = t),
    };
    if let Err(e) = read {
        eprintln!(
            "error: cannot read `{}`: {e}",
            args.path.as_deref().unwrap_or("-")
        );
        return ExitCode::FAILURE;
    }
    if args.jsonl {
        return match batch(&text, args.lang, args.repeat, args.min_seconds) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        };
    }
    let Some(lang) = args.lang.or_else(|| detect(&text)) else {
        eprintln!("error: cannot tell the language of the input; pass `--lang en|fr|ja`");
        return ExitCode::from(2);
    };
    let anchor = match args.published.as_deref().map(DateTime::parse_from_rfc3339) {
        None => None,
        Some(Ok(p)) => {
            let a = Anchor::from_published(p, lang);
            Some(match args.tz {
                Some(tz) => a.with_time_zone(tz),
                None => a,
            })
        }
        Some(Err(e)) => {
            eprintln!(
                "error: expected an RFC 3339 date-time after `--published` such as \
                 `2025-12-13T09:00:00+01:00`, found `{}` ({e})",
                args.published.unwrap_or_default()
            );
            return ExitCode::from(2);
        }
    };
    let recognizer = TimeRecognizer::new(lang);
    for m in recognizer.find(&text, anchor.as_ref()) {
        let time = m.time.as_ref();
        let line = serde_json::json!({
            "start": m.span.start,
            "end": m.span.end,
            "text": m.text,
            "from": time.and_then(|t| t.from()),
            "to": time.and_then(|t| t.to()),
            "granularity": m.granularity,
        });
        println!("{line}");
    }
    ExitCode::SUCCESS
}

fn parse_lang(value: &str) -> Result<Language, String> {
    match value {
        "en" => Ok(Language::English),
        "fr" => Ok(Language::French),
        "ja" => Ok(Language::Japanese),
        other => Err(format!("expected `en`, `fr` or `ja`, found `{other}`")),
    }
}

/// The `--jsonl-input` mode: one sentence per line, timed in process.
fn batch(
    input: &str,
    lang: Option<Language>,
    repeat: usize,
    min_seconds: f64,
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
        let language = match value["lang"].as_str() {
            Some(l) => parse_lang(l)?,
            None => lang.or_else(|| detect(&text)).unwrap_or(Language::English),
        };
        let anchor = match value["reference"].as_str() {
            None => None,
            Some(r) => {
                let local = chrono::NaiveDateTime::parse_from_str(r, "%Y-%m-%dT%H:%M:%S")
                    .map_err(|e| format!("line {}: bad `reference` `{r}`: {e}", n + 1))?;
                let published = local.and_utc().fixed_offset();
                let utc: TimeZone = "UTC".parse().map_err(|e| format!("{e}"))?;
                Some(Anchor::from_published(published, language).with_time_zone(utc))
            }
        };
        sentences.push((text, language, anchor));
    }
    // One recognizer per language, built before the clock starts.
    let recognizers: Vec<TimeRecognizer> = Language::ALL
        .iter()
        .map(|&l| TimeRecognizer::new(l))
        .collect();
    let recognizer = |l: Language| {
        recognizers
            .iter()
            .find(|r| r.language() == l)
            .unwrap_or(&recognizers[0])
    };
    let mut found = Vec::new();
    let timing = timed_passes::timed_passes(sentences.len(), repeat, min_seconds, |pass| {
        for (text, l, anchor) in &sentences {
            let matches = recognizer(*l).find(text, anchor.as_ref());
            if pass == 0 {
                found.push(matches);
            } else {
                std::hint::black_box(matches);
            }
        }
    });
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for matches in &found {
        let line: Vec<_> = matches
            .iter()
            .map(|m| {
                let time = m.time.as_ref();
                serde_json::json!({
                    "from": time.and_then(|t| t.from()),
                    "to": time.and_then(|t| t.to()),
                    "granularity": m.granularity,
                    "text": m.text,
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::Value::from(line)).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    eprintln!("{timing}");
    Ok(())
}
