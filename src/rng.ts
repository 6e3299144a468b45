/**
 * Named random streams. Every draw in a run comes from a stream derived from (seed, label), so two
 * scenarios that share a seed share their random numbers wherever they do the same thing (common
 * random numbers), and an extra draw in one rule never shifts the draws of another.
 *
 * The generator is seedrandom's `alea`: it hashes the whole label string into its state (Mash), so
 * streams with nearby labels are unrelated, and it was the fastest of seedrandom's algorithms on
 * this kind of machine (about 115 M draws/s, against 66 to 77 M for the xor family).
 */
import seedrandom from 'seedrandom';

/**
 * A stream: seedrandom's alea seeded with (seed, label), its state taken from seedrandom (option
 * `state`) and stepped in place by `draw`, giving exactly seedrandom's sequence (a test compares
 * them). Calling alea's own closure would hide the state in the closure's context; holding it in
 * one typed array keeps `draw` small enough to inline into every loop that calls it, so a draw
 * costs four loads and four stores and allocates nothing. (Numbers computed ahead in blocks were
 * tried: the buffer's position and bounds checks made a Boltzmann step about 25% slower.)
 */
export interface Rng {
  /** alea's state: s0, s1, s2, c. */
  readonly state: Float64Array;
}

/** The name of the generator algorithm, recorded in run manifests. */
export const RNG_ALGORITHM = 'seedrandom.alea';

interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** A fresh stream for (seed, label); the same pair always gives the same sequence. */
export function createStream(seed: number, label: string): Rng {
  const prng = seedrandom.alea(`${seed}/${label}`, { state: true }) as unknown as { state(): AleaState };
  const s = prng.state();
  return { state: Float64Array.of(s.s0, s.s1, s.s2, s.c) };
}

/** The stream's next uniform number in [0, 1): alea's recurrence, as seedrandom's `next` computes it. */
export function draw(rng: Rng): number {
  const state = rng.state;
  const t = 2091639 * state[0] + state[3] * 2.3283064365386963e-10; // 2^-32
  const c = t | 0;
  const next = t - c;
  state[0] = state[1];
  state[1] = state[2];
  state[2] = next;
  state[3] = c;
  return next;
}

/** The stream's next `n` numbers into out[0..n-1], in order (as n calls of `draw`, for loops over every agent). */
export function drawMany(rng: Rng, out: Float64Array, n: number): void {
  const state = rng.state;
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let c = state[3];
  for (let k = 0; k < n; k++) {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    out[k] = s2;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = c;
}

/** Streams of one run, created on first use and cached by label. */
export interface Streams {
  readonly seed: number;
  get(label: string): Rng;
}

/** The stream registry of a run with this seed. */
export function createStreams(seed: number): Streams {
  const cache = new Map<string, Rng>();
  return {
    seed,
    get(label: string): Rng {
      let rng = cache.get(label);
      if (rng === undefined) {
        rng = createStream(seed, label);
        cache.set(label, rng);
      }
      return rng;
    },
  };
}

/** Uniform integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(draw(rng) * n);
}

/** Fisher-Yates shuffle of the first `n` entries of `order`, in place. */
export function shuffleInPlace(rng: Rng, order: Int32Array, n: number = order.length): void {
  // alea's state stays in locals for the whole shuffle (as in drawMany): the same draws as `draw`,
  // without a store and reload of the state on every swap's critical path.
  const state = rng.state;
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let c = state[3];
  for (let k = n - 1; k > 0; k--) {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    const j = Math.floor(s2 * (k + 1));
    const tmp = order[k];
    order[k] = order[j];
    order[j] = tmp;
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = c;
}

/** Fills `order` with 0..n-1 and shuffles it. */
export function randomOrder(rng: Rng, order: Int32Array, n: number = order.length): void {
  for (let k = 0; k < n; k++) order[k] = k;
  shuffleInPlace(rng, order, n);
}

/** Standard normal draw (Box-Muller; uses two uniforms, discards the second variate). */
export function normal(rng: Rng): number {
  let u = draw(rng);
  while (u <= 0) u = draw(rng);
  const v = draw(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Lognormal draw with the given median and log-scale standard deviation. */
export function lognormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(rng));
}

/** Poisson draw by inversion; fine for the small means the model uses (below about 30). */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = draw(rng);
  while (p > limit) {
    k++;
    p *= draw(rng);
  }
  return k;
}

/** Rounds a non-negative amount to integer units so that the expected value is kept. */
export function roundStochastic(rng: Rng, x: number): number {
  const whole = Math.floor(x);
  return draw(rng) < x - whole ? whole + 1 : whole;
}
