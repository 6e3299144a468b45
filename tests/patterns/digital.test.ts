/**
 * Pattern 5 of the model (scenarios/patterns/digital.yaml) on the default scenario over seeds 1-10,
 * by the same code as `simulate validate`: digital at the start, its rise, signal that blocks, and
 * the adopters' gain read off a pair that shares the warm-up.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { SEEDS } from '../helpers/runs.js';
import { validateInProcess } from '../helpers/validate.js';

describe('the default passes pattern 5', async () => {
  const results = await validateInProcess(
    path.join(ROOT, 'scenarios/balewangi.yaml'),
    path.join(ROOT, 'scenarios/patterns/digital.yaml'),
    SEEDS,
  );

  it.each(['digital_start', 'digital_rises', 'digital_signal_blocks', 'digital_adopters_gain'])('%s', (name) => {
    const r = results.find((x) => x.pattern.name === name);
    expect(r?.figures).toHaveLength(10);
    expect(r?.pass).toBe(true);
  });
});
