// The article as written (white-space preserved, so offsets are the library's), with every
// shown quote wrapped in a focusable <mark> in its speaker's colour, and the cue, the speaker
// mention and an audit match marked inside or around it.
import type { Quote, Span } from '../../src/index.js';

export interface Marked {
  quote: Quote;
  colour: string;
  /** The speaker's name (or mention) and type, read out for the quote's mark. */
  label: string;
}

interface Inline {
  start: number;
  end: number;
  cls: string;
  colour?: string;
}

/** Text of [from, to) with the inline marks that touch it, cut at their boundaries. */
function appendInline(parent: HTMLElement, text: string, from: number, to: number, inline: readonly Inline[]): void {
  if (to <= from) return;
  const inside = inline.filter((m) => m.start < to && m.end > from);
  const cuts = new Set([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covering = inside.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    if (covering.length === 0) {
      parent.append(piece);
      continue;
    }
    const span = document.createElement('span');
    span.className = covering.map((m) => m.cls).join(' ');
    const coloured = covering.find((m) => m.colour);
    if (coloured?.colour) span.style.setProperty('--c', coloured.colour);
    span.textContent = piece;
    parent.append(span);
  }
}

export function renderArticle(
  container: HTMLElement,
  text: string,
  marked: readonly Marked[],
  auditMatch: Span | null,
): void {
  const inline: Inline[] = [];
  for (const { quote, colour } of marked) {
    if (quote.cue) inline.push({ start: quote.cue.start, end: quote.cue.end, cls: 'cue' });
    if (quote.speaker) inline.push({ start: quote.speaker.start, end: quote.speaker.end, cls: 'mention', colour });
  }
  if (auditMatch) inline.push({ start: auditMatch.start, end: auditMatch.end, cls: 'audit-match' });

  const fragment = document.createDocumentFragment();
  const root = document.createElement('div');
  fragment.append(root);
  let at = 0;
  const sorted = [...marked].sort((a, b) => a.quote.start - b.quote.start || b.quote.end - a.quote.end);
  for (const { quote, colour, label } of sorted) {
    // Quotes never overlap in the library's output; if one ever did, its start is clipped so
    // every character is shown once.
    const start = Math.max(at, quote.start);
    if (quote.end <= start) continue;
    appendInline(root, text, at, start, inline);
    const mark = document.createElement('mark');
    mark.className = `q ${quote.type}`;
    mark.id = `article-${quote.id}`;
    mark.dataset.qid = quote.id;
    mark.tabIndex = 0;
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-label', `${quote.id}, ${label}: ${quote.text}`);
    mark.style.setProperty('--c', colour);
    appendInline(mark, text, start, quote.end, inline);
    root.append(mark);
    at = quote.end;
  }
  appendInline(root, text, at, text.length, inline);
  container.replaceChildren(fragment);
}
