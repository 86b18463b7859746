//! Reads a folder of articles about an incident, extracts the claims,
//! reconciles them and prints what is confirmed, claimed or disputed, with
//! the evidence behind each line.
//!
//! ```text
//! cargo run --release --example reconcile -- [DIR|FILE...] [--format table|json|markdown|stix]
//!     [--subject NAME=ALIAS,ALIAS...] [--out FILE] [--strict]
//! ```
//!
//! With no path it reads the bundled corpus `examples/corpus/fr-interior-2025/`.
//! Every `.txt` and `.md` file below the given folders is read, in name
//! order. A file that cannot be read, is not UTF-8 or has malformed front
//! matter is reported on stderr in one line naming it, the run goes on with
//! the other files, and the exit status is 1 with a count of skipped files
//! at the end; `--strict` stops at the first bad file instead. Usage errors
//! exit with status 2.
//!
//! The table uses colour when stdout is a terminal and `NO_COLOR` is not
//! set; piped, it is plain text.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use corroborate::export::{ReportDocument, markdown, stix_bundle};
use corroborate::reconcile::{Proposition, Reconciler, Stance, Verdict};
use corroborate::{Document, Extractor, PartyKind, Subject};

const USAGE: &str = "usage: reconcile [DIR|FILE...] [--format table|json|markdown|stix] \
                     [--subject NAME=ALIAS,ALIAS...] [--out FILE] [--strict]";

/// Above this many files, a progress bar is drawn on a terminal's stderr.
const PROGRESS_ABOVE: usize = 300;

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Table,
    Json,
    Markdown,
    Stix,
}

struct Options {
    paths: Vec<PathBuf>,
    format: Format,
    subjects: Vec<Subject>,
    out: Option<PathBuf>,
    strict: bool,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        paths: Vec::new(),
        format: Format::Table,
        subjects: Vec::new(),
        out: None,
        strict: false,
    };
    let mut args = args.peekable();
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
            "--format" => {
                options.format = match value("--format")?.as_str() {
                    "table" => Format::Table,
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    "stix" => Format::Stix,
                    other => {
                        return Err(format!(
                            "expected `--format table|json|markdown|stix`, found `{other}`"
                        ));
                    }
                }
            }
            "--subject" => {
                let v = value("--subject")?;
                let (name, aliases) = v.split_once('=').unwrap_or((v.as_str(), ""));
                if name.trim().is_empty() {
                    return Err(format!(
                        "expected `--subject NAME=ALIAS,ALIAS...`, found `{v}`"
                    ));
                }
                let mut subject = Subject::new(name.trim());
                for alias in aliases.split(',').map(str::trim).filter(|a| !a.is_empty()) {
                    subject = subject.with_alias(alias);
                }
                options.subjects.push(subject);
            }
            "--out" => options.out = Some(PathBuf::from(value("--out")?)),
            "--strict" => options.strict = true,
            "-h" | "--help" => return Err(String::new()),
            f if f.starts_with("--") => return Err(format!("unknown option `{f}`")),
            _ => options.paths.push(PathBuf::from(arg)),
        }
    }
    if options.paths.is_empty() {
        options
            .paths
            .push(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus/fr-interior-2025"));
    }
    Ok(options)
}

/// The `.txt` and `.md` files named or found below the named folders,
/// sorted within each folder; unreadable folders are reported as bad input.
fn collect_files(paths: &[PathBuf], bad: &mut Vec<String>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut files, bad);
        } else {
            files.push(path.clone());
        }
    }
    files
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, bad: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            bad.push(format!("{}: cannot read folder: {e}", dir.display()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, files, bad);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "md")
        ) {
            files.push(path);
        }
    }
}

fn read_document(path: &Path) -> Result<Document, String> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
    let document = Document::parse(&name, &bytes).map_err(|e| e.to_string())?;
    // A document that says nothing of its publisher is taken as the press.
    if document.source().kind() == PartyKind::Unknown {
        let source = document.source().clone().with_kind(PartyKind::Media);
        return Ok(document.with_source(source));
    }
    Ok(document)
}

struct Progress {
    total: usize,
    shown: bool,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            total,
            shown: total > PROGRESS_ABOVE && std::io::stderr().is_terminal(),
        }
    }

    fn tick(&self, done: usize) {
        if self.shown && (done % 50 == 0 || done == self.total) {
            let width = 30;
            let filled = done * width / self.total.max(1);
            eprint!(
                "\r[{}{}] {done}/{} files",
                "#".repeat(filled),
                " ".repeat(width - filled),
                self.total
            );
            if done == self.total {
                eprintln!();
            }
        }
    }
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("reconcile: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };

    let mut bad = Vec::new();
    let files = collect_files(&options.paths, &mut bad);
    if options.strict && !bad.is_empty() {
        eprintln!("reconcile: {}", bad[0]);
        return ExitCode::from(1);
    }
    let mut builder = Extractor::builder();
    for subject in &options.subjects {
        builder = builder.subject(subject.clone());
    }
    let extractor = match builder.build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("reconcile: {e}");
            return ExitCode::from(2);
        }
    };

    let progress = Progress::new(files.len());
    let mut sources = Vec::new();
    let mut claims = Vec::new();
    for (i, path) in files.iter().enumerate() {
        match read_document(path) {
            Ok(document) => {
                claims.extend(extractor.extract(&document));
                sources.push(document.source().clone());
            }
            Err(message) => {
                if options.strict {
                    eprintln!("reconcile: {message}");
                    return ExitCode::from(1);
                }
                bad.push(message);
            }
        }
        progress.tick(i + 1);
    }
    for message in &bad {
        eprintln!("reconcile: skipped {message}");
    }

    let reconciler = Reconciler::new();
    let report = reconciler.reconcile(&sources, &claims);
    let document = ReportDocument::new(&sources, report);
    let colour = options.out.is_none()
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let rendered = match options.format {
        Format::Table => table(&document, colour),
        Format::Json => document.to_json() + "\n",
        Format::Markdown => markdown(&document),
        Format::Stix => {
            let bundle = stix_bundle(&document, &reconciler);
            serde_json::to_string_pretty(&bundle).unwrap_or_default() + "\n"
        }
    };
    let written = match &options.out {
        Some(path) => {
            std::fs::write(path, rendered).map_err(|e| format!("{}: {e}", path.display()))
        }
        None => std::io::stdout()
            .lock()
            .write_all(rendered.as_bytes())
            .map_err(|e| format!("stdout: {e}")),
    };
    if let Err(e) = written {
        eprintln!("reconcile: cannot write {e}");
        return ExitCode::from(1);
    }
    if bad.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!("reconcile: {} file(s) skipped", bad.len());
        ExitCode::from(1)
    }
}

/// ANSI styling, or none.
struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }

    fn verdict(&self, v: Verdict, padded: &str) -> String {
        let code = match v {
            Verdict::Confirmed => "1;32",
            Verdict::Corroborated => "32",
            Verdict::Claimed => "33",
            Verdict::Disputed => "1;35",
            Verdict::Refuted => "1;31",
            _ => "2",
        };
        self.paint(code, padded)
    }
}

fn symbol(v: Verdict) -> &'static str {
    match v {
        Verdict::Confirmed => "✔",
        Verdict::Corroborated => "✓",
        Verdict::Claimed => "?",
        Verdict::Disputed => "±",
        Verdict::Refuted => "✘",
        _ => "·",
    }
}

/// The terminal table: one section per incident, a row per proposition,
/// each followed by its evidence lines.
fn table(document: &ReportDocument<'_>, colour: bool) -> String {
    let style = Style { on: colour };
    let mut out = String::new();
    let claims: usize = document.propositions().map(|p| p.attestations).sum();
    out.push_str(&format!(
        "{} sources, {} claims, {} incidents\n",
        document.sources.len(),
        claims,
        document.incidents.len()
    ));
    for incident in &document.incidents {
        out.push('\n');
        out.push_str(&style.paint("1", &format!("== {} ==", incident.subject)));
        out.push('\n');
        let rows: Vec<[String; 5]> = incident.propositions.iter().map(row).collect();
        let header = [
            "predicate",
            "best value",
            "verdict",
            "agree/contra",
            "sources for/against",
        ];
        let mut widths = header.map(width);
        for r in &rows {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(width(c));
            }
        }
        out.push_str(&style.paint("2", &line(&header.map(String::from), &widths)));
        out.push('\n');
        for (p, r) in incident.propositions.iter().zip(&rows) {
            let mut cells = r.clone();
            let text = line(&cells, &widths);
            // Colour only the verdict cell, after padding, so that escape
            // codes do not disturb the column widths.
            let verdict_padded = pad(&cells[2], widths[2]);
            cells[2] = style.verdict(p.verdict, &verdict_padded);
            let coloured = if colour {
                line_raw(&cells, &widths)
            } else {
                text
            };
            out.push_str(&coloured);
            out.push('\n');
            for source in &p.explanation {
                for e in &source.claims {
                    let mark = match e.stance {
                        Stance::For => style.paint("32", "+"),
                        Stance::Against => style.paint("31", "-"),
                        _ => style.paint("2", "~"),
                    };
                    let c = &e.claim;
                    out.push_str(&format!(
                        "    {mark} {} [{}] {} {}: \"{}\"\n",
                        c.source(),
                        c.claimant(),
                        c.modality(),
                        c.value(),
                        excerpt(c.text())
                    ));
                }
            }
        }
    }
    out
}

fn row(p: &Proposition<'_>) -> [String; 5] {
    [
        p.predicate.to_string(),
        p.best.to_string(),
        format!("{} {}", symbol(p.verdict), p.verdict),
        format!("{:.2} / {:.2}", p.agreement, p.contradiction),
        format!("{} / {}", p.sources_for, p.sources_against),
    ]
}

fn width(s: &str) -> usize {
    s.chars().count()
}

fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

fn line(cells: &[String; 5], widths: &[usize; 5]) -> String {
    let padded: Vec<String> = cells.iter().zip(widths).map(|(c, w)| pad(c, *w)).collect();
    format!("  {}", padded.join("  ").trim_end())
}

/// Like [`line`], for cells whose verdict is already padded and painted.
fn line_raw(cells: &[String; 5], widths: &[usize; 5]) -> String {
    let padded: Vec<String> = cells
        .iter()
        .zip(widths)
        .enumerate()
        .map(|(i, (c, w))| if i == 2 { c.clone() } else { pad(c, *w) })
        .collect();
    format!("  {}", padded.join("  ").trim_end())
}

/// The evidence on one line, at most 160 characters.
fn excerpt(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(160) {
        Some((i, _)) => format!("{}…", &flat[..i]),
        None => flat,
    }
}
