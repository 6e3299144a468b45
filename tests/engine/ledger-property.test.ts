import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/engine/setup.js';
import { step } from '../../src/engine/step.js';
import { tinyScenario } from '../helpers/world.js';
import type { Ledger } from '../../src/world/ledger.js';

const share = fc.double({ min: 0, max: 1, noNaN: true });

/** Random small scenarios: sizes, switches and strengths anywhere in their valid ranges. */
const smallScenario = fc
  .record({
    households: fc.integer({ min: 2, max: 60 }),
    poorShare: share,
    homeIndustries: fc.integer({ min: 1, max: 8 }),
    suppliers: fc.integer({ min: 1, max: 3 }),
    warungs: fc.integer({ min: 1, max: 4 }),
    hamlets: fc.integer({ min: 1, max: 3 }),
    credit: fc.boolean(),
    consignment: fc.boolean(),
    referrals: fc.boolean(),
    reciprocity: share,
    exchange: share,
    similarity: share,
    reliability: share,
    snack: share,
    adopters: share,
    days: fc.integer({ min: 5, max: 70 }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map((r) => ({
    seed: r.seed,
    days: r.days,
    scenario: tinyScenario({
      population: {
        households: r.households,
        poor_households: Math.floor(r.households * r.poorShare),
        home_industries: Math.min(r.homeIndustries, r.households),
        suppliers: r.suppliers,
        warungs: r.warungs,
        hamlets: r.hamlets,
      },
      network: { supplier_credit: r.credit, consignment: r.consignment, referrals: r.referrals, referral_rate: 0.5 },
      principles: { reciprocity: { strength: r.reciprocity }, exchange: { strength: r.exchange }, similarity: { strength: r.similarity } },
      suppliers: { materials_each: 1, reliability_min: r.reliability, reliability_max: r.reliability, delay_mean_days: 5 },
      warungs: { snack_probability: r.snack },
      digital: { initial_adopter_share: r.adopters, skill_threshold: 0 },
      households: { ex_migrant_share: 0.2, migrant_abroad_share: 0.2 },
    }),
  }));

function agentAccountsNonNegative(ledger: Ledger): boolean {
  for (const b of ledger.blocks) {
    if (b.name.startsWith('outside:')) continue;
    for (let k = b.start; k < b.start + b.count; k++) if (ledger.balance[k] < 0) return false;
  }
  return true;
}

describe('the ledger invariant', () => {
  it('holds every day of random small scenarios: nothing is created or lost, no agent stock goes negative', () => {
    fc.assert(
      fc.property(smallScenario, ({ scenario, seed, days }) => {
        const w = createWorld(scenario, seed);
        const totals = [w.money.total, w.materials.total, w.products.total];
        for (let d = 0; d < days; d++) {
          step(w); // step runs the exact end-of-tick check and throws on any mismatch
          expect(agentAccountsNonNegative(w.money)).toBe(true);
          expect(agentAccountsNonNegative(w.materials)).toBe(true);
          expect(agentAccountsNonNegative(w.products)).toBe(true);
        }
        const sum = (l: Ledger) => l.balance.reduce((a, b) => a + b, 0);
        expect([sum(w.money), sum(w.materials), sum(w.products)]).toEqual(totals);
      }),
      { numRuns: 40, seed: 20231 },
    );
  });
});
