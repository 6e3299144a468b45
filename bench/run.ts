/**
 * `npm run bench [-- --only boltzmann,tick] [--short]`: runs the suites and prints their figures;
 * a full run of every suite also writes bench/results.json. `npm run bench -- --finding NAME`
 * runs bench/finding-NAME.ts instead, the measurement behind a recorded finding.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, type Figure } from './harness.js';
import { describeMachine, formatFigures, recordFigure } from './report.js';
import { selectSuites } from './suites.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, short: { type: 'boolean', default: false }, finding: { type: 'string' } },
  });
  if (values.finding) {
    await import(`./finding-${values.finding}.js`);
    return 0;
  }
  const suites = selectSuites(values.only ? values.only.split(',') : []);
  const started = performance.now();
  const figures: Figure[] = [];
  for (const suite of suites) {
    process.stderr.write(`bench: ${suite.name}: ${suite.describe}\n`);
    const got = await suite.run({ short: values.short });
    process.stdout.write(`${formatFigures(got)}\n`);
    figures.push(...got);
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`bench: done in ${seconds.toFixed(1)} s\n`);
  if (!values.only && !values.short) {
    const file = path.join(repoRoot(), 'bench', 'results.json');
    const record = { machine: describeMachine(), measured: new Date().toISOString(), seconds, figures: figures.map(recordFigure) };
    writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
    process.stderr.write(`bench: wrote ${path.relative(process.cwd(), file)}\n`);
  }
  return 0;
}

process.exitCode = await main();
