// The one place that talks to wink-nlp: tokens with exact offsets, POS tags, lemmas and
// sentence boundaries for a stretch of text.
import winkNLP from 'wink-nlp';
import type { Token } from '../document.js';
import { TAG_BIT } from '../data/tag-classes.js';
import { formClasses, lemmaClasses, textClasses, wordClasses } from '../layers/word-classes.js';
import { forget, growingFeatures, markVocabulary, type WinkVocabulary } from './forget-document.js';
import { loadCore, winkModel } from './load-model.js';
import { isExpansion, lexemeOf, posIndexOf, precedingSpaceCount, tokenCount, withDocData, type WinkDocData } from './wink-doc-data.js';

export interface RawSentence {
  /** Tokens [first, end) of the returned token list. */
  first: number;
  end: number;
}

export interface WinkResult {
  /** Our tokens, built once here (news has ~200 per KB); paragraph and sentence are left at -1. */
  tokens: Token[];
  sentences: RawSentence[];
}

/**
 * Every document is read by an instance in the same state (see forget-document.ts), so when the
 * instance is re-created changes nothing but memory and time. What grows is one spent slot per
 * new word of each document (~50 bytes; ~100 per news article): re-creating the instance
 * after this many (~2,000 articles) bounds memory over archives, and keeps wink's lexeme
 * indexes far below the numbers it reserves for its own markers (2,070,000).
 */
const MAX_SPENT_LEXEMES = 200_000;

/**
 * Text is cut into chunks for wink-nlp at two kinds of run. A long blank run is skipped:
 * wink breaks on 65,535+ spaces. A long run without blanks (a data URI, `-----`, `a_a_a…`)
 * is read in pieces of at most MAX_WORD characters: wink's tokenizer is quadratic in the
 * length of such a run (16,000 `-` take ~1 s), and no word of a quote's attribution is that long.
 */
const MAX_WORD = 100;
const MAX_BLANKS = 999;

/** A blank of a skipped run: space, tab, no-break space, U+2000–U+200B, ideographic space. */
function isRunBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/** What ends a word's run: a character of JavaScript's `\s`, or U+200B. */
function endsWord(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/**
 * The long runs of `text.slice(start, end)` in order, as [start, end, is a word] triples: each
 * maximal run of blanks longer than MAX_BLANKS and each maximal run without blanks longer than
 * MAX_WORD (the two kinds share no character). One pass over the characters.
 */
export function longRuns(text: string, start: number, end: number): [number, number, boolean][] {
  const runs: [number, number, boolean][] = [];
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isRunBlank(c)) {
      while (j < end && isRunBlank(text.charCodeAt(j))) j++;
      if (j - i > MAX_BLANKS) runs.push([i, j, false]);
    } else if (!endsWord(c)) {
      while (j < end && !endsWord(text.charCodeAt(j))) j++;
      if (j - i > MAX_WORD) runs.push([i, j, true]);
    }
    i = j;
  }
  return runs;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

interface Reader {
  /** The core model this instance reads with (its vocabulary). */
  core: WinkVocabulary;
  /** Its features that grow while reading. */
  growing: string[];
  /** Lexeme list length when the instance was new. */
  lexemesAtStart: number;
  /** Reads `text` and returns wink's data for it. */
  read: (text: string) => WinkDocData;
  /** Lower-case forms and lemmas of the tokens of a document read by this instance. */
  words: VocabularyWords;
  /** Per tag index of the model: the tag's name (`Token.pos`) and its bit (`Token.tagBit`). */
  tagNames: readonly string[];
  tagBits: readonly number[];
}

export class WinkTokenizer {
  #reader: Reader | null = null;
  readonly #maxSpentLexemes: number;
  /** wink-nlp instances created so far (for tests of the recycling). */
  instancesCreated = 0;

  /** `maxSpentLexemes`: re-create the wink-nlp instance after this many (0: for every chunk). */
  constructor(maxSpentLexemes = MAX_SPENT_LEXEMES) {
    this.#maxSpentLexemes = maxSpentLexemes;
  }

  #instance(): Reader {
    const r = this.#reader;
    if (r !== null && r.core.features.lexeme!.list.length - r.lexemesAtStart < this.#maxSpentLexemes) return r;
    this.instancesCreated++;
    let core: WinkVocabulary | undefined;
    let last: WinkDocData | undefined;
    const model = withDocData(winkModel(), (data) => (last = data));
    model.core = () => (core = loadCore());
    const nlp = winkNLP(model as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
    if (core === undefined) throw new Error('wink-nlp did not load its core model');
    const growing = growingFeatures(core);
    const lemmaOf = nlp.its.lemma as (i: number, data: WinkDocData, addons: unknown) => string | undefined;
    const intrinsic = core.features.lexeme!.list.length;
    const words = new VocabularyWords(core.features.lexeme!.list, intrinsic, (i, data) => lemmaOf(i, data, model.addons));
    const read = (text: string): WinkDocData => {
      last = undefined;
      nlp.readDoc(text);
      if (last === undefined) throw new Error('wink-nlp did not tag the document');
      return last;
    };
    const tagNames = core.features.pos!.list.map((tag) => tag ?? 'X');
    return (this.#reader = {
      core,
      growing,
      lexemesAtStart: intrinsic,
      read,
      words,
      tagNames,
      tagBits: tagNames.map((tag) => TAG_BIT.get(tag) ?? 0),
    });
  }

  /** Known values of each feature of the vocabulary that grows while reading (for tests). */
  vocabularySizes(): Record<string, number> {
    const { core, growing } = this.#instance();
    const known = (hash: Record<string, number | undefined>) => Object.values(hash).filter((v) => v !== undefined).length;
    return Object.fromEntries(['lexeme', ...growing].map((f) => [f, known(core.features[f]!.hash)]));
  }

  /** Analyses `text.slice(start, end)`; offsets in the result are offsets into `text`. */
  analyze(text: string, start: number, end: number): WinkResult {
    const result: WinkResult = { tokens: [], sentences: [] };
    let chunkStart = start;
    for (const [runStart, runEnd, isWord] of longRuns(text, start, end)) {
      this.#analyzeChunk(text, chunkStart, runStart, result);
      if (isWord) {
        for (let at = runStart, to = 0; at < runEnd; at = to) {
          to = Math.min(runEnd, at + MAX_WORD);
          if (isLowSurrogate(text.charCodeAt(to))) to++; // keep surrogate pairs whole
          this.#analyzeChunk(text, at, Math.min(runEnd, to), result);
        }
      }
      chunkStart = runEnd;
    }
    this.#analyzeChunk(text, chunkStart, end, result);
    return result;
  }

  #analyzeChunk(text: string, start: number, end: number, into: WinkResult): void {
    // Only text with words is worth analysing: rules read names and verbs, and a chunk of
    // marks, dashes or symbols alone (1 MB of quote marks) would cost wink ~3x ordinary text.
    if (end <= start || !HAS_WORD.test(text.slice(start, end))) return;
    const reader = this.#instance();
    const { core, growing } = reader;
    const chunk = text.slice(start, end);
    const base = into.tokens.length;
    let kept: Int32Array = new Int32Array(0);
    let spans: readonly (readonly number[])[] = [];
    // Everything is read out of the document before its words are forgotten (lemmas and
    // values are looked up in the vocabulary).
    const mark = markVocabulary(core, growing);
    try {
      const data = reader.read(chunk);
      kept = this.#readTokens(reader, data, chunk, start, into);
      spans = data.sentences;
    } finally {
      forget(core, growing, mark);
    }
    for (const span of spans) {
      const f = mapped(kept, span[0]!, 1, into.tokens.length);
      const e = mapped(kept, span[1]!, -1, base) + 1;
      if (e > f) into.sentences.push({ first: f, end: e });
    }
  }

  /**
   * Our tokens for wink's, read straight from its document data. Offsets are a running sum of
   * preceding spaces and token values; if wink ever normalises a character, re-synchronise by
   * searching forward so spans stay exact. Returns our token index for each of wink's (-1: dropped).
   */
  #readTokens(reader: Reader, data: WinkDocData, chunk: string, start: number, into: WinkResult): Int32Array {
    const { words, tagNames, tagBits } = reader;
    const count = tokenCount(data);
    const indexMap = new Int32Array(count);
    let cursor = 0;
    for (let i = 0; i < count; i++) {
      const lexeme = lexemeOf(data, i);
      const known = words.known(lexeme);
      const value = known === undefined ? words.value(lexeme) : known.text;
      let at = cursor + precedingSpaceCount(data, i);
      if (!chunk.startsWith(value, at)) {
        const found = value === '' ? -1 : chunk.indexOf(value, cursor);
        if (found < 0) {
          indexMap[i] = -1;
          continue;
        }
        at = found;
      }
      if (value === '') {
        indexMap[i] = -1;
        continue;
      }
      cursor = at + value.length;
      indexMap[i] = into.tokens.length;
      const tag = posIndexOf(data, i);
      const lower = known === undefined ? value.toLowerCase() : known.lower;
      const lemma = words.lemma(known, data, i, tag) ?? lower;
      const named = tag < tagNames.length;
      into.tokens.push({
        index: into.tokens.length,
        start: start + at,
        end: start + at + value.length,
        text: value,
        lower,
        pos: named ? tagNames[tag]! : 'X',
        lemma,
        paragraph: -1,
        sentence: -1,
        tagBit: named ? tagBits[tag]! : TAG_BIT.get('X')!,
        word: words.classes(known, value, lower, lemma),
      });
    }
    return indexMap;
  }
}

/** A word of the model's own vocabulary, as its tokens read: text, lower-case form, and lemma for the tag it last had. */
interface KnownWord {
  text: string;
  lower: string;
  tag: number;
  lemma: string | undefined;
  /** A word that has had several tags: its lemma by tag (null: wink gave none), for the tags met. */
  byTag: (string | null)[] | undefined;
  /** Word-class bits of `lower` and `text` (layers/word-classes.ts). */
  form: number;
  /** The lemma whose class bits are `lemmaClasses`. */
  classedLemma: string | undefined;
  lemmaClasses: number;
}

/**
 * What a token of the model's own vocabulary (its first `intrinsic` lexemes) always reads as:
 * its text, its lower-case form, and its lemma, which depends on the word and its tag only (wink
 * reads it from the model's tables, or lemmatizes the word's normal form against them). All are
 * kept together by lexeme index (one memory access per token), the lemma with the tag it was
 * last asked for (a word mostly keeps its tag). Learned words get new indexes in every document,
 * and a contraction's expansions carry their own lemma: those are read from wink each time.
 */
class VocabularyWords {
  readonly #list: readonly (string | undefined)[];
  readonly #lemmaOf: (i: number, data: WinkDocData) => string | undefined;
  readonly #known: (KnownWord | undefined)[];

  constructor(list: readonly (string | undefined)[], intrinsic: number, lemmaOf: (i: number, data: WinkDocData) => string | undefined) {
    this.#list = list;
    this.#lemmaOf = lemmaOf;
    this.#known = new Array<KnownWord | undefined>(intrinsic).fill(undefined);
  }

  /** The model's own word of index `lexeme`; undefined for a learned word. */
  known(lexeme: number): KnownWord | undefined {
    if (lexeme >= this.#known.length) return undefined;
    let word = this.#known[lexeme];
    if (word === undefined) {
      const text = this.#list[lexeme] ?? '';
      const lower = text.toLowerCase();
      this.#known[lexeme] = word = { text, lower, tag: -1, lemma: undefined, byTag: undefined, form: formClasses(lower) | textClasses(text), classedLemma: undefined, lemmaClasses: 0 };
    }
    return word;
  }

  /** The text of lexeme `lexeme` ('' if it has none). */
  value(lexeme: number): string {
    return this.#list[lexeme] ?? '';
  }

  /** wink's lemma of token i, whose tag is `tag` (`known`: its word, if one of the model's own). */
  lemma(known: KnownWord | undefined, data: WinkDocData, i: number, tag: number): string | undefined {
    if (known === undefined || isExpansion(data, i)) return this.#lemmaOf(i, data);
    if (known.tag !== tag) {
      // (`that` is DET, SCONJ or PRON by turns: each tag's lemma is asked of wink once.)
      const byTag = (known.byTag ??= []);
      if (known.tag >= 0) byTag[known.tag] = known.lemma ?? null;
      const kept = byTag[tag];
      known.lemma = kept === undefined ? this.#lemmaOf(i, data) : (kept ?? undefined);
      known.tag = tag;
    }
    return known.lemma;
  }

  /**
   * Word-class bits of a token of text `text`, lower-case form `lower` and lemma `lemma`: kept
   * with the word when it is one of the model's own (`known`), so most tokens cost no lookup.
   */
  classes(known: KnownWord | undefined, text: string, lower: string, lemma: string): number {
    if (known === undefined) return wordClasses(text, lower, lemma);
    if (known.classedLemma !== lemma) {
      known.classedLemma = lemma;
      known.lemmaClasses = lemmaClasses(lemma);
    }
    return known.form | known.lemmaClasses;
  }
}

/** Our token for wink token i, or the nearest kept one in direction `dir`; `none` if there is none. */
function mapped(indexMap: Int32Array, i: number, dir: 1 | -1, none: number): number {
  for (let j = i; j >= 0 && j < indexMap.length; j += dir) {
    const m = indexMap[j]!;
    if (m >= 0) return m;
  }
  return none;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
