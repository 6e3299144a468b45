// Found (2026-12-02, shared 2-core machine at load 14-21): every tree identical to --jobs 1; no scaling measurable, since even local --jobs 2 ran 0.80x of --jobs 1.
/**
 * Throughput of `simulate --queue`: a 64-run call of a small scenario through 1, 2 and 4 local
 * `simulate worker` processes (one thread each) on a redis-server started here, timed against a
 * local `--jobs 1` call, and each tree compared with the local one byte for byte. Not part of the
 * gated bench:check. Run with `npm run bench:queue` (needs redis-server on the PATH).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './harness.js';

const RUNS = 64;
const WORKERS = [1, 2, 4];
const BIN = path.join(repoRoot(), 'bin/simulate.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Every file below `dir`, relative path -> bytes. */
function tree(dir: string, out = new Map<string, string>(), base = dir): Map<string, string> {
  for (const n of readdirSync(dir).sort()) {
    const f = path.join(dir, n);
    if (statSync(f).isDirectory()) tree(f, out, base);
    else out.set(path.relative(base, f), readFileSync(f, 'utf8'));
  }
  return out;
}

function same(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/** Runs `simulate args` in `cwd`; resolves with the wall time in seconds. */
function timed(cwd: string, args: readonly string[]): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    c.on('close', (code) => (code === 0 ? resolve((performance.now() - t0) / 1000) : reject(new Error(`simulate exited ${code}`))));
  });
}

/** Starts a worker process and resolves once it waits for jobs (its modules and threads loaded). */
function startWorker(cwd: string, url: string, name: string): Promise<ChildProcess> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [BIN, 'worker', '--queue', url, '--queue-name', name, '--jobs', '1'], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    c.stderr?.setEncoding('utf8').on('data', (s: string) => {
      if (s.includes('waiting for jobs')) resolve(c);
    });
  });
}

const stopped = (c: ChildProcess) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : c.once('close', () => resolve())));

async function main(): Promise<void> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'jejaring-bench-queue-'));
  // Balewangi's 1,600 households over a year without warm-up: about a second a run on an idle core,
  // long enough that the figures measure running rather than a call's start, its report and the
  // queue's round trips.
  const village = path.join(repoRoot(), 'scenarios/balewangi.yaml');
  writeFileSync(path.join(cwd, 'bench.yaml'), `extends: ${village}\nname: bench\nwarmup_days: 0\nhorizon_days: 365\n`);
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', cwd], {
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 500));
  const url = `redis://127.0.0.1:${port}`;
  const call = ['bench.yaml', '--replicates', String(RUNS), '--quiet', '--fresh'];
  try {
    console.log(`# ${RUNS} runs, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)} at start`);
    const local = await timed(cwd, [...call, '--out', 'local', '--jobs', '1']);
    console.log(`local --jobs 1: ${local.toFixed(1)} s`);
    // A control: how much a second thread gains here now tells whether the machine has a core to spare.
    const two = await timed(cwd, [...call, '--out', 'local-2', '--jobs', '2']);
    console.log(`local --jobs 2: ${two.toFixed(1)} s, ${(local / two).toFixed(2)}x --jobs 1`);
    const reference = tree(path.join(cwd, 'local'));
    let one = 0;
    for (const n of WORKERS) {
      const name = `bench-${n}`;
      const workers = await Promise.all(Array.from({ length: n }, () => startWorker(cwd, url, name)));
      let s: number;
      try {
        s = await timed(cwd, [...call, '--out', `queue-${n}`, '--queue', url, '--queue-name', name]);
      } finally {
        for (const w of workers) w.kill('SIGTERM');
        await Promise.all(workers.map(stopped));
      }
      if (n === 1) one = s;
      const identical = same(tree(path.join(cwd, `queue-${n}`)), reference);
      console.log(
        `${n} worker${n > 1 ? 's' : ''}: ${s.toFixed(1)} s, ${(RUNS / s).toFixed(2)} runs/s, ${(one / s).toFixed(2)}x one worker, tree ${identical ? 'identical to' : 'DIFFERENT from'} local --jobs 1`,
      );
      if (!identical) process.exitCode = 1;
    }
    console.log(`# load average ${loadavg()[0].toFixed(2)} at the end`);
  } finally {
    redis.kill('SIGTERM');
    await stopped(redis);
    rmSync(cwd, { recursive: true, force: true });
  }
}

await main();
