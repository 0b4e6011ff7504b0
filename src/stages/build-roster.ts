import type { Quote, Span, Speaker } from '../types.js';
import type { ResolvedEntities } from './resolve-speakers.js';

/**
 * One roster entry per entity that speaks (named or an unnamed source the sieves grouped),
 * in order of its first quote: every mention of it in the article, all its descriptors, the
 * ids of its quotes, and its gender only where the article shows it, with that evidence.
 * A speaker the entity layer could not resolve but that has a name gets an entry of its own.
 */
export function buildRoster(quotes: readonly Quote[], entities: ResolvedEntities): Speaker[] {
  const entries = new Map<string, Speaker>();
  let loose = 0;
  const looseIds = new Map<string, string>();
  const starts = new Map<string, Set<number>>();
  for (const q of quotes) {
    const s = q.speaker;
    if (!s) continue;
    let id = s.id;
    if (!id) {
      if (s.name === null) continue;
      id = looseIds.get(s.name);
      if (!id) {
        id = `n${++loose}`;
        looseIds.set(s.name, id);
      }
    }
    let entry = entries.get(id);
    if (!entry) {
      const e = entities.byId.get(id);
      const mentions: Span[] = e
        ? dedupe([...e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })), ...e.references])
        : [{ text: s.text, start: s.start, end: s.end }];
      const evidence = e?.genderEvidence ?? [];
      const g = evidence[0]?.gender ?? null;
      const gender = g !== null && evidence.every((x) => x.gender === g) ? g : null;
      entry = {
        id,
        name: e ? (e.named ? e.name : null) : s.name,
        kind: e ? s.kind : s.kind,
        descriptors: e ? [...e.descriptors] : [...s.descriptors],
        mentions,
        quoteIds: [],
        gender,
        genderEvidence: gender ? dedupe(evidence.map(({ text, start, end }) => ({ text, start, end }))) : [],
      };
      entries.set(id, entry);
      // Only a speaker without an entity adds mentions below (a Set per entity was built for nothing).
      if (!e) starts.set(id, new Set(mentions.map((m) => m.start)));
    }
    // An entity's entry lists its mentions already; a speaker without one lists its own.
    const seen = starts.get(id);
    if (seen && !seen.has(s.start)) {
      seen.add(s.start);
      entry.mentions.push({ text: s.text, start: s.start, end: s.end });
    }
    entry.quoteIds.push(q.id);
  }
  for (const e of entries.values()) e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return [...entries.values()];
}

/** The spans in order, each start–end once (the first given): sorted (stable), then adjacent repeats dropped, with no key strings. */
function dedupe(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === s.start && last.end === s.end) continue;
    out.push(s);
  }
  return out;
}
