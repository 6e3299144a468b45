/**
 * Uncertain factors: a scenario field by dotted path, its range or values, and the map from a
 * design's unit coordinate to the field's value (uniform, log-uniform or discrete).
 */
import { scaleToRange } from '../validate/lhs.js';

/** A factor ready for sampling. */
export interface Factor {
  /** Dotted path of the scenario field, e.g. `finance.entry_rate`. */
  readonly path: string;
  readonly distribution: 'uniform' | 'loguniform' | 'discrete';
  /** Ends of a range (uniform, loguniform). */
  readonly low: number;
  readonly high: number;
  /** The values of a discrete factor. */
  readonly values: readonly number[];
  readonly integer: boolean;
}

/** The factor's value at unit coordinate u in [0, 1]. */
export function valueAt(f: Factor, u: number): number {
  if (f.distribution === 'discrete') return f.values[Math.min(f.values.length - 1, Math.floor(u * f.values.length))];
  if (f.distribution === 'loguniform') {
    const x = Math.exp(Math.log(f.low) + u * (Math.log(f.high) - Math.log(f.low)));
    // exp(log(x)) can miss an end by an ulp; a point at an end must be exactly that end.
    const clamped = Math.min(f.high, Math.max(f.low, x));
    return f.integer ? Math.min(f.high, Math.floor(clamped + 0.5)) : clamped;
  }
  return scaleToRange(u, f.low, f.high, f.integer);
}

/** How many levels a grid gives the factor: its values if discrete, else `levels`. */
export function gridLevels(f: Factor, levels: number): number {
  return f.distribution === 'discrete' ? f.values.length : levels;
}

/** The value of a factor on a grid at unit coordinate u: levels evenly spaced from low to high, ends included. */
export function gridValueAt(f: Factor, u: number, levels: number): number {
  if (f.distribution === 'discrete') return f.values[Math.round(u * (f.values.length - 1))];
  if (levels === 1) return valueAt(f, 0.5);
  const x =
    f.distribution === 'loguniform' ? Math.exp(Math.log(f.low) + u * (Math.log(f.high) - Math.log(f.low))) : f.low + u * (f.high - f.low);
  const clamped = Math.min(f.high, Math.max(f.low, x));
  return f.integer ? Math.round(clamped) : clamped;
}
