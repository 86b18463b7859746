//! The report as Markdown tables.

use std::fmt::Write;

use super::ReportDocument;
use crate::reconcile::{Proposition, Stance};

/// The document as Markdown: per incident a heading, a table of
/// propositions (predicate, best value, verdict, agreement, contradiction,
/// independent sources for and against, attestations), then per
/// proposition the evidence lines: stance, independent source, source id,
/// claimant, modality and the quoted text.
///
/// Table cells escape `|` and line breaks, so any claim text keeps the
/// table whole.
pub fn markdown(document: &ReportDocument<'_>) -> String {
    let mut out = String::new();
    for incident in &document.incidents {
        let _ = writeln!(out, "## {}\n", cell(&incident.subject));
        out.push_str(
            "| predicate | best value | verdict | agreement | contradiction | sources for | sources against | attestations |\n",
        );
        out.push_str("|---|---|---|---:|---:|---:|---:|---:|\n");
        for p in &incident.propositions {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {:.2} | {:.2} | {} | {} | {} |",
                p.predicate,
                cell(&p.best.to_string()),
                p.verdict,
                p.agreement,
                p.contradiction,
                p.sources_for,
                p.sources_against,
                p.attestations
            );
        }
        out.push('\n');
        for p in &incident.propositions {
            evidence(&mut out, p);
        }
    }
    out
}

fn evidence(out: &mut String, p: &Proposition<'_>) {
    let _ = writeln!(
        out,
        "### {} = {} ({})\n",
        p.predicate,
        cell(&p.best.to_string()),
        p.verdict
    );
    for source in &p.explanation {
        for e in &source.claims {
            let stance = match e.stance {
                Stance::For => "for",
                Stance::Against => "against",
                _ => "neutral",
            };
            let claim = &e.claim;
            let _ = writeln!(
                out,
                "- **{stance}** · {} · source `{}` · {} {} {}: «{}»",
                cell(&source.label),
                cell(claim.source()),
                cell(&claim.claimant().to_string()),
                claim.modality(),
                cell(&claim.value().to_string()),
                quote(claim.text())
            );
        }
    }
    out.push('\n');
}

/// Escapes what would break a table cell or a list line.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

fn quote(s: &str) -> String {
    let one_line = cell(s.trim());
    // A quote longer than a line of a ticket is shortened on a character
    // boundary, visibly.
    match one_line.char_indices().nth(240) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}
