// The record contract as one check, shared by the property and pathological-input suites.
// Violations are collected in plain code and asserted once: a million `expect` calls on a
// 1 MB input would cost more than extracting it.
import { expect } from 'vitest';
import type { Extraction, Span } from '../../src/index.js';

const TYPES = new Set(['direct', 'indirect', 'mixed', 'other']);

/** Problems with `result` as a result of `extract(input)`: empty when every invariant holds. */
export function invariantViolations(input: string, result: Extraction): string[] {
  const problems: string[] = [];
  const fail = (message: string) => {
    if (problems.length < 10) problems.push(message);
  };
  const exact = (span: Span, what: string) => {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) fail(`${what}: offsets not integers`);
    else if (!(0 <= span.start && span.start <= span.end && span.end <= input.length)) fail(`${what}: offsets out of bounds`);
    else if (input.slice(span.start, span.end) !== span.text) fail(`${what}: input.slice(start, end) !== text`);
  };
  const { quotes, speakers, warnings } = result;
  const ids = new Set<string>();
  quotes.forEach((q, i) => {
    if (q.id !== `q${i + 1}`) fail(`quote ${i}: id ${q.id}, expected q${i + 1}`);
    exact(q, `quote ${q.id}`);
    if (q.text.length === 0) fail(`quote ${q.id}: empty`);
    if (i > 0 && q.start < quotes[i - 1]!.start) fail(`quote ${q.id}: not in document order`);
    if (q.speaker) exact(q.speaker, `speaker of ${q.id}`);
    if (q.cue) exact(q.cue, `cue of ${q.id}`);
    if (q.addressee) exact(q.addressee, `addressee of ${q.id}`);
    const c = q.context;
    if (!(0 <= c.start && c.start <= q.start && q.end <= c.end && c.end <= input.length)) fail(`context of ${q.id} does not hold it`);
    if (!Number.isInteger(c.paragraph) || c.paragraph < 0) fail(`context of ${q.id}: bad paragraph`);
    if (q.continues !== null && !ids.has(q.continues)) fail(`${q.id} continues ${q.continues}, not an earlier id`);
    if (!(q.confidence >= 0 && q.confidence <= 1)) fail(`${q.id}: confidence ${q.confidence}`);
    if (!TYPES.has(q.type)) fail(`${q.id}: type ${q.type}`);
    ids.add(q.id);
  });
  for (const s of speakers) {
    for (const m of s.mentions) exact(m, `mention of ${s.name}`);
    for (const id of s.quoteIds) if (!ids.has(id)) fail(`speaker ${s.name}: unknown quote id ${id}`);
  }
  warnings.forEach((w, i) => {
    if (!(0 <= w.start && w.start <= w.end && w.end <= input.length)) fail(`warning ${i} (${w.code}): out of bounds`);
    const prev = warnings[i - 1];
    if (prev && !(prev.start < w.start || (prev.start === w.start && prev.end <= w.end))) fail(`warning ${i}: not sorted`);
    if (w.message.length === 0) fail(`warning ${i}: empty message`);
  });
  return problems;
}

/** Asserts every invariant of the record contract for one input and its result. */
export function checkInvariants(input: string, result: Extraction): void {
  expect(invariantViolations(input, result)).toEqual([]);
}
