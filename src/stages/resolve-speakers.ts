import type { AnalyzedText } from '../document.js';
import { cloneDraft, cloneSpeaker, withCopies, type QuoteDraft } from '../draft.js';
import { buildEntityLayer } from '../entities/build-entities.js';
import { resolveSpeaker, type ResolvedSpeaker } from '../entities/resolve-speaker.js';
import { mentionsIn, newSpeakerState, type SpeakerState } from '../entities/speaker-state.js';
import type { Entity } from '../entities/types.js';
import { firstIndexWhere } from '../sorted.js';
import type { PageFurniture } from '../layers/page-furniture.js';
import { PERSONAL_SUBJECT_PRONOUNS } from '../data/pronouns.js';

/**
 * How many descriptors one quote's speaker carries: its own mention's, then its entity's,
 * up to this bound. A person with a hundred titles in one article would otherwise copy all of
 * them into every quote (#10); the roster entry lists every one.
 */
export const MAX_QUOTE_DESCRIPTORS = 5;

const UNRESOLVED_PRONOUN_CONFIDENCE = 0.7;

/** The entities of the article and the speakers resolved to them, for the roster. */
export interface ResolvedEntities {
  /** The drafts, each with its speaker resolved (copies: the stage's input is left as it was). */
  drafts: QuoteDraft[];
  state: SpeakerState;
  /** Entity of each roster id. */
  byId: Map<string, Entity>;
}

/**
 * Tokens the entity layer does not read (1): words inside quote marks, and page furniture
 * (captions, credits, bylines, subheads), which names no speaker and is no antecedent. A belief
 * clause (`type: 'other'` without marks) is the article's own prose, and names its people.
 */
function hiddenTokens(doc: AnalyzedText, drafts: readonly QuoteDraft[], furniture: PageFurniture): Uint8Array {
  const { tokens } = doc;
  const hidden = new Uint8Array(tokens.length);
  const hide = (start: number, end: number): void => {
    // The first token starting at or after `start` (binary search, no predicate call per step).
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]!.start >= start) hi = mid;
      else lo = mid + 1;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.end <= end; i++) hidden[i] = 1;
  };
  for (const f of furniture.spans) hide(f.start, f.end);
  for (const q of drafts) if ((q.type === 'direct' || q.type === 'other') && q.outerStart !== q.start) hide(q.outerStart, q.outerEnd);
  return hidden;
}

/**
 * Builds the entity layer, then resolves every draft's speaker in document order: canonical
 * name, kind and roster id. Copies of one speaker mention (fragments, floating quotes) share
 * one resolution.
 */
export function resolveSpeakers(doc: AnalyzedText, drafts: readonly QuoteDraft[], furniture: PageFurniture): ResolvedEntities {
  const ordered = [...drafts].sort((a, b) => a.start - b.start || a.end - b.end);
  const hidden = hiddenTokens(doc, ordered, furniture);
  const layer = buildEntityLayer(doc, (i) => hidden[i] === 1);
  // The content of reported clauses (not direct quotes: their words are out of the layer already).
  const reported = ordered.filter((q) => q.type === 'indirect' || q.type === 'mixed');
  const state = newSpeakerState(doc, layer, reported);
  const byId = new Map<string, Entity>();
  const resolvedAt = new Map<number, ResolvedSpeaker>();
  const copies = new Map<QuoteDraft, QuoteDraft>();
  for (const d of ordered) {
    const s = d.speaker;
    if (!s) continue;
    let r = resolvedAt.get(s.start);
    if (!r) {
      r = resolveSpeaker(state, s);
      resolvedAt.set(s.start, r);
      const entity = r.entity;
      if (entity) {
        const paragraph = doc.tokens[firstIndexWhere(doc.tokens, (t) => t.end > s.start)]?.paragraph ?? 0;
        state.speakers.push({ entity, at: s.start, paragraph });
        state.spoke.add(entity);
        // A pronoun, a role or a document that refers to it (a name mention is listed already).
        if (mentionsIn(layer, s.start, s.end).every((m) => m.entity !== entity)) {
          entity.references.push({ text: s.text, start: s.start, end: s.end });
        }
      }
    }
    // An unresolved pronoun is a weaker attribution than a named speaker.
    const weak = !r.entity && PERSONAL_SUBJECT_PRONOUNS.has(s.text.toLowerCase()) && d.confidence > UNRESOLVED_PRONOUN_CONFIDENCE;
    const descriptors = quoteDescriptors(s.descriptors, r.entity);
    const id = r.entity ? idOf(r.entity) : undefined;
    if (id && r.entity) byId.set(id, r.entity);
    // Literals in the drafts' and speakers' own key order (no object spread over differing shapes).
    const speaker = cloneSpeaker(s, r.name, r.kind, descriptors, id || s.id);
    const copy = cloneDraft(d);
    copy.speaker = speaker;
    if (weak) copy.confidence = UNRESOLVED_PRONOUN_CONFIDENCE;
    copies.set(d, copy);
  }
  return { drafts: withCopies(drafts, copies), state, byId };
}

/**
 * The mention's own descriptors, then its entity's, without repeats, at most MAX_QUOTE_DESCRIPTORS.
 * Only up to the bound: copying all of an entity's descriptors into every quote was quadratic for
 * a person with a new title in each paragraph. (The lists are short: a search of the array, no Set.)
 */
function quoteDescriptors(own: readonly string[], entity: Entity | null): string[] {
  if (own.length > MAX_QUOTE_DESCRIPTORS * 2) {
    const all = new Set(own);
    if (entity) {
      for (const x of entity.descriptors) {
        if (all.size >= MAX_QUOTE_DESCRIPTORS) break;
        all.add(x);
      }
    }
    return [...all].slice(0, MAX_QUOTE_DESCRIPTORS);
  }
  const out: string[] = [];
  for (const x of own) if (!out.includes(x)) out.push(x);
  if (entity) {
    for (const x of entity.descriptors) {
      if (out.length >= MAX_QUOTE_DESCRIPTORS) break;
      if (!out.includes(x)) out.push(x);
    }
  }
  return out.length > MAX_QUOTE_DESCRIPTORS ? out.slice(0, MAX_QUOTE_DESCRIPTORS) : out;
}

export function idOf(e: Entity): string {
  return e.named ? `e${e.index + 1}` : `u${e.index + 1}`;
}
