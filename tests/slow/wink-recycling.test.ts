// The wink-nlp adapter re-creates its instance to bound memory over archives. Each new
// instance must cost the same as the first: the model's loader re-stringifies its entity
// machines at every call unless its result is reused (then the 21st instance threw).
import { describe, expect, test } from 'vitest';
import { WinkTokenizer } from '../../src/nlp/wink.js';

describe('wink-nlp instance recycling', () => {
  test('40 recycled instances keep giving the same tokens', () => {
    const text = 'Bolton said the talks lasted five hours. “We talked about it,” he told reporters.';
    const fresh = new WinkTokenizer().analyze(text, 0, text.length);
    const recycling = new WinkTokenizer(10); // a new instance for every call
    for (let i = 0; i < 40; i++) {
      const result = recycling.analyze(text, 0, text.length);
      expect(result.tokens.map((t) => [t.text, t.pos, t.start])).toEqual(fresh.tokens.map((t) => [t.text, t.pos, t.start]));
    }
    expect(recycling.instancesCreated).toBe(40);
  });
});
