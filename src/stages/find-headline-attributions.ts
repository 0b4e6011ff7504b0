import type { Document, Sentence, Token } from '../document.js';
import { tokensUnderClauses, type ReportedClause } from '../draft.js';
import { quotedSpanAt } from '../layers/quote-marks.js';
import { inCapitals, isDash } from '../layers/tokens.js';
import { NOT_SPEAKER_LABELS } from '../data/reporting-frames.js';
import { HEADLINE_CUE_ADVERBS, HEADLINE_CUE_PARTICLES, HEADLINE_NOT_IN_SUBJECT, HEADLINE_PART_BREAKS, HEADLINE_TRAILING, HEADLINE_CUE_WORDS, HEADLINE_NOUN_LIKE_CUES, HEADLINE_CUES_BEFORE, HEADLINE_INFINITIVE_CUES, HEADLINE_PAST_CUE_WORDS, HEADLINE_SUBJECT_PRONOUNS, HEADLINE_KICKERS, HEADLINE_LABEL_ARTICLES, HEADLINE_LABEL_PREPOSITIONS, HEADLINE_PHRASAL_PARTICLES, HEADLINE_PASSIVE_CUES } from '../data/headline-cues.js';

// Wide scope only. A headline (paragraph 0) states attributions in its own grammar: no `that`,
// no article, present tense, often title case (`Black Lawmakers Rip Governor As A 'Reckless
// Spender'`, `Club Owner Endorses Rival`, `Judge Rules Against State's Voter Purge`). The tagger
// reads title-case verbs as names, so no clause rule fires; the cue is found by its word
// (data/headline-cues.ts, learned from polnear_train headlines), the words before it are the
// subject (the source, found before the cue like any verb cue's), and the rest of the headline
// is the content, as PolNeAR's annotators marked it. A cue that ends the headline after a comma
// (`Stadium deal is dead, mayor says.`) reports what comes before the comma.

/** The most words a headline's subject may have (`Former Mexico Leader Calderon`). */
const MAX_SUBJECT_WORDS = 6;

/** The most tokens a headline has (polnear_train's longest: 22 words). */
const MAX_HEADLINE_TOKENS = 40;

/** The most tokens of a colon label (`Former AG Mukasey at RNC`, `Obama To Asians Worried About U.S. Election`). */
const MAX_LABEL_WORDS = 8;

/** The longest all-capitals word of a label read as an acronym (`AP`, `WSJ`), not a kicker (`BOOM`, `BYLINE`). */
const MAX_ACRONYM = 4;

/** A possessive ending, a word of the subject (`France’s Party Leader`). */
const POSSESSIVE = /^['’]s$/u;

/**
 * The attributions of headline cue words in paragraph 0 as reported clauses: at most one per
 * headline sentence, none whose cue or subject lies in (or after) a clause of `found`, the content
 * cut where such a clause begins.
 */
export function findHeadlineAttributions(doc: Document, found: readonly ReportedClause[]): ReportedClause[] {
  const { tokens } = doc;
  const out: ReportedClause[] = [];
  const headlineEnd = doc.sentences.find((s) => s.paragraph !== 0)?.firstToken ?? tokens.length;
  // A first paragraph longer than any headline is prose (a text with no headline): its clauses are the other rules'.
  if (headlineEnd > MAX_HEADLINE_TOKENS) return out;
  const taken = tokensUnderClauses(headlineEnd, found);
  for (const s of doc.sentences) {
    if (s.paragraph !== 0) break;
    const clause = clauseIn(doc, tokens, s, taken) ?? labelledIn(doc, tokens, s, taken);
    if (clause) out.push(...coordinated(doc, tokens, clause));
    else out.push(...passiveIn(doc, tokens, s, taken));
  }
  return out;
}

function clauseIn(doc: Document, tokens: readonly Token[], s: Sentence, taken: Uint8Array): ReportedClause | null {
  let partStart = s.firstToken;
  let end = s.endToken;
  while (end > s.firstToken && HEADLINE_TRAILING.has(tokens[end - 1]!.text)) end--;
  for (let k = s.firstToken; k < end; k++) {
    const t = tokens[k]!;
    if (HEADLINE_PART_BREAKS.has(t.text)) {
      partStart = k + 1;
      continue;
    }
    if (taken[k] === 1) {
      // What another record reports (its cue or content) is not counted again, nor a cue after it.
      partStart = k + 1;
      continue;
    }
    // `Union to Endorse Mayor`: an announced intention, the cue `to` and the verb.
    const infinitive = t.lower === 'to' && k + 1 < end && HEADLINE_INFINITIVE_CUES.has(tokens[k + 1]!.lower);
    if (quotedSpanAt(doc, k) >= 0 || !(infinitive || isCueWord(tokens, partStart, k, s.firstToken))) continue;
    const verb = infinitive ? k + 1 : k;
    const cueFirst = !infinitive && (HEADLINE_PAST_CUE_WORDS.has(t.lower) || (HEADLINE_CUE_ADVERBS.has(tokens[k - 1]?.lower ?? '') && k - 1 > partStart)) ? k - 1 : k;
    // `Mayor, Facing Recall, Blasts Council`: the subject is the headline's first part.
    const subjectFirst = cueFirst === partStart && partStart > s.firstToken ? s.firstToken : partStart;
    const subjectEnd = subjectFirst === partStart ? cueFirst : firstBreak(tokens, s.firstToken, cueFirst);
    const subject = subjectEnd - subjectFirst;
    if (subject < 1 || subject > MAX_SUBJECT_WORDS || !isSubject(tokens, subjectFirst, subjectEnd, infinitive ? null : t)) return null;
    let first = verb + 1;
    const before = HEADLINE_CUES_BEFORE.get(tokens[verb]!.lower);
    if (before && first < end && !before.has(tokens[first]!.lower)) return null;
    if (first < end && (HEADLINE_CUE_PARTICLES.has(tokens[first]!.lower) || (before !== undefined && HEADLINE_PHRASAL_PARTICLES.has(tokens[first]!.lower)))) first++;
    // `Ken Starr praises, laments …`: two cue words joined before one content are one cue.
    if (first + 2 < end && (tokens[first]!.text === ',' || tokens[first]!.lower === 'and') && (HEADLINE_CUE_WORDS.has(tokens[first + 1]!.lower) || tokens[first + 1]!.pos === 'VERB') && !HEADLINE_CUES_BEFORE.has(tokens[first + 1]!.lower)) {
      first += 2;
      if (first < end && HEADLINE_CUE_PARTICLES.has(tokens[first]!.lower)) first++;
    }
    const cue = { first: cueFirst, end: first, lemma: tokens.slice(cueFirst, first).map((w) => w.lower).join(' '), kind: 'speech' as const };
    // The content stops where another record's words begin (`Cruz Endorses Rival, Who Says …`).
    for (let i = first; i < end; i++) {
      if (taken[i] === 1) {
        // Back to the comma before the other record's clause (`Exit, Which Coach Calls …`), if any.
        end = i;
        for (let j = i - 1; j > first; j--) {
          if (tokens[j]!.text === ',') {
            end = j;
            break;
          }
        }
        while (end > first && (HEADLINE_TRAILING.has(tokens[end - 1]!.text) || tokens[end - 1]!.pos === 'PRON' || tokens[end - 1]!.pos === 'CCONJ')) end--;
        if (end === first) return null;
        break;
      }
    }
    // `Stadium deal is dead, mayor says.`: the cue ends the headline; the content is before the comma.
    if (first >= end) return partStart - 1 > s.firstToken && tokens[partStart - 1]!.text === ',' ? { first: s.firstToken, end: partStart - 1, cue, rule: 'headline-cue' } : null;
    return { first, end, cue, rule: 'headline-cue' };
  }
  return null;
}

/**
 * `Former Mayor Ames at Council: Levee Plan Is Dead`, `AP: Mayor routed funds to ally`: a label
 * naming a source, then a colon and a clause (the default scope's reported-colon takes only a label
 * of capitalised nouns; the wide scope adds labels with a lower-case word, a preposition, a
 * possessive or an acronym). Kickers (`The Latest:`, `Breaking:`, `WATCH:`) and questions are not.
 */
function labelledIn(doc: Document, tokens: readonly Token[], s: Sentence, taken: Uint8Array): ReportedClause | null {
  let first = s.firstToken;
  // `EXCLUSIVE – Roger Stone: …`: a one-word kicker and a dash before the label.
  if (first + 2 < s.endToken && isDash(tokens[first + 1]!)) first += 2;
  let colon = -1;
  for (let i = first; i < s.endToken && i - first <= MAX_LABEL_WORDS; i++) {
    if (tokens[i]!.text === ':') {
      colon = i;
      break;
    }
  }
  if (colon <= first || taken[colon] === 1 || quotedSpanAt(doc, colon) >= 0) return null;
  let end = s.endToken;
  while (end > colon + 1 && HEADLINE_TRAILING.has(tokens[end - 1]!.text)) end--;
  if (end - (colon + 1) < 3 || tokens[end - 1]!.text === '?' || tokens[s.endToken - 1]!.text === '?') return null;
  for (let i = colon + 1; i < end; i++) if (taken[i] === 1) return null;
  if (!isSourceLabel(doc, tokens, first, colon)) return null;
  // `Mayor at Council:`: the cue runs from the preposition, so the speaker is the subject before it.
  let cueFirst = colon;
  for (let i = colon - 1; i > first; i--) if (tokens[i]!.pos === 'ADP' || tokens[i]!.lower === 'to') cueFirst = i;
  const lemma = tokens.slice(cueFirst, colon + 1).map((w) => w.lower).join(' ');
  return { first: colon + 1, end, cue: { first: cueFirst, end: colon + 1, lemma, kind: 'speech' }, rule: 'headline-cue' };
}

/** A label that can name a source: capitalised first word, not an article; no kicker word, verb, pronoun, conjunction or comma; prepositions of a statement's setting only; capitals only in an acronym. */
function isSourceLabel(doc: Document, tokens: readonly Token[], first: number, end: number): boolean {
  const head = tokens[first]!;
  if (!/^\p{Lu}/u.test(head.text) && !/^\d/u.test(head.text)) return false;
  if (head.pos === 'DET' || HEADLINE_LABEL_ARTICLES.has(head.lower)) return false;
  // `FIX IS IN:`: words in capitals are a kicker (a one-word acronym, `AP:`, may be a source).
  if (end - first > 1 && inCapitals(tokens, first, end)) return false;
  for (let i = first; i < end; i++) {
    const w = tokens[i]!;
    if (HEADLINE_KICKERS.has(w.lower) || NOT_SPEAKER_LABELS.has(w.lower)) return false;
    // `Mayor at Council:`, `Senator on Levee:`, `Mayor to Voters:`: a statement's place, topic or hearers; not `Big Win For …`.
    if (w.pos === 'ADP' || w.lower === 'to') {
      if (!HEADLINE_LABEL_PREPOSITIONS.has(w.lower)) return false;
      continue;
    }
    if (w.pos === 'CCONJ' || w.text === ',' || (w.text === w.lower && HEADLINE_NOT_IN_SUBJECT.has(w.pos) && !POSSESSIVE.test(w.text))) return false;
    if (w.text.length > MAX_ACRONYM && w.text === w.text.toUpperCase() && /\p{Lu}/u.test(w.text)) return false;
    if (w.text === '?' || w.text === '!' || quotedSpanAt(doc, i) >= 0) return false;
  }
  return true;
}

/**
 * `Mayor Accused Of Hiding Audit`, `Old emails now deemed classified`: a passive judgement with its
 * auxiliary dropped. No source: the subject and the judgement are two parts of the content (rule
 * `sourceless-passive`, as in prose: rules/sourceless-attributions.ts).
 */
function passiveIn(doc: Document, tokens: readonly Token[], s: Sentence, taken: Uint8Array): ReportedClause[] {
  let end = s.endToken;
  while (end > s.firstToken && HEADLINE_TRAILING.has(tokens[end - 1]!.text)) end--;
  for (let k = s.firstToken + 1; k < end - 1; k++) {
    const frame = HEADLINE_PASSIVE_CUES.get(tokens[k]!.lower);
    if (!frame || taken[k] === 1 || quotedSpanAt(doc, k) >= 0) continue;
    const particle = frame.size > 0 ? 1 : 0;
    if (particle === 1 && !frame.has(tokens[k + 1]!.lower)) continue;
    const cueFirst = HEADLINE_CUE_ADVERBS.has(tokens[k - 1]!.lower) ? k - 1 : k;
    const subjectFirst = firstBreakBefore(tokens, s.firstToken, cueFirst);
    if (cueFirst - subjectFirst < 1 || cueFirst - subjectFirst > MAX_SUBJECT_WORDS || !isSubject(tokens, subjectFirst, cueFirst, null)) return [];
    const first = k + 1 + particle;
    if (end - first < 1) return [];
    for (let i = subjectFirst; i < end; i++) if (taken[i] === 1) return [];
    const cue = { first: cueFirst, end: first, lemma: tokens[k]!.lemma, kind: 'belief' as const };
    return [
      { first: subjectFirst, end: cueFirst, cue, rule: 'sourceless-passive' },
      { first, end, cue, rule: 'sourceless-passive' },
    ];
  }
  return [];
}

/** The start of the part of the headline [first, end) that ends at `end`: after its last part break. */
function firstBreakBefore(tokens: readonly Token[], first: number, end: number): number {
  for (let i = end - 1; i >= first; i--) if (HEADLINE_PART_BREAKS.has(tokens[i]!.text)) return i + 1;
  return first;
}

/**
 * `Le Pen Backs Rival And Denounces Mayor`, `Mayor slams plan, praises council`: a second cue word after `and` or a comma ends the first content
 * and opens a content of its own (the same subject).
 */
function coordinated(doc: Document, tokens: readonly Token[], clause: ReportedClause): ReportedClause[] {
  for (let j = clause.first + 1; j + 2 < clause.end; j++) {
    if ((tokens[j]!.lower !== 'and' && tokens[j]!.text !== ',') || quotedSpanAt(doc, j) >= 0) continue;
    const k = j + 1;
    const w = tokens[k]!;
    if (!HEADLINE_CUE_WORDS.has(w.lower) || !isCueWord(tokens, j, k) || HEADLINE_CUES_BEFORE.has(w.lower)) continue;
    let first = k + 1;
    if (HEADLINE_CUE_PARTICLES.has(tokens[first]!.lower) && first + 1 < clause.end) first++;
    const second = { first, end: clause.end, cue: { first: k, end: first, lemma: tokens.slice(k, first).map((t) => t.lower).join(' '), kind: 'speech' as const }, rule: 'headline-cue' as const };
    return [{ ...clause, end: j }, second];
  }
  return [clause];
}

/** `attendants'`: an apostrophe right after a word in `s` (a plural possessive, not a quote mark). */
function isPluralPossessive(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!;
  const before = tokens[i - 1];
  return (w.text === "'" || w.text === '’') && before !== undefined && before.end === w.start && before.lower.endsWith('s');
}

/** The first part break in [first, end), or `end`. */
function firstBreak(tokens: readonly Token[], first: number, end: number): number {
  for (let i = first; i < end; i++) if (HEADLINE_PART_BREAKS.has(tokens[i]!.text)) return i;
  return end;
}

/** A cue word at `k`: a present form, or a past form after a cue adverb (`Just Said`); a word that is also a noun not before another lower-case word. */
function isCueWord(tokens: readonly Token[], partStart: number, k: number, sentenceFirst = partStart): boolean {
  const t = tokens[k]!;
  const adverb = k - 1 > partStart && HEADLINE_CUE_ADVERBS.has(tokens[k - 1]!.lower);
  if (!HEADLINE_CUE_WORDS.has(t.lower) && !(adverb && HEADLINE_PAST_CUE_WORDS.has(t.lower))) return false;
  // `Clinton’s Attacks On …`: after a possessive the word is a noun.
  if (HEADLINE_NOUN_LIKE_CUES.has(t.lower) && k > 0 && POSSESSIVE.test(tokens[k - 1]!.text)) return false;
  // `roll call vote`, `RNC rules clash erupts`: a lower-case noun-like cue word before another lower-case word is a compound.
  const next = tokens[k + 1];
  if (HEADLINE_NOUN_LIKE_CUES.has(t.lower) && t.text === t.lower && next !== undefined && next.text === next.lower && /^\p{L}/u.test(next.text) && next.pos !== 'ADP' && next.pos !== 'DET') {
    return opensVerbContent(tokens, k + 1) || (k - 1 > sentenceFirst && isName(tokens[k - 1]!));
  }
  return true;
}

/** A capitalised name the tagger reads as one (`Trump`); not the headline's first word, capitalised anyway. */
function isName(w: Token): boolean {
  return w.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(w.text);
}

/**
 * `pledges to expand`, `promise they will`: after a noun-like cue word, an infinitive or a
 * subject pronoun opens a clause, so the word is the verb (no compound noun goes on that way).
 */
function opensVerbContent(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!;
  if (w.pos === 'PRON' && HEADLINE_SUBJECT_PRONOUNS.has(w.lower)) return true;
  return w.lower === 'to' && tokens[i + 1]?.pos === 'VERB';
}

/**
 * Words that can be a headline's subject: a noun phrase with no quote marks and no lower-case
 * verb of its own; before a plural verb form (`Rip`, `blast`) a plural or
 * coordinated subject (`Black Lawmakers`, `Trump, Ryan`); any subject before `to` (`cue` null).
 */
function isSubject(tokens: readonly Token[], first: number, end: number, cue: Token | null): boolean {
  for (let i = first; i < end; i++) {
    const w = tokens[i]!;
    if (w.pos === 'PUNCT' && w.text !== '.' && w.text !== '-' && !isPluralPossessive(tokens, i)) return false;
    if (w.text === w.lower && HEADLINE_NOT_IN_SUBJECT.has(w.pos) && !POSSESSIVE.test(w.text)) return false;
  }
  const last = tokens[end - 1]!;
  if (last.pos === 'DET' || last.pos === 'ADP') return false;
  if (cue === null || cue.lower.endsWith('s') || HEADLINE_PAST_CUE_WORDS.has(cue.lower)) return true;
  return /[^s']s$/u.test(last.lower) || tokens.slice(first, end).some((w) => w.lower === 'and' || w.text === ',');
}
