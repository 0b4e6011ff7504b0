import type { QuoteSpeaker } from '../types.js';
import type { NameIndex, Person } from './resolve-names.js';

/** A person who spoke or acted earlier in the article, as a pronoun may refer back to them. */
export interface Antecedent {
  person: Person;
  /** Offset of the mention. */
  at: number;
}

/**
 * Resolves a speaker pronoun ("he", "she") at offset `at` to the most recent compatible
 * person who is the subject of the discourse: an earlier quote's speaker, or a name that
 * stands as the subject of a clause. Gender comes from honorifics, first names and earlier
 * pronouns; a person of unknown gender fits either pronoun. Returns null when no one fits,
 * rather than a nearby name that is only an object ("met Patrushev").
 */
export function resolvePronoun(
  index: NameIndex,
  speakers: readonly Antecedent[],
  pronoun: string,
  at: number,
  genders: ReadonlyMap<Person, 'male' | 'female'>,
): Person | null {
  const want = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
  if (want === null) return null;
  let best: { person: Person; at: number } | null = null;
  const consider = (person: Person, position: number) => {
    if (position >= at || (best && best.at >= position)) return;
    const gender = person.gender ?? genders.get(person) ?? null;
    if (gender !== null && gender !== want) return;
    best = { person, at: position };
  };
  for (const m of index.mentions) if (m.subject) consider(m.person, m.start);
  for (const s of speakers) consider(s.person, s.at);
  return (best as { person: Person } | null)?.person ?? null;
}

/** Gives a resolved pronoun speaker its person's name and descriptors. */
export function applyPerson(speaker: QuoteSpeaker, person: Person): void {
  speaker.name = person.name;
  speaker.kind = 'person';
  for (const d of person.descriptors) if (!speaker.descriptors.includes(d)) speaker.descriptors.push(d);
}
