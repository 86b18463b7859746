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
