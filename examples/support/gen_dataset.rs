//! A port of the shared `truth/gen_dataset.py` (SplitMix64 stream, same
//! draws in the same order), so that benches and examples can make the same
//! synthetic claims without Python. `tests/truth_generator.rs` checks that
//! the bytes equal the Python script's output.
//!
//! Included with `#[path]` by `examples/truth_accuracy.rs` and
//! `benches/truth.rs`; not an example of its own.

#![allow(dead_code)]

/// The generator's parameters, with the script's defaults.
#[derive(Clone, Debug)]
pub struct Params {
    pub claims: usize,
    pub sources: usize,
    pub per_object: usize,
    pub domain: u64,
    pub acc_min: f64,
    pub acc_max: f64,
    pub zipf: f64,
    pub false_skew: f64,
    pub copiers: usize,
    pub copy_prob: f64,
    pub numeric: bool,
    pub numeric_scale: f64,
    pub seed: u64,
}

impl Params {
    pub fn new(claims: usize, seed: u64) -> Params {
        Params {
            claims,
            sources: 50,
            per_object: 8,
            domain: 5,
            acc_min: 0.3,
            acc_max: 0.95,
            zipf: 0.8,
            false_skew: 1.0,
            copiers: 0,
            copy_prob: 0.8,
            numeric: false,
            numeric_scale: 0.5,
            seed,
        }
    }
}

struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    fn below(&mut self, n: u64) -> u64 {
        let lim = (u64::MAX - (u64::MAX % n + 1) % n).wrapping_add(1);
        // lim = 2^64 - (2^64 mod n); 0 stands for 2^64 (every draw accepted).
        loop {
            let x = self.next_u64();
            if lim == 0 || x < lim {
                return x % n;
            }
        }
    }

    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.next_f64()
    }

    fn normal(&mut self) -> f64 {
        let u1 = 1.0 - self.next_f64();
        let u2 = self.next_f64();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }
}

fn weighted_index(rng: &mut SplitMix64, cum: &[f64], total: f64) -> usize {
    let r = rng.next_f64() * total;
    let (mut lo, mut hi) = (0, cum.len() - 1);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if r < cum[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

fn cumulative(weights: impl Iterator<Item = f64>) -> (Vec<f64>, f64) {
    let mut run = 0.0;
    let cum: Vec<f64> = weights
        .map(|w| {
            run += w;
            run
        })
        .collect();
    (cum, run)
}

/// The generated data: the claims CSV (header included, rows sorted by
/// object then source, as the script writes them) and the truth CSV.
pub struct Generated {
    pub claims_csv: String,
    pub truth_csv: String,
}

pub fn generate(p: &Params) -> Generated {
    let (s_count, n, k, d) = (p.sources, p.claims, p.per_object, p.domain);
    assert!(k <= s_count && p.copiers < s_count && (p.numeric || d >= 2));
    let mut rng = SplitMix64 { state: p.seed };
    let acc: Vec<f64> = (0..s_count)
        .map(|_| rng.uniform(p.acc_min, p.acc_max))
        .collect();
    let n_indep = s_count - p.copiers;
    let mut parent = vec![usize::MAX; s_count];
    for slot in parent.iter_mut().skip(n_indep) {
        *slot = rng.below(n_indep as u64) as usize;
    }
    let (cum, total) = cumulative((0..s_count).map(|i| 1.0 / ((i + 1) as f64).powf(p.zipf)));
    let (fcum, ftotal) = if p.numeric {
        (Vec::new(), 0.0)
    } else {
        cumulative((0..d - 1).map(|j| 1.0 / ((j + 1) as f64).powf(p.false_skew)))
    };
    let objects = n.div_ceil(k);
    let mut rows: Vec<(String, usize, String)> = Vec::with_capacity(n);
    let mut truth_csv = String::from("object,value\n");
    let mut val_of: Vec<Option<String>> = vec![None; s_count];
    let mut chosen: Vec<usize> = Vec::with_capacity(k);
    for o in 0..objects {
        let oname = format!("o{o:06}");
        let kk = if o < objects - 1 {
            k
        } else {
            n - (objects - 1) * k
        };
        let (t, rot) = if p.numeric {
            (rng.uniform(1e3, 1e6).round_ties_even() as i64, 0)
        } else {
            (rng.below(d) as i64, rng.below(d - 1) as i64)
        };
        truth_csv.push_str(&format!("{oname},{t}\n"));
        chosen.clear();
        while chosen.len() < kk {
            let i = weighted_index(&mut rng, &cum, total);
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        chosen.sort_unstable();
        for &i in &chosen {
            let parent_value = match parent[i] {
                usize::MAX => None,
                p => val_of[p].clone(),
            };
            if let Some(v) = parent_value {
                if rng.next_f64() < p.copy_prob {
                    val_of[i] = Some(v);
                    continue;
                }
            }
            let correct = rng.next_f64() < acc[i];
            let v = if p.numeric {
                let sigma = (1.0 - acc[i]) * p.numeric_scale;
                let e = rng.normal() * sigma;
                if correct {
                    t
                } else {
                    (t as f64 * (1.0 + e)).round_ties_even() as i64
                }
            } else if correct {
                t
            } else {
                let j = weighted_index(&mut rng, &fcum, ftotal) as i64;
                let j = (j + rot) % (d as i64 - 1);
                if j < t { j } else { j + 1 }
            };
            val_of[i] = Some(v.to_string());
        }
        // `take` also clears the values, which are per object: a parent
        // that did not claim this object must not look as if it had.
        for &i in &chosen {
            rows.push((oname.clone(), i, val_of[i].take().unwrap_or_default()));
        }
    }
    // The script sorts rows by (object name, source name) as strings.
    let src_names: Vec<String> = (0..s_count).map(|i| format!("s{i:04}")).collect();
    rows.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| src_names[a.1].cmp(&src_names[b.1]))
    });
    let mut claims_csv = String::with_capacity(n * 20 + 32);
    claims_csv.push_str("source,object,value\n");
    for (o, s, v) in &rows {
        claims_csv.push_str(&src_names[*s]);
        claims_csv.push(',');
        claims_csv.push_str(o);
        claims_csv.push(',');
        claims_csv.push_str(v);
        claims_csv.push('\n');
    }
    Generated {
        claims_csv,
        truth_csv,
    }
}
