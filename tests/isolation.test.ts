// Using quotewise leaves the caller's world as it found it: no globals, no change to the
// caller's compromise (whose plugins and lexicon are process-wide) or to the caller's own
// wink-nlp instance, and the caller's NLP customisations do not change quotewise's output.
// quotewise is imported dynamically, AFTER the snapshots, so its module load is observed too.
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';

const ARTICLE = [
  'Zorblaxian envoy Quintrell Vashmoor arrived on Tuesday.',
  '“We did not come here to blorficate anyone,” Vashmoor told reporters. “The treaty stands.”',
  'Officials said the snerkwidget talks would resume.',
].join('\n\n');

/** Never-seen words, so that an NLP instance that learns vocabulary would learn them. */
const novelWords = Array.from({ length: 5_000 }, (_, i) => `Qz${i.toString(36)}vrex`).join(' ');

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** What a caller's compromise setup looks like from outside: lexicon, plugins' hooks, tagging. */
function compromiseState() {
  const world = nlp.world() as unknown as {
    model: { one: { lexicon: Record<string, unknown>; tagSet: Record<string, unknown> } };
    hooks: string[];
    methods: Record<string, Record<string, unknown>>;
  };
  return {
    lexiconSize: Object.keys(world.model.one.lexicon).length,
    lexicon: hash(world.model.one.lexicon),
    tagSet: Object.keys(world.model.one.tagSet).sort(),
    hooks: [...world.hooks],
    methods: Object.fromEntries(Object.entries(world.methods).map(([k, v]) => [k, Object.keys(v).sort()])),
    // Term ids count up across documents; everything else about the tagging must be equal.
    tagged: JSON.parse(JSON.stringify(nlp(ARTICLE).json(), (key, value: unknown) => (key === 'id' ? undefined : value))) as unknown,
  };
}

const caller = winkNLP(model, ['sbd', 'pos']);
function winkState() {
  const doc = caller.readDoc(`${ARTICLE} ${novelWords.slice(0, 2_000)}`);
  const its = caller.its;
  return {
    values: doc.tokens().out(its.value),
    pos: doc.tokens().out(its.pos),
    types: doc.tokens().out(its.type),
    lemmas: doc.tokens().out(its.lemma as never),
    sentences: doc.sentences().length(),
  };
}

/** Own property names of the global object and of the built-in prototypes quotewise could touch. */
function globalsState() {
  return {
    globalThis: Object.getOwnPropertyNames(globalThis).sort(),
    symbols: Object.getOwnPropertySymbols(globalThis).map(String).sort(),
    prototypes: [Object, Array, String, RegExp, Map, Set, Number, Function, Error].map((C) =>
      Object.getOwnPropertyNames(C.prototype).sort(),
    ),
  };
}

const before = { compromise: compromiseState(), wink: winkState(), globals: globalsState() };
const { extract } = await import('../src/index.js');
const baseline = extract(ARTICLE);

describe('isolation from the caller', () => {
  test('quotewise finds the quotes of the test article (so the tests below exercise it)', () => {
    expect(baseline.quotes.map((q) => [q.type, q.text])).toEqual([
      ['direct', 'We did not come here to blorficate anyone,'],
      ['direct', 'The treaty stands.'],
      ['indirect', 'the snerkwidget talks would resume'],
    ]);
  });

  test('loading and using quotewise creates no globals and changes no built-in prototype', () => {
    extract(`${ARTICLE}\n\n${novelWords}`);
    expect(globalsState()).toEqual(before.globals);
  });

  test("the caller's compromise is untouched: lexicon, tag set, plugin hooks, methods, tagging", () => {
    for (let i = 0; i < 3; i++) extract(`${ARTICLE}\n\n${novelWords}`);
    expect(compromiseState()).toEqual(before.compromise);
  });

  test("the caller's own wink-nlp instance tags and lemmatises exactly as before", () => {
    // quotewise reads thousands of novel words with its own instance of the same model.
    for (let i = 0; i < 3; i++) extract(`${ARTICLE}\n\n${novelWords}`);
    expect(winkState()).toEqual(before.wink);
  });

  test("the caller's compromise plugins and words do not change quotewise's output", () => {
    nlp.addWords({ vashmoor: 'Place', told: 'Noun', blorficate: 'Verb', reporters: 'Organization' });
    nlp.plugin({ tags: { Zorblax: { isA: 'Noun' } }, words: { quintrell: 'Zorblax' } });
    // (compromise cannot remove words again; each test file has its own module instance.)
    expect(extract(ARTICLE)).toEqual(baseline);
  });

  test("the caller's custom entities on its own wink-nlp instance do not change quotewise's output", () => {
    caller.learnCustomEntities([{ name: 'envoy', patterns: ['[PROPN] [PROPN]'] }]);
    caller.readDoc(ARTICLE);
    expect(extract(ARTICLE)).toEqual(baseline);
  });
});
