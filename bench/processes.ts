/** Running the `simulate` command as users do, and comparing the trees it writes. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './harness.js';

/** Runs `node bin/simulate.js ...args` in the repository root; rejects on a non-zero exit. */
export function runSimulate(args: readonly string[]): Promise<void> {
  return runNode([path.join('bin', 'simulate.js'), ...args]);
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
