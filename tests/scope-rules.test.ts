import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

/** Reported (not direct) records of the wide scope as [contentKind, text, cue]. */
const wide = (text: string): [string, string, string | undefined][] =>
  extract(text, { scope: 'wide' }).quotes.filter((q) => q.type !== 'direct').map((q) => [q.contentKind, q.text, q.cue?.text]);

describe('topics with `on`', () => {
  test('commented on: a topic', () => {
    expect(wide('Ms. Ortiz commented on the ruling.')).toEqual([['topic', 'the ruling', 'commented on']]);
  });
  test.each<[string, string]>([
    ['speaking on condition of anonymity', 'A club official, speaking on condition of anonymity, said the deal was close.'],
    ['spoke on a radio station', 'The coach spoke on KXRB radio after the game.'],
  ])('not: %s', (_name, text) => {
    expect(wide(text).filter((r) => r[2] !== 'said')).toEqual([]);
  });
});
