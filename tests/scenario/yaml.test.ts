import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/cli/run.js';
import { loadScenario } from '../../src/scenario/load.js';
import { errorsOf, loadIn, SMALL, writeFiles } from './helpers.js';

/** A billion laughs: nine levels of nine aliases each. */
function aliasBomb(): string {
  let text = 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  let prev = 'a';
  for (const c of 'bcdefghi') {
    text += `${c}: &${c} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
    prev = c;
  }
  return text;
}

describe('YAML aliases', () => {
  it('an undefined alias is one line at its place, and the other scenarios of the call still load', () => {
    const dir = writeFiles({ 'bad.yaml': 'horizon_days: *h\n', 'good.yaml': SMALL });
    const r = loadIn(dir, ['bad.yaml', 'good.yaml']);
    expect(r.lines).toEqual(['bad.yaml:1:15: horizon_days: expected an alias to an anchor set before it (&h), got *h with no such anchor']);
    expect(r.names).toEqual(['good']);
  });

  it('the command exits 2 for it, after running the good scenario of the same call', async () => {
    const dir = writeFiles({ 'bad.yaml': 'horizon_days: *h\n', 'good.yaml': SMALL });
    const err: string[] = [];
    const out: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
    let code: number;
    try {
      code = await runCommand({
        files: ['bad.yaml', 'good.yaml'].map((f) => path.join(dir, f)),
        out: path.join(dir, 'o'),
        replicates: 1,
        jobs: 1,
        quiet: true,
      });
    } finally {
      vi.restoreAllMocks();
    }
    expect(code).toBe(2);
    expect(err).toEqual([
      `${path.join(dir, 'bad.yaml')}:1:15: horizon_days: expected an alias to an anchor set before it (&h), got *h with no such anchor\n`,
    ]);
    expect(out).toEqual([`${path.join(dir, 'o', 'good', 'seed-1')}\n`, `${path.join(dir, 'o', 'report.html')}\n`]);
    expect(existsSync(path.join(dir, 'o', 'bad'))).toBe(false);
  });

  it('an alias bomb is refused at the alias that passes the bound, without expanding it', () => {
    const dir = writeFiles({ 'bomb.yaml': aliasBomb(), 'good.yaml': SMALL });
    const r = loadIn(dir, ['bomb.yaml', 'good.yaml']);
    expect(r.lines).toEqual(['bomb.yaml:6:8: f[0]: expected aliases that expand to at most 100000 values in all, got more']);
    expect(r.names).toEqual(['good']);
  });

  it('an alias inside the value it names is refused (no cyclic data)', () => {
    expect(errorsOf('population: &p {households: 50, self: *p}\n')).toEqual([
      's.yaml:1:39: population.self: expected an alias outside the value it names, got *p inside &p',
    ]);
  });

  it('aliases that expand modestly still work', () => {
    const dir = writeFiles({
      's.yaml': 'horizon_days: &h 20\nperiod_days: *h\npopulation: {households: 50, poor_households: 10, home_industries: 5}\n',
    });
    const s = loadScenario(`${dir}/s.yaml`).scenario;
    expect([s.horizon_days, s.period_days]).toEqual([20, 20]);
  });
});

describe('YAML keys', () => {
  it('a key given twice is one line at the second', () => {
    expect(errorsOf('horizon_days: 10\nhorizon_days: 20\n')).toEqual([
      's.yaml:2:1: horizon_days: expected each field once in a mapping, got "horizon_days" again',
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('%s is an unknown field and sets nothing', (key) => {
    const lines = errorsOf(`population:\n  ${key}: {households: 7}\n`);
    expect(lines).toEqual([
      `s.yaml:2:3: population.${key}: unknown field; expected one of villages, households, poor_households, hamlets, home_industries, suppliers, warungs, outsiders`,
    ]);
    expect(({} as Record<string, unknown>).households).toBeUndefined();
  });

  it('__proto__ at the root does not set fields through the prototype', () => {
    expect(errorsOf('__proto__: {horizon_days: 0}\n')).toEqual([
      expect.stringMatching(/^s\.yaml:1:1: __proto__: unknown field; expected one of name, description, /),
    ]);
  });

  it('a key that is a mapping is refused', () => {
    expect(errorsOf('? {a: 1}\n: 2\n')).toEqual(['s.yaml:1:3: (root): expected field names as keys, got a mapping as a key']);
  });

  it('an unknown tag is a YAML error, not a silent string', () => {
    expect(errorsOf('horizon_days: !days 10\n')).toEqual([
      expect.stringMatching(/^s\.yaml:1:15: \(yaml\): expected valid YAML, got an error: Unresolved tag: !days/),
    ]);
  });
});
