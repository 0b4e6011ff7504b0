import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

const wide = (text: string): string[] => extract(text, { scope: 'wide' }).quotes.map((q) => `${q.type}: ${q.text}`);

describe('cue senses: a cue word reports speech only in a speech frame', () => {
  test.each<[string, string, string[]]>([
    ['market: add with a quantity', 'The broader index added 0.4 per cent on Tuesday.', []],
    ['market: a participle after a market subject', 'Shares of the bank rose 2 per cent, adding to gains from last week.', []],
    ['sports: add with a number', 'Park also added two assists in the second period.', []],
    ['sports: add with a noun phrase', 'Harbor City added a goal late in the second period.', []],
    ['sports: signal with an object', 'The referee signalled a penalty.', []],
    ['weather: a subject that does not speak', 'The snow whispered that winter had come.', []],
    ['a coordinated clause is not a trailing attribution', 'The wind howled through the night, and the crowd roared.', []],
    ['naming: the default scope leaves a naming object out', 'Analysts called the plan Project Compass.', []],
    // #14: the speaker of an inverted attribution is not also a reported clause of its cue.
    ['the speaker after an inverted `said` is no content', '“The pool will stay open all summer,” said Councillor Ada Ruiz (Ward 4).', ['direct: The pool will stay open all summer,']],
    ['nor a speaker with a relative clause', '“We will rebuild the pier,” said a harbour official who asked not to be named.', ['direct: We will rebuild the pier,']],
    // #14: a topic preposition with no topic after it: only a time, or another preposition.
    ['a topic cue followed only by a time', 'The Gazette reported on Monday.', []],
    ['a stranded topic preposition', 'It was the kind of flooding the engineers warned about in their 2019 study.', []],
    // #14: `state` as a noun with a relative clause after it.
    ['the noun `states` before a relative clause', 'Turnout rose in the four states that vote next week.', []],
    ['the noun `state` after an adjective', 'Ohio could be the fifth state that the group sues over its voting rules.', []],
    // The speech senses of the same words.
    ['`states` as a verb after its subject', 'The report states that the bridge is unsafe.', ['indirect: that the bridge is unsafe']],
    ['`stated` after a pronoun', 'In the filing, it stated that the pier would reopen.', ['indirect: that the pier would reopen']],
    ['a cue with a subject before a quoted aside keeps its clause', 'Ruiz, citing “the lifeguard shortage,” said the pool would close early.', ['indirect: the pool would close early']],
    ['a topic after its preposition', 'The mayor talked about how the bridge had failed.', ['indirect: how the bridge had failed']],
    ['add with a clause', 'The coach added that the team would rest on Tuesday.', ['indirect: that the team would rest on Tuesday']],
    ['a trailing attribution with two speakers', 'The plan will cost more, Ortiz and Chen said.', ['indirect: The plan will cost more']],
    ['an organisation speaks', 'The bank said its profit would fall.', ['indirect: its profit would fall']],
  ])('%s', (_name, text, expected) => {
    expect(wide(text).filter((r) => !r.startsWith('direct') || expected.includes(r))).toEqual(expected);
  });
});

// Genre fixtures (fixtures/gold/genre-*.jsonl, written for this project): every gold quote is
// found and nothing else is reported — no false alarm in business, sports, courts, weather or
// local-news prose.
const dir = new URL('../fixtures/gold/', import.meta.url);
const genres = readdirSync(dir).filter((f) => /^genre-.*\.jsonl$/u.test(f)).sort();

describe('genre fixtures', () => {
  test('there is one per genre', () => {
    expect(genres).toEqual(['genre-business.jsonl', 'genre-courts.jsonl', 'genre-local.jsonl', 'genre-sports.jsonl', 'genre-weather.jsonl']);
  });
  for (const file of genres) {
    test(`${file}: exactly the gold quotes`, () => {
      for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n').filter((l) => l.trim())) {
        const article = JSON.parse(line) as { text: string; quotes: { text: string; type: string }[] };
        const found = extract(article.text).quotes.map((q) => `${q.type}: ${q.text}`);
        expect(found).toEqual(article.quotes.map((q) => `${q.type}: ${q.text}`));
      }
    });
  }
});
