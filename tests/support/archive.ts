// A news archive for the mapper and queue tests: synthetic articles in the project's own
// words (scripts/bench-inputs.ts), deterministic, one {"id", "text"} JSON line each.
import { syntheticArticle } from '../../scripts/bench-inputs.js';

export interface ArchiveRecord {
  id: string;
  text: string;
}

export function archiveRecords(n: number, prefix = 'art'): ArchiveRecord[] {
  let serial = 0;
  return Array.from({ length: n }, (_, i) => {
    const { text, fresh } = syntheticArticle(i, serial);
    serial += fresh;
    // Every fourth article is cut short, so that the archive mixes lengths.
    return { id: `${prefix}-${String(i).padStart(4, '0')}`, text: i % 4 === 3 ? text.slice(0, text.indexOf('\n\n', 400) + 1 || undefined) : text };
  });
}

export const toJsonl = (records: readonly unknown[]): string => records.map((r) => JSON.stringify(r) + '\n').join('');
