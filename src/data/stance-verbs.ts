// Verbs that take a side on what their object names (`endorsed Trump`, `opposed the deal`,
// `attacked him`): PolNeAR counts the object as the content of an attribution whose source is
// the subject (stages/find-stance-attributions.ts, wide scope only). Each was right at least 75%
// of the time on polnear_train in the stage's shape (a finite verb after a name, noun or pronoun
// subject); `embrace` (42%), `favor` (42%), `welcome` (57%), `target` (60%) and `challenge` (64%)
// in that shape were not, and are left out. Verbs the cue layer already reads as speech with an
// object (`criticize`, `praise`, `condemn`, `slam` …, data/reporting-frames.ts OBJECT_VERBS) are
// taken here only where no clause rule took them.

/** Stance verbs, by lemma. */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  'endorse', 'support', 'back', 'oppose', 'attack', 'blast', 'reject', 'mock', 'applaud', 'assail',
  'lambast', 'criticize', 'criticise', 'praise', 'denounce', 'slam', 'decry', 'condemn', 'congratulate',
]);

/** Object pronouns that can be what a stance is about (`endorsed him`). */
export const STANCE_OBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'him', 'her', 'them', 'it', 'me', 'us', 'you', 'himself', 'herself', 'themselves', 'this', 'those', 'these',
]);

/** Auxiliaries and adverbs before the verb that make it no stance taken: a modal, a negation (`would support`, `never backed`). */
export const STANCE_BLOCKERS: ReadonlySet<string> = new Set([
  'would', 'could', 'should', 'might', 'may', 'can', 'will', 'must', 'shall', 'wo', 'ca', "'d", "'ll",
  'not', "n't", 'n’t', 'never',
]);

/**
 * Pronouns that are no subject of a stance verb: relatives (`who endorsed him`, annotated about
 * half the time), `that`, no one (`Nobody opposed him`) and `you` (an interviewer's `you're
 * supporting Trump`, a generic `you`).
 */
export const STANCE_NOT_SUBJECTS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that', 'what', 'whoever', 'nobody', 'none', 'you']);
