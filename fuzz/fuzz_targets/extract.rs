//! Full extraction on arbitrary documents: never panics; every claim's
//! evidence is exactly the spanned text of the document; the output is
//! deterministic.
#![no_main]

use std::sync::OnceLock;

use corroborate::{Document, Extractor};
use libfuzzer_sys::fuzz_target;

/// Building an extractor compiles its lexicons: once per process, not per
/// input, or the fuzzer spends its time there.
static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(document) = Document::parse("fuzz.md", data) else { return };
    let extractor = EXTRACTOR.get_or_init(Extractor::new);
    let claims = extractor.extract(&document);
    for claim in &claims {
        claim.check_evidence(document.text()).expect("evidence matches its span");
        assert_eq!(claim.source(), document.source().id());
    }
    assert_eq!(extractor.extract(&document), claims, "deterministic");
});
