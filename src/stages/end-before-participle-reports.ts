import { copyDrafts, type QuoteDraft } from '../draft.js';
import type { Document } from '../document.js';
import type { RuleId } from '../rules/catalogue.js';
import { firstIndexWhere } from '../sorted.js';

/** How many hosts starting before a participle's comma are read (as drop-nested-attributions.ts). */
const MAX_HOSTS_READ = 8;

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
  // Hosts by start: those starting before the comma are found by binary search, the nearest few read.
  const hosts = drafts.filter((h) => h.type !== 'direct' && h.cue !== null && h.cue.start < h.start).sort((a, b) => a.start - b.start);
  for (const d of drafts) {
    const cue = d.cue;
    if (!cue || d.type === 'direct' || !d.rule.endsWith('+speaker-clause-subject')) continue;
    const word = /^\p{L}+/u.exec(cue.text)?.[0] ?? '';
    if (!word.toLowerCase().endsWith('ing')) continue;
    let comma = cue.start - 1;
    while (comma >= 0 && /\s/u.test(text[comma]!)) comma--;
    if (comma < 0 || text[comma] !== ',') continue;
    const upTo = firstIndexWhere(hosts, (h) => h.start >= comma);
    for (let i = upTo - 1; i >= 0 && i >= upTo - MAX_HOSTS_READ; i--) {
      const h = hosts[i]!;
      if (h === d || h.end < cue.end) continue;
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
  const { spans } = doc.quotes;
  const i = firstIndexWhere(spans, (s) => s.open.start >= start);
  return i < spans.length && spans[i]!.open.start < end;
}
