import type { AnalyzedText, Sentence, Token } from '../document.js';
import { normalizeWhitespace } from '../nlp/normalize-whitespace.js';
import type { WinkTokenizer } from '../nlp/wink.js';
import { splitParagraphs } from '../layers/paragraphs.js';
import { TEXT_BITS, textClasses } from '../layers/word-classes.js';
import { SPLIT_TITLE_ABBREVIATIONS } from '../data/titles.js';

// Unicode regular expressions compiled once at load, not on every call (under tsx a `\p{…}` literal
// in a function body is compiled to `new RegExp(…)` each time it runs).
const LOWER_FIRST = /^\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;
/** How many tokens into the next piece a `)` may close a parenthesis that wink cut (`(D-N.` | `Y.)`). */
const CLOSE_WITHIN = 4;

/**
 * Paragraphs (ours), then tokens and sentences (wink-nlp's). wink reads the whole text at
 * once (one `readDoc` per paragraph would cost more than the tagging itself on news), and its
 * sentences are cut at our paragraph breaks, so no sentence crosses a paragraph. wink also
 * splits after `?"` / `!"` when a lower-case attribution follows (`"Why now?" asked
 * Gov. Smith.`): such sentences are merged back. It also cuts after a dotted abbreviation
 * inside a parenthesis (`said Sen. Jo Hale (R-S.` | `C.) on Tuesday.`), losing the attribution
 * after it: a piece that closes, within its first few tokens, a parenthesis left open by the
 * sentence before is merged back too (a sentence ending after `(See page 3.)` is left alone).
 * The analysed text is the input with its whitespace normalised (a tab or U+3000 is a space,
 * U+2028 a line break: same length, same offsets), so that no kind of whitespace changes what
 * any stage finds; extract() puts the input's characters back into the records.
 */
export function analyzeText(text: string, tokenizer: WinkTokenizer): AnalyzedText {
  const plain = normalizeWhitespace(text);
  const paragraphs = splitParagraphs(plain);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const raw = tokenizer.analyze(plain, 0, plain.length);

  // Raw token i becomes tokens[ours[i]], or is dropped (-1) when it lies outside every
  // paragraph (a zero-width character on a blank line, say).
  const ours = new Int32Array(raw.tokens.length).fill(-1);
  let p = 0;
  raw.tokens.forEach((t, i) => {
    while (p < paragraphs.length && paragraphs[p]!.end <= t.start) p++;
    const paragraph = paragraphs[p];
    if (!paragraph || paragraph.start > t.start) return;
    // `the Rev. Peter Wherry`: a title abbreviation wink split from its full stop takes it back.
    const before = tokens[tokens.length - 1];
    if (t.text === '.' && before && before.end === t.start && before.paragraph === paragraph.index && gluesStop(raw.tokens, i, before)) {
      before.end = t.end;
      before.text += '.';
      before.lower += '.';
      return;
    }
    if (t.end > paragraph.end) {
      t.end = paragraph.end;
      t.text = plain.slice(t.start, t.end);
      t.word = (t.word & ~TEXT_BITS) | textClasses(t.text);
    }
    t.paragraph = paragraph.index;
    t.index = tokens.length;
    ours[i] = tokens.length;
    tokens.push(t);
  });

  for (const s of raw.sentences) {
    let first = -1;
    let end = -1;
    for (let i = s.first; i < s.end; i++) {
      const t = ours[i]!;
      if (t < 0) continue;
      if (first >= 0 && tokens[t]!.paragraph !== tokens[first]!.paragraph) {
        addSentence(sentences, tokens, first, end);
        first = -1;
      }
      if (first < 0) first = t;
      end = t + 1;
    }
    if (first >= 0) addSentence(sentences, tokens, first, end);
  }
  sentences.forEach((s, i) => {
    for (let t = s.firstToken; t < s.endToken; t++) tokens[t]!.sentence = i;
  });
  return { text: plain, paragraphs, sentences, tokens };
}

/** Does the full stop at raw token i belong to the title abbreviation before it (a capitalised word follows)? */
function gluesStop(raw: readonly Token[], i: number, before: Token): boolean {
  const next = raw[i + 1];
  return SPLIT_TITLE_ABBREVIATIONS.has(before.text) && next !== undefined && UPPER_FIRST.test(next.text);
}

/**
 * Adds the sentence of tokens [first, end), or extends the one before when this one starts in
 * lower case, closes a parenthesis the one before left open, or follows a title abbreviation
 * (`the Rev.` | `Peter Wherry said`).
 */
function addSentence(sentences: Sentence[], tokens: readonly Token[], first: number, end: number): void {
  const head = tokens[first]!;
  const last = tokens[end - 1]!;
  const previous = sentences[sentences.length - 1];
  if (
    previous &&
    previous.paragraph === head.paragraph &&
    (LOWER_FIRST.test(head.text) || closesOpenParenthesis(previous, tokens, first, end) || endsWithTitleAbbreviation(tokens[previous.endToken - 1]!))
  ) {
    previous.endToken = end;
    previous.end = last.end;
    return;
  }
  sentences.push({ start: head.start, end: last.end, paragraph: head.paragraph, firstToken: first, endToken: end });
}

/** Whether `previous` ends inside a parenthesis that tokens [first, end) close within CLOSE_WITHIN tokens. */
function closesOpenParenthesis(previous: Sentence, tokens: readonly Token[], first: number, end: number): boolean {
  let depth = 0;
  for (let t = previous.firstToken; t < previous.endToken; t++) {
    const text = tokens[t]!.text;
    if (text === '(') depth++;
    else if (text === ')' && depth > 0) depth--;
  }
  if (depth === 0) return false;
  const limit = Math.min(end, first + CLOSE_WITHIN);
  for (let t = first; t < limit; t++) {
    const text = tokens[t]!.text;
    if (text === ')') return true;
    if (text === '(') return false;
  }
  return false;
}

/** A title abbreviation given back its full stop ends no sentence. */
function endsWithTitleAbbreviation(t: Token): boolean {
  return t.text.endsWith('.') && SPLIT_TITLE_ABBREVIATIONS.has(t.text.slice(0, -1));
}
