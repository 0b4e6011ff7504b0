import type { Document, Sentence, Token } from '../document.js';
import type { ReportedClause } from '../draft.js';
import { quotedSpanAt } from '../layers/quote-marks.js';
import {
  ATTITUDE_NOUNS,
  NOMINAL_CONTENT_PREPOSITIONS,
  NOMINAL_CUE_PAIRS,
  NOUN_NOT_PREPOSITIONS,
  NOUN_ONLY_PREPOSITIONS,
  POSSESSED_CONTENT_PREPOSITIONS,
  POSSESSED_CUE_NOUNS,
  POSSESSIVE_MARKERS,
  TARGET_SUBJECT_VERBS,
} from '../data/nominal-cues.js';
import { W, hasWordClass } from '../layers/word-classes.js';
import { phraseContentEnd as contentEnd, subjectContentEnd } from '../rules/phrase-content.js';
import { NOUN_MODIFIER_TAG_BITS } from '../data/tag-classes.js';
import { hasTag } from '../layers/tokens.js';

// Wide scope only. A statement or an attitude named by a noun is an attribution in PolNeAR's
// sense (`Regulators raised questions about the merger`, `The union expressed concern that the
// plant would close`, `She made the case for a new stadium`): the noun is the cue, what follows
// it the content, the subject of the verb that voices the noun the source. The nouns alone are
// weak evidence (annotated 26–57% of the time on polnear_train), so only a voicing verb + noun
// pair of data/nominal-cues.ts is read: the verb, a few modifiers (`raised serious questions`,
// `made the case`), the noun, then `that` + clause, `to` + verb or a preposition and its object.
// The cue runs from the verb to the noun (and its preposition), so the speaker is found before
// the verb like any verb cue's; after a verb whose subject is the noun's target (`faced
// criticism`) the cue is the noun alone and the source stays unnamed. A few nouns are reliable
// after a possessor alone (`the senator's attacks on …`, `her refusal to …`): those too, the noun
// the cue.

/** How many determiners, adjectives and adverbs may stand between the verb and the noun (`made a strong case`). */
const MAX_MODIFIERS = 3;

/**
 * The attributions of voicing verb + noun pairs as reported clauses (the cue from the verb to the
 * noun or its preposition), none whose verb or noun lies in a clause of `found` (its cue or its
 * content: what another record reports is not counted again).
 */
export function findNominalAttributions(doc: Document, found: readonly ReportedClause[]): ReportedClause[] {
  const { tokens } = doc;
  const taken = new Uint8Array(tokens.length);
  for (const c of found) {
    for (let i = c.cue.first; i < c.cue.end; i++) taken[i] = 1;
    for (let i = c.first; i < c.end; i++) taken[i] = 1;
  }
  const out: ReportedClause[] = [];
  for (const s of doc.sentences) {
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = tokens[k]!;
      if (taken[k] === 1) continue;
      const clause = t.pos === 'VERB' ? voicedClauseAt(doc, s, k) : t.pos === 'NOUN' ? possessedClauseAt(doc, s, k) : null;
      if (clause && taken[clause.cue.end - 1] === 0 && taken[clause.first] === 0) out.push(clause);
    }
  }
  return out;
}

/** `raised questions about …`: a voicing verb at `k` and the noun it voices. */
function voicedClauseAt(doc: Document, s: Sentence, k: number): ReportedClause | null {
  const nouns = NOMINAL_CUE_PAIRS.get(doc.tokens[k]!.lemma);
  return nouns && quotedSpanAt(doc, k) < 0 ? clauseAt(doc, s, k, nouns) : null;
}

/**
 * `the senator's attacks on the plan`, `her refusal to testify`: a noun of POSSESSED_CUE_NOUNS
 * right after a possessor, with its content. The cue is the noun (and its preposition).
 */
function possessedClauseAt(doc: Document, s: Sentence, k: number): ReportedClause | null {
  const { tokens } = doc;
  const t = tokens[k]!;
  if (!POSSESSED_CUE_NOUNS.has(t.lemma) || k - 1 < s.firstToken || k + 2 >= s.endToken || !POSSESSIVE_MARKERS.has(tokens[k - 1]!.lower) || quotedSpanAt(doc, k) >= 0) return null;
  const next = tokens[k + 1]!;
  const cue = { first: k, end: k + 1, lemma: t.lemma, kind: ATTITUDE_NOUNS.has(t.lemma) ? ('belief' as const) : ('speech' as const) };
  // A `that`-clause has verbs of its own: it runs to the phrase or sentence end.
  if (next.lower === 'that' && !isVerbAfterAdverbs(tokens, k + 2, s.endToken)) return { first: k + 2, end: contentEnd(tokens, s, k + 2), cue, rule: 'nominal-cue' };
  if (next.lower === 'to' && tokens[k + 2]!.pos === 'VERB') return { first: k + 1, end: subjectContentEnd(tokens, s, k + 2), cue, rule: 'nominal-cue' };
  if (next.pos !== 'ADP' || !POSSESSED_CONTENT_PREPOSITIONS.has(next.lower) || NOUN_NOT_PREPOSITIONS.get(t.lemma)?.has(next.lower) === true || isTimeWord(tokens[k + 2]!)) return null;
  const end = subjectContentEnd(tokens, s, k + 2);
  return end > k + 2 ? { first: k + 2, end, cue: { ...cue, end: k + 2, lemma: `${t.lemma} ${next.lower}` }, rule: 'nominal-cue' } : null;
}

/** The noun the verb at `k` voices (over a few modifiers), or -1. */
function voicedNoun(tokens: readonly Token[], s: Sentence, k: number, nouns: ReadonlySet<string>): number {
  for (let j = k + 1; j < s.endToken && j - k <= MAX_MODIFIERS + 1; j++) {
    const w = tokens[j]!;
    if (w.pos === 'NOUN' && nouns.has(w.lemma)) return j;
    if (!hasTag(w, NOUN_MODIFIER_TAG_BITS)) return -1;
  }
  return -1;
}

function clauseAt(doc: Document, s: Sentence, k: number, nouns: ReadonlySet<string>): ReportedClause | null {
  const { tokens } = doc;
  const n = voicedNoun(tokens, s, k, nouns);
  if (n < 0 || n + 2 >= s.endToken) return null;
  const next = tokens[n + 1]!;
  const noun = tokens[n]!.lemma;
  // `faced criticism`: the cue is the noun alone, so the subject (the target) is not taken for the source.
  const cue = { first: TARGET_SUBJECT_VERBS.has(tokens[k]!.lemma) ? n : k, end: n + 1, lemma: `${tokens[k]!.lemma} ${noun}`, kind: ATTITUDE_NOUNS.has(noun) ? ('belief' as const) : ('speech' as const) };
  // `expressed concern that the plant would close`; not a relative (`made a comment that angered …`).
  if (next.lower === 'that' && !isVerbAfterAdverbs(tokens, n + 2, s.endToken)) return { first: n + 2, end: contentEnd(tokens, s, n + 2), cue, rule: 'nominal-cue' };
  if (next.lower === 'to' && tokens[n + 2]!.pos === 'VERB') return { first: n + 1, end: contentEnd(tokens, s, n + 2), cue, rule: 'nominal-cue' };
  if (next.pos === 'ADP' && takesContent(next.lower, noun) && !isTimeWord(tokens[n + 2]!)) {
    const end = contentEnd(tokens, s, n + 2);
    return end > n + 2 ? { first: n + 2, end, cue: { ...cue, end: n + 2, lemma: `${cue.lemma} ${next.lower}` }, rule: 'nominal-cue' } : null;
  }
  return null;
}

/** Whether the preposition after `noun` opens its content (`questions about`, `aim at`; not `a warning for the coast`). */
function takesContent(preposition: string, noun: string): boolean {
  if (NOUN_NOT_PREPOSITIONS.get(noun)?.has(preposition) === true) return false;
  return NOMINAL_CONTENT_PREPOSITIONS.has(preposition) || NOUN_ONLY_PREPOSITIONS.get(preposition)?.has(noun) === true;
}

/** A day, month or other time noun (`made the pledge on Monday`): when, not what. Not `this` or `last` (determiners). */
function isTimeWord(t: Token): boolean {
  return hasWordClass(t, W.TIME_WORD) && (t.pos === 'NOUN' || t.pos === 'PROPN');
}

/** A verb (over adverbs) at `i`: the subject of a relative clause is missing (`that quickly angered …`). */
function isVerbAfterAdverbs(tokens: readonly Token[], i: number, end: number): boolean {
  while (i < end && tokens[i]!.pos === 'ADV') i++;
  return i < end && (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX');
}
