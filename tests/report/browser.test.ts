import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, INSTALL_HINT, inspectPage, type PageFacts } from '../helpers/browser.js';
import { ROOT, simulate, tempDir } from '../helpers/cli.js';

/** The page a person scrolls through: past this, the report is no longer read. */
const MAX_HEIGHT = 20_000;
const SCENARIOS = ['balewangi', 'culinary-market', 'digital-promotion', 'crisis'].map((s) => `scenarios/${s}.yaml`);
/** One picture per build for a person to look at (out/ is not tracked). */
const SCREENSHOT = path.join(ROOT, 'out', 'report.png');

describe('report.html in a real browser', () => {
  let html = '';
  let report = '';
  let facts: PageFacts;

  beforeAll(async () => {
    // No skipping: a machine without chromium fails here, saying how to get it.
    if (!existsSync(CHROMIUM)) throw new Error(INSTALL_HINT);
    const out = path.join(tempDir(), 'o');
    const r = simulate([...SCENARIOS, '--replicates', '2', '--quiet', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    report = path.join(out, 'report.html');
    html = readFileSync(report, 'utf8');
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    facts = await inspectPage(report, SCREENSHOT);
  });

  it(`stays under ${MAX_HEIGHT} px tall`, () => {
    expect(facts.height).toBeGreaterThan(1000);
    expect(facts.height).toBeLessThan(MAX_HEIGHT);
  });

  it('draws every chart as a non-empty SVG', () => {
    const figures = html.match(/<figure>/g)?.length ?? 0;
    expect(figures).toBeGreaterThanOrEqual(6);
    expect(facts.charts).toHaveLength(figures);
    for (const c of facts.charts) {
      expect(c.elements).toBeGreaterThan(10);
      expect(c.width).toBeGreaterThan(100);
      expect(c.height).toBeGreaterThan(50);
    }
  });

  it('requests nothing from the network: no http(s) in src or href, no request but the file itself', () => {
    expect(html.match(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\/[^"'\s>]*/gi) ?? []).toEqual([]);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    expect(facts.requests).toEqual([pathToFileURL(report).href]);
  });

  it('keeps a screenshot of the page under out/', () => {
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
  });
});
