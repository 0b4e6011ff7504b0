import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

// Ordinary report shapes that the clause rules missed: a cue with `against`, tagger errors
// around the cue (`none/ADV`, `that/PRON`, `claims/NOUN`, `Cook/VERB`, `plans/NOUN`) and
// intentions after `want`/`plan`/`hope`. A first sentence of its own keeps the headline rules out.
const LEAD = 'Council notes.\n\n';

/** Reported (not direct) records as [contentKind, text, cue]. */
const records = (text: string, wide: boolean): [string, string, string | undefined][] =>
  extract(LEAD + text, wide ? { scope: 'wide' } : {}).quotes.filter((q) => q.type !== 'direct').map((q) => [q.contentKind, q.text, q.cue?.text]);

describe('speaking against something: a topic (wide scope)', () => {
  test.each<[string, string, [string, string, string][]]>([
    ['railed against', 'The mayor railed against the new parking fees.', [['topic', 'the new parking fees', 'railed against']]],
    ['warned against', 'The union warned against any delay in the talks.', [['topic', 'any delay in the talks', 'warned against']]],
  ])('%s', (_name, text, expected) => {
    expect(records(text, true)).toEqual(expected);
    expect(records(text, false)).toEqual([]);
  });
  test.each<[string, string]>([
    ['campaigned against: an act', 'The team campaigned against the levy.'],
    ['spoke against a backdrop: a place', 'He spoke against the backdrop of the harbour.'],
  ])('not: %s', (_name, text) => {
    expect(records(text, true)).toEqual([]);
  });
});

describe('tagger errors around a bare or `that` clause (both scopes)', () => {
  test.each<[string, string, [string, string, string][]]>([
    ['none/ADV opens the clause', 'The clerk said none of the ballots were missing.', [['statement', 'none of the ballots were missing', 'said']]],
    ['that/PRON after an addressee, then an adverb', 'The manager told them that together they would rebuild the club.', [['statement', 'that together they would rebuild the club', 'told']]],
    ['claims/NOUN, then a possessive subject', 'The candidate claims his net worth is over ten billion dollars.', [['statement', 'his net worth is over ten billion dollars', 'claims']]],
    ['a name tagged as a verb opens the clause', 'The Times said Cook provided a written statement.', [['statement', 'Cook provided a written statement', 'said']]],
  ])('%s', (_name, text, expected) => {
    expect(records(text, false)).toEqual(expected);
    expect(records(text, true)).toEqual(expected);
  });
  test.each<[string, string]>([
    ['none alone is no clause', 'The coach said none.'],
    ['a relative `that` is followed by its verb', 'She told the board that oversees the port to wait.'],
    ['a capitalised word before no verb', 'The coach said Run faster to the players.'],
  ])('not: %s', (_name, text) => {
    expect(records(text, false).filter((r) => r[0] === 'statement')).toEqual([]);
  });
});

describe('an intention after want, plan, hope, intend, expect (wide scope)', () => {
  test.each<[string, string, [string, string, string][]]>([
    ['wants to', 'The union wants to reopen the talks.', [['intention', 'to reopen the talks', 'wants']]],
    ['plans/NOUN to after a noun', 'The club plans to build a new stand.', [['intention', 'to build a new stand', 'plans']]],
    ['did not want to', 'The club did not want to comment.', [['intention', 'to comment', 'want']]],
  ])('%s', (_name, text, expected) => {
    expect(records(text, true)).toEqual(expected);
    expect(records(text, false)).toEqual([]);
  });
  test.each<[string, string]>([
    ['advice: a modal before the cue', 'Fans may want to arrive early.'],
    ['the writer: I', 'I wanted to speak out.'],
    ['the reader: you', 'If you want to help, call the office.'],
    ['a plural noun with its own infinitive', 'Her plans to expand the park were dropped.'],
  ])('not: %s', (_name, text) => {
    expect(records(text, true)).toEqual([]);
  });
});

describe('a quote coordinated after a mid-sentence attribution is that speaker’s (both scopes)', () => {
  const direct = (text: string): [string, string | undefined, string | undefined][] =>
    extract(LEAD + text).quotes.filter((q) => q.type === 'direct').map((q) => [q.text, q.cue?.text, q.speaker?.text]);
  test.each<[string, string, [string, string, string][]]>([
    ['and, after a clause', 'Many of the visitors were older, she said, and "I had to stop and think about it."', [['I had to stop and think about it.', 'said', 'she']]],
    ['but, after a quote', '"I like the plan," he said, but "when it comes to the budget, the council has no answer."', [
      ['I like the plan,', 'said', 'he'],
      ['when it comes to the budget, the council has no answer.', 'said', 'he'],
    ]],
  ])('%s', (_name, text, expected) => {
    expect(direct(text)).toEqual(expected);
  });
  test('not: a clause reported before the conjunction keeps its quoted words (one mixed record)', () => {
    const text = 'He said the plan failed, and "nobody wanted to talk about it."';
    expect(direct(text)).toEqual([]);
    expect(extract(LEAD + text).quotes.map((q) => q.type)).toEqual(['mixed']);
  });
});

describe('a progressive cue tagged as an adjective, and `when` after a negated cue (wide scope)', () => {
  test.each<[string, string, [string, string, string][]]>([
    ['is promising/ADJ to', 'The mayor is promising to cut the parking fees.', [['intention', 'to cut the parking fees', 'promising']]],
    ['have not said when', 'Lawmakers have not said when they would take up the bill.', [['question', 'when they would take up the bill', 'said']]],
  ])('%s', (_name, text, expected) => {
    expect(records(text, true)).toEqual(expected);
  });
  test.each<[string, string]>([
    ['promising as an adjective', 'The outlook is promising to investors.'],
    ['said when: a time, not what was said', 'He said when she resigned.'],
  ])('not: %s', (_name, text) => {
    expect(records(text, true)).toEqual([]);
  });
});

describe('a trailing attribution after a clause that ends in a standalone determiner or a particle (both scopes)', () => {
  test.each<[string, string, string]>([
    ['more than another', 'In this race, new voters are not likely to help one candidate more than another, Smith said.', 'In this race, new voters are not likely to help one candidate more than another'],
    ['step in', 'If the towns fail, the state can step in, Wilcox said.', 'If the towns fail, the state can step in'],
  ])('%s', (_name, text, expected) => {
    expect(records(text, false)).toEqual([['statement', expected, 'said']]);
  });
  test('not: a clause cut after its determiner continues after the attribution', () => {
    expect(records('The plan would cut the, he said, budget for roads.', false).map((r) => r[1])).not.toContain('The plan would cut the');
  });
});

describe('after a fragment and a mid-sentence attribution, a finite speech verb is the clause’s own (both scopes)', () => {
  test('The trouble, she writes, began …: two parts', () => {
    expect(records('The trouble, Ortiz writes, began in the early 1990s, with a budget fight.', false)).toEqual([
      ['statement', 'The trouble', 'writes'],
      ['statement', 'began in the early 1990s, with a budget fight', 'writes'],
    ]);
  });
  test('not: a participle after the attribution is about the speaking', () => {
    expect(records('The museum, Ortiz said, adding that it would open in May.', false).map((r) => r[1])).not.toContain('adding that it would open in May');
  });
});

describe('a lower-case quote after `said` and an adverbial (both scopes)', () => {
  const quotes = (text: string) => extract(LEAD + text).quotes.map((q) => [q.type, q.text, q.cue?.text]);
  test('said on the other hand, “…”: a direct quote', () => {
    expect(quotes('Lee said on the other hand, "the current system works fine for most families."')).toEqual([
      ['direct', 'the current system works fine for most families.', 'said'],
    ]);
  });
  test('not: a lower-case quote after a comma with no speech verb before it', () => {
    expect(quotes('After the long debate over the budget, "the plan" was dropped.')).toEqual([]);
  });
});

describe('a speech form tagged as a noun after a name between commas: a trailing or parenthetical cue (both scopes)', () => {
  test.each<[string, string, [string, string, string][]]>([
    ['trailing', 'Fees rose by half over the summer, The Daily Ledger reports.', [['statement', 'Fees rose by half over the summer', 'reports']]],
    ['parenthetical', 'Voters, Ortiz notes, applaud the new budget rules.', [['statement', 'Voters', 'notes'], ['statement', 'applaud the new budget rules', 'notes']]],
  ])('%s', (_name, text, expected) => {
    expect(records(text, false)).toEqual(expected);
  });
  test('not: a noun after a possessive name', () => {
    expect(records('The judge may balk because of the Fifth Amendment claims, and lawyers rarely pursue such cases.', false)).toEqual([]);
  });
});

describe('suggest and indicate between commas interrupt a clause (both scopes)', () => {
  test('Voters, Lee suggested, do not have to worry …: two parts', () => {
    expect(records('Voters, Lee suggested, do not have to worry about the new fees.', false)).toEqual([
      ['statement', 'Voters', 'suggested'],
      ['statement', 'do not have to worry about the new fees', 'suggested'],
    ]);
  });
  test('not: they still close no sentence', () => {
    expect(records('The fees will rise next year, Lee suggested.', false)).toEqual([]);
  });
});

describe('`according to X,` after a short fronted phrase leads the clause after it (both scopes)', () => {
  test('In addition, according to the office, …', () => {
    expect(records('In addition, according to the office, nearly two thousand more workers would be eligible.', false)).toEqual([
      ['statement', 'nearly two thousand more workers would be eligible', 'according to'],
    ]);
  });
  test('not: a clause before the source stays the content (trailing)', () => {
    expect(records('The plan will cost more, according to the office, than the council expected.', false).map((r) => r[1])).toContain('The plan will cost more');
  });
});
