// Sieve 3: acronyms. "Northern Grid Authority (NGA)" defines NGA; "the S.E.C." is the
// Securities and Exchange Commission when the article spells that out (initials of its
// content words).
import type { EntityLayer, NameMention } from '../types.js';
import { ACRONYM_SKIPPED_WORDS } from '../../data/name-parts.js';
import { isAsciiLower } from '../../layers/tokens.js';

// Unicode regular expressions compiled once at load, not on every call (under tsx a `\p{…}` literal
// in a function body is compiled to `new RegExp(…)` each time it runs).
const CAPITALS_PLURAL = /^\p{Lu}{2,}s?$/u;

/** The initials of a name's content words ("securities and exchange commission" → "sec"). */
export function initials(words: readonly string[]): string {
  let out = '';
  for (const w of words) if (!ACRONYM_SKIPPED_WORDS.has(w)) out += w[0] ?? '';
  return out;
}

const acronymOf = (m: NameMention): string | null => {
  // A lower-case second letter ("Trump") is no acronym: no copy of the text without its dots.
  if (m.words.length !== 1 || isAsciiLower(m.text.charCodeAt(1))) return null;
  const w = m.text.replace(/\./gu, '');
  return CAPITALS_PLURAL.test(w) ? w.toLowerCase() : null;
};

/** Links each acronym mention to the organisation it abbreviates, when the article names it. */
export function acronymSieve(layer: EntityLayer): void {
  const byAlias = new Map<string, NameMention['entity']>();
  for (const m of layer.mentions) {
    const e = m.entity;
    if (!e || m.words.length < 2) continue;
    if (m.acronym) byAlias.set(m.acronym, e);
    const i = initials(m.words);
    if (i.length >= 2 && !byAlias.has(i)) byAlias.set(i, e);
  }
  for (const m of layer.mentions) {
    const a = acronymOf(m);
    if (!a || !m.entity) continue;
    const target = byAlias.get(a) ?? byAlias.get(a.replace(/s$/u, ''));
    if (!target || target === m.entity || target.kind === 'person') continue;
    move(layer, m, target);
    target.aliases.add(a);
    if (target.kind === 'unknown') target.kind = 'organization';
  }
}

/** Moves a mention to another entity (an emptied entity is dropped when the layer is finished). */
export function move(_layer: EntityLayer, m: NameMention, to: NonNullable<NameMention['entity']>): void {
  m.entity = to;
}
