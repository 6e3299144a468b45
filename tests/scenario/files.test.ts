import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRefusal, MAX_SCENARIO_BYTES, readScenarioText } from '../../src/scenario/readText.js';
import { loadIn, SMALL, writeFiles } from './helpers.js';

const CAP = `at most ${MAX_SCENARIO_BYTES} bytes`;

describe('only regular files under the size cap are read', () => {
  it.each([
    ['/dev/zero', 'a device'],
    ['/dev/urandom', 'a device'],
  ])('a scenario at %s is refused before reading', (device, kind) => {
    const dir = writeFiles({ 'good.yaml': SMALL });
    symlinkSync(device, path.join(dir, 'dev.yaml'));
    const r = loadIn(dir, ['dev.yaml', 'good.yaml']);
    expect(r.lines).toEqual([`dev.yaml:1:1: (file): expected a regular scenario file of ${CAP}, but it is ${kind}`]);
    expect(r.names).toEqual(['good']);
  });

  it('a named pipe is refused without waiting for a writer', () => {
    const dir = writeFiles({});
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    expect(loadIn(dir, ['pipe.yaml']).lines).toEqual([
      `pipe.yaml:1:1: (file): expected a regular scenario file of ${CAP}, but it is a named pipe`,
    ]);
  });

  it('a directory is refused', () => {
    const dir = writeFiles({});
    mkdirSync(path.join(dir, 'd.yaml'));
    expect(loadIn(dir, ['d.yaml']).lines).toEqual([
      `d.yaml:1:1: (file): expected a regular scenario file of ${CAP}, but it is a directory`,
    ]);
  });

  it('a file one byte over the cap is refused; one at the cap is read', () => {
    const pad = (n: number) => SMALL + '#'.repeat(n - SMALL.length - 1) + '\n';
    const dir = writeFiles({ 'over.yaml': pad(MAX_SCENARIO_BYTES + 1), 'at.yaml': pad(MAX_SCENARIO_BYTES) });
    const r = loadIn(dir, ['over.yaml', 'at.yaml']);
    expect(r.lines).toEqual([
      `over.yaml:1:1: (file): expected a regular scenario file of ${CAP}, but it is larger than ${MAX_SCENARIO_BYTES} bytes`,
    ]);
    expect(r.names).toEqual(['at']);
  });
});

describe('the size cap holds whatever fstat says', () => {
  // /proc files are regular files that fstat gives as 0 bytes long, like a file that grows after the check.
  it('a file longer than the cap with a size of 0 is refused after cap + 1 bytes', () => {
    expect(statSync('/proc/self/maps').size).toBe(0);
    expect(() => readScenarioText('/proc/self/maps', 64)).toThrow(new FileRefusal('it is larger than 64 bytes'));
    expect(readScenarioText('/proc/self/maps', MAX_SCENARIO_BYTES).length).toBeGreaterThan(64);
  });
});

describe('extends', () => {
  it('follows the same rules: a device behind a .yaml name is refused at the extends line', () => {
    const dir = writeFiles({ 'child.yaml': 'horizon_days: 5\nextends: zero.yaml\n' });
    symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    expect(loadIn(dir, ['child.yaml']).lines).toEqual([
      `child.yaml:2:10: extends: expected a regular scenario file of ${CAP}, but "zero.yaml": it is a device`,
    ]);
  });

  it('reads only .yaml and .yml paths', () => {
    const dir = writeFiles({ 'child.yaml': 'extends: /etc/passwd\n' });
    expect(loadIn(dir, ['child.yaml']).lines).toEqual([
      'child.yaml:1:10: extends: expected the path of a .yaml or .yml scenario file, got "/etc/passwd"',
    ]);
  });

  it('a base that is not a scenario gives one line naming it, none of its content', () => {
    const secret = 'root: x:0:0:root:/root:/bin/bash\ndaemon: x:1:1:daemon:/usr/sbin\ntoken: s3cr3t-value\n';
    const dir = writeFiles({ 'child.yaml': 'extends: notes.yml\n', 'notes.yml': secret });
    const lines = loadIn(dir, ['child.yaml']).lines;
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /notes\.yml:1:1: \(root\): expected a scenario \(fields such as horizon_days or population\), but none of its 3 top-level keys is a scenario field$/,
    );
    expect(lines[0]).not.toMatch(/x:0:0|daemon|s3cr3t/);
  });

  it('a chain deeper than 16 files is refused at the extends that passes the limit', () => {
    const files: Record<string, string> = { 'f0.yaml': SMALL };
    for (let k = 1; k <= 20; k++) files[`f${k}.yaml`] = `extends: f${k - 1}.yaml\n`;
    const dir = writeFiles(files);
    const r = loadIn(dir, ['f20.yaml', 'f15.yaml']);
    expect(r.lines).toEqual([expect.stringMatching(/f5\.yaml:1:10: extends: expected a chain of at most 16 files, got a longer one$/)]);
    expect(r.names).toEqual(['f15']);
  });
});
