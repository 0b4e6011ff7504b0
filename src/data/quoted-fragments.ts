/**
 * Verbs that, before a quoted fragment, name, show or perform a work rather than report words
 * (quoted-fragment attributions, wide scope): `a bill called “X”`, `the band played “Y”`,
 * `the senator read “The Road”`, or do something that words only label (`won 19 percent of
 * “moderate” voters`, `served as the bank's “sherpa”`). The quoted span after them is a title
 * or a term, not the subject's words. Lemmas.
 */
export const NON_REPORTING_FRAGMENT_VERBS: ReadonlySet<string> = new Set([
  'call', 'name', 'title', 'entitle', 'dub', 'nickname', 'know', 'codename', 'rename', 'style',
  'read', 'sing', 'play', 'perform', 'watch', 'see', 'hear', 'star', 'air', 'broadcast', 'screen',
  'release', 'publish', 'headline', 'feature', 'host', 'launch', 'stage', 'record', 'cover',
  'use', 'mention', 'spell', 'type', 'search', 'google', 'tweet', 'retweet', 'post', 'print',
  'wear', 'display', 'hold', 'carry', 'sign', 'chant', 'shout', 'yell', 'write', 'say', 'tell',
  'win', 'earn', 'serve', 'dress', 'wait', 'work', 'act', 'sit',
  'be', 'have', 'do', 'get', 'become', 'remain', 'seem', 'appear', 'look', 'sound', 'feel',
]);

/**
 * Subjects that can speak among pronouns. `which` after an organisation (`the police department,
 * which reported “…”`): train +0/+0, dev +1/+0. Left out (polnear_train): `it`, `who`, `you`
 * (`it`, `who`, `which`, `you` together +4 matched, +8 false alarms; `who` alone +1, +4).
 */
export const FRAGMENT_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'which']);

/** Words that open a clause of their own between a verb and a quote: the verb does not govern the quote. */
export const FRAGMENT_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'if', 'although', 'though', 'unless',
]);

/** Prepositions after the verb that open its complement, kept in the content (`likened it to`, `lauded them for`); others are particles of the cue (`gone after`). */
export const FRAGMENT_COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'as', 'of', 'with', 'in']);
