// The pipeline, in order. Each stage is one file under stages/; this is the only place
// that states the order, and no stage calls another (tests/architecture.test.ts).
// Layers (analyzeDocument): tokens → quote marks → clauses → cues. Then: direct quotes →
// reported clauses (wide scope: + scored attributions) → mixed quotes → classification → attribution (reported clauses, direct
// quotes, utterance fragments, floating quotes) → records → roster.
import { QuoteExtractionError } from './errors.js';
import { restoreInputTexts } from './nlp/normalize-whitespace.js';
import { WinkTokenizer } from './nlp/wink.js';
import { resolveOptions } from './options.js';
import type { Extraction, ExtractOptions, QuoteType, Warning } from './types.js';
import type { Document } from './document.js';
import type { ReportedClause } from './draft.js';
import { analyzeText } from './stages/analyze-text.js';
import { findQuoteMarks } from './stages/find-quote-marks.js';
import { pairQuoteMarks } from './stages/pair-quote-marks.js';
import { findClauses } from './stages/find-clauses.js';
import { findReportingCues } from './stages/find-reporting-cues.js';
import { findDirectQuotes } from './stages/find-direct-quotes.js';
import { findIndirectQuotes } from './stages/find-indirect-quotes.js';
import { findScoredAttributions } from './stages/find-scored-attributions.js';
import { findStanceAttributions } from './stages/find-stance-attributions.js';
import { findNominalAttributions } from './stages/find-nominal-attributions.js';
import { findAttitudePredicates } from './stages/find-attitude-predicates.js';
import { findHeadlineAttributions } from './stages/find-headline-attributions.js';
import { ATTRIBUTION_MODEL, type AttributionModel } from './data/attribution-model.generated.js';
import { findAttributionParts } from './stages/find-attribution-parts.js';
import { findQuotedFragmentAttributions } from './stages/find-quoted-fragment-attributions.js';
import { mergeMixedQuotes } from './stages/merge-mixed-quotes.js';
import { linkAttributionParts } from './stages/link-attribution-parts.js';
import { classifyQuotes } from './stages/classify-quotes.js';
import { findPageFurniture } from './stages/find-page-furniture.js';
import { dropFurnitureQuotes } from './stages/drop-furniture-quotes.js';
import { attributeReportedClauses } from './stages/attribute-reported-clauses.js';
import { attributeDirectQuotes } from './stages/attribute-direct-quotes.js';
import { shareUtteranceSpeakers } from './stages/share-utterance-speakers.js';
import { attributeFloatingQuotes } from './stages/attribute-floating-quotes.js';
import { resolveSpeakers } from './stages/resolve-speakers.js';
import { classifyContent } from './stages/classify-content.js';
import { checkCueSenses } from './stages/check-cue-senses.js';
import { dropNestedAttributions } from './stages/drop-nested-attributions.js';
import { endBeforeParticipleReports } from './stages/end-before-participle-reports.js';
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
  return extractWithModel(text, options, ATTRIBUTION_MODEL);
}

/**
 * {@link extract} with the wide scope's attribution model given (the training script reads the
 * records of the other rules with an empty model). Not part of the public surface.
 */
export function extractWithModel(text: string, options: ExtractOptions | undefined, model: AttributionModel): Extraction {
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

  const { doc, warnings: markWarnings } = analyzeDocument(input, sharedTokenizer);
  for (const w of markWarnings) warnings.push(w); // push(...) overflows the stack on 100k+ items
  const furniture = findPageFurniture(doc);
  const direct = findDirectQuotes(doc, doc.quotes.spans);
  for (const w of direct.warnings) warnings.push(w);
  const found = findIndirectQuotes(doc);
  // The wide scope adds, in the order `widen` lists them: attributions a learned model scores among
  // the verbs no clause rule took, then those named by a noun (`raised questions about …`) or an
  // adjective (`was critical of …`), headlines, contents with no source at their cue (`seems to …`,
  // `was charged with …`), and quoted fragments whose verb none of those took.
  const clauses = opts.scope === 'wide' ? widen(doc, found, model) : found;
  // Parts of one content (at one cue) linked once they are drafts.
  const merged = linkAttributionParts(mergeMixedQuotes(doc, direct.drafts, clauses));
  const classified = classifyQuotes(merged);
  const prose = dropFurnitureQuotes(classified, furniture);
  // Attribution: the speaker at each reported clause's cue, then at the cue around each quote;
  // fragments of one utterance share a speaker; a quote still without one continues the turn.
  const atClauseCues = attributeReportedClauses(doc, prose);
  const atQuoteCues = attributeDirectQuotes(doc, atClauseCues);
  const fragments = shareUtteranceSpeakers(atQuoteCues);
  const attributed = attributeFloatingQuotes(doc, fragments);
  // The entity layer (#13): names, roles, pronouns and documents resolved to entities.
  const entities = resolveSpeakers(doc, attributed, furniture);
  const withContent = classifyContent(doc, entities.drafts);
  const senses = checkCueSenses(doc, withContent);
  // A participle report after a comma (`…, citing X`) ends the content before it, then nested reports go.
  const scoped = selectScope(dropNestedAttributions(endBeforeParticipleReports(doc, senses), doc.text), opts.scope);

  const quotes = finalizeQuotes(doc, scoped, opts.includeNonSpeech ? ALL_TYPES : SPEECH_TYPES);
  const speakers = buildRoster(quotes, entities);
  warnings.sort((a, b) => a.start - b.start || a.end - b.end);
  // The stages read the text with its whitespace normalised (analyzeText); records quote the input.
  if (doc.text !== input) restoreInputTexts([quotes, speakers, warnings], input);
  return { quotes, speakers, warnings };
}

/**
 * The analysed document, layer by layer: tokens, sentences and paragraphs; the quote-mark
 * layer; the clause layer; the cue layer. Each layer is computed once and read-only after.
 */
export function analyzeDocument(input: string, tokenizer: WinkTokenizer): { doc: Document; warnings: Warning[] } {
  const text = analyzeText(input, tokenizer);
  const paired = pairQuoteMarks(text, findQuoteMarks(text));
  const withQuotes = { ...text, quotes: paired.layer };
  const withClauses = { ...withQuotes, clauses: findClauses(withQuotes) };
  const doc: Document = { ...withClauses, cues: findReportingCues(withClauses) };
  return { doc, warnings: paired.warnings };
}

/** The wide scope's reported clauses: the rules', the model's, then the nominal and adjectival cues' among what none took, then the sourceless ones, then quoted fragments' verbs. */
function widen(doc: Document, found: ReportedClause[], model: AttributionModel): ReportedClause[] {
  const scored = [...found, ...findScoredAttributions(doc, found, model)];
  const stances = [...scored, ...findStanceAttributions(doc, scored)];
  const nominal = [...stances, ...findNominalAttributions(doc, stances)];
  const attitudes = [...nominal, ...findAttitudePredicates(doc, nominal)];
  const headlines = [...attitudes, ...findHeadlineAttributions(doc, attitudes)];
  const parts = [...headlines, ...findAttributionParts(doc, headlines)];
  // Last: quoted fragments whose verb none of the above took (`condemned the strike as “reckless”`).
  return [...parts, ...findQuotedFragmentAttributions(doc, parts)];
}

/** Whether text[i] and text[i + 1] are the two halves of one character. */
function isSurrogatePair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
