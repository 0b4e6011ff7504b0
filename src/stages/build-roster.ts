import type { Quote, Speaker } from '../types.js';

/** One roster entry per named speaker, with every mention and the ids of their quotes. */
export function buildRoster(quotes: readonly Quote[]): Speaker[] {
  const byName = new Map<string, Speaker>();
  for (const q of quotes) {
    const s = q.speaker;
    if (!s || s.name === null) continue;
    let entry = byName.get(s.name);
    if (!entry) {
      entry = { name: s.name, kind: s.kind, descriptors: [], mentions: [], quoteIds: [] };
      byName.set(s.name, entry);
    }
    for (const d of s.descriptors) if (!entry.descriptors.includes(d)) entry.descriptors.push(d);
    if (!entry.mentions.some((m) => m.start === s.start)) entry.mentions.push({ text: s.text, start: s.start, end: s.end });
    entry.quoteIds.push(q.id);
  }
  return [...byName.values()];
}
