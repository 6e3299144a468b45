/**
 * The report's content: which charts and tables, in which order, from finished runs and the
 * comparison. Columns a run does not have are left out with a note, never an error, so the report
 * grows with the model's reporters.
 */
import { SALES_CHANNELS, TIE_CLASSES, type GroupColumn } from '../compare/groups.js';
import type { ComparisonRow, RunSet } from '../compare/scenarios.js';
import type { PairCohorts, RankedProgramme } from '../compare/ranking.js';
import type { TopLevelSpec } from 'vega-lite';
import { differenceChart, partsChart, pathChart } from './charts.js';
import { rankedSection, whoGainsSection, type ChartFn } from './cohortSections.js';
import { differencePaths, finalParts, hasColumn, horizonParts, panelPaths, panelsOf, type Panel } from './data.js';
import { escapeHtml, figureHtml, horizonTable, pageHtml, rowsByPair, type ReportSection } from './html.js';
import { renderSvg } from './render.js';

/** A rendered chart: its file stem (for --png) and SVG. */
export interface Chart {
  readonly name: string;
  readonly svg: string;
}

/** The page and its charts. */
export interface Report {
  readonly html: string;
  readonly charts: readonly Chart[];
}

/**
 * Builds the report for these scenarios (call order), comparison rows, cohort effects and ranked
 * programmes. Without comparison rows it is the report of the runs alone: their paths, sales and
 * ties, one panel per scenario, and none of the sections that need a baseline.
 */
export async function buildReport(
  runs: RunSet,
  scenarios: readonly string[],
  rows: readonly ComparisonRow[],
  cohorts: readonly PairCohorts[] = [],
  ranked: readonly RankedProgramme[] = [],
): Promise<Report> {
  const charts: Chart[] = [];
  const chart = async (name: string, spec: TopLevelSpec, caption: string) => {
    const svg = await renderSvg(spec, name);
    charts.push({ name, svg });
    return figureHtml(svg, caption);
  };
  const has = (metric: string) => hasColumn(runs, scenarios, metric);
  const pairs = [...rowsByPair(rows).keys()];
  const panels = panelsOf(rows, scenarios);
  const compared = rows.length > 0;
  const all: (ReportSection | undefined)[] = [
    compared ? rankedSection(ranked) : undefined,
    compared ? await whoGainsSection(rows, cohorts, ranked, chart) : undefined,
    {
      id: 'income',
      title: 'Income over time',
      intro:
        'Mean household income per month in each whole period, one panel per scenario (against its baseline in grey, when compared): the line is the mean across seeds, the band its 95% confidence interval.',
      body: await pathFigures(runs, panels, has, chart, [
        ['income', 'income_mean', 'All households: mean income (income_mean), Rp per month'],
        ['poor-income', 'poor_income_mean', 'Households poor at the start: mean income (poor_income_mean), Rp per month'],
        [
          'producer-income',
          'producer_income_mean',
          'Households running a home industry at each period end: mean income (producer_income_mean), Rp per month',
        ],
      ]),
    },
    compared ? await differenceSection(rows, pairs, has, chart) : undefined,
    {
      id: 'poverty',
      title: 'Poverty headcount',
      intro:
        'Households whose income per capita in a period, per month, is below the poverty line, for each whole period (day 0 has no figure: nothing has been earned yet); band: 95% confidence interval across seeds.',
      body: await pathFigures(
        runs,
        panels,
        has,
        chart,
        [['poverty', 'poverty_headcount', 'Households below the poverty line (poverty_headcount)']],
        'households',
      ),
    },
    await partsSection('sales', 'Sales by channel', SALES_CHANNELS, runs, scenarios, chart, false),
    await partsSection('ties', 'Ties by class', TIE_CLASSES, runs, scenarios, chart, true),
    compared ? allMetricsSection(rows) : undefined,
    methodSection(),
  ];
  const sections = all.filter((x) => x !== undefined);
  const page = compared
    ? pageHtml(leadLines(runs, scenarios, pairs, rows), sections)
    : pageHtml(leadLines(runs, scenarios, pairs, rows), sections, 'Run report', "each run's metrics.csv and agents.csv");
  return { html: page, charts };
}

function missing(columns: readonly string[]): string {
  return `<p class="note">Not in these runs: ${columns.map((c) => `<code>${escapeHtml(c)}</code>`).join(', ')}.</p>`;
}

async function pathFigures(
  runs: RunSet,
  panels: readonly Panel[],
  has: (m: string) => boolean,
  chart: ChartFn,
  specs: readonly (readonly [string, string, string])[],
  unit = 'Rp per month',
): Promise<string[]> {
  const out: string[] = [];
  for (const [name, metric, caption] of specs) {
    if (!has(metric)) out.push(missing([metric]));
    else
      out.push(
        await chart(
          name,
          pathChart(
            panelPaths(runs, panels, metric),
            panels.map((p) => p.label),
            // The caption names the metric; a long axis title would run across the rows of panels.
            unit,
            '~s',
          ),
          caption,
        ),
      );
  }
  return out;
}

async function differenceSection(
  rows: readonly ComparisonRow[],
  pairs: readonly string[],
  has: (m: string) => boolean,
  chart: ChartFn,
): Promise<ReportSection> {
  const specs = [
    ['difference', 'poor_income_mean', 'Households poor at the start: mean income, Rp per month', 'difference, Rp per month'],
    ['difference-poverty', 'poverty_headcount', 'Poverty headcount, households', 'difference, households'],
  ] as const;
  const body: string[] = [];
  for (const [name, metric, title, axis] of specs) {
    const points = rows.some((r) => r.metric === metric) && has(metric) ? differencePaths(rows, [metric]) : [];
    const caption = `${title}: scenario minus baseline in each whole period, paired by seed, one panel per pair; band: 95% confidence interval.`;
    body.push(points.length > 0 ? await chart(name, differenceChart(points, pairs, axis), caption) : missing([metric]));
  }
  return {
    id: 'difference',
    title: 'Difference from the baseline over time',
    intro: 'How the gap between each scenario and its baseline opens or closes over time.',
    body,
  };
}

async function partsSection(
  id: string,
  title: string,
  parts: readonly GroupColumn[],
  runs: RunSet,
  scenarios: readonly string[],
  chart: ChartFn,
  atEnd: boolean,
): Promise<ReportSection> {
  const present = parts.filter((p) => hasColumn(runs, scenarios, p.metric));
  const data = atEnd ? finalParts(runs, scenarios, present) : horizonParts(runs, scenarios, present);
  const intro = atEnd
    ? 'Ties at the end of the run, mean across seeds.'
    : 'Sales by channel, Rp per month: mean over the whole periods and across seeds.';
  const body: string[] = [];
  const caption = atEnd ? 'Stacked by class: bonding, bridging, linking.' : 'Stacked by channel.';
  if (data.length > 0)
    body.push(
      await chart(
        id,
        partsChart(
          data,
          scenarios,
          present.map((p) => p.label),
          atEnd ? 'ties' : 'Rp per month',
        ),
        caption,
      ),
    );
  const absent = parts.filter((p) => !present.includes(p)).map((p) => p.metric);
  if (absent.length > 0) body.push(missing(absent));
  return { id, title, intro, body };
}

function allMetricsSection(rows: readonly ComparisonRow[]): ReportSection {
  const body: string[] = [];
  for (const [pair, pairRows] of rowsByPair(rows)) {
    const metrics = [...new Set(pairRows.map((r) => r.metric))];
    // Collapsed: the tables are the full record, read one pair at a time, not the page's first answer.
    body.push(
      `<details><summary>${escapeHtml(pair)}</summary>`,
      horizonTable(pairRows, metrics, (m) => m),
      '</details>',
    );
  }
  return {
    id: 'all-metrics',
    title: 'Every metric over the horizon',
    intro: 'Every column of metrics.csv over its whole periods, compared as in "Who gains"; open a pair to see its table.',
    body,
  };
}

function methodSection(): ReportSection {
  const items = [
    'Scenarios that share a seed share their random numbers wherever they do the same thing (common random numbers), so the difference in each seed is mostly the scenario\u2019s effect.',
    'For each seed <i>s</i>, <i>d<sub>s</sub></i> = scenario \u2212 baseline. The table gives the mean of <i>d<sub>s</sub></i> and the 95% interval mean \u00b1 <i>t</i><sub>0.975, n\u22121</sub> \u00b7 sd / \u221an. With one seed there is no interval.',
    'The horizon value of a run is the mean over its whole periods after day 0, each weighted by its days. A short last period (<code>partial</code> = 1 in metrics.csv) holds totals over its own days, not amounts per month, so it is left out of every comparison and chart.',
    '\u201cSeeds better\u201d counts seeds where <i>d<sub>s</sub></i> &gt; 0, or &lt; 0 for metrics where lower is better (poverty headcounts, Gini, unmet need, debt, spoilage, late deliveries, stock-outs, business failures).',
    'Cohort figures come from agents.csv: each household of the scenario is paired with the same household (same id) of the baseline on the same seed, over the whole run. Cohorts are fixed at day 0 or when a programme assigned its participants (intention to treat), so no programme moves a household between them. \u201cWorse off\u201d counts households with strictly less income per person than in the baseline.',
    'Bands in the paths are 95% intervals of each scenario\u2019s own mean across seeds, not of the difference.',
  ];
  return { id: 'method', title: 'How to read this report', intro: '', body: [`<ul>${items.map((i) => `<li>${i}</li>`).join('\n')}</ul>`] };
}

function seedText(seeds: readonly number[]): string {
  const contiguous = seeds.every((s, k) => k === 0 || s === seeds[k - 1] + 1);
  if (seeds.length > 2 && contiguous) return `seeds ${seeds[0]}\u2013${seeds[seeds.length - 1]}`;
  return `${seeds.length === 1 ? 'seed' : 'seeds'} ${seeds.join(', ')}`;
}

function leadLines(runs: RunSet, scenarios: readonly string[], pairs: readonly string[], rows: readonly ComparisonRow[]): string[] {
  const list = scenarios.map((s) => `<b>${escapeHtml(s)}</b> (${seedText([...(runs.get(s)?.keys() ?? [])].sort((a, b) => a - b))})`);
  const days = [...new Set(rows.filter((r) => r.period === undefined).map((r) => r.day))];
  const lead = [`Scenarios: ${list.join(', ')}.`];
  if (pairs.length > 0) lead.push(`Compared: ${pairs.map(escapeHtml).join('; ')}${days.length === 1 ? `; horizon ${days[0]} days` : ''}.`);
  else lead.push('Nothing compared: no scenario of these runs has its baseline among them.');
  return lead;
}
