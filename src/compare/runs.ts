/**
 * A run's metrics.csv as numbers: the period frame (period, day, days, partial) and every other
 * column that holds numbers, in file order. Columns are taken generically, so new reporters need no
 * change here. A partial row (a short last period) holds totals over its own days, not amounts per
 * month, so it is kept apart: comparisons and charts use whole periods only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runDirectory } from '../output/runFiles.js';
import { cellNumber, parseCsv } from './csv.js';

/** The frame columns every metrics.csv starts with. */
export const FRAME_COLUMNS = ['period', 'day', 'days'] as const;

/** A frame column of newer files: 1 on a short last period. Files without it have no partial row. */
export const PARTIAL_COLUMN = 'partial';

/** One run's metrics: rows are periods, values are undefined where a cell is empty. */
export interface RunMetrics {
  readonly periods: readonly number[];
  readonly day: readonly number[];
  readonly days: readonly number[];
  /** True on a short last period, whose flows are totals over its days and whose headcounts are empty. */
  readonly partial: readonly boolean[];
  /** Metric columns in file order. */
  readonly columns: readonly string[];
  readonly values: ReadonlyMap<string, readonly (number | undefined)[]>;
}

/** Parses metrics.csv text; `file` names it in error messages. */
export function parseMetrics(text: string, file: string): RunMetrics {
  const { header, rows } = parseCsv(text);
  const frame = FRAME_COLUMNS.map((name) => header.indexOf(name));
  if (frame.some((k) => k < 0)) throw new Error(`${file}: expected the columns ${FRAME_COLUMNS.join(', ')}`);
  const frameValues = frame.map((k) => rows.map((r) => cellNumber(r[k]) ?? NaN));
  if (frameValues.some((col) => col.some((v) => Number.isNaN(v))))
    throw new Error(`${file}: expected numbers in ${FRAME_COLUMNS.join(', ')}`);
  const partialAt = header.indexOf(PARTIAL_COLUMN);
  const partial = rows.map((r) => partialAt >= 0 && cellNumber(r[partialAt]) === 1);
  const columns: string[] = [];
  const values = new Map<string, (number | undefined)[]>();
  header.forEach((name, k) => {
    if (frame.includes(k) || k === partialAt) return;
    const col = rows.map((r) => cellNumber(r[k]));
    // A column with text in it is not a metric; one with only empty cells has nothing to compare.
    const numeric = rows.every((r, i) => col[i] !== undefined || (r[k] ?? '') === '');
    if (numeric && col.some((v) => v !== undefined)) {
      columns.push(name);
      values.set(name, col);
    }
  });
  return { periods: frameValues[0], day: frameValues[1], days: frameValues[2], partial, columns, values };
}

/** Reads the metrics of run (scenario, seed) under `outDir`. */
export function readRunMetrics(outDir: string, scenario: string, seed: number): RunMetrics {
  const file = path.join(runDirectory(outDir, scenario, seed), 'metrics.csv');
  return parseMetrics(readFileSync(file, 'utf8'), file);
}

/**
 * Row index of each period that both runs have with the same end day, ascending: day 0 and every
 * whole period. A partial last period is left out: its totals over a few days are not comparable
 * with amounts per month, and a chart of them would show a drop no scenario caused.
 */
export function commonPeriods(a: RunMetrics, b: RunMetrics): { period: number; day: number; rowA: number; rowB: number }[] {
  const out: { period: number; day: number; rowA: number; rowB: number }[] = [];
  a.periods.forEach((period, rowA) => {
    const rowB = b.periods.indexOf(period);
    if (rowB < 0 || b.day[rowB] !== a.day[rowA] || a.partial[rowA] || b.partial[rowB]) return;
    out.push({ period, day: a.day[rowA], rowA, rowB });
  });
  return out;
}

/** Rows of whole periods (day 0 and partial rows excluded): the rows a horizon mean is taken over. */
export function wholePeriodRows(run: RunMetrics): number[] {
  return run.periods.map((_, r) => r).filter((r) => run.days[r] > 0 && !run.partial[r]);
}

/**
 * Mean of a metric over the given rows, weighted by each period's days. Rows at day 0 (no days),
 * partial rows (totals, not amounts per month) and empty cells are left out.
 */
export function horizonMean(run: RunMetrics, metric: string, rows: readonly number[]): number | undefined {
  const col = run.values.get(metric);
  if (!col) return undefined;
  let sum = 0;
  let weight = 0;
  for (const r of rows) {
    const v = col[r];
    const w = run.days[r];
    if (v === undefined || !(w > 0) || run.partial[r]) continue;
    sum += v * w;
    weight += w;
  }
  return weight > 0 ? sum / weight : undefined;
}
