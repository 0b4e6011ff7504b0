// The English model for wink-nlp, loaded with far less work than the model's own loader.
//
// `wink-eng-lite-web-model`'s `core()` deep-copies its 3 MB JSON (JSON.stringify + parse) at
// every call, decodes the base64 lexicon a character at a time through `atob`, and builds an
// 87,000-key hash; its package entry also imports the NER, sentiment and negation models
// (575 KB of JSON) that a pipe of ['sbd', 'pos'] never runs. Here:
// - the JSON is imported once and never changed; an instance gets new objects only for what
//   wink changes (the lists and hashes of the lexeme, prefix, suffix and shape features),
//   and shares the rest (typed arrays, regex sources, tables), which wink only reads;
// - the lexicon is decoded with a table, straight into its typed array;
// - NER, sentiment and negation get empty machines.
// The result is deep-equal to the model's own `core()` (tests/wink-model.test.ts); the version
// of the model is pinned exactly in package.json, because this follows its internal layout.
// No Node-only API: this runs in browsers.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the declarations go wherever this file is compiled (the playground too)
/// <reference path="./wink-model-modules.d.ts" />
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import loadCerMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
// The import attribute is what Node's ES modules and bundlers need for JSON; TypeScript rejects
// it when it emits CommonJS (dist/cjs), where it becomes a plain require() that Node reads.
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore TS2823 in the CommonJS build only
import coreJson from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };
import type { WinkFeature, WinkVocabulary } from './forget-document.js';
import { posTransformer, sbdTransformer, type LexemeHints, type Transformer } from './hint-transformers.js';

/** The model's core JSON, as far as the loader reads it. */
interface CoreJson {
  header: unknown;
  packing: { layout: Record<string, number[]>; size: number; efSize: number; config: unknown };
  lexicon: string;
  xpansions: string;
  features: Record<string, { list: string[] }>;
  tcat: unknown;
  pos: { hash: Record<string, number>; list: string[] };
  trex: unknown;
  preserve: unknown;
}

/** wink's working copy of the core model (what the model's `core()` returns). */
export interface WinkCore extends WinkVocabulary {
  features: Record<string, WinkFeature & { intrinsicSize?: number; maxIndex?: number }>;
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

const json = coreJson as unknown as CoreJson;

/** What every instance shares: built at the first `core()` call, only ever read by wink. */
interface Shared {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  posClusters: Set<number>[];
  efList: string[];
  /** Features with a list and a hash that wink extends while reading (and the lexeme). */
  hashed: string[];
}
let shared: Shared | undefined;

function sharedParts(): Shared {
  if (shared) return shared;
  const { layout } = json.packing;
  const features = Object.keys(layout);
  const posHash = json.pos.hash;
  shared = {
    lexicon: new Uint32Array(base64Bytes(json.lexicon).buffer),
    xpansions: new Uint32Array(base64Bytes(json.xpansions).buffer),
    posClusters: json.features.posClusters!.list.map((c) => new Set(c.split('_').map((p) => posHash[p] || 0))),
    efList: features.filter((f) => layout[f]![4] === 1),
    hashed: features.filter((f) => layout[f]![3] === 0),
  };
  return shared;
}

/** A new working core model; equal to the model's own `core()`. */
export function loadCore(): WinkCore {
  const s = sharedParts();
  const features: WinkCore['features'] = {};
  // The model's loader keeps the JSON's key order; so does this.
  for (const [name, feature] of Object.entries(json.features)) {
    if (name === 'posClusters') features[name] = { list: s.posClusters } as unknown as WinkFeature;
    else if (name === 'lexeme' || s.hashed.includes(name)) features[name] = indexed(feature.list);
    else features[name] = feature as WinkFeature; // read only (tokenType, pos)
  }
  for (const name of s.hashed) {
    const f = features[name]!;
    const cfg = json.packing.layout[name]!;
    f.intrinsicSize = f.list.length;
    f.index = f.list.length;
    f.maxIndex = cfg[1]! >>> cfg[2]!;
  }
  const lexeme = features.lexeme!;
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return {
    header: json.header,
    packing: { ...json.packing, efList: s.efList.slice() },
    lexicon: s.lexicon,
    features,
    tcat: json.tcat,
    pos: json.pos,
    trex: json.trex,
    xpansions: s.xpansions,
    preserve: json.preserve,
  } as WinkCore;
}

/** A feature's own copy of its list, and the hash from value to index. */
function indexed(list: readonly string[]): WinkFeature {
  const hash: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return { list: list.slice(), hash };
}

let hints: LexemeHints | undefined;

/** The hints of the model's own words, read once from the packed lexicon (as `cache.property` reads them). */
function lexemeHints(): LexemeHints {
  if (hints) return hints;
  const { lexicon } = sharedParts();
  const { layout, size } = json.packing;
  const count = json.features.lexeme!.list.length;
  const field = (name: string): Uint8Array => {
    const [word, mask, shift, byValue, , listed] = layout[name]!;
    // A field kept by value or through a list is read differently by wink: not one of these.
    if (byValue !== 1 || listed !== 0 || mask! >>> shift! > 255) throw new Error(`wink model: unexpected layout of ${name}`);
    const table = new Uint8Array(count);
    for (let k = 0; k < count; k++) table[k] = (lexicon[word! + k * size]! & mask!) >>> shift!;
    return table;
  };
  return (hints = { posHint: field('posHint'), sbdHint: field('sbdHint'), isAbbrev: field('isAbbrev') });
}

/** A machine model (`load-sbd-model.js`, `load-pos-model.js`) with each transformer replaced by `fast`. */
function withTransformer(load: unknown, fast: Transformer): () => Record<string, unknown> {
  return () => {
    const loaded = (load as () => { transformers: unknown[] } & Record<string, unknown>)();
    return { ...loaded, transformers: loaded.transformers.map(() => fast) };
  };
}

// A machine that recognises nothing, in wink's automaton JSON format.
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';
const nothing = (): void => undefined;

let cerMeta: unknown;

/**
 * The model object for `winkNLP(model, ['sbd', 'pos'])`: the core model from `loadCore`, the
 * model's own sentence and POS machines (with their token transformers reading tables:
 * hint-transformers.ts) and lemmatizer, and empty NER, sentiment and negation machines (that
 * pipe never runs them).
 */
export function winkModel(): Record<string, unknown> {
  // The model's metaCER() re-stringifies its own module variable at every call (the 21st
  // instance threw "Invalid string length"): its first answer is kept.
  cerMeta ??= (loadCerMeta as () => unknown)();
  const meta = cerMeta;
  return {
    core: loadCore,
    sbd: withTransformer(loadSbd, sbdTransformer(lexemeHints())),
    pos: withTransformer(loadPos, posTransformer(lexemeHints())),
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [EMPTY_MACHINE], setter: nothing }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: nothing }),
    metaCER: () => meta,
    featureFn: rememberFeatures(featureFn as FeatureFn),
    addons: { stem, lemmatize: rememberLemmas(lemmatize as Lemmatize), readabilityStats, wordVectors: undefined },
  };
}

/** A feature function of the model: its value for a word of a token category (wink passes its cache too). */
type Feature = (word: string, category?: unknown, cache?: unknown) => unknown;
type FeatureFn = (config: unknown) => Record<string, Feature>;

/** Values kept per feature (and token category) before that memo starts afresh (bounds memory over archives). */
const MAX_REMEMBERED_FEATURES = 50_000;

/**
 * The model's feature functions, remembering a word's features. wink computes the features of
 * every word it has not met (`cache.add`: prefix, suffix, case, shape, abbreviation, default
 * POS tag, in that order, then the index of each new prefix, suffix and shape value), and since
 * each document is read by an instance in the same state (forget-document.ts), the names and
 * rare words of news are met anew in every document. All but the POS tag depend on the word
 * only; the POS tag on the word and its token category, and on whether the lower-cased word is
 * in the model's own vocabulary (which never changes). Remembered, a word costs one map lookup
 * (wink asks for its features one after the other, with the same string), its shape is not
 * computed again (a Unicode normalisation and seven regex replacements), and its prefix, suffix
 * and shape are the same strings each time: wink looks each up in a hash, and V8 looks a string
 * it has met as a key up faster than a new one.
 */
function rememberFeatures(featureFn: FeatureFn): FeatureFn {
  return (config) => {
    const methods = featureFn(config);
    const remembered = Object.assign(Object.create(null) as typeof methods, methods);
    const words = new RememberedWords(methods);
    for (const name of WORD_FEATURES) remembered[name] = (word) => words.of(word)[name];
    remembered.pos = (word, category, cache) => words.pos(word, category, cache);
    return remembered;
  };
}

/** The features that depend on the word only. */
const WORD_FEATURES = ['prefix', 'suffix', 'lutCase', 'shape', 'isAbbrev'] as const;
type WordFeatures = Record<(typeof WORD_FEATURES)[number], unknown> & { posCategory: unknown; pos: unknown };

/** Features of the words met, by word; the last one asked for is kept at hand. */
class RememberedWords {
  readonly #methods: Record<string, Feature>;
  readonly #memo = new Map<string, WordFeatures>();
  #lastWord: string | undefined;
  #last: WordFeatures | undefined;

  constructor(methods: Record<string, Feature>) {
    this.#methods = methods;
  }

  of(word: string): WordFeatures {
    if (word === this.#lastWord) return this.#last!;
    let known = this.#memo.get(word);
    if (known === undefined) {
      const m = this.#methods;
      known = { prefix: m.prefix!(word), suffix: m.suffix!(word), lutCase: m.lutCase!(word), shape: m.shape!(word), isAbbrev: m.isAbbrev!(word), posCategory: undefined, pos: undefined };
      if (this.#memo.size >= MAX_REMEMBERED_FEATURES) this.#memo.clear();
      this.#memo.set(word, known);
    }
    this.#lastWord = word;
    return (this.#last = known);
  }

  /** The default POS tag, remembered for the token category it was last asked for. */
  pos(word: string, category: unknown, cache: unknown): unknown {
    const known = this.of(word);
    if (known.posCategory !== category || known.pos === undefined) {
      known.pos = this.#methods.pos!(word, category, cache);
      known.posCategory = category;
    }
    return known.pos;
  }
}

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Lemmas kept per part of speech before that memo starts afresh (bounds memory over archives). */
const MAX_REMEMBERED_LEMMAS = 50_000;

/** The tags the model's lemmatizer works on (it returns any other word as it is). */
const LEMMATIZED_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'VERB']);

/**
 * The model's lemmatizer, remembering its answers. Its answer depends on the word and the tag
 * only: besides its exception tables it asks wink whether a shortened form is a base form of
 * the model's own vocabulary with the same tag (`cache.hasSamePOS`), which is false for every
 * word learned while reading. So it is the same in every document; news repeats its verbs and
 * nouns, and each answer costs up to four regex replacements and vocabulary lookups.
 */
function rememberLemmas(lemmatize: Lemmatize): Lemmatize {
  const memo = new Map<string, Map<string, string>>();
  return (value, pos, cache) => {
    if (!LEMMATIZED_TAGS.has(pos)) return lemmatize(value, pos, cache); // the word itself
    let byWord = memo.get(pos);
    if (byWord === undefined) memo.set(pos, (byWord = new Map()));
    let lemma = byWord.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      if (byWord.size >= MAX_REMEMBERED_LEMMAS) byWord.clear();
      byWord.set(value, lemma);
    }
    return lemma;
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Uint8Array(128);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** Bytes of standard base64 text (with `=` padding), in a buffer of their own. */
export function base64Bytes(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--; // '='
  const bytes = new Uint8Array(Math.floor((end * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= end; i += 4) {
    const n =
      (B64_VALUE[text.charCodeAt(i)]! << 18) |
      (B64_VALUE[text.charCodeAt(i + 1)]! << 12) |
      (B64_VALUE[text.charCodeAt(i + 2)]! << 6) |
      B64_VALUE[text.charCodeAt(i + 3)]!;
    bytes[o++] = n >>> 16;
    bytes[o++] = (n >>> 8) & 255;
    bytes[o++] = n & 255;
  }
  if (end - i >= 2) {
    const n = (B64_VALUE[text.charCodeAt(i)]! << 18) | (B64_VALUE[text.charCodeAt(i + 1)]! << 12) | (end - i === 3 ? B64_VALUE[text.charCodeAt(i + 2)]! << 6 : 0);
    bytes[o++] = n >>> 16;
    if (end - i === 3) bytes[o++] = (n >>> 8) & 255;
  }
  return bytes;
}
