//! Quantiles of the chi-square distribution, for CATD's confidence bounds.
//!
//! CATD weighs a source by the lower end of a confidence interval on its
//! error variance, which needs `χ²(p, k)`: the `p` quantile of the
//! chi-square distribution with `k` degrees of freedom. Exact forms are
//! used where they exist (`k = 1`: the square of a normal quantile;
//! `k = 2`: `-2 ln(1 - p)`); otherwise the Wilson–Hilferty approximation
//! `k (1 - 2/(9k) + z_p √(2/(9k)))³`. At `p = 0.025` its relative error is
//! about 16% at `k = 3`, 4% at `k = 5` and below 1% from `k = 15` (the
//! tests hold it to table values): the bound only orders sources by how
//! much evidence they have, so this is plenty for a weight. The normal quantile
//! `z_p` is Acklam's rational approximation (relative error < 1.2e-9).

/// The `p` quantile of the chi-square distribution with `k` degrees of
/// freedom (`0 < p < 1`, `k > 0`); 0 outside that domain, never negative.
///
/// ```
/// use corroborate::truth::chi_square_quantile;
///
/// let table = [(0.025, 1.0, 0.000982), (0.025, 10.0, 3.247), (0.975, 10.0, 20.48), (0.025, 100.0, 74.22)];
/// for (p, k, expected) in table {
///     let q = chi_square_quantile(p, k);
///     assert!((q - expected).abs() / expected < 0.02, "χ²({p}, {k}) = {q}");
/// }
/// ```
pub fn chi_square_quantile(p: f64, k: f64) -> f64 {
    if !(p > 0.0 && p < 1.0 && k > 0.0 && k.is_finite()) {
        return 0.0;
    }
    if k == 1.0 {
        let z = normal_quantile(0.5 + p / 2.0);
        return z * z;
    }
    if k == 2.0 {
        return -2.0 * (-p).ln_1p();
    }
    let h = 2.0 / (9.0 * k);
    let t = 1.0 - h + normal_quantile(p) * h.sqrt();
    (k * t * t * t).max(0.0)
}

/// The `p` quantile of the standard normal distribution (Acklam).
pub(crate) fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969683028665376e+01,
        2.209460984245205e+02,
        -2.759285104469687e+02,
        1.38357751867269e+02,
        -3.066479806614716e+01,
        2.506628277459239e+00,
    ];
    const B: [f64; 5] = [
        -5.447609879822406e+01,
        1.615858368580409e+02,
        -1.556989798598866e+02,
        6.680131188771972e+01,
        -1.328068155288572e+01,
    ];
    const C: [f64; 6] = [
        -7.784894002430293e-03,
        -3.223964580411365e-01,
        -2.400758277161838e+00,
        -2.549732539343734e+00,
        4.374664141464968e+00,
        2.938163982698783e+00,
    ];
    const D: [f64; 4] = [
        7.784695709041462e-03,
        3.224671290700398e-01,
        2.445134137142996e+00,
        3.754408661907416e+00,
    ];
    const LOW: f64 = 0.02425;
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < LOW {
        tail((-2.0 * p.ln()).sqrt())
    } else if p <= 1.0 - LOW {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        -tail((-2.0 * (-p).ln_1p()).sqrt())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_quantiles() {
        let table = [
            (0.5, 0.0),
            (0.975, 1.959964),
            (0.025, -1.959964),
            (0.841345, 1.0),
            (0.001, -3.090232),
        ];
        for (p, z) in table {
            assert!((normal_quantile(p) - z).abs() < 1e-5, "z({p})");
        }
    }

    #[test]
    fn chi_square_quantiles_against_tables() {
        // Values from standard chi-square tables.
        // (p, k, table value, allowed relative error)
        let table = [
            (0.025, 1.0, 0.000982, 0.001),
            (0.025, 2.0, 0.0506, 0.001),
            (0.025, 3.0, 0.2158, 0.17),
            (0.025, 5.0, 0.8312, 0.05),
            (0.025, 15.0, 6.262, 0.01),
            (0.05, 20.0, 10.851, 0.01),
            (0.95, 4.0, 9.488, 0.01),
            (0.975, 30.0, 46.979, 0.01),
        ];
        for (p, k, expected, err) in table {
            let q = chi_square_quantile(p, k);
            assert!(
                (q - expected).abs() / expected < err,
                "χ²({p}, {k}) = {q}, expected {expected}"
            );
        }
    }

    #[test]
    fn out_of_domain_is_zero() {
        for (p, k) in [
            (0.0, 3.0),
            (1.0, 3.0),
            (0.5, 0.0),
            (f64::NAN, 2.0),
            (0.5, f64::INFINITY),
        ] {
            assert_eq!(chi_square_quantile(p, k), 0.0);
        }
    }
}
