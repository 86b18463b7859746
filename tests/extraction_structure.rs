//! What extraction reads from the structure of a sentence rather than from
//! its lists: a person named next to a party word speaks ("the minister
//! Laurent Nuñez", "ヌニェス内相"), a statement verb with a time next to it
//! dates the disclosure ("a annoncé vendredi", "13日に明らかにした"), and an
//! organisation missing from the subject list that reports itself the
//! victim starts its own story ("Acme Corp said it was hit").
//!
//! Tables per language, input → expected; the texts are our own.

use corroborate::{Claim, Document, Extractor, Language, PartyKind, Source};

fn extract(language: Language, text: &str) -> Vec<Claim> {
    static EXTRACTOR: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    let source = Source::new("t", PartyKind::Media)
        .with_language(language)
        .with_published("2025-12-15T09:00:00+01:00".parse().unwrap());
    let doc = Document::new(source, text);
    let claims = EXTRACTOR.get_or_init(Extractor::new).extract(&doc);
    for c in &claims {
        c.check_evidence(doc.text()).unwrap();
    }
    claims
}

/// `(subject, predicate, claimant kind, claimant name)` of every claim.
fn parties(language: Language, text: &str) -> Vec<(String, String, String, String)> {
    extract(language, text)
        .iter()
        .map(|c| {
            (
                c.subject().to_owned(),
                c.predicate().to_string(),
                c.claimant().kind().to_string(),
                c.claimant().name().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// `(subject, predicate, claimant kind, claimant name)` expected of a text.
type Want<'a> = (&'a str, &'a str, &'a str, &'a str);

fn check_parties(language: Language, table: &[(&str, Want<'_>)]) {
    for (text, want) in table {
        let got = parties(language, text);
        assert!(
            got.iter()
                .any(|g| (g.0.as_str(), g.1.as_str(), g.2.as_str(), g.3.as_str()) == *want),
            "{text}\nwant {want:?}\ngot {got:#?}"
        );
    }
}

const MOI: &str = "French Ministry of the Interior";

#[test]
fn named_claimants_english() {
    check_parties(
        Language::English,
        &[
            (
                "Laurent Nuñez, the interior minister, confirmed that intruders accessed files at the Interior Ministry.",
                (MOI, "unauthorized_access", "official", "Laurent Nuñez"),
            ),
            (
                "The interior minister Laurent Nuñez said the Interior Ministry had been hacked.",
                (MOI, "intrusion", "official", "Laurent Nuñez"),
            ),
            (
                "The hacker Zorro claimed he stole data from the Interior Ministry.",
                (MOI, "data_exfiltration", "attacker", "Zorro"),
            ),
            (
                "Security researcher Jane Smith said the Interior Ministry servers were breached.",
                (MOI, "intrusion", "researcher", "Jane Smith"),
            ),
        ],
    );
}

#[test]
fn capitalised_words_that_are_not_names_english() {
    for text in [
        "On Friday, the minister said hackers accessed files at the Interior Ministry.",
        "Separately, the minister said hackers accessed files at the Interior Ministry.",
        "In Paris, the minister said hackers accessed files at the Interior Ministry.",
    ] {
        let got = parties(Language::English, text);
        assert!(
            got.iter()
                .any(|g| g.1 == "unauthorized_access" && g.2 == "official" && g.3.is_empty()),
            "{text}\n{got:#?}"
        );
    }
}

#[test]
fn named_claimants_french() {
    check_parties(
        Language::French,
        &[
            (
                "Le ministre Laurent Nuñez a confirmé que des fichiers du ministère de l'Intérieur avaient été consultés.",
                (MOI, "unauthorized_access", "official", "Laurent Nuñez"),
            ),
            (
                "Le ministre de l'Intérieur, Laurent Nuñez, a reconnu une intrusion dans les serveurs du ministère de l'Intérieur.",
                (MOI, "intrusion", "official", "Laurent Nuñez"),
            ),
            (
                "Laurent Nuñez, ministre de l'Intérieur, a reconnu une intrusion au ministère de l'Intérieur.",
                (MOI, "intrusion", "official", "Laurent Nuñez"),
            ),
            (
                "Le pirate Zorro affirme avoir dérobé des données au ministère de l'Intérieur.",
                (MOI, "data_exfiltration", "attacker", "Zorro"),
            ),
        ],
    );
}

#[test]
fn named_claimants_japanese() {
    check_parties(
        Language::Japanese,
        &[
            (
                "ヌニェス内相は、フランス内務省の一部のファイルにアクセスされたことを認めた。",
                (MOI, "unauthorized_access", "official", "ヌニェス"),
            ),
            (
                "ローラン・ヌニェス仏内相は、フランス内務省への不正アクセスを認めた。",
                (MOI, "intrusion", "official", "ローラン・ヌニェス"),
            ),
            (
                "内相のヌニェス氏は、フランス内務省のデータが盗まれた可能性があると述べた。",
                (MOI, "data_exfiltration", "official", "ヌニェス"),
            ),
        ],
    );
}

/// `(predicate, date the time starts on)` of every time-valued claim.
fn times(language: Language, text: &str) -> Vec<(String, String, String)> {
    extract(language, text)
        .iter()
        .filter_map(|c| {
            let v = serde_json::to_value(c.value()).ok()?;
            let from = v.get("from")?.as_str()?.get(..10)?.to_owned();
            Some((
                c.predicate().to_string(),
                from,
                c.claimant().kind().to_string(),
            ))
        })
        .collect()
}

fn check_times(language: Language, table: &[(&str, &[(&str, &str)])]) {
    for (text, want) in table {
        let got = times(language, text);
        let got_pairs: Vec<(&str, &str)> = got
            .iter()
            .map(|(p, d, _)| (p.as_str(), d.as_str()))
            .collect();
        assert_eq!(got_pairs, *want, "{text}\n{got:#?}");
        // The date of a statement is the reporting source's assertion.
        assert!(
            got.iter()
                .filter(|g| g.0 == "disclosure_time")
                .all(|g| g.2 == "media"),
            "{text}\n{got:#?}"
        );
    }
}

#[test]
fn disclosure_times_english() {
    check_times(
        Language::English,
        &[
            (
                "The Interior Ministry said on Friday that hackers had accessed some files.",
                &[("disclosure_time", "2025-12-12")],
            ),
            (
                "On Saturday, the Interior Ministry confirmed that data was stolen.",
                &[("disclosure_time", "2025-12-13")],
            ),
            // The time belongs to the detection, not to the statement.
            (
                "The Interior Ministry said the intrusion was detected on Thursday night.",
                &[("detection_time", "2025-12-11")],
            ),
            // An attacker's post does not disclose for the victim.
            (
                "The hacker said on Saturday that he stole data from the Interior Ministry.",
                &[],
            ),
        ],
    );
}

#[test]
fn disclosure_times_french() {
    check_times(
        Language::French,
        &[
            (
                "Le ministère de l'Intérieur a annoncé vendredi qu'un attaquant avait accédé à des fichiers.",
                &[("disclosure_time", "2025-12-12")],
            ),
            (
                "Le ministre a indiqué samedi 13 décembre que des données du ministère de l'Intérieur avaient été dérobées.",
                &[("disclosure_time", "2025-12-13")],
            ),
            (
                "Vendredi, le ministère de l'Intérieur a reconnu qu'un attaquant avait consulté des fichiers.",
                &[("disclosure_time", "2025-12-12")],
            ),
            (
                "Le ministère de l'Intérieur a indiqué que l'intrusion avait été détectée jeudi soir.",
                &[("detection_time", "2025-12-11")],
            ),
        ],
    );
}

#[test]
fn disclosure_times_japanese() {
    check_times(
        Language::Japanese,
        &[
            (
                "フランス内務省は13日、メールサーバーに不正アクセスがあったことを明らかにした。",
                &[("disclosure_time", "2025-12-13")],
            ),
            (
                "フランス内務省は、一部のファイルが閲覧されたことを12日に明らかにした。",
                &[("disclosure_time", "2025-12-12")],
            ),
            (
                "ヌニェス内相は14日に、フランス内務省のデータが盗まれたことを認めた。",
                &[("disclosure_time", "2025-12-14")],
            ),
        ],
    );
}

#[test]
fn unknown_victims_start_their_own_story() {
    for (language, text, subject, predicate) in [
        (
            Language::English,
            "The Interior Ministry said hackers accessed some files. \
             Acme Corp said it was hit by a ransomware attack and that customer data was stolen.",
            "Acme Corp",
            "data_exfiltration",
        ),
        (
            Language::English,
            "The Interior Ministry was hacked. Northwind Logistics was breached last month, \
             and hackers stole shipping records.",
            "Northwind Logistics",
            "intrusion",
        ),
        (
            Language::French,
            "Le ministère de l'Intérieur a été piraté. \
             La mairie de Brest a été victime d'une cyberattaque, des données auraient été dérobées.",
            "mairie de Brest",
            "data_exfiltration",
        ),
        (
            Language::French,
            "Le ministère de l'Intérieur a été piraté. \
             L'hôpital de Vannes a subi une attaque par rançongiciel.",
            "hôpital de Vannes",
            "intrusion",
        ),
        (
            Language::French,
            "Le ministère de l’Intérieur a été piraté. \
             L’hôpital de Vannes a subi une attaque par rançongiciel.",
            "hôpital de Vannes",
            "intrusion",
        ),
        (
            Language::Japanese,
            "フランス内務省が不正アクセスを認めた。山川精機株式会社は、不正アクセスを受けたと発表した。",
            "山川精機株式会社",
            "intrusion",
        ),
        (
            Language::Japanese,
            "フランス内務省が不正アクセスを認めた。南町は5日、ランサムウェアの被害に遭ったと明らかにした。",
            "南町",
            "intrusion",
        ),
    ] {
        let got = parties(language, text);
        assert!(
            got.iter().any(|g| g.0 == subject && g.1 == predicate),
            "{text}\n{got:#?}"
        );
        // The new story's claims are not the ministry's.
        let victim_sentence_claims: Vec<_> = extract(language, text)
            .into_iter()
            .filter(|c| c.subject() == MOI)
            .filter(|c| {
                c.text().contains("Acme")
                    || c.text().contains("Northwind")
                    || c.text().contains("Brest")
                    || c.text().contains("Vannes")
                    || c.text().contains("山川")
                    || c.text().contains("南町")
            })
            .collect();
        assert!(victim_sentence_claims.is_empty(), "{text}\n{got:#?}");
    }
}

#[test]
fn speakers_and_pronouns_are_not_victims() {
    // A sentence opening with a pronoun, an adverb or a party word does not
    // start a story: the claims stay with the ministry.
    for (language, text) in [
        (
            Language::English,
            "The Interior Ministry was hacked. It said on Friday that it was hit by an intrusion.",
        ),
        (
            Language::English,
            "The Interior Ministry was hacked. Hackers said the ministry was breached twice.",
        ),
        (
            Language::French,
            "Le ministère de l'Intérieur a été piraté. Le ministre a été visé par une attaque.",
        ),
        (
            Language::Japanese,
            "フランス内務省が不正アクセスを認めた。同省は不正アクセスを受けたと発表した。",
        ),
    ] {
        let got = parties(language, text);
        assert!(!got.is_empty(), "{text}");
        assert!(got.iter().all(|g| g.0 == MOI), "{text}\n{got:#?}");
    }
}

#[test]
fn counts_of_organisations_japanese() {
    // `(text, min, max)` of the impact counted in organisations.
    for (text, min, max) in [
        (
            "ジャガー・ランドローバーへの攻撃で、サプライチェーンの5000以上の組織に影響が出た。",
            "5000",
            "null",
        ),
        (
            "ジャガー・ランドローバーの生産停止は、取引先の300の企業に影響した。",
            "300",
            "300",
        ),
        (
            "ジャガー・ランドローバーの損失は大きく、取引先700社にも影響が及んだ。",
            "700",
            "700",
        ),
    ] {
        let claims = extract(Language::Japanese, text);
        let found = claims.iter().find_map(|c| {
            let v = serde_json::to_value(c.value()).ok()?;
            (c.predicate().as_str() == "impact" && v["unit"] == "organizations").then(|| {
                (
                    v["min"].to_string(),
                    v.get("max").map_or("null".to_owned(), |m| m.to_string()),
                )
            })
        });
        assert_eq!(
            found,
            Some((min.to_owned(), max.to_owned())),
            "{text}\n{claims:#?}"
        );
    }
}
