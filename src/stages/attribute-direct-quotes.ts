import type { Document } from '../document.js';
import { attributedBy, copyDrafts, type QuoteDraft } from '../draft.js';
import { findQuoteCue } from '../rules/quote-cue.js';
import { unattributedConfidence } from '../rules/catalogue.js';
import { cueSpan } from '../layers/cues.js';

/**
 * The cue around each quote in quote marks and the speaker at it: trailing (`“…,” he said`),
 * leading (`Bolton said: “…”`), inside, a paragraph ending `Bolton said:`, a name and a colon,
 * or the person acting in the quote's sentence (src/rules/quote-cue.ts). Reported clauses,
 * which carry their own cue, were attributed by attribute-reported-clauses.ts. Returns copies
 * with speaker, cue, addressee, confidence and rule (and `other` words next to an explicit cue
 * made `direct`).
 */
export function attributeDirectQuotes(doc: Document, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  return copyDrafts(drafts, (d) => (d.cueTokens ? null : { confidence: unattributedConfidence(d.speechLike), ...attributionAtQuoteCue(doc, d) }));
}

function attributionAtQuoteCue(doc: Document, d: QuoteDraft): Partial<QuoteDraft> | null {
  if (d.type !== 'direct' && d.type !== 'other') return null;
  const cue = findQuoteCue(doc, d);
  if (!cue || !cue.attribution) return null;
  // A short quote that did not look like speech is speech when an explicit cue stands next to it.
  const speech = d.type === 'direct' ? null : ({ type: 'direct', speechLike: true } as const);
  if (speech && (!cue.adjacent || (cue.layout !== 'trailing' && cue.layout !== 'leading') || !opensSentence(doc, d))) return null;
  // The verb of a narrative subject is not a reporting cue.
  const reported = cue.layout !== 'narrative-subject';
  return {
    ...speech,
    cueTokens: reported ? cue.cueTokens : null,
    cue: reported ? cueSpan(doc, cue.cueTokens.first, cue.cueTokens.end, cue.lemma) : null,
    speaker: cue.attribution.speaker,
    addressee: cue.attribution.addressee,
    ...attributedBy(d, cue.layout),
  };
}

function opensSentence(doc: Document, d: QuoteDraft): boolean {
  const before = doc.text.slice(doc.paragraphs[d.paragraph]?.start ?? 0, d.outerStart).trimEnd();
  return before === '' || /[.!?:”"]$/u.test(before);
}
