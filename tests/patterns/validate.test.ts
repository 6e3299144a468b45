/**
 * Version 1's patterns, as data (scenarios/patterns/v1.yaml), checked on economy 1
 * (scenarios/balewangi-v1.yaml) over seeds 1-10 by the same code as `simulate validate`.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PatternResult } from '../../src/validate/judge.js';
import { ROOT } from '../helpers/cli.js';
import { SEEDS } from '../helpers/runs.js';
import { validateInProcess } from '../helpers/validate.js';

describe("economy 1 passes version 1's patterns file", () => {
  let results: PatternResult[] = [];
  beforeAll(async () => {
    results = await validateInProcess(path.join(ROOT, 'scenarios/balewangi-v1.yaml'), path.join(ROOT, 'scenarios/patterns/v1.yaml'), SEEDS);
  }, 600_000);

  it.each(['network_uplift', 'bonding_dominates', 'local_sales'])('%s', (name) => {
    const r = results.find((x) => x.pattern.name === name);
    expect(r?.reason).toBeUndefined();
    expect(r?.figures).toHaveLength(10);
    expect(r?.pass).toBe(true);
  });

  it('finds the network uplift in every seed, not only on average', () => {
    const r = results.find((x) => x.pattern.name === 'network_uplift');
    expect(r?.figures).toHaveLength(10);
    for (const f of r?.figures ?? []) expect('value' in f && f.value > 0).toBe(true);
  });
});
