// The analysed text every stage reads: paragraphs, sentences and tokens with exact offsets.
// Rules work on these types only; the NLP libraries stay behind src/nlp/.

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
}

export interface AnalyzedText {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}
