/** Runs the command line in this process, with stdout and stderr captured instead of shown. */
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliResult } from './cli.js';

/** Captures what `fn` writes to stdout and stderr. */
export async function captured(fn: () => Promise<number> | number): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await fn();
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** `simulate ...args` in this process. */
export function simulateHere(args: readonly string[]): Promise<CliResult> {
  return captured(() => main(args));
}

/**
 * `simulate ...args` in this process from `cwd`, so relative paths in messages read as a user's
 * would. Test files run in forked processes, so changing the directory affects no other file.
 */
export async function simulateFrom(cwd: string, args: readonly string[]): Promise<CliResult> {
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return await simulateHere(args);
  } finally {
    process.chdir(before);
  }
}
