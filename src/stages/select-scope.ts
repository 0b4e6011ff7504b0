import { copyDrafts, type QuoteDraft } from '../draft.js';
import type { Scope } from '../types.js';
import { confidenceForContent } from '../rules/catalogue.js';

/**
 * Applies the scope: in `'statements'` (the default) only statements keep their type; every
 * other kind of content (questions, topics, intentions, beliefs, findings) becomes `other`,
 * reported only with `includeNonSpeech`. In `'wide'` attributed content of every kind is
 * `indirect` (beliefs and findings too, which earlier stages mark `other`); only terms stay
 * `other`. A content kind caps the confidence (CONTENT_KIND_CONFIDENCE). Returns copies of
 * the drafts it changes; `continues` links follow the copies.
 */
export function selectScope(drafts: readonly QuoteDraft[], scope: Scope): QuoteDraft[] {
  return copyDrafts(drafts, (d) => {
    const kind = d.contentKind ?? 'statement';
    if (kind === 'term' || kind === 'statement') return null;
    const type = scope === 'statements' ? 'other' : d.type === 'other' ? 'indirect' : d.type;
    // Content that is not a statement is as sure as its rule and kind are on polnear_train (#14).
    const confidence = confidenceForContent(d.rule, kind, d.confidence);
    if (type === d.type && confidence === d.confidence) return null;
    return { type, confidence };
  });
}
