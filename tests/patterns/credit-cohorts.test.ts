/**
 * Pattern 3 compares producers cash-limited at the start with the others under a loan handed to
 * every running home industry. The cohorts are taken after the warm-up's last loss review, so each
 * of their members is running when the loan comes and borrows: a cohort member the loan cannot
 * reach only adds the noise of its reopening to the comparison.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { loadScenario } from '../../src/scenario/load.js';
import { loadPatternFile } from '../../src/validate/patternFile.js';
import { planValidation } from '../../src/validate/validate.js';
import { ROOT } from '../helpers/cli.js';

describe("pattern 3's credit cohorts on the default scenario", () => {
  it('hold only running businesses, and every one of them borrows', () => {
    const patterns = loadPatternFile(path.join(ROOT, 'scenarios/patterns/default.yaml'));
    const base = loadScenario(path.join(ROOT, 'scenarios/balewangi.yaml')).scenario;
    const credit = planValidation(patterns, base).scenarios.get('credit');
    if (credit === undefined) throw new Error('default.yaml has no credit scenario');
    const sizes = [0, 0];
    let unreached = -1;
    runScenario(credit, 1, undefined, (w) => {
      if (unreached >= 0) return;
      const pr = w.producers;
      unreached = 0;
      for (let p = 0; p < pr.count; p++) {
        const cohort = pr.constrainedAtStart[p];
        if (cohort < 0) continue;
        sizes[cohort]++;
        if (pr.microSource[p] < 0) unreached++;
      }
    });
    expect(sizes[1]).toBeGreaterThan(0);
    expect(sizes[0]).toBeGreaterThan(sizes[1]);
    expect(unreached).toBe(0);
  });
});
