//! Documents: a [`Source`] and its original text, read from plain text or
//! Markdown with an optional front-matter block.
//!
//! # Grammar
//!
//! ```text
//! ---
//! source: franceinfo-2025-12-12      the source id (default: the file stem)
//! name: Franceinfo                   the publisher's name
//! kind: media                        media | official | attacker | researcher | unknown
//! lang: fr                           en | fr | ja | auto (default: auto)
//! published: 2025-12-12              a date, or an RFC 3339 date-time
//! url: https://example.org/a         the address
//! derived_from: ministry, indra      ids of the sources it repeats, comma-separated
//! subject: Acme Corp                 optional: the subject when the text names none known
//! ---
//! The body...
//! ```
//!
//! The block must start on the first line. Blank lines and lines starting
//! with `#` inside it are skipped; any other key is kept and available
//! through [`Document::field`] so that nothing is silently dropped. A line
//! that is not `key: value`, a known key with a bad value or a block that is
//! never closed is an error naming the file and the line.
//!
//! Claims' spans point into [`Document::text`], the whole file as read, so
//! that evidence can be found in the file on disk.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::{Error, Language, Limits, PartyKind, Source, Span};

/// A source document: who published it and its original text.
///
/// ```
/// use corroborate::{Document, Language, PartyKind};
///
/// let file = "---\nsource: ministry\nkind: official\nlang: fr\npublished: 2025-12-12\n---\n\
///             Le ministère de l'Intérieur a détecté une intrusion.\n";
/// let doc = Document::parse("ministry.md", file.as_bytes())?;
/// assert_eq!(doc.source().id(), "ministry");
/// assert_eq!(doc.source().kind(), PartyKind::Official);
/// assert_eq!(doc.source().language(), Some(Language::French));
/// assert!(doc.body().starts_with("Le ministère"));
///
/// let err = Document::parse("bad.md", b"---\nkind official\n---\n").unwrap_err();
/// assert_eq!(err.to_string(), "bad.md:2: expected `key: value` in front matter, found `kind official`");
/// assert_eq!(err.line(), Some(2));
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    source: Source,
    text: String,
    body: Span,
    auto_language: bool,
    fields: BTreeMap<String, String>,
}

impl Document {
    /// A document from a source and its text, all of it body.
    pub fn new(source: Source, text: impl Into<String>) -> Document {
        let text = text.into();
        let body = Span {
            start: 0,
            end: text.len(),
        };
        Document {
            auto_language: source.language().is_none(),
            source,
            text,
            body,
            fields: BTreeMap::new(),
        }
    }

    /// Reads a file's bytes: UTF-8 (a leading byte-order mark is kept in
    /// the text but skipped), with an optional front-matter block.
    ///
    /// `name` is used in error messages and, without a `source` key, its
    /// file stem is the source id. The kind defaults to
    /// [`PartyKind::Unknown`] and the language to none (detected at
    /// extraction).
    ///
    /// ```
    /// use corroborate::{Document, ErrorKind};
    ///
    /// let err = Document::parse("post.txt", b"Indra \xff\xfe says").unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Document);
    /// assert_eq!(err.offset(), Some(6));
    /// assert_eq!(err.to_string(), "post.txt: invalid UTF-8 at byte 6");
    /// ```
    ///
    /// A file over the default [`Limits::max_document_bytes`] (16 MiB) is
    /// refused with an error of kind [`ErrorKind::Limit`](crate::ErrorKind::Limit);
    /// [`Document::parse_with_limits`] reads larger ones.
    pub fn parse(name: &str, bytes: &[u8]) -> Result<Document, Error> {
        Document::parse_with_limits(name, bytes, &Limits::default())
    }

    /// Reads a file's bytes as [`Document::parse`] does, under the given
    /// [`Limits`]: a file larger than [`Limits::max_document_bytes`] is an
    /// error naming the file and the limit, checked before anything is
    /// decoded.
    ///
    /// ```
    /// use corroborate::{Document, Limit, Limits};
    ///
    /// let big = vec![b'a'; 32];
    /// let err = Document::parse_with_limits("dump.txt", &big, &Limits::new().with_max_document_bytes(16))
    ///     .unwrap_err();
    /// assert_eq!(err.limit(), Some(Limit::DocumentBytes));
    /// assert!(Document::parse_with_limits("dump.txt", &big, &Limits::new()).is_ok());
    /// ```
    pub fn parse_with_limits(name: &str, bytes: &[u8], limits: &Limits) -> Result<Document, Error> {
        limits.check_document(name, bytes.len())?;
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let at = e.valid_up_to();
                return Err(Error::document_bytes(
                    format!("{name}: invalid UTF-8 at byte {at}"),
                    at,
                ));
            }
        };
        let stem = std::path::Path::new(name)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or(name);
        let mut source = Source::new(stem, PartyKind::Unknown);
        let mut fields = BTreeMap::new();
        let mut auto_language = true;
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let mut body_start = bom;

        let rest = &text[bom..];
        let first_line = rest.split('\n').next().unwrap_or("");
        if first_line.trim_end() == "---" {
            let mut offset = bom + first_line.len() + 1;
            let mut line_no = 1;
            let mut closed = false;
            let mut settings = Settings::default();
            while offset <= text.len() {
                line_no += 1;
                let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
                let line = text[offset..line_end].trim_end_matches('\r');
                let next = (line_end + 1).min(text.len());
                if line.trim_end() == "---" {
                    body_start = next;
                    closed = true;
                    break;
                }
                let err = |what: String| {
                    Error::document_line(format!("{name}:{line_no}: {what}"), line_no)
                };
                let trimmed = line.trim();
                if !trimmed.is_empty() && !trimmed.starts_with('#') {
                    let Some((key, value)) = trimmed.split_once(':') else {
                        return Err(err(format!(
                            "expected `key: value` in front matter, found `{trimmed}`"
                        )));
                    };
                    let key = key.trim();
                    let value = unquote(value.trim());
                    if key.is_empty() || key.contains(char::is_whitespace) {
                        return Err(err(format!(
                            "expected `key: value` in front matter, found `{trimmed}`"
                        )));
                    }
                    settings.set(key, value).map_err(err)?;
                    fields.insert(key.to_owned(), value.to_owned());
                }
                if line_end >= text.len() {
                    break;
                }
                offset = next;
            }
            if !closed {
                return Err(Error::document_line(
                    format!("{name}:1: front matter opened with `---` is never closed"),
                    1,
                ));
            }
            if let Some(id) = settings.source {
                source = Source::new(id, PartyKind::Unknown);
            }
            source = Source::new(
                source.id().to_owned(),
                settings.kind.unwrap_or(PartyKind::Unknown),
            );
            if let Some(n) = settings.name {
                source = source.with_name(n);
            }
            if let Some(lang) = settings.language {
                source = source.with_language(lang);
                auto_language = false;
            }
            if let Some(p) = settings.published {
                source = source.with_published(p);
            }
            if let Some(u) = settings.url {
                source = source.with_url(u);
            }
            for d in settings.derived_from {
                source = source.derived_from(d);
            }
        }
        Ok(Document {
            source,
            text: text.to_owned(),
            body: Span {
                start: body_start,
                end: text.len(),
            },
            auto_language,
            fields,
        })
    }

    /// The same document with another source (to apply command-line
    /// settings, say).
    pub fn with_source(mut self, source: Source) -> Document {
        self.auto_language = source.language().is_none();
        self.source = source;
        self
    }

    /// Where it comes from.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// The whole original text, front matter included: claims' spans
    /// point into it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text after the front matter.
    pub fn body(&self) -> &str {
        &self.text[self.body.start..self.body.end]
    }

    /// Where the body lies in [`text`](Document::text).
    pub fn body_span(&self) -> Span {
        self.body
    }

    /// Whether the language was left to detection (no `lang` key, or
    /// `lang: auto`).
    pub fn is_language_auto(&self) -> bool {
        self.auto_language
    }

    /// A front-matter value by key, as written (known keys included).
    pub fn field(&self, key: &str) -> Option<&str> {
        self.fields.get(key).map(String::as_str)
    }
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

#[derive(Default)]
struct Settings {
    source: Option<String>,
    name: Option<String>,
    kind: Option<PartyKind>,
    language: Option<Language>,
    published: Option<DateTime<FixedOffset>>,
    url: Option<String>,
    derived_from: Vec<String>,
}

impl Settings {
    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        match key {
            "source" | "id" => {
                if value.is_empty() {
                    return Err("expected a source id after `source:`".into());
                }
                self.source = Some(value.to_owned());
            }
            "name" => self.name = Some(value.to_owned()),
            "kind" => self.kind = Some(value.parse().map_err(|e: Error| e.to_string())?),
            "lang" | "language" if value.eq_ignore_ascii_case("auto") => {}
            "lang" | "language" => {
                self.language = Some(value.parse().map_err(|_| {
                    format!("invalid `lang`: expected `en`, `fr`, `ja` or `auto`, found `{value}`")
                })?);
            }
            "published" | "date" => {
                self.published = Some(parse_published(value).ok_or_else(|| {
                    format!(
                        "invalid `published`: expected a date `YYYY-MM-DD` or an RFC 3339 \
                         date-time, found `{value}`"
                    )
                })?)
            }
            "url" => self.url = Some(value.to_owned()),
            "derived_from" => {
                self.derived_from = value
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .split(',')
                    .map(|s| unquote(s.trim()).to_owned())
                    .filter(|s| !s.is_empty())
                    .collect()
            }
            _ => {}
        }
        Ok(())
    }
}

/// Reads `YYYY-MM-DD` (midnight UTC) or an RFC 3339 date-time.
pub(crate) fn parse_published(value: &str) -> Option<DateTime<FixedOffset>> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(value) {
        return Some(dt);
    }
    let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
    let utc = FixedOffset::east_opt(0)?;
    date.and_hms_opt(0, 0, 0)?.and_local_timezone(utc).single()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_errors_table() {
        for (input, message, line) in [
            (
                "---\nkind: press\n---\n",
                "doc.md:2: invalid `kind`: expected one of `media`, `official`, `attacker`, `researcher`, `unknown`, found `press`",
                Some(2),
            ),
            (
                "---\nsource: a\nlang: de\n---\n",
                "doc.md:3: invalid `lang`: expected `en`, `fr`, `ja` or `auto`, found `de`",
                Some(3),
            ),
            (
                "---\npublished: 12/12/2025\n---\n",
                "doc.md:2: invalid `published`: expected a date `YYYY-MM-DD` or an RFC 3339 date-time, found `12/12/2025`",
                Some(2),
            ),
            (
                "---\nsource: a\n",
                "doc.md:1: front matter opened with `---` is never closed",
                Some(1),
            ),
            (
                "---\n: x\n---\n",
                "doc.md:2: expected `key: value` in front matter, found `: x`",
                Some(2),
            ),
        ] {
            let err = Document::parse("doc.md", input.as_bytes()).unwrap_err();
            assert_eq!(err.to_string(), message, "{input:?}");
            assert_eq!(err.line(), line, "{input:?}");
        }
    }

    #[test]
    fn front_matter_values_table() {
        let doc = Document::parse(
            "dir/le-monde.md",
            "---\r\nkind: media\r\nlang: auto\r\npublished: 2025-12-13T08:30:00+01:00\r\nderived_from: [indra, ministry]\r\ntitle: \"Piratage\"\r\n---\r\nTexte.".as_bytes(),
        )
        .unwrap();
        assert_eq!(doc.source().id(), "le-monde");
        assert_eq!(doc.source().kind(), PartyKind::Media);
        assert!(doc.is_language_auto());
        assert_eq!(doc.source().derived_from_ids(), ["indra", "ministry"]);
        assert_eq!(doc.field("title"), Some("Piratage"));
        assert_eq!(doc.body(), "Texte.");
        assert_eq!(
            doc.source().published().unwrap().to_rfc3339(),
            "2025-12-13T08:30:00+01:00"
        );
    }

    #[test]
    fn no_front_matter_is_all_body() {
        for input in ["", "plain text", "--- not a block\nx", "\u{feff}hello"] {
            let doc = Document::parse("a.txt", input.as_bytes()).unwrap();
            assert_eq!(doc.text(), input);
            assert!(input.ends_with(doc.body()));
            assert_eq!(doc.source().id(), "a");
        }
    }
}
