import type { AnalyzedText } from '../document.js';
import type { QuoteDraft } from '../draft.js';
import type { Quote, QuoteType } from '../types.js';
import { firstIndexWhere } from '../sorted.js';

/**
 * Drafts → public records, in document order: ids q1, q2, …; `continues` as an id; the
 * context is the sentence(s) around the quote with its marks (the paragraph if none).
 */
export function finalizeQuotes(doc: AnalyzedText, drafts: readonly QuoteDraft[], reportTypes: ReadonlySet<QuoteType>): Quote[] {
  const kept = drafts.filter((d) => reportTypes.has(d.type)).sort((a, b) => a.start - b.start || a.end - b.end);
  const ids = new Map<QuoteDraft, string>();
  kept.forEach((d, i) => ids.set(d, `q${i + 1}`));
  return kept.map((d) => {
    const continues = d.continues ? (ids.get(d.continues) ?? null) : null;
    return {
      id: ids.get(d)!,
      text: doc.text.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      type: d.type,
      speaker: d.speaker,
      cue: d.cue,
      addressee: d.addressee,
      context: contextOf(doc, d),
      continues,
      confidence: d.confidence,
      rule: d.rule,
      contentKind: d.contentKind ?? 'statement',
    };
  });
}

function contextOf(doc: AnalyzedText, d: QuoteDraft): Quote['context'] {
  let start = Infinity;
  let end = -Infinity;
  // Sentences are disjoint and in document order: binary-search the first one that can
  // overlap, so a document with many quotes costs O(q log s), not O(q × s).
  const { sentences } = doc;
  for (let i = firstIndexWhere(sentences, (s) => s.end > d.outerStart); i < sentences.length && sentences[i]!.start < d.outerEnd; i++) {
    const s = sentences[i]!;
    if (s.paragraph !== d.paragraph || s.end <= d.outerStart) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  const paragraph = doc.paragraphs[d.paragraph]!;
  if (start === Infinity) return { paragraph: d.paragraph, start: paragraph.start, end: paragraph.end };
  return { paragraph: d.paragraph, start: Math.min(start, d.outerStart), end: Math.max(end, d.outerEnd) };
}
