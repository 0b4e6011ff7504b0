import type { Document } from '../document.js';
import type { ReportedClause } from '../draft.js';
import { findSourcelessAttributions } from '../rules/sourceless-attributions.js';

/**
 * Contents that the clause rules do not report because no source stands at their cue (#14): what
 * something seems or appears to do (`The plant seems to lose money`), a judgement passed in the
 * passive (`[The driver] was charged with [speeding]`, two parts). A verb that is already the cue
 * of a reported clause in `found` (the clause rules' and the learned model's) is left to it.
 * Returns the clauses to add; link-attribution-parts.ts links the parts of one attribution once
 * they are drafts.
 */
export function findAttributionParts(doc: Document, found: readonly ReportedClause[]): ReportedClause[] {
  const cueTokens = new Set<number>();
  for (const c of found) for (let i = c.cue.first; i < c.cue.end; i++) cueTokens.add(i);
  const out: ReportedClause[] = [];
  for (const s of doc.sentences) {
    for (const c of findSourcelessAttributions(doc, s)) if (!cueTokens.has(c.cue.end - 1)) out.push(c);
  }
  return out;
}
