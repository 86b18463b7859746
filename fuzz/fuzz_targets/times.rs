//! Time recognition on arbitrary text, with and without an anchor: never
//! panics; matches sorted, non-overlapping, on character boundaries; every
//! resolved interval has `from <= to` within chrono's range.
#![no_main]

use chrono::DateTime;
use corroborate::Language;
use corroborate::recognize::{Anchor, times};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let language = Language::ALL[usize::from(selector) % Language::ALL.len()];
    let published = DateTime::parse_from_rfc3339("2025-12-13T10:00:00+01:00").unwrap();
    let anchor = Anchor::from_published(published, language);
    for anchor in [None, Some(&anchor)] {
        let found = times(text, language, anchor);
        let mut last_end = 0;
        for m in &found {
            assert!(m.span.start >= last_end, "sorted and non-overlapping");
            last_end = m.span.end;
            assert_eq!(m.span.slice(text).expect("span in bounds"), m.text);
            if let Some(t) = &m.time {
                if let (Some(a), Some(b)) = (t.from(), t.to()) {
                    assert!(a <= b);
                }
            }
        }
    }
});
