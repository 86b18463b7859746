//! Exact decimal arithmetic for numerals, falling back to `f64` only when
//! the value does not fit, so that 16,444,373 stays an integer and
//! 4,5 millions is exactly 4500000.

use crate::Number;

/// `mantissa × 10^exponent`, or a float once that overflows `i128`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Amount {
    Dec(i128, i32),
    Float(f64),
}

fn pow10(e: u32) -> Option<i128> {
    10i128.checked_pow(e)
}

impl Amount {
    pub(crate) const ZERO: Amount = Amount::Dec(0, 0);

    pub(crate) fn int(n: i128) -> Amount {
        Amount::Dec(n, 0)
    }

    pub(crate) fn as_f64(self) -> f64 {
        match self {
            // Exact fast path (Clinger's): a mantissa below 2^53 and a power
            // of ten up to 10^22 are both exact in an `f64`, so one
            // multiplication or division rounds once, correctly, to the
            // same value as parsing the decimal. It runs for most numerals
            // of a text; formatting and parsing cost a hundred times more.
            Amount::Dec(m, e) if m.unsigned_abs() < 1 << 53 && (-22..=22).contains(&e) => {
                const POW10: [f64; 23] = [
                    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
                    1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
                ];
                let p = POW10[e.unsigned_abs() as usize];
                if e >= 0 { m as f64 * p } else { m as f64 / p }
            }
            Amount::Dec(m, e) => format!("{m}e{e}").parse().unwrap_or(f64::INFINITY),
            Amount::Float(f) => f,
        }
    }

    /// Multiplies by 10^pow.
    pub(crate) fn scale(self, pow: i32) -> Amount {
        match self {
            Amount::Dec(m, e) => match e.checked_add(pow) {
                Some(e) if e.abs() <= 400 => Amount::Dec(m, e),
                _ => Amount::Float(self.as_f64() * 10f64.powi(pow)),
            },
            Amount::Float(f) => Amount::Float(f * 10f64.powi(pow)),
        }
    }

    pub(crate) fn neg(self) -> Amount {
        match self {
            Amount::Dec(m, e) => Amount::Dec(-m, e),
            Amount::Float(f) => Amount::Float(-f),
        }
    }

    pub(crate) fn mul_int(self, k: i128) -> Amount {
        match self {
            Amount::Dec(m, e) => match m.checked_mul(k) {
                Some(m) => Amount::Dec(m, e),
                None => Amount::Float(self.as_f64() * k as f64),
            },
            Amount::Float(f) => Amount::Float(f * k as f64),
        }
    }

    pub(crate) fn add(self, other: Amount) -> Amount {
        if let (Amount::Dec(m1, e1), Amount::Dec(m2, e2)) = (self, other) {
            let e = e1.min(e2);
            let a = pow10((e1 - e) as u32).and_then(|p| m1.checked_mul(p));
            let b = pow10((e2 - e) as u32).and_then(|p| m2.checked_mul(p));
            if let Some(sum) = a.zip(b).and_then(|(a, b)| a.checked_add(b)) {
                return Amount::Dec(sum, e);
            }
        }
        Amount::Float(self.as_f64() + other.as_f64())
    }

    /// The value as a model [`Number`]: an exact integer when it is whole
    /// and fits an `i64`, else the nearest finite `f64`; `None` when even
    /// that overflows.
    pub(crate) fn to_number(self) -> Option<Number> {
        if let Amount::Dec(m, e) = self {
            let whole = if e >= 0 {
                pow10(e as u32).and_then(|p| m.checked_mul(p))
            } else {
                pow10(e.unsigned_abs())
                    .filter(|p| m % p == 0)
                    .map(|p| m / p)
                    .or(if m == 0 { Some(0) } else { None })
            };
            if let Some(i) = whole.and_then(|w| i64::try_from(w).ok()) {
                return Some(Number::from(i));
            }
        }
        Number::try_from(self.as_f64()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::Amount;
    use crate::Number;

    /// The fast path of `as_f64` gives what parsing the decimal gives.
    #[test]
    fn as_f64_matches_parsing() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for i in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let m = (state >> (i % 64)) as i128 * if i % 3 == 0 { -1 } else { 1 };
            let e: i32 = i % 49 - 24;
            let parsed: f64 = format!("{m}e{e}").parse().unwrap();
            assert_eq!(
                Amount::Dec(m, e).as_f64().to_bits(),
                parsed.to_bits(),
                "{m}e{e}"
            );
        }
        for (m, e) in [
            (0, -3),
            (1, 22),
            (1, -22),
            ((1 << 53) - 1, 22),
            (-(1 << 53) + 1, -22),
        ] {
            let parsed: f64 = format!("{m}e{e}").parse().unwrap();
            assert_eq!(
                Amount::Dec(m, e).as_f64().to_bits(),
                parsed.to_bits(),
                "{m}e{e}"
            );
        }
    }

    #[test]
    fn exact_where_possible() {
        let cases: &[(Amount, Option<Number>)] = &[
            (Amount::Dec(45, -1).scale(6), Some(Number::from(4_500_000))),
            (Amount::Dec(16_444_373, 0), Some(Number::from(16_444_373))),
            (Amount::Dec(25, -1), Some(Number::try_from(2.5).unwrap())),
            (
                Amount::Dec(999_999_999_999, 0).scale(9),
                Some(Number::try_from(999_999_999_999e9).unwrap()),
            ),
            (Amount::Dec(1, 0).scale(400), None),
            (Amount::Dec(0, -3), Some(Number::from(0))),
        ];
        for (amount, expected) in cases {
            assert_eq!(amount.to_number(), *expected, "{amount:?}");
        }
        assert_eq!(
            Amount::int(1644)
                .scale(4)
                .add(Amount::int(4373))
                .to_number(),
            Some(Number::from(16_444_373))
        );
    }
}
