// The record contract as assertions, shared by the property and pathological-input suites.
import { expect } from 'vitest';
import type { Extraction, Span } from '../../src/index.js';

function expectExact(input: string, span: Span, what: string): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`).toBe(true);
  expect(0 <= span.start && span.start <= span.end && span.end <= input.length, `${what}: offsets in bounds`).toBe(true);
  expect(input.slice(span.start, span.end), `${what}: input.slice(start, end) === text`).toBe(span.text);
}

/** Every invariant of the record contract, for one input and its result. */
export function checkInvariants(input: string, result: Extraction): void {
  const { quotes, speakers, warnings } = result;
  const ids = new Set<string>();
  quotes.forEach((q, i) => {
    expect(q.id).toBe(`q${i + 1}`);
    expectExact(input, q, `quote ${q.id}`);
    expect(q.text.length).toBeGreaterThan(0);
    if (i > 0) expect(q.start).toBeGreaterThanOrEqual(quotes[i - 1]!.start);
    if (q.speaker) expectExact(input, q.speaker, `speaker of ${q.id}`);
    if (q.cue) expectExact(input, q.cue, `cue of ${q.id}`);
    if (q.addressee) expectExact(input, q.addressee, `addressee of ${q.id}`);
    const c = q.context;
    expect(0 <= c.start && c.start <= q.start && q.end <= c.end && c.end <= input.length, `context of ${q.id} holds it`).toBe(true);
    expect(Number.isInteger(c.paragraph) && c.paragraph >= 0).toBe(true);
    if (q.continues !== null) expect(ids.has(q.continues), `${q.id} continues an earlier id`).toBe(true);
    expect(q.confidence >= 0 && q.confidence <= 1).toBe(true);
    expect(['direct', 'indirect', 'mixed', 'other']).toContain(q.type);
    ids.add(q.id);
  });
  for (const s of speakers) {
    for (const m of s.mentions) expectExact(input, m, `mention of ${s.name}`);
    for (const id of s.quoteIds) expect(ids.has(id)).toBe(true);
  }
  warnings.forEach((w, i) => {
    expect(0 <= w.start && w.start <= w.end && w.end <= input.length, `warning ${w.code} in bounds`).toBe(true);
    const prev = warnings[i - 1];
    if (prev) expect(prev.start < w.start || (prev.start === w.start && prev.end <= w.end), 'warnings sorted').toBe(true);
    expect(w.message.length).toBeGreaterThan(0);
  });
}
