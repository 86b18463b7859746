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

use std::io::Read;
use std::process::ExitCode;

use chrono::DateTime;
use corroborate::Language;
use corroborate::lang::detect;
use corroborate::recognize::{Anchor, TimeRecognizer, TimeZone};

const USAGE: &str = "usage: times [--lang en|fr|ja] [--published 2025-12-13T09:00:00+01:00] [--tz UTC|Europe/Paris|+09:00] [FILE|-]";

struct Args {
    lang: Option<Language>,
    published: Option<String>,
    tz: Option<TimeZone>,
    path: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        lang: None,
        published: None,
        tz: None,
        path: None,
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
