import type { QuoteDraft } from '../draft.js';
import { CONTENT_OPENERS } from '../data/clause-words.js';

/** Longest stretch read before the speaker: `whether` and a few spaces. */
const MAX_OPENER_CHARS = 12;

/**
 * Is `nested` a report whose speaker is the subject that opens `host`'s content, the speaker
 * standing before the nested cue (`noted that the commission announced that …`, `found that 74
 * percent of voters said …`, `they had said they would …` inside `X noted they had said …`)?
 * Such a content is what the host reports: the nested clause is its predicate, and annotators
 * of attributions rarely count it again (polnear_train wide: 10 of 64 such nested statements
 * matched a gold). A speaker further inside the content (`X said A, and Y said B`: the content
 * ran into a second clause), a verb coordinated with the content's own (`she respects him but
 * argues that …`, rule `+speaker-clause-subject`) and a host whose cue follows its content
 * (`Ruiz said the vote was delayed, the clerk said.`: annotated both ways) are no such case.
 */
export function speaksAsHostSubject(text: string, host: QuoteDraft, nested: QuoteDraft): boolean {
  const speaker = nested.speaker;
  if (!speaker || !nested.cue || !nested.rule.endsWith('+speaker-before')) return false;
  if (!host.cue || host.cue.start >= host.end) return false;
  // (At most an opener and spaces before the speaker: no slice of a long content.)
  if (speaker.start < host.start || speaker.start - host.start > MAX_OPENER_CHARS || speaker.end > nested.cue.start) return false;
  const before = text.slice(host.start, speaker.start).trim().toLowerCase();
  return before === '' || CONTENT_OPENERS.has(before);
}
