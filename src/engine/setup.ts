/**
 * Builds the world of a run from a validated scenario and a seed. Every draw comes from the
 * `setup` stream (agents) or the `network` stream (ties), in index order.
 */
import { createStreams, normal, poisson, type Rng } from '../rng.js';
import type { Scenario } from '../scenario/schema.js';
import { createHouseholds, type Households } from '../world/households.js';
import { accountBlocks, blockStart, blockView, createLedger, sealLedger } from '../world/ledger.js';
import { createNetwork, NODE_KIND } from '../world/network.js';
import type { Params, World } from '../world/world.js';

/** Daily rates and limits derived from the scenario. */
export function deriveParams(s: Scenario): Params {
  const hh = s.households;
  return {
    workProbability: Math.min(1, hh.work_days_per_month / 30),
    incomeVolatility: hh.income_volatility,
    dailyPropensity: 1 - Math.pow(1 - hh.discretionary_propensity, 1 / 30),
    borrowingLimitDays: hh.borrowing_limit_months * 30,
    repaymentShare: hh.repayment_share,
  };
}

/**
 * Expected income per capita for one village: lognormal with the scenario's spread, scaled so
 * that exactly `poor` households fall below the poverty line (the village's measured count).
 */
function perCapitaIncomes(rng: Rng, n: number, poor: number, line: number, sigma: number): Float64Array {
  const z = new Float64Array(n);
  for (let k = 0; k < n; k++) z[k] = normal(rng);
  const sorted = Float64Array.from(z).sort();
  const p = Math.min(poor, n);
  const cut = p === 0 ? sorted[0] - 1 : p === n ? sorted[n - 1] + 1 : (sorted[p - 1] + sorted[p]) / 2;
  const y = new Float64Array(n);
  for (let k = 0; k < n; k++) y[k] = line * Math.exp(sigma * (z[k] - cut));
  return y;
}

function setupHouseholds(h: Households, s: Scenario, rng: Rng): void {
  const pop = s.population;
  const hh = s.households;
  const perVillage = pop.households;
  for (let v = 0; v < pop.villages; v++) {
    const y = perCapitaIncomes(rng, perVillage, pop.poor_households, hh.poverty_line, hh.income_sigma);
    for (let k = 0; k < perVillage; k++) {
      const i = v * perVillage + k;
      const poor = y[k] < hh.poverty_line ? 1 : 0;
      const meanSize = poor ? hh.size_poor : hh.size_nonpoor;
      const size = Math.min(12, 1 + poisson(rng, Math.max(0, meanSize - 1)));
      h.size[i] = size;
      h.village[i] = v;
      h.hamlet[i] = v * pop.hamlets + Math.floor((k * pop.hamlets) / perVillage);
      h.poorAtStart[i] = poor;
      h.wage[i] = (y[k] * size) / Math.max(1, hh.work_days_per_month);
      h.need[i] = Math.floor((size * hh.poverty_line * hh.basic_need) / 30);
      h.buffer[i] = Math.floor(h.need[i] * 30 * hh.buffer_months);
      h.cash[i] = Math.floor(h.need[i] * 30 * hh.initial_savings_months);
    }
  }
}

/** A ready-to-run world at day 0. */
export function createWorld(scenario: Scenario, seed: number): World {
  const streams = createStreams(seed);
  const pop = scenario.population;
  const householdCount = pop.villages * pop.households;

  const money = createLedger(
    'money',
    'rupiah',
    accountBlocks([
      ['household', householdCount],
      ['outside:employers', 1],
      ['outside:sellers', 1],
      ['outside:lenders', 1],
    ]),
  );
  const households = createHouseholds(householdCount, blockView(money, 'household'));
  setupHouseholds(households, scenario, streams.get('setup'));

  const nodeKind = new Uint8Array(householdCount).fill(NODE_KIND.household);
  const net = createNetwork(nodeKind, households.village, households.hamlet, householdCount * 4);

  // Outside accounts start at zero and go negative as they pay into the village.
  sealLedger(money);
  return {
    scenario,
    seed,
    params: deriveParams(scenario),
    t: 0,
    periodStart: 0,
    period: 0,
    households,
    net,
    money,
    outside: {
      employers: blockStart(money, 'outside:employers'),
      sellers: blockStart(money, 'outside:sellers'),
      lenders: blockStart(money, 'outside:lenders'),
    },
    streams,
    rng: {
      schedule: streams.get('schedule'),
      households: streams.get('rule:households'),
    },
  };
}
