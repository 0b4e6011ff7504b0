import type { QuoteSpeaker } from '../types.js';
import type { NameIndex, Person } from './resolve-names.js';
import { firstIndexWhere } from '../sorted.js';

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
  // The nearest fitting subject and the nearest fitting earlier speaker; the later one wins.
  // Both searches look back a bounded way: a pronoun refers to someone recent.
  let subject: { person: Person; at: number } | null = null;
  for (let i = lastStartBefore(index.subjects, at), n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
    const m = index.subjects[i]!;
    if (fits(m.person, genders, want)) {
      subject = { person: m.person, at: m.start };
      break;
    }
  }
  let speaker: Antecedent | null = null;
  for (let i = speakers.length - 1, n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
    const s = speakers[i]!;
    if (s.at < at && fits(s.person, genders, want)) {
      speaker = s;
      break;
    }
  }
  if (subject && (!speaker || subject.at > speaker.at)) return subject.person;
  return speaker?.person ?? null;
}

/** A person of unknown gender fits either pronoun. */
function fits(person: Person, genders: ReadonlyMap<Person, 'male' | 'female'>, want: 'male' | 'female'): boolean {
  const gender = person.gender ?? genders.get(person) ?? null;
  return gender === null || gender === want;
}

/** How many earlier subjects or speakers a pronoun may look back over. */
const LOOK_BACK = 200;

function lastStartBefore(mentions: readonly { start: number }[], at: number): number {
  return firstIndexWhere(mentions, (m) => m.start >= at) - 1;
}

/** Gives a resolved pronoun speaker its person's name and descriptors. */
export function applyPerson(speaker: QuoteSpeaker, person: Person): void {
  speaker.name = person.name;
  speaker.kind = 'person';
  for (const d of person.descriptors) if (!speaker.descriptors.includes(d)) speaker.descriptors.push(d);
}
