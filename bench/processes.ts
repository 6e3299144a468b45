/**
 * Child processes: running the `simulate` command as users do and comparing the trees it writes,
 * and measuring a suite in a fresh node process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './harness.js';
import type { FigureRecord } from './report.js';

/**
 * Runs one suite in a fresh node process and returns its figures. A process of its own gives each
 * suite a clean heap and its own JIT history, and gives a second measurement an independent one:
 * on the reference machine the same suite can run ~25% apart in two processes, consistently
 * within each, so measuring again in the same process would not tell noise from a regression.
 */
export async function measureSuiteInChild(name: string, short: boolean, echo: boolean): Promise<FigureRecord[]> {
  const dir = freshDir('suite');
  try {
    const json = path.join(dir, 'figures.json');
    const runJs = fileURLToPath(new URL('./run.js', import.meta.url));
    const args = ['--expose-gc', runJs, '--only', name, '--json', json, ...(short ? ['--short'] : [])];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: repoRoot(), stdio: ['ignore', echo ? 'inherit' : 'ignore', 'inherit'] });
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`bench suite ${name} exited with ${String(code)}`))));
    });
    return (JSON.parse(readFileSync(json, 'utf8')) as { figures: FigureRecord[] }).figures;
  } finally {
    removeDir(dir);
  }
}

/** Runs `node bin/simulate.js ...args` in the repository root; rejects on a non-zero exit. */
export function runSimulate(args: readonly string[]): Promise<void> {
  return runNode([path.join('bin', 'simulate.js'), ...args]);
}

/** Peak resident memory and CPU time (all threads) of a command's process. */
export interface CommandUsage {
  readonly maxRssBytes: number;
  readonly cpuSeconds: number;
}

/**
 * Runs `simulate ...args` like `runSimulate`, in a child that reports its own peak memory and CPU
 * time (bench/measured-simulate.ts), and returns them.
 */
export async function runSimulateMeasured(args: readonly string[]): Promise<CommandUsage> {
  const dir = freshDir('usage');
  try {
    const file = path.join(dir, 'usage.json');
    await runNode([fileURLToPath(new URL('./measured-simulate.js', import.meta.url)), file, ...args]);
    return JSON.parse(readFileSync(file, 'utf8')) as CommandUsage;
  } finally {
    removeDir(dir);
  }
}

/** Runs `node ...args` in the repository root; rejects on a non-zero exit, with its stderr. */
export function runNode(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`node ${args.join(' ')} exited with ${String(code)}: ${stderr.trim()}`));
    });
  });
}

/** A fresh empty folder under the system's temporary folder. */
export function freshDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `jejaring-bench-${prefix}-`));
}

/** Removes a folder made by `freshDir`. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir`, as sorted relative paths. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** The first difference between two trees (a file only in one, or differing bytes), or null. */
export function compareTrees(a: string, b: string): string | null {
  const fa = listFiles(a);
  const fb = listFiles(b);
  const onlyA = fa.filter((f) => !fb.includes(f));
  const onlyB = fb.filter((f) => !fa.includes(f));
  if (onlyA.length > 0) return `${onlyA[0]} only in the first tree`;
  if (onlyB.length > 0) return `${onlyB[0]} only in the second tree`;
  if (fa.length === 0) return 'both trees are empty';
  for (const f of fa) {
    if (!readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))) return `${f} differs`;
  }
  return null;
}
