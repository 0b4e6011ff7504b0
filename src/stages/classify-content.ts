import type { AnalyzedText, Token } from '../document.js';
import { cloneDraft, type QuoteDraft } from '../draft.js';
import type { ContentKind } from '../types.js';
import { FINDING_CUE_LEMMAS, NOUN_PHRASE_RELATIVES, QUESTION_CUE_LEMMAS, QUESTION_OPENERS, TOPIC_CUE_PARTICLES } from '../data/content-kinds.js';
import { BELIEF_CUE_LEMMAS } from '../data/speech-verbs.js';
import { isSourceless } from '../rules/catalogue.js';
import { firstIndexWhere } from '../sorted.js';
import { cueParticle, cueVerb } from '../layers/cues.js';
import { INTRODUCER_TAG_BITS } from '../data/tag-classes.js';
import { hasTag } from '../layers/tokens.js';
import { W, hasWordClass } from '../layers/word-classes.js';

const BELIEF_CUES: ReadonlySet<string> = BELIEF_CUE_LEMMAS;

/** What the words of a reported span are, given the cue that introduces them. */
export type ReportedShape = Exclude<ContentKind, 'belief' | 'finding' | 'term'>;

/** Where a reported span stands relative to its cue. */
export interface CueSide {
  /** Lemma of the cue (`ask`, `call for`, `:` for a colon or dash), or null without a cue. */
  lemma: string | null;
  /** The cue comes before the content (`said that …`), not after it (`…, she said`). */
  before: boolean;
  /** A comma or colon stands between the cue and the content (`…, he told reporters, because …`). */
  separated: boolean;
}

/**
 * The kind of reported content in tokens [first, end), from its shape: an infinitive (`to
 * appeal`) is an intention; `whether`, a wh-word (and `if`/`which` after `ask`, `wonder`) a
 * question; right after the cue, an unquoted noun phrase with no finite verb (`the
 * allegations`, `a ban on …`) a topic; anything else a statement. Content before its cue
 * (`…, she said`) and after a colon is a statement. Shared with the eval, which sorts gold
 * spans the same way.
 */
export function reportedShape(tokens: readonly Token[], first: number, end: number, cue: CueSide): ReportedShape {
  const t = tokens[first];
  if (!t || first >= end || !cue.before || cue.lemma === ':') return 'statement';
  if (t.lower === 'to') return 'intention';
  if (QUESTION_OPENERS.has(t.lower)) return 'question';
  if ((t.lower === 'if' || t.lower === 'which') && cue.lemma !== null && QUESTION_CUE_LEMMAS.has(cueVerb(cue.lemma))) return 'question';
  // `called on the council to act` is a request; `talked about …`, `commented on …`, `called
  // for …` name what was talked about, whatever the words after it.
  const particle = cue.lemma === null ? undefined : cueParticle(cue.lemma);
  if (cue.lemma === 'call on') return 'intention';
  if (particle !== undefined && TOPIC_CUE_PARTICLES.has(particle)) return 'topic';
  return !cue.separated && isNounPhrase(tokens, first, end) ? 'topic' : 'statement';
}

/** Is there a comma, colon or dash in text[from, to)? */
export function hasBreakBetween(text: string, from: number, to: number): boolean {
  return from < to && /[,:;—–]/u.test(text.slice(from, to));
}

/**
 * A noun phrase, not a clause: no quoted words, and no finite verb before the phrase's head
 * ends (at a comma or a relative word). `-ing` forms are not finite (`ones showing …`).
 */
function isNounPhrase(tokens: readonly Token[], first: number, end: number): boolean {
  const t0 = tokens[first]!;
  if (t0.lower === 'that' || t0.pos === 'SCONJ' || hasWordClass(t0, W.QUOTE_MARK_TOKEN)) return false;
  // `By any definition, X is …`, `But the thing that …`: an opener before a clause; a finite
  // verb anywhere makes it one. Otherwise only the head counts (`the arrest of a man who …`).
  const opener = hasTag(t0, INTRODUCER_TAG_BITS);
  let head = true;
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (hasWordClass(t, W.QUOTE_MARK_TOKEN)) return false;
    if (!opener && (hasWordClass(t, W.PART_BOUNDARY) || (i > first && NOUN_PHRASE_RELATIVES.has(t.lower)))) head = false;
    if (!head) continue;
    if (t.pos === 'AUX') return false;
    if (t.pos === 'VERB' && !t.lower.endsWith('ing')) {
      const prev = tokens[i - 1];
      // `the newly released polls`: a participle after a determiner or adjective modifies a noun.
      if (i > first && prev !== undefined && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADV')) continue;
      return false;
    }
  }
  return true;
}

/**
 * Sets `contentKind` on copies of the drafts (returned in the same order; `continues` links
 * re-pointed to the copies): direct quotes are statements; quoted words with no cue are terms;
 * belief cues give beliefs or findings (or intentions: `plans to …`); reported speech is sorted
 * by {@link reportedShape}.
 */
export function classifyContent(doc: AnalyzedText, drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const copies = new Map<QuoteDraft, QuoteDraft>();
  for (const d of drafts) {
    // cloneDraft, not a spread: drafts come in several shapes, and a spread over them takes V8's slow path.
    const copy = cloneDraft(d);
    copy.contentKind = kindOf(doc, d);
    copies.set(d, copy);
  }
  for (const c of copies.values()) if (c.continues) c.continues = copies.get(c.continues) ?? c.continues;
  return [...copies.values()];
}

function kindOf(doc: AnalyzedText, d: QuoteDraft): ContentKind {
  if (d.type === 'direct') return 'statement';
  if (d.type === 'other' && !d.cueTokens) return 'term';
  const { tokens } = doc;
  const first = firstIndexWhere(tokens, (t) => t.start >= d.start);
  let end = first;
  while (end < tokens.length && tokens[end]!.end <= d.end) end++;
  const lemma = d.cue?.lemma ?? null;
  const before = d.cue !== null && d.cue.start < d.start;
  const separated = before && hasBreakBetween(doc.text, d.cue!.end, d.start);
  const shape = reportedShape(tokens, first, end, { lemma, before, separated });
  if (!d.speechLike || (lemma !== null && BELIEF_CUES.has(lemma))) {
    // `is expected to act`, `seems to lose money`: what is expected or seen, not what someone intends.
    if (shape === 'intention' && !isSourceless(d.rule)) return 'intention';
    return lemma !== null && FINDING_CUE_LEMMAS.has(lemma) ? 'finding' : 'belief';
  }
  return shape;
}
