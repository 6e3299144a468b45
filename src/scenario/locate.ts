/**
 * Finds where in the files of an `extends` chain a field was set, so that a problem is reported at
 * the line and column the user can fix. Each lookup follows the path through the mapping indexes
 * built while parsing, so it costs the path's length, not the file's.
 */
import { isMap, isSeq, type Node } from 'yaml';
import type { ParsedText } from './parse.js';

/** A parsed file of an `extends` chain. */
export interface SourceFile extends ParsedText {
  /** The path shown to users. */
  readonly file: string;
  readonly abs: string;
}

/** Position of the deepest node along `fieldPath` in one file, and how deep it reached. */
function findNode(src: SourceFile, fieldPath: readonly PropertyKey[], wantKey: boolean): { depth: number; offset: number } {
  let node: Node | null | undefined = src.doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  let depth = 0;
  for (let k = 0; k < fieldPath.length && node; k++) {
    const seg = fieldPath[k];
    const last = k === fieldPath.length - 1;
    if (isMap(node)) {
      const pair = src.index.get(node)?.get(String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      offset = (last && wantKey) || !valueNode?.range ? (keyNode?.range?.[0] ?? offset) : valueNode.range[0];
      node = valueNode;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      node = node.items[seg] as Node;
      offset = node?.range?.[0] ?? offset;
    } else break;
    depth = k + 1;
  }
  return { depth, offset };
}

/** The file, line and column that set the value at `fieldPath` (the most derived file wins). */
export function locate(chain: readonly SourceFile[], fieldPath: readonly PropertyKey[], wantKey = false) {
  let best = chain[0];
  let bestDepth = -1;
  let bestOffset = 0;
  for (const src of chain) {
    const { depth, offset } = findNode(src, fieldPath, wantKey);
    if (depth > bestDepth) {
      best = src;
      bestDepth = depth;
      bestOffset = offset;
    }
    if (depth === fieldPath.length) break;
  }
  const pos = best.lines.linePos(bestOffset);
  return { file: best.file, line: pos.line, col: pos.col };
}
