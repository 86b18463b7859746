//! Truth discovery over `(source, object, value)` claims.
//!
//! Many sources state values for many objects; they disagree. Truth
//! discovery picks a value per object and, at the same time, learns how far
//! to trust each source: a source that is often right counts for more, and
//! values backed by trusted sources are more likely right. This module is
//! usable on its own, on any data that fits the triple shape.
//!
//! ```
//! use corroborate::truth::{Algorithm, Crh, Dataset, Sums};
//!
//! let csv = "source,object,value\n\
//!            insee,paris,2148000\nwiki,paris,2148000\nblog,paris,2000000\n\
//!            insee,lyon,516000\nwiki,lyon,516000\nblog,lyon,500000\n\
//!            blog,nice,340000\n";
//! let data = Dataset::read_csv(csv.as_bytes())?;
//! let sums = Sums::new().run(&data);
//! assert_eq!(sums.chosen_value(&data, 0), "2148000");
//! let crh = Crh::new().run(&data);
//! assert_eq!(crh.chosen_value(&data, 1), "516000");
//! // blog is wrong twice: it ends with the least trust.
//! let blog = 2;
//! assert!(crh.trust()[blog] < crh.trust()[0]);
//! # Ok::<(), corroborate::Error>(())
//! ```
//!
//! # Reading claims
//!
//! [`Dataset::read_csv`] takes any `BufRead` holding a `source,object,value`
//! CSV (RFC 4180 quoting; further columns ignored, as the oracle script
//! does); [`Dataset::from_rows`] and [`DatasetBuilder::push`] take claims
//! built in code. Labels are interned, so ten million claims about a
//! million objects fit in a few hundred megabytes. Bad input is an
//! [`Error`] naming the line (`line 17: expected 3 fields
//! (source,object,value), found 2`); a source claiming two values for one
//! object is rejected, as by the package, unless
//! [`Duplicates::KeepFirst`] is set.
//!
//! From the command line, `examples/truth.rs` runs any algorithm on a CSV
//! and prints the oracle's JSON shape; `examples/truth_accuracy.rs` prints
//! the accuracy table of `BENCHMARKS.md`.
//!
//! # Algorithms
//!
//! | name | kind | values | source trust | stops |
//! |---|---|---|---|---|
//! | [`Voting`] | compatibility | exact strings | 1 for all | no iterations |
//! | [`Sums`] | compatibility | exact strings | `SC·B`, max-normalised | 20 fixed |
//! | [`AverageLog`] | compatibility | exact strings | `ln n/n · SC·B`, max-normalised | 20 fixed |
//! | [`Investment`] | compatibility | exact strings | returns on invested trust | 20 fixed |
//! | [`PooledInvestment`] | compatibility | exact strings | returns pooled per object | 10 fixed |
//! | [`TruthFinder`] | compatibility | exact strings | mean belief of its claims | cosine < 0.001 |
//! | [`Crh`] | better | categories and numbers, via a [`Similarity`] | CRH's `-ln` of CATD's upper bound of the mean loss, `(loss + ε·claims) / χ²` | 20 fixed |
//! | [`AccuCopy`] | better | categories and numbers, via a [`Similarity`] | accuracy smoothed toward its claim-count group, copiers (pairwise and against all) discounted, popular false figures, two-party disputes | 20 fixed |
//!
//! ## The compatibility set
//!
//! [`Voting`], [`Sums`], [`AverageLog`], [`Investment`],
//! [`PooledInvestment`] and [`TruthFinder`] reproduce the PyPI package
//! `truthdiscovery` 1.0.4 (Joe Singleton): same priors, exponents,
//! normalisations and iteration counts, so that on the same data the chosen
//! values are identical and per-source trust agrees within 1e-9 (checked by
//! `tests/truth_compat.rs` against the package's own output). Each type's
//! documentation gives its update rule. Values are compared as exact
//! strings. Ties between candidates (beliefs within `1e-12 · max(1, |max|)`)
//! go to the smallest value string, where the package picks at random.
//!
//! ## The better methods
//!
//! - [`Crh`] (Li et al., SIGMOD 2014) minimises the weighted loss of each
//!   source against the chosen values. For an object whose values are not
//!   all numbers the loss is 0-1 on canonical values and the choice a
//!   weighted vote. For an object whose values are all numbers (as the
//!   [`Similarity`] reads them) the chosen value is a claimed number, the
//!   weighted medoid: the loss of a claim is half a label's 0-1 loss and
//!   half its squared relative deviation in units of its source's own
//!   scale, capped at three scales (so a vandal's figure costs no more than
//!   any gross error), and each claim that differs also costs `ln n_o`,
//!   the evidence of an exact coincidence among the `n_o` figures of that
//!   size and precision, so two sources agreeing to the unit outweigh any
//!   single one (the weighted median beyond 64 distinct numbers).
//!   Source weights are CRH's `-ln` of a loss share taken at CATD's
//!   (Li et al., VLDB 2015) upper bound of the source's mean loss,
//!   `(Σ loss + ε·n_s) / χ²(α/2, n_s)`, so that a source with one claim,
//!   right or not, cannot earn trust, and the floor `ε = 0.1` on each
//!   claim's loss keeps a prolific source from weighing more merely
//!   because it is prolific.
//! - [`AccuCopy`] (Dong, Berti-Equille and Srivastava, VLDB 2009) is a
//!   Bayesian vote with per-source accuracy that detects copying: two
//!   sources that share many *false* values are unlikely independent, and a
//!   copier's vote is discounted. Only pairs of sources that share enough
//!   objects are compared, so the cost stays near-linear in the claims.
//!
//!   A source that echoes a different source on each object (a bot
//!   repeating the page after one-edit editors) escapes the pairwise test,
//!   so each source is also tested against all others at once: does it
//!   share values with someone more often than its accuracy and theirs
//!   explain? Its excess, at the lower end of a confidence interval, is a
//!   copy rate that discounts its shared votes. Sources are smoothed
//!   toward a prior learned from sources of like volume (grouped by
//!   `⌊log₂ claims⌋`: empirical Bayes), and vote with the lower end of a
//!   confidence interval on their accuracy, CATD's idea carried over, so
//!   that a source with one claim cannot vote like a proven one.
//!
//!   Two more parts, both on by default, come from data like Wikipedia's
//!   edit histories. Wrong figures can be *popular* (people re-enter the
//!   figure a page showed): how often two wrong claims coincide is
//!   estimated from the data, and a repeated wrong figure then earns
//!   little, where independent noisy readings leave the model as it is
//!   (Dong et al.'s AccuPR, as a Pólya urn over the noise model). And in a
//!   *two-party dispute* with no third voice, each side votes with its
//!   record in disputes elsewhere, so that the leader of such a
//!   comparison does not win it by having won it before. The steps, with
//!   why each holds, are in [`AccuCopy`]'s documentation.
//!
//! AccuCopy judges a source only on *contested* objects (claimed by more
//! than one source): a lone claim always agrees with the value it alone
//! decides, and counting it would hand full trust to a prolific source
//! nobody contradicts.
//!
//! # Plugging a similarity
//!
//! [`Crh`] and [`AccuCopy`] see values through a [`Similarity`]: its
//! `canonical` form decides which raw strings are the same value
//! (`"Knuth, D."` and `"knuth d"`), `number` decides which values are
//! numeric (`"16,444,373"`, `"16.4 million"`), and `similarity` how far two
//! distinct values support each other. [`Exact`], [`Normalized`] and
//! [`Numeric`] are provided; implement the trait for your own domain.
//!
//! ```
//! use std::borrow::Cow;
//! use corroborate::truth::{Algorithm, Crh, Dataset, Similarity};
//!
//! /// Case does not matter in city names.
//! struct CaseFold;
//!
//! impl Similarity for CaseFold {
//!     fn canonical<'a>(&self, value: &'a str) -> Cow<'a, str> {
//!         Cow::Owned(value.to_lowercase())
//!     }
//! }
//!
//! let data = Dataset::from_rows([("a", "hq", "Paris"), ("b", "hq", "PARIS"), ("c", "hq", "Lyon")])?;
//! // Exact strings: three values, one claim each, a tie to the smallest.
//! assert_eq!(Crh::new().run(&data).chosen_value(&data, 0), "Lyon");
//! // Folded: "Paris" and "PARIS" are one value with two claims.
//! let result = Crh::new().similarity(CaseFold).run(&data);
//! assert_eq!(result.chosen_value(&data, 0).to_lowercase(), "paris");
//! # Ok::<(), corroborate::Error>(())
//! ```
//!
//! # Determinism
//!
//! Ids are given in order of first appearance, every loop runs over ids,
//! and hash maps serve lookups only, so the same input gives the same
//! output, bit for bit.

mod accu;
mod chi2;
mod compat;
mod crh;
mod dataset;
mod result;
mod similarity;

use std::fmt;
use std::str::FromStr;

pub use accu::AccuCopy;
pub use chi2::chi_square_quantile;
pub use compat::{AverageLog, Investment, Iterations, PooledInvestment, Sums, TruthFinder, Voting};
pub use crh::Crh;
pub use dataset::{Dataset, DatasetBuilder, Duplicates, read_truth_csv};
pub use result::{TruthResult, choose, write_json};
pub use similarity::{Exact, Normalized, Numeric, Similarity};

use crate::Error;

/// A truth-discovery algorithm, configured and ready to run.
pub trait Algorithm {
    /// The algorithm's name in the oracle's JSON (`"sums"`, `"crh"`, ...).
    fn name(&self) -> &'static str;

    /// Runs on a dataset. An empty dataset gives an empty result.
    fn run(&self, data: &Dataset) -> TruthResult;
}

/// The algorithms by name, for command lines and configuration files.
///
/// ```
/// use corroborate::truth::Method;
///
/// let m: Method = "pooled_investment".parse()?;
/// assert_eq!(m, Method::PooledInvestment);
/// assert_eq!(m.to_string(), "pooled_investment");
/// assert!("pooled".parse::<Method>().is_err());
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Method {
    /// [`Voting`].
    Voting,
    /// [`Sums`].
    Sums,
    /// [`AverageLog`].
    AverageLog,
    /// [`Investment`].
    Investment,
    /// [`PooledInvestment`].
    PooledInvestment,
    /// [`TruthFinder`].
    TruthFinder,
    /// [`Crh`].
    Crh,
    /// [`AccuCopy`].
    AccuCopy,
}

impl Method {
    /// Every method, compatibility set first.
    pub const ALL: [Method; 8] = [
        Method::Voting,
        Method::Sums,
        Method::AverageLog,
        Method::Investment,
        Method::PooledInvestment,
        Method::TruthFinder,
        Method::Crh,
        Method::AccuCopy,
    ];

    /// The methods that reproduce the `truthdiscovery` package.
    pub const COMPATIBLE: [Method; 6] = [
        Method::Voting,
        Method::Sums,
        Method::AverageLog,
        Method::Investment,
        Method::PooledInvestment,
        Method::TruthFinder,
    ];

    /// The name, as in the oracle's JSON.
    pub fn name(self) -> &'static str {
        match self {
            Method::Voting => "voting",
            Method::Sums => "sums",
            Method::AverageLog => "average_log",
            Method::Investment => "investment",
            Method::PooledInvestment => "pooled_investment",
            Method::TruthFinder => "truthfinder",
            Method::Crh => "crh",
            Method::AccuCopy => "accu_copy",
        }
    }

    /// The algorithm with its defaults, or with a fixed number of
    /// iterations if given (voting ignores it, as the oracle script does).
    pub fn algorithm(self, iterations: Option<usize>) -> Box<dyn Algorithm> {
        let fixed = iterations.map(Iterations::Fixed);
        match self {
            Method::Voting => Box::new(Voting::new()),
            Method::Sums => Box::new(fixed.map_or(Sums::new(), |i| Sums::new().iterations(i))),
            Method::AverageLog => {
                Box::new(fixed.map_or(AverageLog::new(), |i| AverageLog::new().iterations(i)))
            }
            Method::Investment => {
                Box::new(fixed.map_or(Investment::new(), |i| Investment::new().iterations(i)))
            }
            Method::PooledInvestment => Box::new(fixed.map_or(PooledInvestment::new(), |i| {
                PooledInvestment::new().iterations(i)
            })),
            Method::TruthFinder => {
                Box::new(fixed.map_or(TruthFinder::new(), |i| TruthFinder::new().iterations(i)))
            }
            Method::Crh => Box::new(iterations.map_or(Crh::new(), |n| Crh::new().iterations(n))),
            Method::AccuCopy => {
                Box::new(iterations.map_or(AccuCopy::new(), |n| AccuCopy::new().iterations(n)))
            }
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Method {
    type Err = Error;

    fn from_str(s: &str) -> Result<Method, Error> {
        Method::ALL
            .into_iter()
            .find(|m| m.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Method::ALL.iter().map(|m| m.name()).collect();
                Error::invalid_value(format!(
                    "unknown truth-discovery algorithm `{s}`, expected one of {}",
                    names.join(", ")
                ))
            })
    }
}
