// Punctuation that rules test for, by role.

/** Dashes, as typed in news text (`--` in NYT style). */
export const DASHES: ReadonlySet<string> = new Set(['—', '―', '–', '-', '--']);

/** Punctuation that ends a sentence. */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
