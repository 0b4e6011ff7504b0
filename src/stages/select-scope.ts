import type { QuoteDraft } from '../draft.js';
import type { Scope } from '../types.js';

/**
 * Applies the scope: in `'statements'` (the default) only statements keep their type; every
 * other kind of content (questions, topics, intentions, beliefs, findings) becomes `other`,
 * reported only with `includeNonSpeech`. In `'wide'` attributed content of every kind is
 * `indirect` (beliefs and findings too, which earlier stages mark `other`); only terms stay
 * `other`. Returns copies; `continues` links follow the copies.
 */
export function selectScope(drafts: readonly QuoteDraft[], scope: Scope): QuoteDraft[] {
  const copies = new Map<QuoteDraft, QuoteDraft>();
  for (const d of drafts) {
    const kind = d.contentKind ?? 'statement';
    let type = d.type;
    if (kind === 'term' || kind === 'statement') type = d.type;
    else if (scope === 'statements') type = 'other';
    else if (d.type === 'other') type = 'indirect';
    copies.set(d, type === d.type ? { ...d } : { ...d, type });
  }
  for (const c of copies.values()) if (c.continues) c.continues = copies.get(c.continues) ?? c.continues;
  return [...copies.values()];
}
