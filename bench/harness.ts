/**
 * What every suite shares: the figure a suite reports, the calibration loop that makes figures of
 * different machines comparable (timed between the iterations of every task), and the glue to
 * tinybench.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench, type Fn, type FnOptions, type Statistics, type Task } from 'tinybench';

/** Whether a larger or a smaller value of a figure is better. */
export type Better = 'higher' | 'lower';

/**
 * How a figure is put on a machine-independent scale: a rate (per second) becomes work per
 * calibration loop, a time (in seconds) becomes calibration loops, and anything else (bytes,
 * ratios, flags) is compared as it is.
 */
export type Scaling = 'rate' | 'time' | 'none';

/** One measured number. */
export interface Figure {
  /** Dotted name, stable across runs: the key of the baseline. */
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly better: Better;
  readonly scaling: Scaling;
  /** The calibration loop's time in the same bench (its lower quartile), ms. */
  readonly calibrationMs: number;
  /** Samples behind the median (0 for figures derived from others). */
  readonly samples: number;
  /** Median absolute deviation over the median, of the samples behind the figure. */
  readonly spread: number;
  /** Whether `bench:check` holds this figure to its baseline. */
  readonly gated: boolean;
  /** A count rather than a timing (bytes, identical outputs): measuring again cannot excuse it. */
  readonly exact?: boolean;
  /** The target set for it in issue 6, in words, when there is one. */
  readonly target?: string;
  /** Whether the target is met, when there is one. */
  readonly met?: boolean;
}

/** How long to measure: the full run of `npm run bench`, or the short one of `bench:check`. */
export interface SuiteOptions {
  readonly short: boolean;
}

/** A suite: a name, what it measures, and a function that measures it. */
export interface Suite {
  readonly name: string;
  readonly describe: string;
  run(opts: SuiteOptions): Promise<Figure[]>;
}

/** The figure on the machine-independent scale that `bench:check` compares. */
export function normalised(f: Pick<Figure, 'value' | 'scaling' | 'calibrationMs'>): number {
  if (f.scaling === 'rate') return (f.value * f.calibrationMs) / 1000;
  if (f.scaling === 'time') return (f.value * 1000) / f.calibrationMs;
  return f.value;
}

const CALIBRATION_AGENTS = 100_000;
const CALIBRATION_STEPS = 3;
const calibrationMoney = new Int32Array(CALIBRATION_AGENTS);
const calibrationOrder = new Int32Array(CALIBRATION_AGENTS);

/** State of the calibration's own generator (Baagøe's alea, as in seedrandom), fixed at every call. */
interface AleaState {
  s0: number;
  s1: number;
  s2: number;
  c: number;
}

function aleaNext(g: AleaState): number {
  const t = 2091639 * g.s0 + g.c * 2.3283064365386963e-10;
  g.s0 = g.s1;
  g.s1 = g.s2;
  g.c = t | 0;
  g.s2 = t - g.c;
  return g.s2;
}

/**
 * The calibration loop: a fixed workload like the engine's, about 10 ms on the reference machine.
 * It is three steps of the hand-written Boltzmann exchange over 100,000 agents, with its own copy
 * of the generator, so no change to the project or its dependencies changes it. A plain
 * arithmetic loop was tried first: when other work shares the machine it slowed by up to twice as
 * much as the figures did, and so carried the load into every normalised figure. Returns a
 * checksum so that it cannot be optimised away.
 */
export function calibrationLoop(): number {
  const money = calibrationMoney;
  const order = calibrationOrder;
  const n = CALIBRATION_AGENTS;
  const g: AleaState = { s0: 0.8633024, s1: 0.1550634, s2: 0.5302155, c: 1 };
  money.fill(1);
  for (let step = 0; step < CALIBRATION_STEPS; step++) {
    for (let k = 0; k < n; k++) order[k] = k;
    for (let k = n - 1; k > 0; k--) {
      const r = Math.floor(aleaNext(g) * (k + 1));
      const tmp = order[k];
      order[k] = order[r];
      order[r] = tmp;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k];
      if (money[i] > 0) {
        let j = Math.floor(aleaNext(g) * (n - 1));
        if (j >= i) j++;
        money[i]--;
        money[j]++;
      }
    }
  }
  return money[0] + money[n - 1];
}

/** A tinybench bench that runs each task `iterations` times after `warmupIterations` unmeasured ones. */
function createBench(name: string, options: { iterations: number; warmupIterations: number }): Bench {
  return new Bench({
    name,
    iterations: options.iterations,
    time: 0,
    warmup: options.warmupIterations > 0,
    warmupIterations: options.warmupIterations,
    warmupTime: 0,
    throws: true,
  });
}

/** Calibration samples taken between the measured iterations of a bench's tasks. */
export interface Calibration {
  /** Task options that run (and time) the calibration loop before each measured iteration. */
  options(opts: FnOptions): FnOptions;
  /** The machine's speed over the bench: lower quartile of the calibration times, ms. */
  ms(): number;
}

/**
 * A calibration for one bench. The loop runs between the task's own iterations, so it samples
 * the machine over the same minutes as the figures do. Other work on a shared machine only ever
 * adds time, and the loop is short, so its lower quartile is the machine's speed; a median would
 * carry bursts of load into every normalised figure.
 */
export function createCalibration(): Calibration {
  for (let k = 0; k < 5; k++) calibrationLoop(); // let the JIT settle before the first sample
  const samples: number[] = [];
  return {
    options(opts) {
      const before = opts.beforeEach;
      return {
        ...opts,
        beforeEach(this: Task, mode) {
          if (mode === 'run') {
            const t0 = performance.now();
            calibrationLoop();
            samples.push(performance.now() - t0);
          }
          return before?.call(this, mode);
        },
      };
    },
    ms: () => quantile(samples, 0.25),
  };
}

/** A task to measure: a tinybench task function and its options. */
export interface TaskSpec {
  readonly name: string;
  readonly fn: Fn;
  readonly opts: FnOptions;
}

/** What measuring a task gave: median time, ms, its relative spread, and each round's median. */
export interface Latency {
  readonly ms: number;
  /** Median absolute deviation over the median. */
  readonly spread: number;
  readonly samples: number;
  readonly roundMs: readonly number[];
}

/** How many rounds of how many iterations, and the unmeasured iterations before the first. */
export interface RoundOptions {
  readonly rounds: number;
  readonly iterations: number;
  readonly warmupIterations: number;
}

/**
 * Measures tasks in rounds, each round a tinybench bench running every task `iterations` times,
 * in reverse order every other round. Tasks whose figures are compared with each other (core and
 * hand-written, jobs 1 and jobs 2) thus take turns, and a burst of load hits both, not one.
 */
export async function measureInRounds(specs: readonly TaskSpec[], opts: RoundOptions, cal?: Calibration): Promise<Map<string, Latency>> {
  const samples = new Map<string, number[]>(specs.map((s) => [s.name, []]));
  const roundMs = new Map<string, number[]>(specs.map((s) => [s.name, []]));
  for (let r = 0; r < opts.rounds; r++) {
    const bench = createBench(`round ${r + 1}`, { iterations: opts.iterations, warmupIterations: r === 0 ? opts.warmupIterations : 0 });
    const order = r % 2 === 0 ? specs : [...specs].reverse();
    for (const s of order) {
      const taskOpts = { ...s.opts, retainSamples: true };
      bench.add(s.name, s.fn, cal ? cal.options(taskOpts) : taskOpts);
    }
    await bench.run();
    for (const s of specs) {
      const latency = completedLatency(bench, s.name);
      samples.get(s.name)?.push(...(latency.samples ?? []));
      roundMs.get(s.name)?.push(latency.p50);
    }
  }
  const out = new Map<string, Latency>();
  for (const s of specs) {
    const xs = samples.get(s.name) ?? [];
    const ms = median(xs);
    out.set(s.name, { ms, spread: median(xs.map((x) => Math.abs(x - ms))) / ms, samples: xs.length, roundMs: roundMs.get(s.name) ?? [] });
  }
  return out;
}

/** Median over rounds of the ratio of two tasks' round medians: a ratio both saw the same load for. */
export function pairedRatio(a: Latency, b: Latency): number {
  return median(a.roundMs.map((ms, r) => ms / b.roundMs[r]));
}

function completedLatency(bench: Bench, name: string): Statistics {
  const task = bench.getTask(name);
  if (!task) throw new Error(`no bench task ${name}`);
  const r = task.result;
  if (r.state !== 'completed') {
    throw new Error(`bench task ${name} did not complete (${r.state}${r.state === 'errored' ? `: ${r.error.message}` : ''})`);
  }
  return r.latency;
}

/** The q-quantile of a list of numbers, interpolated between order statistics. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** Median of a list of numbers. */
export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** The repository root: the nearest folder above this file with the project's package.json. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'jejaring') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the jejaring repository root above the bench build');
    dir = up;
  }
}
