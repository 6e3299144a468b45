/**
 * The planner's answer first: programmes (not shocks, counterfactuals or baselines) ranked by their
 * effect on the income per person of households poor at the start, with the 95% interval, how many
 * households took part, the share of the poor cohort worse off and, when costs are stated, what a
 * rupiah buys. Scenarios say what they are with `kind:`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runDirectory } from '../output/runFiles.js';
import { cohortEffects, readRunHouseholds, sameHouseholds, type CohortEffect, type RunHouseholds, type SeedHouseholds } from './cohorts.js';
import { pairCosts, readRunCost, type PairCosts, type SeedCosts } from './costs.js';
import { pairedSeeds, type ComparisonRow, type RunSet, type ScenarioPair } from './scenarios.js';
import { meanOf } from './stats.js';
import { alignColumns, formatHuman, formatSummary } from './summary.js';

/** What a scenario is: only programmes are ranked. */
export type ScenarioKind = 'baseline' | 'programme' | 'shock' | 'counterfactual';

/** A scenario's kind: as stated, else `programme` when it schedules interventions and `baseline` when not. */
export function scenarioKind(s: { readonly kind?: string; readonly interventions?: readonly unknown[] }): ScenarioKind {
  if (s.kind === 'baseline' || s.kind === 'programme' || s.kind === 'shock' || s.kind === 'counterfactual') return s.kind;
  return (s.interventions?.length ?? 0) > 0 ? 'programme' : 'baseline';
}

/** The kind of a finished run, from the resolved scenario in its manifest.json. */
export function readRunKind(outDir: string, scenario: string, seed: number): ScenarioKind {
  const file = path.join(runDirectory(outDir, scenario, seed), 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { scenario?: { kind?: string; interventions?: unknown[] } };
  return scenarioKind(manifest.scenario ?? {});
}

/** A pair's cohort effects, with what the ranking needs besides. */
export interface PairCohorts extends ScenarioPair {
  readonly kind: ScenarioKind;
  /** Last day of the runs: agents.csv averages over days 1 to this. */
  readonly day: number;
  readonly effects: readonly CohortEffect[];
  /** Households a programme was assigned to, mean over the paired seeds (0 when none). */
  readonly participants: number;
  /** What the programme cost and bought, paired by seed; undefined when the runs recorded no costs. */
  readonly costs: PairCosts | undefined;
}

/** Paired runs of one seed, with each run's programme cost (rupiah) when its manifest records one. */
export interface SeedRuns extends SeedHouseholds {
  readonly scenarioCost?: number;
  readonly baselineCost?: number;
}

/** Reads agents.csv of both runs of each paired seed and computes every cohort's effects. */
export function comparePairCohorts(
  outDir: string,
  pair: ScenarioPair,
  seeds: readonly number[],
  kind: ScenarioKind,
  day: number,
  read: (scenario: string, seed: number) => RunHouseholds | undefined = (name, seed) => readRunHouseholds(outDir, name, seed),
): PairCohorts {
  const perSeed: SeedRuns[] = [];
  for (const seed of seeds) {
    const scenario = read(pair.scenario, seed);
    const baseline = read(pair.baseline, seed);
    const scenarioCost = readRunCost(outDir, pair.scenario, seed);
    const baselineCost = readRunCost(outDir, pair.baseline, seed);
    if (scenario && baseline) perSeed.push({ seed, scenario, baseline, scenarioCost, baselineCost });
  }
  return pairCohorts(pair, kind, day, perSeed);
}

/** A pair's cohorts from households already read. */
export function pairCohorts(pair: ScenarioPair, kind: ScenarioKind, day: number, perSeed: readonly SeedRuns[]): PairCohorts {
  const count = (h: RunHouseholds) => h.cohorts.get('participant')?.filter((f) => f).length ?? 0;
  const participants = perSeed.length > 0 ? meanOf(perSeed.map((p) => count(p.scenario))) : 0;
  const costed = perSeed.filter(
    (p): p is SeedCosts => p.scenarioCost !== undefined && p.baselineCost !== undefined && sameHouseholds(p.scenario, p.baseline),
  );
  return { ...pair, kind, day, effects: cohortEffects(perSeed), participants, costs: pairCosts(costed, day) };
}

/** A line of the ranked table. */
export interface RankedProgramme {
  readonly rank: number;
  readonly pair: PairCohorts;
  /** Income per person of the poor-at-start cohort; undefined when there is no such data. */
  readonly poor: CohortEffect | undefined;
  /** Income per person of the participants. */
  readonly participantEffect: CohortEffect | undefined;
}

/** The effect on one cohort's income per person, if any. */
export function incomeEffect(pair: PairCohorts, cohort: string): CohortEffect | undefined {
  return pair.effects.find((e) => e.cohort === cohort && e.outcome === 'income_per_capita');
}

/** Programmes only, best effect on the poor first; those without data last, in the order given. */
export function rankProgrammes(pairs: readonly PairCohorts[]): RankedProgramme[] {
  const programmes = pairs.filter((p) => p.kind === 'programme');
  const value = (p: PairCohorts) => incomeEffect(p, 'poor_at_start')?.diff.mean ?? Number.NEGATIVE_INFINITY;
  const order = programmes.map((p, k) => ({ p, k })).sort((x, y) => value(y.p) - value(x.p) || x.k - y.k);
  return order.map(({ p }, k) => ({
    rank: k + 1,
    pair: p,
    poor: incomeEffect(p, 'poor_at_start'),
    participantEffect: incomeEffect(p, 'participant'),
  }));
}

/** An interval as text, or why there is none. */
function range(low: number, high: number, n: number, format: (v: number, scale: number) => string): string {
  if (n < 2 || !Number.isFinite(low)) return 'n/a (1 seed)';
  const scale = Math.max(Math.abs(low), Math.abs(high));
  return `${format(low, scale)} to ${format(high, scale)}`;
}

/** A share as a whole percent. */
export function formatShare(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : 'no data';
}

/** Whole rupiah, signed: finer digits would claim a precision the model does not have. */
function rupiah(v: number, scale = Math.abs(v)): string {
  return formatHuman(v, true, Math.max(100, scale));
}

/** Cells shared by ranked and unranked lines: effect on the poor, its interval, participants, who is worse off. */
function effectCells(pair: PairCohorts, poor: CohortEffect | undefined, part: CohortEffect | undefined): string[] {
  return [
    pair.scenario,
    pair.baseline,
    poor ? rupiah(poor.diff.mean) : 'no data',
    poor ? range(poor.diff.low, poor.diff.high, poor.diff.n, rupiah) : '',
    formatHuman(pair.participants, false, 100),
    poor?.worseOff ? formatShare(poor.worseOff.mean) : 'no data',
    part ? rupiah(part.diff.mean) : 'no data',
    part?.worseOff ? formatShare(part.worseOff.mean) : 'no data',
  ];
}

/** A ratio of rupiah to rupiah, two decimals: "0.42". */
function ratio(v: number, scale = Math.abs(v)): string {
  return formatHuman(v, false, Math.min(99, Math.max(1, scale)));
}

/** Cost cells: cost per run, poor income gained per rupiah with its interval, cost per household lifted. */
export function costCells(costs: PairCosts | undefined): string[] {
  if (costs === undefined) return ['cost not stated', '', '', ''];
  const per = costs.perRupiah;
  return [
    formatHuman(costs.cost.mean, false, 100),
    per === undefined ? 'n/a (no cost)' : ratio(per.mean),
    per === undefined ? '' : range(per.low, per.high, per.n, ratio),
    costs.costPerLifted === undefined ? 'none lifted' : formatHuman(costs.costPerLifted, false, 100),
  ];
}

/** The cells of a ranked line, in the order of RANKED_HEADER. */
export function rankedCells(r: RankedProgramme): string[] {
  return [String(r.rank), ...effectCells(r.pair, r.poor, r.participantEffect), ...costCells(r.pair.costs)];
}

const EFFECT_HEADER = [
  'baseline',
  'effect on the poor (Rp per person per month)',
  '95% CI',
  'participants (households)',
  'poor worse off',
  'effect on participants (Rp per person per month)',
  'participants worse off',
];

/** Column heads of the ranked table, with units. */
export const RANKED_HEADER = [
  'rank',
  'programme',
  ...EFFECT_HEADER,
  'cost per run (Rp)',
  'poor income gained per Rp spent',
  '95% CI per Rp',
  'cost per household lifted (Rp)',
];

const RIGHT = [false, true, false, true, true, true, true];

/** Which columns of the ranked table hold numbers (right-aligned). */
export const RANKED_NUMERIC: readonly boolean[] = [true, false, ...RIGHT, true, true, true, true];

/** The ranked table for stdout, or '' when no programme was compared. */
export function formatRanking(ranked: readonly RankedProgramme[]): string {
  if (ranked.length === 0) return '';
  const seeds = [...new Set(ranked.map((r) => r.poor?.diff.n).filter((n) => n !== undefined))].join(' or ');
  const head =
    'Programmes ranked by their effect on households poor at the start: change in income per person, Rp per month, ' +
    `averaged over the run, paired household by household and by seed${seeds !== '' ? ` (${seeds} seeds)` : ''}`;
  const table = [RANKED_HEADER, ...ranked.map(rankedCells)];
  return `${head}\n${alignColumns(table, RANKED_NUMERIC)}\n`;
}

/** The same figures for the pairs that are not ranked (shocks, counterfactuals, baselines), or ''. */
export function formatUnranked(pairs: readonly PairCohorts[]): string {
  const others = pairs.filter((p) => p.kind !== 'programme' && p.effects.length > 0);
  if (others.length === 0) return '';
  const lines = others.map((p) => [p.kind, ...effectCells(p, incomeEffect(p, 'poor_at_start'), incomeEffect(p, 'participant'))]);
  const head = 'Not ranked (shocks, counterfactuals, baselines): the same figures';
  return `${head}\n${alignColumns([['kind', 'scenario', ...EFFECT_HEADER], ...lines], [false, false, ...RIGHT])}\n`;
}

/**
 * What stdout shows after a comparison: the ranked programmes, the other pairs' same figures, and
 * the metrics table only for pairs without cohorts (runs without agents.csv); every figure of every
 * pair is in comparison.csv.
 */
export function stdoutSummary(
  rows: readonly ComparisonRow[],
  cohorts: readonly PairCohorts[],
  ranked: readonly RankedProgramme[],
  csv: string,
): string {
  const withCohorts = (r: ComparisonRow) =>
    cohorts.some((c) => c.scenario === r.scenario && c.baseline === r.baseline && c.effects.length > 0);
  const parts = [formatRanking(ranked), formatUnranked(cohorts), formatSummary(rows.filter((r) => !withCohorts(r)))].filter(
    (t) => t !== '',
  );
  if (rows.some(withCohorts)) parts.push(`Every metric of every pair, per period and over the run: ${csv}\n`);
  return parts.join('\n');
}

/** Cohort effects of each pair, read from the runs' agents.csv and manifest.json. */
export function readPairCohorts(outDir: string, runs: RunSet, pairs: readonly ScenarioPair[]): PairCohorts[] {
  // A baseline serves many pairs: read each run's agents.csv once.
  const cache = new Map<string, RunHouseholds | undefined>();
  const read = (name: string, seed: number) => {
    const key = `${name}\u0000${seed}`;
    if (!cache.has(key)) cache.set(key, readRunHouseholds(outDir, name, seed));
    return cache.get(key);
  };
  return pairs.map((p) => {
    const seeds = pairedSeeds(runs, p);
    const first = runs.get(p.scenario)!.get(seeds[0])!;
    const day = first.day[first.day.length - 1] ?? 0;
    return comparePairCohorts(outDir, p, seeds, readRunKind(outDir, p.scenario, seeds[0]), day, read);
  });
}
