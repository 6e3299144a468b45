/** principle-withdrawal: a network principle stops working from a day and works again after its end. */
import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { closeFailed, reviewLosses } from '../../src/rules/prices.js';
import { LAYER } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { setCash, tieWithTrust, tinyWorld } from '../helpers/world.js';

function at(w: World, t: number): void {
  w.t = t;
  runTimeline(w);
}

const withdrawal = { type: 'principle-withdrawal', principle: 'reciprocity', start: 3, end: 5 };

describe('principle-withdrawal', () => {
  it('binds: from its start to its end the rules read the parameters of the scenario without the principle', () => {
    const w = tinyWorld({ interventions: [withdrawal] });
    const before = w.params;
    expect(before.reciprocity).toBe(1);
    at(w, 3);
    expect(w.params.reciprocity).toBe(0);
    expect(w.params.consignment).toBe(false);
    expect(w.params.supplierCredit).toBe(false);
    expect(w.params.exchange).toBe(before.exchange);
    at(w, 6);
    expect(w.params).toEqual(before);
  });

  it('does not bind before its start, nor on a principle the scenario already has off', () => {
    const w = tinyWorld({ interventions: [withdrawal] });
    at(w, 2);
    expect(w.params.reciprocity).toBe(1);
    const off = tinyWorld({ principles: { reciprocity: { enabled: false } }, interventions: [withdrawal] });
    const params = off.params;
    at(off, 3);
    expect(off.params).toEqual(params);
  });

  it('withdrawn reciprocity leaves a loss-making business to close that a bonding tie would have carried (social 2)', () => {
    const closedWith = (interventions: unknown[]): number => {
      const w = tinyWorld({ economy: 2, social: 2, finance: { loss_periods: 1 }, interventions });
      const i = w.producers.household[0];
      const helper = i === 0 ? 1 : 0;
      const e = tieWithTrust(w, i, helper, 0.9, LAYER.kin);
      w.net.strength[e] = 1;
      w.net.balance[e] = 0;
      setCash(w, helper, 50_000_000);
      w.producers.paidFamily[0] = 1;
      at(w, 3);
      w.producers.costs[0] = 500_000;
      reviewLosses(w);
      closeFailed(w);
      return w.producers.active[0];
    };
    expect(closedWith([])).toBe(1);
    expect(closedWith([withdrawal])).toBe(0);
  });
});
