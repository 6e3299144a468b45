/** Runs the built command line in a child process and reads output trees. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `simulate` with these arguments from `cwd` (the repository by default). */
export function simulate(args: readonly string[], cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/simulate.js'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'jejaring-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Every file below `dir` with its bytes, keyed by relative path, in sorted order. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** Parses a simple CSV (no quoted fields) into a header and rows. */
export function readCsv(file: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}
