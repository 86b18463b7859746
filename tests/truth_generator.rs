//! The Rust port of `gen_dataset.py` used by the benches and the accuracy
//! example makes byte-identical data: compared with the script's output
//! committed in `tests/data/truth/` (see `scripts/regen-truth-reference`).

#[path = "../examples/support/gen_dataset.rs"]
mod gen_dataset;

use gen_dataset::{Params, generate};

fn committed(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/data/truth/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn port_reproduces_the_python_generator() {
    let plain = Params::new(4000, 1);
    let copiers = Params {
        copiers: 20,
        ..Params::new(4000, 2)
    };
    let numeric = Params {
        numeric: true,
        ..Params::new(4000, 3)
    };
    for (name, params) in [("plain", plain), ("copiers", copiers), ("numeric", numeric)] {
        let data = generate(&params);
        assert!(
            data.claims_csv == committed(&format!("{name}.claims.csv")),
            "{name}: claims differ"
        );
        assert!(
            data.truth_csv == committed(&format!("{name}.truth.csv")),
            "{name}: truth differs"
        );
    }
}
