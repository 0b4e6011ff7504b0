import { describe, expect, test } from 'vitest';
import { WinkTokenizer } from '../src/nlp/wink.js';
import { analyzeDocument } from '../src/extract.js';
import { purposeClauseSubject } from '../src/rules/purpose-subject.js';
import { sentenceStart } from '../src/layers/clauses.js';
import { extract } from '../src/index.js';

// An infinitive or a gerund after a preposition takes the subject of its clause's finite verb,
// read only when the clause rules found no speaker (attribute-reported-clauses.ts).
const tokenizer = new WinkTokenizer();

function subjectAt(text: string, cue: string): string | null {
  const { doc } = analyzeDocument(text, tokenizer);
  const i = doc.tokens.findIndex((t) => t.text === cue);
  if (i < 0) throw new Error(`no cue ${cue} in ${text}`);
  return purposeClauseSubject(doc, i, sentenceStart(doc, i))?.speaker.text ?? null;
}

describe('purposeClauseSubject', () => {
  const rows: [string, string, string | null][] = [
    ['Harbor editor Ana Ruiz will come on the show to talk about the ferry.', 'talk', 'Harbor editor Ana Ruiz'],
    ['The mayor began her term by quietly telling the council to cut costs.', 'telling', 'The mayor'],
    ['The director did go out of her way to criticize the board.', 'criticize', 'The director'],
    ['Fans of the film have taken to social media to complain about the snub.', 'complain', 'Fans of the film'],
    // A name or an object pronoun between the verb and the cue may be the one who does it.
    ['The mayor asked Ortiz to comment on the plan.', 'comment', null],
    ['The union urged them to speak about the strike.', 'speak', null],
    // A cue with its own subject, a cue after a noun's preposition that is no gerund, no verb before it.
    ['The mayor said the board would talk about the ferry.', 'talk', null],
    ['To talk about the ferry is hard.', 'talk', null],
    // A participle or another infinitive between: its own subject is not read here.
    ['Hoping to talk about the ferry, the mayor called.', 'talk', null],
  ];
  test.each(rows)('%s (%s) → %s', (text, cue, speaker) => {
    expect(subjectAt(text, cue)).toBe(speaker);
  });

  test('extract: a wide-scope record of an infinitive cue gets the clause subject', () => {
    const q = extract('Harbor editor Ana Ruiz will come on the show to talk about the ferry schedule.', { scope: 'wide' }).quotes.find((x) => x.cue?.text === 'talk about');
    expect(q?.speaker?.text).toBe('Harbor editor Ana Ruiz');
  });
});
