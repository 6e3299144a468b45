/**
 * Parses a scenario file's text into a YAML document and plain data, in time linear in the text:
 * one walk over the tree checks what the YAML library leaves to its `toJS` (unresolved aliases,
 * alias bombs) or checks in quadratic time (duplicate keys), refuses keys that would reach object
 * prototypes, and indexes every mapping by key so that errors are located in constant time.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { describeValue, formatFieldPath, inputError, type InputError } from './errors.js';

/** Most values a file may stand for once its aliases are expanded (a scenario has a few hundred). */
export const MAX_EXPANDED_VALUES = 100_000;
/** Deepest nesting of mappings and lists in a file. */
export const MAX_DEPTH = 64;
/** Keys that would set or reach an object's prototype rather than a field. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A number written with thousands separators (`6.000`, `1.500.000`, `6,000`) and where it is. */
export interface SeparatedNumber {
  readonly path: readonly (string | number)[];
  readonly offset: number;
  readonly source: string;
}

/** One file, parsed and walked. */
export interface ParsedText {
  readonly doc: Document;
  readonly lines: LineCounter;
  /** The root mapping as plain data. */
  readonly data: Record<string, unknown>;
  /** Each mapping's pairs by key. */
  readonly index: ReadonlyMap<YAMLMap, ReadonlyMap<string, Pair>>;
  /** Keys that can be no field, with their path (the key last), for unknown-field messages. */
  readonly reserved: readonly { path: (string | number)[]; offset: number }[];
  readonly separated: readonly SeparatedNumber[];
}

const SEPARATED = /^[+-]?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;

interface WalkState {
  readonly file: string;
  readonly text: string;
  readonly lines: LineCounter;
  readonly anchors: Map<string, number | undefined>;
  readonly index: Map<YAMLMap, Map<string, Pair>>;
  readonly reserved: { path: (string | number)[]; offset: number }[];
  readonly separated: SeparatedNumber[];
  expanded: number;
}

function fail(s: WalkState, offset: number, field: string, message: string): InputError {
  const pos = s.lines.linePos(offset);
  return inputError(s.file, pos.line, pos.col, field, message);
}

/** Walks `node`; returns how many values it stands for with its aliases expanded. */
function walk(s: WalkState, node: unknown, path: (string | number)[], depth: number): number {
  if (node === null || node === undefined) return 1;
  const offset = (node as Node).range?.[0] ?? 0;
  if (depth > MAX_DEPTH)
    throw fail(s, offset, formatFieldPath(path), `expected mappings and lists nested at most ${MAX_DEPTH} deep, got deeper`);
  if (isAlias(node)) {
    const size = s.anchors.get(node.source);
    if (!s.anchors.has(node.source))
      throw fail(
        s,
        offset,
        formatFieldPath(path),
        `expected an alias to an anchor set before it (&${node.source}), got *${node.source} with no such anchor`,
      );
    if (size === undefined)
      throw fail(
        s,
        offset,
        formatFieldPath(path),
        `expected an alias outside the value it names, got *${node.source} inside &${node.source}`,
      );
    s.expanded += size;
    if (s.expanded > MAX_EXPANDED_VALUES)
      throw fail(
        s,
        offset,
        formatFieldPath(path),
        `expected aliases that expand to at most ${MAX_EXPANDED_VALUES} values in all, got more`,
      );
    return size;
  }
  const anchor = (node as Node).anchor;
  if (anchor !== undefined) s.anchors.set(anchor, undefined);
  let size = 1;
  if (isMap(node)) {
    const byKey = new Map<string, Pair>();
    s.index.set(node, byKey);
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const keyOffset = key?.range?.[0] ?? offset;
      if (key !== null && !isScalar(key))
        throw fail(
          s,
          keyOffset,
          formatFieldPath(path),
          `expected field names as keys, got ${isAlias(key) ? 'an alias' : isMap(key) ? 'a mapping' : 'a list'} as a key`,
        );
      const name = key === null || key.value === null ? '' : String(key.value);
      const keyPath = [...path, name];
      if (byKey.has(name))
        throw fail(s, keyOffset, formatFieldPath(keyPath), `expected each field once in a mapping, got ${describeValue(name)} again`);
      byKey.set(name, pair);
      if (RESERVED_KEYS.has(name)) s.reserved.push({ path: keyPath, offset: keyOffset });
      size += walk(s, pair.value, keyPath, depth + 1);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, k) => {
      size += walk(s, isPair(item) ? item.value : item, [...path, k], depth + 1);
    });
  } else if (isScalar(node) && node.range && (typeof node.value === 'number' || typeof node.value === 'string')) {
    const source = s.text.slice(node.range[0], node.range[1]);
    if (SEPARATED.test(source)) s.separated.push({ path, offset, source });
  }
  if (anchor !== undefined) s.anchors.set(anchor, size);
  return size;
}

/** The first error or warning the YAML library found, as an InputError. */
function yamlProblem(file: string, lines: LineCounter, doc: Document): InputError | undefined {
  const err = doc.errors[0] ?? doc.warnings[0];
  if (err === undefined) return undefined;
  const pos = lines.linePos(err.pos[0]);
  const reason = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return inputError(file, pos.line, pos.col, '(yaml)', `expected valid YAML, got an error: ${reason}`);
}

/** Parses and walks the text of `file`; throws InputError for anything that is not a mapping of fields. */
export function parseScenarioText(file: string, text: string): ParsedText {
  const lines = new LineCounter();
  let doc: Document;
  try {
    // uniqueKeys is checked in the walk: the library's own check compares each key with every other.
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  } catch {
    throw inputError(file, 1, 1, '(yaml)', 'expected valid YAML, got a document the YAML reader cannot take (nested too deeply?)');
  }
  const problem = yamlProblem(file, lines, doc);
  if (problem) throw problem;
  const state: WalkState = { file, text, lines, anchors: new Map(), index: new Map(), reserved: [], separated: [], expanded: 0 };
  walk(state, doc.contents, [], 0);
  let data: unknown;
  try {
    // The walk bounded the expansion and refused unresolved and self-referring aliases.
    data = doc.toJS({ maxAliasCount: -1 });
  } catch {
    throw inputError(file, 1, 1, '(yaml)', 'expected valid YAML, got a document the YAML reader cannot turn into data');
  }
  if (data === null || data === undefined) {
    throw inputError(file, 1, 1, '(root)', 'expected a mapping of scenario fields, got an empty file');
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const pos = doc.contents?.range ? lines.linePos(doc.contents.range[0]) : { line: 1, col: 1 };
    throw inputError(
      file,
      pos.line,
      pos.col,
      '(root)',
      `expected a mapping of scenario fields, got ${Array.isArray(data) ? 'a list' : 'a single value'}`,
    );
  }
  for (const r of state.reserved) deleteAt(data, r.path);
  return { doc, lines, data: data as Record<string, unknown>, index: state.index, reserved: state.reserved, separated: state.separated };
}

/** Removes the own property at `path` (a reserved key that toJS kept as a plain own property). */
function deleteAt(data: unknown, path: readonly (string | number)[]): void {
  let cur = data as Record<string | number, unknown> | undefined;
  for (let k = 0; k < path.length - 1 && cur; k++) {
    const next = Object.hasOwn(cur, path[k]) ? cur[path[k]] : undefined;
    cur = typeof next === 'object' && next !== null ? (next as Record<string | number, unknown>) : undefined;
  }
  if (cur && Object.hasOwn(cur, path[path.length - 1])) delete cur[path[path.length - 1]];
}
