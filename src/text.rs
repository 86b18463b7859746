//! Small text helpers shared by the model.

use unicode_normalization::UnicodeNormalization;

/// Folds a name for comparison: NFKC, lower case, typographic apostrophes
/// to `'`, and runs of white space (including no-break spaces) to one space.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfkc().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FF07}' => '\'',
            c => c,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn fold_table() {
        for (input, expected) in [
            (
                "ministère de l\u{2019}Intérieur",
                "ministère de l'intérieur",
            ),
            ("  Place\u{a0}\u{a0}Beauvau ", "place beauvau"),
            ("ＴＡＪ", "taj"),
            ("", ""),
        ] {
            assert_eq!(fold(input), expected, "{input:?}");
        }
    }
}
