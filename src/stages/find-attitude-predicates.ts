import type { Document, Sentence, Token } from '../document.js';
import { tokensUnderClauses, type ReportedClause } from '../draft.js';
import { quotedSpanAt } from '../layers/quote-marks.js';
import { ATTITUDE_ADJECTIVES, LINKING_VERBS } from '../data/attitude-adjectives.js';
import { phraseContentEnd as contentEnd } from '../rules/phrase-content.js';
import { BETWEEN_SUBJECT_AND_VERB_TAG_BITS } from '../data/tag-classes.js';
import { hasTag } from '../layers/tokens.js';

// Wide scope only. An attitude stated with an adjective after a form of `be` is an attribution
// in PolNeAR's sense: `The coach was critical of the schedule`, `Shareholders are hopeful that the
// deal closes`, `The union is reluctant to strike`. The cue runs from the linking verb to the
// adjective (and its preposition), so the speaker is the subject before it, found like any verb
// cue's; the content is what follows (`that` + clause, `to` + verb, a preposition's object). Only
// adjectives of data/attitude-adjectives.ts with the complements listed there: adjectives that
// rate a thing (`likely to`, `hard to`, `clear that`) were rarely annotated on polnear_train.

/** How many adverbs, auxiliaries and particles may stand between the linking verb and the adjective (`has not been as`). */
const MAX_BETWEEN = 3;

/**
 * The attributions of attitude adjectives as reported clauses (belief cues), none whose cue or
 * content lies in a clause of `found`.
 */
export function findAttitudePredicates(doc: Document, found: readonly ReportedClause[]): ReportedClause[] {
  const { tokens } = doc;
  const taken = tokensUnderClauses(tokens.length, found);
  const out: ReportedClause[] = [];
  for (const s of doc.sentences) {
    for (let k = s.firstToken; k < s.endToken - 2; k++) {
      const t = tokens[k]!;
      if (t.pos !== 'ADJ' || taken[k] === 1) continue;
      const openers = ATTITUDE_ADJECTIVES.get(t.lower);
      if (!openers || quotedSpanAt(doc, k) >= 0) continue;
      const link = linkingVerbBefore(tokens, s, k);
      if (link < 0) continue;
      const clause = clauseAfter(tokens, s, link, k, openers);
      if (clause && taken[clause.first] === 0) out.push(clause);
    }
  }
  return out;
}

/** The form of `be` (or `seem`, `grow` …) before the adjective at `k`, over a few adverbs (`was not entirely`), or -1. */
function linkingVerbBefore(tokens: readonly Token[], s: Sentence, k: number): number {
  for (let j = k - 1; j >= s.firstToken && k - j <= MAX_BETWEEN + 1; j--) {
    const w = tokens[j]!;
    if (LINKING_VERBS.has(w.lemma) && (w.pos === 'AUX' || w.pos === 'VERB')) return j;
    if (!hasTag(w, BETWEEN_SUBJECT_AND_VERB_TAG_BITS)) return -1;
  }
  return -1;
}

function clauseAfter(tokens: readonly Token[], s: Sentence, link: number, k: number, openers: ReadonlySet<string>): ReportedClause | null {
  const next = tokens[k + 1]!;
  const after = tokens[k + 2]!;
  const adjective = tokens[k]!.lower;
  const cue = { first: link, end: k + 1, lemma: `be ${adjective}`, kind: 'belief' as const };
  if (next.lower === 'to' && openers.has('to') && after.pos === 'VERB') return { first: k + 1, end: contentEnd(tokens, s, k + 2), cue, rule: 'attitude-adjective' };
  if (next.lower === 'that' && openers.has('that') && after.pos !== 'VERB' && after.pos !== 'AUX') return { first: k + 2, end: contentEnd(tokens, s, k + 2), cue, rule: 'attitude-adjective' };
  // `open to` takes a verb (`open to talks` is a topic of no one's attitude).
  if (next.pos === 'ADP' && next.lower !== 'to' && openers.has(next.lower)) {
    const end = contentEnd(tokens, s, k + 2);
    return end > k + 2 ? { first: k + 2, end, cue: { ...cue, end: k + 2, lemma: `${cue.lemma} ${next.lower}` }, rule: 'attitude-adjective' } : null;
  }
  return null;
}
