import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { ATTRIBUTION_MODEL } from '../src/data/attribution-model.generated.js';

/** The wide scope's records found by the learned model, as [contentKind, text, cue, speaker]. */
const scored = (text: string): [string, string, string | undefined, string | undefined][] =>
  extract(text, { scope: 'wide' })
    .quotes.filter((q) => q.rule.startsWith('scored-attribution'))
    .map((q) => [q.contentKind, q.text, q.cue?.text, q.speaker?.text]);

describe('attributions scored by the learned model (wide scope)', () => {
  test.each<[string, string, [string, string, string, string][]]>([
    ['sports: expressed + object', 'The striker expressed frustration with the referee after the match.', [['topic', 'frustration with the referee after the match', 'expressed', 'The striker']]],
    ['sports: decried + object', 'The goalkeeper decried the state of the pitch.', [['topic', 'the state of the pitch', 'decried', 'The goalkeeper']]],
    ['courts: expressed doubt that …', 'The judge expressed doubt that the witness could identify the car.', [['topic', 'doubt that the witness could identify the car', 'expressed', 'The judge']]],
    ['courts: railed against (a preposition the features do not name is passed over)', 'The defence lawyer railed against the delays in the trial.', [['topic', 'the delays in the trial', 'railed', 'The defence lawyer']]],
    ['verb + preposition: the preposition joins the cue', 'The minister spoke of a difficult winter ahead.', [['topic', 'a difficult winter ahead', 'spoke of', 'The minister']]],
    ['local politics: endorsed + a person', 'The mayor endorsed Ortiz for the council seat.', [['topic', 'Ortiz for the council seat', 'endorsed', 'The mayor']]],
  ])('%s', (_name, text, expected) => {
    expect(scored(text)).toEqual(expected);
    // The default scope reports what a source stated: none of these.
    expect(extract(text).quotes).toEqual([]);
  });

  test.each<[string, string]>([
    ['a timetable: appears on', 'The ferry appears on the timetable twice a day.'],
    ['naming a building', 'The old chapel was named after a local teacher.'],
    ['business: a verb no attribution in train ever took this way', 'The board voted to approve the merger.'],
    ['naming: a naming verb whose object is followed by a name gives the name', 'The council dubbed the new bridge Harbour Link.'],
    ['naming: the same with call', 'Analysts called the plan Project Compass.'],
    ['a verb inside quote marks is the quoted speaker’s', '“The players expressed frustration with the schedule,” the coach said.'],
  ])('not: %s', (_name, text) => {
    expect(scored(text)).toEqual([]);
  });

  test('nested in another report: left to that report', () => {
    const text = 'The council said the striker expressed frustration with the referee.';
    expect(scored(text)).toEqual([]);
    expect(extract(text, { scope: 'wide' }).quotes.map((q) => q.text)).toEqual(['the striker expressed frustration with the referee']);
  });

  test('not: business: a house listed for sale (a shop is no agent noun)', () => {
    expect(scored('The shop listed the house for sale.')).toEqual([]);
  });

  // Round 5's known false alarm (`test.fails` then). It passes on the model trained at round 6,
  // narrowly (score 1.81, threshold 1.87): the features still know speakers only by the nouns of
  // people and organisations, not which other nouns cannot speak. If a retrain brings it back,
  // it is `test.fails` again.
  test('not: biology: a gene is expressed', () => {
    expect(scored('The plant expressed the gene at high levels.')).toEqual([]);
  });

  test('the model is a table: lemmas, weights and a finite threshold learned on polnear_train', () => {
    expect(ATTRIBUTION_MODEL.lemmas.size).toBeGreaterThan(10);
    expect(ATTRIBUTION_MODEL.weights.size).toBeGreaterThan(100);
    expect(Number.isFinite(ATTRIBUTION_MODEL.threshold)).toBe(true);
  });
});
