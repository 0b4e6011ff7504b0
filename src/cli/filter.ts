// --types, --min-confidence and --speaker: which quotes of an extraction are printed.
import { speakerMatches } from '../audit/names.js';
import type { Extraction, QuoteType } from '../index.js';

export interface QuoteFilter {
  types: ReadonlySet<QuoteType> | null;
  minConfidence: number | null;
  speaker: string | null;
}

/** The extraction with only the quotes that pass; the roster keeps the speakers still quoted. */
export function applyFilter(ex: Extraction, f: QuoteFilter): Extraction {
  if (f.types === null && f.minConfidence === null && f.speaker === null) return ex;
  const quotes = ex.quotes.filter(
    (q) =>
      (f.types === null || f.types.has(q.type)) &&
      (f.minConfidence === null || q.confidence >= f.minConfidence) &&
      (f.speaker === null || speakerMatches(f.speaker, q.speaker)),
  );
  const kept = new Set(quotes.map((q) => q.id));
  const speakers = ex.speakers
    .map((s) => ({ ...s, quoteIds: s.quoteIds.filter((id) => kept.has(id)) }))
    .filter((s) => s.quoteIds.length > 0);
  return { quotes, speakers, warnings: ex.warnings };
}
