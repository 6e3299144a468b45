/**
 * A run as a unit of work: (scenario, seed) in, files out. The same function serves the main
 * thread and the workers, so the number of workers cannot change what a run writes.
 */
import { runScenario, type RunResult, type Table } from '../engine/run.js';
import type { Scenario } from '../scenario/schema.js';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { AGENT_PERIOD_COLUMNS, agentPeriodRow } from '../metrics/agents.js';
import { temporaryName } from '../output/atomic.js';
import { runNotes } from './notes.js';
import { runDirectory, writeRunFiles } from '../output/runFiles.js';
import { openSyncCsv, type SyncCsvWriter } from '../output/syncCsv.js';
import type { World } from '../world/world.js';

/** One run to do. */
export interface RunTask {
  readonly index: number;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly outDir: string;
  /** Return the run's tables in the outcome: metrics.csv only, or agents.csv as well. */
  readonly collect?: 'metrics' | 'all';
  /** Write the run's files (default true); false for runs read only in memory. */
  readonly write?: boolean;
}

/** The tables of a run, returned when the task asks to collect them. */
export interface CollectedTables {
  readonly metrics: Table;
  readonly agents?: Table;
}

/** How a run ended. */
export type RunOutcome =
  | {
      readonly index: number;
      readonly ok: true;
      readonly dir: string;
      readonly notes: readonly string[];
      readonly tables?: CollectedTables;
      /** Taken from a run folder an earlier call wrote, whose manifest and files verify. */
      readonly reused?: true;
    }
  | {
      readonly index: number;
      readonly ok: false;
      readonly error: string;
      /** Not run: the command was stopped first. */
      readonly stopped?: true;
      /** Failed for a reason of the machine (a system error such as a full disk), not of the model. */
      readonly system?: true;
    };

/** A writer of agents_periods.csv under a temporary name beside the run's directory, if the scenario asks for it. */
function openPeriodFile(task: RunTask): { file: string; writer: SyncCsvWriter } | undefined {
  if (!task.scenario.output.agents_per_period || task.write === false) return undefined;
  const file = temporaryName(`${runDirectory(task.outDir, task.scenario.name, task.seed)}.agents_periods.csv`);
  mkdirSync(path.dirname(file), { recursive: true });
  return { file, writer: openSyncCsv(file, AGENT_PERIOD_COLUMNS) };
}

function collectTables(result: RunResult, what: 'metrics' | 'all'): CollectedTables {
  if (what === 'metrics' || !result.agents) return { metrics: result.metrics };
  return { metrics: result.metrics, agents: { header: result.agents.header, rows: [...result.agents.rows()] } };
}

/** Runs a task and writes its files; failures become outcomes, not exceptions. */
export async function executeTask(task: RunTask, onProgress?: (days: number) => void): Promise<RunOutcome> {
  let periods: ReturnType<typeof openPeriodFile>;
  try {
    periods = openPeriodFile(task);
    const row: string[] = [];
    const onPeriod = periods
      ? (w: World, monthFactor: number) => {
          for (let i = 0; i < w.households.count; i++) {
            agentPeriodRow(w, i, monthFactor, row);
            periods?.writer.row(row);
          }
        }
      : undefined;
    const result = runScenario(task.scenario, task.seed, onProgress ? (d) => onProgress(d) : undefined, onPeriod);
    periods?.writer.close();
    const written: Record<string, string> = periods ? { 'agents_periods.csv': periods.file } : {};
    // Tables are taken before writing: agents.csv rows come from a generator over the final world.
    const tables = task.collect ? collectTables(result, task.collect) : undefined;
    const dir = task.write === false ? '' : await writeRunFiles(task.outDir, task.scenario, task.seed, result, written);
    const notes = runNotes(task.scenario, task.seed, result.interventions, result.producerTableFullDay);
    return { index: task.index, ok: true, dir, notes, ...(tables ? { tables } : {}) };
  } catch (err) {
    if (periods) rmSync(periods.file, { force: true });
    const message = err instanceof Error ? (process.env.JEJARING_DEBUG ? (err.stack ?? err.message) : err.message) : String(err);
    // A system error (it has an errno code: full disk, no permission) may not recur elsewhere.
    const system = typeof (err as NodeJS.ErrnoException | undefined)?.code === 'string';
    return { index: task.index, ok: false, error: message, ...(system ? { system: true as const } : {}) };
  }
}
