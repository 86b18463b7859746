//! French numbers: number words, scales, bound cues and units, as data.
//!
//! Hand-written tables; see `crate::lang::numbers` for what each means.
//! "soixante-dix" and "quatre-vingts" are not listed: the engine reads
//! them as 60 + 10 and 4 × 20, as French does.

use crate::lang::numbers::{Cue, NumberLanguage, NumberWord, Position, UnitWord};

/// French number knowledge.
pub(crate) struct French;

use Cue::*;
use NumberWord::*;
use Position::*;
use UnitWord::*;

const WORDS: &[(&str, NumberWord)] = &[
    ("zéro", Value(0)),
    ("zero", Value(0)),
    ("un", Value(1)),
    ("une", Value(1)),
    ("deux", Value(2)),
    ("trois", Value(3)),
    ("quatre", Value(4)),
    ("cinq", Value(5)),
    ("six", Value(6)),
    ("sept", Value(7)),
    ("huit", Value(8)),
    ("neuf", Value(9)),
    ("dix", Value(10)),
    ("onze", Value(11)),
    ("douze", Value(12)),
    ("treize", Value(13)),
    ("quatorze", Value(14)),
    ("quinze", Value(15)),
    ("seize", Value(16)),
    ("vingt", Value(20)),
    ("vingts", Value(20)),
    ("trente", Value(30)),
    ("quarante", Value(40)),
    ("cinquante", Value(50)),
    ("soixante", Value(60)),
    ("septante", Value(70)),
    ("huitante", Value(80)),
    ("octante", Value(80)),
    ("nonante", Value(90)),
    ("cent", Hundred),
    ("cents", Hundred),
    ("mille", Scale(3)),
    ("mil", Scale(3)),
    ("million", Scale(6)),
    ("millions", Scale(6)),
    ("milliard", Scale(9)),
    ("milliards", Scale(9)),
    ("billion", Scale(12)),
    ("billions", Scale(12)),
    ("trillion", Scale(18)),
    ("trillions", Scale(18)),
    ("et", And),
    ("douzaine", Dozen),
    ("douzaines", Dozen),
    ("virgule", Point),
    // Denominators; "deuxième" and "troisième" are ranks, not fractions.
    // "unième" only after a tens word: "un vingt et unième".
    ("unième", Fraction(1)),
    ("unieme", Fraction(1)),
    ("unièmes", Fraction(1)),
    ("demi", Fraction(2)),
    ("demie", Fraction(2)),
    ("tiers", Fraction(3)),
    ("quart", Fraction(4)),
    ("quarts", Fraction(4)),
    ("quatrième", Fraction(4)),
    ("quatrieme", Fraction(4)),
    ("quatrièmes", Fraction(4)),
    ("cinquième", Fraction(5)),
    ("cinquieme", Fraction(5)),
    ("cinquièmes", Fraction(5)),
    ("cinquiemes", Fraction(5)),
    ("sixième", Fraction(6)),
    ("sixièmes", Fraction(6)),
    ("septième", Fraction(7)),
    ("septièmes", Fraction(7)),
    ("huitième", Fraction(8)),
    ("huitieme", Fraction(8)),
    ("huitièmes", Fraction(8)),
    ("neuvième", Fraction(9)),
    ("neuvièmes", Fraction(9)),
    ("dixième", Fraction(10)),
    ("dixièmes", Fraction(10)),
    ("centième", Fraction(100)),
    ("centieme", Fraction(100)),
    ("centièmes", Fraction(100)),
    ("millième", Fraction(1_000)),
    ("millièmes", Fraction(1_000)),
    ("millionième", Fraction(1_000_000)),
    ("milliardième", Fraction(1_000_000_000)),
    ("billionième", Fraction(1_000_000_000_000)),
    ("billionieme", Fraction(1_000_000_000_000)),
    ("billionièmes", Fraction(1_000_000_000_000)),
    ("trillionième", Fraction(1_000_000_000_000_000_000)),
    ("trillionièmes", Fraction(1_000_000_000_000_000_000)),
];

const SCALES: &[(&str, u8, bool)] = &[
    ("mille", 3, false),
    ("million", 6, false),
    ("millions", 6, false),
    ("milliard", 9, false),
    ("milliards", 9, false),
    ("billion", 12, false),
    ("billions", 12, false),
    ("trillion", 18, false),
    ("trillions", 18, false),
    ("k", 3, false),
    ("K", 3, true),
    ("M", 6, true),
    ("Md", 9, true),
    ("Mds", 9, true),
    ("Mrd", 9, true),
];

const CUES: &[(&str, Cue, Position)] = &[
    ("supérieur ou égal à", AtLeast, Before),
    ("supérieure ou égale à", AtLeast, Before),
    ("supérieurs ou égaux à", AtLeast, Before),
    ("inférieur ou égal à", AtMost, Before),
    ("inférieure ou égale à", AtMost, Before),
    ("inférieurs ou égaux à", AtMost, Before),
    ("plus petits ou égaux à", AtMost, Before),
    ("plus petit ou égal à", AtMost, Before),
    ("plus grand ou égal à", AtLeast, Before),
    ("plus grand que", MoreThan, Before),
    ("plus petit que", LessThan, Before),
    ("plus haut que", MoreThan, Before),
    ("plus bas que", LessThan, Before),
    ("inférieurs à", LessThan, Before),
    ("supérieurs à", MoreThan, Before),
    ("plus de", MoreThan, Before),
    ("plus d'", MoreThan, Before),
    ("au-delà de", MoreThan, Before),
    ("supérieur à", MoreThan, Before),
    ("supérieure à", MoreThan, Before),
    ("dépassant", MoreThan, Before),
    (">", MoreThan, Before),
    ("au moins", AtLeast, Before),
    ("pas moins de", AtLeast, Before),
    ("pas moins d'", AtLeast, Before),
    ("au minimum", AtLeast, Before),
    ("supérieur ou égal à", AtLeast, Before),
    (">=", AtLeast, Before),
    ("jusqu'à", AtMost, Before),
    ("au plus", AtMost, Before),
    ("au maximum", AtMost, Before),
    ("pas plus de", AtMost, Before),
    ("pas plus d'", AtMost, Before),
    ("inférieur ou égal à", AtMost, Before),
    ("<=", AtMost, Before),
    ("moins de", LessThan, Before),
    ("moins d'", LessThan, Before),
    ("inférieur à", LessThan, Before),
    ("inférieure à", LessThan, Before),
    ("en dessous de", LessThan, Before),
    ("<", LessThan, Before),
    ("près de", Nearly, Before),
    ("près d'", Nearly, Before),
    ("presque", Nearly, Before),
    ("quasiment", Nearly, Before),
    ("pas loin de", Nearly, Before),
    ("environ", About, Before),
    ("quelque", About, Before),
    ("autour de", About, Before),
    ("approximativement", About, Before),
    ("à peu près", About, Before),
    ("aux alentours de", About, Before),
    ("de l'ordre de", About, Before),
    ("~", About, Before),
    ("égal à", Equal, Before),
    ("égale à", Equal, Before),
    ("ou plus", AtLeast, After),
    ("et plus", AtLeast, After),
    ("ou moins", AtMost, After),
    ("environ", About, After),
];

const UNITS_AFTER: &[(&str, UnitWord)] = &[
    ("personnes", Persons),
    ("personne", Persons),
    ("individus", Persons),
    ("clients", Persons),
    ("usagers", Persons),
    ("utilisateurs", Persons),
    ("français", Persons),
    ("citoyens", Persons),
    ("habitants", Persons),
    ("victimes", Persons),
    ("agents", Persons),
    ("fonctionnaires", Persons),
    ("salariés", Persons),
    ("patients", Persons),
    ("données", Records),
    ("enregistrements", Records),
    ("fiches", Records),
    ("lignes", Records),
    ("entrées", Records),
    ("octets", Bytes(0)),
    ("ko", Bytes(3)),
    ("mo", Bytes(6)),
    ("go", Bytes(9)),
    ("to", Bytes(12)),
    ("kb", Bytes(3)),
    ("mb", Bytes(6)),
    ("gb", Bytes(9)),
    ("tb", Bytes(12)),
    ("gigaoctets", Bytes(9)),
    ("téraoctets", Bytes(12)),
    ("%", Percent),
    ("pour cent", Percent),
    ("pour-cent", Percent),
    ("pourcent", Percent),
    ("pourcents", Percent),
    ("pourcentage", Percent),
    ("euros", Currency("EUR")),
    ("euro", Currency("EUR")),
    ("eur", Currency("EUR")),
    ("€", Currency("EUR")),
    ("dollars", Currency("USD")),
    ("dollar", Currency("USD")),
    ("usd", Currency("USD")),
    ("$", Currency("USD")),
    ("livres sterling", Currency("GBP")),
    ("livres", Currency("GBP")),
    ("livre", Currency("GBP")),
    ("£", Currency("GBP")),
    ("yens", Currency("JPY")),
    ("yen", Currency("JPY")),
    ("$ c", Currency("CAD")),
    ("$cad", Currency("CAD")),
    ("$ cad", Currency("CAD")),
    ("$ hk", Currency("HKD")),
    ("$ usd", Currency("USD")),
    ("cents", Other("cents")),
    ("centimes", Other("centimes")),
    ("pence", Other("pence")),
    ("penny", Other("pence")),
    ("francs", Other("francs")),
    ("pourcentages", Percent),
    ("dollars australiens", Currency("AUD")),
    ("dollars canadiens", Currency("CAD")),
    ("francs suisses", Currency("CHF")),
    ("yuans", Currency("CNY")),
    ("yuan", Currency("CNY")),
    ("roupies", Currency("INR")),
    ("pesetas", Currency("ESP")),
    ("florins hollandais", Currency("NLG")),
    ("mark finlandais", Currency("FIM")),
    ("entreprises", Organizations),
    ("sociétés", Organizations),
    ("organisations", Organizations),
    ("collectivités", Organizations),
];

const UNITS_BEFORE: &[(&str, UnitWord)] = &[
    ("pourcentage de", Percent),
    ("pourcent de", Percent),
    ("pourcent des", Percent),
    ("us$", Currency("USD")),
    ("usd$", Currency("USD")),
    ("cad$", Currency("CAD")),
    ("aud$", Currency("AUD")),
    ("nzd$", Currency("NZD")),
    ("mxn$", Currency("MXN")),
    ("usd", Currency("USD")),
    ("$", Currency("USD")),
    ("€", Currency("EUR")),
    ("eur", Currency("EUR")),
    ("£", Currency("GBP")),
    ("¥", Currency("JPY")),
];

impl NumberLanguage for French {
    fn decimal_separator(&self) -> char {
        ','
    }
    fn group_separators(&self) -> &'static [char] {
        &[' ', '.', '\'']
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
        &["de", "d'", "des"]
    }
    fn bound_conjunctions(&self) -> &'static [&'static str] {
        &["et", "mais", ","]
    }
    fn or_equal_words(&self) -> &'static [&'static str] {
        &["ou égal à", "ou égale à", "ou égal"]
    }
    fn ratio_words(&self) -> &'static [&'static str] {
        &["sur"]
    }
    fn minor_units(&self) -> (&'static [(&'static str, u8)], &'static [&'static str]) {
        (&[("cents", 2), ("centimes", 2)], &["et"])
    }
    fn hundred_multiplier_limit(&self) -> u64 {
        20
    }
    fn after_cue_blockers(&self) -> &'static [&'static str] {
        &["de", "d'", "que"]
    }
    fn minus_words(&self) -> &'static [&'static str] {
        // Not "moins": "au moins 1 500" is a bound, not a sign.
        &["négatif"]
    }
    fn ranges(&self) -> &'static [(&'static str, &'static str)] {
        &[
            ("entre", "et"),
            ("de", "à"),
            ("", "à"),
            ("", "-"),
            ("", "~"),
        ]
    }
    fn non_quantity_after(&self) -> &'static [&'static str] {
        &[
            "janvier",
            "février",
            "fevrier",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "aout",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
            "decembre",
            "janv.",
            "févr.",
            "avr.",
            "juil.",
            "sept.",
            "oct.",
            "nov.",
            "déc.",
            "h",
            "heures",
            "heure",
            "ans",
            "an",
            "années",
            "mois",
            "semaines",
            "semaine",
            "jours",
            "jour",
            "minutes",
            "secondes",
        ]
    }
    fn non_quantity_before(&self) -> &'static [&'static str] {
        &[
            "section", "chapitre", "article", "page", "n°", "no", "numéro", "version", "v", "#",
            "§",
        ]
    }
}
