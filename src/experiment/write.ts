/**
 * Writes a finished experiment's files into its output folder, each through a temporary file:
 * table.csv and table.parquet (the tidy table), points.csv (each point's factor values and
 * responses), morris.csv or sobol.csv (sensitivity indices), programmes.csv (the ranking) and
 * report.html. Every cell is a key, a whole number or a number in shortest round-trip form, so no
 * cell needs quoting.
 */
import path from 'node:path';
import { writeFileAtomic } from '../output/atomic.js';
import { morrisOf, rankProgrammes, responsesOf, sobolOf } from './analyse.js';
import type { ExperimentData } from './experiment.js';
import { experimentReport } from './report.js';
import { csvCell, parquetBytes, tidyTable } from './table.js';

function csv(header: readonly string[], rows: readonly (readonly (number | string | null)[])[]): string {
  const cell = (x: number | string | null) => (typeof x === 'number' && !Number.isFinite(x) ? '' : csvCell(x));
  return [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
}

/** Writes every output file of the experiment into `out`; returns their names. */
export async function writeExperiment(data: ExperimentData, out: string): Promise<string[]> {
  const table = tidyTable(data);
  const responses = responsesOf(data);
  const morris = morrisOf(data, responses);
  const sobol = sobolOf(data, responses);
  const ranks = rankProgrammes(data);
  const factors = data.plan.factors.map((f) => f.path);
  const files: [string, string | Uint8Array][] = [
    ['table.csv', csv(table.header, table.rows)],
    ['table.parquet', await parquetBytes(table)],
    [
      'points.csv',
      csv(
        ['point', ...factors, ...(data.accepted ? ['accepted'] : []), ...responses.map((r) => r.name)],
        data.values.map((v, p) => [p, ...v, ...(data.accepted ? [data.accepted[p] ? 1 : 0] : []), ...responses.map((r) => r.values[p])]),
      ),
    ],
    [
      'programmes.csv',
      csv(
        [
          'programme',
          'objective',
          'points',
          'effect_mean',
          'effect_p05',
          'effect_p95',
          'share_positive',
          'p_best',
          'regret_mean',
          'regret_max',
        ],
        ranks.map((r) => [
          r.programme,
          data.plan.objective.output,
          r.points,
          r.effectMean,
          r.effectP05,
          r.effectP95,
          r.sharePositive,
          r.pBest,
          r.regretMean,
          r.regretMax,
        ]),
      ),
    ],
  ];
  if (morris.length > 0) {
    const rows = morris.flatMap((m) => m.indices.map((x, i) => [m.response, factors[i], x.mu, x.muStar, x.sigma]));
    files.push(['morris.csv', csv(['response', 'factor', 'mu', 'mu_star', 'sigma'], rows)]);
  }
  if (sobol.length > 0) {
    const rows = sobol.flatMap((s) =>
      s.indices.map((x, i) => [s.response, factors[i], x.first.value, x.first.low, x.first.high, x.total.value, x.total.low, x.total.high]),
    );
    files.push(['sobol.csv', csv(['response', 'factor', 's1', 's1_low', 's1_high', 'st', 'st_low', 'st_high'], rows)]);
  }
  files.push(['report.html', await experimentReport(data, { ranks, morris, sobol })]);
  for (const [name, content] of files) writeFileAtomic(path.join(out, name), content);
  return files.map(([name]) => name);
}
