// #12: a stage returns what it adds and leaves what an earlier stage returned as it was. Every
// draft handed to the stages after attribution is frozen; a stage that writes into one throws.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { WinkTokenizer } from '../src/nlp/wink.js';
import { analyzeDocument, extract } from '../src/extract.js';
import type { QuoteDraft } from '../src/draft.js';
import { findPageFurniture } from '../src/stages/find-page-furniture.js';
import { findDirectQuotes } from '../src/stages/find-direct-quotes.js';
import { findIndirectQuotes } from '../src/stages/find-indirect-quotes.js';
import { mergeMixedQuotes } from '../src/stages/merge-mixed-quotes.js';
import { classifyQuotes } from '../src/stages/classify-quotes.js';
import { dropFurnitureQuotes } from '../src/stages/drop-furniture-quotes.js';
import { attributeReportedClauses } from '../src/stages/attribute-reported-clauses.js';
import { attributeDirectQuotes } from '../src/stages/attribute-direct-quotes.js';
import { shareUtteranceSpeakers } from '../src/stages/share-utterance-speakers.js';
import { attributeFloatingQuotes } from '../src/stages/attribute-floating-quotes.js';
import { resolveSpeakers } from '../src/stages/resolve-speakers.js';
import { classifyContent } from '../src/stages/classify-content.js';
import { checkCueSenses } from '../src/stages/check-cue-senses.js';
import { dropNestedAttributions } from '../src/stages/drop-nested-attributions.js';
import { endBeforeParticipleReports } from '../src/stages/end-before-participle-reports.js';
import { selectScope } from '../src/stages/select-scope.js';

const gold = join(import.meta.dirname, '..', 'fixtures', 'gold');
const texts = readdirSync(gold)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(gold, f), 'utf8').split('\n').filter((l) => l.trim() !== ''))
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** The drafts, each frozen (a write to a draft's own field throws in a module). */
const frozen = (drafts: QuoteDraft[]): QuoteDraft[] => drafts.map((d) => Object.freeze(d));

describe('stages after attribution leave their input drafts unchanged', () => {
  test(`over the ${texts.length} fixture articles, with the same quotes as extract()`, () => {
    const tokenizer = new WinkTokenizer();
    let dropped = 0;
    for (const text of texts) {
      const { doc } = analyzeDocument(text, tokenizer);
      const furniture = findPageFurniture(doc);
      const merged = mergeMixedQuotes(doc, findDirectQuotes(doc, doc.quotes.spans).drafts, findIndirectQuotes(doc));
      const prose = dropFurnitureQuotes(classifyQuotes(merged), furniture);
      const attributed = attributeFloatingQuotes(doc, shareUtteranceSpeakers(attributeDirectQuotes(doc, attributeReportedClauses(doc, prose))));
      const entities = resolveSpeakers(doc, frozen(attributed), furniture);
      const withContent = classifyContent(doc, frozen(entities.drafts));
      const senses = checkCueSenses(doc, frozen(withContent));
      const kept = dropNestedAttributions(frozen(endBeforeParticipleReports(doc, frozen(senses))), doc.text);
      dropped += withContent.length - kept.length;
      const scoped = selectScope(frozen(kept), 'statements');
      const quotes = extract(text).quotes;
      const ours = scoped.filter((d) => d.type !== 'other').map((d) => [d.start, d.end, d.speaker?.name ?? null] as const);
      const byPlace = (a: readonly [number, number, unknown], b: readonly [number, number, unknown]) => a[0] - b[0] || a[1] - b[1];
      expect(ours.sort(byPlace)).toEqual(quotes.map((q) => [q.start, q.end, q.speaker?.name ?? null] as const).sort(byPlace));
    }
    // The fixtures include drafts the cue-sense and nesting stages drop (so their link repair runs).
    expect(dropped).toBeGreaterThan(0);
  });
});
