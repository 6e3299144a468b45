/**
 * The whole default command, `node bin/simulate.js` with no scenario (so the bundled default),
 * from process start to files written; beside it, the start of a bare node process, the floor no
 * command can go below.
 */
import { createCalibration, measureInRounds, type Figure, type Latency, type Suite, type SuiteOptions, type TaskSpec } from './harness.js';
import { freshDir, listFiles, removeDir, runNode, runSimulate } from './processes.js';

const TARGET_MS = 1000;

async function runCommand(opts: SuiteOptions): Promise<Figure[]> {
  const made: string[] = [];
  let out = '';
  const cal = createCalibration();
  const specs: TaskSpec[] = [
    {
      name: 'default command',
      fn: () => runSimulate(['--out', out]),
      opts: {
        async: true,
        beforeEach: () => {
          out = freshDir('command');
          made.push(out);
        },
      },
    },
    { name: 'node start', fn: () => runNode(['-e', '0']), opts: { async: true } },
  ];
  try {
    const measured = await measureInRounds(specs, { rounds: 1, iterations: opts.short ? 5 : 15, warmupIterations: 1 }, cal);
    if (listFiles(out).length === 0) throw new Error('the default command wrote no files');
    const cmd = measured.get('default command') as Latency;
    const bare = measured.get('node start') as Latency;
    return [
      {
        name: 'command.default.wall',
        value: cmd.ms / 1000,
        unit: 's',
        better: 'lower',
        scaling: 'time',
        calibrationMs: cal.ms(),
        samples: cmd.samples,
        spread: cmd.spread,
        gated: true,
        target: 'under 1 s',
        met: cmd.ms < TARGET_MS,
      },
      {
        name: 'command.node-start.wall',
        value: bare.ms / 1000,
        unit: 's',
        better: 'lower',
        scaling: 'time',
        calibrationMs: cal.ms(),
        samples: bare.samples,
        spread: bare.spread,
        gated: false,
      },
    ];
  } finally {
    for (const d of made) removeDir(d);
  }
}

/** The default command suite. */
export const commandSuite: Suite = {
  name: 'command',
  describe: 'the default command, start to files written, beside a bare node start',
  run: runCommand,
};
