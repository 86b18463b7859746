//! Extracts claims from news files and prints them as JSON Lines.
//!
//! ```text
//! cargo run --release --example extract -- [--lang en|fr|ja|auto] \
//!     [--published YYYY-MM-DD] [--source-kind media|official|attacker|researcher] FILE...
//! ```
//!
//! Each file is plain text or Markdown with an optional front-matter block
//! (see `corroborate::Document`). The flags win over the front matter;
//! the front matter supplies what the flags do not; a source with no kind
//! at all is taken as `media`. A file that cannot be read is reported on
//! stderr with its name and the run goes on; the exit status is 1 when any
//! file was skipped, 2 on a usage error.

use std::io::Write;
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset, NaiveDate};
use corroborate::{Document, Extractor, Language, PartyKind};

const USAGE: &str = "usage: extract [--lang en|fr|ja|auto] [--published YYYY-MM-DD] \
                     [--source-kind media|official|attacker|researcher] FILE...";

struct Options {
    language: Option<Language>,
    published: Option<DateTime<FixedOffset>>,
    kind: Option<PartyKind>,
    files: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        language: None,
        published: None,
        kind: None,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("expected a value after `{name}`"))
        };
        match flag.as_str() {
            "--lang" => {
                let v = value("--lang")?;
                if !v.eq_ignore_ascii_case("auto") {
                    options.language = Some(v.parse().map_err(|e| format!("{e}"))?);
                }
            }
            "--published" => {
                let v = value("--published")?;
                let date = NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                    .map_err(|_| format!("expected `--published YYYY-MM-DD`, found `{v}`"))?;
                let utc = FixedOffset::east_opt(0).ok_or("no UTC offset")?;
                options.published = date
                    .and_hms_opt(0, 0, 0)
                    .and_then(|d| d.and_local_timezone(utc).single());
            }
            "--source-kind" => {
                let v = value("--source-kind")?;
                options.kind = Some(v.parse().map_err(|e| format!("{e}"))?);
            }
            "-h" | "--help" => return Err(String::new()),
            f if f.starts_with("--") => return Err(format!("unknown option `{f}`")),
            _ => options.files.push(arg),
        }
    }
    if options.files.is_empty() {
        return Err("expected at least one FILE".into());
    }
    Ok(options)
}

/// The document's source with the flags applied over its front matter.
fn apply(options: &Options, doc: Document) -> Document {
    let mut source = doc.source().clone();
    let kind = options.kind.unwrap_or(match source.kind() {
        PartyKind::Unknown => PartyKind::Media,
        k => k,
    });
    source = source.with_kind(kind);
    if let Some(language) = options.language {
        source = source.with_language(language);
    }
    if let Some(published) = options.published {
        source = source.with_published(published);
    }
    doc.with_source(source)
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("extract: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut skipped = 0usize;
    for file in &options.files {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("extract: {file}: {e}");
                skipped += 1;
                continue;
            }
        };
        let doc = match Document::parse(file, &bytes) {
            Ok(d) => apply(&options, d),
            Err(e) => {
                eprintln!("extract: {e}");
                skipped += 1;
                continue;
            }
        };
        for claim in extractor.extract(&doc) {
            if writeln!(out, "{}", claim.to_json()).is_err() {
                // A closed pipe (`| head`) ends the run quietly.
                return ExitCode::SUCCESS;
            }
        }
    }
    let _ = out.flush();
    if skipped > 0 {
        eprintln!("extract: skipped {skipped} file(s)");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
