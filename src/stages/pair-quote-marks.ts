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
  const { text } = doc;
  let i = 0;
  for (const paragraph of doc.paragraphs) {
    if (marks[i]?.paragraph !== paragraph.index) continue; // no marks: nothing to pair
    const stack: QuoteMark[] = [];
    // How many marks of each kind are open, so that a closing mark nothing on the stack
    // accepts is rejected without scanning the stack (quadratic on 500k `«“` then `」`).
    const onStack = new Map<QuoteMarkDef, number>();
    const found: QuotedSpan[] = [];
    for (; i < marks.length && marks[i]!.paragraph === paragraph.index; i++) {
      const mark = marks[i]!;
      if (mark.role !== 'open') {
        const at = closableIndex(stack, onStack, mark);
        if (at >= 0) {
          const open = stack[at]!;
          for (const dropped of stack.splice(at)) {
            countOnStack(onStack, dropped, -1);
            if (dropped !== open && dropped.def.family !== 'single') warnUnclosed(warnings, dropped);
          }
          found.push({ open, close: mark, paragraph: paragraph.index, innerEnd: mark.start, continuesInNextParagraph: false });
          roles.set(open.start, 'open');
          roles.set(mark.start, 'close');
          continue;
        }
        if (mark.role === 'close') {
          if (mark.def.family !== 'single') {
            warnings.push({
              code: 'unmatched-quote',
              message: `closing quote mark ${mark.def.mark} with no opening mark before it in its paragraph`,
              start: mark.start,
              end: mark.end,
            });
          }
          continue;
        }
      }
      // A second opening of the same mark at the same level: the first one was never closed.
      const top = stack[stack.length - 1];
      if (top && top.def.mark === mark.def.mark && top.def.family !== 'single') {
        stack.pop();
        countOnStack(onStack, top, -1);
        warnUnclosed(warnings, top);
        found.push(unclosedSpan(top, paragraph.index, trimEnd(text, top.end, mark.start), false));
        roles.set(top.start, 'open');
      }
      stack.push(mark);
      countOnStack(onStack, mark, 1);
    }
    // Whatever is still open ends with its paragraph; only the outermost mark matters.
    const outer = stack[0];
    if (outer) {
      const nextOpens = opensParagraph(doc, paragraph.index + 1, marks, i, outer);
      if (nextOpens) {
        found.push(unclosedSpan(outer, paragraph.index, paragraph.end, true));
        roles.set(outer.start, 'open');
      } else if (outer.def.family !== 'single') {
        warnUnclosed(warnings, outer);
        found.push(unclosedSpan(outer, paragraph.index, paragraph.end, false));
        roles.set(outer.start, 'open');
      }
    }
    // A loop, not push(...): spreading 100k+ items overflows the call stack.
    for (const span of outermost(found)) spans.push(span);
  }
  return { layer: quoteLayer(doc, marks, roles, spans), warnings };
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
