// CSV of the shown quotes: one row per quote, with the context sentence; loaded only when a
// CSV is exported. csv-stringify's browser build (the default one needs Node's Buffer).
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Quote } from '../../src/index.js';

const CSV_COLUMNS = [
  'id', 'type', 'content_kind', 'text', 'start', 'end', 'speaker', 'speaker_kind', 'speaker_descriptors', 'speaker_mention',
  'speaker_start', 'speaker_end', 'cue', 'cue_lemma', 'cue_start', 'cue_end', 'addressee', 'paragraph',
  'context', 'continues', 'confidence', 'rule',
] as const;
/** Quote fields the columns above already cover; any other field gets a column of its own. */
const COVERED = new Set(['id', 'type', 'contentKind', 'text', 'start', 'end', 'speaker', 'cue', 'addressee', 'context', 'continues', 'confidence', 'rule']);

/** A CSV cell for a value of a field this page does not know (added to the records later). */
function cell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  return JSON.stringify(value);
}

/** One row per quote, with the context sentence; fields unknown to this page as extra columns. */
export function toCsv(quotes: readonly Quote[], text: string): string {
  const extra = [...new Set(quotes.flatMap((q) => Object.keys(q).filter((k) => !COVERED.has(k))))];
  const speakerExtra = [
    ...new Set(quotes.flatMap((q) => (q.speaker ? Object.keys(q.speaker).filter((k) => !SPEAKER_COVERED.has(k)) : []))),
  ];
  const header = [...CSV_COLUMNS, ...extra, ...speakerExtra.map((k) => `speaker_${k}`)];
  const rows = quotes.map((q) => [
    q.id,
    q.type,
    cell((q as { contentKind?: unknown }).contentKind),
    q.text,
    q.start,
    q.end,
    q.speaker?.name ?? '',
    q.speaker?.kind ?? '',
    (q.speaker?.descriptors ?? []).join('; '),
    q.speaker?.text ?? '',
    q.speaker?.start ?? '',
    q.speaker?.end ?? '',
    q.cue?.text ?? '',
    q.cue?.lemma ?? '',
    q.cue?.start ?? '',
    q.cue?.end ?? '',
    q.addressee?.text ?? '',
    q.context?.paragraph ?? '',
    q.context ? text.slice(q.context.start, q.context.end) : '',
    q.continues ?? '',
    q.confidence,
    q.rule,
    ...extra.map((k) => cell((q as unknown as Record<string, unknown>)[k])),
    ...speakerExtra.map((k) => cell((q.speaker as unknown as Record<string, unknown> | null)?.[k])),
  ]);
  return stringify([header, ...rows], { eof: true, record_delimiter: 'windows' });
}
const SPEAKER_COVERED = new Set(['text', 'start', 'end', 'name', 'kind', 'descriptors']);
