// A second speech verb after `and`/`but` inside a reported clause: the clause's own verb, or
// the cue's coordinate (a new attribution with the cue's subject)? `Police say he fled and
// refused to stop` is the clause's; `The mayor said she would order an audit and warned
// against cuts` is the mayor's second report, which the clause must not swallow. The verb forms
// tell them apart: a past-tense verb cannot continue a clause whose last verb is a base form
// after a modal or `to` (`would order … and warned`) or a present form (`they want … but
// pledged`); it coordinates with the cue. After a past clause verb (`he fled and refused`) the
// forms agree and nothing is decided here.
import type { Document, Token } from '../document.js';
import { W, hasWordClass } from '../layers/word-classes.js';
import { BASE_FORM_OPENERS, PERFECT_AUXILIARIES, PRESENT_AUXILIARIES } from '../data/verb-forms.js';
import { CLAUSE_JOINERS } from '../data/clause-joiners.js';
import { cueWordAt } from '../layers/cues.js';
import { isDash } from '../layers/tokens.js';

type VerbForm = 'base' | 'present' | 'past' | 'other';

/**
 * Whether the verb at `second` (after the conjunction at `conj`) coordinates with the cue
 * rather than with the reported clause [first, conj): it is in the past tense and the clause's
 * last verb group is a base or present form.
 */
export function coordinatesWithCue(doc: Document, first: number, conj: number, second: number): boolean {
  if (verbForm(doc.tokens[second]!) !== 'past') return false;
  const group = lastVerbGroup(doc, first, conj);
  return group === 'base' || group === 'present';
}

/** Longest subject of a joined clause, in tokens (`the campaign's new press secretary`). */
const MAX_JOINED_SUBJECT = 8;

/**
 * `…, but the campaign refused to answer`, `…, and Ms. Ortiz said …`: a conjunction at `i`
 * that opens a clause with a subject of its own and a speech verb is a new attribution, and
 * the report before it ends there (the subject is not the cue's, so the verb cannot be the
 * report's own unless the report itself reported it).
 */
export function opensOwnAttribution(doc: Document, i: number, end: number): boolean {
  const { tokens } = doc;
  // (After a comma or dash only: `his father and the minister's father had been sworn …` coordinates subjects.)
  const before = tokens[i - 1];
  // (A semicolon joins on its own: `…; the agency puts the figure at …`.)
  const semicolon = tokens[i]!.text === ';';
  if (!semicolon && (!CLAUSE_JOINERS.has(tokens[i]!.lower) || !before || (before.text !== ',' && !isDash(before)))) return false;
  let m = i + 1;
  let heads = 0;
  while (m < end && m - i <= MAX_JOINED_SUBJECT) {
    const t = tokens[m]!;
    if (t.pos === 'PRON' && hasWordClass(t, W.SUBJECT_PRONOUN)) heads++;
    else if (t.pos === 'PRON' && hasWordClass(t, W.POSSESSIVE_DETERMINER)) { /* `its chief executive` */ }
    else if (t.pos === 'NOUN' || t.pos === 'PROPN') heads++;
    else if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'PART' && hasWordClass(t, W.POSSESSIVE_ENDING)) || (t.pos === 'PUNCT' && t.text === '.'))) break;
    m++;
  }
  if (heads === 0) return false;
  // (`has also said`; not a be-form: `had been sworn` is passive.)
  while (m < end && (tokens[m]!.pos === 'ADV' || tokens[m]!.pos === 'AUX') && !hasWordClass(tokens[m]!, W.NEGATION) && !hasWordClass(tokens[m]!, W.BE_FORM)) m++;
  const cue = cueWordAt(doc, m);
  return m < end && cue !== null && cue.kind === 'speech' && cue.finite && tokens[m]!.pos === 'VERB';
}

/** The form of the last verb group in [first, end): its first auxiliary decides, or the verb itself. */
function lastVerbGroup(doc: Document, first: number, end: number): VerbForm {
  const { tokens } = doc;
  let v = end - 1;
  // (`reached the hull/VERB`: a "verb" after a determiner or adjective is a noun the tagger misread.)
  while (v >= first && ((tokens[v]!.pos !== 'VERB' && tokens[v]!.pos !== 'AUX') || afterNounModifier(tokens[v - 1]))) v--;
  if (v < first) return 'other';
  // Back over the group: auxiliaries, adverbs and negation before the verb.
  let head = v;
  for (let i = v - 1; i >= first; i--) {
    const t = tokens[i]!;
    if (t.pos === 'AUX' || t.lower === 'to' || BASE_FORM_OPENERS.has(t.lower)) head = i;
    else if (t.pos !== 'ADV' && t.pos !== 'PART' && !hasWordClass(t, W.NEGATION)) break;
  }
  const h = tokens[head]!;
  // (`has ordered`, `is charged`: a participle, which a second participle may continue.)
  if (PERFECT_AUXILIARIES.has(h.lower) || (head < v && hasWordClass(h, W.BE_FORM) && verbForm(tokens[v]!) === 'past')) return 'other';
  if (BASE_FORM_OPENERS.has(h.lower)) return 'base';
  if (PRESENT_AUXILIARIES.has(h.lower)) return 'present';
  return verbForm(h);
}

const afterNounModifier = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'DET' || t.pos === 'ADJ' || hasWordClass(t, W.POSSESSIVE_DETERMINER));

/** A verb's form from its text and lemma: `warned`/`said` past, `wants` present, `want` base or present. */
function verbForm(t: Token): VerbForm {
  const { lower, lemma } = t;
  if (lower.endsWith('ing')) return 'other';
  if (lower === lemma) return 'present';
  if (lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`)) return 'present';
  if (t.pos === 'AUX') return PRESENT_AUXILIARIES.has(lower) ? 'present' : 'past';
  return 'past';
}
