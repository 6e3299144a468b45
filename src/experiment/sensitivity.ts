/**
 * Sensitivity indices from a design's responses: Morris elementary effects (mu, mu*, sigma) and
 * Sobol first-order and total indices with the Saltelli (2010) and Jansen (1999) estimators and
 * bootstrap percentile intervals. Responses are one number per design point, in point order.
 */
import { type Trajectory, uniformStream } from './designs.js';

/** Morris statistics of one factor. */
export interface MorrisIndex {
  /** Mean elementary effect, response units per unit of the factor's [0, 1] scale. */
  readonly mu: number;
  /** Mean absolute elementary effect: the factor's overall importance. */
  readonly muStar: number;
  /** Standard deviation of the effects (n - 1): non-linearity or interaction. */
  readonly sigma: number;
}

/** Morris mu, mu* and sigma of each factor from the responses at the trajectories' points. */
export function morrisIndices(
  unit: readonly (readonly number[])[],
  trajectories: readonly Trajectory[],
  y: readonly number[],
): MorrisIndex[] {
  const dims = unit[0]?.length ?? 0;
  const effects: number[][] = Array.from({ length: dims }, () => []);
  for (const t of trajectories) {
    t.order.forEach((d, s) => {
      const from = t.first + s;
      const step = unit[from + 1][d] - unit[from][d];
      effects[d].push((y[from + 1] - y[from]) / step);
    });
  }
  return effects.map((ee) => {
    const mu = mean(ee);
    const muStar = mean(ee.map(Math.abs));
    const sigma = ee.length > 1 ? Math.sqrt(ee.reduce((s, e) => s + (e - mu) ** 2, 0) / (ee.length - 1)) : Number.NaN;
    return { mu, muStar, sigma };
  });
}

/** An estimate with its bootstrap percentile interval. */
export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** Sobol indices of one factor: first-order S1 and total ST, fractions of the response's variance. */
export interface SobolIndex {
  readonly first: Estimate;
  readonly total: Estimate;
}

function mean(v: readonly number[]): number {
  let s = 0;
  for (const x of v) s += x;
  return v.length > 0 ? s / v.length : Number.NaN;
}

/** S1 and ST of every factor for the resampled rows `rows` of the Saltelli blocks. */
function sobolOnce(y: readonly number[], samples: number, dims: number, rows: readonly number[]): { s1: number[]; st: number[] } {
  const yA = (j: number) => y[j];
  const yB = (j: number) => y[samples + j];
  const yAB = (i: number, j: number) => y[(2 + i) * samples + j];
  // Variance over A and B together (2N values), as Saltelli et al. (2010) recommend.
  let sum = 0;
  for (const j of rows) sum += yA(j) + yB(j);
  const f0 = sum / (2 * rows.length);
  let v = 0;
  for (const j of rows) v += (yA(j) - f0) ** 2 + (yB(j) - f0) ** 2;
  v /= 2 * rows.length;
  const s1: number[] = [];
  const st: number[] = [];
  for (let i = 0; i < dims; i++) {
    let first = 0;
    let total = 0;
    for (const j of rows) {
      first += yB(j) * (yAB(i, j) - yA(j));
      total += (yA(j) - yAB(i, j)) ** 2;
    }
    s1.push(first / rows.length / v);
    st.push(total / (2 * rows.length) / v);
  }
  return { s1, st };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Sobol S1 (Saltelli 2010) and ST (Jansen 1999) of each of `dims` factors from responses in the
 * Saltelli layout (A, B, A_B(0..k-1), `samples` rows each), with 95% intervals from `resamples`
 * bootstrap resamples of the rows drawn from (seed, `sobol:bootstrap`).
 */
export function sobolIndices(y: readonly number[], samples: number, dims: number, resamples: number, seed: number): SobolIndex[] {
  const all = Array.from({ length: samples }, (_, j) => j);
  const point = sobolOnce(y, samples, dims, all);
  const next = uniformStream(seed, 'sobol:bootstrap');
  const s1s: number[][] = Array.from({ length: dims }, () => []);
  const sts: number[][] = Array.from({ length: dims }, () => []);
  for (let r = 0; r < resamples; r++) {
    const rows = all.map(() => Math.floor(next() * samples));
    const { s1, st } = sobolOnce(y, samples, dims, rows);
    for (let i = 0; i < dims; i++) {
      s1s[i].push(s1[i]);
      sts[i].push(st[i]);
    }
  }
  const interval = (value: number, draws: number[]): Estimate => {
    const sorted = draws.filter(Number.isFinite).sort((a, b) => a - b);
    return { value, low: percentile(sorted, 0.025), high: percentile(sorted, 0.975) };
  };
  return point.s1.map((s, i) => ({ first: interval(s, s1s[i]), total: interval(point.st[i], sts[i]) }));
}
