// Sieve 2: appositives and role appositives. "Ann Petrie, the mayor of Lakeland," and
// "the mayor, Ann Petrie," and "Mayor Ann Petrie" all make "mayor" a descriptor of Ann
// Petrie, which the role-nominal sieve later reads ("the mayor said" → Ann Petrie).
import type { AnalyzedText } from '../../document.js';
import { ROLE_NOUNS } from '../../data/lexicon.generated.js';
import { TITLE_WORDS } from '../../data/titles.js';
import type { EntityLayer } from '../types.js';

/**
 * Adds to each mention a role written just before it with a comma; the mention's own
 * titles and appositive after it were read with the mention. The entity merges them once.
 */
export function appositiveSieve(doc: AnalyzedText, layer: EntityLayer): void {
  const { tokens } = doc;
  for (const m of layer.mentions) {
    // "the mayor, Ann Petrie,": a definite role phrase and a comma right before the name.
    if (tokens[m.firstToken - 1]?.text !== ',') continue;
    let j = m.firstToken - 2;
    const last = j;
    while (j >= 0 && last - j < 8 && tokens[j]!.lower !== 'the' && tokens[j]!.text !== ',' && tokens[j]!.pos !== 'VERB') j--;
    if (j < 0 || tokens[j]!.lower !== 'the' || last < j + 1) continue;
    const head = tokens[last]!;
    if (!ROLE_NOUNS.has(head.lower) && !TITLE_WORDS.has(head.lower)) continue;
    m.descriptors.push(doc.text.slice(tokens[j]!.start, head.end));
    m.personEvidence = true;
  }
}
