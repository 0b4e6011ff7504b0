// Does a claimed speaker ("Bolton", "Sen. Jane Doe") name the article's speaker
// ("John Bolton")? By canonical name or by surname, ignoring case, accents and honorifics.
import { HONORIFICS, ROLE_NOUNS } from '../data/lexicon.generated.js';
import type { QuoteSpeaker } from '../types.js';

function nameTokens(name: string): string[] {
  const tokens = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((t) => t.replace(/’/g, "'"))
    .filter((t) => t.length > 0 && !HONORIFICS.has(t));
  // Titles before the name ("President Trump", "Sen. Warren"); the last word is always kept
  // (a surname can be a role noun: Baker, Cook).
  return tokens.filter((t, i) => i === tokens.length - 1 || !ROLE_NOUNS.has(t));
}

/** Same word, or an initial of it ("J" for "jane"). */
const sameName = (a: string, b: string): boolean => a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/** True when `claimed` names the same person as `name` (full name, or surname on either side). */
export function namesMatch(claimed: string, name: string): boolean {
  const a = nameTokens(claimed);
  const b = nameTokens(name);
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  // Surname only on one side: "Bolton" ~ "John Bolton"; a differing first name is a different person.
  if (a.at(-1) !== b.at(-1)) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((t) => longer.some((u) => sameName(t, u)));
}

/** The name an article gives a speaker: canonical name, else the mention as written. */
export function speakerLabel(speaker: QuoteSpeaker | null): string | null {
  if (!speaker) return null;
  return speaker.name ?? speaker.text;
}

/** True when `claimed` names this speaker (by canonical name; by the mention only when unresolved). */
export function speakerMatches(claimed: string, speaker: QuoteSpeaker | null): boolean {
  if (!speaker) return false;
  if (speaker.name !== null) return namesMatch(claimed, speaker.name);
  return namesMatch(claimed, speaker.text);
}
