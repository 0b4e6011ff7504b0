// The model's token transformers for wink's sentence and POS machines, reading the hints of
// the model's own words from tables.
//
// wink calls a transformer for every token, for the sentence machine once and for the POS
// machine once per machine (two). The model's transformers (`sbd-transformers.js`,
// `pos-transformers.js`) ask `cache.property(index, name)` for a word's `sbdHint`, `posHint`
// or `isAbbrev`: a lookup of the property's layout by name and a bit-field read from the
// packed lexicon, up to three times per token. For a word of the model's own vocabulary
// (index below its size) the answer is a constant of the model, so it is read here from a
// table built once from the same packed lexicon; every other index (a word learned while
// reading, whose fields only the cache holds) is still asked of the cache. What the machines
// see is unchanged: tests/hint-transformers.test.ts compares these with the model's own
// transformers for every word of the model.

/** The hints of the model's own words, by lexeme index (a table's length is the vocabulary's size). */
export interface LexemeHints {
  posHint: Uint8Array;
  sbdHint: Uint8Array;
  isAbbrev: Uint8Array;
}

/** What the transformers ask of wink's cache (`cache.js`). */
interface HintCache {
  property: (index: number, name: string) => unknown;
  value: (index: number) => string;
}

/** wink's transformer signature: a token's id for the machine, the cache, the raw token data, the token's index. */
export type Transformer = (token: number, cache: HintCache, rawTokens: readonly number[], i: number) => number;

/** Added to a hint to make it a token id of its own for the machines (the model's `hintDelta`). */
const HINT_DELTA = 1_080_000;
/** Preceding-space bits of a raw token's second number. */
const SPACES_MASK = 0xffff;
/** sbdHint values of the model's sentence transformer: an ambiguous quote, and one after a space. */
const AMBIGUOUS_QUOTE = 4;
const AMBIGUOUS_QUOTE_AFTER_SPACE = 6;
/** Tokens for an abbreviation of two characters (`Mr`, `St`) and of any other length. */
const SHORT_ABBREVIATION = 8;
const ABBREVIATION = 7;

/**
 * A word's hint from its table (one per word of the model), or from the cache for any other index.
 * The bounds are tested here: a typed array read out of its bounds is a slow path in V8.
 */
function hintOf(table: Uint8Array, name: string): (index: number, cache: HintCache) => number {
  const size = table.length;
  return (index, cache) => (index >= 0 && index < size ? table[index]! : (cache.property(index, name) as number));
}

/** The model's POS transformer (`pos-transformers.js`): a word with a POS hint becomes that hint. */
export function posTransformer(hints: LexemeHints): Transformer {
  const posHint = hintOf(hints.posHint, 'posHint');
  return (pos, cache, rawTokens, i) => {
    const mapped = posHint(rawTokens[4 * i]!, cache);
    return mapped ? mapped + HINT_DELTA : pos;
  };
}

/**
 * The model's sentence transformer (`sbd-transformers.js`): a word with a sentence hint (of its
 * normal form, or else of the word itself) becomes that hint, an ambiguous quote is told apart
 * by a preceding space, and an abbreviation becomes one of two abbreviation tokens.
 */
export function sbdTransformer(hints: LexemeHints): Transformer {
  const sbdHint = hintOf(hints.sbdHint, 'sbdHint');
  const isAbbrev = hintOf(hints.isAbbrev, 'isAbbrev');
  return (token, cache, rawTokens, i) => {
    let mapped = sbdHint(token, cache) || sbdHint(rawTokens[4 * i]!, cache);
    if (mapped === AMBIGUOUS_QUOTE) mapped = rawTokens[4 * i + 1]! & SPACES_MASK ? AMBIGUOUS_QUOTE_AFTER_SPACE : AMBIGUOUS_QUOTE;
    if (mapped) return mapped + HINT_DELTA;
    if (!isAbbrev(token, cache)) return token;
    return HINT_DELTA + (cache.value(token).length === 2 ? SHORT_ABBREVIATION : ABBREVIATION);
  };
}
