import { copyDrafts, inheritedFrom, type QuoteDraft } from '../draft.js';
import { RESPONSE_CUE_LEMMAS } from '../data/speech-verbs.js';

const RESPONSES = new Set(RESPONSE_CUE_LEMMAS);

/**
 * Fragments of one utterance (linked by `continues`: `“We might have had,” he said, “a joint
 * statement.”`) share their speaker, in either direction: a fragment with no speaker takes its
 * partner's, at most as sure as the partner. A later fragment whose cue is a response
 * (`replied`) answers the first, so it does not lend it its speaker. Returns copies.
 */
export function shareUtteranceSpeakers(drafts: readonly QuoteDraft[]): QuoteDraft[] {
  // Copies filled in order, so that a chain of fragments passes one speaker along.
  const copies = copyDrafts(drafts);
  const ordered = [...copies].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const d of ordered) {
    if (d.speaker || !d.continues?.speaker) continue;
    Object.assign(d, inheritedFrom(d, d.continues, 'continued-utterance'));
  }
  for (const d of [...ordered].reverse()) {
    const first = d.continues;
    if (!first || first.speaker || !d.speaker || RESPONSES.has(d.cue?.lemma ?? '')) continue;
    Object.assign(first, inheritedFrom(first, d, 'continued-utterance'));
  }
  return copies;
}
