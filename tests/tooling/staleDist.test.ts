import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStaleOutputs, staleDistMessage } from '../helpers/staleDist.js';

/** Writes a file with this modification time (seconds since 1970). */
function writeAt(file: string, seconds: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
  utimesSync(file, seconds, seconds);
}

/** A fresh root with src/ and dist/ below it. */
function tree(): { src: string; dist: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'jejaring-dist-'));
  return { src: path.join(root, 'src'), dist: path.join(root, 'dist') };
}

describe('stale build check', () => {
  it('passes when every source has a build at least as new', () => {
    const { src, dist } = tree();
    writeAt(path.join(src, 'rng.ts'), 1000);
    writeAt(path.join(dist, 'rng.js'), 1000);
    writeAt(path.join(src, 'world/ledger.ts'), 1000);
    writeAt(path.join(dist, 'world/ledger.js'), 2000);
    expect(findStaleOutputs(src, dist)).toEqual([]);
    expect(staleDistMessage([])).toBe('');
  });

  it('names a source edited after the build and one never built', () => {
    const { src, dist } = tree();
    writeAt(path.join(src, 'rng.ts'), 1000);
    writeAt(path.join(dist, 'rng.js'), 2000);
    writeAt(path.join(src, 'world/ledger.ts'), 3000);
    writeAt(path.join(dist, 'world/ledger.js'), 2000);
    writeAt(path.join(src, 'world/ties.ts'), 1000);
    expect(findStaleOutputs(src, dist)).toEqual(['world/ledger.ts', 'world/ties.ts']);
  });

  it('tells the reader to build, and counts what it does not list', () => {
    const message = staleDistMessage(['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts']);
    expect(message).toBe('dist/ is older than src/: run npm run build (newer than their build: src/a.ts, src/b.ts, src/c.ts and 2 more)');
  });
});
