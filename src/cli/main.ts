/**
 * The `simulate` command line. Parses arguments with yargs, calls the library and turns the
 * outcome into an exit code. Usage mistakes are one line on stderr and exit code 2.
 */
import yargs from 'yargs';
import { VERSION } from '../version.js';
import { LANGS } from '../report/lang.js';
import {
  MAX_JOBS,
  MAX_REPLICATES,
  MAX_SEED,
  nonNegative,
  oneOf,
  outputDirectory,
  queueName,
  redisAddress,
  UsageError,
  wholeNumber,
} from './args.js';
import { EXIT, runCommand } from './run.js';
import { guardStdout, writeOut } from './stdout.js';

// The other commands load their modules when used, so a plain run starts faster.

/** yargs' own messages, reworded where a shorter one says more. */
function usageMessage(msg: string): string {
  const missing = /^Not enough arguments following: (.+)$/.exec(msg);
  return missing ? `--${missing[1]}: expected a value after it` : msg;
}

/** Runs the command line with these arguments; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  guardStdout();
  let code: number = EXIT.ok;
  const parser = yargs([...argv])
    .scriptName('simulate')
    .usage('$0 [files or globs...] [options]\n\nRuns jejaring scenarios and writes their outputs.')
    .command(
      '$0 [files..]',
      'Run scenario files (default: the bundled scenarios/balewangi.yaml)',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, describe: 'Scenario files or glob patterns' })
          .option('out', {
            type: 'string',
            default: 'out',
            requiresArg: true,
            coerce: outputDirectory('out'),
            describe: 'Directory for the outputs',
          })
          .option('seed', {
            requiresArg: true,
            coerce: wholeNumber('seed', 0, MAX_SEED),
            describe: `Seed of the first run, 0 to ${MAX_SEED} (default: the scenario's seed)`,
          })
          .option('replicates', {
            default: '1',
            requiresArg: true,
            coerce: wholeNumber('replicates', 1, MAX_REPLICATES),
            describe: `Runs per scenario, on seeds seed, seed+1, ...; 1 to ${MAX_REPLICATES}`,
          })
          .option('jobs', {
            requiresArg: true,
            coerce: wholeNumber('jobs', 1, MAX_JOBS),
            describe: `Runs in parallel, 1 to ${MAX_JOBS} (default: the number of cores; never more than the runs or the free memory allow)`,
          })
          .option('quiet', { type: 'boolean', default: false, describe: 'No progress on stderr' })
          .option('png', { type: 'boolean', default: false, describe: "Also write the report's charts as PNG files (DIR/charts/)" })
          .option('lang', {
            default: 'en',
            requiresArg: true,
            choices: LANGS,
            coerce: oneOf('lang', LANGS),
            describe: "Language of the report's labels: en (English) or id (Indonesian)",
          })
          .option('fresh', {
            type: 'boolean',
            default: false,
            describe: 'Rerun every run, even those whose folders from an earlier call verify (default: reuse them)',
          })
          .option('queue', {
            requiresArg: true,
            coerce: redisAddress('queue'),
            describe:
              'Run through a BullMQ queue on this Redis, redis://HOST:PORT, done by `simulate worker` processes (docs/distributed.md)',
          })
          .option('queue-name', {
            requiresArg: true,
            coerce: queueName('queue-name'),
            describe: 'Name of the queue (default: derived from the runs asked for)',
          }),
      async (args) => {
        code = await runCommand({
          files: (args.files as string[] | undefined) ?? [],
          out: args.out,
          seed: args.seed,
          replicates: args.replicates,
          jobs: args.jobs,
          quiet: args.quiet,
          png: args.png,
          lang: args.lang,
          fresh: args.fresh,
          queue: args.queue,
          queueName: args['queue-name'],
        });
      },
    )
    .command(
      'worker',
      'Run the jobs of `simulate --queue` calls until stopped (SIGINT or SIGTERM)',
      (y) =>
        y
          .option('queue', {
            demandOption: true,
            requiresArg: true,
            coerce: redisAddress('queue'),
            describe: 'The Redis of the queue, redis://HOST:PORT',
          })
          .option('queue-name', {
            requiresArg: true,
            coerce: queueName('queue-name'),
            describe: 'Serve only this queue (default: every queue a call is waiting on)',
          })
          .option('jobs', {
            requiresArg: true,
            coerce: wholeNumber('jobs', 1, MAX_JOBS),
            describe: `Runs at a time, 1 to ${MAX_JOBS} (default: the number of cores)`,
          })
          .option('quiet', { type: 'boolean', default: false, describe: 'No log of jobs on stderr' }),
      async (args) => {
        const { workerCommand } = await import('./worker.js');
        code = await workerCommand({ queue: args.queue, queueName: args['queue-name'], jobs: args.jobs, quiet: args.quiet });
      },
    )
    .command(
      'compare <dir_a> <dir_b>',
      'Compare two output trees; exit 0 identical or within tolerance, 1 different, 2 bad input',
      (y) =>
        y
          .positional('dir_a', { type: 'string', demandOption: true, describe: 'Output directory before' })
          .positional('dir_b', { type: 'string', demandOption: true, describe: 'Output directory after' })
          .option('tolerance', {
            default: '0',
            requiresArg: true,
            coerce: nonNegative('tolerance'),
            describe: 'Largest relative change, |b-a| / max(|a|,|b|), still taken as equal',
          })
          .option('abs-tolerance', {
            default: '0',
            requiresArg: true,
            coerce: nonNegative('abs-tolerance'),
            describe: 'Largest absolute change still taken as equal',
          }),
      async (args) => {
        const { compareCommand } = await import('./compare.js');
        code = compareCommand(args.dir_a, args.dir_b, { rel: args.tolerance, abs: args['abs-tolerance'] });
      },
    )
    .command(
      'validate [scenario]',
      'Check the patterns of a patterns file on a scenario over seeds 1..N (or from --seed); exit 0 all pass, 1 one fails, 2 bad input',
      (y) =>
        y
          .positional('scenario', { type: 'string', describe: 'Scenario file (default: the bundled scenarios/balewangi.yaml)' })
          .option('patterns', {
            type: 'string',
            requiresArg: true,
            describe: 'Patterns file (default: the bundled scenarios/patterns/default.yaml)',
          })
          .option('replicates', {
            default: '10',
            requiresArg: true,
            coerce: wholeNumber('replicates', 1, MAX_REPLICATES),
            describe: `Seeds 1..N, N from 1 to ${MAX_REPLICATES}`,
          })
          .option('seed', {
            requiresArg: true,
            coerce: wholeNumber('seed', 0, MAX_SEED),
            describe: `First seed: seeds seed..seed+N-1 (default 1), to check patterns on seeds a calibration did not use; 0 to ${MAX_SEED}`,
          })
          .option('jobs', {
            requiresArg: true,
            coerce: wholeNumber('jobs', 1, MAX_JOBS),
            describe: `Runs in parallel, 1 to ${MAX_JOBS} (default: the number of cores; never more than the runs or the free memory allow)`,
          })
          .option('out', {
            type: 'string',
            requiresArg: true,
            coerce: outputDirectory('out'),
            describe: "Also write the runs' files to this directory",
          })
          .option('quiet', { type: 'boolean', default: false, describe: 'No progress on stderr' }),
      async (args) => {
        const { validateCommand } = await import('./validate.js');
        code = await validateCommand({
          scenario: args.scenario,
          patterns: args.patterns,
          replicates: args.replicates,
          seed: args.seed,
          jobs: args.jobs,
          out: args.out,
          quiet: args.quiet,
        });
      },
    )
    .command(
      'experiment <plan>',
      'Run an experiment plan: sweeps, sensitivity and a robust ranking of programmes; exit 0 done, 1 a run failed, 2 bad input',
      (y) =>
        y
          .positional('plan', { type: 'string', demandOption: true, describe: 'Experiment plan file (see docs/experiments.md)' })
          .option('out', {
            type: 'string',
            default: 'out/experiment',
            requiresArg: true,
            coerce: outputDirectory('out'),
            describe: 'Directory for the results, table and report; a rerun continues the results in it',
          })
          .option('jobs', {
            requiresArg: true,
            coerce: wholeNumber('jobs', 1, MAX_JOBS),
            describe: `Runs in parallel, 1 to ${MAX_JOBS} (default: the number of cores)`,
          })
          .option('accept', {
            requiresArg: true,
            choices: ['none', 'patterns'],
            coerce: oneOf('accept', ['none', 'patterns'] as const),
            describe: "patterns: rank over the points that pass the plan's patterns (costs the validation runs at every point)",
          })
          .option('queue', {
            requiresArg: true,
            coerce: redisAddress('queue'),
            describe:
              'Run through a BullMQ queue on this Redis, redis://HOST:PORT, done by `simulate worker` processes (docs/distributed.md)',
          })
          .option('max-runs', {
            requiresArg: true,
            coerce: wholeNumber('max-runs', 1, 10_000_000),
            describe: 'Stop after this many runs; the same command continues later',
          })
          .option('quiet', { type: 'boolean', default: false, describe: 'No progress on stderr' }),
      async (args) => {
        const { experimentCommand } = await import('./experiment.js');
        code = await experimentCommand({
          plan: args.plan,
          out: args.out,
          jobs: args.jobs,
          queue: args.queue,
          accept: args.accept,
          maxRuns: args['max-runs'],
          quiet: args.quiet,
        });
      },
    )
    .command(
      'schema',
      'Print the JSON Schema of scenario files',
      (y) => y.option('markdown', { type: 'boolean', default: false, describe: 'Print a Markdown field reference instead' }),
      async (args) => {
        const { scenarioFieldReference, scenarioJsonSchema } = await import('../scenario/reference.js');
        writeOut(args.markdown ? scenarioFieldReference() : JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
      },
    )
    .command({
      command: 'docs',
      describe: false,
      builder: (y) => y.option('write', { type: 'boolean', default: false }),
      handler: async (args) => {
        const { syncDocs } = await import('./docs.js');
        const stale = syncDocs(args.write);
        for (const f of stale) process.stderr.write(`simulate: ${f} ${args.write ? 'updated' : 'is out of date'}\n`);
        code = stale.length > 0 && !args.write ? EXIT.runFailed : EXIT.ok;
      },
    })
    // Numbers stay text until coerce reads them, so `1e3` or `0x10` is not silently a number.
    .parserConfiguration({ 'parse-numbers': false, 'parse-positional-numbers': false })
    .strict()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .wrap(null)
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
  try {
    await parser.parseAsync();
  } catch (err) {
    if (err instanceof UsageError || (err instanceof Error && err.name === 'YError')) {
      process.stderr.write(`simulate: ${usageMessage(err.message)} (see simulate --help)\n`);
      return EXIT.badInput;
    }
    throw err;
  }
  return code;
}
