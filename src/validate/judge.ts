/**
 * A pattern's verdict from its figures over seeds. The interval is Student's t interval of the mean
 * over seeds (seeds are independent replicates; a figure per seed), the same as `compare` uses.
 * A range target is met when the mean lies in it; `above_zero` (`below_zero`) when the whole 95%
 * interval lies above (below) 0; `contains_zero` when the interval includes 0; `not_above_zero`
 * (`not_below_zero`) when it does not lie wholly above (below) 0. A seed without a figure fails the pattern.
 */
import { intervalOf, type Interval } from '../compare/stats.js';
import type { Pattern, Target } from './patternSchema.js';
import type { Figure } from './statistics.js';

/** What validation found for one pattern. */
export interface PatternResult {
  readonly pattern: Pattern;
  readonly seeds: readonly number[];
  readonly figures: readonly Figure[];
  /** Mean and 95% interval over seeds; absent when a seed had no figure. */
  readonly interval?: Interval;
  readonly pass: boolean;
  /** Why it failed when the figure alone does not say (no data, too few seeds). */
  readonly reason?: string;
}

/** Whether an interval meets a target, or why it cannot be judged. */
export function meetsTarget(target: Target, iv: Interval): { pass: boolean; reason?: string } {
  if (typeof target === 'object' && 'seeds' in target) throw new Error('a seeds target is judged on the figures, not the interval');
  if (typeof target === 'object') return { pass: iv.mean >= (target.range[0] ?? -Infinity) && iv.mean <= (target.range[1] ?? Infinity) };
  if (iv.n < 2) return { pass: false, reason: 'an interval needs at least 2 replicates' };
  if (target === 'above_zero') return { pass: iv.low > 0 };
  if (target === 'below_zero') return { pass: iv.high < 0 };
  // "Does not raise": no rise that is there. A fall that is there passes too, which contains_zero would fail.
  if (target === 'not_above_zero') return { pass: iv.low <= 0 };
  if (target === 'not_below_zero') return { pass: iv.high >= 0 };
  return { pass: iv.low <= 0 && iv.high >= 0 };
}

/** Judges a pattern from its figures, one per seed in seed order. */
export function judgePattern(pattern: Pattern, seeds: readonly number[], figures: readonly Figure[]): PatternResult {
  const missing = figures.flatMap((f, k) => ('none' in f ? [[seeds[k], f.none] as const] : []));
  if (missing.length > 0) {
    const reasons = [...new Set(missing.map((m) => m[1]))].join('; ');
    return {
      pattern,
      seeds,
      figures,
      pass: false,
      reason: `no data: ${reasons} (seed${missing.length > 1 ? 's' : ''} ${missing.map((m) => m[0]).join(', ')})`,
    };
  }
  const values = figures.map((f) => (f as { value: number }).value);
  const interval = intervalOf(values);
  const target = pattern.target;
  if (typeof target === 'object' && 'seeds' in target) return { pattern, seeds, figures, interval, ...seedsAbove(values, target.seeds) };
  return { pattern, seeds, figures, interval, ...meetsTarget(target, interval) };
}

/** Whether at least the share `at_least` of the seeds' figures exceed `above`. */
export function seedsAbove(values: readonly number[], t: { above: number; at_least: number }): { pass: boolean; reason: string } {
  const n = values.filter((v) => v > t.above).length;
  return { pass: n >= t.at_least * values.length, reason: `${n} of ${values.length} seeds above ${formatNumber(t.above)}` };
}

const TARGET_WORDS = {
  above_zero: 'interval above 0',
  below_zero: 'interval below 0',
  contains_zero: 'interval contains 0',
  not_above_zero: 'interval not above 0',
  not_below_zero: 'interval not below 0',
} as const;

/** The target in words: `0.1 to 0.3`, `interval above 0`, `interval contains 0`, marked when assumed. */
export function describeTarget(target: Target, assumed: boolean): string {
  const words =
    typeof target === 'object'
      ? 'seeds' in target
        ? `above ${formatNumber(target.seeds.above)} in ${target.seeds.at_least >= 1 ? 'every seed' : `at least ${formatNumber(target.seeds.at_least * 100)}% of seeds`}`
        : describeRange(target.range)
      : TARGET_WORDS[target];
  return assumed ? `${words} (assumed)` : words;
}

function describeRange([lo, hi]: readonly [number | null, number | null]): string {
  if (lo === null && hi === null) return 'any value';
  if (lo === null) return `at most ${formatNumber(hi as number)}`;
  if (hi === null) return `at least ${formatNumber(lo)}`;
  return `${formatNumber(lo)} to ${formatNumber(hi)}`;
}

/** A figure with four significant digits, without exponent for everyday magnitudes. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '-';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e4 && abs < 1e12) return String(Math.round(x));
  if (abs >= 1e-4 && abs < 1e4) return String(Number(x.toPrecision(4)));
  return x.toPrecision(4);
}
