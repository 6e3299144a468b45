/** Training (BIMTEK): know-how that raises output per worker-day, and a linking tie to the regency government. */
import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { outputPerWorkerDay } from '../../src/rules/finance.js';
import { findTie, TIE_CLASS } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { tinyWorld } from '../helpers/world.js';

function trained(spec: Record<string, unknown>): World {
  const w = tinyWorld({
    social: 2,
    network: { linking_share: 0 },
    interventions: [{ type: 'training', start: 1, top_down: true, ...spec }],
  });
  w.t = 1;
  runTimeline(w);
  return w;
}

describe('training', () => {
  it('binds: a trained home industry makes more per worker-day and is linked to the regency government', () => {
    const before = outputPerWorkerDay(tinyWorld({ social: 2 }), 0);
    const w = trained({ productivity_gain: 0.2 });
    expect(w.interventions[0].members.length).toBe(1);
    expect(outputPerWorkerDay(w, 0)).toBeCloseTo(before * 1.2, 6);
    const e = findTie(w.net, w.producers.household[0], w.nodes.regencyGov);
    expect(e).toBeGreaterThanOrEqual(0);
    expect(w.net.tieClass[e]).toBe(TIE_CLASS.linking);
  });

  it('does not bind for a home industry it does not reach, or with no gain and no tie', () => {
    const before = outputPerWorkerDay(tinyWorld({ social: 2 }), 0);
    // The one home industry's household is poor or not; target the other kind.
    const probe = tinyWorld({ social: 2 });
    const poor = probe.households.poorAtStart[probe.producers.household[0]] === 1;
    const missed = trained({ target: { poor: !poor } });
    expect(missed.interventions[0].members.length).toBe(0);
    expect(outputPerWorkerDay(missed, 0)).toBe(before);
    const empty = trained({ productivity_gain: 0, linking: false });
    expect(outputPerWorkerDay(empty, 0)).toBe(before);
    expect(findTie(empty.net, empty.producers.household[0], empty.nodes.regencyGov)).toBe(-1);
  });
});
