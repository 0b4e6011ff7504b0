// Where a noun-phrase object that reports (`cited rising costs`, `accused the builder of …`)
// ends. The first comma ends it unless what follows still belongs to the object:
// - examples of it: `cited several grievances, including unpaid overtime and …`;
// - the rest of a list: `questioned the plan's cost, its timing and its legal basis`;
// - the verb's second complement after an aside: `accused the builder, which went bankrupt,
//   of cutting corners`, `charged two officers, Ann Lee and Tom Park, with fraud`.
// A clause, a participle (`, saying …`, a report of its own) or a relative clause with nothing
// after it ends the object at the comma, as before. PolNeAR annotates the object whole; cut at
// the first comma the record often covers less than 0.3 of it (a false alarm and a miss).
import type { Document, Token } from '../document.js';
import { hasTag } from '../layers/tokens.js';
import { isOpeningMark } from '../layers/quote-marks.js';
import { W, hasWordClass } from '../layers/word-classes.js';
import { NOUN_PHRASE_TAG_BITS } from '../data/tag-classes.js';
import { EXAMPLE_OPENERS, EXAMPLE_OPENER_PAIRS, SECOND_COMPLEMENT_PREPOSITIONS } from '../data/object-continuations.js';

/** Longest list taken, in comma-separated parts. */
const MAX_LIST_PARTS = 8;
/** How many times the object is extended past a comma. */
const MAX_EXTENSIONS = 4;

/** The end of the object that starts at `from`: the first comma or dash, or past it as above; at most `limit`. */
export function objectEnd(doc: Document, from: number, limit: number): number {
  let end = firstClauseBreak(doc, from, limit);
  for (let n = 0; n < MAX_EXTENSIONS && end < limit && doc.tokens[end]!.text === ','; n++) {
    const next = extendPastComma(doc, end, limit);
    if (next <= end) break;
    end = next;
  }
  return end;
}

/** The next end after the comma at `comma`, or `comma` when the object ends there. */
function extendPastComma(doc: Document, comma: number, limit: number): number {
  const { tokens } = doc;
  const a = tokens[comma + 1];
  if (!a || comma + 1 >= limit) return comma;
  const pair = `${a.lower} ${tokens[comma + 2]?.lower ?? ''}`;
  if (EXAMPLE_OPENERS.has(a.lower) || EXAMPLE_OPENER_PAIRS.has(pair)) return firstClauseBreak(doc, comma + 2, limit);
  if (opensSecondComplement(doc, comma + 1, limit)) return firstClauseBreak(doc, comma + 2, limit);
  const list = listEnd(doc, comma, limit);
  if (list > comma) return list;
  // An aside, then the second complement: `, who was born abroad, of …`, `, Susanne Rust, of …`.
  const aside = firstClauseBreak(doc, comma + 1, limit);
  if (aside < limit && tokens[aside]!.text === ',' && opensSecondComplement(doc, aside + 1, limit)) return firstClauseBreak(doc, aside + 2, limit);
  return comma;
}

/** `of cutting corners`, `with fraud`, `as “a disgrace”`: a complement preposition and a noun phrase or gerund. */
function opensSecondComplement(doc: Document, i: number, limit: number): boolean {
  const { tokens } = doc;
  const p = tokens[i];
  const next = tokens[i + 1];
  if (!p || !next || i + 1 >= limit || !SECOND_COMPLEMENT_PREPOSITIONS.has(p.lower)) return false;
  if (p.pos !== 'ADP' && p.pos !== 'SCONJ') return false;
  if (isOpeningMark(doc, i + 1)) return true;
  if (next.pos === 'PRON') return hasWordClass(next, W.POSSESSIVE_DETERMINER);
  return next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM' || (next.pos === 'VERB' && next.lower.endsWith('ing'));
}

/**
 * The end of a list that the comma at `comma` continues: parts that are noun phrases without a
 * verb, the last one holding `and`/`or` (`, its timing and its legal basis`); or `comma`.
 */
function listEnd(doc: Document, comma: number, limit: number): number {
  const { tokens } = doc;
  let start = comma + 1;
  for (let part = 0; part < MAX_LIST_PARTS && start < limit; part++) {
    const end = firstClauseBreak(doc, start, limit);
    if (!isNounPhrasePart(doc, start, end)) return comma;
    for (let i = start; i < end; i++) if (tokens[i]!.pos === 'CCONJ' && (tokens[i]!.lower === 'and' || tokens[i]!.lower === 'or')) return end;
    if (end >= limit || tokens[end]!.text !== ',') return comma;
    start = end + 1;
  }
  return comma;
}

/** [first, end) is a list part: a noun phrase (`and` may open it), no verb but a modifier (`growing inequality`). */
function isNounPhrasePart(doc: Document, first: number, end: number): boolean {
  const { tokens } = doc;
  if (end <= first) return false;
  let f = first;
  if (tokens[f]!.pos === 'CCONJ') f++;
  const t = tokens[f];
  if (!t || f >= end || !opensNounPhrase(t)) return false;
  let heads = 0;
  for (let i = f; i < end; i++) {
    const w = tokens[i]!;
    if (w.pos === 'VERB' && /(?:ing|ed)$/u.test(w.lower) && i + 1 < end && isModified(tokens[i + 1]!)) continue;
    if (hasWordClass(w, W.RELATIVE_PRONOUN) || w.pos === 'SCONJ') return false;
    if (w.pos === 'PRON' && !hasWordClass(w, W.POSSESSIVE_DETERMINER)) return false;
    if (!hasTag(w, NOUN_PHRASE_TAG_BITS) && w.pos !== 'PUNCT') return false;
    if (w.pos === 'NOUN' || w.pos === 'PROPN') heads++;
  }
  return heads > 0;
}

const isModified = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN';

function opensNounPhrase(t: Token): boolean {
  if (t.pos === 'PRON') return hasWordClass(t, W.POSSESSIVE_DETERMINER);
  return t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM';
}

/** The first comma or dash after `from` (before `limit`), or `limit`. */
export function firstClauseBreak(doc: Document, from: number, limit: number): number {
  const { tokens } = doc;
  for (let i = from; i < limit; i++) {
    const x = tokens[i]!.text;
    if (x === ',' || x === '--' || x === '—' || x === '–') return i;
  }
  return limit;
}
