import type { AnalyzedText, Token } from '../document.js';
import type { QuoteDraft } from '../draft.js';
import { CUE_INTERVENING_WORDS } from '../data/speech-verbs.js';
import {
  clauseEnd,
  clauseStart,
  findSpeakerAtCue,
  isAccordingTo,
  isDash,
  isQuoteMarkToken,
  speechVerbLemma,
  type SpeakerAtCue,
} from './find-speaker-at-cue.js';
import { mentionStartingAt } from './find-speaker-mentions.js';

/** Where the attribution of a direct quote stands. */
export type CueLayout = 'trailing' | 'trailing-dash' | 'leading' | 'leading-clause' | 'paragraph-colon' | 'participle';

export interface QuoteCue {
  layout: CueLayout;
  /** Tokens [first, end) of the cue. */
  cueTokens: { first: number; end: number };
  lemma: string;
  attribution: SpeakerAtCue | null;
  /** The cue stands right next to the quote (`“…,” he said` / `Bolton said: “…”`). */
  adjacent: boolean;
}

const INTERVENING = new Set(CUE_INTERVENING_WORDS);
/** A trailing attribution's verb is close to the quote: `“…,” White House press secretary Josh Earnest said`. */
const MAX_TRAILING_SUBJECT_TOKENS = 30;
/** Tokens allowed between a leading cue and the quote: `Bolton said in an interview with the AP on Tuesday:`. */
const MAX_LEADING_GAP = 12;

/** First token that starts at or after `offset`. */
export function tokenAtOrAfter(doc: AnalyzedText, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds the cue of a direct quote and who speaks at it, trying in turn: a trailing
 * attribution (`“…,” he said.`, `“…,” said Bolton.`, `“…” — Bolton`, `“…,” according to
 * a senior official`), a leading one (`Bolton told the AP: “…”`, `As Bolton put it, “…”`,
 * `“…,” he said, adding: “…”`), and a paragraph that ends `Bolton said:` before the quote's
 * paragraph.
 */
export function findQuoteCue(doc: AnalyzedText, draft: QuoteDraft): QuoteCue | null {
  return trailingCue(doc, draft) ?? leadingCue(doc, draft) ?? paragraphColonCue(doc, draft);
}

function trailingCue(doc: AnalyzedText, draft: QuoteDraft): QuoteCue | null {
  const { tokens } = doc;
  let k = tokenAtOrAfter(doc, draft.outerEnd);
  const first = tokens[k];
  if (!first || first.paragraph !== draft.paragraph) return null;
  // `“…” — Bolton` at the end of a paragraph: the dash is the cue.
  if (isDash(first)) {
    const mention = mentionStartingAt(doc, k + 1, clauseEnd(doc, k + 1));
    const end = mention ? clauseEnd(doc, mention.end) : -1;
    if (mention && mention.pronoun === null && (end === mention.end || tokens[mention.end]?.text === ',')) {
      const attribution = findSpeakerAtCue(doc, { first: k, end: k + 1 });
      if (attribution) return { layout: 'trailing-dash', cueTokens: { first: k, end: k + 1 }, lemma: '—', attribution, adjacent: true };
    }
    return null;
  }
  while (tokens[k] && tokens[k]!.paragraph === draft.paragraph && (tokens[k]!.text === ',' || isDash(tokens[k]!))) k++;
  const end = clauseEnd(doc, k, MAX_TRAILING_SUBJECT_TOKENS + 6);
  for (let v = k; v < end && v - k <= MAX_TRAILING_SUBJECT_TOKENS; v++) {
    const t = tokens[v]!;
    const according = isAccordingTo(doc, v);
    const lemma = according ? 'according to' : speechVerbLemma(t);
    if (lemma === null || !isVerbLike(doc, t, according)) continue;
    const cueTokens = { first: v, end: according ? v + 2 : v + 1 };
    const attribution = findSpeakerAtCue(doc, cueTokens);
    if (!attribution) {
      // `“…,” he said, adding` : the first speech verb decides; a bare verb with no speaker ends the search.
      return null;
    }
    // The subject must start the clause (`“…,” Bolton said`), or the verb must (`“…,” said Bolton`).
    if (attribution.side === 'before' && attribution.speakerTokens.first !== k) return null;
    if (attribution.side === 'after' && !onlyInterveningBetween(tokens, k, v)) return null;
    return { layout: 'trailing', cueTokens, lemma, attribution, adjacent: true };
  }
  return null;
}

function leadingCue(doc: AnalyzedText, draft: QuoteDraft): QuoteCue | null {
  const { tokens } = doc;
  const last = tokenAtOrAfter(doc, draft.outerStart) - 1;
  const lastToken = tokens[last];
  if (!lastToken || lastToken.paragraph !== draft.paragraph) return null;
  // A quote that opens a new sentence has no leading cue in its own sentence.
  if (isQuoteMarkToken(lastToken) || /^[.!?;]$/u.test(lastToken.text)) return null;
  return leadingCueBefore(doc, last, 'leading');
}

/** A cue in the clause that ends with token `last` (just before a quote). */
function leadingCueBefore(doc: AnalyzedText, last: number, layout: 'leading' | 'paragraph-colon'): QuoteCue | null {
  const { tokens } = doc;
  const floor = clauseStart(doc, last, 60);
  for (let v = last; v >= floor; v--) {
    const t = tokens[v]!;
    const according = isAccordingTo(doc, v);
    const lemma = according ? 'according to' : speechVerbLemma(t);
    if (lemma === null || !isVerbLike(doc, t, according)) continue;
    const cueTokens = { first: v, end: according ? v + 2 : v + 1 };
    const gap = tokens.slice(cueTokens.end, last + 1);
    const adjacent = gap.length <= MAX_LEADING_GAP && !gap.some((g) => g.pos === 'VERB' || g.pos === 'AUX');
    let attribution = findSpeakerAtCue(doc, cueTokens);
    let kind: CueLayout = adjacent ? layout : 'leading-clause';
    // `…, he said, adding: “…”` / `Blige sings to Clinton before asking her, “…”`: a
    // participle's subject is its clause's, found at an earlier verb.
    if (!attribution && /ing$/u.test(t.lower)) {
      for (let u = v - 1; u >= floor && !attribution; u--) {
        if (tokens[u]!.pos !== 'VERB' && tokens[u]!.pos !== 'AUX') continue;
        attribution = findSpeakerAtCue(doc, { first: u, end: u + 1 });
        if (attribution?.side === 'after') attribution = null;
      }
      if (attribution) kind = 'participle';
    }
    if (!attribution) return null;
    return { layout: kind, cueTokens, lemma, attribution, adjacent };
  }
  return null;
}

/** `Bolton said:` ends the paragraph before a paragraph that opens with the quote. */
function paragraphColonCue(doc: AnalyzedText, draft: QuoteDraft): QuoteCue | null {
  const paragraph = doc.paragraphs[draft.paragraph];
  if (!paragraph || draft.outerStart !== paragraph.start || draft.paragraph === 0) return null;
  const colon = tokenAtOrAfter(doc, paragraph.start) - 1;
  const t = doc.tokens[colon];
  if (!t || t.text !== ':' || t.paragraph !== draft.paragraph - 1) return null;
  return leadingCueBefore(doc, colon, 'paragraph-colon');
}

function isVerbLike(doc: AnalyzedText, t: Token, according: boolean): boolean {
  if (according) return true;
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  // wink now and then tags a verb after its subject as a noun ("she tweets", "Trump tweets").
  const prev = doc.tokens[t.index - 1];
  return t.pos === 'NOUN' && /(ed|s)$/u.test(t.lower) && prev !== undefined && (prev.pos === 'PRON' || prev.pos === 'PROPN');
}

function onlyInterveningBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!INTERVENING.has(tokens[i]!.lower)) return false;
  return true;
}
