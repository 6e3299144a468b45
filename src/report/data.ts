/**
 * The numbers the report's charts plot, taken from finished runs and comparison rows: levels per
 * scenario with a 95% band across seeds, paired differences over time, relative gains by group,
 * and end-of-run shares by sales channel and tie class.
 */
import { COHORTS } from '../compare/cohorts.js';
import type { GroupColumn } from '../compare/groups.js';
import type { PairCohorts } from '../compare/ranking.js';
import { horizonMean, wholePeriodRows } from '../compare/runs.js';
import type { ComparisonRow, RunSet } from '../compare/scenarios.js';
import { intervalOf } from '../compare/stats.js';

/** A point of a path: mean across seeds and its band (null without a band). */
export interface PathPoint {
  readonly series: string;
  readonly metric: string;
  readonly day: number;
  readonly mean: number;
  readonly low: number | null;
  readonly high: number | null;
}

/** A bar segment: a scenario's value of one column of a group. */
export interface BarPart {
  readonly scenario: string;
  readonly part: string;
  readonly value: number;
}

/** Label of a pair in legends and tables. */
export function pairLabel(r: { scenario: string; baseline: string }): string {
  return `${r.scenario} vs ${r.baseline}`;
}

function seedRuns(runs: RunSet, scenario: string) {
  const bySeed = runs.get(scenario);
  return bySeed ? [...bySeed.keys()].sort((a, b) => a - b).map((s) => bySeed.get(s)!) : [];
}

function bandOf(values: readonly number[]): { mean: number; low: number | null; high: number | null } {
  const iv = intervalOf(values);
  return { mean: iv.mean, low: Number.isNaN(iv.low) ? null : iv.low, high: Number.isNaN(iv.high) ? null : iv.high };
}

/** Whether any run of these scenarios has the column. */
export function hasColumn(runs: RunSet, scenarios: readonly string[], metric: string): boolean {
  return scenarios.some((s) => seedRuns(runs, s).some((r) => r.values.has(metric)));
}

/** A metric's path per scenario: by period, the mean across seeds and its 95% band. */
export function levelPaths(runs: RunSet, scenarios: readonly string[], metric: string): PathPoint[] {
  const out: PathPoint[] = [];
  for (const series of scenarios) {
    const list = seedRuns(runs, series);
    if (list.length === 0 || !list.every((r) => r.values.has(metric))) continue;
    list[0].periods.forEach((period, row) => {
      // A partial last period holds totals over its few days: plotted, it would look like a fall.
      if (list.some((r) => r.partial[row])) return;
      const values = list.map((r) => (r.periods[row] === period ? r.values.get(metric)![row] : undefined));
      if (values.every((v): v is number => v !== undefined)) out.push({ series, metric, day: list[0].day[row], ...bandOf(values) });
    });
  }
  return out;
}

/** A panel of a small-multiples chart: a scenario against its baseline, or a scenario alone. */
export interface Panel {
  readonly label: string;
  readonly scenario: string;
  readonly baseline: string | undefined;
}

/** A path point placed in a panel, as the scenario's line or its baseline's. */
export interface PanelPoint extends PathPoint {
  readonly panel: string;
  readonly role: 'scenario' | 'baseline';
}

/** One panel per compared pair, in the order the pairs first appear; one per scenario when nothing is compared. */
export function panelsOf(rows: readonly ComparisonRow[], scenarios: readonly string[]): Panel[] {
  const out: Panel[] = [];
  for (const r of rows) {
    const label = pairLabel(r);
    if (!out.some((p) => p.label === label)) out.push({ label, scenario: r.scenario, baseline: r.baseline });
  }
  return out.length > 0 ? out : scenarios.map((s) => ({ label: s, scenario: s, baseline: undefined }));
}

/** A metric's paths in each panel: the scenario's and its baseline's, each a mean across seeds with its band. */
export function panelPaths(runs: RunSet, panels: readonly Panel[], metric: string): PanelPoint[] {
  const out: PanelPoint[] = [];
  for (const p of panels) {
    for (const [role, name] of [
      ['baseline', p.baseline],
      ['scenario', p.scenario],
    ] as const) {
      if (name === undefined) continue;
      for (const point of levelPaths(runs, [name], metric)) out.push({ ...point, panel: p.label, role });
    }
  }
  return out;
}

/** Paired differences by period for these metrics, one series per pair. */
export function differencePaths(rows: readonly ComparisonRow[], metrics: readonly string[]): PathPoint[] {
  return rows
    .filter((r) => r.period !== undefined && metrics.includes(r.metric))
    .map((r) => ({
      series: pairLabel(r),
      metric: r.metric,
      day: r.day,
      mean: r.diff.mean,
      low: Number.isNaN(r.diff.low) ? null : r.diff.low,
      high: Number.isNaN(r.diff.high) ? null : r.diff.high,
    }));
}

/** A group's change over the horizon relative to the baseline, with its interval. */
export interface GroupGain {
  readonly series: string;
  readonly group: string;
  readonly rel: number;
  readonly low: number | null;
  readonly high: number | null;
}

/** Relative change in income per person by cohort (fixed cohorts of agents.csv); an empty cohort has no point. */
export function cohortGains(cohorts: readonly PairCohorts[]): GroupGain[] {
  const out: GroupGain[] = [];
  for (const pair of cohorts) {
    for (const c of COHORTS) {
      const e = pair.effects.find((x) => x.cohort === c.name && x.outcome === 'income_per_capita');
      if (!e || e.baselineMean === 0) continue;
      const scale = Math.abs(e.baselineMean);
      const band = e.diff.n >= 2 ? { low: e.diff.low / scale, high: e.diff.high / scale } : { low: null, high: null };
      out.push({ series: pairLabel(pair), group: c.short, rel: e.diff.mean / scale, ...band });
    }
  }
  return out;
}

/** Each scenario's horizon mean of each column of a group (e.g. sales by channel), over seeds. */
export function horizonParts(runs: RunSet, scenarios: readonly string[], parts: readonly GroupColumn[]): BarPart[] {
  const out: BarPart[] = [];
  for (const scenario of scenarios) {
    const list = seedRuns(runs, scenario);
    for (const p of parts) {
      const values = list.map((r) => horizonMean(r, p.metric, wholePeriodRows(r)));
      if (values.length > 0 && values.every((v): v is number => v !== undefined)) {
        out.push({ scenario, part: p.label, value: intervalOf(values).mean });
      }
    }
  }
  return out;
}

/** Each scenario's value of each column of a group in the last period (stocks such as ties). */
export function finalParts(runs: RunSet, scenarios: readonly string[], parts: readonly GroupColumn[]): BarPart[] {
  const out: BarPart[] = [];
  for (const scenario of scenarios) {
    const list = seedRuns(runs, scenario);
    for (const p of parts) {
      const values = list.map((r) => r.values.get(p.metric)?.[r.periods.length - 1]);
      if (values.length > 0 && values.every((v): v is number => v !== undefined)) {
        out.push({ scenario, part: p.label, value: intervalOf(values).mean });
      }
    }
  }
  return out;
}
