import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFolderGraph, describeCycle, findCycles } from '../../scripts/check-cycles.mjs';

/** Writes `files` (path relative to a fresh src/ -> text) and returns that src/ folder. */
function sourceTree(files: Record<string, string>): string {
  const src = path.join(mkdtempSync(path.join(tmpdir(), 'jejaring-cycles-')), 'src');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(src, rel)), { recursive: true });
    writeFileSync(path.join(src, rel), text);
  }
  return src;
}

describe('folder import cycles', () => {
  it('finds a cycle made only of type imports, and prints a path around it', () => {
    const src = sourceTree({
      'world/world.ts': "import type { Params } from '../engine/params.js';\n",
      'engine/params.ts': "import { count } from '../world/count.js';\nexport type Params = {};\n",
      'world/count.ts': 'export const count = 1;\n',
    });
    const graph = buildFolderGraph(src);
    const cycles = findCycles(graph);
    expect(cycles).toEqual([['engine', 'world']]);
    expect(describeCycle(graph, cycles[0])).toBe('engine -> world -> engine');
  });

  it('accepts imports that all flow one way, with root files and packages', () => {
    const src = sourceTree({
      'rng.ts': "import seedrandom from 'seedrandom';\n",
      'world/world.ts': "import type { Rng } from '../rng.js';\nimport { x } from './other.js';\n",
      'rules/sales.ts': "import { transfer } from '../world/ledger.js';\nexport { y } from '../rng.js';\n",
      'engine/run.ts': "import '../rules/sales.js';\nconst m = import('../world/world.js');\n",
    });
    const graph = buildFolderGraph(src);
    expect(graph.get('engine')).toEqual(['rules', 'world']);
    expect(graph.get('rules')).toEqual(['.', 'world']);
    expect(findCycles(graph)).toEqual([]);
  });

  it('counts a re-export and a dynamic import as edges', () => {
    const src = sourceTree({
      'a/x.ts': "export { b } from '../b/y.js';\n",
      'b/y.ts': "export const b = () => import('../a/x.js');\n",
    });
    expect(findCycles(buildFolderGraph(src))).toEqual([['a', 'b']]);
  });

  it('has no cycle between the folders of this repository', () => {
    const graph = buildFolderGraph(path.resolve(import.meta.dirname, '../../src'));
    expect(graph.size).toBeGreaterThan(5);
    expect(findCycles(graph)).toEqual([]);
  });
});
