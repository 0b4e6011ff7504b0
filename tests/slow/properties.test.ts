// Property suite: for ANY string, extract() never throws and every record keeps its promises
// (exact spans, offsets in bounds, ids in order, determinism, sorted warnings). The generators
// favour what breaks quote extractors: quote marks of every family, apostrophes, line breaks,
// capitalised words, speech verbs, and odd code points.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { QUOTE_MARKS } from '../../src/data/quote-marks.js';
import { SPEECH_VERB_FORMS } from '../../src/data/lexicon.generated.js';
import { checkInvariants } from '../support/invariants.js';

// ~8,000 random documents in all (about 5 s on one core). Override with QUOTEWISE_PROPERTY_RUNS.
const RUNS = Number(process.env.QUOTEWISE_PROPERTY_RUNS ?? 2_000);

const quoteMarks = QUOTE_MARKS.map((d) => d.mark);
const apostrophes = ["'", '’', '‘', 'ʼ', "n't", "'s", '’s', "'90s", "rock 'n' roll", "O'Neil", "Jones'", '’em'];
const breaks = ['\n', '\r\n', '\r', '\n\n', '\u2028', '\u2029', '\n\n\n'];
const words = ['Smith', 'Jane', 'Mr.', 'Dr.', 'Sen.', 'President', 'The', 'He', 'She', 'They', 'we', 'will', 'not', 'a', 'the', 'vote', 'U.S.', 'Reuters', 'spokeswoman', 'according to', 'that', 'reporters', 'him', 'on Monday'];
const verbs = [...SPEECH_VERB_FORMS.keys()].filter((_, i) => i % 7 === 0).concat(['said', 'says', 'told', 'added', 'asked']);
const punctuation = ['.', ',', '?', '!', ':', ';', '—', '–', '-', '…', '(', ')', '[', ']', '/'];
const blanks = [' ', ' ', ' ', '  ', '\t', '\u00a0', '\u202f', '\u3000'];
const oddCodePoints = [
  '\ud800', '\udfff', '\udc00\ud800', // lone and reversed surrogates
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u00ad', // NUL, controls, soft hyphen
  '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2069', '\u061c', // bidi
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', // zero-width
  '\u00a0', '\ufffd', '\uffff', '😀', '👍🏽', '👨‍👩‍👧', '🇫🇷', // NBSP, specials, emoji sequences
  'e\u0301', 'Jose\u0301', 'A\u030a', 'ﬁ', 'Ⅻ', '\u0130', 'ß', 'σς', // decomposed accents, ligatures, case oddities
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...quoteMarks) },
  { weight: 3, arbitrary: fc.constantFrom(...apostrophes) },
  { weight: 6, arbitrary: fc.constantFrom(...blanks) },
  { weight: 2, arbitrary: fc.constantFrom(...breaks) },
  { weight: 5, arbitrary: fc.constantFrom(...words) },
  { weight: 2, arbitrary: fc.constantFrom(...verbs) },
  { weight: 3, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 2, arbitrary: fc.constantFrom(...oddCodePoints) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,8}$/) },
);

/** Word salad built from the fragments above. */
const salad = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

/** Article-shaped text: sentences with quotes, attributions and stray marks, in paragraphs. */
const sentence = fc
  .tuple(
    fc.constantFrom(...quoteMarks),
    fc.array(fc.constantFrom(...words, ...verbs, ...apostrophes), { minLength: 1, maxLength: 12 }),
    fc.constantFrom(',', '.', '?', '!', '', '…'),
    fc.constantFrom(...quoteMarks, ''),
    fc.constantFrom(...words),
    fc.constantFrom(...verbs),
    fc.option(fc.constantFrom(...oddCodePoints), { nil: '' }),
  )
  .map(([open, body, stop, close, who, verb, odd]) => `${open}${body.join(' ')}${stop}${close} ${who} ${verb}${odd}.`);
const article = fc
  .array(fc.array(fc.oneof(sentence, salad), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 })
  .chain((paragraphs) =>
    fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n').map((sep) => paragraphs.map((p) => p.join(' ')).join(sep)),
  );

const anyText = fc.oneof(
  { weight: 4, arbitrary: salad },
  { weight: 4, arbitrary: article },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
);

describe('properties of extract() over any string', () => {
  test('never throws; every span exact and in bounds; ids q1..qN; continues points back; warnings sorted', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        checkInvariants(input, extract(input));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test('the same with includeNonSpeech (type other records too)', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const result = extract(input, { includeNonSpeech: true });
        checkInvariants(input, result);
        // Non-speech reporting adds records, never drops speech ones.
        const speech = extract(input).quotes.map((q) => `${q.start}:${q.end}:${q.type}`);
        const all = new Set(result.quotes.map((q) => `${q.start}:${q.end}:${q.type}`));
        for (const s of speech) expect(all.has(s)).toBe(true);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  test('deterministic: the same input gives deep-equal output, whatever ran before', () => {
    fc.assert(
      fc.property(anyText, anyText, (input, other) => {
        const first = extract(input);
        extract(other); // state left by another document must not matter
        expect(extract(input)).toEqual(first);
        expect(JSON.stringify(extract(input))).toBe(JSON.stringify(first));
      }),
      { numRuns: RUNS / 2 },
    );
  });

  test('maxLength truncation keeps every invariant and reports input-truncated', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 120 }), (input, maxLength) => {
        const result = extract(input, { maxLength });
        checkInvariants(input, result);
        for (const q of result.quotes) expect(q.end).toBeLessThanOrEqual(maxLength);
        const truncated = result.warnings.filter((w) => w.code === 'input-truncated');
        expect(truncated.length).toBe(input.length > maxLength ? 1 : 0);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  test('a well-formed quote survives any garbage in other paragraphs', () => {
    const known = '“We will not give up on this city,” Mayor Jane Smith said.';
    fc.assert(
      fc.property(salad, salad, fc.constantFrom('\n', '\n\n', '\r\n'), (before, after, sep) => {
        const input = `${before}${sep}${known}${sep}${after}`;
        const result = extract(input);
        checkInvariants(input, result);
        const start = before.length + sep.length + 1;
        const found = result.quotes.find((q) => q.start === start);
        expect(found?.text).toBe('We will not give up on this city,');
        expect(found?.type).toBe('direct');
      }),
      { numRuns: RUNS / 2 },
    );
  });
});

// Issue 10, item 10: whitespace of any kind between tokens must not change what is found
// (wink-nlp made a tab a SPACE token and U+2028 glued two words). Each space of a text may
// become any Unicode space (or U+0085, read as one), each line feed any one-character line
// break: same length, so the records must keep their offsets, type, speaker and cue.
const UNICODE_SPACES = [' ', '\t', '\u000b', '\u000c', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000'];
const LINE_SEPARATORS = ['\n', '\r', '\u2028', '\u2029'];
const realTexts = [
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', '000_4deb51c0f7f3ecc6.txt'), 'utf8'),
  ...readdirSync(join(import.meta.dirname, '..', '..', 'fixtures', 'gold')).flatMap((f) =>
    readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'gold', f), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { text: string }).text),
  ),
];
/** What a record says, whatever whitespace the input has: offsets, type, speaker, cue. */
const gist = (result: ReturnType<typeof extract>) =>
  result.quotes.map((q) => ({
    span: [q.start, q.end],
    type: q.type,
    speaker: q.speaker && [q.speaker.start, q.speaker.end, q.speaker.name?.replace(/\s+/g, ' ') ?? null],
    cue: q.cue && [q.cue.start, q.cue.end],
  }));

describe('whitespace of any kind changes nothing (issue 10, item 10)', () => {
  const withWhitespace = fc
    .tuple(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...realTexts) }, { weight: 1, arbitrary: article }), fc.infiniteStream(fc.nat()), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([text, picks, share]) => {
      // A share of the spaces and line feeds (from a few to all) is replaced.
      const next = () => picks.next().value as number;
      const varied = text.replace(/[ \n]/g, (c) => {
        if (next() % 1000 >= share * 1000) return c;
        const pool = c === ' ' ? UNICODE_SPACES : LINE_SEPARATORS;
        return pool[next() % pool.length]!;
      });
      return [text, varied] as const;
    });

  test('every Unicode space for spaces and every line separator for line feeds: the same records', () => {
    fc.assert(
      fc.property(withWhitespace, ([text, varied]) => {
        const result = extract(varied);
        checkInvariants(varied, result);
        expect(gist(result)).toEqual(gist(extract(text)));
      }),
      { numRuns: RUNS / 4 },
    );
  });
});
