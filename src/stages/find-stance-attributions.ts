import type { Document, Sentence, Token } from '../document.js';
import { tokensUnderClauses, type ReportedClause } from '../draft.js';
import { quotedSpanAt } from '../layers/quote-marks.js';
import { STANCE_BLOCKERS, STANCE_NOT_SUBJECTS, STANCE_OBJECT_PRONOUNS, STANCE_VERBS } from '../data/stance-verbs.js';
import { phraseContentEnd } from '../rules/phrase-content.js';
import { objectEnd } from '../rules/object-extent.js';
import { TIME_WORDS } from '../data/source-nouns.js';

// Wide scope only. PolNeAR counts a side taken as an attribution: `Christie endorsed Trump`, `The
// union opposed the deal`, `She attacked him` (the subject the source, the object the content, a
// topic). Read alone such verbs are weak evidence (on polnear_train 40–65% annotated per verb),
// but one shape is reliable, and only it is read: a finite verb (`endorsed`, `supports`, `is
// backing`, `has attacked`) of data/stance-verbs.ts, with no modal or negation (`would support`,
// `never backed`), after a name, a noun, a personal pronoun or a closing comma or parenthesis
// (`Sanders, who lost the primary, endorsed Clinton`), not after a relative pronoun (`who endorsed
// him`: half the time background PolNeAR leaves out), `to`, a conjunction or a participle's noun
// (`a super PAC supporting Clinton`); its object a name, a pronoun or a noun phrase; the sentence
// no question (`Do you support Trump?`). On polnear_train, outside every other record, 86% of
// such verbs were annotated with the object as content (model switched off). The stage runs after
// the learned model and takes no verb the model or a clause rule took: one record per verb.

// Compiled once at load (under tsx a `\p{…}` literal in a function body is compiled on every call).
const UPPER_FIRST = /^\p{Lu}/u;
/** How many auxiliaries, adverbs and particles may stand between the subject and the verb (`has long opposed`). */
const MAX_BETWEEN = 3;

/**
 * The attributions of stance verbs as reported clauses (cue: the verb, content: its object to the
 * first comma or dash, as for a speech verb's object), none whose verb or object lies in a clause
 * of `found`.
 */
export function findStanceAttributions(doc: Document, found: readonly ReportedClause[]): ReportedClause[] {
  const { tokens } = doc;
  const taken = tokensUnderClauses(tokens.length, found);
  const out: ReportedClause[] = [];
  for (const s of doc.sentences) {
    // Headlines are the headline stage's; a question takes no side (`Do you support Trump?`).
    if (tokens[s.firstToken]!.paragraph === 0 || isQuestion(tokens, s)) continue;
    for (let k = s.firstToken + 1; k < s.endToken - 1; k++) {
      const t = tokens[k]!;
      if (t.pos !== 'VERB' || !STANCE_VERBS.has(t.lemma) || taken[k] === 1 || taken[k + 1] === 1) continue;
      if (!opensObject(tokens[k + 1]!) || !isFiniteAfterSubject(tokens, s, k) || quotedSpanAt(doc, k) >= 0) continue;
      // `a tea-party backed candidate`: part of a compound modifier; `Candidates Reject The Idea`:
      // a title-case line (a headline or a link), not prose.
      if (doc.text[t.start - 1] === '-' || isTitleCase(tokens, s, k)) continue;
      const end = objectEnd(doc, k + 1, phraseContentEnd(tokens, s, k + 1));
      if (end <= k + 1) continue;
      out.push({ first: k + 1, end, cue: { first: k, end: k + 1, lemma: t.lemma, kind: 'speech' }, rule: 'stance-verb' });
    }
  }
  return out;
}

/** Whether the sentence ends with a question mark (quote marks and brackets after it aside). */
function isQuestion(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.endToken - 1; i >= s.firstToken && i >= s.endToken - 3; i--) {
    if (tokens[i]!.text === '?') return true;
    if (tokens[i]!.pos !== 'PUNCT') return false;
  }
  return false;
}

/** Whether the verb at `k` and the word after it are capitalized inside the sentence: a title-case line. */
function isTitleCase(tokens: readonly Token[], s: Sentence, k: number): boolean {
  return k > s.firstToken && UPPER_FIRST.test(tokens[k]!.text) && UPPER_FIRST.test(tokens[k + 1]!.text);
}

/** A name, an object pronoun or the start of a noun phrase (`the deal`, `his bid`, `two candidates`). */
function opensObject(t: Token): boolean {
  // `which Clinton denounced Thursday`: a day or date after the verb is no object.
  if (TIME_WORDS.has(t.lower)) return false;
  if (t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'NUM') return true;
  return t.pos === 'PRON' && (STANCE_OBJECT_PRONOUNS.has(t.lower) || !STANCE_NOT_SUBJECTS.has(t.lower)) && t.lower !== 'that';
}

/**
 * The verb at `k` is finite (`endorsed`, `supports`, `is backing`, `has attacked`; no modal, no
 * negation, no passive) and follows a subject: a name, a noun, a personal pronoun, or a comma or
 * parenthesis that closes an aside after one.
 */
function isFiniteAfterSubject(tokens: readonly Token[], s: Sentence, k: number): boolean {
  const t = tokens[k]!;
  let be = false;
  let j = k - 1;
  while (j >= s.firstToken && k - j <= MAX_BETWEEN && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART') && tokens[j]!.lower !== 'to') {
    const w = tokens[j]!;
    if (STANCE_BLOCKERS.has(w.lower)) return false;
    if (w.lemma === 'be') be = true;
    j--;
  }
  if (j < s.firstToken) return false;
  // `is backing` (not `backing` alone: a participle after a noun, `a PAC backing Clinton`);
  // `backed` not after `be` (`was backed`: a passive).
  if (t.lower.endsWith('ing') ? !be : be) return false;
  const w = tokens[j]!;
  if (w.pos === 'PROPN' || w.pos === 'NOUN') return true;
  if (w.pos === 'PRON') return !STANCE_NOT_SUBJECTS.has(w.lower);
  return w.text === ',' || w.text === ')';
}
