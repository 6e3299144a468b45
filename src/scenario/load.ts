/**
 * Reads a scenario file: YAML with source positions, `extends` merged (maps deep, lists replaced
 * whole), validated against the schema. Every problem is reported at the line and column of the
 * file that set the offending value.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type * as z from 'zod';
import { formatFieldPath, InputError, inputError, type InputProblem } from './errors.js';
import { allowedKeys, describeIssue } from './issues.js';
import { scenarioSchema, type Scenario } from './schema.js';

/** A parsed file of an `extends` chain. */
interface SourceFile {
  readonly file: string;
  readonly abs: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  readonly data: Record<string, unknown>;
}

/** A validated scenario and the files it was assembled from (most derived first). */
export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly file: string;
  readonly chain: readonly string[];
}

/** The path shown to users: relative to the working directory when that is shorter. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel !== '' && rel.length < abs.length ? rel : abs;
}

function readSource(file: string, abs: string): SourceFile {
  let text: string;
  try {
    if (statSync(abs).isDirectory()) throw inputError(file, 1, 1, '(file)', 'expected a scenario file, got a directory');
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw inputError(file, 1, 1, '(file)', 'expected a readable scenario file, but there is no file at this path');
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = lines.linePos(err.pos[0]);
    const reason = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw inputError(file, pos.line, pos.col, '(yaml)', `expected valid YAML, got an error: ${reason}`);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    throw inputError(file, 1, 1, '(root)', 'expected a mapping of scenario fields, got an empty file');
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const pos = doc.contents?.range ? lines.linePos(doc.contents.range[0]) : { line: 1, col: 1 };
    throw inputError(file, pos.line, pos.col, '(root)', `expected a mapping of scenario fields, got ${Array.isArray(data) ? 'a list' : 'a single value'}`);
  }
  return { file, abs, doc, lines, data: data as Record<string, unknown> };
}

/** Position of the deepest node along `fieldPath` in one file, and how deep it reached. */
function findNode(src: SourceFile, fieldPath: readonly PropertyKey[], wantKey: boolean): { depth: number; offset: number } {
  let node: Node | null | undefined = src.doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  let depth = 0;
  for (let k = 0; k < fieldPath.length && node; k++) {
    const seg = fieldPath[k];
    const last = k === fieldPath.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      offset = (last && wantKey) || !valueNode?.range ? (keyNode.range?.[0] ?? offset) : valueNode.range[0];
      node = valueNode;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      node = node.items[seg] as Node;
      offset = node?.range?.[0] ?? offset;
    } else break;
    depth = k + 1;
  }
  return { depth, offset };
}

/** The file, line and column that set the value at `fieldPath` (the most derived file wins). */
function locate(chain: readonly SourceFile[], fieldPath: readonly PropertyKey[], wantKey = false) {
  let best = chain[0];
  let bestDepth = -1;
  let bestOffset = 0;
  for (const src of chain) {
    const { depth, offset } = findNode(src, fieldPath, wantKey);
    if (depth > bestDepth) {
      best = src;
      bestDepth = depth;
      bestOffset = offset;
    }
    if (depth === fieldPath.length) break;
  }
  const pos = best.lines.linePos(bestOffset);
  return { file: best.file, line: pos.line, col: pos.col };
}

function isPlainMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge for `extends`: maps merge key by key, everything else (lists too) is replaced. */
export function mergeScenario(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] = isPlainMap(prev) && isPlainMap(value) ? mergeScenario(prev, value) : value;
  }
  return out;
}

function readChain(file: string): SourceFile[] {
  const chain: SourceFile[] = [];
  let current = readSource(file, path.resolve(file));
  for (;;) {
    chain.push(current);
    const ext = current.data.extends;
    if (ext === undefined) return chain;
    const where = locate([current], ['extends']);
    if (typeof ext !== 'string' || ext === '') {
      throw inputError(where.file, where.line, where.col, 'extends', `expected the path of a base scenario, got ${JSON.stringify(ext)}`);
    }
    const abs = path.resolve(path.dirname(current.abs), ext);
    const seen = chain.findIndex((s) => s.abs === abs);
    if (seen >= 0) {
      const loop = [...chain.slice(seen).map((s) => path.basename(s.abs)), path.basename(abs)].join(' -> ');
      throw inputError(where.file, where.line, where.col, 'extends', `expected a chain of base scenarios without a cycle, got ${loop}`);
    }
    try {
      current = readSource(displayPath(abs), abs);
    } catch (err) {
      if (err instanceof InputError && err.problems[0].field === '(file)') {
        throw inputError(where.file, where.line, where.col, 'extends', `expected an existing base scenario, but ${JSON.stringify(ext)} is not a readable file`);
      }
      throw err;
    }
  }
}

function issueProblem(chain: readonly SourceFile[], issue: z.core.$ZodIssue, data: unknown): InputProblem[] {
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(scenarioSchema, issue.path, data);
    return issue.keys.map((key) => {
      const fieldPath = [...issue.path, key];
      const at = locate(chain, fieldPath, true);
      return { ...at, field: formatFieldPath(fieldPath), message: `unknown field; expected one of ${allowed.join(', ')}` };
    });
  }
  const at = locate(chain, issue.path);
  return [{ ...at, field: formatFieldPath(issue.path), message: describeIssue(issue) }];
}

function defaultName(file: string): string {
  const stem = path.basename(file).replace(/\.ya?ml$/i, '');
  return stem.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'scenario';
}

/** Reads, merges and validates a scenario file; throws InputError with every problem found. */
export function loadScenario(file: string): LoadedScenario {
  const chain = readChain(file);
  let merged: Record<string, unknown> = {};
  for (let k = chain.length - 1; k >= 0; k--) merged = mergeScenario(merged, chain[k].data);
  delete merged.extends;
  // A scenario's kind is its own: a programme extending the baseline file must not inherit `baseline`.
  if (chain[0].data.kind === undefined) delete merged.kind;
  else merged.kind = chain[0].data.kind;
  const result = scenarioSchema.safeParse(merged, { reportInput: true });
  if (!result.success) {
    throw new InputError(result.error.issues.flatMap((issue) => issueProblem(chain, issue, merged)));
  }
  const scenario = { ...result.data, name: result.data.name ?? defaultName(file) } as Scenario;
  return { scenario: deepFreeze(scenario), file, chain: chain.map((s) => s.file) };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
