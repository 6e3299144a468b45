import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWorld } from '../../src/engine/run.js';
import { createWorld } from '../../src/engine/setup.js';
import { loadScenario } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { ROOT } from '../helpers/cli.js';
import { asEconomy1 } from '../helpers/runs.js';

function scenario(file: string): Scenario {
  const s = loadScenario(path.join(ROOT, 'scenarios', file)).scenario;
  return { ...s, horizon_days: 120 };
}

function metrics(s: Scenario, seed: number) {
  return runWorld(createWorld(s, seed)).metrics;
}

describe('the version-2 economy on Balewangi (four months)', () => {
  const v2 = scenario('balewangi.yaml');

  it('is deterministic: the same seed gives the same rows, another seed other rows (the ledger is checked every day)', () => {
    const a = metrics(v2, 3);
    expect(metrics(v2, 3).rows).toEqual(a.rows);
    expect(metrics(v2, 4).rows).not.toEqual(a.rows);
  });

  it('cash limits production on more producer-days than under economy 1', () => {
    const share = (m: ReturnType<typeof metrics>) => {
      const c = m.header.indexOf('cash_limited_share');
      return m.rows.slice(1).reduce((s, r) => s + Number(r[c]), 0);
    };
    expect(share(metrics(v2, 1))).toBeGreaterThan(share(metrics(scenario('balewangi-v1.yaml'), 1)) * 3);
  });
});

describe("the pattern tests' economy-1 runs", () => {
  it('are balewangi-v1.yaml applied to any scenario: on the default, the same scenario but its name and description', () => {
    const strip = (s: Scenario) => ({ ...s, name: '', description: '', kind: undefined });
    const v1 = loadScenario(path.join(ROOT, 'scenarios', 'balewangi-v1.yaml')).scenario;
    const applied = asEconomy1(loadScenario(path.join(ROOT, 'scenarios', 'balewangi.yaml')).scenario);
    expect(applied.economy).toBe(1);
    expect(strip(applied)).toEqual(strip(v1));
  });
});
