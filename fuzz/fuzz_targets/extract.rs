//! Full extraction on arbitrary documents: never panics; every claim's
//! evidence is exactly the spanned text of the document; the output is
//! deterministic.
#![no_main]

use corroborate::{Document, Extractor};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(document) = Document::parse("fuzz.md", data) else { return };
    let extractor = Extractor::new();
    let claims = extractor.extract(&document);
    for claim in &claims {
        claim.check_evidence(document.text()).expect("evidence matches its span");
        assert_eq!(claim.source(), document.source().id());
    }
    assert_eq!(extractor.extract(&document), claims, "deterministic");
});
