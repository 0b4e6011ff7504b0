import type { AnalyzedText, ClauseLayer, Document, Token } from '../document.js';
import { isQuoteMark } from '../layers/quote-marks.js';
import { W } from '../layers/word-classes.js';

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
  // One pass over the tokens (reading them is most of this stage's cost): whether each ends a
  // clause, whether it opens a paragraph, and where its clause and sentence part start.
  const ends = new Uint8Array(n);
  const opens = new Uint8Array(n);
  let paragraph = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const newParagraph = t.paragraph !== paragraph;
    paragraph = t.paragraph;
    if (newParagraph) opens[i] = 1;
    if (endsClause(doc, t, i)) ends[i] = 1;
    clauseFirst[i] = newParagraph || ends[i - 1] === 1 ? i : clauseFirst[i - 1]!;
    sentenceFirst[i] = newParagraph || endsSentencePart(doc, i - 1, ends) ? i : sentenceFirst[i - 1]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    if (ends[i] === 1) clauseEnd[i] = i;
    else clauseEnd[i] = i + 1 >= n || opens[i + 1] === 1 ? i + 1 : clauseEnd[i + 1]!;
  }
  return { clauseFirst, clauseEnd, sentenceFirst };
}

const isSentenceEnd = (text: string): boolean => text.length === 1 && (text === '.' || text === '!' || text === '?' || text === ';');
/** Every text isSentenceEnd holds is clause-end punctuation (tests/word-classes.test.ts): the other tokens' text is not read. */
const MAY_END_SENTENCE = W.CLAUSE_END_PUNCT;

/** Does token i (`t`) end a clause? The full stop of an abbreviation in a parenthesis does not: "(R-Ky.)". */
function endsClause(doc: Doc, t: Token, i: number): boolean {
  if (isQuoteMark(doc, i)) return true;
  if ((t.word & MAY_END_SENTENCE) === 0 || !isSentenceEnd(t.text)) return false;
  const next = doc.tokens[i + 1];
  // "(R-Ky.)", "N.Y.", "R-Ky., said": a full stop glued to what follows belongs to an abbreviation.
  return !(t.text === '.' && next !== undefined && (next.text === ')' || (next.start === t.end && !isQuoteMark(doc, i + 1))));
}

/**
 * Does token i end the sentence part that attribution looks back over? Unlike a clause, it
 * passes over a partial quote (`is “depleted” and says`), but stops after a quoted utterance
 * that ended with its own punctuation (`“…,” he said`).
 */
function endsSentencePart(doc: Doc, i: number, ends: Uint8Array): boolean {
  if (isQuoteMark(doc, i)) {
    const { tokens } = doc;
    const t = tokens[i]!;
    const before = tokens[i - 1];
    return !before || before.paragraph !== t.paragraph || /^[.,!?;:…]$/u.test(before.text) || /[.,!?]$/u.test(before.text);
  }
  return ends[i] === 1;
}
