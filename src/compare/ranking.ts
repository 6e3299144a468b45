/**
 * The planner's answer first: programmes (not shocks, counterfactuals or baselines) ranked by their
 * effect on the income per person of households poor at the start, with the 95% interval, how many
 * households took part, the share of the poor cohort worse off and, when costs are stated, what a
 * rupiah buys. Scenarios say what they are with `kind:`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runDirectory } from '../output/runFiles.js';
import { cohortEffects, readRunHouseholds, type CohortEffect, type RunHouseholds, type SeedHouseholds } from './cohorts.js';
import type { ScenarioPair } from './scenarios.js';
import { meanOf } from './stats.js';
import { alignColumns, formatHuman } from './summary.js';

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
  /** Programme cost in rupiah over the horizon; undefined while scenarios do not state costs. */
  readonly cost: number | undefined;
}

/** Reads agents.csv of both runs of each paired seed and computes every cohort's effects. */
export function comparePairCohorts(
  outDir: string,
  pair: ScenarioPair,
  seeds: readonly number[],
  kind: ScenarioKind,
  day: number,
): PairCohorts {
  const perSeed: SeedHouseholds[] = [];
  for (const seed of seeds) {
    const scenario = readRunHouseholds(outDir, pair.scenario, seed);
    const baseline = readRunHouseholds(outDir, pair.baseline, seed);
    if (scenario && baseline) perSeed.push({ seed, scenario, baseline });
  }
  return pairCohorts(pair, kind, day, perSeed);
}

/** A pair's cohorts from households already read. */
export function pairCohorts(pair: ScenarioPair, kind: ScenarioKind, day: number, perSeed: readonly SeedHouseholds[]): PairCohorts {
  const count = (h: RunHouseholds) => h.cohorts.get('participant')?.filter((f) => f).length ?? 0;
  const participants = perSeed.length > 0 ? meanOf(perSeed.map((p) => count(p.scenario))) : 0;
  return { ...pair, kind, day, effects: cohortEffects(perSeed), participants, cost: undefined };
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

/** The cells of a ranked line, in the order of RANKED_HEADER. */
export function rankedCells(r: RankedProgramme): string[] {
  // Whole rupiah and whole households: finer digits would claim a precision the model does not have.
  const money = (v: number, scale: number) => formatHuman(v, true, Math.max(100, scale));
  const rupiah = (v: number) => money(v, Math.abs(v));
  const poor = r.poor;
  const part = r.participantEffect;
  return [
    String(r.rank),
    r.pair.scenario,
    r.pair.baseline,
    poor ? rupiah(poor.diff.mean) : 'no data',
    poor ? range(poor.diff.low, poor.diff.high, poor.diff.n, money) : '',
    formatHuman(r.pair.participants, false, 100),
    poor?.worseOff ? formatShare(poor.worseOff.mean) : 'no data',
    part ? rupiah(part.diff.mean) : 'no data',
    r.pair.cost === undefined ? 'cost not stated' : formatHuman(r.pair.cost),
  ];
}

/** Column heads of the ranked table, with units. */
export const RANKED_HEADER = [
  'rank',
  'programme',
  'baseline',
  'poor households: income effect (Rp per person per month)',
  '95% CI',
  'participants (households)',
  'poor households worse off',
  'participants: income effect (Rp per person per month)',
  'cost (Rp)',
];

/** The ranked table for stdout, or '' when no programme was compared. */
export function formatRanking(ranked: readonly RankedProgramme[]): string {
  if (ranked.length === 0) return '';
  const seeds = [...new Set(ranked.map((r) => r.poor?.diff.n).filter((n) => n !== undefined))].join(' or ');
  const head =
    'Programmes ranked by their effect on households poor at the start: change in income per person, Rp per month, ' +
    `averaged over the run, paired household by household and by seed${seeds !== '' ? ` (${seeds} seeds)` : ''}`;
  const table = [RANKED_HEADER, ...ranked.map(rankedCells)];
  return `${head}\n${alignColumns(table, [true, false, false, true, false, true, true, true, true])}\n`;
}
