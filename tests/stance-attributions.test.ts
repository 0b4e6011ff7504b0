import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { analyzeDocument } from '../src/extract.js';
import { WinkTokenizer } from '../src/nlp/wink.js';
import { findStanceAttributions } from '../src/stages/find-stance-attributions.js';

// Every text is body text after a headline line: the stage leaves headlines to the headline stage.
const HEADLINE = 'Harbour news\n\n';
const tokenizer = new WinkTokenizer();

/** The stage's records in `sentence` (body text), nothing found before it: [content, cue]. */
const stances = (sentence: string): [string, string][] => {
  const { doc } = analyzeDocument(HEADLINE + sentence, tokenizer);
  return findStanceAttributions(doc, []).map((c) => [
    doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.end - 1]!.end),
    doc.text.slice(doc.tokens[c.cue.first]!.start, doc.tokens[c.cue.end - 1]!.end),
  ]);
};

describe('stance verbs with a noun-phrase object (wide scope)', () => {
  test.each<[string, string, [string, string][]]>([
    ['local politics: a name as object', 'The fishermen’s union endorsed Mayor Alvarez on Tuesday.', [['Mayor Alvarez on Tuesday', 'endorsed']]],
    ['local politics: a pronoun as object', 'Two councillors have backed her since the spring.', [['her since the spring', 'backed']]],
    ['business: a noun phrase; the object ends at the comma', 'The shareholders opposed the merger, which the board wanted.', [['the merger', 'opposed']]],
    ['sports: a progressive form after `be`', 'The supporters’ trust is supporting the new stadium plan.', [['the new stadium plan', 'supporting']]],
    ['courts: a perfect form after an adverb', 'The defence has repeatedly attacked the forensic evidence.', [['the forensic evidence', 'attacked']]],
    ['an aside between subject and verb', 'Ms. Reyes, who lost the primary, endorsed the harbour levy.', [['the harbour levy', 'endorsed']]],
  ])('%s', (_name, sentence, expected) => {
    expect(stances(sentence)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['a modal: a stance not taken', 'The union would support the plan if wages rose.'],
    ['a negation', 'The mayor did not endorse a candidate.'],
    ['a curly negation', 'The council didn’t endorse a candidate.'],
    ['a passive: the subject is what is backed', 'The plan was backed by the harbour board.'],
    ['after a relative pronoun: background, annotated half the time', 'The senator, who endorsed Alvarez last year, spoke briefly.'],
    ['an infinitive', 'The club asked fans to support the team.'],
    ['a participle after a noun: a group named, no stance taken', 'A committee supporting the levy raised money.'],
    ['part of a compound modifier', 'The coach picked a fan-backed striker.'],
    ['a question', 'Do you support the new stadium?'],
    ['no one takes the stance', 'Nobody opposed him at the meeting.'],
    ['a day is no object', 'The levy, which the council attacked Thursday, passed.'],
    ['a particle, not an object', 'The mayor backed down after the vote.'],
    ['a verb of no stance', 'The union embraced the new schedule.'],
    ['inside quote marks: the quoted speaker’s words', '“We support the plan,” the coach said.'],
    ['a title-case line', 'Related: Council Members Reject The Harbour Levy'],
  ])('not: %s', (_name, sentence) => {
    expect(stances(sentence)).toEqual([]);
  });

  test('the record: a topic, the subject its speaker, only in the wide scope', () => {
    const text = `${HEADLINE}The fishermen’s union endorsed Mayor Alvarez.`;
    const wide = extract(text, { scope: 'wide' }).quotes.map((q) => [q.contentKind, q.text, q.cue?.text, q.speaker?.text]);
    expect(wide).toEqual([['topic', 'Mayor Alvarez', 'endorsed', 'The fishermen’s union']]);
    expect(extract(text).quotes).toEqual([]);
  });

  test('a verb a clause rule or the model already took gives no second record', () => {
    const text = `${HEADLINE}The coach criticized the referee, saying he missed the foul.`;
    const records = extract(text, { scope: 'wide' }).quotes.filter((q) => q.cue?.text === 'criticized');
    expect(records.length).toBeLessThanOrEqual(1);
  });
});
