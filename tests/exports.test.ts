import { describe, expect, test } from 'vitest';
import * as quotewise from '../src/index.js';

describe('public exports', () => {
  test('the list of runtime exports is pinned', () => {
    expect(Object.keys(quotewise).sort()).toEqual(['QuoteExtractionError', 'audit', 'extract', 'isQuoteExtractionError']);
  });
});
