/**
 * Economy 2, labour with a price (docs/model.md "Households"): the owner and family work in the business
 * (up to `labour.family_workers`, each for `labour.family_time` of a working day, the rest going to
 * housework, farming and informal work) and the household forgoes part of its informal earnings
 * every day the business runs; more workers are hired from households tied to the owner by bonding ties, poor
 * households first, and paid `labour.wage_per_day` in cash on the days they work and their day's
 * packs pay the wage. A hired worker's household forgoes the same share of its informal earnings on
 * those days only: on the others the worker does its usual informal work. A business hires when its
 * workers limited output on `labour.hire_share` of its last 30 active days and lets a worker go when
 * it has had more hands than sales for a month.
 */
import { NODE_KIND, otherEnd, TIE_CLASS } from '../world/network.js';
import { MAX_HIRED } from '../world/producers.js';
import type { World } from '../world/world.js';
import { businessCash, payForBusiness, recordCost } from './business.js';
import { countDays, dailyProductionCost, outputPerWorkerDay } from './finance.js';

/**
 * Share of household i's informal earnings forgone while a member works in a home industry:
 * `labour.forgone_share`, or none for a household whose migrant came back during the run. The
 * returnee comes home without work (seed 002: returnees "return unemployed and fall poor again"),
 * so the days the returnee gives a business, its own or a neighbour's, were not informal work the
 * household's other earners did.
 */
export function forgoneShare(w: World, i: number): number {
  return w.households.returnedDay[i] >= 0 ? 0 : w.scenario.labour.forgone_share;
}

/** Worker-days a day producer p's own family gives the business: its family workers times `labour.family_time`. */
export function familyWorkerDays(w: World, p: number): number {
  return (w.producers.workers[p] - w.producers.hired[p]) * w.params.familyTime;
}

/** Whole worker-days covering `days`, ignoring rounding noise of fractional family days. */
export function wholeDays(days: number): number {
  return Math.ceil(days - 1e-9);
}

/** A household tied to producer p's owner by a bonding tie that can work for it today, poor first, then the most trusted; -1 if none. */
function findWorker(w: World, p: number): number {
  const h = w.households;
  const net = w.net;
  const i = w.producers.household[p];
  let best = -1;
  let bestScore = -1;
  const end = net.adjStart[i] + net.adjLen[i];
  for (let a = net.adjStart[i]; a < end; a++) {
    const e = net.adj[a];
    if (net.alive[e] === 0 || net.tieClass[e] !== TIE_CLASS.bonding) continue;
    const j = otherEnd(net, e, i);
    if (net.nodeKind[j] !== NODE_KIND.household || h.producer[j] >= 0 || h.employer[j] >= 0 || h.wageDay[j] === w.t) continue;
    // Poor households first; among equals, the most trusted tie.
    const score = h.poorAtStart[j] * 2 + net.trust[e];
    if (score > bestScore) {
      best = j;
      bestScore = score;
    }
  }
  return best;
}

/** Hires one worker for producer p from a household tied to the owner by a bonding tie, poor first; false if none can come. */
export function hireWorker(w: World, p: number): boolean {
  const pr = w.producers;
  if (pr.hired[p] >= MAX_HIRED || pr.workers[p] >= w.scenario.home_industries.workers_max) return false;
  const best = findWorker(w, p);
  if (best < 0) return false;
  pr.hires[p * MAX_HIRED + pr.hired[p]] = best;
  pr.hired[p]++;
  pr.workers[p]++;
  w.households.employer[best] = p;
  return true;
}

/**
 * A market day's stall needs a person all day. The family staffs it when its working time covers a
 * day of expected production and a whole day more; otherwise the business pays a helper for the
 * day, a hired worker not yet paid today or else a household found as for hiring. Without cash or
 * anyone to come, the family staffs it anyway.
 */
export function staffStall(w: World, p: number): void {
  const pr = w.producers;
  if (familyWorkerDays(w, p) >= 1 + pr.salesEma[p] / outputPerWorkerDay(w, p)) return;
  if (businessCash(w, p) < w.params.wagePerDay) return;
  let j = -1;
  for (let k = 0; k < pr.hired[p] && j < 0; k++) {
    const c = pr.hires[p * MAX_HIRED + k];
    if (w.households.wageDay[c] !== w.t) j = c;
  }
  if (j < 0) j = findWorker(w, p);
  if (j >= 0) payDay(w, p, j);
}

/** Lets producer p's last hired worker go. */
function releaseWorker(w: World, p: number): void {
  const pr = w.producers;
  const k = p * MAX_HIRED + pr.hired[p] - 1;
  const j = pr.hires[k];
  pr.hires[k] = -1;
  pr.hired[p]--;
  pr.workers[p]--;
  w.households.employer[j] = -1;
  w.households.informalShare[j] = 1;
}

/** A business that closes lets its workers go and its owner returns to informal work. */
export function releaseAll(w: World, p: number): void {
  while (w.producers.hired[p] > 0) releaseWorker(w, p);
  w.households.informalShare[w.producers.household[p]] = 1;
}

/** At setup: each business keeps up to `family_workers` of its drawn workers from its own household and hires the rest through bonding ties. */
export function setupLabour(w: World): void {
  const pr = w.producers;
  const family = w.scenario.labour.family_workers;
  for (let p = 0; p < pr.count; p++) {
    const wanted = pr.workers[p] - Math.min(family, pr.workers[p]);
    pr.workers[p] = Math.min(family, pr.workers[p]);
    w.households.informalShare[pr.household[p]] = 1 - forgoneShare(w, pr.household[p]);
    for (let k = 0; k < wanted; k++) if (!hireWorker(w, p)) break;
  }
}

/** Weekly for each running business: hire when labour binds, let a worker go when hands outnumber sales. */
export function adjustWorkforce(w: World, p: number): void {
  const pr = w.producers;
  w.households.informalShare[pr.household[p]] = 1 - forgoneShare(w, pr.household[p]);
  if ((w.t + p) % 7 !== 0) return;
  const active = countDays(pr.activeBits[p]);
  if (active < 10) return;
  const labourDays = countDays(pr.labourBits[p]);
  if (labourDays >= w.params.hireShare * active) {
    if (workerPays(w, p) && businessCash(w, p) >= w.params.wagePerDay * 7) hireWorker(w, p);
  } else if (
    labourDays === 0 &&
    pr.hired[p] > 0 &&
    (familyWorkerDays(w, p) + pr.hired[p] - 1) * outputPerWorkerDay(w, p) >= pr.salesEma[p] * 1.5
  ) {
    releaseWorker(w, p);
  }
}

/** Whether a day of a hired worker pays for producer p: the margin of a worker-day's packs, sold through a warung at the mean commission, covers the wage. */
export function workerPays(w: World, p: number): boolean {
  const war = w.scenario.warungs;
  const unitCost = dailyProductionCost(w, p) / Math.max(1, w.producers.salesEma[p]);
  const margin = w.producers.price[p] * (1 - (war.margin_min + war.margin_max) / 2) - unitCost;
  return margin * outputPerWorkerDay(w, p) >= w.params.wagePerDay;
}

/** Hired workers producer p can use today for `wanted` packs, pay from its cash, and whose day pays. */
export function payableWorkers(w: World, p: number, wanted: number, cash: number): number {
  const pr = w.producers;
  if (pr.hired[p] === 0 || !workerPays(w, p)) return 0;
  const wage = w.params.wagePerDay;
  const useful = Math.max(0, Math.min(pr.hired[p], wholeDays(wanted / outputPerWorkerDay(w, p) - familyWorkerDays(w, p))));
  return wage > 0 ? Math.min(useful, Math.floor(cash / wage)) : useful;
}

/** Pays the first `n` hired workers of producer p a day's wage, in cash; their households work less informally today. */
export function payWages(w: World, p: number, n: number): void {
  const pr = w.producers;
  for (let k = 0; k < n; k++) payDay(w, p, pr.hires[p * MAX_HIRED + k]);
}

/** Pays household j a day's wage from producer p's pool; it works less informally today. */
function payDay(w: World, p: number, j: number): void {
  const wage = w.params.wagePerDay;
  payForBusiness(w, p, j, wage);
  recordCost(w, p, wage);
  w.households.incomeWage[j] += wage;
  w.households.wageDay[j] = w.t;
}
