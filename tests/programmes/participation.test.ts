/** Participation through information and trust along ties (social 2), and a top-down programme that skips it. */
import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { spreadOffer } from '../../src/interventions/participation.js';
import type { World } from '../../src/world/world.js';
import { tieWithTrust, tinyWorld } from '../helpers/world.js';

const threeProducers = { population: { households: 6, poor_households: 3, home_industries: 3, outsiders: 5 } };

/**
 * A world of three home industries whose ties are cut, then: the first owner tied to the village
 * government, the second to the first with `trust`, the third to nobody.
 */
function chain(trust: number, overrides: Record<string, unknown> = {}): { w: World; owners: number[] } {
  const w = tinyWorld({ ...threeProducers, ...overrides });
  w.net.alive.fill(0);
  const owners = [0, 1, 2].map((p) => w.producers.household[p]);
  tieWithTrust(w, owners[0], w.nodes.villageGov0, 1);
  tieWithTrust(w, owners[1], owners[0], trust);
  return { w, owners };
}

function hearingMembers(social: number, trust: number, extra: Record<string, unknown> = {}): number[] {
  const { w } = chain(trust, { social, interventions: [{ type: 'hearing', start: 1, ...extra }] });
  w.t = 1;
  runTimeline(w);
  return [...w.interventions[0].members];
}

describe('participation through ties (social 2)', () => {
  it('the offer reaches a household two ties from the government over trusted ties, and not one with no tie', () => {
    const { w, owners } = chain(1, { social: 2 });
    const heard = spreadOffer(w, w.streams.get('test'), 2);
    expect([heard[owners[0]], heard[owners[1]], heard[owners[2]]]).toEqual([1, 1, 0]);
  });

  it('binds: a home industry the offer cannot reach does not join, though the programme targets it', () => {
    expect(hearingMembers(2, 1, { information_hops: 2 })).toEqual([0, 1]);
  });

  it('an untrusted tie does not pass the offer on', () => {
    expect(hearingMembers(2, 0, { information_hops: 2 })).toEqual([0]);
  });

  it('one hop reaches only those tied to the government', () => {
    expect(hearingMembers(2, 1, { information_hops: 1 })).toEqual([0]);
  });

  it('does not bind under social 1 or for a top-down programme: every targeted home industry is assigned', () => {
    expect(hearingMembers(1, 0)).toEqual([0, 1, 2]);
    expect(hearingMembers(2, 0, { top_down: true })).toEqual([0, 1, 2]);
  });

  it('a top-down programme with low participation assigns a share at random, whatever the ties', () => {
    const counts = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
      const w = tinyWorld(
        { ...threeProducers, social: 2, interventions: [{ type: 'hearing', start: 1, top_down: true, participation: 0.3 }] },
        seed,
      );
      w.t = 1;
      runTimeline(w);
      return w.interventions[0].members.length;
    });
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(24);
  });
});
