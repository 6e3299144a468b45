import { describe, expect, it } from 'vitest';
import { addObligation, helpChance } from '../../src/rules/obligations.js';
import { recordUnreturned } from '../../src/rules/trust.js';
import { LAYER } from '../../src/world/network.js';
import { tieWithTrust, tinyWorld } from '../helpers/world.js';

/** Two households of a tiny world tied by kin, and the chance the second helps the first after `given` rupiah of help went from the first to the second. */
function chanceAfter(economy: 1 | 2, given: number, strength = 0.6): number {
  const w = tinyWorld({ economy });
  const [asker, helper] = [0, 1];
  const e = tieWithTrust(w, asker, helper, 0.7, LAYER.kin);
  w.net.strength[e] = strength;
  w.net.balance[e] = 0;
  if (given !== 0) addObligation(w, e, given > 0 ? helper : asker, Math.abs(given));
  return helpChance(w, e, helper);
}

describe('reciprocity read by the rules (economy 2)', () => {
  it('help is likelier over a stronger tie', () => {
    expect(chanceAfter(2, 0, 0.9)).toBeGreaterThan(chanceAfter(2, 0, 0.3));
  });

  it('a household that received help before is likelier to help; one still owed is less likely', () => {
    const even = chanceAfter(2, 0);
    expect(chanceAfter(2, 300_000)).toBeGreaterThan(even);
    expect(chanceAfter(2, -300_000)).toBeLessThan(even);
  });

  it('under economy 1 the balance is booked but not read', () => {
    expect(chanceAfter(1, 300_000)).toBe(chanceAfter(1, 0));
    expect(chanceAfter(1, -300_000)).toBe(chanceAfter(1, 0));
  });

  it('help not returned weakens the tie under economy 2, and only lowers trust under economy 1', () => {
    for (const economy of [1, 2] as const) {
      const w = tinyWorld({ economy });
      const e = tieWithTrust(w, 0, 1, 0.7, LAYER.kin);
      w.net.strength[e] = 0.6;
      recordUnreturned(w, e);
      expect(w.net.trust[e]).toBeLessThan(0.7);
      if (economy === 2) expect(w.net.strength[e]).toBeLessThan(0.6);
      else expect(w.net.strength[e]).toBeCloseTo(0.6, 6);
    }
  });
});
