/**
 * Keeps the generated parts of the documentation equal to the code: the scenario field reference,
 * the JSON Schema copy and the metrics column table. `simulate docs --write` rewrites them;
 * `--check` (used by the tests) reports which are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { metricsColumnReference } from '../metrics/reference.js';
import { scenarioFieldReference, scenarioJsonSchema } from '../scenario/reference.js';

interface GeneratedPart {
  readonly file: string;
  /** Marker name for a section inside a Markdown file; undefined for a whole generated file. */
  readonly marker?: string;
  readonly content: () => string;
}

const PARTS: readonly GeneratedPart[] = [
  { file: 'docs/scenarios.md', marker: 'fields', content: scenarioFieldReference },
  { file: 'docs/scenario.schema.json', content: () => JSON.stringify(scenarioJsonSchema(), null, 2) + '\n' },
  { file: 'docs/outputs.md', marker: 'metrics-columns', content: metricsColumnReference },
];

function repoPath(rel: string): string {
  return fileURLToPath(new URL(`../../${rel}`, import.meta.url));
}

function render(part: GeneratedPart, current: string): string {
  if (part.marker === undefined) return part.content();
  const start = `<!-- ${part.marker}:start -->\n`;
  const end = `<!-- ${part.marker}:end -->`;
  const a = current.indexOf(start);
  const b = current.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${part.file} lacks the markers ${start.trim()} ... ${end}`);
  return current.slice(0, a + start.length) + part.content() + current.slice(b);
}

/** Files whose generated parts differ from the code; with `write`, rewrites them. */
export function syncDocs(write: boolean): string[] {
  const stale: string[] = [];
  for (const part of PARTS) {
    const file = repoPath(part.file);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = '';
    }
    const next = render(part, current);
    if (next !== current) {
      stale.push(part.file);
      if (write) writeFileSync(file, next);
    }
  }
  return stale;
}
