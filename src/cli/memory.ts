/**
 * A run's memory, estimated from its scenario before it starts, so that a scenario larger than the
 * machine is refused with a figure instead of failing hours later. It lives in the command layer
 * because the limit depends on the machine; the schema bounds each field, not their product.
 */
import { totalmem } from 'node:os';
import type { InputProblem } from '../scenario/errors.js';
import type { LoadedScenario } from '../scenario/load.js';
import type { Scenario } from '../scenario/schema.js';

/** Bytes per agent of a world, its first ties included (docs/performance.md measures 493-581). */
const BYTES_PER_AGENT = 600;
/** Bytes per tie: nine edge columns (31 bytes), two adjacency entries, and room to double. */
const BYTES_PER_TIE = 80;
/** Bytes per period of the metric buffers (a row of reporters, with room). */
const BYTES_PER_PERIOD = 4096;
/** Bytes per household and period of agents_periods.csv rows held until written. */
const BYTES_PER_HOUSEHOLD_PERIOD = 100;

/** Share of the machine's memory one run may plan to use, leaving the rest to the system. */
export const MEMORY_SHARE = 0.8;

/** Estimated peak bytes of one run of `s`. */
export function estimateRunBytes(s: Scenario): number {
  const p = s.population;
  const households = p.villages * p.households;
  const agents = p.villages * (p.households + p.home_industries + p.suppliers + p.warungs + p.outsiders);
  const ties =
    (households * s.network.household_degree) / 2 +
    p.villages * p.home_industries * (s.network.producer_suppliers + s.network.producer_warungs + s.network.peer_ties);
  const periods = Math.ceil(s.horizon_days / s.period_days) + 1;
  const agentRows = s.output.agents_per_period ? households * periods * BYTES_PER_HOUSEHOLD_PERIOD : 0;
  return agents * BYTES_PER_AGENT + ties * BYTES_PER_TIE + periods * BYTES_PER_PERIOD + agentRows;
}

/** Bytes a run may plan to use on this machine. */
export function defaultMemoryLimit(): number {
  return Math.floor(totalmem() * MEMORY_SHARE);
}

function gb(bytes: number): string {
  return `${(bytes / 1e9).toFixed(bytes < 1e10 ? 1 : 0)} GB`;
}

/** The problem of a scenario whose run would not fit in `limit` bytes, if it would not. */
export function memoryProblem(l: LoadedScenario, limit: number): InputProblem | undefined {
  const need = estimateRunBytes(l.scenario);
  if (need <= limit) return undefined;
  const message = `expected a scenario whose run fits in memory (${gb(limit)} here), but it needs about ${gb(need)}; use fewer population.villages or population.households, or a shorter horizon_days`;
  return { file: l.file, line: 1, col: 1, field: 'population', message };
}
