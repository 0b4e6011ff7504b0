import type { Document } from '../document.js';
import { attributedBy, cloneDraft, inheritedFrom, withCopies, type QuoteDraft } from '../draft.js';
import type { Cue } from '../types.js';
import { attributionAtVerb } from '../rules/quote-cue.js';
import type { SpeakerAtCue } from '../rules/speaker-at-cue.js';
import { clauseStart, sentenceStart } from '../layers/clauses.js';
import { cueAt, cueSpan } from '../layers/cues.js';
import { tokenAtOrAfter } from '../layers/tokens.js';

/** Paragraphs a floating quote may look back for the conversation it continues. */
const FLOATING_PARAGRAPHS = 1;
/** Bounds on that look-back, so that a huge paragraph costs linear time. */
const FLOATING_LOOK_BACK = 50;
const FLOATING_LOOK_BACK_TOKENS = 400;

type Attribution = { attribution: SpeakerAtCue; cue: Cue; at: number };

/**
 * A direct quote that no cue attributed continues the conversation: the nearest attribution
 * before it, in its paragraph or the one before (an earlier quote's speaker, or `he added`
 * after a partial quote). Drafts nested in a quote are the speaker's words, not attributions.
 * Runs after the cue and fragment stages; returns copies of the drafts it attributes, filled in
 * order so that a run of floating quotes continues one turn.
 */
export function attributeFloatingQuotes(doc: Document, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const copies = new Map<QuoteDraft, QuoteDraft>();
  // In document order; an attributed draft's copy takes its place, for the drafts after it.
  const ordered = [...drafts].sort((a, b) => a.start - b.start || a.end - b.end);
  const inQuote = quotedTokens(doc, ordered);
  ordered.forEach((d, at) => {
    if (d.speaker || d.type !== 'direct') return;
    const previous = previousAttributedDraft(doc, ordered, at, inQuote);
    const cue = nearestAttribution(doc, d, inQuote);
    // A reported clause inside the sentence of the main attribution ("asked Mr. Manafort,
    // referring to what he calls …") does not outrank that attribution.
    let change: Partial<QuoteDraft> | null = null;
    if (cue && (!previous || cue.at > Math.max(previous.outerEnd, attributedAt(previous)) || inCueSentence(cue, previous))) {
      change = { speaker: cue.attribution.speaker, addressee: cue.attribution.addressee, cue: cue.cue, ...attributedBy(d, 'floating-previous-attribution') };
    } else if (previous) {
      change = inheritedFrom(d, previous, 'floating-previous-speaker');
    }
    if (!change) return;
    const copy = Object.assign(cloneDraft(d), change);
    copies.set(d, copy);
    ordered[at] = copy;
  });
  return withCopies(drafts, copies);
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

/** The nearest speech cue with a speaker before draft `d`, outside quotes, back to the previous paragraph. */
function nearestAttribution(doc: Document, d: QuoteDraft, inQuote: Uint8Array): (Attribution & { sentenceStart: number }) | null {
  const { tokens } = doc;
  const from = tokenAtOrAfter(doc, d.outerStart) - 1;
  for (let i = from; i >= 0 && from - i <= FLOATING_LOOK_BACK_TOKENS; i--) {
    const t = tokens[i]!;
    if (d.paragraph - t.paragraph > FLOATING_PARAGRAPHS) break;
    if (inQuote[t.index] === 1 || !attributionAt(doc, i)) continue;
    // The nearest sentence with an attribution; in it, the first cue is the main one, the
    // later ones report content ("Carter said that some critics had been predicting …",
    // "Jealous said, suggesting that …").
    const first = sentenceStart(doc, i);
    for (let j = first; j <= i; j++) {
      if (inQuote[tokens[j]!.index] === 1) continue;
      const found = attributionAt(doc, j);
      if (found) return { ...found, sentenceStart: tokens[first]!.start };
    }
  }
  return null;
}

/** The attribution at a speech verb at token i (not a negated one: `He didn't suggest retaliation` reports nothing). */
function attributionAt(doc: Document, i: number): Attribution | null {
  const t = doc.tokens[i]!;
  const cue = cueAt(doc, i);
  if (cue === null || (t.pos !== 'VERB' && t.pos !== 'AUX') || cue.negated) return null;
  const found = attributionAtVerb(doc, { first: i, end: cue.end }, clauseStart(doc, i, 60));
  if (!found) return null;
  return { attribution: found.attribution, cue: cueSpan(doc, i, cue.end, cue.lemma), at: t.end };
}
