/**
 * Which scenario each scenario of a call is compared with: the one its `baseline:` field names,
 * or else the nearest scenario of its `extends` chain that runs in the same call (matched by file,
 * then by name) when the two hold as many villages and households: a region that extends a village
 * is no paired counterfactual of it (its headcounts are a hundred times the village's), so it runs
 * uncompared unless `baseline:` names the village. A `baseline:` naming the scenario itself is bad
 * input at its position; one naming a scenario not run in this call only means there is nothing to
 * compare with, which a note says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { InputProblem } from '../scenario/errors.js';
import { nearestName } from '../scenario/issues.js';
import { loadScenario, type LoadedScenario } from '../scenario/load.js';
import type { ScenarioPair } from './scenarios.js';

/** Pairs to compare, problems found, the scenarios those problems rule out, and notes for stderr. */
export interface BaselinePlan {
  readonly pairs: readonly ScenarioPair[];
  readonly problems: readonly InputProblem[];
  readonly rejected: ReadonlySet<string>;
  readonly notes: readonly string[];
}

/** Resolves the baseline of every scenario loaded for one call, in their order. */
export function planBaselines(loaded: readonly LoadedScenario[]): BaselinePlan {
  const names = loaded.map((l) => l.scenario.name);
  const pairs: ScenarioPair[] = [];
  const problems: InputProblem[] = [];
  const rejected = new Set<string>();
  const notes: string[] = [];
  for (const l of loaded) {
    const name = l.scenario.name;
    const explicit = l.scenario.baseline;
    if (explicit === undefined) {
      const base = extendedBaseline(l, loaded);
      if (base === undefined) continue;
      const other = loaded.find((o) => o.scenario.name === base) as LoadedScenario;
      if (samePopulation(l, other)) pairs.push({ scenario: name, baseline: base });
      else notes.push(otherPopulationNote(l, other));
    } else if (explicit === name) {
      const message = `expected the name of another scenario, got this scenario's own name "${name}"`;
      problems.push({ ...fieldPosition(l.chain, 'baseline'), field: 'baseline', message });
      rejected.add(name);
    } else if (names.includes(explicit)) {
      pairs.push({ scenario: name, baseline: explicit });
    } else {
      notes.push(missingBaselineNote(name, explicit, names));
    }
  }
  return { pairs: pairs.filter((p) => !rejected.has(p.scenario) && !rejected.has(p.baseline)), problems, rejected, notes };
}

function samePopulation(a: LoadedScenario, b: LoadedScenario): boolean {
  const [p, q] = [a.scenario.population, b.scenario.population];
  return p.villages === q.villages && p.households === q.households;
}

function otherPopulationNote(l: LoadedScenario, base: LoadedScenario): string {
  const size = (s: LoadedScenario) => {
    const p = s.scenario.population;
    return `${p.villages} ${p.villages === 1 ? 'village' : 'villages'} of ${p.households} households`;
  };
  return (
    `simulate: ${l.scenario.name}: it extends "${base.scenario.name}" but holds ${size(l)} against ${size(base)}, ` +
    'so it is run without a comparison; set `baseline:` to compare the two anyway'
  );
}

function missingBaselineNote(own: string, explicit: string, names: readonly string[]): string {
  const nearest = nearestName(
    names.filter((n) => n !== own),
    explicit,
  );
  const hint = nearest !== undefined ? ` (did you mean "${nearest}"?)` : '';
  return `simulate: ${own}: its baseline "${explicit}" is not run in this call${hint}; it is run without a comparison`;
}

/** The nearest scenario of the `extends` chain that is also run in this call. */
function extendedBaseline(l: LoadedScenario, loaded: readonly LoadedScenario[]): string | undefined {
  for (const file of l.chain.slice(1)) {
    const abs = path.resolve(file);
    const byFile = loaded.find((o) => o !== l && path.resolve(o.file) === abs);
    if (byFile) return byFile.scenario.name;
    const baseName = scenarioNameOf(file);
    const byName = loaded.find((o) => o !== l && o.scenario.name === baseName);
    if (byName) return byName.scenario.name;
  }
  return undefined;
}

/** The name a base file would run under on its own; undefined when it does not load alone. */
function scenarioNameOf(file: string): string | undefined {
  try {
    return loadScenario(file).scenario.name;
  } catch {
    return undefined;
  }
}

/** Where a top-level field's value was written: the most derived file of the chain that sets it (else that file's start). */
export function fieldPosition(chain: readonly string[], key: string): { file: string; line: number; col: number } {
  for (const file of chain) {
    const lines = new LineCounter();
    let doc;
    try {
      doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
    } catch {
      continue;
    }
    if (!isMap(doc.contents)) continue;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) continue;
    const node = (pair.value ?? pair.key) as Node;
    const pos = lines.linePos(node.range?.[0] ?? 0);
    return { file, line: pos.line, col: pos.col };
  }
  return { file: chain[0], line: 1, col: 1 };
}
