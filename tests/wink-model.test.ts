// The fast model loader (src/nlp/load-model.ts) must give wink-nlp exactly what the model's own
// loader gives it, and wink must then read text exactly as with the stock model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { describe, expect, test } from 'vitest';
import { base64Bytes, loadCore, winkModel } from '../src/nlp/load-model.js';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const installed = (name: string): string =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

describe('the wink model loader', () => {
  test('the model and wink-nlp versions are pinned exactly (the loader follows their internal layout)', () => {
    expect(pkg.dependencies['wink-eng-lite-web-model']).toBe(installed('wink-eng-lite-web-model'));
    expect(pkg.dependencies['wink-nlp']).toBe(installed('wink-nlp'));
  });

  test('loadCore() is deep-equal to the model’s own core()', () => {
    const ours = loadCore();
    const theirs = (model as unknown as { core: () => unknown }).core();
    expect(ours).toStrictEqual(theirs);
  });

  test('each call gives its own lists and hashes (what wink extends while reading)', () => {
    const a = loadCore();
    const b = loadCore();
    for (const f of ['lexeme', 'prefix', 'suffix', 'shape']) {
      expect(a.features[f]!.list).not.toBe(b.features[f]!.list);
      expect(a.features[f]!.hash).not.toBe(b.features[f]!.hash);
    }
  });

  test('base64Bytes decodes as atob does, with and without padding', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', '\u0000\u00ff\u0080 binary \u00fe']) {
      const b64 = btoa(text);
      expect([...base64Bytes(b64)]).toEqual([...text].map((c) => c.charCodeAt(0)));
    }
  });

  test('wink reads news with it exactly as with the stock model (tokens, POS, lemmas, sentences)', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', '000_4deb51c0f7f3ecc6.txt'), 'utf8');
    const read = (m: unknown) => {
      const nlp = winkNLP(m as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
      const doc = nlp.readDoc(`${text}\n“It’s the party’s call,” said Sen. O’Neil-Ruiz, 63, at 5:30 p.m. #vote @press.`);
      const its = nlp.its;
      return {
        values: doc.tokens().out(its.value),
        spaces: doc.tokens().out(its.precedingSpaces),
        pos: doc.tokens().out(its.pos),
        lemmas: doc.tokens().out(its.lemma as never),
        types: doc.tokens().out(its.type),
        sentences: doc.sentences().out(its.span as never),
      };
    };
    expect(read(winkModel())).toEqual(read(model));
  });
});
