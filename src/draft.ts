import type { CueKind } from './document.js';
import { attributedConfidence, type AttributionRuleId, type FindingRuleId, type RuleId } from './rules/catalogue.js';
import type { ContentKind, Cue, QuoteSpeaker, QuoteType, Span } from './types.js';

/**
 * A quote while the pipeline works on it. Stages fill in fields; finalize-quotes.ts turns
 * drafts into the public `Quote` records (ids, `continues` ids, context).
 */
export interface QuoteDraft {
  /** The words: `text.slice(start, end)`, without enclosing marks. */
  start: number;
  end: number;
  /** With its enclosing marks, for direct quotes; equal to start/end otherwise. */
  outerStart: number;
  outerEnd: number;
  type: QuoteType;
  paragraph: number;
  /** Earlier draft of the same utterance. */
  continues: QuoteDraft | null;
  /** Looks like speech (long enough, not a title or a scare-quoted term). */
  speechLike: boolean;
  /** Direct quotes: the quote continues a sentence begun before it (`favours a “strongman approach”`). */
  embedded: boolean;
  speaker: QuoteSpeaker | null;
  cue: Cue | null;
  /** Tokens [first, end) of the cue, when a stage found it (the speaker is sought around it). */
  cueTokens: { first: number; end: number } | null;
  addressee: Span | null;
  confidence: number;
  rule: RuleId;
  /** What the content is; set by classify-content.ts (absent before it runs). */
  contentKind?: ContentKind;
}

/** A reported clause found in one sentence (find-indirect-quotes.ts), before it meets the direct quotes. */
export interface ReportedClause {
  /** Tokens [first, end) of the clause. */
  first: number;
  end: number;
  cue: { first: number; end: number; lemma: string; kind: CueKind };
  rule: FindingRuleId;
}

/**
 * Copies of `drafts` with `change` applied, `continues` links pointing at the copies: how a
 * stage returns what it changes without touching what an earlier stage returned. Drafts that
 * `drop` names are left out; a link to one goes on to the draft it continued.
 */
export function copyDrafts(
  drafts: readonly QuoteDraft[],
  change: (d: QuoteDraft) => Partial<QuoteDraft> | null = () => null,
  drop: ReadonlySet<QuoteDraft> = new Set(),
): QuoteDraft[] {
  const copies = new Map<QuoteDraft, QuoteDraft>();
  for (const d of drafts) if (!drop.has(d)) copies.set(d, { ...d, ...change(d) });
  for (const copy of copies.values()) {
    let c = copy.continues;
    while (c && drop.has(c)) c = c.continues;
    copy.continues = c ? (copies.get(c) ?? c) : null;
  }
  return [...copies.values()];
}

/**
 * The rule and confidence of draft `d` once `attribution` attributed it: the catalogue's
 * confidence for the two rules together, at most `cap` (a fragment or a continued turn is at
 * most as sure as the draft it takes its speaker from).
 */
export function attributedBy(d: Pick<QuoteDraft, 'rule'>, attribution: AttributionRuleId, cap = 1): Pick<QuoteDraft, 'confidence' | 'rule'> {
  return { confidence: Math.min(attributedConfidence(d.rule, attribution), cap), rule: `${d.rule}+${attribution}` as RuleId };
}

/** What draft `d` takes from `from` when it shares its speaker: copies (no two records share a speaker, cue or addressee object). */
export function inheritedFrom(d: Pick<QuoteDraft, 'rule'>, from: QuoteDraft, attribution: AttributionRuleId): Partial<QuoteDraft> {
  const s = from.speaker!;
  return {
    speaker: { ...s, descriptors: [...s.descriptors] },
    cue: from.cue ? { ...from.cue } : null,
    addressee: from.addressee ? { ...from.addressee } : null,
    ...attributedBy(d, attribution, from.confidence),
  };
}
