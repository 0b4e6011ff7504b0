import type { AnalyzedText, MarkCandidate, MarkRole, QuotedSpan, QuoteLayer } from '../document.js';
import type { Warning } from '../types.js';
import type { QuoteMarkDef } from '../data/quote-marks.js';
import { isMarkLikeToken } from '../layers/quote-marks.js';
import { firstIndexWhere } from '../sorted.js';

type QuoteMark = MarkCandidate;

export interface PairedQuotes {
  /** The quote-mark layer: outermost spans, each mark's role, each token's span. */
  layer: QuoteLayer;
  warnings: Warning[];
}

/**
 * Pairs marks with a stack per paragraph. A quote never crosses its paragraph, so a stray
 * mark can at worst swallow the rest of one paragraph (with a warning), never the document.
 * Every quote-mark token then gets its role: a mark that opened or closed a quote (nested
 * ones too), an apostrophe (`don’t`, `the teachers’ union`: a weak closing mark that closed
 * nothing), or an unpaired stray mark.
 */
export function pairQuoteMarks(doc: AnalyzedText, marks: readonly QuoteMark[]): PairedQuotes {
  const spans: QuotedSpan[] = [];
  const roles = new Map<number, MarkRole>();
  const warnings: Warning[] = [];
  let i = 0;
  for (const paragraph of doc.paragraphs) {
    if (marks[i]?.paragraph !== paragraph.index) continue; // no marks: nothing to pair
    // How many marks of each kind are open, so that a closing mark nothing on the stack
    // accepts is rejected without scanning the stack (quadratic on 500k `«“` then `」`).
    const p: ParagraphPairing = { paragraph: paragraph.index, stack: [], onStack: new Map(), found: [], roles, warnings };
    for (; i < marks.length && marks[i]!.paragraph === paragraph.index; i++) pairMark(doc.text, p, marks[i]!);
    endParagraph(doc, p, paragraph.end, marks, i);
    // A loop, not push(...): spreading 100k+ items overflows the call stack.
    for (const span of outermost(p.found)) spans.push(span);
  }
  return { layer: quoteLayer(doc, marks, roles, spans), warnings };
}

/** The pairing state of one paragraph: its stack of open marks (and their count per kind), the spans found, and the roles and warnings of the whole text. */
interface ParagraphPairing {
  paragraph: number;
  stack: QuoteMark[];
  onStack: Map<QuoteMarkDef, number>;
  found: QuotedSpan[];
  roles: Map<number, MarkRole>;
  warnings: Warning[];
}

/** One mark, in text order: it closes an open mark if it can, else (unless it can only close) opens a quote. */
function pairMark(text: string, p: ParagraphPairing, mark: QuoteMark): void {
  if (mark.role !== 'open') {
    if (closeOpenMark(p, mark)) return;
    if (mark.role === 'close') {
      if (mark.def.family !== 'single') {
        p.warnings.push({
          code: 'unmatched-quote',
          message: `closing quote mark ${mark.def.mark} with no opening mark before it in its paragraph`,
          start: mark.start,
          end: mark.end,
        });
      }
      return;
    }
  }
  openQuote(text, p, mark);
}

/** Closes the open mark that `mark` pairs with (marks opened after it stay unclosed); false when none does. */
function closeOpenMark(p: ParagraphPairing, mark: QuoteMark): boolean {
  const { stack, onStack } = p;
  const at = closableIndex(stack, onStack, mark);
  if (at < 0) return false;
  const open = stack[at]!;
  for (const dropped of stack.splice(at)) {
    countOnStack(onStack, dropped, -1);
    if (dropped !== open && dropped.def.family !== 'single') warnUnclosed(p.warnings, dropped);
  }
  p.found.push({ open, close: mark, paragraph: p.paragraph, innerEnd: mark.start, continuesInNextParagraph: false });
  p.roles.set(open.start, 'open');
  p.roles.set(mark.start, 'close');
  return true;
}

/** Pushes an opening mark; a second opening of the same mark at the same level means the first one was never closed. */
function openQuote(text: string, p: ParagraphPairing, mark: QuoteMark): void {
  const { stack, onStack } = p;
  const top = stack[stack.length - 1];
  if (top && top.def.mark === mark.def.mark && top.def.family !== 'single') {
    stack.pop();
    countOnStack(onStack, top, -1);
    warnUnclosed(p.warnings, top);
    p.found.push(unclosedSpan(top, p.paragraph, trimEnd(text, top.end, mark.start), false));
    p.roles.set(top.start, 'open');
  }
  stack.push(mark);
  countOnStack(onStack, mark, 1);
}

/** Whatever is still open ends with its paragraph (or continues into the next); only the outermost mark matters. */
function endParagraph(doc: AnalyzedText, p: ParagraphPairing, paragraphEnd: number, marks: readonly QuoteMark[], next: number): void {
  const outer = p.stack[0];
  if (!outer) return;
  const nextOpens = opensParagraph(doc, p.paragraph + 1, marks, next, outer);
  if (nextOpens) {
    p.found.push(unclosedSpan(outer, p.paragraph, paragraphEnd, true));
    p.roles.set(outer.start, 'open');
  } else if (outer.def.family !== 'single') {
    warnUnclosed(p.warnings, outer);
    p.found.push(unclosedSpan(outer, p.paragraph, paragraphEnd, false));
    p.roles.set(outer.start, 'open');
  }
}

/** Roles per token and the span each token lies in. */
function quoteLayer(doc: AnalyzedText, marks: readonly QuoteMark[], roles: ReadonlyMap<number, MarkRole>, spans: readonly QuotedSpan[]): QuoteLayer {
  const { tokens } = doc;
  // Marks that stay ambiguous: unless pairing used them, weak ones are apostrophes. A mark of
  // two characters (`''`) may be two tokens: both take the mark's role.
  const byOffset = new Map<number, MarkRole>();
  for (const m of marks) {
    // A stray mark keeps the side its neighbours gave it (`” …` at a paragraph start closes words before it).
    const role = roles.get(m.start) ?? (m.weak ? 'apostrophe' : m.role === 'either' ? 'unpaired' : m.role);
    for (let o = m.start; o < m.end; o++) byOffset.set(o, role);
  }
  const markRole: (MarkRole | null)[] = tokens.map((t) => {
    if (!isMarkLikeToken(t)) return null;
    // A mark the scanner left out is an apostrophe: don’t, ’90s, O’Neil.
    return byOffset.get(t.start) ?? 'apostrophe';
  });
  const spanOfToken = new Int32Array(tokens.length).fill(-1);
  spans.forEach((span, n) => {
    const end = span.close?.end ?? span.innerEnd;
    for (let i = firstIndexWhere(tokens, (t) => t.end > span.open.start); i < tokens.length && tokens[i]!.start < end; i++) spanOfToken[i] = n;
  });
  return { spans, markRole, spanOfToken };
}

function countOnStack(onStack: Map<QuoteMarkDef, number>, m: QuoteMark, by: 1 | -1): void {
  onStack.set(m.def, (onStack.get(m.def) ?? 0) + by);
}

function unclosedSpan(open: QuoteMark, paragraph: number, innerEnd: number, continues: boolean): QuotedSpan {
  return { open, close: null, paragraph, innerEnd, continuesInNextParagraph: continues };
}

function closableIndex(stack: readonly QuoteMark[], onStack: ReadonlyMap<QuoteMarkDef, number>, mark: QuoteMark): number {
  let anyOpener = false;
  for (const [def, n] of onStack) if (n > 0 && def.closers.includes(mark.def.mark)) anyOpener = true;
  if (!anyOpener) return -1;
  // A mark that may be an apostrophe closes only the innermost open quote, never through it.
  const lowest = mark.weak ? stack.length - 1 : 0;
  for (let j = stack.length - 1; j >= Math.max(0, lowest); j--) {
    if (stack[j]!.def.closers.includes(mark.def.mark)) return j;
  }
  return -1;
}

/** Does paragraph `index` begin with an opening mark like `outer` (multi-paragraph quote)? */
function opensParagraph(doc: AnalyzedText, index: number, marks: readonly QuoteMark[], from: number, outer: QuoteMark): boolean {
  const next = doc.paragraphs[index];
  const first = marks[from];
  return (
    next !== undefined &&
    first !== undefined &&
    first.paragraph === index &&
    first.start === next.start &&
    first.role !== 'close' &&
    first.def.family === outer.def.family
  );
}

function outermost(found: QuotedSpan[]): QuotedSpan[] {
  found.sort((a, b) => a.open.start - b.open.start);
  const kept: QuotedSpan[] = [];
  for (const span of found) {
    const last = kept[kept.length - 1];
    if (last && span.open.start < (last.close?.end ?? last.innerEnd)) continue;
    kept.push(span);
  }
  return kept;
}

function warnUnclosed(warnings: Warning[], mark: QuoteMark): void {
  warnings.push({
    code: 'unclosed-quote',
    message: `quote opened with ${mark.def.mark} is not closed in its paragraph`,
    start: mark.start,
    end: mark.end,
  });
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end;
}
