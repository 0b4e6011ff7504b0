import type { AnalyzedText, MarkCandidate } from '../document.js';
import { AFTER_CLOSING_MARK, BEFORE_OPENING_MARK, LEADING_ELISIONS, QUOTE_MARKS, QUOTE_MARK_CHARS, type QuoteMarkDef } from '../data/quote-marks.js';

// Unicode regular expressions compiled once at load, not on every call (under tsx a `\p{…}` literal
// in a function body is compiled to `new RegExp(…)` each time it runs).
const HAS_DIGIT = /\p{N}/u;
const LEADING_LETTERS = /^\p{L}+/u;

type MarkRole = MarkCandidate['role'];

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const BLANK = /\s/u;

const MARK_CANDIDATE = new RegExp(`[${[...QUOTE_MARK_CHARS].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'gu');

type Kind = 'edge' | 'alnum' | 'punct';
const kindOf = (c: string): Kind => {
  if (c === '') return 'edge';
  // ASCII by its code (most neighbours of a mark are), the same classes as the regexes below.
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) ? 'edge' : (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 'alnum' : 'punct';
  return BLANK.test(c) ? 'edge' : LETTER_OR_DIGIT.test(c) ? 'alnum' : 'punct';
};

/**
 * Finds the quote marks of every paragraph and decides, from their neighbours, whether
 * each can open or close a quote. Apostrophes (don’t, O’Neil, ’90s, rock ’n’ roll, a left
 * mark typed as an apostrophe in `Trump‘s`) are left out here.
 */
export function findQuoteMarks(doc: AnalyzedText): MarkCandidate[] {
  const { text } = doc;
  const marks: MarkCandidate[] = [];
  const { paragraphs } = doc;
  // One pass over the whole text, jumping from one candidate character to the next (most text
  // has none), each candidate then placed in its paragraph. (A scan per paragraph would run on
  // to the next candidate past its paragraph: quadratic on many paragraphs without a mark.)
  let p = 0;
  MARK_CANDIDATE.lastIndex = 0;
  for (let m = MARK_CANDIDATE.exec(text); m !== null; m = MARK_CANDIDATE.exec(text)) {
    const i = m.index;
    while (p < paragraphs.length && paragraphs[p]!.end <= i) p++;
    const paragraph = paragraphs[p];
    if (!paragraph) break;
    if (i < paragraph.start) continue; // in the blanks between paragraphs
    const { start: ps, end: pe } = paragraph;
    const def = QUOTE_MARKS.find((d) => text.startsWith(d.mark, i) && i + d.mark.length <= pe);
    if (!def) continue;
    const end = i + def.mark.length;
    const prev = i > ps ? text[i - 1]! : '';
    const next = end < pe ? text[end]! : '';
    const role = def.family === 'single' ? singleRole(text, i, end, pe, prev, next) : otherRole(def, prev, next);
    if (role !== null) marks.push({ start: i, end, def, paragraph: paragraph.index, ...role });
    MARK_CANDIDATE.lastIndex = end;
  }
  return marks;
}

/** What an ambiguous mark is taken for: its typographic side, or either for straight marks. */
const USUAL_ROLE: Readonly<Record<string, MarkRole>> = { '“': 'open', '”': 'close', '«': 'open', '»': 'close', '‹': 'open', '›': 'close' };

function otherRole(def: QuoteMarkDef, prev: string, next: string): { role: MarkRole; weak: boolean } {
  if (!def.canClose) return { role: 'open', weak: false };
  if (!def.canOpen) return { role: 'close', weak: false };
  const p = kindOf(prev);
  const n = kindOf(next);
  const openLike = (p === 'edge' || BEFORE_OPENING_MARK.has(prev) || QUOTE_MARK_CHARS.has(prev)) && n !== 'edge' && !AFTER_CLOSING_MARK.has(next);
  const closeLike = p !== 'edge' && (n !== 'alnum' || QUOTE_MARK_CHARS.has(next));
  // Context wins when it is clear (“ typed after a word closes, ” at a word start opens).
  const role: MarkRole = openLike && !closeLike ? 'open' : closeLike && !openLike ? 'close' : (USUAL_ROLE[def.mark] ?? 'either');
  return { role, weak: false };
}

function singleRole(
  text: string,
  start: number,
  end: number,
  paragraphEnd: number,
  prev: string,
  next: string,
): { role: MarkRole; weak: boolean } | null {
  const p = kindOf(prev);
  const n = kindOf(next);
  if (p === 'alnum' && n === 'alnum') return null; // don’t, O’Neil, Trump‘s
  if (p !== 'alnum' && n === 'alnum') {
    if (HAS_DIGIT.test(next)) return null; // ’90s
    const word = LEADING_LETTERS.exec(text.slice(end, Math.min(paragraphEnd, end + 12)))?.[0]?.toLowerCase() ?? '';
    if (LEADING_ELISIONS.has(word)) {
      const after = text[end + word.length] ?? '';
      if (!LETTER_OR_DIGIT.test(after)) return null; // ’em, ’til, rock ’n’ roll
    }
    return text[start] === '’' ? null : { role: 'open', weak: false };
  }
  if (p === 'alnum') {
    // After a word: a closing mark or a plural possessive (the students’ union, Jones' car).
    if (/^n$/i.test(prev) && (text[start - 2] === '’' || text[start - 2] === "'")) return null; // ’n’
    return { role: 'close', weak: true };
  }
  if (p === 'punct' && n !== 'alnum') return { role: 'close', weak: false }; // ,’ .’ ?’
  if (p === 'edge' && n === 'punct' && text[start] !== '’') return { role: 'open', weak: false }; // ‘…
  return null;
}
