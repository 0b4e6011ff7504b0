// The pathological inputs of issue 7, as a table: each must complete (no throw, no stack
// overflow, no super-linear stall: a quadratic path at 1 MB would not finish within the test
// timeout), keep every invariant, warn where the text is odd, and still find the ordinary quotes
// around it. Time per MB is measured by the benchmark (`npm run bench`), never asserted here.
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import type { Extraction } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';

const MB = 1_000_000;

/** `unit` repeated to exactly `length` code units (whole units only, no cut surrogate pair). */
const fill = (unit: string, length = MB): string => unit.repeat(Math.floor(length / unit.length));

/** Deterministic pseudo-random code points (any plane, lone surrogates included). */
function randomCodePoints(length: number, seed = 7): string {
  let x = seed;
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const cp = x % 0x110000;
    const s = String.fromCodePoint(cp);
    parts.push(s);
    n += s.length;
  }
  return parts.join('');
}

/** A known, ordinary quote placed before and after the pathological text. */
const KNOWN = '“We will rebuild every school in this district,” Mayor Ana Lopez said.';

interface Case {
  name: string;
  /** The pathological middle part. */
  body: string;
  /** What the result must show about the middle part. */
  expectBody: (result: Extraction, bodyStart: number, bodyEnd: number) => void;
}

const inBody = (result: Extraction, start: number, end: number) => ({
  quotes: result.quotes.filter((q) => q.start >= start && q.end <= end),
  warnings: result.warnings.filter((w) => w.start >= start && w.end <= end),
});

const cases: Case[] = [
  {
    name: '1 MB of quote marks of every family, no words',
    body: fill('"“”«»‘’\'„‹›「」『』‚``'),
    expectBody: (r, s, e) => {
      const { quotes, warnings } = inBody(r, s, e);
      expect(quotes).toEqual([]); // nothing with a letter or digit inside
      expect(warnings.length).toBeGreaterThan(1_000);
      expect(warnings.filter((w) => w.code !== 'unclosed-quote' && w.code !== 'unmatched-quote')).toEqual([]);
    },
  },
  {
    name: '1 MB of apostrophes (contractions, names, elisions, plural possessives)',
    body: fill("don't O'Neil ’90s rock ’n’ roll the Joneses' car Trump‘s isn’t '80s y'all "),
    expectBody: (r, s, e) => {
      expect(inBody(r, s, e)).toEqual({ quotes: [], warnings: [] });
    },
  },
  {
    name: '1 MB of unclosed quotes, one paragraph',
    body: fill('They said “we will never '),
    expectBody: (r, s, e) => {
      const marks = MB / 'They said “we will never '.length;
      const { warnings } = inBody(r, s, e);
      // Each “ is reopened by the next one before any ”: each is unclosed, except the last,
      // which the next paragraph (opening with “) continues, as multi-paragraph quotes do.
      expect(warnings.filter((w) => w.code === 'unclosed-quote').length).toBe(marks - 1);
    },
  },
  {
    name: '1 MB of unclosed quotes, one per paragraph (news continuation convention)',
    body: fill('“We will never stop fighting for this\n'),
    expectBody: (r, s, e) => {
      const { quotes, warnings } = inBody(r, s, e);
      const paragraphs = Math.floor(MB / '“We will never stop fighting for this\n'.length);
      expect(quotes.length).toBe(paragraphs);
      // Each paragraph continues into the next (same opening mark), the last one into the
      // closing “We will rebuild …” paragraph: the news convention for long quotes, no warning.
      expect(quotes.slice(1).every((q, i) => q.continues === quotes[i]!.id)).toBe(true);
      expect(warnings).toEqual([]);
    },
  },
  {
    name: 'one 1 MB paragraph of quotes and attributions',
    body: fill('“The budget is balanced for the first time in years,” Senator Jane Smith said on Tuesday. Critics disagreed. '),
    expectBody: (r, s, e) => {
      const n = Math.floor(MB / '“The budget is balanced for the first time in years,” Senator Jane Smith said on Tuesday. Critics disagreed. '.length);
      const { quotes, warnings } = inBody(r, s, e);
      expect(quotes.length).toBe(n);
      expect(quotes.every((q) => q.type === 'direct' && q.text === 'The budget is balanced for the first time in years,')).toBe(true);
      expect(quotes.filter((q) => q.speaker?.text === 'Senator Jane Smith').length).toBe(n);
      expect(warnings).toEqual([]);
    },
  },
  {
    name: '100,000 paragraphs, a quote in every 1,000th',
    body: Array.from({ length: 100_000 }, (_, i) =>
      i % 1_000 === 999 ? '“Prices will fall by the spring,” Tom Reyes told reporters.' : `Line ${i}.`,
    ).join('\n'),
    expectBody: (r, s, e) => {
      const { quotes, warnings } = inBody(r, s, e);
      expect(quotes.length).toBe(100);
      expect(quotes.every((q) => q.text === 'Prices will fall by the spring,' && q.speaker?.text === 'Tom Reyes')).toBe(true);
      expect(new Set(quotes.map((q) => q.context.paragraph)).size).toBe(100);
      expect(warnings).toEqual([]);
    },
  },
  ...[
    ['spaces', ' '],
    ['tabs', '\t'],
    ['no-break spaces', '\u00a0'],
    ['zero-width spaces', '\u200b'],
    ['form feeds', '\f'],
    ['byte-order marks', '\ufeff'],
  ].map(([what, ch]): Case => ({
    // wink-nlp stores at most 65,534 preceding spaces per token; longer runs are cut out.
    name: `a run of 70,000 ${what} inside a paragraph between two quotes`,
    body: `“Nobody saw the storm coming,” Lee Park said.${ch!.repeat(70_000)}“We were ready,” Kim Ode said.`,
    expectBody: (r, s, e) => {
      const { quotes } = inBody(r, s, e);
      expect(quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
        ['Nobody saw the storm coming,', 'Lee Park'],
        ['We were ready,', 'Kim Ode'],
      ]);
    },
  })),
  {
    name: '1 MB of random code points (every plane, lone surrogates, controls)',
    body: randomCodePoints(MB),
    expectBody: () => {
      // Invariants only: random text has no meaning to find.
    },
  },
  {
    name: 'a 1 MB run without blanks (a data URI)',
    body: `<img src="data:image/png;base64,${fill('iVBORw0KGgo+AAA/AAANSUhEUg==', MB)}">`,
    expectBody: (r, s, e) => {
      // The quoted 1 MB attribute value is flagged (whether it is reported: see below).
      expect(r.warnings.filter((w) => w.code === 'quote-too-long' && w.start >= s && w.end <= e).length).toBe(1);
    },
  },
  {
    name: '1 MB of dashes and underscores (wink-nlp tokenizes such runs in quadratic time)',
    body: `${fill('-', MB / 2)}\n${fill('a_', MB / 2)}`,
    expectBody: (r, s, e) => {
      expect(inBody(r, s, e).quotes).toEqual([]);
    },
  },
  {
    name: '500,000 nested opening marks, then 500,000 closing marks none of them accepts',
    body: `${fill('«“', MB / 2)}${fill('」', MB / 2)}`,
    expectBody: (r, s, e) => {
      const { warnings } = inBody(r, s, e);
      expect(warnings.filter((w) => w.code === 'unmatched-quote').length).toBe(MB / 2);
    },
  },
  {
    // Spreading 100k+ items into push() overflowed the call stack: spans, then warnings.
    name: '150,000 closed one-word quotes in one paragraph (no stack overflow on large arrays)',
    body: fill('"a" ', 600_000),
    expectBody: (r, s, e) => {
      expect(inBody(r, s, e)).toEqual({ quotes: [], warnings: [] }); // one word, no stop: not speech
    },
  },
  {
    // Quotes with no attribution of their own send the attribution stage looking back for one.
    name: '60,000 unattributed speech quotes in one paragraph',
    body: fill('"We will see." ', 900_000),
    expectBody: (r, s, e) => {
      const { quotes } = inBody(r, s, e);
      expect(quotes.length).toBe(60_000);
      expect(quotes.every((q) => q.type === 'direct' && q.text === 'We will see.')).toBe(true);
    },
  },
  {
    name: '150,000 unclosed opening marks in one paragraph (150,000 warnings)',
    body: fill('“a ', 450_000),
    expectBody: (r, s, e) => {
      // All but the last, which the next paragraph (opening with “) continues.
      expect(inBody(r, s, e).warnings.length).toBe(150_000 - 1);
    },
  },
];

describe('pathological inputs: complete, keep invariants, warn, and still find the quotes around them', () => {
  test.each(cases)('$name', ({ body, expectBody }) => {
    const input = `${KNOWN}\n\n${body}\n\n${KNOWN}`;
    const bodyStart = KNOWN.length + 2;
    const bodyEnd = bodyStart + body.length;
    const result = extract(input);
    checkInvariants(input, result);
    expectBody(result, bodyStart, bodyEnd);
    // The ordinary quotes before and after are still found, with their speaker.
    const first = result.quotes[0];
    const last = result.quotes[result.quotes.length - 1];
    for (const [q, at] of [
      [first, 1],
      [last, bodyEnd + 3],
    ] as const) {
      expect(q?.start).toBe(at);
      expect(q?.text).toBe('We will rebuild every school in this district,');
      expect(q?.speaker?.text).toBe('Mayor Ana Lopez');
    }
  });
});

// Known failure (src/stages/find-direct-quotes.ts, looksLikeSpeech): a quoted run with no blank
// at all (a data URI, a URL, base64) splits into many "words" at + and / and passes as speech.
test.fails('a quoted 1 MB data URI is not reported as a quote', () => {
  const input = `${KNOWN}\n\n<img src="data:image/png;base64,${fill('iVBORw0KGgo+AAA/AAANSUhEUg==', MB)}">`;
  expect(extract(input).quotes.map((q) => q.text)).toEqual(['We will rebuild every school in this district,']);
});

describe('maxLength bounds the work on huge input', () => {
  test('10 MB of text with maxLength 100,000 reads 100,000 characters and says so', () => {
    const input = `${KNOWN}\n${fill('x ', 10 * MB)}`;
    const result = extract(input, { maxLength: 100_000 });
    checkInvariants(input, result);
    expect(result.warnings.filter((w) => w.code === 'input-truncated')).toEqual([
      expect.objectContaining({ start: 100_000, end: input.length }),
    ]);
    expect(result.quotes.map((q) => q.start)).toEqual([1]);
  });
});
