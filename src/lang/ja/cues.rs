//! Japanese cues: 伝聞・発言、当事者、モダリティ、述語のきっかけ語。
//!
//! The term syntax is described in `src/lang/cues.rs`. Japanese has no
//! spaces between words, so terms match anywhere; the speaker of a
//! quotation ("と述べた") is the topic of the sentence, which comes first.

use crate::lang::cues::{Cue, Cues, ModalityCue, Speaker};
use crate::{Language, PartyKind, Predicate};

/// Japanese.
pub(crate) struct Japanese;

use Cue::{DataContext, Modality, Party, Persona, Speech, Trigger};
use ModalityCue::{Confirm, Hedge, Negation, Undetermined, Unverified};
use Predicate as P;

const TERMS: &[(&str, Cue)] = &[
    ("によれば", Speech(Speaker::Before)),
    ("によると", Speech(Speaker::Before)),
    ("と述べた", Speech(Speaker::Before)),
    ("と述べ", Speech(Speaker::Before)),
    ("と語った", Speech(Speaker::Before)),
    ("と説明", Speech(Speaker::Before)),
    ("と発表", Speech(Speaker::Before)),
    ("と主張", Speech(Speaker::Before)),
    ("確認していない", Speech(Speaker::Before)),
    ("確認しておらず", Speech(Speaker::Before)),
    ("を主張", Speech(Speaker::Before)),
    ("を認める", Speech(Speaker::Before)),
    ("と認める", Speech(Speaker::Before)),
    ("を確認", Speech(Speaker::Before)),
    ("犯行声明", Speech(Speaker::Before)),
    ("と投稿", Speech(Speaker::Before)),
    ("と書き込", Speech(Speaker::Before)),
    ("と明らかにした", Speech(Speaker::Before)),
    ("と認めた", Speech(Speaker::Before)),
    ("と報じ", Speech(Speaker::Before)),
    ("と伝え", Speech(Speaker::Before)),
    ("としている", Speech(Speaker::Before)),
    ("と話した", Speech(Speaker::Before)),
    ("と警告", Speech(Speaker::Before)),
    ("と否定", Speech(Speaker::Before)),
    ("を認めた", Speech(Speaker::Before)),
    ("を明らかにした", Speech(Speaker::Before)),
    ("を発表", Speech(Speaker::Before)),
    ("を確認した", Speech(Speaker::Before)),
    ("と確認した", Speech(Speaker::Before)),
    // Parties.
    ("大臣", Party(PartyKind::Official)),
    ("内相", Party(PartyKind::Official)),
    ("政府", Party(PartyKind::Official)),
    ("当局", Party(PartyKind::Official)),
    ("検察", Party(PartyKind::Official)),
    ("警察", Party(PartyKind::Official)),
    ("同省", Party(PartyKind::Official)),
    ("同社", Party(PartyKind::Official)),
    ("報道官", Party(PartyKind::Official)),
    ("広報", Party(PartyKind::Official)),
    ("関係者", Party(PartyKind::Official)),
    ("ハッカー", Party(PartyKind::Attacker)),
    ("攻撃者", Party(PartyKind::Attacker)),
    ("犯行グループ", Party(PartyKind::Attacker)),
    ("ハッカー集団", Party(PartyKind::Attacker)),
    ("投稿者", Party(PartyKind::Attacker)),
    ("研究者", Party(PartyKind::Researcher)),
    ("セキュリティ企業", Party(PartyKind::Researcher)),
    ("アナリスト", Party(PartyKind::Researcher)),
    ("専門家", Party(PartyKind::Researcher)),
    ("現地メディア", Party(PartyKind::Media)),
    ("現地報道", Party(PartyKind::Media)),
    ("メディア", Party(PartyKind::Media)),
    // モダリティ.
    ("認めた", Modality(Confirm)),
    ("を認めた", Modality(Confirm)),
    ("と認めた", Modality(Confirm)),
    ("を確認した", Modality(Confirm)),
    ("と確認した", Modality(Confirm)),
    ("を認める", Modality(Confirm)),
    ("と認める", Modality(Confirm)),
    ("を確認", Modality(Confirm)),
    ("認め", Modality(Confirm)),
    ("確認した", Modality(Confirm)),
    ("確認している", Modality(Confirm)),
    ("確認された", Modality(Confirm)),
    ("ていない", Modality(Negation)),
    ("ていません", Modality(Negation)),
    ("なかった", Modality(Negation)),
    ("はない", Modality(Negation)),
    ("はなく", Modality(Negation)),
    ("ありません", Modality(Negation)),
    ("見当たらない", Modality(Negation)),
    ("否定", Modality(Negation)),
    ("とされる", Modality(Hedge)),
    ("とされ", Modality(Hedge)),
    ("とみられる", Modality(Hedge)),
    ("と見られる", Modality(Hedge)),
    ("可能性", Modality(Hedge)),
    ("示唆", Modality(Hedge)),
    ("恐れ", Modality(Hedge)),
    ("おそれ", Modality(Hedge)),
    ("疑い", Modality(Hedge)),
    ("かもしれない", Modality(Hedge)),
    ("不明", Modality(Undetermined)),
    ("わからない", Modality(Undetermined)),
    ("分からない", Modality(Undetermined)),
    ("わかっていない", Modality(Undetermined)),
    ("分かっていない", Modality(Undetermined)),
    ("明らかになっていない", Modality(Undetermined)),
    ("確認されていない", Modality(Undetermined)),
    ("確認できていない", Modality(Undetermined)),
    ("特定されていない", Modality(Undetermined)),
    ("特定に至っていない", Modality(Undetermined)),
    ("調査中", Modality(Undetermined)),
    ("分析中", Modality(Undetermined)),
    ("未確認", Modality(Undetermined)),
    ("確認していない", Modality(Undetermined)),
    ("確認しておらず", Modality(Undetermined)),
    ("とみて", Modality(Hedge)),
    ("と見て", Modality(Hedge)),
    ("真偽は不明", Modality(Unverified)),
    ("真偽不明", Modality(Unverified)),
    ("真偽のほどは不明", Modality(Unverified)),
    ("信憑性は不明", Modality(Unverified)),
    ("真偽は明らかになっていない", Modality(Unverified)),
    ("検証できていない", Modality(Unverified)),
    ("ランサムウェア", Trigger(P::Intrusion, "")),
    // 述語.
    ("不正アクセス", Trigger(P::Intrusion, "")),
    ("サイバー攻撃", Trigger(P::Intrusion, "")),
    ("攻撃", Trigger(P::Intrusion, "")),
    ("侵入", Trigger(P::Intrusion, "")),
    ("ハッキング", Trigger(P::Intrusion, "")),
    ("不審な活動", Trigger(P::Intrusion, "")),
    ("不審な動き", Trigger(P::Intrusion, "")),
    ("侵害", Trigger(P::Intrusion, "")),
    ("アクセス", Trigger(P::UnauthorizedAccess, "")),
    ("閲覧", Trigger(P::UnauthorizedAccess, "")),
    ("流出", Trigger(P::DataExfiltration, "")),
    ("窃取", Trigger(P::DataExfiltration, "")),
    ("盗ま", Trigger(P::DataExfiltration, "")),
    ("盗んだ", Trigger(P::DataExfiltration, "")),
    ("盗み", Trigger(P::DataExfiltration, "")),
    ("持ち出", Trigger(P::DataExfiltration, "")),
    ("漏えい", Trigger(P::DataExfiltration, "")),
    ("漏洩", Trigger(P::DataExfiltration, "")),
    ("入手", Trigger(P::DataExfiltration, "")),
    ("保有している", Trigger(P::DataExfiltration, "")),
    ("データ", DataContext),
    ("情報", DataContext),
    ("ファイル", DataContext),
    ("記録", DataContext),
    ("犯罪歴", Trigger(P::DataCategory, "criminal records")),
    ("前科", Trigger(P::DataCategory, "criminal records")),
    ("指名手配", Trigger(P::DataCategory, "wanted persons")),
    ("従業員データ", Trigger(P::DataCategory, "employee data")),
    ("従業員の情報", Trigger(P::DataCategory, "employee data")),
    ("従業員のデータ", Trigger(P::DataCategory, "employee data")),
    ("従業員情報", Trigger(P::DataCategory, "employee data")),
    ("個人情報", Trigger(P::DataCategory, "personal data")),
    ("顧客情報", Trigger(P::DataCategory, "customer data")),
    ("警察のファイル", Trigger(P::DataCategory, "police files")),
    ("メールサーバー", Trigger(P::EntryVector, "email servers")),
    ("メールサーバ", Trigger(P::EntryVector, "email servers")),
    ("メールシステム", Trigger(P::EntryVector, "email servers")),
    ("フィッシング", Trigger(P::EntryVector, "phishing")),
    ("認証情報", Trigger(P::EntryVector, "credentials")),
    ("犯行声明", Trigger(P::Attribution, "")),
    ("犯行", Trigger(P::Attribution, "")),
    ("関与", Trigger(P::Attribution, "")),
    ("犯人", Trigger(P::Attribution, "")),
    ("仕業", Trigger(P::Attribution, "")),
    ("報復", Trigger(P::Motive, "revenge")),
    ("復讐", Trigger(P::Motive, "revenge")),
    ("外国の干渉", Trigger(P::Motive, "foreign interference")),
    ("干渉", Trigger(P::Motive, "foreign interference")),
    ("金銭目的", Trigger(P::Motive, "financial")),
    ("挑発", Trigger(P::Motive, "defiance")),
    ("サイバー犯罪", Trigger(P::Motive, "cybercrime")),
    ("身代金", Trigger(P::Extortion, "")),
    ("期限", Trigger(P::Extortion, "")),
    ("交渉", Trigger(P::Extortion, "")),
    ("売却", Trigger(P::Extortion, "")),
    ("販売する", Trigger(P::Extortion, "")),
    ("脅迫", Trigger(P::Extortion, "")),
    ("検知", Trigger(P::DetectionTime, "")),
    ("発見", Trigger(P::DetectionTime, "")),
    // 「13日に明らかにした」「12日、…と発表した」: 発表の日付。
    ("と発表", Trigger(P::DisclosureTime, "")),
    ("を発表", Trigger(P::DisclosureTime, "")),
    ("と明らかにした", Trigger(P::DisclosureTime, "")),
    ("を明らかにした", Trigger(P::DisclosureTime, "")),
    ("明らかにした", Trigger(P::DisclosureTime, "")),
    ("明らかにした", Speech(Speaker::Before)),
    ("と公表", Trigger(P::DisclosureTime, "")),
    ("を公表", Trigger(P::DisclosureTime, "")),
    ("と公表", Speech(Speaker::Before)),
    ("を公表", Speech(Speaker::Before)),
    ("と認めた", Trigger(P::DisclosureTime, "")),
    ("を認めた", Trigger(P::DisclosureTime, "")),
    ("と述べた", Trigger(P::DisclosureTime, "")),
    ("捜査", Trigger(P::Investigation, "")),
    ("調査を進め", Trigger(P::Investigation, "")),
    ("調査を開始", Trigger(P::Investigation, "")),
    ("告発", Trigger(P::Investigation, "")),
    ("被害届", Trigger(P::Investigation, "")),
    ("通報", Trigger(P::Investigation, "")),
    ("二要素認証", Trigger(P::Remediation, "")),
    ("多要素認証", Trigger(P::Remediation, "")),
    ("パスワードの変更", Trigger(P::Remediation, "")),
    ("パスワードを変更", Trigger(P::Remediation, "")),
    ("再起動", Trigger(P::Remediation, "")),
    ("対策を強化", Trigger(P::Remediation, "")),
    ("深刻", Trigger(P::Severity, "")),
    ("重大", Trigger(P::Severity, "")),
    ("深刻な侵害", Trigger(P::Severity, "")),
    ("損失", Trigger(P::Impact, "")),
    ("赤字", Trigger(P::Impact, "")),
    ("サプライチェーン", Trigger(P::Impact, "")),
    ("取引先", Trigger(P::Impact, "")),
    ("生産停止", Trigger(P::Impact, "")),
    ("を名乗る", Persona),
    ("と名乗る", Persona),
];

const CLAUSE_BREAKS: &[&str] = &["が、", "ものの", "一方", "しかし", "だが", "けれども"];

impl Cues for Japanese {
    fn language(&self) -> Language {
        Language::Japanese
    }

    fn terms(&self) -> &'static [(&'static str, Cue)] {
        TERMS
    }

    fn abbreviations(&self) -> &'static [&'static str] {
        &[]
    }

    fn has_word_boundaries(&self) -> bool {
        false
    }

    fn clause_breaks(&self) -> &'static [&'static str] {
        CLAUSE_BREAKS
    }

    fn victim_phrases(&self) -> &'static [&'static str] {
        VICTIM_PHRASES
    }
}

/// What follows an organisation's name when it reports itself the victim
/// (see [`Cues::victim_phrases`]).
const VICTIM_PHRASES: &[&str] = &["を受けた", "を受け", "被害", "に遭", "された", "感染"];
