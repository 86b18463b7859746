//! Candidate values: clusters of mutually consistent values.
//!
//! Distinct values are taken from the most specific to the vaguest (an
//! exact figure before a bounded interval, before a half-open one); each
//! joins the first existing candidate it is consistent with, narrowing the
//! candidate's representative to the intersection, or starts a new one. The
//! representatives of quantity candidates are therefore pairwise disjoint
//! intervals, kept sorted, so finding the candidate of a value is a
//! logarithmic lookup and clustering stays near-linear in the number of
//! distinct values.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;

use crate::text::fold;
use crate::{Number, Quantity, TimeSpan, Value};

/// What a candidate stands for, for consistency checks: the intersection of
/// its members.
#[derive(Clone, Debug)]
pub(crate) enum Rep {
    Interval(Option<Number>, Option<Number>),
    Time(TimeSpan),
    Flag(bool),
    Entity(String),
    Text(String),
}

impl Rep {
    fn of(value: &Value) -> Rep {
        match value {
            Value::Quantity(q) => Rep::Interval(q.min(), q.max()),
            Value::Time(t) => Rep::Time(t.clone()),
            Value::Flag { value } => Rep::Flag(*value),
            Value::Entity { name } => Rep::Entity(fold(name)),
            Value::Text { text } => Rep::Text(fold(text)),
        }
    }

    /// Whether `value` is of a kind comparable with the candidate.
    pub(crate) fn same_kind(&self, value: &Value) -> bool {
        matches!(
            (self, value),
            (Rep::Interval(..), Value::Quantity(_))
                | (Rep::Time(_), Value::Time(_))
                | (Rep::Flag(_), Value::Flag { .. })
                | (Rep::Entity(_), Value::Entity { .. })
                | (Rep::Text(_), Value::Text { .. })
        )
    }

    /// Whether `value` can be true together with the candidate. Units are
    /// not looked at: a proposition has one unit.
    pub(crate) fn is_consistent_with(&self, value: &Value) -> bool {
        match (self, value) {
            (Rep::Interval(lo, hi), Value::Quantity(q)) => overlaps(*lo, *hi, q.min(), q.max()),
            (Rep::Time(t), Value::Time(v)) => t.is_consistent_with(v),
            (Rep::Flag(a), Value::Flag { value }) => a == value,
            (Rep::Entity(a), Value::Entity { name }) => *a == fold(name),
            (Rep::Text(a), Value::Text { text }) => *a == fold(text),
            _ => false,
        }
    }
}

fn overlaps(
    lo1: Option<Number>,
    hi1: Option<Number>,
    lo2: Option<Number>,
    hi2: Option<Number>,
) -> bool {
    let below =
        |hi: Option<Number>, lo: Option<Number>| matches!((hi, lo), (Some(h), Some(l)) if h < l);
    !below(hi1, lo2) && !below(hi2, lo1)
}

/// The greater of two lower bounds, `None` being minus infinity.
fn max_lo(a: Option<Number>, b: Option<Number>) -> Option<Number> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, None) => a,
        (None, b) => b,
    }
}

/// The smaller of two upper bounds, `None` being plus infinity.
fn min_hi(a: Option<Number>, b: Option<Number>) -> Option<Number> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, None) => a,
        (None, b) => b,
    }
}

fn is_instant(t: &TimeSpan) -> bool {
    matches!((t.from(), t.to()), (Some(a), Some(b)) if a == b)
}

/// The moments two consistent time spans share.
fn intersect_time(a: &TimeSpan, b: &TimeSpan) -> Option<TimeSpan> {
    if is_instant(a) {
        return a.is_consistent_with(b).then(|| a.clone());
    }
    if is_instant(b) {
        return a.is_consistent_with(b).then(|| b.clone());
    }
    let later = |x: Option<NaiveDateTime>, y: Option<NaiveDateTime>| match (x, y) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, None) => x,
        (None, y) => y,
    };
    let earlier = |x: Option<NaiveDateTime>, y: Option<NaiveDateTime>| match (x, y) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    };
    let from = later(a.from(), b.from());
    let to = earlier(a.to(), b.to());
    match (from, to) {
        (Some(f), Some(t)) if f >= t => None,
        _ => TimeSpan::new(from, to, None).ok(),
    }
}

/// A total order on values, used wherever a tie must be broken the same
/// way whatever the input order.
pub(crate) fn cmp_value(a: &Value, b: &Value) -> Ordering {
    fn rank(v: &Value) -> u8 {
        match v {
            Value::Quantity(_) => 0,
            Value::Time(_) => 1,
            Value::Flag { .. } => 2,
            Value::Entity { .. } => 3,
            Value::Text { .. } => 4,
        }
    }
    match (a, b) {
        (Value::Quantity(x), Value::Quantity(y)) => cmp_quantity(x, y),
        (Value::Time(x), Value::Time(y)) => {
            (x.from(), x.to(), x.granularity()).cmp(&(y.from(), y.to(), y.granularity()))
        }
        (Value::Flag { value: x }, Value::Flag { value: y }) => y.cmp(x),
        (Value::Entity { name: x }, Value::Entity { name: y }) => x.cmp(y),
        (Value::Text { text: x }, Value::Text { text: y }) => x.cmp(y),
        _ => rank(a).cmp(&rank(b)),
    }
}

fn cmp_quantity(x: &Quantity, y: &Quantity) -> Ordering {
    (x.min(), x.max(), x.unit())
        .cmp(&(y.min(), y.max(), y.unit()))
        // Equal numbers written differently (5 and 5.0) still get an order.
        .then_with(|| {
            let int = |n: Option<Number>| n.map(Number::is_integer);
            (int(x.min()), int(x.max())).cmp(&(int(y.min()), int(y.max())))
        })
}

/// How vague a value is, the most specific first: bounded intervals by
/// width, then half-open ones, then unbounded ones.
fn vagueness(v: &Value) -> (u8, f64) {
    match v {
        Value::Quantity(q) => match (q.min(), q.max()) {
            (Some(a), Some(b)) => (0, b.as_f64() - a.as_f64()),
            (Some(_), None) | (None, Some(_)) => (1, 0.0),
            (None, None) => (2, 0.0),
        },
        Value::Time(t) => match (t.from(), t.to()) {
            (Some(a), Some(b)) => (0, (b - a).num_milliseconds() as f64),
            (Some(_), None) | (None, Some(_)) => (1, 0.0),
            (None, None) => (2, 0.0),
        },
        _ => (0, 0.0),
    }
}

/// The candidates of one proposition.
pub(crate) struct Clusters {
    /// Per candidate, in creation order: the value that started it (its
    /// most specific member) and its representative.
    pub seeds: Vec<usize>,
    pub reps: Vec<Rep>,
    /// Per distinct value, its candidate.
    pub of_value: Vec<usize>,
}

/// Clusters distinct values; `values[i]` is the i-th distinct value.
pub(crate) fn cluster(values: &[&Value]) -> Clusters {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&i, &j| {
        let (ci, wi) = vagueness(values[i]);
        let (cj, wj) = vagueness(values[j]);
        ci.cmp(&cj)
            .then(wi.total_cmp(&wj))
            .then_with(|| cmp_value(values[i], values[j]))
    });

    let mut clusters = Clusters {
        seeds: Vec::new(),
        reps: Vec::new(),
        of_value: vec![0; values.len()],
    };
    // Quantity candidates by their representative's lower bound; they are
    // disjoint, so their upper bounds are in the same order.
    let mut intervals: BTreeMap<Option<Number>, usize> = BTreeMap::new();
    let mut flags: [Option<usize>; 2] = [None, None];
    let mut names: HashMap<(bool, String), usize> = HashMap::new();
    let mut times: Vec<usize> = Vec::new();

    for i in order {
        let value = values[i];
        let found = match value {
            Value::Quantity(q) => join_interval(&mut clusters.reps, &mut intervals, q),
            Value::Time(t) => times.iter().copied().find(|&c| match &clusters.reps[c] {
                Rep::Time(rep) => match intersect_time(rep, t) {
                    Some(narrow) => {
                        clusters.reps[c] = Rep::Time(narrow);
                        true
                    }
                    None => false,
                },
                _ => false,
            }),
            Value::Flag { value } => flags[usize::from(*value)],
            Value::Entity { name } => names.get(&(true, fold(name))).copied(),
            Value::Text { text } => names.get(&(false, fold(text))).copied(),
        };
        let c = match found {
            Some(c) => c,
            None => {
                let c = clusters.reps.len();
                let rep = Rep::of(value);
                match &rep {
                    Rep::Interval(lo, _) => {
                        intervals.insert(*lo, c);
                    }
                    Rep::Time(_) => times.push(c),
                    Rep::Flag(b) => flags[usize::from(*b)] = Some(c),
                    Rep::Entity(n) => {
                        names.insert((true, n.clone()), c);
                    }
                    Rep::Text(n) => {
                        names.insert((false, n.clone()), c);
                    }
                }
                clusters.reps.push(rep);
                clusters.seeds.push(i);
                c
            }
        };
        clusters.of_value[i] = c;
    }
    clusters
}

/// Finds the lowest candidate interval consistent with `q`, narrows it to
/// the intersection and returns it.
fn join_interval(
    reps: &mut [Rep],
    intervals: &mut BTreeMap<Option<Number>, usize>,
    q: &Quantity,
) -> Option<usize> {
    let (lo, hi) = (q.min(), q.max());
    let bounds = |c: usize, reps: &[Rep]| match &reps[c] {
        Rep::Interval(l, h) => (*l, *h),
        _ => (None, None),
    };
    // The candidate starting at or before `lo` may reach into `q`...
    let mut hit = intervals
        .range(..=lo)
        .next_back()
        .map(|(_, &c)| c)
        .filter(|&c| {
            let (l, h) = bounds(c, reps);
            overlaps(l, h, lo, hi)
        });
    // ...otherwise the first one starting after `lo`, if it starts in `q`.
    if hit.is_none() {
        hit = intervals
            .range((std::ops::Bound::Excluded(lo), std::ops::Bound::Unbounded))
            .next()
            .map(|(_, &c)| c)
            .filter(|&c| {
                let (l, h) = bounds(c, reps);
                overlaps(l, h, lo, hi)
            });
    }
    let c = hit?;
    let (l, h) = bounds(c, reps);
    let (nl, nh) = (max_lo(l, lo), min_hi(h, hi));
    intervals.remove(&l);
    intervals.insert(nl, c);
    reps[c] = Rep::Interval(nl, nh);
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Unit;

    fn q(min: Option<i64>, max: Option<i64>) -> Value {
        Value::Quantity(
            Quantity::new(
                min.map(Number::from),
                max.map(Number::from),
                Some(Unit::Persons),
            )
            .unwrap(),
        )
    }

    #[test]
    fn consistent_values_share_a_candidate() {
        // value -> the index of the value whose candidate it joins
        let values = [
            q(Some(16_444_373), Some(16_444_373)), // 0: the attacker's figure
            q(Some(16_000_000), None),             // 1: "more than 16 million"
            q(Some(69_000_000), Some(69_999_999)), // 2: "nearly 70 million"
            q(None, Some(1_000)),                  // 3: "up to 1,000"
            q(Some(500), Some(500)),               // 4: 500
            q(None, None),                         // 5: "some"
        ];
        let refs: Vec<&Value> = values.iter().collect();
        let c = cluster(&refs);
        let same = |a: usize, b: usize| c.of_value[a] == c.of_value[b];
        assert!(same(0, 1), "more than 16 million supports 16,444,373");
        assert!(!same(0, 2));
        assert!(same(3, 4));
        assert!(!same(0, 4));
        // The unbounded value joins the lowest candidate.
        assert!(same(5, 4));
        assert_eq!(c.reps.len(), 3);
        // 16,444,373 is more specific than "more than 16 million": it stands
        // for the candidate.
        assert_eq!(c.seeds[c.of_value[1]], 0);
    }

    #[test]
    fn names_fold_and_flags_split() {
        let values = [
            Value::Entity {
                name: "Indra".into(),
            },
            Value::Entity {
                name: "INDRA".into(),
            },
            Value::Text {
                text: "indra".into(),
            },
            Value::Flag { value: true },
            Value::Flag { value: false },
        ];
        let refs: Vec<&Value> = values.iter().collect();
        let c = cluster(&refs);
        assert_eq!(c.of_value[0], c.of_value[1]);
        assert_ne!(c.of_value[0], c.of_value[2]);
        assert_ne!(c.of_value[3], c.of_value[4]);
        assert_eq!(c.reps.len(), 4);
    }
}
