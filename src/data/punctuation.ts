// Punctuation that rules test for, by role.

/** Dashes, as typed in news text (`--` in NYT style). */
export const DASHES: ReadonlySet<string> = new Set(['—', '―', '–', '-', '--']);

/** Punctuation that ends a sentence. */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

/** Punctuation trimmed from the ends of a reported clause. */
export const CLAUSE_END_PUNCT: ReadonlySet<string> = new Set(['.', '!', '?', '…', ',', ';', ':', '—', '–', '-', '--']);

/** Punctuation that separates the parts of a sentence. */
export const PART_BOUNDARIES: ReadonlySet<string> = new Set([',', ';', ':', '—', '―', '–', '--', '(']);

/** Possessive endings as the tokenizer splits them (`Sanders’`, `Trump's`). */
export const POSSESSIVE_ENDINGS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/** One-character tokens after which a word starts a sentence: an opening quote or bracket, a dash. */
export const SENTENCE_OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', "'", '‘', '(', '—', '–', '-']);
