// Small questions about single tokens, asked by many rules.
import type { AnalyzedText, Token } from '../document.js';
import { DASHES } from '../data/punctuation.js';
import { firstIndexWhere } from '../sorted.js';

export const isDash = (t: Token): boolean => DASHES.has(t.text);

/** First token that starts at or after `offset`. */
export function tokenAtOrAfter(doc: Pick<AnalyzedText, 'tokens'>, offset: number): number {
  return firstIndexWhere(doc.tokens, (t) => t.start >= offset);
}
