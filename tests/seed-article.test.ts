import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

const text = readFileSync(new URL('../fixtures/000_4deb51c0f7f3ecc6.txt', import.meta.url), 'utf8');

describe('seed article (fixtures/000_4deb51c0f7f3ecc6.txt)', () => {
  const result = extract(text);
  const direct = result.quotes.filter((q) => q.type === 'direct');

  test('finds exactly its 9 speech fragments as direct quotes', () => {
    expect(direct.map((q) => q.text.slice(0, 30))).toEqual([
      'We might have had a joint stat',
      'But I felt it was important to',
      'I made it clear we wouldn’t to',
      'We talked about it in a variet',
      'I don’t want to understate how',
      'They didn’t respond at all,',
      'I’m going to make sure that th',
      'Tell them how firm the positio',
      'This is something that the two',
    ]);
  });

  test('links the two interrupted quotes with continues, and only those', () => {
    const links = direct.filter((q) => q.continues !== null).map((q) => [q.continues, q.id]);
    const id = (prefix: string) => direct.find((q) => q.text.startsWith(prefix))!.id;
    expect(links).toEqual([
      [id('We might'), id('But I felt')],
      [id('I made it'), id('We talked')],
    ]);
  });

  test('“specific” and “concrete” are not direct speech; Trump‘s opens nothing', () => {
    expect(direct.some((q) => q.text === 'specific' || q.text === 'concrete')).toBe(false);
    const other = extract(text, { includeNonSpeech: true }).quotes.filter((q) => q.type === 'other' && q.contentKind === 'term');
    expect(other.map((q) => q.text)).toEqual(['specific']);
    // “concrete” is reported as part of the mixed quote that holds it (indirect-quotes suite).
    expect(result.quotes.some((q) => q.type === 'mixed' && q.text.includes('“concrete”'))).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  test('every span is exact', () => {
    for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
