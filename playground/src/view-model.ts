// What the page shows, as pure functions of an extraction and the filters (no DOM here, so the
// grouping, filtering and export formats are unit-tested in Node).
import type { Extraction, Quote, Speaker } from '../../src/index.js';

export const QUOTE_TYPES = ['direct', 'indirect', 'mixed', 'other'] as const;

/** `all`, `none` (no roster speaker) or a roster speaker's key (see {@link speakerKey}). */
export interface Filters {
  types: ReadonlySet<string>;
  speaker: string;
  minConfidence: number;
}

export const NO_SPEAKER = 'none';
export const ALL_SPEAKERS = 'all';

/** Okabe–Ito colours (told apart with the common colour-vision deficiencies), then a few more. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#8C6D31', '#F0E442', '#6A3D9A', '#B15928'];
export const NO_SPEAKER_COLOUR = '#8a8a8a';

/**
 * A stable key for a roster entry. Records may carry an `id` (newer versions of the record
 * contract); otherwise the roster position is the identity within one extraction.
 */
export function speakerKey(speaker: Speaker, index: number): string {
  const id = (speaker as unknown as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? `id:${id}` : `s${index}`;
}

export function colourOf(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

export interface SpeakerEntry {
  key: string;
  speaker: Speaker;
  colour: string;
}

/** Who each quote belongs to in the roster (a quote listed by no roster entry has none). */
export function rosterOf(extraction: Extraction): { entries: SpeakerEntry[]; byQuote: Map<string, SpeakerEntry> } {
  const entries = extraction.speakers.map((speaker, i) => ({ key: speakerKey(speaker, i), speaker, colour: colourOf(i) }));
  const byQuote = new Map<string, SpeakerEntry>();
  for (const entry of entries) for (const id of entry.speaker.quoteIds ?? []) if (!byQuote.has(id)) byQuote.set(id, entry);
  return { entries, byQuote };
}

export function shownQuotes(extraction: Extraction, filters: Filters): Quote[] {
  const { byQuote } = rosterOf(extraction);
  return extraction.quotes.filter((q) => {
    if (!filters.types.has(q.type)) return false;
    if ((q.confidence ?? 0) < filters.minConfidence - 1e-9) return false;
    if (filters.speaker === ALL_SPEAKERS) return true;
    const entry = byQuote.get(q.id);
    return filters.speaker === NO_SPEAKER ? entry === undefined : entry?.key === filters.speaker;
  });
}

export interface Group {
  /** The roster entry, or null for the quotes no roster entry claims. */
  entry: SpeakerEntry | null;
  quotes: Quote[];
  /** All of this speaker's quotes in the article, filtered or not. */
  total: number;
}

/** Shown quotes grouped by roster speaker, in roster order; unattributed quotes last. */
export function groupsOf(extraction: Extraction, shown: readonly Quote[]): Group[] {
  const { entries, byQuote } = rosterOf(extraction);
  const groups = new Map<SpeakerEntry | null, Group>();
  for (const entry of entries) groups.set(entry, { entry, quotes: [], total: 0 });
  groups.set(null, { entry: null, quotes: [], total: 0 });
  for (const q of extraction.quotes) groups.get(byQuote.get(q.id) ?? null)!.total++;
  for (const q of shown) groups.get(byQuote.get(q.id) ?? null)!.quotes.push(q);
  return [...groups.values()].filter((g) => g.quotes.length > 0);
}

/** The shown part of an extraction, in the library's own shape: shown quotes, their speakers, all warnings. */
export function shownExtraction(extraction: Extraction, shown: readonly Quote[]): Extraction {
  const ids = new Set(shown.map((q) => q.id));
  const speakers = extraction.speakers
    .map((s) => ({ ...s, quoteIds: (s.quoteIds ?? []).filter((id) => ids.has(id)) }))
    .filter((s) => s.quoteIds.length > 0);
  return { ...extraction, quotes: [...shown], speakers };
}

export function toJson(extraction: Extraction): string {
  return `${JSON.stringify(extraction, null, 2)}\n`;
}

/** One quote record per line. */
export function toJsonl(quotes: readonly Quote[]): string {
  return quotes.map((q) => `${JSON.stringify(q)}\n`).join('');
}


/** A value of a field this page has no dedicated place for, as short readable text. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) {
    const parts = value.slice(0, 5).map(describeValue);
    return value.length > 5 ? `${parts.join(', ')}, … (${value.length} in all)` : parts.join(', ');
  }
  const text = (value as { text?: unknown }).text;
  return typeof text === 'string' ? `“${text}”` : JSON.stringify(value);
}

/** "genderEvidence" → "gender evidence". */
const words = (key: string): string => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();

/** Fields of a record this page has no dedicated place for (added to the contract after it was written). */
export function extraFields(record: object, known: ReadonlySet<string>): [string, string][] {
  return Object.entries(record)
    .filter(([k, v]) => !known.has(k) && v !== undefined)
    .map(([k, v]) => [words(k), describeValue(v)]);
}
