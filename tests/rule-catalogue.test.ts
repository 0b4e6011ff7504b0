import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { ATTRIBUTION_RULES, CONTENT_KIND_CONFIDENCE, FINDING_RULES, WIDE_ONLY_FINDING_RULES, isRuleId, ruleIdPattern, ruleTable } from '../src/rules/catalogue.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);

describe('rule catalogue', () => {
  test("docs/attribution.md's rule table is the catalogue", () => {
    const docs = readFileSync(new URL('../docs/attribution.md', import.meta.url), 'utf8');
    const table = /<!-- rule-table:start -->\n([\s\S]*?)\n<!-- rule-table:end -->/u.exec(docs)?.[1];
    expect(table).toBe(ruleTable());
  });

  test("the JSON Schema's pattern for `rule` is the catalogue's ids, and agrees with isRuleId", () => {
    const schema = JSON.parse(readFileSync(new URL('../schema/quotewise.schema.json', import.meta.url), 'utf8')) as {
      $defs: { Quote: { properties: { rule: { pattern: string } } } };
    };
    const pattern = schema.$defs.Quote.properties.rule.pattern;
    expect(pattern).toBe(ruleIdPattern());
    const re = new RegExp(pattern, 'u');
    const ids = ['quote-marks+trailing', 'reported-that+quoted+speaker-before', 'quote-marks-unclosed', 'belief-that+quoted'];
    const notIds = ['hand', 'quote-marks+hand', 'trailing', 'quote-marks+trailing+leading', 'quote-marks+quoted+quoted', ''];
    for (const r of [...ids, ...notIds]) expect(re.test(r), r).toBe(isRuleId(r));
    for (const r of ids) expect(isRuleId(r), r).toBe(true);
    for (const r of notIds) expect(isRuleId(r), r).toBe(false);
  });

  // #14: the wide scope's confidences are derived from polnear_train (npm run calibrate:wide).
  test('the wide-only rules are the belief, topic, learned, nominal, attitude, headline, sourceless and quoted-fragment rules', () => {
    expect([...WIDE_ONLY_FINDING_RULES].sort()).toEqual([
      'attitude-adjective', 'belief-bare', 'belief-expectation', 'belief-finding', 'belief-reported-infinitive', 'belief-reported-naming', 'belief-that',
      'headline-cue', 'nominal-cue', 'quoted-fragment', 'reported-about', 'scored-attribution', 'sourceless-asked', 'sourceless-passive', 'sourceless-raising', 'stance-verb',
    ]);
  });

  test('a content kind only ever lowers the confidence of a shared rule', () => {
    for (const [rule, kinds] of Object.entries(CONTENT_KIND_CONFIDENCE)) {
      expect(WIDE_ONLY_FINDING_RULES).not.toContain(rule);
      for (const cap of Object.values(kinds ?? {})) expect(cap).toBeLessThanOrEqual(FINDING_RULES[rule as keyof typeof FINDING_RULES].confidence);
    }
  });

  test.each<[string, string, number]>([
    ['a statement keeps its rule’s confidence', 'Cole said the pool would reopen.', 0.8],
    ['a question as sure as a statement after `that`', 'Cole asked whether the pool would reopen.', 0.75],
    ['an intention keeps its rule’s confidence (placed higher, never raised)', 'Cole vowed to appeal the ruling.', 0.7],
    ['a topic found as a bare clause is capped', 'The residents protested the closure of the pool, which the council approved.', 0.75],
    ['a belief with `that`', 'The mayor believes that the budget will pass.', 0.65],
    ['a belief without `that` (train: 78% of speakers right against 89% with `that`, both nearest the 0.65 band)', 'The mayor thinks the budget will pass.', 0.65],
    ['what was talked about', 'The mayor talked about the budget.', 0.65],
  ])('wide scope confidence: %s', (_name, text, confidence) => {
    expect(extract(text, { scope: 'wide' }).quotes.map((q) => q.confidence)).toEqual([confidence]);
  });

  test('every rule has a confidence in 0..1, a description and an example', () => {
    for (const r of [...Object.values(FINDING_RULES), ...Object.values(ATTRIBUTION_RULES)]) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.example.length).toBeGreaterThan(5);
    }
  });

  test('every record of the fixtures has a rule of the catalogue, and a confidence no higher than its rules allow', () => {
    const texts = [readFileSync(fixture('000_4deb51c0f7f3ecc6.txt'), 'utf8')];
    for (const f of readdirSync(fixture('gold'))) {
      for (const line of readFileSync(new URL(f, fixture('gold/')), 'utf8').trim().split('\n')) texts.push((JSON.parse(line) as { text: string }).text);
    }
    let records = 0;
    for (const text of texts) {
      for (const q of extract(text, { scope: 'wide', includeNonSpeech: true }).quotes) {
        records++;
        expect(isRuleId(q.rule), q.rule).toBe(true);
        const [find, ...rest] = q.rule.split('+');
        const attribution = rest.filter((r) => r !== 'quoted')[0];
        const cap = Math.min(FINDING_RULES[find as keyof typeof FINDING_RULES].confidence, attribution ? ATTRIBUTION_RULES[attribution as keyof typeof ATTRIBUTION_RULES].confidence : 1);
        expect(q.confidence).toBeLessThanOrEqual(cap);
      }
    }
    expect(records).toBeGreaterThan(100);
  });

  test.each<[string, boolean]>([
    ['quote-marks', true],
    ['quote-marks+trailing', true],
    ['reported-that+quoted+speaker-before', true],
    ['reported-that+quoted', true],
    ['quote-marks+speaker-sideways', false],
    ['hand', false],
    ['quote-marks+trailing+leading', false],
  ])('isRuleId(%s) is %s', (rule, expected) => {
    expect(isRuleId(rule)).toBe(expected);
  });

  test('a belief is less sure than a direct quote with a pronoun speaker (confidence set by the rule that fired)', () => {
    const belief = extract('The mayor believes that the budget will pass.', { scope: 'wide', includeNonSpeech: true }).quotes;
    const direct = extract('Ann Petrie runs the city. “The budget will pass,” she said.').quotes;
    expect(belief[0]?.rule).toBe('belief-that+speaker-before');
    expect(direct[0]?.rule).toBe('quote-marks+trailing');
    expect(belief[0]!.confidence).toBeLessThan(direct[0]!.confidence);
  });
});
