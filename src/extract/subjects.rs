//! The built-in subjects and named entities, read from data files.

use crate::Subject;

const SUBJECTS: &str = include_str!("subjects.txt");
const ENTITIES: &str = include_str!("entities.txt");

/// What a named entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EntityKind {
    /// An attacker or its persona: a party that speaks and a value of
    /// `attribution`.
    Actor,
    /// A data set or register: a value of `data_category`.
    File,
    /// An investigating authority: an official party that raises
    /// `investigation`.
    Agency,
    /// A news outlet or agency: a media party ("according to Reuters").
    Media,
}

/// A named entity with its aliases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entity {
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
}

fn fields(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    Some(
        line.split('|')
            .map(|f| f.trim().to_owned())
            .filter(|f| !f.is_empty())
            .collect(),
    )
}

/// The subjects of `subjects.txt`, in file order.
pub(crate) fn builtin() -> Vec<Subject> {
    SUBJECTS
        .lines()
        .filter_map(fields)
        .filter_map(|f| {
            let (name, aliases) = f.split_first()?;
            Some(
                aliases
                    .iter()
                    .fold(Subject::new(name.clone()), |s, a| s.with_alias(a.clone())),
            )
        })
        .collect()
}

/// The entities of `entities.txt`, in file order.
pub(crate) fn entities() -> Vec<Entity> {
    ENTITIES
        .lines()
        .filter_map(fields)
        .filter_map(|f| {
            let kind = match f.first()?.as_str() {
                "actor" => EntityKind::Actor,
                "file" => EntityKind::File,
                "agency" => EntityKind::Agency,
                "media" => EntityKind::Media,
                _ => return None,
            };
            let name = f.get(1)?.clone();
            Some(Entity {
                kind,
                name,
                aliases: f[2..].to_vec(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_subjects_table() {
        let subjects = builtin();
        for (alias, canonical) in [
            ("Place Beauvau", "French Ministry of the Interior"),
            (
                "ministère de l’intérieur",
                "French Ministry of the Interior",
            ),
            ("仏内務省", "French Ministry of the Interior"),
            ("JLR", "Jaguar Land Rover"),
            ("ジャガー・ランドローバー", "Jaguar Land Rover"),
        ] {
            let found = subjects
                .iter()
                .find(|s| s.is_named(alias))
                .map(Subject::name);
            assert_eq!(found, Some(canonical), "{alias}");
        }
    }

    #[test]
    fn entities_table() {
        let entities = entities();
        for (name, kind) in [
            ("Indra", EntityKind::Actor),
            ("ShinyHunters", EntityKind::Actor),
            ("TAJ", EntityKind::File),
            ("FPR", EntityKind::File),
            ("OFAC", EntityKind::Agency),
        ] {
            let e = entities.iter().find(|e| e.name == name).unwrap();
            assert_eq!(e.kind, kind, "{name}");
        }
    }
}
