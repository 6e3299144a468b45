/** Programme costs: defaults per type, what a scenario states, and the principal written off at default. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runWorld } from '../../src/engine/run.js';
import {
  BIMTEK_COST,
  DEFAULT_COSTS,
  DEVICE_COST,
  defaultCost,
  programmeCost,
  resolveCost,
  RETURNEE_GROUP_COST,
} from '../../src/interventions/costs.js';
import { runTimeline } from '../../src/interventions/index.js';
import { settlement } from '../../src/rules/settlement.js';
import { interventionSchema } from '../../src/scenario/interventionSchema.js';
import type { World } from '../../src/world/world.js';
import { setStock, tinyWorld } from '../helpers/world.js';

function at(w: World, t: number): void {
  w.t = t;
  runTimeline(w);
}

describe('cost defaults', () => {
  it('every type has a default with its reasoning, shocks cost nothing', () => {
    for (const [type, c] of Object.entries(DEFAULT_COSTS)) {
      expect(Number.isInteger(c.fixed) && Number.isInteger(c.per_participant), type).toBe(true);
      expect(c.source.length, type).toBeGreaterThan(20);
    }
    expect(defaultCost({ type: 'crisis' })).toEqual({ fixed: 0, per_participant: 0 });
    expect(defaultCost({ type: 'supplier-disruption' })).toEqual({ fixed: 0, per_participant: 0 });
  });

  it("docs/model.md's table states each programme's default", () => {
    const all = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
    // The costs table only: other tables have rows named after fields (returning-migrants' `training`).
    const doc = all.slice(all.indexOf('| type | fixed, Rp |'));
    const money = (v: number) => v.toLocaleString('en-US');
    for (const [type, c] of Object.entries(DEFAULT_COSTS)) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${type}\``) || l.includes(`, \`${type}\` |`));
      expect(row, type).toBeDefined();
      expect(row!.split('|')[2].trim(), type).toBe(money(c.fixed));
      expect(row!.split('|')[3].trim().startsWith(money(c.per_participant)), type).toBe(true);
    }
  });

  it('options that hand out more raise the default per participant', () => {
    const plain = defaultCost({ type: 'digital-promotion' }).per_participant;
    expect(defaultCost({ type: 'digital-promotion', device_support: true }).per_participant).toBe(plain + DEVICE_COST);
    const returnee = defaultCost({ type: 'returning-migrants', training: true, join_group: true });
    expect(returnee.per_participant).toBe(BIMTEK_COST + RETURNEE_GROUP_COST);
  });

  it('a stated part wins, the part left out takes the default', () => {
    const spec = interventionSchema.parse({ type: 'hearing', start: 1, cost: { fixed: 7 } });
    expect(resolveCost(spec)).toEqual({ fixed: 7, per_participant: DEFAULT_COSTS.hearing.per_participant });
    expect(() => interventionSchema.parse({ type: 'hearing', start: 1, cost: { fixed: 1.5 } })).toThrow();
    expect(() => interventionSchema.parse({ type: 'hearing', start: 1, cost: { per_participant: -1 } })).toThrow();
  });
});

describe('programmeCost', () => {
  it('adds fixed, per participant times participants and losses; an intervention that never began spent nothing', () => {
    const spec = { type: 'hearing' as const, cost: { fixed: 1000, per_participant: 30 } };
    const cost = programmeCost([
      { index: 0, spec, began: true, participants: 4, defaultLosses: 0 },
      {
        index: 1,
        spec: { type: 'credit-access' as const, cost: { fixed: 0, per_participant: 10 } },
        began: true,
        participants: 2,
        defaultLosses: 500.4,
      },
      { index: 2, spec, began: false, participants: 0, defaultLosses: 0 },
    ]);
    expect(cost.by_intervention.map((l) => l.total)).toEqual([1120, 520, 0]);
    expect(cost.by_intervention[1].default_losses).toBe(500);
    expect(cost.total).toBe(1640);
  });
});

describe('credit default losses', () => {
  const loan = { type: 'credit-access', start: 1, amount: 1200000, monthly_interest: 0.02, months: 12, max_missed: 2 };

  it('a loan written off costs the programme the principal still owed', () => {
    const w = tinyWorld({ horizon_days: 300, interventions: [loan] });
    at(w, 1);
    // One instalment paid (124,000: 24,000 interest, 100,000 principal), then two missed.
    w.t = 31;
    settlement(w);
    for (const t of [61, 91]) {
      setStock(w.money, w.accounts.business0, 0);
      w.t = t;
      settlement(w);
    }
    expect(w.producers.microDefaulted[0]).toBe(1);
    expect(w.interventions[0].defaultLosses).toBe(1100000);
  });

  it('a loan being repaid loses nothing, and the run records the cost in its result', () => {
    const w = tinyWorld({ horizon_days: 40, interventions: [{ ...loan, cost: { fixed: 5000, per_participant: 700 } }] });
    const result = runWorld(w);
    expect(w.producers.microDefaulted[0]).toBe(0);
    expect(result.programmeCost.by_intervention[0]).toMatchObject({ participants: 1, default_losses: 0, total: 5700 });
    expect(result.programmeCost.total).toBe(5700);
  });
});
