import type { Document } from '../document.js';
import type { ReportedClause } from '../draft.js';
import { findSourcelessAttributions } from '../rules/sourceless-attributions.js';

/**
 * Contents that the clause rules do not report because no source stands at their cue (#14): what
 * something seems or appears to do (`The plant seems to lose money`), a judgement passed in the
 * passive (`[The driver] was charged with [speeding]`, two parts). Returns the clauses to add
 * to the reported clauses found so far; link-attribution-parts.ts links the parts of one
 * attribution once they are drafts.
 */
export function findAttributionParts(doc: Document): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (const s of doc.sentences) for (const c of findSourcelessAttributions(doc, s)) out.push(c);
  return out;
}
