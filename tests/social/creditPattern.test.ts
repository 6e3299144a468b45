/**
 * Pattern 3's credit counterfactual (scenarios/patterns/default.yaml, `credit`) under social 2: it
 * must offer credit to home industries whose households hold no linking tie, or the pattern
 * measures the reach of linking ties instead of what capital does for constrained producers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTimeline } from '../../src/interventions/index.js';
import { loadScenario } from '../../src/scenario/load.js';
import { loadPatternFile } from '../../src/validate/patternFile.js';
import { planValidation } from '../../src/validate/validate.js';
import { connect, LAYER, TIE_CLASS } from '../../src/world/network.js';
import type { World } from '../../src/world/world.js';
import { ROOT } from '../helpers/cli.js';
import { tieWithTrust } from '../helpers/world.js';
import { dropBridgingAndLinking, socialWorld, tiesByClass } from './helpers.js';

/** The interventions of the `credit` scenario of default.yaml, resolved against the default. */
function creditInterventions(): unknown[] {
  const patterns = loadPatternFile(path.join(ROOT, 'scenarios/patterns/default.yaml'));
  const base = loadScenario(path.join(ROOT, 'scenarios/balewangi.yaml')).scenario;
  const credit = planValidation(patterns, base).scenarios.get('credit');
  expect(credit?.social).toBe(2);
  return (credit?.interventions ?? []).map((iv) => ({ ...iv }));
}

/**
 * A tiny social-2 world with these interventions: the producer's household (0) holds no linking
 * tie; household 1 is linked to its village government and tied to household 0 with full trust,
 * so an offer travelling along ties reaches household 0 in two steps.
 */
function worldWith(interventions: unknown[], trust = 1): World {
  const w = socialWorld({ interventions });
  dropBridgingAndLinking(w);
  connect(w.net, 1, w.nodes.villageGov0, LAYER.institutional, 0.5, 1, 0);
  tieWithTrust(w, 0, 1, trust, LAYER.kin);
  for (let d = 0; d <= 1; d++) {
    w.t = d;
    runTimeline(w);
  }
  return w;
}

describe("pattern 3's credit offer under social 2", () => {
  it('reaches a home industry whose household holds no linking tie', () => {
    const w = worldWith(creditInterventions());
    expect(w.producers.household[0]).toBe(0);
    expect(tiesByClass(w, 0)[TIE_CLASS.linking]).toBe(1); // the tie to the credit provider it gained
    expect(w.producers.microDebt[0]).toBeGreaterThan(0);
  });

  // The loan is handed out, not passed along ties: a cohort whose ties carry no offer would otherwise get a smaller dose.
  it('reaches it even when no tie would pass the offer on, and an offer along ties then does not', () => {
    const w = worldWith(creditInterventions(), 0);
    expect(w.producers.microDebt[0]).toBeGreaterThan(0);
    const alongTies = creditInterventions().map((iv) => ({ ...(iv as object), top_down: false }));
    expect(worldWith(alongTies, 0).producers.microDebt[0]).toBe(0);
  });

  it('the same offer through linking ties (the default channel) does not reach it', () => {
    const throughLinking = creditInterventions().map((iv) => ({ ...(iv as object), channel: 'linking' }));
    const w = worldWith(throughLinking);
    expect(w.producers.microDebt[0]).toBe(0);
    expect(tiesByClass(w, 0)[TIE_CLASS.linking]).toBe(0);
  });
});
