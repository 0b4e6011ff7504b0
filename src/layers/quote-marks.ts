// Reading the quote-mark layer (built by stages/pair-quote-marks.ts). Whether a mark opens,
// closes, or is an apostrophe is decided there once; rules ask here.
import type { Document, Token } from '../document.js';
import { W } from './word-classes.js';

/**
 * A punctuation token made of a quote-mark character, before its role is known. Only the
 * quote-mark layer and the entity files (until the entity layer reads roles) use this.
 */
export function isMarkLikeToken(t: Token): boolean {
  return t.pos === 'PUNCT' && (t.word & W.MARK_LIKE) !== 0;
}

type WithQuotes = Pick<Document, 'quotes'>;

/** Is token i a quote mark (opening, closing or stray), not an apostrophe? */
export function isQuoteMark(doc: WithQuotes, i: number): boolean {
  const role = doc.quotes.markRole[i];
  return role !== undefined && role !== null && role !== 'apostrophe';
}

/** Does token i open a quote? */
export function isOpeningMark(doc: WithQuotes, i: number): boolean {
  return doc.quotes.markRole[i] === 'open';
}

/** Does token i close a quote (or is it a stray mark after words, which closes nothing but ends them)? */
export function isClosingMark(doc: WithQuotes, i: number): boolean {
  return doc.quotes.markRole[i] === 'close';
}

/** Index of the quoted span token i lies in (marks included), or -1. */
export function quotedSpanAt(doc: WithQuotes, i: number): number {
  return doc.quotes.spanOfToken[i] ?? -1;
}
