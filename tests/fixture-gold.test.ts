// The hand-written gold of fixtures/gold/*.jsonl is checked like code: a span that does not
// slice to its text, or a speaker mention found inside another word (`he` in `They`), would
// score quotewise against a wrong answer.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { GoldQuote } from '../scripts/score.js';

const dir = new URL('../fixtures/gold/', import.meta.url);
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((file) =>
    readFileSync(new URL(file, dir), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((line) => {
        const article = JSON.parse(line) as { id: string; text: string; quotes: GoldQuote[] };
        return article.quotes.map((q) => [`${file} ${article.id} ${q.start}`, article.text, q] as const);
      }),
  );
const WORD = /[\p{L}\p{N}]/u;
const wholeWord = (text: string, start: number, end: number) => !WORD.test(text[start - 1] ?? '') && !WORD.test(text[end] ?? '');

test('there are fixture gold quotes', () => {
  expect(rows.length).toBeGreaterThan(200);
});

test.each(rows)('%s: spans slice to their texts and mentions are whole words', (_id, text, q) => {
  expect(text.slice(q.start, q.end)).toBe(q.text);
  if (q.speaker !== null && q.speakerStart !== null && q.speakerEnd !== null) {
    expect(text.slice(q.speakerStart, q.speakerEnd)).toBe(q.speaker);
    expect(wholeWord(text, q.speakerStart, q.speakerEnd), `speaker "${q.speaker}" at ${q.speakerStart}`).toBe(true);
  }
});
