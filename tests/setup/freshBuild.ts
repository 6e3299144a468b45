/**
 * Global setup of the command-line and pattern tests: they run the built command (dist/), so a
 * build older than the sources would test old code. Refuse to start instead.
 */
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { findStaleOutputs, staleDistMessage } from '../helpers/staleDist.js';

/** Throws when some file of src/ is newer than its build in dist/. */
export default function checkFreshBuild(): void {
  const message = staleDistMessage(findStaleOutputs(path.join(ROOT, 'src'), path.join(ROOT, 'dist')));
  if (message) throw new Error(message);
}
