import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

// #14: a short quoted fragment that a verb with a speaking subject governs, when no other rule
// takes the verb, is a mixed attribution in the wide scope (quoted-fragment rule).

/** The wide scope's records of the quoted-fragment rule, as [type, text, cue, speaker]. */
const fragments = (text: string): [string, string, string | undefined, string | undefined][] =>
  extract(text, { scope: 'wide' })
    .quotes.filter((q) => q.rule.startsWith('quoted-fragment'))
    .map((q) => [q.type, q.text, q.cue?.text, q.speaker?.text]);

type Row = [string, string, [string, string, string, string][]];

describe('quoted fragments: mixed attributions of verbs no rule takes (wide scope)', () => {
  test.each<Row>([
    ['sports: exhorted … to', 'Kickoff is at noon.\n\nThe coach exhorted his players to “leave nothing on the pitch” in the final.', [['mixed', 'his players to “leave nothing on the pitch” in the final', 'exhorted', 'The coach']]],
    ['business: prodded … to', 'Shares fell on Monday.\n\nThe chairwoman prodded the board to “move faster” on the sale.', [['mixed', 'the board to “move faster” on the sale', 'prodded', 'The chairwoman']]],
    ['local: lauded … for', 'The storm passed overnight.\n\nThe mayor lauded the crews for their “tireless work” after the storm.', [['mixed', 'the crews for their “tireless work” after the storm', 'lauded', 'The mayor']]],
    ['local: proclaimed', 'The plan was published on Tuesday.\n\nThe governor proclaimed a goal of “zero waste” by 2030.', [['mixed', 'a goal of “zero waste” by 2030', 'proclaimed', 'The governor']]],
    ['business: a particle joins the cue', 'The talks stalled again.\n\nThe union has gone after the board as “out of touch” with its workers.', [['mixed', 'the board as “out of touch” with its workers', 'gone after', 'The union']]],
    ['courts: a progressive with a name as subject', 'The trial resumes next week.\n\nOkafor has been pounding the prosecution as “reckless and cynical” in court filings.', [['mixed', 'the prosecution as “reckless and cynical” in court filings', 'pounding', 'Okafor']]],
    ['sports: a verb the tagger reads as an adjective, after a name', 'The draw was made.\n\nMadrid branded the referee a “disgrace to the game.”', [['mixed', 'the referee a “disgrace to the game.”', 'branded', 'Madrid']]],
    ['sports: one `that` with no verb of its own before the quote', 'The game ended late.\n\nThe coach groused to reporters that the referee “lost control of the match.”', [['mixed', 'to reporters that the referee “lost control of the match.”', 'groused', 'The coach']]],
    ['local: `which` after an organisation', 'Crime fell.\n\nThe figures came from the police department, which reported “1,200 incidents” in the year.', [['mixed', '“1,200 incidents” in the year', 'reported', 'which']]],
  ])('%s', (_name, text, expected) => {
    expect(fragments(text)).toEqual(expected);
    // The default scope leaves the fragment to the other rules (here: a scare quote, not reported).
    expect(extract(text).quotes.filter((q) => q.rule.startsWith('quoted-fragment'))).toEqual([]);
  });

  test('a verb another rule already took keeps that one record (here the naming rule: `described … as`)', () => {
    // (Not the learned stage: what it keeps moves with every retrain.)
    const text = 'Shares fell on Monday.\n\nThe analyst described the merger as a “slow-motion car crash” for investors.';
    const quotes = extract(text, { scope: 'wide' }).quotes;
    expect(quotes.map((q) => [q.type, q.text, q.cue?.text])).toEqual([['mixed', 'the merger as a “slow-motion car crash” for investors', 'described']]);
    expect(fragments(text)).toEqual([]);
  });

  test.each<[string, string]>([
    ['local: a title after a title-introducing word', 'The lineup was announced.\n\nThe band closed the night with the song “Harbour Lights” at the pier.'],
    ['sports: a title in title case', 'The season ended in May.\n\nThe striker watched “Friday Night Lights” on the team bus.'],
    ['business: a naming verb gives a name, not words', 'The merger closed on Friday.\n\nThe bank called the new unit “northstar” in its filing.'],
    ['sports: a performing verb', 'The stadium was full.\n\nThe choir sang “you never walk alone” before kickoff.'],
    ['courts: a passive subject is spoken of, not speaking', 'The appeal was heard on Monday.\n\nThe ruling was criticized as “a step backwards” by defence lawyers.'],
    ['courts: a subject that cannot speak', 'The hearing opened at nine.\n\nThe evidence pointed to a “rushed” investigation by police.'],
    ['local: a negated verb', 'The fair opened on Saturday.\n\nThe mayor does not like “surprises” at council meetings.'],
    ['business: a comma between verb and quote', 'Profits rose.\n\nThe chief executive thanked the staff, calling it a “record” quarter.'],
    ['sports: a clause of its own opens before the quote', 'The match was delayed.\n\nThe coach said little while the fans chanted “one more goal” in the stands.'],
    ['local: `it` as subject (under half right on polnear_train)', 'The vote was close.\n\nThe council approved the plan, and it referenced “community needs” in the text.'],
    ['local: a verb whose object only labels what was done', 'The vote was close.\n\nThe slate won 60 percent of “swing” districts.'],
    ['headline: the headline rules take it', 'Mayor Slams Budget As “Reckless”\n\nThe council meets on Monday.'],
    ['a quote introduced by a comma is a quotation, not a fragment', 'The coach was calm.\n\nThe coach added, “we will be back next week.”'],
  ])('not: %s', (_name, text) => {
    expect(fragments(text)).toEqual([]);
  });
});
