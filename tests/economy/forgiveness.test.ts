import { describe, expect, it } from 'vitest';
import { closeLender } from '../../src/rules/obligations.js';
import { periodEnd } from '../../src/rules/periodEnd.js';
import { recordUnreturned } from '../../src/rules/trust.js';
import { findTie, LAYER } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { setCash, tieWithTrust, tinyWorld } from '../helpers/world.js';

const quiet = { network: { household_degree: 0, linking_share: 0 }, households: { group_share: 0 } };

/** A tiny economy-2 world with forgiveness `f` a month, and a kin tie between two households without a business. */
function kinWorld(f: number, economy: 1 | 2 = 2) {
  const w = tinyWorld({ ...quiet, economy, network: { ...quiet.network, forgiveness_per_month: f } });
  const [asker, lender] = [0, 1, 2].filter((k) => k !== w.producers.household[0]);
  const e = tieWithTrust(w, asker, lender, 0.8, LAYER.kin);
  return { w, asker, lender, e };
}

/** Closes `months` periods of 30 days. */
function closeMonths(w: World, months: number): void {
  for (let m = 0; m < months; m++) {
    w.periodStart = w.t;
    w.t += 30;
    periodEnd(w);
  }
}

describe('broken promises forgiven with time (economy 2)', () => {
  it('a month closes the share `forgiveness_per_month` of the gap below a stranger’s trust', () => {
    const { w, asker, lender, e } = kinWorld(0.5);
    w.net.trust[e] = 0.15;
    closeMonths(w, 1);
    // initial_trust 0.55: the gap of 0.40 halves.
    expect(w.net.trust[findTie(w.net, asker, lender)]).toBeCloseTo(0.35, 5);
  });

  it('a kin tie burnt by unreturned help can lend restart capital again some months later', () => {
    const { w, asker, lender, e } = kinWorld(0.3);
    setCash(w, lender, 5_000_000);
    recordUnreturned(w, e);
    recordUnreturned(w, e);
    expect(closeLender(w, asker, 100_000)).toBe(-1);
    closeMonths(w, 6);
    // Compaction at a period end renumbers ties: find it again by its ends.
    expect(closeLender(w, asker, 100_000)).toBe(findTie(w.net, asker, lender));
    expect(findTie(w.net, asker, lender)).toBeGreaterThanOrEqual(0);
  });

  it('without forgiveness, or under economy 1, the burnt tie stays closed', () => {
    for (const [f, economy] of [
      [0, 2],
      [0.3, 1],
    ] as const) {
      const { w, asker, lender, e } = kinWorld(f, economy);
      setCash(w, lender, 5_000_000);
      recordUnreturned(w, e);
      recordUnreturned(w, e);
      const burnt = w.net.trust[e];
      closeMonths(w, 6);
      expect(w.net.trust[findTie(w.net, asker, lender)]).toBe(burnt);
      expect(closeLender(w, asker, 100_000)).toBe(-1);
    }
  });

  it('does not raise trust above a stranger’s: a trusted tie keeps its trust', () => {
    const { w, asker, lender, e } = kinWorld(0.5);
    const before = w.net.trust[e];
    closeMonths(w, 3);
    expect(w.net.trust[findTie(w.net, asker, lender)]).toBe(before);
  });
});
