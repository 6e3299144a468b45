#!/usr/bin/env node
/** Fails when the folders of src/ import each other in a cycle; prints each cycle found. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Folder of a file relative to src/: its first path segment, or '.' for files at the root of src/. */
export function folderOf(relative) {
  const parts = relative.split('/');
  return parts.length > 1 ? parts[0] : '.';
}

/** Every .ts file below `dir`, as paths relative to `dir` with '/' separators, sorted. */
export function listSources(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split(path.sep).join('/'))
    .filter((p) => p.endsWith('.ts'))
    .sort();
}

/**
 * Folder graph of the sources below `srcDir`: a map from folder to the sorted folders it imports.
 * Every relative import counts, type-only ones included (`import type`, `export ... from`, `import('...')`
 * types): a type import still ties the two folders' designs together.
 */
export function buildFolderGraph(srcDir) {
  const graph = new Map();
  for (const file of listSources(srcDir)) {
    const from = folderOf(file);
    if (!graph.has(from)) graph.set(from, new Set());
    const text = readFileSync(path.join(srcDir, file), 'utf8');
    const info = ts.preProcessFile(text, true, true);
    for (const ref of info.importedFiles) {
      if (!ref.fileName.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), ref.fileName));
      if (target.startsWith('..')) continue;
      const to = folderOf(target);
      if (to !== from) graph.get(from).add(to);
    }
  }
  return new Map([...graph].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
}

/** Strongly connected components of more than one folder, each sorted, in sorted order (Tarjan). */
export function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const out = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** One readable path around a cycle inside `component`, e.g. `engine -> world -> engine`. */
export function describeCycle(graph, component) {
  const inside = new Set(component);
  const start = component[0];
  // Breadth-first from start back to start, staying inside the component: a shortest loop.
  const prev = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const loop = [start];
        for (let u = v; u !== start; u = prev.get(u)) loop.splice(1, 0, u);
        return [...loop, start].join(' -> ');
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return component.join(', ');
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const graph = buildFolderGraph(path.join(root, 'src'));
  const cycles = findCycles(graph);
  if (process.argv.includes('--graph')) {
    for (const [from, to] of graph) console.log(`${from} -> ${to.join(', ')}`);
  }
  if (cycles.length === 0) {
    console.log(`no import cycle between the ${graph.size} folders of src/`);
    return;
  }
  for (const c of cycles) console.error(`import cycle between folders of src/: ${describeCycle(graph, c)}  (${c.join(', ')})`);
  process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
