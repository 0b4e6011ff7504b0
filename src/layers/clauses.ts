// Reading the clause layer (built by stages/find-clauses.ts), bounded by a distance so that a
// run-on stretch without punctuation never makes a rule scan far.
import type { Document } from '../document.js';

type WithClauses = Pick<Document, 'clauses'>;

/** First token of the clause around token i, at most `limit` tokens back. */
export function clauseStart(doc: WithClauses, i: number, limit = 40): number {
  const first = doc.clauses.clauseFirst[i];
  return first === undefined ? i : Math.max(first, i - limit);
}

/** End (exclusive) of the clause around token i, at most `limit` tokens on. */
export function clauseEnd(doc: WithClauses, i: number, limit = 40): number {
  const end = doc.clauses.clauseEnd[i];
  return end === undefined ? i : Math.min(end, i + limit);
}

/**
 * First token of the sentence around token i as attribution sees it: past a partial quote
 * (`is “depleted” and says`), not past a quoted utterance (`“…,” he said`).
 */
export function sentenceStart(doc: WithClauses, i: number, limit = 60): number {
  const first = doc.clauses.sentenceFirst[i];
  return first === undefined ? i : Math.max(first, i - limit);
}
