// After the sieves: a person the article's own prose names only by surname ("President Obama",
// "Mr. Obama") takes the given name the article writes before that surname inside quote marks
// ("Barack Obama Election Day"), as the fullest form the article has (docs/names.md). Quoted
// words make no mention of their own (a name in a quote is not a speaker nor an antecedent):
// they only complete a name already known.
import type { AnalyzedText } from '../../document.js';
import type { Entity, EntityLayer, Gender } from '../types.js';
import { firstNameGender, mayBeGivenName } from '../find-name-mentions.js';

/** Completes one-word person names from quoted "Given Surname" pairs (one distinct given name only). */
export function quotedFullNames(layer: EntityLayer, doc: AnalyzedText, inQuote: (token: number) => boolean): void {
  // One-word names of people, and given names other entities already carry with that surname.
  const bySurname = new Map<string, Entity | null>();
  const takenGiven = new Set<string>();
  for (const e of layer.entities) {
    if (e.words.length === 1 && (e.kind === 'person' || (e.kind === 'unknown' && e.personEvidence))) {
      const w = e.words[0]!;
      bySurname.set(w, bySurname.has(w) ? null : e);
    } else if (e.words.length >= 2) takenGiven.add(`${e.words[0]} ${e.words[e.words.length - 1]}`);
  }
  if (bySurname.size === 0) return;
  const found = new Map<Entity, Set<string>>();
  const given = new Map<string, string>();
  const { tokens } = doc;
  for (let k = 1; k < tokens.length; k++) {
    // Cheapest tests first: most tokens are outside quote marks or start in lower case.
    if (!inQuote(k) || !inQuote(k - 1)) continue;
    const t = tokens[k]!;
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) continue;
    const e = bySurname.get(t.lower);
    if (!e) continue;
    const g = tokens[k - 1]!;
    if (!mayBeGivenName(g) || takenGiven.has(`${g.lower} ${t.lower}`) || !agrees(e, firstNameGender(g.lower))) continue;
    const set = found.get(e) ?? new Set();
    set.add(g.lower);
    found.set(e, set);
    given.set(g.lower, g.text);
  }
  if (found.size === 0) return;
  // A given name the article also writes in lower case is a common word ("Thank Obama").
  const lower = new Set<string>();
  for (const t of tokens) if (given.has(t.lower) && t.text === t.lower) lower.add(t.lower);
  for (const [e, names] of found) {
    if (names.size !== 1) continue;
    const g = [...names][0]!;
    if (lower.has(g)) continue;
    e.name = `${given.get(g)!} ${e.name}`;
    e.words = [g, ...e.words];
    e.nameGender = firstNameGender(g);
  }
}

/** A given name's usual gender must not contradict the article's own evidence about the person. */
function agrees(e: Entity, nameGender: Gender | null): boolean {
  const evidence = e.gender ?? e.genderEvidence[0]?.gender ?? null;
  if (nameGender === null) return true;
  return evidence === nameGender;
}
