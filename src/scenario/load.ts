/**
 * Reads a scenario file: YAML with source positions, `extends` merged (maps deep, lists replaced
 * whole), validated against the schema. Every problem is reported at the line and column of the
 * file that set the offending value. Only regular `.yaml`/`.yml` files under a size cap are read as
 * bases, and loading takes time linear in the size of the files.
 */
import path from 'node:path';
import type * as z from 'zod';
import { formatFieldPath, InputError, inputError, type InputProblem } from './errors.js';
import { RUPIAH_FIELDS } from './fields.js';
import { allowedKeys, describeIssue, schemaAt } from './issues.js';
import { locate, type SourceFile } from './locate.js';
import { parseScenarioText } from './parse.js';
import { FileRefusal, MAX_SCENARIO_BYTES, readScenarioText } from './readText.js';
import { nameProblem, scenarioSchema, type Scenario } from './schema.js';

/** A validated scenario and the files it was assembled from (most derived first). */
export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly file: string;
  readonly chain: readonly string[];
}

/** Most files in an `extends` chain, the file itself included. */
export const MAX_EXTENDS_DEPTH = 16;
/** Most problems reported for one scenario; the last one says how many more there were. */
export const MAX_PROBLEMS = 10;

/** The path shown to users: relative to the working directory when that is shorter. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel !== '' && rel.length < abs.length ? rel : abs;
}

function readSource(file: string, abs: string): SourceFile {
  let text: string;
  try {
    text = readScenarioText(abs);
  } catch (err) {
    if (!(err instanceof FileRefusal)) throw err;
    if (err.missing) throw inputError(file, 1, 1, '(file)', 'expected a readable scenario file, but there is no file at this path');
    throw inputError(file, 1, 1, '(file)', `expected a regular scenario file of at most ${MAX_SCENARIO_BYTES} bytes, but ${err.message}`);
  }
  return { file, abs, ...parseScenarioText(file, text) };
}

function isPlainMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge for `extends`: maps merge key by key, everything else (lists too) is replaced. */
export function mergeScenario(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = Object.hasOwn(out, key) ? out[key] : undefined;
    // defineProperty, not assignment: no key can reach the prototype (the parser refuses such keys too).
    Object.defineProperty(out, key, {
      value: isPlainMap(prev) && isPlainMap(value) ? mergeScenario(prev, value) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** A base that is not a scenario at all (no field of it is one): one line, none of its content. */
function checkBaseIsScenario(base: SourceFile): void {
  const keys = Object.keys(base.data);
  const known = allowedKeys(scenarioSchema, []);
  if (keys.length > 0 && !keys.some((k) => known.includes(k))) {
    throw inputError(
      base.file,
      1,
      1,
      '(root)',
      `expected a scenario (fields such as horizon_days or population), but none of its ${keys.length} top-level keys is a scenario field`,
    );
  }
}

function readBase(current: SourceFile, ext: unknown): SourceFile {
  const where = locate([current], ['extends']);
  const fail = (message: string) => inputError(where.file, where.line, where.col, 'extends', message);
  if (typeof ext !== 'string' || ext === '') throw fail(`expected the path of a base scenario, got ${JSON.stringify(ext)}`);
  if (!/\.ya?ml$/i.test(ext)) throw fail(`expected the path of a .yaml or .yml scenario file, got ${JSON.stringify(ext)}`);
  const abs = path.resolve(path.dirname(current.abs), ext);
  let text: string;
  try {
    text = readScenarioText(abs);
  } catch (err) {
    if (!(err instanceof FileRefusal)) throw err;
    if (err.missing) throw fail(`expected an existing base scenario, but ${JSON.stringify(ext)} is not a readable file`);
    throw fail(`expected a regular scenario file of at most ${MAX_SCENARIO_BYTES} bytes, but ${JSON.stringify(ext)}: ${err.message}`);
  }
  const file = displayPath(abs);
  const base: SourceFile = { file, abs, ...parseScenarioText(file, text) };
  checkBaseIsScenario(base);
  return base;
}

function readChain(file: string): SourceFile[] {
  const chain: SourceFile[] = [readSource(file, path.resolve(file))];
  for (;;) {
    const current = chain[chain.length - 1];
    const ext = current.data.extends;
    if (ext === undefined) return chain;
    const where = locate([current], ['extends']);
    if (chain.length >= MAX_EXTENDS_DEPTH) {
      throw inputError(
        where.file,
        where.line,
        where.col,
        'extends',
        `expected a chain of at most ${MAX_EXTENDS_DEPTH} files, got a longer one`,
      );
    }
    if (typeof ext === 'string' && ext !== '') {
      const abs = path.resolve(path.dirname(current.abs), ext);
      const seen = chain.findIndex((s) => s.abs === abs);
      if (seen >= 0) {
        const loop = [...chain.slice(seen).map((s) => path.basename(s.abs)), path.basename(abs)].join(' -> ');
        throw inputError(where.file, where.line, where.col, 'extends', `expected a chain of base scenarios without a cycle, got ${loop}`);
      }
    }
    chain.push(readBase(current, ext));
  }
}

function issueProblem(chain: readonly SourceFile[], issue: z.core.$ZodIssue, data: unknown): InputProblem {
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(scenarioSchema, issue.path, data);
    const fieldPath = [...issue.path, issue.keys[0]];
    const more = issue.keys.length > 1 ? ` (and ${issue.keys.length - 1} more unknown fields here)` : '';
    return {
      ...locate(chain, fieldPath, true),
      field: formatFieldPath(fieldPath),
      message: `unknown field${more}; expected one of ${allowed.join(', ')}`,
    };
  }
  return { ...locate(chain, issue.path), field: formatFieldPath(issue.path), message: describeIssue(issue) };
}

/** Keys that can be no field (`__proto__`, ...), reported as unknown fields. */
function reservedProblems(chain: readonly SourceFile[], merged: unknown): InputProblem[] {
  return chain.flatMap((src) =>
    src.reserved.map((r) => {
      const pos = src.lines.linePos(r.offset);
      const allowed = allowedKeys(scenarioSchema, r.path.slice(0, -1), merged);
      return {
        file: src.file,
        line: pos.line,
        col: pos.col,
        field: formatFieldPath(r.path),
        message: `unknown field; expected one of ${allowed.join(', ')}`,
      };
    }),
  );
}

/** Rupiah written with thousands separators (`6.000` reads as 6): refused, with how to write it. */
function separatorProblems(chain: readonly SourceFile[], merged: unknown): InputProblem[] {
  const out: InputProblem[] = [];
  for (const src of chain) {
    for (const s of src.separated) {
      if (!RUPIAH_FIELDS.has(schemaAt(scenarioSchema, s.path, merged).node as object)) continue;
      const at = locate(chain, s.path);
      if (at.file !== src.file) continue; // a more derived file set this field
      const digits = s.source.replace(/[.,+]/g, '');
      const read = Number.isFinite(Number(s.source)) ? `YAML reads it as ${Number(s.source)}` : 'YAML reads it as text';
      out.push({
        ...at,
        field: formatFieldPath(s.path),
        message: `expected whole rupiah without thousands separators, such as ${digits}, got ${s.source} (${read})`,
      });
    }
  }
  return out;
}

function defaultName(file: string): string {
  const stem = path.basename(file).replace(/\.ya?ml$/i, '');
  return (
    stem
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 100) || 'scenario'
  );
}

function capped(problems: InputProblem[]): InputProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const kept = problems.slice(0, MAX_PROBLEMS);
  const last = kept[MAX_PROBLEMS - 1];
  kept[MAX_PROBLEMS - 1] = { ...last, message: `${last.message} (and ${problems.length - MAX_PROBLEMS} more problems)` };
  return kept;
}

/** Reads, merges and validates a scenario file; throws InputError with the problems found. */
export function loadScenario(file: string): LoadedScenario {
  const chain = readChain(file);
  let merged: Record<string, unknown> = {};
  for (let k = chain.length - 1; k >= 0; k--) merged = mergeScenario(merged, chain[k].data);
  delete merged.extends;
  // The name is the file's own: a file that extends another does not write into the other's folder.
  delete merged.name;
  if (Object.hasOwn(chain[0].data, 'name')) merged.name = chain[0].data.name;
  const early = [...reservedProblems(chain, merged), ...separatorProblems(chain, merged)];
  // A scenario's kind is its own: a programme extending the baseline file must not inherit `baseline`.
  if (chain[0].data.kind === undefined) delete merged.kind;
  else merged.kind = chain[0].data.kind;
  const result = scenarioSchema.safeParse(merged, { reportInput: true });
  const taken = new Set(early.map((p) => p.field));
  const problems = [
    ...early,
    ...(result.success ? [] : result.error.issues.map((issue) => issueProblem(chain, issue, merged)).filter((p) => !taken.has(p.field))),
  ];
  if (problems.length > 0 || !result.success) throw new InputError(capped(problems));
  const name = result.data.name ?? defaultName(file);
  const bad = nameProblem(name);
  if (bad !== undefined) {
    throw inputError(chain[0].file, 1, 1, 'name', `${bad} (the default is the file's name; set name: in the file)`);
  }
  const scenario = { ...result.data, name } as Scenario;
  return { scenario: deepFreeze(scenario), file, chain: chain.map((s) => s.file) };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
