// Classes of part-of-speech tags (the Universal Dependencies tags wink-nlp gives) that rules
// test for, one table per class. Each class also has a mask of tag bits (`Token.tagBit`): hot
// loops test `t.tagBit & NOMINAL_HEAD_TAG_BITS` instead of looking the tag up in the Set.

/** The tags wink-nlp's English model gives (its own list holds `UNK` and `SPACE` too). */
const TAGS: readonly string[] = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SPACE', 'SYM', 'VERB', 'X', 'UNK'];

/** One bit per tag (`Token.tagBit`); 0 for a tag not in TAGS. */
export const TAG_BIT: ReadonlyMap<string, number> = new Map(TAGS.map((tag, i) => [tag, 1 << i]));

/** The mask of a class of tags. */
const bitsOf = (tags: Iterable<string>): number => {
  let bits = 0;
  for (const tag of tags) bits |= TAG_BIT.get(tag) ?? 0;
  return bits;
};

/**
 * Tags a cue word may carry: a verb, or what the tagger takes one for now and then (`she
 * tweets` as a noun, `Prosecutors alleged Greer …` as an adjective). Comparisons, not a Set:
 * this test runs on every token, and a Set lookup costs more.
 */
export const isCueTag = (pos: string): boolean => pos === 'VERB' || pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'AUX';
/** isCueTag as a mask. */
export const CUE_TAG_BITS = bitsOf(['VERB', 'NOUN', 'PROPN', 'ADJ', 'AUX']);

/** Tags of a word that can head a subject or a speaker phrase: nouns, proper nouns, pronouns. */
export const NOMINAL_HEAD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
export const NOMINAL_HEAD_TAG_BITS = bitsOf(NOMINAL_HEAD_TAGS);

/** Tags a speaker phrase is made of (`Sen. Lindsey Graham (R-S.C.)`, `a senior official`). */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM', 'PART', 'ADP', 'CCONJ', 'ADV', 'X', 'SYM']);
export const NOUN_PHRASE_TAG_BITS = bitsOf(NOUN_PHRASE_TAGS);

/** Tags that make quoted words a clause rather than a title or a term: a verb or a pronoun. */
export const CLAUSE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PRON']);
export const CLAUSE_TAG_BITS = bitsOf(CLAUSE_TAGS);

/** Tags of words that stand between a subject and its verb: `shares also rose`, `the index has added`. */
export const BETWEEN_SUBJECT_AND_VERB_TAGS: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);
export const BETWEEN_SUBJECT_AND_VERB_TAG_BITS = bitsOf(BETWEEN_SUBJECT_AND_VERB_TAGS);

/** Tags of words between a verb and the noun it voices: `made a strong case`, `raised their own questions`. */
export const NOUN_MODIFIER_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON', 'PART']);
export const NOUN_MODIFIER_TAG_BITS = bitsOf(NOUN_MODIFIER_TAGS);

/** Tags of words that open an introductory phrase rather than a noun phrase. */
export const INTRODUCER_TAGS: ReadonlySet<string> = new Set(['ADP', 'ADV', 'CCONJ', 'SCONJ', 'INTJ']);
export const INTRODUCER_TAG_BITS = bitsOf(INTRODUCER_TAGS);

/**
 * Tags a capitalised word inside a name never has (`When`, `But`, `Just`, `Two`): one table for
 * the entity layer's name finder and the speaker-phrase reader (#12: they used to differ by ADV
 * and NUM; the union keeps headline words such as `Just` or `When` out of names).
 */
export const NOT_NAME_TAGS: ReadonlySet<string> = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'ADV', 'PART', 'INTJ', 'PUNCT', 'SYM', 'NUM']);
export const NOT_NAME_TAG_BITS = bitsOf(NOT_NAME_TAGS);

/** Tags that no verb after `to` carries, even mis-tagged. */
export const NOT_A_VERB_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'ADP', 'PUNCT', 'CCONJ', 'SCONJ']);
export const NOT_A_VERB_TAG_BITS = bitsOf(NOT_A_VERB_TAGS);

/** Tags after `to` that show a preposition, not an infinitive: `declined to $3 billion`, `refused to the end`. */
export const PREPOSITION_OBJECT_TAGS: ReadonlySet<string> = new Set(['DET', 'NUM', 'SYM']);
export const PREPOSITION_OBJECT_TAG_BITS = bitsOf(PREPOSITION_OBJECT_TAGS);

/** Tags of the words a title-case headline leaves in lower case (`if`, `for`, `the`): any other lower-case word marks a sentence. */
export const HEADLINE_LOWER_TAGS: ReadonlySet<string> = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART']);
export const HEADLINE_LOWER_TAG_BITS = bitsOf(HEADLINE_LOWER_TAGS);

/** Tags before a noun that show a cue word tagged NOUN is one (`in states that vote`, `the fifth state that …`). */
export const BEFORE_A_NOUN_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'ADP']);
export const BEFORE_A_NOUN_TAG_BITS = bitsOf(BEFORE_A_NOUN_TAGS);
