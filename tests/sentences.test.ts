import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { WinkTokenizer } from '../src/nlp/wink.js';
import { analyzeText } from '../src/stages/analyze-text.js';

const tokenizer = new WinkTokenizer();
const sentences = (text: string): string[] =>
  analyzeText(text, tokenizer).sentences.map((s) => text.slice(s.start, s.end));

// wink cuts after a dotted abbreviation inside a parenthesis (`(R-S.` | `C.)`); the piece that
// closes the parenthesis is merged back, so an attribution after it stays in the sentence.
describe('sentences: a cut inside an open parenthesis is merged back (#14)', () => {
  test.each([
    ['The ferry fee is too high, said Sen. Mara Lind (R-S.C.) on Tuesday.', ['The ferry fee is too high, said Sen. Mara Lind (R-S.C.) on Tuesday.']],
    ['The vote will be close, Rep. Tom Abey (D-N.Y.) told reporters. He left early.', ['The vote will be close, Rep. Tom Abey (D-N.Y.) told reporters.', 'He left early.']],
  ])('merged: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  // Not firing: the parenthesis is closed before the break, so the break stands.
  test.each([
    ['Fares rose again last year. (See page 3.) The mayor said the budget is tight.', ['Fares rose again last year.', '(See page 3.)', 'The mayor said the budget is tight.']],
    ['Fares rose again last year (see page 3.) The mayor said the budget is tight.', ['Fares rose again last year (see page 3.)', 'The mayor said the budget is tight.']],
  ])('not merged: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('the attribution after the parenthesis finds its speaker', () => {
    const text = 'The vote will be close, Rep. Tom Abey (D-N.Y.) told reporters. He left early.';
    const quotes = extract(text).quotes.map((q) => [q.text, q.speaker?.text]);
    expect(quotes).toEqual([['The vote will be close', 'Rep. Tom Abey']]);
  });
});

// wink splits some title abbreviations from their full stop and ends a sentence there
// (`the Rev.` | `Ada Lowe said`, `Sens.` | `Tom Abey and …`): the stop is glued back and the
// sentence goes on (#13: the speaker was `the Rev`).
describe('sentences: a title abbreviation wink splits keeps its full stop and its sentence (#13)', () => {
  const tokensOf = (text: string): string[] => analyzeText(text, tokenizer).tokens.map((t) => t.text);
  test.each([
    ['“We will rebuild,” said the Rev. Ada Lowe of Grace Chapel.', ['“We will rebuild,” said the Rev. Ada Lowe of Grace Chapel.']],
    ['Sens. Tom Abey and Mara Lind voted no. The bill failed.', ['Sens. Tom Abey and Mara Lind voted no.', 'The bill failed.']],
  ])('merged: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
    expect(tokensOf(text).filter((t) => /^(Rev|Sens)\.?$/u.test(t))).toEqual([text.startsWith('Sens') ? 'Sens.' : 'Rev.']);
  });

  // Not firing: a lower-case word after the stop, or an abbreviation wink keeps whole.
  test.each([
    ['The car hit its top Rev. then it stalled.', ['The car hit its top Rev. then it stalled.']],
    ['Ask Gov. Ann Petrie. She knows.', ['Ask Gov. Ann Petrie.', 'She knows.']],
  ])('unchanged: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('the speaker after the abbreviation is the whole name', () => {
    const q = extract('“We will rebuild,” said the Rev. Ada Lowe of Grace Chapel.').quotes[0];
    expect([q?.speaker?.text, q?.speaker?.name]).toEqual(['the Rev. Ada Lowe', 'Ada Lowe']);
  });
});
