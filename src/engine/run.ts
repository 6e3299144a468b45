/**
 * A whole run: the warm-up (`warmup_days` stepped before day 0, nothing reported), then metrics
 * collected at day 0 and at the end of each period (the last one may be shorter), with period
 * bookkeeping closed after each collection.
 *
 * Time: `w.t` counts days from the world's creation, so the warm-up is simply the first days of the
 * world and every rule sees the same calendar with or without one; reported days are `w.t -
 * warmup_days` (metrics/period.ts `reportedDay`).
 */
import { createPeriodView, isPartialPeriod, refreshPeriodView, reportedDay } from '../metrics/period.js';
import { formatValue, selectReporters, type Reporter } from '../metrics/reporters.js';
import type { Scenario } from '../scenario/schema.js';
import { markConstrainedAtStart } from '../rules/finance.js';
import { periodEnd, reviewPeriod } from '../rules/periodEnd.js';
import { AGENT_COLUMNS, agentRows, recordStartCohorts } from '../metrics/agents.js';
import { agentColumns } from '../metrics/digitalAgents.js';
import { closeHouseholdPeriod, periodIncome } from '../world/households.js';
import { closeProducerPeriod } from '../world/producers.js';
import type { World } from '../world/world.js';
import { programmeCost, type RunCost } from '../interventions/costs.js';
import { createWorld } from './setup.js';
import { step } from './step.js';

/** The first columns of metrics.csv: period number, its end day, its days, 1 if it is a short last period. */
export const FRAME_COLUMNS = ['period', 'day', 'days', 'partial'] as const;

/** A table of formatted values. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** How an intervention of the timeline went: whom it reached (days counted from day 0). */
export interface InterventionSummary {
  readonly index: number;
  readonly label: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly participants: number;
}

/** What a run produces. */
export interface RunResult {
  readonly metrics: Table;
  readonly interventions: readonly InterventionSummary[];
  /** What the run's programmes cost, rupiah (manifest.json `programme_cost`). */
  readonly programmeCost: RunCost;
  /**
   * Day (from day 0; negative in the warm-up) on which a household that would have started a home
   * industry first found the producer table full (manifest.json `producer_table_full_day`); absent if never.
   */
  readonly producerTableFullDay?: number;
  /** agents.csv, generated from the final world when written; absent when the scenario turns it off. */
  readonly agents?: { readonly header: readonly string[]; readonly rows: () => Iterable<readonly string[]> };
}

/** Called after each period with the days done and the horizon. */
export type ProgressCallback = (daysDone: number, horizon: number) => void;

/** Called at each period end, after the metrics row and before the period's accounts are cleared. */
export type PeriodCallback = (w: World, monthFactor: number) => void;

function collectRow(w: World, reporters: readonly Reporter[], view: ReturnType<typeof createPeriodView>): string[] {
  refreshPeriodView(view, w);
  const row = [String(w.period), String(reportedDay(w)), String(view.days), view.partial ? '1' : '0'];
  for (const r of reporters) row.push(view.days === 0 && r.flow ? '' : formatValue(r.compute(w, view), r.format));
  return row;
}

/** Counts the households below the poverty line this period (income scaled to a month); a partial period is not a month and counts for nobody. */
function countPoorPeriods(w: World): void {
  if (isPartialPeriod(w)) return;
  const h = w.households;
  const line = w.scenario.households.poverty_line;
  const factor = 30 / Math.max(1, w.t - w.periodStart);
  for (let i = 0; i < h.count; i++) if (periodIncome(h, i) * factor < line * h.size[i]) h.poorPeriods[i]++;
}

/** Closes the period that just ended; `reported` is false for the warm-up's periods. */
function closePeriod(w: World, reported: boolean): void {
  if (reported) countPoorPeriods(w);
  periodEnd(w);
  closeHouseholdPeriod(w.households);
  closeProducerPeriod(w.producers);
  w.periodStart = w.t;
}

/** Forgets what the warm-up earned, made and lost, so agents.csv's run totals start at day 0. */
function clearRunTotals(w: World): void {
  const h = w.households;
  const pr = w.producers;
  h.incomeTotal.fill(0);
  h.consumptionTotal.fill(0);
  h.poorPeriods.fill(0);
  pr.revenueTotal.fill(0);
  pr.revenueByClassTotal.fill(0);
  pr.costsTotal.fill(0);
  pr.producedTotal.fill(0);
  pr.failures.fill(0);
  pr.activeDaysTotal.fill(0);
  pr.cashLimitedDaysTotal.fill(0);
}

/**
 * Steps the world through its warm-up, closing periods on the same calendar as a run without one
 * (so the state at day 0 is the state after `warmup_days` days of such a run), and stops at day 0
 * with the last warm-up period still open.
 */
function warmUp(w: World): void {
  const s = w.scenario;
  while (w.t < s.warmup_days) {
    step(w);
    if (w.t - w.periodStart === s.period_days && w.t < s.warmup_days) {
      reviewPeriod(w);
      closePeriod(w, false);
    }
  }
}

/** Steps a world to its horizon, collecting metrics. */
export function runWorld(w: World, onProgress?: ProgressCallback, onPeriod?: PeriodCallback): RunResult {
  const s = w.scenario;
  const reporters = selectReporters(s.output.reporters, s.output.extra_reporters, s.social);
  const view = createPeriodView(w);
  warmUp(w);
  // Cohorts are fixed at day 0, before any programme acts (interventions start on day 1 at the earliest).
  const cohorts = recordStartCohorts(w);
  // Day 0's row is taken before the warm-up's last period is closed, as every period's row is.
  const rows: string[][] = [collectRow(w, reporters, view)];
  if (s.warmup_days > 0) {
    reviewPeriod(w);
    // After the review, which decides the businesses that close at day 0, before anything acts.
    markConstrainedAtStart(w);
    closePeriod(w, false);
    clearRunTotals(w);
  } else markConstrainedAtStart(w);
  const end = s.warmup_days + s.horizon_days;
  while (w.t < end) {
    step(w);
    if (w.t - w.periodStart === s.period_days || w.t === end) {
      w.period++;
      // Loss exits are decided on the period's accounts and counted in its row.
      reviewPeriod(w);
      rows.push(collectRow(w, reporters, view));
      onPeriod?.(w, view.monthFactor);
      closePeriod(w, true);
      onProgress?.(reportedDay(w), s.horizon_days);
    }
  }
  const metrics = { header: [...FRAME_COLUMNS, ...reporters.map((r) => r.name)], rows };
  const interventions = w.interventions.map((iv) => ({
    index: iv.index,
    label: iv.label,
    type: iv.spec.type,
    start: iv.start - s.warmup_days,
    end: iv.end - s.warmup_days,
    participants: iv.participants,
  }));
  const cost = programmeCost(w.interventions.map((iv) => ({ ...iv, began: iv.start <= end })));
  const full = w.producers.fullDay >= 0 ? { producerTableFullDay: w.producers.fullDay - s.warmup_days } : {};
  if (!s.output.agents) return { metrics, interventions, programmeCost: cost, ...full };
  return {
    metrics,
    interventions,
    programmeCost: cost,
    ...full,
    agents: { header: agentColumns(AGENT_COLUMNS, s), rows: () => agentRows(w, cohorts) },
  };
}

/** Builds the world of (scenario, seed) and runs it. */
export function runScenario(scenario: Scenario, seed: number, onProgress?: ProgressCallback, onPeriod?: PeriodCallback): RunResult {
  return runWorld(createWorld(scenario, seed), onProgress, onPeriod);
}
