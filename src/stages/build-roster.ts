import type { Quote, Speaker } from '../types.js';

/** One roster entry per named speaker, with every mention and the ids of their quotes. */
export function buildRoster(quotes: readonly Quote[]): Speaker[] {
  const byName = new Map<string, { entry: Speaker; starts: Set<number> }>();
  for (const q of quotes) {
    const s = q.speaker;
    if (!s || s.name === null) continue;
    let found = byName.get(s.name);
    if (!found) {
      found = { entry: { name: s.name, kind: s.kind, descriptors: [], mentions: [], quoteIds: [] }, starts: new Set() };
      byName.set(s.name, found);
    }
    const { entry, starts } = found;
    for (const d of s.descriptors) if (!entry.descriptors.includes(d)) entry.descriptors.push(d);
    // A floating quote or a fragment repeats its partner's mention: listed once.
    if (!starts.has(s.start)) {
      starts.add(s.start);
      entry.mentions.push({ text: s.text, start: s.start, end: s.end });
    }
    entry.quoteIds.push(q.id);
  }
  return [...byName.values()].map((f) => f.entry);
}
