// Words of a text with their offsets, for comparing a claimed quote with its source.
// Comparison ignores what a copy-editor or a keyboard changes: quote marks, apostrophe
// shapes, spacing and punctuation. Case is kept apart so that a case change can be named.

export interface Word {
  /** The word as written, apostrophes normalised to `'` and NFC: compared for exactness. */
  exact: string;
  /** Lower-cased `exact`: compared for identity. */
  key: string;
  start: number;
  end: number;
}

// Letters, digits and marks, with inner apostrophes of any shape (don’t, O'Neil, Trump‘s).
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘ʼ`´][\p{L}\p{N}\p{M}]+)*/gu;
const APOSTROPHES = /[’‘ʼ`´]/g;
// An elision in a claim: "…", "...", ". . .", optionally in brackets.
const ELLIPSIS = /\[?\s*(?:…|\.\s?\.\s?\.)\s*\]?/gu;

/** The words of `text[from, to)`, offsets into `text`. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const exact = m[0].replace(APOSTROPHES, "'").normalize('NFC');
    const start = from + m.index;
    out.push({ exact, key: exact.toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

/** A claim split at its elisions: each segment is a run of words the claim says are contiguous. */
export function claimSegments(claim: string): Word[][] {
  const segments: Word[][] = [];
  let last = 0;
  for (const m of claim.matchAll(ELLIPSIS)) {
    segments.push(wordsOf(claim, last, m.index));
    last = m.index + m[0].length;
  }
  segments.push(wordsOf(claim, last));
  return segments.filter((s) => s.length > 0);
}
