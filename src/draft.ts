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
  rule: string;
  /** What the content is; set by classify-content.ts (absent before it runs). */
  contentKind?: ContentKind;
}
