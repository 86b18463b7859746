//! Phrase tables as tries of their characters, so that looking for a cue
//! or a unit next to a number reads the text once instead of trying every
//! phrase of the language that could start there.

use super::numeral::{char_at, char_before, skip_spaces};

/// Phrases with a payload, longest first.
///
/// A look-up walks one trie of the phrases' characters (a second one for
/// their reversed characters, for phrases that end where a number starts)
/// and reads the text once, instead of comparing each phrase that shares a
/// first or last character with it. The answer is the one the phrases
/// tried one by one in the order of `items` would give: the first phrase
/// (the longest, then the earliest in its table) that matches, each
/// character comparing as [`match_fwd`] and [`match_back`] compare it.
pub(crate) struct PhraseSet<T> {
    items: Vec<(&'static str, T)>,
    fwd: Trie,
    back: Trie,
}

/// No phrase ends at this node.
const NONE: u32 = u32::MAX;

/// A trie of phrase characters, as written in the tables (not lowered:
/// a text character matches an edge of its own or of its lower case).
struct Trie {
    nodes: Vec<Node>,
    /// The root's edges for ASCII characters, at hand: every look-up
    /// starts there.
    root_ascii: [u32; 128],
}

struct Node {
    /// Edges by character, sorted; a space is apart.
    edges: Vec<(char, u32)>,
    /// The edge of a space, which matches a run of spaces, or [`NONE`].
    space: u32,
    /// The smallest index into `items` of the phrases that end here, or
    /// [`NONE`].
    item: u32,
    /// Whether the character on the edge into this node is alphanumeric:
    /// where a phrase ends on a letter or digit, it must not be glued to
    /// one (with word boundaries).
    alnum: bool,
}

impl Node {
    /// A node entered by `c`.
    fn new(c: char) -> Node {
        Node {
            edges: Vec::new(),
            space: NONE,
            item: NONE,
            alnum: c.is_alphanumeric(),
        }
    }
}

impl Trie {
    /// The trie of `phrases` read forward, or backward when `reversed`;
    /// a node remembers the first phrase (by index) that ends there.
    fn new(phrases: &[&str], reversed: bool) -> Trie {
        let mut nodes = vec![Node::new(' ')];
        for (index, phrase) in phrases.iter().enumerate() {
            // An empty phrase matches nowhere (it has no first character
            // to be found by).
            if phrase.is_empty() {
                continue;
            }
            let chars: Vec<char> = if reversed {
                phrase.chars().rev().collect()
            } else {
                phrase.chars().collect()
            };
            let mut at = 0usize;
            for c in chars {
                let next = nodes.len() as u32;
                if c == ' ' {
                    if nodes[at].space == NONE {
                        nodes[at].space = next;
                        nodes.push(Node::new(c));
                    }
                    at = nodes[at].space as usize;
                    continue;
                }
                at = match nodes[at].edges.binary_search_by_key(&c, |e| e.0) {
                    Ok(k) => nodes[at].edges[k].1 as usize,
                    Err(k) => {
                        nodes[at].edges.insert(k, (c, next));
                        nodes.push(Node::new(c));
                        next as usize
                    }
                };
            }
            let item = &mut nodes[at].item;
            *item = (*item).min(index as u32);
        }
        let mut root_ascii = [NONE; 128];
        for &(c, next) in &nodes[0].edges {
            if c.is_ascii() {
                root_ascii[c as usize] = next;
            }
        }
        Trie { nodes, root_ascii }
    }

    /// The node of a phrase's first character, found by the lower case of
    /// the text's character only, as an index of first characters would
    /// find it.
    fn first(&self, c: char) -> Option<u32> {
        if c.is_ascii() {
            let next = self.root_ascii[c.to_ascii_lowercase() as usize];
            (next != NONE).then_some(next)
        } else {
            self.child(0, lower(c))
        }
    }

    /// The nodes a text character `c` leads to from `node`: by its lower
    /// case, and by itself when it differs (a table may write a capital).
    fn step(&self, node: u32, c: char) -> (Option<u32>, Option<u32>) {
        let l = lower(c);
        let other = if l == c { None } else { self.child(node, c) };
        match self.child(node, l) {
            Some(next) => (Some(next), other),
            None => (other, None),
        }
    }

    fn child(&self, node: u32, c: char) -> Option<u32> {
        let edges = &self.nodes[node as usize].edges;
        if edges.len() <= 8 {
            edges.iter().find(|e| e.0 == c).map(|e| e.1)
        } else {
            edges
                .binary_search_by_key(&c, |e| e.0)
                .ok()
                .map(|k| edges[k].1)
        }
    }
}

/// The first characters of a list of phrases: whether one of them may
/// follow a position, as [`match_fwd`] would find it, told by one
/// character.
pub(crate) struct FirstChars(Option<Vec<char>>);

impl FirstChars {
    pub(crate) fn new<'a>(phrases: impl IntoIterator<Item = &'a str>) -> FirstChars {
        // An empty phrase matches anywhere: no filter then.
        FirstChars(phrases.into_iter().map(|p| p.chars().next()).collect())
    }

    /// Whether a phrase of the list may follow `i` (after optional
    /// spaces); `false` only when none does.
    pub(crate) fn may_follow(&self, s: &str, i: usize) -> bool {
        let Some(firsts) = &self.0 else { return true };
        let Some(c) = char_at(s, skip_spaces(s, i)) else {
            return false;
        };
        let l = lower(c);
        firsts.iter().any(|&p| p == c || p == l)
    }
}

/// The lower case of a character of Latin-1 (U+0080 to U+00FF), without
/// the Unicode tables: accented capitals are 0x20 below their small
/// letters, and everything else there lowers to itself (checked against
/// `char::to_lowercase` by a test). French words are full of them.
pub(crate) fn lower_latin1(c: char) -> Option<char> {
    match c {
        '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' => char::from_u32(c as u32 + 0x20),
        '\u{80}'..='\u{FF}' => Some(c),
        _ => None,
    }
}

/// `c` in lower case as the phrase and number tables spell it: one
/// character, without the Unicode case tables for ASCII, Latin-1 and CJK.
pub(crate) fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else if let Some(l) = lower_latin1(c) {
        l
    } else if c >= '\u{3000}' {
        // CJK, kana and what follows have no case (full-width Latin was
        // normalised away), and looking up the case tables costs.
        c
    } else {
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) => x,
            _ => c,
        }
    }
}

fn skip_spaces_back(s: &str, mut j: usize) -> usize {
    let b = s.as_bytes();
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    j
}

/// The best match found so far: the smallest item index, and where the
/// phrase ends (forward) or starts (backward) in the text.
type Best = Option<(u32, usize)>;

fn better(best: &mut Best, item: u32, at: usize) {
    if item != NONE && best.is_none_or(|(b, _)| item < b) {
        *best = Some((item, at));
    }
}

impl<T: Copy> PhraseSet<T> {
    pub(crate) fn new(items: &[(&'static str, T)]) -> PhraseSet<T> {
        let mut items = items.to_vec();
        // Longest first, so that "plus de" wins over "plus".
        items.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
        let phrases: Vec<&str> = items.iter().map(|(w, _)| *w).collect();
        let fwd = Trie::new(&phrases, false);
        let back = Trie::new(&phrases, true);
        PhraseSet { items, fwd, back }
    }

    /// The first phrase that follows `i` (after optional spaces), with
    /// where it ends.
    pub(crate) fn fwd(&self, s: &str, i: usize, boundaries: bool) -> Option<(T, usize)> {
        let j = skip_spaces(s, i);
        let c = char_at(s, j)?;
        let node = self.fwd.first(c)?;
        let mut best = None;
        self.walk_fwd(s, node, j + c.len_utf8(), boundaries, &mut best);
        best.map(|(k, e)| (self.items[k as usize].1, e))
    }

    fn walk_fwd(&self, s: &str, mut node: u32, mut j: usize, boundaries: bool, best: &mut Best) {
        let bytes = s.as_bytes();
        loop {
            let n = &self.fwd.nodes[node as usize];
            if n.item != NONE
                && !(boundaries && n.alnum && char_at(s, j).is_some_and(char::is_alphanumeric))
            {
                better(best, n.item, j);
            }
            // A space in a phrase matches a run of spaces.
            if n.space != NONE {
                let k = skip_spaces(s, j);
                if k > j {
                    self.walk_fwd(s, n.space, k, boundaries, best);
                }
            }
            if n.edges.is_empty() {
                return;
            }
            // Without word boundaries (Japanese), text copied from PDFs may
            // space the characters of a word: パ ーセ ント.
            if !boundaries {
                j = skip_spaces(s, j);
            }
            let Some(&b) = bytes.get(j) else { return };
            let c = if b < 0x80 {
                char::from(b)
            } else {
                let Some(c) = char_at(s, j) else { return };
                c
            };
            let (next, other) = self.fwd.step(node, c);
            j += c.len_utf8();
            if let Some(other) = other {
                self.walk_fwd(s, other, j, boundaries, best);
            }
            let Some(next) = next else { return };
            node = next;
        }
    }

    /// The first phrase that precedes `end` (before optional spaces), with
    /// where it starts.
    pub(crate) fn back(&self, s: &str, end: usize, boundaries: bool) -> Option<(T, usize)> {
        let at = skip_spaces_back(s, end);
        let c = char_before(s, at)?;
        let node = self.back.first(c)?;
        let mut best = None;
        self.walk_back(s, node, at - c.len_utf8(), boundaries, &mut best);
        best.map(|(k, p)| (self.items[k as usize].1, p))
    }

    fn walk_back(&self, s: &str, mut node: u32, mut j: usize, boundaries: bool, best: &mut Best) {
        let bytes = s.as_bytes();
        loop {
            let n = &self.back.nodes[node as usize];
            if n.item != NONE
                && !(boundaries && n.alnum && char_before(s, j).is_some_and(char::is_alphanumeric))
            {
                better(best, n.item, j);
            }
            if n.space != NONE {
                let k = skip_spaces_back(s, j);
                if k < j {
                    self.walk_back(s, n.space, k, boundaries, best);
                }
            }
            if n.edges.is_empty() || j == 0 {
                return;
            }
            let b = bytes[j - 1];
            let c = if b < 0x80 {
                char::from(b)
            } else {
                let Some(c) = char_before(s, j) else { return };
                c
            };
            let (next, other) = self.back.step(node, c);
            j -= c.len_utf8();
            if let Some(other) = other {
                self.walk_back(s, other, j, boundaries, best);
            }
            let Some(next) = next else { return };
            node = next;
        }
    }
}

fn eq_ci(text: char, table: char) -> bool {
    text == table || lower(text) == table
}

/// Where `phrase` ends when it follows `i` (after optional spaces); a
/// space in the phrase matches any run of spaces.
pub(crate) fn match_fwd(s: &str, i: usize, phrase: &str, boundaries: bool) -> Option<usize> {
    let mut j = skip_spaces(s, i);
    for p in phrase.chars() {
        if p == ' ' {
            let k = skip_spaces(s, j);
            if k == j {
                return None;
            }
            j = k;
            continue;
        }
        // Without word boundaries (Japanese), text copied from PDFs may
        // space the characters of a word: パ ーセ ント.
        if !boundaries && j > i {
            j = skip_spaces(s, j);
        }
        let c = char_at(s, j)?;
        if !eq_ci(c, p) {
            return None;
        }
        j += c.len_utf8();
    }
    let last_alnum = phrase
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    if boundaries && last_alnum && char_at(s, j).is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(j)
}

/// Where `phrase` starts when it precedes `end` (before optional spaces).
pub(crate) fn match_back(s: &str, end: usize, phrase: &str, boundaries: bool) -> Option<usize> {
    match_back_from(s, skip_spaces_back(s, end), phrase, boundaries)
}

/// [`match_back`] from `j`, where the spaces before `end` are skipped.
fn match_back_from(s: &str, mut j: usize, phrase: &str, boundaries: bool) -> Option<usize> {
    for p in phrase.chars().rev() {
        if p == ' ' {
            let k = skip_spaces_back(s, j);
            if k == j {
                return None;
            }
            j = k;
            continue;
        }
        let c = char_before(s, j)?;
        if !eq_ci(c, p) {
            return None;
        }
        j -= c.len_utf8();
    }
    let first_alnum = phrase.chars().next().is_some_and(char::is_alphanumeric);
    if boundaries && first_alnum && char_before(s, j).is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(j)
}

#[cfg(test)]
mod tests {
    use super::lower_latin1;

    #[test]
    fn latin1_lowers_as_unicode_does() {
        for c in '\u{80}'..='\u{FF}' {
            let mut l = c.to_lowercase();
            let want = l.next();
            assert_eq!(l.next(), None, "{c:?}");
            assert_eq!(lower_latin1(c), want, "{c:?}");
        }
    }
}
