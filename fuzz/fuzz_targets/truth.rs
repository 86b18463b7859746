//! Truth discovery on arbitrary CSV: reading never panics (a bad file is an
//! error naming its line); on what reads, every algorithm (the six of the
//! compatibility set, and CRH and AccuCopy on exact strings and on numbers)
//! chooses one of each object's own values, with finite trust and belief,
//! and AccuCopy's beliefs and trust are in [0, 1].
#![no_main]

use corroborate::truth::{AccuCopy, Algorithm, Crh, Dataset, Duplicates, Method, Numeric};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // The first byte picks the duplicate policy and a few iteration
    // counts; the rest is the file.
    let Some((&mode, csv)) = bytes.split_first() else {
        return;
    };
    let duplicates = if mode & 1 == 0 {
        Duplicates::KeepFirst
    } else {
        Duplicates::Reject
    };
    let data = match Dataset::builder().duplicates(duplicates).read_csv(csv) {
        Ok(data) => data,
        Err(err) => {
            assert!(!err.to_string().is_empty());
            return;
        }
    };
    // Few rounds keep each run short; the properties hold at any count.
    let rounds = usize::from(mode >> 1) % 4 + 1;
    let mut algorithms: Vec<Box<dyn Algorithm>> = Method::COMPATIBLE
        .iter()
        .map(|m| m.algorithm(Some(rounds)))
        .collect();
    algorithms.push(Box::new(Crh::new().iterations(rounds)));
    algorithms.push(Box::new(Crh::new().iterations(rounds).similarity(Numeric::new())));
    algorithms.push(Box::new(AccuCopy::new().iterations(rounds)));
    algorithms.push(Box::new(
        AccuCopy::new()
            .iterations(rounds)
            .similarity(Numeric::new())
            .leave_one_out(mode & 0x80 != 0),
    ));
    for alg in &algorithms {
        let result = alg.run(&data);
        assert_eq!(result.chosen().len(), data.num_objects());
        for (o, &c) in result.chosen().iter().enumerate() {
            assert!(data.candidates(o).contains(&(c as usize)), "{}", alg.name());
        }
        assert!(result.trust().iter().all(|t| t.is_finite()), "{}", alg.name());
        assert!(result.belief().iter().all(|b| b.is_finite()), "{}", alg.name());
        if alg.name() == "accu_copy" {
            assert!(result.trust().iter().all(|t| (0.0..=1.0).contains(t)));
            assert!(result.belief().iter().all(|b| (0.0..=1.0).contains(b)));
        }
    }
});
