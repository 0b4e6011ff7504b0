import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { WinkTokenizer } from '../src/nlp/wink.js';
import { analyzeText } from '../src/stages/analyze-text.js';
import { findPageFurniture } from '../src/stages/find-page-furniture.js';
import { isFurniture } from '../src/layers/page-furniture.js';

const tokenizer = new WinkTokenizer();
/** The furniture of an article: [kind, text] per span. */
const furniture = (text: string): [string, string][] =>
  findPageFurniture(analyzeText(text, tokenizer)).spans.map((s) => [s.kind, text.slice(s.start, s.end)]);
const HEAD = 'Ferry Service Returns\n\n';
const BODY = 'The ferry will run again from Monday, the harbour authority said in a short statement on Friday.';

describe('page furniture', () => {
  test.each<[string, string, [string, string][]]>([
    ['a link line', 'WATCH: Crews test the new ramp', [['link', 'WATCH: Crews test the new ramp']]],
    ['a link line, mixed case', 'Read more: Council votes on fares', [['link', 'Read more: Council votes on fares']]],
    ['boilerplate', 'Story continues below', [['boilerplate', 'Story continues below']]],
    ['boilerplate with a full stop', 'Advertisement.', [['boilerplate', 'Advertisement.']]],
    ['boilerplate with final blanks and marks', 'Story continues below … \t ', [['boilerplate', 'Story continues below …']]],
    ['a caption with its credit', 'The new ramp at the east dock. (Photo: Lee Chan/Harbour News)', [['credit', 'The new ramp at the east dock. (Photo: Lee Chan/Harbour News)']]],
    ['a credit alone', 'Lee Chan / Getty Images', [['credit', 'Lee Chan / Getty Images']]],
    ['a byline', 'By Lee Chan', [['byline', 'By Lee Chan']]],
    ['a writer line', 'Follow Lee Chan on Twitter @leechan.', [['byline', 'Follow Lee Chan on Twitter @leechan.']]],
    ['a writer line inside quotation marks (a transcript quoted paragraph by paragraph)', '"Follow Lee Chan on Twitter @leechan."', [['byline', '"Follow Lee Chan on Twitter @leechan."']]],
    ['a subhead', 'What riders can expect', [['subhead', 'What riders can expect']]],
    ['an editor’s note', 'Editor’s note: The mayor has repeatedly vowed to close the ferry for good.', [['note', 'Editor’s note: The mayor has repeatedly vowed to close the ferry for good.']]],
    ['an editors’ note in capitals with a dash', "EDITORS' NOTE — This story was updated to add the council's vote.", [['note', "EDITORS' NOTE — This story was updated to add the council's vote."]]],
    ['a note on the story’s revisions', 'This story has been updated to include comments from the harbour authority.', [['note', 'This story has been updated to include comments from the harbour authority.']]],
    ['a correction, even with a title in quotes', 'Correction: An earlier version of this article misstated when the “Blue Line” ferry began service.', [['note', 'Correction: An earlier version of this article misstated when the “Blue Line” ferry began service.']]],
    ['a dateline (only the dateline)', 'HALIFAX (CP) — The ferry returned.', [['dateline', 'HALIFAX (CP) —']]],
    // Negatives: prose that only looks like furniture.
    ['prose naming an agency', 'The Reuters/Ipsos poll showed the mayor ahead by four points.', []],
    ['a sentence that opens with a label-like word', 'Watch closely and you will see the ramp move.', []],
    ['a short sentence with a full stop', 'Riders cheered.', []],
    ['an editor’s note that quotes someone keeps the quote', 'Editor’s note: An earlier version said Ms. Ruiz called the fare “a fair deal.”', []],
    ['a clarification that restates the news is prose', 'Clarification: The mayor is calling for a review of the fares, not a freeze.', []],
    ['prose about an update', 'The harbour authority said its schedule has been updated to add a late ferry.', []],
    ['a quotation that starts like a writer line and goes on', '"Follow Lee Chan on Twitter," the mayor told the crowd.', []],
    ['prose about an editor', 'The editor noted that the ferry had been late twice.', []],
    ['a lone quotation said only once', '“We have missed this boat more than we can say.”', []],
  ])('%s', (_name, paragraph, expected) => {
    expect(furniture(`${HEAD}${paragraph}\n\n${BODY}`)).toEqual(expected);
  });

  test('a pull quote repeats words quoted elsewhere in the article', () => {
    const text = `${HEAD}“We missed this boat,” said Ana Ruiz, a rider.\n\n“We missed this boat,”\n\n${BODY}`;
    expect(furniture(text)).toEqual([['pull-quote', '“We missed this boat,”']]);
    expect(extract(text).quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['We missed this boat,', 'Ana Ruiz'],
      ['The ferry will run again from Monday', 'the harbour authority'],
    ]);
  });

  test('the headline is never furniture', () => {
    expect(furniture('WATCH: The Ferry Returns\n\nThe ferry is back.')).toEqual([]);
  });

  test('no quote comes from furniture', () => {
    const text = `${HEAD}WATCH: Riders say the wait was worth it\n\nREAD MORE: Mayor says fares will stay the same\n\n${BODY}`;
    expect(extract(text, { scope: 'wide' }).quotes.map((q) => q.text)).toEqual(['The ferry will run again from Monday']);
  });

  test('an editor’s note cut into lines is one note, up to the line that ends its sentence', () => {
    const note = 'Editor’s note: The mayor has\nrepeatedly vowed to close\nthe ferry for good.';
    expect(furniture(`${HEAD}${note}\nThe ferry will run again from Monday.\n\n${BODY}`)).toEqual([
      ['note', 'Editor’s note: The mayor has'],
      ['note', 'repeatedly vowed to close'],
      ['note', 'the ferry for good.'],
    ]);
    // A blank line ends the note even without a full stop; the next line is prose.
    expect(furniture(`${HEAD}Editor’s note: The mayor has\n\nrepeatedly vowed to close the ferry.\n\n${BODY}`)).toEqual([['note', 'Editor’s note: The mayor has']]);
    // A quotation in a later line keeps the whole note in the prose.
    const quoting = furniture(`${HEAD}Editor’s note: An earlier version\nsaid Ms. Ruiz called the fare “a fair deal.”\n\n${BODY}`);
    expect(quoting.filter(([kind]) => kind === 'note')).toEqual([]);
  });

  test('an editor’s note gives no record, even in the wide scope', () => {
    const text = `${HEAD}${BODY}\n\nEditor’s note: The mayor has repeatedly vowed to close the ferry for good.`;
    expect(extract(text, { scope: 'wide' }).quotes.map((q) => q.text)).toEqual(['The ferry will run again from Monday']);
    // The same sentence in the article's prose is an attribution of the wide scope.
    const prose = `${HEAD}${BODY}\n\nThe mayor has repeatedly vowed to close the ferry for good.`;
    expect(extract(prose, { scope: 'wide' }).quotes.map((q) => q.text)).toEqual(['The ferry will run again from Monday', 'to close the ferry for good']);
  });

  test('isFurniture answers for any offset', () => {
    const text = `${HEAD}Story continues below\n\n${BODY}`;
    const layer = findPageFurniture(analyzeText(text, tokenizer));
    const at = text.indexOf('Story');
    expect([isFurniture(layer, at - 1), isFurniture(layer, at), isFurniture(layer, at + 20), isFurniture(layer, at + 21)]).toEqual([false, true, true, false]);
  });
});
