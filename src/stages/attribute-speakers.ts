import type { Document } from '../document.js';
import { copyDrafts, type QuoteDraft } from '../draft.js';
import type { Cue } from '../types.js';
import { RESPONSE_CUE_LEMMAS } from '../data/speech-verbs.js';
import { attributionAtVerb, findQuoteCue } from '../rules/quote-cue.js';
import { attributedConfidence, UNATTRIBUTED_CONFIDENCE, type AttributionRuleId, type RuleId } from '../rules/catalogue.js';
import type { SpeakerAtCue } from '../rules/speaker-at-cue.js';
import { clauseStart, sentenceStart } from '../layers/clauses.js';
import { cueAt } from '../layers/cues.js';
import { tokenAtOrAfter } from '../layers/tokens.js';

const RESPONSES = new Set(RESPONSE_CUE_LEMMAS);

/** Paragraphs a floating quote may look back for the conversation it continues. */
const FLOATING_PARAGRAPHS = 1;
/** Bounds on that look-back, so that a huge paragraph costs linear time. */
const FLOATING_LOOK_BACK = 50;
const FLOATING_LOOK_BACK_TOKENS = 400;

/**
 * Fills speaker, cue, addressee, confidence and rule of each draft: finds the cue of each
 * direct quote (trailing, leading, inside, a paragraph ending `Bolton said:`), the speaker
 * around every cue (also the cues the indirect-quote stage found), gives fragments of one
 * utterance one speaker, lets a floating quote continue the previous speaker's turn, then
 * resolves names and pronouns across the article.
 */
export function attributeSpeakers(doc: Document, input: readonly QuoteDraft[]): QuoteDraft[] {
  // The stage works on its own copies and returns them (an earlier stage's drafts stay as they were).
  const drafts = copyDrafts(input);
  const ordered = [...drafts].sort((a, b) => a.start - b.start || a.end - b.end);
  const inQuote = quotedTokens(doc, ordered);
  for (const d of ordered) attributeDraft(doc, d);
  shareUtteranceSpeakers(ordered);
  continueConversations(doc, ordered, inQuote);
  return drafts;
}

/** Tokens inside quote marks: the speaker's words, never attributions or antecedents. */
function quotedTokens(doc: Document, ordered: readonly QuoteDraft[]): Uint8Array {
  const quoted = ordered.filter((d) => d.type === 'direct' || d.type === 'other');
  const inQuote = new Uint8Array(doc.tokens.length);
  for (const q of quoted) {
    for (let i = tokenAtOrAfter(doc, q.outerStart); i < doc.tokens.length && doc.tokens[i]!.end <= q.outerEnd; i++) inQuote[i] = 1;
  }
  return inQuote;
}

/** The speaker at a draft's own cue: the clause's cue, or the cue found around a quote. */
function attributeDraft(doc: Document, d: QuoteDraft): void {
  d.confidence = d.speechLike ? UNATTRIBUTED_CONFIDENCE.speech : UNATTRIBUTED_CONFIDENCE.nonSpeech;
  if (d.cueTokens) {
    attributeAtCue(doc, d);
    return;
  }
  if (d.type !== 'direct' && d.type !== 'other') return;
  const cue = findQuoteCue(doc, d);
  if (!cue || !cue.attribution) return;
  // A short quote that did not look like speech is speech when an explicit cue stands next to it.
  if (d.type === 'other') {
    if (!cue.adjacent || (cue.layout !== 'trailing' && cue.layout !== 'leading') || !opensSentence(doc, d)) return;
    d.type = 'direct';
    d.speechLike = true;
  }
  const first = doc.tokens[cue.cueTokens.first]!;
  const last = doc.tokens[cue.cueTokens.end - 1]!;
  // The verb of a narrative subject is not a reporting cue.
  const reported = cue.layout !== 'narrative-subject';
  d.cueTokens = reported ? cue.cueTokens : null;
  d.cue = reported ? { text: doc.text.slice(first.start, last.end), start: first.start, end: last.end, lemma: cue.lemma } : null;
  d.speaker = cue.attribution.speaker;
  d.addressee = cue.attribution.addressee;
  applyRule(d, cue.layout);
}

/** Fragments of one utterance share their speaker, in either direction. */
function shareUtteranceSpeakers(ordered: readonly QuoteDraft[]): void {
  for (const d of ordered) {
    if (d.speaker || !d.continues?.speaker) continue;
    inherit(d, d.continues, 'continued-utterance');
  }
  for (const d of [...ordered].reverse()) {
    const first = d.continues;
    if (!first || first.speaker || !d.speaker || RESPONSES.has(d.cue?.lemma ?? '')) continue;
    inherit(first, d, 'continued-utterance');
  }
}

/**
 * A quote with no cue continues the conversation: the nearest attribution before it, in
 * its paragraph or the one before (an earlier quote's speaker, or `he added` after a
 * partial quote). Drafts nested in a quote are the speaker's words, not attributions.
 */
function continueConversations(doc: Document, ordered: readonly QuoteDraft[], inQuote: Uint8Array): void {
  ordered.forEach((d, at) => {
    if (d.speaker || d.type !== 'direct') return;
    const previous = previousAttributedDraft(doc, ordered, at, inQuote);
    const cue = nearestAttribution(doc, d, (i) => inQuote[i] === 1);
    // A reported clause inside the sentence of the main attribution ("asked Mr. Manafort,
    // referring to what he calls …") does not outrank that attribution.
    if (cue && (!previous || cue.at > Math.max(previous.outerEnd, attributedAt(previous)) || inCueSentence(cue, previous))) {
      d.speaker = cue.attribution.speaker;
      d.addressee = cue.attribution.addressee;
      d.cue = cue.cue;
      applyRule(d, 'floating-previous-attribution');
    } else if (previous) {
      inherit(d, previous, 'floating-previous-speaker');
    }
  });
}

/** The latest earlier attributed draft before `ordered[at]`, looking back a bounded way (news turns are short). */
function previousAttributedDraft(doc: Document, ordered: readonly QuoteDraft[], at: number, inQuote: Uint8Array): QuoteDraft | null {
  const d = ordered[at]!;
  let previous: QuoteDraft | null = null;
  for (let j = at - 1; j >= 0 && at - j <= FLOATING_LOOK_BACK; j--) {
    const p = ordered[j]!;
    if (d.paragraph - p.paragraph > FLOATING_PARAGRAPHS) break;
    if (!p.speaker || p.type === 'other' || p.outerEnd > d.outerStart || attributedAt(p) > d.outerStart || isNested(doc, inQuote, p)) continue;
    if (!previous || p.outerEnd > previous.outerEnd) previous = p;
  }
  return previous;
}

/** Is draft `d`, a reported clause, nested in a quote (the speaker's words, not an attribution)? */
function isNested(doc: Document, inQuote: Uint8Array, d: QuoteDraft): boolean {
  return d.type !== 'direct' && d.type !== 'other' && (inQuote[tokenIn(doc, d.start)] === 1 || inQuote[tokenIn(doc, d.end - 1)] === 1);
}

function tokenIn(doc: Document, offset: number): number {
  return Math.min(tokenAtOrAfter(doc, offset), doc.tokens.length - 1);
}

/** Where a draft's attribution stands: its cue or speaker, whichever is later. */
function attributedAt(p: QuoteDraft): number {
  return Math.max(p.cue?.end ?? 0, p.speaker?.end ?? 0);
}

function inCueSentence(cue: { at: number; sentenceStart: number }, p: QuoteDraft): boolean {
  return p.type !== 'direct' && (attributedAt(p) >= cue.sentenceStart || cue.at >= attributedAt(p));
}

function attributeAtCue(doc: Document, d: QuoteDraft): void {
  const cueTokens = d.cueTokens!;
  const first = doc.tokens[cueTokens.first];
  const last = doc.tokens[cueTokens.end - 1];
  if (!first || !last) return;
  if (!d.cue) {
    const lemma = cueAt(doc, cueTokens.first)?.lemma ?? first.lemma;
    d.cue = { text: doc.text.slice(first.start, last.end), start: first.start, end: last.end, lemma };
  }
  // A participle or second verb takes its clause's subject ("…, saying that …").
  const found = attributionAtVerb(doc, cueTokens, clauseStart(doc, cueTokens.first, 60));
  if (!found) return;
  const at = found.attribution;
  d.speaker = at.speaker;
  d.addressee = at.addressee;
  applyRule(d, found.inherited ? 'speaker-clause-subject' : at.side === 'before' ? 'speaker-before' : 'speaker-after');
}

/** The nearest speech cue with a speaker before draft `d`, outside quotes, back to the previous paragraph. */
function nearestAttribution(
  doc: Document,
  d: QuoteDraft,
  inQuote: (token: number) => boolean,
): { attribution: SpeakerAtCue; cue: Cue; at: number; sentenceStart: number } | null {
  const { tokens } = doc;
  const from = tokenAtOrAfter(doc, d.outerStart) - 1;
  for (let i = from; i >= 0 && from - i <= FLOATING_LOOK_BACK_TOKENS; i--) {
    const t = tokens[i]!;
    if (d.paragraph - t.paragraph > FLOATING_PARAGRAPHS) break;
    if (inQuote(t.index) || !attributionAt(doc, i)) continue;
    // The nearest sentence with an attribution; in it, the first cue is the main one, the
    // later ones report content ("Carter said that some critics had been predicting …",
    // "Jealous said, suggesting that …").
    const first = sentenceStart(doc, i);
    for (let j = first; j <= i; j++) {
      if (inQuote(tokens[j]!.index)) continue;
      const found = attributionAt(doc, j);
      if (found) return { ...found, sentenceStart: tokens[first]!.start };
    }
  }
  return null;
}

function attributionAt(doc: Document, i: number): { attribution: SpeakerAtCue; cue: Cue; at: number } | null {
  const t = doc.tokens[i]!;
  const cue = cueAt(doc, i);
  if (cue === null || (t.pos !== 'VERB' && t.pos !== 'AUX')) return null;
  // "He didn't suggest retaliation" reports nothing.
  if (cue.negated) return null;
  const found = attributionAtVerb(doc, { first: i, end: cue.end }, clauseStart(doc, i, 60));
  if (!found) return null;
  const last = doc.tokens[cue.end - 1]!;
  return { attribution: found.attribution, cue: { text: doc.text.slice(t.start, last.end), start: t.start, end: last.end, lemma: cue.lemma }, at: t.end };
}

/**
 * Records that `attribution` attributed draft `d`: its rule, and the confidence the catalogue
 * gives the two rules together. A fragment or a continued turn is at most as sure as the
 * draft it takes its speaker from.
 */
function applyRule(d: QuoteDraft, attribution: AttributionRuleId, cap = 1): void {
  d.confidence = Math.min(attributedConfidence(d.rule, attribution), cap);
  d.rule = `${d.rule}+${attribution}` as RuleId;
}

function inherit(d: QuoteDraft, from: QuoteDraft, rule: AttributionRuleId): void {
  const s = from.speaker!;
  d.speaker = { ...s, descriptors: [...s.descriptors] };
  // Copies: no two records share a cue or an addressee object.
  d.cue = from.cue ? { ...from.cue } : null;
  d.addressee = from.addressee ? { ...from.addressee } : null;
  applyRule(d, rule, from.confidence);
}

function opensSentence(doc: Document, d: QuoteDraft): boolean {
  const before = doc.text.slice(doc.paragraphs[d.paragraph]?.start ?? 0, d.outerStart).trimEnd();
  return before === '' || /[.!?:”"]$/u.test(before);
}
