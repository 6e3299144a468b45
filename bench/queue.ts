// Found (2026-12-02, shared 2-core machine at load 13 with the test suite beside it): every tree identical to --jobs 1; 1, 2 and 4 warm workers cost the same CPU (42.7, 43.7, 43.4 s with call and Redis; local --jobs 1 40.5 s) and never wait between jobs; wall ratios meaningless at that load.
/**
 * Throughput of `simulate --queue`: a 64-run call of Balewangi's village through 1, 2 and 4 warm
 * local `simulate worker` processes (one thread each), and one process with two threads (`--jobs 2`),
 * on a redis-server started here, timed against
 * local `--jobs 1` and `--jobs 2` calls, and each tree compared with the local one byte for byte.
 * Beside wall time it gives the CPU seconds of the call, the workers and Redis, and each worker's
 * seconds without a job, which a busy machine changes far less than wall time. Not part of the
 * gated bench:check. Run with `npm run bench:queue [-- PASSES] [short] [pairs]` (needs redis-server on the PATH;
 * CPU figures need Linux's /proc).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './harness.js';

const RUNS = 64;
/** Worker processes and the jobs each runs at once (`simulate worker --jobs`): one thread each, then one process with two. */
const WORKERS: readonly { readonly processes: number; readonly jobs: number }[] = [
  { processes: 1, jobs: 1 },
  { processes: 2, jobs: 1 },
  { processes: 4, jobs: 1 },
  { processes: 1, jobs: 2 },
];
const BIN = path.join(repoRoot(), 'bin/simulate.js');
const TICKS = 100; // USER_HZ: /proc reports CPU time in hundredths of a second

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Every file below `dir`, relative path -> bytes. */
function tree(dir: string, out = new Map<string, Buffer>(), base = dir): Map<string, Buffer> {
  for (const n of readdirSync(dir).sort()) {
    const f = path.join(dir, n);
    if (statSync(f).isDirectory()) tree(f, out, base);
    else out.set(path.relative(base, f), readFileSync(f));
  }
  return out;
}

function same(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k)?.equals(v) === true);
}

/** CPU seconds (user + system) of a live process, or, with `children`, of this process's finished children. */
function cpuSeconds(pid: number | 'self', children = false): number {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return Number.NaN;
  const f = readFileSync(file, 'utf8').split(') ')[1].split(' ');
  const [u, s] = children ? [f[13], f[14]] : [f[11], f[12]];
  return (Number(u) + Number(s)) / TICKS;
}

/** Runs `simulate args` in `cwd`; resolves with its wall time and CPU time, s. */
function timed(cwd: string, args: readonly string[]): Promise<{ wall: number; cpu: number }> {
  const t0 = performance.now();
  const c0 = cpuSeconds('self', true);
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    c.on('close', (code) => {
      if (code !== 0) return reject(new Error(`simulate exited ${code}`));
      resolve({ wall: (performance.now() - t0) / 1000, cpu: cpuSeconds('self', true) - c0 });
    });
  });
}

/** A worker process and its log lines with the time each came. */
interface BenchWorker {
  readonly child: ChildProcess;
  readonly log: { at: number; line: string }[];
}

/** Starts a worker process and resolves once it waits for jobs (its modules and threads loaded). */
function startWorker(cwd: string, url: string, name: string, jobs: number): Promise<BenchWorker> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--queue', url, '--queue-name', name, '--jobs', String(jobs)], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const w: BenchWorker = { child, log: [] };
    child.stderr?.setEncoding('utf8').on('data', (s: string) => {
      for (const line of s.split('\n')) if (line) w.log.push({ at: performance.now(), line });
      if (s.includes('waiting for jobs')) resolve(w);
    });
  });
}

/** Jobs a worker started since `from` (performance.now()), and the seconds of [from, to] each of its `threads` ran none, on average. */
function jobsAndIdle(w: BenchWorker, from: number, to: number, threads = 1): { jobs: number; idle: number } {
  const started = new Map<string, number>();
  let busy = 0;
  for (const { at, line } of w.log) {
    const m = / job (\S+) (started|done|failed)/.exec(line);
    if (m === null || at < from) continue;
    if (m[2] === 'started') started.set(m[1], at);
    else busy += at - (started.get(m[1]) ?? at);
  }
  return { jobs: started.size, idle: Math.max(0, threads * (to - from) - busy) / threads / 1000 };
}

const stopped = (c: ChildProcess) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : c.once('close', () => resolve())));
const s1 = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(1));

/**
 * Warms workers as a worker that has served calls before is: calls of this village (other seeds)
 * until each has started two jobs per thread, so no thread compiles the model during a timed call.
 */
async function warmUp(cwd: string, url: string, name: string, workers: readonly BenchWorker[], jobs: number): Promise<void> {
  const threads = workers.length * jobs;
  for (let seed = 1001; seed < 1001 + 10 * threads && workers.some((w) => jobsAndIdle(w, 0, 0).jobs < 2 * jobs); seed += 2 * threads) {
    const warm = ['bench.yaml', '--replicates', String(2 * threads), '--seed', String(seed), '--quiet', '--fresh', '--out', 'warm'];
    await timed(cwd, [...warm, '--queue', url, '--queue-name', name]);
  }
}

/** One pass: the local calls, then each number of workers; prints a table row per configuration. */
async function pass(cwd: string, url: string, redisPid: number, k: number): Promise<boolean> {
  const call = ['bench.yaml', '--replicates', String(RUNS), '--quiet', '--fresh'];
  let ok = true;
  const local = await timed(cwd, [...call, '--out', 'local', '--jobs', '1']);
  console.log(`| local --jobs 1 | ${s1(local.wall)} | | ${s1(local.cpu)} | | | | |`);
  // A control: what a second thread gains now tells whether the machine has a core to spare.
  const two = await timed(cwd, [...call, '--out', 'local-2', '--jobs', '2']);
  console.log(`| local --jobs 2 | ${s1(two.wall)} | ${(local.wall / two.wall).toFixed(2)}x --jobs 1 | ${s1(two.cpu)} | | | | |`);
  const reference = tree(path.join(cwd, 'local'));
  let one = 0;
  for (const { processes: n, jobs } of WORKERS) {
    const threads = n * jobs;
    const label = jobs === 1 ? `${n} worker${n > 1 ? 's' : ''}` : `${n} worker, --jobs ${jobs}`;
    const name = `bench-${k}-${n}-${jobs}`;
    const workers = await Promise.all(Array.from({ length: n }, () => startWorker(cwd, url, name, jobs)));
    try {
      await warmUp(cwd, url, name, workers, jobs);
      const w0 = workers.map((w) => cpuSeconds(w.child.pid ?? 0));
      const r0 = cpuSeconds(redisPid);
      const from = performance.now();
      const t = await timed(cwd, [...call, '--out', `queue-${n}`, '--queue', url, '--queue-name', name]);
      const to = performance.now();
      const workersCpu = workers.reduce((sum, w, i) => sum + cpuSeconds(w.child.pid ?? 0) - w0[i], 0);
      const redisCpu = cpuSeconds(redisPid) - r0;
      const use = workers.map((w) => jobsAndIdle(w, from, to, jobs));
      if (threads === 1) one = t.wall;
      const identical = same(tree(path.join(cwd, `queue-${n}`)), reference);
      if (!identical) ok = false;
      console.log(
        `| ${label} | ${s1(t.wall)} | ${(one / t.wall).toFixed(2)}x one worker | ${s1(t.cpu)} | ${s1(workersCpu)} | ${s1(redisCpu)} | ${use.map((u) => `${u.jobs}/${s1(u.idle)}`).join(' ')} | ${identical ? 'identical' : 'DIFFERENT'} |`,
      );
    } finally {
      for (const w of workers) w.child.kill('SIGTERM');
      await Promise.all(workers.map((w) => stopped(w.child)));
    }
  }
  return ok;
}

/**
 * `pairs`: one warm worker and two warm workers on queues of their own, alive together, timed
 * turn by turn (one, then two) `count` times; each pair's ratio compares calls a minute apart, so a
 * shared machine's drift weighs less on it than on passes minutes apart.
 */
async function pairs(cwd: string, url: string, count: number): Promise<boolean> {
  const call = ['bench.yaml', '--replicates', String(RUNS), '--quiet', '--fresh'];
  const local = await timed(cwd, [...call, '--out', 'local', '--jobs', '1']);
  console.log(`| local --jobs 1 | ${s1(local.wall)} | | ${s1(local.cpu)} | |`);
  const reference = tree(path.join(cwd, 'local'));
  const sets = [1, 2].map((n) => ({ n, name: `pairs-${n}` }));
  const workers = await Promise.all(
    sets.map((set) => Promise.all(Array.from({ length: set.n }, () => startWorker(cwd, url, set.name, 1)))),
  );
  let ok = true;
  const ratios: number[] = [];
  try {
    for (const [k, set] of sets.entries()) await warmUp(cwd, url, set.name, workers[k], 1);
    for (let k = 1; k <= count; k++) {
      const walls: number[] = [];
      for (const [j, set] of sets.entries()) {
        const c0 = workers[j].map((w) => cpuSeconds(w.child.pid ?? 0));
        const t = await timed(cwd, [...call, '--out', `pair-${set.n}`, '--queue', url, '--queue-name', set.name]);
        const cpu = workers[j].reduce((sum, w, i) => sum + cpuSeconds(w.child.pid ?? 0) - c0[i], 0);
        const identical = same(tree(path.join(cwd, `pair-${set.n}`)), reference);
        if (!identical) ok = false;
        walls.push(t.wall);
        console.log(
          `| pair ${k}: ${set.n} worker${set.n > 1 ? 's' : ''} | ${s1(t.wall)} | ${j === 1 ? `${(walls[0] / t.wall).toFixed(2)}x` : ''} | ${s1(t.cpu)} | ${s1(cpu)} | ${identical ? 'identical' : 'DIFFERENT'} |`,
        );
      }
      ratios.push(walls[0] / walls[1]);
    }
  } finally {
    for (const w of workers.flat()) w.child.kill('SIGTERM');
    await Promise.all(workers.flat().map((w) => stopped(w.child)));
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  console.log(
    `# two workers over one, pair by pair: ${ratios.map((r) => `${r.toFixed(2)}x`).join(', ')}; median ${sorted[Math.floor((sorted.length - 1) / 2)].toFixed(2)}x (lower median)`,
  );
  return ok;
}

async function main(): Promise<void> {
  const passes = Math.max(1, Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1));
  const paired = process.argv.includes('pairs');
  // The village's runs as an experiment does them (scenarios/balewangi.yaml: a year of warm-up and
  // two years, about 0.75 s on an idle core); with `short`, a year without warm-up (0.25 s), where
  // the call's own start and report (about 2.5 s of CPU on one thread, whatever runs the runs)
  // weigh three times as much.
  const short = process.argv.includes('short');
  const cwd = mkdtempSync(path.join(tmpdir(), 'jejaring-bench-queue-'));
  const village = path.join(repoRoot(), 'scenarios/balewangi.yaml');
  writeFileSync(path.join(cwd, 'bench.yaml'), `extends: ${village}\nname: bench\n${short ? 'warmup_days: 0\nhorizon_days: 365\n' : ''}`);
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', cwd], {
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 500));
  const url = `redis://127.0.0.1:${port}`;
  try {
    console.log(
      `# ${RUNS} runs of ${short ? '365 days without warm-up' : 'balewangi.yaml'}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)} at start`,
    );
    if (paired) {
      console.log('| | wall s | two over one | call CPU s | workers CPU s | tree vs local --jobs 1 |');
      console.log('|---|---|---|---|---|---|');
      if (!(await pairs(cwd, url, passes))) process.exitCode = 1;
    } else {
      console.log('# CPU s: the call (submitting command), all workers, Redis; per worker: jobs / seconds its thread ran none');
      console.log('| | wall s | speed-up | call CPU s | workers CPU s | Redis CPU s | jobs / idle s | tree vs local --jobs 1 |');
      console.log('|---|---|---|---|---|---|---|---|');
      for (let k = 1; k <= passes; k++) if (!(await pass(cwd, url, redis.pid ?? 0, k))) process.exitCode = 1;
    }
    console.log(`# load average ${loadavg()[0].toFixed(2)} at the end`);
  } finally {
    redis.kill('SIGTERM');
    await stopped(redis);
    rmSync(cwd, { recursive: true, force: true });
  }
}

await main();
