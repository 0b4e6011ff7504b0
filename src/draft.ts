import type { CueKind } from './document.js';
import { attributedConfidence, type AttributionRuleId, type FindingRuleId, type RuleId } from './rules/catalogue.js';
import type { ContentKind, Cue, QuoteSpeaker, QuoteType, Span, SpeakerKind } from './types.js';

/**
 * A quote while the pipeline works on it. Stages fill in fields; finalize-quotes.ts turns
 * drafts into the public `Quote` records (ids, `continues` ids, context).
 */
export interface QuoteDraft {
  /** The words: `text.slice(start, end)`, without enclosing marks. */
  start: number;
  end: number;
  /** With its enclosing marks, for direct quotes; equal to start/end otherwise. */
  outerStart: number;
  outerEnd: number;
  type: QuoteType;
  paragraph: number;
  /** Earlier draft of the same utterance. */
  continues: QuoteDraft | null;
  /** Looks like speech (long enough, not a title or a scare-quoted term). */
  speechLike: boolean;
  /** Direct quotes: the quote continues a sentence begun before it (`favours a “strongman approach”`). */
  embedded: boolean;
  speaker: QuoteSpeaker | null;
  cue: Cue | null;
  /** Tokens [first, end) of the cue, when a stage found it (the speaker is sought around it). */
  cueTokens: { first: number; end: number } | null;
  addressee: Span | null;
  confidence: number;
  rule: RuleId;
  /** What the content is; set by classify-content.ts (absent before it runs). */
  contentKind?: ContentKind;
}

/** A reported clause found in one sentence (find-indirect-quotes.ts), before it meets the direct quotes. */
export interface ReportedClause {
  /** Tokens [first, end) of the clause. */
  first: number;
  end: number;
  cue: { first: number; end: number; lemma: string; kind: CueKind };
  rule: FindingRuleId;
}

const NONE: ReadonlySet<QuoteDraft> = new Set();

/**
 * A copy of draft `d`, field by field in the order every draft is made in (find-direct-quotes,
 * merge-mixed-quotes): one object shape for every copy, built without the generic (slow) path
 * of an object spread over drafts of differing shapes.
 */
/**
 * Per token of a document of `tokenCount` tokens, 1 where a found clause covers it, from the first
 * of its cue and content to the last (its speaker between them too): the wide scope's later stages
 * take no word an earlier rule reported.
 */
export function tokensUnderClauses(tokenCount: number, clauses: readonly ReportedClause[]): Uint8Array {
  const taken = new Uint8Array(tokenCount);
  for (const c of clauses) taken.fill(1, Math.min(c.cue.first, c.first), Math.max(c.cue.end, c.end));
  return taken;
}

export function cloneDraft(d: QuoteDraft): QuoteDraft {
  const copy: QuoteDraft = {
    start: d.start,
    end: d.end,
    outerStart: d.outerStart,
    outerEnd: d.outerEnd,
    type: d.type,
    paragraph: d.paragraph,
    continues: d.continues,
    speechLike: d.speechLike,
    embedded: d.embedded,
    speaker: d.speaker,
    cue: d.cue,
    cueTokens: d.cueTokens,
    addressee: d.addressee,
    confidence: d.confidence,
    rule: d.rule,
  };
  if (d.contentKind !== undefined) copy.contentKind = d.contentKind;
  return copy;
}

/** A copy of speaker `s` with its own descriptors array, in the key order every speaker is made in (speaker-at-cue.ts). */
export function cloneSpeaker(s: QuoteSpeaker, name: string | null = s.name, kind: SpeakerKind = s.kind, descriptors: string[] = [...s.descriptors], id: string | undefined = s.id): QuoteSpeaker {
  return id === undefined ? { text: s.text, start: s.start, end: s.end, name, kind, descriptors } : { text: s.text, start: s.start, end: s.end, name, kind, descriptors, id };
}

/**
 * `drafts` with `change` applied, as copies, `continues` links pointing at the copies: how a
 * stage returns what it changes without touching what an earlier stage returned. Drafts that
 * `drop` names are left out; a link to one goes on to the draft it continued. The copies are
 * structural: a draft that neither changes nor links to a copy or a dropped draft is returned
 * as it is (no stage changes a draft it did not make).
 */
export function copyDrafts(
  drafts: readonly QuoteDraft[],
  change: (d: QuoteDraft) => Partial<QuoteDraft> | null = () => null,
  drop: ReadonlySet<QuoteDraft> = NONE,
): QuoteDraft[] {
  const copies = new Map<QuoteDraft, QuoteDraft>();
  for (const d of drafts) {
    if (drop.has(d)) continue;
    const changed = change(d);
    if (changed) copies.set(d, Object.assign(cloneDraft(d), changed));
  }
  return withCopies(drafts, copies, drop);
}

/**
 * `drafts` with each one that `copies` maps (original → its changed copy) replaced by the copy,
 * the ones in `drop` left out, and every `continues` link pointing at what replaced its target
 * (past dropped drafts). A draft whose link changes is copied too, and so on down its chain.
 */
export function withCopies(drafts: readonly QuoteDraft[], copies: Map<QuoteDraft, QuoteDraft>, drop: ReadonlySet<QuoteDraft> = NONE): QuoteDraft[] {
  if (copies.size === 0 && drop.size === 0) return [...drafts];
  let members: ReadonlySet<QuoteDraft> | null = null;
  // What each draft becomes; a chain of links is resolved from its far end (no recursion).
  const final = new Map<QuoteDraft, QuoteDraft>();
  const linkOf = (d: QuoteDraft): QuoteDraft | null => {
    let c = (copies.get(d) ?? d).continues;
    while (c && drop.has(c)) c = c.continues;
    return c;
  };
  const resolve = (d: QuoteDraft): void => {
    const inDrafts = (members ??= new Set(drafts));
    const pending: QuoteDraft[] = [];
    // (Links run back through the document; the bound only guards against a cycle.)
    for (let x: QuoteDraft | null = d; x && inDrafts.has(x) && !final.has(x) && pending.length <= drafts.length; x = linkOf(x)) pending.push(x);
    for (let i = pending.length - 1; i >= 0; i--) {
      const x = pending[i]!;
      const target = linkOf(x);
      const link = target ? (final.get(target) ?? target) : null;
      let copy = copies.get(x);
      if (!copy && link !== x.continues) copy = cloneDraft(x);
      if (copy) copy.continues = link;
      final.set(x, copy ?? x);
    }
  };
  const out: QuoteDraft[] = [];
  for (const d of drafts) {
    if (drop.has(d)) continue;
    // Most drafts continue none and stay as they are (one that links to them resolves them then).
    if (d.continues === null && !copies.has(d)) {
      out.push(d);
      continue;
    }
    resolve(d);
    out.push(final.get(d)!);
  }
  return out;
}

/**
 * The rule and confidence of draft `d` once `attribution` attributed it: the catalogue's
 * confidence for the two rules together, at most `cap` (a fragment or a continued turn is at
 * most as sure as the draft it takes its speaker from).
 */
export function attributedBy(d: Pick<QuoteDraft, 'rule'>, attribution: AttributionRuleId, cap = 1): Pick<QuoteDraft, 'confidence' | 'rule'> {
  return { confidence: Math.min(attributedConfidence(d.rule, attribution), cap), rule: `${d.rule}+${attribution}` as RuleId };
}

/** What draft `d` takes from `from` when it shares its speaker: copies (no two records share a speaker, cue or addressee object). */
export function inheritedFrom(d: Pick<QuoteDraft, 'rule'>, from: QuoteDraft, attribution: AttributionRuleId): Partial<QuoteDraft> {
  const s = from.speaker!;
  return {
    speaker: cloneSpeaker(s),
    cue: from.cue ? { ...from.cue } : null,
    addressee: from.addressee ? { ...from.addressee } : null,
    ...attributedBy(d, attribution, from.confidence),
  };
}
