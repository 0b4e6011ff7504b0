// The entity layer (#13): one table per sieve, each with rows that must link and rows that
// must not, the table of words that never become a speaker's name, and the #10 crash rows.
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { MAX_QUOTE_DESCRIPTORS } from '../src/stages/resolve-speakers.js';

/** The speaker of the quote that starts with `start`. */
function speakerOf(text: string, start: string) {
  const r = extract(text);
  const q = r.quotes.find((x) => x.text.startsWith(start));
  return { q, speaker: q?.speaker ?? null, result: r };
}

type Row = [label: string, text: string, quote: string, name: string | null, kind?: string];
const check = ([, text, quote, name, kind]: Row) => {
  const { speaker } = speakerOf(text, quote);
  expect(speaker).not.toBeNull();
  expect(speaker!.name).toBe(name);
  if (kind) expect(speaker!.kind).toBe(kind);
};

describe('sieve 1, exact match: the same words are the same entity', () => {
  test.each<Row>([
    ['repeated full name', 'Ann Petrie opened the meeting.\n\n“We start now,” Ann Petrie said.', 'We start', 'Ann Petrie', 'person'],
    // Negative: a different first name is a different person.
    ['different first name, same surname: not merged by exact match', 'Ann Petrie opened the meeting. Later, Rob Petrie arrived.\n\n“We start now,” Rob Petrie said.', 'We start', 'Rob Petrie', 'person'],
  ])('%s', (...row) => check(row));
});

describe('sieve 2, appositive and role appositive: roles become descriptors', () => {
  test('“the mayor, Ann Petrie,” gives Ann Petrie the descriptor “the mayor”', () => {
    const { result } = speakerOf('The mayor, Ann Petrie, opened the meeting.\n\n“We start now,” Petrie said.', 'We start');
    const petrie = result.speakers.find((s) => s.name === 'Ann Petrie');
    expect(petrie?.descriptors.some((d) => /mayor/u.test(d))).toBe(true);
  });
  test('“Tom Reyes, a union organiser,” keeps the appositive as a descriptor', () => {
    const { speaker } = speakerOf('Tom Reyes, a spokesman for the union, said the strike would go ahead.', 'the strike');
    expect(speaker?.name).toBe('Tom Reyes');
  });
  test('negative: a comma list of names is no appositive', () => {
    const { speaker } = speakerOf('Ann Petrie, Rob Lane and Jo Kim met.\n\n“We agree,” Lane said.', 'We agree');
    expect(speaker?.name).toBe('Rob Lane');
  });
});

describe('sieve 3, acronyms: defined in parentheses or spelled out in the article', () => {
  test.each<Row>([
    ['defined in parentheses', 'The Northern Grid Authority (NGA) raised prices this week.\n\n“Costs went up,” the NGA said.', 'Costs went', 'Northern Grid Authority', 'organization'],
    // Negative: an acronym the article never spells out stays as written.
    ['undefined acronym stays as written', '“We are looking,” the FAA said.', 'We are', 'FAA', 'organization'],
  ])('%s', (...row) => check(row));
});

describe('sieve 4, surname / head match', () => {
  test.each<Row>([
    ['surname → full name', 'Priya Raman teaches at the college.\n\n“The data are clear,” Raman said.', 'The data', 'Priya Raman', 'person'],
    ['hyphenated names stay whole', 'Jo-Renee Formicola studies the courts.\n\n“It is rare,” Formicola said.', 'It is', 'Jo-Renee Formicola', 'person'],
    ['two people, one surname: the one named most recently', 'Bill Clinton spoke first. Later, Hillary Clinton took the stage.\n\n“We will win,” Clinton said.', 'We will', 'Hillary Clinton', 'person'],
    ['a first name that is also a word', 'The coach is Will Parker, who came from Ohio.\n\n“We train hard,” Parker said.', 'We train', 'Will Parker', 'person'],
    // Negative: a surname never written in full stays as written.
    ['no full name: kept as written', '“We train hard,” Parker said.', 'We train', 'Parker', 'person'],
  ])('%s', (...row) => check(row));
});

describe('sieve 5, role nominals', () => {
  test.each<Row>([
    ['the mayor → Mayor Ann Petrie', 'Mayor Ann Petrie opened the meeting on Monday.\n\n“We start now,” the mayor said.', 'We start', 'Ann Petrie', 'person'],
    ['modifiers must agree: the Republican nominee', 'Democratic nominee Jane Ross and Republican nominee Tom Hale debated on Monday.\n\n“I disagree,” the Republican nominee said.', 'I disagree', 'Tom Hale', 'person'],
    // Negative: no one in the article holds the role.
    ['the company → the company named earlier', 'Lakeside Holdings Inc. cut 200 jobs on Monday.\n\n“It was necessary,” the company said.', 'It was', 'Lakeside Holdings Inc.', 'organization'],
    ['no one holds the role: unnamed', 'Ann Petrie opened the meeting.\n\n“We start now,” the treasurer said.', 'We start', null, 'person'],
    // Negative: an indefinite role is a new, unnamed source.
    ['indefinite role: unnamed', 'Mayor Ann Petrie opened the meeting.\n\n“We start now,” a mayor said.', 'We start', null],
  ])('%s', (...row) => check(row));
});

describe('sieve 6, pronouns: agreement and salience', () => {
  test.each<Row>([
    ['he → the man who is the subject', 'Mr. Okafor met the board on Monday.\n\n“We have a deal,” he said.', 'We have', 'Okafor', 'person'],
    ['she skips a man', 'Ms. Rivera met Mr. Okafor. Mr. Okafor left early.\n\n“It went well,” she said.', 'It went', 'Rivera', 'person'],
    ['it → the organisation that acted', 'Metro Transit announced new fares on Monday.\n\n“Fares rise in May,” it said.', 'Fares rise', 'Metro Transit', 'organization'],
    // Negatives: he/she never refers to a place, a subhead or a company.
    ['he is not a place', 'Winnipeg voted on Monday.\n\n“We lost,” he said.', 'We lost', null, 'person'],
    ['he is not a company', 'Oracle Corp. reported results.\n\n“We lost,” he said.', 'We lost', null, 'person'],
  ])('%s', (...row) => check(row));
});

describe('sieve 7, documents speak for their issuer', () => {
  test.each<Row>([
    ['her statement → she', 'Mayor Ann Petrie left the meeting early.\n\n“We will appeal,” her statement said.', 'We will', 'Ann Petrie', 'document'],
    // Negative: a document with no issuer in the article stays unnamed.
    ['no issuer: unnamed', '“No comment,” the statement said.', 'No comment', null, 'document'],
  ])('%s', (...row) => check(row));
});

describe('nothing implausible becomes a speaker name', () => {
  test.each([
    ['page furniture', 'Story continues below\n\n“We lost,” he said.'],
    ['a subhead word', 'Having Doubts\n\n“We lost,” he said.'],
    ['a place', 'Aleppo\n\n“We lost,” he said.'],
    ['a month', 'In March the vote failed.\n\n“We lost,” he said.'],
    ['a sentence-initial word', 'Doctors were not consulted.\n\n“We lost,” he said.'],
    ['a photo credit', 'Photo credit Getty Images\n\n“We lost,” he said.'],
  ])('%s', (_label, text) => {
    const { speaker } = speakerOf(text, 'We lost');
    expect(speaker?.name ?? null).toBeNull();
  });

  test('a plural noun opening a sentence is a group, not a name', () => {
    const { speaker } = speakerOf('Protesters gathered on Monday. Protesters said the plan was unfair.', 'the plan');
    expect(speaker?.name ?? null).toBeNull();
    expect(speaker?.kind).toBe('group');
  });
});

describe('one table of tags a name word never has (#12: the name finder and the speaker-phrase reader agree)', () => {
  test.each<Row>([
    // An adverb in a title-case headline ends the name: it used to give `Ortega` alone here.
    ['a headline adverb after a full name', 'Sam Ortega Still Leads The Race\n\n“I am not worried,” Ortega said.', 'I am not', 'Sam Ortega', 'person'],
    // Negative: a name without an adverb after it reads as before.
    ['no adverb: the name as written', 'Sam Ortega leads the race.\n\n“I am not worried,” Ortega said.', 'I am not', 'Sam Ortega', 'person'],
  ])('%s', (...row) => check(row));

  test('the headline mention of a name is a roster mention, not part of a longer name', () => {
    const r = extract('Dana Whitfield On How U.S. Tariffs Hit Small Farms\n\nDana Whitfield grows apples. “Prices doubled,” she said.');
    const dana = r.speakers.find((s) => s.name === 'Dana Whitfield');
    expect(dana?.mentions.map((m) => m.text)).toEqual(['Dana Whitfield', 'Dana Whitfield', 'she']);
  });
});

describe('roster: ids, every mention, gender only from the article', () => {
  test('each quote points to its roster entry; gender from the honorific, with its evidence', () => {
    const r = extract('Ms. Rivera met the board on Monday.\n\n“It went well,” Rivera said.\n\n“Very well,” she added.');
    const entry = r.speakers.find((s) => s.name === 'Rivera');
    expect(entry?.gender).toBe('female');
    expect(entry?.genderEvidence.map((e) => e.text)).toContain('Ms.');
    for (const q of r.quotes) expect(q.speaker?.id).toBe(entry?.id);
  });
  test('no gender from a first name alone', () => {
    const r = extract('Mary Lane met the board on Monday.\n\n“It went well,” Lane said.');
    expect(r.speakers[0]?.name).toBe('Mary Lane');
    expect(r.speakers[0]?.gender).toBeNull();
    expect(r.speakers[0]?.genderEvidence).toEqual([]);
  });
});

describe('#10: completes on what used to crash or cost too much', () => {
  test.each([
    ["Tom Reyes, the teachers' union leader, said the strike would go ahead.", 'the strike would go ahead', 'Tom Reyes'],
    ["'R,s',said", null, null],
  ])('%j', (text, quote, name) => {
    const r = extract(text);
    if (quote === null) expect(r.quotes).toEqual([]);
    else expect(r.quotes.find((q) => q.text === quote)?.speaker?.name).toBe(name);
  });

  test('a person with many titles: each quote carries at most MAX_QUOTE_DESCRIPTORS, the roster all', () => {
    const titles = ['Senator', 'Governor', 'Chairman', 'Director', 'Professor', 'Ambassador', 'Commissioner', 'Judge'];
    const text = titles.map((t, i) => `Party${String.fromCharCode(65 + i)} ${t} John Smith said the plan number ${i} would pass.`).join('\n\n');
    const r = extract(text);
    expect(r.quotes.length).toBe(titles.length);
    for (const q of r.quotes) {
      expect(q.speaker?.name).toBe('John Smith');
      expect(q.speaker!.descriptors.length).toBeLessThanOrEqual(MAX_QUOTE_DESCRIPTORS);
    }
    const smith = r.speakers.find((s) => s.name === 'John Smith');
    expect(smith!.descriptors.length).toBeGreaterThan(MAX_QUOTE_DESCRIPTORS);
  });
});

// Known failures (kept visible): the sieve exists but these layouts do not reach it yet —
// the organisation name is not read whole before "Inc." / the SEC's initials, the speaker
// mention of an inverted document cue is cut, "it" after an organisation subject.
describe('known failures of the entity sieves', () => {
  test.fails.each<Row>([
    ['initials of the spelled-out name', 'The Securities and Exchange Commission opened an inquiry.\n\n“We are looking,” the SEC said.', 'We are', 'Securities and Exchange Commission', 'organization'],
    ['a named issuer inside the phrase', '“Support fell,” a Lakeland Herald poll found.', 'Support fell', 'Lakeland Herald', 'document'],
  ])('%s', (...row) => check(row));
});

describe('an inverted document cue whose speaker phrase stops before “by” (was a known failure)', () => {
  test('by + issuer', () => {
    check(['by + issuer', '“Costs went up,” said a report by the Northern Grid Authority.', 'Costs went', 'Northern Grid Authority', 'document']);
  });
});
