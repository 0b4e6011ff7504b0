// What a wink-nlp instance learns from a document, and how it is undone.
//
// wink-nlp keeps one vocabulary per instance (`cache.js`): a word it has not met is added to
// the lexeme hash and list of the core model (`getFeaturesIndex('lexeme', …)`), and so are new
// values of the word-shape features it stores for such words (`prefix`, `suffix`, `shape`).
// The tokenizer asks that same hash whether a piece of text is a known word
// (`_addTokenIfInCache`, `isLexeme`) before it splits off punctuation, possessives or
// hyphens. So once `party’s,` has been read, a later `The party’s nomination.` keeps
// `party’s` as one token (a fresh instance splits `party` + `’s`), and the POS tags around it
// change: what is found depended on what was read before.
//
// `forget` puts the vocabulary back as it was before `readDoc`, at a cost proportional to
// what the document added:
// - the new lexemes' hash entries are emptied (set to undefined, which wink reads as absent;
//   cheaper than deleting keys and re-inserting them document after document), so the next
//   document meets them as new again. Their list slots stay (emptied): wink also keeps each new lexeme's features in an array private to
//   the instance (`extrinsicLexicon`) at the lexeme's index, which it only ever appends to, so
//   the next new word must get the next index. The unused slots are why the adapter re-creates
//   the instance after `MAX_SPENT_LEXEMES`.
// - the feature values are truncated away (hash entries emptied, list and next index reset);
//   only the forgotten lexemes pointed at them.

/** One feature of wink's core model: values by index, and index by value. */
export interface WinkFeature {
  list: (string | undefined)[];
  /** Index by value; `undefined` (a forgotten value) reads as absent. */
  hash: Record<string, number | undefined>;
  index?: number;
}

/** The part of wink's core model that reading a document changes. */
export interface WinkVocabulary {
  features: Record<string, WinkFeature>;
  packing: { layout: Record<string, number[]>; efList: string[] };
}

/** Where each growing list of the vocabulary stood before a document. */
export interface VocabularyMark {
  lexemes: number;
  /** List lengths of the features whose values are kept by value (`prefix`, `suffix`, `shape`). */
  features: number[];
}

/**
 * Features whose new values wink adds to a list and hash while it reads (`efList` members stored
 * by value, `layout[f][3] === 0`), in the model's order.
 */
export function growingFeatures(model: WinkVocabulary): string[] {
  return model.packing.efList.filter((f) => model.packing.layout[f]?.[3] === 0);
}

export function markVocabulary(model: WinkVocabulary, features: readonly string[]): VocabularyMark {
  return {
    lexemes: model.features.lexeme!.list.length,
    features: features.map((f) => model.features[f]!.list.length),
  };
}

/** Undoes what was learned since `mark`. */
export function forget(model: WinkVocabulary, features: readonly string[], mark: VocabularyMark): void {
  const lexeme = model.features.lexeme!;
  const { list, hash } = lexeme;
  for (let i = mark.lexemes; i < list.length; i++) {
    hash[list[i]!] = undefined;
    list[i] = undefined; // the word's text is not needed again (and may hold its whole document)
  }
  features.forEach((f, k) => {
    const feature = model.features[f]!;
    const keep = mark.features[k]!;
    if (feature.list.length === keep) return;
    for (let i = keep; i < feature.list.length; i++) feature.hash[feature.list[i]!] = undefined;
    feature.list.length = keep;
    feature.index = keep;
  });
}
