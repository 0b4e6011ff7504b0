import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import type { GoldQuote as ScoredGoldQuote } from '../scripts/score.js';

// Short articles written for this project, one file per layout family, gold by hand
// (fixtures/gold/attribution-*.jsonl). Only direct quotes are annotated in them.
/** The eval format, with the extra hand annotations these fixtures carry. */
interface GoldQuote extends ScoredGoldQuote {
  addressee?: string;
  kind?: string;
  descriptors?: string[];
}
interface GoldArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

const dir = new URL('../fixtures/gold/', import.meta.url);
const files = readdirSync(dir).filter((f) => /^attribution-.*\.jsonl$/u.test(f)).sort();
const overlaps = (a: number, b: number, c: number | null, d: number | null) => c !== null && d !== null && Math.min(b, d) > Math.max(a, c);

test('there is a fixture for every layout family', () => {
  expect(files).toEqual([
    'attribution-floating.jsonl',
    'attribution-inside.jsonl',
    'attribution-leading.jsonl',
    'attribution-mentions.jsonl',
    'attribution-names.jsonl',
    'attribution-sources.jsonl',
    'attribution-trailing.jsonl',
  ]);
});

for (const file of files) {
  const articles = readFileSync(new URL(file, dir), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldArticle);
  describe(file, () => {
    for (const article of articles) {
      describe(article.id, () => {
        const quotes = extract(article.text).quotes;
        test.each(article.quotes.map((g) => [g.text.slice(0, 40), g] as const))('%s', (_label, g) => {
          expect(article.text.slice(g.start, g.end)).toBe(g.text);
          const q = quotes.find((p) => p.type === g.type && overlaps(p.start, p.end, g.start, g.end));
          expect(q, 'quote found').toBeDefined();
          if (g.speaker === null) {
            expect(q!.speaker).toBeNull();
          } else {
            expect(q!.speaker?.text).toBe(g.speaker);
            expect(q!.speaker?.start).toBe(g.speakerStart);
          }
          if (g.cue === null) expect(q!.cue).toBeNull();
          else expect(overlaps(q!.cue?.start ?? 0, q!.cue?.end ?? 0, g.cueStart, g.cueEnd)).toBe(true);
          expect(q!.speaker?.name ?? null).toBe(g.speakerName);
          if (g.addressee !== undefined) expect(q!.addressee?.text).toBe(g.addressee);
          if (g.kind !== undefined) expect(q!.speaker?.kind).toBe(g.kind);
          if (g.descriptors !== undefined) for (const d of g.descriptors) expect(q!.speaker?.descriptors).toContain(d);
        });
      });
    }
  });
}
