/**
 * A pattern's verdict from its figures over seeds. The interval is Student's t interval of the mean
 * over seeds (seeds are independent replicates; a figure per seed), the same as `compare` uses.
 * A range target is met when the mean lies in it; `above_zero` (`below_zero`) when the whole 95%
 * interval lies above (below) 0; `contains_zero` when the interval includes 0. A seed without a figure fails the pattern.
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
  if (typeof target === 'object') return { pass: iv.mean >= (target.range[0] ?? -Infinity) && iv.mean <= (target.range[1] ?? Infinity) };
  if (iv.n < 2) return { pass: false, reason: 'an interval needs at least 2 replicates' };
  if (target === 'above_zero') return { pass: iv.low > 0 };
  if (target === 'below_zero') return { pass: iv.high < 0 };
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
  const interval = intervalOf(figures.map((f) => (f as { value: number }).value));
  return { pattern, seeds, figures, interval, ...meetsTarget(pattern.target, interval) };
}

const TARGET_WORDS = { above_zero: 'interval above 0', below_zero: 'interval below 0', contains_zero: 'interval contains 0' } as const;

/** The target in words: `0.1 to 0.3`, `interval above 0`, `interval contains 0`, marked when assumed. */
export function describeTarget(target: Target, assumed: boolean): string {
  const words = typeof target === 'object' ? describeRange(target.range) : TARGET_WORDS[target];
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
