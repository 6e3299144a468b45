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

/** Renders a chart, keeps it for --png, and returns its figure's HTML. */
export type ChartFn = (name: string, spec: TopLevelSpec, caption: string) => Promise<string>;

/** The ranked programmes, or a note that none was compared. */
export function rankedSection(ranked: readonly RankedProgramme[]): ReportSection {
  const body =
    ranked.length > 0
      ? [tableHtml(RANKED_HEADER, ranked.map(rankedCells), RANKED_NUMERIC)]
      : ['<p class="note">No programme was compared with a baseline in these runs (scenarios of kind <code>programme</code> only).</p>'];
  return {
    id: 'ranked',
    title: 'Which programme raises poor families\u2019 income most',
    intro:
      'Programmes only (not shocks or counterfactuals), best first: the change in income per person of the households poor at the start, ' +
      'Rp per month averaged over the run, each household paired with itself in the baseline on the same seed; its 95% confidence interval; ' +
      'how many households the programme was assigned to (mean over seeds); the share of poor households with less income than in the baseline; ' +
      'the effect on the participants themselves and the share of them worse off. Costs are not stated by the scenarios, so there is no cost-effectiveness yet.',
    body,
  };
}

/** Who gains: a chart by cohort and, per pair, its cohort table and village-wide horizon rows. */
export async function whoGainsSection(
  rows: readonly ComparisonRow[],
  cohorts: readonly PairCohorts[],
  ranked: readonly RankedProgramme[],
  chart: ChartFn,
): Promise<ReportSection> {
  const body: string[] = [];
  const gains = cohortGains(cohorts);
  const groups = COHORTS.map((c) => c.short).filter((l) => gains.some((g) => g.group === l));
  if (gains.length > 0) {
    const caption =
      'Change in income per person relative to the baseline, by cohort, with 95% confidence intervals across seeds; one column per cohort.';
    body.push(await chart('who-gains', gainsChart(gains, groups, cohorts.map(pairLabel)), caption));
  }
  // The best-ranked programme's tables are open; the others are a click away, so the page stays short.
  const best = ranked[0] !== undefined ? pairLabel(ranked[0].pair) : undefined;
  for (const [label, own] of rowsByPair(rows)) {
    body.push(`<details${label === best ? ' open' : ''}><summary>${escapeHtml(label)}</summary>`);
    const pair = cohorts.find((c) => pairLabel(c) === label);
    body.push(pair ? cohortTable(pair) : '<p class="note">No agents.csv in these runs: no cohorts to compare.</p>');
    const present = WHO_GAINS.filter((g) => own.some((r) => r.metric === g.metric));
    if (present.length > 0)
      body.push(
        horizonTable(
          own,
          present.map((g) => g.metric),
          (m) => present.find((g) => g.metric === m)!.label,
        ),
      );
    body.push('</details>');
  }
  return {
    id: 'who-gains',
    title: 'Who gains',
    intro:
      'Each scenario against its baseline on the same seeds, by cohorts fixed before any programme acts: poor at the start, participants as assigned, ' +
      'business owners, online sellers and producers with only bonding ties at day 0, returning migrants. Income and spending per person are Rp per month ' +
      'averaged over the run (agents.csv); a cohort with no household shows \u201cno data\u201d. Open a pair for its table by cohort and, below it, the village-wide figures of metrics.csv over its whole periods.',
    body,
  };
}

function cohortTable(pair: PairCohorts): string {
  const header = [
    'cohort',
    'households',
    'baseline (Rp per person per month)',
    'scenario',
    'difference',
    '95% CI',
    'worse off',
    'poor (households), difference',
  ];
  const body = COHORTS.map((c) => {
    const income = pair.effects.find((e) => e.cohort === c.name && e.outcome === 'income_per_capita');
    const poor = pair.effects.find((e) => e.cohort === c.name && e.outcome === 'poor_on_income');
    if (!income) return [c.label, '0', 'no data', '', '', '', '', ''];
    const iv = income.diff.n >= 2 ? `${formatHuman(income.diff.low, true)} to ${formatHuman(income.diff.high, true)}` : 'n/a (1 seed)';
    return [
      c.label,
      formatHuman(income.size),
      formatHuman(income.baselineMean),
      formatHuman(income.scenarioMean),
      formatHuman(income.diff.mean, true),
      iv,
      formatShare(income.worseOff?.mean ?? Number.NaN),
      poor ? formatHuman(poor.diff.mean, true) : 'no data',
    ];
  });
  return tableHtml(header, body, [false, true, true, true, true, true, true, true]);
}
