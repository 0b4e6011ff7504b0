import { copyDrafts, type QuoteDraft } from '../draft.js';
import type { Document } from '../document.js';
import type { RuleId } from '../rules/catalogue.js';

/**
 * `Critics said the law had failed, citing rising crime.`: a participle after a comma whose
 * speaker is the subject of the clause (rule `+speaker-clause-subject`: `citing`, `saying`,
 * `calling it …`) reports an act of the host's speaker, not part of what the host reports
 * (PolNeAR ends the host's content at the comma). A host whose cue comes before its content
 * therefore ends before that comma, and the participle's own record is no longer nested in it
 * (drop-nested-attributions.ts keeps it). A mixed host left with no quotation becomes indirect.
 * polnear_train wide: 70 records shortened, +6 matched for +7 records.
 * Returns the drafts, trimmed hosts as copies.
 */
export function endBeforeParticipleReports(doc: Document, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const ends = new Map<QuoteDraft, number>();
  const { text } = doc;
  for (const d of drafts) {
    const cue = d.cue;
    if (!cue || d.type === 'direct' || !d.rule.endsWith('+speaker-clause-subject')) continue;
    const word = /^\p{L}+/u.exec(cue.text)?.[0] ?? '';
    if (!word.toLowerCase().endsWith('ing')) continue;
    const comma = text.lastIndexOf(',', cue.start);
    if (comma < 0 || text.slice(comma + 1, cue.start).trim() !== '') continue;
    for (const h of drafts) {
      if (h === d || h.type === 'direct' || !h.cue || h.cue.start >= h.start) continue;
      if (h.start >= comma || h.end < cue.end) continue;
      const end = h.start + text.slice(h.start, comma).trimEnd().length;
      if (end > h.start) ends.set(h, Math.min(end, ends.get(h) ?? end));
    }
  }
  if (ends.size === 0) return [...drafts];
  return copyDrafts(drafts, (d) => {
    const end = ends.get(d);
    if (end === undefined) return null;
    if (d.type !== 'mixed' || quotes(doc, d.start, end)) return { end, outerEnd: end };
    return { end, outerEnd: end, type: 'indirect', rule: d.rule.replace('+quoted', '') as RuleId };
  });
}

/** Does a quotation open in [start, end)? */
function quotes(doc: Document, start: number, end: number): boolean {
  return doc.quotes.spans.some((s) => s.open.start >= start && s.open.start < end);
}
