// One table row of a speaker test: a made-up text, the start of one of its quotes, and the
// speaker name (and kind) that quote must get. Shared by the entity tests.
import { expect } from 'vitest';
import { extract } from '../../src/index.js';

export type SpeakerRow = [label: string, text: string, quote: string, name: string | null, kind?: string];

/** Asserts that the quote of `text` starting with `quote` has a speaker named `name` (of `kind`, when given). */
export function checkSpeaker([, text, quote, name, kind]: SpeakerRow): void {
  const q = extract(text).quotes.find((x) => x.text.startsWith(quote));
  expect(q, `no quote starting ${quote}`).toBeDefined();
  expect(q!.speaker).not.toBeNull();
  expect(q!.speaker!.name).toBe(name);
  if (kind) expect(q!.speaker!.kind).toBe(kind);
}
