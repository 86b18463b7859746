//! Runs the `datetime` cases of Microsoft Recognizers-Text (en, fr, ja)
//! from the shared conformance folder against `corroborate::recognize::times`.
//!
//! The shared folder is `$CORROBORATE_SHARED`, else `<crate>/../shared`;
//! when neither exists the test prints "skipped" and passes. Only the
//! default-model files `{en,fr,ja}-datetime.jsonl` are run: the other
//! `*-datetime_*` files test upstream options (calendar, tasks,
//! experimental modes) with other expected values.
//!
//! # What "pass" means
//!
//! Each expected result of a case is scored on its own, under its upstream
//! type (`date`, `daterange`, `datetime`, `datetimerange`, `time`,
//! `timerange`, `duration`, `set`, `timezone`); a case expecting nothing
//! is scored once under `none`. An expected result passes when the crate
//! reports a match with
//!
//! 1. the same byte span as the case's `byte_span` (a `null` span fails),
//!    and
//! 2. a resolved interval equal to one of the upstream `values` (upstream
//!    lists a past and a future reading for an ambiguous "12 décembre"; the
//!    crate picks one by its documented rule, and either counts):
//!    - `date` `D`: `[D, D+1 day)`;
//!    - `daterange` and `datetimerange` `start`/`end` (either may be absent
//!      for an open interval): `from == start` and `to == end`, or `to`
//!      one minute, hour, day, week, month, quarter or year after `end`, because
//!      upstream closes "from A to B" at the start of B's last unit where
//!      the crate includes it ("du 11 au 12 décembre" covers the 12th, "5時
//!      から6時" the hour from 6), and closes a part of day one second
//!      early (23:59:59);
//!    - `daterange` with `Mod: after` on a day (`sourceEntity:
//!      datetimepoint`, "after January 1, 2007", "2016年1月1日以降"):
//!      upstream gives the day itself as an excluded start, so `from` must
//!      be the next day;
//!    - `datetime` `T`: `from == T` (the crate spans the stated hour or
//!      minute from there; seconds are dropped);
//!    - a value upstream could not resolve (`not resolved`, or no value),
//!      or a case with `ignore_resolution`: the span alone.
//!
//! A case expecting nothing passes when nothing is found. Matches the case
//! does not expect are counted as "extra" per language but do not fail
//! results.
//!
//! Anchors: each case's `reference_datetime` is the local time of the
//! anchor (zone UTC); a case without one runs without an anchor.
//!
//! # Ratchet
//!
//! - `tests/data/datetime_floors.txt`: the minimum pass rate per language
//!   and type, over cases that at least one upstream implementation
//!   passes. Falling below fails.
//! - `tests/data/datetime_expected_failures.txt`: every failing result of
//!   the types the crate claims to cover (`date`, `daterange`, `datetime`,
//!   `datetimerange` and `none`),
//!   by language, upstream index and result index. A listed result that
//!   passes fails the test too, so the list cannot rot. Results of the
//!   other types are counted in the report only.
//! - Cases with an empty `supported_platforms` (no upstream
//!   implementation passes them) are reported apart and count nowhere.
//!
//! Regenerate both files after an improvement with
//! `CORROBORATE_BLESS=1 CORROBORATE_SHARED=/work/shared cargo test --test conformance_datetime`,
//! and see the report with `-- --nocapture`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, TimeDelta};
use corroborate::Language;
use corroborate::recognize::{Anchor, TimeMatch, TimeRecognizer, TimeZone};
use serde_json::Value;

const CLAIMED: &[&str] = &["date", "daterange", "datetime", "datetimerange", "none"];
const LANGS: &[(&str, Language)] = &[
    ("en", Language::English),
    ("fr", Language::French),
    ("ja", Language::Japanese),
];

fn shared_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CORROBORATE_SHARED") {
        return Some(PathBuf::from(dir));
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    dir.exists().then_some(dir)
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn parse_day(s: &str) -> Option<NaiveDateTime> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .or_else(|| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").ok())
}

/// The ends upstream may give for an interval whose crate end is `to`.
fn end_matches(to: Option<NaiveDateTime>, end: Option<NaiveDateTime>) -> bool {
    match (to, end) {
        (None, None) => true,
        (Some(to), Some(end)) => {
            let back = |m: u32| {
                to.date()
                    .checked_sub_months(Months::new(m))
                    .map(|d| d.and_time(to.time()))
            };
            to == end
                || to - TimeDelta::days(1) == end
                || to - TimeDelta::days(7) == end
                || to - TimeDelta::seconds(1) == end
                || to - TimeDelta::hours(1) == end
                || to - TimeDelta::minutes(1) == end
                || back(1) == Some(end)
                || back(3) == Some(end)
                || back(12) == Some(end)
        }
        _ => false,
    }
}

fn value_matches(m: &TimeMatch, v: &Value) -> Option<bool> {
    let kind = v.get("type").and_then(Value::as_str).unwrap_or("");
    let get = |k: &str| v.get(k).and_then(Value::as_str);
    if get("value") == Some("not resolved") {
        return None;
    }
    let time = m.time.as_ref();
    let (from, to) = (time.and_then(|t| t.from()), time.and_then(|t| t.to()));
    Some(match kind {
        "date" => {
            let d = get("value").and_then(parse_day);
            d.is_some() && from == d && to == d.map(|d| d + TimeDelta::days(1))
        }
        "daterange" | "datetimerange" => {
            let (start, end) = (get("start"), get("end"));
            if start.is_none() && end.is_none() {
                return None;
            }
            let mut start = start.and_then(parse_day);
            let end = end.and_then(parse_day);
            // Upstream writes "after <day>" as that day with `Mod: after`
            // (its start excluded); the crate starts at the next day.
            if get("Mod") == Some("after") && get("sourceEntity") == Some("datetimepoint") {
                start = start.map(|s| s + TimeDelta::days(1));
            }
            from == start && end_matches(to, end)
        }
        "datetime" => {
            let d = get("value").and_then(parse_day);
            d.is_some() && from == d
        }
        // time, timerange, duration, set: nothing in the crate resolves
        // to these yet.
        _ => false,
    })
}

fn result_passes(found: &[TimeMatch], r: &Value, ignore_resolution: bool) -> bool {
    let Some(span) = r.get("byte_span").and_then(Value::as_array) else {
        return false;
    };
    let (Some(a), Some(b)) = (
        span.first().and_then(Value::as_u64),
        span.get(1).and_then(Value::as_u64),
    ) else {
        return false;
    };
    let Some(m) = found
        .iter()
        .find(|m| m.span.start as u64 == a && m.span.end as u64 == b)
    else {
        return false;
    };
    if ignore_resolution {
        return true;
    }
    let values = r
        .pointer("/resolution/values")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let verdicts: Vec<Option<bool>> = values.iter().map(|v| value_matches(m, v)).collect();
    if verdicts.iter().all(Option::is_none) {
        return true;
    }
    verdicts.contains(&Some(true))
}

#[derive(Default)]
struct Tally {
    pass: usize,
    total: usize,
}

#[test]
fn conformance_datetime() {
    let Some(shared) = shared_dir() else {
        skip("../shared not found");
        return;
    };
    let dir = shared.join("conformance/recognizers-text");
    let bless = std::env::var_os("CORROBORATE_BLESS").is_some();
    // `CORROBORATE_DUMP=1`: print every failing result with what was
    // expected and what was found, one tab-separated line each.
    let dump = std::env::var_os("CORROBORATE_DUMP").is_some();
    let floors = std::fs::read_to_string(data("datetime_floors.txt")).unwrap_or_default();
    let floors: BTreeMap<(String, String), f64> = floors
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            let (lang, ty, rate) = (it.next()?, it.next()?, it.next()?.parse().ok()?);
            Some(((lang.to_owned(), ty.to_owned()), rate))
        })
        .collect();
    let expected =
        std::fs::read_to_string(data("datetime_expected_failures.txt")).unwrap_or_default();
    let expected: BTreeSet<(String, u64, usize)> = expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut it = l.split('\t');
            Some((
                it.next()?.to_owned(),
                it.next()?.parse().ok()?,
                it.next()?.parse().ok()?,
            ))
        })
        .collect();

    let mut report = String::new();
    let mut problems = Vec::new();
    let mut failures_out = String::new();
    let mut floors_out = String::new();
    for &(code, language) in LANGS {
        let path = dir.join(format!("{code}-datetime.jsonl"));
        let Ok(jsonl) = std::fs::read_to_string(&path) else {
            skip(&format!("{} not found", path.display()));
            return;
        };
        let recognizer = TimeRecognizer::new(language);
        let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
        let mut aspirational: BTreeMap<String, Tally> = BTreeMap::new();
        let mut extra = 0usize;
        for line in jsonl.lines() {
            let case: Value = serde_json::from_str(line).expect("a JSON line");
            let input = case["input"].as_str().unwrap_or("");
            let index = case
                .pointer("/source/index")
                .and_then(Value::as_u64)
                .unwrap_or(0);
            let supported = case["supported_platforms"]
                .as_array()
                .is_some_and(|a| !a.is_empty());
            let anchor = case
                .get("reference_datetime")
                .and_then(Value::as_str)
                .and_then(|s| s.parse::<NaiveDateTime>().ok())
                .map(|t| {
                    Anchor::from_published(t.and_utc().fixed_offset(), language)
                        .with_time_zone(TimeZone::UTC)
                });
            let found = recognizer.find(input, anchor.as_ref());
            let ignore = case["ignore_resolution"].as_bool().unwrap_or(false);
            let results = case["results"].as_array().cloned().unwrap_or_default();
            let mut scored: Vec<(String, usize, bool)> = Vec::new();
            if results.is_empty() {
                scored.push(("none".to_owned(), 0, found.is_empty()));
            }
            for (k, r) in results.iter().enumerate() {
                let ty = r["type"]
                    .as_str()
                    .unwrap_or("?")
                    .trim_start_matches("datetimeV2.");
                scored.push((ty.to_owned(), k, result_passes(&found, r, ignore)));
            }
            if supported {
                extra += found
                    .iter()
                    .filter(|m| {
                        !results.iter().any(|r| {
                            r["byte_span"][0].as_u64() == Some(m.span.start as u64)
                                && r["byte_span"][1].as_u64() == Some(m.span.end as u64)
                        })
                    })
                    .count();
            }
            for (ty, k, pass) in scored {
                let tally = if supported {
                    &mut tallies
                } else {
                    &mut aspirational
                };
                let t = tally.entry(ty.clone()).or_default();
                t.total += 1;
                t.pass += usize::from(pass);
                if !supported || !CLAIMED.contains(&ty.as_str()) {
                    continue;
                }
                let listed = expected.contains(&(code.to_owned(), index, k));
                if !pass {
                    let _ = writeln!(failures_out, "{code}\t{index}\t{k}\t{ty}\t{input}");
                    if dump {
                        let r = results.get(k).cloned().unwrap_or_default();
                        println!(
                            "FAIL\t{code}\t{index}\t{k}\t{ty}\t{input}\t{}\t{}\t{}\t{}",
                            r["text"],
                            r["byte_span"],
                            r.pointer("/resolution/values")
                                .map_or(String::new(), |v| v.to_string()),
                            serde_json::to_string(
                                &found
                                    .iter()
                                    .map(|m| (
                                        m.text.clone(),
                                        m.span.start,
                                        m.span.end,
                                        m.time.as_ref().map(|t| t.to_string())
                                    ))
                                    .collect::<Vec<_>>()
                            )
                            .unwrap_or_default(),
                        );
                    }
                }
                match (pass, listed) {
                    (false, false) if !bless => problems.push(format!(
                        "{code} #{index} result {k} ({ty}) fails and is not an expected failure: {input:?} found {:?}",
                        found.iter().map(|m| (&m.text, m.span.start, m.span.end, m.time.as_ref().map(|t| t.to_string()))).collect::<Vec<_>>()
                    )),
                    (true, true) if !bless => problems.push(format!(
                        "{code} #{index} result {k} ({ty}) passes but is listed as an expected failure: remove it: {input:?}"
                    )),
                    _ => {}
                }
            }
        }
        let _ = writeln!(
            report,
            "{code}: pass rate by type (cases some upstream implementation passes)"
        );
        for (ty, t) in &tallies {
            let rate = t.pass as f64 / t.total as f64;
            let floor = floors.get(&(code.to_owned(), ty.clone())).copied();
            let _ = writeln!(
                report,
                "  {ty:<14} {:>4}/{:<4} {:>5.1}%  floor {}{}",
                t.pass,
                t.total,
                100.0 * rate,
                floor.map_or("-".to_owned(), |f| format!("{:.1}%", 100.0 * f)),
                if CLAIMED.contains(&ty.as_str()) {
                    ""
                } else {
                    "  (not covered yet)"
                },
            );
            let _ = writeln!(
                floors_out,
                "{code} {ty} {:.3}",
                (rate * 1000.0).floor() / 1000.0
            );
            if let Some(f) = floor {
                if rate + 1e-9 < f && !bless {
                    problems.push(format!(
                        "{code} {ty}: pass rate {rate:.3} fell below its floor {f:.3}"
                    ));
                }
            }
        }
        let _ = writeln!(
            report,
            "  extra matches (not expected by any result): {extra}"
        );
        let _ = writeln!(
            report,
            "{code}: cases no upstream implementation passes (not counted)"
        );
        for (ty, t) in &aspirational {
            let _ = writeln!(report, "  {ty:<14} {:>4}/{:<4}", t.pass, t.total);
        }
    }
    println!("{report}");
    if bless {
        let header = "# Generated by `CORROBORATE_BLESS=1 CORROBORATE_SHARED=/work/shared cargo test --test conformance_datetime`.\n";
        std::fs::write(
            data("datetime_floors.txt"),
            format!("{header}# language type minimum-pass-rate\n{floors_out}"),
        )
        .expect("write floors");
        std::fs::write(
            data("datetime_expected_failures.txt"),
            format!(
                "{header}# language\tupstream-index\tresult-index\ttype\tinput\n{failures_out}"
            ),
        )
        .expect("write expected failures");
        return;
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn end_matching_accepts_the_last_unit_only() {
    let t = |s: &str| Some(s.parse::<NaiveDateTime>().unwrap());
    assert!(end_matches(
        t("2025-12-13T00:00:00"),
        t("2025-12-13T00:00:00")
    ));
    assert!(end_matches(
        t("2025-12-13T00:00:00"),
        t("2025-12-12T00:00:00")
    ));
    assert!(end_matches(
        t("2019-01-01T00:00:00"),
        t("2018-01-01T00:00:00")
    ));
    assert!(!end_matches(
        t("2025-12-13T00:00:00"),
        t("2025-12-10T00:00:00")
    ));
    assert!(!end_matches(None, t("2025-12-10T00:00:00")));
    let _ = NaiveDate::from_ymd_opt(2025, 1, 1).map(|d| d.year());
}

/// Says on the terminal that the suite did not run: libtest captures
/// `print!` and `eprint!` of passing tests, so a skip would be silent in a
/// plain `cargo test`; a direct write to stderr is not captured.
fn skip(why: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "skipped {}: {why}", module_path!());
}
