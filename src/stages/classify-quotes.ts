import { copyDrafts, type QuoteDraft } from '../draft.js';

/**
 * Quoted words inside a sentence that no reported clause took in (`called them
 * “deplorables.”`) are a term or a fragment, not an utterance of their own: `other`.
 * Runs after merge-mixed-quotes.ts, which gives such words to a mixed record when a clause
 * reports them. Returns the drafts with their types.
 */
export function classifyQuotes(drafts: readonly QuoteDraft[]): QuoteDraft[] {
  return copyDrafts(drafts, (d) => (d.type === 'direct' && d.embedded ? { type: 'other' } : null));
}
