/** Run folders as the command writes them, for tests of what a process leaves behind. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cli.js';

/** The command. */
export const BIN = path.join(ROOT, 'bin/simulate.js');
/** A scenario of a few households and days, named tiny, for commands that must be spawned. */
export const TINY = `extends: ${path.join(ROOT, 'scenarios/balewangi.yaml')}\nname: tiny\nwarmup_days: 0\nhorizon_days: 15\npopulation: {households: 60, poor_households: 20, home_industries: 6}\n`;

/** Whether a folder holds exactly the files its manifest lists, each with the SHA-256 recorded. */
export function verifies(dir: string): boolean {
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) return false;
  const files = (JSON.parse(readFileSync(manifest, 'utf8')) as { files: Record<string, string> }).files;
  const names = readdirSync(dir)
    .filter((n) => n !== 'manifest.json')
    .sort();
  if (names.join() !== Object.keys(files).sort().join()) return false;
  return names.every(
    (n) =>
      createHash('sha256')
        .update(readFileSync(path.join(dir, n)))
        .digest('hex') === files[n],
  );
}
