//! The common result of every algorithm, and its JSON form.

use std::io::{self, Write};

use super::Dataset;

/// What an algorithm concluded: a chosen value per object, a trust score
/// per source, a belief score per candidate, and how many iterations it ran.
#[derive(Clone, Debug, PartialEq)]
pub struct TruthResult {
    pub(crate) algorithm: &'static str,
    pub(crate) chosen: Vec<u32>,
    pub(crate) trust: Vec<f64>,
    pub(crate) belief: Vec<f64>,
    pub(crate) iterations: Option<usize>,
}

impl TruthResult {
    /// Builds a result from per-candidate beliefs, choosing per object the
    /// candidate of highest belief (ties to the smallest value string, see
    /// [`choose`]).
    pub(crate) fn from_beliefs(
        algorithm: &'static str,
        data: &Dataset,
        trust: Vec<f64>,
        belief: Vec<f64>,
        iterations: Option<usize>,
    ) -> TruthResult {
        let chosen = choose(data, &belief);
        TruthResult {
            algorithm,
            chosen,
            trust,
            belief,
            iterations,
        }
    }

    /// The algorithm's name, as accepted by [`Method`](super::Method)'s `FromStr`.
    pub fn algorithm(&self) -> &'static str {
        self.algorithm
    }

    /// The candidate chosen for each object, indexed by object.
    pub fn chosen(&self) -> &[u32] {
        &self.chosen
    }

    /// The value chosen for an object.
    pub fn chosen_value<'d>(&self, data: &'d Dataset, object: usize) -> &'d str {
        data.candidate_value(self.chosen[object] as usize)
    }

    /// Trust per source, indexed by source.
    pub fn trust(&self) -> &[f64] {
        &self.trust
    }

    /// Belief per candidate, indexed by candidate.
    pub fn belief(&self) -> &[f64] {
        &self.belief
    }

    /// The number of iterations run; `None` for algorithms that do not
    /// iterate (voting).
    pub fn iterations(&self) -> Option<usize> {
        self.iterations
    }

    /// The share of objects whose chosen value equals the true one, counting
    /// objects without a known truth as wrong (the oracle script's measure).
    ///
    /// ```
    /// use corroborate::truth::{Algorithm, Dataset, Voting};
    ///
    /// let data = Dataset::from_rows([("a", "x", "1"), ("b", "x", "1"), ("c", "x", "2"), ("a", "y", "3")])?;
    /// let result = Voting::new().run(&data);
    /// let acc = result.accuracy(&data, |object| (object == "x").then_some("1"));
    /// assert_eq!(acc, 0.5);
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn accuracy<'t>(&self, data: &Dataset, truth: impl Fn(&str) -> Option<&'t str>) -> f64 {
        let n = self.chosen.len();
        let ok = (0..n)
            .filter(|&o| truth(data.object_name(o)) == Some(self.chosen_value(data, o)))
            .count();
        ok as f64 / n.max(1) as f64
    }
}

/// Per object, the candidate of highest belief; candidates within
/// `1e-12 * max(1, |max|)` of the maximum tie, and ties go to the smallest
/// value string (the package itself breaks ties at random). A NaN belief
/// never wins.
pub fn choose(data: &Dataset, belief: &[f64]) -> Vec<u32> {
    let mut chosen = Vec::with_capacity(data.num_objects());
    for o in 0..data.num_objects() {
        let range = data.candidates(o);
        let max = range
            .clone()
            .map(|c| belief[c])
            .filter(|b| !b.is_nan())
            .fold(f64::NEG_INFINITY, f64::max);
        let tol = 1e-12 * max.abs().max(1.0);
        let best = range
            .clone()
            .filter(|&c| max.is_infinite() && belief[c] == max || (belief[c] - max).abs() <= tol)
            .min_by(|&a, &b| data.candidate_value(a).cmp(data.candidate_value(b)))
            // Every belief NaN: fall back to the smallest value.
            .or_else(|| range.min_by(|&a, &b| data.candidate_value(a).cmp(data.candidate_value(b))))
            .unwrap_or(0);
        chosen.push(best as u32);
    }
    chosen
}

/// Writes results as the oracle script's JSON, keys sorted:
/// `{"results": {NAME: {"accuracy": a, "chosen": {object: value},
/// "iterations": n, "trust": {source: t}}}}`.
///
/// `accuracy` is written when given; `iterations` is `null` for voting, and
/// a non-finite trust is written as `null`.
pub fn write_json<W: Write>(
    mut out: W,
    data: &Dataset,
    results: &[(&TruthResult, Option<f64>)],
) -> io::Result<()> {
    let mut objects: Vec<u32> = (0..data.num_objects() as u32).collect();
    objects.sort_unstable_by(|&a, &b| {
        data.object_name(a as usize)
            .cmp(data.object_name(b as usize))
    });
    let mut sources: Vec<u32> = (0..data.num_sources() as u32).collect();
    sources.sort_unstable_by(|&a, &b| {
        data.source_name(a as usize)
            .cmp(data.source_name(b as usize))
    });
    let mut sorted: Vec<&(&TruthResult, Option<f64>)> = results.iter().collect();
    sorted.sort_by_key(|r| r.0.algorithm);

    out.write_all(b"{\"results\": {")?;
    for (i, (result, accuracy)) in sorted.into_iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        out.write_all(b"\n ")?;
        string(&mut out, result.algorithm)?;
        out.write_all(b": {")?;
        if let Some(a) = accuracy {
            out.write_all(b"\n  \"accuracy\": ")?;
            number(&mut out, *a)?;
            out.write_all(b",")?;
        }
        out.write_all(b"\n  \"chosen\": {")?;
        for (k, &o) in objects.iter().enumerate() {
            out.write_all(if k == 0 { b"\n   " } else { b",\n   " })?;
            string(&mut out, data.object_name(o as usize))?;
            out.write_all(b": ")?;
            string(&mut out, result.chosen_value(data, o as usize))?;
        }
        out.write_all(b"\n  },\n  \"iterations\": ")?;
        match result.iterations {
            Some(n) => write!(out, "{n}")?,
            None => out.write_all(b"null")?,
        }
        out.write_all(b",\n  \"trust\": {")?;
        for (k, &s) in sources.iter().enumerate() {
            out.write_all(if k == 0 { b"\n   " } else { b",\n   " })?;
            string(&mut out, data.source_name(s as usize))?;
            out.write_all(b": ")?;
            number(&mut out, result.trust[s as usize])?;
        }
        out.write_all(b"\n  }\n }")?;
    }
    out.write_all(b"\n}}\n")?;
    Ok(())
}

fn string<W: Write>(out: &mut W, s: &str) -> io::Result<()> {
    serde_json::to_writer(out, s).map_err(io::Error::other)
}

fn number<W: Write>(out: &mut W, x: f64) -> io::Result<()> {
    if x.is_finite() {
        // Display is the shortest text that reads back to the same f64.
        write!(out, "{x}")
    } else {
        out.write_all(b"null")
    }
}
