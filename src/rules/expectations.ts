// Attributions without a source: what is expected (`The central bank is expected to act in
// December`). Attribution corpora (PolNeAR) count them, in two parts: the subject, and what is
// expected of it. Reported only in the wide scope (their cue is a belief cue). `seem` and
// `appear` read the same way were measured at 55–70% precision on polnear_train, below the wide
// scope's 92, and are left out (rules/sourceless-attributions.ts reports their infinitive
// alone). Words in data/content-kinds.ts.
import type { Document, Sentence, Token } from '../document.js';
import type { ReportedClause } from '../draft.js';
import { firstIndexWhere } from '../sorted.js';
import { quotedSpanAt } from '../layers/quote-marks.js';
import { EXPECTATION_LEMMAS, SUBJECT_STOPS } from '../data/content-kinds.js';
import { NOT_A_VERB_TAG_BITS } from '../data/tag-classes.js';
import { W, hasWordClass } from '../layers/word-classes.js';
import { hasTag } from '../layers/tokens.js';

/** Longest subject taken back from the verb, in tokens (with an appositive or relative clause between commas). */
const MAX_SUBJECT_TOKENS = 30;
/** Longest content taken after the verb (news sentences are far shorter; a run-on text stays linear). */
const MAX_CONTENT_TOKENS = 200;

type Cue = ReportedClause['cue'];

/**
 * The expectations of one sentence: for `SUBJECT is expected to VERB …` two clauses, the
 * subject and from `to` to the end of the sentence.
 */
export function findExpectations(doc: Document, s: Sentence): ReportedClause[] {
  const out: ReportedClause[] = [];
  // Only the sentence's cues, found by binary search in the cue layer: no pass over its tokens.
  const { cues } = doc.cues;
  for (let n = firstIndexWhere(cues, (c) => c.first >= s.firstToken); n < cues.length && cues[n]!.first < s.endToken; n++) {
    const cue = cues[n]!;
    if (cue.kind !== 'belief' || !cue.passive || !EXPECTATION_LEMMAS.has(cue.lemma) || quotedSpanAt(doc, cue.first) >= 0) continue;
    const found = expectationAt(doc, s, cue.first);
    if (found) for (const c of found) out.push(c);
  }
  return out;
}

function expectationAt(doc: Document, s: Sentence, i: number): ReportedClause[] | null {
  const k = infinitiveAfter(doc, s, i);
  if (k < 0) return null;
  const end = contentEnd(doc, s, k);
  if (end - k < 2) return null;
  // The cue is the verb with its be-form: `is expected`.
  const cueFirst = beFormBefore(doc, s, i);
  if (cueFirst < 0) return null;
  const cue: Cue = { first: cueFirst, end: i + 1, lemma: doc.tokens[i]!.lemma, kind: 'belief' };
  const subject = subjectBefore(doc, s, cueFirst);
  if (subject === null) return null;
  const rule = 'belief-expectation' as const;
  return [
    { first: subject.first, end: subject.end, cue, rule },
    { first: i + 1, end, cue, rule },
  ];
}

/**
 * The `to` of an infinitive right after the verb at `i`, over adverbs (`is expected to`, `seems
 * hardly to`): its index, or -1. (`to/ADP start/NOUN`: the tagger misreads a verb after `to` now
 * and then, so only a token that cannot be a verb rules it out.)
 */
export function infinitiveAfter(doc: Document, s: Sentence, i: number): number {
  const { tokens } = doc;
  let k = i + 1;
  while (k < s.endToken && tokens[k]!.pos === 'ADV') k++;
  const verb = tokens[k + 1];
  if (k + 1 >= s.endToken || tokens[k]!.lower !== 'to' || !verb || hasTag(verb, NOT_A_VERB_TAG_BITS)) return -1;
  return k;
}

/** The be-form of a passive (`is`, `are widely`, `was not`) before token i: its index, or -1. */
export function beFormBefore(doc: Document, s: Sentence, i: number): number {
  for (let j = i - 1; j >= s.firstToken && i - j <= 3; j--) {
    const t = doc.tokens[j]!;
    if (hasWordClass(t, W.BE_FORM)) return j;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return -1;
  }
  return -1;
}

/**
 * What is said of the subject ends at the sentence end, a semicolon or a dash, or before a
 * quotation; a quoted phrase the clause runs through (`based on a “reasonable search” of …`,
 * `as the “senior correspondent” on …`: a word, not punctuation, before it) is part of it.
 */
export function contentEnd(doc: Document, s: Sentence, from: number): number {
  let e = from;
  const end = Math.min(s.endToken, from + MAX_CONTENT_TOKENS);
  while (e < end && !/^(?:;|:|—|–|--|[.!?])$/u.test(doc.tokens[e]!.text)) {
    const span = quotedSpanAt(doc, e);
    if (span >= 0) {
      if (e === from || doc.tokens[e - 1]!.pos === 'PUNCT') break;
      while (e < end && quotedSpanAt(doc, e) === span) e++;
      continue;
    }
    e++;
  }
  return e;
}

/**
 * The subject before the verb at `v`: a relative pronoun alone (`who is expected to …`), or the
 * noun phrase before it, over one comma-delimited appositive or relative clause (`The central
 * bank, which has held rates near zero, is expected …`); null when none.
 */
export function subjectBefore(doc: Document, s: Sentence, v: number): { first: number; end: number } | null {
  const { tokens } = doc;
  let j = v - 1;
  while (j >= s.firstToken && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'PART')) j--;
  if (j < s.firstToken) return null;
  const end = j + 1;
  if (tokens[j]!.pos === 'PRON') return isSubjectPronoun(tokens[j]!) ? { first: j, end } : null;
  if (tokens[j]!.text === ',') {
    // Back over `, which has held …,` / `, a group of donors,` to the noun before it.
    let c = j - 1;
    while (c >= s.firstToken && v - c <= MAX_SUBJECT_TOKENS && tokens[c]!.text !== ',') c--;
    if (c < s.firstToken || tokens[c]!.text !== ',') return null;
    j = c - 1;
  }
  let f = j;
  while (f >= s.firstToken && v - f <= MAX_SUBJECT_TOKENS && inSubject(tokens[f]!)) f--;
  f++;
  if (f > j || !tokens.slice(f, j + 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) return null;
  return { first: f, end };
}

function inSubject(t: Token): boolean {
  if (SUBJECT_STOPS.has(t.lower)) return false;
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PART' || (t.pos === 'ADP' && t.lower !== 'to') || t.text === '’s' || t.text === "'s";
}

/** `who`, `which`, `that` (a relative subject) or a subject pronoun; not `him`, `them`. */
function isSubjectPronoun(t: Token): boolean {
  return hasWordClass(t, W.SUBJECT_PRONOUN) || t.lower === 'that' || t.lower === 'they' || t.lower === 'you';
}
