/** The reporter type and the averaging helpers reporters share. */
import type { World } from '../world/world.js';
import type { PeriodView } from './period.js';

/** How a reporter's value is written: whole numbers, or six decimals. */
export type NumberFormat = 'integer' | 'decimal';

/** A column of metrics.csv: a pure function of the world (it draws no random numbers, changes nothing). */
export interface Reporter {
  readonly name: string;
  readonly description: string;
  readonly format: NumberFormat;
  /** True for flows over the period: these are empty in the row at day 0. */
  readonly flow: boolean;
  /** Whether the default column set includes it. */
  readonly standard: boolean;
  /** 2 for a reporter the default column set includes only under `social: 2`. */
  readonly social?: 2;
  readonly compute: (w: World, view: PeriodView) => number;
}

/** Mean of `value` over the indices in [0, n) that `include` selects; NaN (an empty cell) when none: an empty group has no mean. */
export function meanWhere(n: number, value: (k: number) => number, include: (k: number) => boolean): number {
  let sum = 0;
  let count = 0;
  for (let k = 0; k < n; k++) {
    if (!include(k)) continue;
    sum += value(k);
    count++;
  }
  return count > 0 ? sum / count : Number.NaN;
}

/** `sum / n`, or NaN (an empty cell) for an empty group: never a mean of 0 for nobody. */
export function groupMean(sum: number, n: number): number {
  return n > 0 ? sum / n : Number.NaN;
}

/** Number of indices in [0, n) that `include` selects. */
export function countWhere(n: number, include: (k: number) => boolean): number {
  let count = 0;
  for (let k = 0; k < n; k++) if (include(k)) count++;
  return count;
}

/** Sum of `value` over [0, n). */
export function sumOver(n: number, value: (k: number) => number): number {
  let sum = 0;
  for (let k = 0; k < n; k++) sum += value(k);
  return sum;
}

/** A standard reporter. */
export function standard(name: string, format: NumberFormat, flow: boolean, description: string, compute: Reporter['compute']): Reporter {
  return { name, description, format, flow, standard: true, compute };
}

/** An optional reporter, off unless a scenario asks for it. */
export function optional(name: string, format: NumberFormat, flow: boolean, description: string, compute: Reporter['compute']): Reporter {
  return { name, description, format, flow, standard: false, compute };
}

/** A reporter of the social-2 model: in the default column set only when the scenario has `social: 2`. */
export function social2(name: string, format: NumberFormat, flow: boolean, description: string, compute: Reporter['compute']): Reporter {
  return { name, description, format, flow, standard: false, social: 2, compute };
}
