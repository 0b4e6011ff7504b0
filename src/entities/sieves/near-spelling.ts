// Part of sieve 4 (surname match): a surname the article misspells once ("Okonwo" after
// "Daniel Okonkwo") is the person whose surname is one letter away, when exactly one is.
// Symmetric deletions (as in SymSpell): each surname and each of its one-letter deletions is
// indexed once, so a lookup costs one probe per letter of the word, never a scan of all names.
import type { Entity, NameMention } from '../types.js';

/** Surnames shorter than this are too often other real names one letter away (Lee/Lees, Cruz/Cruze). */
const MIN_LENGTH = 6;

export interface NearSpellings {
  /** Surname or one-letter deletion of it → surnames it comes from. */
  variants: Map<string, Set<string>>;
}

/** Indexes the surnames of the full names (keys of `byLast`) that are long enough. */
export function indexNearSpellings(surnames: Iterable<string>): NearSpellings {
  const variants = new Map<string, Set<string>>();
  const add = (k: string, s: string): void => {
    const set = variants.get(k);
    if (set) set.add(s);
    else variants.set(k, new Set([s]));
  };
  for (const s of surnames) {
    if (s.length < MIN_LENGTH) continue;
    add(s, s);
    for (let i = 0; i < s.length; i++) add(s.slice(0, i) + s.slice(i + 1), s);
  }
  return { variants };
}

/**
 * The one entity whose surname is one insertion, deletion or substitution away from `word`
 * and starts with the same letter; null when none or several are.
 */
export function nearSpelling(index: NearSpellings, word: string, byLast: ReadonlyMap<string, readonly NameMention[]>): Entity | null {
  if (word.length < MIN_LENGTH) return null;
  const found = new Set<string>();
  const probe = (k: string): void => {
    for (const s of index.variants.get(k) ?? []) if (s !== word && s[0] === word[0] && oneEditApart(s, word)) found.add(s);
  };
  probe(word);
  for (let i = 0; i < word.length; i++) probe(word.slice(0, i) + word.slice(i + 1));
  let out: Entity | null = null;
  for (const s of found) {
    for (const m of byLast.get(s) ?? []) {
      if (!m.entity) continue;
      if (out && out !== m.entity) return null;
      out = m.entity;
    }
  }
  return out;
}

/** Levenshtein distance exactly 1 (the lengths differ by at most one). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
