import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';

/** The wide scope's records of one rule, as [contentKind, text, cue, speaker]. */
const byRule = (rule: string, text: string): [string, string, string | undefined, string | undefined][] =>
  extract(text, { scope: 'wide' })
    .quotes.filter((q) => q.rule.startsWith(rule))
    .map((q) => [q.contentKind, q.text, q.cue?.text, q.speaker?.text]);

type Row = [string, string, [string, string, string, string | undefined][]];

describe('nominal cues: a verb that voices a statement or attitude noun (wide scope)', () => {
  test.each<Row>([
    ['business: raised questions about', 'Analysts raised questions about the cost of the merger.', [['topic', 'the cost of the merger', 'raised questions about', 'Analysts']]],
    ['courts: made the case for', 'The defence lawyer made the case for a shorter sentence.', [['topic', 'a shorter sentence', 'made the case for', 'The defence lawyer']]],
    ['courts: an attitude with `that` is a belief', 'The defendant’s family expressed grave concern that jurors had seen the video.', [['belief', 'jurors had seen the video', 'expressed grave concern', 'The defendant’s family']]],
    ['sports: took issue with', 'The goalkeeper took issue with the referee’s decision.', [['topic', 'the referee’s decision', 'took issue with', 'The goalkeeper']]],
    ['sports: poked fun at (`at` after a few nouns only)', 'The midfielder poked fun at his own miss in the first half.', [['topic', 'his own miss in the first half', 'poked fun at', 'The midfielder']]],
    ['local: faced criticism: the subject is the target, the critics are not named', 'The council has faced criticism over the parking fees.', [['topic', 'the parking fees', 'criticism over', undefined]]],
  ])('%s', (_name, text, expected) => {
    expect(byRule('nominal-cue', text)).toEqual(expected);
    // The default scope reports what a source stated: none of these.
    expect(extract(text).quotes).toEqual([]);
  });

  test.each<[string, string]>([
    ['sports: made the trip (no statement noun)', 'The team made the trip to Denver on Friday.'],
    ['business: raised prices (no statement noun)', 'The company raised prices for a third time this year.'],
    ['business: a noun with no content after it', 'The chief executive made a statement.'],
    ['local: `at` names a place, not the content', 'The mayor made the pledge at a rally downtown.'],
    ['local: `in` names a time, not the content', 'The utility issued a statement in the evening.'],
    ['local: a day after `on` is when, not what', 'The mayor made a statement on Monday.'],
    ['weather: a warning for a region names where it holds', 'The weather office issued a warning for the coast on Friday.'],
    ['courts: `from` names the source, not the content', 'The judge faced criticism from defence lawyers.'],
    ['courts: a relative clause, not a content clause', 'The witness made a comment that surprised the jury.'],
    ['the noun alone, with no voicing verb and no possessor', 'The criticism of the referee was fair.'],
    ['inside quote marks: the quoted speaker’s words', '“The fans raised questions about the tickets,” the coach said.'],
  ])('not: %s', (_name, text) => {
    expect(byRule('nominal-cue', text)).toEqual([]);
  });

  test.each<Row>([
    ['courts: after a possessor (the speaker), `to` + verb; the content stops before the sentence’s verb', 'The judge’s refusal to delay the trial surprised both sides.', [['intention', 'to delay the trial', 'refusal', 'The judge']]],
    ['sports: after a possessor, a preposition’s object', 'The striker’s criticism of the referee drew a fine.', [['topic', 'the referee', 'criticism of', 'The striker']]],
    ['a possessive pronoun is the speaker', 'Fans booed. His attacks on the council were unfair.', [['topic', 'the council', 'attacks on', 'His']]],
    ['business: a possessor that names the source', 'The union’s call for a strike was rejected by the board.', [['topic', 'a strike', 'call for', 'The union']]],
    ['a `that`-clause after a possessor runs to the sentence end', 'The coach’s argument that the pitch was unsafe won the appeal.', [['statement', 'the pitch was unsafe won the appeal', 'argument', 'The coach']]],
  ])('possessed: %s', (_name, text, expected) => {
    expect(byRule('nominal-cue', text)).toEqual(expected);
    expect(extract(text).quotes).toEqual([]);
  });

  test.each<[string, string]>([
    ['local: a policy named, not a view reported (`plan` is not read after a possessor)', 'The mayor’s plan to widen the road was approved.'],
    ['local: no possessor', 'A call for calm came from the police.'],
    ['business: a statement of accounts', 'The shop’s statement of accounts was filed late.'],
    ['business: a day after the preposition', 'The company’s decision on Monday surprised investors.'],
  ])('possessed, not: %s', (_name, text) => {
    expect(byRule('nominal-cue', text)).toEqual([]);
  });

  test('nested in another report: left to that report', () => {
    const text = 'The manager said the players raised questions about the schedule.';
    expect(byRule('nominal-cue', text)).toEqual([]);
    expect(extract(text, { scope: 'wide' }).quotes.map((q) => q.text)).toEqual(['the players raised questions about the schedule']);
  });
});

describe('attitude adjectives after a form of `be` (wide scope)', () => {
  test.each<Row>([
    ['courts: critical of', 'The jury was critical of the police investigation.', [['belief', 'the police investigation', 'was critical of', 'The jury']]],
    ['sports: eager to: an intention', 'The manager was eager to sign a new striker.', [['intention', 'to sign a new striker', 'was eager', 'The manager']]],
    ['business: hopeful that', 'Investors were hopeful that the rate cut would come in June.', [['belief', 'the rate cut would come in June', 'were hopeful', 'Investors']]],
    ['local: over `not` and an adverb', 'Residents were not entirely happy with the new bus routes.', [['belief', 'the new bus routes', 'were not entirely happy with', 'Residents']]],
    ['another linking verb', 'The union grew frustrated with the pace of the talks.', [['belief', 'the pace of the talks', 'grew frustrated with', 'The union']]],
  ])('%s', (_name, text, expected) => {
    expect(byRule('attitude-adjective', text)).toEqual(expected);
    expect(extract(text).quotes).toEqual([]);
  });

  test.each<[string, string]>([
    ['weather: an adjective that rates a thing', 'The river is likely to flood by Friday.'],
    ['weather: clear of snow', 'The roads were clear of snow by noon.'],
    ['local: open to the public (`open` takes a verb)', 'The pitch was open to the public on Sunday.'],
    ['business: critical to (not `of`)', 'The plant is critical to the town’s economy.'],
    ['an attributive adjective, no form of `be`', 'Critical readers of the report found errors.'],
    ['inside quote marks', '“We were eager to win,” the captain said.'],
  ])('not: %s', (_name, text) => {
    expect(byRule('attitude-adjective', text)).toEqual([]);
  });
});
