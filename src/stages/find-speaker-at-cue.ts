import type { AnalyzedText, Token } from '../document.js';
import type { QuoteSpeaker, Span } from '../types.js';
import { QUOTE_MARK_CHARS } from '../data/quote-marks.js';
import { SPEECH_VERB_FORMS } from '../data/lexicon.generated.js';
import { ADDRESSEE_VERB_LEMMAS, CUE_INTERVENING_WORDS, PHRASAL_CUE_PARTICLES, PHRASAL_VERB_FORMS, SPEECH_VERB_LEMMAS } from '../data/speech-verbs.js';
import { POSSESSIVE_DETERMINERS } from '../data/pronouns.js';
import { DOCUMENT_NOUNS, TIME_WORDS } from '../data/source-nouns.js';
import { isCapitalized, mentionEndingAt, mentionStartingAt, type Mention } from './find-speaker-mentions.js';

/** Who speaks at a cue, as found in the tokens around it. */
export interface SpeakerAtCue {
  /** The mention as written; `name` is the name as written (titles removed), not yet resolved across the article. */
  speaker: QuoteSpeaker;
  /** Tokens [first, end) of the mention. */
  speakerTokens: { first: number; end: number };
  /** Subject before the cue ("Bolton said") or after it ("said Bolton", "according to a senior official"). */
  side: 'before' | 'after';
  /** Person or organisation spoken to ("told reporters", "told the AP"). */
  addressee: Span | null;
  /** The mention's own details (pronoun, gender) for resolution. */
  mention: Mention;
}

const INTERVENING = new Set(CUE_INTERVENING_WORDS);
/** Prepositions that also open a clause, whose subject may speak: "after Trump said", "as Bolton put it". */
const SUBORDINATORS = new Set(['as', 'but', 'after', 'before', 'since', 'until', 'because', 'while', 'though', 'although', 'if', 'once', 'when', 'than']);
const SPEECH_LEMMAS = new Set(SPEECH_VERB_LEMMAS);
const ADDRESSEE_LEMMAS = new Set(ADDRESSEE_VERB_LEMMAS);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
const DASHES = new Set(['—', '–', '―', '-', '--']);
/** Speech verbs after which "to X" names the addressee ("said to reporters"). */
const TO_ADDRESSEE_LEMMAS = new Set(['say', 'explain', 'write', 'complain', 'speak', 'admit', 'confide', 'boast', 'remark']);

/**
 * Is the token a quote mark? With `tokens`, a single mark right after a word ending in s is
 * taken for a plural possessive (`veterans' families`), not a quote.
 */
export function isQuoteMarkToken(t: Token, tokens?: readonly Token[]): boolean {
  if (t.pos !== 'PUNCT' || !QUOTE_MARK_CHARS.has(t.text[0]!) || /\p{L}/u.test(t.text)) return false;
  if (tokens && (t.text === "'" || t.text === '’')) {
    const prev = tokens[t.index - 1];
    if (prev && prev.end === t.start && /[sS]$/u.test(prev.text)) return false;
  }
  return true;
}

/** Does token i end a clause? The full stop of an abbreviation in a parenthesis does not: "(R-Ky.)". */
function endsClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isQuoteMarkToken(t, tokens)) return true;
  if (!isSentenceEnd(t)) return false;
  const next = tokens[i + 1];
  // "(R-Ky.)", "N.Y.", "R-Ky., said": a full stop glued to what follows belongs to an abbreviation.
  return !(t.text === '.' && next !== undefined && (next.text === ')' || (next.start === t.end && !isQuoteMarkToken(next, tokens))));
}
const isSentenceEnd = (t: Token): boolean => t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';';
export const isDash = (t: Token): boolean => DASHES.has(t.text);

/** Lemma of a speech verb token, or null when the token is not one. */
export function speechVerbLemma(t: Token): string | null {
  if (t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'ADP') return null;
  const lemma = SPEECH_VERB_FORMS.get(t.lower) ?? (SPEECH_LEMMAS.has(t.lemma) ? t.lemma : null);
  return lemma;
}

/** Is `according to` at token i? */
export function isAccordingTo(doc: AnalyzedText, i: number): boolean {
  return doc.tokens[i]?.lower === 'according' && doc.tokens[i + 1]?.lower === 'to';
}

/**
 * The reporting cue that starts at token i: `according to`, a verb with its particle
 * (`shot back`, `went on`) or a speech verb; null if none starts there.
 */
export function cueAt(doc: AnalyzedText, i: number): { end: number; lemma: string } | null {
  const t = doc.tokens[i];
  if (!t) return null;
  if (isAccordingTo(doc, i)) return { end: i + 2, lemma: 'according to' };
  if (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'NOUN') return null;
  const phrasal = PHRASAL_CUE_PARTICLES.has(t.lemma) ? t.lemma : PHRASAL_VERB_FORMS.get(t.lower);
  const particles = phrasal === undefined ? undefined : PHRASAL_CUE_PARTICLES.get(phrasal);
  const next = doc.tokens[i + 1];
  if (particles && next && particles.includes(next.lower) && next.paragraph === t.paragraph) return { end: i + 2, lemma: `${phrasal} ${next.lower}` };
  const lemma = speechVerbLemma(t);
  // "put" reports speech only as "put it" ("As Bolton put it").
  if (lemma === 'put' && next?.lower !== 'it') return null;
  return lemma === null ? null : { end: i + 1, lemma };
}

/** First token of the clause around token i: after a quote mark, a sentence end or the paragraph start. */
export function clauseStart(doc: AnalyzedText, i: number, limit = 40): number {
  const tokens = doc.tokens;
  let f = i;
  while (f - 1 >= 0 && i - f < limit) {
    const t = tokens[f - 1]!;
    if (t.paragraph !== tokens[i]!.paragraph || endsClause(tokens, f - 1)) break;
    f--;
  }
  return f;
}

/**
 * First token of the sentence around token i. Unlike clauseStart, it passes over a partial
 * quote (`is “depleted” and says`), but stops after a quoted utterance that ended with its
 * own punctuation (`“…,” he said`).
 */
export function sentenceStart(doc: AnalyzedText, i: number, limit = 60): number {
  const tokens = doc.tokens;
  let f = i;
  while (f - 1 >= 0 && i - f < limit) {
    const t = tokens[f - 1]!;
    if (t.paragraph !== tokens[i]!.paragraph) break;
    if (isQuoteMarkToken(t, tokens)) {
      const before = tokens[f - 2];
      if (!before || before.paragraph !== t.paragraph || /^[.,!?;:…]$/u.test(before.text) || /[.,!?]$/u.test(before.text)) break;
    } else if (endsClause(tokens, f - 1)) break;
    f--;
  }
  return f;
}

/** End (exclusive) of the clause around token i: before a quote mark, a sentence end or the paragraph end. */
export function clauseEnd(doc: AnalyzedText, i: number, limit = 40): number {
  const tokens = doc.tokens;
  let e = i;
  while (e < tokens.length && e - i < limit) {
    const t = tokens[e]!;
    if (t.paragraph !== tokens[i]!.paragraph || endsClause(tokens, e)) break;
    e++;
  }
  return e;
}

const spanOf = (doc: AnalyzedText, first: number, end: number): Span => {
  const start = doc.tokens[first]!.start;
  const stop = doc.tokens[end - 1]!.end;
  return { text: doc.text.slice(start, stop), start, end: stop };
};

/**
 * Finds who speaks at a reporting cue (tokens [first, end) of `cueTokens`): the subject
 * before it ("Bolton said", "the White House said", "Flynn, a top Trump surrogate, said",
 * "Sen. Mitch McConnell (R-Ky.) said") or the phrase after it ("…, said Bolton",
 * "…, said Hugh Hill, a doctor at St. Mary’s", "according to a senior official"), and the
 * addressee of verbs of telling ("told reporters"). Returns null when no speaker stands
 * next to the cue: a nearby name that is not its subject is never taken.
 */
export function findSpeakerAtCue(doc: AnalyzedText, cueTokens: { first: number; end: number }): SpeakerAtCue | null {
  const { tokens } = doc;
  const cue = tokens[cueTokens.first];
  if (!cue) return null;
  const lemma = cueAt(doc, cueTokens.first)?.lemma ?? cue.lemma;
  const floor = clauseStart(doc, cueTokens.first);
  const ceiling = clauseEnd(doc, Math.max(cueTokens.first, cueTokens.end - 1));

  // "he was formally called", "Bolton was asked": the subject of a passive is spoken to or
  // about; the speaker, if any, follows "by".
  if (isPassive(doc, cueTokens.first, floor)) {
    if (tokens[cueTokens.end]?.lower !== 'by') return null;
    const agent = speakerAfter(doc, cueTokens.end + 1, ceiling, true);
    return agent ? build(doc, agent.mention, agent.descriptors, 'after', null) : null;
  }
  if (lemma !== 'according to') {
    const before = subjectBefore(doc, cueTokens.first, floor);
    if (before) {
      const addressee = ADDRESSEE_LEMMAS.has(lemma) || TO_ADDRESSEE_LEMMAS.has(lemma) ? addresseeAfter(doc, cueTokens.end, ceiling, lemma) : null;
      return build(doc, before.mention, before.descriptors, 'before', addressee);
    }
  }
  // A participle never has its speaker after it: in "telling reporters", reporters are spoken to.
  if (cue.lower.endsWith('ing') && lemma !== 'according to') return null;
  const according = lemma === 'according to';
  // An inverted cue opens its clause (`…, said Bolton`), after a comma, a quote or a dash;
  // after "and" or "to" the phrase that follows is an object (`and criticized the party`).
  if (!according && !opensClause(doc, cueTokens.first, floor)) return null;
  // "told the Reuters news agency": after a verb of telling comes the one spoken to.
  if (TOLD_LEMMAS.has(lemma)) return null;
  const after = speakerAfter(doc, according ? cueTokens.first + 2 : cueTokens.end, ceiling, according);
  if (!after) return null;
  // Only a source follows an inverted cue, never a thing (`explains America’s history`).
  const document = tokens.slice(after.mention.first, after.mention.end).some((w) => w.pos === 'NOUN' && DOCUMENT_NOUNS.has(w.lemma));
  if (!according && after.mention.kind === 'unknown' && after.mention.pronoun === null && !document) return null;
  return build(doc, after.mention, after.descriptors, 'after', null);
}

/** The addressee of a verb of telling at the cue ("telling reporters", "said to the AP"), or null. */
export function addresseeAt(doc: AnalyzedText, cueTokens: { first: number; end: number }): Span | null {
  const cue = doc.tokens[cueTokens.first];
  if (!cue) return null;
  const lemma = cueAt(doc, cueTokens.first)?.lemma ?? cue.lemma;
  if (!ADDRESSEE_LEMMAS.has(lemma) && !TO_ADDRESSEE_LEMMAS.has(lemma)) return null;
  return addresseeAfter(doc, cueTokens.end, clauseEnd(doc, Math.max(cueTokens.first, cueTokens.end - 1)), lemma);
}

function opensClause(doc: AnalyzedText, cue: number, floor: number): boolean {
  let i = cue - 1;
  while (i >= floor && (doc.tokens[i]!.pos === 'ADV' || INTERVENING.has(doc.tokens[i]!.lower)) && doc.tokens[i]!.lower !== 'to') i--;
  const t = doc.tokens[i];
  return i < floor || t === undefined || t.text === ',' || t.text === ';' || isDash(t) || isQuoteMarkToken(t, doc.tokens) || t.paragraph !== doc.tokens[cue]!.paragraph;
}

/** Verbs whose object is never their speaker, even in inverted order. */
const TOLD_LEMMAS = new Set(['tell', 'inform', 'assure', 'remind', 'instruct', 'urge', 'promise', 'email', 'text']);

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

function isPassive(doc: AnalyzedText, cue: number, floor: number): boolean {
  const t = doc.tokens[cue]!;
  if (t.lower.endsWith('ing') || t.lower === t.lemma) return false;
  for (let i = cue - 1; i >= floor; i--) {
    const w = doc.tokens[i]!;
    if (BE_FORMS.has(w.lower)) return true;
    if (w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}

function build(doc: AnalyzedText, mention: Mention, extra: string[], side: 'before' | 'after', addressee: Span | null): SpeakerAtCue {
  const span = spanOf(doc, mention.first, mention.end);
  const descriptors = mention.descriptors.slice();
  for (const d of extra) if (!mention.descriptors.includes(d)) descriptors.push(d);
  const { first, end, kind, name, pronoun, gender } = mention;
  return {
    speaker: { text: span.text, start: span.start, end: span.end, name, kind, descriptors },
    speakerTokens: { first, end },
    side,
    addressee,
    mention: { first, end, kind, name, descriptors, pronoun, gender },
  };
}

/**
 * The subject that ends just before the cue, over adverbs and auxiliaries and up to three
 * asides: a parenthesis ("(R-Ky.)"), an appositive or relative clause (", a top Trump
 * surrogate,", ", who runs the campaign,") kept as descriptors, or a phrase of place, time
 * or manner (", at a later press gaggle,", ", speaking in Ohio,") skipped.
 */
function subjectBefore(doc: AnalyzedText, cueFirst: number, floor: number): { mention: Mention; descriptors: string[] } | null {
  const { tokens } = doc;
  let i = cueFirst - 1;
  while (i >= floor) {
    const t = tokens[i]!;
    // "Braynard is quoted as saying"
    const quotedAs = t.lower === 'as' && tokens[i - 1]?.lower === 'quoted';
    const skippable = INTERVENING.has(t.lower) || quotedAs || t.lower === 'quoted' || (t.pos === 'ADV' && !isCapitalized(t));
    if (skippable && t.pos !== 'NOUN' && t.pos !== 'PROPN') i--;
    // "Wells Fargo just this month announced"
    else if (TIME_WORDS.has(t.lower) && !isCapitalized(t)) i -= tokens[i - 1] && /^(this|last|next|that|each|every)$/u.test(tokens[i - 1]!.lower) ? 2 : 1;
    else break;
  }
  if (i < floor) return null;
  // A participle after a comma belongs to the main clause ("…, calling for his dismissal"):
  // the phrase just before the comma is not its subject.
  if (tokens[cueFirst]!.lower.endsWith('ing') && (tokens[i]!.text === ',' || tokens[i]!.text === ')')) return null;
  const descriptors: string[] = [];
  let nearest: { first: number; end: number } | null = null;
  for (let aside = 0; aside < 3 && i >= floor; aside++) {
    const t = tokens[i]!;
    if (t.text === ')') {
      const open = findBack(tokens, i, floor, '(', 8);
      if (open < 0) return null;
      if (open + 1 < i) descriptors.unshift(spanOf(doc, open + 1, i).text);
      i = open - 1;
    } else if (t.text === ',' && tokens[i - 1]?.text === ')') {
      i--; // "Gov. John Kasich (R-OH), said"
      aside--;
    } else if (t.text === ',') {
      const comma = findBack(tokens, i, floor, ',', 30);
      if (comma < 0 || comma + 1 >= i) return null;
      const inner = tokens[comma + 1]!;
      const participle = inner.pos === 'VERB' && /(ing|ed)$/u.test(inner.lower);
      // A capitalised "verb" is a name the tagger missed (", Josh Earnest,").
      const verb = (inner.pos === 'VERB' || inner.pos === 'AUX') && !isCapitalized(inner);
      // "Htay Oo, its acting chairman, told": a possessive opens an appositive.
      const possessive = POSSESSIVE_DETERMINERS.has(inner.lower);
      if ((verb && !participle) || inner.pos === 'CCONJ' || (inner.pos === 'PRON' && inner.lower !== 'who' && !possessive)) return null;
      const skipped = participle || inner.pos === 'ADP' || inner.pos === 'ADV' || inner.pos === 'SCONJ';
      // An appositive has no verb of its own unless it is a relative clause ("a man who …");
      // "During the speech, Trump attacked Clinton, saying" is a clause, not an aside.
      const segment = tokens.slice(comma + 1, i);
      const relative = segment.some((w) => w.lower === 'who' || w.lower === 'which' || w.lower === 'that');
      const ownSubject = segment.some(
        (w, k) =>
          k > 0 &&
          (w.pos === 'VERB' || w.pos === 'AUX') &&
          !isCapitalized(w) &&
          (segment[k - 1]!.pos === 'PROPN' || (segment[k - 1]!.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(segment[k - 1]!.lower))),
      );
      if (!skipped && !relative && ownSubject) return null;
      if (!skipped) {
        descriptors.unshift(spanOf(doc, comma + 1, i).text);
        nearest = { first: comma + 1, end: i };
      }
      i = comma - 1;
      // A second appositive before this one: "Pruitt, the attorney general of Oklahoma, one of
      // the states suing, said". A phrase opened by a determiner between commas is one.
      const previous = mentionEndingAt(doc, i, floor);
      const opener = previous ? tokens[previous.first]! : undefined;
      if (previous && opener && tokens[previous.first - 1]?.text === ',' && (opener.pos === 'DET' || opener.pos === 'ADJ') && previous.name === null) {
        i = previous.first - 1;
      }
    } else break;
  }
  if (i < floor) return null;
  let mention = mentionEndingAt(doc, i, floor);
  if (!mention) return null;
  // "the White House spokesman, Josh Earnest, said": the role's name stands beside it.
  if (nearest && (mention.name === null || mention.kind === 'organization') && mention.pronoun === null && nearest.end - nearest.first >= 2) {
    const beside = mentionEndingAt(doc, nearest.end - 1, nearest.first);
    if (beside && beside.first === nearest.first && beside.kind === 'person' && beside.name !== null && beside.descriptors.length === 0) {
      mention = { ...mention, name: beside.name, kind: 'person', gender: beside.gender, descriptors: [...mention.descriptors] };
    }
  }
  // "Angelique Brunner, a developer and spokeswoman for the EB-5 Coalition, which …, said":
  // the phrase found is the end of a longer appositive; its head is the name before it.
  if (descriptors.length > 0 && tokens[mention.first - 1]?.pos === 'ADP') {
    const comma = findBack(tokens, mention.first, floor, ',', 30);
    const opener = tokens[comma + 1];
    const named = comma > floor ? mentionEndingAt(doc, comma - 1, floor) : null;
    if (opener && (opener.pos === 'DET' || opener.pos === 'ADJ' || opener.pos === 'NUM' || opener.pos === 'ADV') && named?.kind === 'person' && named.name !== null) {
      descriptors.unshift(spanOf(doc, comma + 1, i + 1).text);
      mention = named;
    }
  }
  // A relative pronoun is the mention as written ("Bolton, who said …"); who it is comes
  // from the phrase before it.
  if (mention.pronoun === 'who' || mention.pronoun === 'which') {
    const comma = tokens[mention.first - 1]?.text === ',' ? mention.first - 1 : mention.first;
    const antecedent = mentionEndingAt(doc, comma - 1, floor);
    if (!antecedent || antecedent.pronoun !== null) return { mention: { ...mention, kind: 'unknown' }, descriptors };
    return {
      mention: { ...mention, name: antecedent.name, kind: antecedent.kind, gender: antecedent.gender, descriptors: antecedent.descriptors },
      descriptors,
    };
  }
  // The object of a preposition is not a subject ("in an interview with the AP said"),
  // except before a gerund: "footage of Trump saying".
  const prev = tokens[mention.first - 1];
  const gerund = tokens[cueFirst]!.lower.endsWith('ing');
  if (prev && mention.first - 1 >= floor && prev.pos === 'ADP' && !SUBORDINATORS.has(prev.lower) && !gerund) return null;
  return { mention, descriptors };
}

/** The speaker after an inverted cue ("said Bolton, the adviser."), valid only where its clause ends. */
function speakerAfter(doc: AnalyzedText, first: number, ceiling: number, according: boolean): { mention: Mention; descriptors: string[] } | null {
  const { tokens } = doc;
  const mention = mentionStartingAt(doc, first, ceiling);
  if (!mention) return null;
  const descriptors: string[] = [];
  let next = mention.end;
  if (tokens[next]?.text === '(') {
    const close = findForward(tokens, next, ceiling, ')', 8);
    if (close > next + 1) {
      descriptors.push(spanOf(doc, next + 1, close).text);
      next = close + 1;
    }
  }
  while (tokens[next]?.pos === 'ADV' && next < ceiling) next++;
  const after = tokens[next];
  // "said the talks failed": the phrase is the subject of reported content, not the speaker.
  if (!according && after && next < ceiling && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'PART' || (after.pos === 'PRON' && after.lower !== 'who'))) return null;
  if (after?.text === ',' && next + 1 < ceiling) {
    const inner = tokens[next + 1]!;
    if (inner.pos === 'DET' || inner.pos === 'ADJ' || inner.pos === 'NOUN' || inner.pos === 'PROPN' || inner.pos === 'NUM') {
      let e = next + 1;
      while (e < ceiling && tokens[e]!.text !== ',' && e - next < 30) e++;
      descriptors.push(spanOf(doc, next + 1, e).text);
    }
  }
  return { mention, descriptors };
}

function addresseeAfter(doc: AnalyzedText, first: number, ceiling: number, lemma: string): Span | null {
  const { tokens } = doc;
  let i = first;
  if (TO_ADDRESSEE_LEMMAS.has(lemma)) {
    if (tokens[i]?.lower !== 'to') return null;
    i++;
  }
  const t = tokens[i];
  if (!t || i >= ceiling) return null;
  if (t.pos === 'PRON' && OBJECT_PRONOUNS.has(t.lower)) return spanOf(doc, i, i + 1);
  const mention = mentionStartingAt(doc, i, ceiling);
  if (!mention || mention.pronoun !== null) return null;
  return spanOf(doc, mention.first, mention.end);
}

function findBack(tokens: readonly Token[], from: number, floor: number, text: string, limit: number): number {
  for (let j = from - 1; j >= floor && from - j <= limit; j--) {
    if (tokens[j]!.text === text) return j;
    if (isQuoteMarkToken(tokens[j]!, tokens)) return -1;
  }
  return -1;
}

function findForward(tokens: readonly Token[], from: number, ceiling: number, text: string, limit: number): number {
  for (let j = from + 1; j < ceiling && j - from <= limit; j++) if (tokens[j]!.text === text) return j;
  return -1;
}
