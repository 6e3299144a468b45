/**
 * The `simulate` command line. Parses arguments with yargs, calls the library and turns the
 * outcome into an exit code. Usage mistakes are one line on stderr and exit code 2.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import yargs from 'yargs';
import { VERSION } from '../version.js';
import { EXIT, runCommand } from './run.js';

// The other commands load their modules when used, so a plain run starts faster.

class UsageError extends Error {}

function wholeNumber(flag: string, value: unknown, min: number, max = 2 ** 31 - 1): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${flag}: expected a whole number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

function nonNegative(flag: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new UsageError(`--${flag}: expected a number >= 0, got ${String(value)}`);
  }
  return value;
}

/** The --out directory, which may not exist yet but must not be something else. */
function outputDirectory(dir: string): string {
  let stats;
  try {
    stats = statSync(dir);
  } catch {
    return dir;
  }
  if (!stats.isDirectory()) throw new UsageError(`--out: expected a directory, but ${dir} is a file`);
  return dir;
}

/** Runs the command line with these arguments; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
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
          .option('out', { type: 'string', default: 'out', describe: 'Directory for the outputs' })
          .option('seed', { type: 'number', describe: "Seed of the first run (default: the scenario's seed)" })
          .option('replicates', { type: 'number', default: 1, describe: 'Runs per scenario, on seeds seed, seed+1, ...' })
          .option('jobs', { type: 'number', describe: 'Runs in parallel (default: the number of cores)' })
          .option('quiet', { type: 'boolean', default: false, describe: 'No progress on stderr' })
          .option('png', { type: 'boolean', default: false, describe: "Also write the report's charts as PNG files (DIR/charts/)" }),
      async (args) => {
        code = await runCommand({
          files: (args.files as string[] | undefined) ?? [],
          out: outputDirectory(args.out),
          seed: wholeNumber('seed', args.seed, 0),
          replicates: wholeNumber('replicates', args.replicates, 1, 100000) ?? 1,
          jobs: wholeNumber('jobs', args.jobs, 1, 1024),
          quiet: args.quiet,
          png: args.png,
        });
      },
    )
    .command(
      'compare <dir_a> <dir_b>',
      'Compare two output trees; exit 0 identical or within tolerance, 1 different, 2 bad input',
      (y) =>
        y
          .positional('dir_a', { type: 'string', demandOption: true, describe: 'Output directory before' })
          .positional('dir_b', { type: 'string', demandOption: true, describe: 'Output directory after' })
          .option('tolerance', { type: 'number', default: 0, describe: 'Largest relative change, |b-a| / max(|a|,|b|), still taken as equal' })
          .option('abs-tolerance', { type: 'number', default: 0, describe: 'Largest absolute change still taken as equal' }),
      async (args) => {
        const rel = nonNegative('tolerance', args.tolerance);
        const abs = nonNegative('abs-tolerance', args['abs-tolerance']);
        const { compareCommand } = await import('./compare.js');
        code = compareCommand(args.dir_a, args.dir_b, { rel, abs });
      },
    )
    .command(
      'validate [scenario]',
      'Check the patterns of a patterns file on a scenario over seeds 1..N; exit 0 all pass, 1 one fails, 2 bad input',
      (y) =>
        y
          .positional('scenario', { type: 'string', describe: 'Scenario file (default: the bundled scenarios/balewangi.yaml)' })
          .option('patterns', { type: 'string', describe: 'Patterns file (default: the bundled scenarios/patterns/default.yaml)' })
          .option('replicates', { type: 'number', default: 10, describe: 'Seeds 1..N' })
          .option('jobs', { type: 'number', describe: 'Runs in parallel (default: the number of cores)' })
          .option('out', { type: 'string', describe: "Also write the runs' files to this directory" })
          .option('quiet', { type: 'boolean', default: false, describe: 'No progress on stderr' }),
      async (args) => {
        const { validateCommand } = await import('./validate.js');
        code = await validateCommand({
          scenario: args.scenario,
          patterns: args.patterns,
          replicates: wholeNumber('replicates', args.replicates, 1, 100000) ?? 10,
          jobs: wholeNumber('jobs', args.jobs, 1, 1024) ?? availableParallelism(),
          out: args.out === undefined ? undefined : outputDirectory(args.out),
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
        process.stdout.write(args.markdown ? scenarioFieldReference() : JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
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
      process.stderr.write(`simulate: ${err.message} (see simulate --help)\n`);
      return EXIT.badInput;
    }
    throw err;
  }
  return code;
}
