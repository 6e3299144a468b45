/**
 * Effects on fixed cohorts of households, from agents.csv: each household of a scenario paired with
 * the same household (same id, same seed) of its baseline. Cohorts are fixed before any programme
 * acts (day 0) or at a programme's assignment (intention to treat), and taken from the scenario's
 * run, so a programme cannot move a household out of the group it is judged by.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runDirectory } from '../output/runFiles.js';
import { cellNumber, parseCsv } from './csv.js';
import { intervalOf, meanOf, pairedSummary, type Interval, type PairedSummary } from './stats.js';

/** A cohort: an agents.csv column whose cell is `value` (default 1) for its members (none: every household). */
export interface Cohort {
  readonly name: string;
  readonly column: string | undefined;
  readonly value?: string;
  readonly label: string;
  /** A label short enough for a chart panel's header. */
  readonly short: string;
}

/** The cohorts compared, in the order tables show them. */
export const COHORTS: readonly Cohort[] = [
  { name: 'all', column: undefined, label: 'All households', short: 'All households' },
  { name: 'poor_at_start', column: 'poor_at_start', label: 'Poor at the start', short: 'Poor at start' },
  { name: 'participant', column: 'participant', label: 'Participants (as assigned)', short: 'Participants' },
  { name: 'owner_at_start', column: 'owner_at_start', label: 'Business owners at the start', short: 'Owners at start' },
  // Gender of the owner, for owners at the start only (agents.csv leaves it empty for the others).
  {
    name: 'women_owners_at_start',
    column: 'owner_female',
    label: 'Women-run businesses at the start',
    short: 'Women-run at start',
  },
  { name: 'men_owners_at_start', column: 'owner_female', value: '0', label: 'Men-run businesses at the start', short: 'Men-run at start' },
  { name: 'adopter_at_start', column: 'adopter_at_start', label: 'Selling online at the start', short: 'Online at start' },
  {
    name: 'bonding_only_at_start',
    column: 'bonding_only_at_start',
    label: 'Producers with bonding ties only at the start',
    short: 'Bonding-only at start',
  },
  { name: 'returnee', column: 'returnee', label: 'Returning migrants', short: 'Returnees' },
];

/** Outcomes compared per household, with their unit and which way is better. */
export const OUTCOMES = [
  { name: 'income_per_capita', unit: 'Rp per person per month', better: 'higher' },
  { name: 'consumption_per_capita', unit: 'Rp per person per month', better: 'higher' },
  { name: 'poor_on_income', unit: 'households', better: 'lower' },
  { name: 'poor_on_consumption', unit: 'households', better: 'lower' },
] as const;

/** The households of one run's agents.csv, by id (row k is household k). */
export interface RunHouseholds {
  readonly size: readonly number[];
  readonly hamlet: readonly number[];
  readonly incomePerCapita: readonly number[];
  readonly consumptionPerCapita: readonly number[];
  readonly poorOnIncome: readonly number[];
  readonly poorOnConsumption: readonly number[];
  /** Members of each cohort column present in the file. */
  readonly cohorts: ReadonlyMap<string, readonly boolean[]>;
}

/** Parses agents.csv text (households only); `file` names it in error messages. */
export function parseHouseholds(text: string, file: string): RunHouseholds {
  const { header, rows } = parseCsv(text);
  const at = (name: string) => {
    const k = header.indexOf(name);
    if (k < 0) throw new Error(`${file}: expected a column ${name}`);
    return k;
  };
  const [kind, id, size, hamlet, consumption, poorIncome, poorConsumption] = [
    'kind',
    'id',
    'household_size',
    'hamlet',
    'consumption',
    'poor_on_income',
    'poor_on_consumption',
  ].map(at);
  // Income by source: every income_* column, so a new source counts without a change here.
  const income = header.flatMap((name, k) => (name.startsWith('income_') ? [k] : []));
  if (income.length === 0) throw new Error(`${file}: expected income_* columns`);
  const households = rows.filter((r) => r[kind] === 'household');
  households.forEach((r, k) => {
    if (cellNumber(r[id]) !== k) throw new Error(`${file}: expected household ids 0, 1, 2, ... in order, got ${r[id]} in row ${k + 1}`);
  });
  const num = (r: readonly string[], k: number) => cellNumber(r[k]) ?? 0;
  const sizes = households.map((r) => Math.max(1, num(r, size)));
  const cohorts = new Map<string, boolean[]>();
  for (const c of COHORTS) {
    const k = c.column === undefined ? -1 : header.indexOf(c.column);
    if (c.column === undefined)
      cohorts.set(
        c.name,
        households.map(() => true),
      );
    else if (k >= 0)
      cohorts.set(
        c.name,
        households.map((r) => r[k] === (c.value ?? '1')),
      );
  }
  return {
    size: sizes,
    hamlet: households.map((r) => num(r, hamlet)),
    incomePerCapita: households.map((r, k) => income.reduce((s, c) => s + num(r, c), 0) / sizes[k]),
    consumptionPerCapita: households.map((r, k) => num(r, consumption) / sizes[k]),
    poorOnIncome: households.map((r) => num(r, poorIncome)),
    poorOnConsumption: households.map((r) => num(r, poorConsumption)),
    cohorts,
  };
}

/** Reads the households of run (scenario, seed), or undefined when the run wrote no agents.csv. */
export function readRunHouseholds(outDir: string, scenario: string, seed: number): RunHouseholds | undefined {
  const file = path.join(runDirectory(outDir, scenario, seed), 'agents.csv');
  return existsSync(file) ? parseHouseholds(readFileSync(file, 'utf8'), file) : undefined;
}

/**
 * Whether household k is the same household in both runs (same size and hamlet for every id): the
 * condition for comparing them one by one. Setup draws do not depend on the interventions, so a
 * scenario and its baseline on one seed agree; this guards against pairing runs of other villages.
 */
export function sameHouseholds(a: RunHouseholds, b: RunHouseholds): boolean {
  return a.size.length === b.size.length && a.size.every((s, k) => s === b.size[k] && a.hamlet[k] === b.hamlet[k]);
}

/** One outcome of one cohort over the paired seeds where the cohort has members. */
export interface CohortEffect {
  readonly cohort: string;
  readonly outcome: (typeof OUTCOMES)[number]['name'];
  readonly seeds: readonly number[];
  /** Households in the cohort, mean over those seeds. */
  readonly size: number;
  readonly baselineMean: number;
  readonly scenarioMean: number;
  readonly diff: PairedSummary;
  /** Share of the cohort worse off than in the baseline, household by household (money outcomes only). */
  readonly worseOff: Interval | undefined;
}

/** Paired runs of one seed: the scenario's and the baseline's households. */
export interface SeedHouseholds {
  readonly seed: number;
  readonly scenario: RunHouseholds;
  readonly baseline: RunHouseholds;
}

function outcomeValues(h: RunHouseholds, outcome: CohortEffect['outcome']): readonly number[] {
  if (outcome === 'income_per_capita') return h.incomePerCapita;
  if (outcome === 'consumption_per_capita') return h.consumptionPerCapita;
  return outcome === 'poor_on_income' ? h.poorOnIncome : h.poorOnConsumption;
}

/**
 * Every cohort's effects over these seeds: a cohort empty in a seed has no mean there and that seed
 * is left out; a cohort empty in every seed, or missing from the files, has no row at all.
 */
export function cohortEffects(perSeed: readonly SeedHouseholds[]): CohortEffect[] {
  const paired = perSeed.filter((p) => sameHouseholds(p.scenario, p.baseline));
  const out: CohortEffect[] = [];
  for (const cohort of COHORTS) {
    const members = paired.map((p) => ({ p, ids: memberIds(p.scenario.cohorts.get(cohort.name)) })).filter((m) => m.ids.length > 0);
    if (members.length === 0) continue;
    for (const o of OUTCOMES) {
      const headcount = o.better === 'lower';
      // A headcount is a count within the cohort; money is a mean over its households.
      const summarise = (values: readonly number[], ids: readonly number[]) => {
        let sum = 0;
        for (const i of ids) sum += values[i];
        return headcount ? sum : sum / ids.length;
      };
      const a = members.map((m) => summarise(outcomeValues(m.p.scenario, o.name), m.ids));
      const b = members.map((m) => summarise(outcomeValues(m.p.baseline, o.name), m.ids));
      const worse = headcount
        ? undefined
        : intervalOf(members.map((m) => shareWorseOff(outcomeValues(m.p.scenario, o.name), outcomeValues(m.p.baseline, o.name), m.ids)));
      out.push({
        cohort: cohort.name,
        outcome: o.name,
        seeds: members.map((m) => m.p.seed),
        size: meanOf(members.map((m) => m.ids.length)),
        baselineMean: meanOf(b),
        scenarioMean: meanOf(a),
        diff: pairedSummary(a, b, o.better),
        worseOff: worse,
      });
    }
  }
  return out;
}

/** Share of these households with less in the scenario than in the baseline, strictly. */
export function shareWorseOff(scenario: readonly number[], baseline: readonly number[], ids: readonly number[]): number {
  let worse = 0;
  for (const i of ids) if (scenario[i] < baseline[i]) worse++;
  return ids.length > 0 ? worse / ids.length : Number.NaN;
}

function memberIds(flags: readonly boolean[] | undefined): number[] {
  const out: number[] = [];
  flags?.forEach((f, i) => {
    if (f) out.push(i);
  });
  return out;
}
