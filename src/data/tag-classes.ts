// Classes of part-of-speech tags (the Universal Dependencies tags wink-nlp gives) that rules
// test for, one table per class.

/**
 * Tags a cue word may carry: a verb, or what the tagger takes one for now and then (`she
 * tweets` as a noun, `Prosecutors alleged Greer …` as an adjective).
 */
export const CUE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'NOUN', 'PROPN', 'ADJ']);

/** Tags of a word that can head a subject or a speaker phrase: nouns, proper nouns, pronouns. */
export const NOMINAL_HEAD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);

/** Tags a speaker phrase is made of (`Sen. Lindsey Graham (R-S.C.)`, `a senior official`). */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM', 'PART', 'ADP', 'CCONJ', 'ADV', 'X', 'SYM']);

/** Tags that make quoted words a clause rather than a title or a term: a verb or a pronoun. */
export const CLAUSE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PRON']);

/** Tags of words that stand between a subject and its verb: `shares also rose`, `the index has added`. */
export const BETWEEN_SUBJECT_AND_VERB_TAGS: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);

/** Tags of words that open an introductory phrase rather than a noun phrase. */
export const INTRODUCER_TAGS: ReadonlySet<string> = new Set(['ADP', 'ADV', 'CCONJ', 'SCONJ', 'INTJ']);

/**
 * Tags a capitalised word inside a name never has (`When`, `But`, `Just`, `Two`): one table for
 * the entity layer's name finder and the speaker-phrase reader (#12: they used to differ by ADV
 * and NUM; the union keeps headline words such as `Just` or `When` out of names).
 */
export const NOT_NAME_TAGS: ReadonlySet<string> = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'ADV', 'PART', 'INTJ', 'PUNCT', 'SYM', 'NUM']);

/** Tags that no verb after `to` carries, even mis-tagged. */
export const NOT_A_VERB_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'ADP', 'PUNCT', 'CCONJ', 'SCONJ']);

/** Tags after `to` that show a preposition, not an infinitive: `declined to $3 billion`, `refused to the end`. */
export const PREPOSITION_OBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'NUM', 'SYM']);

/** Tags of the words a title-case headline leaves in lower case (`if`, `for`, `the`): any other lower-case word marks a sentence. */
export const HEADLINE_LOWER_TAGS: ReadonlySet<string> = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART']);
