//! The common cues trait: the words that tell claim extraction who speaks,
//! how firmly, and about what.
//!
//! Each language lists its cues as data, a table of `(term, Cue)`, in
//! `src/lang/<code>/cues.rs`. Terms are written in lower case; the
//! extractor matches them case-insensitively, with:
//!
//! | in a term | matches |
//! |---|---|
//! | a space | any run of white space, no-break spaces included |
//! | `'` | `'` or the typographic `’` |
//! | a trailing `*` | any word ending (`confirm*`: confirmed, confirms) |
//! | a leading `*` | inside a word (for languages with word boundaries) |
//!
//! A term may appear several times with different cues ("reconnaît" both
//! introduces speech and confirms). When terms overlap, the longest one at
//! the leftmost position wins, so "not confirmed" beats "confirmed".
//!
//! # How to add a language
//!
//! Add `src/lang/<code>/cues.rs` with a unit struct implementing [`Cues`],
//! fill its tables (speech verbs, parties, modality, predicate triggers,
//! abbreviations), add the language to [`Language`] and return it from
//! [`for_language`].

use crate::{Language, PartyKind, Predicate};

/// Where the speaker stands relative to a speech cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Speaker {
    /// Before it: "the minister *said*", "le ministre *a déclaré*",
    /// "内務省*によれば*", "と*述べた*".
    Before,
    /// After it: "*according to* the ministry", "*selon* le pirate".
    After,
}

/// How a cue bears on a claim's modality.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum ModalityCue {
    /// "confirmed", "a reconnu", "認めた".
    Confirm,
    /// "allegedly", "aurait", "可能性".
    Hedge,
    /// "no trace of", "aucune", "していない".
    Negation,
    /// "not yet determined", "en cours d'analyse", "不明".
    Undetermined,
    /// The outlet says it could not check what it reports: "could not be
    /// verified", "真偽は不明". Applies to the claims just before it.
    Unverified,
}

/// What a term tells the extractor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Reported speech or attribution, with where its speaker stands.
    Speech(Speaker),
    /// A party that can speak: "the minister" is official.
    Party(PartyKind),
    /// A modality marker.
    Modality(ModalityCue),
    /// A word that raises a predicate, with an optional canonical value
    /// (a motive "revenge", a data category "employee data"); empty when
    /// the predicate's value comes from elsewhere (a flag, a quantity).
    Trigger(Predicate, &'static str),
    /// The sentence is about data, so counts of people in it are counts of
    /// people whose data is affected.
    DataContext,
    /// A self-given name follows: "calling himself", "se faisant appeler";
    /// or, in Japanese, precedes: "「Indra」を名乗る".
    Persona,
}

/// The cue words of one language.
pub(crate) trait Cues: Sync {
    /// The language.
    fn language(&self) -> Language;

    /// The terms and what each tells; see the module docs for the syntax.
    fn terms(&self) -> &'static [(&'static str, Cue)];

    /// Words that end with a full stop without ending a sentence, in lower
    /// case without the stop ("mr", "mme", "inc").
    fn abbreviations(&self) -> &'static [&'static str];

    /// Whether words are separated by spaces, so that cues must match
    /// whole words (false for Japanese).
    fn has_word_boundaries(&self) -> bool {
        true
    }

    /// Words that split a sentence into clauses ("but", "mais", "が、"),
    /// matched like terms.
    fn clause_breaks(&self) -> &'static [&'static str];

    /// Capitalised words that are not names: articles, pronouns,
    /// prepositions, days and months, as they start sentences ("The", "On",
    /// "Vendredi"). A person's name next to a party word ("the minister
    /// Laurent Nuñez") never includes them.
    fn not_names(&self) -> &'static [&'static str] {
        &[]
    }

    /// Lower-case words inside names ("de" in "Charles de Gaulle").
    fn name_particles(&self) -> &'static [&'static str] {
        &[]
    }

    /// What follows the name of an organisation that reports itself the
    /// victim of an incident: "said it", "was hit", "a été victime", "a
    /// subi". In Japanese, where the organisation is the topic ("〇〇社は"),
    /// words anywhere after it: "受けた", "被害". Lower case.
    fn victim_phrases(&self) -> &'static [&'static str] {
        &[]
    }

    /// Articles and head nouns that may open a victim's name in languages
    /// that write them ("la mairie de Brest", "l'hôpital de Cannes"): the
    /// articles, in lower case.
    fn articles(&self) -> &'static [&'static str] {
        &[]
    }
}

/// The cues of a language.
pub(crate) fn for_language(language: Language) -> &'static dyn Cues {
    match language {
        Language::English => &crate::lang::en::cues::English,
        Language::French => &crate::lang::fr::cues::French,
        Language::Japanese => &crate::lang::ja::cues::Japanese,
    }
}
