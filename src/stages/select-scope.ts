import { copyDrafts, type QuoteDraft } from '../draft.js';
import type { Scope } from '../types.js';

/**
 * Applies the scope: in `'statements'` (the default) only statements keep their type; every
 * other kind of content (questions, topics, intentions, beliefs, findings) becomes `other`,
 * reported only with `includeNonSpeech`. In `'wide'` attributed content of every kind is
 * `indirect` (beliefs and findings too, which earlier stages mark `other`); only terms stay
 * `other`. Returns copies of the drafts it changes; `continues` links follow the copies.
 */
export function selectScope(drafts: readonly QuoteDraft[], scope: Scope): QuoteDraft[] {
  return copyDrafts(drafts, (d) => {
    const kind = d.contentKind ?? 'statement';
    if (kind === 'term' || kind === 'statement') return null;
    const type = scope === 'statements' ? 'other' : d.type === 'other' ? 'indirect' : d.type;
    return type === d.type ? null : { type };
  });
}
