// The generator that found issue 10's item 1 (`Tom Reyes, the teachers' union leader, said …`
// and `'R,s',said` threw a TypeError): real news paragraphs (the repository's own fixtures)
// with apostrophes and quote marks put into names and possessives, and words cut around them.
// For every such text extract() never throws and keeps its invariants, and audit() of any
// stretch of it never throws either (the CLI's audit used to crash with a stack trace).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { audit, extract } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';

const RUNS = Number(process.env.QUOTEWISE_PROPERTY_RUNS ?? 2_000);
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Paragraphs of the fixtures: the seed and ferry articles, and the gold files' texts. */
function fixtureParagraphs(): string[] {
  const texts = [readFileSync(join(FIXTURES, '000_4deb51c0f7f3ecc6.txt'), 'utf8'), readFileSync(join(FIXTURES, 'claims', 'ferry-terminal.txt'), 'utf8')];
  for (const f of readdirSync(join(FIXTURES, 'gold')).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(FIXTURES, 'gold', f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line) as { text?: unknown };
      if (typeof text === 'string') texts.push(text);
    }
  }
  return texts.flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 20);
}

const PARAGRAPHS = fixtureParagraphs();
const MARKS = ["'", '’', '‘', '"', '“', '”', '«', '»', 'ʼ', '`'];

/** One edit at a word boundary: a mark glued to a word (before, after, inside) or a possessive. */
type Edit = { at: number; kind: 'before' | 'after' | 'inside' | 'possessive' | 'plural-possessive' | 'cut'; mark: string; nearCue: boolean };

const CUE = /^(said|says|told|added|asked|according|stated|explained|argued)\b/i;

function applyEdits(paragraph: string, edits: Edit[]): string {
  const words = paragraph.split(' ');
  const cues = words.flatMap((w, i) => (CUE.test(w) ? [i] : []));
  for (const { at, kind, mark, nearCue } of edits) {
    // Most edits land in the few words before a speech verb: the speaker and the end of the
    // quote, where a stray mark changes what the attribution reads.
    const k = nearCue && cues.length ? Math.max(0, cues[at % cues.length]! - 1 - (at % 5)) : at % words.length;
    const w = words[k]!;
    switch (kind) {
      case 'before':
        words[k] = mark + w;
        break;
      case 'after':
        words[k] = w + mark;
        break;
      case 'inside':
        words[k] = w.slice(0, 1) + mark + w.slice(1); // O'Neil, R's
        break;
      case 'possessive':
        words[k] = `${w.replace(/[.,;:]$/, '')}${mark}s`;
        break;
      case 'plural-possessive':
        words[k] = `${w.replace(/[.,;:]$/, '')}s${mark}`; // the teachers' union
        break;
      case 'cut':
        words[k] = w.slice(0, 1) + mark; // 'R,s' : a word cut to a letter and a mark
        break;
    }
  }
  return words.join(' ');
}

const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Edit['kind']>('before', 'after', 'inside', 'possessive', 'plural-possessive', 'cut'),
  mark: fc.constantFrom(...MARKS),
  nearCue: fc.boolean(),
});

const mangled = fc
  .tuple(fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 3 }), fc.array(edit, { minLength: 1, maxLength: 8 }))
  .map(([paragraphs, edits]) => paragraphs.map((p, i) => applyEdits(p, edits.map((e) => ({ ...e, at: e.at + i })))).join('\n\n'));

// Words of the fixtures: names (two capitalised words in a row), lower-case words, speech verbs.
const ALL = PARAGRAPHS.join(' ');
const NAMES = [...new Set([...ALL.matchAll(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g)].map((m) => m[0]))].slice(0, 300);
const NOUNS = [...new Set([...ALL.matchAll(/\b[a-z]{4,12}\b/g)].map((m) => m[0]))].slice(0, 600);
const VERBS = ['said', 'says', 'told reporters', 'added', 'warned', 'argued', 'explained'];
const POSSESSIVE = ["s'", 's’', "'s", '’s', 's‘', 's"', 's”', "'", '’'];

/**
 * A speaker with an apposition holding a possessive before a trailing cue (`Tom Reyes, the
 * teachers' union leader, said …`), or a quote-shaped fragment glued to the cue (`'R,s',said`),
 * placed among real paragraphs.
 */
const attribution = fc.oneof(
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NOUNS), fc.constantFrom(...POSSESSIVE), fc.constantFrom(...NOUNS), fc.constantFrom(...NOUNS), fc.constantFrom(...VERBS), fc.array(fc.constantFrom(...NOUNS), { minLength: 1, maxLength: 8 }))
    .map(([name, a, poss, b, c, verb, rest]) => `${name}, the ${a}${poss} ${b} ${c}, ${verb} the ${rest.join(' ')}.`),
  fc
    .tuple(fc.constantFrom(...MARKS), fc.stringMatching(/^[A-Za-z]{1,3}$/), fc.constantFrom(',', ' ', ', ', ''), fc.stringMatching(/^[a-z]{1,3}$/), fc.constantFrom(...MARKS), fc.constantFrom(',', ', ', ' ', ''), fc.constantFrom(...VERBS))
    .map(([m1, w1, sep, w2, m2, sep2, verb]) => `${m1}${w1}${sep}${w2}${m2}${sep2}${verb}`),
);

const withAttribution = fc
  .tuple(fc.array(fc.constantFrom(...PARAGRAPHS), { maxLength: 2 }), attribution, fc.array(edit, { maxLength: 3 }))
  .map(([paragraphs, sentence, edits]) => [...paragraphs.map((p) => applyEdits(p, edits)), sentence].join('\n\n'));

describe('real paragraphs with apostrophes and quote marks in names and possessives (issue 10, item 1)', () => {
  test('the two texts of the issue', () => {
    for (const text of ["Tom Reyes, the teachers' union leader, said the strike would go ahead.", "'R,s',said"]) {
      checkInvariants(text, extract(text));
      expect(() => audit(text, 'the strike would go ahead')).not.toThrow();
    }
  });

  test('extract never throws and keeps every invariant', () => {
    expect(PARAGRAPHS.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(mangled, (text) => {
        checkInvariants(text, extract(text));
      }),
      { numRuns: RUNS },
    );
  });

  test('speakers with possessives in an apposition, quote-shaped fragments at a cue: extract and audit never throw', () => {
    fc.assert(
      fc.property(withAttribution, (text) => {
        checkInvariants(text, extract(text));
        const r = audit(text, { quote: text.slice(-40), speaker: 'Reyes' });
        if (r.match) expect(text.slice(r.match.start, r.match.end)).toBe(r.match.text);
      }),
      { numRuns: RUNS },
    );
  });

  test('audit of any stretch of the text never throws; its match is a slice of the text', () => {
    fc.assert(
      fc.property(mangled, fc.nat(), fc.nat({ max: 80 }), (text, from, length) => {
        const start = from % text.length;
        const claim = text.slice(start, start + length);
        const r = audit(text, { quote: claim, speaker: 'Reyes' });
        if (r.match) expect(text.slice(r.match.start, r.match.end)).toBe(r.match.text);
      }),
      { numRuns: RUNS / 4 },
    );
  });
});
