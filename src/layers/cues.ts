// Reading the cue layer (built by stages/find-reporting-cues.ts).
import type { Document, ReportingCue } from '../document.js';
import type { Cue } from '../types.js';

type WithCues = Pick<Document, 'cues' | 'tokens'>;

/** The cue word (any kind, any use) that starts at token i, or null. */
export function cueWordAt(doc: WithCues, i: number): ReportingCue | null {
  const n = doc.cues.cueStartingAt[i];
  return n === undefined || n < 0 ? null : doc.cues.cues[n]!;
}

/**
 * The speech cue or source phrase that starts at token i, as attribution reads it: a verb (or
 * a verb the tagger took for a noun) with its particle, or `according to`; null if none.
 */
export function cueAt(doc: WithCues, i: number): ReportingCue | null {
  const cue = cueWordAt(doc, i);
  if (!cue || cue.kind === 'belief') return null;
  if (cue.kind === 'source') return cue;
  const pos = doc.tokens[i]!.pos;
  return pos === 'VERB' || pos === 'AUX' || pos === 'NOUN' ? cue : null;
}

/** The public cue of tokens [first, end) with its lemma: the words as written, with their offsets. */
export function cueSpan(doc: Pick<Document, 'text' | 'tokens'>, first: number, end: number, lemma: string): Cue {
  const start = doc.tokens[first]!.start;
  const stop = doc.tokens[end - 1]!.end;
  return { text: doc.text.slice(start, stop), start, end: stop, lemma };
}

/** The verb of a cue lemma: `fire` of `fire back`, `say` of `say` (`lemma.split(' ')[0]`, without the array). */
export function cueVerb(lemma: string): string {
  const space = lemma.indexOf(' ');
  return space < 0 ? lemma : lemma.slice(0, space);
}

/** The word after a cue lemma's verb: `back` of `fire back`, undefined for `say` (`lemma.split(' ')[1]`). */
export function cueParticle(lemma: string): string | undefined {
  const space = lemma.indexOf(' ');
  if (space < 0) return undefined;
  const next = lemma.indexOf(' ', space + 1);
  return next < 0 ? lemma.slice(space + 1) : lemma.slice(space + 1, next);
}
