/**
 * Pattern 4 of the model (scenarios/patterns/social.yaml) on the default scenario (scenarios/balewangi.yaml) over
 * seeds 1-10, by the same code as `simulate validate`: bonding dominates by function, and the top
 * fifth by capacity hold most bridging and linking ties.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { SEEDS } from '../helpers/runs.js';
import { validateInProcess } from '../helpers/validate.js';

describe('the default passes pattern 4', async () => {
  const results = await validateInProcess(
    path.join(ROOT, 'scenarios/balewangi.yaml'),
    path.join(ROOT, 'scenarios/patterns/social.yaml'),
    SEEDS,
  );

  it.each(['bonding_dominates', 'capacity_bridges_and_links'])('%s', (name) => {
    const r = results.find((x) => x.pattern.name === name);
    expect(r?.reason).toBeUndefined();
    expect(r?.figures).toHaveLength(10);
    expect(r?.pass).toBe(true);
  });
});
