// Whitespace of any kind must not change what is found (issue 10, item 10). wink-nlp splits
// words on ASCII spaces, a few Unicode spaces and \n \r \t only: a tab becomes a SPACE token
// between a quote and its `said`, U+0085 a word of its own, and U+2028 or U+3000 glue two
// words into one. So the text wink reads (and our paragraph split) has every whitespace
// character replaced, one UTF-16 unit for one, by a space or a line break: offsets into it are
// offsets into the input.

/** Line breaks other than \n: those the paragraph split reads as one (CR, LINE and PARAGRAPH SEPARATOR). */
const LINE_BREAKS = '\\r\\u2028\\u2029';
/**
 * Spaces other than ' ': the other characters with Unicode's White_Space property (tab, vertical
 * tab, form feed, no-break space, Ogham space mark, the en/em/thin/hair spaces, narrow no-break,
 * medium mathematical, ideographic) and U+0085: in news it is mostly a Windows-1252 ellipsis
 * decoded as Latin-1, between words, not the end of a line. Zero-width characters (U+200B,
 * U+FEFF) are not whitespace: left as they are.
 */
const SPACES = '\\t\\v\\f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000';

const ANY = new RegExp(`[${LINE_BREAKS}${SPACES}]`);
const EACH = new RegExp(`[${LINE_BREAKS}${SPACES}]`, 'g');
const LINE_BREAK = new RegExp(`[${LINE_BREAKS}]`);

/** `text` with each whitespace character as ' ' or '\n' (same length; `text` itself when it has none). */
export function normalizeWhitespace(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(EACH, (c) => (LINE_BREAK.test(c) ? '\n' : ' '));
}

/**
 * Puts the input's own characters back into every span of a result computed on the normalised
 * text (any object with numeric `start` and `end` and a string `text`, however deep), so that
 * `input.slice(start, end) === text` holds for spans added to the record contract later too.
 */
export function restoreInputTexts(value: unknown, input: string): void {
  if (Array.isArray(value)) {
    for (const v of value) restoreInputTexts(v, input);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const span = value as { start?: unknown; end?: unknown; text?: unknown };
  if (typeof span.start === 'number' && typeof span.end === 'number' && typeof span.text === 'string') {
    span.text = input.slice(span.start, span.end);
  }
  for (const v of Object.values(value)) if (typeof v === 'object') restoreInputTexts(v, input);
}
