/**
 * Parallel replicates: the wall time of `simulate scenarios/balewangi.yaml --replicates 8` with
 * `--jobs 1` and `--jobs 2` (the whole command, start to files written), the speed-up, and whether
 * the two output trees are byte-identical. The full version measures the same for a heavier
 * workload too, the region of 10 villages (16,000 households, a year), whose runs are each about
 * five times the default scenario's.
 */
import { availableParallelism } from 'node:os';
import {
  createCalibration,
  measureInRounds,
  pairedRatio,
  type Figure,
  type Latency,
  type Suite,
  type SuiteOptions,
  type TaskSpec,
} from './harness.js';
import { compareTrees, freshDir, removeDir, runSimulate } from './processes.js';
import { REGION_SIZES, writeRegionScenario } from './region.js';

const REPLICATES = 8;
const TARGET_SPEEDUP = 1.8;

/** The command of the suite, writing into `out`. */
export function replicatesArgs(scenarioFile: string, jobs: number, out: string): string[] {
  return [scenarioFile, '--replicates', String(REPLICATES), '--jobs', String(jobs), '--quiet', '--out', out];
}

/**
 * Times the command with each number of jobs, taking turns; returns the timings and the first
 * difference between the trees the jobs wrote (null when identical).
 */
export async function timeReplicates(
  scenarioFile: string,
  jobsList: readonly number[],
  opts: SuiteOptions & { readonly rounds?: number },
): Promise<{ times: (Latency & { calibrationMs: number })[]; difference: string | null }> {
  const lastOut = new Map<number, string>();
  const made: string[] = [];
  const cal = createCalibration();
  const specs: TaskSpec[] = jobsList.map((jobs) => {
    let out = '';
    return {
      name: `jobs ${jobs}`,
      fn: () => runSimulate(replicatesArgs(scenarioFile, jobs, out)),
      opts: {
        async: true,
        beforeEach: () => {
          out = freshDir(`jobs${jobs}`);
          made.push(out);
          lastOut.set(jobs, out);
        },
      },
    };
  });
  try {
    const measured = await measureInRounds(specs, { rounds: opts.rounds ?? (opts.short ? 2 : 7), iterations: 1, warmupIterations: 1 }, cal);
    const times = specs.map((s) => ({ ...(measured.get(s.name) as Latency), calibrationMs: cal.ms() }));
    const dirs = jobsList.map((jobs) => lastOut.get(jobs) as string);
    let difference: string | null = null;
    for (let k = 1; k < dirs.length && difference === null; k++) difference = compareTrees(dirs[0], dirs[k]);
    return { times, difference };
  } finally {
    for (const d of made) removeDir(d);
  }
}

/** Figures of one workload, named `replicates.<prefix>...`; only the default scenario's are gated. */
async function measureWorkload(
  prefix: string,
  scenarioFile: string,
  opts: SuiteOptions & { readonly rounds?: number },
  gate: boolean,
): Promise<Figure[]> {
  const { times, difference } = await timeReplicates(scenarioFile, [1, 2], opts);
  const [one, two] = times;
  const speedup = pairedRatio(one, two);
  const wall = (name: string, t: (typeof times)[number], gated: boolean): Figure => ({
    name,
    value: t.ms / 1000,
    unit: 's',
    better: 'lower',
    scaling: 'time',
    calibrationMs: t.calibrationMs,
    samples: t.samples,
    spread: t.spread,
    gated,
  });
  if (difference !== null) process.stderr.write(`bench: ${scenarioFile}: --jobs 1 and --jobs 2 wrote different trees: ${difference}\n`);
  return [
    wall(`replicates.${prefix}jobs-1.wall`, one, gate),
    // Jobs 2 is jobs 1 over the speed-up, both gated; on its own it is the figure most hurt by
    // other work on the machine, since it needs both cores.
    wall(`replicates.${prefix}jobs-2.wall`, two, false),
    {
      name: `replicates.${prefix}speed-up`,
      value: speedup,
      unit: 'x',
      better: 'higher',
      scaling: 'none',
      calibrationMs: one.calibrationMs,
      samples: 0,
      spread: 0,
      // One core cannot speed anything up; only machines with two or more are held to it.
      gated: gate && availableParallelism() >= 2,
      target: '>= 1.8x on 2 cores',
      met: speedup >= TARGET_SPEEDUP,
    },
    {
      name: `replicates.${prefix}identical`,
      value: difference === null ? 1 : 0,
      unit: '(1 = identical)',
      better: 'higher',
      scaling: 'none',
      calibrationMs: one.calibrationMs,
      samples: 1,
      spread: 0,
      gated: true,
      exact: true,
      target: 'byte-identical outputs',
      met: difference === null,
    },
  ];
}

async function runReplicates(opts: SuiteOptions): Promise<Figure[]> {
  const figures = await measureWorkload('', 'scenarios/balewangi.yaml', opts, true);
  if (opts.short) return figures;
  const dir = freshDir('replicates-region');
  try {
    const region = REGION_SIZES[0];
    // Three rounds: each takes about 20 s here.
    figures.push(
      ...(await measureWorkload(`region-${region.label}.`, writeRegionScenario(dir, region.villages), { ...opts, rounds: 3 }, false)),
    );
  } finally {
    removeDir(dir);
  }
  return figures;
}

/** The parallel replicates suite. */
export const replicatesSuite: Suite = {
  name: 'replicates',
  describe:
    '8 replicates with --jobs 1 and --jobs 2 (the default scenario; the 16,000-household region too in full): wall times, speed-up, identical outputs',
  run: runReplicates,
};
