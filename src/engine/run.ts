/**
 * A whole run: metrics collected at day 0 and at the end of each period (the last one may be
 * shorter), with period bookkeeping closed after each collection.
 */
import { createPeriodView, refreshPeriodView } from '../metrics/period.js';
import { formatValue, selectReporters, type Reporter } from '../metrics/reporters.js';
import type { Scenario } from '../scenario/schema.js';
import { markConstrainedAtStart } from '../rules/finance.js';
import { periodEnd } from '../rules/periodEnd.js';
import { AGENT_COLUMNS, agentRows } from '../metrics/agents.js';
import { closeHouseholdPeriod, periodIncome } from '../world/households.js';
import { closeProducerPeriod } from '../world/producers.js';
import type { World } from '../world/world.js';
import { createWorld } from './setup.js';
import { step } from './step.js';

/** A table of formatted values. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** How an intervention of the timeline went: whom it reached. */
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
  /** agents.csv, generated from the final world when written; absent when the scenario turns it off. */
  readonly agents?: { readonly header: readonly string[]; readonly rows: () => Iterable<readonly string[]> };
}

/** Called after each period with the days done and the horizon. */
export type ProgressCallback = (daysDone: number, horizon: number) => void;

/** Called at each period end, after the metrics row and before the period's accounts are cleared. */
export type PeriodCallback = (w: World, monthFactor: number) => void;

function collectRow(w: World, reporters: readonly Reporter[], view: ReturnType<typeof createPeriodView>): string[] {
  refreshPeriodView(view, w);
  const row = [String(w.period), String(w.t), String(view.days)];
  for (const r of reporters) row.push(view.days === 0 && r.flow ? '' : formatValue(r.compute(w, view), r.format));
  return row;
}

/** Counts the households below the poverty line this period (income scaled to a month). */
function countPoorPeriods(w: World): void {
  const h = w.households;
  const line = w.scenario.households.poverty_line;
  const factor = 30 / Math.max(1, w.t - w.periodStart);
  for (let i = 0; i < h.count; i++) if (periodIncome(h, i) * factor < line * h.size[i]) h.poorPeriods[i]++;
}

/** Closes the period that just ended. */
function closePeriod(w: World): void {
  countPoorPeriods(w);
  periodEnd(w);
  closeHouseholdPeriod(w.households);
  closeProducerPeriod(w.producers);
  w.periodStart = w.t;
}

/** Steps a world to its horizon, collecting metrics. */
export function runWorld(w: World, onProgress?: ProgressCallback, onPeriod?: PeriodCallback): RunResult {
  const s = w.scenario;
  const reporters = selectReporters(s.output.reporters, s.output.extra_reporters);
  const view = createPeriodView(w);
  markConstrainedAtStart(w);
  const rows: string[][] = [collectRow(w, reporters, view)];
  while (w.t < s.horizon_days) {
    step(w);
    if (w.t - w.periodStart === s.period_days || w.t === s.horizon_days) {
      w.period++;
      rows.push(collectRow(w, reporters, view));
      onPeriod?.(w, view.monthFactor);
      closePeriod(w);
      onProgress?.(w.t, s.horizon_days);
    }
  }
  const metrics = { header: ['period', 'day', 'days', ...reporters.map((r) => r.name)], rows };
  const interventions = w.interventions.map((iv) => ({
    index: iv.index, label: iv.label, type: iv.spec.type, start: iv.start, end: iv.end, participants: iv.participants,
  }));
  if (!s.output.agents) return { metrics, interventions };
  return { metrics, interventions, agents: { header: AGENT_COLUMNS, rows: () => agentRows(w) } };
}

/** Builds the world of (scenario, seed) and runs it. */
export function runScenario(scenario: Scenario, seed: number, onProgress?: ProgressCallback, onPeriod?: PeriodCallback): RunResult {
  return runWorld(createWorld(scenario, seed), onProgress, onPeriod);
}
