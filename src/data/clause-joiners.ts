// Conjunctions that join a clause of its own to a report (rules/coordinated-cue.ts):
// `…, but the campaign refused to answer`, `…, though the mayor said …`.

/** A conjunction that may open an independent clause after a reported one. */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'though', 'although', 'while', 'whereas', 'yet']);
