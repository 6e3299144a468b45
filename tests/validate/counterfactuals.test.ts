/** The counterfactuals of the default patterns file do under economy 2 what their names say. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/engine/setup.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { loadPatternFile } from '../../src/validate/patternFile.js';
import { planValidation } from '../../src/validate/validate.js';
import { ROOT } from '../helpers/cli.js';

const plan = planValidation(
  loadPatternFile(path.join(ROOT, 'scenarios/patterns/default.yaml')),
  loadScenario(path.join(ROOT, 'scenarios/balewangi.yaml')).scenario,
);
const warungs = (key: string) => createWorld(plan.scenarios.get(key) as Scenario, 1).warungs;

describe('the default patterns file under economy 2', () => {
  it('gives every warung the same margin buying outright as on consignment in the equal-margins runs', () => {
    for (const key of ['equal_margins', 'no_network_equal_margins']) {
      const wr = warungs(key);
      expect(wr.count).toBeGreaterThan(0);
      for (let k = 0; k < wr.count; k++) expect(wr.outrightMargin[k]).toBe(wr.margin[k]);
    }
  });

  it('leaves the validated scenario its own, unequal, outright margins', () => {
    const wr = warungs('base');
    let unequal = 0;
    for (let k = 0; k < wr.count; k++) if (wr.outrightMargin[k] !== wr.margin[k]) unequal++;
    expect(unequal).toBeGreaterThan(0);
  });
});
