import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import type { Quote } from '../src/index.js';

/** The reported (non-direct) records of a text, as [type, words, cue]. */
const reported = (text: string, options?: Parameters<typeof extract>[1]): [string, string, string | undefined][] =>
  extract(text, options)
    .quotes.filter((q) => q.type !== 'direct')
    .map((q) => [q.type, q.text, q.cue?.text]);

describe('indirect quotes by layout', () => {
  test.each<[string, string, [string, string, string][]]>([
    ['said that CLAUSE (that is kept, as PolNeAR does)', 'Ruiz said that the city would close two libraries.', [['indirect', 'that the city would close two libraries', 'said']]],
    ['says CLAUSE without that', 'Ruiz says the city will close two libraries.', [['indirect', 'the city will close two libraries', 'says']]],
    ['headline: Title-Cased Says', 'Mayor Says City Will Close Two Libraries', [['indirect', 'City Will Close Two Libraries', 'Says']]],
    ['time words before that', 'Ruiz said Monday that the vote was delayed.', [['indirect', 'that the vote was delayed', 'said']]],
    ['a prepositional phrase before that', 'Ruiz announced in a statement this month that she had settled the case.', [['indirect', 'that she had settled the case', 'announced']]],
    ['told + addressee + clause', 'Ruiz told reporters the decision followed a budget shortfall.', [['indirect', 'the decision followed a budget shortfall', 'told']]],
    ['told + addressee + that', 'Ruiz told The Daily Herald that the budget was balanced.', [['indirect', 'that the budget was balanced', 'told']]],
    ['argued that', 'Becker argued that the plan was too costly.', [['indirect', 'that the plan was too costly', 'argued']]],
    ['claimed', 'Becker claimed the plan was too costly.', [['indirect', 'the plan was too costly', 'claimed']]],
    ['insisted', 'Becker insisted the closures were avoidable.', [['indirect', 'the closures were avoidable', 'insisted']]],
    ['warned that', 'Becker warned that poorer areas would suffer.', [['indirect', 'that poorer areas would suffer', 'warned']]],
    ['noted that', 'Cole noted that staff had not been consulted.', [['indirect', 'that staff had not been consulted', 'noted']]],
    ['acknowledged that', 'Cole acknowledged that the union had few options.', [['indirect', 'that the union had few options', 'acknowledged']]],
    ['denied that', 'Cole denied that the union had been paid.', [['indirect', 'that the union had been paid', 'denied']]],
    ['added that', 'Cole added that a strike was possible.', [['indirect', 'that a strike was possible', 'added']]],
    ['pointed out that (particle in the cue)', 'Cole pointed out that the law required a vote.', [['indirect', 'that the law required a vote', 'pointed out']]],
    ['participle: , saying CLAUSE', 'Cole left early, saying the meeting was pointless.', [['indirect', 'the meeting was pointless', 'saying']]],
    ['participle + addressee: the clause before is not what was said', 'Hours later, Trump returned the compliment, telling Reuters that they were friends.', [['indirect', 'that they were friends', 'telling']]],
    ['trailing: CLAUSE, X said.', 'The storm left 12,000 homes without power, the utility said.', [['indirect', 'The storm left 12,000 homes without power', 'said']]],
    ['a dateline is not part of the clause', 'WASHINGTON (AP) — The storm left 12,000 homes without power, the utility said.', [['indirect', 'The storm left 12,000 homes without power', 'said']]],
    ['trailing with time words', 'The storm left 12,000 homes without power, the utility said on Wednesday.', [['indirect', 'The storm left 12,000 homes without power', 'said']]],
    ['trailing, inverted: CLAUSE, said X, APPOSITIVE.', 'Crews would finish by Friday, said Mark Olsen, a spokesman for the company.', [['indirect', 'Crews would finish by Friday', 'said']]],
    ['trailing with an addressee', 'Crews would finish by Friday, Olsen told the Herald.', [['indirect', 'Crews would finish by Friday', 'told']]],
    [
      'interrupted clause: A, X said, B (two parts)',
      'The outages, Olsen said, were caused by fallen trees.',
      [['indirect', 'The outages', 'said'], ['indirect', 'were caused by fallen trees', 'said']],
    ],
    [
      'parenthetical after a clause: A, he told reporters, because B',
      'Repairs would take longer, he told reporters, because roads were flooded.',
      [['indirect', 'Repairs would take longer', 'told'], ['indirect', 'because roads were flooded', 'told']],
    ],
    ['parenthetical inside a clause cut after because', 'He left early because, he told reporters, because of a dispute over the agenda.', [['indirect', 'because of a dispute over the agenda', 'told']]],
    [
      'an adverbial clause fronted before a mid-sentence attribution: two parts',
      'Though the last change went smoothly, he said, replacing her would be hard.',
      [['indirect', 'Though the last change went smoothly', 'said'], ['indirect', 'replacing her would be hard', 'said']],
    ],
    ['According to X, CLAUSE', 'According to the health department, flu cases rose by a third.', [['indirect', 'flu cases rose by a third', 'According to']]],
    ['CLAUSE, according to X.', 'Hospitals have postponed surgeries, according to a statement from the association.', [['indirect', 'Hospitals have postponed surgeries', 'according to']]],
    // `according to` attributes what it is attached to, clause or not (polnear_train: 446 gold for 429 uses).
    ['according to: a content whose verb the tagger missed', 'The mayor trails the challenger, according to the poll.', [['indirect', 'The mayor trails the challenger', 'according to']]],
    [
      'according to: a long source',
      'According to early figures from the survey conducted by the university for the county council and two local papers, most residents have backed the bridge.',
      [['indirect', 'most residents have backed the bridge', 'According to']],
    ],
    [
      'according to: an apposition after the source',
      'According to Mara Ellis, a former planning director, the bridge will cost twice as much.',
      [['indirect', 'the bridge will cost twice as much', 'According to']],
    ],
    [
      'according to mid-sentence: the predicate after it continues the content',
      'At the root of the delay, according to the inspectors, was a shortage of welders.',
      [['indirect', 'At the root of the delay', 'according to'], ['indirect', 'was a shortage of welders', 'according to']],
    ],
    [
      'according to mid-sentence: and + a clause after it continues the content',
      'Ticket sales rose by a fifth, according to the league, and attendance reached a record.',
      [['indirect', 'Ticket sales rose by a fifth', 'according to'], ['indirect', 'attendance reached a record', 'according to']],
    ],
    ['according to mid-sentence: a relative clause after it does not continue', 'Ticket sales rose, according to the league, which blamed the weather.', [['indirect', 'Ticket sales rose', 'according to']]],
    ['according to after a dash', 'Half of the loans are overdue — or written off — according to the regulator.', [['indirect', 'Half of the loans are overdue — or written off', 'according to']]],
    ['according to after a comma inside the closing quote', 'The final was “the best match in a decade,” according to the coach.', [['mixed', 'The final was “the best match in a decade,”', 'according to']]],
    ['according to without a comma is no attribution: in accordance with', 'The launch went ahead according to plan.', []],
    ['a speech form tagged as a noun before that', 'A document on the website states that couples would receive leave.', [['indirect', 'that couples would receive leave', 'states']]],
    ['a nominal cue: claim that', 'Politifact checked the senator’s claim that there were thousands of shootings.', [['indirect', 'that there were thousands of shootings', 'claim']]],
    ['a prepositional phrase before a bare clause', 'Trump said after the convention he would not accept the endorsement.', [['indirect', 'he would not accept the endorsement', 'said']]],
    ['relative clause: which he said …', 'He railed against donations, which he said were accompanied by favors.', [['indirect', 'were accompanied by favors', 'said']]],
    [
      'as-clause inside a clause: A, as X pointed out, B',
      'Hawaii, as one adviser pointed out, rarely gets two hurricanes.',
      [['indirect', 'Hawaii', 'pointed out'], ['indirect', 'rarely gets two hurricanes', 'pointed out']],
    ],
    ['as-clause first: As X put it, CLAUSE', 'As Mosko put it, the doctor is smart.', [['indirect', 'the doctor is smart', 'put']]],
    ['headline: Name: Title', 'Sanders: Clinton Needs to Get Away From Personality Politics', [['indirect', 'Clinton Needs to Get Away From Personality Politics', ':']]],
    ['a paragraph opened by a name and a colon', 'The host asked about the market.\n\nMatthews: Well, speculation is bad for everyone.', [['indirect', 'Well, speculation is bad for everyone', ':']]],
    [
      'a quote, then a speaker with a role and its preposition',
      '“Opinion would shift against her,” Seth McKee, a political scientist at Texas Tech University, told The Hill.',
      [],
    ],
    [
      'a speaker with an appositive between commas',
      'The tool helps in a crisis, a spokeswoman, Anna White, said on Saturday.',
      [['indirect', 'The tool helps in a crisis', 'said']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  test('the clause never runs into the next sentence', () => {
    expect(reported('Ruiz said the vote was delayed. The council met anyway.')).toEqual([['indirect', 'the vote was delayed', 'said']]);
  });

  test('nested attributions: both are reported, and the inner clause stops at the trailing comma', () => {
    expect(reported('Ruiz said the vote was delayed, the clerk said.')).toEqual([
      ['indirect', 'Ruiz said the vote was delayed', 'said'],
      ['indirect', 'the vote was delayed', 'said'],
    ]);
  });
});

describe('the wider scope: questions, topics and intentions', () => {
  const wide = (text: string): [string, string, string | undefined, string][] =>
    extract(text, { scope: 'wide' })
      .quotes.filter((q) => q.type !== 'direct')
      .map((q) => [q.type, q.text, q.cue?.text, q.contentKind]);
  test.each<[string, string, [string, string, string, string][]]>([
    ['urged Y to …', 'Cole urged members to stay calm.', [['indirect', 'to stay calm', 'urged', 'intention']]],
    ['asked + addressee + wh-clause', 'A student asked Obama what he thought of the race.', [['indirect', 'what he thought of the race', 'asked', 'question']]],
    ['an object after an introduction, not a trailing attribution', 'In her 2003 book, Clinton noted the clot’s existence.', [['indirect', 'the clot’s existence', 'noted', 'topic']]],
    ['object of a reporting verb, up to the first comma', 'Supporters questioned the health of the senator, who is 70.', [['indirect', 'the health of the senator', 'questioned', 'topic']]],
  ])('%s', (_name, text, expected) => {
    expect(wide(text)).toEqual(expected);
    // Not a statement: the default scope leaves it out.
    expect(reported(text)).toEqual([]);
  });
});

describe('mixed quotes', () => {
  test.each<[string, string, string, string]>([
    ['quoted words inside a bare clause', 'Park said the line would be “the backbone of the region” for decades.', 'the line would be “the backbone of the region” for decades', 'said'],
    ['naming verb with a quoted judgement', 'Park described the objections as “a collection of myths.”', 'the objections as “a collection of myths.”', 'described'],
    ['that + quote is one mixed record', 'She told the committee that the project was “on time and on budget.”', 'that the project was “on time and on budget.”', 'told'],
    ['that + a whole quote', 'The commission says on its website that “there were issues with the audio in the hall.”', 'that “there were issues with the audio in the hall.”', 'says'],
    ['trailing attribution after quoted words', 'The delays were “regrettable but manageable,” the minister said.', 'The delays were “regrettable but manageable,”', 'said'],
    ['a scare-quoted word inside the clause', 'Bolton characterized the agreement as the only “concrete” result of the summit.', 'the agreement as the only “concrete” result of the summit', 'characterized'],
  ])('%s', (_name, text, words, cue) => {
    const quotes = extract(text).quotes;
    // ONE record: the quoted words inside the clause are not reported again as a direct quote.
    expect(quotes.map((q) => [q.type, q.text, q.cue?.text])).toEqual([['mixed', words, cue]]);
  });

  test('a direct quote with only its attribution stays direct', () => {
    for (const text of ['Park said, “The line will be finished in 2030.”', '“The line will be finished in 2030,” Park said.', 'Park said: “The line will be finished in 2030.”']) {
      expect(extract(text).quotes.map((q) => q.type)).toEqual(['direct']);
    }
  });

  test('a mixed record that swallows a quote keeps the next fragment linked to a kept record or none', () => {
    const text = 'Park said the line was “late. We will fix it.” Then she left.';
    const quotes = extract(text).quotes;
    for (const q of quotes) if (q.continues !== null) expect(quotes.some((o) => o.id === q.continues)).toBe(true);
    expect(quotes[0]).toMatchObject({ type: 'mixed', text: 'the line was “late. We will fix it.”' });
  });
});

describe('not reported speech', () => {
  test.each<[string, string]>([
    ['a belief: thinks', 'Many residents think the city is heading in the wrong direction.'],
    ['a belief: believes that', 'The mayor believes that the budget will pass.'],
    ['a finding: a poll shows', 'A new poll shows that support for the mayor has fallen.'],
    ['a wish: wants', 'The mayor wants to win them back.'],
    ['said inside a relative clause that reports nothing', 'The mayor, who said little during the meeting, left before the vote.'],
    ['said hello in a subject relative clause', 'The woman who said hello to her was a neighbor.'],
    ['said nothing', 'The mayor said nothing.'],
    ['the so-called', 'The so-called reform package was delayed again.'],
    ['hedged passive: is said to', 'The deputy mayor is said to be considering a run for the seat.'],
    ['reportedly: no cue, no source', 'She has reportedly hired a campaign manager.'],
    ['idiom: needless to say', 'Needless to say, the council was not pleased.'],
    ['idiom: that is not to say', 'That is not to say the plan failed.'],
    ['an appositive after an inverted attribution is not content', '“We will win,” said Brian Baker, a longtime adviser who runs the group.'],
    ['a participle phrase after “…,” X said, is not content', '“His legend will live on,” Spencer said, as young fighters worked out inside the gym.'],
    ['an introduction before X said, “…” is not content', 'On the subject of Israel, Trump added, “Sheldon knows that nobody will be more loyal.”'],
    ['a participle used as an adjective after a number', 'She won most of the state’s 20 pledged delegates after winning the primary.'],
    ['a bare clause needs a finite verb', 'Mitchell recalled the president telling him.'],
    ['a label before a colon is not a speaker', 'The vote was close.\n\nUpdate: The council will vote again on Friday.'],
    ['a dateline before a colon is not a speaker', 'WASHINGTON: The council will vote again on Friday.'],
    ['a gerund after a preposition names an act', 'The president was criticized for questioning the agencies’ findings.'],
    ['said when …: a time, not a report', 'That was what Wahl said when she resigned from the network.'],
    ['put without as … put it', 'To put that number in context, the deficit was $438 billion.'],
  ])('%s', (_name, text) => {
    expect(reported(text)).toEqual([]);
  });

  test('beliefs and findings are `other` records, reported only with includeNonSpeech', () => {
    expect(reported('The mayor believes that the budget will pass.', { includeNonSpeech: true })).toEqual([
      ['other', 'that the budget will pass', 'believes'],
    ]);
    expect(reported('A new poll shows that support for the mayor has fallen.', { includeNonSpeech: true })).toEqual([
      ['other', 'that support for the mayor has fallen', 'shows'],
    ]);
  });
});

describe('record contract for indirect and mixed quotes', () => {
  const text = 'Ruiz said on Tuesday that the city would close two libraries. The outages, Olsen said, were caused by trees.';
  const quotes = extract(text).quotes;

  test('spans are exact and the cue never lies inside the content', () => {
    expect(quotes.length).toBe(3);
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.cue).not.toBeNull();
      expect(text.slice(q.cue!.start, q.cue!.end)).toBe(q.cue!.text);
      expect(q.cue!.end <= q.start || q.cue!.start >= q.end).toBe(true);
      expect(q.rule).toMatch(/^reported-/u);
    }
  });

  test('cue lemmas', () => {
    expect(quotes.map((q) => q.cue?.lemma)).toEqual(['say', 'say', 'say']);
    expect(extract('Flu cases rose, according to the county.').quotes[0]?.cue).toMatchObject({ text: 'according to', lemma: 'according to' });
  });

  // The source of `according to` is its object; where that object is not read as a mention (a doubled
  // article, a pronoun inside an aside), the record has no speaker rather than the clause's subject.
  test.each([
    ['Hackers also reached the laptop of the former chair, according to the the committee report.', 'Hackers also reached the laptop of the former chair'],
    ['The striker left the club in March after, according to him, the coach dropped him twice.', 'The striker left the club in March after'],
  ])('according to X never gives the clause subject: %s', (sentence, content) => {
    const q = extract(sentence).quotes.find((r) => r.cue?.lemma === 'according to');
    expect(q?.text).toBe(content);
    expect(q?.speaker).toBeNull();
  });
  test('according to X keeps a readable object as the speaker', () => {
    expect(extract('Turnout fell sharply, according to the county clerk.').quotes[0]?.speaker?.text).toBe('the county clerk');
  });
});

describe('seed article', () => {
  const seed = readFileSync(new URL('../fixtures/000_4deb51c0f7f3ecc6.txt', import.meta.url), 'utf8');
  const quotes = extract(seed).quotes;
  const find = (prefix: string): Quote | undefined => quotes.find((q) => q.text.startsWith(prefix));

  test.each<[string, string, string]>([
    ['headline', 'Russia Refused Joint Statement', 'indirect'],
    ['parenthetical after because', 'because of a disagreement over what to talk about', 'indirect'],
    ['said that', 'that Russia was not remotely open', 'indirect'],
    ['characterized … “concrete”', 'the agreement for the National Security Staffs to meet was the only “concrete” result', 'mixed'],
  ])('%s is a quote of John Bolton', (_name, prefix, type) => {
    const q = find(prefix);
    expect(q?.type).toBe(type);
    expect(q?.speaker?.name).toBe('John Bolton');
  });

  test('“concrete” is not reported apart from its mixed record', () => {
    expect(quotes.some((q) => q.text === 'concrete')).toBe(false);
  });
});

describe('gold fixtures (fixtures/gold/indirect-*.jsonl, written and annotated by hand)', () => {
  interface Gold {
    text: string;
    quotes: { text: string; start: number; end: number; type: string; speaker: string | null; speakerStart: number | null; speakerEnd: number | null; cue: string; cueStart: number }[];
  }
  const names = ['indirect-leading', 'indirect-trailing', 'indirect-according-to', 'indirect-mixed', 'indirect-negatives'];
  test.each(names)('%s: exact spans, types, cues and speakers, nothing more', (name) => {
    const gold = JSON.parse(readFileSync(new URL(`../fixtures/gold/${name}.jsonl`, import.meta.url), 'utf8').trim()) as Gold;
    const got = extract(gold.text).quotes.filter((q) => q.type !== 'direct');
    expect(got.map((q) => [q.type, q.text, q.start, q.cue?.start])).toEqual(gold.quotes.map((g) => [g.type, g.text, g.start, g.cueStart]));
    got.forEach((q, i) => {
      const g = gold.quotes[i]!;
      // The speaker mention overlaps the annotated one (the eval's rule).
      expect(q.speaker && q.speaker.start < g.speakerEnd! && g.speakerStart! < q.speaker.end, `${name}: ${g.text}`).toBe(true);
    });
  });
});
