// What the speaker-time sieves (role nominal, pronoun, document) read and update while
// speakers are resolved in document order.
import type { AnalyzedText } from '../document.js';
/** A start and end offset (a draft or a span). */
interface Extent {
  start: number;
  end: number;
}
import type { Entity, EntityLayer, NameMention, RolePhrase } from './types.js';
import { firstIndexWhere } from '../sorted.js';

export interface Antecedent {
  entity: Entity;
  /** Offset of the speaker mention. */
  at: number;
  paragraph: number;
  /** Index of the sentence holding `at`, found when a pronoun first looks back over this speaker (pronoun.ts). */
  sentence?: number;
}

export interface SpeakerState {
  doc: AnalyzedText;
  layer: EntityLayer;
  /** Resolved speakers so far, in document order. */
  speakers: Antecedent[];
  /** Entities that have spoken so far (a bare surname that speaks is a person). */
  spoke: Set<Entity>;
  /** Gender a resolved he/she gave an entity (agreement only; reported as evidence with its span). */
  pronounGender: Map<Entity, 'male' | 'female'>;
  /** The issuer of the last document of each kind ("the poll" → the poll's issuer). */
  issuers: Map<string, Entity>;
  lastIssuer: Entity | null;
  /** Unnamed sources by their phrase without determiner ("senior official"). */
  unnamed: Map<string, Entity>;
  /** Is the offset inside the content of a reported clause ("Okonwo said Reyes doesn't …")? Its subjects are less salient. */
  inReported: (at: number) => boolean;
  /**
   * Each entity's descriptors as the role-nominal sieve compares them, read once per document
   * (every role speaker checks every entity; entities do not change once the layer is built).
   */
  descriptorTexts: Map<Entity, DescriptorTexts>;
  /** The persons of the layer that carry descriptors, in layer order, listed when a role first asks (role-nominal.ts). */
  describedPersons: Entity[] | null;
  /** The role phrase read from each speaker text, once per document (the same source is quoted again and again). */
  rolePhrases: Map<string, RolePhrase | null>;
}

/** An entity's descriptors in lower case, and three forms of them read when first asked for (role-nominal.ts). */
export interface DescriptorTexts {
  lower: string[];
  /** Each between spaces (" republican nominee "), to find a whole word with includes(). */
  spaced?: string[];
  /** The same with characters other than letters, digits, `.`, `-` and spaces read as spaces. */
  plain?: string[];
  /** Each one's words. */
  words?: string[][];
}

export function newSpeakerState(doc: AnalyzedText, layer: EntityLayer, reported: readonly Extent[] = []): SpeakerState {
  return { doc, layer, speakers: [], spoke: new Set(), pronounGender: new Map(), issuers: new Map(), lastIssuer: null, unnamed: new Map(), inReported: insideAny(reported), descriptorTexts: new Map(), describedPersons: null, rolePhrases: new Map() };
}

/** A test for "inside one of these spans" (sorted by start; binary search, then a short walk back over nested spans). */
function insideAny(spans: readonly Extent[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end among spans starting at or before each index: a span that encloses `at` may start well before it.
  const reach: number[] = [];
  for (let i = 0, far = -1; i < sorted.length; i++) reach.push((far = Math.max(far, sorted[i]!.end)));
  return (at) => {
    const i = firstIndexWhere(sorted, (s) => s.start > at) - 1;
    return i >= 0 && reach[i]! > at;
  };
}

/** Name mentions that lie inside [start, end), in order (binary search, then a short walk). */
export function mentionsIn(layer: EntityLayer, start: number, end: number): NameMention[] {
  return mentionsOverlapping(layer, start, end).filter((m) => m.start >= start && m.end <= end);
}

/** Name mentions that overlap [start, end) ("Douglas Holtz" as cut by the speaker finder overlaps "Douglas Holtz-Eakin"). */
export function mentionsOverlapping(layer: EntityLayer, start: number, end: number): NameMention[] {
  const out: NameMention[] = [];
  // Mentions do not overlap each other: the one before `start` may reach into the span.
  for (let i = Math.max(0, firstIndexWhere(layer.mentions, (m) => m.start >= start) - 1); i < layer.mentions.length && layer.mentions[i]!.start < end; i++) {
    const m = layer.mentions[i]!;
    if (m.end > start) out.push(m);
  }
  return out;
}

/** Index of the last name mention starting before `at`. */
export function lastMentionBefore(mentions: readonly NameMention[], at: number): number {
  return firstIndexWhere(mentions, (m) => m.start >= at) - 1;
}
