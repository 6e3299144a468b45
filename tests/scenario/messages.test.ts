import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/cli/run.js';
import { escapeControl } from '../../src/scenario/escape.js';
import { errorsOf, loadIn, SMALL, writeFiles } from './helpers.js';

describe('control characters are escaped in every message', () => {
  it('escapes C0 (tab and newline too), DEL and C1, and leaves other text alone', () => {
    expect(escapeControl('a\tb\nc\x00d\x7fe\u009bf\u2028g é ✓')).toBe('a\\x09b\\x0ac\\x00d\\x7fe\\u009bf\\u2028g é ✓');
  });

  it('an OSC 52 clipboard write and a screen clear in a value reach the terminal escaped', () => {
    const lines = errorsOf('name: "\\e]52;c;aGVsbG8=\\a\\e[2J\\e[H"\n');
    expect(lines).toEqual([
      `s.yaml:1:7: name: expected lower-case letters, digits, '.', '-' or '_', got "\\x1b]52;c;aGVsbG8=\\x07\\x1b[2J\\x1b[H"`,
    ]);
  });

  it('in a key, in a raw byte of an unknown field and in a C1 control', () => {
    const lines = errorsOf(Buffer.from('horizon_days: 10\n"k\\e[2J": 1\nx\u009by: 2\n', 'utf8'));
    expect(lines).toEqual([expect.stringMatching(/^s\.yaml:2:1: k\\x1b\[2J: unknown field \(and 1 more unknown fields here\); /)]);
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('in a note of a run: the label of an intervention that reached nobody', async () => {
    const timeline =
      'digital: {initial_adopter_share: 0}\ninterventions:\n  - {type: culinary-market, start: 5, label: "x\\e[2J", target: {adopter: true}}\n';
    const dir = writeFiles({ 's.yaml': SMALL + timeline });
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const code = await runCommand({ files: [path.join(dir, 's.yaml')], out: path.join(dir, 'o'), replicates: 1, jobs: 1, quiet: true });
      expect(code).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
    expect(err.join('')).toBe('simulate: s seed 1: interventions[0] (x\\x1b[2J) reached nobody on day 5\n');
  });

  it('in a file name', () => {
    const lines = loadIn(writeFiles({}), ['a\x1b[2Jb.yaml']).lines;
    expect(lines).toEqual(['a\\x1b[2Jb.yaml:1:1: (file): expected a readable scenario file, but there is no file at this path']);
  });
});

describe('rupiah written with thousands separators', () => {
  it.each([
    [
      'products:\n  - {name: kerupuk, price: 6.000, material: singkong}\n',
      's.yaml:2:28: products[0].price: expected whole rupiah without thousands separators, such as 6000, got 6.000 (YAML reads it as 6)',
    ],
    [
      'households:\n  remittance: 1.500.000\n',
      's.yaml:2:15: households.remittance: expected whole rupiah without thousands separators, such as 1500000, got 1.500.000 (YAML reads it as text)',
    ],
    [
      'suppliers:\n  credit_limit: 600,000\n',
      's.yaml:2:17: suppliers.credit_limit: expected whole rupiah without thousands separators, such as 600000, got 600,000 (YAML reads it as text)',
    ],
    [
      'interventions:\n  - {type: hearing, start: 5, cost: {fixed: 5.000.000}}\n',
      's.yaml:2:45: interventions[0].cost.fixed: expected whole rupiah without thousands separators, such as 5000000, got 5.000.000 (YAML reads it as text)',
    ],
    [
      'interventions:\n  - {type: credit-access, start: 5, amount: 2.000}\n',
      's.yaml:2:45: interventions[0].amount: expected whole rupiah without thousands separators, such as 2000, got 2.000 (YAML reads it as 2)',
    ],
  ])('%s', (text, line) => {
    expect(errorsOf(text)).toEqual([line]);
  });

  it('a fraction or a count written the same way is not taken for rupiah', () => {
    expect(errorsOf(`${SMALL}households: {income_volatility: 0.350, size_poor: 4.050}\n`)).toEqual([]);
  });
});

describe('scenario names', () => {
  it('default to the file name, not to the name of the scenario extended', () => {
    const dir = writeFiles({
      'base.yaml': `name: base\n${SMALL}`,
      'my-file.yaml': 'extends: base.yaml\n',
      'named.yaml': 'extends: base.yaml\nname: own\n',
    });
    expect(loadIn(dir, ['my-file.yaml', 'named.yaml', 'base.yaml']).names).toEqual(['my-file', 'own', 'base']);
  });

  it.each(['.', '..', 'a/b', '../x', 'charts', 'report', 'report.html', 'comparison.csv'])('%s is refused', (name) => {
    const lines = errorsOf(`name: "${name}"\n${SMALL}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^s\.yaml:1:7: name: expected (a name other than|lower-case letters)/);
  });

  it('a reserved name that comes from the file name is refused, with the way out', () => {
    expect(errorsOf(SMALL, 'charts.yaml')).toEqual([
      'charts.yaml:1:1: name: expected a name other than charts, report, report.html, comparison.csv (the output folder uses these), got "charts" (the default is the file\'s name; set name: in the file)',
    ]);
  });
});
