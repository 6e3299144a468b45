import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { simulateHere } from '../helpers/capture.js';

const METRICS = 'period,day,days,income_mean\n0,0,0,\n1,30,30,1000\n';

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** An output tree with one run whose manifest lists its metrics.csv with this hash. */
function tree(metrics = METRICS, hash = sha(METRICS)): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 's/seed-1'), { recursive: true });
  writeFileSync(path.join(dir, 's/seed-1/metrics.csv'), metrics);
  writeFileSync(path.join(dir, 's/seed-1/manifest.json'), JSON.stringify({ seed: 1, files: { 'metrics.csv': hash } }));
  return dir;
}

async function compare(a: string, b: string) {
  return simulateHere(['compare', a, b]);
}

describe('simulate compare on trees it cannot read as they are', () => {
  it('a symbolic link to nothing: one line naming it, exit 2', async () => {
    const b = tree();
    symlinkSync(path.join(b, 'gone'), path.join(b, 's/seed-1/extra.csv'));
    const r = await compare(tree(), b);
    expect(r.stderr).toBe(
      `simulate: compare: ${path.join(b, 's/seed-1/extra.csv')}: expected a file or a folder, got a symbolic link to nothing\n`,
    );
    expect([r.code, r.stdout]).toEqual([2, '']);
  });

  it('a loop of symbolic links: one line naming it, exit 2', async () => {
    const a = tree();
    symlinkSync(path.join(a, 'loop2'), path.join(a, 'loop1'));
    symlinkSync(path.join(a, 'loop1'), path.join(a, 'loop2'));
    const r = await compare(a, tree());
    expect(r.stderr).toBe(`simulate: compare: ${path.join(a, 'loop1')}: expected a file or a folder, got a loop of symbolic links\n`);
    expect(r.code).toBe(2);
  });

  it('a symbolic link to a folder above it, which would be walked for ever: one line, exit 2', async () => {
    const a = tree();
    symlinkSync(a, path.join(a, 's/up'));
    const r = await compare(a, tree());
    expect(r.stderr).toBe(
      `simulate: compare: ${path.join(a, 's/up')}: expected a file or a folder, got a symbolic link to a folder that contains it\n`,
    );
    expect(r.code).toBe(2);
  });

  it('a named pipe, which a read would wait on for ever: one line, exit 2', async () => {
    const a = tree();
    execFileSync('mkfifo', [path.join(a, 's/seed-1/agents.csv')]);
    const r = await compare(a, tree());
    expect(r.stderr).toBe(`simulate: compare: ${path.join(a, 's/seed-1/agents.csv')}: expected a file or a folder, got a named pipe\n`);
    expect(r.code).toBe(2);
  });

  it('a tree given as a dangling link or as a file: one line, exit 2', async () => {
    const dir = tempDir();
    symlinkSync(path.join(dir, 'gone'), path.join(dir, 'link'));
    writeFileSync(path.join(dir, 'file'), 'x\n');
    const link = await compare(path.join(dir, 'link'), tree());
    expect([link.stderr, link.code]).toEqual([
      `simulate: compare: ${path.join(dir, 'link')}: expected an output directory, got a symbolic link to nothing\n`,
      2,
    ]);
    const file = await compare(tree(), path.join(dir, 'file'));
    expect([file.stderr, file.code]).toEqual([
      `simulate: compare: ${path.join(dir, 'file')}: expected an output directory, but it is a file\n`,
      2,
    ]);
  });

  it('follows a symbolic link to a file like the file itself', async () => {
    const a = tree();
    const b = tree();
    writeFileSync(path.join(b, 'notes.txt'), 'n\n');
    writeFileSync(path.join(a, 'elsewhere.txt'), 'n\n');
    symlinkSync(path.join(a, 'elsewhere.txt'), path.join(a, 'notes.txt'));
    const r = await compare(a, b);
    expect(r.stdout.split('\n')[0]).toMatch(/^differ: 1 of 4 files differ/);
    expect(r.stdout).toContain('elsewhere.txt: only in');
    expect(r.code).toBe(1);
  });
});

describe('simulate compare on files changed after their run wrote them', () => {
  it('two equal trees whose file no longer matches its manifest: not "identical" but exit 2, naming the file', async () => {
    const edited = METRICS.replace('1000', '1001');
    const a = tree(edited);
    const b = tree(edited);
    const r = await compare(a, b);
    expect(r.stderr).toBe(
      [a, b]
        .map(
          (t) =>
            `simulate: compare: ${path.join(t, 's/seed-1/metrics.csv')}: expected the SHA-256 that ${path.join(t, 's/seed-1/manifest.json')} records, but the file was changed after it was written\n`,
        )
        .join(''),
    );
    expect([r.code, r.stdout]).toEqual([2, '']);
  });

  it('a manifest that lists a file no longer there: exit 2', async () => {
    const a = tree();
    writeFileSync(
      path.join(a, 's/seed-1/manifest.json'),
      JSON.stringify({ files: { 'metrics.csv': sha(METRICS), 'agents.csv': sha('') } }),
    );
    const r = await compare(a, tree());
    expect(r.stderr).toBe(
      `simulate: compare: ${path.join(a, 's/seed-1/agents.csv')}: expected the file ${path.join(a, 's/seed-1/manifest.json')} lists, but there is none\n`,
    );
    expect(r.code).toBe(2);
  });

  it('a changed file with its manifest brought up to date is an ordinary difference, exit 1', async () => {
    const edited = METRICS.replace('1000', '1001');
    const r = await compare(tree(), tree(edited, sha(edited)));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('row 2 (period 1, line 3), column income_mean: 1000 -> 1001');
    expect(r.code).toBe(1);
  });
});

describe('simulate compare on file names with terminal control characters', () => {
  it('writes them escaped, on stdout and stderr', async () => {
    const odd = 'notes\u001b]52;c;aGk=\u0007\u001b[2J.txt';
    const a = tree();
    writeFileSync(path.join(a, odd), 'x\n');
    const listed = await compare(a, tree());
    expect(listed.stdout).toContain('notes\\x1b]52;c;aGk=\\x07\\x1b[2J.txt: only in');
    expect(listed.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    symlinkSync(path.join(a, 'gone'), path.join(a, `${odd}.link`));
    const bad = await compare(a, tree());
    expect(bad.stderr).toContain('notes\\x1b]52;c;aGk=\\x07\\x1b[2J.txt.link: expected a file or a folder');
    expect(bad.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
