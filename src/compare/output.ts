/**
 * comparison.csv: one row per (pair, metric, horizon or period) of metrics.csv, then per pair one
 * row per (cohort, outcome) from agents.csv, in a fixed column order and number format, documented
 * in docs/comparison.md. The ranked answer is in the columns of each programme's row for the
 * poor-at-start cohort's income per person.
 */
import type { CohortEffect } from './cohorts.js';
import type { PairCosts } from './costs.js';
import { formatDecimal } from './csv.js';
import type { PairCohorts, RankedProgramme } from './ranking.js';
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
  'kind',
  'cohort',
  'cohort_size',
  'worse_off_share',
  'worse_off_low',
  'worse_off_high',
  'rank',
  'participants',
  'cost',
  'gain_per_rupiah',
  'gain_per_rupiah_low',
  'gain_per_rupiah_high',
  'households_lifted',
  'cost_per_household_lifted',
] as const;

/** Cells of the columns after `beats_share` left empty. */
const NO_COHORT = ['', '', '', '', '', '', '', '', '', '', '', '', ''];

/** Relative difference: mean difference over the baseline mean's size; NaN when that is 0. */
export function relativeDiff(r: ComparisonRow): number {
  return r.baselineMean !== 0 ? r.diff.mean / Math.abs(r.baselineMean) : NaN;
}

/** The cells of one row of metrics.csv's comparison, formatted; `kind` is the scenario's. */
export function comparisonRecord(r: ComparisonRow, kind = ''): string[] {
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
    kind,
    ...NO_COHORT,
  ];
}

/**
 * The cells of a cohort row: `period` is `run` (agents.csv averages over every reported day) and
 * `day` the last day; a programme's poor-at-start income row carries its rank and its costs (empty
 * when the runs recorded none, or when a figure would divide by zero).
 */
export function cohortRecord(pair: PairCohorts, e: CohortEffect, ranked: RankedProgramme | undefined): string[] {
  const rank = ranked !== undefined && ranked.poor === e;
  const rel = e.baselineMean !== 0 ? e.diff.mean / Math.abs(e.baselineMean) : NaN;
  return [
    pair.scenario,
    pair.baseline,
    e.outcome,
    'run',
    String(pair.day),
    String(e.diff.n),
    formatDecimal(e.baselineMean),
    formatDecimal(e.scenarioMean),
    formatDecimal(e.diff.mean),
    formatDecimal(e.diff.sd),
    formatDecimal(e.diff.low),
    formatDecimal(e.diff.high),
    formatDecimal(rel),
    betterOf(e),
    String(e.diff.wins),
    formatDecimal(e.diff.wins / e.diff.n),
    pair.kind,
    e.cohort,
    formatDecimal(e.size),
    formatDecimal(e.worseOff?.mean ?? NaN),
    formatDecimal(e.worseOff?.low ?? NaN),
    formatDecimal(e.worseOff?.high ?? NaN),
    rank ? String(ranked.rank) : '',
    rank ? formatDecimal(pair.participants) : '',
    ...(rank ? costRecord(pair.costs) : ['', '', '', '', '', '']),
  ];
}

/** cost, gain_per_rupiah (with its interval), households_lifted, cost_per_household_lifted; empty when unknown. */
function costRecord(c: PairCosts | undefined): string[] {
  if (c === undefined) return ['', '', '', '', '', ''];
  const per = c.perRupiah;
  return [
    formatDecimal(c.cost.mean),
    per ? formatDecimal(per.mean) : '',
    per ? formatDecimal(per.low) : '',
    per ? formatDecimal(per.high) : '',
    formatDecimal(c.lifted),
    c.costPerLifted === undefined ? '' : formatDecimal(c.costPerLifted),
  ];
}

function betterOf(e: CohortEffect): string {
  return e.outcome.startsWith('poor_') ? 'lower' : 'higher';
}

/** The whole file: header and rows, LF line ends, a final newline. */
export function comparisonCsv(
  rows: readonly ComparisonRow[],
  cohorts: readonly PairCohorts[] = [],
  ranked: readonly RankedProgramme[] = [],
): string {
  const kindOf = (r: ComparisonRow) => cohorts.find((c) => c.scenario === r.scenario && c.baseline === r.baseline)?.kind ?? '';
  const lines = [COMPARISON_COLUMNS.join(','), ...rows.map((r) => comparisonRecord(r, kindOf(r)).map(csvCell).join(','))];
  for (const pair of cohorts) {
    const rank = ranked.find((r) => r.pair === pair);
    for (const e of pair.effects) lines.push(cohortRecord(pair, e, rank).map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}

/** Quotes a cell only when it needs it. */
export function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
