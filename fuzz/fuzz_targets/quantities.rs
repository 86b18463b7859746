//! Quantity recognition on arbitrary text in each language and with
//! per-line language detection: never panics;
//! matches are sorted, do not overlap, lie on character boundaries, their
//! text is the spanned text, and their intervals are well-formed.
#![no_main]

use corroborate::Language;
use corroborate::recognize::{quantities, quantities_auto};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    // One slot more than there are languages: auto-detection per line.
    let slot = usize::from(selector) % (Language::ALL.len() + 1);
    let found = match Language::ALL.get(slot) {
        Some(&language) => quantities(text, language),
        None => quantities_auto(text),
    };
    let mut last_end = 0;
    for m in &found {
        assert!(m.span.start >= last_end, "sorted and non-overlapping");
        last_end = m.span.end;
        let spanned = m.span.slice(text).expect("span on char boundaries, in bounds");
        assert_eq!(spanned, m.text);
        let q = &m.quantity;
        if let (Some(lo), Some(hi)) = (q.min(), q.max()) {
            assert!(lo <= hi);
            assert!(lo.as_f64().is_finite() && hi.as_f64().is_finite());
        }
    }
});
