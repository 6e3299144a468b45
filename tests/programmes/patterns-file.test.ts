/** The programmes patterns file and the bundled social-2 programme scenarios fit together. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.js';
import { loadPatternFile } from '../../src/validate/patternFile.js';
import { planValidation } from '../../src/validate/validate.js';
import { ROOT } from '../helpers/cli.js';

const plan = planValidation(
  loadPatternFile(path.join(ROOT, 'scenarios/patterns/programmes.yaml')),
  loadScenario(path.join(ROOT, 'scenarios/balewangi.yaml')).scenario,
);

describe('scenarios/patterns/programmes.yaml', () => {
  it('runs every counterfactual under social 2 and economy 2, as the validated scenario', () => {
    for (const [key, s] of plan.scenarios) expect([key, s.social, s.economy]).toEqual([key, 2, 2]);
  });

  it('assigns the top-down programme directly and the participatory one through ties', () => {
    const topDown = plan.scenarios.get('top_down')?.interventions ?? [];
    const through = plan.scenarios.get('network_development')?.interventions ?? [];
    expect(topDown.map((iv) => 'top_down' in iv && iv.top_down)).toEqual([true, true, true]);
    expect(through.map((iv) => 'top_down' in iv && iv.top_down)).toEqual([false, false, false]);
  });
});

describe('bundled scenarios', () => {
  const files = readdirSync(path.join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml') && f !== 'balewangi-v1.yaml');

  it('all run the social-2 model on economy 2, except the version-1 scenario', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const s = loadScenario(path.join(ROOT, 'scenarios', f)).scenario;
      expect([f, s.social, s.economy]).toEqual([f, 2, 2]);
    }
  });
});
