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

/** Pronouns that open a clause as its subject (`that he …`, `that you're …`): after `that`, they make it a complementiser. */
export const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'you', "we're", "it's", "they're"]);

/** Object pronouns: the one spoken to (`told him`). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you']);

/** Pronouns that cannot be the subject a participle inherits: relative pronouns and expletive `it`. */
export const RELATIVE_OR_EXPLETIVE: ReadonlySet<string> = new Set(['who', 'which', 'it']);

/** Short words between a speech verb and the quote it introduces: `called them “…”`, `described it as “…”`. */
export const SHORT_OBJECTS: ReadonlySet<string> = new Set(['them', 'it', 'him', 'her', 'this', 'that', 'as', 'us', 'me', 'you', 'himself', 'herself', 'themselves']);

/** Third-person possessive determiners: a possessor (`her campaign`) resolved like a pronoun. */
export const THIRD_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/** Personal subject pronouns (the subject pronouns without the relatives `who`, `which`). */
export const PERSONAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we']);

/**
 * The kinds of speaker each third-person pronoun may stand for when it repeats the subject of
 * the clause around it (`Ban condemned what he called …`): he/she a person, it an organisation,
 * they an organisation or a group (`unknown` where the phrase was not classified).
 */
export const PRONOUN_ANTECEDENT_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['he', new Set(['person'])],
  ['she', new Set(['person'])],
  ['it', new Set(['organization', 'unknown'])],
  ['they', new Set(['organization', 'group', 'unknown'])],
]);

/**
 * Reflexives that may stand right after a subject to stress it (`Trump himself was delighted`,
 * `Billionaires themselves often disagree`): skipped between a subject and its cue.
 */
export const INTENSIVE_REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);

/** The subject pronoun a possessive determiner agrees with. */
export const POSSESSOR_SUBJECTS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['my', 'i'], ['our', 'we']]);

/** Halves of contracted modals that wink splits off before `n't` (`ca|n't`, `wo|n't`, `sha|n't`). */
export const NEGATION_HOSTS: ReadonlySet<string> = new Set(['ca', 'wo', 'sha']);

/** Adjectives of ability between a subject and a `to` + cue (`was able to tout`, `is unable to say`). */
export const ABILITY_ADJECTIVES: ReadonlySet<string> = new Set(['able', 'unable']);
