// The adapter cuts text for wink at long runs (src/nlp/wink.ts `longRuns`): one loop over the
// characters, which must find exactly the runs of the regular expression it replaced.
import { expect, test } from 'vitest';
import { longRuns } from '../src/nlp/wink.js';

// The expression the loop replaced: a run of 1,000+ blanks, or of 101+ characters that are
// neither `\s` nor U+200B, each matched from its start only (the lookbehinds).
const LONG_RUN = /(?<![ \t\u00a0\u2000-\u200b\u3000])[ \t\u00a0\u2000-\u200b\u3000]{1000,}|(?<![^\s\u200b])([^\s\u200b]{101,})/g;

function byRegex(text: string, start: number, end: number): [number, number, boolean][] {
  const segment = text.slice(start, end);
  const runs: [number, number, boolean][] = [];
  LONG_RUN.lastIndex = 0;
  for (let m = LONG_RUN.exec(segment); m !== null; m = LONG_RUN.exec(segment)) {
    runs.push([start + m.index, start + m.index + m[0].length, m[1] !== undefined]);
  }
  return runs;
}

// Characters of every class the two differ on: blanks of the run, other `\s` (line breaks,
// U+1680, U+202F, U+205F, U+FEFF, U+2028), U+200B, letters, marks, a surrogate half.
const ALPHABET = [' ', '\t', '\u00a0', '\u2000', '\u2009', '\u200a', '\u200b', '\u3000', '\n', '\r', '\v', '\f', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\ufeff', '\u0085', 'a', '-', '_', '.', '\ud83d', '\ude00'];

test('longRuns finds the runs the regular expression found, on random text and at the edges', () => {
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let found = 0;
  for (let k = 0; k < 400; k++) {
    let text = '';
    while (text.length < 3000) {
      const c = ALPHABET[random(ALPHABET.length)]!;
      // Long stretches of one class, so that both kinds of run occur.
      text += c.repeat(random(3) === 0 ? random(1300) : 1 + random(60));
    }
    const start = random(200);
    const end = text.length - random(200);
    const want = byRegex(text, start, end);
    expect(longRuns(text, start, end)).toEqual(want);
    found += want.length;
  }
  expect(found).toBeGreaterThan(100);
  for (const text of ['', 'a'.repeat(100), 'a'.repeat(101), ' '.repeat(999), ' '.repeat(1000), `${'x'.repeat(101)}\u200b${' '.repeat(1000)}y`]) {
    expect(longRuns(text, 0, text.length)).toEqual(byRegex(text, 0, text.length));
  }
});
