import { cloneDraft, inheritedFrom, withCopies, type QuoteDraft } from '../draft.js';
import { RESPONSE_CUE_LEMMAS } from '../data/speech-verbs.js';

const RESPONSES = new Set(RESPONSE_CUE_LEMMAS);

/**
 * Fragments of one utterance (linked by `continues`: `“We might have had,” he said, “a joint
 * statement.”`) share their speaker, in either direction: a fragment with no speaker takes its
 * partner's, at most as sure as the partner. A later fragment whose cue is a response
 * (`replied`) answers the first, so it does not lend it its speaker. Returns copies of the
 * drafts it changes.
 */
export function shareUtteranceSpeakers(drafts: readonly QuoteDraft[]): QuoteDraft[] {
  // Changes made in order, so that a chain of fragments passes one speaker along: `now(d)` is
  // draft d as changed so far.
  const copies = new Map<QuoteDraft, QuoteDraft>();
  const now = (d: QuoteDraft): QuoteDraft => copies.get(d) ?? d;
  const set = (d: QuoteDraft, change: Partial<QuoteDraft>): void => {
    const copy = copies.get(d);
    if (copy) Object.assign(copy, change);
    else copies.set(d, Object.assign(cloneDraft(d), change)); // (a spread over drafts of several shapes is V8's slow path)
  };
  const ordered = [...drafts].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const o of ordered) {
    const d = now(o);
    const partner = o.continues && now(o.continues);
    if (d.speaker || !partner?.speaker) continue;
    set(o, inheritedFrom(d, partner, 'continued-utterance'));
  }
  for (const o of [...ordered].reverse()) {
    const d = now(o);
    const first = o.continues;
    if (!first || now(first).speaker || !d.speaker || RESPONSES.has(d.cue?.lemma ?? '')) continue;
    set(first, inheritedFrom(now(first), d, 'continued-utterance'));
  }
  return withCopies(drafts, copies);
}
