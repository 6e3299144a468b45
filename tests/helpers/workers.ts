/** `simulate worker` and `simulate --queue` processes for the queue tests, with their stderr as lines. */
import { type ChildProcess, spawn } from 'node:child_process';
import { BIN } from './runFolders.js';

/** A spawned process, its stderr lines so far, and a way to wait for a line. */
export interface Spawned {
  readonly child: ChildProcess;
  readonly lines: string[];
  /** Resolves with the first line (so far or to come) matching `re`. */
  waitFor(re: RegExp): Promise<string>;
  /** Resolves with the exit code (or signal) and stdout. */
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>;
}

/** Spawns `simulate args` from `cwd` with extra environment variables; stdin stays open (for the step seam). */
export function spawnSimulate(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Spawned {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin?.on('error', () => undefined);
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  let pending = '';
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      lines.push(line);
      for (const w of waiters.filter((x) => x.re.test(line))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout })),
  );
  return {
    child,
    lines,
    waitFor: (re) => {
      const seen = lines.find((l) => re.test(l));
      return seen !== undefined ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ re, resolve }));
    },
    done,
  };
}

/** Stops a process (SIGTERM, then SIGKILL if it has not gone within `ms`) and waits for it. */
export async function stopProcess(p: Spawned, ms = 60_000): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), ms);
  await p.done;
  clearTimeout(timer);
}

/** The job ids a worker's log says it started, in order. */
export function startedJobs(p: Spawned): string[] {
  return p.lines.flatMap((l) => /job (\S+) started/.exec(l)?.[1] ?? []);
}
