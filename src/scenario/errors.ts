/**
 * Input errors that point at the place in a file where the user can fix them. They are expected
 * outcomes, not bugs, so the command line prints them as one line each, without a stack trace.
 */
import { escapeControl } from './escape.js';

/** Where in which file an input problem is, and what was expected there. */
export interface InputProblem {
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly col: number;
  /** Dotted path of the field, e.g. `households.size_poor` or `interventions[2].start`. */
  readonly field: string;
  readonly message: string;
}

/** Formats a problem as `file:line:col: field: message`, control characters escaped. */
export function formatProblem(p: InputProblem): string {
  return escapeControl(`${p.file}:${p.line}:${p.col}: ${p.field}: ${p.message}`);
}

/** Bad input: one or more problems in the files a command was given. */
export class InputError extends Error {
  readonly problems: readonly InputProblem[];

  constructor(problems: readonly InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** A single-problem input error. */
export function inputError(file: string, line: number, col: number, field: string, message: string): InputError {
  return new InputError([{ file, line, col, field, message }]);
}

/** Formats a field path the way users write it: `a.b[2].c`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    // A key from a file can be of any length; the line stays readable.
    const name = String(seg).length > 40 ? `${String(seg).slice(0, 37)}...` : String(seg);
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? name : `.${name}`;
  }
  return out === '' ? '(root)' : out;
}

/** Describes a value found in a file, for "expected X, got Y" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 37) + '...' : value}"`;
  return String(value);
}
