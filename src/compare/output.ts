/**
 * comparison.csv: one row per (pair, metric, horizon or period), in a fixed column order and
 * number format, documented in docs/comparison.md.
 */
import { formatDecimal } from './csv.js';
import type { ComparisonRow } from './scenarios.js';

/** Columns of comparison.csv, in order. */
export const COMPARISON_COLUMNS = [
  'scenario',
  'baseline',
  'metric',
  'period',
  'day',
  'seeds',
  'baseline_mean',
  'scenario_mean',
  'diff_mean',
  'diff_sd',
  'ci_low',
  'ci_high',
  'rel_diff',
  'better',
  'wins',
  'beats_share',
] as const;

/** Relative difference: mean difference over the baseline mean's size; NaN when that is 0. */
export function relativeDiff(r: ComparisonRow): number {
  return r.baselineMean !== 0 ? r.diff.mean / Math.abs(r.baselineMean) : NaN;
}

/** The cells of one row, formatted. */
export function comparisonRecord(r: ComparisonRow): string[] {
  return [
    r.scenario,
    r.baseline,
    r.metric,
    r.period === undefined ? 'horizon' : String(r.period),
    String(r.day),
    String(r.diff.n),
    formatDecimal(r.baselineMean),
    formatDecimal(r.scenarioMean),
    formatDecimal(r.diff.mean),
    formatDecimal(r.diff.sd),
    formatDecimal(r.diff.low),
    formatDecimal(r.diff.high),
    formatDecimal(relativeDiff(r)),
    r.better,
    String(r.diff.wins),
    formatDecimal(r.diff.wins / r.diff.n),
  ];
}

/** The whole file: header and rows, LF line ends, a final newline. */
export function comparisonCsv(rows: readonly ComparisonRow[]): string {
  const lines = [COMPARISON_COLUMNS.join(','), ...rows.map((r) => comparisonRecord(r).map(csvCell).join(','))];
  return lines.join('\n') + '\n';
}

/** Quotes a cell only when it needs it. */
export function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
