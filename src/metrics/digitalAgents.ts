/** Columns of agents.csv added under social 2 (docs/outputs.md): a household's digital state at the end. */
import type { Scenario } from '../scenario/schema.js';
import type { World } from '../world/world.js';

/** Social-2 columns of agents.csv, after the others: hamlet signal (0 to 1), smartphone (1/0), digital skill (0 to 1), online (1/0), reported day it went online (0 at the start, empty if never). */
export const DIGITAL_AGENT_COLUMNS = ['signal', 'device', 'digital_skill', 'online', 'online_day'] as const;

/** The columns of agents.csv for a scenario. */
export function agentColumns<T extends string>(base: readonly T[], s: Pick<Scenario, 'social'>): readonly string[] {
  return s.social === 2 ? [...base, ...DIGITAL_AGENT_COLUMNS] : base;
}

/** Appends household i's social-2 cells to its row (a supplier or warung, i = -1, gets its hamlet's signal only). */
export function pushDigitalCells(w: World, row: string[], i: number, hamlet: number): void {
  const signal = hamlet >= 0 && hamlet < w.signal.length ? w.signal[hamlet].toFixed(4) : '';
  if (i < 0) {
    row.push(signal, '', '', '', '');
    return;
  }
  const h = w.households;
  const since = w.digital.onlineSince[i];
  const day = since < 0 ? '' : String(Math.max(0, since - w.scenario.warmup_days));
  row.push(signal, String(h.device[i]), h.skill[i].toFixed(4), String(w.digital.online[i]), day);
}
