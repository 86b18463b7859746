//! The report as a STIX 2.1 bundle.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, Utc};
use serde_json::{Value as Json, json};

use super::ReportDocument;
use crate::reconcile::{Credibility, Proposition, Reconciler, Verdict};
use crate::{Claim, Claimant, PartyKind, Source};

/// The STIX `confidence` for a grade of the Admiralty credibility scale,
/// per the "Admiralty Credibility" scale of STIX 2.1, Appendix A: 1 → 90,
/// 2 → 70, 3 → 50, 4 → 30, 5 → 10, and 6 ("truth cannot be judged") →
/// no confidence at all.
///
/// ```
/// use corroborate::export::admiralty_confidence;
/// use corroborate::reconcile::Credibility;
///
/// assert_eq!(admiralty_confidence(Credibility::ProbablyTrue), Some(70));
/// assert_eq!(admiralty_confidence(Credibility::CannotBeJudged), None);
/// ```
pub fn admiralty_confidence(credibility: Credibility) -> Option<u8> {
    match credibility {
        Credibility::Confirmed => Some(90),
        Credibility::ProbablyTrue => Some(70),
        Credibility::PossiblyTrue => Some(50),
        Credibility::Doubtful => Some(30),
        Credibility::Improbable => Some(10),
        Credibility::CannotBeJudged => None,
    }
}

/// The document as a STIX 2.1 bundle.
///
/// | STIX object | one per | carries |
/// |---|---|---|
/// | `report` | source document | name, publication date, url, the notes of its claims; `confidence` from the source kind's prior |
/// | `identity` | claimant (kind and name), plus one for corroborate itself | name, `identity_class` |
/// | `threat-actor` | named attacker persona ("Indra") | name |
/// | `incident` | subject | name |
/// | `note` | claim | a sentence, and the typed claim in a property extension; `confidence` from the claimant kind's prior |
/// | `extension-definition` | bundle | defines that property extension |
/// | `opinion` | proposition | the verdict as an opinion, with the explanation |
/// | `grouping` | subject | everything about the incident, context `suspicious-activity` |
///
/// Verdicts map to opinions as: confirmed → `strongly-agree`, corroborated
/// → `agree`, claimed and unresolved → `neutral`, disputed → `disagree`,
/// refuted → `strongly-disagree`.
///
/// `confidence` uses the Admiralty credibility scale of STIX 2.1's
/// Appendix A ([`admiralty_confidence`]) on the grades of the
/// [`Reconciler`]'s priors.
///
/// Ids are deterministic: the UUID is taken from a SHA-1 hash of the
/// object's content key (the claim's JSON, the source id, the subject…),
/// as UUIDv5 does, but stamped as version 4 because the OASIS validator's
/// strict mode accepts only version-4 ids for these objects. Running twice
/// on the same input gives the same bundle. Timestamps are UTC with
/// milliseconds and `Z`; `created` and `modified` are the latest
/// publication date among the sources (the Unix epoch when none has one),
/// so they too do not depend on the clock.
pub fn stix_bundle(document: &ReportDocument<'_>, reconciler: &Reconciler) -> Json {
    Bundle::new(document, reconciler).build()
}

const TOOL_NAME: &str = "corroborate";

struct Bundle<'d, 'a> {
    document: &'d ReportDocument<'a>,
    reconciler: &'d Reconciler,
    time: String,
    tool: String,
    extension: String,
    objects: BTreeMap<String, Json>,
}

impl<'d, 'a> Bundle<'d, 'a> {
    fn new(document: &'d ReportDocument<'a>, reconciler: &'d Reconciler) -> Bundle<'d, 'a> {
        let latest = document.sources.iter().filter_map(Source::published).max();
        Bundle {
            document,
            reconciler,
            time: latest.map_or_else(|| "1970-01-01T00:00:00.000Z".to_owned(), timestamp),
            tool: stix_id("identity", TOOL_NAME),
            extension: stix_id("extension-definition", "corroborate.claim/1"),
            objects: BTreeMap::new(),
        }
    }

    fn common(&self, kind: &str, id: &str) -> serde_json::Map<String, Json> {
        let mut object = serde_json::Map::new();
        object.insert("type".into(), json!(kind));
        object.insert("spec_version".into(), json!("2.1"));
        object.insert("id".into(), json!(id));
        object.insert("created".into(), json!(self.time));
        object.insert("modified".into(), json!(self.time));
        object
    }

    fn add(&mut self, id: String, object: serde_json::Map<String, Json>) {
        self.objects.insert(id, Json::Object(object));
    }

    fn build(mut self) -> Json {
        let mut tool = self.common("identity", &self.tool);
        tool.insert("name".into(), json!(TOOL_NAME));
        tool.insert("identity_class".into(), json!("system"));
        self.add(self.tool.clone(), tool);

        let mut extension = self.common("extension-definition", &self.extension);
        extension.insert("created_by_ref".into(), json!(self.tool));
        extension.insert("name".into(), json!("corroborate claim"));
        extension.insert(
            "description".into(),
            json!("A typed claim with provenance, as read and reconciled by corroborate."),
        );
        extension.insert(
            "schema".into(),
            json!(
                "The claim JSON contract of the corroborate crate: source, subject, predicate, \
                 value (typed: quantity, time, flag, entity, text), claimant, modality, span \
                 and text, as in its schema corroborate.report/1."
            ),
        );
        extension.insert("version".into(), json!("1.0.0"));
        extension.insert("extension_types".into(), json!(["property-extension"]));
        self.add(self.extension.clone(), extension);

        let document = self.document;
        let mut notes_by_source: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for incident in &document.incidents {
            let incident_id = stix_id("incident", &incident.subject);
            let mut object = self.common("incident", &incident_id);
            object.insert("name".into(), json!(incident.subject));
            self.add(incident_id.clone(), object);

            let mut members = vec![incident_id.clone()];
            for proposition in &incident.propositions {
                let mut notes = Vec::new();
                for evidence in proposition.claims() {
                    let claim = &evidence.claim;
                    let (note, mut refs) = self.note(claim, &incident_id);
                    notes_by_source
                        .entry(claim.source())
                        .or_default()
                        .push(note.clone());
                    notes.push(note.clone());
                    members.push(note);
                    members.append(&mut refs);
                }
                notes.sort();
                notes.dedup();
                members.push(self.opinion(proposition, notes));
            }
            for source in &document.sources {
                if notes_by_source.contains_key(source.id()) {
                    members.push(stix_id("report", source.id()));
                }
            }
            members.sort();
            members.dedup();
            let grouping_id = stix_id("grouping", &incident.subject);
            let mut grouping = self.common("grouping", &grouping_id);
            grouping.insert(
                "name".into(),
                json!(format!("{}: reconciled claims", incident.subject)),
            );
            grouping.insert("context".into(), json!("suspicious-activity"));
            grouping.insert("object_refs".into(), json!(members));
            self.add(grouping_id, grouping);
        }

        for source in &document.sources {
            let mut refs = notes_by_source.remove(source.id()).unwrap_or_default();
            refs.sort();
            refs.dedup();
            if refs.is_empty() {
                // A report must reference something; a source with no claim
                // is still a document that was read.
                refs.push(self.tool.clone());
            }
            self.report(source, refs);
        }

        let objects: Vec<Json> = self.objects.into_values().collect();
        let bundle_key: Vec<&str> = objects.iter().filter_map(|o| o["id"].as_str()).collect();
        json!({
            "type": "bundle",
            "id": stix_id("bundle", &bundle_key.join(",")),
            "objects": objects,
        })
    }

    /// The claimant's identity (and threat actor), then the note; returns
    /// the note's id and the ids it refers to.
    fn note(&mut self, claim: &Claim, incident: &str) -> (String, Vec<String>) {
        let claimant = claim.claimant();
        let identity = self.identity(claimant);
        let mut refs = vec![incident.to_owned(), identity.clone()];
        if let (PartyKind::Attacker, Some(name)) = (claimant.kind(), claimant.name()) {
            refs.push(self.threat_actor(name));
        }
        let claim_json: Json = serde_json::to_value(claim).unwrap_or(Json::Null);
        let id = stix_id("note", &claim.to_json());
        let mut note = self.common("note", &id);
        note.insert("created_by_ref".into(), json!(identity));
        note.insert(
            "abstract".into(),
            json!(format!("{}: {}", claim.predicate(), claim.value())),
        );
        note.insert(
            "content".into(),
            json!(format!(
                "{} ({}) in source {}: {} = {}. Evidence: «{}»",
                claimant,
                claim.modality(),
                claim.source(),
                claim.predicate(),
                claim.value(),
                claim.text()
            )),
        );
        note.insert("authors".into(), json!([claimant.to_string()]));
        note.insert("object_refs".into(), json!(refs));
        let prior = self.reconciler.claimant_prior(claimant.kind());
        if let Some(confidence) = admiralty_confidence(prior.credibility) {
            note.insert("confidence".into(), json!(confidence));
        }
        let mut extension = match claim_json {
            Json::Object(map) => map,
            _ => serde_json::Map::new(),
        };
        extension.insert("extension_type".into(), json!("property-extension"));
        note.insert(
            "extensions".into(),
            json!({ self.extension.clone(): extension }),
        );
        self.add(id.clone(), note);
        (id, refs)
    }

    fn identity(&mut self, claimant: &Claimant) -> String {
        let name = match claimant.name() {
            Some(name) => name.to_owned(),
            None => format!("{} (unnamed)", claimant.kind()),
        };
        let id = stix_id("identity", &format!("{}|{name}", claimant.kind()));
        if !self.objects.contains_key(&id) {
            let class = match claimant.kind() {
                PartyKind::Official | PartyKind::Media | PartyKind::Researcher => "organization",
                PartyKind::Attacker if claimant.name().is_some() => "individual",
                _ => "unknown",
            };
            let mut identity = self.common("identity", &id);
            identity.insert("name".into(), json!(name));
            identity.insert("identity_class".into(), json!(class));
            identity.insert(
                "description".into(),
                json!(format!("Claimant of kind {}", claimant.kind())),
            );
            self.add(id.clone(), identity);
        }
        id
    }

    fn threat_actor(&mut self, name: &str) -> String {
        let id = stix_id("threat-actor", name);
        if !self.objects.contains_key(&id) {
            let mut actor = self.common("threat-actor", &id);
            actor.insert("name".into(), json!(name));
            actor.insert("threat_actor_types".into(), json!(["unknown"]));
            self.add(id.clone(), actor);
        }
        id
    }

    fn opinion(&mut self, p: &Proposition<'_>, notes: Vec<String>) -> String {
        let unit = p.unit.as_ref().map_or("", |u| u.as_str());
        let id = stix_id("opinion", &format!("{}|{}|{unit}", p.subject, p.predicate));
        let opinion = match p.verdict {
            Verdict::Confirmed => "strongly-agree",
            Verdict::Corroborated => "agree",
            Verdict::Disputed => "disagree",
            Verdict::Refuted => "strongly-disagree",
            _ => "neutral",
        };
        let mut reasons = Vec::new();
        for source in &p.explanation {
            reasons.push(format!(
                "{} ({}, {} claim(s), {})",
                source.label,
                source.stance,
                source.claims.len(),
                source.sources.join(", ")
            ));
        }
        let explanation = format!(
            "{} of {}: best value {}, verdict {}; agreement {:.2}, contradiction {:.2}; \
             {} independent source(s) for, {} against, {} attestation(s). Sources: {}.",
            p.predicate,
            p.subject,
            p.best,
            p.verdict,
            p.agreement,
            p.contradiction,
            p.sources_for,
            p.sources_against,
            p.attestations,
            reasons.join("; ")
        );
        let mut object = self.common("opinion", &id);
        object.insert("created_by_ref".into(), json!(self.tool));
        object.insert("authors".into(), json!([TOOL_NAME]));
        object.insert("opinion".into(), json!(opinion));
        object.insert("explanation".into(), json!(explanation));
        object.insert("object_refs".into(), json!(notes));
        self.add(id.clone(), object);
        id
    }

    fn report(&mut self, source: &Source, refs: Vec<String>) {
        let id = stix_id("report", source.id());
        let mut report = self.common("report", &id);
        report.insert("name".into(), json!(source.name().unwrap_or(source.id())));
        report.insert(
            "description".into(),
            json!(format!(
                "Source document {} ({}{})",
                source.id(),
                source.kind(),
                source
                    .language()
                    .map(|l| format!(", {l}"))
                    .unwrap_or_default()
            )),
        );
        report.insert("report_types".into(), json!(["threat-report"]));
        report.insert(
            "published".into(),
            json!(
                source
                    .published()
                    .map_or_else(|| self.time.clone(), timestamp)
            ),
        );
        if let Some(lang) = source.language() {
            report.insert("lang".into(), json!(lang.code()));
        }
        if let Some(url) = source.url() {
            report.insert(
                "external_references".into(),
                // The address goes in the description: a `url` field would
                // need a hash of the page as served, which the crate does not
                // have (the strict validator insists on one).
                json!([{
                    "source_name": source.name().unwrap_or(source.id()),
                    "description": format!("published at {url}"),
                }]),
            );
        }
        let prior = self.reconciler.source_prior(source.kind());
        if let Some(confidence) = admiralty_confidence(prior.credibility) {
            report.insert("confidence".into(), json!(confidence));
        }
        report.insert("object_refs".into(), json!(refs));
        self.add(id, report);
    }
}

fn timestamp(t: DateTime<FixedOffset>) -> String {
    t.with_timezone(&Utc)
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

/// `type--uuid`, the UUID from a SHA-1 of the type and key (as UUIDv5
/// does), with the version nibble 4 and the RFC 4122 variant.
fn stix_id(kind: &str, key: &str) -> String {
    let mut hash = sha1_smol::Sha1::new();
    hash.update(b"corroborate/stix/1\0");
    hash.update(kind.as_bytes());
    hash.update(b"\0");
    hash.update(key.as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&hash.digest().bytes()[..16]);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{kind}--{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_deterministic_version_4_uuids() {
        let a = stix_id("note", "x");
        assert_eq!(a, stix_id("note", "x"));
        assert_ne!(a, stix_id("note", "y"));
        assert_ne!(
            stix_id("note", "x"),
            stix_id("report", "x").replace("report", "note")
        );
        let uuid = a.strip_prefix("note--").unwrap();
        assert_eq!(uuid.len(), 36);
        assert_eq!(&uuid[14..15], "4");
        assert!(matches!(&uuid[19..20], "8" | "9" | "a" | "b"));
    }
}
