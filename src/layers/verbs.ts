// Questions about a verb in its clause, asked of cue words (stages/find-reporting-cues.ts fills
// them into the cue layer) and of other verbs a rule takes as an attribution.
import type { Document } from '../document.js';
import { clauseStart } from './clauses.js';
import { W, hasWordClass } from '../layers/word-classes.js';

/** `he was formally called`, `Bolton was asked`: a be-form before the participle, in its clause. */
export function isPassive(doc: Pick<Document, 'tokens' | 'clauses'>, verb: number): boolean {
  const t = doc.tokens[verb]!;
  if (t.lower.endsWith('ing') || t.lower === t.lemma) return false;
  const floor = clauseStart(doc, verb);
  for (let i = verb - 1; i >= floor; i--) {
    const w = doc.tokens[i]!;
    // `Sanders's attacks on`: a possessive `'s` is no form of `be`.
    if (w.pos === 'PART' && hasWordClass(w, W.POSSESSIVE_ENDING)) return false;
    if (hasWordClass(w, W.BE_FORM)) return true;
    if (w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}
