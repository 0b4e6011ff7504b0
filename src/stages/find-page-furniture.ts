import type { AnalyzedText } from '../document.js';
import { BOILERPLATE_PARAGRAPHS, BYLINE_OPENING, CREDIT_MARKERS, EDITOR_NOTE_OPENING, LINK_LABELS, REVISION_NOTE_OPENING, WRITER_LINES } from '../data/page-furniture.js';
import type { FurnitureKind, FurnitureSpan, PageFurniture } from '../layers/page-furniture.js';

// Unicode regular expressions compiled once at load, not on every call (under tsx a `\p{…}` literal
// in a function body is compiled to `new RegExp(…)` each time it runs).
const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\p{N}]/u;

const LABELS = new Set(LINK_LABELS);
const BOILERPLATE = new Set(BOILERPLATE_PARAGRAPHS);
/** A label before a colon or dash: `READ MORE:`, `Watch —`, `RELATED |`. */
const LABEL = /^([\p{L} ]{2,24}?)\s*[:|—–]\s*/u;
/** `WASHINGTON —`, `OTTAWA (Reuters) -`, `LONDON, Ont. —`: a place in capitals, an agency, a dash. */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s*[\p{L}. ]{2,20})?(?:\s*\([\p{L}. ]{2,30}\))?\s*[—–-]{1,2}\s/u;
/** Longest subhead, in words: `Service changes ahead`, `WHAT HAPPENS NEXT`. */
const MAX_SUBHEAD_WORDS = 10;
/** Longest credit or caption paragraph with a credit marker, in words. */
const MAX_CREDIT_WORDS = 40;
/** Longest byline or writer line, in words. */
const MAX_BYLINE_WORDS = 14;
const QUOTE_MARK = /["“”«»]/u;
/** Lines a note cut by line breaks may run over. */
const MAX_NOTE_LINES = 12;
/** A line that ends a sentence: a note's lines stop at it. */
const SENTENCE_END = /[.!?…]["”’)]*$/u;
/** Quotation marks in a note, with the doubled apostrophes some archives print for them. */
const NOTE_QUOTE_MARK = /["“”«»‘]|''/u;
/** A paragraph that is one quotation and nothing else: `“The kids’ room alone is worth the wait.”`. */
const WHOLE_QUOTE = /^["“«]([^"“”«»]{12,400})["”»]$/u;
/** A paragraph that is all one quotation, of any length: its words are group 1. */
const WHOLE_QUOTED = /^["“]([^"“”]+)["”]$/u;
/** Pull quotes checked per article (each check reads the whole text once). */
const MAX_PULL_QUOTE_CHECKS = 20;
/** Longest boilerplate paragraph: a longer paragraph is not lower-cased to be looked up. */
const MAX_BOILERPLATE_LENGTH = Math.max(...BOILERPLATE_PARAGRAPHS.map((p) => p.length));
/** Words are counted up to this many: every bound above is below it. */
const WORD_COUNT_CAP = Math.max(MAX_SUBHEAD_WORDS, MAX_CREDIT_WORDS, MAX_BYLINE_WORDS) + 1;

/** Finds the page furniture of each paragraph (the headline, paragraph 0, is never furniture). */
export function findPageFurniture(doc: AnalyzedText): PageFurniture {
  const spans: FurnitureSpan[] = [];
  let pullQuoteChecks = 0;
  let noteUntil = 0;
  for (const p of doc.paragraphs) {
    if (p.index === 0) continue;
    if (p.index <= noteUntil) {
      spans.push({ start: p.start, end: p.end, kind: 'note', paragraph: p.index });
      continue;
    }
    const text = doc.text.slice(p.start, p.end);
    const noteEnd = EDITOR_NOTE_OPENING.test(text) ? editorNoteEnd(doc, p.index) : -1;
    if (noteEnd >= 0) {
      noteUntil = noteEnd;
      spans.push({ start: p.start, end: p.end, kind: 'note', paragraph: p.index });
      continue;
    }
    let kind = paragraphKind(text, doc, p.index);
    const whole = kind === null && pullQuoteChecks < MAX_PULL_QUOTE_CHECKS ? WHOLE_QUOTE.exec(text) : null;
    if (whole) {
      pullQuoteChecks++;
      if (isRepeated(doc.text, whole[1]!, p.start + 1)) kind = 'pull-quote';
    }
    if (kind) {
      spans.push({ start: p.start, end: p.end, kind, paragraph: p.index });
      continue;
    }
    const dateline = DATELINE.exec(text);
    if (dateline) spans.push({ start: p.start, end: p.start + dateline[0].trimEnd().length, kind: 'dateline', paragraph: p.index });
  }
  return { spans };
}

/**
 * The last paragraph of an editor's note opening at paragraph `first`, or -1 when the note quotes
 * someone (a correction, `An earlier version said she had “…”`, keeps its quote). A note cut into
 * lines (a line break, no blank line, and no full stop before it) runs on over those lines.
 */
function editorNoteEnd(doc: AnalyzedText, first: number): number {
  const { paragraphs, text } = doc;
  let last = first;
  while (last + 1 < paragraphs.length && last - first < MAX_NOTE_LINES) {
    const here = paragraphs[last]!;
    const next = paragraphs[last + 1]!;
    if (SENTENCE_END.test(text.slice(here.start, here.end)) || text.slice(here.end, next.start).split('\n').length !== 2) break;
    last++;
  }
  return NOTE_QUOTE_MARK.test(text.slice(paragraphs[first]!.start, paragraphs[last]!.end)) ? -1 : last;
}

/**
 * A paragraph wholly inside quotation marks, without them: a transcript printed one quoted
 * paragraph at a time quotes its writer line too (`"Follow Lee Chan on Twitter @leechan."`).
 */
function unquoted(text: string): string {
  const whole = WHOLE_QUOTED.exec(text);
  return whole ? whole[1]! : '';
}

function paragraphKind(text: string, doc: AnalyzedText, index: number): FurnitureKind | null {
  const words = countWords(text, WORD_COUNT_CAP);
  // Final blanks and `.:!…` are stripped before lower-casing (neither changes the other), by a
  // loop, not `/[…]+$/`: that regex retries from every position of a long blank run (70,000
  // spaces in one paragraph took seconds).
  let end = text.length;
  while (end > 0 && isTrailing(text.charCodeAt(end - 1))) end--;
  if (end <= MAX_BOILERPLATE_LENGTH && BOILERPLATE.has(text.slice(0, end).toLowerCase())) return 'boilerplate';
  const label = LABEL.exec(text);
  if (label && LABELS.has(label[1]!.toLowerCase().trim())) return 'link';
  if (words <= MAX_BYLINE_WORDS && (BYLINE_OPENING.test(text) || WRITER_LINES.test(text) || WRITER_LINES.test(unquoted(text)))) return 'byline';
  if (words <= MAX_CREDIT_WORDS && CREDIT_MARKERS.test(text) && !QUOTE_MARK.test(text)) return 'credit';
  if (REVISION_NOTE_OPENING.test(text)) return 'note';
  if (isSubhead(text, words, doc, index)) return 'subhead';
  return null;
}

/** JavaScript's `\s`: white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `[\s.:!…]`: what ends a boilerplate paragraph besides its words. */
const isTrailing = (c: number): boolean => c === 46 || c === 58 || c === 33 || c === 0x2026 || isSpace(c);

/** The number of whitespace-separated words in `text`, counting at most `cap` (a long paragraph is not split). */
function countWords(text: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < cap; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * A short line without final punctuation or quote marks, followed by a longer paragraph:
 * `Service changes ahead`. (A sentence ends in punctuation; a subhead does not.)
 */
function isSubhead(text: string, words: number, doc: AnalyzedText, index: number): boolean {
  if (words > MAX_SUBHEAD_WORDS || QUOTE_MARK.test(text) || /[.!?:;,”"’')]$/u.test(text)) return false;
  if (!CAPITAL_OR_DIGIT_FIRST.test(text)) return false;
  const next = doc.paragraphs[index + 1];
  return next !== undefined && next.end - next.start > text.length;
}

/**
 * A pull quote repeats, alone in its paragraph and without attribution, words quoted elsewhere
 * in the article; the attributed occurrence is the quote.
 */
function isRepeated(text: string, words: string, at: number): boolean {
  const first = text.indexOf(words);
  return first !== at || text.indexOf(words, at + 1) >= 0;
}
