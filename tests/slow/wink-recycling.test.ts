// The wink-nlp adapter re-creates its instance to bound memory over archives. Each new
// instance must cost the same as the first (the model's loader used to re-stringify its entity
// machines at every call: the 21st instance threw), and must read exactly as the old one did.
import { describe, expect, test } from 'vitest';
import { WinkTokenizer } from '../../src/nlp/wink.js';

describe('wink-nlp instance recycling', () => {
  test('40 recycled instances keep giving the same tokens', () => {
    const text = 'Bolton said the talks lasted five hours. “We talked about it,” he told reporters.';
    const fresh = new WinkTokenizer().analyze(text, 0, text.length);
    const recycling = new WinkTokenizer(0); // a new instance for every call
    for (let i = 0; i < 40; i++) {
      const result = recycling.analyze(text, 0, text.length);
      expect(result.tokens.map((t) => [t.text, t.pos, t.start])).toEqual(fresh.tokens.map((t) => [t.text, t.pos, t.start]));
    }
    expect(recycling.instancesCreated).toBe(40);
  });

  test('an instance re-created after spent words reads as the first one did', () => {
    const texts = Array.from({ length: 60 }, (_, i) => `Zq${i}mar’s aide, Vel${i}tor-Ray, said the party’s plan for Ost${i}renko was “dead.”`);
    const one = new WinkTokenizer();
    const many = new WinkTokenizer(20); // re-created every few texts
    for (const t of texts) {
      expect(many.analyze(t, 0, t.length)).toEqual(one.analyze(t, 0, t.length));
    }
    expect(one.instancesCreated).toBe(1);
    expect(many.instancesCreated).toBeGreaterThan(5);
  });
});
