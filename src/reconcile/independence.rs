//! Who is independent of whom: parties, copies and derivation.
//!
//! The graph has a node per source (including sources only named by a
//! claim or a `derived_from` link) and per party (a claimant other than
//! the reporting outlet itself, by kind and folded name). Nodes are merged
//! into clusters, each one independent source for veracity:
//!
//! 1. sources that are verbatim copies (same kind, name, address, language,
//!    derivation and claims, under another id) are one node;
//! 2. a source and what it derives from are one cluster (transitively);
//! 3. a party and its own channel are one cluster: an attacker's claim in a
//!    source of kind attacker (its forum post), an official's in an
//!    official source, a named outlet's in a source of that name;
//! 4. but a source that depends, directly or transitively, on parties of
//!    different kinds (an article citing both the attacker's post and the
//!    ministry's statement) keeps its links out: it depends on both, which
//!    does not make them depend on each other.
//!
//! Clusters are the connected components of these links, so they do not
//! depend on the order of the input; node indices follow source ids and
//! party keys, so neither do the cluster roots.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use crate::hash::{FxHashMap as HashMap, FxHasher};

use crate::text::fold;
use crate::{Claim, Claimant, PartyKind, Source};

/// Whether a claim is a third party's statement rather than the reporting
/// source's own: officials, attackers and researchers always, other
/// claimants when named ("according to Le Parisien").
pub(crate) fn is_third_party(claimant: &Claimant) -> bool {
    match claimant.kind() {
        PartyKind::Official | PartyKind::Attacker | PartyKind::Researcher => true,
        _ => claimant.name().is_some(),
    }
}

/// The kinds whose clusters must not merge with each other, as bits.
fn authority(kind: PartyKind) -> u8 {
    match kind {
        PartyKind::Official => 1,
        PartyKind::Researcher => 2,
        PartyKind::Attacker => 4,
        _ => 0,
    }
}

/// The kind a cluster speaks for, from the authorities in it; should links
/// by name have joined several, the official one, then the researcher.
fn authority_kind(mask: u8) -> Option<PartyKind> {
    [
        (1, PartyKind::Official),
        (2, PartyKind::Researcher),
        (4, PartyKind::Attacker),
    ]
    .into_iter()
    .find(|(bit, _)| mask & bit != 0)
    .map(|(_, kind)| kind)
}

/// A party as written: kind and name.
type RawParty<'a> = (PartyKind, Option<&'a str>);
/// A party as compared: kind and folded name.
type PartyKey = (PartyKind, String);

/// Per claim: where it sits in the independence graph.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Placement {
    /// The dependent member it belongs to: a party node or a source's copy
    /// group.
    pub member: u32,
    /// The cluster root: its independent source.
    pub voice: u32,
    /// Who speaks: the claimant's kind for a third party, else the
    /// source's kind.
    pub speaker: PartyKind,
    /// The source it came from.
    pub source: u32,
}

/// The independence graph of a set of sources and claims.
pub(crate) struct Graph {
    /// Source kinds by node index (unknown for sources only named).
    pub source_kinds: Vec<PartyKind>,
    /// Per cluster root: the kind the verdict rules see.
    pub voice_kind: Vec<PartyKind>,
    /// Per cluster root: a stable label.
    pub voice_label: Vec<String>,
    /// Per claim, in input order.
    pub placements: Vec<Placement>,
}

struct UnionFind {
    parent: Vec<u32>,
}

impl UnionFind {
    fn find(&mut self, mut x: u32) -> u32 {
        let mut root = x;
        while self.parent[root as usize] != root {
            root = self.parent[root as usize];
        }
        while self.parent[x as usize] != root {
            let next = self.parent[x as usize];
            self.parent[x as usize] = root;
            x = next;
        }
        root
    }

    /// Merges the clusters of `a` and `b`. The smaller index becomes the
    /// root, and plain union is order-independent: the clusters are the
    /// connected components whatever the order of the links.
    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (root, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[child as usize] = root;
        }
    }
}

/// Per source, the authorities it depends on: its own kind's and those of
/// everything it derives from, transitively (a fixpoint; each mask only
/// grows, at most three times, so this is linear in the links).
fn ancestry(kinds: &[PartyKind], parents: &[Vec<u32>]) -> Vec<u8> {
    let n = kinds.len();
    let mut mask: Vec<u8> = kinds.iter().map(|&k| authority(k)).collect();
    let mut children: Vec<Vec<u32>> = vec![Vec::new(); n];
    for (child, ps) in parents.iter().enumerate() {
        for &p in ps {
            children[p as usize].push(child as u32);
        }
    }
    let mut work: Vec<u32> = (0..n as u32).filter(|&i| mask[i as usize] != 0).collect();
    while let Some(p) = work.pop() {
        let m = mask[p as usize];
        for &c in &children[p as usize] {
            let merged = mask[c as usize] | m;
            if merged != mask[c as usize] {
                mask[c as usize] = merged;
                work.push(c);
            }
        }
    }
    mask
}

/// A claim's content without its source, for copy detection.
fn content_hash(claim: &Claim) -> u64 {
    let mut h = FxHasher::default();
    claim.subject().hash(&mut h);
    claim.predicate().hash(&mut h);
    claim.value().hash(&mut h);
    claim.claimant().hash(&mut h);
    claim.modality().hash(&mut h);
    claim.span().hash(&mut h);
    claim.text().hash(&mut h);
    h.finish()
}

impl Graph {
    /// Builds the graph. `sources` is sorted by id with unique ids.
    pub(crate) fn build<'a>(sources: &[&'a Source], claims: &'a [Claim]) -> Graph {
        // Source nodes: the given ones, then ids only named by claims or
        // links, as sources of unknown kind; numbered first as met, then
        // renumbered in id order. One map lookup per claim.
        let mut first: HashMap<&str, u32> = HashMap::default();
        let mut met: Vec<(&str, Option<&Source>)> = Vec::with_capacity(sources.len());
        for s in sources {
            first.insert(s.id(), met.len() as u32);
            met.push((s.id(), Some(*s)));
        }
        let mut number = |id: &'a str, met: &mut Vec<(&'a str, Option<&'a Source>)>| {
            *first.entry(id).or_insert_with(|| {
                met.push((id, None));
                (met.len() - 1) as u32
            })
        };
        let claim_first: Vec<u32> = claims
            .iter()
            .map(|c| number(c.source(), &mut met))
            .collect();
        let parents_first: Vec<Vec<u32>> = sources
            .iter()
            .map(|s| {
                s.derived_from_ids()
                    .iter()
                    .map(|p| number(p.as_str(), &mut met))
                    .collect()
            })
            .collect();
        let mut order: Vec<u32> = (0..met.len() as u32).collect();
        order.sort_unstable_by_key(|&i| met[i as usize].0);
        let mut renumber = vec![0u32; met.len()];
        for (new, &old) in order.iter().enumerate() {
            renumber[old as usize] = new as u32;
        }
        let ids: Vec<&str> = order.iter().map(|&i| met[i as usize].0).collect();
        let given: Vec<Option<&Source>> = order.iter().map(|&i| met[i as usize].1).collect();
        let kinds: Vec<PartyKind> = given
            .iter()
            .map(|s| s.map_or(PartyKind::Unknown, |s| s.kind()))
            .collect();
        let n_sources = ids.len();
        let claim_source: Vec<u32> = claim_first.iter().map(|&i| renumber[i as usize]).collect();
        let mut parents: Vec<Vec<u32>> = vec![Vec::new(); n_sources];
        for (i, ps) in parents_first.into_iter().enumerate() {
            parents[renumber[i] as usize] = ps.into_iter().map(|p| renumber[p as usize]).collect();
        }

        // Parties, by kind and folded name, indexed in key order.
        // One lookup per claim: parties are numbered as met, then mapped to
        // their node.
        const OWN_VOICE: u32 = u32::MAX;
        let mut raw: HashMap<RawParty<'_>, u32> = HashMap::default();
        let claim_raw: Vec<u32> = claims
            .iter()
            .map(|c| {
                let cl = c.claimant();
                if is_third_party(cl) {
                    let next = raw.len() as u32;
                    *raw.entry((cl.kind(), cl.name())).or_insert(next)
                } else {
                    OWN_VOICE
                }
            })
            .collect();
        let mut keys: BTreeMap<(PartyKind, String), Option<&str>> = BTreeMap::new();
        let mut raw_keys: Vec<(RawParty<'_>, PartyKey)> = raw
            .keys()
            .map(|&(kind, name)| ((kind, name), (kind, fold(name.unwrap_or("")))))
            .collect();
        raw_keys.sort();
        for (raw_key, key) in &raw_keys {
            // The label shows the smallest spelling of the name.
            let slot = keys.entry(key.clone()).or_insert(raw_key.1);
            if raw_key.1 < *slot {
                *slot = raw_key.1;
            }
        }
        let party_index: HashMap<(PartyKind, String), u32> = keys
            .keys()
            .enumerate()
            .map(|(i, k)| (k.clone(), (n_sources + i) as u32))
            .collect();
        let mut raw_node = vec![0u32; raw.len()];
        for (raw_key, key) in &raw_keys {
            raw_node[raw[raw_key] as usize] = party_index[key];
        }
        let claim_party: Vec<u32> = claim_raw
            .iter()
            .map(|&r| {
                if r == OWN_VOICE {
                    OWN_VOICE
                } else {
                    raw_node[r as usize]
                }
            })
            .collect();
        let n_nodes = n_sources + keys.len();

        let mut uf = UnionFind {
            parent: (0..n_nodes as u32).collect(),
        };

        // 1. Verbatim copies.
        let mut contents: Vec<Vec<u64>> = vec![Vec::new(); n_sources];
        for (c, &s) in claims.iter().zip(&claim_source) {
            contents[s as usize].push(content_hash(c));
        }
        let mut copy_rep: Vec<u32> = (0..n_sources as u32).collect();
        {
            let mut groups: HashMap<u64, Vec<u32>> = HashMap::default();
            let signature = |i: usize, contents: &mut Vec<Vec<u64>>| {
                contents[i].sort_unstable();
                let mut derived: Vec<&str> = given[i]
                    .map(|s| s.derived_from_ids().iter().map(String::as_str).collect())
                    .unwrap_or_default();
                derived.sort_unstable();
                derived.dedup();
                // Two outlets that report the same facts are not copies of
                // each other: the publisher's name and address must match
                // too.
                let language = given[i].and_then(|s| s.language());
                let name = given[i].and_then(|s| s.name());
                let url = given[i].and_then(|s| s.url());
                let mut h = FxHasher::default();
                (kinds[i], name, url, language, &derived, &contents[i]).hash(&mut h);
                (h.finish(), (kinds[i], name, url, language, derived))
            };
            let mut sigs = Vec::with_capacity(n_sources);
            for i in 0..n_sources {
                sigs.push(signature(i, &mut contents));
            }
            for i in 0..n_sources {
                let group = groups.entry(sigs[i].0).or_default();
                let same = group.iter().copied().find(|&j| {
                    sigs[j as usize].1 == sigs[i].1 && contents[j as usize] == contents[i]
                });
                match same {
                    Some(j) => {
                        copy_rep[i] = j;
                        uf.union(i as u32, j);
                    }
                    None => group.push(i as u32),
                }
            }
        }

        // 2 and 3. Derivation and authorship links. A source that depends
        // on authorities of different kinds (it cites both the attacker's
        // post and the ministry) keeps its links out, so that it cannot
        // merge them.
        let depends = ancestry(&kinds, &parents);
        let single = |i: usize| depends[i].count_ones() <= 1;
        for (i, s) in given.iter().enumerate() {
            let Some(s) = s else { continue };
            if !single(i) {
                continue;
            }
            for &p in &parents[i] {
                uf.union(i as u32, p);
            }
            if let Some(name) = s.name() {
                if let Some(&p) = party_index.get(&(s.kind(), fold(name))) {
                    uf.union(i as u32, p);
                }
            }
        }
        for ((c, &s), &party) in claims.iter().zip(&claim_source).zip(&claim_party) {
            let kind = c.claimant().kind();
            if party != OWN_VOICE && authority(kind) != 0 && kinds[s as usize] == kind {
                uf.union(s, party);
            }
        }

        // Cluster kinds and labels: the first party in key order, else the
        // first source in id order.
        let mut voice_kind = vec![PartyKind::Unknown; n_nodes];
        let mut voice_label = vec![String::new(); n_nodes];
        let mut has_party = vec![false; n_nodes];
        let mut has_media = vec![false; n_nodes];
        let mut mask = vec![0u8; n_nodes];
        for (i, ((kind, _), name)) in keys.iter().enumerate() {
            let node = (n_sources + i) as u32;
            let root = uf.find(node) as usize;
            if !has_party[root] {
                has_party[root] = true;
                let mut claimant = Claimant::new(*kind);
                if let Some(name) = name {
                    claimant = claimant.named(*name);
                }
                voice_label[root] = claimant.to_string();
            }
            has_media[root] |= *kind == PartyKind::Media;
            mask[root] |= authority(*kind);
        }
        for (i, id) in ids.iter().enumerate() {
            let root = uf.find(i as u32) as usize;
            if voice_label[root].is_empty() {
                voice_label[root] = format!("source {id}");
            }
            has_media[root] |= kinds[i] == PartyKind::Media;
            mask[root] |= authority(kinds[i]);
        }
        for node in 0..n_nodes {
            if uf.find(node as u32) as usize == node {
                voice_kind[node] = match authority_kind(mask[node]) {
                    Some(kind) => kind,
                    None if has_media[node] => PartyKind::Media,
                    None => PartyKind::Unknown,
                };
            }
        }

        // Roots once per node, not per claim.
        let roots: Vec<u32> = (0..n_nodes as u32).map(|n| uf.find(n)).collect();
        let placements = claims
            .iter()
            .zip(&claim_source)
            .zip(&claim_party)
            .map(|((c, &s), &party)| {
                let (member, speaker) = if party != OWN_VOICE {
                    (party, c.claimant().kind())
                } else {
                    (copy_rep[s as usize], kinds[s as usize])
                };
                Placement {
                    member,
                    voice: roots[member as usize],
                    speaker,
                    source: s,
                }
            })
            .collect();

        Graph {
            source_kinds: kinds,
            voice_kind,
            voice_label,
            placements,
        }
    }
}
