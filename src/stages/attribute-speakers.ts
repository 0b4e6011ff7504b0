import type { AnalyzedText } from '../document.js';
import type { QuoteDraft } from '../draft.js';

/** Fills speaker, cue, addressee, confidence and rule of each draft. (Attribution issue.) */
export function attributeSpeakers(_doc: AnalyzedText, drafts: QuoteDraft[]): void {
  for (const d of drafts) d.confidence = d.speechLike ? 0.5 : 0.2;
}
