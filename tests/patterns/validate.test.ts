/**
 * Version 1's patterns, as data (scenarios/patterns/v1.yaml), checked on the default scenario
 * over seeds 1-10 by the same code as `simulate validate`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { SEEDS } from '../helpers/runs.js';
import { validateInProcess } from '../helpers/validate.js';

describe("the default scenario passes version 1's patterns file", async () => {
  const results = await validateInProcess(
    path.join(ROOT, 'scenarios/balewangi.yaml'),
    path.join(ROOT, 'scenarios/patterns/v1.yaml'),
    SEEDS,
  );

  it.each(['network_uplift', 'bonding_dominates', 'local_sales'])('%s', (name) => {
    const r = results.find((x) => x.pattern.name === name);
    expect(r?.reason).toBeUndefined();
    expect(r?.figures).toHaveLength(10);
    expect(r?.pass).toBe(true);
  });

  it('finds the network uplift in every seed, not only on average', () => {
    const r = results.find((x) => x.pattern.name === 'network_uplift');
    for (const f of r?.figures ?? []) expect('value' in f && f.value > 0).toBe(true);
  });
});
