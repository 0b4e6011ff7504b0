import type { Document } from '../document.js';
import { attributedBy, cloneSpeaker, copyDrafts, type QuoteDraft } from '../draft.js';
import type { QuoteSpeaker } from '../types.js';
import { attributionAtVerb } from '../rules/quote-cue.js';
import { FINDING_RULES, findingRuleOf, isSourceless, unattributedConfidence } from '../rules/catalogue.js';
import { clauseStart, sentenceStart } from '../layers/clauses.js';
import { purposeClauseSubject } from '../rules/purpose-subject.js';
import { participleAsideSubject } from '../rules/participle-aside-subject.js';
import { cueAt, cueSpan } from '../layers/cues.js';

/**
 * The speaker of each reported clause (and mixed quote), sought around the cue the clause
 * stage found: the subject before it, the phrase after an inverted or `according to` cue, the
 * clause's subject for a participle (`…, saying that …`). Drafts without a cue of their own
 * (the quoted ones) are left to attribute-direct-quotes.ts. Returns copies with speaker, cue,
 * addressee, confidence and rule.
 */
export function attributeReportedClauses(doc: Document, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  // The last headline record and its speaker: a second headline cue coordinated after it shares it.
  let headline: { draft: QuoteDraft; speaker: QuoteSpeaker } | null = null;
  return copyDrafts(drafts, (d) => {
    if (!d.cueTokens) return null;
    const shared = headline && coordinatedHeadlineCue(doc, headline.draft, d, d.cueTokens) ? headline.speaker : null;
    const found = shared ? sharedHeadlineSpeaker(doc, d, d.cueTokens, shared) : attributionAtClauseCue(doc, d, d.cueTokens);
    if (findingRuleOf(d.rule) === 'headline-cue') headline = found?.speaker ? { draft: d, speaker: found.speaker } : null;
    return { confidence: unattributedConfidence(d.speechLike), ...found };
  });
}

/**
 * `Striker Praises Fans And Slams Owners`, `Mayor slams plan, praises council`: a headline's second
 * cue right after the first one's content (its `and` or comma between) has the first one's subject.
 */
function coordinatedHeadlineCue(doc: Document, first: QuoteDraft, d: QuoteDraft, cueTokens: { first: number; end: number }): boolean {
  if (findingRuleOf(d.rule) !== 'headline-cue') return false;
  const joiner = doc.tokens[cueTokens.first - 1];
  const before = doc.tokens[cueTokens.first - 2];
  return joiner !== undefined && before !== undefined && (joiner.lower === 'and' || joiner.text === ',') && first.end >= before.start && first.end <= joiner.start;
}

/** The draft's cue, or the cue span at its cue tokens (the cue layer's lemma, else the token's). */
function clauseCue(doc: Document, d: QuoteDraft, cueTokens: { first: number; end: number }): NonNullable<QuoteDraft['cue']> {
  return d.cue ?? cueSpan(doc, cueTokens.first, cueTokens.end, cueAt(doc, cueTokens.first)?.lemma ?? doc.tokens[cueTokens.first]!.lemma);
}

function sharedHeadlineSpeaker(doc: Document, d: QuoteDraft, cueTokens: { first: number; end: number }, speaker: QuoteSpeaker): Partial<QuoteDraft> {
  return { cue: clauseCue(doc, d, cueTokens), speaker: cloneSpeaker(speaker), addressee: null, ...attributedBy(d, 'speaker-clause-subject') };
}

function attributionAtClauseCue(doc: Document, d: QuoteDraft, cueTokens: { first: number; end: number }): Partial<QuoteDraft> | null {
  if (!doc.tokens[cueTokens.first] || !doc.tokens[cueTokens.end - 1]) return null;
  const cue = clauseCue(doc, d, cueTokens);
  // No source: the subject before `is expected` / `was charged with` is a part of the content.
  if (isSourceless(d.rule)) return { cue, confidence: FINDING_RULES[findingRuleOf(d.rule)].confidence };
  // A participle or second verb takes its clause's subject ("…, saying that …").
  const found = attributionAtVerb(doc, cueTokens, clauseStart(doc, cueTokens.first, 60));
  if (!found) {
    // An infinitive or gerund without a subject of its own: the clause's (`came on the show to talk about`).
    // A participle aside between a subject and its verb: that subject (`The Journal, citing …, reported`).
    const purpose = purposeClauseSubject(doc, cueTokens.first, sentenceStart(doc, cueTokens.first)) ?? participleAsideSubject(doc, cueTokens.first);
    return purpose ? { cue, speaker: purpose.speaker, addressee: null, ...attributedBy(d, 'speaker-clause-subject') } : { cue };
  }
  const at = found.attribution;
  const by = found.inherited ? 'speaker-clause-subject' : at.side === 'before' ? 'speaker-before' : 'speaker-after';
  return { cue, speaker: at.speaker, addressee: at.addressee, ...attributedBy(d, by) };
}
