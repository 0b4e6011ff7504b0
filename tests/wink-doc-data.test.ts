// The adapter reads wink's document data directly (src/nlp/wink-doc-data.ts): every value read
// that way must be what wink's own `out()` helpers give for the same document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import { expect, test } from 'vitest';
import { loadCore, winkModel } from '../src/nlp/load-model.js';
import { lexemeOf, posIndexOf, precedingSpaceCount, tokenCount, withDocData, type WinkDocData } from '../src/nlp/wink-doc-data.js';

test('tokens, preceding spaces, POS, lemmas and sentences read from the data equal wink’s out()', () => {
  const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', '000_4deb51c0f7f3ecc6.txt'), 'utf8');
  // Contractions (their lemma is stored in the token), no-break and other Unicode spaces (kept
  // aside by wink), long space runs, tabs and line breaks, numbers, URLs, emoji.
  const text =
    `${seed}\n“It’s the party’s call, isn't it? We'll see,” said Sen. O’Neil-Ruiz, 63, at 5:30 p.m. #vote @press.\n` +
    `A\u00a0no-break\u2009thin\u202fnarrow space,   three spaces,\tand a tab.\n\n\nwww.example.com 😀 can't won't ${' '.repeat(70000)}end.`;
  let data: WinkDocData | undefined;
  const model = withDocData(winkModel(), (d) => (data = d));
  let core: ReturnType<typeof loadCore> | undefined;
  model.core = () => (core = loadCore());
  const nlp = winkNLP(model as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  expect(data).toBeDefined();
  const d = data!;
  const n = tokenCount(d);
  expect(n).toBe(doc.tokens().length());
  const words = core!.features.lexeme!.list;
  const tags = core!.features.pos!.list;
  const lemma = its.lemma as unknown as (i: number, data: WinkDocData, addons: unknown) => string;
  const ours = { values: [] as unknown[], spaces: [] as unknown[], pos: [] as unknown[], lemmas: [] as unknown[] };
  for (let i = 0; i < n; i++) {
    ours.values.push(words[lexemeOf(d, i)]);
    ours.spaces.push(precedingSpaceCount(d, i));
    ours.pos.push(tags[posIndexOf(d, i)]);
    ours.lemmas.push(lemma(i, d, model.addons));
  }
  const tokens = doc.tokens();
  expect(ours.values).toEqual(tokens.out(its.value));
  expect(ours.spaces).toEqual((tokens.out(its.precedingSpaces) as string[]).map((s) => s.length));
  expect(ours.pos).toEqual(tokens.out(its.pos));
  expect(ours.lemmas).toEqual(tokens.out(its.lemma as never));
  expect(d.sentences.map((s) => s.slice(0, 2))).toEqual(doc.sentences().out(its.span as never));
  // The cases that take the other branches are really there.
  expect(ours.spaces.some((s) => (s as number) > 1)).toBe(true);
  expect(d.tokens.some((v, k) => k % 4 === 1 && (v & 0xffff) === 0xffff)).toBe(true);
  expect(d.tokens.some((v, k) => k % 4 === 1 && v > 0xffff)).toBe(true); // a contraction
});
