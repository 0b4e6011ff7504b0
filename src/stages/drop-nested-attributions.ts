import { copyDrafts, type QuoteDraft } from '../draft.js';
import { firstIndexWhere } from '../sorted.js';
import { NESTED_NOT_REPORTED } from '../data/content-kinds.js';

/**
 * A belief, finding, question, intention or topic whose cue stands inside the content of
 * another reported record (`He said he hoped it would encourage a dialogue`, `said that she
 * wanted to speak`, `declined to comment on the ruling`) is part of what that record reports;
 * annotators of attributions do not count it again (on PolNeAR dev 8 of 57 such beliefs were
 * right; of the nested topics on train 64 of 162). Nested statements stay (`Police have
 * said they have …`, `Ruiz said the vote was delayed, the clerk said.` are annotated both ways).
 * Needs `contentKind` (classify-content.ts). Returns the drafts kept.
 */
export function dropNestedAttributions(drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const hosts = drafts.filter((d) => d.type !== 'other' || d.cue !== null).sort((a, b) => a.start - b.start);
  const nested = new Set<QuoteDraft>();
  for (const d of drafts) {
    if (!d.cue || !NESTED_NOT_REPORTED.has(d.contentKind ?? 'statement')) continue;
    const cue = d.cue;
    // Hosts start before the cue; among them, one that also ends after it holds it.
    const upTo = firstIndexWhere(hosts, (h) => h.start > cue.start);
    for (let i = upTo - 1; i >= 0 && i >= upTo - 8; i--) {
      const h = hosts[i]!;
      if (h !== d && h.end >= cue.end && h.type !== 'direct') {
        nested.add(d);
        break;
      }
    }
  }
  if (nested.size === 0) return [...drafts];
  const kept = drafts.filter((d) => !nested.has(d));
  // A draft that continued a dropped one now starts its utterance (a copy: the input stays as it was).
  return copyDrafts(kept, (d) => (d.continues && nested.has(d.continues) ? { continues: null } : null));
}
