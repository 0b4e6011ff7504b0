// The public record contract. Field names are a promise to users: extend, never rename.
// Every span is a half-open [start, end) range of UTF-16 offsets into the caller's input,
// and always satisfies `input.slice(start, end) === text`.
import type { RuleId } from './rules/catalogue.js';

/**
 * What kind of quote a record is, by its quote marks. `'other'` (scare quotes, titles; in the
 * default scope also beliefs and findings) only with `includeNonSpeech`.
 */
export type QuoteType = 'direct' | 'indirect' | 'mixed' | 'other';

/**
 * What a record's content is (see docs/scope.md):
 * - `statement`: what the source said — a clause, or quoted words (`said the plan failed`, `“It failed,” she said`);
 * - `question`: an indirect question or wh-clause (`asked whether the plan failed`, `explained how it failed`);
 * - `topic`: a noun-phrase object, what was talked about (`denied the allegations`, `called for a ban`);
 * - `intention`: an infinitive — a plan, promise, request or demand (`vowed to appeal`, `urged voters to register`);
 * - `belief`: a thought, hope, fear or expectation (`thinks that the plan failed`);
 * - `finding`: what a poll, study or document shows (`a poll shows that support fell`);
 * - `term`: quoted words that nobody is reported to say (a scare quote, a title), records of type `other`.
 * The default scope reports statements only; `scope: 'wide'` reports every kind of attributed content.
 */
export type ContentKind = 'statement' | 'question' | 'topic' | 'intention' | 'belief' | 'finding' | 'term';

/**
 * Which attributed content `extract()` reports. `'statements'` (default): what a source said —
 * direct quotes, reported statements and mixed quotes. `'wide'`: also questions, topics,
 * intentions, beliefs and findings (every attribution in PolNeAR's sense).
 */
export type Scope = 'statements' | 'wide';

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
  /**
   * Which rules found and attributed the quote (`quote-marks+trailing`): a {@link RuleId} of
   * the catalogue (src/rules/catalogue.ts, listed in docs/attribution.md). A record read back
   * from JSON has a plain string here until checked (the JSON Schema's `pattern` lists the ids).
   */
  rule: RuleId;
  /** What the content is: always `'statement'` in the default scope (see {@link ContentKind}). */
  contentKind: ContentKind;
}

/** One entry of the document's speaker roster: an entity that says something in the article. */
export interface Speaker {
  /** Stable within the document: "e1", "e2", … for named entities (order of first mention), "u1", … for unnamed sources, "n1", … for a name the entity layer did not resolve. */
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
  /**
   * Which attributed content to report: `'statements'` (default; what a source said) or
   * `'wide'` (also questions, topics, intentions, beliefs and findings). See {@link ContentKind}.
   */
  scope?: Scope;
  /** Report scare quotes, titles and terms as `type: 'other'`. Default `false`. */
  includeNonSpeech?: boolean;
  /**
   * Longest input read, in UTF-16 code units; the rest is ignored with an
   * `input-truncated` warning. Default 5,000,000 (about 2,000 news articles).
   */
  maxLength?: number;
}
