/**
 * Notes on a finished run, shared by a run just done (task.ts) and one taken from the tree
 * (resume.ts). Kept apart from task.ts so that a call whose runs go to a queue does not load the
 * model to write them.
 */
import type { Scenario } from '../scenario/schema.js';

/** What a run's interventions did, as the manifest records it (fields the notes need). */
export interface InterventionNoteInput {
  readonly index: number;
  readonly label: string;
  readonly start: number;
  readonly participants: number;
}

/**
 * Notes on a run: interventions whose target turned out empty (they did nothing), and a producer
 * table that filled (`fullDay`, from day 0), after which no household could start a home industry.
 */
export function runNotes(
  scenario: Scenario,
  seed: number,
  interventions: readonly InterventionNoteInput[],
  fullDay: number | undefined,
): string[] {
  const notes = interventionNotes(scenario, seed, interventions);
  if (fullDay !== undefined) {
    const when = fullDay < 0 ? `the warm-up (day ${fullDay})` : `day ${fullDay}`;
    notes.push(
      `simulate: ${scenario.name} seed ${seed}: from ${when} no row was left for a new home industry (finance.entry_rows = ${scenario.finance.entry_rows}); households that would have started one did not: raise finance.entry_rows`,
    );
  }
  return notes;
}

/** Notes on interventions whose target turned out empty in a run: they did nothing. */
function interventionNotes(scenario: Scenario, seed: number, interventions: readonly InterventionNoteInput[]): string[] {
  return interventions
    .filter((iv) => iv.participants === 0 && iv.start <= scenario.horizon_days)
    .map((iv) => `simulate: ${scenario.name} seed ${seed}: interventions[${iv.index}] (${iv.label}) reached nobody on day ${iv.start}`);
}
