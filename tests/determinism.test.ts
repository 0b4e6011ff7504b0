// The same text always gives the same result, whatever was read before it (issue 11). wink-nlp
// learns every new word it reads, and its tokenizer keeps a known word whole: the adapter
// undoes what each document taught it. The slow project repeats this over PolNeAR train and
// through the CLI with several workers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { WinkTokenizer } from '../src/nlp/wink.js';

const tokens = (tokenizer: WinkTokenizer, text: string) =>
  tokenizer.analyze(text, 0, text.length).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}@${t.start}`);

describe('reading leaves wink-nlp as it was', () => {
  // [read first, then this]: a fresh instance splits the second differently from one that has
  // learned a word of the first.
  const rows: [before: string, text: string][] = [
    ['It was the party’s, not his.', 'The party’s nomination went to her.'],
    ['“The board’s,” she said, “not ours.”', '“It is the board’s decision,” said Maria Lopez.'],
    ['It is Zorvath’s.', 'Zorvath’s aide said no.'],
  ];
  test.each(rows)('after %j, %j is read as by a fresh instance', (before, text) => {
    const fresh = tokens(new WinkTokenizer(), text);
    const used = new WinkTokenizer();
    tokens(used, before);
    expect(tokens(used, text)).toEqual(fresh);
    expect(used.instancesCreated).toBe(1);
  });

  test('the party’s case: `party` and `’s` stay two tokens', () => {
    const tokenizer = new WinkTokenizer();
    tokens(tokenizer, 'It was the party’s, not his.');
    expect(tokens(tokenizer, 'The party’s nomination.').slice(1, 3).map((t) => t.split('/')[0])).toEqual(['party', '’s']);
  });

  test('the vocabulary is the same size after a document full of new words', () => {
    const tokenizer = new WinkTokenizer();
    tokens(tokenizer, 'Warm-up.');
    const before = tokenizer.vocabularySizes();
    const words = Array.from({ length: 300 }, (_, i) => `Qx${i.toString(36)}vel’s zor-${i}ap ${i}th-Wq.`).join(' ');
    tokens(tokenizer, words);
    expect(tokenizer.vocabularySizes()).toEqual(before);
  });
});

describe('extract() does not depend on what it read before', () => {
  const texts = [
    readFileSync(join(import.meta.dirname, '..', 'fixtures', '000_4deb51c0f7f3ecc6.txt'), 'utf8'),
    ...readdirSync(join(import.meta.dirname, '..', 'fixtures', 'gold')).flatMap((f) =>
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'gold', f), 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { text: string }).text),
    ),
  ];

  test(`${texts.length} fixture texts: the same JSON forwards, backwards and again`, () => {
    const forwards = texts.map((t) => JSON.stringify(extract(t)));
    const backwards = [...texts].reverse().map((t) => JSON.stringify(extract(t))).reverse();
    const again = texts.map((t) => JSON.stringify(extract(t)));
    expect(backwards).toEqual(forwards);
    expect(again).toEqual(forwards);
  });
});
