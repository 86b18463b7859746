//! Claim JSON deserialisation: never panics; whatever is accepted writes
//! back to JSON that reads to the same claim and obeys the model's rules.
#![no_main]

use corroborate::{Claim, Value, Vocabulary};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else { return };
    let Ok(claim) = Claim::from_json(json) else { return };
    // Accepted claims obey the model's rules.
    assert!(claim.span().start <= claim.span().end);
    if let Value::Quantity(q) = claim.value() {
        if let (Some(lo), Some(hi)) = (q.min(), q.max()) {
            assert!(lo <= hi);
        }
        assert!(q.is_consistent_with(q));
    }
    // And survive a round trip unchanged.
    let again = Claim::from_json(&claim.to_json()).expect("written JSON reads back");
    assert_eq!(again, claim);
    // A vocabulary with nothing registered accepts exactly the built-ins.
    let checked = Vocabulary::new().check(&claim);
    assert_eq!(checked.is_ok(), !claim.predicate().is_custom());
});
