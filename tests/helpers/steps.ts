/** Spawns the command with its write steps announced (JEJARING_PAUSE_STEPS) and acts at each step. */
import { spawn } from 'node:child_process';
import { BIN } from './runFolders.js';

/** What to do at a step: go on, or send a signal (and go on, so the command can stop cleanly). */
export type StepAction = 'continue' | NodeJS.Signals;

/** How the process ended, and what it said. */
export interface StepRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly steps: string[];
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `simulate args` from `cwd`; at each announced step (`simulate: step <name> <target>`) calls
 * `at(line, k)` (k from 1), which may answer later. SIGKILL ends the process there; another signal is sent and the step let go.
 */
export function runWithSteps(
  cwd: string,
  args: readonly string[],
  at: (line: string, k: number) => StepAction | Promise<StepAction>,
  env: NodeJS.ProcessEnv = {},
): Promise<StepRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, ...env, JEJARING_PAUSE_STEPS: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.on('error', () => undefined);
    const steps: string[] = [];
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      pending += chunk;
      for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        if (!line.startsWith('simulate: step ')) continue;
        steps.push(line);
        // The command waits at the step until it is answered, so the answer may take its time.
        void Promise.resolve(at(line, steps.length)).then((action) => {
          if (action === 'SIGKILL') {
            child.kill('SIGKILL');
            return;
          }
          if (action !== 'continue') child.kill(action);
          child.stdin.write('\n');
        });
      }
    });
    child.on('close', (code, signal) => resolve({ code, signal, steps, stdout, stderr }));
  });
}
