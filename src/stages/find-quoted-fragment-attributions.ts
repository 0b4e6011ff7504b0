import type { Document, Sentence, Token } from '../document.js';
import type { ReportedClause } from '../draft.js';
import { ORGANIZATION_WORDS, ROLE_NOUNS } from '../data/lexicon.generated.js';
import { PERSON_NOUNS } from '../data/entity-words.js';
import { ANONYMOUS_SOURCE_NOUNS, ORGANIZATION_NOUNS, SPOKESPERSON_NOUNS } from '../data/source-nouns.js';
import { FEATURE_PHRASE_ENDS as PHRASE_END } from '../data/attribution-features.js';
import {
  FRAGMENT_CLAUSE_OPENERS as CLAUSE_OPENERS,
  FRAGMENT_COMPLEMENT_PREPOSITIONS as COMPLEMENT_PREPOSITIONS,
  FRAGMENT_SUBJECT_PRONOUNS as SUBJECT_PRONOUNS,
  NON_REPORTING_FRAGMENT_VERBS,
} from '../data/quoted-fragments.js';
import { TERM_INTRODUCERS, TITLE_SMALL_WORDS } from '../data/term-introducers.js';
import { phraseContentEnd } from '../rules/phrase-content.js';
import { W, hasWordClass } from '../layers/word-classes.js';

// Wide scope only. A short quoted fragment inside a sentence (`condemned the strike as “reckless”`,
// `exhorted his players to “leave nothing on the pitch”`, `likened the merger to a “slow-motion
// car crash”`) is a mixed attribution in PolNeAR's sense when a verb with a speaking subject
// governs it: the subject chose the quoted words. When no rule takes the verb, the fragment is
// left as a scare quote and nothing overlaps the gold. This stage takes each quoted span that no
// reported clause holds, looks back in its clause for the nearest verb (no comma, clause opener
// or other quote between), and keeps it when the verb has a subject that can speak (a name, a
// personal pronoun, a role or organisation noun) and is no naming or performing verb (a title
// follows those). The content runs from the verb's complement through the quoted words to the
// clause end; merge-mixed-quotes.ts makes it one mixed record. Runs last, over every clause the
// other rules found, so it never takes a verb another record uses as its cue.

/** How far before the quote the verb may stand, in tokens (`lauded the crews for their “…”`). */
const MAX_BEFORE = 14;
/** Longest quoted fragment, in tokens: longer quotes are sentences, the direct-quote rules' domain. */
const MAX_FRAGMENT = 35;

/** Mixed attributions of quoted fragments no clause of `found` holds, as reported clauses. */
export function findQuotedFragmentAttributions(doc: Document, found: readonly ReportedClause[]): ReportedClause[] {
  const { tokens } = doc;
  // Per token: 2 = a found clause's cue, 1 = inside a found clause.
  const taken = new Uint8Array(tokens.length);
  const spanOf = doc.quotes.spanOfToken;
  for (const c of found) {
    // A clause whose content lies inside a quote (`described X as “a reminder that …”` read as
    // `described … that …`) makes no record (merge-mixed-quotes drops it): its verb is free.
    if (spanOf[c.first]! >= 0 && spanOf[c.end - 1] === spanOf[c.first] && spanOf[c.cue.first] !== spanOf[c.first]) continue;
    for (let i = c.first; i < c.end; i++) taken[i] = 1;
    for (let i = c.cue.first; i < c.cue.end; i++) taken[i] = 2;
  }
  const out: ReportedClause[] = [];
  for (const s of doc.sentences) {
    for (let o = s.firstToken + 1; o < s.endToken; o++) {
      const si = spanOf[o]!;
      if (si < 0 || spanOf[o - 1] === si) continue;
      let close = o + 1;
      while (close < tokens.length && spanOf[close] === si) close++;
      const clause = fragmentClause(doc, s, o, close, taken);
      if (!clause) continue;
      for (let i = clause.first; i < clause.end; i++) taken[i] = 1;
      out.push(clause);
    }
  }
  return out;
}

/** The attribution of the quoted span at tokens [o, close) (marks included), or null. */
function fragmentClause(doc: Document, s: Sentence, o: number, close: number, taken: Uint8Array): ReportedClause | null {
  const { tokens } = doc;
  if (close - o - 2 > MAX_FRAGMENT || close - o < 3) return null;
  for (let i = o; i < close; i++) if (taken[i] !== 0) return null;
  // Headlines are the headline rules' (title case: `Senator Rips Plan As 'Reckless'`).
  if (tokens[o]!.paragraph === 0) return null;
  const before = tokens[o - 1]!;
  // `said: “…”`, `, “…”`: a quotation introduced as such, not a fragment inside a clause.
  if (before.pos === 'PUNCT' || before.pos === 'PROPN' || TERM_INTRODUCERS.has(before.lower)) return null;
  if (isTitleCase(tokens, o + 1, close - 1)) return null;
  const k = governingVerb(doc, s, o, taken);
  if (k < 0) return null;
  const verb = tokens[k]!;
  if (NON_REPORTING_FRAGMENT_VERBS.has(verb.lemma) || !hasSpeakingSubject(tokens, s, k)) return null;
  // A particle after the verb belongs to the cue (`gone after the board as …`).
  let first = k + 1;
  const next = tokens[first]!;
  const particle = next.pos === 'ADP' && !COMPLEMENT_PREPOSITIONS.has(next.lower) && first < o;
  if (particle) first++;
  const end = Math.max(phraseContentEnd(tokens, s, first), Math.min(close, s.endToken));
  if (end <= first) return null;
  const cue = { first: k, end: particle ? k + 2 : k + 1, lemma: particle ? `${verb.lemma} ${next.lower}` : verb.lemma, kind: 'speech' as const };
  return { first, end, cue, rule: 'quoted-fragment' };
}

/** The nearest verb before token `o` in its clause, or -1 (a comma, phrase end, clause opener, auxiliary, other quote or found clause first). */
function governingVerb(doc: Document, s: Sentence, o: number, taken: Uint8Array): number {
  const { tokens } = doc;
  const spanOf = doc.quotes.spanOfToken;
  let passed = false;
  for (let j = o - 1; j >= s.firstToken && o - j <= MAX_BEFORE; j--) {
    const t = tokens[j]!;
    if (taken[j] !== 0 || spanOf[j]! >= 0) return -1;
    if (t.pos === 'PUNCT' && (t.text === ',' || PHRASE_END.has(t.text))) return -1;
    // One `that` with no verb of its own before the quote (`knocked a claim that an “obscene
    // amount” …`, `groused to a crowd that CNN “doesn't …”`): the verb before it governs.
    if (t.lower === 'that' && !passed) {
      passed = true;
      continue;
    }
    if (CLAUSE_OPENERS.has(t.lower) || t.pos === 'SCONJ' || t.pos === 'AUX') return -1;
    if (t.pos === 'VERB' || verbTaggedAdjective(tokens, s, j)) return j;
  }
  return -1;
}

/**
 * A past or present participle that the tagger read as an adjective right after a subject or an
 * auxiliary (`Japan branded the team …`, `is promising lower taxes`): a verb here.
 */
function verbTaggedAdjective(tokens: readonly Token[], s: Sentence, j: number): boolean {
  const t = tokens[j]!;
  if (t.pos !== 'ADJ' || j <= s.firstToken || !/(?:ed|ing)$/u.test(t.lower)) return false;
  const p = tokens[j - 1]!;
  return p.pos === 'AUX' || p.pos === 'PROPN' || (p.pos === 'PRON' && SUBJECT_PRONOUNS.has(p.lower));
}

/** A name, personal pronoun, or role or organisation noun just before the verb (past auxiliaries and adverbs); not a passive. */
function hasSpeakingSubject(tokens: readonly Token[], s: Sentence, k: number): boolean {
  let j = k - 1;
  let be = false;
  while (j >= s.firstToken && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART') && tokens[j]!.lower !== 'to') {
    if (tokens[j]!.lemma === 'be') be = true;
    // `does not like “surprises”`: what a subject does not do names no words of its own.
    if (tokens[j]!.lower === 'not' || tokens[j]!.lower === "n't" || tokens[j]!.lower === 'never') return false;
    j--;
  }
  if (j < s.firstToken) return false;
  // `was criticized as “…”`: the subject is spoken of.
  if (be && !tokens[k]!.lower.endsWith('ing')) return false;
  const p = tokens[j]!;
  if (p.pos === 'PROPN') return true;
  if (p.pos === 'PRON') return SUBJECT_PRONOUNS.has(p.lower);
  if (p.pos !== 'NOUN') return false;
  return hasWordClass(p, W.TITLE | W.ORGANIZATION_WORD) || ROLE_NOUNS.has(p.lemma) || ROLE_NOUNS.has(p.lower) || PERSON_NOUNS.has(p.lemma) || ORGANIZATION_WORDS.has(p.lower) || ORGANIZATION_NOUNS.has(p.lemma) || SPOKESPERSON_NOUNS.has(p.lemma) || ANONYMOUS_SOURCE_NOUNS.has(p.lemma);
}

/** Every word of tokens [first, end) capitalised, small words aside, and at least one: a title (`“Born to Run”`). */
function isTitleCase(tokens: readonly Token[], first: number, end: number): boolean {
  let words = 0;
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (!/\p{L}/u.test(t.text)) continue;
    if (/^\p{Lu}/u.test(t.text)) words++;
    else if (!TITLE_SMALL_WORDS.has(t.lower)) return false;
  }
  return words >= 1;
}
