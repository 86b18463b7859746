//! Conformance with a peer: the number, number-range, percent and currency
//! spec cases of Microsoft Recognizers-Text for English, French and
//! Japanese (`../shared/conformance/recognizers-text/`, see its README).
//!
//! One harness runs every case and prints, per language and model, the
//! share of cases whose spans match and whose values match. Only cases
//! that at least one upstream implementation passes are counted
//! (`supported_platforms` not empty); the others are reported on their own
//! line and never fail the test. A case marked `ignore_resolution` is one
//! whose values upstream's own runner does not check (several of them are
//! wrong: 120分の1 as 1/121, 以上 as strict): it counts for the span rate
//! only, and the value rate is over the cases upstream resolves.
//!
//! The test fails when
//! - a rate drops below its floor in `tests/data/quantity_floors.txt` (a
//!   ratchet: raise the floors as the recognizer improves), or
//! - a counted case fails a check not listed in
//!   `tests/data/quantity_expected_failures.txt`, or passes a check that is
//!   listed there (so the list cannot go stale).
//!
//! Both files are rewritten, keeping the reasons already written, by
//! `CORROBORATE_BLESS=1 CORROBORATE_SHARED=/work/shared cargo test --test conformance_numbers`.
//!
//! How each model is compared:
//! - `number`: [`corroborate::recognize::numbers`] (numerals without cues or
//!   units), value by value.
//! - `percent` / `currency`: [`corroborate::recognize::quantities`] whose unit is
//!   percent / a currency; the value compared is the figure as written
//!   ([`QuantityMatch::written`]), because our interval rule widens
//!   approximations on purpose ("about $14 million" is 14 million ± 10 % for
//!   us, 14 million for the peer).
//! - `number_range`: quantities with a bound. One-sided bounds compare the
//!   figure, the side and strictness (`(30,)` is more than 30). Ranges
//!   compare both ends but not their openness: upstream reads "between 20
//!   and 30" as `[20,30)`, our rule reads it as `[20, 30]` on purpose.
//!   Approximations ("about 500") compare on the point value. An exact
//!   figure with an equality cue ("equal to 20", 20に等しい) is upstream's
//!   `[20,20]`. An approximation cue before a bound or a range ("about 500
//!   or more", 約20から100未満) is left out of the span, as upstream does,
//!   and so is a unit that ends it ("more than half people", 最大700人):
//!   upstream's ranges are bare numbers.
//! - `percent` / `currency` also take the units named without a figure
//!   ([`corroborate::recognize::unit_mentions`]: "the dollar fell", "a small
//!   percent"), which upstream reports with no value; such a result matches
//!   only an expected result that has no value either.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use corroborate::recognize::{Bound, QuantityMatch, numbers, quantities, unit_mentions};
use corroborate::{Language, Unit};

const LANGS: [(&str, Language); 3] = [
    ("en", Language::English),
    ("fr", Language::French),
    ("ja", Language::Japanese),
];
const MODELS: [&str; 4] = ["number", "number_range", "percent", "currency"];
const FLOORS: &str = "tests/data/quantity_floors.txt";
const EXPECTED: &str = "tests/data/quantity_expected_failures.txt";

fn shared_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CORROBORATE_SHARED") {
        return Some(PathBuf::from(dir));
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    dir.exists().then_some(dir)
}

/// What a result says, reduced to what we compare.
#[derive(Clone, Debug)]
enum Val {
    Point(f64),
    /// `(low, low inclusive, high, high inclusive)`; `None` is open.
    Interval(Option<(f64, bool)>, Option<(f64, bool)>),
    Missing,
}

fn parse_num(s: &str) -> Option<f64> {
    let s = s.trim().trim_end_matches('%').replace(',', ".");
    s.parse().ok()
}

fn parse_interval(s: &str) -> Option<Val> {
    let lo_inc = s.starts_with('[');
    let hi_inc = s.ends_with(']');
    let inner = s.get(1..s.len().checked_sub(1)?)?;
    let (a, b) = inner.split_once(',')?;
    let lo = if a.is_empty() {
        None
    } else {
        Some((a.parse().ok()?, lo_inc))
    };
    let hi = if b.is_empty() {
        None
    } else {
        Some((b.parse().ok()?, hi_inc))
    };
    Some(Val::Interval(lo, hi))
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn same(expected: &Val, ours: &Val) -> bool {
    match (expected, ours) {
        (Val::Point(a), Val::Point(b)) => close(*a, *b),
        (Val::Interval(el, eh), Val::Interval(ol, oh)) => {
            let both = el.is_some() && eh.is_some();
            let end = |e: &Option<(f64, bool)>, o: &Option<(f64, bool)>| match (e, o) {
                (None, None) => true,
                // Ranges: ends compared, openness not (see the module docs).
                (Some((a, ai)), Some((b, bi))) => close(*a, *b) && (both || ai == bi),
                _ => false,
            };
            end(el, ol) && end(eh, oh)
        }
        // A unit named without a figure: no value on either side.
        (Val::Missing, Val::Missing) => true,
        // An approximation against a peer interval: the point value.
        (Val::Interval(el, eh), Val::Point(p)) => [el, eh]
            .iter()
            .any(|e| e.is_some_and(|(a, _)| close(a, *p))),
        _ => false,
    }
}

fn our_value(model: &str, m: &QuantityMatch) -> Val {
    let w = &m.written;
    let (lo, hi) = (w.min().map(|n| n.as_f64()), w.max().map(|n| n.as_f64()));
    if model != "number_range" {
        return lo.map_or(Val::Missing, Val::Point);
    }
    let (Some(lo), Some(hi)) = (lo, hi) else {
        return Val::Missing;
    };
    match m.bound {
        Bound::MoreThan => Val::Interval(Some((lo, false)), None),
        Bound::AtLeast => Val::Interval(Some((lo, true)), None),
        Bound::LessThan => Val::Interval(None, Some((lo, false))),
        Bound::AtMost => Val::Interval(None, Some((lo, true))),
        Bound::Range => Val::Interval(Some((lo, true)), Some((hi, true))),
        _ => Val::Point(lo),
    }
}

/// Our results for one model: spans and values, sorted by position.
fn ours(model: &str, input: &str, lang: Language) -> Vec<([usize; 2], Val)> {
    if model == "number" {
        return numbers(input, lang)
            .into_iter()
            .map(|n| ([n.span.start, n.span.end], Val::Point(n.value.as_f64())))
            .collect();
    }
    let wanted = |u: &Unit| match model {
        "percent" => *u == Unit::Percent,
        "currency" => matches!(u, Unit::Currency(_) | Unit::Other(_)),
        _ => false,
    };
    let mut found: Vec<([usize; 2], Val)> = quantities(input, lang)
        .into_iter()
        .filter(|m| match model {
            "percent" => m.quantity.unit() == Some(&Unit::Percent),
            // Minor and country-less currency units ("cents", "francs")
            // are the only `Other` units the recognizer gives.
            "currency" => matches!(m.quantity.unit(), Some(Unit::Currency(_) | Unit::Other(_))),
            // A bound, or an exact figure stated with an equality cue
            // ("equal to 20", 20に等しい): the cue widens the span.
            _ => m.bound != Bound::Exact || m.span != m.value_span,
        })
        .map(|m| {
            // Upstream spans a currency or a percentage without its cue
            // ("about $ 14 million" is "$ 14 million").
            let mut span = if model != "number_range" {
                m.value_span
            } else if m.approximate && !matches!(m.bound, Bound::About | Bound::Nearly) {
                // "about 500 or more", 約20から100未満: upstream leaves the
                // approximation cue out of a bound or a range.
                corroborate::Span {
                    start: m.value_span.start,
                    end: m.span.end,
                }
            } else {
                m.span
            };
            // Upstream's number ranges are numbers: a unit that ends the
            // span ("more than half people", 最大700人) is left out.
            if model == "number_range" {
                if let Some(u) = m.unit_span.filter(|u| u.end == span.end) {
                    span.end = input[..u.start].trim_end().len();
                }
            }
            ([span.start, span.end], our_value(model, &m))
        })
        .collect();
    found.extend(
        unit_mentions(input, lang)
            .into_iter()
            .filter(|m| wanted(&m.unit))
            .map(|m| ([m.span.start, m.span.end], Val::Missing)),
    );
    found.sort_by_key(|f| f.0[0]);
    found
}

struct Case {
    id: String,
    input: String,
    counted: bool,
    /// Upstream compares only the spans of this case (`ignore_resolution`).
    span_only: bool,
    expected: Vec<(Option<[usize; 2]>, Val, String)>,
}

fn read_cases(dir: &Path, lang: &str, model: &str) -> Vec<Case> {
    let path = dir.join(format!("conformance/recognizers-text/{lang}-{model}.jsonl"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
        let mut expected = Vec::new();
        for r in v["results"].as_array().into_iter().flatten() {
            let span = r["byte_span"]
                .as_array()
                .and_then(|a| Some([a.first()?.as_u64()? as usize, a.get(1)?.as_u64()? as usize]));
            let value = match r["value"].as_str() {
                Some(s) if model == "number_range" => parse_interval(s).unwrap_or(Val::Missing),
                Some(s) => parse_num(s).map_or(Val::Missing, Val::Point),
                None => Val::Missing,
            };
            let text = r["text"].as_str().unwrap_or_default().to_owned();
            expected.push((span, value, text));
        }
        expected.sort_by_key(|e| e.0.map_or(usize::MAX, |s| s[0]));
        let counted = v["supported_platforms"]
            .as_array()
            .is_some_and(|a| !a.is_empty());
        cases.push(Case {
            id: format!("{lang}-{model}:{i}"),
            input: v["input"].as_str().unwrap_or_default().to_owned(),
            counted,
            span_only: v["ignore_resolution"].as_bool().unwrap_or(false),
            expected,
        });
    }
    cases
}

/// `(span ok, value ok)` for one case.
fn check(case: &Case, model: &str, lang: Language) -> (bool, bool) {
    let got = ours(model, &case.input, lang);
    let span_ok = got.len() == case.expected.len()
        && case
            .expected
            .iter()
            .zip(&got)
            .all(|(e, o)| e.0.is_none_or(|s| s == o.0));
    let value_ok = got.len() == case.expected.len()
        && case
            .expected
            .iter()
            .zip(&got)
            .all(|(e, o)| same(&e.1, &o.1));
    (span_ok, value_ok)
}

/// A first reason for a new expected failure, from what we found against
/// what upstream expects; edit the file to refine it (bless keeps edits).
fn guess_reason(case: &Case, model: &str, lang: Language) -> String {
    let got = ours(model, &case.input, lang);
    let input = case.input.to_lowercase();
    let texts: String = case.expected.iter().map(|e| e.2.to_lowercase()).collect();
    let has = |words: &[&str]| words.iter().any(|w| texts.contains(w));
    let why = if case.expected.is_empty() {
        "by design or heuristics: we read a figure here, upstream reads none"
    } else if model == "number"
        && case.expected.len() > got.len()
        && ["/", ":", "+1", "-", "年", "月"]
            .iter()
            .any(|s| input.contains(s))
    {
        "by design: dates, times, phone numbers and versions are not read as separate numbers"
    } else if has(&[
        "分の", " over ", " sur ", "first", "fifth", "th", "ième", "ieme", "premi", "割", "厘",
    ]) {
        "ordinal-based fraction or proportion phrasing we do not read"
    } else if has(&["^", "乗", "x10"]) {
        "power form we do not read"
    } else if has(&["ダース", "dozen", "douzaine", "lakh", "crore"]) {
        "dozens or Indian scales in a form we do not read"
    } else if texts
        .chars()
        .filter(|c| ('\u{3040}'..='\u{309f}').contains(c) && !matches!(c, 'と' | 'の'))
        .count()
        >= 2
    {
        "hiragana numerals are not read"
    } else if model == "currency" && got.len() < case.expected.len() {
        "currency name, sign or compound amount not in our tables"
    } else if model == "number_range" && got.len() < case.expected.len() {
        "comparison phrasing not in our cue tables"
    } else if model == "number_range" {
        "range or bound read, but its span or ends differ (cues, units or の間 placed differently)"
    } else if got.len() != case.expected.len() {
        "numbers split or joined differently"
    } else if case
        .expected
        .iter()
        .zip(&got)
        .all(|(e, o)| e.0.is_none_or(|s| s == o.0))
    {
        "same spans, different value"
    } else {
        "span differs: cue, unit or sign included or left out differently"
    };
    why.into()
}

#[test]
fn recognizers_text_numbers() {
    let Some(dir) = shared_dir() else {
        skip("../shared not found");
        return;
    };
    let floors = read_floors();
    let mut expected_failures = read_expected();
    let bless = std::env::var_os("CORROBORATE_BLESS").is_some();
    let mut problems = Vec::new();
    let mut report = String::new();
    let mut new_floors = BTreeMap::new();
    let mut new_expected = BTreeMap::new();
    for (code, lang) in LANGS {
        for model in MODELS {
            let cases = read_cases(&dir, code, model);
            let (mut n, mut span_ok) = (0usize, 0usize);
            let (mut value_n, mut value_ok) = (0usize, 0usize);
            let (mut un, mut un_span, mut un_value) = (0usize, 0usize, 0usize);
            for case in &cases {
                let (s, v) = check(case, model, lang);
                if (!s || !v)
                    && std::env::var("CORROBORATE_SHOW")
                        .is_ok_and(|f| f == format!("{code}-{model}"))
                {
                    let exp: Vec<_> = case.expected.iter().map(|e| (e.0, &e.1)).collect();
                    println!(
                        "FAIL {} {:?}\n  expected {:?}\n  ours     {:?}",
                        case.id,
                        case.input,
                        exp,
                        ours(model, &case.input, lang)
                    );
                }
                if !case.counted {
                    un += 1;
                    un_span += usize::from(s);
                    un_value += usize::from(v);
                    continue;
                }
                n += 1;
                span_ok += usize::from(s);
                // Upstream's own runner checks only the span of such a case,
                // and some of their values are wrong (2分の5 as 0.4): the
                // value rate is over the cases upstream resolves.
                let v = v || case.span_only;
                if !case.span_only {
                    value_n += 1;
                    value_ok += usize::from(v);
                }
                let listed = expected_failures.remove(&case.id);
                let (listed_checks, reason) = listed
                    .clone()
                    .unwrap_or_else(|| (String::new(), guess_reason(case, model, lang)));
                let mut failing = Vec::new();
                if !s {
                    failing.push("span");
                }
                if !v {
                    failing.push("value");
                }
                let failing = failing.join(",");
                if failing != listed_checks {
                    problems.push(format!(
                        "{}: failing [{failing}], listed [{listed_checks}]: {:?}",
                        case.id, case.input
                    ));
                }
                if !failing.is_empty() {
                    new_expected.insert(case.id.clone(), (failing, reason));
                }
            }
            let rate = |k: usize, n: usize| if n == 0 { 1.0 } else { k as f64 / n as f64 };
            let (sr, vr) = (rate(span_ok, n), rate(value_ok, value_n));
            let _ = writeln!(
                report,
                "{code} {model:<13} span {:>5.1}% of {n:>3} counted, value {:>5.1}% of {value_n:>3} resolved upstream | unsupported upstream: span {un_span}/{un} value {un_value}/{un}",
                sr * 100.0,
                vr * 100.0,
            );
            for (check, r) in [("span", sr), ("value", vr)] {
                let key = format!("{code} {model} {check}");
                let floor = floors.get(&key).copied().unwrap_or(0.0);
                if r + 1e-9 < floor {
                    problems.push(format!(
                        "{key}: rate {:.3} is below its floor {floor:.3}",
                        r
                    ));
                }
                new_floors.insert(key, (r * 1000.0).floor() / 1000.0);
            }
        }
    }
    for (id, _) in expected_failures {
        problems.push(format!(
            "{id}: listed as an expected failure but no such counted case"
        ));
    }
    println!("{report}");
    if bless {
        write_files(&new_floors, &new_expected);
        println!("blessed: {FLOORS} and {EXPECTED} rewritten");
        return;
    }
    assert!(
        problems.is_empty(),
        "{} conformance problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn data_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

fn read_floors() -> BTreeMap<String, f64> {
    let text = std::fs::read_to_string(data_path(FLOORS)).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (key, value) = l.rsplit_once(' ')?;
            Some((key.to_owned(), value.parse().ok()?))
        })
        .collect()
}

fn read_expected() -> BTreeMap<String, (String, String)> {
    let text = std::fs::read_to_string(data_path(EXPECTED)).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (head, reason) = l.split_once(" # ").unwrap_or((l, ""));
            let mut parts = head.split_whitespace();
            let id = parts.next()?.to_owned();
            let checks = parts.next().unwrap_or_default().to_owned();
            Some((id, (checks, reason.trim().to_owned())))
        })
        .collect()
}

fn write_files(floors: &BTreeMap<String, f64>, expected: &BTreeMap<String, (String, String)>) {
    let mut f = String::from(
        "# Conformance floors (ratchet) for tests/conformance_numbers.rs: `lang model check rate`.\n\
         # Generated by `CORROBORATE_BLESS=1 CORROBORATE_SHARED=/work/shared cargo test --test conformance_numbers`;\n\
         # raise, never lower without a reason in the commit message.\n",
    );
    for (k, v) in floors {
        let _ = writeln!(f, "{k} {v:.3}");
    }
    std::fs::write(data_path(FLOORS), f).expect("write floors");
    let mut e = String::from(
        "# Expected failures of tests/conformance_numbers.rs: `case checks # reason`.\n\
         # A listed check that passes fails the test, so this list cannot go stale.\n\
         # Generated by `CORROBORATE_BLESS=1 CORROBORATE_SHARED=/work/shared cargo test --test conformance_numbers`,\n\
         # which keeps the reasons already written; first reasons are guessed from the case.\n",
    );
    // Cases in file order: sort by language, model, then index.
    let mut rows: Vec<_> = expected.iter().collect();
    rows.sort_by_key(|(id, _)| {
        let (file, index) = id.rsplit_once(':').unwrap_or((id.as_str(), "0"));
        (file.to_owned(), index.parse::<usize>().unwrap_or(0))
    });
    for (id, (checks, reason)) in rows {
        let _ = writeln!(e, "{id} {checks} # {reason}");
    }
    std::fs::write(data_path(EXPECTED), e).expect("write expected failures");
}

/// Says on the terminal that the suite did not run: libtest captures
/// `print!` and `eprint!` of passing tests, so a skip would be silent in a
/// plain `cargo test`; a direct write to stderr is not captured.
fn skip(why: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "skipped {}: {why}", module_path!());
}
