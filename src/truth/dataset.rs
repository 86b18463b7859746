//! The interned claims: who says what about which object.

use std::io::BufRead;
use std::ops::Range;

use crate::Error;
use crate::hash::FxHashMap;

/// What to do when a source claims two values for the same object.
///
/// The `truthdiscovery` package rejects such data by default; real data
/// (a Wikipedia editor revising a figure) often has it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Duplicates {
    /// Fail with an error naming both lines (the package's default).
    #[default]
    Reject,
    /// Keep the first value the source gave for the object, drop the others
    /// (the package's `allow_multiple=True`).
    KeepFirst,
}

/// Maps labels to dense ids in order of first appearance.
#[derive(Default)]
struct Interner {
    ids: FxHashMap<Box<str>, u32>,
    // The last label looked up: claim files are usually sorted by object,
    // so most lookups repeat the previous one and skip hashing.
    last: String,
    last_id: Option<u32>,
    // A small direct-mapped cache in front of the map: sources and values
    // usually come from small sets and change on every row.
    cache: Vec<(Box<str>, u32)>,
}

const CACHE_SLOTS: usize = 256;

/// A cheap slot for the cache (a multiply–rotate fold of the bytes);
/// collisions only cost a map lookup.
fn cache_slot(label: &str) -> usize {
    let mut h: u64 = label.len() as u64;
    for &b in label.as_bytes() {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    (h >> 56) as usize % CACHE_SLOTS
}

impl Interner {
    fn id(&mut self, label: &str) -> Result<u32, Error> {
        if let Some(id) = self.last_id {
            if self.last == label {
                return Ok(id);
            }
        }
        if self.cache.is_empty() {
            self.cache = vec![(Box::from(""), u32::MAX); CACHE_SLOTS];
        }
        let slot = cache_slot(label);
        let cached = &self.cache[slot];
        if cached.1 != u32::MAX && *cached.0 == *label {
            // Labels found here change often: not worth remembering as
            // the last one.
            return Ok(cached.1);
        }
        let id = match self.ids.get(label) {
            Some(&id) => id,
            None => {
                let id = u32::try_from(self.ids.len())
                    .map_err(|_| Error::csv("more than 2^32 distinct labels", None))?;
                self.ids.insert(label.into(), id);
                id
            }
        };
        self.cache[slot] = (label.into(), id);
        self.last.clear();
        self.last.push_str(label);
        self.last_id = Some(id);
        Ok(id)
    }

    /// The labels indexed by id; the map's own order never leaks.
    fn into_labels(self) -> Vec<Box<str>> {
        let mut labels: Vec<Box<str>> = vec![Box::from(""); self.ids.len()];
        for (label, id) in self.ids {
            labels[id as usize] = label;
        }
        labels
    }
}

/// Builds a [`Dataset`] claim by claim or from CSV.
///
/// ```
/// use corroborate::truth::{Dataset, Duplicates};
///
/// let mut builder = Dataset::builder().duplicates(Duplicates::KeepFirst);
/// builder.push("wiki", "paris", "2148000");
/// builder.push("wiki", "paris", "2150000"); // dropped: wiki already spoke
/// builder.push("insee", "paris", "2148000");
/// let data = builder.build()?;
/// assert_eq!(data.num_claims(), 2);
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Default)]
pub struct DatasetBuilder {
    duplicates: Duplicates,
    sources: Interner,
    objects: Interner,
    values: Interner,
    // (source, object, value) per claim, and the 1-based line it came from
    // (its position when pushed by hand) for error messages.
    claims: Vec<[u32; 3]>,
    lines: Vec<u32>,
    error: Option<Error>,
}

impl DatasetBuilder {
    /// A builder that rejects duplicate `(source, object)` pairs.
    pub fn new() -> DatasetBuilder {
        DatasetBuilder::default()
    }

    /// Sets the policy for a source claiming several values for one object.
    pub fn duplicates(mut self, duplicates: Duplicates) -> DatasetBuilder {
        self.duplicates = duplicates;
        self
    }

    /// Adds one claim: `source` says `object` has `value`.
    ///
    /// Errors (more than 2^32 distinct labels) are reported by
    /// [`DatasetBuilder::build`].
    pub fn push(&mut self, source: &str, object: &str, value: &str) {
        let line = self.claims.len() + 1;
        self.push_at(source, object, value, line);
    }

    fn push_at(&mut self, source: &str, object: &str, value: &str, line: usize) {
        if self.error.is_some() {
            return;
        }
        let ids = (|| {
            Ok::<_, Error>([
                self.sources.id(source)?,
                self.objects.id(object)?,
                self.values.id(value)?,
            ])
        })();
        match ids {
            Ok(ids) => {
                self.claims.push(ids);
                self.lines.push(u32::try_from(line).unwrap_or(u32::MAX));
            }
            Err(err) => self.error = Some(err),
        }
    }

    /// Reads claims from CSV with the header `source,object,value` (further
    /// columns are ignored, as the `truthdiscovery` oracle script does) and
    /// builds the dataset.
    ///
    /// Fields follow RFC 4180: a field in double quotes may hold commas,
    /// line breaks and doubled quotes. Blank lines are skipped. A row with
    /// fewer than three fields, a wrong header, invalid UTF-8 or an
    /// unterminated quote is an error naming its line.
    ///
    /// ```
    /// use corroborate::truth::Dataset;
    ///
    /// let csv = "source,object,value\ns1,o1,a\ns2,o1,b\n";
    /// let data = Dataset::read_csv(csv.as_bytes())?;
    /// assert_eq!((data.num_sources(), data.num_objects()), (2, 1));
    ///
    /// let err = Dataset::read_csv("source,object,value\ns1,o1\n".as_bytes()).unwrap_err();
    /// assert_eq!(err.to_string(), "line 2: expected 3 fields (source,object,value), found 2");
    /// assert_eq!(err.line(), Some(2));
    /// # Ok::<(), corroborate::Error>(())
    /// ```
    pub fn read_csv(mut self, reader: impl BufRead) -> Result<Dataset, Error> {
        let mut rows = CsvRows::new(reader);
        let mut header = false;
        rows.for_each_row(|line, fields| {
            if !header {
                header = true;
                return check_header(line, fields, &["source", "object", "value"]);
            }
            if fields.len() < 3 {
                return Err(Error::csv(
                    format!(
                        "line {line}: expected 3 fields (source,object,value), found {}",
                        fields.len()
                    ),
                    Some(line),
                ));
            }
            self.push_at(fields[0], fields[1], fields[2], line);
            Ok(())
        })?;
        if !header {
            return Err(Error::csv(
                "line 1: empty input, expected header `source,object,value`",
                Some(1),
            ));
        }
        self.build()
    }

    /// Groups the claims into candidates (distinct values per object) and
    /// indexes them by source and by candidate.
    pub fn build(self) -> Result<Dataset, Error> {
        if let Some(err) = self.error {
            return Err(err);
        }
        let DatasetBuilder {
            duplicates,
            sources,
            objects,
            values,
            claims,
            lines,
            error: _,
        } = self;
        if u32::try_from(claims.len()).is_err() {
            return Err(Error::csv("more than 2^32 claims", None));
        }
        let sources = sources.into_labels();
        let objects = objects.into_labels();
        let values = values.into_labels();
        let num_objects = objects.len();
        let num_sources = sources.len();

        // Counting sort by object, stable so that input order (and thus
        // "first" for duplicates) is kept within an object.
        let mut obj_claim_start = vec![0u32; num_objects + 1];
        for c in &claims {
            obj_claim_start[c[1] as usize + 1] += 1;
        }
        for o in 0..num_objects {
            obj_claim_start[o + 1] += obj_claim_start[o];
        }
        let mut order = vec![0u32; claims.len()];
        {
            let mut next = obj_claim_start.clone();
            for (i, c) in claims.iter().enumerate() {
                let slot = &mut next[c[1] as usize];
                order[*slot as usize] = i as u32;
                *slot += 1;
            }
        }

        let mut obj_start = Vec::with_capacity(num_objects + 1);
        let mut cand_value: Vec<u32> = Vec::new();
        let mut cand_object: Vec<u32> = Vec::new();
        let mut cand_claim_start: Vec<u32> = vec![0];
        let mut cand_sources: Vec<u32> = Vec::with_capacity(claims.len());
        let mut group: Vec<(u32, u32)> = Vec::new();
        obj_start.push(0u32);
        for o in 0..num_objects {
            let range = obj_claim_start[o] as usize..obj_claim_start[o + 1] as usize;
            // (source, input index): detect sources speaking twice.
            group.clear();
            group.extend(order[range].iter().map(|&i| (claims[i as usize][0], i)));
            group.sort_unstable();
            let mut kept: Vec<(u32, u32)> = Vec::with_capacity(group.len());
            for w in 0..group.len() {
                let (s, i) = group[w];
                if w > 0 && group[w - 1].0 == s {
                    match duplicates {
                        Duplicates::KeepFirst => continue,
                        Duplicates::Reject => {
                            let first = group[w - 1].1 as usize;
                            let line = lines[i as usize] as usize;
                            return Err(Error::csv(
                                format!(
                                    "line {line}: source `{}` already claimed a value for object `{}` (line {})",
                                    sources[s as usize], objects[o], lines[first]
                                ),
                                Some(line),
                            ));
                        }
                    }
                }
                // (value, source)
                kept.push((claims[i as usize][2], s));
            }
            kept.sort_unstable();
            for (k, &(v, s)) in kept.iter().enumerate() {
                if k == 0 || kept[k - 1].0 != v {
                    if k > 0 {
                        cand_claim_start.push(cand_sources.len() as u32);
                    }
                    cand_value.push(v);
                    cand_object.push(o as u32);
                }
                cand_sources.push(s);
            }
            if !kept.is_empty() {
                cand_claim_start.push(cand_sources.len() as u32);
            }
            obj_start.push(cand_value.len() as u32);
        }
        drop(order);
        drop(claims);
        drop(lines);

        // Transpose: the candidates of each source, in candidate order.
        let mut src_start = vec![0u32; num_sources + 1];
        for &s in &cand_sources {
            src_start[s as usize + 1] += 1;
        }
        for s in 0..num_sources {
            src_start[s + 1] += src_start[s];
        }
        let mut src_cands = vec![0u32; cand_sources.len()];
        let mut next = src_start.clone();
        for c in 0..cand_value.len() {
            for &s in &cand_sources[cand_claim_start[c] as usize..cand_claim_start[c + 1] as usize]
            {
                let slot = &mut next[s as usize];
                src_cands[*slot as usize] = c as u32;
                *slot += 1;
            }
        }

        let mut claim_cand = Vec::with_capacity(cand_sources.len());
        for c in 0..cand_value.len() {
            let n = cand_claim_start[c + 1] - cand_claim_start[c];
            claim_cand.extend(std::iter::repeat_n(c as u32, n as usize));
        }
        Ok(Dataset {
            sources,
            objects,
            values,
            obj_start,
            cand_value,
            cand_object,
            cand_claim_start,
            cand_sources,
            claim_cand,
            src_start,
            src_cands,
        })
    }
}

/// Claims `(source, object, value)`, interned and indexed both ways.
///
/// Sources, objects and values are numbered densely in order of first
/// appearance. A *candidate* is a distinct value claimed for an object (the
/// `truthdiscovery` package calls it a claim); candidates of one object
/// are numbered contiguously, in the order of their values' ids.
///
/// ```
/// use corroborate::truth::Dataset;
///
/// let data = Dataset::from_rows([("s1", "o1", "a"), ("s2", "o1", "a"), ("s2", "o2", "b")])?;
/// assert_eq!(data.num_candidates(), 2);
/// let a = data.candidates(0).start;
/// assert_eq!(data.candidate_value(a), "a");
/// assert_eq!(data.claimants(a), &[0, 1]);
/// # Ok::<(), corroborate::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Dataset {
    sources: Vec<Box<str>>,
    objects: Vec<Box<str>>,
    values: Vec<Box<str>>,
    obj_start: Vec<u32>,
    cand_value: Vec<u32>,
    cand_object: Vec<u32>,
    cand_claim_start: Vec<u32>,
    cand_sources: Vec<u32>,
    // The candidate of each claim, parallel to `cand_sources`: lets the
    // iterative algorithms walk all claims in one flat loop.
    claim_cand: Vec<u32>,
    src_start: Vec<u32>,
    src_cands: Vec<u32>,
}

impl Dataset {
    /// A builder, to set the [`Duplicates`] policy or push claims one by one.
    pub fn builder() -> DatasetBuilder {
        DatasetBuilder::new()
    }

    /// Builds a dataset from `(source, object, value)` rows, rejecting a
    /// source that claims two values for one object.
    pub fn from_rows<I, S, O, V>(rows: I) -> Result<Dataset, Error>
    where
        I: IntoIterator<Item = (S, O, V)>,
        S: AsRef<str>,
        O: AsRef<str>,
        V: AsRef<str>,
    {
        let mut builder = DatasetBuilder::new();
        for (s, o, v) in rows {
            builder.push(s.as_ref(), o.as_ref(), v.as_ref());
        }
        builder.build()
    }

    /// Reads a `source,object,value` CSV (see [`DatasetBuilder::read_csv`]),
    /// rejecting duplicate `(source, object)` pairs.
    pub fn read_csv(reader: impl BufRead) -> Result<Dataset, Error> {
        DatasetBuilder::new().read_csv(reader)
    }

    /// The number of distinct sources.
    pub fn num_sources(&self) -> usize {
        self.sources.len()
    }

    /// The number of distinct objects.
    pub fn num_objects(&self) -> usize {
        self.objects.len()
    }

    /// The number of claims kept (after dropping duplicates).
    pub fn num_claims(&self) -> usize {
        self.cand_sources.len()
    }

    /// The number of candidates: distinct `(object, value)` pairs.
    pub fn num_candidates(&self) -> usize {
        self.cand_value.len()
    }

    /// The label of a source.
    pub fn source_name(&self, source: usize) -> &str {
        &self.sources[source]
    }

    /// The label of an object.
    pub fn object_name(&self, object: usize) -> &str {
        &self.objects[object]
    }

    /// The candidates of an object.
    pub fn candidates(&self, object: usize) -> Range<usize> {
        self.obj_start[object] as usize..self.obj_start[object + 1] as usize
    }

    /// The value a candidate stands for.
    pub fn candidate_value(&self, candidate: usize) -> &str {
        &self.values[self.cand_value[candidate] as usize]
    }

    /// The id of a candidate's value (equal values of different objects
    /// share it).
    pub fn candidate_value_id(&self, candidate: usize) -> usize {
        self.cand_value[candidate] as usize
    }

    /// The object a candidate is about.
    pub fn candidate_object(&self, candidate: usize) -> usize {
        self.cand_object[candidate] as usize
    }

    /// The sources claiming a candidate, in increasing order.
    pub fn claimants(&self, candidate: usize) -> &[u32] {
        &self.cand_sources[self.cand_claim_start[candidate] as usize
            ..self.cand_claim_start[candidate + 1] as usize]
    }

    /// The candidates a source claims, in increasing order.
    pub fn claims_of(&self, source: usize) -> &[u32] {
        &self.src_cands[self.src_start[source] as usize..self.src_start[source + 1] as usize]
    }

    /// Every claim as (candidate, source), grouped by candidate in
    /// increasing order, sources increasing within a candidate.
    pub(crate) fn claim_pairs(&self) -> (&[u32], &[u32]) {
        (&self.claim_cand, &self.cand_sources)
    }

    /// The number of claims a source makes.
    pub fn claim_count(&self, source: usize) -> usize {
        (self.src_start[source + 1] - self.src_start[source]) as usize
    }
}

/// Reads known true values from CSV with the header `object,value`
/// (further columns ignored), in file order.
///
/// ```
/// use corroborate::truth::read_truth_csv;
///
/// let truth = read_truth_csv("object,value\no1,a\n\"o,2\",b\n".as_bytes())?;
/// assert_eq!(truth, [("o1".to_string(), "a".to_string()), ("o,2".to_string(), "b".to_string())]);
/// let err = read_truth_csv("object,value\no1\n".as_bytes()).unwrap_err();
/// assert_eq!(err.to_string(), "line 2: expected 2 fields (object,value), found 1");
/// # Ok::<(), corroborate::Error>(())
/// ```
pub fn read_truth_csv(reader: impl BufRead) -> Result<Vec<(String, String)>, Error> {
    let mut rows = CsvRows::new(reader);
    let mut header = false;
    let mut out = Vec::new();
    rows.for_each_row(|line, fields| {
        if !header {
            header = true;
            return check_header(line, fields, &["object", "value"]);
        }
        if fields.len() < 2 {
            return Err(Error::csv(
                format!(
                    "line {line}: expected 2 fields (object,value), found {}",
                    fields.len()
                ),
                Some(line),
            ));
        }
        out.push((fields[0].to_string(), fields[1].to_string()));
        Ok(())
    })?;
    if !header {
        return Err(Error::csv(
            "line 1: empty input, expected header `object,value`",
            Some(1),
        ));
    }
    Ok(out)
}

/// Checks that a header starts with `expected` (spaces trimmed).
fn check_header(line: usize, fields: &[&str], expected: &[&str]) -> Result<(), Error> {
    // A byte-order mark is not part of the first name.
    let found: Vec<&str> = fields
        .iter()
        .take(expected.len())
        .enumerate()
        .map(|(i, f)| {
            if i == 0 {
                f.trim_start_matches('\u{feff}')
            } else {
                f
            }
            .trim()
        })
        .collect();
    if found == expected {
        return Ok(());
    }
    Err(Error::csv(
        format!(
            "line {line}: expected header `{}`, found `{}`",
            expected.join(","),
            fields.join(",")
        ),
        Some(line),
    ))
}

/// RFC 4180 rows over a `BufRead`, line numbers included.
struct CsvRows<R> {
    reader: R,
    buf: Vec<u8>,
    line: usize,
}

impl<R: BufRead> CsvRows<R> {
    fn new(reader: R) -> CsvRows<R> {
        CsvRows {
            reader,
            buf: Vec::with_capacity(256),
            line: 0,
        }
    }

    /// Calls `row(line, fields)` for every non-blank record, in order.
    ///
    /// A line without quotes that sits whole in the reader's buffer (nearly
    /// all of them) is split where it lies, without copying; anything else
    /// goes through [`CsvRows::next_row`].
    fn for_each_row(
        &mut self,
        mut row: impl FnMut(usize, &[&str]) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut owned: Vec<String> = Vec::new();
        loop {
            let consumed = {
                let next = self.line + 1;
                let buf = self
                    .reader
                    .fill_buf()
                    .map_err(|e| Error::csv(format!("line {next}: {e}"), Some(next)))?;
                if buf.is_empty() {
                    return Ok(());
                }
                match buf.iter().position(|&b| b == b'\n') {
                    Some(end) if !buf[..end].contains(&b'"') => {
                        self.line += 1;
                        let line = self.line;
                        let mut bytes = &buf[..end];
                        if let [rest @ .., b'\r'] = bytes {
                            bytes = rest;
                        }
                        if !bytes.is_empty() {
                            let text = std::str::from_utf8(bytes).map_err(|_| {
                                Error::csv(format!("line {line}: invalid UTF-8"), Some(line))
                            })?;
                            let mut fields = [""; 8];
                            let mut n = 0;
                            for field in text.split(',') {
                                if n == fields.len() {
                                    break;
                                }
                                fields[n] = field;
                                n += 1;
                            }
                            if n < fields.len() {
                                row(line, &fields[..n])?;
                            } else {
                                let all: Vec<&str> = text.split(',').collect();
                                row(line, &all)?;
                            }
                        }
                        Some(end + 1)
                    }
                    _ => None,
                }
            };
            match consumed {
                Some(n) => self.reader.consume(n),
                None => match self.next_row(&mut owned)? {
                    None => return Ok(()),
                    Some(line) => {
                        let fields: Vec<&str> = owned.iter().map(String::as_str).collect();
                        row(line, &fields)?;
                    }
                },
            }
        }
    }

    /// Reads the next non-blank row into `fields`; returns its first line.
    fn next_row(&mut self, fields: &mut Vec<String>) -> Result<Option<usize>, Error> {
        loop {
            self.buf.clear();
            let n = self.reader.read_until(b'\n', &mut self.buf).map_err(|e| {
                Error::csv(format!("line {}: {e}", self.line + 1), Some(self.line + 1))
            })?;
            if n == 0 {
                return Ok(None);
            }
            self.line += 1;
            let start = self.line;
            trim_eol(&mut self.buf);
            if self.buf.is_empty() {
                continue;
            }
            // A quoted field may span lines: read on until quotes balance.
            while self.buf.contains(&b'"')
                && self.buf.iter().filter(|&&b| b == b'"').count() % 2 == 1
            {
                self.buf.push(b'\n');
                let n = self.reader.read_until(b'\n', &mut self.buf).map_err(|e| {
                    Error::csv(format!("line {}: {e}", self.line + 1), Some(self.line + 1))
                })?;
                if n == 0 {
                    return Err(Error::csv(
                        format!("line {start}: unterminated quoted field"),
                        Some(start),
                    ));
                }
                self.line += 1;
                trim_eol(&mut self.buf);
            }
            let text = std::str::from_utf8(&self.buf)
                .map_err(|_| Error::csv(format!("line {start}: invalid UTF-8"), Some(start)))?;
            split_fields(text, fields)
                .map_err(|msg| Error::csv(format!("line {start}: {msg}"), Some(start)))?;
            return Ok(Some(start));
        }
    }
}

fn trim_eol(buf: &mut Vec<u8>) {
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
}

/// Splits one record into fields, reusing the strings' allocations.
fn split_fields(text: &str, fields: &mut Vec<String>) -> Result<(), &'static str> {
    let mut n = 0;
    let mut next = |fields: &mut Vec<String>| -> usize {
        if n == fields.len() {
            fields.push(String::new());
        }
        fields[n].clear();
        n += 1;
        n - 1
    };
    if !text.contains('"') {
        let mut start = 0;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if b == b',' {
                let f = next(fields);
                fields[f].push_str(&text[start..i]);
                start = i + 1;
            }
        }
        let f = next(fields);
        fields[f].push_str(&text[start..]);
        fields.truncate(n);
        return Ok(());
    }
    let mut rest = text;
    loop {
        let i = next(fields);
        if let Some(quoted) = rest.strip_prefix('"') {
            let mut s = quoted;
            loop {
                let q = s.find('"').ok_or("unterminated quoted field")?;
                fields[i].push_str(&s[..q]);
                s = &s[q + 1..];
                if let Some(after) = s.strip_prefix('"') {
                    fields[i].push('"');
                    s = after;
                } else {
                    break;
                }
            }
            match s.strip_prefix(',') {
                Some(after) => rest = after,
                None if s.is_empty() => break,
                None => return Err("unexpected text after a closing quote"),
            }
        } else {
            match rest.find(',') {
                Some(c) => {
                    fields[i].push_str(&rest[..c]);
                    rest = &rest[c + 1..];
                }
                None => {
                    fields[i].push_str(rest);
                    break;
                }
            }
        }
    }
    fields.truncate(n);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Result<Vec<String>, &'static str> {
        let mut f = Vec::new();
        split_fields(text, &mut f)?;
        Ok(f)
    }

    #[test]
    fn csv_fields() {
        let table: &[(&str, Result<&[&str], &str>)] = &[
            ("a,b,c", Ok(&["a", "b", "c"])),
            ("a,,c", Ok(&["a", "", "c"])),
            (
                r#""cleveland, ohio",x,"1""2""#,
                Ok(&["cleveland, ohio", "x", "1\"2"]),
            ),
            (r#""a"b,c"#, Err("unexpected text after a closing quote")),
            (r#"a,"b"#, Err("unterminated quoted field")),
            ("\"\",b", Ok(&["", "b"])),
        ];
        for (input, expected) in table {
            let got = fields(input);
            let expected = expected.map(|v| v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            assert_eq!(got, expected, "{input}");
        }
    }

    #[test]
    fn csv_errors_name_lines() {
        let table: &[(&str, &str)] = &[
            (
                "",
                "line 1: empty input, expected header `source,object,value`",
            ),
            (
                "a,b,c\n",
                "line 1: expected header `source,object,value`, found `a,b,c`",
            ),
            (
                "source,object,value\n\ns,o,v\ns,o\n",
                "line 4: expected 3 fields (source,object,value), found 2",
            ),
            (
                "\u{feff}source,object,value\ns,o\n",
                "line 2: expected 3 fields (source,object,value), found 2",
            ),
            (
                "source,object,value\ns,o,\"v\n",
                "line 2: unterminated quoted field",
            ),
            (
                "source,object,value\ns,o,1\nt,o,1\ns,o,2\n",
                "line 4: source `s` already claimed a value for object `o` (line 2)",
            ),
        ];
        for (input, expected) in table {
            let err = Dataset::read_csv(input.as_bytes()).unwrap_err();
            assert_eq!(err.to_string(), *expected, "{input:?}");
        }
        let err = Dataset::read_csv(&b"source,object,value\ns,o,\xff\n"[..]).unwrap_err();
        assert_eq!(err.to_string(), "line 2: invalid UTF-8");
    }

    #[test]
    fn quoted_fields_span_lines_and_extra_columns_are_ignored() {
        let csv = "source,object,value,note\r\n\"s\",\"o\nx\",\"1\",extra\r\nt,\"o\nx\",2\r\n";
        let data = Dataset::read_csv(csv.as_bytes()).unwrap();
        assert_eq!(data.num_objects(), 1);
        assert_eq!(data.object_name(0), "o\nx");
        assert_eq!(data.num_candidates(), 2);
    }

    #[test]
    fn keep_first_drops_later_duplicates() {
        let mut b = Dataset::builder().duplicates(Duplicates::KeepFirst);
        b.push("s", "o", "2");
        b.push("t", "o", "1");
        b.push("s", "o", "1");
        let data = b.build().unwrap();
        assert_eq!(data.num_claims(), 2);
        let c: Vec<(&str, &[u32])> = data
            .candidates(0)
            .map(|c| (data.candidate_value(c), data.claimants(c)))
            .collect();
        assert_eq!(c, vec![("2", &[0u32][..]), ("1", &[1u32][..])]);
    }
}
