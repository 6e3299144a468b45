/**
 * A pattern's figure for one seed, computed from the tables of that seed's runs (metrics.csv and
 * agents.csv, read by column name). A figure that has no value (an empty cohort, a zero
 * denominator, no whole period selected) is "no data" with its reason, never zero.
 */
import type { Periods, Statistic } from './patternSchema.js';
import { contrastOf, groupsWithin, periodChange } from './agentStatistics.js';

/** A table as a run produces it: a header and rows of formatted values. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The tables of one run. */
export interface RunTables {
  readonly metrics: Table;
  readonly agents?: Table;
}

/** A figure for one seed: a number, or the reason there is none. */
export type Figure = { readonly value: number } | { readonly none: string };

const DAYS_PER_YEAR = 365;

function index(t: Table, name: string): number {
  const k = t.header.indexOf(name);
  if (k < 0) throw new Error(`column ${name} is missing; columns are checked before figures are computed`);
  return k;
}

function list(c: string | readonly string[]): readonly string[] {
  return typeof c === 'string' ? [c] : c;
}

/**
 * The rows of metrics.csv a statistic reads. Partial periods are left out: those flagged
 * `partial=1`, or, in tables without that column, a period shorter than the longest one.
 */
export function selectRows(t: Table, periods: Periods): (readonly string[])[] {
  const period = index(t, 'period');
  const days = index(t, 'days');
  const partial = t.header.indexOf('partial');
  let longest = 0;
  for (const r of t.rows) longest = Math.max(longest, Number(r[days]));
  const whole = (r: readonly string[]) => Number(r[period]) === 0 || (partial >= 0 ? r[partial] !== '1' : Number(r[days]) === longest);
  const [from, to] = periods === 'all' ? [1, Infinity] : typeof periods === 'number' ? [periods, periods] : [periods.from, periods.to];
  return t.rows.filter((r) => Number(r[period]) >= from && Number(r[period]) <= to && whole(r));
}

/** Non-empty values of a column over rows, as numbers. */
function values(rows: readonly (readonly string[])[], k: number): number[] {
  const out: number[] = [];
  for (const r of rows) if (r[k] !== '') out.push(Number(r[k]));
  return out;
}

function mean(v: readonly number[]): number {
  let s = 0;
  for (const x of v) s += x;
  return s / v.length;
}

/** Mean of a metrics column over the selected whole periods (empty cells skipped). */
export function periodMean(t: Table, column: string, periods: Periods): Figure {
  const v = values(selectRows(t, periods), index(t, column));
  return v.length > 0 ? { value: mean(v) } : { none: `no value of ${column} in the periods selected` };
}

/** Slope of a column over the selected periods by least squares, per year, relative to its mean. */
export function relativeSlope(t: Table, column: string, periods: Periods): Figure {
  const rows = selectRows(t, periods);
  const k = index(t, column);
  const day = index(t, 'day');
  const pts = rows.filter((r) => r[k] !== '').map((r) => [Number(r[day]) / DAYS_PER_YEAR, Number(r[k])]);
  if (pts.length < 2) return { none: `fewer than two values of ${column} to fit a slope` };
  const mx = mean(pts.map((p) => p[0]));
  const my = mean(pts.map((p) => p[1]));
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of pts) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) * (x - mx);
  }
  const slope = sxy / sxx;
  // A column that is zero throughout is flat; a mean of zero with movement has no relative slope.
  if (my === 0) return slope === 0 ? { value: 0 } : { none: `the mean of ${column} is 0, so its slope has no relative size` };
  return { value: slope / Math.abs(my) };
}

/** Sum of the numerator columns over the sum of the denominator columns, over the selected periods. */
export function columnShare(t: Table, numerator: readonly string[], denominator: readonly string[], periods: Periods): Figure {
  const rows = selectRows(t, periods);
  const sum = (cols: readonly string[]) => cols.reduce((s, c) => s + values(rows, index(t, c)).reduce((a, b) => a + b, 0), 0);
  const den = sum(denominator);
  return den !== 0 ? { value: sum(numerator) / den } : { none: `${denominator.join(' + ')} sums to 0` };
}

/** A measure of `a` against `b`: a - b, a / b or a / b - 1. */
export function compareValues(a: number, b: number, measure: 'difference' | 'ratio' | 'relative_change'): Figure {
  if (measure === 'difference') return { value: a - b };
  if (b === 0) return { none: 'the baseline figure is 0, so there is no ratio' };
  return { value: measure === 'ratio' ? a / b : a / b - 1 };
}

/**
 * A cohort of agents chosen in the baseline run by the `where` columns, followed into the other
 * scenario (same agents, same seed), and its mean value (the columns added) compared.
 */
export function cohortChange(
  scenario: Table,
  baseline: Table,
  columns: readonly string[],
  where: Readonly<Record<string, number | string>>,
  measure: 'difference' | 'relative_change',
): Figure {
  if (scenario.rows.length !== baseline.rows.length)
    return { none: 'the two runs have different numbers of agents, so the cohort cannot be followed' };
  const filters = Object.entries(where).map(([c, v]) => [index(baseline, c), String(v)] as const);
  const kind = [index(baseline, 'kind'), index(baseline, 'id')];
  const colsA = columns.map((c) => index(scenario, c));
  const colsB = columns.map((c) => index(baseline, c));
  let sumA = 0;
  let sumB = 0;
  let n = 0;
  for (let r = 0; r < baseline.rows.length; r++) {
    const rb = baseline.rows[r];
    const ra = scenario.rows[r];
    // A filter value matches a cell holding the same number (or the same text); an empty cell matches nothing.
    if (!filters.every(([k, v]) => rb[k] !== '' && (rb[k] === v || Number(rb[k]) === Number(v)))) continue;
    if (ra[kind[0]] !== rb[kind[0]] || ra[kind[1]] !== rb[kind[1]]) return { none: 'the agents of the two runs do not line up' };
    if (colsA.some((k) => ra[k] === '') || colsB.some((k) => rb[k] === '')) continue;
    sumA += colsA.reduce((s, k) => s + Number(ra[k]), 0);
    sumB += colsB.reduce((s, k) => s + Number(rb[k]), 0);
    n++;
  }
  if (n === 0) return { none: 'empty cohort' };
  return compareValues(sumA / n, sumB / n, measure);
}

/** The paired figure of scenario `a` against `b` for one seed: the measure of their period means of `column`. */
function pairedFigure(
  runs: (key: string) => RunTables,
  a: string,
  b: string,
  stat: { column: string; periods: Periods; measure: 'difference' | 'ratio' | 'relative_change' },
): Figure {
  const x = periodMean(runs(a).metrics, stat.column, stat.periods);
  const y = periodMean(runs(b).metrics, stat.column, stat.periods);
  if ('none' in x) return x;
  if ('none' in y) return y;
  return compareValues(x.value, y.value, stat.measure);
}

/** The figure of a statistic for one seed, from the tables of that seed's runs by scenario key. */
export function computeFigure(stat: Statistic, runs: (key: string) => RunTables): Figure {
  switch (stat.kind) {
    case 'mean':
      return periodMean(runs(stat.scenario).metrics, stat.column, stat.periods);
    case 'slope':
      return relativeSlope(runs(stat.scenario).metrics, stat.column, stat.periods);
    case 'share':
      return columnShare(runs(stat.scenario).metrics, list(stat.numerator), list(stat.denominator), stat.periods);
    case 'paired': {
      const pair = pairedFigure(runs, stat.scenario, stat.baseline, stat);
      if (!stat.net_of || 'none' in pair) return pair;
      const net = pairedFigure(runs, stat.net_of.scenario, stat.net_of.baseline, stat);
      return 'none' in net ? net : { value: pair.value - net.value };
    }
    case 'cohort': {
      const a = runs(stat.scenario).agents;
      const b = runs(stat.baseline).agents;
      if (!a || !b) return { none: 'agents.csv was not produced (output.agents is false)' };
      return cohortChange(a, b, list(stat.columns), stat.where, stat.measure);
    }
    case 'change':
      return periodChange(runs(stat.scenario).metrics, stat.column, stat.from, stat.to);
    case 'groups':
    case 'contrast': {
      const a = runs(stat.scenario).agents;
      if (!a) return { none: 'agents.csv was not produced (output.agents is false)' };
      return stat.kind === 'groups'
        ? groupsWithin(a, stat.by, stat.where, stat.column, stat.within)
        : contrastOf(a, list(stat.columns), stat.where, stat.versus, stat.measure);
    }
  }
}

/** A column a statistic reads: its table, the run's scenario key, and the path of the field that names it. */
export interface ColumnUse {
  readonly table: 'metrics' | 'agents';
  readonly scenario: string;
  readonly column: string;
  readonly field: readonly (string | number)[];
}

/** The columns a statistic reads, by table, with the field of the pattern that names each. */
export function statisticColumns(stat: Statistic): ColumnUse[] {
  const out: ColumnUse[] = [];
  const add = (table: 'metrics' | 'agents', scenario: string, cols: string | readonly string[], field: string) => {
    list(cols).forEach((column, k) => {
      out.push({ table, scenario, column, field: typeof cols === 'string' ? [field] : [field, k] });
    });
  };
  switch (stat.kind) {
    case 'mean':
    case 'slope':
    case 'change':
      add('metrics', stat.scenario, stat.column, 'column');
      break;
    case 'groups':
      add('agents', stat.scenario, stat.by, 'by');
      add('agents', stat.scenario, stat.column, 'column');
      for (const c of Object.keys(stat.where)) out.push({ table: 'agents', scenario: stat.scenario, column: c, field: ['where', c] });
      break;
    case 'contrast':
      add('agents', stat.scenario, stat.columns, 'columns');
      for (const c of Object.keys(stat.where)) out.push({ table: 'agents', scenario: stat.scenario, column: c, field: ['where', c] });
      for (const c of Object.keys(stat.versus)) out.push({ table: 'agents', scenario: stat.scenario, column: c, field: ['versus', c] });
      break;
    case 'share':
      add('metrics', stat.scenario, stat.numerator, 'numerator');
      add('metrics', stat.scenario, stat.denominator, 'denominator');
      break;
    case 'paired':
      add('metrics', stat.scenario, stat.column, 'column');
      add('metrics', stat.baseline, stat.column, 'column');
      if (stat.net_of) {
        add('metrics', stat.net_of.scenario, stat.column, 'column');
        add('metrics', stat.net_of.baseline, stat.column, 'column');
      }
      break;
    case 'cohort':
      add('agents', stat.scenario, stat.columns, 'columns');
      add('agents', stat.baseline, stat.columns, 'columns');
      for (const c of Object.keys(stat.where)) out.push({ table: 'agents', scenario: stat.baseline, column: c, field: ['where', c] });
      break;
  }
  return out;
}
