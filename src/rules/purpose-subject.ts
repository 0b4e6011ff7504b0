import type { Document } from '../document.js';
import { OBJECT_PRONOUNS, RELATIVE_OR_EXPLETIVE } from '../data/pronouns.js';
import { GERUND_PREPOSITIONS } from '../data/clause-words.js';
import { findSpeakerAtCue, type SpeakerAtCue } from './speaker-at-cue.js';
import { isCapitalized } from './speaker-mentions.js';
import { W, hasWordClass } from '../layers/word-classes.js';

// An infinitive or a gerund after a preposition has no subject of its own: `Julia Hahn will come
// on the show to talk about …`, `The campaign did not respond to requests to comment on …`,
// `Obama began his presidency by essentially telling …`, `Comey did go out of his way to
// criticize …`. PolNeAR gives such a cue the subject of the clause's finite verb. The clause
// rules' own readings (a participle, a verb's complement: quote-cue.ts) come first; this one is
// read only when they found no speaker.

/** Words back from `to` (or the preposition) to the clause's verb. */
const MAX_TO_VERB = 12;

/**
 * The subject of the finite verb whose clause holds the infinitive or gerund cue at
 * `cueFirst`, or null: when no such verb stands in the clause before it, when a punctuation
 * mark or another verb form comes between, or when a name or an object pronoun between them
 * may be the one who does it (`asked Sullivan to send`, `chastised Snyder for refusing`).
 */
export function purposeClauseSubject(doc: Document, cueFirst: number, floor: number): SpeakerAtCue | null {
  const { tokens } = doc;
  const cue = tokens[cueFirst]!;
  let p = cueFirst - 1;
  while (p >= floor && tokens[p]!.pos === 'ADV') p--;
  const opener = tokens[p];
  const infinitive = opener?.lower === 'to' && opener.pos === 'PART';
  const gerund = cue.lower.endsWith('ing') && opener?.pos === 'ADP' && GERUND_PREPOSITIONS.has(opener.lower);
  if (p < floor || (!infinitive && !gerund)) return null;
  for (let v = p - 1; v >= floor && p - v <= MAX_TO_VERB; v--) {
    const w = tokens[v]!;
    // (`her` before a noun is a possessive: `began her term by telling`.)
    const possessive = hasWordClass(w, W.POSSESSIVE_DETERMINER) && (tokens[v + 1]?.pos === 'NOUN' || tokens[v + 1]?.pos === 'ADJ');
    if (w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'CCONJ' || (w.pos === 'PRON' && !possessive && !OBJECT_PRONOUNS.has(w.lower))) return null;
    if ((w.pos === 'PROPN' && isCapitalized(w)) || (OBJECT_PRONOUNS.has(w.lower) && !possessive)) return null;
    if (w.pos !== 'VERB' && w.pos !== 'AUX') continue;
    // Another infinitive or a participle before it: its own subject is not read here.
    if (w.lower.endsWith('ing') || tokens[v - 1]?.lower === 'to') return null;
    const at = findSpeakerAtCue(doc, { first: v, end: v + 1 });
    return at && at.side === 'before' && !RELATIVE_OR_EXPLETIVE.has(at.mention.pronoun ?? '') ? at : null;
  }
  return null;
}
