// Word classes as bits on each token (`Token.word`), computed once per word by the analysis.
//
// Why: the stages touch ~80,000 tokens per dev pass, and a test such as
// `COMPLEMENTIZERS.has(t.lower)` hashes a freshly sliced string and probes a table (10–25 ns);
// a bit test on a field of the token costs about 1 ns. The analysis (nlp/wink.ts) asks
// `wordClasses` once per word of the model's vocabulary and keeps the answer with the word, so
// most tokens get their bits for one property read. The word lists stay in src/data/: this file
// only says which bit each list gets. A bit says exactly what the list's lookup says:
// `hasWordClass(t, W.COMPLEMENTIZER)` ⇔ `COMPLEMENTIZERS.has(t.lower)`.
//
// Bits are of three kinds: FORM bits say the token's lower-cased form is in a list, LEMMA bits
// say its lemma is, TEXT bits say something of its text as written (its first letter). At most
// 30 bits (V8 keeps an integer below 2^30 unboxed).
import type { Token } from '../document.js';
import { BE_FORMS, NEGATIONS } from '../data/function-words.js';
import { FEMALE_FIRST_NAMES, HONORIFICS, LAST_NAMES, MALE_FIRST_NAMES, ORGANIZATION_WORDS, ROLE_NOUNS, SPEECH_VERB_FORMS, UNISEX_FIRST_NAMES } from '../data/lexicon.generated.js';
import { DEMONYMS } from '../data/demonyms.js';
import { DOCTRINE_WORDS, EXTRA_ORGANIZATION_WORDS } from '../data/entity-words.js';
import { ORG_NAME_CONNECTORS } from '../data/name-parts.js';
import { CALENDAR_WORDS, PAGE_FURNITURE_WORDS } from '../data/not-names.js';
import { PLACE_NAMES } from '../data/places.js';
import { COURTESY_TITLES, NAME_PARTICLES, TITLE_WORDS } from '../data/titles.js';
import { POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from '../data/pronouns.js';
import { CLAUSE_END_PUNCT, PART_BOUNDARIES, POSSESSIVE_ENDINGS, SENTENCE_END } from '../data/punctuation.js';
import { QUOTE_MARK_CHARS, QUOTE_MARK_TOKENS } from '../data/quote-marks.js';
import { COMPLEMENTIZERS, CUE_ADVERBIALS, RELATIVE_PRONOUNS } from '../data/reporting-frames.js';
import { ORGANIZATION_NOUNS, TIME_WORDS } from '../data/source-nouns.js';
import { BELIEF_CUE_LEMMAS, CUE_INTERVENING_WORDS, PHRASAL_CUE_PARTICLES, PHRASAL_VERB_FORMS, SPEECH_CUE_LEMMAS, TOPIC_ABOUT_VERBS, TOPIC_AGAINST_VERBS, TOPIC_ON_VERBS } from '../data/speech-verbs.js';

const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;

/** The word classes, one bit each. */
export const W = {
  /** Form: a word form that can start a cue (PHRASAL_VERB_FORMS, SPEECH_VERB_FORMS). */
  CUE_FORM: 1 << 0,
  /** Lemma: a lemma that can start a cue (phrasal, speech, topic or belief verbs). */
  CUE_LEMMA: 1 << 1,
  /** Form: SPEECH_VERB_FORMS. */
  SPEECH_VERB_FORM: 1 << 2,
  /** Form: COMPLEMENTIZERS. */
  COMPLEMENTIZER: 1 << 3,
  /** Form: RELATIVE_PRONOUNS. */
  RELATIVE_PRONOUN: 1 << 4,
  /** Form: CUE_ADVERBIALS. */
  CUE_ADVERBIAL: 1 << 5,
  /** Form: TIME_WORDS. */
  TIME_WORD: 1 << 6,
  /** Form: NEGATIONS. */
  NEGATION: 1 << 7,
  /** Form: CUE_INTERVENING_WORDS (`also`, `has`, `reportedly` between a speaker and a cue). */
  CUE_INTERVENING: 1 << 8,
  /** Form: POSSESSIVE_ENDINGS. */
  POSSESSIVE_ENDING: 1 << 9,
  /** Form: POSSESSIVE_DETERMINERS. */
  POSSESSIVE_DETERMINER: 1 << 10,
  /** Form: SUBJECT_PRONOUNS. */
  SUBJECT_PRONOUN: 1 << 11,
  /** Form: BE_FORMS. */
  BE_FORM: 1 << 12,
  /** Text: the first character is a capital (`isCapitalized`: A–Z, or `\p{Lu}` beyond ASCII). */
  CAPITALIZED: 1 << 13,
  // The name finder's tables (entities/find-name-mentions.ts), asked about every capitalised word.
  /** Form: a first name (MALE_, FEMALE_ and UNISEX_FIRST_NAMES). */
  FIRST_NAME: 1 << 14,
  /** Form: a title wherever it stands (TITLE_WORDS, ROLE_NOUNS, COURTESY_TITLES). */
  TITLE: 1 << 15,
  /** Form: HONORIFICS (a title only with its period). */
  HONORIFIC: 1 << 16,
  /** Form: an organisation's word (ORGANIZATION_WORDS, ORGANIZATION_NOUNS, EXTRA_ORGANIZATION_WORDS). */
  ORGANIZATION_WORD: 1 << 17,
  /** Form: never a name on its own (PLACE_NAMES, DEMONYMS, CALENDAR_WORDS, PAGE_FURNITURE_WORDS, DOCTRINE_WORDS). */
  NEVER_NAME: 1 << 18,
  /** Form: LAST_NAMES. */
  LAST_NAME: 1 << 19,
  /** Form: DEMONYMS. */
  DEMONYM: 1 << 20,
  /** Form: PLACE_NAMES. */
  PLACE_NAME: 1 << 21,
  /** Form: ORG_NAME_CONNECTORS (`of`, `and`, `the` inside an organisation's name). */
  NAME_CONNECTOR: 1 << 22,
  /** Form: NAME_PARTICLES (`de`, `van`). */
  NAME_PARTICLE: 1 << 23,
  /** Text: QUOTE_MARK_TOKENS. */
  QUOTE_MARK_TOKEN: 1 << 24,
  /** Text: SENTENCE_END. */
  SENTENCE_END: 1 << 25,
  /** Text: PART_BOUNDARIES. */
  PART_BOUNDARY: 1 << 26,
  /** Text: CLAUSE_END_PUNCT. */
  CLAUSE_END_PUNCT: 1 << 27,
  /** Text: starts with a quote-mark character and holds no letter (with the PUNCT tag: `isMarkLikeToken`). */
  MARK_LIKE: 1 << 28,
} as const;

/** The bits that depend on the text as written (recomputed when a token's text is cut). */
export const TEXT_BITS = W.CAPITALIZED | W.QUOTE_MARK_TOKEN | W.SENTENCE_END | W.PART_BOUNDARY | W.CLAUSE_END_PUNCT | W.MARK_LIKE;

/** Each list's members, with the bit they get and whether the list holds forms or lemmas. */
const CLASSES: readonly { bit: number; lemma: boolean; words: Iterable<string> }[] = [
  { bit: W.CUE_FORM, lemma: false, words: [...PHRASAL_VERB_FORMS.keys(), ...SPEECH_VERB_FORMS.keys()] },
  { bit: W.CUE_LEMMA, lemma: true, words: [...PHRASAL_CUE_PARTICLES.keys(), ...SPEECH_CUE_LEMMAS, ...TOPIC_ABOUT_VERBS, ...TOPIC_ON_VERBS, ...TOPIC_AGAINST_VERBS, ...BELIEF_CUE_LEMMAS] },
  { bit: W.SPEECH_VERB_FORM, lemma: false, words: SPEECH_VERB_FORMS.keys() },
  { bit: W.COMPLEMENTIZER, lemma: false, words: COMPLEMENTIZERS },
  { bit: W.RELATIVE_PRONOUN, lemma: false, words: RELATIVE_PRONOUNS },
  { bit: W.CUE_ADVERBIAL, lemma: false, words: CUE_ADVERBIALS },
  { bit: W.TIME_WORD, lemma: false, words: TIME_WORDS },
  { bit: W.NEGATION, lemma: false, words: NEGATIONS },
  { bit: W.CUE_INTERVENING, lemma: false, words: CUE_INTERVENING_WORDS },
  { bit: W.POSSESSIVE_ENDING, lemma: false, words: POSSESSIVE_ENDINGS },
  { bit: W.POSSESSIVE_DETERMINER, lemma: false, words: POSSESSIVE_DETERMINERS },
  { bit: W.SUBJECT_PRONOUN, lemma: false, words: SUBJECT_PRONOUNS.keys() },
  { bit: W.BE_FORM, lemma: false, words: BE_FORMS },
  { bit: W.FIRST_NAME, lemma: false, words: [...MALE_FIRST_NAMES, ...FEMALE_FIRST_NAMES, ...UNISEX_FIRST_NAMES] },
  { bit: W.TITLE, lemma: false, words: [...TITLE_WORDS, ...ROLE_NOUNS, ...COURTESY_TITLES] },
  { bit: W.HONORIFIC, lemma: false, words: HONORIFICS },
  { bit: W.ORGANIZATION_WORD, lemma: false, words: [...ORGANIZATION_WORDS, ...ORGANIZATION_NOUNS, ...EXTRA_ORGANIZATION_WORDS] },
  { bit: W.NEVER_NAME, lemma: false, words: [...PLACE_NAMES, ...DEMONYMS, ...CALENDAR_WORDS, ...PAGE_FURNITURE_WORDS, ...DOCTRINE_WORDS] },
  { bit: W.LAST_NAME, lemma: false, words: LAST_NAMES },
  { bit: W.DEMONYM, lemma: false, words: DEMONYMS },
  { bit: W.PLACE_NAME, lemma: false, words: PLACE_NAMES },
  { bit: W.NAME_CONNECTOR, lemma: false, words: ORG_NAME_CONNECTORS },
  { bit: W.NAME_PARTICLE, lemma: false, words: NAME_PARTICLES },
];

/** Lists of punctuation, tested on the text as written. */
const TEXT_CLASSES: readonly { bit: number; words: Iterable<string> }[] = [
  { bit: W.QUOTE_MARK_TOKEN, words: QUOTE_MARK_TOKENS },
  { bit: W.SENTENCE_END, words: SENTENCE_END },
  { bit: W.PART_BOUNDARY, words: PART_BOUNDARIES },
  { bit: W.CLAUSE_END_PUNCT, words: CLAUSE_END_PUNCT },
];
const TEXT_TABLE = new Map<string, number>();
for (const { bit, words } of TEXT_CLASSES) for (const w of words) TEXT_TABLE.set(w, (TEXT_TABLE.get(w) ?? 0) | bit);
/**
 * ASCII characters a text of TEXT_TABLE or a quote mark starts with: a text starting with any
 * other ASCII character (a letter, a digit) needs no lookup.
 */
const TEXT_FIRST = new Uint8Array(128);
for (const w of [...TEXT_TABLE.keys(), ...QUOTE_MARK_CHARS]) if (w.charCodeAt(0) < 128) TEXT_FIRST[w.charCodeAt(0)] = 1;
// textClasses gives a capitalised text no other TEXT bit: a punctuation list must not hold one.
for (const w of TEXT_TABLE.keys()) if (UPPER_FIRST.test(w)) throw new Error(`word-classes: punctuation list holds a capitalised word: ${w}`);

/** Bits of every word in some list: FORM bits and LEMMA bits together (split by the masks below). */
const BITS = new Map<string, number>();
let lemmaMask = 0;
for (const { bit, lemma, words } of CLASSES) {
  if (lemma) lemmaMask |= bit;
  for (const w of words) BITS.set(w, (BITS.get(w) ?? 0) | bit);
}
const LEMMA_BITS = lemmaMask;
const FORM_BITS = ~lemmaMask;

/** The FORM bits of a lower-cased word form. */
export function formClasses(lower: string): number {
  return (BITS.get(lower) ?? 0) & FORM_BITS;
}

/** The TEXT bits of a token's text (not empty). */
export function textClasses(text: string): number {
  const c = text.charCodeAt(0);
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return W.CAPITALIZED;
    if (TEXT_FIRST[c] === 0) return 0;
  } else if (UPPER_FIRST.test(text)) return W.CAPITALIZED; // (no capital starts a punctuation text)
  let bits = TEXT_TABLE.get(text) ?? 0;
  if (QUOTE_MARK_CHARS.has(text[0]!) && !HAS_LETTER.test(text)) bits |= W.MARK_LIKE;
  return bits;
}

/** The LEMMA bits of a lemma. */
export function lemmaClasses(lemma: string): number {
  return (BITS.get(lemma) ?? 0) & LEMMA_BITS;
}

/** All bits of a word with text `text`, lower-case form `lower` and lemma `lemma` (one lookup when the lemma is the form). */
export function wordClasses(text: string, lower: string, lemma: string): number {
  const form = BITS.get(lower) ?? 0;
  const ofLemma = lemma === lower ? form : (BITS.get(lemma) ?? 0);
  return (form & FORM_BITS) | (ofLemma & LEMMA_BITS) | textClasses(text);
}

/** Is the token in any of the classes `bits` (`W.COMPLEMENTIZER | W.RELATIVE_PRONOUN`)? */
export const hasWordClass = (t: Token, bits: number): boolean => (t.word & bits) !== 0;
