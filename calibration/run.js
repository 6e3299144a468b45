#!/usr/bin/env node
// Calibration by search: node calibration/run.js [--ranges FILE] [--patterns FILE] [--samples N]
// [--seeds K] [--jobs J] [--out DIR] [--quiet]. Runs the compiled library in dist/ (npm run build).
// Writes sets.csv, accepted.csv, accepted_ranges.csv and sweep.csv; see calibration/README.md.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runCalibration } from '../dist/validate/calibrate.js';
import { formatCalibration, writeCalibration } from '../dist/validate/calibrationFiles.js';
import { formatProblem, InputError } from '../dist/scenario/errors.js';

const here = path.relative(process.cwd(), path.dirname(fileURLToPath(import.meta.url))) || '.';

function whole(flag, text, min) {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${flag}: expected a whole number >= ${min}, got ${JSON.stringify(text)}`);
  return n;
}

async function main() {
  let args;
  try {
    const { values } = parseArgs({
      options: {
        ranges: { type: 'string', default: path.join(here, 'ranges.yaml') },
        patterns: { type: 'string' },
        samples: { type: 'string' },
        seeds: { type: 'string' },
        jobs: { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
    });
    args = {
      ...values,
      samples: whole('samples', values.samples, 1),
      seeds: whole('seeds', values.seeds, 1),
      jobs: whole('jobs', values.jobs, 1) ?? availableParallelism(),
    };
  } catch (err) {
    process.stderr.write(`calibration: ${err.message}\n`);
    return 2;
  }
  const started = performance.now();
  try {
    const cal = await runCalibration({
      rangesFile: args.ranges,
      patternsFile: args.patterns,
      samples: args.samples,
      seeds: args.seeds,
      jobs: args.jobs,
      onRun: args.quiet
        ? undefined
        : (done, planned, label) => {
            const seconds = ((performance.now() - started) / 1000).toFixed(1);
            process.stderr.write(`calibration: run ${done}/${planned} (${label}, ${seconds} s)\n`);
          },
    });
    for (const f of writeCalibration(args.out ?? path.dirname(args.ranges), cal)) process.stdout.write(`${f}\n`);
    process.stdout.write(formatCalibration(cal));
    return 0;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    for (const p of err.problems) process.stderr.write(`${formatProblem(p)}\n`);
    return 2;
  }
}

process.exitCode = await main();
