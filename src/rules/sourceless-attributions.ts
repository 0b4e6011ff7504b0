// Attributions without a source, besides expectations (rules/expectations.ts): what something
// seems or appears to do (`The plant seems to lose money`: the infinitive) and a judgement passed
// on it in the passive (`[The driver] was charged with [speeding]`, `[The week] is known as
// [Golden Week]`: two parts, the subject and the judgement; the second `continues` the first,
// linked by stages/link-attribution-parts.ts). No speaker: the subject is a part of the content.
// Their cue is a belief cue, so they are reported in the wide scope only. Measured on
// polnear_train (wide scope, overlap > 0.3): the infinitives 52 of 62 records right, the passives
// 83 of 100. Words in data/sourceless-frames.ts.
import type { Document, Sentence, Token } from '../document.js';
import type { ReportedClause } from '../draft.js';
import type { FindingRuleId } from './catalogue.js';
import { quotedSpanAt } from '../layers/quote-marks.js';
import { ASKED_OPENERS, PASSIVE_JUDGEMENT_FRAMES, RAISED_COPULAS, RAISING_LEMMAS } from '../data/sourceless-frames.js';
import { cueWordAt } from '../layers/cues.js';
import { SUBJECT_STOPS } from '../data/content-kinds.js';
import { W, hasWordClass } from '../layers/word-classes.js';
import { beFormBefore, contentEnd, infinitiveAfter, subjectBefore } from './expectations.js';

/** Longest subject read back from the verb, in tokens. */
const MAX_SUBJECT_TOKENS = 30;

type Cue = ReportedClause['cue'];

/** The sourceless attributions of one sentence, two clauses each (subject, then what is said of it). */
export function findSourcelessAttributions(doc: Document, s: Sentence): ReportedClause[] {
  const out: ReportedClause[] = [];
  const { tokens } = doc;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const raising = RAISING_LEMMAS.has(t.lemma);
    const asked = t.lemma === 'ask';
    if (!raising && !asked && !PASSIVE_JUDGEMENT_FRAMES.has(t.lemma)) continue;
    if (quotedSpanAt(doc, i) >= 0) continue;
    const found = raising ? raisingAt(doc, s, i) : asked ? askedAt(doc, s, i) : passiveAt(doc, s, i);
    if (found) for (const c of found) out.push(c);
  }
  return out;
}

/**
 * `X seems to VERB …`: the infinitive alone (from `to`), with no subject part. Whether PolNeAR
 * reads X as the source (`Rubio seemed to offer a caveat`: source Rubio) or as the first part
 * of a sourceless content depends on the verb, and the subject part was measured at 68%
 * precision on polnear_train; the infinitive matches either reading (85%). `seems to be …` and
 * `seems to have …` are left out (59–69%), as is a reporting verb after `to` (`seemed to
 * confirm that …`: the clause rules read that cue).
 */
function raisingAt(doc: Document, s: Sentence, i: number): ReportedClause[] | null {
  const { tokens } = doc;
  const k = infinitiveAfter(doc, s, i);
  if (k < 0 || RAISED_COPULAS.has(tokens[k + 1]!.lemma) || cueWordAt(doc, k + 1)) return null;
  const end = contentEnd(doc, s, k);
  const cueFirst = auxiliariesBefore(doc, s, i);
  if (end - k < 2 || negatedBefore(doc, s, cueFirst, i) || hasWordClass(tokens[i + 1]!, W.NEGATION)) return null;
  const cue: Cue = { first: cueFirst, end: i + 1, lemma: tokens[i]!.lemma, kind: 'belief' };
  return [{ first: k, end, cue, rule: 'sourceless-raising' }];
}

/** `X was charged with …`, `X is seen as …`: the subject and the judgement (from its opening word). */
function passiveAt(doc: Document, s: Sentence, i: number): ReportedClause[] | null {
  const passive = passiveCueAt(doc, s, i);
  if (!passive) return null;
  const { cueFirst, next: k } = passive;
  const lemma = doc.tokens[i]!.lemma;
  if (k + 1 >= s.endToken || !PASSIVE_JUDGEMENT_FRAMES.get(lemma)!.has(doc.tokens[k]!.lower)) return null;
  return parts(doc, s, { first: cueFirst, end: k + 1, lemma, kind: 'belief' }, k + 1, 'sourceless-passive');
}

/**
 * `The coach was asked whether …`, `was asked about …`, `was asked to …`: a question or request
 * whose asker is not said; the content alone, from its opening word (the subject, who was
 * asked, is a part only now and then in PolNeAR).
 */
function askedAt(doc: Document, s: Sentence, i: number): ReportedClause[] | null {
  const passive = passiveCueAt(doc, s, i);
  if (!passive) return null;
  const { cueFirst, next: k } = passive;
  if (!ASKED_OPENERS.has(doc.tokens[k]!.lower)) return null;
  const about = doc.tokens[k]!.lower === 'about';
  const from = about ? k + 1 : k;
  const end = contentEnd(doc, s, from);
  if (end - from < 2) return null;
  const cue: Cue = { first: cueFirst, end: about ? k + 1 : i + 1, lemma: about ? 'ask about' : 'ask', kind: 'speech' };
  return [{ first: from, end, cue, rule: 'sourceless-asked' }];
}

/**
 * The passive at past participle `i` (`charged`, `seen`; not `is considering`, `is to blame`):
 * where its cue starts, with the be-form and auxiliaries (`has been accused`), and `next`, the
 * first token after it and its adverbs; null when it is no passive, is negated, or ends the sentence.
 */
function passiveCueAt(doc: Document, s: Sentence, i: number): { cueFirst: number; next: number } | null {
  const { tokens } = doc;
  const t = tokens[i]!;
  if (t.lower === t.lemma || t.lower.endsWith('ing')) return null;
  const be = beFormBefore(doc, s, i);
  const cueFirst = be < 0 ? -1 : auxiliariesBefore(doc, s, be);
  if (cueFirst < 0 || negatedBefore(doc, s, cueFirst, i)) return null;
  let k = i + 1;
  while (k < s.endToken && tokens[k]!.pos === 'ADV') k++;
  return k < s.endToken ? { cueFirst, next: k } : null;
}

/**
 * `has never been charged with`, `did not seem to`: a negated judgement says nothing was
 * judged, and PolNeAR leaves it out (a negation among the auxiliaries and adverbs before the cue,
 * or inside it).
 */
function negatedBefore(doc: Document, s: Sentence, cueFirst: number, verb: number): boolean {
  const { tokens } = doc;
  for (let j = verb - 1; j >= s.firstToken && cueFirst - j <= 4; j--) {
    const t = tokens[j]!;
    if (hasWordClass(t, W.NEGATION)) return true;
    if (j < cueFirst && t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** Back over auxiliaries and adverbs before a verb (`may once have seemed`): the cue's first token. */
function auxiliariesBefore(doc: Document, s: Sentence, i: number): number {
  let j = i;
  while (j - 1 >= s.firstToken && i - (j - 1) <= 4 && (doc.tokens[j - 1]!.pos === 'AUX' || doc.tokens[j - 1]!.pos === 'PART')) j--;
  return j;
}

/** The two parts: the subject before the cue and the content from `from` to the end of what is said. */
function parts(doc: Document, s: Sentence, cue: Cue, from: number, rule: FindingRuleId): ReportedClause[] | null {
  const end = contentEnd(doc, s, from);
  if (end - from < 2) return null;
  const subject = longSubjectBefore(doc, s, cue.first) ?? subjectBefore(doc, s, cue.first);
  if (subject === null) return null;
  return [
    { first: subject.first, end: subject.end, cue, rule },
    { first: from, end, cue, rule },
  ];
}

/**
 * The whole subject before the verb at `v`, back to where its clause starts: a relative
 * pronoun right before it alone (`which seems to …`); else every word back to the sentence
 * start, a comma, a clause word (`that`, `because` …), a finite verb or an auxiliary. Gerunds
 * and prepositions stay in (`[Drawing on home equity] seems …`, `[the idea of reinstating the
 * law] seems …`): PolNeAR's subject part is the whole noun phrase. Null when that finds no
 * noun, or a comma right before the verb (an appositive: subjectBefore reads those).
 */
function longSubjectBefore(doc: Document, s: Sentence, v: number): { first: number; end: number } | null {
  const { tokens } = doc;
  let j = v - 1;
  while (j >= s.firstToken && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'PART')) j--;
  if (j < s.firstToken) return null;
  const end = j + 1;
  const last = tokens[j]!;
  if (hasWordClass(last, W.RELATIVE_PRONOUN) || last.lower === 'that' || last.lower === 'what') return { first: j, end };
  let f = j;
  while (f >= s.firstToken && v - f <= MAX_SUBJECT_TOKENS && inLongSubject(tokens[f]!)) f--;
  f++;
  if (f > j) return null;
  let noun = false;
  for (let i = f; i < end; i++) if (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN' || tokens[i]!.pos === 'PRON') noun = true;
  return noun ? { first: f, end } : null;
}

function inLongSubject(t: Token): boolean {
  if (SUBJECT_STOPS.has(t.lower) || hasWordClass(t, W.RELATIVE_PRONOUN) || t.lower === 'what') return false;
  if (t.pos === 'VERB') return t.lower.endsWith('ing');
  if (t.pos === 'PUNCT') return t.text === '’s' || t.text === "'s" || t.text === '(' || t.text === ')' || t.text === '-';
  return t.pos !== 'AUX' && t.pos !== 'SCONJ' && t.pos !== 'CCONJ' && t.pos !== 'SYM';
}
