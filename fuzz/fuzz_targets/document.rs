//! Document reading (front matter) on arbitrary bytes: never panics; a
//! document read has its body inside its text, and an error names the file.
#![no_main]

use corroborate::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match Document::parse("fuzz.md", data) {
        Ok(document) => {
            let body = document.body_span().slice(document.text()).expect("body span fits");
            assert_eq!(body, document.body());
            assert!(!document.source().id().is_empty());
        }
        Err(e) => assert!(e.to_string().starts_with("fuzz.md"), "{e}"),
    }
});
