//! Who is independent of whom: parties, copies and derivation.
//!
//! The graph has a node per source (including sources only named by a
//! claim or a `derived_from` link) and per party (a claimant other than
//! the reporting outlet itself, by kind and folded name). Nodes are merged
//! into clusters, each one independent source for veracity:
//!
//! 1. sources that are verbatim copies (same kind, language, derivation and
//!    claims) are one node;
//! 2. a source and what it derives from are one cluster (transitively);
//! 3. a party and its own channel are one cluster: an attacker's claim in a
//!    source of kind attacker (its forum post), an official's in an
//!    official source, a named outlet's in a source of that name;
//! 4. but two clusters that speak for parties of different kinds (an
//!    attacker's post and a ministry's statement, both cited by one
//!    article) are never merged: the article depends on both, which does
//!    not make them depend on each other.
//!
//! Every step runs in a canonical order (sources by id, parties by key,
//! links sorted), so the clusters do not depend on the input order.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

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

/// The kinds whose clusters must not merge with each other.
fn authority(kind: PartyKind) -> Option<PartyKind> {
    match kind {
        PartyKind::Official | PartyKind::Attacker | PartyKind::Researcher => Some(kind),
        _ => None,
    }
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
    /// Source ids by node index (sources are nodes `0..n`).
    pub source_ids: Vec<String>,
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
    authority: Vec<Option<PartyKind>>,
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

    /// Merges the clusters of `a` and `b` unless they speak for parties of
    /// different kinds. The smaller index becomes the root, so the result
    /// does not depend on which argument comes first.
    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        let (aa, ab) = (self.authority[ra as usize], self.authority[rb as usize]);
        if let (Some(x), Some(y)) = (aa, ab) {
            if x != y {
                return;
            }
        }
        let (root, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[child as usize] = root;
        self.authority[root as usize] = aa.or(ab);
    }
}

/// A claim's content without its source, for copy detection.
fn content_hash(claim: &Claim) -> u64 {
    let mut h = DefaultHasher::new();
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
    pub(crate) fn build(sources: &[&Source], claims: &[Claim]) -> Graph {
        // Source nodes: the given ones, then ids only named by claims or
        // links, as sources of unknown kind, all in id order.
        let mut missing: BTreeSet<&str> = BTreeSet::new();
        {
            let known: HashMap<&str, ()> = sources.iter().map(|s| (s.id(), ())).collect();
            for c in claims {
                if !known.contains_key(c.source()) {
                    missing.insert(c.source());
                }
            }
            for s in sources {
                for p in s.derived_from_ids() {
                    if !known.contains_key(p.as_str()) {
                        missing.insert(p);
                    }
                }
            }
        }
        // Node order is id order.
        let mut all: Vec<(&str, PartyKind, Option<&Source>)> = sources
            .iter()
            .map(|s| (s.id(), s.kind(), Some(*s)))
            .chain(missing.iter().map(|&id| (id, PartyKind::Unknown, None)))
            .collect();
        all.sort_by(|a, b| a.0.cmp(b.0));
        let mut ids: Vec<&str> = Vec::with_capacity(all.len());
        let mut kinds: Vec<PartyKind> = Vec::with_capacity(all.len());
        let mut given: Vec<Option<&Source>> = Vec::with_capacity(all.len());
        for (id, kind, s) in all {
            ids.push(id);
            kinds.push(kind);
            given.push(s);
        }
        let n_sources = ids.len();
        let index: HashMap<&str, u32> = ids
            .iter()
            .enumerate()
            .map(|(i, &id)| (id, i as u32))
            .collect();

        let claim_source: Vec<u32> = claims.iter().map(|c| index[c.source()]).collect();

        // Parties, by kind and folded name, indexed in key order.
        let mut raw: HashMap<(PartyKind, Option<&str>), u32> = HashMap::new();
        for c in claims {
            let cl = c.claimant();
            if is_third_party(cl) {
                raw.entry((cl.kind(), cl.name())).or_insert(0);
            }
        }
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
        for (raw_key, key) in &raw_keys {
            raw.insert(*raw_key, party_index[key]);
        }
        let n_nodes = n_sources + keys.len();

        let mut uf = UnionFind {
            parent: (0..n_nodes as u32).collect(),
            authority: kinds
                .iter()
                .map(|&k| authority(k))
                .chain(keys.keys().map(|(k, _)| authority(*k)))
                .collect(),
        };

        // 1. Verbatim copies.
        let mut contents: Vec<Vec<u64>> = vec![Vec::new(); n_sources];
        for (c, &s) in claims.iter().zip(&claim_source) {
            contents[s as usize].push(content_hash(c));
        }
        let mut copy_rep: Vec<u32> = (0..n_sources as u32).collect();
        {
            let mut groups: HashMap<u64, Vec<u32>> = HashMap::new();
            let signature = |i: usize, contents: &mut Vec<Vec<u64>>| {
                contents[i].sort_unstable();
                let mut derived: Vec<&str> = given[i]
                    .map(|s| s.derived_from_ids().iter().map(String::as_str).collect())
                    .unwrap_or_default();
                derived.sort_unstable();
                derived.dedup();
                let language = given[i].and_then(|s| s.language());
                let mut h = DefaultHasher::new();
                (kinds[i], language, &derived, &contents[i]).hash(&mut h);
                (h.finish(), (kinds[i], language, derived))
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

        // 2 and 3. Derivation and authorship links, applied in sorted order.
        let mut links: Vec<(u32, u32)> = Vec::new();
        for (i, s) in given.iter().enumerate() {
            if let Some(s) = s {
                for p in s.derived_from_ids() {
                    links.push((i as u32, index[p.as_str()]));
                }
                if let Some(name) = s.name() {
                    if let Some(&p) = party_index.get(&(s.kind(), fold(name))) {
                        links.push((i as u32, p));
                    }
                }
            }
        }
        for (c, &s) in claims.iter().zip(&claim_source) {
            let cl = c.claimant();
            if is_third_party(cl)
                && authority(cl.kind()).is_some()
                && kinds[s as usize] == cl.kind()
            {
                links.push((s, raw[&(cl.kind(), cl.name())]));
            }
        }
        links.sort_unstable();
        links.dedup();
        for (a, b) in links {
            uf.union(a, b);
        }

        // Cluster kinds and labels: the first party in key order, else the
        // first source in id order.
        let mut voice_kind = vec![PartyKind::Unknown; n_nodes];
        let mut voice_label = vec![String::new(); n_nodes];
        let mut has_party = vec![false; n_nodes];
        let mut has_media = vec![false; n_nodes];
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
        }
        for (i, id) in ids.iter().enumerate() {
            let root = uf.find(i as u32) as usize;
            if voice_label[root].is_empty() {
                voice_label[root] = format!("source {id}");
            }
            has_media[root] |= kinds[i] == PartyKind::Media;
        }
        for node in 0..n_nodes {
            let root = uf.find(node as u32) as usize;
            if node == root {
                voice_kind[root] = match uf.authority[root] {
                    Some(kind) => kind,
                    None if has_media[root] => PartyKind::Media,
                    None => PartyKind::Unknown,
                };
            }
        }

        let placements = claims
            .iter()
            .zip(&claim_source)
            .map(|(c, &s)| {
                let cl = c.claimant();
                let (member, speaker) = if is_third_party(cl) {
                    (raw[&(cl.kind(), cl.name())], cl.kind())
                } else {
                    (copy_rep[s as usize], kinds[s as usize])
                };
                Placement {
                    member,
                    voice: uf.find(member),
                    speaker,
                    source: s,
                }
            })
            .collect();

        Graph {
            source_ids: ids.iter().map(|s| s.to_string()).collect(),
            source_kinds: kinds,
            voice_kind,
            voice_label,
            placements,
        }
    }
}
