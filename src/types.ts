// The public record contract. Field names are a promise to users: extend, never rename.
// Every span is a half-open [start, end) range of UTF-16 offsets into the caller's input,
// and always satisfies `input.slice(start, end) === text`.

/** What kind of quote a record is. `'other'` (scare quotes, titles) only with `includeNonSpeech`. */
export type QuoteType = 'direct' | 'indirect' | 'mixed' | 'other';

/** What kind of source a speaker is. `document`: a statement, poll, ad or report speaks (its issuer is the name). */
export type SpeakerKind = 'person' | 'organization' | 'group' | 'anonymous' | 'document' | 'unknown';

/** A span of the input: `input.slice(start, end) === text`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Who said a quote, as mentioned near it, resolved to a name where the article allows. */
export interface QuoteSpeaker extends Span {
  /** Canonical name in this article ("John Bolton"), or null (pronoun not resolved, anonymous source). */
  name: string | null;
  kind: SpeakerKind;
  /**
   * Titles, roles, affiliations ("National Security Advisor"): this mention's own, then the
   * entity's, at most MAX_QUOTE_DESCRIPTORS (the roster entry lists them all).
   */
  descriptors: string[];
  /** Id of the roster entry (`Extraction.speakers`) this speaker is, when the entity layer resolved it. */
  id?: string;
}

/** The reporting verb or phrase ("told", "according to"), with its lemma ("tell"). */
export interface Cue extends Span {
  lemma: string;
}

export interface QuoteContext {
  /** 0-based index of the paragraph that holds the quote. */
  paragraph: number;
  /** The enclosing sentence(s). */
  start: number;
  end: number;
}

export interface Quote extends Span {
  /** "q1", "q2", … in document order. */
  id: string;
  type: QuoteType;
  speaker: QuoteSpeaker | null;
  cue: Cue | null;
  addressee: Span | null;
  context: QuoteContext;
  /** Id of the quote this fragment continues (the same utterance), or null. */
  continues: string | null;
  /** 0..1: how sure the attribution is. */
  confidence: number;
  /** Which rule found / attributed the quote. */
  rule: string;
}

/** One entry of the document's speaker roster: an entity that says something in the article. */
export interface Speaker {
  /** Stable within the document: "e1", "e2", … for named entities (order of first mention), "u1", … for unnamed sources. */
  id: string;
  /** Canonical name (fullest form in the article, no titles); null for an unnamed source. */
  name: string | null;
  kind: SpeakerKind;
  descriptors: string[];
  /** Every mention of the entity in the article (names, and the pronouns and nominals resolved to it). */
  mentions: Span[];
  quoteIds: string[];
  /** Gender only as the article itself shows it (a pronoun, an honorific, a gendered role); never from a name. */
  gender: 'male' | 'female' | null;
  /** The spans that show the gender. */
  genderEvidence: Span[];
}

/** A problem in the text itself (never a programmer error): reported, not thrown. */
export interface Warning {
  code: WarningCode;
  message: string;
  start: number;
  end: number;
}

export type WarningCode =
  | 'unclosed-quote'
  | 'unmatched-quote'
  | 'quote-too-long'
  | 'input-truncated';

export interface Extraction {
  quotes: Quote[];
  speakers: Speaker[];
  warnings: Warning[];
}

export interface ExtractOptions {
  /** Report scare quotes, titles and terms as `type: 'other'`. Default `false`. */
  includeNonSpeech?: boolean;
  /**
   * Longest input read, in UTF-16 code units; the rest is ignored with an
   * `input-truncated` warning. Default 5,000,000 (about 2,000 news articles).
   */
  maxLength?: number;
}
