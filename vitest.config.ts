/**
 * Three projects: `unit` (in process, fast), `cli` (spawns the built command, `node bin/simulate.js`)
 * and `patterns` (runs whole scenarios against the patterns of the model). A test file belongs to
 * `cli` when it imports the spawn helper `simulate` from tests/helpers/cli.ts or spawns a process itself,
 * so a new command-line test is classed without editing this file. Timeouts cover hooks too and are generous, because a
 * busy two-core machine can take several times longer than an idle one; no test asserts on time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const TESTS = path.join(import.meta.dirname, 'tests');
const PATTERNS = ['tests/patterns/**/*.test.ts', 'tests/interventions/patterns-*.test.ts'];
const SPAWNS = /import\s*\{[^}]*\bsimulate\b[^}]*\}\s*from\s*'[./]*\/?helpers\/cli\.js'|bin\/simulate\.js|\bspawn(Sync)?\(/;

/** Test files (relative to the repository) that import the spawn helper, outside the pattern tests. */
function spawningTests(): string[] {
  return readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
    .map((rel) => `tests/${rel.split(path.sep).join('/')}`)
    .filter((rel) => rel.endsWith('.test.ts') && !rel.startsWith('tests/patterns/') && !/^tests\/interventions\/patterns-/.test(rel))
    .filter((rel) => SPAWNS.test(readFileSync(path.join(TESTS, '..', rel), 'utf8')))
    .sort();
}

const cli = spawningTests();

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...cli, ...PATTERNS] } },
      { extends: true, test: { name: 'cli', include: cli, globalSetup: ['tests/setup/freshBuild.ts'] } },
      { extends: true, test: { name: 'patterns', include: PATTERNS, globalSetup: ['tests/setup/freshBuild.ts'] } },
    ],
  },
});
