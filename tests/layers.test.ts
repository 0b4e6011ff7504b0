import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { analyzeDocument } from '../src/extract.js';
import { WinkTokenizer } from '../src/nlp/wink.js';

const tokenizer = new WinkTokenizer();

/** [type, words, speaker, cue] of each record. */
const records = (text: string) =>
  extract(text).quotes.map((q) => [q.type, q.text, q.speaker?.text ?? null, q.cue?.text ?? null]);

describe('regressions fixed by the layers (#12)', () => {
  test.each<[string, string, (string | null)[][]]>([
    [
      'a plural possessive is an apostrophe, not a closing mark: the trailing clause is found',
      'Classes would be cancelled on Friday, the teachers’ union said.',
      [['indirect', 'Classes would be cancelled on Friday', 'the teachers’ union', 'said']],
    ],
    [
      'a plural possessive in the speaker of a direct quote keeps the speaker',
      '“We will not back down on this,” the teachers’ union said.',
      [['direct', 'We will not back down on this,', 'the teachers’ union', 'said']],
    ],
    [
      'one cue table: a phrasal cue reports a that-clause as it attributes a quote',
      'Trump fired back that the report was false.',
      [['indirect', 'that the report was false', 'Trump', 'fired back']],
    ],
    ['the same cue after a direct quote', '“The report is false,” Trump fired back.', [['direct', 'The report is false,', 'Trump', 'fired back']]],
  ])('%s', (_name, text, expected) => {
    expect(records(text)).toEqual(expected);
  });
});

describe('quote-mark layer', () => {
  const roles = (text: string) => {
    const { doc } = analyzeDocument(text, tokenizer);
    return doc.tokens.flatMap((t, i) => (doc.quotes.markRole[i] ? [[t.text, doc.quotes.markRole[i]]] : []));
  };
  test.each<[string, string, [string, string][]]>([
    ['a closed quote', '“Yes,” she said.', [['“', 'open'], ['”', 'close']]],
    ['a plural possessive', 'the teachers’ union said', [['’', 'apostrophe']]],
    ['a possessive inside a quote', '“The teachers’ union is right,” he said.', [['“', 'open'], ['’', 'apostrophe'], ['”', 'close']]],
    ['single quotes pair', "He said 'no way' to it.", [["'", 'open'], ["'", 'close']]],
    ['a stray straight mark after a word keeps the side its neighbours give it', 'The 5" screen broke.', [['"', 'close']]],
  ])('%s', (_name, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  test('every token in a quote knows its span; others have none', () => {
    const { doc } = analyzeDocument('Lee said: “Go home now.” Then he left.', tokenizer);
    const inside = doc.tokens.filter((_, i) => doc.quotes.spanOfToken[i] === 0).map((t) => t.text);
    expect(inside).toEqual(['“', 'Go', 'home', 'now', '.', '”']);
  });
});

describe('cue layer', () => {
  const cues = (text: string) => {
    const { doc } = analyzeDocument(text, tokenizer);
    return doc.cues.cues.map((c) => ({ text: doc.tokens.slice(c.first, c.end).map((t) => t.text).join(' '), lemma: c.lemma, kind: c.kind, finite: c.finite, passive: c.passive, negated: c.negated, addressee: c.addressee }));
  };
  test.each<[string, string, Record<string, unknown>[]]>([
    ['a speech verb with its addressee slot', 'Lee told reporters it was over.', [{ text: 'told', lemma: 'tell', kind: 'speech', finite: true, passive: false, negated: false, addressee: 'object' }]],
    ['a phrasal cue', 'Lee fired back at critics.', [{ text: 'fired back', lemma: 'fire back', kind: 'speech' }]],
    ['a source phrase', 'According to Lee, it was over.', [{ text: 'According to', lemma: 'according to', kind: 'source' }]],
    ['a belief', 'Lee believes it is over.', [{ text: 'believes', lemma: 'believe', kind: 'belief' }]],
    ['a hedged passive is not finite', 'Lee is said to be angry.', [{ text: 'said', lemma: 'say', finite: false, passive: true }]],
    ['negated', 'Lee did not say it was over.', [{ text: 'say', lemma: 'say', negated: true }]],
    ['`said to` names the addressee after to', 'Lee said to reporters that it was over.', [{ text: 'said', addressee: 'to' }]],
    ['`went on to say`: the verb after to is the cue', 'Lee went on to say it was over.', [{ text: 'say', lemma: 'say' }]],
    ['`so-called` is a cue word but no finite use', 'The so-called deal failed.', [{ lemma: 'call', finite: false }]],
  ])('%s', (_name, text, expected) => {
    const found = cues(text).filter((c) => c.kind !== undefined);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, n) => expect(found[n]).toMatchObject(e));
  });
});
