import type { AnalyzedText, ClauseLayer, Document } from '../document.js';
import { isQuoteMark } from '../layers/quote-marks.js';

type Doc = AnalyzedText & Pick<Document, 'quotes'>;

/**
 * The clause layer: for every token, where its clause starts and ends (a quote mark, a
 * sentence end or the paragraph bounds it) and where its sentence starts as attribution sees
 * it. Decided here once; rules bound their look-ups with a distance (layers/clauses.ts).
 */
export function findClauses(doc: Doc): ClauseLayer {
  const { tokens } = doc;
  const n = tokens.length;
  const clauseFirst = new Int32Array(n);
  const sentenceFirst = new Int32Array(n);
  const clauseEnd = new Int32Array(n);
  // Whether each token ends a clause, decided once (both passes and sentence parts read it).
  const ends = new Uint8Array(n);
  for (let i = 0; i < n; i++) ends[i] = endsClause(doc, i) ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const newParagraph = i === 0 || tokens[i - 1]!.paragraph !== tokens[i]!.paragraph;
    clauseFirst[i] = newParagraph || ends[i - 1] === 1 ? i : clauseFirst[i - 1]!;
    sentenceFirst[i] = newParagraph || endsSentencePart(doc, i - 1, ends) ? i : sentenceFirst[i - 1]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    if (ends[i] === 1) clauseEnd[i] = i;
    else clauseEnd[i] = i + 1 >= n || tokens[i + 1]!.paragraph !== tokens[i]!.paragraph ? i + 1 : clauseEnd[i + 1]!;
  }
  return { clauseFirst, clauseEnd, sentenceFirst };
}

const isSentenceEnd = (text: string): boolean => text === '.' || text === '!' || text === '?' || text === ';';

/** Does token i end a clause? The full stop of an abbreviation in a parenthesis does not: "(R-Ky.)". */
function endsClause(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  if (isQuoteMark(doc, i)) return true;
  if (!isSentenceEnd(t.text)) return false;
  const next = tokens[i + 1];
  // "(R-Ky.)", "N.Y.", "R-Ky., said": a full stop glued to what follows belongs to an abbreviation.
  return !(t.text === '.' && next !== undefined && (next.text === ')' || (next.start === t.end && !isQuoteMark(doc, i + 1))));
}

/**
 * Does token i end the sentence part that attribution looks back over? Unlike a clause, it
 * passes over a partial quote (`is “depleted” and says`), but stops after a quoted utterance
 * that ended with its own punctuation (`“…,” he said`).
 */
function endsSentencePart(doc: Doc, i: number, ends: Uint8Array): boolean {
  const { tokens } = doc;
  const t = tokens[i]!;
  if (isQuoteMark(doc, i)) {
    const before = tokens[i - 1];
    return !before || before.paragraph !== t.paragraph || /^[.,!?;:…]$/u.test(before.text) || /[.,!?]$/u.test(before.text);
  }
  return ends[i] === 1;
}
