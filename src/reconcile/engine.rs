//! The reconciliation itself: propositions, candidates, opinions, verdicts.

use std::borrow::Cow;
use std::cmp::Ordering;

use crate::hash::FxHashMap as HashMap;

use super::candidates::{cluster, cmp_value};
use super::independence::{Graph, Placement};
use super::opinion::clamp01;
use super::report::{
    Candidate, ClaimRef, Evidence, IndependentSource, Proposition, Reason, Report, Stance,
};
use super::{Opinion, Reconciler, Verdict};
use crate::{Claim, Modality, PartyKind, Predicate, Source, Unit, Value};

/// Subject, predicate, unit, and for a multi-valued predicate the entity
/// or text value itself: each member of a set is weighed on its own.
type Key<'a> = (&'a str, &'a Predicate, Option<&'a Unit>, Option<&'a str>);

fn key(claim: &Claim) -> Key<'_> {
    let unit = match claim.value() {
        Value::Quantity(q) => q.unit(),
        _ => None,
    };
    let member = match claim.value() {
        _ if !claim.predicate().is_multi_valued() => None,
        Value::Entity { name } => Some(name.as_str()),
        Value::Text { text } => Some(text.as_str()),
        _ => None,
    };
    (claim.subject(), claim.predicate(), unit, member)
}

/// Propositions by subject, predicate name and unit name; the derived
/// orders break the ties names cannot (a `Unit::Other("persons")` built by
/// hand), so the order never depends on a hash map's.
fn cmp_key(a: &Key<'_>, b: &Key<'_>) -> Ordering {
    a.0.cmp(b.0)
        .then_with(|| a.1.as_str().cmp(b.1.as_str()))
        .then_with(|| a.2.map(Unit::as_str).cmp(&b.2.map(Unit::as_str)))
        .then_with(|| a.3.cmp(&b.3))
        .then_with(|| a.1.cmp(b.1))
        .then_with(|| a.2.cmp(&b.2))
}

/// A total order on the claims of one proposition from one source.
fn cmp_claim_in_source(a: &Claim, b: &Claim) -> Ordering {
    a.span()
        .cmp(&b.span())
        .then_with(|| a.modality().cmp(&b.modality()))
        .then_with(|| a.claimant().cmp(b.claimant()))
        .then_with(|| a.text().cmp(b.text()))
        .then_with(|| cmp_value(a.value(), b.value()))
}

/// One claim's contribution to a fusion: who, which dependent member, how
/// much for and against.
#[derive(Clone, Copy)]
struct Entry {
    voice: u32,
    member: u32,
    r: f64,
    s: f64,
}

/// Per independent source: the averaging fusion (mean) over its dependent
/// members of each member's strongest support and strongest opposition.
/// Members with neither do not count, so an official's "not known" does not
/// dilute its confirmation. Sums run in (voice, member) order, so results
/// do not depend on the input order.
fn fuse(entries: &mut [Entry]) -> Vec<(u32, f64, f64)> {
    entries.sort_unstable_by_key(|e| (e.voice, e.member));
    let mut out = Vec::new();
    let (mut rs, mut ss) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < entries.len() {
        let voice = entries[i].voice;
        rs.clear();
        ss.clear();
        while i < entries.len() && entries[i].voice == voice {
            let member = entries[i].member;
            let (mut r, mut s) = (0.0f64, 0.0f64);
            while i < entries.len() && entries[i].voice == voice && entries[i].member == member {
                r = r.max(entries[i].r);
                s = s.max(entries[i].s);
                i += 1;
            }
            if r > 0.0 || s > 0.0 {
                rs.push(r);
                ss.push(s);
            }
        }
        let n = rs.len().max(1) as f64;
        out.push((voice, sum(&mut rs) / n, sum(&mut ss) / n));
    }
    out
}

/// A sum that does not depend on the order of its terms: node indices
/// follow source ids, so adding a source can reorder clusters, and a float
/// sum must not change with that.
fn sum(values: &mut [f64]) -> f64 {
    values.sort_unstable_by(f64::total_cmp);
    values.iter().sum()
}

impl Reconciler {
    /// The weight a claim carries when it supports (or contradicts by
    /// stating another value) and when it denies, before the modality's
    /// factor.
    fn weights(&self, claim: &Claim, place: &Placement, source_kind: PartyKind) -> (f64, f64) {
        let support = if super::independence::is_third_party(claim.claimant()) {
            self.claimant_prior(claim.claimant().kind()).weight()
        } else {
            self.source_prior(source_kind).weight()
        };
        (support, self.denial_prior(place.speaker).weight())
    }

    /// How a claim counts for a candidate, and why, given whether its value
    /// is of the candidate's kind and consistent with it.
    fn compare(
        &self,
        modality: Modality,
        speaker: PartyKind,
        same_kind: bool,
        consistent: bool,
    ) -> Reason {
        if modality == Modality::Unknown {
            return if speaker == PartyKind::Official {
                Reason::NotConfirmed
            } else {
                Reason::Undetermined
            };
        }
        if !same_kind {
            return Reason::OtherKind;
        }
        match (modality, consistent) {
            (Modality::Confirmed, true) => Reason::Confirms,
            (Modality::Hedged, true) => Reason::Hedges,
            (Modality::Hedged, false) => Reason::HedgesOtherValue,
            (Modality::Denied, true) => Reason::Denies,
            (Modality::Denied, false) => Reason::DeniesOtherValue,
            (_, true) => Reason::Asserts,
            (_, false) => Reason::ContradictsValue,
        }
    }

    fn weight_of(&self, reason: Reason, support: f64, denial: f64) -> f64 {
        match reason {
            Reason::Confirms | Reason::Asserts | Reason::ContradictsValue => support,
            Reason::Hedges | Reason::HedgesOtherValue => support * self.hedge_factor,
            Reason::Denies => denial,
            _ => 0.0,
        }
    }
}

pub(crate) fn run<'a>(cfg: &Reconciler, sources: &[&Source], claims: &'a [Claim]) -> Report<'a> {
    let graph = Graph::build(sources, claims);
    let source_kinds = &graph.source_kinds;

    // Group claims by key with a counting sort: one map lookup per claim and
    // one flat array, rather than a growing vector per proposition.
    let mut ids: HashMap<Key<'_>, u32> = HashMap::default();
    let mut keys: Vec<Key<'_>> = Vec::new();
    let group_of: Vec<u32> = claims
        .iter()
        .map(|c| {
            *ids.entry(key(c)).or_insert_with_key(|k| {
                keys.push(*k);
                (keys.len() - 1) as u32
            })
        })
        .collect();
    drop(ids);
    let mut start = vec![0u32; keys.len() + 1];
    for &g in &group_of {
        start[g as usize + 1] += 1;
    }
    for g in 0..keys.len() {
        start[g + 1] += start[g];
    }
    let mut fill = start.clone();
    let mut flat = vec![0u32; claims.len()];
    for (i, &g) in group_of.iter().enumerate() {
        flat[fill[g as usize] as usize] = i as u32;
        fill[g as usize] += 1;
    }
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_unstable_by(|&a, &b| cmp_key(&keys[a], &keys[b]));

    let propositions = order
        .into_iter()
        .map(|g| {
            let members = &flat[start[g] as usize..start[g + 1] as usize];
            proposition(cfg, &graph, source_kinds, claims, keys[g], members)
        })
        .collect();
    Report { propositions }
}

fn proposition<'a>(
    cfg: &Reconciler,
    graph: &Graph,
    source_kinds: &[PartyKind],
    claims: &'a [Claim],
    key: Key<'_>,
    members: &[u32],
) -> Proposition<'a> {
    // Distinct values and their candidates.
    let mut distinct: HashMap<&Value, usize> = HashMap::default();
    let mut values: Vec<&Value> = Vec::new();
    // Few distinct values are found faster by looking than by hashing.
    const LOOK_UP_TO: usize = 8;
    let value_of: Vec<usize> = members
        .iter()
        .map(|&i| {
            let v = claims[i as usize].value();
            let found = if values.len() <= LOOK_UP_TO {
                values.iter().position(|&w| w == v)
            } else {
                distinct.get(v).copied()
            };
            if let Some(found) = found {
                return found;
            }
            values.push(v);
            let n = values.len() - 1;
            if values.len() == LOOK_UP_TO + 1 {
                distinct.extend(values.iter().enumerate().map(|(n, &w)| (w, n)));
            } else if values.len() > LOOK_UP_TO + 1 {
                distinct.insert(v, n);
            }
            n
        })
        .collect();
    let clusters = cluster(&values);
    let n_candidates = clusters.reps.len();

    let places: Vec<Placement> = members
        .iter()
        .map(|&i| graph.placements[i as usize])
        .collect();
    let weights: Vec<(f64, f64)> = members
        .iter()
        .zip(&places)
        .map(|(&i, p)| cfg.weights(&claims[i as usize], p, source_kinds[p.source as usize]))
        .collect();

    // Each candidate's support from its own claims ranks the candidates:
    // a claim adds to one candidate only, so this is linear.
    let mut home: Vec<Vec<Entry>> = vec![Vec::new(); n_candidates];
    let mut home_count = vec![0usize; n_candidates];
    for (k, &i) in members.iter().enumerate() {
        let c = clusters.of_value[value_of[k]];
        home_count[c] += 1;
        let factor = match claims[i as usize].modality() {
            Modality::Asserted | Modality::Confirmed => 1.0,
            Modality::Hedged => cfg.hedge_factor,
            _ => 0.0,
        };
        if factor > 0.0 {
            home[c].push(Entry {
                voice: places[k].voice,
                member: places[k].member,
                r: weights[k].0 * factor,
                s: 0.0,
            });
        }
    }
    let support: Vec<f64> = home
        .iter_mut()
        .map(|entries| sum(&mut fuse(entries).iter().map(|v| v.1).collect::<Vec<_>>()))
        .collect();
    let mut rank: Vec<usize> = (0..n_candidates).collect();
    rank.sort_by(|&a, &b| support[b].total_cmp(&support[a]).then(a.cmp(&b)));
    let mut position = vec![0; n_candidates];
    for (pos, &c) in rank.iter().enumerate() {
        position[c] = pos;
    }
    let best = rank[0];
    let best_rep = &clusters.reps[best];
    // Comparisons per distinct value, not per claim: names fold only once.
    let against_best: Vec<(bool, bool)> = values
        .iter()
        .map(|v| (best_rep.same_kind(v), best_rep.is_consistent_with(v)))
        .collect();

    // Every claim against the best value.
    let mut reasons = Vec::with_capacity(members.len());
    let mut entries = Vec::with_capacity(members.len());
    let mut firm = false;
    let mut official_support = false;
    for (k, &i) in members.iter().enumerate() {
        let claim = &claims[i as usize];
        let (same_kind, consistent) = against_best[value_of[k]];
        let reason = cfg.compare(claim.modality(), places[k].speaker, same_kind, consistent);
        let weight = cfg.weight_of(reason, weights[k].0, weights[k].1);
        firm |= matches!(
            reason,
            Reason::Confirms | Reason::Asserts | Reason::ContradictsValue | Reason::Denies
        );
        official_support |= places[k].speaker == PartyKind::Official
            && matches!(reason, Reason::Confirms | Reason::Asserts);
        let (r, s) = match reason.stance() {
            Stance::For => (weight, 0.0),
            Stance::Against => (0.0, weight),
            Stance::Neutral => (0.0, 0.0),
        };
        entries.push(Entry {
            voice: places[k].voice,
            member: places[k].member,
            r,
            s,
        });
        reasons.push((reason, weight));
    }
    let voices = fuse(&mut entries);

    let stance_of = |r: f64, s: f64| match r.total_cmp(&s) {
        Ordering::Greater => Stance::For,
        Ordering::Less => Stance::Against,
        Ordering::Equal => Stance::Neutral,
    };
    let (mut r_all, mut s_all) = (Vec::new(), Vec::new());
    let (mut for_r, mut for_s, mut against_r, mut against_s) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut credible_for, mut credible_against, mut corroborating) = (false, false, 0);
    for &(voice, r, s) in &voices {
        let kind = graph.voice_kind[voice as usize];
        r_all.push(r);
        s_all.push(s);
        match stance_of(r, s) {
            Stance::For => {
                for_r.push(r);
                for_s.push(s);
            }
            Stance::Against => {
                against_r.push(r);
                against_s.push(s);
            }
            Stance::Neutral => {}
        }
        credible_for |= r >= cfg.credible;
        if kind != PartyKind::Attacker {
            credible_against |= s >= cfg.credible;
            if r >= cfg.credible {
                corroborating += 1;
            }
        }
    }
    let (sources_for, sources_against) = (for_r.len(), against_r.len());
    let (r_total, s_total) = (sum(&mut r_all), sum(&mut s_all));
    let (for_r, for_s) = (sum(&mut for_r), sum(&mut for_s));
    let (against_r, against_s) = (sum(&mut against_r), sum(&mut against_s));

    let verdict = if !firm {
        Verdict::Unresolved
    } else if credible_against && s_total >= cfg.dominance * r_total {
        Verdict::Refuted
    } else if credible_against && credible_for {
        Verdict::Disputed
    } else if official_support {
        Verdict::Confirmed
    } else if corroborating >= cfg.min_corroborating {
        Verdict::Corroborated
    } else if r_total > 0.0 {
        Verdict::Claimed
    } else {
        Verdict::Unresolved
    };

    let evidence = |r: f64, s: f64| {
        Opinion::from_evidence(
            cfg.evidence_scale * r,
            cfg.evidence_scale * s,
            cfg.prior_weight,
            cfg.base_rate,
        )
    };
    let opinion = evidence(r_total, s_total);
    let side_for = evidence(for_r, for_s);
    let side_against = if sources_against > 0 {
        evidence(against_r, against_s)
    } else {
        Opinion::vacuous(cfg.base_rate)
    };
    let conflict = if sources_for > 0 && sources_against > 0 {
        side_for.conflict(&side_against)
    } else {
        0.0
    };

    // The explanation, by independent source: one sort of the claims by
    // (independent source, source, canonical order) gives each source's
    // claims and its sorted, distinct source ids in one pass.
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_unstable_by(|&a, &b| {
        (places[a].voice, places[a].source)
            .cmp(&(places[b].voice, places[b].source))
            .then_with(|| {
                cmp_claim_in_source(&claims[members[a] as usize], &claims[members[b] as usize])
            })
            .then(a.cmp(&b))
    });
    let mut explanation: Vec<(u32, IndependentSource<'a>)> = Vec::with_capacity(voices.len());
    let mut run = order.as_slice();
    for &(voice, r, s) in &voices {
        let len = run
            .iter()
            .position(|&k| places[k].voice != voice)
            .unwrap_or(run.len());
        let (this, rest) = run.split_at(len);
        run = rest;
        let mut sources: Vec<Cow<'a, str>> = Vec::new();
        let mut last = None;
        let claims_here = this
            .iter()
            .map(|&k| {
                if last != Some(places[k].source) {
                    last = Some(places[k].source);
                    // The claim's own source field is the node's id.
                    sources.push(Cow::Borrowed(claims[members[k] as usize].source()));
                }
                let (reason, weight) = reasons[k];
                Evidence {
                    claim: ClaimRef::Borrowed(&claims[members[k] as usize]),
                    stance: reason.stance(),
                    reason,
                    weight: clamp01(weight),
                    candidate: position[clusters.of_value[value_of[k]]],
                }
            })
            .collect();
        explanation.push((
            voice,
            IndependentSource {
                label: graph.voice_label[voice as usize].clone(),
                kind: graph.voice_kind[voice as usize],
                stance: stance_of(r, s),
                support: clamp01(r),
                opposition: clamp01(s),
                sources,
                claims: claims_here,
            },
        ));
    }
    explanation.sort_by(|(va, a), (vb, b)| {
        a.stance
            .cmp(&b.stance)
            .then_with(|| a.label.cmp(&b.label))
            .then(va.cmp(vb))
    });

    let candidates: Vec<Candidate> = rank
        .iter()
        .map(|&c| Candidate {
            value: values[clusters.seeds[c]].clone(),
            claims: home_count[c],
            support: support[c],
        })
        .collect();

    Proposition {
        subject: key.0.to_owned(),
        predicate: key.1.clone(),
        unit: key.2.cloned(),
        best: candidates[0].value.clone(),
        candidates,
        verdict,
        agreement: opinion.belief,
        contradiction: opinion.disbelief,
        conflict,
        opinion,
        sources_for,
        sources_against,
        independent_sources: voices.len(),
        attestations: members.len(),
        explanation: explanation.into_iter().map(|(_, g)| g).collect(),
    }
}
