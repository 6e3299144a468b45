import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAll, runCommand } from '../../src/cli/run.js';
import { formatProblem } from '../../src/scenario/errors.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const SCENARIOS = path.join(ROOT, 'scenarios');
const BUNDLED = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const TEXTS = new Map(BUNDLED.map((f) => [f, readFileSync(path.join(SCENARIOS, f), 'utf8')]));

/** What YAML and a hostile file can throw at the loader. */
const TOKENS = [
  '*',
  '&',
  '!',
  '{',
  '[',
  ']',
  '}',
  ':',
  ': ',
  '- ',
  '? ',
  '|',
  '>',
  '#',
  '"',
  "'",
  '\t',
  '\x00',
  '\x1b[2J',
  '\x1b]52;c;eA==\x07',
  '\u009b',
  '\x7f',
  '1e400',
  '-1',
  '99999999999999999999',
  '6.000',
  '1.500.000',
  '*h',
  '&h ',
  '!!binary ',
  '!x ',
  '<<: *a',
  '__proto__: ',
  'constructor: 1',
  '~',
  '.nan',
  '\n  ',
];

type Mutation =
  | { kind: 'delete' | 'duplicate'; line: number }
  | { kind: 'swap'; line: number; other: number }
  | { kind: 'replace' | 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constantFrom('replace' as const, 'insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })),
  }),
);

/** Applies one mutation to the text (positions wrap around its length). */
function mutate(text: string, m: Mutation): string {
  if ('at' in m) {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(m.kind === 'replace' ? at + 1 : at);
  }
  const lines = text.split('\n');
  const a = m.line % lines.length;
  if (m.kind === 'swap') {
    const b = m.other % lines.length;
    [lines[a], lines[b]] = [lines[b], lines[a]];
  } else if (m.kind === 'delete') lines.splice(a, 1);
  else lines.splice(a, 0, lines[a]);
  return lines.join('\n');
}

const mutant = fc.record({ base: fc.constantFrom(...BUNDLED), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) });

/** A fresh folder with every bundled scenario (the bases mutants extend) and the mutant beside them. */
function writeMutant(base: string, mutations: readonly Mutation[]): { dir: string; file: string } {
  const dir = tempDir('jejaring-mutant-');
  for (const [name, text] of TEXTS) writeFileSync(path.join(dir, name), text);
  const file = path.join(dir, 'mutant.yaml');
  writeFileSync(file, mutations.reduce(mutate, TEXTS.get(base) ?? ''));
  return { dir, file };
}

function expectProblemLines(lines: readonly string[]): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line).toMatch(/^.+:\d+:\d+: /);
    expect(line).not.toMatch(/\n| {4}at /);
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  }
}

describe('mutated bundled scenarios', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('load or give problem lines file:line:col, never a stack trace', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(mutant, ({ base, mutations }) => {
        const { file } = writeMutant(base, mutations);
        const { loaded, problems } = loadAll([{ file }], 2 ** 40);
        if (problems.length > 0) {
          expect(loaded).toEqual([]);
          expectProblemLines(problems.map(formatProblem));
        } else expect(loaded).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  it('run through the command with a short horizon: exit 0 with its run written, or exit 2 with nothing written', {
    timeout: 120_000,
  }, async () => {
    const small = BUNDLED.filter((f) => f !== 'region.yaml');
    await fc.assert(
      fc.asyncProperty(
        fc.record({ base: fc.constantFrom(...small), mutations: fc.array(mutation, { minLength: 1, maxLength: 2 }) }),
        async ({ base, mutations }) => {
          const { dir } = writeMutant(base, mutations);
          // A short run of the mutant: a file that extends it and shortens the horizon.
          writeFileSync(path.join(dir, 'short.yaml'), 'extends: mutant.yaml\nhorizon_days: 200\n');
          const err: string[] = [];
          const out: string[] = [];
          vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
          vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
          const outDir = path.join(dir, 'out');
          const code = await runCommand({ files: [path.join(dir, 'short.yaml')], out: outDir, replicates: 1, jobs: 1, quiet: true });
          vi.restoreAllMocks();
          expect([0, 2]).toContain(code);
          if (code === 2) {
            expectProblemLines(err.join('').trimEnd().split('\n'));
            expect(existsSync(outDir)).toBe(false);
          } else {
            expect(out.join('')).toBe(`${path.join(outDir, 'short', 'seed-1')}\n${path.join(outDir, 'report.html')}\n`);
            expect(existsSync(path.join(outDir, 'short', 'seed-1', 'metrics.csv'))).toBe(true);
          }
        },
      ),
      { numRuns: 8 },
    );
  });
});
