import type { AnalyzedText, QuotedSpan } from '../document.js';
import type { QuoteDraft } from '../draft.js';
import type { Warning } from '../types.js';
import { SENTENCE_CONNECTIVES } from '../data/connectives.js';
import { SPEECH_VERB_FORMS } from '../data/lexicon.generated.js';
import { VOICING_VERB_LEMMAS } from '../data/speech-verbs.js';
import { TERM_INTRODUCERS, TITLE_SMALL_WORDS } from '../data/term-introducers.js';
import { firstIndexWhere } from '../sorted.js';
import { SHORT_OBJECTS } from '../data/pronouns.js';
import { CLAUSE_TAG_BITS } from '../data/tag-classes.js';
import { hasTag } from '../layers/tokens.js';

// Unicode regular expressions compiled once at load, not on every call (under tsx a `\p{…}` literal
// in a function body is compiled to `new RegExp(…)` each time it runs).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LOWER_AFTER_BLANKS = /^[ \t\u00a0]*\p{Ll}/u;

/** Longer than this, a closed quote is reported with a `quote-too-long` warning. */
const IMPLAUSIBLE_QUOTE_LENGTH = 5_000;
/** An attribution between two fragments of one utterance is short: `he said.`, `Bolton told reporters.` */
const MAX_INTERRUPTION_WORDS = 6;

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

/**
 * Turns quoted spans into direct-quote drafts: trims the words, judges whether they look
 * like speech, and links fragments of one utterance (`continues`) across a short
 * attribution or across paragraphs.
 */
export function findDirectQuotes(doc: AnalyzedText, spans: readonly QuotedSpan[]): { drafts: QuoteDraft[]; warnings: Warning[] } {
  const { text } = doc;
  const drafts: QuoteDraft[] = [];
  const warnings: Warning[] = [];
  let previous: { span: QuotedSpan; draft: QuoteDraft } | null = null;
  for (const span of spans) {
    let start = span.open.end;
    let end = span.innerEnd;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end <= start || !LETTER_OR_DIGIT.test(text.slice(start, end))) continue;
    const outerEnd = span.close?.end ?? end;
    const paragraphStart = doc.paragraphs[span.paragraph]!.start;
    // `as The Daily Beast called them, “Manchurian anchors”`: an as-clause attributes the quote.
    const attributedByAs = afterAsAttribution(text, paragraphStart, span.open.start);
    const speechLike = attributedByAs || looksLikeSpeech(doc, span.open.start, start, end) || isHeadlineQuote(doc, span, start, end);
    const draft: QuoteDraft = {
      start,
      end,
      outerStart: span.open.start,
      outerEnd,
      // A title or a scare-quoted term is `other` unless attribution finds a cue beside it.
      type: speechLike ? 'direct' : 'other',
      paragraph: span.paragraph,
      continues: null,
      speechLike,
      // Quotes in CJK text are always part of their sentence (彼女は「…」と言った).
      embedded:
        span.open.def.family !== 'corner' && span.open.def.family !== 'white-corner' &&
        ((!attributedByAs && isEmbedded(text, paragraphStart, span.open.start, start, previous?.span.paragraph === span.paragraph)) ||
          continuesAfter(text, span, end)),
      speaker: null,
      cue: null,
      cueTokens: null,
      addressee: null,
      confidence: 0,
      rule: span.close ? 'quote-marks' : 'quote-marks-unclosed',
    };
    if (end - start > IMPLAUSIBLE_QUOTE_LENGTH) {
      warnings.push({
        code: 'quote-too-long',
        message: `quote of ${end - start} characters is longer than a plausible quotation`,
        start,
        end,
      });
    }
    if (previous && previous.draft.speechLike && continuesUtterance(text, previous.span, span)) {
      // `“Here he comes,” she said, clapping. “The Boss. The Big Man.”`: after a speech verb
      // that attributes the first part, the second is speech even if it looks like a title.
      if (!draft.speechLike && !draft.embedded && speechVerbBetween(text, previous.span, span)) {
        draft.speechLike = true;
        draft.type = 'direct';
      }
      if (draft.speechLike) draft.continues = previous.draft;
    }
    drafts.push(draft);
    previous = { span, draft };
  }
  return { drafts, warnings };
}

/**
 * Scare quotes, terms and titles are short, title-cased or announced (`the so-called “woke”`,
 * `his book, “Art of the Deal,”`). American style puts a comma inside the closing mark even
 * after a term, so a short quote ending in a comma counts as speech only if it is a clause.
 */
function looksLikeSpeech(doc: AnalyzedText, openStart: number, start: number, end: number): boolean {
  const { text } = doc;
  const { count, titleCase } = countWords(text.slice(start, end));
  // Only the word right before the mark, in the same line: `the film “Jaws”`, `his book, “…”`.
  // The lookbehind tries each word from its start only (not from every letter inside it).
  const lead = /(?<![\p{L}-])([\p{L}-]+)([ \t\u00a0,]*)$/u.exec(text.slice(Math.max(0, openStart - 30), openStart));
  const before = lead?.[1]?.toLowerCase();
  // (`his book, “The Art of the Deal,”`: after a comma the noun still announces a title; not a
  // sentence, though: `According to the campaign, “The speech will be given on Monday.”`)
  if (before !== undefined && TERM_INTRODUCERS.has(before) && !(lead![2]!.includes(',') && isSentence(doc, start, end))) return false;
  if (before !== undefined && VOICING_VERB_LEMMAS.has(SPEECH_VERB_FORMS.get(before) ?? '')) return true;
  const lastChar = text[end - 1]!;
  const sentenceEnd = /[.!?…。！？]/u.test(lastChar);
  const clauseEnd = sentenceEnd || /[,;:—–-]/u.test(lastChar);
  if (count >= 3 && titleCase) return false;
  if (count === 2 && titleCase && !hasClauseWord(doc, start, end)) return false; // NBC's “Nightly News.”
  if (count >= 4) return true;
  if (sentenceEnd) return true;
  return count >= 2 && clauseEnd && hasClauseWord(doc, start, end);
}

/** A quoted sentence, not a title: four words or more, not all in title case, a clause word and a sentence end. */
function isSentence(doc: AnalyzedText, start: number, end: number): boolean {
  const { text } = doc;
  const { count, titleCase } = countWords(text.slice(start, end));
  return count >= 4 && !titleCase && /[.!?…]/u.test(text[end - 1]!) && hasClauseWord(doc, start, end);
}

/**
 * `Senator Ames: ‘We Will Not Back Down.’` — a headline (paragraph 0) that gives a speaker, a
 * colon and a quote running to the headline's end. Headlines are in title case, so the title
 * test of {@link looksLikeSpeech} says nothing there; the quote must end as a sentence or hold a
 * verb or pronoun (`Review: ‘Lost at Sea’` names a work).
 */
function isHeadlineQuote(doc: AnalyzedText, span: QuotedSpan, start: number, end: number): boolean {
  if (span.paragraph !== 0 || !span.close) return false;
  if (!/[.!?…]/u.test(doc.text[end - 1]!) && !hasClauseWord(doc, start, end)) return false;
  const { text } = doc;
  const head = doc.paragraphs[0]!;
  return /:[ \t\u00a0]*$/u.test(text.slice(head.start, span.open.start)) && !LETTER_OR_DIGIT.test(text.slice(span.close.end, head.end));
}

/** Every word of `words` is a sentence connective (`Then`, `But`), read up to the first that is not. */
function onlyConnectives(words: string): boolean {
  const word = /[\p{L}’']+/gu;
  const lower = words.toLowerCase();
  for (let m = word.exec(lower); m !== null; m = word.exec(lower)) if (!SENTENCE_CONNECTIVES.has(m[0])) return false;
  return true;
}

/** Longest as-clause read before a quote: `as The Daily Beast called them in an article last week,`. */
const MAX_AS_CLAUSE_CHARS = 100;
/** The stretch between the last clause boundary and the comma right before a mark. */
const AS_CLAUSE = /(?:^|[,;:(—–]|--|[.!?]\s)\s*(as\s[^,;:()"“”«».!?]+),\s*$/iu;

/**
 * `…, as The New Yorker put it in a long profile, “the operator.”`, `(or, as one paper called
 * them, “Manchurian anchors”)`: an as-clause with a subject and a speech verb, set off by a comma
 * right before the mark, attributes the quote, whatever its length or case. (`as the crowd
 * said, “…” about her`, where lower-case words run on, stays part of its sentence: see
 * {@link continuesAfter}.)
 */
function afterAsAttribution(text: string, paragraphStart: number, openStart: number): boolean {
  const lead = AS_CLAUSE.exec(text.slice(Math.max(paragraphStart, openStart - MAX_AS_CLAUSE_CHARS), openStart))?.[1];
  if (lead === undefined) return false;
  const words = lead.toLowerCase().match(WORD) ?? [];
  // A subject between `as` and the verb: `as said before` has none.
  return words.slice(2).some((w) => SPEECH_VERB_FORMS.has(w));
}

/**
 * The number of words in `quoted` and whether every one is in title case. Once a word is not
 * and four are counted, no rule reads further, so a long quote is not read to its end.
 */
function countWords(quoted: string): { count: number; titleCase: boolean } {
  let count = 0;
  let titleCase = true;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(quoted); m !== null; m = WORD.exec(quoted)) {
    count++;
    if (titleCase && !TITLE_SMALL_WORDS.has(m[0]) && !UPPER_FIRST.test(m[0])) titleCase = false;
    if (!titleCase && count >= 4) break;
  }
  return { count, titleCase };
}

/** Participles are tagged VERB but head noun phrases as often as clauses ("targeted area"). */
const PARTICIPLE = /(?:ed|ing)$/u;

function hasClauseWord(doc: AnalyzedText, start: number, end: number): boolean {
  for (let i = firstIndexWhere(doc.tokens, (t) => t.end > start); i < doc.tokens.length && doc.tokens[i]!.start < end; i++) {
    const token = doc.tokens[i]!;
    if (hasTag(token, CLAUSE_TAG_BITS) && !(token.pos === 'VERB' && PARTICIPLE.test(token.lower))) return true;
  }
  return false;
}

/**
 * A quote is embedded when it continues a sentence begun before its opening mark, not after
 * a lead-in that ends in `:` `,` or a dash (`Bolton said: “…”`): `favours a “strongman
 * approach.”`, `said that “…”`. Such words belong to a reported clause (a mixed quote).
 */
function isEmbedded(text: string, paragraphStart: number, openStart: number, start: number, quoteBefore: boolean): boolean {
  let i = openStart - 1;
  while (i >= paragraphStart && /\s/u.test(text[i]!)) i--;
  if (i < paragraphStart) return false;
  const c = text[i]!;
  if (c === ',' && !quoteBefore) {
    // `said that, “For those …”`, `Under Obama, “the generals have been …”`: a clause that
    // began before the mark. After an interrupting attribution (`he said, “a joint …”`) the
    // lower-case words continue the earlier quote instead.
    const lead = wordsBefore(text, Math.max(paragraphStart, i - 40), i + 1);
    if (lead.at(-1) === 'that') return true;
    // (`Clinton said on the other hand, “the current …”`: an adverbial may stand between the verb and the comma.)
    if (LOWER_FIRST.test(text[start]!) && !lead.slice(-MAX_WORDS_AFTER_LEAD_IN_VERB).some((w) => SPEECH_VERB_FORMS.has(w))) return true;
  }
  // Only words run on into a quote: after punctuation, a symbol or an emoji a new unit starts.
  if (!LETTER_OR_DIGIT.test(c)) return false;
  // `…, she said, and “…”`, `…, he said, but “…”`: coordinated after a mid-sentence attribution,
  // the quote is that speaker's next words (rules/quote-cue.ts finds the cue before the comma).
  const coordinated = AFTER_ATTRIBUTION_AND.exec(text.slice(Math.max(paragraphStart, openStart - 60), openStart));
  if (coordinated && SPEECH_VERB_FORMS.has(coordinated[1]!.toLowerCase())) return false;
  // Only a connective since the sentence began: `Then “We are ready,” Lee said.`
  const opening = /(?:^|[.!?…]\s)([^.!?…]*)$/u.exec(text.slice(Math.max(paragraphStart, openStart - 40), openStart))?.[1];
  if (opening !== undefined && onlyConnectives(opening)) {
    return false;
  }
  // The quote is the whole object of a speech verb: `Trump declared “…”`, `called them “…”`,
  // `described it as “…”`.
  const words = wordsBefore(text, Math.max(paragraphStart, openStart - 40), openStart);
  const last = words[words.length - 1] ?? '';
  const previous = words[words.length - 2] ?? '';
  const third = words[words.length - 3] ?? '';
  if (SPEECH_VERB_FORMS.has(last)) return false;
  if (SHORT_OBJECTS.has(last) && (SPEECH_VERB_FORMS.has(previous) || (SHORT_OBJECTS.has(previous) && SPEECH_VERB_FORMS.has(third)))) return false;
  return true;
}

/** How far back from the comma before a lower-case quote a speech verb makes it a lead-in (`said on the other hand, “…”`). */
const MAX_WORDS_AFTER_LEAD_IN_VERB = 5;

/** `said, and `, `said, but still ` before an opening mark: the verb before the comma is group 1. */
const AFTER_ATTRIBUTION_AND = /([\p{L}’']+)\s*,\s*(?:and|but)(?:\s+[\p{L}’']+)?\s*$/iu;

const wordsBefore = (text: string, from: number, to: number): string[] =>
  text.slice(from, to).toLowerCase().match(/[\p{L}’']+/gu) ?? [];

/**
 * The sentence goes on after the closing mark: `“You squeezed employees” to drive up …`
 * (the words end without punctuation and lower-case words that are no attribution follow).
 */
function continuesAfter(text: string, span: QuotedSpan, end: number): boolean {
  if (!span.close || !LETTER_OR_DIGIT.test(text[end - 1]!)) return false;
  const after = text.slice(span.close.end, span.close.end + 40);
  if (!LOWER_AFTER_BLANKS.test(after)) return false;
  const next = after.toLowerCase().match(/[\p{L}’']+/gu)?.slice(0, 4) ?? [];
  return !next.some((w) => SPEECH_VERB_FORMS.has(w));
}

/** A speech-verb form among the words between two quotes (`she said, clapping.`). */
function speechVerbBetween(text: string, first: QuotedSpan, second: QuotedSpan): boolean {
  if (!first.close) return false;
  return (text.slice(first.close.end, second.open.start).toLowerCase().match(WORD) ?? []).some((w) => SPEECH_VERB_FORMS.has(w));
}

/**
 * Two quotes are one utterance when the second opens the paragraph after a quote left open
 * (the news convention for long quotes), or when only a short attribution stands between
 * them in one paragraph: `“We might have had a joint statement,” he said. “But I felt …”`.
 */
function continuesUtterance(text: string, first: QuotedSpan, second: QuotedSpan): boolean {
  if (first.continuesInNextParagraph) return second.paragraph === first.paragraph + 1;
  if (first.paragraph !== second.paragraph || !first.close) return false;
  const between = text.slice(first.close.end, second.open.start);
  const words = between.match(WORD) ?? [];
  return words.length >= 1 && words.length <= MAX_INTERRUPTION_WORDS && /[.,:;]\s*$/u.test(between);
}
