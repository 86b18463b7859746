//! Extraction of many documents at once.
//!
//! [`Extractor::extract_all`] extracts each document of a slice and returns
//! the claims in the order of the slice. Without the `rayon` feature it is a
//! plain loop; with it, the documents are shared among the threads of the
//! current rayon pool (the global one, or the one installed with
//! `ThreadPool::install`). Each document is extracted independently by the
//! same `&Extractor`, which holds no mutable state, and rayon's indexed
//! `collect` keeps the slice's order, so the output is identical either way.

use crate::{Claim, Document, Extractor};

impl Extractor {
    /// The claims of each document, in the order of `documents`:
    /// `extract_all(docs)[i] == extract(&docs[i])`.
    ///
    /// With the crate's `rayon` feature, documents are extracted in parallel
    /// on the current rayon thread pool; the output does not depend on the
    /// number of threads.
    ///
    /// ```
    /// use corroborate::{Document, Extractor, Language, PartyKind, Source};
    ///
    /// let docs: Vec<Document> = [
    ///     "The French Interior Ministry confirmed that an attacker accessed some files.",
    ///     "Le ministère de l'Intérieur a détecté une intrusion.",
    /// ]
    /// .iter()
    /// .enumerate()
    /// .map(|(i, text)| Document::new(Source::new(format!("doc-{i}"), PartyKind::Media), *text))
    /// .collect();
    /// let extractor = Extractor::new();
    /// let all = extractor.extract_all(&docs);
    /// assert_eq!(all.len(), 2);
    /// assert_eq!(all[0], extractor.extract(&docs[0]));
    /// assert_eq!(all[1], extractor.extract(&docs[1]));
    /// ```
    pub fn extract_all(&self, documents: &[Document]) -> Vec<Vec<Claim>> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            documents.par_iter().map(|d| self.extract(d)).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            documents.iter().map(|d| self.extract(d)).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn extractor_can_be_shared_between_threads() {
        assert_send_sync::<Extractor>();
        assert_send_sync::<Document>();
        assert_send_sync::<Claim>();
    }

    #[test]
    fn empty_slice_gives_no_claims() {
        assert!(Extractor::new().extract_all(&[]).is_empty());
    }
}
