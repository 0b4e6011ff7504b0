import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import type { ExtractOptions } from '../src/index.js';

/** Reported records as [contentKind, text, cue]. */
const reported = (text: string, options?: ExtractOptions): [string, string, string | undefined][] =>
  extract(text, options).quotes.filter((q) => q.type !== 'direct').map((q) => [q.contentKind, q.text, q.cue?.text]);

describe('reported speech: clause shapes that were missed', () => {
  test.each<[string, string, [string, string, string][]]>([
    ['a trailing attribution after an adverbial first', 'After some delays, the new line has been meeting its targets, one official said.', [['statement', 'After some delays, the new line has been meeting its targets', 'said']]],
    ['a speech verb the tagger took for a noun', 'The newspaper reports the mayor resigned on Friday.', [['statement', 'the mayor resigned on Friday', 'reports']]],
    ['a speech verb the tagger took for an adjective', 'Prosecutors alleged Greer moved the money.', [['statement', 'Greer moved the money', 'alleged']]],
    ['that + an adverbial clause', 'He told investigators that whenever he saw the truck, he called the police.', [['statement', 'that whenever he saw the truck, he called the police', 'told']]],
    ['a coordinated subject', 'The bridge is safe, Smith and Jones said.', [['statement', 'The bridge is safe', 'said']]],
  ])('%s', (_name, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['the alleged killer: an adjective', 'The alleged killer fled the city on Friday.'],
    ['weather reports show: a noun', 'Weather reports show the storm moving east.'],
  ])('not: %s', (_name, text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('topics with a preposition (wide scope)', () => {
  test.each<[string, string, [string, string, string][]]>([
    ['talked about', 'He talked about his plans for the harbour.', [['topic', 'his plans for the harbour', 'talked about']]],
    ['commented on', 'She commented on the ruling, which surprised many.', [['topic', 'the ruling', 'commented on']]],
    ['asked about + a wh-clause is a question', 'He asked about how the money was spent.', [['question', 'how the money was spent', 'asked about']]],
    ['called on … to: a request', 'The mayor called on residents to save water.', [['intention', 'residents to save water', 'called on']]],
  ])('%s', (_name, text, expected) => {
    expect(reported(text, { scope: 'wide' })).toEqual(expected);
    expect(reported(text)).toEqual([]);
  });
});

describe('a lead-in is not a mixed quote: the quote stays direct with its cue', () => {
  const records = (text: string): [string, string, string | undefined][] => extract(text).quotes.map((q) => [q.type, q.text, q.cue?.text]);
  test.each<[string, string, [string, string, string][]]>([
    ['cue, comma, quote', 'The Beige Book said, “Activity rose modestly in most districts.”', [['direct', 'Activity rose modestly in most districts.', 'said']]],
    ['cue + addressee + time, comma, quote', 'Marlow told his radio audience on Monday, “The race has tightened.”', [['direct', 'The race has tightened.', 'told']]],
    ['inverted cue, speaker, colon, quote', 'The plan drew doubts. Said Ellis: “I do not see the point of the reform.”', [['direct', 'I do not see the point of the reform.', ':']]],
    ['a quote, then a speaker with an age', '“I have never been edited,” Mr. King, 82, told the magazine.', [['direct', 'I have never been edited,', 'told']]],
    ['as + a quote', 'It was an explosion that the mayor described as “an intentional act.”', [['direct', 'an intentional act.', 'described']]],
  ])('%s', (_name, text, expected) => {
    expect(records(text)).toEqual(expected);
  });

  test('words of the reporter around the quote still make a mixed quote', () => {
    expect(records('The mayor said the new line would be “the backbone of the city” for decades.')).toEqual([
      ['mixed', 'the new line would be “the backbone of the city” for decades', 'said'],
    ]);
  });
});
