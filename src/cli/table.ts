// Plain-text tables for a terminal: fixed columns, cells wrapped at word boundaries. Cells
// come from articles: their control characters are shown, never sent (see terminal.ts).
import { visible } from './terminal.js';

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** Breaks `text` into lines of at most `width` characters, at spaces where possible. */
export function wrap(text: string, width: number): string[] {
  if (text.includes('\n')) return text.split('\n').flatMap((part) => wrap(part, width));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(w.slice(0, width));
      w = w.slice(width);
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= width) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

function pad(text: string, col: Column): string {
  const fill = ' '.repeat(Math.max(0, col.width - text.length));
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

/** Widths for a total line width: fixed columns keep theirs, the last column takes the rest. */
export function fitColumns(fixed: readonly Column[], last: Omit<Column, 'width'>, total: number): Column[] {
  const used = fixed.reduce((n, c) => n + c.width + 1, 0);
  return [...fixed, { ...last, width: Math.max(20, total - used) }];
}
