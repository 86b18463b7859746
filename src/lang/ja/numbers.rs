//! Japanese numbers: kanji numerals, 万/億/兆 scales, bound cues and
//! units, as data.
//!
//! Hand-written tables; see `crate::lang::numbers` for what each means.
//! Kanji digits (〇一二…九), the small multipliers 十百千 and the large
//! scales 万億兆京 are listed as words; the engine composes them
//! (一千六百万 = (1000 + 600) × 10^4, 1644万4373 = 1644 × 10^4 + 4373).

use crate::lang::numbers::{Cue, NumberLanguage, NumberWord, Position, UnitWord};

/// Japanese number knowledge.
pub(crate) struct Japanese;

use Cue::*;
use NumberWord::*;
use Position::*;
use UnitWord::*;

const WORDS: &[(&str, NumberWord)] = &[
    ("〇", Value(0)),
    ("零", Value(0)),
    ("一", Value(1)),
    ("壱", Value(1)),
    ("二", Value(2)),
    ("弐", Value(2)),
    ("三", Value(3)),
    ("参", Value(3)),
    ("四", Value(4)),
    ("五", Value(5)),
    ("六", Value(6)),
    ("七", Value(7)),
    ("八", Value(8)),
    ("九", Value(9)),
    // 十, 百 and 千 multiply the digit before them; the engine treats
    // `Scale` below 4 as such a small multiplier.
    ("十", Scale(1)),
    ("拾", Scale(1)),
    ("百", Scale(2)),
    ("千", Scale(3)),
    ("万", Scale(4)),
    ("萬", Scale(4)),
    ("億", Scale(8)),
    ("兆", Scale(12)),
    ("京", Scale(16)),
    ("ダース", Dozen),
];

const SCALES: &[(&str, u8, bool)] = &[("k", 3, false), ("K", 3, true), ("M", 6, true)];

const CUES: &[(&str, Cue, Position)] = &[
    ("約", About, Before),
    ("およそ", About, Before),
    ("おおよそ", About, Before),
    ("概ね", About, Before),
    ("ほぼ", About, Before),
    ("最大", AtMost, Before),
    ("最高", AtMost, Before),
    ("最低", AtLeast, Before),
    ("少なくとも", AtLeast, Before),
    ("イコール", Equal, Before),
    ("に等しい", Equal, After),
    ("以上", AtLeast, After),
    ("もしくはそれ以上", AtLeast, After),
    ("またはそれ以上", AtLeast, After),
    ("より大きく", MoreThan, After),
    ("より多い", MoreThan, After),
    ("より小さく", LessThan, After),
    ("より少ない", LessThan, After),
    ("より低い", LessThan, After),
    ("より高い", MoreThan, After),
    ("少なくとも", AtLeast, Before),
    ("多くて", AtMost, Before),
    ("を超える", MoreThan, After),
    ("を超す", MoreThan, After),
    ("を超え", MoreThan, After),
    ("超える", MoreThan, After),
    ("超え", MoreThan, After),
    ("超", MoreThan, After),
    ("余り", MoreThan, After),
    ("あまり", MoreThan, After),
    ("強", MoreThan, After),
    ("より大きい", MoreThan, After),
    ("より大きいか等しい", AtLeast, After),
    ("より小さいか等しい", AtMost, After),
    // Read from comparison signs: 3965大なり is "> 3965".
    ("大なり", MoreThan, After),
    ("小なり", LessThan, After),
    ("近く", Nearly, After),
    ("弱", Nearly, After),
    ("未満", LessThan, After),
    ("より小さい", LessThan, After),
    ("以下", AtMost, After),
    ("まで", AtMost, After),
    ("前後", About, After),
    ("程度", About, After),
    ("ほど", About, After),
    ("くらい", About, After),
    ("ぐらい", About, After),
];

const UNITS_AFTER: &[(&str, UnitWord)] = &[
    ("人分", Persons),
    ("人", Persons),
    ("名", Persons),
    ("件", Records),
    ("レコード", Records),
    ("バイト", Bytes(0)),
    ("キロバイト", Bytes(3)),
    ("メガバイト", Bytes(6)),
    ("ギガバイト", Bytes(9)),
    ("テラバイト", Bytes(12)),
    ("kb", Bytes(3)),
    ("mb", Bytes(6)),
    ("gb", Bytes(9)),
    ("tb", Bytes(12)),
    ("%", Percent),
    ("パーセント", Percent),
    ("割引", Tenths),
    ("割", Tenths),
    ("円", Currency("JPY")),
    ("ドル", Currency("USD")),
    ("米ドル", Currency("USD")),
    ("ユーロ", Currency("EUR")),
    ("ポンド", Currency("GBP")),
    ("香港ドル", Currency("HKD")),
    ("ニュー台湾ドル", Currency("TWD")),
    ("台湾ドル", Currency("TWD")),
    ("スイスフラン", Currency("CHF")),
    ("スイス・フラン", Currency("CHF")),
    ("ナイラ", Currency("NGN")),
    ("セント", Other("cents")),
    // Spelled in hiragana with a numeral in hiragana: ろく どる.
    ("どる", Currency("USD")),
    ("人民元", Currency("CNY")),
    ("元", Currency("CNY")),
    ("パナマ・バルボア", Currency("PAB")),
    ("バルボア", Currency("PAB")),
    ("ウォン", Currency("KRW")),
    ("ルピー", Currency("INR")),
    ("社", Organizations),
    ("団体", Organizations),
    ("組織", Organizations),
    // A count before its noun: 「5000以上の組織」「300の企業」.
    ("の組織", Organizations),
    ("の企業", Organizations),
    ("の団体", Organizations),
    ("匹", Counter),
    ("個", Counter),
    ("台", Counter),
    ("本", Counter),
    ("枚", Counter),
    ("つ", Counter),
    ("回", Counter),
    ("歳", Counter),
    ("キロ", Counter),
    ("点", Counter),
    ("倍", Counter),
];

const UNITS_BEFORE: &[(&str, UnitWord)] = &[
    ("us$", Currency("USD")),
    ("$", Currency("USD")),
    ("€", Currency("EUR")),
    ("£", Currency("GBP")),
    ("¥", Currency("JPY")),
    ("￥", Currency("JPY")),
    ("\\", Currency("JPY")),
];

impl NumberLanguage for Japanese {
    fn decimal_separator(&self) -> char {
        '.'
    }
    fn group_separators(&self) -> &'static [char] {
        &[',', ' ']
    }
    fn words(&self) -> &'static [(&'static str, NumberWord)] {
        WORDS
    }
    fn scales(&self) -> &'static [(&'static str, u8, bool)] {
        SCALES
    }
    fn cues(&self) -> &'static [(&'static str, Cue, Position)] {
        CUES
    }
    fn units_after(&self) -> &'static [(&'static str, UnitWord)] {
        UNITS_AFTER
    }
    fn units_before(&self) -> &'static [(&'static str, UnitWord)] {
        UNITS_BEFORE
    }
    fn unit_connectors(&self) -> &'static [&'static str] {
        &[]
    }
    fn ranges(&self) -> &'static [(&'static str, &'static str)] {
        &[("", "〜"), ("", "~"), ("", "から"), ("", "-")]
    }
    fn non_quantity_after(&self) -> &'static [&'static str] {
        &[
            "年", "月", "日", "時", "分", "秒", "番", "位", "号", "章", "条", "次", "世紀", "週",
            "ヶ月", "か月", "カ月",
        ]
    }
    fn non_quantity_before(&self) -> &'static [&'static str] {
        &["第", "令和", "平成", "昭和", "西暦", "no.", "#", "§"]
    }
    fn bound_conjunctions(&self) -> &'static [&'static str] {
        // Japanese also joins them with nothing: 100以上300以下.
        &["", "、", ",", "そして", "で、", "が"]
    }
    fn minor_units(&self) -> (&'static [(&'static str, u8)], &'static [&'static str]) {
        // 角 and 分 are tenths and hundredths of the yuan: 50元6角3分.
        (&[("セント", 2), ("銭", 2), ("角", 1), ("分", 2)], &["と"])
    }
    fn closed_ranges(&self) -> &'static [(&'static str, &'static str)] {
        &[("と", "の間"), ("と", "の中")]
    }
    fn range_closers(&self) -> &'static [&'static str] {
        &["の間", "の中", "まで"]
    }
    fn measures(&self) -> &'static [&'static str] {
        &[
            "ミリリットル",
            "リットル",
            "キロメートル",
            "センチメートル",
            "ミリメートル",
            "メートル",
            "キログラム",
            "グラム",
            "トン",
        ]
    }
    fn minus_words(&self) -> &'static [&'static str] {
        &["マイナス"]
    }
    fn copulas(&self) -> &'static [&'static str] {
        &["です", "でした", "だ。"]
    }
    fn word_suffixes(&self) -> &'static [&'static str] {
        // 一次産業, 二次被害, 三次元: an order or a dimension, not a count.
        &["次"]
    }
    fn kanji_numerals(&self) -> bool {
        true
    }
    fn has_word_boundaries(&self) -> bool {
        false
    }
}
