//! French dates: noms de mois et de jours, mots relatifs, moments de la
//! journée et connecteurs d'intervalle.

use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};

use crate::lang::dates::DateWord::*;
use crate::lang::dates::PartOfDay::{Afternoon, Evening, Morning, Night};
use crate::lang::dates::Period::{BusinessDay, Day, Month as M, Quarter, Week, Weekend, Year};
use crate::lang::dates::Portion::{BeforeAnchor, Early, FromAnchor, Late, Mid};
use crate::lang::dates::{DateGrammar, DateLanguage, DateWord};

/// French: "15 décembre 2025", "15/12/2025" (day first).
pub(crate) struct French;

impl DateLanguage for French {
    fn grammar(&self) -> DateGrammar {
        DateGrammar::Latin { day_first: true }
    }

    fn words(&self) -> &'static [(&'static str, DateWord)] {
        WORDS
    }
}

const WORDS: &[(&str, DateWord)] = &[
    // Mois. "Mars" is also the planet and the god: only next to a number.
    ("janvier", Month(1)),
    ("février", Month(2)),
    ("fevrier", Month(2)),
    ("mars", MonthWeak(3)),
    ("avril", Month(4)),
    ("mai", Month(5)),
    ("juin", Month(6)),
    ("juillet", Month(7)),
    ("août", Month(8)),
    ("aout", Month(8)),
    ("septembre", Month(9)),
    ("octobre", Month(10)),
    ("novembre", Month(11)),
    ("décembre", Month(12)),
    ("decembre", Month(12)),
    ("janv", MonthWeak(1)),
    ("févr", MonthWeak(2)),
    ("fév", MonthWeak(2)),
    ("avr", MonthWeak(4)),
    ("sep", MonthWeak(9)),
    ("juil", MonthWeak(7)),
    ("oct", MonthWeak(10)),
    ("nov", MonthWeak(11)),
    ("déc", MonthWeak(12)),
    // Jours.
    ("lundi", Weekday(Mon)),
    ("mardi", Weekday(Tue)),
    ("mercredi", Weekday(Wed)),
    ("jeudi", Weekday(Thu)),
    ("vendredi", Weekday(Fri)),
    ("samedi", Weekday(Sat)),
    ("dimanche", Weekday(Sun)),
    ("lun", WeekdayWeak(Mon)),
    ("mer", WeekdayWeak(Wed)),
    ("jeu", WeekdayWeak(Thu)),
    ("ven", WeekdayWeak(Fri)),
    ("sam", WeekdayWeak(Sat)),
    ("dim", WeekdayWeak(Sun)),
    // Jours relatifs.
    ("aujourd'hui", RelDay(0)),
    ("hier", RelDay(-1)),
    ("demain", RelDay(1)),
    ("avant-hier", RelDay(-2)),
    ("après-demain", RelDay(2)),
    // "lendemain" alone names the day after the anchor, as "demain";
    // upstream Recognizers-Text reads it so too.
    ("lendemain", RelDay(1)),
    ("ce matin", RelDayPart(0, Morning)),
    ("cet après-midi", RelDayPart(0, Afternoon)),
    ("ce soir", RelDayPart(0, Evening)),
    // Moments de la journée.
    ("matin", PartOfDay(Morning)),
    ("matinée", PartOfDay(Morning)),
    ("après-midi", PartOfDay(Afternoon)),
    ("apres-midi", PartOfDay(Afternoon)),
    ("soir", PartOfDay(Evening)),
    ("soirée", PartOfDay(Evening)),
    ("nuit", PartOfDay(Night)),
    ("au matin", PartOfDay(Morning)),
    ("dans la matinée", PartOfDay(Morning)),
    ("dans l'après-midi", PartOfDay(Afternoon)),
    ("au soir", PartOfDay(Evening)),
    ("en soirée", PartOfDay(Evening)),
    ("dans la soirée", PartOfDay(Evening)),
    ("dans la nuit", PartOfDay(Night)),
    // Périodes et décalages ("la semaine dernière", "jeudi prochain").
    ("semaine", Period(Week)),
    // "la journée" ("bloqué toute la journée"): the anchor day, as "la
    // semaine" is its week; "la journée de mardi" is left to "mardi".
    ("journée", Period(Day)),
    ("mois", Period(M)),
    ("mois-ci", Period(M)),
    ("année", YearNoun),
    ("annee", YearNoun),
    ("maintenant", Now),
    ("an", Period(Year)),
    ("ce", Shift(0)),
    ("cette", Shift(0)),
    ("cet", Shift(0)),
    ("dernier", Shift(-1)),
    ("dernière", Shift(-1)),
    ("derniere", Shift(-1)),
    ("dernieres", Shift(-1)),
    ("precedent", Shift(-1)),
    ("precedente", Shift(-1)),
    ("precedents", Shift(-1)),
    ("precedentes", Shift(-1)),
    ("passé", Shift(-1)),
    ("passée", Shift(-1)),
    ("précédent", Shift(-1)),
    ("précédente", Shift(-1)),
    ("prochain", Shift(1)),
    ("prochaine", Shift(1)),
    ("suivant", Shift(1)),
    ("suivante", Shift(1)),
    ("derniers", Shift(-1)),
    ("dernières", Shift(-1)),
    ("passés", Shift(-1)),
    ("passées", Shift(-1)),
    ("précédents", Shift(-1)),
    ("précédentes", Shift(-1)),
    ("prochains", Shift(1)),
    ("prochaines", Shift(1)),
    ("à venir", Shift(1)),
    // Unités comptées ("il y a deux jours", "dans 3 semaines").
    ("jour", Unit(Day)),
    ("jours", Unit(Day)),
    ("jours ouvrés", Unit(BusinessDay)),
    ("jours ouvrables", Unit(BusinessDay)),
    ("semaines", Unit(Week)),
    ("ans", Unit(Year)),
    ("il y a", Ago),
    // A common misspelling.
    ("il ya", Ago),
    // "il y a à peu près un mois": an approximate count is still that
    // count.
    ("à peu près", About),
    ("environ", About),
    ("dans", Later),
    ("un", Count(1)),
    ("une", Count(1)),
    ("deux", Count(2)),
    ("trois", Count(3)),
    ("quatre", Count(4)),
    ("cinq", Count(5)),
    ("six", Count(6)),
    ("sept", Count(7)),
    ("huit", Count(8)),
    ("neuf", Count(9)),
    ("dix", Count(10)),
    ("onze", Count(11)),
    ("douze", Count(12)),
    // For days said in words ("mai vingt-neuf") and counts ("il y a vingt
    // ans"); "vingt-neuf" is "vingt", "-", "neuf".
    ("treize", Count(13)),
    ("quatorze", Count(14)),
    ("quinze", Count(15)),
    ("seize", Count(16)),
    ("dix-sept", Count(17)),
    ("dix-huit", Count(18)),
    ("dix-neuf", Count(19)),
    ("vingt", Count(20)),
    ("trente", Count(30)),
    // Tens, for decades ("les années quatre-vingt-dix") and spoken years;
    // 70 and 90 count on from 60 and 80 ("soixante-douze" is 72).
    ("quarante", Count(40)),
    ("cinquante", Count(50)),
    ("soixante", Count(60)),
    ("soixante-dix", Count(70)),
    ("quatre-vingt", Count(80)),
    ("quatre-vingts", Count(80)),
    ("quatre-vingt-dix", Count(90)),
    // Intervalles.
    ("entre", RangeOpen),
    ("du", RangeOpen),
    ("de", RangeOpen),
    ("et", RangeAnd),
    ("au", RangeTo),
    ("à", RangeTo),
    ("depuis", Since),
    ("depuis le", Since),
    ("à partir du", Since),
    ("à partir de", Since),
    ("dès le", Since),
    ("jusqu'au", Until),
    ("jusqu'à", Until),
    ("ou plus tard", OrLater),
    ("ou", Or),
    ("avant", Before),
    ("avant le", Before),
    ("après", After),
    ("après le", After),
    // Ordinaux et indices.
    ("er", OrdinalSuffix),
    ("e", OrdinalSuffix),
    ("ème", OrdinalSuffix),
    ("début", Portion(Early)),
    ("début de", Portion(Early)),
    ("mi", Portion(Mid)),
    ("milieu de", Portion(Mid)),
    ("fin", Portion(Late)),
    ("fin de", Portion(Late)),
    ("plus tôt", Portion(BeforeAnchor)),
    ("plus tard", Portion(FromAnchor)),
    // Trimestres et week-ends.
    ("t", QuarterLetter),
    ("trimestre", Period(Quarter)),
    ("trimestres", Unit(Quarter)),
    ("premier", Ordinal(1)),
    // Saisons. "été" is also "been".
    ("printemps", Season(1)),
    ("été", SeasonWeak(2)),
    ("automne", Season(3)),
    ("hiver", Season(4)),
    // Fêtes.
    ("noël", Holiday(12, 25)),
    ("jour de l'an", Holiday(1, 1)),
    ("nouvel an", Holiday(1, 1)),
    ("saint-sylvestre", Holiday(12, 31)),
    ("fête nationale", Holiday(7, 14)),
    ("toussaint", Holiday(11, 1)),
    ("pâques", Easter(0)),
    ("lundi de pâques", Easter(1)),
    ("deuxième", Ordinal(2)),
    ("second", Ordinal(2)),
    ("troisième", Ordinal(3)),
    ("quatrième", Ordinal(4)),
    ("week-end", Period(Weekend)),
    ("les années", Decade),
    ("années", Unit(Year)),
    ("siècle", Century),
    ("weekend", Period(Weekend)),
    ("en", Cue),
    ("le", DayArticle),
    // Heures: "à 14h30", "à 9 heures".
    ("h", HourMark),
    // "vendredi à midi". Not "minuit": the midnight starting or ending
    // the day is ambiguous.
    ("midi", ClockWord(12)),
    // "8:00am": English marks are common in French texts too.
    ("am", Meridiem(false)),
    ("pm", Meridiem(true)),
    ("heure", HourMark),
    ("heures", HourMark),
    ("la", Article),
    ("les", Article),
    ("l'", Article),
];
