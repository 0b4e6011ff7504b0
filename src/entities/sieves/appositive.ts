// Sieve 2: appositives and role appositives. "Ann Petrie, the mayor of Lakeland," and
// "the mayor, Ann Petrie," ("an aide to the mayor, Jo Kim,") and "Mayor Ann Petrie" all make "mayor" a descriptor of Ann
// Petrie, which the role-nominal sieve later reads ("the mayor said" → Ann Petrie).
import type { AnalyzedText } from '../../document.js';
import { ROLE_NOUNS } from '../../data/lexicon.generated.js';
import { TITLE_WORDS } from '../../data/titles.js';
import type { EntityLayer } from '../types.js';
import { ARTICLES } from '../../data/function-words.js';
import { ROLE_PREPOSITIONS } from '../../data/clause-words.js';
import { THIRD_PERSON_POSSESSIVES } from '../../data/pronouns.js';

/**
 * Adds to each mention a role written just before it with a comma; the mention's own
 * titles and appositive after it were read with the mention. The entity merges them once.
 */
export function appositiveSieve(doc: AnalyzedText, layer: EntityLayer): void {
  const { tokens } = doc;
  for (const m of layer.mentions) {
    // "the mayor, Ann Petrie,", "an attorney for Hunt, Rosa Klein,", "his wife, Nora
    // Reid,", "Apple's chief executive, Tim Cook,": a role phrase opened by an article, a
    // possessive or an owner's name and a comma right before the name.
    if (tokens[m.firstToken - 1]?.text !== ',') continue;
    let j = m.firstToken - 2;
    const last = j;
    while (j >= 0 && last - j < 8 && !opensRole(tokens[j]!.lower) && !isPossessive(tokens[j]!.lower) && tokens[j]!.text !== ',' && tokens[j]!.pos !== 'VERB') j--;
    if (j < 0 || last < j + 1) continue;
    // "Apple's chief executive, Tim Cook,": the owner's capitalised name before "'s" opens the role.
    if (isPossessive(tokens[j]!.lower)) {
      let o = j - 1;
      while (o > 0 && isCapitalised(tokens[o - 1]!.text) && last - o < 10) o--;
      if (o < 0 || !isCapitalised(tokens[o]!.text)) continue;
      j = o - 1;
      if (j < 0 || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN') continue;
      j++;
    } else if (!opensRole(tokens[j]!.lower)) continue;
    // The head is the last word, or the role noun before "for"/"of"/"at" ("an attorney for Hunt").
    let h = last;
    for (let k = j + 1; k < last; k++) {
      if (ROLE_PREPOSITIONS.has(tokens[k]!.lower)) {
        h = k - 1;
        break;
      }
    }
    if (h <= j || !isRoleWord(tokens[h]!.lower)) continue;
    m.descriptors.push(doc.text.slice(tokens[j]!.start, tokens[last]!.end));
    m.personEvidence = true;
  }
}

const isRoleWord = (w: string): boolean => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w);
/** An article or a possessive pronoun opens the role ("the mayor", "an attorney for Hunt", "his wife"). */
const opensRole = (w: string): boolean => ARTICLES.has(w) || THIRD_PERSON_POSSESSIVES.has(w);
const isPossessive = (w: string): boolean => w === "'s" || w === '’s';
const isCapitalised = (w: string): boolean => CAPITALISED.test(w);
const CAPITALISED = /^\p{Lu}/u;
