import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectReporters } from '../../src/metrics/reporters.js';
import { loadScenario } from '../../src/scenario/load.js';
import { loadPatternFile } from '../../src/validate/patternFile.js';
import { statisticColumns } from '../../src/validate/statistics.js';

const root = path.join(import.meta.dirname, '../../scenarios');

describe('pattern 4 (scenarios/patterns/social.yaml) against the default', () => {
  it('reads only columns that balewangi writes, and that balewangi-v1 does not all write', () => {
    const patterns = loadPatternFile(path.join(root, 'patterns/social.yaml')).data.patterns;
    const columns = patterns.flatMap((p) => statisticColumns(p.statistic).map((u) => u.column));
    const written = (file: string) => {
      const s = loadScenario(path.join(root, file)).scenario;
      return selectReporters(s.output.reporters, s.output.extra_reporters).map((r) => r.name);
    };
    const social = loadScenario(path.join(root, 'balewangi.yaml')).scenario;
    expect(social.social).toBe(2);
    expect(social.economy).toBe(2);
    expect(columns.filter((c) => !written('balewangi.yaml').includes(c))).toEqual([]);
    expect(columns.filter((c) => !written('balewangi-v1.yaml').includes(c))).toEqual([
      'capacity_top_bridging_linking_ties',
      'bridging_linking_ties',
    ]);
  });
});
