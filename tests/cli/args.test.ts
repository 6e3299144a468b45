import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planThreads, THREAD_BYTES } from '../../src/cli/jobs.js';
import { FIXTURES, tempDir } from '../helpers/cli.js';
import { simulateHere } from '../helpers/capture.js';
import { loadScenario } from '../../src/scenario/load.js';

const small = path.join(FIXTURES, 'small.yaml');

/** Runs in process with these options, into a fresh --out that must stay unwritten. */
async function rejected(options: string[]) {
  const out = path.join(tempDir(), 'o');
  const r = await simulateHere([small, '--quiet', ...(options.includes('--out') ? [] : ['--out', out]), ...options]);
  expect(existsSync(out)).toBe(false);
  return r;
}

const elsewhere = tempDir();
const [a, b] = [path.join(elsewhere, 'a'), path.join(elsewhere, 'b')];

const cases: Array<[string, string[], string]> = [
  ['--out given twice', ['--out', a, '--out', b], `--out: expected it once, got it 2 times (${JSON.stringify(a)}, ${JSON.stringify(b)})`],
  ['--seed given twice', ['--seed', '1', '--seed', '2'], '--seed: expected it once, got it 2 times ("1", "2")'],
  ['--seed without a value', ['--seed'], '--seed: expected a value after it'],
  ['--out without a value', ['--out'], '--out: expected a value after it'],
  ['--replicates without a value', ['--replicates'], '--replicates: expected a value after it'],
  ['--jobs without a value', ['--jobs'], '--jobs: expected a value after it'],
  ['--jobs followed by another flag', ['--jobs', '--png'], '--jobs: expected a value after it'],
  ['an empty --seed', ['--seed', ''], '--seed: expected a whole number from 0 to 2147483647, got an empty value'],
  ['an empty --out', ['--out', ''], '--out: expected a directory, got an empty value (write --out . for the current directory)'],
  ['a seed in exponent notation', ['--seed', '1e3'], '--seed: expected a whole number from 0 to 2147483647, got "1e3"'],
  ['a seed in hexadecimal', ['--seed', '0x10'], '--seed: expected a whole number from 0 to 2147483647, got "0x10"'],
  ['a negative seed', ['--seed', '-1'], '--seed: expected a whole number from 0 to 2147483647, got "-1"'],
  ['a fraction of a job', ['--jobs', '1.5'], '--jobs: expected a whole number from 1 to 64, got "1.5"'],
  ['no jobs', ['--jobs', '0'], '--jobs: expected a whole number from 1 to 64, got "0"'],
  ['too many jobs', ['--jobs', '1024'], '--jobs: expected a whole number from 1 to 64, got "1024"'],
  ['too many replicates', ['--replicates', '10001'], '--replicates: expected a whole number from 1 to 10000, got "10001"'],
  ['replicates in exponent notation', ['--replicates', '1e3'], '--replicates: expected a whole number from 1 to 10000, got "1e3"'],
  ['a report language not offered', ['--lang', 'fr'], '--lang: expected one of en, id, got "fr"'],
  [
    'a queue that is not a Redis address',
    ['--queue', 'http://h:1'],
    '--queue: expected a Redis address such as redis://127.0.0.1:6379, got "http://h:1"',
  ],
  [
    'a queue name with a colon',
    ['--queue', 'redis://h:1', '--queue-name', 'a:b'],
    `--queue-name: expected 1 to 100 letters, digits, '-', '_' or '.', got "a:b"`,
  ],
  ['--lang without a value', ['--lang'], '--lang: expected a value after it'],
  ['--lang given twice', ['--lang', 'id', '--lang', 'en'], '--lang: expected it once, got it 2 times ("id", "en")'],
  ['an unknown flag', ['--sed', '3'], 'Unknown argument: sed'],
  [
    'an --out below a file',
    ['--out', path.join(small, 'o')],
    `--out: expected a directory, but part of ${JSON.stringify(path.join(small, 'o'))} is a file`,
  ],
  ['a control character in a value', ['--jobs', '\u001b[2J'], '--jobs: expected a whole number from 1 to 64, got "\\u001b[2J"'],
];

describe('arguments', () => {
  it.each(cases)('%s: one line, exit 2, nothing written', async (_name, options, message) => {
    const r = await rejected(options);
    expect(r.stderr).toBe(`simulate: ${message} (see simulate --help)\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('rejects compare options the same way, and takes a tolerance in exponent notation', async () => {
    const dir = tempDir();
    const twice = await simulateHere(['compare', dir, dir, '--tolerance', '0.1', '--tolerance', '0.2']);
    expect([twice.stderr, twice.code]).toEqual([
      'simulate: --tolerance: expected it once, got it 2 times ("0.1", "0.2") (see simulate --help)\n',
      2,
    ]);
    const bare = await simulateHere(['compare', dir, dir, '--abs-tolerance']);
    expect([bare.stderr, bare.code]).toEqual(['simulate: --abs-tolerance: expected a value after it (see simulate --help)\n', 2]);
    const negative = await simulateHere(['compare', dir, dir, '--tolerance', '-0.1']);
    expect(negative.stderr).toBe('simulate: --tolerance: expected a number >= 0 such as 0.001 or 1e-9, got "-0.1" (see simulate --help)\n');
    // An accepted tolerance gets as far as the trees: here the empty directory is the problem.
    const small = await simulateHere(['compare', dir, dir, '--tolerance', '1e-9']);
    expect(small.stderr).toMatch(/^simulate: compare: [^\n]*empty\n$/);
    expect(small.code).toBe(2);
  });
});

describe('runs in one call', () => {
  it('at most 100000: more is one line and exit 2 before any run', async () => {
    const dir = tempDir();
    const files = Array.from({ length: 11 }, (_, k) => {
      const file = path.join(dir, `s${k}.yaml`);
      writeFileSync(file, `extends: ${small}\nname: s${k}\n`);
      return file;
    });
    const out = path.join(dir, 'o');
    const r = await simulateHere([...files, '--replicates', '10000', '--out', out, '--quiet']);
    expect(r.stderr).toBe(
      'simulate: --replicates: expected at most 100000 runs in one call, got 11 scenarios x 10000 replicates = 110000\n',
    );
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('threads', () => {
  const scenario = loadScenario(small).scenario;
  const plenty = 64 * 2 ** 30;

  it('never starts more threads than runs', () => {
    expect(planThreads(64, 3, [scenario], plenty)).toEqual({ threads: 3 });
    expect(planThreads(4, 1000, [scenario], plenty)).toEqual({ threads: 4 });
  });

  it('starts no more threads than the free memory holds, and says so', () => {
    const plan = planThreads(64, 1000, [scenario], 10 * THREAD_BYTES);
    expect(plan.threads).toBeGreaterThanOrEqual(1);
    expect(plan.threads).toBeLessThan(10);
    expect(plan.note).toMatch(
      new RegExp(`^simulate: running ${plan.threads} runs at a time, not 64: each needs about \\d+ MB and 240 MB is free$`),
    );
    expect(planThreads(64, 1000, [scenario], 0).threads).toBe(1);
  });
});
