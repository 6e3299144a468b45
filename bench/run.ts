/**
 * `npm run bench [-- --short]`: runs every suite, each in a node process of its own, prints the
 * figures and (full length only) writes bench/results.json. `--only SUITE,...` runs those suites
 * in this process instead, and `--json FILE` writes their figures to FILE. `--finding NAME` runs
 * bench/finding-NAME.ts, the measurement behind a recorded finding.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './harness.js';
import { measureSuiteInChild } from './processes.js';
import { describeMachine, formatFigures, recordFigure, type FigureRecord } from './report.js';
import { selectSuites, SUITES } from './suites.js';

function writeRecord(file: string, figures: readonly FigureRecord[], seconds: number): void {
  const record = { machine: describeMachine(), measured: new Date().toISOString(), seconds, figures };
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      short: { type: 'boolean', default: false },
      json: { type: 'string' },
      finding: { type: 'string' },
    },
  });
  if (values.finding) {
    await import(`./finding-${values.finding}.js`);
    return 0;
  }
  const started = performance.now();
  const figures: FigureRecord[] = [];
  if (values.only) {
    for (const suite of selectSuites(values.only.split(','))) {
      process.stderr.write(`bench: ${suite.name}: ${suite.describe}\n`);
      const got = await suite.run({ short: values.short });
      process.stdout.write(`${formatFigures(got)}\n`);
      figures.push(...got.map(recordFigure));
    }
  } else {
    for (const suite of SUITES) figures.push(...(await measureSuiteInChild(suite.name, values.short, true)));
  }
  const seconds = (performance.now() - started) / 1000;
  if (values.json) writeRecord(values.json, figures, seconds);
  if (!values.only && !values.short) {
    const file = path.join(repoRoot(), 'bench', 'results.json');
    writeRecord(file, figures, seconds);
    process.stderr.write(`bench: wrote ${path.relative(process.cwd(), file)} in ${seconds.toFixed(1)} s\n`);
  }
  return 0;
}

process.exitCode = await main();
