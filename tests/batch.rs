//! `Extractor::extract_all` gives exactly what extracting each document in
//! turn gives, in the slice's order. Run with and without `--features rayon`:
//! with it, the same check also runs on one- and two-thread pools.

use corroborate::{Claim, Document, Extractor};

/// The bundled corpus, cycled to `copies` rounds, each copy renamed so that
/// sources differ from round to round.
fn documents(copies: usize) -> Vec<Document> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/corpus/fr-interior-2025"
    );
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the bundled corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    assert!(files.len() >= 9, "the corpus has its nine articles");
    let mut docs = Vec::new();
    for round in 0..copies {
        for path in &files {
            let bytes = std::fs::read(path).expect("readable");
            let name = format!("{round}-{}", path.file_name().unwrap().to_string_lossy());
            docs.push(Document::parse(&name, &bytes).expect("corpus parses"));
        }
    }
    docs
}

fn sequential(extractor: &Extractor, docs: &[Document]) -> Vec<Vec<Claim>> {
    docs.iter().map(|d| extractor.extract(d)).collect()
}

#[test]
fn batch_equals_one_by_one_in_order() {
    let docs = documents(3);
    let extractor = Extractor::new();
    let expected = sequential(&extractor, &docs);
    assert!(
        expected.iter().map(Vec::len).sum::<usize>() > 50,
        "the corpus yields claims, so the comparison means something"
    );
    assert_eq!(extractor.extract_all(&docs), expected);
}

#[test]
fn batch_of_documents_without_claims() {
    let extractor = Extractor::new();
    let docs = [
        Document::new(
            corroborate::Source::new("empty", corroborate::PartyKind::Media),
            "",
        ),
        Document::new(
            corroborate::Source::new("weather", corroborate::PartyKind::Media),
            "It rained in Lyon on Tuesday.",
        ),
    ];
    let all = extractor.extract_all(&docs);
    assert_eq!(all.len(), 2);
    assert_eq!(all, sequential(&extractor, &docs));
}

#[cfg(feature = "rayon")]
#[test]
fn parallel_output_does_not_depend_on_thread_count() {
    let docs = documents(4);
    let extractor = Extractor::new();
    let expected = sequential(&extractor, &docs);
    for threads in [1, 2, 3] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        let got = pool.install(|| extractor.extract_all(&docs));
        assert_eq!(got, expected, "{threads} thread(s)");
    }
}
