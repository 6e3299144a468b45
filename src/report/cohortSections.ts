/**
 * The report's answer first: the ranked programmes, then who gains by cohorts fixed before any
 * programme acts (agents.csv), with the village-wide figures of metrics.csv below each pair.
 */
import { COHORTS } from '../compare/cohorts.js';
import { WHO_GAINS } from '../compare/groups.js';
import { formatShare, RANKED_HEADER, RANKED_NUMERIC, rankedCells, type PairCohorts, type RankedProgramme } from '../compare/ranking.js';
import type { ComparisonRow } from '../compare/scenarios.js';
import { formatHuman } from '../compare/summary.js';
import type { TopLevelSpec } from 'vega-lite';
import { gainsChart } from './charts.js';
import { cohortGains, pairLabel } from './data.js';
import { escapeHtml, horizonTable, rowsByPair, tableHtml, type ReportSection } from './html.js';
import type { Labels } from './lang.js';

/** Renders a chart, keeps it for --png, and returns its figure's HTML. */
export type ChartFn = (name: string, spec: TopLevelSpec, caption: string) => Promise<string>;

/** The ranked programmes, or a note that none was compared. */
export function rankedSection(ranked: readonly RankedProgramme[], l: Labels): ReportSection {
  // Scenario names (the second and third cells) stay as written; numbers take the language's separators.
  const cells = (r: RankedProgramme) => rankedCells(r).map((c, k) => (k === 1 || k === 2 ? c : l.cell(c)));
  const body =
    ranked.length > 0
      ? [tableHtml(RANKED_HEADER.map(l.term), ranked.map(cells), RANKED_NUMERIC)]
      : [`<p class="note">${l.t('rankedNone')}</p>`];
  return { id: 'ranked', title: l.t('rankedTitle'), intro: escapeHtml(l.t('rankedIntro')), body };
}

/** Who gains: a chart by cohort and, per pair, its cohort table and village-wide horizon rows. */
export async function whoGainsSection(
  rows: readonly ComparisonRow[],
  cohorts: readonly PairCohorts[],
  ranked: readonly RankedProgramme[],
  chart: ChartFn,
  l: Labels,
): Promise<ReportSection> {
  const body: string[] = [];
  // Cohort names are translated in the data, so the chart's headers need no expression of their own.
  const gains = cohortGains(cohorts).map((g) => ({ ...g, group: l.term(g.group) }));
  const groups = COHORTS.map((c) => l.term(c.short)).filter((s) => gains.some((g) => g.group === s));
  if (gains.length > 0) body.push(await chart('who-gains', gainsChart(gains, groups, cohorts.map(pairLabel)), l.t('whoGainsCaption')));
  // The best-ranked programme's tables are open; the others are a click away, so the page stays short.
  const best = ranked[0] !== undefined ? pairLabel(ranked[0].pair) : undefined;
  for (const [label, own] of rowsByPair(rows)) {
    body.push(`<details${label === best ? ' open' : ''}><summary>${escapeHtml(label)}</summary>`);
    const pair = cohorts.find((c) => pairLabel(c) === label);
    body.push(pair ? cohortTable(pair, l) : `<p class="note">${escapeHtml(l.t('noAgents'))}</p>`);
    const present = WHO_GAINS.filter((g) => own.some((r) => r.metric === g.metric));
    if (present.length > 0)
      body.push(
        horizonTable(
          own,
          present.map((g) => g.metric),
          (m) => l.term(present.find((g) => g.metric === m)!.label),
          l,
        ),
      );
    body.push('</details>');
  }
  return { id: 'who-gains', title: l.t('whoGainsTitle'), intro: escapeHtml(l.t('whoGainsIntro')), body };
}

function cohortTable(pair: PairCohorts, l: Labels): string {
  const header = [
    'cohort',
    'households',
    'baseline (Rp per person per month)',
    'scenario',
    'difference',
    '95% CI',
    'worse off',
    'poor (households), difference',
  ].map(l.term);
  const body = COHORTS.map((c) => {
    const income = pair.effects.find((e) => e.cohort === c.name && e.outcome === 'income_per_capita');
    const poor = pair.effects.find((e) => e.cohort === c.name && e.outcome === 'poor_on_income');
    if (!income) return [l.term(c.label), '0', l.t('noData'), '', '', '', '', ''];
    const iv = income.diff.n >= 2 ? `${formatHuman(income.diff.low, true)} to ${formatHuman(income.diff.high, true)}` : 'n/a (1 seed)';
    const numbers = [
      // A mean over seeds: whole households unless the seeds differ.
      Number.isInteger(income.size) ? formatHuman(income.size, false, 100) : formatHuman(income.size),
      formatHuman(income.baselineMean),
      formatHuman(income.scenarioMean),
      formatHuman(income.diff.mean, true),
      iv,
      formatShare(income.worseOff?.mean ?? Number.NaN),
      poor ? formatHuman(poor.diff.mean, true, 10) : 'no data',
    ];
    return [l.term(c.label), ...numbers.map(l.cell)];
  });
  return tableHtml(header, body, [false, true, true, true, true, true, true, true]);
}
