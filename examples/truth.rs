//! Runs truth-discovery algorithms on a `source,object,value` CSV and prints
//! JSON in the shape of the `truthdiscovery` oracle script:
//! `{"results": {NAME: {"accuracy": a, "chosen": {...}, "iterations": n, "trust": {...}}}}`.
//!
//! ```text
//! cargo run --release --example truth -- --algorithm NAME[,NAME...|all] \
//!     [--iterations N] [--truth TRUTH.csv] [--values exact|normalized|numeric] \
//!     [--keep-first] [--out FILE] CLAIMS.csv
//! ```
//!
//! `--iterations N` forces N fixed iterations on every iterative algorithm
//! (as the oracle's flag does); without it each runs with its defaults.
//! `--values` sets how crh and accu_copy compare values (exact by default).
//! `--keep-first` keeps a source's first value for an object instead of
//! rejecting the file.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::process::ExitCode;

use corroborate::truth::{
    AccuCopy, Algorithm, Crh, Dataset, Duplicates, Exact, Method, Normalized, Numeric, TruthResult,
    read_truth_csv, write_json,
};

const USAGE: &str = "usage: truth --algorithm NAME[,NAME...|all] [--iterations N] [--truth TRUTH.csv] \
[--values exact|normalized|numeric] [--keep-first] [--out FILE] CLAIMS.csv";

struct Args {
    methods: Vec<Method>,
    iterations: Option<usize>,
    truth: Option<String>,
    values: String,
    keep_first: bool,
    out: Option<String>,
    claims: String,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let (mut methods, mut iterations, mut truth, mut out, mut claims) =
        (None, None, None, None, None);
    let mut values = "exact".to_string();
    let mut keep_first = false;
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("`{name}` needs a value"));
        match arg.as_str() {
            "--algorithm" | "--algorithms" => {
                let list = value(&arg)?;
                let parsed: Result<Vec<Method>, String> = if list == "all" {
                    Ok(Method::ALL.to_vec())
                } else {
                    list.split(',')
                        .filter(|s| !s.trim().is_empty())
                        .map(|s| s.trim().parse::<Method>().map_err(|e| e.to_string()))
                        .collect()
                };
                methods = Some(parsed?);
            }
            "--iterations" => {
                let n = value(&arg)?;
                iterations = Some(
                    n.parse::<usize>()
                        .map_err(|_| format!("`--iterations` expects a count, found `{n}`"))?,
                );
            }
            "--truth" => truth = Some(value(&arg)?),
            "--out" => out = Some(value(&arg)?),
            "--values" => {
                values = value(&arg)?;
                if !["exact", "normalized", "numeric"].contains(&values.as_str()) {
                    return Err(format!(
                        "`--values` expects exact, normalized or numeric, found `{values}`"
                    ));
                }
            }
            "--keep-first" => keep_first = true,
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
            _ if claims.is_some() => return Err(format!("unexpected argument `{arg}`")),
            _ => claims = Some(arg),
        }
    }
    let methods = methods.ok_or("missing `--algorithm`")?;
    if methods.is_empty() {
        return Err("`--algorithm` lists no algorithm".into());
    }
    Ok(Args {
        methods,
        iterations,
        truth,
        values,
        keep_first,
        out,
        claims: claims.ok_or("missing the claims CSV")?,
    })
}

fn algorithm(method: Method, args: &Args) -> Box<dyn Algorithm> {
    macro_rules! with_values {
        ($alg:expr) => {
            match args.values.as_str() {
                "numeric" => Box::new($alg.similarity(Numeric::new())),
                "normalized" => Box::new($alg.similarity(Normalized)),
                _ => Box::new($alg.similarity(Exact)),
            }
        };
    }
    match (method, args.iterations) {
        (Method::Crh, n) => with_values!(n.map_or(Crh::new(), |n| Crh::new().iterations(n))),
        (Method::AccuCopy, n) => {
            with_values!(n.map_or(AccuCopy::new(), |n| AccuCopy::new().iterations(n)))
        }
        (m, n) => m.algorithm(n),
    }
}

fn run() -> Result<(), String> {
    // Argument errors come with the usage; data errors name file and line.
    let args = parse_args().map_err(|msg| {
        if msg.is_empty() {
            msg
        } else {
            format!("{msg}\n{USAGE}")
        }
    })?;
    let file =
        File::open(&args.claims).map_err(|e| format!("cannot open `{}`: {e}", args.claims))?;
    let duplicates = if args.keep_first {
        Duplicates::KeepFirst
    } else {
        Duplicates::Reject
    };
    let data = Dataset::builder()
        .duplicates(duplicates)
        .read_csv(BufReader::with_capacity(1 << 20, file))
        .map_err(|e| format!("{}: {e}", args.claims))?;
    let truth: Option<HashMap<String, String>> = match &args.truth {
        None => None,
        Some(path) => {
            let file = File::open(path).map_err(|e| format!("cannot open `{path}`: {e}"))?;
            let rows = read_truth_csv(BufReader::new(file)).map_err(|e| format!("{path}: {e}"))?;
            Some(rows.into_iter().collect())
        }
    };
    let results: Vec<TruthResult> = args
        .methods
        .iter()
        .map(|&m| algorithm(m, &args).run(&data))
        .collect();
    let scored: Vec<(&TruthResult, Option<f64>)> = results
        .iter()
        .map(|r| {
            let accuracy = truth
                .as_ref()
                .map(|t| r.accuracy(&data, |o| t.get(o).map(String::as_str)));
            (r, accuracy)
        })
        .collect();
    let write = |out: &mut dyn Write| -> std::io::Result<()> {
        let mut out = BufWriter::with_capacity(1 << 20, out);
        write_json(&mut out, &data, &scored)?;
        out.flush()
    };
    match &args.out {
        Some(path) => {
            let mut file =
                File::create(path).map_err(|e| format!("cannot create `{path}`: {e}"))?;
            write(&mut file)
        }
        None => write(&mut std::io::stdout().lock()),
    }
    .map_err(|e| format!("cannot write the output: {e}"))
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) if msg.is_empty() => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}
