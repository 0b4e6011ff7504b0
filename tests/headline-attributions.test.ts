import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

// #14: headlines (paragraph 0) state attributions in their own grammar; the wide scope reads them
// by a table of headline cue words (src/stages/find-headline-attributions.ts).

const BODY = '\n\nThe story begins here, with a sentence of its own.';

/** The wide scope's headline records as [text, cue, speaker]. */
const headlineRecords = (headline: string): [string, string | undefined, string | undefined][] =>
  extract(headline + BODY, { scope: 'wide' })
    .quotes.filter((q) => q.rule.startsWith('headline-cue'))
    .map((q) => [q.text, q.cue?.text, q.speaker?.text]);

describe('headline cues: subject, cue word, the rest of the headline (wide scope)', () => {
  test.each<[string, string, [string, string, string][]]>([
    ['politics, title case, plural verb', 'Black Lawmakers Rip Governor As A ‘Reckless Spender’', [['Governor As A ‘Reckless Spender’', 'Rip', 'Black Lawmakers']]],
    ['politics: a quoted word in the content', 'Mayor Sees ‘Betrayal’ If Council Rejects Budget', [['‘Betrayal’ If Council Rejects Budget', 'Sees', 'Mayor']]],
    ['business: slam … over', 'Union Leaders Slam Airline Over Pension Cuts', [['Airline Over Pension Cuts', 'Slam', 'Union Leaders']]],
    ['sports: reveals', 'Retired Coach Reveals ‘Demoralizing’ Final Season', [['‘Demoralizing’ Final Season', 'Reveals', 'Retired Coach']]],
    ['courts: a particle joins the cue', 'Federal Judge Rules Against Council’s Zoning Change', [['Council’s Zoning Change', 'Rules Against', 'Federal Judge']]],
    ['business, sentence case: a plural subject before a plural verb', 'Angry shareholders blast the bank’s bonus plan.', [['the bank’s bonus plan', 'blast', 'Angry shareholders']]],
    ['sports: hints at', 'Veteran Goalkeeper Hints At Retirement', [['Retirement', 'Hints At', 'Veteran Goalkeeper']]],
    ['sports: praise … as, a plural subject', 'Fans Praise New Coach As ‘A Breath Of Fresh Air’', [['New Coach As ‘A Breath Of Fresh Air’', 'Praise', 'Fans']]],
    ['local: the cue ends the headline after a comma', 'Stadium Plans Back On Track, Council Finds.', [['Stadium Plans Back On Track', 'Finds', 'Council']]],
    ['local: a plural possessive in the subject', 'Teachers’ Union Slams School Board', [['School Board', 'Slams', 'Teachers’ Union']]],
    ['courts: an announced intention (`To Sue`)', 'Players’ Union To Sue League Over Schedule', [['League Over Schedule', 'To Sue', 'Players’ Union']]],
    ['business, sentence case: `to back`', 'Retailers to back new sales tax plan.', [['new sales tax plan', 'to back', 'Retailers']]],
    ['politics: `Votes` before `To` is a cue', 'House Panel Votes To Subpoena Bank Chief', [['To Subpoena Bank Chief', 'Votes', 'House Panel']]],
    ['sports: the content stops before another record’s clause', 'Goalkeeper Hints At Exit, Which Coach Calls ‘Nonsense’', [['Exit', 'Hints At', 'Goalkeeper']]],
    ['sports: an interrupting phrase, the subject is the first part', 'Striker, Back From Injury, Slams Club Owners', [['Club Owners', 'Slams', 'Striker']]],
  ])('%s', (_name, headline, expected) => {
    expect(headlineRecords(headline)).toEqual(expected);
    // The default scope reads headlines only through its clause rules: none of these.
    expect(extract(headline + BODY).quotes.filter((q) => q.start < headline.length)).toEqual([]);
  });

  test('local: the content stops before another record’s cue (`… And Say They …`), the `And` left out', () => {
    expect(headlineRecords('Riverside Residents Blast Council Over Levee And Say They Will Keep Asking')).toEqual([['Council Over Levee', 'Blast', 'Riverside Residents']]);
  });

  test('business: a second cue after `and` opens a content of its own', () => {
    expect(headlineRecords('Striker Praises Fans And Slams Club Owners').map(([text, cue]) => [text, cue])).toEqual([
      ['Fans', 'Praises'],
      ['Club Owners', 'Slams'],
    ]);
  });

  test('sports: a second cue after a comma is coordinated too, and both records have the first one’s subject', () => {
    expect(headlineRecords('Veteran Coach Slams Referees, Praises Fans As ‘The Best In The League.’')).toEqual([
      ['Referees', 'Slams', 'Veteran Coach'],
      ['Fans As ‘The Best In The League.’', 'Praises', 'Veteran Coach'],
    ]);
    expect(headlineRecords('Striker Praises Fans And Slams Club Owners')[1]).toEqual(['Club Owners', 'Slams', 'Striker']);
  });

  test.each<[string, string, [string, string, string][]]>([
    ['local, sentence case: a noun-like cue word before an infinitive is the verb', 'Council pledges to widen the river bridge;', [['to widen the river bridge', 'pledges', 'Council']]],
    ['business: before a subject pronoun', 'Bank chiefs promise they will cut fees.', [['they will cut fees', 'promise', 'Bank chiefs']]],
    ['sports: after a name inside the headline', 'After the final, Ames claims victory.', [['victory', 'claims', 'Ames']]],
  ])('noun-like cue words: %s', (_name, headline, expected) => {
    expect(headlineRecords(headline)).toEqual(expected);
  });

  test.each<[string, string, [string, string, string][]]>([
    ['politics: a phrasal cue, the particle part of it (`Goes After`)', 'Council Chair Goes After Mayor Over Budget', [['Mayor Over Budget', 'Goes After', 'Council Chair']]],
    ['business: `Breaks With`', 'Bank Chief Breaks With Board On Bonus Plan', [['Board On Bonus Plan', 'Breaks With', 'Bank Chief']]],
    ['local: `Lays Out`', 'Ferry Board Lays Out Plans For New Pier', [['Plans For New Pier', 'Lays Out', 'Ferry Board']]],
    ['sports: a past form after `Fully`', 'Coach Fully Supported Trade Before Season', [['Trade Before Season', 'Fully Supported', 'Coach']]],
    ['local: `push for` (the particle required)', 'Parents push for later school start.', [['later school start', 'push for', 'Parents']]],
    ['business: `Just Gave`, a past form after `Just`', 'Central Bank Just Gave Savers Some Bad News', [['Savers Some Bad News', 'Just Gave', 'Central Bank']]],
    ['local: two cue words joined before one content are one cue', 'Mayor praises, mourns retiring fire chief.', [['retiring fire chief', 'praises, mourns', 'Mayor']]],
    ['courts: `Confronts`', 'Tenant Group Confronts Landlord Over Repairs', [['Landlord Over Repairs', 'Confronts', 'Tenant Group']]],
  ])('more cue words: %s', (_name, headline, expected) => {
    expect(headlineRecords(headline)).toEqual(expected);
  });

  test.each<[string, string, [string, string][]]>([
    ['politics: `Accused Of`', 'Mayor Accused Of Hiding Audit From Council', [['Mayor', 'Accused Of'], ['Hiding Audit From Council', 'Accused Of']]],
    ['sports: `Charged With`', 'Striker Charged With Assault After Derby', [['Striker', 'Charged With'], ['Assault After Derby', 'Charged With']]],
    ['local: `Now Deemed`, no word required after it', 'Old Ferry Permits Now Deemed Invalid', [['Old Ferry Permits', 'Now Deemed'], ['Invalid', 'Now Deemed']]],
  ])('a passive judgement without its auxiliary: two sourceless parts (wide scope): %s', (_name, headline, expected) => {
    const records = extract(headline + BODY, { scope: 'wide' }).quotes.filter((q) => q.start < headline.length);
    expect(records.map((q) => [q.text, q.cue?.text])).toEqual(expected);
    expect(records.map((q) => [q.rule, q.speaker])).toEqual([['sourceless-passive', null], ['sourceless-passive', null]]);
    expect(records[1]!.continues).toBe(records[0]!.id);
  });

  test.each<[string, string]>([
    ['`Accused` without `Of` (an adjective)', 'Accused Striker Returns To Training'],
    ['`Blamed` without `For`', 'Coach Blamed Referee Before Derby'],
  ])('no passive judgement: %s', (_name, headline) => {
    expect(extract(headline + BODY, { scope: 'wide' }).quotes.filter((q) => q.rule.startsWith('sourceless-passive'))).toEqual([]);
  });

  test.each<[string, string, [string, string, string][]]>([
    ['politics: a label with a place (`at`)', 'Former Mayor Ames at Council: The levee plan is dead.', [['The levee plan is dead', 'at Council:', 'Former Mayor Ames']]],
    ['business: an acronym', 'AFP: Carmaker moved its plant to the coast.', [['Carmaker moved its plant to the coast', ':', 'AFP']]],
    ['local: hearers (`to`), lower-case', 'Ames to Riverside Residents: The bridge will open in May.', [['The bridge will open in May', 'to Riverside Residents:', 'Ames']]],
    ['courts: a one-word kicker and a dash first', 'EXCLUSIVE – Judge Ames: The Ruling Will Stand.', [['The Ruling Will Stand', ':', 'Judge Ames']]],
  ])('a source label and a colon (wide scope): %s', (_name, headline, expected) => {
    expect(headlineRecords(headline)).toEqual(expected);
  });

  test.each<[string, string]>([
    ['a kicker', 'The Latest: Mayor visits flooded homes.'],
    ['a kicker in capitals', 'BOOM: Mayor wins the council vote by a mile.'],
    ['a question', 'Former Mayor Ames at Council: Will the river bridge ever open?'],
    ['two names joined (a topic, not a source)', 'Lakes and Rivers: A quiet partnership.'],
    ['a noun phrase with `for`', 'Big Win For Harbor: Ferry returns to service.'],
    ['a label opened by an article', 'The One Thing Voters Want: Lower Taxes.'],
    ['a noun-like cue word first in the headline, before another noun', 'Harbor attacks test the navy.'],
    ['`Goes` without its particle', 'Mayor Goes To Paris For Climate Talks'],
    ['`Breaks` as a noun', 'Tax Breaks For Builders Expire In May'],
    ['`push` without `for`', 'Hikers push through heat and storms.'],
    ['`Gave` without a cue adverb (a participle reading is not taken either)', 'Central Bank Gave Savers Bad News In May'],
    ['`Lays` without its particle', 'Prize Hen Lays Record Egg At County Fair'],
  ])('not: %s', (_name, headline) => {
    expect(extract(headline + BODY, { scope: 'wide' }).quotes.filter((q) => q.start < headline.length).map((q) => q.text)).toEqual([]);
  });

  test.each<[string, string]>([
    ['the same words in the body of the article are not a headline', 'Stocks Fall' + BODY + '\n\nBlack Lawmakers Rip Governor As A Spender'],
    ['courts: `Rules` as a noun (no particle, not at the end)', 'New Power Plant Rules Face Key Test In Court'],
    ['business: a lower-case noun compound (`call option`)', 'Traders call options a hedge of last resort'],
    ['sports: a singular subject before a plural-looking verb form (`Blast`)', 'Second-Half Blast Lifts United Past City'],
    ['local: a subject with a lower-case verb of its own', 'Rubio has the praise, just not the votes'],
    ['local: a noun-like cue word between lower-case nouns (`union blasts hospital`) is held back', 'Nurses’ union blasts hospital over staffing.'],
    ['sports: `to` before a verb that announces nothing (`To Miss`)', 'Striker To Miss Final With Knee Injury'],
    ['politics: `Votes` as a noun', 'Transit Votes Counted In Record Time'],
    ['sports: a noun after a possessive (`Rival’s Attacks`)', 'Rival’s Attacks On Club Owner Backfire'],
    ['a first paragraph too long to be a headline (a text without one)', 'Longtime Riverside Residents Blast The Council Over The Levee It Promised Them After The Storm Two Winters Ago And Say They Will Keep Asking About It At Every Single Public Meeting Of The Council Until The Work On The Bank Finally Begins Next To The Old Mill Road Bridge'],
    ['no subject before the cue', 'Says Who? A Guide To The Budget'],
    ['a subject too long to be one', 'The Long And Winding Road Back For The Old Town Mill Finally Says Goodbye'],
  ])('not: %s', (_name, text) => {
    const headline = text.split('\n')[0]!;
    const records = extract(text.includes('\n') ? text : text + BODY, { scope: 'wide' }).quotes.filter((q) => q.rule.startsWith('headline-cue'));
    expect(records.map((q) => q.text), headline).toEqual([]);
  });
});
