import { describe, expect, it } from 'vitest';
import { syncDocs } from '../src/cli/docs.js';

describe('documentation', () => {
  it('has the field reference, JSON Schema and column table the code generates (simulate docs --write)', () => {
    expect(syncDocs(false)).toEqual([]);
  });
});
