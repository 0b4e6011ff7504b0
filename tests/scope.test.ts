import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import type { ContentKind, ExtractOptions } from '../src/index.js';

/** Reported records as [type, text, contentKind]. */
const records = (text: string, options?: ExtractOptions): [string, string, ContentKind][] =>
  extract(text, options).quotes.map((q) => [q.type, q.text, q.contentKind]);

describe('content kinds and the scope option', () => {
  test.each<[string, string, [string, string, ContentKind][]]>([
    ['a reported statement', 'The council said the bridge would reopen in May.', [['indirect', 'the bridge would reopen in May', 'statement']]],
    ['a direct quote', '“We are ready,” the coach said.', [['direct', 'We are ready,', 'statement']]],
    ['a question (whether)', 'The judge asked whether the witness had been paid.', [['indirect', 'whether the witness had been paid', 'question']]],
    ['a question (if, after ask)', 'The judge asked if the witness had been paid.', [['indirect', 'if the witness had been paid', 'question']]],
    ['a wh-clause', 'The manager explained how the outage began.', [['indirect', 'how the outage began', 'question']]],
    ['a topic (noun-phrase object)', 'The company denied the allegations.', [['indirect', 'the allegations', 'topic']]],
    ['a topic (call for)', 'Residents called for a ban on night flights.', [['indirect', 'a ban on night flights', 'topic']]],
    ['an intention (vow to)', 'The owner vowed to appeal the ruling.', [['indirect', 'to appeal the ruling', 'intention']]],
    ['an intention (urge to)', 'The mayor urged drivers to avoid the bridge.', [['indirect', 'to avoid the bridge', 'intention']]],
    ['a belief', 'The mayor believes that the budget will pass.', [['indirect', 'that the budget will pass', 'belief']]],
    ['a finding', 'A new survey shows that most riders want later buses.', [['indirect', 'that most riders want later buses', 'finding']]],
  ])('%s', (_name, text, expected) => {
    expect(records(text, { scope: 'wide' })).toEqual(expected);
    const statements = expected.filter((r) => r[2] === 'statement');
    expect(records(text)).toEqual(statements);
    expect(records(text, { scope: 'statements' })).toEqual(statements);
  });

  test('if after a plain speech verb opens a condition, not a question', () => {
    expect(records('The mayor said if the rain continues the fair will close.')).toEqual([
      ['indirect', 'if the rain continues the fair will close', 'statement'],
    ]);
  });

  test('a clause after a comma continues a statement; it is not a topic', () => {
    expect(records('He left early because, he told reporters, because of a dispute over the agenda.')).toEqual([
      ['indirect', 'because of a dispute over the agenda', 'statement'],
    ]);
  });

  test('includeNonSpeech keeps working: terms and titles as `other` (kind term); out-of-scope content as `other` too', () => {
    expect(records('She watched the film “Jaws” again on Sunday.', { includeNonSpeech: true })).toEqual([['other', 'Jaws', 'term']]);
    expect(records('The company denied the allegations.', { includeNonSpeech: true })).toEqual([['other', 'the allegations', 'topic']]);
    // In the wide scope the same record is reported by its marks, as indirect.
    expect(records('The company denied the allegations.', { scope: 'wide', includeNonSpeech: true })).toEqual([['indirect', 'the allegations', 'topic']]);
  });
});

// PolNeAR dev lives outside the repository (../shared); without it the check is skipped.
const DEV = new URL('../../shared/eval/polnear_dev.jsonl', import.meta.url);
const haveDev = existsSync(DEV);
// A printed reason, as for every skipped check (no-console is meant for library code).
// eslint-disable-next-line no-console
if (!haveDev) console.log(`scope.test.ts: skipping the polnear_dev check: ${DEV.pathname} not found`);

describe.skipIf(!haveDev)('polnear_dev in the default scope', () => {
  test('every record is a statement', () => {
    const kinds = new Map<string, number>();
    let total = 0;
    for (const line of readFileSync(DEV, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { text } = JSON.parse(line) as { text: string };
      for (const q of extract(text).quotes) {
        total++;
        if (q.contentKind !== 'statement') kinds.set(q.contentKind, (kinds.get(q.contentKind) ?? 0) + 1);
      }
    }
    expect(total).toBeGreaterThan(1000);
    expect(Object.fromEntries(kinds)).toEqual({});
  });
});
