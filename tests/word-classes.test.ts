import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Token } from '../src/document.js';
import { analyzeText } from '../src/stages/analyze-text.js';
import { WinkTokenizer } from '../src/nlp/wink.js';
import { TEXT_BITS, W, hasWordClass, textClasses } from '../src/layers/word-classes.js';
import { hasTag } from '../src/layers/tokens.js';
import * as tagClasses from '../src/data/tag-classes.js';
import { BE_FORMS, NEGATIONS } from '../src/data/function-words.js';
import { SPEECH_VERB_FORMS } from '../src/data/lexicon.generated.js';
import { POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from '../src/data/pronouns.js';
import { CLAUSE_END_PUNCT, PART_BOUNDARIES, POSSESSIVE_ENDINGS, SENTENCE_END } from '../src/data/punctuation.js';
import { QUOTE_MARK_CHARS, QUOTE_MARK_TOKENS } from '../src/data/quote-marks.js';
import { COMPLEMENTIZERS, CUE_ADVERBIALS, RELATIVE_PRONOUNS } from '../src/data/reporting-frames.js';
import { TIME_WORDS } from '../src/data/source-nouns.js';
import { BELIEF_CUE_LEMMAS, CUE_INTERVENING_WORDS, PHRASAL_CUE_PARTICLES, PHRASAL_VERB_FORMS, SPEECH_CUE_LEMMAS, TOPIC_ABOUT_VERBS, TOPIC_ON_VERBS } from '../src/data/speech-verbs.js';

// The bits the analysis puts on each token (Token.word, Token.tagBit) say exactly what the word
// lists and tag sets say: every rule that tests a bit instead of a Set depends on it.

const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const intervening = new Set(CUE_INTERVENING_WORDS);
const cueLemmas = new Set([...PHRASAL_CUE_PARTICLES.keys(), ...SPEECH_CUE_LEMMAS, ...TOPIC_ABOUT_VERBS, ...TOPIC_ON_VERBS, ...BELIEF_CUE_LEMMAS]);
const cueForms = new Set([...PHRASAL_VERB_FORMS.keys(), ...SPEECH_VERB_FORMS.keys()]);

/** Each bit with the test it stands for. */
const BIT_TESTS: [string, number, (t: Token) => boolean][] = [
  ['CUE_FORM', W.CUE_FORM, (t) => cueForms.has(t.lower)],
  ['CUE_LEMMA', W.CUE_LEMMA, (t) => cueLemmas.has(t.lemma)],
  ['SPEECH_VERB_FORM', W.SPEECH_VERB_FORM, (t) => SPEECH_VERB_FORMS.has(t.lower)],
  ['COMPLEMENTIZER', W.COMPLEMENTIZER, (t) => COMPLEMENTIZERS.has(t.lower)],
  ['RELATIVE_PRONOUN', W.RELATIVE_PRONOUN, (t) => RELATIVE_PRONOUNS.has(t.lower)],
  ['CUE_ADVERBIAL', W.CUE_ADVERBIAL, (t) => CUE_ADVERBIALS.has(t.lower)],
  ['TIME_WORD', W.TIME_WORD, (t) => TIME_WORDS.has(t.lower)],
  ['NEGATION', W.NEGATION, (t) => NEGATIONS.has(t.lower)],
  ['CUE_INTERVENING', W.CUE_INTERVENING, (t) => intervening.has(t.lower)],
  ['POSSESSIVE_ENDING', W.POSSESSIVE_ENDING, (t) => POSSESSIVE_ENDINGS.has(t.lower)],
  ['POSSESSIVE_DETERMINER', W.POSSESSIVE_DETERMINER, (t) => POSSESSIVE_DETERMINERS.has(t.lower)],
  ['SUBJECT_PRONOUN', W.SUBJECT_PRONOUN, (t) => SUBJECT_PRONOUNS.has(t.lower)],
  ['BE_FORM', W.BE_FORM, (t) => BE_FORMS.has(t.lower)],
  ['CAPITALIZED', W.CAPITALIZED, (t) => UPPER_FIRST.test(t.text)],
  ['QUOTE_MARK_TOKEN', W.QUOTE_MARK_TOKEN, (t) => QUOTE_MARK_TOKENS.has(t.text)],
  ['SENTENCE_END', W.SENTENCE_END, (t) => SENTENCE_END.has(t.text)],
  ['PART_BOUNDARY', W.PART_BOUNDARY, (t) => PART_BOUNDARIES.has(t.text)],
  ['CLAUSE_END_PUNCT', W.CLAUSE_END_PUNCT, (t) => CLAUSE_END_PUNCT.has(t.text)],
  ['MARK_LIKE', W.MARK_LIKE, (t) => markLike(t.text)],
];

function markLike(text: string): boolean {
  return QUOTE_MARK_CHARS.has(text[0]!) && !HAS_LETTER.test(text);
}

/** Each tag set of data/tag-classes.ts with its mask. */
const TAG_SETS = Object.entries(tagClasses).flatMap(([name, value]) => {
  if (!(value instanceof Set)) return [];
  const bits = (tagClasses as Record<string, unknown>)[`${name.slice(0, -'TAGS'.length)}TAG_BITS`];
  return typeof bits === 'number' ? [[name, bits, value as ReadonlySet<string>] as const] : [];
});

const fixtureTexts = (): string[] => {
  const root = join(import.meta.dirname, '..', 'fixtures');
  const gold = readdirSync(join(root, 'gold')).filter((f) => f.endsWith('.jsonl'));
  const texts = gold.flatMap((f) =>
    readFileSync(join(root, 'gold', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  return [readFileSync(join(root, '000_4deb51c0f7f3ecc6.txt'), 'utf8'), ...texts];
};

describe('word classes and tag bits on tokens', () => {
  const tokenizer = new WinkTokenizer();
  // Words of the model's vocabulary and learned ones (`Zorblatt`, `TWEETED`, `e-mailed`), a
  // contraction's expansions (`didn't`), capitals beyond ASCII (`Élodie`, `Ωmega`).
  const extra = [
    'Zorblatt TWEETED that Élodie didn’t say whether the plan, which Ωmega e-mailed, was new. It’s theirs, he said.',
    'The senator’s aide reportedly told reporters on Tuesday that they would not go on.',
  ];
  const tokens = [...fixtureTexts(), ...extra].flatMap((text) => analyzeText(text, tokenizer).tokens);

  test('the texts hold tokens of every class', () => {
    for (const [name, bit] of BIT_TESTS) expect(tokens.some((t) => hasWordClass(t, bit)), name).toBe(true);
    expect(TAG_SETS.length).toBeGreaterThanOrEqual(9);
  });

  test.each(BIT_TESTS)('%s: the bit is set exactly when the list holds the word', (_name, bit, inList) => {
    const wrong = tokens.filter((t) => hasWordClass(t, bit) !== inList(t)).map((t) => `${t.text}/${t.lemma}`);
    expect(wrong).toEqual([]);
  });

  test('each tag set: the mask holds the token’s tag bit exactly when the set holds its tag', () => {
    for (const [name, bits, set] of TAG_SETS) {
      const wrong = tokens.filter((t) => hasTag(t, bits) !== set.has(t.pos)).map((t) => `${t.text}/${t.pos}`);
      expect(wrong, name).toEqual([]);
    }
  });

  test('the text bits of any text (what a token cut at its paragraph end gets again)', () => {
    const texts = ['The', 'the', 'Élodie', 'élan', 'Ωmega', '“', '”', "''", '``', '.', '…', '?', ',', '--', '—', '(', "'s", '’s', '’', '"', '«', '¿', '1990s', '-', ':'];
    for (const text of texts) {
      const expected = BIT_TESTS.filter(([, bit]) => (bit & TEXT_BITS) !== 0).reduce((bits, [, bit, inList]) => (inList({ text } as Token) ? bits | bit : bits), 0);
      expect(textClasses(text), text).toBe(expected);
    }
  });

  test('what find-clauses takes for a sentence end (`.`, `!`, `?`, `;`) is clause-end punctuation (its prefilter)', () => {
    for (const text of '.!?;') expect(textClasses(text) & W.CLAUSE_END_PUNCT, text).toBe(W.CLAUSE_END_PUNCT);
  });

  test('every token has one tag bit, that of its tag', () => {
    expect(tokens.filter((t) => t.tagBit !== tagClasses.TAG_BIT.get(t.pos))).toEqual([]);
  });
});
