// The pipeline, in order. Each stage is one file under stages/; this is the only place
// that states the order.
import { QuoteExtractionError } from './errors.js';
import { restoreInputTexts } from './nlp/normalize-whitespace.js';
import { WinkTokenizer } from './nlp/wink.js';
import { resolveOptions } from './options.js';
import type { Extraction, ExtractOptions, QuoteType, Warning } from './types.js';
import { analyzeText } from './stages/analyze-text.js';
import { findQuoteMarks } from './stages/find-quote-marks.js';
import { pairQuoteMarks } from './stages/pair-quote-marks.js';
import { findDirectQuotes } from './stages/find-direct-quotes.js';
import { findIndirectQuotes } from './stages/find-indirect-quotes.js';
import { findPageFurniture } from './stages/find-page-furniture.js';
import { dropFurnitureQuotes } from './stages/drop-furniture-quotes.js';
import { attributeSpeakers } from './stages/attribute-speakers.js';
import { resolveSpeakers } from './stages/resolve-speakers.js';
import { classifyContent } from './stages/classify-content.js';
import { checkCueSenses } from './stages/check-cue-senses.js';
import { dropNestedAttributions } from './stages/drop-nested-attributions.js';
import { selectScope } from './stages/select-scope.js';
import { finalizeQuotes } from './stages/finalize-quotes.js';
import { buildRoster } from './stages/build-roster.js';

// Lazily created and reused: creating a wink-nlp instance costs ~40 ms. Not observable
// from outside; the tokenizer bounds its own memory.
let sharedTokenizer: WinkTokenizer | undefined;

const SPEECH_TYPES: ReadonlySet<QuoteType> = new Set(['direct', 'indirect', 'mixed']);
const ALL_TYPES: ReadonlySet<QuoteType> = new Set([...SPEECH_TYPES, 'other']);

/**
 * Finds every quote in `text` (a news article, headline first) and says who said it.
 * Never throws for any string; throws {@link QuoteExtractionError} for a non-string or bad options.
 */
export function extract(text: string, options?: ExtractOptions): Extraction {
  if (typeof text !== 'string') {
    throw new QuoteExtractionError(
      'INVALID_TEXT',
      `extract(text) expects text to be a string, got ${text === null ? 'null' : typeof text}`,
    );
  }
  const opts = resolveOptions(options);
  const warnings: Warning[] = [];
  let input = text;
  if (input.length > opts.maxLength) {
    // Never between the two halves of a surrogate pair (an emoji, a rare CJK character).
    const cut = isSurrogatePair(text, opts.maxLength - 1) ? opts.maxLength - 1 : opts.maxLength;
    warnings.push({
      code: 'input-truncated',
      message: `input of ${text.length} characters was read up to maxLength (${opts.maxLength})`,
      start: cut,
      end: text.length,
    });
    input = text.slice(0, cut);
  }
  sharedTokenizer ??= new WinkTokenizer();

  const doc = analyzeText(input, sharedTokenizer);
  const furniture = findPageFurniture(doc);
  const marks = findQuoteMarks(doc);
  const paired = pairQuoteMarks(doc, marks);
  for (const w of paired.warnings) warnings.push(w); // push(...) overflows the stack on 100k+ items
  const drafts = findDirectQuotes(doc, paired.spans, warnings);
  for (const d of drafts) if (!d.speechLike) d.type = 'other';
  for (const d of findIndirectQuotes(doc, drafts)) drafts.push(d);
  // Quoted words inside a sentence that no reported clause took in (`called them
  // “deplorables.”`) are a term or a fragment, not an utterance of their own.
  for (const d of drafts) if (d.type === 'direct' && d.embedded) d.type = 'other';
  const prose = dropFurnitureQuotes(drafts, furniture);
  attributeSpeakers(doc, prose);
  // The entity layer (#13): names, roles, pronouns and documents resolved to entities.
  const entities = resolveSpeakers(doc, prose);
  const classified = classifyContent(doc, prose);
  const senses = checkCueSenses(doc, classified);
  const scoped = selectScope(dropNestedAttributions(senses), opts.scope);

  const quotes = finalizeQuotes(doc, scoped, opts.includeNonSpeech ? ALL_TYPES : SPEECH_TYPES);
  const speakers = buildRoster(quotes, entities);
  warnings.sort((a, b) => a.start - b.start || a.end - b.end);
  // The stages read the text with its whitespace normalised (analyzeText); records quote the input.
  if (doc.text !== input) restoreInputTexts([quotes, speakers, warnings], input);
  return { quotes, speakers, warnings };
}

/** Whether text[i] and text[i + 1] are the two halves of one character. */
function isSurrogatePair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
