//! Hostile files given to `Document::parse`: each is read or refused with
//! an error naming the file and the place, never a panic. A table of
//! input → outcome.

use corroborate::{Document, ErrorKind, Extractor};

#[test]
fn undecodable_bytes_are_refused_at_the_first_bad_byte() {
    for (bytes, message, offset) in [
        (&b"\xff"[..], "feed.txt: invalid UTF-8 at byte 0", 0),
        (
            &b"Indra \xff\xfe says"[..],
            "feed.txt: invalid UTF-8 at byte 6",
            6,
        ),
        // A multi-byte character cut at the end of the file.
        (&b"minist\xc3"[..], "feed.txt: invalid UTF-8 at byte 6", 6),
        // A lone continuation byte.
        (&b"ab\x80cd"[..], "feed.txt: invalid UTF-8 at byte 2", 2),
        // Latin-1 text, as some old feeds are.
        (&b"minist\xe8re"[..], "feed.txt: invalid UTF-8 at byte 6", 6),
        // UTF-16 with its byte-order mark.
        (
            &b"\xff\xfeI\x00"[..],
            "feed.txt: invalid UTF-8 at byte 0",
            0,
        ),
    ] {
        let err = Document::parse("feed.txt", bytes).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Document, "{bytes:?}");
        assert_eq!(err.to_string(), message, "{bytes:?}");
        assert_eq!(err.offset(), Some(offset), "{bytes:?}");
    }
}

#[test]
fn degenerate_files_are_read_and_give_no_claims() {
    let x = Extractor::new();
    for (bytes, body) in [
        (&b""[..], ""),
        (&b"\xef\xbb\xbf"[..], ""),
        (&b"---\n---\n"[..], ""),
        (&b"---\r\n---\r\n"[..], ""),
        (&b"\x00\x00\x00"[..], "\u{0}\u{0}\u{0}"),
        ("\u{FFFD}\u{FFFD}".as_bytes(), "\u{FFFD}\u{FFFD}"),
        (
            &b"<html><body></body></html>"[..],
            "<html><body></body></html>",
        ),
    ] {
        let doc = Document::parse("x.md", bytes).unwrap_or_else(|e| panic!("{bytes:?}: {e}"));
        assert_eq!(doc.body(), body.trim_start_matches('\u{feff}'), "{bytes:?}");
        assert!(x.extract(&doc).is_empty(), "{bytes:?}");
        assert!(x.try_extract(&doc).unwrap().is_empty(), "{bytes:?}");
    }
}
