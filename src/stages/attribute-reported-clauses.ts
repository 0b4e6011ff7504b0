import type { Document } from '../document.js';
import { attributedBy, copyDrafts, type QuoteDraft } from '../draft.js';
import { attributionAtVerb } from '../rules/quote-cue.js';
import { FINDING_RULES, findingRuleOf, isSourceless, unattributedConfidence } from '../rules/catalogue.js';
import { clauseStart } from '../layers/clauses.js';
import { cueAt, cueSpan } from '../layers/cues.js';

/**
 * The speaker of each reported clause (and mixed quote), sought around the cue the clause
 * stage found: the subject before it, the phrase after an inverted or `according to` cue, the
 * clause's subject for a participle (`…, saying that …`). Drafts without a cue of their own
 * (the quoted ones) are left to attribute-direct-quotes.ts. Returns copies with speaker, cue,
 * addressee, confidence and rule.
 */
export function attributeReportedClauses(doc: Document, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  return copyDrafts(drafts, (d) => (d.cueTokens ? { confidence: unattributedConfidence(d.speechLike), ...attributionAtClauseCue(doc, d, d.cueTokens) } : null));
}

function attributionAtClauseCue(doc: Document, d: QuoteDraft, cueTokens: { first: number; end: number }): Partial<QuoteDraft> | null {
  const first = doc.tokens[cueTokens.first];
  const last = doc.tokens[cueTokens.end - 1];
  if (!first || !last) return null;
  const cue = d.cue ?? cueSpan(doc, cueTokens.first, cueTokens.end, cueAt(doc, cueTokens.first)?.lemma ?? first.lemma);
  // No source: the subject before `is expected` / `was charged with` is a part of the content.
  if (isSourceless(d.rule)) return { cue, confidence: FINDING_RULES[findingRuleOf(d.rule)].confidence };
  // A participle or second verb takes its clause's subject ("…, saying that …").
  const found = attributionAtVerb(doc, cueTokens, clauseStart(doc, cueTokens.first, 60));
  if (!found) return { cue };
  const at = found.attribution;
  const by = found.inherited ? 'speaker-clause-subject' : at.side === 'before' ? 'speaker-before' : 'speaker-after';
  return { cue, speaker: at.speaker, addressee: at.addressee, ...attributedBy(d, by) };
}
