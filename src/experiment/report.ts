/**
 * report.html of an experiment, built from the run report's blocks (page, tables, Vega-Lite
 * charts rendered to inline SVG): the robust ranking of the programmes, then the sensitivity
 * indices of the objective's responses. The CSV files hold every response; the page shows those
 * a reader decides by.
 */
import type { TopLevelSpec } from 'vega-lite';
import { figureHtml, pageHtml, type ReportSection, tableHtml } from '../report/html.js';
import { labelsFor } from '../report/lang.js';
import { renderSvg } from '../report/render.js';
import type { ProgrammeRank } from './analyse.js';
import type { ExperimentData } from './experiment.js';
import type { MorrisIndex, SobolIndex } from './sensitivity.js';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const CONFIG = { font: 'DejaVu Sans, Verdana, sans-serif', view: { stroke: null }, axis: { labelFontSize: 11, labelLimit: 320 } };

/** The analyses the report shows. */
export interface Analyses {
  readonly ranks: readonly ProgrammeRank[];
  readonly morris: readonly { response: string; indices: MorrisIndex[] }[];
  readonly sobol: readonly { response: string; indices: SobolIndex[] }[];
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return Math.abs(x) >= 1000 ? String(Math.round(x)) : String(Number(x.toPrecision(3)));
}

function rankingChart(ranks: readonly ProgrammeRank[], title: string): TopLevelSpec {
  const values = ranks.map((r) => ({ programme: r.programme, mean: r.effectMean, low: r.effectP05, high: r.effectP95 }));
  const y = { field: 'programme', type: 'nominal', sort: ranks.map((r) => r.programme), title: null } as const;
  return {
    $schema: SCHEMA,
    config: CONFIG,
    width: 560,
    data: { values },
    layer: [
      { mark: { type: 'rule', strokeDash: [4, 4], color: '#888' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y, x: { field: 'low', type: 'quantitative', title }, x2: { field: 'high' } } },
      { mark: { type: 'point', filled: true, size: 90 }, encoding: { y, x: { field: 'mean', type: 'quantitative', title } } },
    ],
    resolve: { scale: { x: 'shared' }, axis: { x: 'shared' } },
  } as TopLevelSpec;
}

function indexChart(rows: { factor: string; index: string; value: number; low?: number; high?: number }[], title: string): TopLevelSpec {
  const y = { field: 'factor', type: 'nominal', title: null, sort: [...new Set(rows.map((r) => r.factor))] } as const;
  const color = { field: 'index', type: 'nominal', title: null, sort: [...new Set(rows.map((r) => r.index))] } as const;
  const layers: unknown[] = [
    {
      mark: 'bar',
      encoding: { y, yOffset: { field: 'index', sort: color.sort }, color, x: { field: 'value', type: 'quantitative', title } },
    },
  ];
  if (rows.some((r) => r.low !== undefined)) {
    layers.push({
      mark: { type: 'rule', color: '#333' },
      encoding: { y, yOffset: { field: 'index', sort: color.sort }, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
    });
  }
  return { $schema: SCHEMA, config: CONFIG, width: 560, data: { values: rows }, layer: layers } as TopLevelSpec;
}

/** The report page of a finished experiment. */
export async function experimentReport(data: ExperimentData, a: Analyses): Promise<string> {
  const { plan } = data;
  const l = labelsFor('en');
  const obj = plan.objective.output;
  const factors = plan.factors.map((f) => f.path);
  const accepted = data.accepted?.filter(Boolean).length;
  let chartCount = 0;
  const chart = async (spec: TopLevelSpec, caption: string) => figureHtml(await renderSvg(spec, `c${chartCount++}`), caption);
  const sections: ReportSection[] = [];
  const rankRows = a.ranks.map((r) => [
    r.programme,
    String(r.points),
    fmt(r.effectMean),
    `${fmt(r.effectP05)} to ${fmt(r.effectP95)}`,
    fmt(r.sharePositive),
    fmt(r.pBest),
    fmt(r.regretMean),
    fmt(r.regretMax),
  ]);
  sections.push({
    id: 'ranking',
    title: 'Robust ranking of the programmes',
    intro: `Effect on <code>${obj}</code> (${plan.objective.better} is better): programme minus baseline on the same seeds at each point, then over the ${data.accepted ? `${accepted} accepted` : 'design'} points: mean, 5% to 95% of the points, share of points where it helps, probability of being the best programme, and regret (how far it falls short of the best, point by point).`,
    body: [
      await chart(rankingChart(a.ranks, `effect on ${obj}`), 'Mean effect over the points (dot) and 5% to 95% of the points (line).'),
      tableHtml(['programme', 'points', 'mean effect', '5% to 95%', 'share helped', 'P(best)', 'mean regret', 'largest regret'], rankRows, [
        false,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
      ]),
    ],
  });
  if (data.patterns) {
    const { names, pass } = data.patterns;
    sections.push({
      id: 'patterns',
      title: 'Patterns at the points',
      intro: `How many of the ${data.values.length} points pass each pattern over their seeds; a point is accepted when it passes all.`,
      body: [
        tableHtml(
          ['pattern', 'points passing'],
          names.map((n, k) => [n, String(pass.filter((p) => p[k]).length)]),
          [false, true],
        ),
      ],
    });
  }
  const focus = (name: string) => name === `baseline:${obj}` || name.endsWith(`-baseline:${obj}`) || name.startsWith('pattern:');
  for (const m of a.morris.filter((x) => focus(x.response))) {
    const rows = m.indices.flatMap((x, i) => [
      { factor: factors[i], index: 'mu*', value: x.muStar },
      { factor: factors[i], index: 'sigma', value: x.sigma },
    ]);
    sections.push({
      id: `morris-${sections.length}`,
      title: `Morris screening: ${m.response}`,
      intro:
        "mu* is the mean absolute elementary effect (importance); sigma their spread (non-linearity or interactions); both per unit of the factor's range.",
      body: [
        await chart(indexChart(rows, m.response), `Morris mu* and sigma of ${m.response}.`),
        tableHtml(
          ['factor', 'mu*', 'mu', 'sigma'],
          m.indices.map((x, i) => [factors[i], fmt(x.muStar), fmt(x.mu), fmt(x.sigma)]),
          [false, true, true, true],
        ),
      ],
    });
  }
  for (const s of a.sobol.filter((x) => focus(x.response))) {
    const rows = s.indices.flatMap((x, i) => [
      { factor: factors[i], index: 'first-order', value: x.first.value, low: x.first.low, high: x.first.high },
      { factor: factors[i], index: 'total', value: x.total.value, low: x.total.low, high: x.total.high },
    ]);
    sections.push({
      id: `sobol-${sections.length}`,
      title: `Sobol indices: ${s.response}`,
      intro:
        'Share of the variance over the points due to each factor alone (first-order) and with its interactions (total), with 95% bootstrap intervals.',
      body: [
        await chart(indexChart(rows, s.response), `Sobol indices of ${s.response}.`),
        tableHtml(
          ['factor', 'first-order', '95%', 'total', '95%'],
          s.indices.map((x, i) => [
            factors[i],
            fmt(x.first.value),
            `${fmt(x.first.low)} to ${fmt(x.first.high)}`,
            fmt(x.total.value),
            `${fmt(x.total.low)} to ${fmt(x.total.high)}`,
          ]),
          [false, true, true, true, true],
        ),
      ],
    });
  }
  const lead = [
    `${data.values.length} points (${plan.data.design.kind} design) of ${factors.length} factors, ${data.seeds.length} seed${data.seeds.length > 1 ? 's' : ''} each, ${plan.scenarios.length - 1} programmes and the baseline on the same seeds.`,
    data.accepted
      ? `${accepted} of ${data.values.length} points pass the patterns; the ranking is over those.`
      : 'Every point counts in the ranking (no pattern acceptance).',
  ];
  return pageHtml(lead, sections, l, 'Experiment', 'table.csv, programmes.csv and the sensitivity CSV files');
}
