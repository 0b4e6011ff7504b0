import { describe, expect, test } from 'vitest';
import { WinkTokenizer } from '../src/nlp/wink.js';
import { analyzeDocument } from '../src/extract.js';
import { participleAsideSubject } from '../src/rules/participle-aside-subject.js';

// A participle cue set off by commas between a subject and its verb is that subject's, read only
// when the clause rules found no speaker (attribute-reported-clauses.ts).
const tokenizer = new WinkTokenizer();

function subjectAt(text: string, cue: string): string | null {
  const { doc } = analyzeDocument(text, tokenizer);
  const i = doc.tokens.findIndex((t) => t.text === cue);
  if (i < 0) throw new Error(`no cue ${cue} in ${text}`);
  return participleAsideSubject(doc, i)?.speaker.text ?? null;
}

describe('participleAsideSubject', () => {
  const rows: [string, string, string | null][] = [
    ['The Ledger, citing court records, reported that the club owed rent.', 'citing', 'The Ledger'],
    ['Sen. Dana Ortiz (D-Ohio), noting the size of the crowd, said the vote was close.', 'noting', 'Sen. Dana Ortiz'],
    ['Mr. Lowe, recalling his years at the port, described the job as hard.', 'recalling', 'Mr. Lowe'],
    // A participle after the main clause's object, or with no verb after its aside: not read here.
    ['The doctors wrote to the head of the department, calling for his dismissal, and left.', 'calling', null],
    ['The mayor thanked the crowd, citing its patience.', 'citing', null],
    // Not a participle, or not after a comma.
    ['The Ledger, which cited court records, reported the debt.', 'cited', null],
    ['Voters citing the fares said the ferry was late.', 'citing', null],
  ];
  test.each(rows)('%s (%s) → %s', (text, cue, speaker) => {
    expect(subjectAt(text, cue)).toBe(speaker);
  });
});
