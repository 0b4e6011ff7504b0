// Properties of audit(): any fragment of a quote, claimed for its speaker, is verbatim;
// typography never changes that; a case change makes it near-verbatim; and on any strings
// audit() never throws and its span is always a slice of the source.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { audit, extract } from '../src/index.js';

const ARTICLES = ['fixtures/claims/ferry-terminal.txt', 'fixtures/000_4deb51c0f7f3ecc6.txt'].map((f) =>
  readFileSync(new URL(`../${f}`, import.meta.url), 'utf8'),
);
const WORD = /[\p{L}\p{N}]+(?:['’‘][\p{L}\p{N}]+)*/gu;

// Every direct quote with a named speaker, as its words with their offsets.
const QUOTES = ARTICLES.flatMap((text) => {
  const extraction = extract(text);
  return extraction.quotes
    .filter((q) => q.type === 'direct' && q.speaker?.name)
    .map((q) => ({ text, extraction, speaker: q.speaker!.name!, words: [...q.text.matchAll(WORD)].map((m) => m[0]) }))
    .filter((q) => q.words.length >= 2);
});

/** A contiguous run of words of one quote: [quote, first, end). */
const fragment = fc
  .integer({ min: 0, max: QUOTES.length - 1 })
  .chain((i) => fc.tuple(fc.constant(i), fc.integer({ min: 0, max: QUOTES[i]!.words.length - 1 })))
  .chain(([i, a]) => fc.tuple(fc.constant(i), fc.constant(a), fc.integer({ min: a + 1, max: QUOTES[i]!.words.length })));

describe('audit properties', () => {
  test('the fixtures give quotes to draw from', () => {
    expect(QUOTES.length).toBeGreaterThanOrEqual(8);
  });

  test('any fragment of a direct quote, claimed for its speaker, is verbatim and matched exactly', () => {
    fc.assert(
      fc.property(fragment, ([i, a, b]) => {
        const q = QUOTES[i]!;
        const words = q.words.slice(a, b);
        const r = audit(q.text, { quote: words.join(' '), speaker: q.speaker }, { extraction: q.extraction });
        expect(r.verdict).toBe('verbatim');
        expect(r.similarity).toBe(1);
        expect([...r.match!.text.matchAll(WORD)].map((m) => m[0])).toEqual(words);
      }),
      { numRuns: 300 },
    );
  });

  test('typography does not count: straight marks and apostrophes, spacing, punctuation', () => {
    const retype = fc.record({
      gap: fc.constantFrom(' ', '  ', ' \n', '\t', ', '),
      open: fc.constantFrom('', '"', '“', "'", '«'),
      close: fc.constantFrom('', '"', '”', '.', '!', ',"', '…”'),
    });
    fc.assert(
      fc.property(fragment, retype, ([i, a, b], t) => {
        const q = QUOTES[i]!;
        const words = q.words.slice(a, b).map((w) => w.replace(/[’‘]/g, "'"));
        const claim = t.open + words.join(t.gap) + t.close;
        expect(audit(q.text, { quote: claim, speaker: q.speaker }, { extraction: q.extraction }).verdict).toBe('verbatim');
      }),
      { numRuns: 300 },
    );
  });

  test('a changed letter case makes a fragment near-verbatim', () => {
    fc.assert(
      fc.property(fragment, ([i, a, b]) => {
        const q = QUOTES[i]!;
        const words = q.words.slice(a, b);
        const flipped = words.join(' ').replace(/\p{L}/u, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()));
        fc.pre(flipped !== words.join(' '));
        // The flipped words must not be in the article as written (a one-word "We" may well be).
        const articleWords = ` ${[...q.text.matchAll(WORD)].map((m) => m[0]).join(' ')} `;
        fc.pre(!articleWords.includes(` ${flipped} `));
        expect(audit(q.text, { quote: flipped, speaker: q.speaker }, { extraction: q.extraction }).verdict).toBe('near-verbatim');
      }),
      { numRuns: 200 },
    );
  });

  test('any strings: never throws, the match is a slice of the source, similarity in 0..1', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '“', '”', '"', '\n', ',', '…', '.', 'We', ' said ', 'Ann Lee', '’', '\u0000', '\ud800') , maxLength: 120 });
    fc.assert(
      fc.property(text, text, fc.option(fc.constantFrom('Ann Lee', 'Lee', 'he', '')), (source, quote, speaker) => {
        const r = audit(source, { quote, speaker });
        expect(r.similarity).toBeGreaterThanOrEqual(0);
        expect(r.similarity).toBeLessThanOrEqual(1);
        if (r.match) expect(source.slice(r.match.start, r.match.end)).toBe(r.match.text);
        else expect(r.verdict).toBe('not-found');
      }),
      { numRuns: 500 },
    );
  });
});
