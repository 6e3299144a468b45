/**
 * A whole run: metrics collected at day 0 and at the end of each period (the last one may be
 * shorter), with period bookkeeping closed after each collection.
 */
import { createPeriodView, refreshPeriodView } from '../metrics/period.js';
import { formatValue, selectReporters, type Reporter } from '../metrics/reporters.js';
import type { Scenario } from '../scenario/schema.js';
import { periodEnd } from '../rules/periodEnd.js';
import { closeHouseholdPeriod } from '../world/households.js';
import { closeProducerPeriod } from '../world/producers.js';
import type { World } from '../world/world.js';
import { createWorld } from './setup.js';
import { step } from './step.js';

/** A table of formatted values. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** What a run produces. */
export interface RunResult {
  readonly metrics: Table;
}

/** Called after each period with the days done and the horizon. */
export type ProgressCallback = (daysDone: number, horizon: number) => void;

function collectRow(w: World, reporters: readonly Reporter[], view: ReturnType<typeof createPeriodView>): string[] {
  refreshPeriodView(view, w);
  const row = [String(w.period), String(w.t), String(view.days)];
  for (const r of reporters) row.push(view.days === 0 && r.flow ? '' : formatValue(r.compute(w, view), r.format));
  return row;
}

/** Closes the period that just ended. */
function closePeriod(w: World): void {
  periodEnd(w);
  closeHouseholdPeriod(w.households);
  closeProducerPeriod(w.producers);
  w.periodStart = w.t;
}

/** Steps a world to its horizon, collecting metrics. */
export function runWorld(w: World, onProgress?: ProgressCallback): RunResult {
  const s = w.scenario;
  const reporters = selectReporters(s.output.reporters, s.output.extra_reporters);
  const view = createPeriodView(w);
  const rows: string[][] = [collectRow(w, reporters, view)];
  while (w.t < s.horizon_days) {
    step(w);
    if (w.t - w.periodStart === s.period_days || w.t === s.horizon_days) {
      w.period++;
      rows.push(collectRow(w, reporters, view));
      closePeriod(w);
      onProgress?.(w.t, s.horizon_days);
    }
  }
  return { metrics: { header: ['period', 'day', 'days', ...reporters.map((r) => r.name)], rows } };
}

/** Builds the world of (scenario, seed) and runs it. */
export function runScenario(scenario: Scenario, seed: number, onProgress?: ProgressCallback): RunResult {
  return runWorld(createWorld(scenario, seed), onProgress);
}
