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

/**
 * Where the content of a cue noun that may head its sentence's subject ends (`The senator's
 * attacks on the harbour plan grew sharper`, `Her refusal to testify angered the committee`): at
 * the first finite verb or auxiliary after a noun, before any `that` or other subordinator opens a
 * clause of its own; else as {@link phraseContentEnd}. For `to` + verb, `first` is the verb.
 */
export function subjectContentEnd(tokens: readonly Token[], s: Sentence, first: number): number {
  const e = phraseContentEnd(tokens, s, first);
  for (let q = first + 1; q < e; q++) {
    const t = tokens[q]!;
    if (t.pos === 'SCONJ' || t.lower === 'that') return e;
    const prev = tokens[q - 1]!;
    const afterNoun = prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NUM';
    if (afterNoun && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')))) return q;
  }
  return e;
}
