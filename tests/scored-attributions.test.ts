import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { ATTRIBUTION_MODEL } from '../src/data/attribution-model.generated.js';

// Every text is given as body text, after a headline line: a sentence alone is the article's
// headline, which the model weighs on its own (PolNeAR headlines attribute a lot).
const HEADLINE = 'Harbour news\n\n';

/** The wide scope's records found by the learned model in `sentence` (body text), as [contentKind, text, cue, speaker]. */
const scored = (sentence: string): [string, string, string | undefined, string | undefined][] =>
  extract(HEADLINE + sentence, { scope: 'wide' })
    .quotes.filter((q) => q.rule.startsWith('scored-attribution'))
    .map((q) => [q.contentKind, q.text, q.cue?.text, q.speaker?.text]);

// Rows are picked well clear of the threshold (the threshold moves when a retrain follows other
// rules' changes): firing rows score >= 0.7 above it, non-firing rows >= 0.3 below it.
describe('attributions scored by the learned model (wide scope)', () => {
  test.each<[string, string, [string, string, string, string][]]>([
    ['local politics: discussed + object', 'The minister discussed the plan to close the pier.', [['statement', 'the plan to close the pier', 'discussed', 'The minister']]],
    // (`attacked` / `assailed` + object are the stance-verb stage's since round 7: tests/stance-attributions.test.ts.)
    ['business: a union bemoaned a plan', 'The union bemoaned the plan to close the plant.', [['statement', 'the plan to close the plant', 'bemoaned', 'The union']]],
    ['local politics: lashed out at + object with an infinitive', 'The senator lashed out at the plan to close the clinic.', [['statement', 'the plan to close the clinic', 'lashed out at', 'The senator']]],
    ['local politics: a gerund complement (new in round 6)', 'The senator proposed barring trucks from the harbour road.', [['topic', 'barring trucks from the harbour road', 'proposed', 'The senator']]],
    ['local politics: portrayed X as Y', 'The senator portrayed the levy as a burden on fishermen.', [['topic', 'the levy as a burden on fishermen', 'portrayed', 'The senator']]],
  ])('%s', (_name, sentence, expected) => {
    expect(scored(sentence)).toEqual(expected);
    // The default scope reports what a source stated: none of these.
    expect(extract(HEADLINE + sentence).quotes).toEqual([]);
  });

  test.each<[string, string]>([
    ['a timetable: appears on', 'The ferry appears on the timetable twice a day.'],
    ['naming a building', 'The old chapel was named after a local teacher.'],
    ['business: a verb no attribution in train ever took this way', 'The board voted to approve the merger.'],
    ['a verb inside quote marks is the quoted speaker’s', '“The players expressed frustration with the schedule,” the coach said.'],
    ['naming: a naming verb whose object is followed by a name gives the name', 'The council dubbed the new bridge Harbour Link.'],
    ['naming: the same with call', 'Analysts called the plan Project Compass.'],
    ['weather: a storm threatens, it says nothing', 'The storm threatened to flood the lower town.'],
    ['a river pushes against a dam', 'The river pushed against the old dam.'],
    ['biology: a gene is expressed', 'The plant expressed the gene at high levels.'],
    ['sports: show a quality (show is a candidate since round 6)', 'The rookie showed great patience.'],
  ])('not: %s', (_name, sentence) => {
    expect(scored(sentence)).toEqual([]);
  });

  test('nested in another report: left to that report', () => {
    const sentence = 'The council said the striker expressed frustration with the referee.';
    expect(scored(sentence)).toEqual([]);
    expect(extract(HEADLINE + sentence, { scope: 'wide' }).quotes.map((q) => q.text)).toEqual(['the striker expressed frustration with the referee']);
  });

  test('the model is a table: lemmas, weights and a finite threshold learned on polnear_train', () => {
    expect(ATTRIBUTION_MODEL.lemmas.size).toBeGreaterThan(10);
    expect(ATTRIBUTION_MODEL.weights.size).toBeGreaterThan(100);
    expect(Number.isFinite(ATTRIBUTION_MODEL.threshold)).toBe(true);
  });
});
