/**
 * Summaries across replicate runs: the mean of per-seed values and a t-based 95% confidence
 * interval for it. Sums run in the order given (seed order), so equal inputs give equal bits.
 */

/** A mean over seeds with its 95% confidence interval; `sd`, `low` and `high` are NaN for one seed. */
export interface Interval {
  /** Number of seeds. */
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n - 1 in the denominator). */
  readonly sd: number;
  readonly low: number;
  readonly high: number;
}

/** Paired differences (scenario minus baseline, seed by seed) and how often the scenario came out ahead. */
export interface PairedSummary extends Interval {
  /** Seeds where the difference points the better way, strictly. */
  readonly wins: number;
}

/** Whether a metric is better when it rises or when it falls. */
export type Better = 'higher' | 'lower';

/** Arithmetic mean in the order given; NaN for no values. */
export function meanOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length > 0 ? sum / values.length : NaN;
}

/** Sample standard deviation (two passes, for accuracy); NaN below two values. */
export function sdOf(values: readonly number[], mean = meanOf(values)): number {
  if (values.length < 2) return NaN;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return Math.sqrt(ss / (values.length - 1));
}

/** The mean of `values` and its 95% interval, mean +- t(0.975, n-1) * sd / sqrt(n). */
export function intervalOf(values: readonly number[]): Interval {
  const n = values.length;
  const mean = meanOf(values);
  const sd = sdOf(values, mean);
  if (n < 2) return { n, mean, sd, low: NaN, high: NaN };
  // With identical values the half-width is exactly zero, not a rounding residue.
  const half = sd === 0 ? 0 : studentTQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, low: mean - half, high: mean + half };
}

/** Paired summary of `scenario[k] - baseline[k]` over seeds in the same order. */
export function pairedSummary(scenario: readonly number[], baseline: readonly number[], better: Better): PairedSummary {
  if (scenario.length !== baseline.length) throw new Error('paired values must come in equal numbers');
  const diffs = scenario.map((v, k) => v - baseline[k]);
  const wins = diffs.filter((d) => (better === 'higher' ? d > 0 : d < 0)).length;
  return { ...intervalOf(diffs), wins };
}

/** Quantile `p` of Student's t distribution with `df` degrees of freedom (0.5 < p < 1). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0.5 && p < 1) || !(df > 0)) throw new Error(`t quantile needs 0.5 < p < 1 and df > 0, got p=${p}, df=${df}`);
  // Bisection on the CDF: slower than a series but exact to the last bit and easy to trust.
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let k = 0; k < 200 && hi - lo > 1e-15 * hi; k++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** P(T <= t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The regularized incomplete beta function I_x(a, b). */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges fast only on this side of the mean; use symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    for (const num of [(m * (b - m) * x) / ((a + m2 - 1) * (a + m2)), (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))]) {
      d = 1 + num * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + num / c;
      if (Math.abs(c) < tiny) c = tiny;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-16) break;
  }
  return h;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Natural log of the gamma function for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let k = 1; k < 9; k++) sum += LANCZOS[k] / (z + k);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
