// The page-furniture layer's types and reader (built by stages/find-page-furniture.ts).
import { firstIndexWhere } from '../sorted.js';

/** What a stretch of page furniture is. */
export type FurnitureKind = 'link' | 'boilerplate' | 'credit' | 'byline' | 'subhead' | 'pull-quote' | 'dateline' | 'note';

export interface FurnitureSpan {
  start: number;
  end: number;
  kind: FurnitureKind;
  /** The paragraph it is in (a dateline is only the start of its paragraph). */
  paragraph: number;
}

/**
 * The page-furniture layer: the parts of a page that are not the article's prose, in document
 * order. No quote comes from them, and no speaker name or pronoun antecedent should either
 * (the entity layer reads {@link isFurniture}).
 */
export interface PageFurniture {
  spans: readonly FurnitureSpan[];
}

/** Does offset `at` lie in page furniture? */
export function isFurniture(layer: PageFurniture, at: number): boolean {
  const i = firstIndexWhere(layer.spans, (s) => s.end > at);
  const s = layer.spans[i];
  return s !== undefined && s.start <= at;
}
