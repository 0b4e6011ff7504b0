import { copyDrafts, type QuoteDraft } from '../draft.js';
import { isFurniture, type PageFurniture } from '../layers/page-furniture.js';

/**
 * Drafts whose words lie in page furniture (a caption, a `WATCH:` line, a credit, a subhead)
 * are not quotes: they are left out before attribution, so their speakers never become
 * antecedents either. Returns the drafts kept; `continues` links skip the dropped ones.
 */
export function dropFurnitureQuotes(drafts: readonly QuoteDraft[], furniture: PageFurniture): QuoteDraft[] {
  if (furniture.spans.length === 0) return [...drafts];
  const dropped = new Set(drafts.filter((d) => isFurniture(furniture, d.start)));
  if (dropped.size === 0) return [...drafts];
  return copyDrafts(drafts, () => null, dropped);
}
