// The analysed text every stage reads: paragraphs, sentences and tokens with exact offsets.
// Rules work on these types only; the NLP libraries stay behind src/nlp/.
import type { QuoteMarkDef } from './data/quote-marks.js';

export interface Paragraph {
  index: number;
  /** Span of the paragraph's text, without its line breaks. */
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** Tokens [firstToken, endToken) of `AnalyzedText.tokens`. */
  firstToken: number;
  endToken: number;
}

export interface Token {
  /** Position in `AnalyzedText.tokens`. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Universal Dependencies tag from wink-nlp: PROPN, VERB, PUNCT, … */
  pos: string;
  lemma: string;
  paragraph: number;
  sentence: number;
  /** The bit of `pos` in data/tag-classes.ts (TAG_BIT): tag classes are masks tested with `&`. */
  tagBit: number;
  /** Word classes of `lower` and `lemma` as bits (layers/word-classes.ts), computed once per word. */
  word: number;
}

export interface AnalyzedText {
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

// ---------------------------------------------------------------------------------------
// Layers. Each is computed once, by the stage that extract.ts names for it, in this order:
// tokens/sentences/paragraphs (analyze-text) → quote marks (find-quote-marks, pair-quote-marks)
// → clauses (find-clauses) → reporting cues (find-reporting-cues). Rules read the layers
// through src/layers/*.ts and never decide again what a layer holds.

/**
 * What a quote-mark character does in its paragraph, once pairing is done: it opens or closes
 * a quote (a stray mark keeps the side its neighbours give it), it is an apostrophe (`don’t`,
 * `the teachers’ union`), or it is a straight mark that paired with nothing.
 */
export type MarkRole = 'open' | 'close' | 'apostrophe' | 'unpaired';

/** A quote mark as found in a paragraph, with the role its neighbours suggest (before pairing). */
export interface MarkCandidate {
  start: number;
  end: number;
  def: QuoteMarkDef;
  paragraph: number;
  role: 'open' | 'close' | 'either';
  /** A closing single mark that may just as well be an apostrophe (`Jones' car`). */
  weak: boolean;
}

/** A quoted stretch: from its opening mark to its closing mark (or its paragraph's end). */
export interface QuotedSpan {
  open: MarkCandidate;
  /** null when the quote is not closed in its paragraph. */
  close: MarkCandidate | null;
  paragraph: number;
  /** Inner end: the closing mark's start, or the paragraph's end. */
  innerEnd: number;
  /** Open at paragraph end and the next paragraph opens with the same mark: the news convention. */
  continuesInNextParagraph: boolean;
}

export interface QuoteLayer {
  /** Outermost quoted spans, in document order. */
  readonly spans: readonly QuotedSpan[];
  /** Per token: its role when it is a quote-mark token (open, close, apostrophe, unpaired), else null. */
  readonly markRole: readonly (MarkRole | null)[];
  /** Per token: index in `spans` of the quoted span the token lies in (marks included), or -1. */
  readonly spanOfToken: Int32Array;
}

export interface ClauseLayer {
  /**
   * Per token: first token of its clause (after a quote mark, a sentence end or the paragraph
   * start) and end (exclusive) of it. Bounded look-ups use `min`/`max` with a distance.
   */
  readonly clauseFirst: Int32Array;
  readonly clauseEnd: Int32Array;
  /** Per token: first token of its sentence as attribution sees it (passes over a partial quote). */
  readonly sentenceFirst: Int32Array;
}

/** What a reporting cue reports: speech, a belief or finding, or a source phrase (`according to`). */
export type CueKind = 'speech' | 'belief' | 'source';

/** How a cue's addressee is written: `told reporters` (object), `said to reporters` (to). */
export type AddresseeSlot = 'object' | 'to';

export interface ReportingCue {
  /** Tokens [first, end) of the cue: the verb and its particle (`fired back`), or `according to`. */
  first: number;
  end: number;
  /** `say`, `fire back`, `according to`. */
  lemma: string;
  /** The verb takes a particle: `point out`, `fire back`. */
  phrasal: boolean;
  kind: CueKind;
  /** A finite reporting use: not an adjective (`so-called`), not a hedged passive (`is said to`). */
  finite: boolean;
  /** `is said`, `was told`: the subject is spoken to or about. */
  passive: boolean;
  /** `did not say`, `never told`. */
  negated: boolean;
  addressee: AddresseeSlot | null;
}

export interface CueLayer {
  /** Every word that can report, in document order; the rules decide which uses count. */
  readonly cues: readonly ReportingCue[];
  /** Per token: index in `cues` of the cue that starts at it, or -1. */
  readonly cueStartingAt: Int32Array;
}

/** The analysed document every rule after the layers reads. Read-only: stages return what they add. */
export interface Document extends AnalyzedText {
  readonly quotes: QuoteLayer;
  readonly clauses: ClauseLayer;
  readonly cues: CueLayer;
}
