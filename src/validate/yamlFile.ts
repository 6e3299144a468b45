/**
 * A YAML file read with source positions, validated by a zod schema, so that every problem is
 * reported as `file:line:col: field: what was expected` at the place that set the value.
 */
import { readFileSync, statSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type * as z from 'zod';
import { formatFieldPath, InputError, inputError, type InputProblem } from '../scenario/errors.js';
import { allowedKeys, describeIssue } from '../scenario/issues.js';

/** A parsed YAML file and a way to find where a field was set in it. */
export interface YamlFile {
  readonly file: string;
  readonly data: unknown;
  /** The 1-based line and column of the deepest node along `path` (its key when `wantKey`). */
  locate(path: readonly PropertyKey[], wantKey?: boolean): { line: number; col: number };
}

/** Reads `file` as YAML; a missing file or a syntax error is an InputError. */
export function readYamlFile(file: string, what: string): YamlFile {
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw inputError(file, 1, 1, '(file)', `expected ${what}, got a directory`);
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw inputError(file, 1, 1, '(file)', `expected ${what}, but there is no readable file at this path`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = lines.linePos(err.pos[0]);
    const reason = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw inputError(file, pos.line, pos.col, '(yaml)', `expected valid YAML, got an error: ${reason}`);
  }
  return { file, data: doc.toJS(), locate: (p, wantKey = false) => locateIn(doc, lines, p, wantKey) };
}

function locateIn(doc: Document, lines: LineCounter, fieldPath: readonly PropertyKey[], wantKey: boolean) {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let k = 0; k < fieldPath.length && node; k++) {
    const seg = fieldPath[k];
    const last = k === fieldPath.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const valueNode = pair.value as Node | null;
      offset = (last && wantKey) || !valueNode?.range ? ((pair.key as Node).range?.[0] ?? offset) : valueNode.range[0];
      node = valueNode;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      node = node.items[seg] as Node;
      offset = node?.range?.[0] ?? offset;
    } else break;
  }
  return lines.linePos(offset);
}

/** A problem at `path` of a YAML file. */
export function problemAt(y: YamlFile, path: readonly PropertyKey[], message: string, wantKey = false): InputProblem {
  return { file: y.file, ...y.locate(path, wantKey), field: formatFieldPath(path), message };
}

/** Validates the file's data with `schema`; every issue becomes a located problem. */
export function parseWith<S extends z.ZodType>(
  y: YamlFile,
  schema: S,
  prefix: readonly PropertyKey[] = [],
  data: unknown = y.data,
): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw new InputError(result.error.issues.flatMap((issue) => issueProblems(y, schema, issue, prefix, data)));
}

function issueProblems(
  y: YamlFile,
  schema: z.ZodType,
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[],
  data: unknown,
): InputProblem[] {
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, issue.path, data);
    return issue.keys.map((k) => problemAt(y, [...prefix, ...issue.path, k], `unknown field; expected one of ${allowed.join(', ')}`, true));
  }
  return [problemAt(y, [...prefix, ...issue.path], describeIssue(issue))];
}
