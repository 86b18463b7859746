//! French dates: noms de mois et de jours, mots relatifs, moments de la
//! journée et connecteurs d'intervalle.

use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};

use crate::lang::dates::DateWord::*;
use crate::lang::dates::PartOfDay::{Afternoon, Evening, Morning, Night};
use crate::lang::dates::Period::{Day, Month as M, Week, Year};
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
    // Jours relatifs.
    ("aujourd'hui", RelDay(0)),
    ("hier", RelDay(-1)),
    ("demain", RelDay(1)),
    ("avant-hier", RelDay(-2)),
    ("après-demain", RelDay(2)),
    ("ce matin", RelDayPart(0, Morning)),
    ("cet après-midi", RelDayPart(0, Afternoon)),
    ("ce soir", RelDayPart(0, Evening)),
    // Moments de la journée.
    ("matin", PartOfDay(Morning)),
    ("matinée", PartOfDay(Morning)),
    ("après-midi", PartOfDay(Afternoon)),
    ("soir", PartOfDay(Evening)),
    ("soirée", PartOfDay(Evening)),
    ("nuit", PartOfDay(Night)),
    // Périodes et décalages ("la semaine dernière", "jeudi prochain").
    ("semaine", Period(Week)),
    ("mois", Period(M)),
    ("mois-ci", Period(M)),
    ("année", YearNoun),
    ("an", Period(Year)),
    ("ce", Shift(0)),
    ("cette", Shift(0)),
    ("cet", Shift(0)),
    ("dernier", Shift(-1)),
    ("dernière", Shift(-1)),
    ("passé", Shift(-1)),
    ("passée", Shift(-1)),
    ("précédent", Shift(-1)),
    ("précédente", Shift(-1)),
    ("prochain", Shift(1)),
    ("prochaine", Shift(1)),
    ("suivant", Shift(1)),
    ("suivante", Shift(1)),
    // Unités comptées ("il y a deux jours", "dans 3 semaines").
    ("jour", Unit(Day)),
    ("jours", Unit(Day)),
    ("semaines", Unit(Week)),
    ("ans", Unit(Year)),
    ("années", Unit(Year)),
    ("il y a", Ago),
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
    ("avant", Before),
    ("avant le", Before),
    ("après", After),
    ("après le", After),
    // Ordinaux et indices.
    ("er", OrdinalSuffix),
    ("e", OrdinalSuffix),
    ("ème", OrdinalSuffix),
    ("en", Cue),
    ("le", Article),
    ("la", Article),
    ("l'", Article),
];
