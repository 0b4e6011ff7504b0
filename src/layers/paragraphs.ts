import type { Paragraph } from '../document.js';

/** What ends a paragraph: a line feed, a carriage return, a line or paragraph separator. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/**
 * Paragraphs are the text between line breaks. News text puts one paragraph per line (often
 * with blank lines between); a quote never runs past its paragraph, so this bound is also
 * what keeps a stray quote mark from swallowing the rest of an article.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  // A regular expression scans for the breaks several times faster than a loop over characters.
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    push(paragraphs, text, lineStart, m.index);
    lineStart = m.index + 1;
  }
  push(paragraphs, text, lineStart, text.length);
  return paragraphs;
}

function push(paragraphs: Paragraph[], text: string, start: number, end: number): void {
  // Trim surrounding blanks so that a paragraph's first character is its first mark or word.
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (end > start) paragraphs.push({ index: paragraphs.length, start, end });
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}
