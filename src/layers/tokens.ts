// Small questions about single tokens, asked by many rules.
import type { AnalyzedText, Token } from '../document.js';
import { DASHES } from '../data/punctuation.js';
import { firstIndexWhere } from '../sorted.js';

export const isDash = (t: Token): boolean => DASHES.has(t.text);

const LETTER = /\p{L}/u;

export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Is the text written in capitals (`text === text.toUpperCase()`)? Asked per token by hot loops,
 * so the common case is decided by char codes without building the upper-case copy: an ASCII
 * lower-case letter says no; a non-ASCII character asks toUpperCase.
 */
export function isUpperText(text: string): boolean {
  let ascii = true;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isAsciiLower(c)) return false;
    if (c >= 128) ascii = false;
  }
  return ascii || text === text.toUpperCase();
}

/** Tokens [first, end) are written in capitals, with a letter among them: a dateline, a kicker or a label (`WASHINGTON`, `FAREWELL`). */
export function inCapitals(tokens: readonly Token[], first: number, end: number): boolean {
  let letter = false;
  for (let i = first; i < end; i++) {
    const text = tokens[i]!.text;
    if (!isUpperText(text)) return false;
    letter ||= LETTER.test(text);
  }
  return letter;
}

/** First token that starts at or after `offset`. */
export function tokenAtOrAfter(doc: Pick<AnalyzedText, 'tokens'>, offset: number): number {
  return firstIndexWhere(doc.tokens, (t) => t.start >= offset);
}

/** Does the token's tag belong to the class `bits` (a mask of data/tag-classes.ts, `NOMINAL_HEAD_TAG_BITS`)? */
export const hasTag = (t: Token, bits: number): boolean => (t.tagBit & bits) !== 0;
