/**
 * Turns zod's validation issues into "what was expected" messages in the words of a scenario
 * file's author.
 */
import type * as z from 'zod';
import { describeValue } from './errors.js';

type Issue = z.core.$ZodIssue & { input?: unknown };

const TYPE_NAMES: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

function bound(kind: 'min' | 'max', value: number | bigint, inclusive: boolean): string {
  const op = kind === 'min' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
  return `${op} ${String(value)}`;
}

/** The message for one issue: what was expected, and what was found. */
export function describeIssue(issue: Issue): string {
  const got = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `expected ${expected}, got ${got}`;
    }
    case 'too_small': {
      if (issue.origin === 'array')
        return `expected a list of at least ${String(issue.minimum)} items, got ${Array.isArray(issue.input) ? issue.input.length : got}`;
      if (issue.origin === 'string') return `expected a string of at least ${String(issue.minimum)} characters, got ${got}`;
      return `expected a number ${bound('min', issue.minimum, issue.inclusive ?? true)}, got ${got}`;
    }
    case 'too_big': {
      if (issue.origin === 'array')
        return `expected a list of at most ${String(issue.maximum)} items, got ${Array.isArray(issue.input) ? issue.input.length : got}`;
      if (issue.origin === 'string')
        return `expected a string of at most ${String(issue.maximum)} characters, got one of ${typeof issue.input === 'string' ? issue.input.length : '?'}`;
      return `expected a number ${bound('max', issue.maximum, issue.inclusive ?? true)}, got ${got}`;
    }
    case 'invalid_value':
      return `expected ${expectedValues(issue.values, issue.input)}, got ${got}`;
    case 'invalid_format':
      if (issue.format === 'regex') return `expected lower-case letters, digits, '.', '-' or '_', got ${got}`;
      return `expected a ${issue.format}, got ${got}`;
    case 'invalid_union': {
      const key = (issue as { discriminator?: string }).discriminator;
      if (key !== undefined) {
        // A tagged choice: name the allowed tags and what the file said.
        const options = [...issue.message.matchAll(/'([^']+)'/g)].map((m) => m[1]);
        const value = typeof issue.input === 'object' && issue.input !== null ? (issue.input as Record<string, unknown>)[key] : undefined;
        const nearest = typeof value === 'string' ? nearestName(options, value) : undefined;
        const hint = nearest !== undefined ? ` (did you mean "${nearest}"?)` : '';
        return `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}${hint}, got ${describeValue(value)}`;
      }
      return `expected ${issue.message.replace(/^Invalid input:? ?/, '') || 'one of the allowed forms'}, got ${got}`;
    }
    case 'custom':
      return issue.message;
    default:
      return `${issue.message}, got ${got}`;
  }
}

/** "one of a, b, c" for short lists; a suggestion of the nearest name for long ones. */
function expectedValues(values: readonly unknown[], input: unknown): string {
  const names = values.map((v) => JSON.stringify(v));
  if (names.length <= 8) return `one of ${names.join(', ')}`;
  const nearest = typeof input === 'string' ? nearestName(values.map(String), input) : undefined;
  if (nearest !== undefined) return `a known name (did you mean "${nearest}"?)`;
  return `a known name such as ${names.slice(0, 4).join(', ')}`;
}

/** The name within edit distance 3 of `input`, if one is nearest. */
export function nearestName(names: readonly string[], input: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const name of names) {
    const d = editDistance(name, input);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

type SchemaNode = {
  def?: {
    type?: string;
    shape?: Record<string, unknown>;
    element?: unknown;
    options?: unknown[];
    discriminator?: string;
    values?: unknown[];
  };
};

/** The option of a tagged union that the data's tag selects. */
function unionOption(node: SchemaNode, data: unknown): unknown {
  const key = node.def?.discriminator;
  const tag = key !== undefined && typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
  for (const option of node.def?.options ?? []) {
    const field = (unwrap(option) as SchemaNode).def?.shape?.[key ?? ''];
    const values = (unwrap(field) as SchemaNode).def?.values;
    if (values?.includes(tag)) return option;
  }
  return undefined;
}

/** The schema node at `path` (following `data` through tagged unions), and the data there. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[], data?: unknown): { node: unknown; value: unknown } {
  let node: unknown = schema;
  let value = data;
  for (const seg of path) {
    node = resolveNode(node, value);
    const def = (node as SchemaNode).def;
    if (!def) return { node: undefined, value: undefined };
    if (def.type === 'object' && def.shape) node = Object.hasOwn(def.shape, String(seg)) ? def.shape[String(seg)] : undefined;
    else if (def.type === 'array') node = def.element;
    else return { node: undefined, value: undefined };
    value =
      typeof value === 'object' && value !== null && Object.hasOwn(value, seg) ? (value as Record<PropertyKey, unknown>)[seg] : undefined;
  }
  return { node, value };
}

function resolveNode(node: unknown, value: unknown): unknown {
  const inner = unwrap(node);
  return (inner as SchemaNode | undefined)?.def?.type === 'union' ? unwrap(unionOption(inner as SchemaNode, value)) : inner;
}

/** The allowed keys of the object schema at `path` (following `data` through tagged unions), for unknown-key messages. */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[], data?: unknown): string[] {
  const at = schemaAt(schema, path, data);
  const def = (resolveNode(at.node, at.value) as SchemaNode | undefined)?.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(node: unknown): unknown {
  let cur = node as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined;
  for (let k = 0; k < 10 && cur?.def; k++) {
    const t = cur.def.type;
    if (t === 'default' || t === 'prefault' || t === 'optional' || t === 'nullable' || t === 'readonly') {
      cur = cur.def.innerType as typeof cur;
    } else if (t === 'pipe') {
      cur = cur.def.in as typeof cur;
    } else break;
  }
  return cur;
}
