// The sentence and POS machines' token transformers of src/nlp/hint-transformers.ts (hints of
// the model's own words read from tables) must give what the model's own transformers give,
// for every word of the model and for words learned while reading.
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import winkNLP from 'wink-nlp';
import { expect, test } from 'vitest';
import { loadCore, winkModel } from '../src/nlp/load-model.js';
import type { Transformer } from '../src/nlp/hint-transformers.js';

type Cache = Parameters<Transformer>[1] & { currentSize: () => number; intrinsicSize: () => number };
const theirs = (load: unknown): Transformer => (load as () => { transformers: Transformer[] })().transformers[0]!;
const ours = (m: Record<string, unknown>, name: 'sbd' | 'pos'): Transformer[] => (m[name] as () => { transformers: Transformer[] })().transformers;

test('the table-reading transformers equal the model’s for every word of the model and for learned words', () => {
  const model = winkModel();
  // wink hands its cache to the transformers: keep it (the stock transformer is used meanwhile).
  let cache: Cache | undefined;
  const stockSbd = theirs(loadSbd);
  model.sbd = () => ({
    ...(loadSbd as () => Record<string, unknown>)(),
    transformers: [((token, c, raw, i) => ((cache = c as Cache), stockSbd(token, c, raw, i))) as Transformer],
  });
  model.core = loadCore;
  const nlp = winkNLP(model as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
  // New words (some ending in a full stop: abbreviations to the model's feature) stay learned.
  nlp.readDoc('Mr. Qwzx met Ybbq-Ttrv and Zzq. at Frobnitz Inc., said Gov. Plimk. Krrg. “Yes.” Xq.Zv. went to the U.K.Q. office');
  expect(cache).toBeDefined();
  const c = cache!;
  const n = c.intrinsicSize();
  const end = c.currentSize() + 1;
  expect(end).toBeGreaterThan(n);
  const fast = { sbd: ours(winkModel(), 'sbd'), pos: ours(winkModel(), 'pos') };
  expect(fast.sbd).toHaveLength(1);
  expect(fast.pos).toHaveLength(2);
  const stock = { sbd: stockSbd, pos: theirs(loadPos) };
  const mismatches: string[] = [];
  const check = (name: 'sbd' | 'pos', token: number, raw: number[], i: number) => {
    const want = stock[name](token, c, raw, i);
    for (const f of fast[name]) {
      const got = f(token, c, raw, i);
      if (got !== want) mismatches.push(`${name} ${token} [${raw.join(',')}] ${i}: ${got} vs ${want}`);
    }
  };
  const ids = [...Array.from({ length: end }, (_, k) => k), end + 5, 1_080_004, 2_070_000];
  const seen = { sbdHint: 0, posHint: 0, abbrev: 0, learnedAbbrev: 0, quote: 0 };
  for (const k of ids) {
    const other = (k * 7919) % end;
    for (const spaces of [0, 1, 0x10003]) {
      check('sbd', k, [0, 0, 0, 0, k, spaces, 0, 0], 1);
      check('sbd', k, [other, spaces, 0, 0], 0);
      check('pos', 8, [0, 0, 0, 0, k, spaces, 0, 0], 1);
    }
    if (c.property(k, 'sbdHint')) seen.sbdHint++;
    if (c.property(k, 'sbdHint') === 4) seen.quote++;
    if (c.property(k, 'posHint')) seen.posHint++;
    if (c.property(k, 'isAbbrev') === 1) seen.abbrev++;
    if (k >= n && k < end && c.property(k, 'isAbbrev') === 1) seen.learnedAbbrev++;
  }
  expect(mismatches.slice(0, 10)).toEqual([]);
  // Every branch is taken.
  expect(seen.sbdHint).toBeGreaterThan(0);
  expect(seen.quote).toBeGreaterThan(0);
  expect(seen.posHint).toBeGreaterThan(0);
  expect(seen.abbrev).toBeGreaterThan(0);
  expect(seen.learnedAbbrev).toBeGreaterThan(0);
});
