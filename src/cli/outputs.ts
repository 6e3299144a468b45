/**
 * Before any run starts: what the call would write over that it did not write itself. Each is a
 * line on stderr and the call stops with exit code 2, having written nothing.
 */
import { folderOwnership } from '../output/owned.js';
import { foreignRootOutputs } from '../output/reportFiles.js';

/** One line per run folder or report file in the way; empty when the call may go ahead. */
export function outputConflicts(runDirs: readonly string[], outDir: string, compare: boolean, png: boolean): string[] {
  const lines: string[] = [];
  for (const dir of runDirs) {
    if (folderOwnership(dir) !== 'foreign') continue;
    lines.push(
      `simulate: --out: expected ${dir} to be absent or a run folder written by simulate (a manifest.json listing its files), but it is something else; move it or choose another --out`,
    );
  }
  if (compare) {
    for (const file of foreignRootOutputs(outDir, png)) {
      lines.push(
        `simulate: --out: expected ${file} to be absent or written by simulate, but it is something else; move it or choose another --out`,
      );
    }
  }
  return lines;
}
