import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.js';
import { ROOT } from '../helpers/cli.js';
import { errorsOf, loadIn, SMALL, writeFiles } from './helpers.js';

describe('loading stays linear in the file size', () => {
  // Before the fix 40,000 unknown keys took 89 s (duplicate-key and position lookups per key);
  // the per-test timeout, not a timing assertion, catches a quadratic return.
  it('40,000 unknown keys: one line for the first, with the count of the others', { timeout: 60_000 }, () => {
    const keys = Array.from({ length: 40_000 }, (_, k) => `unknown_key_${k}: ${k}\n`).join('');
    const lines = errorsOf(`horizon_days: 10\n${keys}`);
    expect(lines).toEqual([
      expect.stringMatching(/^s\.yaml:2:1: unknown_key_0: unknown field \(and 39999 more unknown fields here\); expected one of name, /),
    ]);
  });

  it('many problems in one file are capped at ten lines, the last giving the count', () => {
    const products = Array.from({ length: 30 }, (_, k) => `  - {name: p${k}, material: singkong, share: 2}\n`).join('');
    const lines = errorsOf(`products:\n${products}`);
    expect(lines).toHaveLength(10);
    expect(lines[9]).toMatch(/^s\.yaml:11:\d+: products\[9\]\.share: expected a number <= 1, got 2 \(and 20 more problems\)$/);
  });
});

describe('upper bounds, each stated in the message', () => {
  it.each([
    ['population: {households: 100000000}\n', 's.yaml:1:26: population.households: expected a number <= 1000000, got 100000000'],
    ['population: {villages: 20000}\n', 's.yaml:1:24: population.villages: expected a number <= 10000, got 20000'],
    ['network: {household_degree: 10000}\n', 's.yaml:1:29: network.household_degree: expected a number <= 200, got 10000'],
    ['horizon_days: 1000000000\n', 's.yaml:1:15: horizon_days: expected a number <= 36500, got 1000000000'],
    ['population: {suppliers: 1000000}\n', 's.yaml:1:25: population.suppliers: expected a number <= 10000, got 1000000'],
    ['population: {warungs: 1000000}\n', 's.yaml:1:23: population.warungs: expected a number <= 100000, got 1000000'],
    ['network: {producer_warungs: 1000}\n', 's.yaml:1:29: network.producer_warungs: expected a number <= 100, got 1000'],
    ['households: {remittance: 10000000000}\n', 's.yaml:1:26: households.remittance: expected a number <= 1000000000, got 10000000000'],
    [
      'interventions:\n  - {type: culinary-market, start: 5, stalls: 1000000}\n',
      's.yaml:2:47: interventions[0].stalls: expected a number <= 100000, got 1000000',
    ],
  ])('%s', (text, line) => {
    expect(errorsOf(text)).toEqual([line]);
  });

  it('every bundled scenario, the 100-village region included, is within the bounds', () => {
    for (const name of ['balewangi', 'region', 'culinary-market', 'returning-migrants-group', 'top-down-programme']) {
      expect(loadScenario(path.join(ROOT, 'scenarios', `${name}.yaml`)).scenario.name).toBe(name);
    }
  });
});

describe('memory', () => {
  it('a scenario whose run would not fit is refused before it starts, with the estimate in GB; the others load', () => {
    const big = 'horizon_days: 10\npopulation: {villages: 1000, households: 10000, poor_households: 10}\n';
    const dir = writeFiles({ 'big.yaml': big, 'good.yaml': SMALL });
    const r = loadIn(dir, ['big.yaml', 'good.yaml'], 4e9);
    expect(r.lines).toEqual([
      expect.stringMatching(
        /^big\.yaml:1:1: population: expected a scenario whose run fits in memory \(4\.0 GB here\), but it needs about \d+(\.\d)? GB; use fewer population\.villages or population\.households, or a shorter horizon_days$/,
      ),
    ]);
    expect(r.names).toEqual(['good']);
  });

  it('the bundled region fits in 1 GB', () => {
    expect(loadIn(path.join(ROOT, 'scenarios'), ['region.yaml'], 1e9).lines).toEqual([]);
  });
});
