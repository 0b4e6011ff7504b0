// Pronouns that can stand for a speaker, with what they say about the person.

export type PronounGender = 'male' | 'female' | 'plural' | 'neuter' | 'self';

/** Subject pronouns (lower case) that can be the source of a quote. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounGender> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'],
  ['i', 'self'], ['we', 'self'], ['who', 'neuter'], ['which', 'neuter'],
]);

/** Possessive determiners that can open a noun phrase ("his spokesman said"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'his', 'her', 'their', 'its', 'my', 'our', 'your',
]);
