/** Printing figures, describing the machine, and the JSON records of results and baselines. */
import { availableParallelism, cpus, totalmem } from 'node:os';
import { normalised, type Figure } from './harness.js';

/** The machine a record was measured on. */
export interface Machine {
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly platform: string;
}

/** This machine. */
export function describeMachine(): Machine {
  return {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform}-${process.arch}`,
  };
}

/** A figure as stored in results.json and baseline.json. */
export interface FigureRecord extends Figure {
  /** The figure on the machine-independent scale (see `normalised`). */
  readonly normalised: number;
}

/** The record of a figure. */
export function recordFigure(f: Figure): FigureRecord {
  return { ...f, normalised: normalised(f) };
}

/** A number with SI prefix for rates, three significant digits otherwise. */
export function formatValue(value: number, unit: string): string {
  if (unit.endsWith('/s') && value >= 1e6) return `${(value / 1e6).toPrecision(3)} M ${unit}`;
  if (unit.endsWith('/s') && value >= 1e3) return `${(value / 1e3).toPrecision(3)} k ${unit}`;
  if (unit === 'bytes' && value >= 1e6) return `${(value / 2 ** 20).toFixed(0)} MiB`;
  if (Number.isInteger(value)) return `${value} ${unit}`;
  return `${value.toPrecision(3)} ${unit}`;
}

/** One line per figure: name, value, spread, target. */
export function formatFigures(figures: readonly Figure[]): string {
  const width = Math.max(...figures.map((f) => f.name.length));
  return figures
    .map((f) => {
      const spread = f.samples > 0 && f.spread > 0 ? `  (±${(100 * f.spread).toFixed(1)}% MAD, ${f.samples} samples)` : '';
      const target = f.target ? `  target ${f.target}: ${f.met ? 'met' : 'MISSED'}` : '';
      return `${f.name.padEnd(width)}  ${formatValue(f.value, f.unit)}${spread}${target}`;
    })
    .join('\n');
}
