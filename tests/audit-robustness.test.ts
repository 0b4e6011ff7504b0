// Issue 10, audit: a malformed or foreign `extraction` is a clear error; the claim parser and
// the word diff are bounded (a claim full of quoted fragments, two long unrelated texts).
// Inputs are generated here; completion and results are asserted, never time.
import { describe, expect, test } from 'vitest';
import { alignPairs, diffWords, EXACT_BUDGET } from '../src/audit/align.js';
import { parseClaim } from '../src/audit/words.js';
import { audit, extract, isQuoteExtractionError, type Extraction } from '../src/index.js';

const ARTICLE = '“We will reopen the ferry terminal in May,” said Mayor Ana Ruiz. “The town deserves it.”';
const words = (n: number, seed: number, vocabulary = 5000): string[] => {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return `w${x % vocabulary}`;
  });
};

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('did not throw');
}

describe('audit: the extraction given (item 11)', () => {
  const ex = extract(ARTICLE);

  test.each([
    ['a quote that is not an object', { ...ex, quotes: [null] }, /quotes\[0\] is null, not a quote/],
    ['a quote without text', { ...ex, quotes: [{ ...ex.quotes[0]!, text: 42 }] }, /quotes\[0\]\.text is number/],
    ['offsets that are not numbers', { ...ex, quotes: [{ ...ex.quotes[0]!, start: '1' }] }, /start and \.end must be whole numbers/],
    ['an unknown type', { ...ex, quotes: [{ ...ex.quotes[0]!, type: 'quoted' }] }, /type is "quoted"/],
  ])('malformed (%s): a QuoteExtractionError naming the field, not a TypeError', (_name, bad, message) => {
    const err = thrown(() => audit(ARTICLE, 'the ferry terminal', { extraction: bad as unknown as Extraction }));
    expect(isQuoteExtractionError(err)).toBe(true);
    expect(err.message).toMatch(message);
  });

  test('the extraction of another text is rejected', () => {
    const other = extract('“Taxes will not rise this year,” said Finance Minister Bo Lund.');
    const err = thrown(() => audit(ARTICLE, 'the ferry terminal', { extraction: other }));
    expect(isQuoteExtractionError(err)).toBe(true);
    expect(err.message).toMatch(/the extraction is of another text/);
  });

  test('its own extraction is accepted and gives the same result as none', () => {
    expect(audit(ARTICLE, 'the town deserves it', { extraction: ex })).toEqual(audit(ARTICLE, 'the town deserves it'));
  });
});

describe('audit costs bounded (item 2)', () => {
  test('a claim made of 4,000 quoted fragments: only the quoted words are compared', () => {
    const claim = Array.from({ length: 4000 }, (_, i) => `he said “word${i} and more” then`).join(' ');
    const parsed = parseClaim(claim);
    expect(parsed.quotedOnly).toBe(true);
    expect(parsed.segments).toHaveLength(4000);
    expect(parsed.segments[3999]!.map((w) => w.exact)).toEqual(['word3999', 'and', 'more']);
    const r = audit(ARTICLE, claim);
    expect(r.verdict).toBe('not-found');
  });

  test('8,000 claimed words against an 8,000-word quote: completes; unrelated words are not a match', () => {
    const source = `“${words(8000, 1).join(' ')},” said Ann Lee.`;
    const r = audit(source, words(8000, 2).join(' '));
    expect(['not-found', 'altered', 'misattributed']).toContain(r.verdict);
    if (r.match) expect(source.slice(r.match.start, r.match.end)).toBe(r.match.text);
  });

  test('a long claim that is the quote with a few words changed is still found, with its diff', () => {
    const quote = words(6000, 3, 100_000);
    const claim = [...quote];
    claim[100] = 'changed';
    claim.splice(3000, 2);
    const source = `“${quote.join(' ')},” said Ann Lee.`;
    const r = audit(source, { quote: claim.join(' '), speaker: 'Ann Lee' });
    expect(r.verdict).toBe('altered');
    expect(r.similarity).toBeGreaterThan(0.99);
    expect(r.changes.filter((c) => c.type !== 'equal')).toEqual([
      { type: 'removed', text: quote[100] },
      { type: 'added', text: 'changed' },
      { type: 'removed', text: `${quote[3000]} ${quote[3001]}` },
    ]);
  });

  test('alignPairs: within the budget it is the exact diff; beyond it, a common subsequence', () => {
    const a = words(400, 4, 50);
    const b = words(400, 5, 50);
    expect(a.length * b.length).toBeLessThan(EXACT_BUDGET);
    const big = alignPairs(words(5000, 6, 300), words(5000, 7, 300));
    for (let k = 1; k < big.length; k++) {
      expect(big[k]![0]).toBeGreaterThan(big[k - 1]![0]);
      expect(big[k]![1]).toBeGreaterThan(big[k - 1]![1]);
    }
    const x = words(5000, 8, 1e6);
    const y = [...x.slice(0, 2500), 'inserted', ...x.slice(2500)];
    expect(alignPairs(x, y)).toHaveLength(5000);
    const parts = diffWords(x, y);
    expect(parts.filter((p) => p.added)).toEqual([{ value: ['inserted'], added: true, removed: false, count: 1 }]);
    expect(parts.filter((p) => !p.added && !p.removed).reduce((n, p) => n + p.count, 0)).toBe(5000);
  });
});
