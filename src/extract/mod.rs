//! Claim extraction: from a [`Document`] to typed [`Claim`]s with evidence.
//!
//! The pipeline, one pass each, linear in the text:
//!
//! 1. the document's language (its source's, or [`detect`](crate::lang::detect));
//!    a language not enabled gives no claims;
//! 2. one scan for every term of the language's lexicon (cue words, subject
//!    aliases, named actors and files), and the quantity and time
//!    recognizers, once over the whole body;
//! 3. sentences and clauses (split at `;`, "but", "mais", "が、");
//! 4. per sentence: the **subject** (a mention switches to it; a new section
//!    such as a heading or a `■` item forgets it, so that a round-up's
//!    stories are not mixed; an organisation missing from the lists that
//!    opens a sentence reporting itself the victim, "Acme Corp said it was
//!    hit", "la mairie de Brest a été victime", "〇〇社は不正アクセスを受けた",
//!    becomes the subject of its own story), the **claimant** (the party
//!    standing next to a speech cue: before "said", after "according to",
//!    the topic before "と述べた"; a person named next to a party word,
//!    "Laurent Nuñez, the interior minister," "le ministre Laurent Nuñez",
//!    "ヌニェス内相", is that party with a name; a pronoun speaker is the
//!    last one named; with no speech cue, the source itself);
//! 5. per clause: **predicates** from trigger words and from the units of
//!    quantities (persons → `persons_affected`, records →
//!    `records_affected`, money and organisations → `impact`), times tied to
//!    detection (the time nearest the trigger) or disclosure (a time right
//!    next to a statement verb or opening the sentence: "said on Friday",
//!    "a annoncé vendredi", "13日に明らかにした"; asserted by the reporting
//!    source, since when a statement was made is what the source saw),
//!    named actors as `attribution`, named files as `data_category`; and
//!    the **modality** of each trigger.
//!
//! # Modality
//!
//! | cue | modality | scope |
//! |---|---|---|
//! | "not yet determined", "en cours d'analyse", "不明" | `unknown` | the clause |
//! | "no", "pas", "aucune", "していない" | `denied` | what follows (English, French), what precedes (Japanese) |
//! | "allegedly", "aurait", "可能性", "とされる" | `hedged` | as for denial |
//! | "confirmed", "reconnaît", "認めた" | `confirmed` | the clause |
//! | none | `asserted` | |
//!
//! A yes/no predicate is a flag `true` whose modality says how firmly it is
//! held: "no sign that data was stolen" is `data_exfiltration = true`,
//! `denied`. When an outlet adds that it could not verify what it reports
//! ("could not be verified", "真偽は不明"), the claims just reported are
//! repeated with the outlet as claimant and modality `unknown`.
//!
//! ```
//! use corroborate::{Document, Extractor, Language, Modality, PartyKind, Predicate, Source};
//!
//! let text = "The French Interior Ministry confirmed that an attacker accessed some files. \
//!             There is no sign that data was stolen, a spokesperson said.";
//! let doc = Document::new(
//!     Source::new("statement", PartyKind::Media).with_language(Language::English),
//!     text,
//! );
//! let claims = Extractor::new().extract(&doc);
//! let access = claims.iter().find(|c| *c.predicate() == Predicate::UnauthorizedAccess).unwrap();
//! assert_eq!(access.subject(), "French Ministry of the Interior");
//! assert_eq!(access.claimant().kind(), PartyKind::Official);
//! assert_eq!(access.modality(), Modality::Confirmed);
//! let theft = claims.iter().find(|c| *c.predicate() == Predicate::DataExfiltration).unwrap();
//! assert_eq!(theft.modality(), Modality::Denied);
//! assert_eq!(theft.text(), "There is no sign that data was stolen, a spokesperson said.");
//! ```

mod batch;
mod lexicon;
pub(crate) mod segment;
mod subjects;

use chrono::{DateTime, FixedOffset};

use crate::lang::cues::{self, Cue, ModalityCue, Speaker};
use crate::recognize::{Anchor, QuantityMatch, QuantityRecognizer, TimeMatch, TimeRecognizer};
use crate::{
    Claim, Claimant, Document, Error, Language, Limits, Modality, PartyKind, Predicate, Span,
    Subject, Unit, Value,
};

use lexicon::{Hit, Matcher, Role, kind};
use segment::Sentence;
use subjects::{Entity, EntityKind};

/// Turns documents into claims; configured with [`Extractor::builder`].
///
/// Extraction is deterministic: the same document gives the same claims,
/// sorted by position in the text.
pub struct Extractor {
    languages: Vec<Language>,
    subjects: Vec<Subject>,
    entities: Vec<Entity>,
    anchor: Option<DateTime<FixedOffset>>,
    languages_data: Vec<PerLanguage>,
    limits: Limits,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor")
            .field("languages", &self.languages)
            .field("subjects", &self.subjects)
            .field("anchor", &self.anchor)
            .finish_non_exhaustive()
    }
}

/// What an extractor keeps per language, built once: the lexicon and the
/// recognizers.
struct PerLanguage {
    language: Language,
    matcher: Matcher,
    quantities: QuantityRecognizer,
    times: TimeRecognizer,
}

/// Configures an [`Extractor`].
///
/// ```
/// use corroborate::{Extractor, Language, Subject};
///
/// let extractor = Extractor::builder()
///     .languages([Language::French])
///     .subject(Subject::new("Acme Corp").with_alias("Acme"))
///     .build()?;
/// assert!(extractor.subjects().iter().any(|s| s.name() == "Acme Corp"));
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    languages: Vec<Language>,
    subjects: Vec<Subject>,
    builtin_subjects: bool,
    anchor: Option<DateTime<FixedOffset>>,
    limits: Limits,
}

impl ExtractorBuilder {
    /// Only these languages: documents in others give no claims. Default:
    /// every supported language.
    pub fn languages(mut self, languages: impl IntoIterator<Item = Language>) -> Self {
        self.languages = languages.into_iter().collect();
        self.languages.sort();
        self.languages.dedup();
        self
    }

    /// Adds a subject with its aliases; it is looked for before the
    /// built-in ones.
    pub fn subject(mut self, subject: Subject) -> Self {
        self.subjects.push(subject);
        self
    }

    /// Leaves out the built-in subjects (`src/extract/subjects.txt`).
    pub fn without_builtin_subjects(mut self) -> Self {
        self.builtin_subjects = false;
        self
    }

    /// The date relative times ("on Friday", "jeudi soir") resolve
    /// against, instead of each source's publication date.
    pub fn anchor(mut self, published: DateTime<FixedOffset>) -> Self {
        self.anchor = Some(published);
        self
    }

    /// The limits [`Extractor::try_extract`] checks (default
    /// [`Limits::default`]); their `max_digits` is also the longest
    /// numeral [`Extractor::extract`] reads.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Compiles the lexicons; fails only when the subjects' aliases are too
    /// many to compile.
    pub fn build(self) -> Result<Extractor, Error> {
        let mut subjects = self.subjects;
        if self.builtin_subjects {
            subjects.extend(subjects::builtin());
        }
        let entities = subjects::entities();
        let mut names: Vec<(String, Role)> = Vec::new();
        for (i, s) in subjects.iter().enumerate() {
            for alias in std::iter::once(s.name()).chain(s.aliases().iter().map(String::as_str)) {
                names.push((alias.to_owned(), Role::Subject(i)));
            }
        }
        for (i, e) in entities.iter().enumerate() {
            for alias in std::iter::once(&e.name).chain(&e.aliases) {
                names.push((alias.clone(), Role::Entity(i)));
            }
        }
        let mut languages_data = Vec::new();
        for &language in &self.languages {
            languages_data.push(PerLanguage {
                language,
                matcher: Matcher::new(cues::for_language(language), &names)?,
                quantities: QuantityRecognizer::builder()
                    .language(language)
                    .max_digits(self.limits.max_digits())
                    .build(),
                times: TimeRecognizer::new(language),
            });
        }
        Ok(Extractor {
            languages: self.languages,
            subjects,
            entities,
            anchor: self.anchor,
            languages_data,
            limits: self.limits,
        })
    }
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// Every language, the built-in subjects, anchors from the sources.
    pub fn new() -> Extractor {
        // The built-in lexicons always compile (a unit test holds this); an
        // empty extractor is the fallback that keeps this infallible.
        Extractor::builder().build().unwrap_or_else(|_| Extractor {
            languages: Vec::new(),
            subjects: Vec::new(),
            entities: Vec::new(),
            anchor: None,
            languages_data: Vec::new(),
            limits: Limits::default(),
        })
    }

    /// A builder with the defaults of [`Extractor::new`].
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder {
            languages: Language::ALL.to_vec(),
            subjects: Vec::new(),
            builtin_subjects: true,
            anchor: None,
            limits: Limits::default(),
        }
    }

    /// The subjects looked for, callers' first.
    pub fn subjects(&self) -> &[Subject] {
        &self.subjects
    }

    /// The enabled languages.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// The claims of a document, sorted by evidence position, then
    /// predicate. A document in a language not enabled, or with no
    /// recognisable subject, gives none: subjects are the built-in ones,
    /// those added with [`ExtractorBuilder::subject`], and the document's
    /// `subject` front-matter key, which also names the subject of text
    /// before any other is mentioned.
    ///
    /// No limit is checked: a document of any size is read, and a numeral
    /// longer than [`Limits::max_digits`] is skipped (no claim comes from
    /// it). [`Extractor::try_extract`] refuses both instead.
    pub fn extract(&self, document: &Document) -> Vec<Claim> {
        let body_span = document.body_span();
        let body = document.body();
        let Some(language) = document
            .source()
            .language()
            .or_else(|| crate::lang::detect(body))
        else {
            return Vec::new();
        };
        let Some(per) = self.languages_data.iter().find(|p| p.language == language) else {
            return Vec::new();
        };
        let matcher = &per.matcher;
        let hits = matcher.hits(body);
        let cues = cues::for_language(language);
        debug_assert_eq!(cues.language(), language);
        let sentences = segment::sentences(body, 0, cues);
        let anchor = self
            .anchor
            .or(document.source().published())
            .map(|p| Anchor::from_published(p, language));

        let default_subject = document.field("subject").map(|name| {
            self.subjects
                .iter()
                .find(|s| s.is_named(name))
                .map_or_else(|| name.to_owned(), |s| s.name().to_owned())
        });
        let mut run = Run {
            x: self,
            matcher,
            body,
            base: body_span.start,
            original: document.text(),
            source_id: document.source().id(),
            default: Claimant::new(document.source().kind()),
            word_boundaries: cues.has_word_boundaries(),
            cues,
            subject: default_subject.clone(),
            default_subject,
            last_speaker: None,
            persona: None,
            previous: 0..0,
            out: Vec::new(),
        };
        let attacker_source = document.source().kind() == PartyKind::Attacker;
        let mut h = 0usize;
        for sentence in &sentences {
            let sh = take(&hits, &mut h, sentence.span, |x| (x.start, x.end));
            // The recognizers only run where a value can be tied to a
            // predicate: counts in sentences about data or impact, times in
            // sentences about detection or disclosure. Most sentences of an
            // article are neither.
            let (mut want_q, mut want_t) = (attacker_source, false);
            // A statement verb only dates with a time next to it or opening
            // the sentence (see `disclosure_time`): the time recognizer
            // reads those windows only.
            let mut windows: Vec<(usize, usize)> = Vec::new();
            for (h, r) in sh
                .iter()
                .filter(|h| {
                    matcher.kinds(h) & (kind::TRIGGER | kind::DATA_CONTEXT | kind::ENTITY) != 0
                })
                .flat_map(|h| matcher.roles(h).iter().map(move |r| (h, r)))
            {
                match r {
                    Role::Cue(Cue::Trigger(Predicate::DetectionTime, _)) => want_t = true,
                    Role::Cue(Cue::Trigger(Predicate::DisclosureTime, _)) => {
                        windows.push(if run.word_boundaries {
                            (h.end, h.end + TIME_WINDOW)
                        } else {
                            (h.start.saturating_sub(TIME_WINDOW), h.start)
                        })
                    }
                    // Counts become claims about persons or records in a
                    // sentence about data, and impact next to an impact word.
                    Role::Cue(
                        Cue::DataContext
                        | Cue::Trigger(
                            Predicate::DataExfiltration
                            | Predicate::UnauthorizedAccess
                            | Predicate::DataCategory
                            | Predicate::Impact
                            | Predicate::RecordsAffected
                            | Predicate::PersonsAffected,
                            _,
                        ),
                    )
                    | Role::Entity(_) => want_q = true,
                    _ => {}
                }
            }
            let text = &body[sentence.span.start..sentence.span.end];
            let off = sentence.span.start;
            let mut sq = if want_q && may_have_number(text) {
                per.quantities.find(text)
            } else {
                Vec::new()
            };
            for m in &mut sq {
                m.span.start += off;
                m.span.end += off;
                m.value_span.start += off;
                m.value_span.end += off;
            }
            let mut st = if want_t {
                let mut st = per.times.find(text, anchor.as_ref());
                for m in &mut st {
                    m.span.start += off;
                    m.span.end += off;
                }
                st
            } else if !windows.is_empty() {
                windows.push((off, off + TIME_WINDOW));
                times_in_windows(body, sentence.span, &mut windows, |w| {
                    per.times.find(w, anchor.as_ref())
                })
            } else {
                Vec::new()
            };
            st.sort_by_key(|m| (m.span.start, m.span.end));
            run.sentence(sentence, sh, &sq, &st);
        }
        let mut out = run.out;
        // A stable sort keeps the (deterministic) order of discovery among
        // claims at the same place; equal claims are then neighbours within
        // their small group and are removed.
        out.sort_by(|a, b| {
            (a.span(), a.predicate(), a.claimant(), a.modality()).cmp(&(
                b.span(),
                b.predicate(),
                b.claimant(),
                b.modality(),
            ))
        });
        let mut unique: Vec<Claim> = Vec::with_capacity(out.len());
        let mut group_start = 0;
        for c in out {
            let same_group = unique.last().is_some_and(|l: &Claim| {
                (l.span(), l.predicate(), l.claimant(), l.modality())
                    == (c.span(), c.predicate(), c.claimant(), c.modality())
            });
            if !same_group {
                group_start = unique.len();
            }
            if !unique[group_start..].contains(&c) {
                unique.push(c);
            }
        }
        unique
    }
}

impl Extractor {
    /// The limits [`try_extract`](Extractor::try_extract) checks.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The claims of a document as [`extract`](Extractor::extract) gives
    /// them, or an error of kind [`ErrorKind::Limit`](crate::ErrorKind::Limit)
    /// when the document exceeds the extractor's [`Limits`]: more bytes
    /// than [`Limits::max_document_bytes`] (the message names the source),
    /// or a numeral longer than [`Limits::max_digits`] (its byte offset in
    /// [`Document::text`]). So a claim is never lost silently to a limit.
    ///
    /// ```
    /// use corroborate::{Document, Extractor, Language, Limit, Limits, PartyKind, Source};
    ///
    /// let source = Source::new("dump", PartyKind::Media).with_language(Language::English);
    /// let text = format!("The Interior Ministry lost data on {} people.", "9".repeat(40));
    /// let doc = Document::new(source, text);
    /// let err = Extractor::new().try_extract(&doc).unwrap_err();
    /// assert_eq!(err.limit(), Some(Limit::Digits));
    /// assert_eq!(err.offset(), Some(35));
    /// let wide = Extractor::builder().limits(Limits::new().with_max_digits(60)).build()?;
    /// assert!(wide.try_extract(&doc).is_ok());
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn try_extract(&self, document: &Document) -> Result<Vec<Claim>, Error> {
        self.limits
            .check_document(document.source().id(), document.text().len())?;
        let body = document.body();
        let language = document
            .source()
            .language()
            .or_else(|| crate::lang::detect(body));
        // A document in no enabled language gives no claims, so no numeral
        // can be lost in it.
        if let Some(language) = language.filter(|l| self.languages.contains(l)) {
            if may_have_long_numeral(body, self.limits.max_digits()) {
                let (_, rejected) = QuantityRecognizer::builder()
                    .language(language)
                    .max_digits(self.limits.max_digits())
                    .build()
                    .find_with_rejections(body);
                let base = document.body_span().start;
                if let Some(err) = rejected.into_iter().find(|e| e.limit().is_some()) {
                    // The recognizer counts from the body; spans and
                    // offsets count from the whole text.
                    let at = base + err.offset().unwrap_or(0);
                    return Err(err.with_offset(at));
                }
            }
        }
        Ok(self.extract(document))
    }
}

/// Whether `text` starts with `prefix` (lower case), ignoring the case of
/// ASCII letters; typographic apostrophes in `text` match `'`.
fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    prefix_len_ignore_case(text, prefix).is_some()
}

/// The length in `text` of `prefix` at its start, as for
/// [`starts_with_ignore_case`] (a typographic apostrophe is longer than
/// `'`).
fn prefix_len_ignore_case(text: &str, prefix: &str) -> Option<usize> {
    let mut len = 0;
    let mut t = text.chars();
    for p in prefix.chars() {
        let c = t.next()?;
        if c.to_ascii_lowercase() != p && !(p == '\'' && c == '\u{2019}') {
            return None;
        }
        len += c.len_utf8();
    }
    Some(len)
}

/// How far from a statement verb (and from the start of its sentence) a
/// time that dates the statement is looked for, in bytes.
const TIME_WINDOW: usize = 64;

/// The times found in `windows` (byte ranges, clamped to `span` and to char
/// boundaries, merged when they overlap), with spans into `body`.
fn times_in_windows(
    body: &str,
    span: Span,
    windows: &mut [(usize, usize)],
    find: impl Fn(&str) -> Vec<TimeMatch>,
) -> Vec<TimeMatch> {
    let snap = |mut at: usize| {
        at = at.clamp(span.start, span.end);
        while !body.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    for w in windows.iter_mut() {
        *w = (snap(w.0), snap(w.1));
    }
    windows.sort_unstable();
    let mut out = Vec::new();
    let mut i = 0;
    while i < windows.len() {
        let (a, mut b) = windows[i];
        i += 1;
        while i < windows.len() && windows[i].0 <= b {
            b = b.max(windows[i].1);
            i += 1;
        }
        if a < b {
            for mut m in find(&body[a..b]) {
                m.span.start += a;
                m.span.end += a;
                out.push(m);
            }
        }
    }
    out
}

/// Whether `text` may hold a numeral of more than `max` digits: a cheap
/// over-approximation that spares the common case a second pass of the
/// quantity recognizer. It counts the digits (ASCII and full-width) of
/// each run of characters that are not letters, where kanji numerals and
/// the letters of exponents (`1.3e6`, `1.1の23乗`) do not break a run,
/// so a numeral's digits are always inside one run.
fn may_have_long_numeral(text: &str, max: usize) -> bool {
    let mut digits = 0usize;
    for c in text.chars() {
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            digits += 1;
            if digits > max {
                return true;
            }
        } else if c.is_alphabetic()
            && !matches!(
                c,
                'e' | 'E'
                    | 'の'
                    | '乗'
                    | '〇'
                    | '零'
                    | '一'
                    | '二'
                    | '三'
                    | '四'
                    | '五'
                    | '六'
                    | '七'
                    | '八'
                    | '九'
                    | '十'
                    | '百'
                    | '千'
                    | '万'
                    | '億'
                    | '兆'
                    | '京'
            )
        {
            digits = 0;
        }
    }
    false
}

/// Whether a sentence may hold a number: a digit, a scale word or a
/// Japanese numeral. A cheap test that spares most sentences the quantity
/// recognizer.
fn may_have_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().any(|b| b.is_ascii_digit())
        || has_scale_word(bytes)
        || (!text.is_ascii()
            && text.chars().any(|c| {
                matches!(
                    c,
                    '〇' | '一'
                        | '二'
                        | '三'
                        | '四'
                        | '五'
                        | '六'
                        | '七'
                        | '八'
                        | '九'
                        | '十'
                        | '百'
                        | '千'
                        | '万'
                        | '億'
                        | '兆'
                        | '０'..='９' | '数'
                )
            }))
}

/// Whether `bytes` hold a scale or number word ("million", "milliard",
/// "thousand", "hundred", "dozen", "douzaine", "mille", "BILLION"): one
/// pass that looks further only at the letters these words start with.
fn has_scale_word(bytes: &[u8]) -> bool {
    (0..bytes.len()).any(|i| {
        let rest = &bytes[i..];
        match bytes[i] {
            b'i' => rest.starts_with(b"illion") || rest.starts_with(b"illiard"),
            b'I' => rest.starts_with(b"ILLION"),
            b'm' => rest.starts_with(b"mille"),
            b'h' => rest.starts_with(b"housand"),
            b'u' => rest.starts_with(b"undred"),
            b'o' => rest.starts_with(b"ozen") || rest.starts_with(b"ouzaine"),
            _ => false,
        }
    })
}

/// The hits whose terms have a role of one of the `mask` kinds
/// ([`kind`] bits).
fn hits_with<'h>(
    matcher: &'h Matcher,
    hits: &'h [Hit],
    mask: u32,
) -> impl Iterator<Item = &'h Hit> + 'h {
    hits.iter().filter(move |h| matcher.kinds(h) & mask != 0)
}

/// The items of a sorted list that lie inside `span`, advancing `at`.
fn take<'a, T>(
    items: &'a [T],
    at: &mut usize,
    span: Span,
    pos: impl Fn(&T) -> (usize, usize),
) -> &'a [T] {
    while *at < items.len() && pos(&items[*at]).0 < span.start {
        *at += 1;
    }
    let from = *at;
    while *at < items.len() && pos(&items[*at]).0 < span.end {
        *at += 1;
    }
    let slice = &items[from..*at];
    // Drop a trailing item that runs past the sentence.
    match slice.last() {
        Some(last) if pos(last).1 > span.end => &slice[..slice.len() - 1],
        _ => slice,
    }
}

/// The quotations of a sentence as `(open, close)` byte offsets, shifted
/// by `base`: `« »`, `“ ”`, `「」`, `『』` and pairs of `"`, longer than a
/// name. An unclosed quotation runs to the end.
fn quotations(text: &str, base: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '«' | '“' | '「' | '『' | '"') => open = Some((i, c)),
            (Some((o, '«')), '»')
            | (Some((o, '“')), '”')
            | (Some((o, '「')), '」')
            | (Some((o, '『')), '』')
            | (Some((o, '"')), '"') => {
                // A short quotation is a name or a term ("Indra",
                // « quelques fichiers »), not reported speech.
                if i - o > 40 {
                    out.push((base + o, base + i));
                }
                open = None;
            }
            _ => {}
        }
    }
    if let Some((o, _)) = open {
        out.push((base + o, base + text.len()));
    }
    out
}

/// A party standing in the text.
#[derive(Clone, Debug)]
struct Party {
    start: usize,
    end: usize,
    claimant: Claimant,
    /// Named inside a quotation: "« Un attaquant a pu accéder… », a
    /// reconnu le ministre" — the attacker is quoted, the minister speaks.
    quoted: bool,
}

/// The state of one document's extraction.
struct Run<'a> {
    x: &'a Extractor,
    matcher: &'a Matcher,
    body: &'a str,
    base: usize,
    original: &'a str,
    source_id: &'a str,
    default: Claimant,
    word_boundaries: bool,
    cues: &'a dyn cues::Cues,
    subject: Option<String>,
    default_subject: Option<String>,
    last_speaker: Option<Claimant>,
    persona: Option<String>,
    /// Where the claims of the last clause that made any are in `out`.
    previous: std::ops::Range<usize>,
    out: Vec<Claim>,
}

impl Run<'_> {
    fn sentence(&mut self, s: &Sentence, hits: &[Hit], qs: &[QuantityMatch], ts: &[TimeMatch]) {
        if s.paragraph {
            self.previous = 0..0;
        }
        if s.section {
            self.subject = self.default_subject.clone();
            self.last_speaker = None;
            self.persona = None;
        }
        // No term at all: no subject, speaker, cue or trigger to act on
        // (navigation lines, captions, most of a page's junk).
        if hits.is_empty() && qs.is_empty() {
            return;
        }
        // Subject: a mention switches; the current one stays if mentioned.
        let mut mentioned = hits_with(self.matcher, hits, kind::SUBJECT)
            .flat_map(|h| self.matcher.roles(h))
            .filter_map(|r| match r {
                Role::Subject(i) => Some(*i),
                _ => None,
            });
        let mut victim = None;
        if let Some(first) = mentioned.next() {
            let named = |i: usize| {
                self.subject
                    .as_deref()
                    .is_some_and(|cur| self.x.subjects[i].name() == cur)
            };
            let keep = named(first) || mentioned.any(named);
            if !keep {
                self.subject = Some(self.x.subjects[first].name().to_owned());
            }
        } else if self.has_incident(hits) {
            // An organisation not in the subject lists that reports itself
            // the victim ("Acme Corp said it was hit by ransomware") starts
            // its own story rather than joining the previous one.
            victim = self.victim_by_structure(s.span, hits);
            if let Some((name, _)) = &victim {
                self.subject = Some(name.clone());
            }
        }

        let mut parties = self.parties(hits, s.span);
        if let Some((name, span)) = victim {
            // The victim speaks for itself.
            parties.push(Party {
                start: span.start,
                end: span.end,
                claimant: Claimant::new(PartyKind::Official).named(name),
                quoted: false,
            });
            parties.sort_by_key(|p| (p.start, p.end));
        }
        if let Some(p) = parties
            .iter()
            .find(|p| p.claimant.kind() == PartyKind::Attacker && p.claimant.name().is_some())
        {
            if self.persona.is_none() {
                self.persona = p.claimant.name().map(str::to_owned);
            }
        }
        let sentence_speaker = self.speaker(hits, &parties, s.span);
        let speaker = match &sentence_speaker {
            Some(Some(c)) => Some(c.clone()),
            // A speech cue without a party: a pronoun, the last speaker.
            Some(None) => self.last_speaker.clone(),
            None if s.quoted => self.last_speaker.clone(),
            None => None,
        };
        if let Some(Some(c)) = &sentence_speaker {
            self.last_speaker = Some(c.clone());
        }

        let Some(subject) = self.subject.clone() else {
            return;
        };
        // A heading states the story; its claims are the outlet's.
        let clauses = self.clauses(s.span, hits, s.heading);
        let data_context = hits_with(
            self.matcher,
            hits,
            kind::DATA_CONTEXT | kind::TRIGGER | kind::ENTITY,
        )
        .flat_map(|h| self.matcher.roles(h))
        .any(|r| {
            matches!(
                r,
                Role::Cue(Cue::DataContext)
                    | Role::Cue(Cue::Trigger(
                        Predicate::DataExfiltration
                            | Predicate::UnauthorizedAccess
                            | Predicate::DataCategory,
                        _
                    ))
                    | Role::Entity(_)
            )
        }) || self.default.kind() == PartyKind::Attacker;
        let impact_context = hits_with(self.matcher, hits, kind::TRIGGER)
            .flat_map(|h| self.matcher.roles(h))
            .any(|r| matches!(r, Role::Cue(Cue::Trigger(Predicate::Impact, _))));

        for clause in clauses {
            // Hits do not overlap and come in order, so a clause's hits are
            // a run of the sentence's.
            let from = hits.partition_point(|h| h.start < clause.start);
            let to = hits.partition_point(|h| h.end <= clause.end).max(from);
            let ch = &hits[from..to];
            let cq: Vec<&QuantityMatch> = qs
                .iter()
                .filter(|m| m.span.start >= clause.start && m.span.end <= clause.end)
                .collect();
            let ct: Vec<&TimeMatch> = ts
                .iter()
                .filter(|m| m.span.start >= clause.start && m.span.end <= clause.end)
                .collect();
            // A headline's phrases are separate statements: a phrase without
            // its own speech cue is the outlet's; one with a speech cue may
            // find its speaker anywhere in the headline ("JLR、…を確認").
            let clause_speaker = if s.heading {
                self.speaker(ch, &parties, s.span).flatten()
            } else {
                self.speaker(ch, &parties, clause).flatten()
            };
            let claimant = clause_speaker
                .clone()
                .or_else(|| if s.heading { None } else { speaker.clone() })
                .unwrap_or_else(|| self.default.clone());
            let claimant = self.name_attacker(claimant);
            let mut claims = self.clause_claims(
                &subject,
                clause,
                ch,
                &cq,
                &ct,
                &parties,
                claimant,
                data_context,
                impact_context,
            );
            let has = |m: ModalityCue| {
                hits_with(self.matcher, ch, kind::MODALITY)
                    .any(|h| self.matcher.roles(h).contains(&Role::Cue(Cue::Modality(m))))
            };
            let unverified = has(ModalityCue::Unverified);
            if unverified && !claims.is_empty() {
                // "Indra's claim, which could not be verified, ...": the
                // outlet does not vouch for what it reports.
                let mut copies = Vec::new();
                for c in &mut claims {
                    if *c.claimant() == self.default {
                        *c = c.clone().with_modality(Modality::Unknown);
                    } else {
                        copies.push(
                            c.clone()
                                .with_claimant(self.default.clone())
                                .with_modality(Modality::Unknown),
                        );
                    }
                }
                claims.extend(copies);
            } else if claims.is_empty() && (unverified || has(ModalityCue::Undetermined)) {
                // "The claim could not be verified." / "真偽は不明だ。" /
                // "Des informations non confirmées par les autorités." refer
                // to the claims just made: whoever says so holds them
                // undetermined.
                let who = if unverified {
                    None
                } else {
                    clause_speaker.clone().or_else(|| {
                        parties
                            .iter()
                            .find(|p| p.start >= clause.start && p.end <= clause.end)
                            .map(|p| p.claimant.clone())
                    })
                }
                .or_else(|| if unverified { None } else { speaker.clone() })
                .unwrap_or_else(|| self.default.clone());
                for i in self.previous.clone() {
                    let c = self.out[i].clone();
                    let copy = c
                        .with_claimant(who.clone())
                        .with_modality(Modality::Unknown);
                    if let Some(copy) = self.evidence(copy, clause) {
                        self.out.push(copy);
                    }
                }
            }
            if !claims.is_empty() {
                self.previous = self.out.len()..self.out.len() + claims.len();
            }
            self.out.extend(claims);
        }
    }

    /// Gives an unnamed attacker the persona named earlier in the story.
    fn name_attacker(&self, c: Claimant) -> Claimant {
        match (&self.persona, c.kind(), c.name()) {
            (Some(p), PartyKind::Attacker, None) => c.named(p.clone()),
            _ => c,
        }
    }

    /// Every party cue of the sentence, with named actors and personas.
    fn parties(&self, hits: &[Hit], sentence: Span) -> Vec<Party> {
        // Quotations only matter for choosing a speaker among parties.
        let may_speak = hits_with(self.matcher, hits, kind::SPEECH).next().is_some();
        let quotes = if may_speak {
            quotations(&self.body[sentence.start..sentence.end], sentence.start)
        } else {
            Vec::new()
        };
        let inside = |at: usize| quotes.iter().any(|&(a, b)| a < at && at < b);
        let mut out = Vec::new();
        let speakers = kind::PARTY | kind::SUBJECT | kind::ENTITY | kind::PERSONA;
        for h in hits_with(self.matcher, hits, speakers) {
            for r in self.matcher.roles(h) {
                let claimant = match r {
                    Role::Cue(Cue::Party(kind)) => match self.person_name(h, hits, sentence) {
                        // "the minister Laurent Nuñez", "ヌニェス内相": the
                        // party is the person, named.
                        Some((name, span)) => {
                            out.push(Party {
                                start: span.start.min(h.start),
                                end: span.end.max(h.end),
                                claimant: Claimant::new(*kind).named(name),
                                quoted: inside(h.start),
                            });
                            break;
                        }
                        None => Claimant::new(*kind),
                    },
                    Role::Subject(i) => {
                        Claimant::new(PartyKind::Official).named(self.x.subjects[*i].name())
                    }
                    Role::Entity(i) => {
                        let e = &self.x.entities[*i];
                        match e.kind {
                            EntityKind::Actor => {
                                Claimant::new(PartyKind::Attacker).named(e.name.clone())
                            }
                            EntityKind::Agency => {
                                Claimant::new(PartyKind::Official).named(e.name.clone())
                            }
                            EntityKind::Media => {
                                Claimant::new(PartyKind::Media).named(e.name.clone())
                            }
                            EntityKind::File => continue,
                        }
                    }
                    Role::Cue(Cue::Persona) => match self.persona_name(h) {
                        Some((name, span)) => {
                            out.push(Party {
                                start: span.start,
                                end: span.end,
                                claimant: Claimant::new(PartyKind::Attacker).named(name),
                                quoted: false,
                            });
                            continue;
                        }
                        None => continue,
                    },
                    _ => continue,
                };
                out.push(Party {
                    start: h.start,
                    end: h.end,
                    claimant,
                    quoted: inside(h.start),
                });
                break;
            }
        }
        out.sort_by_key(|p| (p.start, p.end));
        out
    }

    /// Whether the sentence names an incident (an intrusion, access, theft
    /// or extortion).
    fn has_incident(&self, hits: &[Hit]) -> bool {
        hits_with(self.matcher, hits, kind::TRIGGER)
            .flat_map(|h| self.matcher.roles(h))
            .any(|r| {
                matches!(
                    r,
                    Role::Cue(Cue::Trigger(
                        Predicate::Intrusion
                            | Predicate::UnauthorizedAccess
                            | Predicate::DataExfiltration
                            | Predicate::Extortion,
                        _
                    ))
                )
            })
    }

    /// The organisation a sentence opens with when what follows makes it
    /// the victim: "Acme Corp said it was hit", "la mairie de Brest a été
    /// victime", "〇〇社は不正アクセスを受けたと発表した". The name must not
    /// be a term of the lexicon (a party word, an outlet, an attacker).
    fn victim_by_structure(&self, span: Span, hits: &[Hit]) -> Option<(String, Span)> {
        let text = &self.body[span.start..span.end];
        let (name, rest) = if self.word_boundaries {
            let (name, end) = self.opening_name(span)?;
            (name, &self.body[end..span.end])
        } else {
            let topic = text.find(['は', 'が'])?;
            let name = &text[..topic];
            let chars = name.chars().count();
            if !(2..=20).contains(&chars)
                || name.contains(|c: char| "、。「」『』（）() 　".contains(c))
                || ["同", "当", "この", "その", "これ", "それ", "あの"]
                    .iter()
                    .any(|p| name.starts_with(p))
                || ["氏", "さん", "者", "容疑者"]
                    .iter()
                    .any(|p| name.ends_with(p))
            {
                return None;
            }
            (name.to_owned(), &text[topic..])
        };
        let start = span.start;
        let name_end = start + (text.len() - rest.len());
        if hits
            .iter()
            .any(|h| h.start < name_end && h.end > start && h.start >= start)
        {
            return None;
        }
        let rest = rest.trim_start();
        let phrases = self.cues.victim_phrases();
        let victim = if self.word_boundaries {
            phrases.iter().any(|p| starts_with_ignore_case(rest, p))
        } else {
            phrases.iter().any(|p| rest.contains(p))
        };
        victim.then_some((
            name,
            Span {
                start,
                end: name_end,
            },
        ))
    }

    /// The name an English or French sentence opens with, and where it
    /// ends: capitalised words ("Acme Corp", "The Acme Group"), or an
    /// article, a common noun and a capitalised complement ("la mairie de
    /// Brest", "l'hôpital de Cannes", "le groupe Acme"), without the
    /// article.
    fn opening_name(&self, span: Span) -> Option<(String, usize)> {
        let text = &self.body[span.start..span.end];
        if let Some(name) = self.name_at(span.start, span.end) {
            return Some((self.body[name.start..name.end].to_owned(), name.end));
        }
        // "The Acme Group".
        if starts_with_ignore_case(text, "the ") {
            let name = self.name_at(span.start + 4, span.end)?;
            return Some((self.body[name.start..name.end].to_owned(), name.end));
        }
        let mut at = self
            .cues
            .articles()
            .iter()
            .filter_map(|a| {
                let len = prefix_len_ignore_case(text, a)?;
                (a.ends_with('\'') || text[len..].starts_with(' ')).then_some(len)
            })
            .max()?;
        if text[at..].starts_with(' ') {
            at += 1;
        }
        let from = at;
        // One or two common nouns, then a complement or a name.
        for _ in 0..2 {
            let word_len = text[at..]
                .find(|c: char| !c.is_alphabetic() && c != '-')
                .unwrap_or(text.len() - at);
            let word = &text[at..at + word_len];
            if word.is_empty() || !word.chars().next().is_some_and(char::is_lowercase) {
                return None;
            }
            at += word_len;
            if !text[at..].starts_with(' ') {
                return None;
            }
            at += 1;
            let rest = &text[at..];
            let skip = ["de ", "du ", "des ", "d'", "d\u{2019}"]
                .iter()
                .find(|p| rest.starts_with(*p))
                .map_or(0, |p| p.len());
            if let Some(name) = self.name_at(span.start + at + skip, span.end) {
                return Some((self.body[span.start + from..name.end].to_owned(), name.end));
            }
        }
        None
    }

    /// A person's name next to a party word: after it ("the minister
    /// Laurent Nuñez", "le ministre de l'Intérieur, Laurent Nuñez,", "the
    /// hacker Zorro"), in apposition before it ("Laurent Nuñez, the
    /// interior minister, said"), or in Japanese a katakana name before it
    /// ("ヌニェス内相", "ヌニェス仏内相") or after "の" ("内相のヌニェス氏").
    /// A name that overlaps another term (a subject, an outlet) is that
    /// term's, not a person's.
    fn person_name(&self, h: &Hit, hits: &[Hit], sentence: Span) -> Option<(String, Span)> {
        let found = if self.word_boundaries {
            self.name_after_party(h.end, sentence.end)
                .or_else(|| self.name_before_party(h, sentence))
        } else {
            self.katakana_name(h, sentence)
        };
        let (name, span) = found?;
        if hits
            .iter()
            .any(|o| o != h && o.start < span.end && span.start < o.end)
        {
            return None;
        }
        Some((name, span))
    }

    /// A name of one to four capitalised words from `at` (particles such as
    /// "de" between them), not running past `limit`.
    fn name_at(&self, at: usize, limit: usize) -> Option<Span> {
        let text = &self.body[..limit];
        let mut pos = at;
        let mut end = at;
        let mut words = 0;
        while words < 4 && pos < limit {
            let rest = &text[pos..];
            let len = rest
                .char_indices()
                .find(|&(i, c)| {
                    !(c.is_alphabetic()
                        || (i > 0 && matches!(c, '-' | '\'' | '\u{2019}'))
                            && rest[i + c.len_utf8()..]
                                .chars()
                                .next()
                                .is_some_and(char::is_alphabetic))
                })
                .map_or(rest.len(), |(i, _)| i);
            if len == 0 {
                break;
            }
            let word = &rest[..len];
            let first = word.chars().next()?;
            let elided = word.find(['\'', '\u{2019}']).is_some_and(|i| i <= 2);
            if first.is_uppercase()
                && word.chars().count() >= 2
                && !elided
                && !self.cues.not_names().contains(&word)
            {
                words += 1;
                end = pos + len;
            } else if !(words > 0 && self.cues.name_particles().contains(&word)) {
                break;
            }
            pos += len;
            // One space to the next word.
            if text[pos..].starts_with(' ') {
                pos += 1;
            } else {
                break;
            }
        }
        (words > 0).then_some(Span { start: at, end })
    }

    fn name_after_party(&self, from: usize, limit: usize) -> Option<(String, Span)> {
        let named = |span: Span| (self.body[span.start..span.end].to_owned(), span);
        let at = from + 1;
        if self.body[from..limit].starts_with(' ') {
            if let Some(span) = self.name_at(at, limit) {
                return Some(named(span));
            }
        }
        // A complement, then the name between commas: "le ministre de
        // l'Intérieur, Laurent Nuñez, a confirmé".
        let window = &self.body[from..limit];
        let comma = window.bytes().take(50).position(|b| b == b',')?;
        let complement = &window[..comma];
        if complement.len() > 48
            || complement
                .chars()
                .any(|c| !(c.is_alphabetic() || matches!(c, ' ' | '\'' | '\u{2019}' | '-')))
        {
            return None;
        }
        let at = from + comma + 1;
        if !self.body[at..limit].starts_with(' ') {
            return None;
        }
        let span = self.name_at(at + 1, limit)?;
        self.body[span.end..limit]
            .starts_with(',')
            .then(|| named(span))
    }

    fn name_before_party(&self, h: &Hit, sentence: Span) -> Option<(String, Span)> {
        // The apposition closes with a comma after the party word.
        let after = &self.body[h.end..sentence.end];
        let close = after.bytes().take(50).position(|b| b == b',')?;
        if close > 48
            || after[..close]
                .chars()
                .any(|c| !(c.is_alphabetic() || matches!(c, ' ' | '\'' | '\u{2019}' | '-')))
        {
            return None;
        }
        let before = &self.body[sentence.start..h.start];
        let from_end = before.bytes().rev().take(50).position(|b| b == b',')?;
        let comma = before.len() - 1 - from_end;
        let role = &before[comma + 1..];
        if role.len() > 48
            || role
                .chars()
                .any(|c| !(c.is_alphabetic() || matches!(c, ' ' | '\'' | '\u{2019}' | '-')))
        {
            return None;
        }
        // The name fills what lies between the previous punctuation (or the
        // start of the sentence) and the comma.
        let head = &before[..comma];
        let from = head
            .rfind(|c: char| !(c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '\u{2019}')))
            .map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            });
        let from = from + (head.len() - from - head[from..].trim_start().len());
        let at = sentence.start + from;
        let end = sentence.start + comma;
        let span = self.name_at(at, end)?;
        let name = &self.body[span.start..span.end];
        // Two words at least: a lone capitalised word before a comma is as
        // often an adverb ("Separately,") as a name.
        (span.end == end && name.contains(' ')).then(|| (name.to_owned(), span))
    }

    fn katakana_name(&self, h: &Hit, sentence: Span) -> Option<(String, Span)> {
        let is_kana = |c: char| ('\u{30A1}'..='\u{30FA}').contains(&c) || matches!(c, 'ー' | '・');
        // A katakana party word ("アナリスト") would take the katakana
        // before it ("セキュリティ") for a name.
        if self.body[h.start..].chars().next().is_some_and(is_kana) {
            return None;
        }
        let before = &self.body[sentence.start..h.start];
        let before = before
            .strip_suffix(['仏', '英', '米', '独', '露', '中', '韓'])
            .unwrap_or(before);
        let kana: usize = before
            .chars()
            .rev()
            .take_while(|&c| is_kana(c))
            .map(char::len_utf8)
            .sum();
        let name = before[before.len() - kana..].trim_start_matches('・');
        if name.chars().count() >= 2 {
            let start = sentence.start + before.len() - name.len();
            return Some((
                name.to_owned(),
                Span {
                    start,
                    end: start + name.len(),
                },
            ));
        }
        let after = self.body[h.end..sentence.end].strip_prefix('の')?;
        let kana: usize = after
            .chars()
            .take_while(|&c| is_kana(c))
            .map(char::len_utf8)
            .sum();
        let name = after[..kana].trim_end_matches('・');
        if name.chars().count() < 2 {
            return None;
        }
        let start = h.end + 'の'.len_utf8();
        let end = start + name.len();
        let end = if self.body[end..].starts_with('氏') {
            end + '氏'.len_utf8()
        } else {
            end
        };
        Some((name.to_owned(), Span { start, end }))
    }

    /// The self-given name next to a persona cue: after it ("calling
    /// himself Indra", quoted or capitalised), or before it in Japanese
    /// ("「Indra」を名乗る").
    fn persona_name(&self, h: &Hit) -> Option<(String, Span)> {
        let body = self.body;
        if self.word_boundaries {
            let rest = &body[h.end..];
            let lead = rest.len()
                - rest
                    .trim_start_matches(|c: char| c.is_whitespace() || "\"'«“‘:".contains(c))
                    .len();
            let mut from = h.end + lead;
            // "sous le pseudonyme d'Indra", "under the name of Indra".
            for article in ["d'", "d\u{2019}", "de ", "of "] {
                if body[from..].starts_with(article) {
                    from += article.len();
                    break;
                }
            }
            let tail = &body[from..];
            let len: usize = tail
                .char_indices()
                .take_while(|&(i, c)| i < 40 && (c.is_alphanumeric() || "$_-.".contains(c)))
                .map(|(_, c)| c.len_utf8())
                .sum();
            let name = body[from..from + len].trim_end_matches(['.', '-']);
            if name.is_empty()
                || !name
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            {
                return None;
            }
            Some((
                name.to_owned(),
                Span {
                    start: from,
                    end: from + name.len(),
                },
            ))
        } else {
            let before = &body[..h.start];
            let inner = before.strip_suffix('」')?;
            let open = inner.rfind('「')?;
            let name = &inner[open + '「'.len_utf8()..];
            if name.is_empty() || name.len() > 60 {
                return None;
            }
            let start = open + '「'.len_utf8();
            Some((
                name.to_owned(),
                Span {
                    start,
                    end: start + name.len(),
                },
            ))
        }
    }

    /// The speaker of a span: `None` without a speech cue, `Some(None)`
    /// with one but no party to pin it on.
    fn speaker(&self, hits: &[Hit], parties: &[Party], span: Span) -> Option<Option<Claimant>> {
        let mut found = false;
        for h in hits_with(self.matcher, hits, kind::SPEECH)
            .filter(|h| h.start >= span.start && h.end <= span.end)
        {
            let Some(dir) = self.matcher.roles(h).iter().find_map(|r| match r {
                Role::Cue(Cue::Speech(d)) => Some(*d),
                _ => None,
            }) else {
                continue;
            };
            found = true;
            let in_span = |p: &&Party| p.start >= span.start && p.end <= span.end && !p.quoted;
            let before = || {
                let mut it = parties.iter().filter(in_span).filter(|p| p.end <= h.start);
                if self.word_boundaries {
                    it.next_back()
                } else {
                    // Japanese: the topic ("内相は", "ハッカーが") speaks,
                    // else the nearest party.
                    let all: Vec<&Party> = it.collect();
                    all.iter()
                        .find(|p| self.is_topic(p.end))
                        .or(all.last())
                        .copied()
                }
            };
            let after = || parties.iter().filter(in_span).find(|p| p.start >= h.end);
            let p = match dir {
                Speaker::Before => before().or_else(after),
                Speaker::After => after().or_else(before),
            };
            if let Some(p) = p {
                return Some(Some(p.claimant.clone()));
            }
        }
        found.then_some(None)
    }

    /// Whether a Japanese party ending at `end` is marked as the topic or
    /// subject (`は`, `が`, after closing brackets).
    fn is_topic(&self, end: usize) -> bool {
        let rest = self.body[end..].trim_start_matches([')', '）', '」', '』']);
        rest.starts_with('は') || rest.starts_with('が') || rest.starts_with("では")
    }

    /// The clauses of a sentence: split at `;` and at clause-break words.
    fn clauses(&self, span: Span, hits: &[Hit], heading: bool) -> Vec<Span> {
        let mut cuts: Vec<usize> = Vec::new();
        let text = &self.body[span.start..span.end];
        if heading {
            // Headlines string phrases together: "X : Y", "X、Y", "X - Y".
            // "Hacker claims theft after ministry breach": what follows
            // "after" is the outlet's background, not the hacker's claim.
            // One pass: separators start with a space or are one char.
            for (i, c) in text.char_indices() {
                let len = match c {
                    '、' | '：' => c.len_utf8(),
                    ' ' => [
                        " : ",
                        " - ",
                        " – ",
                        " — ",
                        " | ",
                        " after ",
                        " amid ",
                        " following ",
                        " après ",
                    ]
                    .iter()
                    .find(|sep| text[i..].starts_with(*sep))
                    .map_or(0, |sep| sep.len()),
                    _ => 0,
                };
                if len > 0 {
                    cuts.push(span.start + i + len);
                }
            }
        }
        for h in hits {
            if self.matcher.kinds(h) & kind::CLAUSE_BREAK != 0 {
                cuts.push(if self.word_boundaries { h.start } else { h.end });
            }
        }
        // One-character patterns search with memchr.
        for (i, m) in text.match_indices(';').chain(text.match_indices('；')) {
            cuts.push(span.start + i + m.len());
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut out = Vec::new();
        let mut from = span.start;
        for cut in cuts.into_iter().chain(std::iter::once(span.end)) {
            if cut <= from || cut > span.end {
                continue;
            }
            let piece = &self.body[from..cut];
            let lead = piece.len() - piece.trim_start().len();
            // Evidence ends with its words, not with the separator that
            // followed them ("X -", "X :", "X、").
            let trimmed = piece
                .trim()
                .trim_end_matches(|c: char| c.is_whitespace() || "-–—|:：、".contains(c));
            if trimmed.chars().any(char::is_alphanumeric) {
                out.push(Span {
                    start: from + lead,
                    end: from + lead + trimmed.len(),
                });
            }
            from = cut;
        }
        out
    }

    /// The time a statement verb dates: right after it ("said on Friday",
    /// "a annoncé vendredi", "a indiqué samedi 13 décembre"), opening the
    /// clause ("On Friday, the ministry said", "Vendredi, le ministère a
    /// annoncé"), or in Japanese just before it ("13日に明らかにした") or
    /// after the topic ("同省は12日、…と発表した"). Any other time in the
    /// clause is what the statement is about, not when it was made.
    fn disclosure_time<'t>(
        &self,
        h: &Hit,
        ts: &[&'t TimeMatch],
        clause: Span,
    ) -> Option<&'t crate::TimeSpan> {
        let body = self.body;
        let gap_ok = |gap: &str, words: &[&str]| {
            gap.split_whitespace().all(|w| words.contains(&w))
                && gap.split_whitespace().count() <= 1
        };
        ts.iter().find_map(|m| {
            let t = m.time.as_ref()?;
            let (a, b) = (m.span.start, m.span.end);
            let ok = if self.word_boundaries {
                let after = a >= h.end
                    && gap_ok(
                        &body[h.end..a],
                        &["on", "this", "late", "early", "le", "ce", "dès"],
                    );
                let opening = b <= h.start
                    && gap_ok(
                        &body[clause.start..a],
                        &["On", "Le", "Ce", "Dès", "Late", "Early"],
                    )
                    && body[b..].starts_with(',');
                after || opening
            } else {
                let before = b <= h.start && matches!(&body[b..h.start], "" | "に" | "、");
                let lead = &body[clause.start..a];
                let topic = b <= h.start
                    && (lead.is_empty() || lead.ends_with('は') || lead.ends_with('が'))
                    && (body[b..].starts_with('、') || body[b..].starts_with("に、"));
                before || topic
            };
            ok.then_some(t)
        })
    }

    /// The modality of something at `pos` in a clause with these hits.
    fn modality_at(&self, hits: &[Hit], pos: usize) -> Modality {
        let mut best: Option<ModalityCue> = None;
        for h in hits_with(self.matcher, hits, kind::MODALITY) {
            for r in self.matcher.roles(h) {
                let Role::Cue(Cue::Modality(m)) = r else {
                    continue;
                };
                let in_scope = match m {
                    ModalityCue::Undetermined | ModalityCue::Confirm => true,
                    ModalityCue::Negation | ModalityCue::Hedge if self.word_boundaries => {
                        h.end <= pos
                    }
                    // Japanese ends a phrase with its negation ("痕跡はない"),
                    // within the phrase; hedges close the whole clause.
                    ModalityCue::Negation => {
                        h.start >= pos
                            && !self.body[pos..h.start].contains(['、', '「', '」', '，'])
                    }
                    ModalityCue::Hedge => true,
                    ModalityCue::Unverified => false,
                };
                if in_scope && best.is_none_or(|b| *m > b) {
                    best = Some(*m);
                }
            }
        }
        match best {
            Some(ModalityCue::Undetermined) => Modality::Unknown,
            Some(ModalityCue::Negation) => Modality::Denied,
            Some(ModalityCue::Hedge) => Modality::Hedged,
            Some(ModalityCue::Confirm) => Modality::Confirmed,
            _ => Modality::Asserted,
        }
    }

    fn evidence(&self, claim: Claim, span: Span) -> Option<Claim> {
        let span = Span {
            start: span.start + self.base,
            end: span.end + self.base,
        };
        claim.with_evidence(self.original, span).ok()
    }

    #[allow(clippy::too_many_arguments)]
    fn clause_claims(
        &self,
        subject: &str,
        clause: Span,
        hits: &[Hit],
        qs: &[&QuantityMatch],
        ts: &[&TimeMatch],
        parties: &[Party],
        claimant: Claimant,
        data_context: bool,
        impact_context: bool,
    ) -> Vec<Claim> {
        // (predicate, value, position) before modality.
        let mut found: Vec<(Predicate, Value, usize)> = Vec::new();
        let has_file = hits_with(self.matcher, hits, kind::ENTITY).any(|h| {
            self.matcher.roles(h).iter().any(
                |r| matches!(r, Role::Entity(i) if self.x.entities[*i].kind == EntityKind::File),
            )
        });
        let actors: Vec<&Party> = parties
            .iter()
            .filter(|p| p.claimant.kind() == PartyKind::Attacker && p.claimant.name().is_some())
            .filter(|p| p.start >= clause.start && p.end <= clause.end)
            .collect();
        for h in hits_with(self.matcher, hits, kind::TRIGGER | kind::ENTITY) {
            for r in self.matcher.roles(h) {
                match r {
                    Role::Cue(Cue::Trigger(p, canonical)) => match p {
                        Predicate::Intrusion
                        | Predicate::UnauthorizedAccess
                        | Predicate::DataExfiltration
                        | Predicate::Investigation
                        | Predicate::Remediation
                        | Predicate::Severity
                        | Predicate::Extortion => {
                            found.push((p.clone(), Value::Flag { value: true }, h.start))
                        }
                        Predicate::DataCategory if !has_file => found.push((
                            p.clone(),
                            Value::Text {
                                text: (*canonical).to_owned(),
                            },
                            h.start,
                        )),
                        Predicate::EntryVector | Predicate::Motive if !canonical.is_empty() => {
                            found.push((
                                p.clone(),
                                Value::Text {
                                    text: (*canonical).to_owned(),
                                },
                                h.start,
                            ))
                        }
                        Predicate::Attribution => {
                            for a in &actors {
                                if let Some(name) = a.claimant.name() {
                                    found.push((
                                        p.clone(),
                                        Value::Entity {
                                            name: name.to_owned(),
                                        },
                                        h.start,
                                    ));
                                }
                            }
                            if actors.is_empty() {
                                // An attacker claiming the attack names itself.
                                let value = match (claimant.kind(), claimant.name()) {
                                    (PartyKind::Attacker, Some(name)) => Value::Entity {
                                        name: name.to_owned(),
                                    },
                                    _ => Value::Text {
                                        text: "unknown".into(),
                                    },
                                };
                                found.push((p.clone(), value, h.start));
                            }
                        }
                        // An attacker's post does not disclose for the
                        // victim.
                        Predicate::DisclosureTime if claimant.kind() != PartyKind::Attacker => {
                            if let Some(t) = self.disclosure_time(h, ts, clause) {
                                found.push((p.clone(), Value::Time(t.clone()), h.start));
                            }
                        }
                        Predicate::DetectionTime => {
                            // The time nearest the trigger is the one it dates.
                            let nearest = ts
                                .iter()
                                .filter_map(|m| m.time.as_ref().map(|t| (m.span, t)))
                                .min_by_key(|(span, _)| {
                                    span.start.abs_diff(h.start).min(span.end.abs_diff(h.start))
                                });
                            if let Some((_, t)) = nearest {
                                found.push((p.clone(), Value::Time(t.clone()), h.start));
                            }
                        }
                        _ => {}
                    },
                    Role::Entity(i) => {
                        let e = &self.x.entities[*i];
                        match e.kind {
                            EntityKind::File => found.push((
                                Predicate::DataCategory,
                                Value::Entity {
                                    name: e.name.clone(),
                                },
                                h.start,
                            )),
                            EntityKind::Agency => found.push((
                                Predicate::Investigation,
                                Value::Flag { value: true },
                                h.start,
                            )),
                            EntityKind::Actor | EntityKind::Media => {}
                        }
                    }
                    _ => {}
                }
            }
        }
        for m in qs {
            let predicate = match m.quantity.unit() {
                Some(Unit::Persons) if data_context => Predicate::PersonsAffected,
                Some(Unit::Records) => Predicate::RecordsAffected,
                Some(Unit::Currency(_)) | Some(Unit::Organizations) if impact_context => {
                    Predicate::Impact
                }
                _ => continue,
            };
            found.push((predicate, Value::Quantity(m.quantity.clone()), m.span.start));
        }
        // An "unknown" attribution only stands when the clause says so.
        let mut out: Vec<Claim> = Vec::new();
        let mut seen: Vec<(Predicate, Value)> = Vec::new();
        for (p, v, pos) in found {
            if seen.iter().any(|(sp, sv)| *sp == p && *sv == v) {
                continue;
            }
            let modality = self.modality_at(hits, pos);
            if matches!(&v, Value::Text { text } if text == "unknown")
                && p == Predicate::Attribution
                && modality != Modality::Unknown
            {
                continue;
            }
            seen.push((p.clone(), v.clone()));
            // When a statement was made is what the reporting source saw,
            // not part of what the speaker says: "the ministry confirmed on
            // Friday" is the outlet's assertion that the disclosure came on
            // Friday.
            let (claimant, modality) = if p == Predicate::DisclosureTime {
                (self.default.clone(), Modality::Asserted)
            } else {
                (claimant.clone(), modality)
            };
            let claim = Claim::new(subject, p, v)
                .with_source(self.source_id)
                .with_claimant(claimant)
                .with_modality(modality);
            if let Some(c) = self.evidence(claim, clause) {
                out.push(c);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Source;

    /// One extractor for the tests: building the automata is slow in
    /// debug builds and is not what they test.
    fn shared() -> &'static Extractor {
        static EXTRACTOR: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
        EXTRACTOR.get_or_init(Extractor::new)
    }

    #[test]
    fn builtin_lexicons_compile() {
        assert!(Extractor::builder().build().is_ok());
        assert_eq!(Extractor::new().languages(), Language::ALL);
    }

    fn claims(
        lang: Language,
        kind: PartyKind,
        text: &str,
    ) -> Vec<(String, String, String, String)> {
        let doc = Document::new(Source::new("d", kind).with_language(lang), text);
        shared()
            .extract(&doc)
            .into_iter()
            .map(|c| {
                (
                    c.subject().to_owned(),
                    c.predicate().to_string(),
                    c.claimant().kind().to_string(),
                    c.modality().to_string(),
                )
            })
            .collect()
    }

    fn has(list: &[(String, String, String, String)], want: (&str, &str, &str, &str)) -> bool {
        list.iter()
            .any(|(s, p, k, m)| (s.as_str(), p.as_str(), k.as_str(), m.as_str()) == want)
    }

    const MOI: &str = "French Ministry of the Interior";

    #[test]
    fn english_table() {
        for (text, want) in [
            (
                "The Interior Ministry confirmed that an attacker accessed some files.",
                (MOI, "unauthorized_access", "official", "confirmed"),
            ),
            (
                "According to the hacker, data was stolen from the Interior Ministry.",
                (MOI, "data_exfiltration", "attacker", "asserted"),
            ),
            (
                "The Interior Ministry said there was no evidence that data had been stolen.",
                (MOI, "data_exfiltration", "official", "denied"),
            ),
            (
                "Data was stolen from the Interior Ministry, according to Reuters.",
                (MOI, "data_exfiltration", "media", "asserted"),
            ),
            (
                "\u{201c}Hackers accessed files at the Interior Ministry and we are investigating,\u{201d} a spokesperson said.",
                (MOI, "unauthorized_access", "official", "asserted"),
            ),
            (
                "The Interior Ministry may have been hacked.",
                (MOI, "intrusion", "media", "hedged"),
            ),
            (
                "Who was behind the attack on the Interior Ministry is not yet known, officials said.",
                (MOI, "attribution", "official", "unknown"),
            ),
        ] {
            let got = claims(Language::English, PartyKind::Media, text);
            assert!(has(&got, want), "{text}\n{got:?}");
        }
    }

    #[test]
    fn french_table() {
        for (text, want) in [
            (
                "Le ministère de l'Intérieur a reconnu que des fichiers avaient été consultés.",
                (MOI, "unauthorized_access", "official", "confirmed"),
            ),
            (
                "Selon le pirate, des données auraient été dérobées au ministère de l'Intérieur.",
                (MOI, "data_exfiltration", "attacker", "hedged"),
            ),
            (
                "Place Beauvau : « Il n'y a pas de trace de compromission grave », a déclaré le ministre.",
                (MOI, "severity", "official", "denied"),
            ),
            (
                "« Un attaquant a pu accéder à des fichiers du ministère de l'Intérieur », a reconnu le ministre.",
                (MOI, "unauthorized_access", "official", "confirmed"),
            ),
            (
                "Selon Le Parisien, le pirate aurait dérobé des données au ministère de l'Intérieur.",
                (MOI, "data_exfiltration", "media", "hedged"),
            ),
            (
                "Le ministère de l'Intérieur a saisi le parquet de Paris et une enquête est ouverte.",
                (MOI, "investigation", "media", "asserted"),
            ),
        ] {
            let got = claims(Language::French, PartyKind::Media, text);
            assert!(has(&got, want), "{text}\n{got:?}");
        }
    }

    #[test]
    fn japanese_table() {
        for (text, want) in [
            (
                "フランス内務省は、一部のファイルにアクセスされたことを認めた。",
                (MOI, "unauthorized_access", "official", "confirmed"),
            ),
            (
                "ハッカーはフランス内務省からデータを盗んだと主張している。",
                (MOI, "data_exfiltration", "attacker", "asserted"),
            ),
            (
                "フランス内務省への攻撃の犯人は不明だ。",
                (MOI, "attribution", "media", "unknown"),
            ),
        ] {
            let got = claims(Language::Japanese, PartyKind::Media, text);
            assert!(has(&got, want), "{text}\n{got:?}");
        }
    }

    #[test]
    fn stories_do_not_mix() {
        let text = "■フランス内務省に不正アクセス\nフランス内務省が不正アクセスを認めた。\n\
                    ■英自動車大手、従業員データ流出\nジャガー・ランドローバーは従業員データが盗まれたことを認めた。";
        let got = claims(Language::Japanese, PartyKind::Media, text);
        assert!(
            has(
                &got,
                (
                    "Jaguar Land Rover",
                    "data_exfiltration",
                    "official",
                    "confirmed"
                )
            ),
            "{got:?}"
        );
        assert!(
            !has(&got, (MOI, "data_exfiltration", "official", "confirmed")),
            "{got:?}"
        );
        assert!(
            !has(&got, (MOI, "data_category", "media", "asserted")),
            "{got:?}"
        );
    }

    #[test]
    fn callers_subjects_and_front_matter_subject() {
        let x = Extractor::builder()
            .subject(Subject::new("Acme Corp").with_alias("Acme"))
            .build()
            .unwrap();
        let doc = Document::new(
            Source::new("d", PartyKind::Media).with_language(Language::English),
            "Acme said hackers stole customer data.",
        );
        let claims = x.extract(&doc);
        assert!(claims.iter().any(|c| c.subject() == "Acme Corp"
            && *c.predicate() == Predicate::DataExfiltration
            && c.claimant().kind() == PartyKind::Official));

        let doc = Document::parse(
            "n.md",
            "---\nlang: fr\nkind: media\nsubject: Hôpital X\n---\nDes pirates ont dérobé des données.".as_bytes(),
        )
        .unwrap();
        let claims = shared().extract(&doc);
        assert!(
            claims.iter().any(
                |c| c.subject() == "Hôpital X" && *c.predicate() == Predicate::DataExfiltration
            )
        );
    }

    #[test]
    fn unsupported_or_disabled_language_gives_nothing() {
        let doc = Document::new(
            Source::new("d", PartyKind::Media),
            "Das Innenministerium wurde gehackt; Daten wurden gestohlen.",
        );
        assert!(shared().extract(&doc).is_empty());
        let doc = Document::new(
            Source::new("d", PartyKind::Media).with_language(Language::French),
            "Le ministère de l'Intérieur a été piraté.",
        );
        let en_only = Extractor::builder()
            .languages([Language::English])
            .build()
            .unwrap();
        assert!(en_only.extract(&doc).is_empty());
        assert!(!shared().extract(&doc).is_empty());
    }
}
