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
// A letter in brackets inside a word is an editor's case change ("[W]e"), part of the word.
const WORD = /(?:[\p{L}\p{N}\p{M}]|\[\p{L}\])+(?:['’‘ʼ`´](?:[\p{L}\p{N}\p{M}]|\[\p{L}\])+)*/gu;
const BRACKETS = /[[\]]/g;
const APOSTROPHES = /[’‘ʼ`´]/g;
// Where a claim leaves words out or puts its own in: an elision ("…", "...", ". . .",
// optionally in brackets) or an editor's insertion in brackets ("[the Russians]").
// An insertion holds no "[": a scan stops at the next one, so a claim of 80,000 "[" takes 1 ms, not 2 s.
const GAP = /\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\.|(?<![\p{L}\p{N}])\[[^[\]]*\](?![\p{L}\p{N}])/gu;
// Quoted words inside a claim ('Bolton said: “they barely responded”').
const QUOTED = /[“"«„]([^“”"«»„]+)[”"»“]/gu;

/** The words of `text[from, to)`, offsets into `text`. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const exact = m[0].replace(APOSTROPHES, "'").replace(BRACKETS, '').normalize('NFC');
    const start = from + m.index;
    out.push({ exact, key: exact.toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

export interface ParsedClaim {
  /** Runs of words the claim says are contiguous, in order. */
  segments: Word[][];
  /** The claim puts words of its own in brackets. */
  insertion: boolean;
  /** The claim quotes words inside other words of its own: only the quoted ones are compared. */
  quotedOnly: boolean;
}

/**
 * A claim as runs of words: split at elisions and bracketed insertions. When the claim wraps
 * its quote in words of its own ('Bolton said: "…"', '"…," she said, "…"'), only the words
 * inside the quote marks are the claim, each quoted part a run.
 */
export function parseClaim(claim: string): ParsedClaim {
  const quoted = [...claim.matchAll(QUOTED)];
  // The claim without its quoted parts, cut out by position in one pass (a replace per part
  // rescanned the claim each time: 280 KB of quoted fragments took 100 s).
  const outsideParts: string[] = [];
  let from = 0;
  for (const m of quoted) {
    outsideParts.push(claim.slice(from, m.index));
    from = m.index + m[0].length;
  }
  outsideParts.push(claim.slice(from));
  const outside = outsideParts.join(' ');
  const quotedOnly = quoted.length > 0 && wordsOf(outside).length > 0;
  const text = quotedOnly ? quoted.map((m) => m[1]).join(' … ') : claim;
  const segments: Word[][] = [];
  let insertion = false;
  let last = 0;
  for (const m of text.matchAll(GAP)) {
    segments.push(wordsOf(text, last, m.index));
    if (m[0].startsWith('[') && !/…|\./.test(m[0])) insertion = true;
    last = m.index + m[0].length;
  }
  segments.push(wordsOf(text, last));
  return { segments: segments.filter((seg) => seg.length > 0), insertion, quotedOnly };
}
