/**
 * Option values checked where yargs reads them (`coerce`): each option given once, with a value,
 * numbers written as plain whole or decimal numbers (no `1e3`, `0x10` or empty string taken for a
 * number). A bad value throws a UsageError, which the command prints as one line, exit code 2.
 */
import { statSync } from 'node:fs';

/** A mistake in the arguments: shown as one line, exit code 2. */
export class UsageError extends Error {}

/** Most runs in parallel; beyond the cores threads only share them (see jobs.ts). */
export const MAX_JOBS = 64;

/** Most runs per scenario. */
export const MAX_REPLICATES = 10000;

/** Largest seed. */
export const MAX_SEED = 2 ** 31 - 1;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return text === ''
    ? 'an empty value'
    : JSON.stringify(text).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Wraps a check of one value so that an option given twice is an error rather than a list. */
export function once<T>(flag: string, check: (value: string) => T): (value: unknown) => T {
  return (value: unknown) => {
    if (Array.isArray(value))
      throw new UsageError(`--${flag}: expected it once, got it ${value.length} times (${value.map(shown).join(', ')})`);
    return check(String(value));
  };
}

/** A whole number from `min` to `max`, written in digits. */
export function wholeNumber(flag: string, min: number, max: number): (value: unknown) => number {
  return once(flag, (text) => {
    const n = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
    if (!(n >= min && n <= max)) throw new UsageError(`--${flag}: expected a whole number from ${min} to ${max}, got ${shown(text)}`);
    return n;
  });
}

/** A number >= 0 in decimal notation, an exponent allowed (tolerances are small: `1e-9`). */
export function nonNegative(flag: string): (value: unknown) => number {
  return once(flag, (text) => {
    const n = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,3})?$/.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(n)) throw new UsageError(`--${flag}: expected a number >= 0 such as 0.001 or 1e-9, got ${shown(text)}`);
    return n;
  });
}

/** The --out directory, which may not exist yet but must not be something else. */
export function outputDirectory(flag: string): (value: unknown) => string {
  return once(flag, (dir) => {
    if (dir === '')
      throw new UsageError(`--${flag}: expected a directory, got an empty value (write --${flag} . for the current directory)`);
    let isDir = true;
    try {
      isDir = statSync(dir).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw new UsageError(`--${flag}: expected a directory, but part of ${shown(dir)} is a file`);
      if (code === 'ELOOP') throw new UsageError(`--${flag}: expected a directory, but ${shown(dir)} is a loop of symbolic links`);
      return dir;
    }
    if (!isDir) throw new UsageError(`--${flag}: expected a directory, but ${dir} is a file`);
    return dir;
  });
}

/** One of a fixed list of words, given once. */
export function oneOf<T extends string>(flag: string, choices: readonly T[]): (value: unknown) => T {
  return once(flag, (text) => {
    if (!(choices as readonly string[]).includes(text))
      throw new UsageError(`--${flag}: expected one of ${choices.join(', ')}, got ${shown(text)}`);
    return text as T;
  });
}

/** A Redis address, `redis://HOST:PORT` (or `rediss://` for TLS, with `USER:PASSWORD@` and `/DB` if needed). */
export function redisAddress(flag: string): (value: unknown) => string {
  return once(flag, (text) => {
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    const ok =
      url !== undefined &&
      (url.protocol === 'redis:' || url.protocol === 'rediss:') &&
      url.hostname !== '' &&
      /^(\/\d{0,2})?$/.test(url.pathname);
    if (!ok) throw new UsageError(`--${flag}: expected a Redis address such as redis://127.0.0.1:6379, got ${shown(text)}`);
    return text;
  });
}

/** A queue name: letters, digits, `-`, `_` and `.`, 1 to 100 of them (BullMQ keys use `:` between parts). */
export function queueName(flag: string): (value: unknown) => string {
  return once(flag, (text) => {
    if (!/^[A-Za-z0-9_.-]{1,100}$/.test(text))
      throw new UsageError(`--${flag}: expected 1 to 100 letters, digits, '-', '_' or '.', got ${shown(text)}`);
    return text;
  });
}
