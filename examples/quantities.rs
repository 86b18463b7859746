//! Prints the quantities of a text as JSON Lines.
//!
//! ```text
//! cargo run --example quantities -- [--lang en|fr|ja|auto] [FILE]
//! ```
//!
//! Reads FILE, or standard input when FILE is absent or `-`. Each line of
//! output is `{"start":..,"end":..,"text":..,"min":..,"max":..,"unit":..,"approximate":..}`
//! with byte offsets into the input; an open bound is `null`.

use std::io::Read;
use std::process::ExitCode;

use corroborate::Language;
use corroborate::recognize::QuantityRecognizer;

const USAGE: &str = "usage: quantities [--lang en|fr|ja|auto] [FILE]";

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
