import { describe, expect, it } from 'vitest';
import { REPORTERS, reporterNameMismatches } from '../../src/metrics/reporters.js';
import { REPORTER_NAMES } from '../../src/scenario/reporterNames.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

describe('reporter names', () => {
  it('the scenario list and the reporters of metrics/ agree column by column', () => {
    expect(reporterNameMismatches(REPORTERS, REPORTER_NAMES)).toEqual([]);
  });

  it('names a column where the two lists differ, and a missing one', () => {
    const [first, second] = REPORTERS;
    expect(reporterNameMismatches([first, second], [first.name, 'other', 'third'])).toEqual([
      `column 2: reporter ${second.name}, name list other`,
      'column 3: reporter (none), name list third',
    ]);
  });

  it('the scenario accepts every reporter name and refuses another', () => {
    const last = REPORTER_NAMES[REPORTER_NAMES.length - 1];
    expect(scenarioSchema.safeParse({ output: { reporters: [last] } }).success).toBe(true);
    expect(scenarioSchema.safeParse({ output: { reporters: ['no_such_column'] } }).success).toBe(false);
  });
});
