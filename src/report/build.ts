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
import { labelsFor, type Labels, type Lang } from './lang.js';
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
 * programmes, labelled in `lang`. Without comparison rows it is the report of the runs alone: their
 * paths, sales and ties, one panel per scenario, and none of the sections that need a baseline.
 */
export async function buildReport(
  runs: RunSet,
  scenarios: readonly string[],
  rows: readonly ComparisonRow[],
  cohorts: readonly PairCohorts[] = [],
  ranked: readonly RankedProgramme[] = [],
  lang: Lang = 'en',
): Promise<Report> {
  const l = labelsFor(lang);
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
    compared ? rankedSection(ranked, l) : undefined,
    compared ? await whoGainsSection(rows, cohorts, ranked, chart, l) : undefined,
    {
      id: 'income',
      title: l.t('incomeTitle'),
      intro: escapeHtml(l.t('incomeIntro')),
      body: await pathFigures(runs, panels, has, chart, l, [
        ['income', 'income_mean', l.t('incomeAll')],
        ['poor-income', 'poor_income_mean', l.t('incomePoor')],
        ['producer-income', 'producer_income_mean', l.t('incomeProducers')],
      ]),
    },
    compared ? await differenceSection(rows, pairs, has, chart, l) : undefined,
    {
      id: 'poverty',
      title: l.t('povertyTitle'),
      intro: escapeHtml(l.t('povertyIntro')),
      body: await pathFigures(runs, panels, has, chart, l, [['poverty', 'poverty_headcount', l.t('povertyCaption')]], false),
    },
    await partsSection('sales', SALES_CHANNELS, runs, scenarios, chart, false, l),
    await partsSection('ties', TIE_CLASSES, runs, scenarios, chart, true, l),
    compared ? allMetricsSection(rows, l) : undefined,
    methodSection(l),
  ];
  const sections = all.filter((x) => x !== undefined);
  const lead = leadLines(runs, scenarios, pairs, rows, l);
  const page = compared
    ? pageHtml(lead, sections, l, l.t('compareTitle'), l.t('fullNumbersCompare'))
    : pageHtml(lead, sections, l, l.t('runTitle'), l.t('fullNumbersRun'));
  return { html: page, charts };
}

function missing(columns: readonly string[], l: Labels): string {
  return `<p class="note">${escapeHtml(l.t('notInRuns'))}: ${columns.map((c) => `<code>${escapeHtml(c)}</code>`).join(', ')}.</p>`;
}

async function pathFigures(
  runs: RunSet,
  panels: readonly Panel[],
  has: (m: string) => boolean,
  chart: ChartFn,
  l: Labels,
  specs: readonly (readonly [string, string, string])[],
  money = true,
): Promise<string[]> {
  const out: string[] = [];
  for (const [name, metric, caption] of specs) {
    if (!has(metric)) out.push(missing([metric], l));
    else
      out.push(
        await chart(
          name,
          pathChart(
            panelPaths(runs, panels, metric),
            panels.map((p) => p.label),
            // The caption names the metric; a long axis title would run across the rows of panels.
            l.t(money ? 'rpMonth' : 'households'),
            '~s',
            money,
            l,
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
  l: Labels,
): Promise<ReportSection> {
  const specs = [
    ['difference', 'poor_income_mean', l.t('differencePoor'), l.t('diffRpMonth'), true],
    ['difference-poverty', 'poverty_headcount', l.t('differencePoverty'), l.t('diffHouseholds'), false],
  ] as const;
  const body: string[] = [];
  for (const [name, metric, title, axis, money] of specs) {
    const points = rows.some((r) => r.metric === metric) && has(metric) ? differencePaths(rows, [metric]) : [];
    const caption = l.t('differenceCaption', { title });
    body.push(points.length > 0 ? await chart(name, differenceChart(points, pairs, axis, money, l), caption) : missing([metric], l));
  }
  return { id: 'difference', title: l.t('differenceTitle'), intro: escapeHtml(l.t('differenceIntro')), body };
}

async function partsSection(
  id: 'sales' | 'ties',
  parts: readonly GroupColumn[],
  runs: RunSet,
  scenarios: readonly string[],
  chart: ChartFn,
  atEnd: boolean,
  l: Labels,
): Promise<ReportSection> {
  // Channel and class names in the report's language, in the data itself.
  const present = parts.filter((p) => hasColumn(runs, scenarios, p.metric)).map((p) => ({ ...p, label: l.term(p.label) }));
  const data = atEnd ? finalParts(runs, scenarios, present) : horizonParts(runs, scenarios, present);
  const body: string[] = [];
  const labels = present.map((p) => p.label);
  const axis = l.t(atEnd ? 'ties' : 'rpMonth');
  if (data.length > 0)
    body.push(await chart(id, partsChart(data, scenarios, labels, axis, !atEnd, l), l.t(atEnd ? 'tiesCaption' : 'salesCaption')));
  const absent = parts.filter((p) => !present.some((q) => q.metric === p.metric)).map((p) => p.metric);
  if (absent.length > 0) body.push(missing(absent, l));
  return { id, title: l.t(atEnd ? 'tiesTitle' : 'salesTitle'), intro: escapeHtml(l.t(atEnd ? 'tiesIntro' : 'salesIntro')), body };
}

function allMetricsSection(rows: readonly ComparisonRow[], l: Labels): ReportSection {
  const body: string[] = [];
  for (const [pair, pairRows] of rowsByPair(rows)) {
    const metrics = [...new Set(pairRows.map((r) => r.metric))];
    // Collapsed: the tables are the full record, read one pair at a time, not the page's first answer.
    body.push(
      `<details><summary>${escapeHtml(pair)}</summary>`,
      horizonTable(pairRows, metrics, (m) => m, l),
      '</details>',
    );
  }
  return { id: 'all-metrics', title: l.t('allMetricsTitle'), intro: escapeHtml(l.t('allMetricsIntro')), body };
}

function methodSection(l: Labels): ReportSection {
  const items = [
    'Scenarios that share a seed share their random numbers wherever they do the same thing (common random numbers), so the difference in each seed is mostly the scenario\u2019s effect.',
    'For each seed <i>s</i>, <i>d<sub>s</sub></i> = scenario \u2212 baseline. The table gives the mean of <i>d<sub>s</sub></i> and the 95% interval mean \u00b1 <i>t</i><sub>0.975, n\u22121</sub> \u00b7 sd / \u221an. With one seed there is no interval.',
    'The horizon value of a run is the mean over its whole periods after day 0, each weighted by its days. A short last period (<code>partial</code> = 1 in metrics.csv) holds totals over its own days, not amounts per month, so it is left out of every comparison and chart.',
    '\u201cSeeds better\u201d counts seeds where <i>d<sub>s</sub></i> &gt; 0, or &lt; 0 for metrics where lower is better (poverty headcounts, Gini, unmet need, debt, spoilage, late deliveries, stock-outs, business failures).',
    'Cohort figures come from agents.csv: each household of the scenario is paired with the same household (same id) of the baseline on the same seed, over the whole run. Cohorts are fixed at day 0 or when a programme assigned its participants (intention to treat), so no programme moves a household between them. \u201cWorse off\u201d counts households with strictly less income per person than in the baseline.',
    'Bands in the paths are 95% intervals of each scenario\u2019s own mean across seeds, not of the difference.',
  ];
  // The method is stated once, in English: its symbols and terms are those of docs/comparison.md.
  return {
    id: 'method',
    title: l.t('methodTitle'),
    intro: '',
    body: [`<ul lang="en">${items.map((i) => `<li>${i}</li>`).join('\n')}</ul>`],
  };
}

function seedText(seeds: readonly number[], l: Labels): string {
  const contiguous = seeds.every((s, k) => k === 0 || s === seeds[k - 1] + 1);
  if (seeds.length > 2 && contiguous) return `${l.t('seeds')} ${seeds[0]}\u2013${seeds[seeds.length - 1]}`;
  return `${l.t(seeds.length === 1 ? 'seed' : 'seeds')} ${seeds.join(', ')}`;
}

function leadLines(
  runs: RunSet,
  scenarios: readonly string[],
  pairs: readonly string[],
  rows: readonly ComparisonRow[],
  l: Labels,
): string[] {
  const list = scenarios.map(
    (s) =>
      `<b>${escapeHtml(s)}</b> (${seedText(
        [...(runs.get(s)?.keys() ?? [])].sort((a, b) => a - b),
        l,
      )})`,
  );
  const days = [...new Set(rows.filter((r) => r.period === undefined).map((r) => r.day))];
  const lead = [`${l.t('scenarios')}: ${list.join(', ')}.`];
  if (pairs.length > 0)
    lead.push(
      `${l.t('compared')}: ${pairs.map(escapeHtml).join('; ')}${days.length === 1 ? `; ${l.t('horizon', { days: days[0] })}` : ''}.`,
    );
  else lead.push(escapeHtml(l.t('nothingCompared')));
  return lead;
}
