// Plain-text tables for a terminal: fixed columns, cells wrapped at word boundaries. Widths are
// measured as a terminal draws them (string-width: CJK and emoji take two columns, combining
// marks none), so columns stay aligned whatever the script. Cells come from articles: their
// control characters are shown, never sent (see terminal.ts).
import stringWidth from 'string-width';
import { visible } from './terminal.js';

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
  /** fitColumns may narrow the column down to this many columns on a narrow terminal. */
  min?: number;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Columns a terminal uses to draw `text`. */
export const displayWidth = (text: string): number => stringWidth(text);

/** The longest prefix of `text` (whole grapheme clusters) that fits in `width` columns, and the rest. */
export function splitAtWidth(text: string, width: number): [head: string, rest: string] {
  let used = 0;
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width) return end === 0 && index === 0 ? [segment, text.slice(segment.length)] : [text.slice(0, end), text.slice(end)];
    used += w;
    end = index + segment.length;
  }
  return [text, ''];
}

/** `text` cut to at most `width` columns (with `…` when cut). */
export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  return splitAtWidth(text, Math.max(0, width - 1))[0] + '…';
}

/** Breaks `text` into lines of at most `width` columns, at spaces where possible. */
export function wrap(text: string, width: number): string[] {
  if (text.includes('\n')) return text.split('\n').flatMap((part) => wrap(part, width));
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    let ww = stringWidth(w);
    while (ww > width) {
      if (line) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      const [head, rest] = splitAtWidth(w, width);
      lines.push(head);
      w = rest;
      ww = stringWidth(w);
    }
    if (!w) continue;
    if (!line) {
      line = w;
      lineWidth = ww;
    } else if (lineWidth + 1 + ww <= width) {
      line += ` ${w}`;
      lineWidth += 1 + ww;
    } else {
      lines.push(line);
      line = w;
      lineWidth = ww;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

function pad(text: string, col: Column): string {
  const fill = ' '.repeat(Math.max(0, col.width - stringWidth(text)));
  return col.align === 'right' ? fill + text : text + fill;
}

/** Header, rule and rows; each line at most the sum of the widths plus one space per gap. */
export function renderTable(columns: readonly Column[], rows: readonly string[][]): string {
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, columns[i]!)).join(' ').trimEnd();
  const out = [line(columns.map((c) => c.header)), line(columns.map((c) => '─'.repeat(c.width)))];
  for (const row of rows) {
    const cells = columns.map((c, i) => wrap(visible(row[i] ?? '', true), c.width));
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(cells.map((c) => c[k] ?? '')));
  }
  return out.join('\n') + '\n';
}

/**
 * Widths for a total line width: the last column takes the rest, at least `lastMin` columns.
 * When that leaves too little, fixed columns with a `min` give up width (widest first) down to it.
 */
export function fitColumns(fixed: readonly Column[], last: Omit<Column, 'width'>, total: number, lastMin = 20): Column[] {
  const cols = fixed.map((c) => ({ ...c }));
  const used = (): number => cols.reduce((n, c) => n + c.width + 1, 0);
  while (total - used() < lastMin) {
    const shrinkable = cols.filter((c) => c.min !== undefined && c.width > c.min).sort((a, b) => b.width - a.width)[0];
    if (!shrinkable) break;
    shrinkable.width--;
  }
  return [...cols, { ...last, width: Math.max(lastMin, total - used()) }];
}
