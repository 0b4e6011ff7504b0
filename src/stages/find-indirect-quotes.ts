import type { AnalyzedText } from '../document.js';
import type { QuoteDraft } from '../draft.js';

/**
 * Reported speech without quote marks (`X said that …`, `…, X said.`, `according to X, …`)
 * and mixed quotes (a reported clause with quoted words). Returns new drafts with their
 * cue set; speakers are found by attribute-speakers.ts. (Indirect-quotes issue.)
 */
export function findIndirectQuotes(_doc: AnalyzedText, _direct: QuoteDraft[]): QuoteDraft[] {
  return [];
}
