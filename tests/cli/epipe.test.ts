/** A reader that closes stdout early (`simulate schema | head -1`): only a real process shows it. */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';
import { BIN, TINY, verifies } from '../helpers/runFolders.js';

/** Runs the command with its stdout closed before it writes anything. */
function withClosedStdout(args: readonly string[], cwd = ROOT): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a reader that closes stdout early (simulate schema | head -1)', () => {
  it.each([['schema'], ['schema --markdown'], ['--help']])('%s: exits 0 quietly', async (command) => {
    const args = command.split(' ');
    expect(await withClosedStdout(args)).toEqual({ code: 0, stderr: '' });
  });

  it('a run still writes its folders and exits 0', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'tiny.yaml'), TINY);
    expect(await withClosedStdout(['tiny.yaml', '--out', 'o', '--quiet'], cwd)).toEqual({ code: 0, stderr: '' });
    expect(verifies(path.join(cwd, 'o', 'tiny', 'seed-1'))).toBe(true);
  });

  it('compare keeps its exit code: 0 for the same tree, 1 for another', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'tiny.yaml'), TINY);
    expect(spawnSync(process.execPath, [BIN, 'tiny.yaml', '--out', 'o', '--quiet', '--replicates', '2'], { cwd }).status).toBe(0);
    const a = path.join(cwd, 'o', 'tiny', 'seed-1');
    const b = path.join(cwd, 'o', 'tiny', 'seed-2');
    expect(await withClosedStdout(['compare', a, a])).toEqual({ code: 0, stderr: '' });
    expect(await withClosedStdout(['compare', a, b])).toEqual({ code: 1, stderr: '' });
  });

  it('a run with stdout and stderr both closed (2>&1 | head) still writes its folders and exits 0', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'tiny.yaml'), TINY);
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'tiny.yaml', '--out', 'o', '--replicates', '2', '--jobs', '1'], {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.destroy();
      child.stderr.destroy();
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    for (const seed of [1, 2]) expect(verifies(path.join(cwd, 'o', 'tiny', `seed-${seed}`))).toBe(true);
  });
});
