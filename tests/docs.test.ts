import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { syncDocs } from '../src/cli/docs.js';
import { AGENT_COLUMNS } from '../src/metrics/agents.js';

describe('documentation', () => {
  it('has the field reference, JSON Schema and column table the code generates (simulate docs --write)', () => {
    expect(syncDocs(false)).toEqual([]);
  });

  it('documents every column of agents.csv', () => {
    const doc = readFileSync(new URL('../docs/outputs.md', import.meta.url), 'utf8');
    const missing = AGENT_COLUMNS.filter((c) => !doc.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });
});
