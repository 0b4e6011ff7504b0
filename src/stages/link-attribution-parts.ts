import { copyDrafts, type QuoteDraft } from '../draft.js';

/**
 * Links the parts of one attribution (#14): reported clauses found at the same cue (`The museum,
 * Mr. Bush said, celebrated …`, `[The plant] seems [to be closing]`, `[which] he said [were
 * …]`) are one content in two or more parts, so each later part `continues` the one before it,
 * as the fragments of a direct quote do. Drafts of the quote marks (already linked by
 * find-direct-quotes.ts) are left as they are. Returns copies of the drafts it changes.
 */
export function linkAttributionParts(drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const byCue = new Map<string, QuoteDraft[]>();
  for (const d of drafts) {
    if (!d.cueTokens || d.continues) continue;
    const key = `${d.cueTokens.first}:${d.cueTokens.end}`;
    const group = byCue.get(key);
    if (group) group.push(d);
    else byCue.set(key, [d]);
  }
  const previous = new Map<QuoteDraft, QuoteDraft>();
  for (const group of byCue.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.start - b.start || a.end - b.end);
    for (let n = 1; n < group.length; n++) if (group[n]!.start >= group[n - 1]!.end) previous.set(group[n]!, group[n - 1]!);
  }
  if (previous.size === 0) return [...drafts];
  return copyDrafts(drafts, (d) => {
    const p = previous.get(d);
    return p ? { continues: p } : null;
  });
}
