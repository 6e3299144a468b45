/**
 * The append-only results file of an experiment (results.jsonl in its output folder): a first
 * line with the plan's hash, then one line per finished run (its outputs) or per judged
 * (point, seed) of the pattern acceptance. A rerun of the same plan reads it and skips what is
 * there, so an interrupted experiment continues where it stopped. A line cut off by a kill is
 * dropped (the file is rewritten without it) and its run is done again.
 */
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { canonicalJson } from '../output/canonical.js';
import { writeFileAtomic } from '../output/atomic.js';
import { inputError } from '../scenario/errors.js';

/** Outputs of one run, in the plan's output order; null where the run had no figure. */
export type Outcomes = readonly (number | null)[];

/** What a results file holds. */
export interface Results {
  /** Run id `point/programme/seed` to its outcomes. */
  readonly runs: Map<string, Outcomes>;
  /** `point/seed` to the pattern figures of that seed, for the patterns file of hash `patterns`. */
  readonly accept: Map<string, { readonly patterns: string; readonly figures: Outcomes }>;
}

/** The id of a run: `point/programme/seed`. */
export function runId(point: number, programme: string, seed: number): string {
  return `${point}/${programme}/${seed}`;
}

/** Reads the results of the plan with this hash from `file` (none if it does not exist); another plan's file is bad input. */
export function readResults(file: string, planHash: string): Results {
  const results: Results = { runs: new Map(), accept: new Map() };
  if (!existsSync(file)) return results;
  const lines = readFileSync(file, 'utf8').split('\n');
  let head: { plan?: string } | undefined;
  try {
    head = JSON.parse(lines[0]) as { plan?: string };
  } catch {
    head = undefined;
  }
  if (head?.plan !== planHash) {
    throw inputError(
      file,
      1,
      1,
      '(file)',
      "expected the results of this plan, but the file holds another plan's (or none); remove it or choose another --out",
    );
  }
  const kept = [lines[0]];
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    let rec: { run?: string; out?: Outcomes; accept?: string; patterns?: string; figures?: Outcomes };
    try {
      rec = JSON.parse(line);
    } catch {
      break; // a line cut off by a kill: this and anything after it is dropped
    }
    if (rec.run && Array.isArray(rec.out)) results.runs.set(rec.run, rec.out);
    else if (rec.accept && rec.patterns && Array.isArray(rec.figures))
      results.accept.set(rec.accept, { patterns: rec.patterns, figures: rec.figures });
    kept.push(line);
  }
  const whole = `${kept.join('\n')}\n`;
  if (whole !== readFileSync(file, 'utf8')) writeFileAtomic(file, whole);
  return results;
}

/** A results file open for appending. */
export interface ResultsWriter {
  run(id: string, out: Outcomes): void;
  accept(id: string, patterns: string, figures: Outcomes): void;
  close(): void;
}

/** Opens `file` for appending records, writing the plan line first when the file is new. */
export function openResults(file: string, planHash: string): ResultsWriter {
  if (!existsSync(file)) writeFileAtomic(file, `${canonicalJson({ plan: planHash })}\n`);
  let fd = openSync(file, 'a');
  const append = (rec: unknown) => writeSync(fd, `${JSON.stringify(rec)}\n`);
  return {
    run: (id, out) => append({ run: id, out }),
    accept: (id, patterns, figures) => append({ accept: id, patterns, figures }),
    // Closing twice is a no-op, so a finished experiment can close before rewriting the file.
    close: () => {
      if (fd >= 0) closeSync(fd);
      fd = -1;
    },
  };
}

/**
 * Rewrites a finished results file with its records in the plan's order (the runs by id order
 * given, then the acceptance records), so the file is the same whatever order its runs ended in:
 * on one thread, several, or queue workers.
 */
export function writeResultsInOrder(file: string, planHash: string, results: Results, runIds: readonly string[]): void {
  const lines = [canonicalJson({ plan: planHash })];
  for (const id of runIds) {
    const out = results.runs.get(id);
    if (out !== undefined) lines.push(JSON.stringify({ run: id, out }));
  }
  for (const [id, { patterns, figures }] of [...results.accept].sort(([a], [b]) => compareIds(a, b)))
    lines.push(JSON.stringify({ accept: id, patterns, figures }));
  const whole = `${lines.join('\n')}\n`;
  if (whole !== readFileSync(file, 'utf8')) writeFileAtomic(file, whole);
}

/** Orders `point/seed` ids by point, then seed, as numbers. */
function compareIds(a: string, b: string): number {
  const [pa, sa] = a.split('/').map(Number);
  const [pb, sb] = b.split('/').map(Number);
  return pa - pb || sa - sb;
}
