//! Quantity expressions: a numeral with its bound cue, its unit, or a
//! second numeral that makes a range; and the filters that keep years,
//! dates, ranks, references and identifiers out.

use super::amount::Amount;
use super::numeral::{
    Kind, Lexicon, Numeral, char_at, char_before, skip_spaces, word_end, word_end_within,
};
use super::phrase::{match_back, match_fwd};
use super::{Bound, Diagnostic};
use crate::lang::numbers::{Cue, UnitWord};

/// A quantity expression in normalised offsets.
pub(crate) struct Expr {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The number with its currency sign and unit, without the cue.
    pub(crate) value_start: usize,
    pub(crate) value_end: usize,
    pub(crate) lo: Amount,
    pub(crate) hi: Amount,
    pub(crate) bound: Bound,
    /// For a range: whether its ends are strict ("more than 10 and less
    /// than 20", 20から100未満).
    pub(crate) lo_strict: bool,
    pub(crate) hi_strict: bool,
    pub(crate) unit: Option<UnitWord>,
    /// Where the unit after the figure is written, if any.
    pub(crate) unit_at: Option<(usize, usize)>,
    pub(crate) approximate: bool,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

fn cue_bound(c: Cue) -> Bound {
    match c {
        Cue::MoreThan => Bound::MoreThan,
        Cue::AtLeast => Bound::AtLeast,
        Cue::LessThan => Bound::LessThan,
        Cue::AtMost => Bound::AtMost,
        Cue::About => Bound::About,
        Cue::Nearly => Bound::Nearly,
        Cue::Equal => Bound::Exact,
    }
}

fn unit_after(lex: &Lexicon, s: &str, e: usize) -> Option<(UnitWord, usize)> {
    let b = lex.lang.has_word_boundaries();
    let direct = |at: usize| lex.units_after.fwd(s, at, b);
    if let Some(found) = direct(e) {
        return Some(found);
    }
    // A compound adjective: "a 12-cent dividend", "a one-yen bid".
    if b && s.as_bytes().get(e) == Some(&b'-') && char_at(s, e + 1).is_some_and(char::is_alphabetic)
    {
        if let Some(found) = direct(e + 1) {
            return Some(found);
        }
    }
    for c in lex.lang.unit_connectors() {
        if let Some(x) = match_fwd(s, e, c, b) {
            if let Some(found) = direct(x) {
                return Some(found);
            }
        }
    }
    if b {
        // One adjective between a count and its noun: "16 million French
        // citizens", "500 customer records".
        let k = skip_spaces(s, e);
        if k > e && char_at(s, k).is_some_and(char::is_alphabetic) {
            let we = word_end(s, k);
            if we - k > 2 && !lex.is_number_word(&s[k..we]) {
                if let Some((u, x)) = direct(we) {
                    if matches!(
                        u,
                        UnitWord::Persons | UnitWord::Records | UnitWord::Organizations
                    ) {
                        return Some((u, x));
                    }
                }
            }
        }
    }
    None
}

/// The minor part of an amount after its major unit, its end, and whether
/// the numeral `next` was used.
fn minor_amount(
    lex: &Lexicon,
    s: &str,
    end: usize,
    next: Option<&Numeral>,
    explicit: bool,
) -> Option<(Amount, usize, bool)> {
    let b = lex.lang.has_word_boundaries();
    let (units, joins) = lex.lang.minor_units();
    let n = next?;
    let mut at = end;
    let joined = joins.iter().find_map(|w| match_fwd(s, at, w, b));
    if let Some(e) = joined {
        at = e;
    }
    if skip_spaces(s, at) != n.start || n.id_like || n.fraction {
        return None;
    }
    let v = n.value.as_f64();
    if !(0.0..100.0).contains(&v) || v.fract() != 0.0 {
        return None;
    }
    for &(w, p) in units {
        if let Some(e) = match_fwd(s, n.end, w, b) {
            return Some((n.value.scale(-i32::from(p)), e, true));
        }
    }
    // "10 $ 30 $" is two amounts, not 10.30.
    if explicit || lex.units_after.fwd(s, n.end, b).is_some() {
        return None;
    }
    // Without a minor unit, only at the end of a clause ("15 dollars 50.").
    let after = char_at(s, skip_spaces(s, n.end));
    if b && after.is_none_or(|c| !c.is_alphanumeric()) && units.iter().any(|&(_, p)| p == 2) {
        return Some((n.value.scale(-2), n.end, true));
    }
    // Without word boundaries a joined amount that ends the clause:
    // 100ユーロと30です, 100ユーロと30。
    let ends = after.is_none_or(|c| !c.is_alphanumeric())
        || lex
            .lang
            .copulas()
            .iter()
            .any(|w| match_fwd(s, n.end, w, b).is_some());
    if !b && joined.is_some() && ends && units.iter().any(|&(_, p)| p == 2) {
        return Some((n.value.scale(-2), n.end, true));
    }
    None
}

/// A bound cue after the number, unless it starts another comparison
/// ("equal to 5000 or less than 6000": "or less" belongs to "than 6000").
fn cue_after(lex: &Lexicon, s: &str, end: usize) -> Option<(Cue, usize)> {
    let b = lex.lang.has_word_boundaries();
    let (c, e) = lex.cues_after.fwd(s, end, b)?;
    let Some(be) = lex
        .lang
        .after_cue_blockers()
        .iter()
        .find_map(|w| match_fwd(s, e, w, b))
    else {
        return Some((c, e));
    };
    // With no number after it, "than" closes this cue: "200 or greater
    // than".
    let k = skip_spaces(s, be);
    let number_next = char_at(s, k).is_some_and(|c| c.is_ascii_digit())
        || lex.is_number_word(&s[k..word_end_within(s, k, lex.word_limit)]);
    (!number_next).then_some((c, be))
}

/// Whether `n` reads as a section or list number: first on its line
/// (after an optional bullet) and followed by `.`, `)` or a capitalised
/// word ("- 1 Les enjeux", "2. Scope").
fn is_section_number(s: &str, n: &Numeral) -> bool {
    // Walk back over bullets only, so that the cost is bounded by them and
    // not by the length of the line (a hostile line may be megabytes).
    let bullets = s[..n.start]
        .chars()
        .rev()
        .take_while(|c| matches!(c, ' ' | '-' | '*' | '•' | '–' | '·' | '#'))
        .map(char::len_utf8)
        .sum::<usize>();
    let at_line_start = s[..n.start - bullets]
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n');
    if !at_line_start {
        return false;
    }
    match char_at(s, n.end) {
        Some('.') => !s.as_bytes().get(n.end + 1).is_some_and(u8::is_ascii_digit),
        Some(')') => true,
        Some(' ') => {
            let k = skip_spaces(s, n.end);
            char_at(s, k).is_some_and(char::is_uppercase)
        }
        _ => false,
    }
}

/// Letters or `X-` glued before the number: `A320`, `COVID-19`, `SCP-173`.
fn is_identifier(s: &str, n: &Numeral) -> bool {
    let latin = |c: char| (c as u32) < 0x2000 && c.is_alphabetic();
    match char_before(s, n.start) {
        Some(c) if latin(c) => true,
        Some('#' | '№' | '%' | '=' | '/' | '?' | '&' | '@' | '_') => true,
        Some('-') => char_before(s, n.start - 1).is_some_and(latin),
        _ => false,
    }
}

/// The 分 and 厘 (or 半) after a number of 割, in tenths, with its end and
/// how many numerals it used.
fn proportion_tail(s: &str, end: usize, next: &[Numeral]) -> Option<(Amount, usize, usize)> {
    if let Some(e) = match_fwd(s, end, "半", false) {
        return Some((Amount::Dec(5, -1), e, 0));
    }
    let mut total = Amount::ZERO;
    let mut at = end;
    let mut used = 0;
    // 分 is a hundredth, 厘 a thousandth: tenths of 割 and then of 分.
    for (mark, pow) in [("分", -1), ("厘", -2)] {
        let Some(n) = next.get(used) else { break };
        if n.start != at || n.id_like || n.fraction {
            continue;
        }
        let v = n.value.as_f64();
        if !(0.0..10.0).contains(&v) || v.fract() != 0.0 {
            break;
        }
        let Some(e) = match_fwd(s, n.end, mark, false) else {
            continue;
        };
        // 3分の1 is a fraction, not 3 hundredths.
        if char_at(s, e) == Some('の') {
            break;
        }
        total = total.add(n.value.scale(pow));
        at = e;
        used += 1;
    }
    (used > 0).then_some((total, at, used))
}

/// A million-currency code before `at` (`MAUD 60`), with where it starts.
fn mega_before(lex: &Lexicon, s: &str, at: usize) -> Option<(UnitWord, usize)> {
    let j = s[..at].trim_end_matches(' ').len();
    // Four letters at most: the walk back stays short on any input.
    let w = j.checked_sub(4)?;
    let word = s.get(w..j)?;
    if char_before(s, w).is_some_and(char::is_alphanumeric) {
        return None;
    }
    lex.mega_currency(word).map(|u| (u, w))
}

/// A million-currency code after `at` (`30 MUSD`), with where it ends.
fn mega_after(lex: &Lexicon, s: &str, at: usize) -> Option<(UnitWord, usize)> {
    let k = skip_spaces(s, at);
    // Five letters at most: a longer word is no code, however long.
    let e = word_end_within(s, k, 5);
    if e - k != 4 {
        return None;
    }
    lex.mega_currency(&s[k..e]).map(|u| (u, e))
}

/// Builds the quantity expressions over the numerals of `s`.
pub(crate) fn assemble(lex: &Lexicon, s: &str, nums: &[Numeral]) -> Vec<Expr> {
    let b = lex.lang.has_word_boundaries();
    let mut out = Vec::with_capacity(nums.len());
    let mut last_end = 0usize;
    let mut k = 0usize;
    while k < nums.len() {
        let n = &nums[k];
        k += 1;
        if n.id_like || n.start < last_end {
            continue;
        }
        let mut start = n.start;
        let mut unit: Option<UnitWord> = None;
        // A scale apart from the digits: "MUSD 20", "75 USD million".
        let mut extra_scale = 0u8;
        if let Some((u, p)) = lex
            .units_before
            .back(s, n.start, b)
            .filter(|&(_, p)| p >= last_end)
        {
            start = p;
            unit = Some(u);
        } else if let Some((u, p)) = mega_before(lex, s, n.start).filter(|&(_, p)| p >= last_end) {
            start = p;
            unit = Some(u);
            extra_scale = 6;
        }
        let value_start = start;
        let mut cue: Option<Cue> = None;
        if let Some((c, p)) = lex
            .cues_before
            .back(s, start, b)
            .filter(|&(_, p)| p >= last_end)
            // "<>30" and "=>30" are no bounds.
            .filter(|&(_, p)| {
                !char_before(s, p).is_some_and(|c| matches!(c, '<' | '>' | '=' | '!'))
            })
        {
            start = p;
            cue = Some(c);
        }
        if unit.is_none() {
            if lex.not_before.back(s, n.start, b).is_some() || is_identifier(s, n) {
                continue;
            }
            // "12 December", "3 days": a date or a duration. With a bound
            // ("more than thirty years") the count is kept, unit unknown.
            if cue.is_none() && lex.not_after.fwd(s, n.end, b).is_some() {
                continue;
            }
        }
        let mut end = n.end;
        // Where the unit after the figure is written.
        let mut unit_at: Option<(usize, usize)> = None;
        if unit.is_none() {
            if let Some((u, e)) = unit_after(lex, s, end) {
                unit = Some(u);
                unit_at = Some((skip_spaces(s, end), e));
                end = e;
            } else if let Some((u, e)) = mega_after(lex, s, end) {
                unit = Some(u);
                unit_at = Some((skip_spaces(s, end), e));
                end = e;
                extra_scale = 6;
            } else if let Some((p, e)) = (n.scale == 0).then(|| lex.scale_after(s, end)).flatten() {
                // 7 万 円: a spaced scale, then the unit.
                if let Some((u, e2)) = unit_after(lex, s, e) {
                    unit = Some(u);
                    unit_at = Some((skip_spaces(s, e), e2));
                    end = e2;
                    extra_scale = p;
                }
            }
        }
        if n.scale == 0 && extra_scale == 0 && matches!(unit, Some(UnitWord::Currency(_))) {
            // "75 USD million", "$ 48.2 万".
            if let Some((p, e)) = lex.scale_after(s, end) {
                end = e;
                extra_scale = p;
            }
        }
        let scaled = n.value.scale(i32::from(extra_scale));
        let mut lo = scaled;
        let mut hi = scaled;
        let mut range = false;
        let mut diagnostics = n.diagnostics.clone();
        let mut hi_strict = false;
        // Every form needs its middle right after the figure: most
        // figures have none, and are told by one character.
        let middle_next = lex.range_middles.may_follow(s, end);
        let range_forms = lex
            .lang
            .ranges()
            .iter()
            .map(|&(o, m)| (o, m, ""))
            .chain(lex.lang.closed_ranges().iter().map(|&(m, c)| ("", m, c)))
            .filter(|_| middle_next);
        for (opener, middle, closer) in range_forms {
            let op_start = if opener.is_empty() {
                start
            } else {
                if cue.is_some() {
                    continue;
                }
                match match_back(s, start, opener, b).filter(|&p| p >= last_end) {
                    Some(p) => p,
                    None => continue,
                }
            };
            let Some(m_end) = match_fwd(s, end, middle, b) else {
                continue;
            };
            let Some(n2) = nums.get(k) else { continue };
            if n2.id_like || skip_spaces(s, m_end) != n2.start {
                continue;
            }
            // "6 % to 309,381 yen" is no range: both ends share one unit.
            let unit2 = unit_after(lex, s, n2.end).map(|u| u.0);
            if unit.is_some() && unit2.is_some() && unit != unit2 {
                continue;
            }
            let v1 = if n.scale == 0 && extra_scale == 0 && n2.scale > 0 && n.kind != Kind::Words {
                n.unscaled.scale(i32::from(n2.scale))
            } else {
                scaled
            };
            if v1.as_f64() > n2.value.as_f64() {
                continue;
            }
            let (unit2, mut end2) = match unit_after(lex, s, n2.end) {
                Some((u, e)) => (Some(u), e),
                None => (None, n2.end),
            };
            let unit2_at = unit2.map(|_| (skip_spaces(s, n2.end), end2));
            if !closer.is_empty() {
                match match_fwd(s, end2, closer, b) {
                    Some(e) => end2 = e,
                    None => continue,
                }
            }
            lo = v1;
            hi = n2.value;
            range = true;
            start = op_start;
            end = end2;
            unit = unit.or(unit2);
            unit_at = unit2_at.or(unit_at);
            diagnostics.extend(n2.diagnostics.iter().cloned());
            k += 1;
            // A bound on the upper end: 20から100未満, "10 to 20 or less".
            if let Some((c, e)) = cue_after(lex, s, end) {
                if matches!(c, Cue::LessThan | Cue::AtMost) {
                    hi_strict = c == Cue::LessThan;
                    end = e;
                }
            }
            if let Some(e) = lex
                .lang
                .range_closers()
                .iter()
                .find_map(|w| match_fwd(s, end, w, b))
            {
                end = e;
            }
            break;
        }
        // A minor amount after a major one: "3 dollars 50 cents",
        // "15 dollars and 15", "10円5銭".
        // A second one needs its unit: 50元6角3分.
        if let (Some(UnitWord::Currency(_)), false) = (unit, range) {
            // Without word boundaries, a scaled amount takes no minor
            // amount without its unit: 5億円と30 is two figures.
            let mut explicit = !b && (n.scale > 0 || extra_scale > 0);
            for _ in 0..2 {
                let Some((minor, e, used)) = minor_amount(lex, s, end, nums.get(k), explicit)
                else {
                    break;
                };
                lo = lo.add(minor);
                hi = lo;
                end = e;
                if !used {
                    break;
                }
                k += 1;
                explicit = true;
            }
        }
        // Proportions in tenths, hundredths and thousandths: 3割8分7厘 is
        // 38.7 %, 5割半 is 55 %.
        if unit == Some(UnitWord::Tenths) && !range {
            if let Some((part, e, used)) = proportion_tail(s, end, &nums[k..]) {
                lo = lo.add(part);
                hi = lo;
                end = e;
                k += used;
            }
        }
        let mut value_end = end;
        // A bound after the number wins over an approximation before it:
        // "about 500 or more", "約500以上" are at least 500, roughly.
        let mut approximate = matches!(cue, Some(Cue::About | Cue::Nearly));
        if matches!(cue, Some(Cue::About | Cue::Nearly | Cue::Equal)) && !range {
            if let Some((c, e)) = cue_after(lex, s, end) {
                if !matches!(c, Cue::About | Cue::Nearly | Cue::Equal) {
                    cue = Some(c);
                    end = e;
                }
            }
        }
        if cue.is_none() && !range {
            if let Some((c, e)) = cue_after(lex, s, end) {
                // "+" and "plus" must not be an addition ("5 + 3").
                let after = skip_spaces(s, e);
                let word = s[skip_spaces(s, end)..e].to_ascii_lowercase();
                let addition = (word == "+" || word == "plus")
                    && char_at(s, after).is_some_and(|c| c.is_ascii_digit());
                if !addition {
                    cue = Some(c);
                    approximate = matches!(c, Cue::About | Cue::Nearly);
                    end = e;
                    if unit.is_none() {
                        if let Some((u, e2)) = unit_after(lex, s, end) {
                            unit = Some(u);
                            unit_at = Some((skip_spaces(s, end), e2));
                            end = e2;
                            value_end = e2;
                        }
                    }
                }
            }
        }
        // "less than 5000 or equal": the strict bound becomes inclusive.
        if matches!(cue, Some(Cue::MoreThan | Cue::LessThan)) && !range {
            if let Some(e) = lex
                .lang
                .or_equal_words()
                .iter()
                .find_map(|w| match_fwd(s, end, w, b))
                // "more than 5000 or equal to 6000" compares to 6000.
                .filter(|&e| !char_at(s, skip_spaces(s, e)).is_some_and(|c| c.is_ascii_digit()))
            {
                cue = cue.map(|c| {
                    if c == Cue::MoreThan {
                        Cue::AtLeast
                    } else {
                        Cue::AtMost
                    }
                });
                end = e;
            }
        }
        // Filters: what reads as a number but is no quantity.
        // Numerals in hiragana count only with a unit (ろく ドル).
        if n.kind == Kind::Kana && unit.is_none() {
            continue;
        }
        // A fraction is a quantity only with a cue ("more than half",
        // 2分の5以上, 1998分の20000に等しい); alone, `3/4` is too often a
        // date.
        if n.fraction && !range && cue.is_none() {
            continue;
        }
        // A bare four-digit year stays a year after a cue too: "up 30%
        // over 2023", "since before 2020".
        if unit.is_none()
            && !range
            && n.plain_digits == Some(4)
            && (1800.0..=2100.0).contains(&n.value.as_f64())
        {
            continue;
        }
        if unit.is_none() && cue.is_none() && !range {
            if n.lone_one {
                continue;
            }
            if is_section_number(s, n) {
                continue;
            }
            if n.kind == Kind::Kanji && n.end - n.start <= 3 {
                continue;
            }
        }
        if range && unit.is_none() && n.plain_digits == Some(4) {
            let both_years = [lo, hi]
                .iter()
                .all(|v| (1800.0..=2100.0).contains(&v.as_f64()));
            if both_years {
                continue;
            }
        }
        if n.lone_one && unit.is_none() {
            let pronoun = lex
                .lang
                .pronoun_determiners()
                .iter()
                .any(|w| match_back(s, n.start, w, b).is_some());
            if pronoun {
                continue;
            }
        }
        if n.kind == Kind::Kanji
            && cue.is_none()
            && unit.is_none()
            && char_before(s, n.start).is_some_and(super::numeral::is_ideograph)
            && n.end - n.start <= 3
        {
            continue;
        }
        match unit {
            Some(UnitWord::Bytes(p)) => {
                lo = lo.scale(i32::from(p));
                hi = hi.scale(i32::from(p));
            }
            Some(UnitWord::Tenths) => {
                lo = lo.scale(1);
                hi = hi.scale(1);
            }
            _ => {}
        }
        let bound = if range {
            Bound::Range
        } else {
            cue.map_or(Bound::Exact, cue_bound)
        };
        last_end = end;
        out.push(Expr {
            start,
            end,
            // A range's value is the whole range, without an
            // approximation cue before it ("about 20~100").
            // (a range with an opener has no cue before it).
            value_start: if range && cue.is_none() {
                start
            } else {
                value_start
            },
            value_end,
            lo,
            hi,
            bound,
            lo_strict: false,
            hi_strict,
            unit,
            unit_at,
            approximate,
            diagnostics,
        });
    }
    merge_bounds(lex, s, out)
}

/// Joins a lower and an upper bound written one after the other ("more
/// than 10 and less than 20", "au moins 20 et au plus 100") into one
/// range of the two figures.
fn merge_bounds(lex: &Lexicon, s: &str, mut exprs: Vec<Expr>) -> Vec<Expr> {
    let lower = |b: Bound| matches!(b, Bound::MoreThan | Bound::AtLeast);
    let upper = |b: Bound| matches!(b, Bound::LessThan | Bound::AtMost);
    // In place: `exprs[..kept]` are kept, the last of which may take in
    // the next one.
    let mut kept = 0;
    for r in 0..exprs.len() {
        let (done, rest) = exprs.split_at_mut(r);
        let e = &mut rest[0];
        if let Some(prev) = done[..kept].last_mut() {
            let between = s[prev.end..e.start].trim();
            let joined = lex
                .lang
                .bound_conjunctions()
                .iter()
                .any(|c| between.eq_ignore_ascii_case(c));
            let pair =
                (lower(prev.bound) && upper(e.bound)) || (upper(prev.bound) && lower(e.bound));
            let units = prev.unit.is_none() || e.unit.is_none() || prev.unit == e.unit;
            if joined && pair && units {
                let (lo, hi) = if lower(prev.bound) {
                    (prev.lo, e.lo)
                } else {
                    (e.lo, prev.lo)
                };
                let (l0, u0) = if lower(prev.bound) {
                    (prev.bound, e.bound)
                } else {
                    (e.bound, prev.bound)
                };
                let strict = l0 == Bound::MoreThan || u0 == Bound::LessThan;
                // "less than 10, more than 10" is no range: it is empty.
                let ordered = if strict {
                    lo.as_f64() < hi.as_f64()
                } else {
                    lo.as_f64() <= hi.as_f64()
                };
                if ordered {
                    let (l, u) = if lower(prev.bound) {
                        (prev.bound, e.bound)
                    } else {
                        (e.bound, prev.bound)
                    };
                    prev.lo_strict = l == Bound::MoreThan;
                    prev.hi_strict = u == Bound::LessThan;
                    prev.end = lex
                        .lang
                        .range_closers()
                        .iter()
                        .find_map(|w| match_fwd(s, e.end, w, lex.lang.has_word_boundaries()))
                        .unwrap_or(e.end);
                    prev.value_start = prev.start;
                    prev.value_end = prev.end;
                    prev.lo = lo;
                    prev.hi = hi;
                    prev.bound = Bound::Range;
                    prev.unit = prev.unit.or(e.unit);
                    prev.diagnostics.append(&mut e.diagnostics);
                    continue;
                }
            }
        }
        exprs.swap(kept, r);
        kept += 1;
    }
    exprs.truncate(kept);
    exprs
}
