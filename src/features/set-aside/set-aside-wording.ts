import type { Paper } from '../../domain/model';
import { cleanTexText } from '../../domain/text';

function quoteTitle(paper: Paper): string {
  return `“${cleanTexText(paper.title)}”`;
}

function describeCount(count: number): string {
  if (count === 0) return 'No paper is set aside now.';
  return count === 1 ? '1 paper is set aside now.' : `${count} papers are set aside now.`;
}

/**
 * Writes the sentence a screen reader announces when the set-aside papers change from `previous` to `current`, or
 * returns undefined when the same papers are set aside.
 */
export function describeSetAsideChange(previous: readonly Paper[], current: readonly Paper[]): string | undefined {
  const previousIds = new Set(previous.map((paper) => paper.id));
  const currentIds = new Set(current.map((paper) => paper.id));
  const added = current.filter((paper) => !previousIds.has(paper.id));
  const restored = previous.filter((paper) => !currentIds.has(paper.id));

  if (added.length === 0 && restored.length === 0) return undefined;
  if (added.length === 1 && restored.length === 0) return `${quoteTitle(added[0]!)} was set aside from the record.`;
  if (restored.length === 1 && added.length === 0) return `${quoteTitle(restored[0]!)} is back in the record.`;
  if (current.length === 0) return `All ${restored.length} set-aside papers are back in the record.`;
  return describeCount(current.length);
}
