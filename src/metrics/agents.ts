/**
 * agents.csv: one row per agent at the end of a run. Households carry their cohorts (fixed at day 0
 * or at a programme's assignment, so a programme cannot move a household between them), their
 * income by source and spending, whether they were poor over the run and, for those running a home
 * industry, its revenue by sales channel (the decomposition), costs and output; every agent carries
 * its ties by class. Money is per month, averaged over the run. A household keeps its id in every
 * scenario run on the same seed, so rows pair across a scenario and its baseline.
 */
import { INCOME_SOURCES } from '../world/households.js';
import { TIE_CLASS_NAMES } from '../world/network.js';
import { CHANNELS } from '../world/producers.js';
import type { World } from '../world/world.js';
import { TIE_CLASS } from '../world/network.js';
import { isPartialPeriod, reportedDay } from './period.js';
import { pushDigitalCells } from './digitalAgents.js';

/** Intervention types that befall the village rather than enrol households: their members are no participants. */
const SHOCK_TYPES: ReadonlySet<string> = new Set(['supplier-disruption', 'crisis', 'principle-withdrawal']);
/** Intervention types whose members are household ids (the others' are producer ids). */
const HOUSEHOLD_MEMBER_TYPES: ReadonlySet<string> = new Set(['returning-migrants']);

/** Cohorts fixed at day 0, by household: 1 if so at day 0, before any programme acts. */
export interface StartCohorts {
  /** Ran a home industry. */
  readonly owner: Uint8Array;
  /** Ran a home industry that sold online. */
  readonly adopter: Uint8Array;
  /** Ran a home industry whose ties were all bonding (no bridging or linking tie). */
  readonly bondingOnly: Uint8Array;
}

/** Records who is in each day-0 cohort; call at day 0, after the warm-up. */
export function recordStartCohorts(w: World): StartCohorts {
  const h = w.households;
  const out = { owner: new Uint8Array(h.count), adopter: new Uint8Array(h.count), bondingOnly: new Uint8Array(h.count) };
  const ties = [0, 0, 0, 0, 0];
  for (let i = 0; i < h.count; i++) {
    const p = h.producer[i];
    if (p < 0) continue;
    out.owner[i] = 1;
    out.adopter[i] = w.producers.adopted[p] === 1 ? 1 : 0;
    tieSummary(w, i, ties);
    out.bondingOnly[i] = ties[TIE_CLASS.bridging] === 0 && ties[TIE_CLASS.linking] === 0 ? 1 : 0;
  }
  return out;
}

/**
 * Households each programme was assigned to (intention to treat: recorded when it began, whatever
 * they did after), by household: 1 if any programme of the run enrolled it. Shocks enrol nobody.
 */
export function participantHouseholds(w: World): Uint8Array {
  const out = new Uint8Array(w.households.count);
  for (const iv of w.interventions) {
    if (SHOCK_TYPES.has(iv.spec.type)) continue;
    const byHousehold = HOUSEHOLD_MEMBER_TYPES.has(iv.spec.type);
    for (const m of iv.members) out[byHousehold ? m : w.producers.household[m]] = 1;
  }
  return out;
}

/** Columns of agents.csv, in order. */
export const AGENT_COLUMNS = [
  'kind',
  'id',
  'village',
  'hamlet',
  'household_size',
  'poor_at_start',
  'poor_periods',
  'home_industry',
  'ex_migrant',
  'migrant_abroad',
  'group_member',
  'adopter',
  'active',
  'owner_at_start',
  'owner_female',
  'adopter_at_start',
  'bonding_only_at_start',
  'participant',
  'returnee',
  ...INCOME_SOURCES.map((s) => `income_${s}`),
  'consumption',
  'poor_on_income',
  'poor_on_consumption',
  ...CHANNELS.map((c) => `revenue_${c}`),
  ...TIE_CLASS_NAMES.map((c) => `revenue_${c}`),
  'business_costs',
  'packs_made',
  'failures',
  'capital_constrained_at_start',
  ...TIE_CLASS_NAMES.map((c) => `ties_${c}`),
  'trust_mean',
  'cash',
  'debt',
] as const;

function tieSummary(w: World, node: number, out: number[]): void {
  const net = w.net;
  out[0] = out[1] = out[2] = out[3] = out[4] = 0;
  const end = net.adjStart[node] + net.adjLen[node];
  for (let a = net.adjStart[node]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 0) continue;
    out[net.tieClass[e]]++;
    out[3] += net.trust[e];
    out[4]++;
  }
}

const int = (x: number) => String(Math.round(x));
const dec = (x: number) => x.toFixed(4);

/** What every household row needs besides the world: day-0 cohorts, participants, months reported. */
interface RowContext {
  readonly cohorts: StartCohorts;
  readonly participants: Uint8Array;
  readonly months: number;
}

function householdRow(w: World, i: number, ctx: RowContext, ties: number[]): string[] {
  const h = w.households;
  const months = ctx.months;
  const pr = w.producers;
  const p = h.producer[i];
  const n = INCOME_SOURCES.length;
  const row = [
    'household',
    String(i),
    String(h.village[i]),
    String(h.hamlet[i]),
    String(h.size[i]),
    String(h.poorAtStart[i]),
    String(h.poorPeriods[i]),
    p >= 0 ? '1' : '0',
    String(h.exMigrant[i]),
    String(h.migrantAbroad[i]),
    h.group[i] >= 0 ? '1' : '0',
    p >= 0 ? String(pr.adopted[p]) : '0',
    p >= 0 ? String(pr.active[p]) : '',
    String(ctx.cohorts.owner[i]),
    // Owners at the start only: a business started later is not in the day-0 groups.
    ctx.cohorts.owner[i] === 1 ? String(h.ownerFemale[i]) : '',
    String(ctx.cohorts.adopter[i]),
    String(ctx.cohorts.bondingOnly[i]),
    String(ctx.participants[i]),
    h.returnedDay[i] >= 0 ? '1' : '0',
  ];
  let income = 0;
  for (let k = 0; k < n; k++) {
    row.push(int(h.incomeTotal[i * n + k] / months));
    income += h.incomeTotal[i * n + k];
  }
  // Poor over the run: income (or spending) per capita per month, averaged over the reported days, below the line.
  const line = w.scenario.households.poverty_line * h.size[i];
  row.push(int(h.consumptionTotal[i] / months), income / months < line ? '1' : '0', h.consumptionTotal[i] / months < line ? '1' : '0');
  for (let c = 0; c < CHANNELS.length; c++) row.push(p >= 0 ? int(pr.revenueTotal[p * CHANNELS.length + c] / months) : '');
  for (let c = 0; c < 3; c++) row.push(p >= 0 ? int(pr.revenueByClassTotal[p * 3 + c] / months) : '');
  row.push(
    p >= 0 ? int(pr.costsTotal[p] / months) : '',
    p >= 0 ? int(pr.producedTotal[p] / months) : '',
    p >= 0 ? String(pr.failures[p]) : '',
  );
  row.push(p >= 0 && pr.constrainedAtStart[p] >= 0 ? String(pr.constrainedAtStart[p]) : '');
  tieSummary(w, i, ties);
  row.push(String(ties[0]), String(ties[1]), String(ties[2]), ties[4] > 0 ? dec(ties[3] / ties[4]) : '', int(h.cash[i]), int(h.debt[i]));
  return row;
}

function businessRow(w: World, kind: 'supplier' | 'warung', id: number, node: number, cash: number, ties: number[]): string[] {
  const row = [kind, String(id), String(w.net.nodeVillage[node]), String(w.net.nodeHamlet[node])];
  while (row.length < AGENT_COLUMNS.length - 6) row.push('');
  tieSummary(w, node, ties);
  row.push(String(ties[0]), String(ties[1]), String(ties[2]), ties[4] > 0 ? dec(ties[3] / ties[4]) : '', int(cash), '');
  return row;
}

/** Columns of agents_periods.csv, in order (money per month over the period). */
export const AGENT_PERIOD_COLUMNS = [
  'period',
  'day',
  'id',
  'poor',
  ...INCOME_SOURCES.map((s) => `income_${s}`),
  ...CHANNELS.map((c) => `revenue_${c}`),
  ...TIE_CLASS_NAMES.map((c) => `revenue_${c}`),
] as const;

/**
 * Fills `row` with household i's line of agents_periods.csv for the period that just ended (before
 * its accumulators are cleared); `monthFactor` turns period totals into what is reported (amounts
 * per month, or a partial period's own totals, whose `poor` cell is then empty).
 */
export function agentPeriodRow(w: World, i: number, monthFactor: number, row: string[]): void {
  const h = w.households;
  const p = h.producer[i];
  const pr = w.producers;
  const incomes = [h.incomeInformal[i], h.incomeHomeIndustry[i], h.incomeTrade[i], h.incomeRemittance[i], h.incomeWage[i]];
  let total = 0;
  for (const x of incomes) total += x;
  row.length = 0;
  const poor = isPartialPeriod(w) ? '' : total * monthFactor < w.scenario.households.poverty_line * h.size[i] ? '1' : '0';
  row.push(String(w.period), String(reportedDay(w)), String(i), poor);
  for (const x of incomes) row.push(int(x * monthFactor));
  for (let c = 0; c < CHANNELS.length; c++) row.push(p >= 0 ? int(pr.revenue[p * CHANNELS.length + c] * monthFactor) : '');
  for (let c = 0; c < 3; c++) row.push(p >= 0 ? int(pr.revenueByClass[p * 3 + c] * monthFactor) : '');
}

/** Rows of agents.csv for a world at the end of its run (generated lazily, so a region is streamed). */
export function* agentRows(w: World, cohorts: StartCohorts): Generator<string[]> {
  // Run totals count from day 0 (the warm-up's are cleared), so they are averaged over the reported days.
  const ctx = { cohorts, participants: participantHouseholds(w), months: Math.max(1, reportedDay(w)) / 30 };
  const ties = [0, 0, 0, 0, 0];
  const social2 = w.params.social2;
  const h = w.households;
  for (let i = 0; i < h.count; i++) {
    const row = householdRow(w, i, ctx, ties);
    if (social2) pushDigitalCells(w, row, i, h.hamlet[i]);
    yield row;
  }
  for (let s = 0; s < w.suppliers.count; s++) {
    const row = businessRow(w, 'supplier', s, w.suppliers.node[s], w.suppliers.cash[s], ties);
    if (social2) pushDigitalCells(w, row, -1, w.net.nodeHamlet[w.suppliers.node[s]]);
    yield row;
  }
  for (let k = 0; k < w.warungs.count; k++) {
    const row = businessRow(w, 'warung', k, w.warungs.node[k], w.warungs.cash[k], ties);
    if (social2) pushDigitalCells(w, row, -1, w.net.nodeHamlet[w.warungs.node[k]]);
    yield row;
  }
}
