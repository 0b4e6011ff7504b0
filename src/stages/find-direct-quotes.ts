import type { AnalyzedText } from '../document.js';
import type { QuoteDraft } from '../draft.js';
import type { Warning } from '../types.js';
import { TERM_INTRODUCERS, TITLE_SMALL_WORDS } from '../data/term-introducers.js';
import type { QuotedSpan } from './pair-quote-marks.js';

/** Longer than this, a closed quote is reported with a `quote-too-long` warning. */
const IMPLAUSIBLE_QUOTE_LENGTH = 5_000;
/** An attribution between two fragments of one utterance is short: `he said.`, `Bolton told reporters.` */
const MAX_INTERRUPTION_WORDS = 6;

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/**
 * Turns quoted spans into direct-quote drafts: trims the words, judges whether they look
 * like speech, and links fragments of one utterance (`continues`) across a short
 * attribution or across paragraphs.
 */
export function findDirectQuotes(doc: AnalyzedText, spans: readonly QuotedSpan[], warnings: Warning[]): QuoteDraft[] {
  const { text } = doc;
  const drafts: QuoteDraft[] = [];
  let previous: { span: QuotedSpan; draft: QuoteDraft } | null = null;
  for (const span of spans) {
    let start = span.open.end;
    let end = span.innerEnd;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) continue;
    const outerEnd = span.close?.end ?? end;
    const draft: QuoteDraft = {
      start,
      end,
      outerStart: span.open.start,
      outerEnd,
      type: 'direct',
      paragraph: span.paragraph,
      continues: null,
      speechLike: looksLikeSpeech(text, span.open.start, start, end),
      speaker: null,
      cue: null,
      cueTokens: null,
      addressee: null,
      confidence: 0,
      rule: span.close ? 'quote-marks' : 'quote-marks-unclosed',
    };
    if (end - start > IMPLAUSIBLE_QUOTE_LENGTH) {
      warnings.push({
        code: 'quote-too-long',
        message: `quote of ${end - start} characters is longer than a plausible quotation`,
        start,
        end,
      });
    }
    if (previous && draft.speechLike && previous.draft.speechLike && continuesUtterance(text, previous.span, span)) {
      draft.continues = previous.draft;
    }
    drafts.push(draft);
    previous = { span, draft };
  }
  return drafts;
}

/** Scare quotes, terms and titles are short, title-cased or announced ("the so-called"). */
function looksLikeSpeech(text: string, openStart: number, start: number, end: number): boolean {
  const words = text.slice(start, end).match(WORD) ?? [];
  const before = /([\p{L}-]+)\W*$/u.exec(text.slice(Math.max(0, openStart - 30), openStart))?.[1]?.toLowerCase();
  if (before !== undefined && TERM_INTRODUCERS.has(before)) return false;
  const lastChar = text[end - 1]!;
  const sentenceEnd = /[.!?…]/u.test(lastChar);
  const clauseEnd = sentenceEnd || /[,;:—–-]/u.test(lastChar);
  const titleCase = words.every((w) => TITLE_SMALL_WORDS.has(w) || /^\p{Lu}/u.test(w));
  if (words.length >= 4) return !titleCase || clauseEnd;
  if (words.length >= 2) return clauseEnd && !titleCase;
  return sentenceEnd;
}

/**
 * Two quotes are one utterance when the second opens the paragraph after a quote left open
 * (the news convention for long quotes), or when only a short attribution stands between
 * them in one paragraph: `“We might have had a joint statement,” he said. “But I felt …”`.
 */
function continuesUtterance(text: string, first: QuotedSpan, second: QuotedSpan): boolean {
  if (first.continuesInNextParagraph) return second.paragraph === first.paragraph + 1;
  if (first.paragraph !== second.paragraph || !first.close) return false;
  const between = text.slice(first.close.end, second.open.start);
  const words = between.match(WORD) ?? [];
  return words.length >= 1 && words.length <= MAX_INTERRUPTION_WORDS && /[.,:;]\s*$/u.test(between);
}
