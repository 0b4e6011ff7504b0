import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

/** Reported (not direct) records of the wide scope as [text, cue]. */
const wide = (text: string): [string, string | undefined][] =>
  extract(text, { scope: 'wide' }).quotes.filter((q) => q.type !== 'direct').map((q) => [q.text, q.cue?.text]);

describe('a noun-phrase object runs past its first comma when the object goes on (wide scope)', () => {
  test.each<[string, string, string, string]>([
    ['courts: a second complement after an appositive', 'Prosecutors charged the club’s former treasurer, Dana Holt, with stealing ticket money.', 'the club’s former treasurer, Dana Holt, with stealing ticket money', 'charged'],
    ['business: a second complement after a relative clause', 'The shareholders accused the chief executive, who resigned in March, of hiding the losses.', 'the chief executive, who resigned in March, of hiding the losses', 'accused'],
    ['business: examples after `including`', 'The regulator cited three failures, including late filings and missing audits.', 'three failures, including late filings and missing audits', 'cited'],
    ['sports: a list ending in `and`', 'The manager praised his defenders, his goalkeeper and the travelling fans.', 'his defenders, his goalkeeper and the travelling fans', 'praised'],
    ['local: examples after `such as`', 'The council called for cheaper parking, such as free evening spaces near the market.', 'cheaper parking, such as free evening spaces near the market', 'called for'],
  ])('%s', (_name, text, content, cue) => {
    expect(wide(text)).toContainEqual([content, cue]);
  });
  test.each<[string, string, string, string]>([
    ['sports: a relative clause with nothing after it', 'The manager praised the goalkeeper, who saved two penalties.', 'the goalkeeper', 'praised'],
    ['courts: a participle is a report of its own', 'The judge criticized the prosecutors, saying they had withheld evidence.', 'the prosecutors', 'criticized'],
    ['business: a new clause after the comma', 'The union blamed the board, and the strike went on for a week.', 'the board', 'blamed'],
    ['local: an appositive without a list', 'Residents praised the new librarian, a former teacher from the valley.', 'the new librarian', 'praised'],
  ])('not: %s', (_name, text, content, cue) => {
    expect(wide(text)).toContainEqual([content, cue]);
  });
});

describe('a past speech verb after and/but that the clause’s verb cannot continue is the cue’s coordinate', () => {
  test.each<[string, string, [string, string][]]>([
    ['business: a modal in the clause', 'The chairman said the bank would cut its dividend and warned that profits would fall.', [
      ['the bank would cut its dividend', 'said'],
      ['that profits would fall', 'warned'],
    ]],
    ['sports: a present verb, then `but`', 'Fans said they want a refund, but pledged to keep coming to games.', [
      ['they want a refund', 'said'],
      ['to keep coming to games', 'pledged'],
    ]],
  ])('%s', (_name, text, expected) => {
    expect(wide(text)).toEqual(expected);
  });
  test('the second verb takes the cue’s speaker, not the report’s subject', () => {
    const pledged = extract('Fans said they want a refund, but pledged to keep coming to games.', { scope: 'wide' }).quotes.find((q) => q.cue?.text === 'pledged');
    expect(pledged?.speaker?.text).toBe('Fans');
    const promised = extract('The captain said the players want a new coach, but promised that the team would finish the season.').quotes.find((q) => q.cue?.text === 'promised');
    expect([promised?.text, promised?.speaker?.text]).toEqual(['that the team would finish the season', 'The captain']);
  });
  test('default scope: the statement ends before the second verb', () => {
    expect(extract('The airline said it expects higher fuel costs and warned that fares would rise.').quotes.map((q) => [q.text, q.cue?.text])).toEqual([
      ['it expects higher fuel costs', 'said'],
      ['that fares would rise', 'warned'],
    ]);
  });
  test.each<[string, string, string]>([
    ['courts: a past clause verb may go on (same form)', 'Police said the driver sped away and refused to stop.', 'the driver sped away and refused to stop'],
    ['business: a perfect may go on with a second participle', 'The company said it has denied the claims and promised to cooperate.', 'it has denied the claims and promised to cooperate'],
    ['sports: a present second verb', 'The coach says the players are tired and want a rest.', 'the players are tired and want a rest'],
  ])('not: %s', (_name, text, content) => {
    expect(wide(text).map((r) => r[0])).toContain(content);
  });
});

describe('a report ends before a joined clause with a subject and a speech verb of its own', () => {
  test.each<[string, string, [string, string][]]>([
    ['local: `, though` + another speaker', 'The mayor said the road would reopen on Monday, though the engineer said repairs could take weeks.', [
      ['the road would reopen on Monday', 'said'],
      ['repairs could take weeks', 'said'],
    ]],
    ['courts: a semicolon + another speaker', 'The regulator said the bank had broken the rules; the bank’s lawyers said the fine was unfair.', [
      ['the bank had broken the rules', 'said'],
      ['the fine was unfair', 'said'],
    ]],
    ['business: `, and` + a possessive subject', 'Analysts said the bank lost money, and its chief executive said the losses were temporary.', [
      ['the bank lost money', 'said'],
      ['the losses were temporary', 'said'],
    ]],
  ])('%s', (_name, text, expected) => {
    expect(extract(text).quotes.map((q) => [q.text, q.cue?.text])).toEqual(expected);
  });
  test.each<[string, string, string]>([
    ['courts: a subordinate clause right after `that`', 'Prosecutors argued that although the banker confessed, he showed no remorse.', 'that although the banker confessed, he showed no remorse'],
    ['business: coordinated subjects without a comma', 'The coach said the captain and the club’s owner had long disagreed.', 'the captain and the club’s owner had long disagreed'],
    ['local: a semicolon before a clause with no speech verb', 'Witnesses said the driver was speeding; the road was wet after the storm.', 'the driver was speeding; the road was wet after the storm'],
    ['sports: a joined clause in the passive', 'The coach said the striker would start, and the fans were told to arrive early.', 'the striker would start, and the fans were told to arrive early'],
  ])('not: %s', (_name, text, content) => {
    expect(extract(text).quotes.map((q) => q.text)).toContain(content);
  });
});

describe('a content without a source runs through a quoted phrase inside its clause (wide scope)', () => {
  test.each<[string, string, string, string]>([
    ['local: an expectation', 'The ferry is expected to carry passengers on a "reduced timetable" set by the port.', 'to carry passengers on a "reduced timetable" set by the port', 'is expected'],
    ['sports: a passive judgement', 'The striker was known for his "fearless" runs down the wing.', 'his "fearless" runs down the wing', 'was known for'],
  ])('%s', (_name, text, content, cue) => {
    expect(wide(text)).toContainEqual([content, cue]);
  });
  test('not: a quotation after a comma ends it', () => {
    expect(wide('The goalkeeper is expected to start on Sunday, "unless the knee swells again."')).toContainEqual(['to start on Sunday,', 'is expected']);
  });
});

describe('a report ends before a participle report of its speaker after a comma', () => {
  const records = (text: string, scope: 'statements' | 'wide') =>
    extract(text, { scope }).quotes.map((q) => [q.type, q.text, q.cue?.text, q.rule.includes('+quoted')]);
  test('courts: `…, citing …` (wide: the participle is a record of its own)', () => {
    expect(records('Critics said the law had failed, citing rising crime.', 'wide')).toEqual([
      ['indirect', 'the law had failed', 'said', false],
      ['indirect', 'rising crime', 'citing', false],
    ]);
    expect(records('Critics said the law had failed, citing rising crime.', 'statements')).toEqual([['indirect', 'the law had failed', 'said', false]]);
  });
  test('local: the quotation goes with the participle, the first report is indirect', () => {
    expect(records('The mayor said the budget was sound, calling the deficit "a myth."', 'statements')).toEqual([
      ['indirect', 'the budget was sound', 'said', false],
      ['mixed', 'the deficit "a myth."', 'calling', true],
    ]);
  });
  test.each<[string, string, string, string]>([
    ['weather: a participle that reports nothing', 'Officials said the storm hit the coast, leaving thousands without power.', 'the storm hit the coast, leaving thousands without power', 'said'],
    ['courts: an attribution after its content', 'The law had failed, citing rising crime, critics said.', 'The law had failed, citing rising crime', 'said'],
  ])('not: %s', (_name, text, content, cue) => {
    expect(wide(text)).toContainEqual([content, cue]);
  });
});
