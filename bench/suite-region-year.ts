/**
 * One simulated year of a generated region as a whole command (`simulate region.yaml --jobs 1
 * --quiet`, start to files written, in a child process), with the command's peak resident memory:
 * the 16,000-household region, and in the full version the 1,600,000-household one twice, with
 * `output.agents: false` as region.yaml has it and with agents.csv written (streamed row by row
 * from the final world).
 */
import path from 'node:path';
import {
  createCalibration,
  measureInRounds,
  median,
  type Figure,
  type Latency,
  type RoundOptions,
  type Suite,
  type SuiteOptions,
  type TaskSpec,
} from './harness.js';
import { freshDir, listFiles, removeDir, runSimulateMeasured } from './processes.js';
import { REGION_SIZES, writeRegionScenario } from './region.js';

const TARGET_YEAR_S = 60;
const TARGET_RSS_BYTES = 4 * 2 ** 30;

/** A region run to time. */
interface Case {
  readonly name: string;
  readonly villages: number;
  readonly agentsCsv: boolean;
  readonly rounds: RoundOptions;
  readonly gated: boolean;
}

function listCases(short: boolean): Case[] {
  const [small, , large] = REGION_SIZES;
  const smallCase: Case = {
    name: `region-year.${small.label}`,
    villages: small.villages,
    agentsCsv: false,
    rounds: { rounds: 1, iterations: short ? 3 : 9, warmupIterations: 1 },
    gated: true,
  };
  if (short) return [smallCase];
  // About two minutes each: one sample is what a full bench can afford; docs/performance.md gives
  // the range over several.
  const once: RoundOptions = { rounds: 1, iterations: 1, warmupIterations: 0 };
  return [
    smallCase,
    { name: `region-year.${large.label}`, villages: large.villages, agentsCsv: false, rounds: once, gated: false },
    { name: `region-year.${large.label}.agents-csv`, villages: large.villages, agentsCsv: true, rounds: once, gated: false },
  ];
}

async function measureCase(c: Case, dir: string): Promise<Figure[]> {
  const scenarioFile = writeRegionScenario(dir, c.villages, { agentsCsv: c.agentsCsv });
  const out = path.join(dir, 'out');
  const peaks: number[] = [];
  const cal = createCalibration();
  const spec: TaskSpec = {
    name: c.name,
    fn: async () => {
      peaks.push((await runSimulateMeasured([scenarioFile, '--jobs', '1', '--quiet', '--out', out])).maxRssBytes);
    },
    opts: {
      async: true,
      // Each run writes a fresh tree, as a first run would.
      beforeEach: () => removeDir(out),
    },
  };
  const t = (await measureInRounds([spec], c.rounds, cal)).get(c.name) as Latency;
  const files = listFiles(out);
  if (c.agentsCsv && !files.some((f) => f.endsWith('agents.csv'))) throw new Error(`${c.name}: no agents.csv written`);
  removeDir(out);
  const large = c.villages === REGION_SIZES[2].villages;
  const rss = Math.max(...peaks);
  return [
    {
      name: `${c.name}.wall`,
      value: t.ms / 1000,
      unit: 's',
      better: 'lower',
      scaling: 'time',
      calibrationMs: cal.ms(),
      samples: t.samples,
      spread: t.spread,
      gated: c.gated,
      ...(large && !c.agentsCsv ? { target: 'under 60 s on one core', met: t.ms / 1000 < TARGET_YEAR_S } : {}),
    },
    {
      // The largest over the samples: what the run needs. The command's outputs are deterministic,
      // but the garbage collector's timing is not, so it is reported rather than gated.
      name: `${c.name}.max-rss`,
      value: rss,
      unit: 'bytes',
      better: 'lower',
      scaling: 'none',
      calibrationMs: cal.ms(),
      samples: peaks.length,
      spread: peaks.length > 1 ? median(peaks.map((p) => Math.abs(p - median(peaks)))) / median(peaks) : 0,
      gated: false,
      ...(large ? { target: 'at most 4 GB', met: rss <= TARGET_RSS_BYTES } : {}),
    },
  ];
}

async function runRegionYear(opts: SuiteOptions): Promise<Figure[]> {
  const dir = freshDir('region-year');
  try {
    const figures: Figure[] = [];
    for (const c of listCases(opts.short)) figures.push(...(await measureCase(c, dir)));
    return figures;
  } finally {
    removeDir(dir);
  }
}

/** The one-simulated-year suite. */
export const regionYearSuite: Suite = {
  name: 'region-year',
  describe:
    'one simulated year of a region as a whole command: wall time and peak memory (1,600,000 households in the full version, with and without agents.csv)',
  run: runRegionYear,
};
