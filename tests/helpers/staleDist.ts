/** Finds compiled files in dist/ that are missing or older than their TypeScript source in src/. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Source files (relative to `srcDir`, sorted) whose `.js` in `distDir` is missing or older than the source. */
export function findStaleOutputs(srcDir: string, distDir: string): string[] {
  const stale: string[] = [];
  const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'))
    .sort();
  for (const rel of sources) {
    const out = path.join(distDir, rel.replace(/\.ts$/, '.js'));
    if (!existsSync(out) || statSync(out).mtimeMs < statSync(path.join(srcDir, rel)).mtimeMs) stale.push(rel.split(path.sep).join('/'));
  }
  return stale;
}

/** The message for stale outputs, naming the first few; empty when there are none. */
export function staleDistMessage(stale: readonly string[]): string {
  if (stale.length === 0) return '';
  const shown = stale.slice(0, 3).map((rel) => `src/${rel}`);
  const more = stale.length > shown.length ? ` and ${stale.length - shown.length} more` : '';
  return `dist/ is older than src/: run npm run build (newer than their build: ${shown.join(', ')}${more})`;
}
