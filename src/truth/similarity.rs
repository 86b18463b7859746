//! How values compare: which strings are one value, which are numbers, how
//! far two values support each other.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use super::Dataset;

/// Compares values for [`Crh`](super::Crh) and [`AccuCopy`](super::AccuCopy).
///
/// Every method has a default, so an implementation overrides only what its
/// domain needs:
///
/// ```
/// use std::borrow::Cow;
/// use corroborate::truth::Similarity;
///
/// /// ISBNs: hyphens do not matter.
/// struct Isbn;
///
/// impl Similarity for Isbn {
///     fn canonical<'a>(&self, value: &'a str) -> Cow<'a, str> {
///         Cow::Owned(value.replace('-', ""))
///     }
/// }
/// assert_eq!(Isbn.canonical("0-201-85394-9"), "0201853949");
/// ```
pub trait Similarity {
    /// The canonical form of a value: values with the same canonical form
    /// are the same value. The default is the value itself.
    fn canonical<'a>(&self, value: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(value)
    }

    /// The number a value (in canonical form) stands for, if it is one. An
    /// object all of whose values are numbers is treated as numeric by
    /// [`Crh`](super::Crh). The default reads no numbers.
    fn number(&self, value: &str) -> Option<f64> {
        let _ = value;
        None
    }

    /// How far two distinct canonical values of one object support each
    /// other, from 0 (not at all, the default) to 1 (as if equal).
    fn similarity(&self, a: &str, b: &str) -> f64 {
        let _ = (a, b);
        0.0
    }
}

/// Values are equal only if their strings are: the compatibility rule.
#[derive(Clone, Copy, Debug, Default)]
pub struct Exact;

impl Similarity for Exact {}

/// Text values compared after folding: NFKC, lower case, punctuation to
/// spaces, runs of spaces to one.
///
/// ```
/// use corroborate::truth::{Normalized, Similarity};
///
/// assert_eq!(Normalized.canonical("  Knuth,  Donald E. "), "knuth donald e");
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Normalized;

impl Similarity for Normalized {
    fn canonical<'a>(&self, value: &'a str) -> Cow<'a, str> {
        let mut out = String::with_capacity(value.len());
        let mut space = false;
        for ch in value.nfkc().flat_map(char::to_lowercase) {
            if ch.is_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(ch);
            } else {
                space = true;
            }
        }
        if out == value {
            Cow::Borrowed(value)
        } else {
            Cow::Owned(out)
        }
    }
}

/// Numbers written in different ways are one value, and near numbers
/// support each other; other values are compared as [`Normalized`] text.
///
/// Reads digits with `,`, `_`, spaces or no-break spaces grouping
/// thousands, a `.` decimal point (or a `,` followed by other than three
/// digits), and a scale word: `k`/`thousand`, `m`/`million(s)`,
/// `bn`/`billion(s)`. Two numbers `a`, `b` have similarity
/// `max(0, 1 - |a - b| / (tolerance · max(|a|, |b|)))`.
///
/// ```
/// use corroborate::truth::{Numeric, Similarity};
///
/// let n = Numeric::new();
/// let table = [("16,444,373", Some(16_444_373.0)), ("16.4 million", Some(16_400_000.0)),
///              ("2k", Some(2000.0)), ("1 000 000", Some(1e6)), ("12,5", Some(12.5)), ("n/a", None)];
/// for (text, expected) in table {
///     assert_eq!(n.number(&n.canonical(text)), expected, "{text}");
/// }
/// assert_eq!(n.canonical("16,444,373"), "16444373");
/// assert!(n.similarity("16444373", "16400000") > 0.9);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Numeric {
    tolerance: f64,
}

impl Default for Numeric {
    fn default() -> Numeric {
        Numeric { tolerance: 0.3 }
    }
}

impl Numeric {
    /// Numbers with a relative tolerance of 30%.
    pub fn new() -> Numeric {
        Numeric::default()
    }

    /// Sets the relative difference at which two numbers stop supporting
    /// each other.
    pub fn tolerance(mut self, tolerance: f64) -> Numeric {
        self.tolerance = tolerance;
        self
    }

    fn parse(value: &str) -> Option<f64> {
        let text = value.trim().to_lowercase();
        let split = text
            .char_indices()
            .find(|&(_, c)| {
                !(c.is_ascii_digit()
                    || matches!(c, ',' | '.' | '_' | ' ' | '\u{a0}' | '\u{202f}' | '-' | '+'))
            })
            .map_or(text.len(), |(i, _)| i);
        let (digits, word) = text.split_at(split);
        // A power of ten, applied in the text so that 16.4 million is
        // exactly 16400000 rather than 16.4 × 1e6.
        let exponent = match word.trim() {
            "" => 0,
            "k" | "thousand" | "thousands" => 3,
            "m" | "million" | "millions" | "mn" => 6,
            "b" | "bn" | "billion" | "billions" => 9,
            _ => return None,
        };
        let mut digits: String = digits
            .chars()
            .filter(|c| !matches!(c, '_' | ' ' | '\u{a0}' | '\u{202f}'))
            .collect();
        if digits.contains(',') {
            // A comma before exactly three digits groups thousands;
            // otherwise, with no point, it is a decimal comma.
            let groups: Vec<&str> = digits.split(',').collect();
            let grouping = groups[1..]
                .iter()
                .all(|g| g.len() >= 3 && g[..3].bytes().all(|b| b.is_ascii_digit()))
                && groups[1..groups.len() - 1].iter().all(|g| g.len() == 3);
            digits = if grouping {
                digits.replace(',', "")
            } else if groups.len() == 2 && !digits.contains('.') {
                digits.replace(',', ".")
            } else {
                return None;
            };
        }
        if !digits.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        if digits.contains(['e', 'E']) {
            return None;
        }
        let x: f64 = format!("{digits}e{exponent}").parse().ok()?;
        x.is_finite().then_some(x)
    }
}

impl Similarity for Numeric {
    fn canonical<'a>(&self, value: &'a str) -> Cow<'a, str> {
        match Numeric::parse(value) {
            Some(x) => {
                let text = format!("{x}");
                if text == value {
                    Cow::Borrowed(value)
                } else {
                    Cow::Owned(text)
                }
            }
            None => Normalized.canonical(value),
        }
    }

    fn number(&self, value: &str) -> Option<f64> {
        Numeric::parse(value)
    }

    fn similarity(&self, a: &str, b: &str) -> f64 {
        match (Numeric::parse(a), Numeric::parse(b)) {
            (Some(a), Some(b)) => {
                let scale = self.tolerance * a.abs().max(b.abs());
                if scale == 0.0 {
                    return if a == b { 1.0 } else { 0.0 };
                }
                (1.0 - (a - b).abs() / scale).max(0.0)
            }
            _ => 0.0,
        }
    }
}

/// Candidates grouped into value classes (equal canonical forms), with
/// what [`Crh`](super::Crh) and [`AccuCopy`](super::AccuCopy) need about
/// them. Classes of one object are contiguous.
pub(crate) struct Classes {
    /// Per object, the range of its classes.
    pub obj_start: Vec<u32>,
    /// Per candidate, its class.
    pub of_candidate: Vec<u32>,
    /// Per class, the candidate that names it: the one with most claimants,
    /// ties to the smallest string.
    pub name: Vec<u32>,
    /// Per class, its object.
    pub object: Vec<u32>,
    /// Per class, its canonical form.
    pub canonical: Vec<Box<str>>,
    /// Per class, its number, or NaN.
    pub number: Vec<f64>,
    /// Per object, whether every class is a number.
    pub numeric: Vec<bool>,
    /// Per class, whether its object has more than one claim: only such
    /// claims say anything about a source (a lone claim always "agrees").
    pub contested: Vec<bool>,
    /// Per class, the sources claiming it (sorted), as a CSR.
    pub claim_start: Vec<u32>,
    pub claimants: Vec<u32>,
    /// Per source, (object, class) of each claim, in object order.
    pub src_start: Vec<u32>,
    pub src_claims: Vec<u32>,
}

impl Classes {
    pub fn new(data: &Dataset, sim: &dyn Similarity) -> Classes {
        let n_obj = data.num_objects();
        let mut obj_start = Vec::with_capacity(n_obj + 1);
        let mut of_candidate = vec![0u32; data.num_candidates()];
        let mut name = Vec::new();
        let mut canonical: Vec<Box<str>> = Vec::new();
        let mut object = Vec::new();
        let mut number = Vec::new();
        let mut numeric = Vec::with_capacity(n_obj);
        let mut contested = Vec::new();
        let mut claim_start = vec![0u32];
        let mut claimants: Vec<u32> = Vec::with_capacity(data.num_claims());
        let mut forms: Vec<(Cow<str>, usize)> = Vec::new();
        obj_start.push(0u32);
        for o in 0..n_obj {
            let obj_claims_start = claim_start.len() - 1;
            forms.clear();
            forms.extend(
                data.candidates(o)
                    .map(|c| (sim.canonical(data.candidate_value(c)), c)),
            );
            forms.sort();
            let mut all_numbers = true;
            let mut i = 0;
            while i < forms.len() {
                let mut j = i;
                while j < forms.len() && forms[j].0 == forms[i].0 {
                    j += 1;
                }
                let class = name.len() as u32;
                let mut best = forms[i].1;
                let mut members: Vec<u32> = Vec::new();
                for (_, c) in &forms[i..j] {
                    of_candidate[*c] = class;
                    members.extend_from_slice(data.claimants(*c));
                    let (nc, nb) = (data.claimants(*c).len(), data.claimants(best).len());
                    if nc > nb || nc == nb && data.candidate_value(*c) < data.candidate_value(best)
                    {
                        best = *c;
                    }
                }
                members.sort_unstable();
                claimants.extend_from_slice(&members);
                claim_start.push(claimants.len() as u32);
                name.push(best as u32);
                object.push(o as u32);
                let x = sim.number(&forms[i].0).unwrap_or(f64::NAN);
                all_numbers &= !x.is_nan();
                number.push(x);
                canonical.push(forms[i].0.as_ref().into());
                i = j;
            }
            numeric.push(all_numbers && !forms.is_empty());
            let claims = claim_start[claim_start.len() - 1] - claim_start[obj_claims_start];
            contested.resize(name.len(), claims > 1);
            obj_start.push(name.len() as u32);
        }
        let n_src = data.num_sources();
        let mut src_start = vec![0u32; n_src + 1];
        for &s in &claimants {
            src_start[s as usize + 1] += 1;
        }
        for s in 0..n_src {
            src_start[s + 1] += src_start[s];
        }
        let mut src_claims = vec![0u32; claimants.len()];
        let mut next = src_start.clone();
        for k in 0..name.len() {
            for &s in &claimants[claim_start[k] as usize..claim_start[k + 1] as usize] {
                src_claims[next[s as usize] as usize] = k as u32;
                next[s as usize] += 1;
            }
        }
        Classes {
            obj_start,
            of_candidate,
            name,
            object,
            canonical,
            number,
            numeric,
            contested,
            claim_start,
            claimants,
            src_start,
            src_claims,
        }
    }

    pub fn num_classes(&self) -> usize {
        self.name.len()
    }

    pub fn classes(&self, object: usize) -> std::ops::Range<usize> {
        self.obj_start[object] as usize..self.obj_start[object + 1] as usize
    }

    pub fn claimants(&self, class: usize) -> &[u32] {
        &self.claimants[self.claim_start[class] as usize..self.claim_start[class + 1] as usize]
    }

    pub fn claims_of(&self, source: usize) -> &[u32] {
        &self.src_claims[self.src_start[source] as usize..self.src_start[source + 1] as usize]
    }

    /// Per object, the chosen class as its naming candidate.
    pub fn to_candidates(&self, chosen: &[u32]) -> Vec<u32> {
        chosen.iter().map(|&k| self.name[k as usize]).collect()
    }

    /// Spreads class beliefs to the candidates of each class.
    pub fn candidate_beliefs(&self, class_belief: &[f64]) -> Vec<f64> {
        self.of_candidate
            .iter()
            .map(|&k| class_belief[k as usize])
            .collect()
    }
}
