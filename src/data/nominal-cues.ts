// Nouns that report, with the verbs that put them to work (stages/find-nominal-attributions.ts).
// Attribution corpora count a statement or an attitude named by a noun (`raised questions about
// the audit`, `expressed concern that …`, `made the case for a levy`) as an attribution whose
// cue is the noun. Alone, such nouns are poor evidence: on polnear_train a noun of this table
// followed by `that`, `to` + verb or a preposition was annotated 26–57% of the time (`his plan
// to …` 14%, `attacks on` 31%, `support for` 24%). After a verb that says someone voiced it
// (express, raise, make, face …) the same nouns were annotated 72% of the time (the pairs below:
// docs/scope.md has the figures), so only verb + noun pairs are read.

/** What a noun reports: a statement (speech) or an attitude (a belief). */
export type NominalCueKind = 'speech' | 'belief';

/** Attitudes one can voice: `expressed concern`, `voiced support`. Their content is a belief. */
const ATTITUDES = [
  'concern', 'doubt', 'fear', 'worry', 'hope', 'confidence', 'optimism', 'skepticism', 'scepticism', 'reservation',
  'misgiving', 'alarm', 'outrage', 'anger', 'frustration', 'disappointment', 'dismay', 'sympathy', 'support',
  'opposition', 'regret', 'displeasure', 'satisfaction', 'enthusiasm', 'gratitude', 'admiration', 'unease',
  'suspicion', 'interest', 'condolence', 'solidarity', 'approval', 'disapproval', 'skepticism',
];

/** Statements one can make: `made the case for`, `made mention of`. Their content is what was said. */
const STATEMENTS = [
  'case', 'mention', 'comment', 'remark', 'statement', 'call', 'apology', 'joke', 'allegation', 'accusation',
  'claim', 'argument', 'promise', 'pledge', 'vow', 'plea', 'appeal', 'suggestion', 'observation', 'announcement',
  'complaint', 'charge', 'threat', 'prediction', 'reference',
];

/**
 * Verb lemma → the nouns it voices. A pair is in only when the verb says the subject voiced
 * the noun: `raised questions` (asked), `faced criticism` (was criticised), not `faced questions`
 * (2 of 4 on train), `made the point` (0 of 3) or `offered an assessment` (0 of 3).
 */
export const NOMINAL_CUE_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['express', [...ATTITUDES, 'criticism', 'praise', 'view', 'opinion', 'thought']],
      ['voice', [...ATTITUDES, 'criticism', 'praise', 'view', 'opinion', 'objection']],
      ['air', ['concern', 'doubt', 'grievance', 'complaint', 'frustration', 'view', 'criticism']],
      ['signal', ['support', 'opposition', 'interest', 'willingness', 'openness']],
      ['raise', ['question', 'concern', 'doubt', 'alarm', 'objection', 'suspicion', 'fear']],
      ['make', [...STATEMENTS, 'commitment']],
      ['issue', ['statement', 'warning', 'call', 'apology', 'threat', 'denial', 'plea', 'appeal', 'ultimatum', 'rebuke', 'condemnation']],
      ['face', ['criticism', 'accusation', 'allegation', 'charge']],
      ['take', ['issue', 'credit', 'stance', 'position', 'aim', 'swipe', 'shot']],
      ['offer', ['praise', 'support', 'opinion', 'condolence', 'apology', 'defense', 'defence', 'assurance', 'prediction', 'endorsement', 'criticism', 'view', 'thought']],
      ['give', ['assurance', 'warning', 'endorsement']],
      ['deliver', ['defense', 'defence', 'warning', 'rebuke', 'critique']],
      ['renew', ['call', 'attack', 'criticism', 'demand', 'plea', 'pledge', 'threat']],
      ['repeat', ['claim', 'call', 'charge', 'allegation', 'promise', 'pledge', 'assertion', 'warning', 'accusation']],
      ['reiterate', ['claim', 'call', 'support', 'opposition', 'position', 'promise', 'pledge', 'warning', 'commitment']],
      ['level', ['charge', 'criticism', 'accusation', 'allegation']],
      ['lodge', ['complaint', 'objection', 'protest']],
      ['launch', ['attack', 'broadside', 'critique']],
      ['press', ['case', 'attack', 'claim', 'demand']],
      ['share', ['concern', 'view', 'opinion', 'thought']],
      ['show', ['inclination', 'interest', 'willingness']],
      ['provide', ['detail']],
      ['throw', ['support', 'weight']],
      ['sound', ['note', 'alarm', 'warning']],
      ['mince', ['word']],
      ['unleash', ['attack', 'tirade', 'barrage']],
      ['poke', ['fun']],
      ['point', ['finger']],
      ['hold', ['belief', 'view']],
    ] as const
  ).map(([verb, nouns]) => [verb, new Set<string>(nouns)]),
);

/**
 * Prepositions that do not take the content after a noun: `a warning for the coast` (a weather or
 * travel warning names where it holds, not what it says), `the firm's statement of accounts`.
 */
export const NOUN_NOT_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['warning', new Set(['for'])],
  ['statement', new Set(['of'])],
]);

/**
 * Verbs whose subject is the target of the noun, not its source: `The senator faced criticism for
 * the vote` (the critics are not named; PolNeAR gives no source).
 */
export const TARGET_SUBJECT_VERBS: ReadonlySet<string> = new Set(['face']);

/**
 * Nouns that are a cue after a possessor alone (`the senator's attacks on the plan`, `her refusal to
 * testify`, `the union's call for a strike`): the record's precision on polnear_train was at least
 * 75% for each (attack 21 of 27, decision 17 of 21, refusal 9 of 10, call 9 of 9 …; all together 111
 * of 138). Left out below that: `support` (13 of 21), `plan` (16 of 25), `claim` (4 of 7),
 * `endorsement` (4 of 6), `remarks` (5 of 7): often a policy named, not a view reported (`Obama's
 * plan to …`). After `the` or `a` instead of a possessor the same nouns were right 42 of 78 times:
 * not read.
 */
export const POSSESSED_CUE_NOUNS: ReadonlySet<string> = new Set([
  'attack', 'decision', 'refusal', 'call', 'criticism', 'proposal', 'comment', 'view', 'critique', 'promise',
  'suggestion', 'argument', 'statement', 'opposition', 'insistence', 'vow', 'denunciation', 'assertion',
  'contention', 'concern', 'condemnation', 'pledge', 'charge', 'warning', 'doubt', 'complaint', 'question',
]);

/** Possessors before a noun: `his`, `their`, `the mayor's`, `the players'`. */
export const POSSESSIVE_MARKERS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Prepositions whose object is the content of a possessed noun (`his attacks on …`, `her call for …`). */
export const POSSESSED_CONTENT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'about', 'on', 'against', 'over', 'with']);

/** Nouns whose content is a belief; the others report speech. */
export const ATTITUDE_NOUNS: ReadonlySet<string> = new Set(ATTITUDES);

/**
 * Prepositions after the noun whose object is the content: `questions about the audit`, `concern
 * over delays`, `the case for a levy`, `issue with the ruling`. Not `from` (`criticism from the
 * union` names the source) nor `to` (`condolences to the family` names whom they were offered to).
 */
export const NOMINAL_CONTENT_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'on', 'over', 'for', 'of', 'against', 'with', 'regarding']);

/**
 * Prepositions that take the content after a few nouns only: `took aim at the board`, `interest
 * in the bid`. After the others they say where or when (`made the pledge at a rally`, `issued a
 * statement in the evening`).
 */
export const NOUN_ONLY_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['at', new Set(['aim', 'swipe', 'shot', 'fun', 'finger'])],
  ['in', new Set(['interest', 'confidence'])],
  ['behind', new Set(['support', 'weight'])],
]);
