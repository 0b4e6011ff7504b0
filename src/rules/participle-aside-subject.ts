import type { Document } from '../document.js';
import { RELATIVE_OR_EXPLETIVE } from '../data/pronouns.js';
import { findSpeakerAtCue, type SpeakerAtCue } from './speaker-at-cue.js';

// `The Journal, citing internal documents, reported …`, `Sen. Dana Ortiz, noting the size of the
// crowd, said …`: a participle cue set off by commas between a subject and its verb is that
// subject's. The clause rules do not read it (a participle after a comma belongs to the main
// clause, whose subject comes after it here); the main verb's speaker, found over the aside, is.
// Read only when the clause rules found no speaker (attribute-reported-clauses.ts).

/** Tokens from the participle to the comma that closes its aside. */
const MAX_ASIDE = 30;

/**
 * The speaker of the verb after the comma that closes the aside opened by the participle cue at
 * `cueFirst`, when that speaker ends right before the aside; null otherwise.
 */
export function participleAsideSubject(doc: Document, cueFirst: number): SpeakerAtCue | null {
  const { tokens } = doc;
  const cue = tokens[cueFirst]!;
  const open = tokens[cueFirst - 1];
  if (!cue.lower.endsWith('ing') || open?.text !== ',') return null;
  const sentence = cue.sentence;
  for (let k = cueFirst + 1; k < tokens.length && k - cueFirst <= MAX_ASIDE && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.text !== ',') continue;
    let v = k + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    const verb = tokens[v];
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || verb.lower.endsWith('ing')) return null;
    const at = findSpeakerAtCue(doc, { first: v, end: v + 1 });
    // The main verb's subject must end right before the aside (not a phrase inside it).
    // (Over a parenthesis: "Sen. Dana Ortiz (D-Ohio), noting …, said".)
    const end = at?.speakerTokens.end ?? -1;
    const adjacent = end === cueFirst - 1 || (tokens[end]?.text === '(' && tokens[cueFirst - 2]?.text === ')');
    return at && at.side === 'before' && adjacent && !RELATIVE_OR_EXPLETIVE.has(at.mention.pronoun ?? '') ? at : null;
  }
  return null;
}
