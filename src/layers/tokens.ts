// Small questions about single tokens, asked by many rules.
import type { AnalyzedText, Token } from '../document.js';
import { DASHES } from '../data/punctuation.js';
import { firstIndexWhere } from '../sorted.js';

export const isDash = (t: Token): boolean => DASHES.has(t.text);

const LETTER = /\p{L}/u;

/** Tokens [first, end) are written in capitals, with a letter among them: a dateline, a kicker or a label (`WASHINGTON`, `FAREWELL`). */
export function inCapitals(tokens: readonly Token[], first: number, end: number): boolean {
  let letter = false;
  for (let i = first; i < end; i++) {
    const text = tokens[i]!.text;
    if (text !== text.toUpperCase()) return false;
    letter ||= LETTER.test(text);
  }
  return letter;
}

/** First token that starts at or after `offset`. */
export function tokenAtOrAfter(doc: Pick<AnalyzedText, 'tokens'>, offset: number): number {
  return firstIndexWhere(doc.tokens, (t) => t.start >= offset);
}
