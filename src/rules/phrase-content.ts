import type { Sentence, Token } from '../document.js';
import { FEATURE_PHRASE_ENDS as PHRASE_END } from '../data/attribution-features.js';

/** Longest content a cue that is no verb takes, in tokens. */
const MAX_CONTENT_TOKENS = 60;

/**
 * Where the content of a nominal or adjectival cue that starts at `first` ends (exclusive): at a
 * phrase end (`;`, `:`, a dash, a parenthesis) or the sentence end, trailing punctuation left
 * out; at most MAX_CONTENT_TOKENS. Not at a comma: objects run on over commas (`concern about the
 * cost, the noise and the traffic`), as in find-scored-attributions.ts.
 */
export function phraseContentEnd(tokens: readonly Token[], s: Sentence, first: number): number {
  let e = Math.min(s.endToken, first + MAX_CONTENT_TOKENS);
  for (let q = first + 1; q < e; q++) {
    if (tokens[q]!.pos === 'PUNCT' && PHRASE_END.has(tokens[q]!.text)) {
      e = q;
      break;
    }
  }
  while (e > first && tokens[e - 1]!.pos === 'PUNCT') e--;
  return e;
}
