/**
 * Pattern 3's credit half (scenarios/patterns/default.yaml) on scenarios/balewangi-social.yaml over
 * seeds 1-10, by the same code as `simulate validate`: credit offered to every home industry raises
 * the income of producers cash-constrained at the start and not that of the others, under social 2
 * as under social 1 (docs/model.md 7.21).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { SEEDS } from '../helpers/runs.js';
import { validateInProcess } from '../helpers/validate.js';

const CREDIT = ['credit_helps_constrained', 'credit_idle_unconstrained'];

describe("balewangi-social passes pattern 3's credit patterns", async () => {
  const results = await validateInProcess(
    path.join(ROOT, 'scenarios/balewangi-social.yaml'),
    path.join(ROOT, 'scenarios/patterns/default.yaml'),
    SEEDS,
    CREDIT,
  );

  it('runs only the two credit patterns', () => {
    expect(results.map((r) => r.pattern.name)).toEqual(CREDIT);
  });

  it.each(CREDIT)('%s', (name) => {
    const r = results.find((x) => x.pattern.name === name);
    expect(r?.reason).toBeUndefined();
    expect(r?.figures).toHaveLength(10);
    expect(r?.pass).toBe(true);
  });
});
