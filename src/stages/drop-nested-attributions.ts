import { copyDrafts, type QuoteDraft } from '../draft.js';
import { firstIndexWhere } from '../sorted.js';
import { NESTED_NOT_REPORTED } from '../data/content-kinds.js';
import { findingRuleOf } from '../rules/catalogue.js';
import { speaksAsHostSubject } from '../rules/host-subject.js';

/**
 * A belief, finding, question, intention or topic whose cue stands inside the content of
 * another reported record (`He said he hoped it would encourage a dialogue`, `said that she
 * wanted to speak`, `declined to comment on the ruling`) is part of what that record reports;
 * annotators of attributions do not count it again (on PolNeAR dev 8 of 57 such beliefs were
 * right; of the nested topics on train 64 of 162). Nested statements stay (`Police have
 * said they have …`, `Ruiz said the vote was delayed, the clerk said.` are annotated both ways),
 * except after `According to X,` (`According to the poll, 51 percent said they would …`: the
 * poll's finding is the attribution; polnear_train wide: 0 of 9 such statements annotated), and
 * a statement whose speaker opens the host's content (`noted that the board said …`:
 * host-subject.ts). `text` is the document's text the drafts index.
 * Needs `contentKind` (classify-content.ts). Returns the drafts kept.
 */
export function dropNestedAttributions(drafts: readonly QuoteDraft[], text: string): QuoteDraft[] {
  const hosts = drafts.filter((d) => d.type !== 'other' || d.cue !== null).sort((a, b) => a.start - b.start);
  const nested = new Set<QuoteDraft>();
  for (const d of drafts) {
    if (!d.cue) continue;
    const kindNested = NESTED_NOT_REPORTED.has(d.contentKind ?? 'statement');
    const cue = d.cue;
    // Hosts start before the cue; among them, one that also ends after it holds it.
    const upTo = firstIndexWhere(hosts, (h) => h.start > cue.start);
    for (let i = upTo - 1; i >= 0 && i >= upTo - 8; i--) {
      const h = hosts[i]!;
      if (h === d || h.end < cue.end || h.type === 'direct') continue;
      if (kindNested || findingRuleOf(h.rule) === 'according-to-leading' || (d.type !== 'direct' && speaksAsHostSubject(text, h, d))) {
        nested.add(d);
        break;
      }
    }
  }
  for (const d of sameWords(drafts)) nested.add(d);
  if (nested.size === 0) return [...drafts];
  const kept = drafts.filter((d) => !nested.has(d));
  // A draft that continued a dropped one now starts its utterance (a copy: the input stays as it was).
  return copyDrafts(kept, (d) => (d.continues && nested.has(d.continues) ? { continues: null } : null));
}

/**
 * Two reported records with the very same words, found from two cues (`He said Obama hopes that
 * …`, `she appeared to suggest that …`, `argue — and presumably believes — that …`): one
 * attribution is counted twice. The record kept is a statement or other reported speech before
 * a belief or finding (`other` until select-scope.ts), then the surer one, then the one whose
 * cue comes first. polnear_train wide: 29 such pairs, 28 with one record matching no gold.
 * Returns the records to drop.
 */
function sameWords(drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const bySpan = new Map<string, QuoteDraft>();
  const dropped: QuoteDraft[] = [];
  for (const d of drafts) {
    if (d.type === 'direct' || d.contentKind === 'term' || !d.cue) continue;
    const key = `${d.start}:${d.end}`;
    const other = bySpan.get(key);
    if (!other) {
      bySpan.set(key, d);
      continue;
    }
    const keepOther = surer(other, d);
    dropped.push(keepOther ? d : other);
    if (!keepOther) bySpan.set(key, d);
  }
  return dropped;
}

/** Is `a` to be kept rather than `b`, found with the same words? */
function surer(a: QuoteDraft, b: QuoteDraft): boolean {
  if ((a.type === 'other') !== (b.type === 'other')) return b.type === 'other';
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.cue!.start <= b.cue!.start;
}
